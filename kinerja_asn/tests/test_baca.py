"""services.baca: the portal's plain SELECTs read what frappe.get_all reads, and refuse names that are
not plain column names (the code's own, never a user's)."""

import frappe

from kinerja_asn.services.baca import baca, satu
from kinerja_asn.tests.utils import KinerjaTestCase


class TestBaca(KinerjaTestCase):
	def test_same_rows_as_get_all(self):
		filters = {"docstatus": ("<", 2), "is_group": 0}
		self.assertEqual(
			baca(
				"Department", ["name", "department_name"], {"is_group": 0, "docstatus": ("<", 2)}, "name asc"
			),
			frappe.get_all(
				"Department", filters=filters, fields=["name", "department_name"], order_by="name asc"
			),
		)
		nama = frappe.get_all("Department", pluck="name", limit=2)
		self.assertEqual(
			{r.name for r in baca("Department", ["name"], {"name": nama})},
			set(nama),
		)
		self.assertEqual(satu("Department", nama[0], ["name"]).name, nama[0])
		self.assertIsNone(satu("Department", "tidak-ada-unit", ["name"]))

	def test_an_empty_in_list_matches_nothing(self):
		self.assertEqual(baca("Department", ["name"], {"name": []}), [])

	def test_names_and_operators_outside_the_plain_set_are_refused(self):
		for fields, filters, order in (
			(["name; drop table x"], {}, None),
			(["name"], {"name`=1 or `x": "a"}, None),
			(["name"], {"name": ("like", "%a%")}, None),
			(["name"], {}, "name desc; select 1"),
			(["name"], {}, "(select 1)"),
		):
			self.assertRaises(ValueError, baca, "Department", fields, filters, order)
		self.assertRaises(ValueError, baca, "Department` x", ["name"], {})
