# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.tests.utils import FrappeTestCase


class TestPangkatGolongan(FrappeTestCase):
	def test_ranks_installed(self):
		self.assertEqual(frappe.db.count("Pangkat Golongan", {"status_asn": "PNS"}), 17)
		self.assertEqual(frappe.db.count("Pangkat Golongan", {"status_asn": "PPPK"}), 17)
		self.assertEqual(frappe.db.get_value("Pangkat Golongan", "III/a", "pangkat"), "Penata Muda")
