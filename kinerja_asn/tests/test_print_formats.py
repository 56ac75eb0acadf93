"""Print formats SKP and Dokumen Evaluasi Kinerja (annexes of PermenPAN-RB 6/2022) rendered for a
generated employee whose SKP and assessment an acting official (Plt.) approved: the headings and
values in the HTML, and A4 PDF pages when wkhtmltopdf is installed."""

from __future__ import annotations

import io
import os
import re
import shutil

import frappe
from frappe.model.workflow import apply_workflow

from kinerja_asn.api import penilaian as api_penilaian
from kinerja_asn.api import realisasi as api_realisasi
from kinerja_asn.kinerja_asn.doctype.penugasan_plt_plh.test_penugasan_plt_plh import make_penugasan
from kinerja_asn.penilaian.doctype.predikat_kinerja_organisasi.test_predikat_kinerja_organisasi import (
	make_predikat_organisasi,
)
from kinerja_asn.tests.pelaksanaan import PDF, permintaan_berkas
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	approve_skp,
	make_employee,
	make_nip,
	make_periode,
	make_rhk,
	make_skp,
	make_skp_disetujui,
	make_struktur,
	make_sub_periode,
)

SE = "Sesuai Ekspektasi"
SA = "Di Atas Ekspektasi"
JUDUL_SKP = (
	"SASARAN KINERJA PEGAWAI",
	"PENDEKATAN HASIL KERJA KUANTITATIF",
	"BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
	"PERIODE PENILAIAN: 1 JANUARI 2026 S.D. 31 DESEMBER 2026",
	"PEGAWAI YANG DINILAI",
	"PEJABAT PENILAI KINERJA",
	"ATASAN PEJABAT PENILAI KINERJA",
	"HASIL KERJA",
	"RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
	"ASPEK",
	"INDIKATOR KINERJA INDIVIDU",
	"TARGET",
	"A. KINERJA UTAMA",
	"B. KINERJA TAMBAHAN",
	"PERILAKU KERJA",
	"EKSPEKTASI KHUSUS PIMPINAN",
	"LAMPIRAN SASARAN KINERJA PEGAWAI",
	"DUKUNGAN SUMBER DAYA",
	"SKEMA PERTANGGUNGJAWABAN",
	"KONSEKUENSI",
	"Pegawai yang Dinilai",
)
JUDUL_EVALUASI = (
	"DOKUMEN EVALUASI KINERJA PEGAWAI",
	"PERIODE: AKHIR TAHUN 2026",
	"PERIODE PENILAIAN: 1 JANUARI 2026 S.D. 31 DESEMBER 2026",
	"CAPAIAN KINERJA ORGANISASI",
	"POLA DISTRIBUSI",
	"HASIL KERJA",
	"REALISASI BERDASARKAN BUKTI DUKUNG",
	"UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
	"A. KINERJA UTAMA",
	"B. KINERJA TAMBAHAN",
	"RATING HASIL KERJA",
	"PERILAKU KERJA",
	"RATING PERILAKU KERJA",
	"PREDIKAT KINERJA PEGAWAI",
)


