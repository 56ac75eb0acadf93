"""Credit points from final assessments, as the real users: the conversion and its ledger entry,
numbers kept as they were, an appeal that changes the predikat, opening balances, the report,
promotion, and who reads what."""

import shutil
from unittest.mock import patch

import frappe
from frappe.utils import set_request
from frappe.website.serve import get_response

from kinerja_asn.angka_kredit.report.akumulasi_angka_kredit import akumulasi_angka_kredit as laporan
from kinerja_asn.api import angka_kredit as api_ak
from kinerja_asn.api import penilaian as api
from kinerja_asn.api import portal as api_portal
from kinerja_asn.services.kunci import DokumenGanda
from kinerja_asn.tests.pelaksanaan import pengaturan
from kinerja_asn.tests.penilaian import SA, SB, SE, PenilaianTestCase, rhk_contoh
from kinerja_asn.tests.test_print_formats import pdf_tanpa_jaringan
from kinerja_asn.tests.utils import approve_skp, make_employee, make_rhk, make_skp


def konversi(penilaian: str, docstatus: int = 1) -> list:
	return frappe.get_all(
		"Konversi Angka Kredit",
		filters={"penilaian_kinerja": penilaian, "docstatus": docstatus},
		fields=["name", "angka_kredit", "koefisien", "persentase", "bulan", "predikat", "jenjang"],
	)


def entri_hidup(employee: str) -> list:
	return frappe.get_all(
		"Entri Angka Kredit",
		filters={"employee": employee, "dibatalkan": 0},
		fields=["name", "unsur", "angka_kredit", "koefisien", "predikat", "bulan", "jenjang"],
	)


