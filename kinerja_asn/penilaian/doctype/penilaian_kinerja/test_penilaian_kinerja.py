# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.model.workflow import WorkflowTransitionError, apply_workflow

from kinerja_asn.api import penilaian as api
from kinerja_asn.api import realisasi as api_realisasi
from kinerja_asn.domain.capaian import capaian_iki
from kinerja_asn.domain.rating import DEFAULT_MATRIKS, predikat_kinerja
from kinerja_asn.kinerja_asn.doctype.penugasan_plt_plh.test_penugasan_plt_plh import make_penugasan
from kinerja_asn.tests.penilaian import SA, SB, SE, PenilaianTestCase
from kinerja_asn.tests.utils import (
	approve_skp,
	make_periode,
	make_rhk,
	make_skp,
	make_skp_disetujui,
	make_struktur,
	make_sub_periode,
)


class TestPenilaianKinerja(PenilaianTestCase):
	PREFIX = "Nilai"

	def test_all_nine_cells_of_the_quadrant_through_final_assessments(self):
		"""One monthly evaluation per cell, each rated by the Pejabat Penilai and set final."""
		for bulan, ((hasil, perilaku), harapan) in enumerate(DEFAULT_MATRIKS.items(), start=1):
			with self.subTest(hasil=hasil.value, perilaku=perilaku.value):
				sub = make_sub_periode(self.periode, "Bulanan", bulan)
				doc = self.final(self.skp1, hasil.value, perilaku.value, sub)
				self.assertEqual((doc.status, doc.docstatus), ("Ditetapkan", 1))
				self.assertEqual(doc.jenis_penilaian, "Periodik")
				self.assertEqual(
					(doc.rating_hasil_kerja, doc.rating_perilaku_kerja), (hasil.value, perilaku.value)
				)
				self.assertEqual(doc.predikat, harapan.value)
				self.assertEqual(doc.ditetapkan_oleh, self.s.admin)
		self.assertEqual(
			frappe.db.count("Penilaian Kinerja", {"skp": self.skp1, "status": "Ditetapkan"}),
			len(DEFAULT_MATRIKS),
		)

	def test_the_quadrant_is_the_settings_matrix(self):
		pengaturan = frappe.get_single("Pengaturan Kinerja")
		for row in pengaturan.matriks_predikat:
			if (row.rating_hasil_kerja, row.rating_perilaku_kerja) == (SE, SE):
				row.predikat = "Sangat Baik"
		pengaturan.save()
		try:
			doc = self.final(self.skp1, SE, SE)
			self.assertEqual(doc.predikat, "Sangat Baik")
		finally:
			frappe.clear_document_cache("Pengaturan Kinerja", "Pengaturan Kinerja")

	def test_rows_follow_the_skp_rhk_and_behaviours(self):
		doc = frappe.get_doc("Penilaian Kinerja", self.buat(self.skp1))
		self.assertEqual(doc.jenis_penilaian, "Tahunan")
		self.assertEqual(doc.regulasi, "PermenPAN-RB 6/2022")
		self.assertEqual([r.rhk for r in doc.hasil_kerja], self.rhk1)
		self.assertEqual(len(doc.perilaku_kerja), 7)  # BerAKHLAK
		self.assertEqual(
			(doc.pejabat_penilai, doc.penyetuju, doc.atasan_pejabat_penilai),
			(self.s.admin, self.s.admin, self.s.jpt),
		)
		self.assertFalse(doc.predikat)

	def test_assessors_show_their_names_beside_their_ids(self):
		doc = frappe.get_doc("Penilaian Kinerja", self.buat(self.skp1))
		nama = dict(frappe.get_all("Employee", fields=["name", "employee_name"], as_list=True))
		for tautan in ("pejabat_penilai", "atasan_pejabat_penilai", "penyetuju"):
			with self.subTest(tautan=tautan):
				self.assertTrue(doc.get(tautan))
				self.assertEqual(doc.get("nama_" + tautan), nama[doc.get(tautan)])

	def test_capaian_of_verified_check_ins_suggests_a_rating_the_assessor_may_overrule(self):
		maret = make_sub_periode(self.periode, "Bulanan", 3)
		self.as_user(self.s.staf1)
		cek = api_realisasi.ambil_realisasi(self.skp1, maret)
		baris = {r["uraian_iki"]: r["name"] for r in cek["rincian"]}
		api_realisasi.simpan_realisasi(
			cek["name"],
			[
				{"name": baris["Jumlah laporan layanan"], "realisasi": 2},
				{"name": baris["Waktu penyelesaian"], "realisasi": 4},
			],
			konfirmasi=1,
		)
		api_realisasi.ajukan_realisasi(cek["name"])
		self.as_user(self.s.admin)
		api_realisasi.verifikasi_realisasi(cek["name"], "Diverifikasi")

		bulanan = frappe.get_doc("Penilaian Kinerja", self.buat(self.skp1, maret))
		capaian = {r.rhk: r.capaian for r in bulanan.hasil_kerja}
		self.assertAlmostEqual(capaian[self.rhk1[0]], capaian_iki(2, 1), places=2)  # 2 of a month's 12/12
		self.assertAlmostEqual(capaian[self.rhk1[1]], capaian_iki(4, 5, arah="turun"), places=2)
		self.assertEqual({r.saran_rating for r in bulanan.hasil_kerja}, {SA})
		self.assertEqual(bulanan.saran_rating_hasil_kerja, SA)
		self.assertIn("2 / 1 laporan", bulanan.hasil_kerja[0].realisasi)

		tahunan = frappe.get_doc("Penilaian Kinerja", self.buat(self.skp1))
		capaian = {r.rhk: r.capaian for r in tahunan.hasil_kerja}
		self.assertAlmostEqual(capaian[self.rhk1[0]], capaian_iki(2, 12), places=2)  # the IKI write-back
		# one RHK far below, one above: neither is "most", so the suggestion is Sesuai
		self.assertEqual(tahunan.saran_rating_hasil_kerja, SE)
		self.assertFalse(tahunan.rating_hasil_kerja)  # the assessor decides
		self.nilai(tahunan.name, SB, SE)
		self.assertEqual(
			frappe.db.get_value("Penilaian Kinerja", tahunan.name, "predikat"), "Butuh Perbaikan"
		)

	def test_behaviour_rating_is_aggregated_by_the_setting_and_the_assessor_may_set_it(self):
		name = self.buat(self.skp1)
		doc = self.isi(name, SE)
		for i, row in enumerate(doc.perilaku_kerja):
			row.rating = SA if i < 4 else SB
		doc.save()
		self.assertEqual(doc.saran_rating_perilaku_kerja, SA)  # mayoritas: 4 of 7
		self.assertEqual(doc.rating_perilaku_kerja, SA)
		self.assertEqual(doc.predikat, predikat_kinerja(SE, SA).value)
		doc.rating_perilaku_ditetapkan_penilai = 1
		doc.rating_perilaku_kerja = SB
		doc.save()
		self.assertEqual((doc.saran_rating_perilaku_kerja, doc.rating_perilaku_kerja), (SA, SB))
		self.assertEqual(doc.predikat, "Kurang/Misconduct")

	def test_dinilai_needs_both_ratings(self):
		name = self.buat(self.skp1)
		self.isi(name, SE)
		self.assertRaises(
			frappe.ValidationError, apply_workflow, frappe.get_doc("Penilaian Kinerja", name), "Nilai"
		)
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", name, "status"), "Draft")

	def test_only_the_pejabat_penilai_rates_and_sets_final(self):
		name = self.buat(self.skp1)
		for orang in (self.s.staf1, self.s.staf2, self.s.jpt, self.s.hr):
			with self.subTest(orang=orang):
				self.as_user(orang)
				doc = frappe.get_doc("Penilaian Kinerja", name)
				doc.rating_hasil_kerja = SA
				self.assertRaises(frappe.PermissionError, doc.save)
				self.assertRaises(
					(WorkflowTransitionError, frappe.PermissionError),
					apply_workflow,
					frappe.get_doc("Penilaian Kinerja", name),
					"Nilai",
				)
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", name, "status"), "Draft")
		self.nilai(name, SA, SA)
		for orang in (self.s.staf1, self.s.jpt, self.s.hr):
			with self.subTest(tetapkan=orang):
				self.as_user(orang)
				self.assertRaises(
					(WorkflowTransitionError, frappe.PermissionError),
					apply_workflow,
					frappe.get_doc("Penilaian Kinerja", name),
					"Tetapkan",
				)
		self.assertEqual(self.tetapkan(name).predikat, "Sangat Baik")

	def test_only_the_assessor_or_hr_opens_an_assessment(self):
		for orang in (self.s.staf1, self.s.staf2, self.s.jpt):
			with self.subTest(orang=orang):
				self.as_user(orang)
				self.assertRaises(frappe.PermissionError, api.buat_penilaian, self.skp1)
		self.as_user(self.s.hr)
		name = api.buat_penilaian(self.skp1)
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", name, "penyetuju"), self.s.admin)

	def test_final_assessment_cannot_be_edited_and_the_employee_is_notified(self):
		doc = self.final(self.skp1, SE, SA)
		self.assertTrue(
			frappe.db.exists(
				"Notification Log", {"document_name": doc.name, "for_user": self.s.user[self.s.staf1]}
			)
		)
		self.assertTrue(doc.batas_keberatan)
		for orang in (self.s.admin, self.s.hr):
			with self.subTest(orang=orang):
				self.as_user(orang)
				final = frappe.get_doc("Penilaian Kinerja", doc.name)
				final.predikat = "Sangat Baik"
				final.rating_hasil_kerja = SA
				self.assertRaises(frappe.PermissionError, final.save)
				final = frappe.get_doc("Penilaian Kinerja", doc.name)
				final.catatan_pejabat_penilai = "diubah"
				self.assertRaises((frappe.PermissionError, frappe.UpdateAfterSubmitError), final.save)
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", doc.name, "predikat"), "Baik")

	def test_employee_reads_and_acknowledges_own_final_assessment_peers_see_nothing(self):
		doc = self.final(self.skp1, SE, SE)
		self.as_user(self.s.staf2)
		self.assertNotIn(doc.name, frappe.get_list("Penilaian Kinerja", pluck="name"))
		self.assertFalse(frappe.has_permission("Penilaian Kinerja", "read", doc.name))
		self.assertRaises(frappe.PermissionError, api.akui_penilaian, doc.name)
		self.as_user(self.s.staf1)
		self.assertIn(doc.name, frappe.get_list("Penilaian Kinerja", pluck="name"))
		self.assertFalse(frappe.has_permission("Penilaian Kinerja", "write", doc.name))
		self.assertTrue(api.akui_penilaian(doc.name)["diketahui_pegawai"])
		tersimpan = frappe.db.get_value(
			"Penilaian Kinerja", doc.name, ["diketahui_pegawai", "predikat"], as_dict=True
		)
		self.assertEqual((tersimpan.diketahui_pegawai, tersimpan.predikat), (1, "Baik"))

	def test_acting_official_rates_and_is_recorded(self):
		make_penugasan(self.s.jpt, pejabat=self.s.admin)  # the admin's superior acts for them
		name = self.buat(self.skp1, oleh=self.s.user[self.s.jpt])
		doc = frappe.get_doc("Penilaian Kinerja", name)
		self.assertEqual((doc.penyetuju, doc.sebutan_penyetuju), (self.s.jpt, "Plh."))
		self.nilai(name, SA, SE)
		doc = self.tetapkan(name)
		self.assertEqual((doc.dinilai_oleh, doc.dinilai_sebagai), (self.s.jpt, "Plh."))
		self.assertEqual((doc.ditetapkan_oleh, doc.ditetapkan_sebagai), (self.s.jpt, "Plh."))
		self.assertEqual(doc.pejabat_penilai, self.s.admin)

	def test_one_assessment_per_skp_and_period(self):
		name = self.buat(self.skp1)
		self.assertEqual(api.buat_penilaian(self.skp1), name)
		self.assertRaises(
			frappe.ValidationError,
			frappe.get_doc(
				{"doctype": "Penilaian Kinerja", "skp": self.skp1, "periode": self.periode}
			).insert,
		)


