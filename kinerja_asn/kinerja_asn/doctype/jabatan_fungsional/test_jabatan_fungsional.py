# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.tests.utils import FrappeTestCase

from kinerja_asn.tests.utils import make_employee_user, make_user


class TestJabatanFungsional(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")

	def test_admin_kinerja_maintains_the_master(self):
		frappe.set_user(make_user("admin.jf@example.com", ("Admin Kinerja",)))
		doc = frappe.get_doc(
			{"doctype": "Jabatan Fungsional", "nama_jabatan": "Analis Kebijakan Uji", "kategori": "Keahlian"}
		).insert()
		self.assertEqual(doc.name, "Analis Kebijakan Uji")
		frappe.set_user(make_employee_user("pegawai.jf@example.com"))
		self.assertRaises(
			frappe.PermissionError,
			frappe.get_doc(
				{"doctype": "Jabatan Fungsional", "nama_jabatan": "Tidak Boleh", "kategori": "Keahlian"}
			).insert,
		)