class TestAngkaKredit(PenilaianTestCase):
	PREFIX = "Angka Kredit"

	def awal(self, employee: str, ak: float, jenjang: str = "Ahli Pertama") -> str:
		frappe.set_user(self.s.hr)
		doc = frappe.get_doc(
			{
				"doctype": "Angka Kredit Awal",
				"employee": employee,
				"jenjang": jenjang,
				"sumber": "AK Integrasi",
				"angka_kredit": ak,
				"tanggal": "2025-12-31",
				"nomor_sk": "800/PAK/2025",
				"tanggal_sk": "2025-12-31",
			}
		).insert()
		doc.submit()
		frappe.set_user("Administrator")
		return doc.name

	def test_a_year_sangat_baik_converts_to_18_75_and_a_later_master_edit_changes_nothing(self):
		p = self.final(self.skp2, SA, SA)
		self.assertEqual(p.predikat, "Sangat Baik")
		k = konversi(p.name)
		self.assertEqual(len(k), 1)
		self.assertEqual(
			(k[0].angka_kredit, k[0].koefisien, k[0].persentase, k[0].bulan), (18.75, 12.5, 150, 12)
		)
		self.assertEqual(
			[(e.unsur, e.angka_kredit, e.predikat) for e in entri_hidup(self.s.staf2)],
			[("Konversi", 18.75, "Sangat Baik")],
		)

		frappe.db.set_value("Jenjang Jabatan Fungsional", "Ahli Pertama", "koefisien", 99)
		self.assertEqual(frappe.db.get_value("Konversi Angka Kredit", k[0].name, "angka_kredit"), 18.75)
		self.assertEqual([e.angka_kredit for e in entri_hidup(self.s.staf2)], [18.75])
		# the same assessment is never converted twice
		frappe.set_user(self.s.hr)
		doc = frappe.get_doc({"doctype": "Konversi Angka Kredit", "penilaian_kinerja": p.name})
		self.assertRaises(DokumenGanda, doc.insert)

	def test_two_months_baik_converts_to_2_083(self):
		pegawai = make_employee(
			"Fungsional Dua Bulan AK",
			user="fungsional.duabulan.ak@example.com",
			department=self.s.bagian,
			reports_to=self.s.admin,
			jenis_jabatan="Fungsional",
			jenjang_jabatan_fungsional="Ahli Pertama",
		)
		skp = make_skp(pegawai, self.periode, tanggal_mulai="2026-11-01", tanggal_selesai="2026-12-31")
		for uraian, iki in rhk_contoh("AK Dua Bulan"):
			make_rhk(skp, uraian, iki=iki)
		approve_skp(skp)
		p = self.final(skp, SE, SE)
		self.assertEqual(p.predikat, "Baik")
		k = konversi(p.name)
		self.assertEqual((k[0].bulan, k[0].angka_kredit), (2, 2.083))

	def test_an_appeal_that_changes_the_predikat_leaves_one_live_conversion(self):
		p = self.final(self.skp2, SA, SA)
		lama = konversi(p.name)[0].name
		self.as_user(self.s.staf2)
		keberatan = api.ajukan_keberatan(p.name, "Capaian saya di atas ekspektasi pada semua RHK")
		frappe.set_user(frappe.db.get_value("Keberatan Penilaian Kinerja", keberatan, "user_pemutus"))
		api.putuskan_keberatan(keberatan, "Diubah", "Perilaku belum di atas ekspektasi", SA, SE)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", p.name, "predikat"), "Baik")
		hidup = konversi(p.name)
		self.assertEqual([(k.predikat, k.angka_kredit) for k in hidup], [("Baik", 12.5)])
		self.assertEqual(frappe.db.get_value("Konversi Angka Kredit", lama, "docstatus"), 2)
		self.assertEqual([e.angka_kredit for e in entri_hidup(self.s.staf2)], [12.5])
		semua = frappe.get_all("Entri Angka Kredit", filters={"employee": self.s.staf2}, pluck="angka_kredit")
		self.assertEqual(sorted(semua), [-18.75, 12.5, 18.75])  # the history stays, reversed

	def test_no_credit_points_for_an_official_who_is_not_functional(self):
		p = self.final(self.skp1, SE, SE)  # staf1 is a Pelaksana
		self.assertEqual(konversi(p.name), [])
		frappe.set_user(self.s.hr)
		doc = frappe.get_doc({"doctype": "Konversi Angka Kredit", "penilaian_kinerja": p.name})
		self.assertRaisesRegex(frappe.ValidationError, "pejabat fungsional", doc.insert)
		self.assertRaisesRegex(frappe.ValidationError, "pejabat fungsional", self.awal, self.s.staf1, 10)
		self.assertEqual(frappe.db.count("Entri Angka Kredit", {"employee": self.s.staf1}), 0)

	def test_nobody_writes_the_ledger_by_hand(self):
		p = self.final(self.skp2, SE, SE)
		name = entri_hidup(self.s.staf2)[0].name
		for user in (self.s.hr, "Administrator"):
			frappe.set_user(user)
			with self.subTest(user=user):
				doc = frappe.get_doc("Entri Angka Kredit", name)
				doc.angka_kredit = 999
				self.assertRaises(frappe.PermissionError, doc.save)
				self.assertRaises(frappe.PermissionError, frappe.delete_doc, "Entri Angka Kredit", name)
				baru = frappe.get_doc(
					{
						"doctype": "Entri Angka Kredit",
						"employee": self.s.staf2,
						"jenjang": "Ahli Pertama",
						"unsur": "Konversi",
						"angka_kredit": 50,
						"tanggal_mulai": "2026-01-01",
						"jenis_dokumen": "Penilaian Kinerja",
						"dokumen": p.name,
					}
				)
				self.assertRaises(frappe.PermissionError, baru.insert)
		frappe.set_user("Administrator")
		self.assertEqual([e.angka_kredit for e in entri_hidup(self.s.staf2)], [12.5])

	def test_report_lists_who_is_ready_and_a_promotion_restarts_the_count(self):
		self.awal(self.s.staf2, 40)
		self.final(self.skp2, SA, SA)
		_kolom, rows, _msg, grafik = laporan.execute({})
		baris = next(r for r in rows if r["employee"] == self.s.staf2)
		self.assertEqual((baris["ak_awal"], baris["ak_konversi"], baris["ak_jenjang"]), (40, 18.75, 58.75))
		self.assertEqual(
			(baris["layak_pangkat"], baris["layak_jenjang"]), (1, 0)
		)  # 50 for pangkat, 100 for jenjang
		self.assertEqual(baris["kurang_jenjang"], 41.25)
		self.assertIsNotNone(grafik)
		self.assertIn(self.s.staf2, [r["employee"] for r in laporan.execute({"hanya_layak": 1})[1]])
		frappe.db.set_value("Employee", self.s.staf2, "pangkat_golongan", "IX")  # a PPPK grade
		self.assertIn(self.s.staf2, [r["employee"] for r in laporan.execute({})[1]])

		frappe.db.set_value("Employee", self.s.staf2, "jenjang_jabatan_fungsional", "Ahli Muda")
		baris = next(r for r in laporan.execute({})[1] if r["employee"] == self.s.staf2)
		self.assertEqual(
			(baris["jenjang"], baris["ak_jenjang"], baris["ak_konversi"]), ("Ahli Muda", 0, 18.75)
		)

	def test_peers_read_nothing_assessors_and_hr_read(self):
		p = self.final(self.skp2, SB, SE)
		k = konversi(p.name)[0].name
		e = entri_hidup(self.s.staf2)[0].name
		for user, boleh in (
			(self.s.staf1, False),
			(self.s.admin, True),
			(self.s.staf2, True),
			(self.s.hr, True),
		):
			self.as_user(user)
			with self.subTest(user=user):
				self.assertEqual(bool(frappe.has_permission("Konversi Angka Kredit", "read", doc=k)), boleh)
				self.assertEqual(bool(frappe.has_permission("Entri Angka Kredit", "read", doc=e)), boleh)
				self.assertEqual(e in frappe.get_list("Entri Angka Kredit", pluck="name"), boleh)
				self.assertEqual(self.s.staf2 in [r["employee"] for r in laporan.execute({})[1]], boleh)
		self.as_user(self.s.staf2)
		self.assertFalse(frappe.has_permission("Konversi Angka Kredit", "write", doc=k))

	def test_the_pak_sums_the_term_and_the_jenjang_and_prints(self):
		self.awal(self.s.staf2, 40)
		self.final(self.skp2, SA, SA)
		frappe.set_user(self.s.hr)
		pak = frappe.get_doc(
			{
				"doctype": "Penetapan Angka Kredit",
				"employee": self.s.staf2,
				"nomor": "800/PAK/2026/001",
				"tanggal_penetapan": "2027-01-15",
				"tanggal_mulai": "2026-01-01",
				"tanggal_selesai": "2026-12-31",
				"pejabat_penetap": self.s.jpt,
			}
		).insert()
		pak.submit()
		self.assertEqual([(e.unsur, e.angka_kredit) for e in pak.entri], [("Konversi", 18.75)])
		self.assertEqual((pak.ak_periode, pak.ak_sebelumnya, pak.ak_kumulatif), (18.75, 40, 58.75))
		self.assertEqual((pak.layak_pangkat, pak.layak_jenjang, pak.kurang_jenjang), (1, 0, 41.25))
		lama = getattr(frappe.local, "request", None)
		set_request(
			method="POST", path="/printview"
		)  # the renderer needs a request; POST keeps no access log
		try:
			html = frappe.get_print("Penetapan Angka Kredit", pak.name, "Penetapan Angka Kredit")
		finally:
			frappe.local.request = lama
		for teks in ("PENETAPAN ANGKA KREDIT", "800/PAK/2026/001", "58,750", "Ahli Pertama"):
			self.assertIn(teks, html)
		if shutil.which("wkhtmltopdf"):  # the stylesheet inlined: no network for wkhtmltopdf here
			self.assertTrue(pdf_tanpa_jaringan(html).startswith(b"%PDF"))
		kedua = frappe.get_doc(
			{**pak.as_dict(), "name": None, "docstatus": 0, "amended_from": None, "entri": []}
		)
		self.assertRaises(DokumenGanda, kedua.insert)
		self.as_user(self.s.staf1)
		self.assertFalse(frappe.has_permission("Penetapan Angka Kredit", "read", doc=pak.name))
		self.as_user(self.s.staf2)
		self.assertTrue(frappe.has_permission("Penetapan Angka Kredit", "read", doc=pak.name))

	def test_the_report_runs_a_fixed_number_of_queries_whatever_the_size(self):
		def jumlah_sql() -> int:
			laporan.execute({})  # warm the caches
			with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
				_kolom, rows, *_ = laporan.execute({})
			return sql.call_count, len(rows)

		def tambah(n: int, awal: int):
			for i in range(awal, awal + n):
				e = make_employee(
					f"Fungsional Skala AK {i}",
					department=self.s.bagian,
					jenis_jabatan="Fungsional",
					jenjang_jabatan_fungsional="Ahli Pertama",
				)
				self.awal(e, 10 + i)

		tambah(3, 0)
		kecil, baris_kecil = jumlah_sql()
		tambah(12, 3)
		besar, baris_besar = jumlah_sql()
		print(
			f"\nAkumulasi Angka Kredit: {kecil} SQL for {baris_kecil} rows, {besar} SQL for {baris_besar} rows"
		)
		self.assertGreater(baris_besar, baris_kecil)
		self.assertEqual(kecil, besar)

	def test_angka_kredit_saya_on_the_portal(self):
		self.awal(self.s.staf2, 40)
		self.final(self.skp2, SA, SA)
		self.as_user(self.s.staf2)
		data = api_portal.angka_kredit_saya()
		self.assertTrue(data["fungsional"])
		self.assertEqual(data["ak_jenjang"], 58.75)
		self.assertTrue(data["pangkat"]["memenuhi"])
		self.assertEqual((data["jenjang"]["kurang"], round(data["jenjang"]["persen"], 2)), (41.25, 58.75))
		self.assertEqual([e.unsur for e in data["entri"]], ["Konversi", "Awal"])
		lama = getattr(frappe.local, "request", None)
		frappe.local.form_dict = frappe._dict()
		set_request(method="GET", path="/kinerja/angka_kredit")
		try:
			halaman = get_response("kinerja/angka_kredit")
		finally:
			frappe.local.request = lama  # a GET request left behind makes access logs commit
		self.assertEqual(halaman.status_code, 200)
		self.assertIn('id="ak-jenjang"', halaman.get_data(as_text=True))
		self.as_user(self.s.staf1)  # not a functional official
		self.assertFalse(api_portal.angka_kredit_saya()["fungsional"])

	def test_with_automatic_conversion_off_hr_converts_from_the_assessment(self):
		with pengaturan(konversi_angka_kredit_otomatis=0):
			p = self.final(self.skp2, SE, SE)
			self.assertEqual(konversi(p.name), [])
			self.as_user(self.s.staf2)
			self.assertRaises(frappe.PermissionError, api_ak.konversi_penilaian, p.name)
			frappe.set_user(self.s.hr)
			nama = api_ak.konversi_penilaian(p.name)
			self.assertEqual(api_ak.konversi_penilaian(p.name), nama)  # once
			self.assertEqual([k.angka_kredit for k in konversi(p.name)], [12.5])

	def test_a_promotion_mid_year_gives_one_entry_per_jenjang_and_restarts_the_count(self):
		promosi = frappe.get_doc(
			{
				"doctype": "Employee Promotion",
				"employee": self.s.staf2,
				"promotion_date": "2026-07-01",
				"promotion_details": [
					{
						"property": "Jenjang Jabatan Fungsional",
						"current": "Ahli Pertama",
						"new": "Ahli Muda",
						"fieldname": "jenjang_jabatan_fungsional",
					}
				],
			}
		)
		promosi.insert(ignore_permissions=True)
		promosi.submit()
		self.assertEqual(
			frappe.db.get_value("Employee", self.s.staf2, "jenjang_jabatan_fungsional"), "Ahli Muda"
		)
		p = self.final(self.skp2, SA, SA)
		k = frappe.get_doc("Konversi Angka Kredit", konversi(p.name)[0].name)
		self.assertEqual(
			[(s.jenjang, s.bulan, s.angka_kredit) for s in k.segmen],
			[("Ahli Pertama", 6, 9.375), ("Ahli Muda", 6, 18.75)],
		)
		self.assertEqual(k.angka_kredit, 28.125)
		self.assertEqual(
			sorted((e.jenjang, e.angka_kredit) for e in entri_hidup(self.s.staf2)),
			[("Ahli Muda", 18.75), ("Ahli Pertama", 9.375)],
		)
		baris = next(r for r in laporan.execute({})[1] if r["employee"] == self.s.staf2)
		self.assertEqual(
			(baris["jenjang"], baris["ak_jenjang"], baris["ak_konversi"]), ("Ahli Muda", 18.75, 28.125)
		)
