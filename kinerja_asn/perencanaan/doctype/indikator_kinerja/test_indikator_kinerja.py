# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe

from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	make_department,
	make_employee_user,
	make_indikator,
	make_renstra,
	make_sasaran,
	make_uom,
	make_user,
)

test_ignore = ["Company", "Department", "Employee", "UOM", "Designation"]


class TestIndikatorKinerja(KinerjaTestCase):
	def setUp(self):
		super().setUp()
		self.unit = make_department("Biro Indikator Uji")
		self.subunit = make_department("Bagian Indikator Uji", self.unit)
		self.renstra = make_renstra(self.unit, 2025)
		tujuan = make_sasaran(self.renstra, "T1")
		self.ss = make_sasaran(self.renstra, "SS1", tujuan)
		sp = make_sasaran(self.renstra, "SP1", self.ss)
		self.sk = make_sasaran(self.renstra, "SK1", sp, unit=self.subunit)

	def indikator_baru(self, targets: list[dict], **fields):
		return frappe.get_doc(
			{
				"doctype": "Indikator Kinerja",
				"jenis": "IKU",
				"sasaran": self.ss,
				"uraian": "Indeks reformasi birokrasi",
				"satuan": make_uom(),
				"target_tahunan": targets,
				**fields,
			}
		)

	def test_iku_and_ikk_cascading_from_it(self):
		iku = make_indikator(self.ss, "IKU", {2025: 70, 2026: (75, 80)})
		ikk = make_indikator(self.sk, "IKK", {2025: 12}, induk=iku)
		doc = frappe.get_doc("Indikator Kinerja", iku)
		self.assertEqual(doc.renstra, self.renstra)
		self.assertEqual(doc.unit, self.unit)
		self.assertEqual(doc.target_tahun(2025), (70, None))
		self.assertEqual(doc.target_tahun(2026), (75, 80))
		self.assertIsNone(doc.target_tahun(2027))
		ikk_doc = frappe.get_doc("Indikator Kinerja", ikk)
		self.assertEqual((ikk_doc.unit, ikk_doc.indikator_induk), (self.subunit, iku))

	def test_duplicate_target_year_is_rejected(self):
		doc = self.indikator_baru([{"tahun": 2026, "target": 70}, {"tahun": 2026, "target": 75}])
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_target_year_outside_the_renstra_is_rejected(self):
		doc = self.indikator_baru([{"tahun": 2030, "target": 70}])
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_range_with_upper_bound_below_target_is_rejected(self):
		doc = self.indikator_baru([{"tahun": 2025, "target": 80, "target_maks": 70}])
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_targets_are_kept_in_year_order(self):
		doc = self.indikator_baru([{"tahun": 2027, "target": 3}, {"tahun": 2025, "target": 1}]).insert()
		self.assertEqual([t.tahun for t in doc.target_tahunan], [2025, 2027])

	def test_cycle_of_parent_indicators_is_rejected(self):
		a = make_indikator(self.ss, "IKU", {2025: 1}, kode="A")
		b = make_indikator(self.ss, "IKU", {2025: 1}, induk=a, kode="B")
		c = make_indikator(self.ss, "IKU", {2025: 1}, induk=b, kode="C")
		doc = frappe.get_doc("Indikator Kinerja", a)
		doc.indikator_induk = c
		self.assertRaises(frappe.ValidationError, doc.save)
		doc.indikator_induk = a
		self.assertRaises(frappe.ValidationError, doc.save)
		self.assertFalse(frappe.db.get_value("Indikator Kinerja", a, "indikator_induk"))

	def test_parent_must_be_an_iku(self):
		ikk = make_indikator(self.sk, "IKK", {2025: 1})
		doc = self.indikator_baru(
			[{"tahun": 2025, "target": 1}], jenis="IKK", sasaran=self.sk, indikator_induk=ikk
		)
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_parent_from_renstra_with_other_years_is_rejected(self):
		unit_lama = make_department("Biro Indikator Lama")
		renstra_lama = make_renstra(unit_lama, 2020)
		ss_lama = make_sasaran(renstra_lama, "SS1", make_sasaran(renstra_lama, "T1"))
		iku_lama = make_indikator(ss_lama, "IKU", {2020: 1})
		doc = self.indikator_baru([{"tahun": 2025, "target": 1}], indikator_induk=iku_lama)
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_employee_reads_but_cannot_create(self):
		iku = make_indikator(self.ss, "IKU", {2025: 1})
		frappe.set_user(make_employee_user("pegawai.indikator@example.com"))
		self.assertTrue(frappe.has_permission("Indikator Kinerja", "read", iku))
		self.assertRaises(frappe.PermissionError, self.indikator_baru([{"tahun": 2025, "target": 1}]).insert)

	def test_pengelola_kinerja_creates_indicators(self):
		frappe.set_user(make_user("pengelola.indikator@example.com", ("Pengelola Kinerja",)))
		doc = self.indikator_baru([{"tahun": 2025, "target": 1}]).insert()
		doc.append("target_tahunan", {"tahun": 2026, "target": 2})
		doc.save()
		self.assertEqual(doc.target_tahun(2026), (2, None))
