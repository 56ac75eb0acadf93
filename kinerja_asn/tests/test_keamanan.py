"""Security suite, as a logged-in peer would attack: the access table (owner, assessor, atasan, peer,
outsider, the leader above, HR, guest) × the app's documents and their files; each case of the
hardening issue replayed; and a fuzz of every whitelisted method of the app with malformed values,
each answered with 4xx (never 500) and leaving no row behind."""

from __future__ import annotations

import json
import os
import threading

from werkzeug.wrappers import Response

import frappe
from frappe.core.doctype.file.utils import find_file_by_url
from frappe.utils import set_request
from frappe.website.serve import get_response

from kinerja_asn.api import penilaian as api_penilaian
from kinerja_asn.api import realisasi as api
from kinerja_asn.domain.argumen import Angka, Bendera, Daftar, Nama, Peta, Pilihan, Tanggal, Teks
from kinerja_asn.perencanaan.report.pohon_kaskade_kinerja import pohon_kaskade_kinerja as laporan_kaskade
from kinerja_asn.services.berkas import tambah_header_keamanan
from kinerja_asn.tests.keamanan import doctype_aplikasi, hitung_baris, metode_aplikasi, panggil
from kinerja_asn.tests.pelaksanaan import PDF, PelaksanaanTestCase, pengaturan
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	approve_skp,
	make_department,
	make_employee,
	make_periode,
	make_perjanjian_kinerja,
	make_renstra,
	make_rhk,
	make_skp,
	make_skp_disetujui,
	make_struktur,
	make_sub_periode,
	make_user,
)

MARET = {"Jumlah laporan layanan": 2, "Indeks kepuasan layanan": 75, "Waktu penyelesaian": 5}
SKRIP = "<script>alert(1)</script>"


