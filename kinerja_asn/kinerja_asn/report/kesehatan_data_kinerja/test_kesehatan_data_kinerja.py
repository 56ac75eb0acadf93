# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""The data-health check on a generated agency: one clean unit, one unit with every kind of problem,
the report run through Frappe's report runner as the real users."""

from unittest.mock import patch

import frappe
from frappe.desk.query_report import run
from frappe.utils import add_days, getdate, today

from kinerja_asn.domain.kesehatan_data import DEFAULT_MAKS_PEGAWAI_DINILAI
from kinerja_asn.services.kesehatan_data import batas_pegawai_dinilai
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	get_company,
	make_department,
	make_employee,
	make_employee_user,
	make_periode,
	make_user,
)

REPORT = "Kesehatan Data Kinerja"
# The site's limit of direct assessees (Pengaturan Kinerja); small, to keep the agency small.
BATAS = 4


def pegawai(nama: str, **fields) -> str:
	"""An active employee with a user unless `user=None` is given."""
	if "user" not in fields:
		fields["user"] = f"{nama.lower().replace(' ', '.')}@example.com"
	elif fields["user"] is None:
		fields.pop("user")
	return make_employee(nama, **fields)


def set_kepala(unit: str, kepala: str | None) -> None:
	frappe.db.set_value("Department", unit, "kepala_unit", kepala)


