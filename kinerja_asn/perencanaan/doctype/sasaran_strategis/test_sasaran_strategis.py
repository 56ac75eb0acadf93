# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.utils.nestedset import get_descendants_of

from kinerja_asn.perencanaan.doctype.sasaran_strategis.sasaran_strategis import add_tree_node, get_children
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	make_department,
	make_employee_user,
	make_renstra,
	make_sasaran,
	make_user,
)

test_ignore = ["Company", "Department", "Employee", "UOM", "Designation"]


def sasaran_baru(renstra: str, kode: str, tingkat: str, parent: str | None = None):
	return frappe.get_doc(
		{
			"doctype": "Sasaran Strategis",
			"renstra": renstra,
			"kode": kode,
			"tingkat": tingkat,
			"uraian": f"Sasaran {kode}",
			"parent_sasaran_strategis": parent,
		}
	)


class TestSasaranStrategis(KinerjaTestCase):
	def setUp(self):
		super().setUp()
		self.unit = make_department("Biro Sasaran Uji")
		self.renstra = make_renstra(self.unit, 2025)

	def test_tree_from_tujuan_to_sasaran_kegiatan(self):
		tujuan = make_sasaran(self.renstra, "T1")
		ss = make_sasaran(self.renstra, "SS1", tujuan)
		sp = make_sasaran(self.renstra, "SP1", ss)
		sk = make_sasaran(self.renstra, "SK1", sp)
		tingkat = {
			n: frappe.db.get_value("Sasaran Strategis", n, ["tingkat", "is_group"]) for n in (tujuan, sk)
		}
		self.assertEqual(tingkat[tujuan], ("Tujuan", 1))
		self.assertEqual(tingkat[sk], ("Sasaran Kegiatan", 0))
		self.assertEqual(set(get_descendants_of("Sasaran Strategis", tujuan)), {ss, sp, sk})
		doc = frappe.get_doc("Sasaran Strategis", sk)
		self.assertEqual(doc.unit, self.unit, "the unit defaults to the Renstra's")
		self.assertEqual(doc.company, frappe.db.get_value("Renstra", self.renstra, "company"))

	def test_level_skip_is_rejected(self):
		tujuan = make_sasaran(self.renstra, "T2")
		self.assertRaises(
			frappe.ValidationError, sasaran_baru(self.renstra, "SP2", "Sasaran Program", tujuan).insert
		)
		self.assertRaises(
			frappe.ValidationError, sasaran_baru(self.renstra, "SS2", "Sasaran Strategis").insert
		)
		self.assertFalse(frappe.db.exists("Sasaran Strategis", {"renstra": self.renstra, "kode": "SP2"}))

	def test_level_change_that_breaks_children_is_rejected(self):
		tujuan = make_sasaran(self.renstra, "T3")
		ss = make_sasaran(self.renstra, "SS3", tujuan)
		make_sasaran(self.renstra, "SP3", ss)
		doc = frappe.get_doc("Sasaran Strategis", ss)
		doc.tingkat = "Sasaran Program"
		self.assertRaises(frappe.ValidationError, doc.save)

	def test_kode_is_unique_per_renstra(self):
		make_sasaran(self.renstra, "T4")
		self.assertRaises(frappe.ValidationError, sasaran_baru(self.renstra, "T4", "Tujuan").insert)
		lain = make_renstra(make_department("Biro Sasaran Lain"), 2025)
		sasaran_baru(lain, "T4", "Tujuan").insert()

	def test_parent_from_another_renstra_is_rejected(self):
		lain = make_renstra(make_department("Biro Sasaran Induk Lain"), 2025)
		tujuan_lain = make_sasaran(lain, "T5")
		doc = sasaran_baru(self.renstra, "SS5", "Sasaran Strategis", tujuan_lain)
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_tree_view_shows_kode_and_uraian_and_adds_the_next_level(self):
		tujuan = make_sasaran(self.renstra, "T6", uraian="Meningkatnya tata kelola")
		akar = get_children("Sasaran Strategis", "Semua Sasaran", is_root=True, renstra=self.renstra)
		node = next(n for n in akar if n.value == tujuan)
		self.assertEqual((node.kode, node.title, node.expandable), ("T6", "Meningkatnya tata kelola", 1))

		# as the tree view sends it (frappe.call passes the form as keyword arguments)
		anak = add_tree_node(
			doctype="Sasaran Strategis",
			parent=tujuan,
			is_root="false",
			kode="SS6",
			uraian="Meningkatnya akuntabilitas kinerja",
		)
		self.assertEqual(frappe.db.get_value("Sasaran Strategis", anak, "tingkat"), "Sasaran Strategis")
		self.assertEqual(frappe.db.get_value("Sasaran Strategis", anak, "renstra"), self.renstra)
		self.assertEqual([n.value for n in get_children("Sasaran Strategis", tujuan)], [anak])

	def test_employee_reads_but_cannot_create(self):
		tujuan = make_sasaran(self.renstra, "T7")
		frappe.set_user(make_employee_user("pegawai.sasaran@example.com"))
		self.assertTrue(frappe.has_permission("Sasaran Strategis", "read", tujuan))
		self.assertRaises(frappe.PermissionError, sasaran_baru(self.renstra, "T7b", "Tujuan").insert)

	def test_pengelola_kinerja_builds_the_tree(self):
		frappe.set_user(make_user("pengelola.sasaran@example.com", ("Pengelola Kinerja",)))
		tujuan = sasaran_baru(self.renstra, "T8", "Tujuan").insert()
		ss = sasaran_baru(self.renstra, "SS8", "Sasaran Strategis", tujuan.name).insert()
		self.assertEqual(
			frappe.db.get_value("Sasaran Strategis", ss.name, "parent_sasaran_strategis"), tujuan.name
		)