def buat_skenario(prefix: str = "Cetak") -> frappe._dict:
	"""An employee of a unit whose Pejabat Penilai is absent, with a Plt. acting for them: an SKP
	(two RHK, one intervening the leader's approved RHK, a range target, ekspektasi khusus, lampiran) approved
	by the Plt., a verified March check-in with evidence and feedback, the unit's organisation
	predikat, and the annual assessment rated and set final by the Plt."""
	s = make_struktur(prefix)
	slug = prefix.lower().replace(" ", "")
	plt = make_employee(
		f"Pelaksana Tugas {prefix}", user=f"plt.{slug}@example.com", jenis_jabatan="Administrator"
	)
	for i, (employee, jabatan) in enumerate(
		(
			(s.staf1, "Analis Layanan"),
			(s.admin, "Kepala Bagian Layanan"),
			(s.jpt, "Kepala Biro"),
			(plt, "Kepala Subbagian Layanan"),
		)
	):
		if not frappe.db.get_value("Employee", employee, "nip"):
			frappe.db.set_value("Employee", employee, "nip", make_nip(1971 + i))
		frappe.db.set_value("Employee", employee, "designation", _jabatan(jabatan))
	frappe.db.set_value("Department", s.bagian, "kepala_unit", s.admin)
	periode = make_periode(2026)
	maret = make_sub_periode(periode, "Bulanan", 3)
	skp_pimpinan = make_skp(s.admin, periode)
	rhk_pimpinan = make_rhk(skp_pimpinan, f"Layanan Bagian {prefix} makin cepat")
	approve_skp(skp_pimpinan)

	skp = make_skp(
		s.staf1,
		periode,
		dukungan_sumber_daya="<p>Aplikasi layanan dan anggaran kegiatan bagian.</p>",
		skema_pertanggungjawaban="<p>Laporan bulanan kepada Kepala Bagian.</p>",
		konsekuensi="<p>Capaian menjadi dasar tunjangan kinerja.</p>",
	)
	doc = frappe.get_doc("SKP", skp)
	doc.perilaku_kerja[0].ekspektasi_khusus = "Menjawab setiap permintaan layanan dalam satu hari kerja"
	doc.save()
	rhk_utama = make_rhk(
		skp,
		f"Laporan layanan {prefix} tersusun tepat waktu",
		rhk_intervensi=rhk_pimpinan,
		iki=[
			{
				"uraian": "Jumlah laporan layanan",
				"aspek": "Kuantitas",
				"target": 12,
				"satuan": "laporan",
				"agregasi_realisasi": "Jumlah",
			},
			{
				"uraian": "Indeks kepuasan pengguna",
				"aspek": "Kualitas",
				"target": 80,
				"target_maks": 90,
				"satuan": "indeks",
				"agregasi_realisasi": "Rata-rata",
			},
		],
	)
	rhk_tambahan = make_rhk(
		skp,
		f"Bakti sosial {prefix} terselenggara",
		jenis="Tambahan",
		kategori_tambahan="Community Involvement",
		iki=[{"uraian": "Jumlah kegiatan sosial", "aspek": "Kuantitas", "target": 2, "satuan": "kegiatan"}],
	)
	make_penugasan(plt, pejabat=s.admin, jenis="Plt")
	approve_skp(skp)

	user_plt = f"plt.{slug}@example.com"
	frappe.set_user(s.user[s.staf1])
	cek = api_realisasi.ambil_realisasi(skp, maret)
	baris = {r["uraian_iki"]: r["name"] for r in cek["rincian"]}
	api_realisasi.simpan_realisasi(
		cek["name"],
		[
			{"name": baris["Jumlah laporan layanan"], "realisasi": 3, "keyakinan": 8},
			{"name": baris["Indeks kepuasan pengguna"], "realisasi": 85, "keyakinan": 8},
		],
		konfirmasi=1,
	)
	iki = frappe.db.get_value(
		"Indikator Kinerja Individu", {"parent": rhk_utama, "uraian": "Jumlah laporan layanan"}
	)
	with permintaan_berkas("laporan-maret.pdf", PDF):
		api_realisasi.unggah_bukti(
			rhk=rhk_utama, iki=iki, sub_periode=maret, jenis="Dokumen", keterangan="Laporan layanan Maret"
		)
	if getattr(frappe.local, "request", False) is None:
		del frappe.local.request  # permintaan_berkas leaves None, which the print view's router reads
	api_realisasi.ajukan_realisasi(cek["name"])
	frappe.set_user(user_plt)
	api_realisasi.verifikasi_realisasi(
		cek["name"], "Diverifikasi", umpan_balik={baris["Jumlah laporan layanan"]: "Laporan Maret rapi"}
	)
	api_realisasi.beri_umpan_balik(
		s.staf1, "Apresiasi", "Ringkasan laporan membantu pimpinan", skp=skp, rhk=rhk_utama
	)
	api_realisasi.beri_umpan_balik(
		s.staf1, "Coaching", "Libatkan rekan unit lain sejak awal", skp=skp, perilaku_kerja="Kolaboratif"
	)

	frappe.set_user(s.user[s.jpt])
	organisasi = make_predikat_organisasi(s.bagian, periode, "Baik")

	frappe.set_user(user_plt)
	penilaian = api_penilaian.buat_penilaian(skp)
	doc = frappe.get_doc("Penilaian Kinerja", penilaian)
	doc.rating_hasil_kerja = SE
	for row in doc.hasil_kerja:
		row.rating = SE
		row.umpan_balik = "Target laporan tercapai sesuai rencana"
	for row in doc.perilaku_kerja:
		row.rating = SA
	doc.perilaku_kerja[0].umpan_balik = "Pelayanan cepat dan ramah"
	doc.catatan_pejabat_penilai = "Pertahankan ketepatan waktu laporan"
	doc.save()
	apply_workflow(frappe.get_doc("Penilaian Kinerja", penilaian), "Nilai")
	apply_workflow(frappe.get_doc("Penilaian Kinerja", penilaian), "Tetapkan")
	frappe.set_user("Administrator")
	return frappe._dict(
		s=s,
		plt=plt,
		periode=periode,
		skp=skp,
		rhk_pimpinan=rhk_pimpinan,
		rhk_utama=rhk_utama,
		rhk_tambahan=rhk_tambahan,
		organisasi=organisasi,
		penilaian=penilaian,
	)