class TestKeamanan(PelaksanaanTestCase):
	PREFIX = "Keamanan"

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		s = cls.s
		frappe.set_user(s.user[s.staf1])
		doc = api.ambil_realisasi(cls.skp, cls.maret)
		baris = {r["uraian_iki"]: r["name"] for r in doc["rincian"]}
		api.simpan_realisasi(
			doc["name"], [{"name": baris[u], "realisasi": v} for u, v in MARET.items()], konfirmasi=1
		)
		cls.baris = baris
		from kinerja_asn.tests.pelaksanaan import permintaan_berkas

		with permintaan_berkas("laporan-rahasia.pdf", PDF + b"% milik staf satu\n"):
			cls.bukti = api.unggah_bukti(
				cls.rhk_layanan, cls.iki["Jumlah laporan layanan"], cls.maret, "Dokumen", "Laporan Maret"
			)
		cls.realisasi = api.ajukan_realisasi(doc["name"])["name"]
		cls.file_url = cls.bukti["berkas"]
		cls.file_row = frappe.db.get_value(
			"File", {"file_url": cls.file_url, "attached_to_doctype": "Bukti Dukung"}, "name"
		)
		frappe.set_user("Administrator")

		# the cascade above and beside: JPT → admin → staf2 (the peer, with an approved SKP of their own)
		cls.skp_jpt = make_skp(s.jpt, cls.periode)
		cls.rhk_jpt = make_rhk(cls.skp_jpt, "Layanan biro keamanan prima")
		approve_skp(cls.skp_jpt)
		cls.skp_admin = make_skp(s.admin, cls.periode)
		cls.rhk_admin = make_rhk(cls.skp_admin, "Layanan bagian keamanan tepat waktu", cls.rhk_jpt)
		approve_skp(cls.skp_admin)
		cls.skp_staf2 = make_skp(s.staf2, cls.periode)
		cls.rhk_staf2 = make_rhk(cls.skp_staf2, "Analisis keamanan tersusun", cls.rhk_admin)
		approve_skp(cls.skp_staf2)

		luar = make_department("Biro Luar Keamanan")
		cls.luar = make_employee("Luar Keamanan", user="luar.keamanan@example.com", department=luar)
		cls.tanpa_pegawai = make_user("tanpa.pegawai.keamanan@example.com", ("Employee",))

		frappe.set_user(s.user[s.admin])
		cls.umpan_balik = api.beri_umpan_balik(s.staf1, "Apresiasi", "Laporan Maret rapi")
		cls.penilaian = api_penilaian.buat_penilaian(cls.skp, cls.periode)
		frappe.set_user("Administrator")

		cls.pk_draf = make_perjanjian_kinerja(s.admin, cls.periode, ambil_target=False)
		cls.pk_final = make_perjanjian_kinerja(s.jpt, cls.periode, ambil_target=False)
		frappe.db.set_value("Perjanjian Kinerja", cls.pk_final, "docstatus", 1)  # signed
		cls.renstra = make_renstra(s.unit, 2025)
		cls.perilaku = frappe.get_all("Perilaku Kerja", pluck="name", limit=1)[0]

		cls.pengguna = {
			"pemilik": s.user[s.staf1],
			"penilai": s.user[s.admin],
			"atasan": s.user[s.jpt],
			"rekan": s.user[s.staf2],
			"pimpinan": s.user[s.pimpinan],
			"luar": "luar.keamanan@example.com",
			"hr": s.hr,
			"tamu": "Guest",
		}

	# The access table ---------------------------------------------------------------------------------

	def tabel_akses(self) -> list[tuple[str, str, set[str]]]:
		"""(doctype, name, who may read it); everyone else may not."""
		dinilai = {"pemilik", "penilai", "atasan", "hr"}
		return [
			("SKP", self.skp, dinilai),
			("Rencana Hasil Kerja", self.rhk_layanan, dinilai),
			("Realisasi Kinerja", self.realisasi, dinilai),
			("Bukti Dukung", self.bukti["name"], dinilai),
			("File", self.file_row, dinilai),
			("Umpan Balik Kinerja", self.umpan_balik, dinilai),
			("Penilaian Kinerja", self.penilaian, dinilai),
			("Perjanjian Kinerja", self.pk_draf, {"penilai", "atasan", "hr"}),
			(
				"Perjanjian Kinerja",
				self.pk_final,
				{"pemilik", "penilai", "atasan", "rekan", "pimpinan", "luar", "hr"},
			),
		]

	def _terdaftar(self, doctype: str, name: str) -> bool:
		try:
			return name in frappe.get_list(doctype, filters={"name": name}, pluck="name")
		except frappe.PermissionError:
			return False

	def _unduh(self) -> bool:
		"""What /private/files/... decides (frappe.utils.response.download_private_file) without its
		access log, which commits on a GET request."""
		if frappe.session.user == "Guest":
			return False
		return find_file_by_url(self.file_url) is not None

	def test_access_table_has_no_leak(self):
		"""Every (user, document, action): read, list, write, and the evidence file's download."""
		kasus, bocor, salah = 0, [], []
		for peran, user in self.pengguna.items():
			frappe.set_user(user)
			for doctype, name, pembaca in self.tabel_akses():
				boleh = peran in pembaca
				hasil = {
					"baca": bool(frappe.has_permission(doctype, "read", doc=name)),
					"daftar": self._terdaftar(doctype, name),
				}
				if peran in ("rekan", "luar", "pimpinan", "tamu"):
					hasil["tulis"] = bool(frappe.has_permission(doctype, "write", doc=name))
				if doctype == "File":
					hasil["unduh"] = self._unduh()
				for aksi, nilai in hasil.items():
					kasus += 1
					harap = boleh and aksi != "tulis"
					if nilai and not harap:
						bocor.append((peran, doctype, name, aksi))
					elif nilai != harap:
						salah.append((peran, doctype, name, aksi))
		frappe.set_user("Administrator")
		print(f"\naccess table: {kasus} cases, {len(bocor)} leaks, {len(salah)} refused wrongly")
		self.assertEqual(bocor, [])
		self.assertEqual(salah, [])
		self.assertGreaterEqual(kasus, 150)

	# 1. Evidence files ---------------------------------------------------------------------------------

	def test_1_evidence_file_is_listed_only_for_its_readers(self):
		frappe.set_user(self.pengguna["rekan"])
		urls = frappe.get_list(
			"File", filters={"attached_to_doctype": "Bukti Dukung"}, pluck="file_url", limit_page_length=0
		)
		self.assertNotIn(self.file_url, urls)
		frappe.set_user(self.pengguna["penilai"])
		self.assertIn(
			self.file_url,
			frappe.get_list("File", filters={"attached_to_doctype": "Bukti Dukung"}, pluck="file_url"),
		)

	def test_1_a_second_file_row_is_no_key_to_someone_elses_file(self):
		sebelum = frappe.db.count("File", {"file_url": self.file_url})
		frappe.set_user(self.pengguna["rekan"])
		for isi in (
			{"file_url": self.file_url, "is_private": 1, "file_name": "curian.pdf"},
			{
				"file_url": self.file_url,
				"is_private": 1,
				"attached_to_doctype": "SKP",
				"attached_to_name": self.skp_staf2,
			},
		):
			with self.subTest(isi=isi):
				self.assertRaises(frappe.PermissionError, frappe.get_doc({"doctype": "File", **isi}).insert)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.count("File", {"file_url": self.file_url}), sebelum)

	def test_1_an_old_stolen_row_does_not_open_the_file(self):
		"""A row made before the guard (written straight to the table) still downloads nothing."""
		curian = frappe.get_doc(
			{"doctype": "File", "file_url": self.file_url, "is_private": 1, "file_name": "curian.pdf"}
		)
		curian.owner = self.pengguna["rekan"]
		curian.set_new_name()
		curian.db_insert()
		frappe.set_user(self.pengguna["rekan"])
		self.assertFalse(self._unduh())
		self.assertFalse(frappe.has_permission("File", "read", doc=curian.name))

	def test_1_evidence_cannot_point_to_someone_elses_file(self):
		sebelum = frappe.db.count("Bukti Dukung")
		frappe.set_user(self.pengguna["rekan"])
		bukti = frappe.get_doc(
			{
				"doctype": "Bukti Dukung",
				"rhk": self.rhk_staf2,
				"sub_periode": self.maret,
				"jenis": "Dokumen",
				"keterangan": "Bukan milik saya",
				"berkas": self.file_url,
			}
		)
		self.assertRaises(frappe.PermissionError, bukti.insert)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.count("Bukti Dukung"), sebelum)

	# 2. Portal: no script, no traceback ------------------------------------------------------------------

	def _halaman(self, path: str, **query) -> Response:
		lama = getattr(frappe.local, "request", None)
		frappe.local.form_dict = frappe._dict(query)
		set_request(method="GET", path=path, query_string=query)
		try:
			return get_response(path.strip("/"))
		finally:
			frappe.local.request = lama  # a GET request left behind makes access logs commit

	def test_2_portal_escapes_parameters_and_hides_tracebacks(self):
		frappe.set_user(self.pengguna["pemilik"])
		for path, query in (
			("/kinerja", {"skp": SKRIP}),
			("/kinerja/realisasi", {"skp": SKRIP}),
			("/kinerja/realisasi", {"sub_periode": "zzz"}),
			("/kinerja/realisasi", {"skp": self.skp_staf2}),
		):
			with self.subTest(path=path, query=query):
				response = self._halaman(path, **query)
				isi = response.get_data(as_text=True)
				self.assertNotIn(SKRIP, isi)
				self.assertNotIn("Traceback", isi)
				self.assertIn('id="kinerja-galat"', isi)
				self.assertNotIn("&amp;lt;", isi)  # escaped once: the reader sees the text they sent
				if query.get("skp") == SKRIP:
					self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", isi)
				self.assertGreaterEqual(response.status_code, 400)
				self.assertLess(response.status_code, 500)

	# 4. A number in a Link field --------------------------------------------------------------------------

	def test_3_a_missing_argument_is_a_clear_refusal(self):
		frappe.set_user(self.pengguna["pemilik"])
		status, galat = panggil(
			"kinerja_asn.api.realisasi.unggah_bukti",
			{"rhk": self.rhk_layanan, "sub_periode": self.april, "jenis": "Tautan", "keterangan": "x"},
		)
		self.assertEqual(status, 417, galat)  # no tautan
		status, galat = panggil("kinerja_asn.api.realisasi.verifikasi_realisasi", {"name": self.realisasi})
		self.assertEqual(status, 417, galat)
		self.assertIn("keputusan", str(galat))

	def test_4_a_number_never_reaches_a_record(self):
		sebelum = frappe.db.count("Umpan Balik Kinerja")
		frappe.set_user(self.pengguna["rekan"])
		status, _ = panggil(
			"kinerja_asn.api.realisasi.beri_umpan_balik",
			{"kepada": float("inf"), "jenis": "Apresiasi", "isi": "x"},
		)
		self.assertEqual(status, 417)
		status, _ = panggil(
			"frappe.client.insert",
			{
				"doc": {
					"doctype": "Umpan Balik Kinerja",
					"kepada": float("inf"),
					"jenis": "Apresiasi",
					"isi": "x",
				}
			},
		)
		self.assertEqual(status, 417)
		status, _ = panggil(
			"kinerja_asn.api.laporan.laporkan_pejabat_penilai",
			{"keterangan": "salah", "pejabat_penilai_seharusnya": 0},
		)
		self.assertEqual(status, 417)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.count("Umpan Balik Kinerja"), sebelum)

	# 5. One check-in per SKP and sub-period -------------------------------------------------------------

	def test_5_get_opens_nothing(self):
		frappe.set_user(self.pengguna["pemilik"])
		status, _ = panggil(
			"kinerja_asn.api.realisasi.ambil_realisasi", {"skp": self.skp, "sub_periode": self.april}, "GET"
		)
		self.assertEqual(status, 403)
		frappe.set_user("Administrator")
		self.assertFalse(frappe.db.exists("Realisasi Kinerja", {"skp": self.skp, "sub_periode": self.april}))

	# 6. Content against extension, nosniff ---------------------------------------------------------------

	def test_6_html_named_pdf_is_refused_and_nothing_is_kept(self):
		folder = frappe.get_site_path("private", "files")
		berkas_sebelum = set(os.listdir(folder))
		baris_sebelum = (frappe.db.count("File"), frappe.db.count("Bukti Dukung"))
		frappe.set_user(self.pengguna["pemilik"])
		status, galat = panggil(
			"kinerja_asn.api.realisasi.unggah_bukti",
			{
				"rhk": self.rhk_layanan,
				"sub_periode": self.april,
				"jenis": "Dokumen",
				"keterangan": "Laporan",
			},
			berkas=("laporan.pdf", b"<html><script>alert(1)</script></html>"),
		)
		self.assertEqual(status, 417, galat)
		frappe.set_user("Administrator")
		self.assertEqual((frappe.db.count("File"), frappe.db.count("Bukti Dukung")), baris_sebelum)
		self.assertEqual(set(os.listdir(folder)), berkas_sebelum)

	def test_6_responses_say_nosniff(self):
		self.assertIn("kinerja_asn.services.berkas.tambah_header_keamanan", frappe.get_hooks("after_request"))
		response = Response("x")
		tambah_header_keamanan(response=response)
		self.assertEqual(response.headers["X-Content-Type-Options"], "nosniff")

	# 7. The cascade report shows what the form lets one read -----------------------------------------------

	def test_7_cascade_report_agrees_with_the_rhk_read_rule(self):
		skp_disetujui = frappe.get_all(
			"SKP", filters={"periode_kinerja": self.periode, "status": "Disetujui"}, pluck="name"
		)
		for peran in ("pemilik", "penilai", "atasan", "rekan", "pimpinan", "luar"):
			frappe.set_user(self.pengguna[peran])
			_, rows = laporan_kaskade.execute({"periode_kinerja": self.periode})
			dilaporkan = {r["dokumen"] for r in rows if r.get("doctype") == "Rencana Hasil Kerja"}
			terbaca = set(
				frappe.get_list(
					"Rencana Hasil Kerja",
					filters={"skp": ("in", skp_disetujui)},
					pluck="name",
					limit_page_length=0,
				)
			)
			with self.subTest(peran=peran):
				self.assertEqual(dilaporkan, terbaca)
		frappe.set_user(self.pengguna["rekan"])
		_, rows = laporan_kaskade.execute({"periode_kinerja": self.periode})
		self.assertNotIn(self.rhk_layanan, {r.get("dokumen") for r in rows})
		self.assertIn(self.rhk_admin, {r.get("dokumen") for r in rows})  # the leader RHK one intervenes

	# 8. Perjanjian Kinerja --------------------------------------------------------------------------------

	def test_8_signed_agreements_open_only_by_the_setting(self):
		frappe.set_user(self.pengguna["rekan"])
		self.assertTrue(frappe.has_permission("Perjanjian Kinerja", "read", doc=self.pk_final))
		self.assertFalse(frappe.has_permission("Perjanjian Kinerja", "read", doc=self.pk_draf))
		frappe.set_user("Administrator")
		with pengaturan(perjanjian_kinerja_terbuka=0):
			frappe.set_user(self.pengguna["rekan"])
			self.assertFalse(frappe.has_permission("Perjanjian Kinerja", "read", doc=self.pk_final))
			self.assertNotIn(self.pk_final, frappe.get_list("Perjanjian Kinerja", pluck="name"))
			frappe.set_user(self.pengguna["atasan"])
			self.assertTrue(frappe.has_permission("Perjanjian Kinerja", "read", doc=self.pk_final))

	# 3. The fuzz: every whitelisted method, malformed values of each type --------------------------------

	def kasus_dasar(self) -> dict[str, tuple[str, dict, tuple | None]]:
		"""Per method: (acting user, valid arguments, (doctype, name) for a controller method)."""
		s, periode = self.s, self.periode
		a, p, r = "kinerja_asn.api.", "kinerja_asn.api.penilaian.", "kinerja_asn.api.realisasi."
		baris = self.baris["Jumlah laporan layanan"]
		return {
			a + "skp.buat_skp_massal": (
				"hr",
				{"periode_kinerja": periode, "department": s.bagian, "termasuk_sub_unit": 1},
				None,
			),
			a + "skp.pratinjau_skp_massal": (
				"hr",
				{"periode_kinerja": periode, "department": s.bagian, "termasuk_sub_unit": 1},
				None,
			),
			a + "penilaian_massal.pratinjau_penilaian_massal": (
				"hr",
				{"periode": periode, "department": s.bagian, "termasuk_sub_unit": 1},
				None,
			),
			a + "penilaian_massal.buat_penilaian_massal": (
				"hr",
				{"periode": periode, "department": s.bagian, "termasuk_sub_unit": 1},
				None,
			),
			a + "periode.periode_berjalan": (
				"pemilik",
				{"company": frappe.db.get_value("Periode Kinerja", periode, "company")},
				None,
			),
			a + "skp.turunkan_ke_bawahan": (
				"penilai",
				{"skp": self.skp_admin, "jenis_kaskade": "Langsung"},
				None,
			),
			a + "skp.rhk_skp": ("pemilik", {"skp": self.skp}, None),
			a + "skp.buat_revisi": ("pemilik", {"skp": self.skp, "alasan": "Perubahan sasaran"}, None),
			a + "skp.mutasi": ("hr", {"skp": self.skp, "tanggal": "2026-06-30", "alasan": "Mutasi"}, None),
			a + "skp.simpan_catatan_pengembalian": (
				"penilai",
				{"skp": self.skp, "catatan": "Perbaiki"},
				None,
			),
			a + "skp.buat_skp_dari_pk": ("hr", {"perjanjian_kinerja": self.pk_draf}, None),
			a + "portal.kinerja_saya": ("pemilik", {"skp": self.skp}, None),
			a + "angka_kredit.ajukan_usulan": ("pemilik", {"name": "DUPAK-TIDAK-ADA"}, None),
			a + "angka_kredit.konversi_penilaian": ("hr", {"penilaian": self.penilaian}, None),
			a + "angka_kredit.bukti_bertanda": ("rekan", {}, None),
			a + "dasbor.skp_menunggu_saya": ("penilai", {"filters": []}, None),
			a + "dasbor.realisasi_menunggu_saya": ("penilai", {"filters": []}, None),
			a + "dasbor.bukti_menunggu_saya": ("penilai", {"filters": []}, None),
			a + "dasbor.tim_tanpa_skp_disetujui": ("penilai", {"filters": []}, None),
			a + "dasbor.pegawai_tanpa_skp_disetujui": ("hr", {"filters": []}, None),
			a + "dasbor.jumlah_free_rider": ("hr", {"filters": []}, None),
			a + "dasbor.unit_melanggar_kurva": ("hr", {"filters": []}, None),
			a + "dasbor.capaian_iku": (
				"pemilik",
				{"chart_name": "Capaian IKU Tahun Berjalan", "filters": {"periode_kinerja": periode}},
				None,
			),
			a + "portal.realisasi_saya": ("pemilik", {"skp": self.skp, "sub_periode": self.maret}, None),
			a + "portal.bukti_saya": ("pemilik", {"skp": self.skp, "sub_periode": self.maret}, None),
			a + "portal.tim_saya": ("penilai", {}, None),
			a + "portal.angka_kredit_saya": ("rekan", {}, None),
			a + "portal.penilaian_saya": ("pemilik", {}, None),
			a + "portal.penilaian_tim": ("penilai", {}, None),
			p + "nilai_penilaian": (
				"penilai",
				{
					"penilaian": self.penilaian,
					"tindakan": "simpan",
					"rating_hasil_kerja": "Sesuai Ekspektasi",
				},
				None,
			),
			p + "buat_penilaian": ("penilai", {"skp": self.skp, "periode": periode}, None),
			p + "kuota_distribusi": ("penilai", {"penilaian": self.penilaian}, None),
			a + "kalibrasi.papan": ("penilai", {"unit": s.bagian, "periode": periode}, None),
			a + "kalibrasi.simpan": (
				"penilai",
				{
					"unit": s.bagian,
					"periode": periode,
					"perubahan": [
						{
							"penilaian": self.penilaian,
							"rating_hasil_kerja": "Sesuai Ekspektasi",
							"rating_perilaku_kerja": "Sesuai Ekspektasi",
						}
					],
				},
				None,
			),
			a + "kalibrasi.tetapkan": ("hr", {"unit": s.bagian, "periode": periode}, None),
			p + "akui_penilaian": ("pemilik", {"penilaian": self.penilaian}, None),
			p + "ajukan_keberatan": (
				"pemilik",
				{"penilaian": self.penilaian, "alasan": "Tidak sesuai"},
				None,
			),
			p + "dapat_mengajukan_keberatan": ("pemilik", {"penilaian": self.penilaian}, None),
			p + "putuskan_keberatan": (
				"atasan",
				{
					"keberatan": "KEBERATAN-TIDAK-ADA",
					"keputusan": "Ditolak",
					"pertimbangan": "Sudah sesuai",
					"rating_hasil_kerja": "Sesuai Ekspektasi",
					"rating_perilaku_kerja": "Sesuai Ekspektasi",
					"nilai_akhir": 80,
				},
				None,
			),
			p + "beri_masukan_perilaku": (
				"rekan",
				{
					"penilaian": self.penilaian,
					"rincian": [{"perilaku_kerja": self.perilaku, "rating": "Sesuai Ekspektasi"}],
				},
				None,
			),
			a + "laporan.laporkan_pejabat_penilai": (
				"pemilik",
				{"keterangan": "Salah penilai", "pejabat_penilai_seharusnya": s.jpt, "skp": self.skp},
				None,
			),
			r + "ambil_realisasi": ("pemilik", {"skp": self.skp, "sub_periode": self.april}, None),
			r + "simpan_realisasi": (
				"pemilik",
				{"name": self.realisasi, "rincian": [{"name": baris, "realisasi": 1}]},
				None,
			),
			r + "ajukan_realisasi": ("pemilik", {"name": self.realisasi}, None),
			r + "verifikasi_realisasi": (
				"penilai",
				{
					"name": self.realisasi,
					"keputusan": "Revisi",
					"catatan": "Lengkapi",
					"umpan_balik": {baris: "x"},
				},
				None,
			),
			r + "simpan_catatan_revisi": ("penilai", {"name": self.realisasi, "catatan": "Lengkapi"}, None),
			r + "verifikasi_realisasi_massal": ("penilai", {"names": [self.realisasi]}, None),
			r + "unggah_bukti": (
				"pemilik",
				{
					"rhk": self.rhk_layanan,
					"iki": self.iki["Jumlah laporan layanan"],
					"sub_periode": self.april,
					"jenis": "Tautan",
					"keterangan": "Tautan laporan",
					"tautan": "https://contoh.go.id/laporan",
				},
				None,
			),
			r + "hapus_bukti": ("pemilik", {"name": self.bukti["name"]}, None),
			r + "verifikasi_bukti": (
				"penilai",
				{"name": self.bukti["name"], "status": "Ditolak", "alasan": "Buram"},
				None,
			),
			r + "beri_umpan_balik": (
				"penilai",
				{
					"kepada": s.staf1,
					"jenis": "Apresiasi",
					"isi": "Bagus",
					"skp": self.skp,
					"rhk": self.rhk_layanan,
					"perilaku_kerja": self.perilaku,
				},
				None,
			),
			"kinerja_asn.kinerja_asn.doctype.pengaturan_kinerja.pengaturan_kinerja.PengaturanKinerja.kembalikan_bawaan": (
				"hr",
				{"tabel": "matriks_predikat"},
				("Pengaturan Kinerja", "Pengaturan Kinerja"),
			),
			"kinerja_asn.kinerja_asn.doctype.periode_kinerja.periode_kinerja.PeriodeKinerja.buat_sub_periode": (
				"hr",
				{"jenis": "Bulanan"},
				("Periode Kinerja", periode),
			),
			"kinerja_asn.perencanaan.doctype.renstra.renstra.Renstra.buat_revisi": (
				"hr",
				{"alasan": "Revisi", "salin_sasaran": 1},
				("Renstra", self.renstra),
			),
			"kinerja_asn.perencanaan.doctype.perjanjian_kinerja.perjanjian_kinerja.PerjanjianKinerja.ambil_target_indikator": (
				"hr",
				{},
				("Perjanjian Kinerja", self.pk_draf),
			),
			"kinerja_asn.perencanaan.doctype.rencana_hasil_kerja.rencana_hasil_kerja.RencanaHasilKerja.tautkan_saran": (
				"pemilik",
				{},
				("Rencana Hasil Kerja", self.rhk_layanan),
			),
			"kinerja_asn.perencanaan.doctype.sasaran_strategis.sasaran_strategis.get_children": (
				"hr",
				{"doctype": "Sasaran Strategis", "parent": "", "is_root": 1, "renstra": self.renstra},
				None,
			),
			"kinerja_asn.perencanaan.doctype.sasaran_strategis.sasaran_strategis.add_tree_node": (
				"hr",
				{"kode": "FZ1", "uraian": "Sasaran uji", "renstra": self.renstra, "tingkat": "Tujuan"},
				None,
			),
		}

	def test_3_fuzz_every_whitelisted_method(self):
		metode = metode_aplikasi()
		dasar = self.kasus_dasar()
		self.assertEqual(sorted(set(metode) - set(dasar)), [], "whitelisted methods without fuzz cases")
		doctypes = doctype_aplikasi()
		laporan, jumlah = [], {}
		for jalur, fn in sorted(metode.items()):
			peran, args, dokumen = dasar[jalur]
			kasus = _kasus_buruk(fn, args, peran)
			jumlah[jalur] = len(kasus)
			for label, user, nilai, http in kasus:
				frappe.set_user(self.pengguna.get(user, user))
				sebelum = hitung_baris(doctypes)
				if dokumen:
					status, hasil = panggil(
						"run_doc_method",
						{
							"dt": dokumen[0],
							"dn": dokumen[1],
							"method": fn.__name__,
							"args": json.dumps(nilai),
						},
						http,
					)
				else:
					status, hasil = panggil(jalur, nilai, http)
				tersisa = {} if status >= 400 else _selisih(sebelum, hitung_baris(doctypes))
				if status >= 500 or tersisa:
					laporan.append((jalur, label, status, repr(hasil)[:200], tersisa))
		frappe.set_user("Administrator")
		print(
			f"\nfuzz: {len(metode)} methods, {sum(jumlah.values())} malformed calls, {len(laporan)} failures"
		)
		self.assertEqual(laporan, [])
		self.assertTrue(all(n >= 10 for n in jumlah.values()), jumlah)

	def test_3_fuzz_every_report_filter(self):
		"""The app's Script Reports through frappe.desk.query_report.run with each filter malformed."""
		from frappe.modules import scrub

		modules = frappe.get_all("Module Def", filters={"app_name": "kinerja_asn"}, pluck="name")
		reports = frappe.get_all(
			"Report",
			filters={"module": ("in", modules), "report_type": "Script Report"},
			fields=["name", "module"],
		)
		self.assertGreaterEqual(len(reports), 4)
		doctypes = doctype_aplikasi()
		frappe.set_user(self.pengguna["hr"])
		gagal, jumlah = [], 0
		for r in reports:
			laporan = scrub(r.name)
			spek = frappe.get_attr(f"kinerja_asn.{scrub(r.module)}.report.{laporan}.{laporan}.FILTER")
			# (filters that are not an object fail in Frappe's Report.execute_module before any app code)
			kasus = []
			for kunci, spec in spek.items():
				kasus += [(f"{kunci}#{i}", {kunci: v}) for i, v in enumerate(_salah_untuk(spec))]
			for label, filters in kasus:
				jumlah += 1
				sebelum = hitung_baris(doctypes)
				status, hasil = panggil(
					"frappe.desk.query_report.run",
					{"report_name": r.name, "filters": json.dumps(filters)},
					"GET",
				)
				tersisa = {} if status >= 400 else _selisih(sebelum, hitung_baris(doctypes))
				if status >= 500 or tersisa:
					gagal.append((r.name, label, status, repr(hasil)[:200], tersisa))
		frappe.set_user("Administrator")
		print(f"\nreport fuzz: {len(reports)} reports, {jumlah} malformed filters, {len(gagal)} failures")
		self.assertEqual(gagal, [])


