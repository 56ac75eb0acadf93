# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import now_datetime

from kinerja_asn.permissions import is_pengelola
from kinerja_asn.services import penilai
from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.kunci import cari_terkunci, kunci_baris


class PredikatKinerjaOrganisasi(IsianAman, Document):
	"""SE MenPAN-RB 3/2023: the predikat of a unit for a period, set by the leader above the unit
	(the unit head's superior, or the acting official) or by HR; it bounds the unit's curve."""

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
					self.unit, self.periode, lain
				),
				title=_("Predikat Ganda"),
			)

	def set_penetap(self):
		"""The leader above the unit: the head's Pejabat Penilai, resolved with acting officials."""
		if self.docstatus != 0:
			return
		hasil = penetap_unit(self.kepala_unit)
		self.penetap = hasil.pegawai if hasil else None
		self.sebutan_penetap = hasil.sebutan if hasil else ""
		self.user_penetap = penilai.user_of(self.penetap)

	def validate_penetap(self):
		if is_pengelola() or self.flags.oleh_sistem:
			return
		if not self.user_penetap or frappe.session.user != self.user_penetap:
			frappe.throw(
				_("Predikat kinerja organisasi ditetapkan oleh atasan kepala unit atau pengelola kinerja."),
				frappe.PermissionError,
			)

	def catat_penetapan(self):
		oleh_penetap = bool(self.user_penetap) and frappe.session.user == self.user_penetap
		self.ditetapkan_oleh = self.penetap if oleh_penetap else penilai.employee_of_user()
		self.nama_ditetapkan_oleh = (
			frappe.db.get_value("Employee", self.ditetapkan_oleh, "employee_name")
			if self.ditetapkan_oleh
			else frappe.utils.get_fullname(frappe.session.user)
		)
		self.ditetapkan_sebagai = self.sebutan_penetap if oleh_penetap else ""
		self.tanggal_penetapan = now_datetime()


def penetap_unit(kepala_unit: str | None):
	"""Who sets the predikat of the unit led by kepala_unit; None for a unit without head or superior."""
	if not kepala_unit:
		return None
	atasan, _atasan_atasan = penilai.penilai_bawaan(kepala_unit)
	if not atasan:
		return None
	hasil = penilai.tentukan(kepala_unit, atasan)
	return hasil if hasil.pegawai else None