def buat_penilaian_8_2021(x: frappe._dict) -> str:
	"""A 2021 (PermenPAN-RB 8/2021) SKP of the scenario's second staff with a verified January
	check-in, scored and set final by its approver: capaian 90% gives Cukup."""
	periode = make_periode(2021)
	januari = make_sub_periode(periode, "Bulanan", 1)
	skp, _rhk = make_skp_disetujui(
		x.s.staf2,
		periode,
		[
			(
				"Arsip layanan tertata",
				[
					{
						"uraian": "Jumlah arsip ditata",
						"aspek": "Kuantitas",
						"target": 10,
						"satuan": "berkas",
						"agregasi_realisasi": "Terakhir",
					}
				],
			)
		],
	)
	frappe.set_user(x.s.user[x.s.staf2])
	cek = api_realisasi.ambil_realisasi(skp, januari)
	api_realisasi.simpan_realisasi(
		cek["name"], [{"name": cek["rincian"][0]["name"], "realisasi": 9}], konfirmasi=1
	)
	api_realisasi.ajukan_realisasi(cek["name"])
	frappe.set_user(frappe.db.get_value("Realisasi Kinerja", cek["name"], "user_penyetuju"))
	api_realisasi.verifikasi_realisasi(cek["name"], "Diverifikasi")
	frappe.set_user(frappe.db.get_value("SKP", skp, "user_penyetuju"))
	name = api_penilaian.buat_penilaian(skp)
	doc = frappe.get_doc("Penilaian Kinerja", name)
	for row in doc.perilaku_kerja:
		row.nilai = 90
	doc.save()
	apply_workflow(frappe.get_doc("Penilaian Kinerja", name), "Nilai")
	apply_workflow(frappe.get_doc("Penilaian Kinerja", name), "Tetapkan")
	frappe.set_user("Administrator")
	return name


def _jabatan(nama: str) -> str:
	if not frappe.db.exists("Designation", nama):
		frappe.get_doc({"doctype": "Designation", "designation_name": nama}).insert(ignore_permissions=True)
	return nama


def pdf_tanpa_jaringan(html: str) -> bytes:
	"""frappe.utils.pdf.get_pdf on the print view with its stylesheet inlined: wkhtmltopdf would fetch
	it from the site's URL, which a test bench does not serve."""
	from frappe.utils.pdf import get_pdf

	def sisipkan(m: re.Match) -> str:
		path = os.path.join(frappe.local.sites_path, m.group(1).lstrip("/"))
		return f"<style>{frappe.read_file(path) or ''}</style>"

	return get_pdf(re.sub(r'<link[^>]+href="(/assets/[^"]+\.css)"[^>]*>', sisipkan, html))