def _selisih(sebelum: dict, sesudah: dict) -> dict:
	return {k: sesudah[k] - v for k, v in sebelum.items() if sesudah[k] != v}


def _salah_untuk(spec) -> list:
	"""Malformed values for one argument, by what it takes."""
	umum = [float("inf"), {"a": 1}, [1, 2], True]
	if isinstance(spec, Nama):
		return [*umum, 12, "x" * 200_000, "a\x00b", SKRIP, "TIDAK-ADA-99999", *([None] if spec.wajib else [])]
	if isinstance(spec, Teks):
		return [*umum, 12, "x" * (spec.maks + 1), "a\x00b", *(["", None] if spec.wajib else [])]
	if isinstance(spec, Pilihan):
		return [*umum, 12, "bukan pilihan", "x" * 200_000]
	if isinstance(spec, Angka):
		return [*umum, "1e400", "abc", spec.maksimum + 1, float("nan")]
	if isinstance(spec, Bendera):
		return [float("inf"), {"a": 1}, [1], "ya", 2]
	if isinstance(spec, Tanggal):
		return [*umum, "zzz", "2026-02-30", 20260101]
	if isinstance(spec, Daftar):
		return [
			float("inf"),
			{"a": 1},
			5,
			"{",
			"[1]",
			'[{"tidak_dikenal": 1}]',
			"x" * 2_000_000,
			[{"name": float("inf")}],
		]
	if isinstance(spec, Peta):
		return [float("inf"), [1], 5, "[]", "x", '{"a": 1}']
	return [*umum, "x" * 200_000]


