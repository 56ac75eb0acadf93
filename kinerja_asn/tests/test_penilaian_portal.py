"""Assessment in the portal (issue 16): the head rates a draft and makes it final through the
portal's endpoint, the employee reads, accepts and appeals it on Penilaian Saya; a peer and the
assessed employee can do none of the head's part, and nothing is stored when refused."""

from unittest.mock import patch

import frappe
from frappe.utils import add_days, getdate, today

from kinerja_asn.api import penilaian as api
from kinerja_asn.api import portal as api_portal
from kinerja_asn.tests.penilaian import SE, PenilaianTestCase


class TestPenilaianPortal(PenilaianTestCase):
	PREFIX = "Penilaian Portal"

	def draf(self) -> frappe._dict:
		name = self.buat(self.skp1)
		return frappe.get_doc("Penilaian Kinerja", name)

	def test_the_head_rates_then_makes_it_final_through_the_portal(self):
		doc = self.draf()
		self.as_user(doc.user_penyetuju)
		daftar = {p.name: p for p in api_portal.penilaian_tim()}
		self.assertIn(doc.name, daftar)
		self.assertEqual(len(daftar[doc.name].perilaku), len(doc.perilaku_kerja))
		self.assertIn("kuota", daftar[doc.name].kurva)

		perilaku = {row.name: SE for row in doc.perilaku_kerja}
		hasil = api.nilai_penilaian(doc.name, "simpan", rating_hasil_kerja=SE, perilaku=perilaku)
		self.assertEqual(hasil["status"], "Draft")
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", doc.name, "rating_hasil_kerja"), SE)
		hasil = api.nilai_penilaian(doc.name, "nilai")
		self.assertEqual(hasil["status"], "Dinilai")
		self.assertEqual(hasil["predikat"], "Baik")
		hasil = api.nilai_penilaian(doc.name, "tetapkan")
		self.assertEqual((hasil["status"], hasil["docstatus"]), ("Ditetapkan", 1))
		self.assertRaises(frappe.ValidationError, api.nilai_penilaian, doc.name, "simpan")

	def test_a_peer_and_the_assessed_employee_cannot_rate(self):
		doc = self.draf()
		for orang in (self.s.staf2, self.s.staf1):
			self.as_user(orang)
			with self.subTest(orang=orang):
				self.assertRaises(
					frappe.PermissionError, api.nilai_penilaian, doc.name, "nilai", rating_hasil_kerja=SE
				)
				self.assertEqual(api_portal.penilaian_tim(), [])
		self.assertFalse(frappe.db.get_value("Penilaian Kinerja", doc.name, "rating_hasil_kerja"))

	def test_bad_ratings_and_foreign_rows_are_refused_and_nothing_is_stored(self):
		doc = self.draf()
		self.as_user(doc.user_penyetuju)
		for kwargs in (
			{"rating_hasil_kerja": "Luar Biasa"},
			{"perilaku": {doc.perilaku_kerja[0].name: "Sempurna"}},
			{"perilaku": {"BARIS-ASING": SE}},
			{"perilaku": "bukan json"},
		):
			with self.subTest(kwargs=kwargs):
				self.assertRaises(frappe.ValidationError, api.nilai_penilaian, doc.name, "nilai", **kwargs)
		self.assertRaises(frappe.ValidationError, api.nilai_penilaian, doc.name, "hapus")
		self.assertRaises(frappe.ValidationError, api.nilai_penilaian, doc.name, "tetapkan")
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", doc.name, "status"), "Draft")

	def test_the_employee_accepts_and_appeals_before_the_deadline(self):
		doc = self.final(self.skp1, SE, SE)
		self.as_user(self.s.staf1)
		data = api_portal.penilaian_saya()
		p = next(x for x in data["penilaian"] if x.name == doc.name)
		self.assertTrue(p.dapat_keberatan)
		self.assertIn("download_pdf", p.pdf)
		self.assertIn("Dokumen+Evaluasi+Kinerja", p.pdf)

		api.akui_penilaian(doc.name)
		keberatan = api.ajukan_keberatan(doc.name, "Capaian layanan saya di atas target.")
		p = next(x for x in api_portal.penilaian_saya()["penilaian"] if x.name == doc.name)
		self.assertTrue(p.diketahui_pegawai)
		self.assertEqual(p.keberatan, keberatan)
		self.assertFalse(p.dapat_keberatan)
		self.assertRaises(frappe.ValidationError, api.ajukan_keberatan, doc.name, "Sekali lagi.")

	def test_no_appeal_after_the_deadline_nor_on_someone_elses(self):
		doc = self.final(self.skp1, SE, SE)
		self.as_user(self.s.staf2)
		self.assertRaises(frappe.PermissionError, api.ajukan_keberatan, doc.name, "Bukan milik saya.")
		self.assertEqual(api_portal.penilaian_saya()["penilaian"], [])

		self.as_user(self.s.staf1)
		nanti = str(add_days(getdate(today()), 60))
		with patch("kinerja_asn.services.portal.penilaian.today", return_value=nanti):
			p = next(x for x in api_portal.penilaian_saya()["penilaian"] if x.name == doc.name)
		self.assertFalse(p.dapat_keberatan)
		self.assertTrue(p.lewat_batas)
		frappe.db.set_value(
			"Penilaian Kinerja", doc.name, "tanggal_ditetapkan", add_days(getdate(today()), -60)
		)
		self.assertRaises(frappe.ValidationError, api.ajukan_keberatan, doc.name, "Terlambat.")
		self.assertFalse(frappe.db.exists("Keberatan Penilaian Kinerja", {"penilaian_kinerja": doc.name}))

	def test_a_peer_and_a_guest_get_neither_the_pdf_nor_the_lists(self):
		from frappe.www.printview import validate_print_permission

		doc = self.final(self.skp1, SE, SE)
		self.as_user(self.s.staf1)
		validate_print_permission(frappe.get_doc("Penilaian Kinerja", doc.name))  # the owner may
		self.as_user(self.s.staf2)
		self.assertRaises(
			frappe.PermissionError, validate_print_permission, frappe.get_doc("Penilaian Kinerja", doc.name)
		)
		frappe.set_user("Guest")
		for fn in (api_portal.penilaian_saya, api_portal.penilaian_tim):
			with self.subTest(fn=fn.__name__):
				self.assertRaises(frappe.PermissionError, fn)
		self.assertRaises(frappe.PermissionError, api.nilai_penilaian, doc.name, "simpan")

	def test_the_pages_render_for_the_head_and_the_employee(self):
		from frappe.utils import set_request
		from frappe.website.serve import get_response

		doc = self.final(self.skp1, SE, SE)
		self.buat(self.skp2)

		def halaman(path):
			lama = getattr(frappe.local, "request", None)
			try:
				frappe.local.form_dict = frappe._dict()
				set_request(method="GET", path=f"/{path}")
				respons = get_response(path)
				self.assertEqual(respons.status_code, 200)
				return respons.get_data(as_text=True)
			finally:
				frappe.local.request = lama

		self.as_user(self.s.staf1)
		html = halaman("kinerja/penilaian")
		self.assertIn(f'data-penilaian="{doc.name}"', html)
		self.assertIn('data-aksi="keberatan"', html)
		self.as_user(frappe.db.get_value("SKP", self.skp2, "user_penyetuju"))
		html = halaman("kinerja/tim")
		self.assertIn('id="penilaian-tim"', html)
		self.assertIn('data-tindakan="nilai"', html)
