"""Number cards of the workspace, as the people who look at them."""

import frappe

from kinerja_asn.api import dasbor
from kinerja_asn.tests.utils import KinerjaTestCase, make_periode, make_rhk, make_skp, make_struktur


class TestDasbor(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("Dasbor")
		# a yearly period that contains today, so the cards of the current period count it
		cls.periode = make_periode(frappe.utils.getdate().year)
		cls.skp1 = make_skp(cls.s.staf1, cls.periode)
		make_rhk(cls.skp1, "Pekerjaan dasbor")
		frappe.set_user(cls.s.user[cls.s.staf1])
		from frappe.model.workflow import apply_workflow

		apply_workflow(frappe.get_doc("SKP", cls.skp1), "Ajukan")
		frappe.set_user("Administrator")

	def test_approver_sees_what_waits_for_them(self):
		frappe.set_user(self.s.user[self.s.admin])
		self.assertGreaterEqual(dasbor.skp_menunggu_saya([])["value"], 1)
		# staf1 submitted, staf2 has nothing: two of the team without an approved SKP
		self.assertEqual(dasbor.tim_tanpa_skp_disetujui([])["value"], 2)
		frappe.set_user(self.s.user[self.s.staf2])
		self.assertEqual(dasbor.skp_menunggu_saya([])["value"], 0)
		self.assertEqual(dasbor.tim_tanpa_skp_disetujui([])["value"], 0)

	def test_hr_cards_are_for_hr_only(self):
		frappe.set_user(self.s.user[self.s.staf2])
		self.assertEqual(dasbor.pegawai_tanpa_skp_disetujui([]), dasbor.TIDAK_BERLAKU)
		self.assertEqual(dasbor.jumlah_free_rider([]), dasbor.TIDAK_BERLAKU)
		self.assertEqual(dasbor.unit_melanggar_kurva([]), dasbor.TIDAK_BERLAKU)
		frappe.set_user(self.s.hr)
		self.assertGreaterEqual(dasbor.pegawai_tanpa_skp_disetujui([])["value"], 5)
		self.assertIsInstance(dasbor.jumlah_free_rider([])["value"], int)
		self.assertIsInstance(dasbor.unit_melanggar_kurva([])["value"], int)

	def test_user_without_employee_gets_no_number(self):
		frappe.set_user(self.s.hr)
		self.assertEqual(dasbor.skp_menunggu_saya([]), dasbor.TIDAK_BERLAKU)

	def test_cards_are_installed_and_readable_by_employees(self):
		kartu = frappe.get_all("Number Card", filters={"module": "Kinerja ASN"}, pluck="name")
		self.assertEqual(len(kartu), 7)
		frappe.set_user(self.s.user[self.s.staf1])
		for nama in kartu:
			self.assertTrue(frappe.has_permission("Number Card", "read", doc=nama), nama)


class TestDasborKinerjaOrganisasi(KinerjaTestCase):
	def test_dashboard_and_charts_are_installed_and_run(self):
		from frappe.desk.doctype.dashboard_chart.dashboard_chart import get

		dasbor_org = frappe.get_doc("Dashboard", "Kinerja Organisasi")
		# installed when missing, so a site keeps its admin's charts; these three are always there
		# (the custom-source chart Capaian IKU Tahun Berjalan is tested with its report: test_capaian_kinerja_organisasi)
		grafik = [
			"Distribusi Predikat Kinerja",
			"Realisasi Dilaporkan per Bulan",
			"Rata-rata Capaian Realisasi per Bulan",
		]
		self.assertLessEqual(set(grafik), {c.chart for c in dasbor_org.charts})
		s = make_struktur("Dasbor")
		for user in ("Administrator", s.hr, s.user[s.staf1]):
			frappe.set_user(user)
			for nama in grafik:
				with self.subTest(user=user, chart=nama):
					data = get(chart_name=nama, refresh=1)
					# a group-by chart with nothing to count is None in Frappe; time series always label
					if frappe.db.get_value("Dashboard Chart", nama, "timeseries"):
						self.assertEqual(len(data["labels"]), len(data["datasets"][0]["values"]))
					else:
						self.assertTrue(data is None or data["labels"])
