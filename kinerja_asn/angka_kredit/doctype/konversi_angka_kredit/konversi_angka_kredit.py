# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt, getdate

from kinerja_asn.domain.angka_kredit import entri_konversi
from kinerja_asn.services import angka_kredit as layanan
from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.kunci import DokumenGanda, tautan_dokumen
from kinerja_asn.services.pengaturan import get_pengaturan


class KonversiAngkaKredit(IsianAman, Document):
	"""PermenPAN-RB 1/2023, PerBKN 3/2023: AK = percentage of the predikat × the jenjang's yearly
	coefficient × months ÷ 12, from a final assessment of a functional official; the numbers are kept
	as they were (a later edit of a master changes nothing here or in the ledger)."""

	def validate(self):
		penilaian = self.muat_penilaian()
		pegawai = layanan.pejabat_fungsional(penilaian.employee)
		self.employee, self.employee_name = pegawai.name, pegawai.employee_name
		self.jabatan_fungsional = pegawai.jabatan_fungsional
		self.jenjang = pegawai.jenjang_jabatan_fungsional
		self.pangkat_golongan = pegawai.pangkat_golongan
		self.periode = penilaian.periode
		self.tanggal_mulai, self.tanggal_selesai = penilaian.tanggal_mulai, penilaian.tanggal_selesai
		self.predikat = penilaian.predikat
		self.validate_tumpang_tindih()
		self.hitung()

	def muat_penilaian(self):
		penilaian = frappe.db.get_value(
			"Penilaian Kinerja",
			self.penilaian_kinerja,
			["employee", "periode", "tanggal_mulai", "tanggal_selesai", "predikat", "docstatus"],
			as_dict=True,
		)
		if not penilaian or penilaian.docstatus != 1 or not penilaian.predikat:
			frappe.throw(
				_("Konversi angka kredit dibuat dari penilaian kinerja yang sudah ditetapkan."),
				title=_("Penilaian Belum Final"),
			)
		return penilaian

	def validate_tumpang_tindih(self):
		"""Months are converted once: no two live conversions of an employee overlap."""
		lain = layanan.tumpang_tindih(
			self.doctype, self.name, self.employee, self.tanggal_mulai, self.tanggal_selesai
		)
		if lain:
			frappe.throw(
				_("Bulan-bulan ini sudah dikonversi untuk {0}: {1}.").format(
					self.employee_name, tautan_dokumen(self.doctype, lain)
				),
				DokumenGanda,
				title=_("Konversi Ganda"),
			)

	def hitung(self):
		try:
			entri = entri_konversi(
				getdate(self.tanggal_mulai),
				getdate(self.tanggal_selesai),
				self.jenjang,
				self.predikat,
				layanan.tabel_jenjang(),
				get_pengaturan().persentase_ak,
			)
		except ValueError as e:
			frappe.throw(_(str(e)), title=_("Konversi Tidak Dapat Dihitung"))
		self.persentase, self.koefisien, self.bulan = entri.persentase, entri.koefisien, entri.bulan
		self.angka_kredit = entri.ak

	def on_submit(self):
		layanan.tulis_entri(
			self,
			unsur="Konversi",
			angka_kredit=flt(self.angka_kredit, 3),
			tanggal_mulai=self.tanggal_mulai,
			tanggal_selesai=self.tanggal_selesai,
			periode=self.periode,
			predikat=self.predikat,
			persentase=self.persentase,
			koefisien=self.koefisien,
			bulan=self.bulan,
		)

	def on_cancel(self):
		layanan.balik_entri(self.doctype, self.name)
