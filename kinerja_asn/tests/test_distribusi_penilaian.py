"""SE MenPAN-RB 3/2023 through real documents: the unit's predikat against its organisation's
curve while assessing (remaining slots), at Ditetapkan (a warning, or a block when the settings say
so) and in the report Distribusi Predikat Unit."""

import frappe
from frappe.model.workflow import apply_workflow

from kinerja_asn.api import dasbor
from kinerja_asn.api import penilaian as api
from kinerja_asn.penilaian.doctype.predikat_kinerja_organisasi.test_predikat_kinerja_organisasi import (
	make_predikat_organisasi,
)
from kinerja_asn.penilaian.report.distribusi_predikat_unit import distribusi_predikat_unit as laporan
from kinerja_asn.tests.pelaksanaan import pengaturan
from kinerja_asn.tests.penilaian import SA, SE, PenilaianTestCase


class TestDistribusiPenilaian(PenilaianTestCase):
	"""Bagian Kurva has two assessed staff (the head has no SKP): Istimewa allows floor(70% x 2) = 1
	Sangat Baik."""

	PREFIX = "Kurva"

	def setUp(self):
		super().setUp()
		frappe.db.set_value("Department", self.s.bagian, "kepala_unit", self.s.admin)
		self.organisasi = make_predikat_organisasi(self.s.bagian, self.periode, "Istimewa")

	def laporan(self, **filters):
		_columns, rows = laporan.execute({"periode": self.periode, **filters})
		return {r["unit"]: r for r in rows}

	def test_remaining_slots_while_assessing(self):
		name = self.buat(self.skp1)
		doc = self.isi(name, SA, SA)
		self.assertEqual((doc.unit_distribusi, doc.predikat_organisasi), (self.s.bagian, "Istimewa"))
		self.assertEqual(doc.predikat_kinerja_organisasi, self.organisasi)
		self.assertEqual(doc.jumlah_pegawai_unit, 2)
		self.assertIn("Sangat Baik: 1 pegawai, sisa kuota 0", doc.ringkasan_distribusi)
		self.assertFalse(doc.pelanggaran_distribusi)
		kuota = {k["predikat"]: k for k in api.kuota_distribusi(name)["kuota"]}
		self.assertEqual((kuota["Sangat Baik"]["jumlah"], kuota["Sangat Baik"]["sisa"]), (1, 0))
		self.assertEqual(kuota["Baik"]["sisa"], 1)
		self.as_user(self.s.staf2)
		self.assertRaises(frappe.PermissionError, api.kuota_distribusi, name)

	def test_a_unit_breaking_its_curve_is_reported_and_only_warned_by_default(self):
		self.final(self.skp1, SA, SA)
		frappe.set_user("Administrator")
		sebelum = dasbor.unit_melanggar_kurva([])["value"]
		name = self.buat(self.skp2)
		self.nilai(name, SA, SA)
		frappe.set_user("Administrator")
		# the HR card of the workspace counts the unit once it breaks
		self.assertEqual(dasbor.unit_melanggar_kurva([])["value"], sebelum + 1)
		doc = frappe.get_doc("Penilaian Kinerja", name)
		self.assertIn("2 dari 2 pegawai berpredikat Sangat Baik, paling banyak 1", doc.pelanggaran_distribusi)
		self.assertEqual(self.laporan()[self.s.bagian]["status_kode"], "Melanggar")
		self.assertEqual(self.tetapkan(name).status, "Ditetapkan")
		rows = self.laporan(hanya_ditetapkan=1)
		baris = rows[self.s.bagian]
		self.assertEqual((baris["sangat_baik"], baris["sudah_dinilai"], baris["jumlah_pegawai"]), (2, 2, 2))
		self.assertEqual(baris["status_kode"], "Melanggar")
		self.assertIn("Paling banyak 70% Sangat Baik", baris["pelanggaran"])

	def test_a_broken_curve_blocks_ditetapkan_when_the_settings_say_so(self):
		self.final(self.skp1, SA, SA)
		name = self.buat(self.skp2)
		self.nilai(name, SA, SA)
		with pengaturan(distribusi_memblokir=1):
			self.as_user(self.s.admin)
			self.assertRaises(
				frappe.ValidationError, apply_workflow, frappe.get_doc("Penilaian Kinerja", name), "Tetapkan"
			)
			self.assertEqual(frappe.db.get_value("Penilaian Kinerja", name, "status"), "Dinilai")
			apply_workflow(frappe.get_doc("Penilaian Kinerja", name), "Nilai Ulang")
			self.nilai(name, SE, SE)
			self.assertEqual(self.tetapkan(name).predikat, "Baik")
		self.assertEqual(self.laporan()[self.s.bagian]["status_kode"], "Sesuai")

	def test_a_sub_unit_falls_under_the_nearest_unit_with_an_organisation_predikat(self):
		frappe.get_doc("Predikat Kinerja Organisasi", self.organisasi).cancel()
		make_predikat_organisasi(self.s.unit, self.periode, "Baik")
		doc = self.isi(self.buat(self.skp1), SE, SE)
		self.assertEqual((doc.unit_distribusi, doc.predikat_organisasi), (self.s.unit, "Baik"))
		self.assertEqual(doc.jumlah_pegawai_unit, 2)
		# Baik: at least one Butuh Perbaikan/Kurang; one Baik of two leaves room for it
		self.assertFalse(doc.pelanggaran_distribusi)

	def test_the_report_shows_a_unit_to_its_head_and_the_leader_above_only(self):
		self.final(self.skp1, SE, SE)
		for orang, melihat in ((self.s.admin, True), (self.s.jpt, True), (self.s.staf1, False)):
			with self.subTest(orang=orang):
				self.as_user(orang)
				self.assertEqual(self.s.bagian in self.laporan(), melihat)
