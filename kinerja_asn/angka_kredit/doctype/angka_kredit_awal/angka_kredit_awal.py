# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt

from kinerja_asn.services import angka_kredit as layanan
from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.kunci import DokumenGanda, cari_terkunci, kunci_baris, tautan_dokumen


class AngkaKreditAwal(IsianAman, Document):
	"""The opening balance of a functional official in a jenjang (AK integrasi or the last PAK,
	PerBKN 3/2023), with its decree; one live per employee and jenjang."""

	def validate(self):
		pegawai = layanan.pejabat_fungsional(self.employee)
		self.employee_name = pegawai.employee_name
		self.jabatan_fungsional = self.jabatan_fungsional or pegawai.jabatan_fungsional
		self.pangkat_golongan = self.pangkat_golongan or pegawai.pangkat_golongan
		if flt(self.angka_kredit) <= 0:
			frappe.throw(
				_("Angka kredit awal harus lebih besar dari 0."), title=_("Angka Kredit Tidak Valid")
			)
		kunci_baris("Employee", self.employee)
		lain = cari_terkunci(
			self.doctype,
			{
				"employee": self.employee,
				"jenjang": self.jenjang,
				"docstatus": ("<", 2),
				"name": ("!=", self.name),
			},
		)
		if lain:
			frappe.throw(
				_("{0} sudah memiliki angka kredit awal pada jenjang {1}: {2}.").format(
					self.employee_name, self.jenjang, tautan_dokumen(self.doctype, lain)
				),
				DokumenGanda,
				title=_("Angka Kredit Awal Ganda"),
			)

	def on_submit(self):
		layanan.tulis_entri(
			self, unsur="Awal", angka_kredit=flt(self.angka_kredit, 3), tanggal_mulai=self.tanggal
		)

	def on_cancel(self):
		layanan.balik_entri(self.doctype, self.name)
