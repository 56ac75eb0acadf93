# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import getdate

from kinerja_asn.tests.utils import get_company, make_employee_user, make_periode, make_user


class TestPeriodeKinerja(FrappeTestCase):
	def setUp(self):
		frappe.set_user("Administrator")

	def tearDown(self):
		frappe.set_user("Administrator")

	def test_tahunan_needs_only_the_year(self):
		doc = frappe.get_doc("Periode Kinerja", make_periode(2031))
		self.assertEqual(getdate(doc.tanggal_mulai), getdate("2031-01-01"))
		self.assertEqual(getdate(doc.tanggal_selesai), getdate("2031-12-31"))
		self.assertEqual(doc.nama_periode, "Tahun 2031")
		self.assertEqual(doc.regulasi, "PermenPAN-RB 6/2022")
		abbr = frappe.db.get_value("Company", get_company(), "abbr")
		self.assertEqual(doc.name, f"Tahun 2031 - {abbr}")

	def test_regulasi_follows_the_year(self):
		doc = frappe.get_doc("Periode Kinerja", make_periode(2021))
		self.assertEqual(doc.regulasi, "PermenPAN-RB 8/2021")

	def test_buat_sub_periode_is_idempotent(self):
		tahunan = frappe.get_doc("Periode Kinerja", make_periode(2032))
		dibuat = tahunan.buat_sub_periode("Triwulan")
		self.assertEqual(len(dibuat), 4)
		kedua = tahunan.buat_sub_periode("Triwulan")
		self.assertEqual(kedua, [])
		triwulan = frappe.get_all(
			"Periode Kinerja",
			filters={"periode_induk": tahunan.name, "jenis": "Triwulan"},
			fields=["tanggal_mulai", "tanggal_selesai", "regulasi", "nama_periode"],
			order_by="tanggal_mulai",
		)
		self.assertEqual(len(triwulan), 4)
		self.assertEqual(getdate(triwulan[1].tanggal_mulai), getdate("2032-04-01"))
		self.assertEqual(getdate(triwulan[1].tanggal_selesai), getdate("2032-06-30"))
		self.assertTrue(all(t.regulasi == tahunan.regulasi for t in triwulan))
		self.assertEqual(len(tahunan.buat_sub_periode("Bulanan")), 12)

	def test_end_before_start_is_rejected(self):
		doc = frappe.get_doc(
			{
				"doctype": "Periode Kinerja",
				"nama_periode": "Salah",
				"jenis": "Semester",
				"tahun": 2033,
				"company": get_company(),
				"tanggal_mulai": "2033-06-30",
				"tanggal_selesai": "2033-01-01",
			}
		)
		self.assertRaises(frappe.ValidationError, doc.insert)
		self.assertFalse(frappe.db.exists("Periode Kinerja", {"nama_periode": "Salah"}))

	def test_sub_period_outside_parent_is_rejected(self):
		induk = make_periode(2034)
		doc = frappe.get_doc(
			{
				"doctype": "Periode Kinerja",
				"nama_periode": "Di Luar",
				"jenis": "Bulanan",
				"tahun": 2035,
				"company": get_company(),
				"tanggal_mulai": "2035-01-01",
				"tanggal_selesai": "2035-01-31",
				"periode_induk": induk,
			}
		)
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_duplicate_period_is_rejected(self):
		make_periode(2036)
		doc = frappe.get_doc(
			{
				"doctype": "Periode Kinerja",
				"nama_periode": "Tahun 2036 lagi",
				"jenis": "Tahunan",
				"tahun": 2036,
				"company": get_company(),
			}
		)
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_employee_reads_but_cannot_create(self):
		nama = make_periode(2037)
		user = make_employee_user("pegawai.periode@example.com")
		frappe.set_user(user)
		self.assertTrue(frappe.has_permission("Periode Kinerja", "read", nama))
		doc = frappe.get_doc(
			{"doctype": "Periode Kinerja", "jenis": "Tahunan", "tahun": 2038, "company": get_company()}
		)
		self.assertRaises(frappe.PermissionError, doc.insert)
		tahunan = frappe.get_doc("Periode Kinerja", nama)
		self.assertRaises(frappe.PermissionError, tahunan.buat_sub_periode, "Semester")

	def test_pengelola_kinerja_creates_periods(self):
		user = make_user("pengelola.periode@example.com", ("Pengelola Kinerja",))
		frappe.set_user(user)
		doc = frappe.get_doc(
			{"doctype": "Periode Kinerja", "jenis": "Tahunan", "tahun": 2039, "company": get_company()}
		).insert()
		self.assertEqual(len(doc.buat_sub_periode("Semester")), 2)