class TestKesehatanDataKinerja(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.company = get_company()
		cls.badan = make_department("Badan Sehat")
		cls.bersih = make_department("Bidang Bersih Sehat", cls.badan)
		cls.kusut = make_department("Bidang Kusut Sehat", cls.badan)
		cls.subbidang = make_department("Subbidang Kusut Sehat", cls.kusut)

		# Root unit: its head is the top of the line and needs no superior.
		cls.kepala = pegawai("Kepala Badan Sehat", department=cls.badan, jenis_jabatan="Administrator")
		set_kepala(cls.badan, cls.kepala)

		# A clean unit: head with users under it, a JF official with a jenjang.
		cls.kabid_bersih = pegawai(
			"Kabid Bersih Sehat", department=cls.bersih, reports_to=cls.kepala, jenis_jabatan="Administrator"
		)
		set_kepala(cls.bersih, cls.kabid_bersih)
		pegawai(
			"Staf Bersih Sehat", department=cls.bersih, reports_to=cls.kabid_bersih, jenis_jabatan="Pelaksana"
		)
		pegawai(
			"Fungsional Bersih Sehat",
			department=cls.bersih,
			reports_to=cls.kabid_bersih,
			jenis_jabatan="Fungsional",
			jenjang_jabatan_fungsional="Ahli Pertama",
		)

		# A unit with one of each problem; the unit itself has no head on record.
		cls.kabid_kusut = pegawai("Kabid Kusut Sehat", department=cls.kusut, reports_to=cls.kepala)
		cls.tanpa_akun = pegawai(
			"Tanpa Akun Sehat", user=None, department=cls.kusut, reports_to=cls.kabid_kusut
		)
		cls.tanpa_atasan = pegawai("Tanpa Atasan Sehat", department=cls.kusut, jenis_jabatan="Pelaksana")
		cls.jf = pegawai(
			"Fungsional Kusut Sehat",
			department=cls.kusut,
			reports_to=cls.kabid_kusut,
			jenis_jabatan="Fungsional",
		)
		cls.sibuk = pegawai("Atasan Sibuk Sehat", department=cls.kusut, reports_to=cls.kabid_kusut)
		for i in range(BATAS + 1):
			pegawai(f"Bawahan {i} Sehat", department=cls.kusut, reports_to=cls.sibuk)
		cls.keluar = pegawai("Atasan Keluar Sehat", department=cls.subbidang, reports_to=cls.kabid_kusut)
		cls.yatim = pegawai("Bawahan Yatim Sehat", department=cls.subbidang, reports_to=cls.keluar)
		set_kepala(cls.subbidang, cls.keluar)
		cls.siklus_a = pegawai("Siklus A Sehat", department=cls.kusut, reports_to=cls.kabid_kusut)
		cls.siklus_b = pegawai("Siklus B Sehat", department=cls.kusut, reports_to=cls.siklus_a)
		# What an import or a direct edit leaves behind, past ERPNext's checks: a superior who left
		# with subordinates still reporting to him, and two employees reporting to each other.
		frappe.db.set_value(
			"Employee", cls.keluar, {"status": "Left", "relieving_date": add_days(today(), -30)}
		)
		frappe.db.set_value("Employee", cls.siklus_a, "reports_to", cls.siklus_b)

		cls.hr = make_user("hr.sehat@example.com", ("Pengelola Kinerja",))
		cls.staf = make_employee_user("staf.biasa.sehat@example.com")

	def jalankan(self, **filters) -> list[dict]:
		return self.laporan(**filters)["result"]

	def laporan(self, **filters) -> dict:
		filters = {"company": self.company, **filters}
		with patch("kinerja_asn.services.kesehatan_data.batas_pegawai_dinilai", return_value=BATAS):
			return run(REPORT, filters={k: v for k, v in filters.items() if v is not None})

	def test_problem_unit_lists_each_kind_once_with_who_fixes_it(self):
		frappe.set_user(self.hr)
		rows = self.jalankan(department=self.kusut)
		ditemukan = sorted((r["kode"], r["pegawai"] or r["unit"]) for r in rows)
		self.assertEqual(
			ditemukan,
			sorted(
				[
					("tanpa_user", self.tanpa_akun),
					("tanpa_atasan", self.tanpa_atasan),
					("atasan_tidak_aktif", self.yatim),
					("siklus_atasan", min(self.siklus_a, self.siklus_b)),
					("bawahan_berlebih", self.sibuk),
					("jf_tanpa_jenjang", self.jf),
					("unit_tanpa_kepala", self.kusut),
					("kepala_unit_tidak_aktif", self.subbidang),
				]
			),
		)
		per_kode = {r["kode"]: r for r in rows}
		self.assertEqual(per_kode["tanpa_user"]["penanggung_jawab"], "Admin Sistem")
		self.assertEqual(per_kode["tanpa_user"]["nama_pegawai"], "Tanpa Akun Sehat")
		self.assertEqual(per_kode["tanpa_user"]["unit"], self.kusut)
		self.assertEqual(per_kode["atasan_tidak_aktif"]["penanggung_jawab"], "Pengelola Kinerja")
		self.assertIn("Atasan Keluar Sehat", per_kode["atasan_tidak_aktif"]["keterangan"])
		self.assertEqual(per_kode["bawahan_berlebih"]["pegawai_penanggung_jawab"], self.kabid_kusut)
		self.assertIn("Kabid Kusut Sehat", per_kode["bawahan_berlebih"]["penanggung_jawab"])
		self.assertIn(f"menilai {BATAS + 1} bawahan", per_kode["bawahan_berlebih"]["keterangan"])
		self.assertIn("Siklus A Sehat", per_kode["siklus_atasan"]["keterangan"])
		self.assertIn("Siklus B Sehat", per_kode["siklus_atasan"]["keterangan"])
		self.assertEqual(per_kode["unit_tanpa_kepala"]["masalah"], "Unit tanpa kepala")

	def test_clean_unit_has_no_finding(self):
		frappe.set_user(self.hr)
		self.assertEqual(self.jalankan(department=self.bersih), [])

	def test_whole_company_includes_the_problem_unit_not_the_root_head(self):
		frappe.set_user(self.hr)
		rows = self.jalankan()
		ditemukan = {(r["kode"], r["pegawai"] or r["unit"]) for r in rows}
		self.assertIn(("tanpa_user", self.tanpa_akun), ditemukan)
		self.assertIn(("unit_tanpa_kepala", self.kusut), ditemukan)
		self.assertFalse({(k, s) for k, s in ditemukan if s in (self.kepala, self.kabid_bersih, self.badan)})

	def test_fixing_the_records_clears_the_findings(self):
		frappe.db.set_value("Employee", self.siklus_a, "reports_to", self.kabid_kusut)
		frappe.db.set_value("Employee", self.yatim, "reports_to", self.kabid_kusut)
		set_kepala(self.kusut, self.kabid_kusut)
		frappe.set_user(self.hr)
		kode = {r["kode"] for r in self.jalankan(department=self.kusut)}
		self.assertNotIn("siklus_atasan", kode)
		self.assertNotIn("atasan_tidak_aktif", kode)
		self.assertNotIn("unit_tanpa_kepala", kode)
		self.assertIn("kepala_unit_tidak_aktif", kode)

	def test_unit_of_another_company_is_refused(self):
		frappe.set_user(self.hr)
		self.assertRaises(frappe.ValidationError, self.jalankan, department="All Departments")

	def test_plain_employee_is_refused(self):
		frappe.set_user(self.staf)
		self.assertRaises(frappe.PermissionError, self.jalankan, department=self.kusut)
		from kinerja_asn.kinerja_asn.report.kesehatan_data_kinerja.kesehatan_data_kinerja import execute

		self.assertRaises(frappe.PermissionError, execute, {"company": self.company})

	def test_limit_defaults_to_the_domain_value(self):
		self.assertEqual(batas_pegawai_dinilai(), DEFAULT_MAKS_PEGAWAI_DINILAI)

	def test_report_opens_with_a_summary_line(self):
		frappe.set_user(self.hr)
		bersih = self.laporan(department=self.bersih)
		self.assertEqual(bersih["result"], [])
		self.assertEqual(bersih["message"], "3 pegawai diperiksa: 0 masalah.")
		self.assertEqual([k["value"] for k in bersih["report_summary"]], [3, 0, 0])
		kusut = self.laporan(department=self.kusut)
		aktif = frappe.db.count(
			"Employee", {"department": ("in", [self.kusut, self.subbidang]), "status": "Active"}
		)
		self.assertEqual(len(kusut["result"]), 8)
		self.assertEqual(kusut["message"], f"{aktif} pegawai diperiksa: 8 masalah di 2 unit.")

	def test_units_without_active_employees_are_not_flagged(self):
		"""ERPNext's default departments and emptied units have nobody whose SKP needs a head."""
		kosong = make_department("Unit Kosong Sehat", self.badan)
		ditinggal = make_department("Unit Ditinggal Sehat", self.badan)
		pensiun = pegawai("Pensiun Sehat", department=ditinggal, reports_to=self.kepala)
		frappe.db.set_value("Employee", pensiun, {"status": "Left", "relieving_date": add_days(today(), -1)})
		frappe.set_user(self.hr)
		rows = self.jalankan()
		dilaporkan = {
			r["unit"] for r in rows if r["kode"] in ("unit_tanpa_kepala", "kepala_unit_tidak_aktif")
		}
		self.assertNotIn(kosong, dilaporkan)
		self.assertNotIn(ditinggal, dilaporkan)
		self.assertIn(self.kusut, dilaporkan)
		berpegawai = set(
			frappe.get_all(
				"Employee", filters={"company": self.company, "status": "Active"}, pluck="department"
			)
		)
		for unit in dilaporkan:
			lft, rgt = frappe.db.get_value("Department", unit, ["lft", "rgt"])
			sub = set(
				frappe.get_all("Department", filters={"lft": (">=", lft), "rgt": ("<=", rgt)}, pluck="name")
			)
			self.assertTrue(sub & berpegawai, unit)

	def test_runs_for_the_period_it_is_opened_from(self):
		"""A superior leaving at the end of this year is a problem for next year's period only."""
		tahun = getdate(today()).year
		frappe.db.set_value("Employee", self.kabid_bersih, "relieving_date", f"{tahun}-12-31")
		ini, depan = make_periode(tahun), make_periode(tahun + 1)
		frappe.set_user(self.hr)
		self.assertEqual(self.jalankan(company=None, periode_kinerja=ini, department=self.bersih), [])
		rows = self.jalankan(company=None, periode_kinerja=depan, department=self.bersih)
		self.assertEqual(
			sorted(r["kode"] for r in rows),
			["atasan_tidak_aktif", "atasan_tidak_aktif", "kepala_unit_tidak_aktif"],
		)
		# checked as of the period's first day, when only the two staff still work
		self.assertEqual(
			self.laporan(company=None, periode_kinerja=depan, department=self.bersih)["message"],
			"2 pegawai diperiksa: 3 masalah di 1 unit.",
		)
