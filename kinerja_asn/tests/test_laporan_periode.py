"""Reports open on the current period: the endpoint every report's script asks, and the shared
script each report with a period filter carries."""

from pathlib import Path

import frappe
from frappe.desk.query_report import get_script
from frappe.utils import getdate, today

from kinerja_asn.api import periode as api
from kinerja_asn.services.periode import periode_berjalan
from kinerja_asn.tests.utils import KinerjaTestCase, get_company, make_periode, make_struktur

APP = Path(frappe.get_app_path("kinerja_asn"))


class TestPeriodeBerjalan(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("Periode Laporan")
		cls.company = get_company()
		cls.tahun = getdate(today()).year
		cls.periode = make_periode(cls.tahun)
		make_periode(cls.tahun - 1)

	def yang_berisi_hari_ini(self) -> set[str]:
		return set(
			frappe.get_all(
				"Periode Kinerja",
				filters={
					"company": self.company,
					"jenis": "Tahunan",
					"periode_induk": ("is", "not set"),
					"tanggal_mulai": ("<=", today()),
					"tanggal_selesai": (">=", today()),
				},
				pluck="name",
			)
		)

	def test_hr_gets_the_yearly_period_containing_today(self):
		frappe.set_user(self.s.hr)
		hasil = api.periode_berjalan(company=self.company)
		self.assertIn(self.periode, self.yang_berisi_hari_ini())
		self.assertIn(hasil, self.yang_berisi_hari_ini())
		self.assertEqual(frappe.db.get_value("Periode Kinerja", hasil, "jenis"), "Tahunan")

	def test_an_employee_without_a_company_filter_gets_their_companys_period(self):
		frappe.set_user(self.s.user[self.s.staf1])
		hasil = api.periode_berjalan()
		self.assertIn(hasil, self.yang_berisi_hari_ini())
		self.assertEqual(frappe.db.get_value("Periode Kinerja", hasil, "company"), self.company)

	def test_when_no_period_contains_today_the_latest_is_taken(self):
		terakhir = frappe.get_all(
			"Periode Kinerja",
			filters={"company": self.company, "jenis": "Tahunan", "periode_induk": ("is", "not set")},
			fields=["name", "tanggal_mulai"],
			order_by="tanggal_mulai desc",
			limit=1,
		)[0]
		self.assertEqual(periode_berjalan(self.company, hari_ini="2199-06-01"), terakhir.name)

	def test_wrong_arguments_are_refused(self):
		frappe.set_user(self.s.hr)
		self.assertRaises(frappe.ValidationError, api.periode_berjalan, company=12)
		self.assertRaises(frappe.ValidationError, api.periode_berjalan, company={"a": 1})
		self.assertRaises(frappe.DoesNotExistError, api.periode_berjalan, company="TIDAK-ADA-99999")

	def test_every_report_with_a_period_filter_carries_the_shared_script(self):
		"""The include is rendered by Frappe's get_script; a report added later without it fails."""
		berperiode = [
			js.stem
			for js in sorted(APP.glob("*/report/*/*.js"))
			if 'options: "Periode Kinerja"' in js.read_text()
		]
		self.assertGreaterEqual(len(berperiode), 8)
		nama_laporan = {frappe.scrub(r): r for r in frappe.get_all("Report", pluck="name")}
		for laporan in berperiode:
			with self.subTest(laporan=laporan):
				nama = nama_laporan[laporan]
				skrip = get_script(nama)["script"]
				self.assertNotIn("{% include", skrip)
				self.assertIn("kinerja_asn.laporan.isi_periode_berjalan = function", skrip)
				self.assertIn("kinerja_asn.laporan.isi_periode_berjalan(report", skrip)
