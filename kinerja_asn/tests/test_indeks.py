"""Indexes the app adds to platform tables on install and migrate (install.make_indexes)."""

import frappe
from frappe.tests.utils import FrappeTestCase

from kinerja_asn.install import INDEKS_PLATFORM, make_indexes


class TestIndeksPlatform(FrappeTestCase):
	def test_platform_columns_the_app_filters_on_are_indexed(self):
		make_indexes()  # idempotent: a second run adds nothing and fails on nothing
		for doctype, daftar in INDEKS_PLATFORM.items():
			for kolom in daftar:
				nama = frappe.db.get_index_name(list(kolom))
				self.assertTrue(frappe.db.has_index(f"tab{doctype}", nama), f"{doctype} {kolom}")

	def test_user_lookup_reads_the_index(self):
		rencana = frappe.db.sql(
			"explain select name from `tabEmployee` where user_id = %s", "siapa@example.com", as_dict=True
		)
		self.assertEqual(rencana[0].key, "user_id_index")
