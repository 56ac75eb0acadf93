# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe

from kinerja_asn.services import skp as skp_service
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	approve_skp,
	make_periode,
	make_rhk,
	make_skp,
	make_struktur,
)


class TestRencanaHasilKerja(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("RHK")

	def test_iki_needs_a_usable_target(self):
		skp = make_skp(self.s.staf1, make_periode(2026))
		self.assertRaises(
			frappe.ValidationError,
			make_rhk,
			skp,
			"Target terbalik",
			iki=[{"uraian": "rentang", "target": 90, "target_maks": 80}],
		)
		self.assertRaises(
			frappe.ValidationError,
			make_rhk,
			skp,
			"Tanpa IKI",
			iki=[{"uraian": "turun", "target": 0, "arah": "Turun"}],
		)

	def test_turunkan_ke_bawahan_proposes_once(self):
		periode = make_periode(2043)
		skp_admin = make_skp(self.s.admin, periode)
		rhk1 = make_rhk(
			skp_admin, "Dokumen rencana", iki=[{"uraian": "Dokumen", "target": 4, "satuan": "dokumen"}]
		)
		rhk2 = make_rhk(skp_admin, "Laporan evaluasi")
		make_rhk(skp_admin, "Pengembangan diri", jenis="Tambahan", kategori_tambahan="Development Commitment")
		approve_skp(skp_admin)
		dibuat = skp_service.turunkan_ke_bawahan(skp_admin)
		self.assertEqual(len(dibuat), 4)  # 2 subordinates x 2 RHK Utama
		self.assertEqual(skp_service.turunkan_ke_bawahan(skp_admin), [])
		for staf in (self.s.staf1, self.s.staf2):
			links = frappe.get_all(
				"Rencana Hasil Kerja",
				filters={"employee": staf, "periode_kinerja": periode},
				pluck="rhk_intervensi",
			)
			self.assertCountEqual(links, [rhk1, rhk2])
		copy = frappe.get_doc("Rencana Hasil Kerja", {"employee": self.s.staf1, "rhk_intervensi": rhk1})
		self.assertEqual(copy.iki[0].target, 4)

	def test_bulk_creation_twice_gives_no_duplicates(self):
		periode = make_periode(2044)
		first = skp_service.buat_skp_massal(periode, self.s.unit)
		self.assertGreaterEqual(len(first), 5)
		self.assertEqual(skp_service.buat_skp_massal(periode, self.s.unit), [])
		for employee in (self.s.jpt, self.s.admin, self.s.staf1, self.s.staf2):
			self.assertEqual(frappe.db.count("SKP", {"employee": employee, "periode_kinerja": periode}), 1)
		skp_staf = frappe.get_doc("SKP", {"employee": self.s.staf1, "periode_kinerja": periode})
		self.assertEqual(skp_staf.pejabat_penilai, self.s.admin)
		self.assertEqual(skp_staf.atasan_pejabat_penilai, self.s.jpt)

	def test_revision_repoints_children_and_flags_dropped_goals(self):
		periode = make_periode(2045)
		skp_admin = make_skp(self.s.admin, periode)
		tetap = make_rhk(skp_admin, "Tujuan yang tetap")
		dihapus = make_rhk(skp_admin, "Tujuan yang dihapus")
		approve_skp(skp_admin)
		skp_staf = make_skp(self.s.staf1, periode)
		anak_tetap = make_rhk(skp_staf, "Ikut yang tetap", tetap)
		anak_dihapus = make_rhk(skp_staf, "Ikut yang dihapus", dihapus)
		approve_skp(skp_staf)

		revisi = skp_service.buat_revisi(skp_admin, "Sasaran organisasi berubah")
		self.assertEqual(frappe.db.get_value("SKP", revisi, "versi"), 2)
		salinan_dihapus = frappe.db.get_value(
			"Rencana Hasil Kerja", {"skp": revisi, "rhk_sebelumnya": dihapus}
		)
		frappe.delete_doc("Rencana Hasil Kerja", salinan_dihapus)
		approve_skp(revisi)

		self.assertEqual(
			frappe.db.get_value("SKP", skp_admin, ["status", "digantikan_oleh"]), ("Digantikan", revisi)
		)
		salinan_tetap = frappe.db.get_value("Rencana Hasil Kerja", {"skp": revisi, "rhk_sebelumnya": tetap})
		self.assertEqual(
			frappe.db.get_value("Rencana Hasil Kerja", anak_tetap, "rhk_intervensi"), salinan_tetap
		)
		self.assertEqual(frappe.db.get_value("Rencana Hasil Kerja", anak_dihapus, "perlu_ditinjau"), 1)
		self.assertEqual(frappe.db.get_value("Rencana Hasil Kerja", anak_tetap, "perlu_ditinjau"), 0)

	def test_mutation_closes_and_opens(self):
		periode = make_periode(2046)
		skp = make_skp(self.s.staf2, periode)
		make_rhk(skp, "Sebelum mutasi")
		approve_skp(skp)
		baru = skp_service.mutasi(skp, "2046-07-01", "Pindah unit")
		lama = frappe.db.get_value("SKP", skp, ["status", "tanggal_selesai"], as_dict=True)
		self.assertEqual(lama.status, "Ditutup")
		self.assertEqual(str(lama.tanggal_selesai), "2046-06-30")
		baru = frappe.get_doc("SKP", baru)
		self.assertEqual((str(baru.tanggal_mulai), str(baru.tanggal_selesai)), ("2046-07-01", "2046-12-31"))
		self.assertEqual(frappe.db.count("Rencana Hasil Kerja", {"skp": baru.name}), 1)
		self.assertRaises(frappe.ValidationError, skp_service.mutasi, baru.name, "2047-01-01")

	def test_leader_rhk_in_use_cannot_be_deleted(self):
		periode = make_periode(2047)
		skp_admin = make_skp(self.s.admin, periode)
		induk = make_rhk(skp_admin, "Induk dipakai")
		make_rhk(make_skp(self.s.staf1, periode), "Anak", induk)
		self.assertRaises(frappe.ValidationError, frappe.delete_doc, "Rencana Hasil Kerja", induk)

	def test_iki_aggregation_defaults_from_the_unit(self):
		skp = make_skp(self.s.staf2, make_periode(2049))
		rhk = frappe.get_doc(
			"Rencana Hasil Kerja",
			make_rhk(
				skp,
				"Kualitas layanan",
				iki=[
					{"uraian": "Indeks kepuasan", "target": 90, "satuan": "persen"},
					{"uraian": "Jumlah layanan", "target": 120, "satuan": "layanan"},
					{
						"uraian": "Rata-rata waktu",
						"target": 3,
						"satuan": "hari",
						"agregasi_realisasi": "Rata-rata",
					},
				],
			),
		)
		self.assertEqual([r.agregasi_realisasi for r in rhk.iki], ["Terakhir", "Jumlah", "Rata-rata"])

	def test_form_is_told_when_the_rhk_is_locked(self):
		from frappe.desk.form.load import getdoc

		def terkunci(rhk: str, user: str):
			frappe.set_user(user)
			try:
				frappe.response.docs = []
				getdoc("Rencana Hasil Kerja", rhk)
				return frappe.response.docs[0].get("__onload").get("terkunci")
			finally:
				frappe.set_user("Administrator")

		skp = make_skp(self.s.admin, make_periode(2043))
		rhk = make_rhk(skp, "Dokumen bagian tersusun")
		pemilik = self.s.user[self.s.admin]
		self.assertIsNone(terkunci(rhk, pemilik))  # a draft SKP: the owner edits its RHK
		approve_skp(skp)
		alasan = terkunci(rhk, pemilik)
		self.assertIn("Disetujui", alasan)
		self.assertIn(skp, alasan)
		self.assertIsNotNone(terkunci(rhk, self.s.hr))  # HR too, once the SKP is submitted
		# the form's flag is the rule the save applies
		frappe.set_user(pemilik)
		doc = frappe.get_doc("Rencana Hasil Kerja", rhk)
		doc.uraian = "Diubah setelah disetujui"
		self.assertRaises(frappe.ValidationError, doc.save)
