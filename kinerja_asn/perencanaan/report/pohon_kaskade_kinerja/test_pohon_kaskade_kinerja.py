# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe

from kinerja_asn.perencanaan.report.pohon_kaskade_kinerja.pohon_kaskade_kinerja import execute
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	approve_skp,
	make_periode,
	make_rhk,
	make_skp,
	make_struktur,
)


def set_realisasi(rhk: str, realisasi: float):
	for row in frappe.get_all("Indikator Kinerja Individu", filters={"parent": rhk}, pluck="name"):
		frappe.db.set_value("Indikator Kinerja Individu", row, "realisasi", realisasi)


class TestPohonKaskadeKinerja(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("Pohon")
		cls.periode = make_periode(2048)
		skp_admin = make_skp(cls.s.admin, cls.periode)
		cls.rhk_admin = make_rhk(skp_admin, "Dokumen perencanaan unit")
		approve_skp(skp_admin)
		cls.rhk_staf = {}
		for staf, realisasi in ((cls.s.staf1, 8), (cls.s.staf2, 10)):
			skp = make_skp(staf, cls.periode)
			cls.rhk_staf[staf] = make_rhk(skp, f"Bahan perencanaan {staf}", cls.rhk_admin)
			set_realisasi(cls.rhk_staf[staf], realisasi)
			approve_skp(skp)

	def test_tree_order_and_roll_up(self):
		_columns, rows = execute({"periode_kinerja": self.periode, "tampilkan_iki": 1})
		by_id = {r["id"]: r for r in rows}
		admin = by_id[self.rhk_admin]
		staf1 = by_id[self.rhk_staf[self.s.staf1]]
		self.assertEqual(staf1["parent"], self.rhk_admin)
		self.assertEqual(staf1["indent"], admin["indent"] + 1)
		self.assertAlmostEqual(staf1["capaian"], 80)
		# direct cascade: the leader's achievement is the mean of its children (80 and 100)
		self.assertAlmostEqual(admin["capaian"], 90)
		self.assertLess(rows.index(admin), rows.index(staf1))

	def test_drafts_are_left_out_unless_asked(self):
		skp = make_skp(self.s.jpt, self.periode)
		draft = make_rhk(skp, "Rencana yang belum disetujui")
		ids = {r["id"] for r in execute({"periode_kinerja": self.periode})[1]}
		self.assertNotIn(draft, ids)
		ids = {r["id"] for r in execute({"periode_kinerja": self.periode, "termasuk_draft": 1})[1]}
		self.assertIn(draft, ids)

	def test_employee_sees_own_branch_and_the_path_up(self):
		frappe.set_user(self.s.user[self.s.staf1])
		ids = {r["id"] for r in execute({"periode_kinerja": self.periode})[1]}
		self.assertIn(self.rhk_staf[self.s.staf1], ids)
		self.assertIn(self.rhk_admin, ids)
		self.assertNotIn(self.rhk_staf[self.s.staf2], ids)

	def test_hr_opens_the_tree_level_by_level(self):
		rows = execute({"periode_kinerja": self.periode, "kedalaman": 1})[1]
		by_id = {r["id"]: r for r in rows}
		self.assertEqual(by_id[self.rhk_admin]["bawah"], 2)  # two staff RHK wait below
		self.assertNotIn(self.rhk_staf[self.s.staf1], by_id)
		# "Buka" on the administrator's RHK: from it down, its roll-up from the whole cascade
		rows = execute({"periode_kinerja": self.periode, "akar": self.rhk_admin, "kedalaman": 2})[1]
		by_id = {r["id"]: r for r in rows}
		self.assertEqual(by_id[self.rhk_staf[self.s.staf1]]["parent"], self.rhk_admin)
		self.assertIsNone(by_id[self.rhk_admin]["bawah"])
		self.assertAlmostEqual(by_id[self.rhk_admin]["capaian"], 90)
		self.assertNotIn(
			self.rhk_staf[self.s.staf1],
			{
				r["id"]
				for r in execute(
					{"periode_kinerja": self.periode, "kedalaman": 1, "akar": self.rhk_staf[self.s.staf2]}
				)[1]
			},
		)

	def test_hr_unit_filter_loads_the_unit(self):
		rows = execute({"periode_kinerja": self.periode, "department": self.s.bagian})[1]
		ids = {r["id"] for r in rows}
		self.assertIn(self.rhk_staf[self.s.staf1], ids)
		self.assertIn(self.rhk_staf[self.s.staf2], ids)

	def test_sql_count_does_not_grow_with_the_cascade(self):
		from unittest.mock import patch

		def jumlah_sql(**f):
			filters = {"periode_kinerja": self.periode, "tampilkan_iki": 1, **f}
			execute(filters)
			with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
				execute(filters)
			return sql.call_count

		sebelum = (jumlah_sql(), jumlah_sql(akar=self.rhk_admin))
		# a second team with its own branch: more RHK at every level
		b = make_struktur("PohonB")
		skp_b = make_skp(b.admin, self.periode)
		rhk_b = make_rhk(skp_b, "Dokumen unit kedua")
		approve_skp(skp_b)
		for staf in (b.staf1, b.staf2):
			skp = make_skp(staf, self.periode)
			make_rhk(skp, f"Bahan unit kedua {staf}", rhk_b)
			approve_skp(skp)
		self.assertEqual((jumlah_sql(), jumlah_sql(akar=self.rhk_admin)), sebelum)

	def test_a_peer_cannot_widen_the_tree_with_filters(self):
		"""Unit, RHK and depth filters never show an employee more than the form lets them read."""
		frappe.set_user(self.s.user[self.s.staf1])

		def rhk(**f):
			rows = execute({"periode_kinerja": self.periode, **f})[1]
			return {r["dokumen"] for r in rows if r.get("doctype") == "Rencana Hasil Kerja"}

		boleh = rhk()
		self.assertNotIn(self.rhk_staf[self.s.staf2], boleh)
		for f in (
			{"akar": self.rhk_staf[self.s.staf2]},
			{"department": self.s.bagian, "kedalaman": 20},
			{"akar": self.rhk_admin, "kedalaman": 20, "tampilkan_iki": 1},
		):
			with self.subTest(f=f):
				self.assertLessEqual(rhk(**f), boleh)
		# the stored roll-up of the whole period is HR's only
		self.assertRaises(frappe.PermissionError, frappe.get_list, "Rekap Pemantauan")
		# a number or an oversized text for a filter is refused, never a server error
		for salah in ({"akar": 5}, {"kedalaman": "banyak"}, {"department": "x" * 500}):
			with self.subTest(salah=salah):
				self.assertRaises(frappe.ValidationError, execute, {"periode_kinerja": self.periode, **salah})

	def test_an_employee_edit_leaves_the_rekaps_unless_they_move(self):
		execute({"periode_kinerja": self.periode})  # the roll-up rekap exists now

		def versi():
			return sorted(frappe.get_all("Rekap Pemantauan", pluck="versi"))

		sebelum = versi()
		self.assertTrue(sebelum)
		doc = frappe.get_doc("Employee", self.s.staf1)
		doc.cell_number = "0812000000"
		doc.save(ignore_permissions=True)
		self.assertEqual(versi(), sebelum)
		doc.department = self.s.unit
		doc.save(ignore_permissions=True)
		self.assertGreater(versi(), sebelum)
