# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.tests.utils import FrappeTestCase


class TestJenjangJabatanFungsional(FrappeTestCase):
	def test_eight_levels_with_coefficients_installed(self):
		jenjang = {
			d.name: d
			for d in frappe.get_all(
				"Jenjang Jabatan Fungsional",
				fields=[
					"name",
					"koefisien",
					"ak_kenaikan_pangkat",
					"ak_kenaikan_jenjang",
					"jenjang_berikutnya",
					"kategori",
				],
			)
		}
		self.assertEqual(len(jenjang), 8)
		self.assertEqual(jenjang["Ahli Pertama"].koefisien, 12.5)
		self.assertEqual(jenjang["Ahli Madya"].ak_kenaikan_jenjang, 450)
		self.assertEqual(jenjang["Pemula"].koefisien, 3.75)
		self.assertEqual(jenjang["Ahli Muda"].jenjang_berikutnya, "Ahli Madya")
		self.assertEqual(jenjang["Mahir"].kategori, "Keterampilan")
		self.assertFalse(jenjang["Ahli Utama"].jenjang_berikutnya)

	def test_negative_or_zero_coefficient_is_refused(self):
		doc = frappe.get_doc("Jenjang Jabatan Fungsional", "Terampil")
		doc.koefisien = 0
		self.assertRaises(frappe.ValidationError, doc.save)
		doc.reload()
		doc.ak_kenaikan_pangkat = -1
		self.assertRaises(frappe.ValidationError, doc.save)
		self.assertEqual(frappe.db.get_value("Jenjang Jabatan Fungsional", "Terampil", "koefisien"), 5)
