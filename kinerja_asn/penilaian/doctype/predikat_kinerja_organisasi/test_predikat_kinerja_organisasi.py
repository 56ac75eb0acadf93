# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe

from kinerja_asn.kinerja_asn.doctype.penugasan_plt_plh.test_penugasan_plt_plh import make_penugasan
from kinerja_asn.tests.utils import KinerjaTestCase, make_periode, make_struktur


def make_predikat_organisasi(unit: str, periode: str, predikat: str = "Baik", submit: bool = True) -> str:
	doc = frappe.get_doc(
		{
			"doctype": "Predikat Kinerja Organisasi",
			"unit": unit,
			"periode": periode,
			"predikat": predikat,
			"capaian_iku": 100,
			"dasar_penetapan": "Capaian IKU unit sesuai target perjanjian kinerja",
		}
	)
	doc.insert()
	if submit:
		doc.submit()
	return doc.name


class TestPredikatKinerjaOrganisasi(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("Organisasi")
		cls.periode = make_periode(2026)
		frappe.db.set_value("Department", cls.s.bagian, "kepala_unit", cls.s.admin)

	def as_user(self, employee):
		frappe.set_user(self.s.user.get(employee, employee))

	def test_the_leader_above_the_unit_sets_it(self):
		self.as_user(self.s.jpt)
		name = make_predikat_organisasi(self.s.bagian, self.periode, "Istimewa")
		doc = frappe.get_doc("Predikat Kinerja Organisasi", name)
		self.assertEqual((doc.kepala_unit, doc.penetap, doc.sebutan_penetap), (self.s.admin, self.s.jpt, ""))
		self.assertEqual((doc.docstatus, doc.ditetapkan_oleh, doc.ditetapkan_sebagai), (1, self.s.jpt, ""))
		self.assertTrue(doc.tanggal_penetapan)

	def test_the_unit_head_itself_and_staff_cannot_set_it(self):
		for orang in (self.s.admin, self.s.staf1):
			with self.subTest(orang=orang):
				self.as_user(orang)
				self.assertRaises(
					frappe.PermissionError, make_predikat_organisasi, self.s.bagian, self.periode
				)
		self.assertFalse(frappe.db.exists("Predikat Kinerja Organisasi", {"unit": self.s.bagian}))

	def test_hr_sets_it_and_everyone_reads_it(self):
		self.as_user(self.s.hr)
		name = make_predikat_organisasi(self.s.bagian, self.periode, "Butuh Perbaikan")
		self.assertEqual(frappe.db.get_value("Predikat Kinerja Organisasi", name, "ditetapkan_sebagai"), "")
		self.as_user(self.s.staf1)
		self.assertTrue(frappe.has_permission("Predikat Kinerja Organisasi", "read", name))
		self.assertIn(name, frappe.get_list("Predikat Kinerja Organisasi", pluck="name"))
		self.assertFalse(frappe.has_permission("Predikat Kinerja Organisasi", "write", name))

	def test_an_acting_official_for_the_leader_above_sets_it_as_plh(self):
		make_penugasan(self.s.pimpinan, pejabat=self.s.jpt)
		self.as_user(self.s.jpt)
		self.assertRaises(frappe.PermissionError, make_predikat_organisasi, self.s.bagian, self.periode)
		self.as_user(self.s.pimpinan)
		name = make_predikat_organisasi(self.s.bagian, self.periode)
		doc = frappe.get_doc("Predikat Kinerja Organisasi", name)
		self.assertEqual(
			(doc.penetap, doc.ditetapkan_oleh, doc.ditetapkan_sebagai), (self.s.pimpinan,) * 2 + ("Plh.",)
		)

	def test_one_predikat_per_unit_and_period(self):
		make_predikat_organisasi(self.s.bagian, self.periode)
		self.assertRaises(
			frappe.ValidationError, make_predikat_organisasi, self.s.bagian, self.periode, "Kurang"
		)