def _kasus_buruk(fn, args: dict, peran: str) -> list[tuple[str, str, dict, str]]:
	"""(label, user, arguments, HTTP method): one argument malformed at a time, the method by GET
	when it only takes POST, as a guest and as a user without an employee."""
	spek = getattr(fn, "spesifikasi_argumen", None)
	assert spek is not None, f"{fn.__qualname__} has no argument specs"
	hasil = []
	for nama, spec in spek.items():
		for i, nilai in enumerate(_salah_untuk(spec)):
			hasil.append((f"{nama}#{i}", peran, {**args, nama: nilai}, "POST"))
		if getattr(spec, "wajib", False):
			tanpa = {k: v for k, v in args.items() if k != nama}
			hasil.append((f"{nama} hilang", peran, tanpa, "POST"))
	metode = frappe.allowed_http_methods_for_whitelisted_func.get(fn, [])
	if "GET" not in metode:
		hasil.append(("GET", peran, args, "GET"))
	hasil.append(("tamu", "Guest", args, "POST"))
	hasil.append(("tanpa pegawai", "tanpa.pegawai.keamanan@example.com", args, "POST"))
	while len(hasil) < 10:  # methods without arguments: junk the method ignores, as other users
		n = len(hasil)
		hasil.append(
			(f"lain#{n}", ("rekan", "luar", "pimpinan")[n % 3], {**args, f"x{n}": float("inf")}, "POST")
		)
	return hasil


