# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import today

from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.penilai import employee_of_user
from kinerja_asn.services.realisasi import beri_tahu


class UmpanBalikKinerja(IsianAman, Document):
	def validate(self):
		self.set_dari()
		self.validate_kepada()
		self.validate_konteks()
		self.validate_isi()

	def after_insert(self):
		beri_tahu(
			frappe.db.get_value("Employee", self.kepada, "user_id"),
			_("{0} memberi umpan balik ({1}) kepada Anda.").format(
				self.nama_dari or self.dari, _(self.jenis)
			),
			self.doctype,
			self.name,
		)

	def set_dari(self):
		"""Feedback is always from the session user's employee; nothing the client sends changes it."""
		sebelum = self.get_doc_before_save()
		if sebelum:
			self.dari, self.tanggal = sebelum.dari, sebelum.tanggal
			return
		self.dari = employee_of_user()
		if not self.dari:
			frappe.throw(
				_(
					"Akun Anda tidak terhubung dengan data pegawai yang aktif, sehingga tidak dapat memberi umpan balik."
				),
				frappe.PermissionError,
			)
		self.nama_dari = frappe.db.get_value("Employee", self.dari, "employee_name")
		self.tanggal = today()

	def validate_kepada(self):
		if self.kepada == self.dari:
			frappe.throw(_("Umpan balik diberikan kepada pegawai lain, bukan kepada diri sendiri."))
		if frappe.db.get_value("Employee", self.kepada, "status") != "Active":
			frappe.throw(_("Pegawai {0} tidak aktif.").format(self.kepada))

	def validate_konteks(self):
		"""The SKP and RHK named must be the recipient's own."""
		if self.rhk:
			rhk = frappe.db.get_value("Rencana Hasil Kerja", self.rhk, ["employee", "skp"], as_dict=True)
			if not rhk or rhk.employee != self.kepada or (self.skp and self.skp != rhk.skp):
				frappe.throw(_("RHK {0} bukan milik {1}.").format(self.rhk, self.nama_kepada or self.kepada))
			self.skp = rhk.skp
		if self.skp and frappe.db.get_value("SKP", self.skp, "employee") != self.kepada:
			frappe.throw(_("SKP {0} bukan milik {1}.").format(self.skp, self.nama_kepada or self.kepada))

	def validate_isi(self):
		if not (self.isi or "").strip():
			frappe.throw(_("Tuliskan isi umpan balik."))
		self.isi = self.isi.strip()
