# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import now_datetime

from kinerja_asn.services import penilai
from kinerja_asn.services.kunci import DokumenGanda, cari_terkunci, kunci_baris, tautan_dokumen
from kinerja_asn.services.persetujuan import PENETAP, DokumenPersetujuan


class PredikatKinerjaOrganisasi(DokumenPersetujuan, Document):
	"""SE MenPAN-RB 3/2023: the predikat of a unit for a period, set by the leader above the unit
	(the unit head's superior, or the acting official) or by HR; it bounds the unit's curve."""

	PERAN = PENETAP
	PENGELOLA_BOLEH = True

	def validate(self):
		self.set_kepala_unit()
		self.validate_duplikat()
		self.set_penetap()

	def before_submit(self):
		self.validate_penetap()
		self.catat_penetapan()

	def set_kepala_unit(self):
		self.kepala_unit = frappe.db.get_value("Department", self.unit, "kepala_unit")

	def validate_duplikat(self):
		kunci_baris("Department", self.unit)
		lain = cari_terkunci(
			"Predikat Kinerja Organisasi",
			{"unit": self.unit, "periode": self.periode, "docstatus": ("<", 2), "name": ("!=", self.name)},
		)
		lain = lain[0] if lain else None
		if lain:
			frappe.throw(
				_("Predikat kinerja organisasi {0} untuk periode {1} sudah ada: {2}.").format(
					self.unit, self.periode, tautan_dokumen(self.doctype, lain)
				),
				DokumenGanda,
				title=_("Predikat Ganda"),
			)

	def set_penetap(self):
		"""The leader above the unit: the head's Pejabat Penilai, resolved with acting officials."""
		if self.docstatus != 0:
			return
		self.tetapkan_peran(penilai.penetap_unit(self.kepala_unit))

	def validate_penetap(self):
		self.validate_peran(
			_("Predikat kinerja organisasi ditetapkan oleh atasan kepala unit atau pengelola kinerja.")
		)

	def catat_penetapan(self):
		"""The leader above (or their acting official) as recorded; HR acting in their place as itself."""
		oleh_penetap = bool(self.user_penetap) and frappe.session.user == self.user_penetap
		if oleh_penetap:
			self.catat_tindakan(
				"ditetapkan_oleh", "ditetapkan_sebagai", "tanggal_penetapan", nama="nama_ditetapkan_oleh"
			)
			return
		self.ditetapkan_oleh = penilai.employee_of_user()
		self.nama_ditetapkan_oleh = (
			frappe.db.get_value("Employee", self.ditetapkan_oleh, "employee_name")
			if self.ditetapkan_oleh
			else frappe.utils.get_fullname(frappe.session.user)
		)
		self.ditetapkan_sebagai = ""
		self.tanggal_penetapan = now_datetime()
