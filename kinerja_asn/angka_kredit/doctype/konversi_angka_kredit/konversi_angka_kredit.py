# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt

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
		"""One part per stretch with the same jenjang and unit (an official promoted or moved mid-year
		gets one ledger entry per part); the total is their sum."""
		unit = frappe.db.get_value("Employee", self.employee, "department")
		pengaturan = get_pengaturan()
		tabel = layanan.tabel_jenjang()
		self.set("segmen", [])
		try:
			for mulai, selesai, nilai in layanan.segmen_pegawai(
				self.employee, self.tanggal_mulai, self.tanggal_selesai, self.jenjang, unit
			):
				entri = entri_konversi(
					mulai,
					selesai,
					nilai["jenjang_jabatan_fungsional"],
					self.predikat,
					tabel,
					pengaturan.persentase_ak,
				)
				self.append(
					"segmen",
					{
						"tanggal_mulai": mulai,
						"tanggal_selesai": selesai,
						"jenjang": entri.jenjang,
						"department": nilai["department"],
						"koefisien": entri.koefisien,
						"bulan": entri.bulan,
						"angka_kredit": entri.ak,
					},
				)
		except ValueError as e:
			frappe.throw(_(str(e)), title=_("Konversi Tidak Dapat Dihitung"))
		self.persentase = entri.persentase
		self.koefisien = self.segmen[-1].koefisien
		self.bulan = sum(flt(s.bulan) for s in self.segmen)
		self.angka_kredit = sum(flt(s.angka_kredit) for s in self.segmen)

	def on_submit(self):
		for isian in self.isian_entri():
			layanan.tulis_entri(self, **isian)

	def isian_entri(self) -> list[dict]:
		"""One ledger entry per part (also what the demo's bulk writer stores)."""
		return [
			{
				"unsur": "Konversi",
				"jenjang": s.jenjang,
				"department": s.department,
				"angka_kredit": flt(s.angka_kredit, 3),
				"tanggal_mulai": s.tanggal_mulai,
				"tanggal_selesai": s.tanggal_selesai,
				"periode": self.periode,
				"predikat": self.predikat,
				"persentase": self.persentase,
				"koefisien": s.koefisien,
				"bulan": s.bulan,
			}
			for s in self.segmen
		]

	def on_cancel(self):
		layanan.balik_entri(self.doctype, self.name)
