# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.tests.utils import FrappeTestCase

from kinerja_asn.tests.utils import make_employee_user


class TestPerilakuKerja(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")

	def test_berakhlak_and_8_2021_aspects_installed(self):
		berakhlak = frappe.get_all(
			"Perilaku Kerja", filters={"regulasi": "PermenPAN-RB 6/2022"}, pluck="name", order_by="urutan"
		)
		self.assertEqual(
			berakhlak,
			[
				"Berorientasi Pelayanan",
				"Akuntabel",
				"Kompeten",
				"Harmonis",
				"Loyal",
				"Adaptif",
				"Kolaboratif",
			],
		)
		aspek = frappe.get_all("Perilaku Kerja", filters={"regulasi": "PermenPAN-RB 8/2021"}, pluck="name")
		self.assertEqual(len(aspek), 5)
		self.assertTrue(frappe.db.get_value("Perilaku Kerja", "Kepemimpinan", "hanya_untuk_atasan"))

	def test_employee_reads_but_does_not_edit(self):
		frappe.set_user(make_employee_user("pegawai.perilaku@example.com"))
		self.assertTrue(frappe.has_permission("Perilaku Kerja", "read", "Akuntabel"))
		doc = frappe.get_doc("Perilaku Kerja", "Akuntabel")
		doc.perilaku_panduan = "diubah"
		self.assertRaises(frappe.PermissionError, doc.save)
