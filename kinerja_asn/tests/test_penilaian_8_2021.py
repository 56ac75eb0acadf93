"""A PermenPAN-RB 8/2021 period scored numerically end to end: verified realisation, capaian and nilai
per IKI from the settings' table, weighted Kinerja Utama and Tambahan, behaviour score, 70/30 (60/40
with peer input) and the predikat from the settings' bands."""

import frappe

from kinerja_asn.api import penilaian as api
from kinerja_asn.api import realisasi as api_realisasi
from kinerja_asn.domain.capaian import nilai_capaian
from kinerja_asn.domain.rating import nilai_akhir_8_2021, predikat_dari_nilai
from kinerja_asn.tests.pelaksanaan import pengaturan
from kinerja_asn.tests.penilaian import PenilaianTestCase
from kinerja_asn.tests.utils import (
	approve_skp,
	make_periode,
	make_rhk,
	make_skp,
	make_skp_disetujui,
	make_struktur,
	make_sub_periode,
)


def iki(uraian: str, target: float, satuan: str) -> list[dict]:
	return [{"uraian": uraian, "target": target, "satuan": satuan, "agregasi_realisasi": "Terakhir"}]


class TestPenilaian82021(PenilaianTestCase):
	PREFIX = "Delapan"

	@classmethod
	def setUpClass(cls):
		super(PenilaianTestCase, cls).setUpClass()
		cls.s = make_struktur(cls.PREFIX)
		cls.periode = make_periode(2021)
		cls.januari = make_sub_periode(cls.periode, "Bulanan", 1)
		cls.skp1 = make_skp(cls.s.staf1, cls.periode)
		cls.rhk_a = make_rhk(cls.skp1, "Layanan Delapan memuaskan", iki=iki("Indeks kepuasan", 100, "indeks"))
		cls.rhk_b = make_rhk(cls.skp1, "Dokumen Delapan tersusun", iki=iki("Jumlah dokumen", 10, "dokumen"))
		cls.rhk_c = make_rhk(
			cls.skp1,
			"Pelatihan kompetensi diikuti",
			iki=iki("Pelatihan diikuti", 1, "kegiatan"),
			jenis="Tambahan",
			kategori_tambahan="Development Commitment",
		)
		approve_skp(cls.skp1)
		cls.skp2, _rhk = make_skp_disetujui(
			cls.s.staf2, cls.periode, [("Arsip Delapan tertata", iki("Jumlah arsip", 10, "berkas"))]
		)

	def setUp(self):
		super().setUp()
		self.realisasi({"Indeks kepuasan": 98, "Jumlah dokumen": 10, "Pelatihan diikuti": 1})

	def realisasi(self, nilai: dict[str, float]):
		"""January's check-in with a link as evidence for the Tambahan, verified by the Pejabat Penilai."""
		self.as_user(self.s.staf1)
		cek = api_realisasi.ambil_realisasi(self.skp1, self.januari)
		baris = {r["uraian_iki"]: r for r in cek["rincian"]}
		api_realisasi.simpan_realisasi(
			cek["name"], [{"name": baris[u]["name"], "realisasi": v} for u, v in nilai.items()], konfirmasi=1
		)
		bukti = api_realisasi.unggah_bukti(
			rhk=self.rhk_c,
			iki=baris["Pelatihan diikuti"]["iki"],
			sub_periode=self.januari,
			jenis="Tautan",
			keterangan="Sertifikat pelatihan",
			tautan="https://contoh.go.id/sertifikat.pdf",
		)
		api_realisasi.ajukan_realisasi(cek["name"])
		self.as_user(self.s.admin)
		api_realisasi.verifikasi_bukti(bukti["name"], "Diterima")
		api_realisasi.verifikasi_realisasi(cek["name"], "Diverifikasi")

	def test_annual_assessment_scored_numerically_end_to_end(self):
		name = self.buat(self.skp1)
		self.nilai(name, nilai_perilaku=90)
		doc = self.tetapkan(name)
		self.assertEqual(doc.regulasi, "PermenPAN-RB 8/2021")
		self.assertNotIn("Kepemimpinan", [r.perilaku_kerja for r in doc.perilaku_kerja])
		rows = {r.uraian_iki: r for r in doc.nilai_iki}
		harapan = {
			"Indeks kepuasan": (98.0, "Cukup", 88.0, 50.0),
			"Jumlah dokumen": (100.0, "Baik", 109.0, 50.0),
			"Pelatihan diikuti": (100.0, "Baik", 109.0, 10.0),
		}
		for uraian, (capaian, kategori, nilai, bobot) in harapan.items():
			with self.subTest(iki=uraian):
				row = rows[uraian]
				self.assertAlmostEqual(row.capaian, capaian, places=2)
				self.assertEqual(row.kategori, kategori)
				self.assertAlmostEqual(row.nilai, nilai, places=2)
				self.assertAlmostEqual(row.nilai, nilai_capaian(capaian), places=2)
				self.assertAlmostEqual(row.bobot, bobot, places=2)
				self.assertAlmostEqual(row.nilai_tertimbang, nilai * bobot / 100, places=2)
		self.assertAlmostEqual(doc.nilai_kinerja_utama, 98.5, places=2)
		self.assertAlmostEqual(doc.nilai_kinerja_tambahan, 10.9, places=2)
		self.assertAlmostEqual(doc.nilai_skp, 109.4, places=2)
		self.assertAlmostEqual(doc.nilai_perilaku_kerja, 90, places=2)
		self.assertEqual((doc.bobot_skp, doc.bobot_perilaku), (70, 30))
		self.assertAlmostEqual(doc.nilai_akhir, nilai_akhir_8_2021(109.4, 90), places=2)  # 103.58
		self.assertEqual(doc.predikat, predikat_dari_nilai(103.58).value)
		self.assertEqual(doc.predikat, "Baik")
		self.assertFalse(doc.rating_hasil_kerja or doc.rating_perilaku_kerja)
		tambahan = [(r.kategori_tambahan, r.status_bukti, r.tautan) for r in doc.kinerja_tambahan]
		self.assertEqual(
			tambahan, [("Development Commitment", "Diterima", "https://contoh.go.id/sertifikat.pdf")]
		)

	def test_assessor_may_change_an_iki_weight(self):
		name = self.buat(self.skp1)
		doc = self.isi(name, nilai_perilaku=90)
		for row in doc.nilai_iki:
			if row.jenis == "Tambahan":
				row.bobot = 0
		doc.save()
		self.assertAlmostEqual(doc.nilai_skp, 98.5, places=2)
		doc.save()  # a later save keeps the assessor's weight
		self.assertAlmostEqual(doc.nilai_skp, 98.5, places=2)

	def test_peer_input_switches_to_60_40(self):
		name = self.buat(self.skp1)
		with pengaturan(masukan_perilaku_aktif=1):
			aspek = frappe.get_all(
				"Perilaku Kerja Penilaian", filters={"parent": name}, pluck="perilaku_kerja"
			)
			self.as_user(self.s.staf2)  # a peer: same superior
			masukan = api.beri_masukan_perilaku(name, [{"perilaku_kerja": a, "nilai": 80} for a in aspek])
			self.assertEqual(
				frappe.db.get_value("Masukan Perilaku Kerja", masukan, "jenis_pemberi"), "Rekan Kerja"
			)
			self.assertFalse(frappe.has_permission("Penilaian Kinerja", "read", name))  # input, not access
			self.as_user(self.s.staf1)
			self.assertNotIn(masukan, frappe.get_list("Masukan Perilaku Kerja", pluck="name"))
			self.assertFalse(frappe.has_permission("Masukan Perilaku Kerja", "read", masukan))
			self.as_user(self.s.admin)
			self.assertIn(masukan, frappe.get_list("Masukan Perilaku Kerja", pluck="name"))
			self.nilai(name, nilai_perilaku=90)
		doc = frappe.get_doc("Penilaian Kinerja", name)
		self.assertEqual((doc.dengan_masukan_rekan, doc.jumlah_masukan), (1, 1))
		self.assertEqual({r.nilai_masukan for r in doc.perilaku_kerja}, {80})
		self.assertAlmostEqual(doc.nilai_perilaku_kerja, 85, places=2)  # assessor 90 and peer 80
		self.assertEqual((doc.bobot_skp, doc.bobot_perilaku), (60, 40))
		self.assertAlmostEqual(doc.nilai_akhir, nilai_akhir_8_2021(109.4, 85, 60, 40), places=2)

	def test_behaviour_input_is_off_unless_the_settings_allow_it_and_only_from_self_peers_subordinates(self):
		name = self.buat(self.skp1)
		aspek = frappe.get_all("Perilaku Kerja Penilaian", filters={"parent": name}, pluck="perilaku_kerja")
		rincian = [{"perilaku_kerja": a, "nilai": 80} for a in aspek]
		self.as_user(self.s.staf1)
		self.assertRaises(frappe.ValidationError, api.beri_masukan_perilaku, name, rincian)
		with pengaturan(masukan_perilaku_aktif=1):
			self.as_user(self.s.jpt)  # the assessor's superior is neither peer nor subordinate
			self.assertRaises(frappe.PermissionError, api.beri_masukan_perilaku, name, rincian)
			self.as_user(self.s.staf1)
			diri = api.beri_masukan_perilaku(name, rincian)
			self.assertEqual(
				frappe.db.get_value("Masukan Perilaku Kerja", diri, "jenis_pemberi"), "Diri Sendiri"
			)
			self.nilai(name, nilai_perilaku=90)
		doc = frappe.get_doc("Penilaian Kinerja", name)
		self.assertEqual(doc.dengan_masukan_rekan, 0)  # self-assessment keeps 70/30
		self.assertEqual((doc.bobot_skp, doc.bobot_perilaku), (70, 30))

	def test_an_appeal_sets_a_new_final_value_and_its_predikat(self):
		name = self.buat(self.skp1)
		self.nilai(name, nilai_perilaku=90)
		self.tetapkan(name)
		self.as_user(self.s.staf1)
		keberatan = api.ajukan_keberatan(name, "Nilai perilaku terlalu rendah")
		self.as_user(self.s.jpt)
		self.assertRaises(frappe.ValidationError, api.putuskan_keberatan, keberatan, "Diubah", "tanpa nilai")
		hasil = api.putuskan_keberatan(keberatan, "Diubah", "Perilaku teladan", nilai_akhir=112)
		self.assertEqual(hasil["predikat_baru"], predikat_dari_nilai(112).value)
		doc = frappe.get_doc("Penilaian Kinerja", name)
		self.assertEqual((doc.predikat, doc.predikat_awal, doc.nilai_akhir), ("Sangat Baik", "Baik", 112))
