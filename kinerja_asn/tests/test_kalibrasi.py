"""Papan Kalibrasi as the real users: the head moves their assessees on the quadrant and saves the
drafts in one step (all or nothing, through the controller), the curve blocks when the settings say
so, the head or HR fixes the unit's predikat, after which only an appeal changes one; a peer (another
unit's head), an employee and an outsider do none of it."""

from unittest.mock import patch

import frappe

from kinerja_asn.api import kalibrasi as api
from kinerja_asn.api import penilaian as api_penilaian
from kinerja_asn.penilaian.doctype.penilaian_kinerja.penilaian_kinerja import PenilaianKinerja
from kinerja_asn.penilaian.doctype.predikat_kinerja_organisasi.test_predikat_kinerja_organisasi import (
	make_predikat_organisasi,
)
from kinerja_asn.tests.pelaksanaan import pengaturan
from kinerja_asn.tests.penilaian import SA, SB, SE, PenilaianTestCase, rhk_contoh
from kinerja_asn.tests.utils import make_employee, make_skp_disetujui, make_struktur


class TestPapanKalibrasi(PenilaianTestCase):
	"""Bagian Kalibrasi: four staff assessed by the Administrator (its head); Istimewa allows
	floor(70% x 4) = 2 Sangat Baik."""

	PREFIX = "Kalibrasi"

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		s = cls.s
		cls.staf3 = make_employee(
			"Staf Tiga Kalibrasi", user="staf3.kalibrasi@example.com", department=s.bagian, reports_to=s.admin
		)
		cls.staf4 = make_employee(
			"Staf Empat Kalibrasi",
			user="staf4.kalibrasi@example.com",
			department=s.bagian,
			reports_to=s.admin,
		)
		cls.skp3, _ = make_skp_disetujui(cls.staf3, cls.periode, rhk_contoh("Kalibrasi Tiga"))
		cls.skp4, _ = make_skp_disetujui(cls.staf4, cls.periode, rhk_contoh("Kalibrasi Empat"))
		cls.lain = make_struktur("Kalibrasi Lain")  # another unit's head: a peer
		frappe.db.set_value("Department", s.bagian, "kepala_unit", s.admin)

	def setUp(self):
		super().setUp()
		self.as_user(self.s.jpt)
		make_predikat_organisasi(self.s.bagian, self.periode, "Istimewa")
		frappe.set_user("Administrator")
		self.penilaian = {}
		for skp in (self.skp1, self.skp2, self.skp3, self.skp4):
			name = self.buat(skp)
			self.isi(name, SE, SE)
			self.penilaian[frappe.db.get_value("SKP", skp, "employee")] = name
		frappe.set_user("Administrator")

	def papan(self, oleh, unit=None):
		self.as_user(oleh)
		return api.papan(unit=unit or self.s.bagian, periode=self.periode)

	def simpan(self, oleh, *geser):
		self.as_user(oleh)
		return api.simpan(
			self.s.bagian,
			self.periode,
			[{"penilaian": n, "rating_hasil_kerja": h, "rating_perilaku_kerja": p} for n, h, p in geser],
		)

	def predikat(self) -> dict[str, str]:
		return {e: frappe.db.get_value("Penilaian Kinerja", n, "predikat") for e, n in self.penilaian.items()}

	def kuota(self, papan) -> dict[str, dict]:
		return {k["predikat"]: k for k in papan["kuota"]}

	def test_the_head_sees_their_assessees_and_a_move_moves_the_counts(self):
		papan = self.papan(self.s.admin)
		self.assertEqual(
			(papan["unit"], papan["predikat_organisasi"], papan["jumlah_pegawai"]),
			(self.s.bagian, "Istimewa", 4),
		)
		self.assertEqual(sorted(a["penilaian"] for a in papan["anggota"]), sorted(self.penilaian.values()))
		self.assertTrue(all(a["dapat_diubah"] and a["predikat"] == "Baik" for a in papan["anggota"]))
		# without a unit the board opens on the one the head leads
		self.assertEqual(api.papan(periode=self.periode)["unit"], self.s.bagian)
		self.assertEqual(len(papan["matriks"]), 9)
		self.assertEqual(
			[(r["teks"], r["jenis"], r["batas"]) for r in papan["aturan"]],
			[("Paling banyak 70% Sangat Baik", "maks", 2)],
		)
		self.assertEqual(
			(self.kuota(papan)["Baik"]["jumlah"], self.kuota(papan)["Sangat Baik"]["sisa"]), (4, 2)
		)

		hasil = self.simpan(self.s.admin, (self.penilaian[self.s.staf1], SA, SA))
		self.assertEqual(hasil["disimpan"], [self.penilaian[self.s.staf1]])
		kuota = self.kuota(hasil["papan"])
		self.assertEqual(
			(kuota["Sangat Baik"]["jumlah"], kuota["Sangat Baik"]["sisa"], kuota["Baik"]["jumlah"]), (1, 1, 3)
		)
		doc = frappe.get_doc("Penilaian Kinerja", self.penilaian[self.s.staf1])
		self.assertEqual(
			(doc.rating_hasil_kerja, doc.rating_perilaku_kerja, doc.predikat), (SA, SA, "Sangat Baik")
		)
		self.assertEqual((doc.rating_perilaku_ditetapkan_penilai, doc.docstatus), (1, 0))
		self.assertIn("Sangat Baik: 1 pegawai", doc.ringkasan_distribusi)
		self.assertTrue(
			frappe.db.exists(
				"Comment", {"reference_name": doc.name, "content": ("like", "Dikalibrasi oleh%")}
			)
		)

	def test_hr_sees_and_moves_any_draft_of_the_unit(self):
		papan = self.papan(self.s.hr)
		self.assertEqual(len(papan["anggota"]), 4)
		self.simpan(self.s.hr, (self.penilaian[self.s.staf2], SB, SE))
		self.assertEqual(self.predikat()[self.s.staf2], "Butuh Perbaikan")

	def test_one_refusal_saves_nothing(self):
		gagal = self.penilaian[self.s.staf2]
		asli = PenilaianKinerja.validate_kalibrasi

		def tolak(doc):
			if doc.name == gagal:
				frappe.throw("Uji penolakan")
			return asli(doc)

		sebelum = self.predikat()
		with patch.object(PenilaianKinerja, "validate_kalibrasi", tolak):
			with self.assertRaises(frappe.ValidationError) as ctx:
				self.simpan(self.s.admin, (self.penilaian[self.s.staf1], SA, SA), (gagal, SB, SB))
		self.assertIn("Tidak ada perubahan yang disimpan", str(ctx.exception))
		self.assertIn("Uji penolakan", str(ctx.exception))
		self.assertEqual(self.predikat(), sebelum)

	def test_a_draft_changed_since_the_board_loaded_is_not_overwritten(self):
		papan = self.papan(self.s.admin)
		versi = {a["penilaian"]: a["versi"] for a in papan["anggota"]}
		dia = self.penilaian[self.s.staf1]
		self.isi(dia, SB, SE)  # the form, meanwhile
		sebelum = self.predikat()
		self.as_user(self.s.admin)
		with self.assertRaises(frappe.ValidationError) as ctx:
			api.simpan(
				self.s.bagian,
				self.periode,
				[
					{"penilaian": n, "rating_hasil_kerja": SA, "rating_perilaku_kerja": SA, "versi": versi[n]}
					for n in (self.penilaian[self.s.staf2], dia)
				],
			)
		self.assertIn("muat ulang papan", str(ctx.exception))
		self.assertEqual(self.predikat(), sebelum)
		# with the board reloaded it goes through
		versi = {a["penilaian"]: a["versi"] for a in self.papan(self.s.admin)["anggota"]}
		api.simpan(
			self.s.bagian,
			self.periode,
			[{"penilaian": dia, "rating_hasil_kerja": SA, "rating_perilaku_kerja": SA, "versi": versi[dia]}],
		)
		self.assertEqual(self.predikat()[self.s.staf1], "Sangat Baik")

	def test_a_rating_outside_the_scale_is_refused(self):
		sebelum = self.predikat()
		for rating in ("Luar Biasa", "", 3):
			with self.subTest(rating=rating):
				self.assertRaises(
					frappe.ValidationError,
					self.simpan,
					self.s.admin,
					(self.penilaian[self.s.staf1], rating, SA),
				)
		self.assertEqual(self.predikat(), sebelum)

	def test_a_move_breaking_a_blocking_curve_is_refused(self):
		tiga = [(self.penilaian[e], SA, SA) for e in (self.s.staf1, self.s.staf2, self.staf3)]
		with pengaturan(distribusi_memblokir=1):
			with self.assertRaises(frappe.ValidationError) as ctx:
				self.simpan(self.s.admin, *tiga)
			self.assertIn("3 dari 4 pegawai berpredikat Sangat Baik, paling banyak 2", str(ctx.exception))
			self.assertEqual(set(self.predikat().values()), {"Baik"})
			self.simpan(self.s.admin, *tiga[:2])
		self.assertEqual(sorted(self.predikat().values()), ["Baik", "Baik", "Sangat Baik", "Sangat Baik"])
		# without the setting a broken curve only shows
		hasil = self.simpan(self.s.admin, (self.penilaian[self.staf3], SA, SA))
		self.assertTrue(hasil["papan"]["pelanggaran"])

	def test_a_peer_an_employee_and_the_leader_above_do_nothing(self):
		sebelum = self.predikat()
		for orang in (self.lain.admin, self.s.staf1):
			with self.subTest(orang=orang):
				self.assertRaises(frappe.PermissionError, self.papan, orang)
				self.assertRaises(
					frappe.PermissionError, self.simpan, orang, (self.penilaian[self.s.staf2], SA, SA)
				)
				self.as_user(orang)
				self.assertRaises(frappe.PermissionError, api.tetapkan, self.s.bagian, self.periode)
		# the leader above reads nothing by name and locks nothing
		self.assertRaises(frappe.PermissionError, self.papan, self.s.jpt)
		self.assertEqual(self.predikat(), sebelum)
		self.assertFalse(frappe.db.exists("Kalibrasi Unit", {"unit": self.s.bagian}))

	def test_the_lock_needs_everyone_rated_and_then_only_an_appeal_changes_a_predikat(self):
		kosong = self.penilaian[self.staf4]
		frappe.set_user("Administrator")
		doc = frappe.get_doc("Penilaian Kinerja", kosong)
		doc.flags.oleh_sistem = True
		doc.rating_hasil_kerja = None
		doc.save()
		self.as_user(self.s.admin)
		with self.assertRaises(frappe.ValidationError) as ctx:
			api.tetapkan(self.s.bagian, self.periode)
		self.assertIn("1 pegawai unit ini belum memiliki predikat", str(ctx.exception))
		self.assertFalse(frappe.db.exists("Kalibrasi Unit", {"unit": self.s.bagian}))

		self.simpan(self.s.admin, (kosong, SE, SE), (self.penilaian[self.s.staf1], SA, SA))
		hasil = self.papan(self.s.admin)
		self.assertTrue(hasil["dapat_menetapkan"])
		self.assertEqual(hasil["hambatan_penetapan"], [])
		self.as_user(self.s.admin)
		kunci = api.tetapkan(self.s.bagian, self.periode)
		lock = frappe.get_doc("Kalibrasi Unit", kunci["kalibrasi"])
		self.assertEqual(
			(lock.unit, lock.ditetapkan_oleh, lock.predikat_organisasi),
			(self.s.bagian, self.s.user[self.s.admin], "Istimewa"),
		)
		self.assertIn("Sangat Baik: 1", lock.sebaran)
		self.assertTrue(kunci["papan"]["terkunci"])
		self.assertFalse(any(a["dapat_diubah"] for a in kunci["papan"]["anggota"]))
		# one per unit and period; a fixed lock is not edited
		self.assertRaises(frappe.ValidationError, api.tetapkan, self.s.bagian, self.periode)
		frappe.set_user("Administrator")
		lock.sebaran = "Sangat Baik: 4"
		self.assertRaises(frappe.PermissionError, lock.save)

		# the board, the form and HR cannot change a rating any more
		sebelum = self.predikat()
		with self.assertRaises(frappe.ValidationError) as ctx:
			self.simpan(self.s.admin, (self.penilaian[self.s.staf2], SA, SA))
		self.assertIn("sudah ditetapkan", str(ctx.exception))
		self.assertRaises(frappe.ValidationError, self.isi, self.penilaian[self.s.staf2], SA, SA)
		self.assertRaises(
			frappe.ValidationError, self.simpan, self.s.hr, (self.penilaian[self.s.staf2], SB, SB)
		)
		self.assertEqual(self.predikat(), sebelum)

		# the assessments still go final, unchanged; an appeal's decision changes one
		self.nilai(self.penilaian[self.s.staf2])
		final = self.tetapkan(self.penilaian[self.s.staf2])
		self.assertEqual((final.docstatus, final.predikat), (1, "Baik"))
		self.as_user(self.s.staf2)
		keberatan = api_penilaian.ajukan_keberatan(final.name, "Capaian saya melampaui target")
		self.as_user(self.s.jpt)
		api_penilaian.putuskan_keberatan(keberatan, "Diubah", "Bukti capaian meyakinkan", SA, SA)
		hasil = frappe.db.get_value("Penilaian Kinerja", final.name, ["predikat", "status_keberatan"])
		self.assertEqual(hasil, ("Sangat Baik", "Diubah"))

	def test_a_unit_without_an_organisation_predikat_has_no_board(self):
		with self.assertRaises(frappe.ValidationError) as ctx:
			self.papan(self.lain.hr, self.lain.bagian)
		self.assertIn("belum memiliki Predikat Kinerja Organisasi", str(ctx.exception))
