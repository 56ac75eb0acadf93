# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from kinerja_asn.services.argumen import IsianAman


class RencanaAksi(IsianAman, Document):
	def validate(self):
		self.set_dari_rhk()
		self.validate_sub_periode()

	def set_dari_rhk(self):
		"""Owner and assessor follow the RHK, never the form."""
		rhk = frappe.db.get_value(
			"Rencana Hasil Kerja",
			self.rhk,
			["skp", "employee", "pejabat_penilai", "periode_kinerja", "uraian"],
			as_dict=True,
		)
		if not rhk:
			frappe.throw(_("Rencana Hasil Kerja {0} tidak ditemukan.").format(self.rhk))
		if frappe.db.get_value("SKP", rhk.skp, "docstatus") == 2:
			frappe.throw(_("SKP {0} sudah dibatalkan.").format(rhk.skp))
		self.skp, self.employee, self.pejabat_penilai = rhk.skp, rhk.employee, rhk.pejabat_penilai
		self.uraian_rhk = rhk.uraian
		self._periode = rhk.periode_kinerja

	def validate_sub_periode(self):
		"""Rencana aksi are planned per month of the SKP's period (docs/regulasi.md §3)."""
		sub = frappe.db.get_value(
			"Periode Kinerja", self.sub_periode, ["jenis", "periode_induk"], as_dict=True
		)
		if not sub or sub.jenis != "Bulanan" or sub.periode_induk != self._periode:
			frappe.throw(
				_(
					"Rencana aksi disusun per bulan dari periode SKP; {0} bukan bulan dari periode {1}."
				).format(self.sub_periode, self._periode),
				title=_("Bulan Tidak Valid"),
			)