class TestPenilaianPimpinanUnit(PenilaianTestCase):
	"""The Administrator heads Bagian; Staf Satu's RHK cascades directly from the Administrator's."""

	PREFIX = "Pimpinan Unit"

	@classmethod
	def setUpClass(cls):
		super(PenilaianTestCase, cls).setUpClass()
		cls.s = make_struktur(cls.PREFIX)
		cls.periode = make_periode(2026)
		cls.maret = make_sub_periode(cls.periode, "Bulanan", 3)
		frappe.db.set_value("Department", cls.s.bagian, "kepala_unit", cls.s.admin)
		iki = [
			{"uraian": "Jumlah layanan", "target": 12, "satuan": "layanan", "agregasi_realisasi": "Jumlah"}
		]
		cls.skp_admin, (cls.rhk_admin,) = make_skp_disetujui(
			cls.s.admin, cls.periode, [("Layanan bagian prima", iki)]
		)
		cls.skp_staf = make_skp(cls.s.staf1, cls.periode)
		make_rhk(cls.skp_staf, "Layanan prima diberikan", cls.rhk_admin, jenis_kaskade="Langsung", iki=iki)
		approve_skp(cls.skp_staf)

	def test_unit_leader_rating_defaults_from_the_unit_achievement(self):
		name = self.buat(self.skp_admin)
		doc = frappe.get_doc("Penilaian Kinerja", name)
		self.assertEqual((doc.pimpinan_unit, doc.capaian_unit), (1, 0))
		self.assertFalse(doc.rating_hasil_kerja)  # no achievement yet, no default

		self.as_user(self.s.staf1)
		cek = api_realisasi.ambil_realisasi(self.skp_staf, self.maret)
		api_realisasi.simpan_realisasi(
			cek["name"], [{"name": cek["rincian"][0]["name"], "realisasi": 15}], konfirmasi=1
		)
		api_realisasi.ajukan_realisasi(cek["name"])
		self.as_user(self.s.admin)
		api_realisasi.verifikasi_realisasi(cek["name"], "Diverifikasi")

		doc = self.isi(name, perilaku=SE)
		self.assertAlmostEqual(doc.capaian_unit, capaian_iki(15, 12), places=2)  # rolled up from staff
		self.assertEqual(doc.rating_hasil_kerja, SA)
		self.assertEqual(doc.predikat, "Baik")
		doc = self.isi(name, SE)  # the assessor may still decide otherwise
		self.assertEqual(doc.rating_hasil_kerja, SE)

	def test_staff_are_not_unit_leaders(self):
		doc = frappe.get_doc("Penilaian Kinerja", self.buat(self.skp_staf))
		self.assertEqual(doc.pimpinan_unit, 0)
		self.assertFalse(doc.rating_hasil_kerja)
