# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

from unittest.mock import patch

import frappe

from kinerja_asn.perencanaan.report.beban_kerja.beban_kerja import execute
from kinerja_asn.services.kunci import DokumenGanda
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	approve_skp,
	get_company,
	make_department,
	make_employee,
	make_periode,
	make_rhk,
	make_skp,
	make_struktur,
)

TAHUN = 2038
JABATAN = "Analis Beban Uji"


def make_abk(unit: str, jabatan: str, tugas: list[tuple[float, float]]) -> str:
	return (
		frappe.get_doc(
			{
				"doctype": "Analisis Beban Kerja",
				"company": get_company(),
				"unit": unit,
				"jabatan": jabatan,
				"tahun": TAHUN,
				"tugas": [
					{"uraian": f"Tugas {i}", "volume": v, "norma_waktu": n} for i, (v, n) in enumerate(tugas)
				],
			}
		)
		.insert(ignore_permissions=True)
		.name
	)


class TestBebanKerja(KinerjaTestCase):
	"""Bagian Beban: the administrator has no RHK, staf1 three and staf2 one (loads 0, 3, 1), both
	staff are analysts with an ABK of 1,250 hours."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = s = make_struktur("Beban")
		cls.periode = make_periode(TAHUN)
		if not frappe.db.exists("Designation", JABATAN):
			frappe.get_doc({"doctype": "Designation", "designation_name": JABATAN}).insert()
		for staf in (s.staf1, s.staf2):
			frappe.db.set_value("Employee", staf, "designation", JABATAN)
		for staf, jumlah in ((s.staf1, 3), (s.staf2, 1)):
			skp = make_skp(staf, cls.periode)
			for i in range(jumlah):
				make_rhk(skp, f"Hasil {i} {staf}")
			approve_skp(skp)
		cls.abk = make_abk(s.bagian, JABATAN, [(100, 10), (50, 5)])

	def rows(self, **filters):
		return execute({"periode_kinerja": self.periode, "department": self.s.unit, **filters})[1]

	def test_abk_totals_and_needs(self):
		abk = frappe.get_doc("Analisis Beban Kerja", self.abk)
		self.assertEqual(abk.total_beban_jam, 1250)
		self.assertEqual([r.beban_jam for r in abk.tugas], [1000, 250])
		self.assertAlmostEqual(abk.kebutuhan_pegawai, 1250 / abk.jke_jam_per_tahun)

	def test_one_abk_per_unit_position_and_year(self):
		with self.assertRaises(DokumenGanda):
			make_abk(self.s.bagian, JABATAN, [(1, 1)])
		self.assertEqual(frappe.db.count("Analisis Beban Kerja", {"unit": self.s.bagian, "tahun": TAHUN}), 1)

	def test_unit_gini_band_and_abk(self):
		rows = self.rows()
		unit = next(r for r in rows if r["id"] == self.s.bagian)
		# loads 0, 1, 3: Gini = (-2*0 + 0*1 + 2*3) / (3*4) = 0.5
		self.assertAlmostEqual(unit["gini"], 0.5)
		self.assertEqual((unit["jumlah_tinggi"], unit["jumlah_rendah"]), (1, 1))
		self.assertEqual(unit["pemegang_abk"], 2)
		self.assertAlmostEqual(unit["kebutuhan_abk"], 1250 / 1250)
		pegawai = {r["pegawai"]: r for r in rows if r.get("parent") == self.s.bagian}
		self.assertEqual(set(pegawai), {self.s.admin, self.s.staf1, self.s.staf2})
		self.assertEqual(pegawai[self.s.staf1]["arah"], "tinggi")
		self.assertEqual(pegawai[self.s.admin]["arah"], "rendah")
		self.assertIsNone(pegawai[self.s.staf2]["arah"])
		self.assertAlmostEqual(pegawai[self.s.staf1]["porsi"], 75)
		self.assertAlmostEqual(pegawai[self.s.staf1]["jam_abk"], 625)
		self.assertAlmostEqual(pegawai[self.s.staf1]["efisiensi"], 0.5)
		self.assertIsNone(pegawai[self.s.admin]["jam_abk"])
		# the parent unit (no RHK at all) has no spread
		self.assertEqual(next(r for r in rows if r["id"] == self.s.unit)["gini"], 0)

	def test_employee_sees_own_unit_only(self):
		frappe.set_user(self.s.user[self.s.staf1])
		self.assertEqual({r["id"] for r in self.rows() if r["indent"] == 0}, {self.s.bagian})
		lain = make_department("Biro Beban Lain")
		make_employee("Pegawai Beban Lain", user="lain.beban@example.com", department=lain)
		frappe.set_user("lain.beban@example.com")
		self.assertEqual(self.rows(), [])

	def test_sql_count_does_not_grow_with_employees(self):
		def jumlah_sql():
			filters = {"periode_kinerja": self.periode, "termasuk_draft": 1}
			execute(filters)
			with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
				execute(filters)
			return sql.call_count

		sebelum = jumlah_sql()
		for i in range(4):
			pegawai = make_employee(f"Staf Tambahan Beban {i}", department=self.s.bagian, designation=JABATAN)
			make_rhk(make_skp(pegawai, self.periode), f"Pekerjaan tambahan {i}")
		self.assertEqual(jumlah_sql(), sebelum)
