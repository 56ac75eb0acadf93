"""The DUPAK as the real users: a functional official proposes activity items with verified evidence,
the tim penilai of the position decides each line, and only accepted lines reach the ledger."""

import frappe

from kinerja_asn.angka_kredit.report.antrean_tim_penilai import antrean_tim_penilai as antrean
from kinerja_asn.api import angka_kredit as api_ak
from kinerja_asn.api import realisasi as api_realisasi
from kinerja_asn.services.kunci import DokumenGanda
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	make_periode,
	make_skp_disetujui,
	make_struktur,
	make_sub_periode,
	make_user,
)

JABATAN = "Analis Kinerja Uji DUPAK"


def _pastikan(doctype: str, name: str, **isian) -> str:
	if not frappe.db.exists(doctype, name):
		frappe.get_doc({"doctype": doctype, **isian}).insert(ignore_permissions=True)
	return name


class TestUsulanAngkaKredit(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("DUPAK")
		cls.periode = make_periode(2026)
		cls.maret = make_sub_periode(cls.periode, "Bulanan", 3)
		_pastikan("Jabatan Fungsional", JABATAN, nama_jabatan=JABATAN, kategori="Keahlian", aktif=1)
		frappe.db.set_value("Employee", cls.s.staf2, "jabatan_fungsional", JABATAN)
		cls.skp, (cls.rhk,) = make_skp_disetujui(
			cls.s.staf2,
			cls.periode,
			[
				(
					"Analisis kinerja DUPAK tersusun",
					[
						{
							"uraian": "Jumlah laporan analisis",
							"aspek": "Kuantitas",
							"target": 12,
							"satuan": "laporan",
						}
					],
				)
			],
		)
		cls.butir_utama = cls.butir("U01", "Utama", 0.5)
		cls.butir_penunjang = cls.butir("P01", "Penunjang", 0.25)
		cls.butir_lain = (
			frappe.get_doc(
				{
					"doctype": "Butir Kegiatan",
					"jabatan_fungsional": JABATAN,
					"jenjang": "Ahli Muda",
					"kode": "M01",
					"unsur": "Utama",
					"uraian": "Butir jenjang lain",
					"satuan_hasil": "laporan",
					"angka_kredit": 1,
				}
			)
			.insert()
			.name
		)
		cls.tim_user = make_user("tim.dupak@example.com")
		frappe.get_doc(
			{
				"doctype": "Tim Penilai Angka Kredit",
				"jabatan_fungsional": JABATAN,
				"anggota": [{"user": cls.tim_user}],
			}
		).insert()
		cls.bukti = [cls.bukti_diterima(f"Laporan analisis {i}") for i in (1, 2)]

	@classmethod
	def butir(cls, kode: str, unsur: str, ak: float) -> str:
		return (
			frappe.get_doc(
				{
					"doctype": "Butir Kegiatan",
					"jabatan_fungsional": JABATAN,
					"jenjang": "Ahli Pertama",
					"kode": kode,
					"unsur": unsur,
					"uraian": f"Menyusun hasil {kode}",
					"satuan_hasil": "laporan",
					"angka_kredit": ak,
				}
			)
			.insert()
			.name
		)

	@classmethod
	def bukti_diterima(cls, keterangan: str) -> str:
		frappe.set_user(cls.s.user[cls.s.staf2])
		b = api_realisasi.unggah_bukti(
			cls.rhk,
			None,
			cls.maret,
			"Tautan",
			keterangan,
			"https://contoh.go.id/" + keterangan.replace(" ", "-"),
		)
		frappe.set_user(cls.s.user[cls.s.admin])
		api_realisasi.verifikasi_bukti(b["name"], "Diterima")
		frappe.set_user("Administrator")
		return b["name"]

	def usulan(self, rincian: list[dict], user: str | None = None):
		frappe.set_user(user or self.s.user[self.s.staf2])
		return frappe.get_doc(
			{"doctype": "Usulan Angka Kredit", "periode": self.periode, "rincian": rincian}
		).insert()

	def baris(self, bukti: str | None, butir: str, jumlah: float, uraian: str = "Laporan") -> dict:
		return {"bukti_dukung": bukti, "butir_kegiatan": butir, "jumlah": jumlah, "uraian": uraian}

	def entri(self) -> list[float]:
		return sorted(
			frappe.get_all(
				"Entri Angka Kredit",
				filters={"employee": self.s.staf2, "dibatalkan": 0},
				pluck="angka_kredit",
			)
		)

	def test_only_lines_the_tim_penilai_accepts_reach_the_ledger(self):
		doc = self.usulan(
			[
				self.baris(self.bukti[0], self.butir_utama, 4, "Empat laporan analisis"),
				self.baris(None, self.butir_penunjang, 2, "Dua kegiatan penunjang"),
			]
		)
		self.assertEqual((doc.total_diusulkan, doc.employee), (2.5, self.s.staf2))
		api_ak.ajukan_usulan(doc.name)
		self.assertEqual(self.entri(), [])  # nothing counts before the tim decides
		frappe.set_user(self.s.user[self.s.staf2])
		self.assertRaises(frappe.PermissionError, frappe.get_doc("Usulan Angka Kredit", doc.name).submit)

		frappe.set_user(self.tim_user)
		_kolom, antre = antrean.execute({})
		self.assertEqual([(r["usulan"], r["baris"]) for r in antre], [(doc.name, 1), (doc.name, 2)])
		frappe.set_user(self.s.user[self.s.staf1])
		self.assertEqual(antrean.execute({})[1], [])  # not on the team
		frappe.set_user(self.tim_user)
		tim = frappe.get_doc("Usulan Angka Kredit", doc.name)
		tim.rincian[0].keputusan = "Dikoreksi"
		tim.rincian[0].jumlah_disetujui = 3
		tim.rincian[0].alasan = "Satu laporan tidak memenuhi syarat"
		tim.rincian[1].keputusan = "Ditolak"
		tim.rincian[1].alasan = "Tanpa bukti"
		tim.save()
		tim.submit()
		self.assertEqual((tim.status, tim.total_disetujui), ("Dinilai", 1.5))
		self.assertEqual(self.entri(), [1.5])
		unsur = frappe.get_all("Entri Angka Kredit", filters={"dokumen": doc.name}, pluck="unsur")
		self.assertEqual(unsur, ["Utama"])
		entri = frappe.get_all("Entri Angka Kredit", filters={"dokumen": doc.name}, pluck="name")[0]
		self.assertTrue(frappe.has_permission("Entri Angka Kredit", "read", doc=entri))  # the tim reads
		self.assertIn(entri, frappe.get_list("Entri Angka Kredit", pluck="name"))
		frappe.set_user(self.s.user[self.s.staf1])
		self.assertFalse(frappe.has_permission("Entri Angka Kredit", "read", doc=entri))

	def test_the_employee_cannot_decide_and_the_tim_cannot_decide_a_draft(self):
		doc = self.usulan([self.baris(self.bukti[0], self.butir_utama, 2)])
		doc.rincian[0].keputusan = "Diterima"
		doc.save()
		self.assertEqual(
			frappe.db.get_value("Rincian Usulan Angka Kredit", doc.rincian[0].name, "keputusan"), "Menunggu"
		)
		frappe.set_user(self.tim_user)
		self.assertFalse(frappe.has_permission("Usulan Angka Kredit", "submit", doc=doc.name))

	def test_one_evidence_file_is_credited_once(self):
		self.usulan([self.baris(self.bukti[1], self.butir_utama, 1)])
		self.assertRaises(DokumenGanda, self.usulan, [self.baris(self.bukti[1], self.butir_utama, 1)])
		self.assertRaises(
			frappe.ValidationError,
			self.usulan,
			[self.baris(self.bukti[0], self.butir_utama, 1), self.baris(self.bukti[0], self.butir_utama, 1)],
		)

	def test_bad_lines_are_refused_with_nothing_stored(self):
		sebelum = frappe.db.count("Usulan Angka Kredit")
		frappe.set_user(self.s.user[self.s.staf2])
		menunggu = api_realisasi.unggah_bukti(
			self.rhk, None, self.maret, "Tautan", "Belum diperiksa", "https://contoh.go.id/x"
		)["name"]
		for rincian in (
			[self.baris(self.bukti[0], self.butir_utama, 0)],
			[self.baris(self.bukti[0], self.butir_utama, -2)],
			[self.baris(self.bukti[0], self.butir_lain, 1)],
			[self.baris(menunggu, self.butir_utama, 1)],
		):
			with self.subTest(rincian=rincian):
				self.assertRaises(frappe.ValidationError, self.usulan, rincian)
		self.assertRaisesRegex(
			frappe.ValidationError,
			"pejabat fungsional",
			self.usulan,
			[self.baris(None, self.butir_utama, 1)],
			self.s.user[self.s.staf1],
		)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.count("Usulan Angka Kredit"), sebelum)

	def test_peers_read_nothing_the_tim_and_the_assessor_read(self):
		doc = self.usulan([self.baris(self.bukti[0], self.butir_utama, 1)])
		for user, boleh in (
			(self.s.user[self.s.staf1], False),
			(self.tim_user, True),
			(self.s.user[self.s.admin], True),
			(self.s.hr, True),
		):
			frappe.set_user(user)
			with self.subTest(user=user):
				self.assertEqual(
					bool(frappe.has_permission("Usulan Angka Kredit", "read", doc=doc.name)), boleh
				)
				self.assertEqual(doc.name in frappe.get_list("Usulan Angka Kredit", pluck="name"), boleh)

	def test_evidence_tagged_in_the_check_in_is_offered_for_the_dupak(self):
		frappe.set_user(self.s.user[self.s.staf2])
		b = api_realisasi.unggah_bukti(
			self.rhk, None, self.maret, "Tautan", "Laporan bertanda", "https://contoh.go.id/bertanda", 1
		)
		self.assertEqual(frappe.db.get_value("Bukti Dukung", b["name"], "untuk_angka_kredit"), 1)
		self.assertNotIn(b["name"], [x.name for x in api_ak.bukti_bertanda()])  # not accepted yet
		frappe.set_user(self.s.user[self.s.admin])
		api_realisasi.verifikasi_bukti(b["name"], "Diterima")
		frappe.set_user(self.s.user[self.s.staf2])
		self.assertIn(b["name"], [x.name for x in api_ak.bukti_bertanda()])
		self.usulan([self.baris(b["name"], self.butir_utama, 1)])
		self.assertNotIn(b["name"], [x.name for x in api_ak.bukti_bertanda()])  # on a DUPAK now
