# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from kinerja_asn.services.argumen import IsianAman


class JenjangJabatanFungsional(IsianAman, Document):
	def validate(self):
		self.validate_angka()
		self.validate_jenjang_berikutnya()

	def validate_angka(self):
		for fieldname in ("koefisien", "ak_kenaikan_pangkat", "ak_kenaikan_jenjang"):
			if (self.get(fieldname) or 0) < 0:
				frappe.throw(
					_("{0} tidak boleh negatif.").format(_(self.meta.get_label(fieldname))),
					title=_("Nilai Tidak Valid"),
				)
		if not self.koefisien:
			frappe.throw(
				_("Koefisien angka kredit per tahun wajib lebih dari nol."), title=_("Nilai Tidak Valid")
			)

	def validate_jenjang_berikutnya(self):
		if self.jenjang_berikutnya and self.jenjang_berikutnya == self.name:
			frappe.throw(
				_("Jenjang berikutnya tidak boleh jenjang ini sendiri."), title=_("Nilai Tidak Valid")
			)
