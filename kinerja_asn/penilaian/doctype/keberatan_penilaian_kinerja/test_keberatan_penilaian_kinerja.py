# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.utils import add_days, now_datetime

from kinerja_asn.api import penilaian as api
from kinerja_asn.kinerja_asn.doctype.penugasan_plt_plh.test_penugasan_plt_plh import make_penugasan
from kinerja_asn.tests.pelaksanaan import pengaturan
from kinerja_asn.tests.penilaian import SA, SB, SE, PenilaianTestCase


class TestKeberatanPenilaianKinerja(PenilaianTestCase):
	"""Staf Satu is assessed by the Administrator; the JPT above them decides appeals."""

	PREFIX = "Keberatan"

	def ajukan(self, penilaian: str, alasan: str = "Capaian saya melampaui target") -> str:
		self.as_user(self.s.staf1)
		return api.ajukan_keberatan(penilaian, alasan)

	def test_an_appeal_that_changes_the_predikat_keeps_the_history(self):
		penilaian = self.final(self.skp1, SE, SE).name
		keberatan = frappe.get_doc("Keberatan Penilaian Kinerja", self.ajukan(penilaian))
		self.assertEqual((keberatan.pemutus, keberatan.sebutan_pemutus), (self.s.jpt, ""))
		self.assertEqual((keberatan.predikat_awal, keberatan.status), ("Baik", "Diajukan"))
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", penilaian, "status_keberatan"), "Diajukan")
		self.assertTrue(
			frappe.db.exists(
				"Notification Log", {"document_name": keberatan.name, "for_user": self.s.user[self.s.jpt]}
			)
		)

		self.as_user(self.s.jpt)
		self.assertTrue(frappe.has_permission("Penilaian Kinerja", "read", penilaian))
		hasil = api.putuskan_keberatan(keberatan.name, "Diubah", "Bukti capaian meyakinkan", SA, SA)
		self.assertEqual(hasil, {"status": "Diubah", "predikat_baru": "Sangat Baik"})

		doc = frappe.get_doc("Penilaian Kinerja", penilaian)
		self.assertEqual((doc.predikat, doc.predikat_awal), ("Sangat Baik", "Baik"))
		self.assertEqual((doc.rating_hasil_kerja, doc.rating_perilaku_kerja), (SA, SA))
		self.assertEqual((doc.keberatan, doc.status_keberatan, doc.docstatus), (keberatan.name, "Diubah", 1))
		versi = frappe.get_all(
			"Version", filters={"ref_doctype": "Penilaian Kinerja", "docname": penilaian}, pluck="data"
		)
		self.assertTrue(any('"Sangat Baik"' in v and '"predikat"' in v for v in versi))
		self.assertTrue(
			frappe.db.exists(
				"Comment",
				{"reference_name": penilaian, "content": ("like", "%dari Baik menjadi Sangat Baik%")},
			)
		)
		keberatan.reload()
		self.assertEqual(
			(keberatan.docstatus, keberatan.diputuskan_oleh, keberatan.diputuskan_sebagai),
			(1, self.s.jpt, ""),
		)
		self.assertTrue(
			frappe.db.exists(
				"Notification Log", {"document_name": keberatan.name, "for_user": self.s.user[self.s.staf1]}
			)
		)
		# final: no second decision, no cancelling
		self.assertRaises(frappe.ValidationError, api.putuskan_keberatan, keberatan.name, "Ditolak", "ulang")
		frappe.set_user("Administrator")
		self.assertRaises(
			frappe.ValidationError, frappe.get_doc("Keberatan Penilaian Kinerja", keberatan.name).cancel
		)

	def test_an_upheld_assessment_keeps_its_predikat(self):
		penilaian = self.final(self.skp1, SB, SE).name
		keberatan = self.ajukan(penilaian)
		self.as_user(self.s.jpt)
		self.assertRaises(frappe.ValidationError, api.putuskan_keberatan, keberatan, "Ditolak", "")
		api.putuskan_keberatan(keberatan, "Ditolak", "Capaian memang di bawah target")
		doc = frappe.get_doc("Penilaian Kinerja", penilaian)
		self.assertEqual((doc.predikat, doc.status_keberatan), ("Butuh Perbaikan", "Ditolak"))
		self.assertFalse(doc.predikat_awal)
		self.assertEqual(
			frappe.db.get_value("Keberatan Penilaian Kinerja", keberatan, "predikat_baru"), "Butuh Perbaikan"
		)

	def test_only_the_atasan_pejabat_penilai_decides(self):
		keberatan = self.ajukan(self.final(self.skp1, SE, SE).name)
		for orang in (self.s.staf1, self.s.staf2, self.s.admin, self.s.hr):
			with self.subTest(orang=orang):
				self.as_user(orang)
				self.assertRaises(
					frappe.PermissionError, api.putuskan_keberatan, keberatan, "Diubah", "x", SA, SA
				)
		frappe.set_user(self.s.hr)
		doc = frappe.get_doc("Keberatan Penilaian Kinerja", keberatan)
		self.assertRaises(frappe.PermissionError, doc.putuskan, "Diubah", "x", SA, SA)
		self.assertEqual(frappe.db.get_value("Keberatan Penilaian Kinerja", keberatan, "docstatus"), 0)
		self.as_user(self.s.staf2)
		self.assertFalse(frappe.has_permission("Keberatan Penilaian Kinerja", "read", keberatan))
		self.assertNotIn(keberatan, frappe.get_list("Keberatan Penilaian Kinerja", pluck="name"))

	def test_the_employee_appeals_a_final_assessment_once_within_the_deadline(self):
		januari = self.sub(1)
		draft = self.buat(self.skp1)
		self.assertRaises(frappe.ValidationError, self.ajukan, draft)
		penilaian = self.final(self.skp2, SE, SE).name
		self.assertRaises(frappe.PermissionError, self.ajukan, penilaian)  # staf1 appeals staf2's
		penilaian = self.final(self.skp1, SE, SE, januari).name
		frappe.db.set_value(
			"Penilaian Kinerja", penilaian, "tanggal_ditetapkan", add_days(now_datetime(), -15)
		)
		self.as_user(self.s.staf1)
		self.assertFalse(api.dapat_mengajukan_keberatan(penilaian))
		self.assertRaises(frappe.ValidationError, self.ajukan, penilaian)
		with pengaturan(batas_hari_keberatan=21):
			self.as_user(self.s.staf1)
			self.assertTrue(api.dapat_mengajukan_keberatan(penilaian))
			self.ajukan(penilaian)
			self.assertRaises(frappe.ValidationError, self.ajukan, penilaian)

	def test_an_acting_official_for_the_atasan_decides_as_plh(self):
		make_penugasan(self.s.pimpinan, pejabat=self.s.jpt)
		keberatan = self.ajukan(self.final(self.skp1, SE, SE).name)
		self.assertEqual(
			frappe.db.get_value("Keberatan Penilaian Kinerja", keberatan, ["pemutus", "sebutan_pemutus"]),
			(self.s.pimpinan, "Plh."),
		)
		self.as_user(self.s.jpt)
		self.assertRaises(frappe.PermissionError, api.putuskan_keberatan, keberatan, "Ditolak", "x")
		self.as_user(self.s.pimpinan)
		api.putuskan_keberatan(keberatan, "Ditolak", "Penilaian sudah sesuai")
		self.assertEqual(
			frappe.db.get_value(
				"Keberatan Penilaian Kinerja", keberatan, ["diputuskan_oleh", "diputuskan_sebagai"]
			),
			(self.s.pimpinan, "Plh."),
		)

	def sub(self, bulan: int) -> str:
		from kinerja_asn.tests.utils import make_sub_periode

		return make_sub_periode(self.periode, "Bulanan", bulan)
