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
