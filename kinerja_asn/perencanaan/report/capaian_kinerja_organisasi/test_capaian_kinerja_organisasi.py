# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

from unittest.mock import patch

import frappe

from kinerja_asn.api import realisasi as api
from kinerja_asn.perencanaan.report.capaian_kinerja_organisasi.capaian_kinerja_organisasi import (
	_kolom_sub,
	execute,
)
from kinerja_asn.tests.pelaksanaan import PelaksanaanTestCase
from kinerja_asn.tests.utils import make_indikator, make_renstra, make_sasaran, make_sub_periode


class TestCapaianKinerjaOrganisasi(PelaksanaanTestCase):
	"""An IKU carried by staf1's RHK "Layanan": March verified at the monthly targets (100%), April
	submitted but not verified (not counted)."""

	PREFIX = "Capaian Org"

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		sasaran = make_sasaran(make_renstra(cls.s.unit, tahun_mulai=2025), "CAPORG-1")
		cls.iku = make_indikator(sasaran, targets={2026: 95}, uraian="Indeks layanan capaian org")
		frappe.db.set_value("Rencana Hasil Kerja", cls.rhk_layanan, "indikator_organisasi", cls.iku)
		uji = cls()
		doc = uji.check_in(
			cls.maret, {"Jumlah laporan layanan": 1, "Indeks kepuasan layanan": 80, "Waktu penyelesaian": 5}
		)
		uji.as_user(cls.s.admin)
		api.verifikasi_realisasi(doc["name"], "Diverifikasi")
		uji.check_in(cls.april, {"Jumlah laporan layanan": 0.5, "Indeks kepuasan layanan": 40})
		frappe.set_user("Administrator")

	def rows(self, **filters):
		return execute({"periode_kinerja": self.periode, "jenis_sub_periode": "Bulanan", **filters})

	def test_verified_month_rolls_up_to_the_indicator(self):
		_kolom, rows, _pesan, chart = self.rows(department=self.s.unit)
		row = next(r for r in rows if r["indikator"] == self.iku)
		self.assertAlmostEqual(row[_kolom_sub(self.maret)], 100)
		self.assertIsNone(row[_kolom_sub(self.april)])
		self.assertAlmostEqual(row["rata_rata"], 100)
		self.assertEqual(chart["type"], "line")
		self.assertEqual(chart["data"]["datasets"][-1]["values"][0], 100)

	def test_unit_filter_drills_down(self):
		lain = frappe.get_all(
			"Department", filters={"name": ("!=", self.s.unit), "is_group": 0}, limit=1, pluck="name"
		)
		if lain:
			self.assertNotIn(self.iku, {r["indikator"] for r in self.rows(department=lain[0])[1]})

	def test_employee_sees_indicators(self):
		frappe.set_user(self.s.user[self.s.staf2])
		self.assertIn(self.iku, {r["indikator"] for r in self.rows()[1]})

	def test_sql_count_does_not_grow_with_check_ins(self):
		def jumlah_sql():
			self.rows()
			with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
				self.rows()
			return sql.call_count

		sebelum = jumlah_sql()
		self.check_in(
			make_sub_periode(self.periode, "Bulanan", 5), {"Jumlah laporan layanan": 1}, ajukan=False
		)
		frappe.set_user("Administrator")
		self.assertEqual(jumlah_sql(), sebelum)

	def test_compute_sql_count_does_not_grow_with_check_ins(self):
		"""The rekap's computation itself: one query per sub-period, whatever the check-ins."""
		from kinerja_asn.services.capaian_organisasi import hitung_capaian_organisasi

		def jumlah_sql():
			with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
				hitung_capaian_organisasi(self.periode, "")
			return sql.call_count

		sebelum = jumlah_sql()
		self.check_in(
			make_sub_periode(self.periode, "Bulanan", 6), {"Jumlah laporan layanan": 1}, ajukan=False
		)
		frappe.set_user("Administrator")
		self.assertEqual(jumlah_sql(), sebelum)

	def test_a_change_makes_the_rekap_stale_and_a_slow_one_is_served_with_a_note(self):
		from kinerja_asn.services import rekap

		self.rows()
		nama = f"capaian_organisasi|{self.periode}|{frappe.db.get_value('Periode Kinerja', self.periode, 'company')}"
		versi = frappe.db.get_value("Rekap Pemantauan", nama, "versi")
		self.check_in(
			make_sub_periode(self.periode, "Bulanan", 7), {"Jumlah laporan layanan": 1}, ajukan=False
		)
		frappe.set_user("Administrator")
		self.assertGreater(frappe.db.get_value("Rekap Pemantauan", nama, "versi"), versi)
		# small agency: recomputed while the user waits, no note
		self.assertIsNone(self.rows()[2])
		# a rekap that took long is shown as it was, with its time, and refreshed in the background
		frappe.db.set_value("Rekap Pemantauan", nama, {"durasi": 60, "data": '{"lama": {}}'})
		rekap.tandai_berubah(self.periode)
		with patch.object(rekap, "antrekan") as antrekan:
			_kolom, rows, pesan, _chart = self.rows()
		antrekan.assert_called_once()
		self.assertIn("latar belakang", pesan)
		self.assertIsNone(next(r for r in rows if r["indikator"] == self.iku)["rata_rata"])
		# what the job does, without its commit
		rekap.hitung("capaian_organisasi", self.periode, nama.rsplit("|", 1)[1])
		_kolom, rows, pesan, _chart = self.rows()
		self.assertIsNone(pesan)
		self.assertAlmostEqual(next(r for r in rows if r["indikator"] == self.iku)["rata_rata"], 100)

	def test_dashboard_chart_of_the_current_year(self):
		from kinerja_asn.api.dasbor import capaian_iku

		data = capaian_iku(filters={"periode_kinerja": self.periode})
		self.assertIn(self.iku, [d["name"] for d in data["datasets"]])
		self.assertEqual(len(data["labels"]), len(data["datasets"][0]["values"]))
		# a user without the report (no Employee role) gets no figures
		user = "tanpa.peran.caporg@example.com"
		if not frappe.db.exists("User", user):
			frappe.get_doc(
				{"doctype": "User", "email": user, "first_name": "Tanpa Peran", "send_welcome_email": 0}
			).insert(ignore_permissions=True)
		frappe.set_user(user)
		with self.assertRaises(frappe.PermissionError):
			capaian_iku(filters={"periode_kinerja": self.periode})

	def test_marking_stale_before_the_table_exists_is_harmless(self):
		"""A patch of another app may save an employee before migrate creates Rekap Pemantauan."""
		import pymysql

		from kinerja_asn.services import rekap

		hilang = pymysql.err.ProgrammingError(1146, "Table 'x.tabRekap Pemantauan' doesn't exist")
		with patch.object(frappe.db, "sql", side_effect=hilang):
			rekap.tandai_berubah(self.periode)
		with patch.object(frappe.db, "sql", side_effect=pymysql.err.OperationalError(1205, "Lock wait")):
			self.assertRaises(pymysql.err.OperationalError, rekap.tandai_berubah, self.periode)

	def test_scheduler_queues_stale_and_missing_rekaps_of_the_current_year(self):
		from kinerja_asn.services import rekap

		with (
			patch("frappe.utils.today", return_value="2026-06-15"),
			patch.object(rekap, "antrekan") as antrekan,
		):
			frappe.db.delete("Rekap Pemantauan", {"periode_kinerja": self.periode})
			rekap.perbarui_yang_usang()
		diminta = {(c.args[0], c.args[1]) for c in antrekan.call_args_list}
		self.assertEqual({j for j, p in diminta if p == self.periode}, set(rekap.PENGHITUNG))
		# once made and current, nothing is queued for it
		company = frappe.db.get_value("Periode Kinerja", self.periode, "company") or ""
		for jenis in rekap.PENGHITUNG:
			rekap.hitung(jenis, self.periode, company)
		with (
			patch("frappe.utils.today", return_value="2026-06-15"),
			patch.object(rekap, "antrekan") as antrekan,
		):
			rekap.perbarui_yang_usang()
		self.assertNotIn(self.periode, {c.args[1] for c in antrekan.call_args_list})

	def test_a_large_period_never_computed_is_prepared_in_the_background(self):
		"""Frappe makes a report that once ran over 15 s a prepared report for good: a large period's
		first rekap is queued, and the report says so instead of computing while the user waits."""
		from kinerja_asn.services import rekap

		frappe.db.delete("Rekap Pemantauan", {"periode_kinerja": self.periode})
		with patch.object(rekap, "BATAS_BARIS_LANGSUNG", 0), patch.object(rekap, "antrekan") as antrekan:
			_kolom, rows, pesan, _chart = self.rows()
		antrekan.assert_called_once()
		self.assertIn("sedang disiapkan", pesan)
		self.assertIsNone(next(r for r in rows if r["indikator"] == self.iku)["rata_rata"])
		self.assertFalse(frappe.db.exists("Rekap Pemantauan", {"periode_kinerja": self.periode}))
		# a small period is computed at once
		self.assertIsNone(self.rows()[2])
