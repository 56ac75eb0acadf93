# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from kinerja_asn.services import angka_kredit as layanan
from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.kunci import DokumenGanda, tautan_dokumen


class PenetapanAngkaKredit(IsianAman, Document):
	"""The PAK: the ledger entries of a functional official in an assessment term, the total of the
	term and in the jenjang, and readiness for the next pangkat and jenjang (PerBKN 3/2023), issued
	by the authorised official under a number; one live PAK per official and term."""

	def validate(self):
		pegawai = layanan.pejabat_fungsional(self.employee)
		self.employee_name = pegawai.employee_name
		self.jabatan_fungsional = pegawai.jabatan_fungsional
		self.jenjang = pegawai.jenjang_jabatan_fungsional
		self.pangkat_golongan = pegawai.pangkat_golongan
		if getdate(self.tanggal_selesai) < getdate(self.tanggal_mulai):
			frappe.throw(_("Masa penilaian selesai sebelum mulainya."))
		lain = layanan.tumpang_tindih(
			self.doctype, self.name, self.employee, self.tanggal_mulai, self.tanggal_selesai
		)
		if lain:
			frappe.throw(
				_("Masa ini sudah ditetapkan untuk {0}: {1}.").format(
					self.employee_name, tautan_dokumen(self.doctype, lain)
				),
				DokumenGanda,
				title=_("PAK Ganda"),
			)
		self.isi_entri()

	def isi_entri(self):
		"""The live entries of the term, and the accumulation in the jenjang up to its end."""
		semua = frappe.get_all(
			"Entri Angka Kredit",
			filters={
				"employee": self.employee,
				"dibatalkan": 0,
				"tanggal_mulai": ("<=", self.tanggal_selesai),
			},
			fields=[
				"name",
				"unsur",
				"jenjang",
				"tanggal_mulai",
				"jenis_dokumen",
				"dokumen",
				"predikat",
				"angka_kredit",
			],
			order_by="tanggal_mulai asc, creation asc",
		)
		mulai = getdate(self.tanggal_mulai)
		self.set("entri", [])
		for e in semua:
			if getdate(e.tanggal_mulai) >= mulai:
				self.append(
					"entri",
					{
						"entri_angka_kredit": e.name,
						"unsur": e.unsur,
						"tanggal_mulai": e.tanggal_mulai,
						"jenis_dokumen": e.jenis_dokumen,
						"dokumen": e.dokumen,
						"predikat": e.predikat,
						"angka_kredit": e.angka_kredit,
					},
				)
		di_jenjang, k = layanan.posisi(semua, self.jenjang, self.pangkat_golongan)
		if k is None:
			frappe.throw(_("Jenjang {0} tidak ada di data jenjang jabatan fungsional.").format(self.jenjang))
		self.ak_periode = sum(row.angka_kredit for row in self.entri)
		self.ak_kumulatif = di_jenjang
		self.ak_sebelumnya = di_jenjang - self.ak_periode
		self.syarat_pangkat, self.kurang_pangkat = k.pangkat.syarat_ak or 0, k.pangkat.kekurangan
		self.layak_pangkat = int(k.pangkat.memenuhi_ak)
		self.syarat_jenjang = k.jenjang_berikutnya.syarat_ak or 0
		self.kurang_jenjang = k.jenjang_berikutnya.kekurangan
		self.layak_jenjang = int(k.jenjang_berikutnya.memenuhi_ak)
		self.syarat_lain = ", ".join(_(s) for s in k.jenjang_berikutnya.syarat_lain)
