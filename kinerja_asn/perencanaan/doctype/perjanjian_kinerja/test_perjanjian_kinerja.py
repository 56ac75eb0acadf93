# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe

from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	get_company,
	make_department,
	make_employee,
	make_indikator,
	make_periode,
	make_perjanjian_kinerja,
	make_renstra,
	make_sasaran,
	make_user,
)

test_ignore = ["Company", "Department", "Employee", "UOM", "Designation"]


class TestPerjanjianKinerja(KinerjaTestCase):
	"""Renstra → sasaran tree → IKU → IKK cascading from it → Perjanjian Kinerja filled from targets."""

	@classmethod
	def setUpClass(cls):
		"""The organisation and its plan, made once; each test runs in its own savepoint."""
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.unit = make_department("Biro PK Uji")
		cls.bagian = make_department("Bagian PK Uji", cls.unit)
		cls.menteri = make_employee("Sekjen PK Uji", department=cls.unit)
		cls.kepala = make_employee(
			"Kepala Biro PK Uji", user="kepala.pk@example.com", department=cls.unit, reports_to=cls.menteri
		)
		cls.kabag = make_employee(
			"Kepala Bagian PK Uji",
			user="kabag.pk@example.com",
			department=cls.bagian,
			reports_to=cls.kepala,
		)
		cls.periode = make_periode(2026)

		cls.renstra = make_renstra(cls.unit, 2025)
		tujuan = make_sasaran(cls.renstra, "T1", uraian="Terwujudnya birokrasi yang akuntabel")
		ss = make_sasaran(cls.renstra, "SS1", tujuan, uraian="Meningkatnya akuntabilitas kinerja")
		sp = make_sasaran(cls.renstra, "SP1", ss, unit=cls.bagian)
		sk = make_sasaran(cls.renstra, "SK1", sp, unit=cls.bagian)
		cls.iku = make_indikator(ss, "IKU", {2025: 70, 2026: (75, 80)}, kode="IKU-1")
		cls.iku_tanpa_target = make_indikator(ss, "IKU", {2025: 5}, kode="IKU-2")
		cls.ikk = make_indikator(sk, "IKK", {2026: 12}, induk=cls.iku, kode="IKK-1")

	def test_filled_from_the_targets_of_the_year(self):
		pk = frappe.get_doc("Perjanjian Kinerja", make_perjanjian_kinerja(self.kepala, self.periode))
		self.assertEqual(pk.pihak_kedua, self.menteri, "the superior defaults to reports_to")
		self.assertEqual(pk.tahun, 2026)
		baris = {b.indikator: b for b in pk.sasaran}
		self.assertEqual(set(baris), {self.iku}, "only the unit's indicators with a 2026 target")
		self.assertEqual((baris[self.iku].target, baris[self.iku].target_maks), (75, 80))
		self.assertEqual(baris[self.iku].satuan, "Persen")
		self.assertEqual(
			baris[self.iku].sasaran, frappe.db.get_value("Indikator Kinerja", self.iku, "sasaran")
		)

		pk_bagian = frappe.get_doc("Perjanjian Kinerja", make_perjanjian_kinerja(self.kabag, self.periode))
		self.assertEqual([b.indikator for b in pk_bagian.sasaran], [self.ikk])
		self.assertEqual(pk_bagian.sasaran[0].target, 12)

	def test_filling_keeps_manual_rows_and_adds_no_duplicates(self):
		pk = frappe.get_doc(
			{
				"doctype": "Perjanjian Kinerja",
				"company": get_company(),
				"periode": self.periode,
				"unit": self.unit,
				"pihak_pertama": self.kepala,
				"sasaran": [{"indikator": self.iku_tanpa_target, "target": 3}],
			}
		)
		self.assertEqual(pk.ambil_target_indikator(), 1)
		pk.insert()
		self.assertEqual(pk.ambil_target_indikator(), 0)
		self.assertEqual([b.indikator for b in pk.sasaran], [self.iku_tanpa_target, self.iku])
		self.assertEqual(pk.sasaran[0].target, 3, "a row added by hand keeps its target")

	def test_indicators_of_a_draft_renstra_are_not_taken(self):
		unit = make_department("Biro PK Draf")
		kepala = make_employee("Kepala Biro PK Draf", department=unit, reports_to=self.menteri)
		renstra = make_renstra(unit, 2025, submit=False)
		make_indikator(make_sasaran(renstra, "SS1", make_sasaran(renstra, "T1")), "IKU", {2026: 1})
		pk = frappe.get_doc("Perjanjian Kinerja", make_perjanjian_kinerja(kepala, self.periode))
		self.assertEqual(pk.sasaran, [])
		self.assertRaises(frappe.ValidationError, pk.submit)

	def test_second_pk_for_the_same_leader_and_period_is_rejected(self):
		pertama = make_perjanjian_kinerja(self.kepala, self.periode, submit=True)
		kedua = frappe.get_doc("Perjanjian Kinerja", make_perjanjian_kinerja(self.kepala, self.periode))
		self.assertRaises(frappe.ValidationError, kedua.submit)
		frappe.get_doc("Perjanjian Kinerja", pertama).cancel()
		kedua.reload()
		kedua.submit()
		self.assertEqual(kedua.docstatus, 1)

	def test_period_other_than_yearly_is_rejected(self):
		frappe.get_doc("Periode Kinerja", self.periode).buat_sub_periode("Triwulan")
		triwulan = frappe.db.get_value(
			"Periode Kinerja", {"periode_induk": self.periode, "jenis": "Triwulan"}
		)
		doc = frappe.get_doc(
			{
				"doctype": "Perjanjian Kinerja",
				"company": get_company(),
				"periode": triwulan,
				"unit": self.unit,
				"pihak_pertama": self.kepala,
				"sasaran": [{"indikator": self.iku, "target": 1}],
			}
		)
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_same_person_on_both_sides_is_rejected(self):
		doc = frappe.get_doc(
			{
				"doctype": "Perjanjian Kinerja",
				"company": get_company(),
				"periode": self.periode,
				"unit": self.unit,
				"pihak_pertama": self.kepala,
				"pihak_kedua": self.kepala,
			}
		)
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_leader_with_own_user_permission_reads_but_cannot_create(self):
		nama = make_perjanjian_kinerja(self.kepala, self.periode)
		frappe.set_user("kepala.pk@example.com")
		self.assertTrue(frappe.has_permission("Perjanjian Kinerja", "read", nama))
		self.assertIn(nama, frappe.get_list("Perjanjian Kinerja", pluck="name"))
		doc = frappe.get_doc(
			{
				"doctype": "Perjanjian Kinerja",
				"company": get_company(),
				"periode": self.periode,
				"unit": self.bagian,
				"pihak_pertama": self.kabag,
			}
		)
		self.assertRaises(frappe.PermissionError, doc.ambil_target_indikator)
		self.assertRaises(frappe.PermissionError, doc.insert)

	def test_pengelola_kinerja_creates_fills_and_submits(self):
		frappe.set_user(make_user("pengelola.pk@example.com", ("Pengelola Kinerja",)))
		doc = frappe.get_doc(
			{
				"doctype": "Perjanjian Kinerja",
				"company": get_company(),
				"periode": self.periode,
				"unit": self.unit,
				"pihak_pertama": self.kepala,
			}
		)
		self.assertEqual(doc.ambil_target_indikator(), 1)
		doc.insert()
		doc.submit()
		self.assertEqual(frappe.db.get_value("Perjanjian Kinerja", doc.name, "docstatus"), 1)
		frappe.get_doc("Perjanjian Kinerja", doc.name).cancel()
		self.assertEqual(frappe.db.get_value("Perjanjian Kinerja", doc.name, "docstatus"), 2)
