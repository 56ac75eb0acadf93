# Copyright (c) 2027, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from kinerja_asn.services import kalibrasi
from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.kunci import DokumenGanda, tautan_dokumen


class KalibrasiUnit(IsianAman, Document):
	"""SE MenPAN-RB 3/2023 after calibration: the unit's set of predikat for the period is fixed by its
	head or HR; afterwards an assessment of the unit changes its rating or predikat only through an
	appeal's decision (Penilaian Kinerja.validate_kalibrasi). One per unit and period: the name."""

	def autoname(self):
		self.name = kalibrasi.nama_kalibrasi(self.unit, self.periode)

	def validate(self):
		if not self.is_new():
			frappe.throw(
				_("Hasil kalibrasi yang sudah ditetapkan tidak dapat diubah."),
				frappe.PermissionError,
				title=_("Hasil Kalibrasi Terkunci"),
			)
		ada = kalibrasi.terkunci(self.unit, self.periode)
		if ada:
			frappe.throw(
				_("Predikat unit {0} untuk periode {1} sudah ditetapkan: {2}.").format(
					self.unit, self.periode, tautan_dokumen(self.doctype, ada.name)
				),
				DokumenGanda,
				title=_("Kalibrasi Ganda"),
			)
		kalibrasi.periksa_penetapan(self)
