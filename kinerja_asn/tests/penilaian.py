"""Shared set-up of the Penilaian integration tests: a unit with approved SKP for two staff (two RHK
Utama and one Tambahan), and helpers that act as the real users: the Pejabat Penilai rates through
the documents and the workflow, the employee through kinerja_asn.api.penilaian."""

from __future__ import annotations

import frappe
from frappe.model.workflow import apply_workflow

from kinerja_asn.api import penilaian as api
from kinerja_asn.tests.utils import KinerjaTestCase, make_periode, make_skp_disetujui, make_struktur

SA = "Di Atas Ekspektasi"
SE = "Sesuai Ekspektasi"
SB = "Di Bawah Ekspektasi"


def rhk_contoh(prefix: str) -> list[tuple[str, list[dict]]]:
	return [
		(
			f"Layanan {prefix} terselenggara",
			[
				{
					"uraian": "Jumlah laporan layanan",
					"aspek": "Kuantitas",
					"target": 12,
					"satuan": "laporan",
					"agregasi_realisasi": "Jumlah",
				}
			],
		),
		(
			f"Waktu layanan {prefix} singkat",
			[
				{
					"uraian": "Waktu penyelesaian",
					"aspek": "Waktu",
					"target": 5,
					"arah": "Turun",
					"satuan": "hari",
					"agregasi_realisasi": "Terakhir",
				}
			],
		),
	]


class PenilaianTestCase(KinerjaTestCase):
	PREFIX = "Penilaian"
	TAHUN = 2026

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur(cls.PREFIX)
		cls.periode = make_periode(cls.TAHUN)
		cls.skp1, cls.rhk1 = make_skp_disetujui(cls.s.staf1, cls.periode, cls.rhk(cls.PREFIX + " Satu"))
		cls.skp2, cls.rhk2 = make_skp_disetujui(cls.s.staf2, cls.periode, cls.rhk(cls.PREFIX + " Dua"))

	@classmethod
	def rhk(cls, prefix: str) -> list[tuple[str, list[dict]]]:
		return rhk_contoh(prefix)

	def as_user(self, employee_or_user: str):
		frappe.set_user(self.s.user.get(employee_or_user, employee_or_user))

	def buat(self, skp: str, periode: str | None = None, oleh: str | None = None) -> str:
		"""The assessor (the SKP's approver unless told) opens the assessment."""
		self.as_user(oleh or frappe.db.get_value("SKP", skp, "user_penyetuju"))
		return api.buat_penilaian(skp, periode)

	def isi(self, name: str, hasil: str | None = None, perilaku: str | None = None, **fields) -> frappe._dict:
		"""The assessor writes the ratings (every behaviour row the same rating) and saves."""
		doc = frappe.get_doc("Penilaian Kinerja", name)
		self.as_user(doc.user_penyetuju)
		doc = frappe.get_doc("Penilaian Kinerja", name)
		if hasil:
			doc.rating_hasil_kerja = hasil
		for row in doc.perilaku_kerja:
			if perilaku:
				row.rating = perilaku
			if "nilai_perilaku" in fields:
				row.nilai = fields["nilai_perilaku"]
		for key, value in fields.items():
			if key != "nilai_perilaku":
				doc.set(key, value)
		doc.save()
		return doc

	def nilai(self, name: str, hasil: str | None = None, perilaku: str | None = None, **fields):
		"""Rate and move to Dinilai as the assessor."""
		doc = self.isi(name, hasil, perilaku, **fields)
		apply_workflow(frappe.get_doc("Penilaian Kinerja", doc.name), "Nilai")

	def tetapkan(self, name: str):
		doc = frappe.get_doc("Penilaian Kinerja", name)
		self.as_user(doc.user_penyetuju)
		apply_workflow(frappe.get_doc("Penilaian Kinerja", name), "Tetapkan")
		return frappe.get_doc("Penilaian Kinerja", name)

	def final(self, skp: str, hasil: str, perilaku: str, periode: str | None = None) -> frappe._dict:
		"""An assessment made, rated and set final by the assessor."""
		name = self.buat(skp, periode)
		self.nilai(name, hasil, perilaku)
		return self.tetapkan(name)
