# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

from unittest.mock import patch

import frappe

from kinerja_asn.perencanaan.report.free_rider_dan_sasaran_yatim.free_rider_dan_sasaran_yatim import (
	execute,
)
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	approve_skp,
	make_department,
	make_employee,
	make_indikator,
	make_periode,
	make_renstra,
	make_rhk,
	make_sasaran,
	make_skp,
	make_struktur,
)

TAHUN = 2039


class TestFreeRiderDanSasaranYatim(KinerjaTestCase):
	"""A small agency with known gaps: the leader has no SKP, staf2's RHK serves no leader RHK, one of
	the administrator's RHK is carried by no one, one IKU by no RHK, and the JPT's RHK is cascaded
	directly to two RHK."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = s = make_struktur("Pantau")
		cls.periode = make_periode(TAHUN)
		sasaran = make_sasaran(make_renstra(s.unit, tahun_mulai=TAHUN - 4), "PANTAU-1")
		cls.iku = make_indikator(sasaran, targets={TAHUN: 80}, uraian="Indeks layanan pantau")
		cls.iku_yatim = make_indikator(sasaran, targets={TAHUN: 90}, uraian="Indeks tanpa pemilik")
		skp_jpt = make_skp(s.jpt, cls.periode)
		cls.rhk_jpt = make_rhk(skp_jpt, "Meningkatnya layanan pantau", indikator_organisasi=cls.iku)
		approve_skp(skp_jpt)
		skp_admin = make_skp(s.admin, cls.periode)
		cls.rhk_admin = make_rhk(skp_admin, "Tersusunnya bahan layanan", cls.rhk_jpt)
		cls.rhk_admin_yatim = make_rhk(skp_admin, "Terlaksananya evaluasi layanan", cls.rhk_jpt)
		approve_skp(skp_admin)
		skp1 = make_skp(s.staf1, cls.periode)
		make_rhk(skp1, "Bahan layanan", cls.rhk_admin)
		approve_skp(skp1)
		cls.skp2 = make_skp(s.staf2, cls.periode)
		cls.rhk_staf2 = make_rhk(cls.skp2, "Pekerjaan sendiri")
		approve_skp(cls.skp2)

	def temuan(self, **filters):
		rows = execute({"periode_kinerja": self.periode, **filters})[1]
		return {(r["kode"], r["pegawai"], r["dokumen"]) for r in rows}

	def test_known_gaps_with_who_must_act(self):
		columns, rows, _message, chart, summary = execute(
			{"periode_kinerja": self.periode, "department": self.s.unit}
		)
		self.assertEqual(
			{(r["kode"], r["pegawai"], r["dokumen"]) for r in rows},
			{
				("tanpa_skp", self.s.pimpinan, None),
				("rhk_utama_tanpa_induk", self.s.staf2, self.rhk_staf2),
				("rhk_yatim", self.s.admin, self.rhk_admin_yatim),
				("indikator_tanpa_rhk", None, self.iku_yatim),
				# both RHK of the administrator cascade the JPT's directly: two owners of one realisation
				("pemilik_bersama", self.s.jpt, self.rhk_jpt),
			},
		)
		by_kode = {r["kode"]: r for r in rows}
		# the approved SKP goes back through the assessor who agreed it
		self.assertEqual(by_kode["rhk_utama_tanpa_induk"]["pegawai_penanggung_jawab"], self.s.admin)
		self.assertIn("Administrator Pantau", by_kode["rhk_utama_tanpa_induk"]["penanggung_jawab"])
		self.assertEqual(by_kode["rhk_utama_tanpa_induk"]["doctype"], "Rencana Hasil Kerja")
		self.assertEqual(by_kode["indikator_tanpa_rhk"]["doctype"], "Indikator Kinerja")
		self.assertEqual(summary[0]["value"], 1)  # one free rider: staf2
		self.assertEqual(sum(chart["data"]["datasets"][0]["values"]), len(rows))

	def test_unit_filter_takes_sub_units_only(self):
		self.assertEqual(
			self.temuan(department=self.s.bagian),
			{
				("rhk_utama_tanpa_induk", self.s.staf2, self.rhk_staf2),
				("rhk_yatim", self.s.admin, self.rhk_admin_yatim),
			},
		)

	def test_employee_sees_own_unit_only(self):
		frappe.set_user(self.s.user[self.s.staf1])
		dilihat = self.temuan()
		self.assertEqual(
			dilihat,
			{
				("rhk_utama_tanpa_induk", self.s.staf2, self.rhk_staf2),
				("rhk_yatim", self.s.admin, self.rhk_admin_yatim),
			},
		)
		# asking for the parent unit does not widen the view
		self.assertEqual(self.temuan(department=self.s.unit), dilihat)

	def test_peer_of_another_unit_sees_nothing_of_it(self):
		lain = make_department("Biro Pantau Lain")
		make_employee("Pegawai Pantau Lain", user="lain.pantau@example.com", department=lain)
		frappe.set_user("lain.pantau@example.com")
		self.assertFalse({p for _k, p, _d in self.temuan()} & set(self.s.user))
		self.assertEqual(self.temuan(department=self.s.unit), set())

	def test_sql_count_does_not_grow_with_employees(self):
		def jumlah_sql():
			execute({"periode_kinerja": self.periode})
			with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
				execute({"periode_kinerja": self.periode})
			return sql.call_count

		sebelum = jumlah_sql()
		for i in range(4):
			pegawai = make_employee(
				f"Staf Tambahan Pantau {i}", department=self.s.bagian, reports_to=self.s.admin
			)
			make_rhk(make_skp(pegawai, self.periode), f"Pekerjaan tambahan {i}", self.rhk_admin)
		self.assertEqual(jumlah_sql(), sebelum)

	def test_check_ins_behind_and_without_evidence(self):
		"""Mid-April: January to March have ended. staf1 reported January and February without
		evidence; staf2 reported nothing."""
		from kinerja_asn.tests.utils import make_sub_periode

		bulan = [make_sub_periode(self.periode, "Bulanan", n) for n in (1, 2, 3)]
		skp1 = frappe.db.get_value("SKP", {"employee": self.s.staf1, "periode_kinerja": self.periode})
		for sub in bulan[:2]:
			# written as stored: the controller refuses check-ins for a year that has not begun
			frappe.get_doc(
				{
					"doctype": "Realisasi Kinerja",
					"name": f"REAL-UJI-{sub}",
					"skp": skp1,
					"employee": self.s.staf1,
					"periode_kinerja": self.periode,
					"sub_periode": sub,
				}
			).db_insert()
		with patch("kinerja_asn.services.pemantauan.today", return_value=f"{TAHUN}-04-15"):
			rows = execute({"periode_kinerja": self.periode, "department": self.s.unit})[1]
		pesan = {(r["kode"], r["pegawai"]): r["keterangan"] for r in rows}
		self.assertIn("1 dari 3", pesan[("realisasi_tertinggal", self.s.staf1)])
		self.assertIn("3 dari 3", pesan[("realisasi_tertinggal", self.s.staf2)])
		self.assertIn(("tanpa_bukti", self.s.staf1), pesan)
		self.assertNotIn(("tanpa_bukti", self.s.staf2), pesan)