class TestPrintFormats(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.x = buat_skenario()
		cls.pegawai = frappe.db.get_value("Employee", cls.x.s.staf1, ["employee_name", "nip"], as_dict=True)
		cls.plt = frappe.db.get_value("Employee", cls.x.plt, ["employee_name", "nip"], as_dict=True)

	def cetak(self, doctype: str, name: str, print_format: str) -> str:
		return frappe.get_print(doctype, name, print_format)

	def assertMemuat(self, html: str, *teks: str):
		hilang = [t for t in teks if t not in html]
		self.assertFalse(hilang, f"not in the print: {hilang}")

	def test_skp_shows_the_annex_with_its_people_rhk_iki_behaviour_and_lampiran(self):
		html = self.cetak("SKP", self.x.skp, "SKP")
		self.assertMemuat(html, *JUDUL_SKP)
		self.assertMemuat(
			html,
			self.pegawai.employee_name,
			self.pegawai.nip,
			"Analis Layanan",
			"Bagian Cetak",
			"Kepala Bagian Layanan",
			"Kepala Biro",
			"Laporan layanan Cetak tersusun tepat waktu",
			"Layanan Bagian Cetak makin cepat",  # the leader RHK it intervenes
			"Jumlah laporan layanan",
			"12 laporan",
			"80 – 90 indeks",
			"Kuantitas",
			"Bakti sosial Cetak terselenggara",
			"Community Involvement",
			"Berorientasi Pelayanan",
			"Menjawab setiap permintaan layanan dalam satu hari kerja",
			"Aplikasi layanan dan anggaran kegiatan bagian.",
			"Laporan bulanan kepada Kepala Bagian.",
			"Capaian menjadi dasar tunjangan kinerja.",
		)

	def test_skp_approved_by_an_acting_official_is_signed_plt(self):
		self.assertEqual(frappe.db.get_value("SKP", self.x.skp, "disetujui_sebagai"), "Plt.")
		html = self.cetak("SKP", self.x.skp, "SKP")
		self.assertMemuat(html, "Plt. Kepala Bagian Layanan", self.plt.employee_name, f"NIP. {self.plt.nip}")
		self.assertNotIn("Konsep:", html)

	def test_skp_approved_by_the_holder_has_no_plt(self):
		skp = frappe.get_doc("SKP", self.x.skp)
		skp.update({"disetujui_oleh": self.x.s.admin, "nama_disetujui_oleh": None, "disetujui_sebagai": ""})
		skp.db_update()
		html = self.cetak("SKP", self.x.skp, "SKP")
		self.assertNotIn("Plt.", html)
		self.assertMemuat(html, "Kepala Bagian Layanan", "Administrator Cetak")

	def test_draft_skp_is_marked_as_a_draft(self):
		skp = make_skp(self.x.s.staf2, self.x.periode)
		make_rhk(skp, "Arsip layanan tertata")
		html = self.cetak("SKP", skp, "SKP")
		self.assertMemuat(html, "Konsep:", "Arsip layanan tertata", "10 dokumen", "Tidak ada")

	def test_evaluation_shows_organisation_curve_realisation_evidence_feedback_and_predikat(self):
		html = self.cetak("Penilaian Kinerja", self.x.penilaian, "Dokumen Evaluasi Kinerja")
		self.assertMemuat(html, *JUDUL_EVALUASI)
		self.assertMemuat(
			html,
			self.pegawai.employee_name,
			self.pegawai.nip,
			"BAIK",  # organisation predikat and the employee's predikat
			"Paling banyak 70% Baik",
			"Baik (pegawai ini)",
			"Laporan layanan Cetak tersusun tepat waktu",
			"Layanan Bagian Cetak makin cepat",
			"12 laporan",
			"3 laporan",  # the year's realisation from the verified March check-in
			"capaian 25%",
			"85 indeks",
			"laporan-maret.pdf",
			"Laporan layanan Maret",
			"Laporan Maret rapi",  # the verifier's feedback on the check-in
			"Ringkasan laporan membantu pimpinan",  # continuous feedback on the RHK
			"Libatkan rekan unit lain sejak awal",  # continuous feedback on a behaviour
			"Target laporan tercapai sesuai rencana",
			"Pelayanan cepat dan ramah",
			"Menjawab setiap permintaan layanan dalam satu hari kerja",
			"SESUAI EKSPEKTASI",
			"DI ATAS EKSPEKTASI",
			"Pertahankan ketepatan waktu laporan",
		)

	def test_evaluation_set_final_by_an_acting_official_is_signed_plt(self):
		doc = frappe.get_doc("Penilaian Kinerja", self.x.penilaian)
		self.assertEqual((doc.docstatus, doc.ditetapkan_sebagai, doc.predikat), (1, "Plt.", "Baik"))
		html = self.cetak("Penilaian Kinerja", self.x.penilaian, "Dokumen Evaluasi Kinerja")
		self.assertMemuat(html, "Plt. Kepala Bagian Layanan", self.plt.employee_name, f"NIP. {self.plt.nip}")

	def test_periodic_evaluation_names_its_period_and_is_marked_until_final(self):
		maret = make_sub_periode(self.x.periode, "Bulanan", 3)
		frappe.set_user(frappe.db.get_value("SKP", self.x.skp, "user_penyetuju"))
		name = api_penilaian.buat_penilaian(self.x.skp, maret)
		frappe.set_user("Administrator")
		nama_periode = frappe.db.get_value("Periode Kinerja", maret, "nama_periode")
		html = self.cetak("Penilaian Kinerja", name, "Dokumen Evaluasi Kinerja")
		self.assertMemuat(
			html,
			f"PERIODE: {nama_periode.upper()}",
			"PERIODE PENILAIAN: 1 MARET 2026 S.D. 31 MARET 2026",
			"Konsep:",
			"1 laporan",  # March's share of the yearly 12
			"3 laporan",
		)
		self.assertNotIn("Plt. Kepala Bagian Layanan", html)  # not rated yet: the holder's title

	def test_evaluation_under_8_2021_shows_values_instead_of_ratings(self):
		name = buat_penilaian_8_2021(self.x)
		doc = frappe.get_doc("Penilaian Kinerja", name)
		self.assertEqual((doc.regulasi, doc.docstatus), ("PermenPAN-RB 8/2021", 1))
		html = self.cetak("Penilaian Kinerja", name, "Dokumen Evaluasi Kinerja")
		self.assertMemuat(
			html,
			"PERIODE: AKHIR TAHUN 2021",
			"Arsip layanan tertata",
			"9 berkas",
			"capaian 90%",
			f"{doc.nilai_iki[0].kategori}, nilai",
			"NILAI SKP",
			"NILAI PERILAKU KERJA",
			"NILAI AKHIR (70% SKP + 30% PERILAKU)",
			doc.get_formatted("nilai_akhir"),
			"PREDIKAT KINERJA PEGAWAI",
			doc.predikat.upper(),
		)
		self.assertNotIn("RATING HASIL KERJA", html)

	def test_the_employee_prints_own_documents(self):
		frappe.set_user(self.x.s.user[self.x.s.staf1])
		self.assertIn(self.pegawai.nip, self.cetak("SKP", self.x.skp, "SKP"))
		self.assertIn(
			"PREDIKAT KINERJA PEGAWAI",
			self.cetak("Penilaian Kinerja", self.x.penilaian, "Dokumen Evaluasi Kinerja"),
		)

	def test_print_formats_are_the_default_of_their_doctype(self):
		self.assertEqual(frappe.get_meta("SKP").default_print_format, "SKP")
		self.assertEqual(
			frappe.get_meta("Penilaian Kinerja").default_print_format, "Dokumen Evaluasi Kinerja"
		)

	def test_pdf_pages_are_a4_with_the_headings(self):
		if not shutil.which("wkhtmltopdf"):
			self.skipTest("wkhtmltopdf is not installed")
		from pypdf import PdfReader

		for doctype, name, print_format, judul in (
			("SKP", self.x.skp, "SKP", "LAMPIRAN SASARAN KINERJA PEGAWAI"),
			("Penilaian Kinerja", self.x.penilaian, "Dokumen Evaluasi Kinerja", "PREDIKAT KINERJA PEGAWAI"),
		):
			with self.subTest(print_format=print_format):
				pdf = PdfReader(io.BytesIO(pdf_tanpa_jaringan(self.cetak(doctype, name, print_format))))
				self.assertGreaterEqual(len(pdf.pages), 2)
				for page in pdf.pages:
					self.assertEqual(
						(round(float(page.mediabox.width)), round(float(page.mediabox.height))), (595, 842)
					)
				teks = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
				self.assertIn(judul, teks)
				self.assertIn(self.pegawai.nip, teks)