class TestBalapanRealisasi(KinerjaTestCase):
	"""Two requests at once open one check-in: run on committed data in two threads. The small
	fixture (a unit, an approved SKP, the months) is committed once and reused by later runs; the
	check-ins the test makes are removed again."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("Balapan")
		cls.periode = make_periode(2026)
		cls.april = make_sub_periode(cls.periode, "Bulanan", 4)
		cls.skp = frappe.db.get_value(
			"SKP", {"employee": cls.s.staf1, "periode_kinerja": cls.periode, "status": "Disetujui"}
		)
		if not cls.skp:
			iki = [
				{"uraian": "Jumlah laporan balapan", "aspek": "Kuantitas", "target": 12, "satuan": "laporan"}
			]
			cls.skp, _rhk = make_skp_disetujui(cls.s.staf1, cls.periode, [("Layanan balapan", iki)])

	def tearDown(self):
		frappe.db.savepoint("kinerja_test")  # the commits below ended the one setUp made
		super().tearDown()

	def test_5_two_simultaneous_openings_leave_one_check_in(self):
		frappe.db.commit()  # the fixture must be visible to the other connections
		site, sites_path = frappe.local.site, frappe.local.sites_path
		user = self.s.user[self.s.staf1]
		hasil, halangan = [], threading.Barrier(2)

		def buka():
			frappe.init(site=site, sites_path=sites_path)
			frappe.connect()
			try:
				frappe.set_user(user)
				halangan.wait(timeout=30)
				nama = api.ambil_realisasi(self.skp, self.april)["name"]
				frappe.db.commit()
				hasil.append(nama)
			except Exception as e:
				frappe.db.rollback()
				hasil.append(e)
			finally:
				frappe.destroy()

		utas = [threading.Thread(target=buka) for _ in range(2)]
		try:
			for t in utas:
				t.start()
			for t in utas:
				t.join(timeout=120)
			frappe.db.rollback()  # a fresh snapshot
			terbuat = frappe.get_all(
				"Realisasi Kinerja", filters={"skp": self.skp, "sub_periode": self.april}, pluck="name"
			)
			self.assertEqual(len(terbuat), 1, hasil)
			self.assertEqual(hasil, [terbuat[0], terbuat[0]])
		finally:
			for nama in frappe.get_all(
				"Realisasi Kinerja", filters={"skp": self.skp, "sub_periode": self.april}, pluck="name"
			):
				frappe.delete_doc("Realisasi Kinerja", nama, ignore_permissions=True, force=True)
			frappe.db.commit()
