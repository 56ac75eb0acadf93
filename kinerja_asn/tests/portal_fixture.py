"""Data for the portal's browser test (tests/browser/test_portal.py), on a site made for testing:

    bench --site SITE execute kinerja_asn.tests.portal_fixture.siapkan

A small unit with users who can log in (password PASSWORD), this year's period with its months, an
IKU carried by the JPT and cascaded to a staff member through the administrator, every SKP
approved; the staff member's check-ins and evidence are removed so each run starts clean. Returns
(bench prints it as JSON) what the browser test needs. Never run it on a production site.
"""

from __future__ import annotations

import frappe
from frappe.utils import getdate, today
from frappe.utils.password import update_password

from kinerja_asn.tests.utils import (
	approve_skp,
	before_tests,
	make_indikator,
	make_periode,
	make_renstra,
	make_rhk,
	make_sasaran,
	make_skp,
	make_struktur,
)

PASSWORD = "Kinerja#Portal2026"
PREFIX = "Portal"


def siapkan() -> dict:
	frappe.set_user("Administrator")
	if not frappe.conf.allow_tests and not frappe.flags.in_test:
		frappe.throw("portal_fixture hanya untuk situs uji (set-config allow_tests true).")
	if not frappe.db.a_row_exists("Company"):
		before_tests()
	tahun = getdate(today()).year
	s = make_struktur(PREFIX)
	for user in s.user.values():
		update_password(user, PASSWORD)
	periode = make_periode(tahun)
	frappe.get_doc("Periode Kinerja", periode).buat_sub_periode("Bulanan")
	frappe.db.set_value("Periode Kinerja", {"name": periode}, "status", "Pelaksanaan", update_modified=False)
	frappe.db.set_value(
		"Periode Kinerja", {"periode_induk": periode}, "status", "Pelaksanaan", update_modified=False
	)

	iku = _iku(s, tahun)
	skp_jpt = _skp_disetujui(
		s.jpt,
		periode,
		[
			{
				"uraian": "Meningkatnya kualitas layanan kepegawaian",
				"indikator_organisasi": iku,
				"iki": [_iki("Indeks kepuasan layanan kepegawaian", 90, "indeks")],
			}
		],
	)
	rhk_jpt = frappe.get_all("Rencana Hasil Kerja", filters={"skp": skp_jpt}, pluck="name")[0]
	skp_admin = _skp_disetujui(
		s.admin,
		periode,
		[
			{
				"uraian": "Terselenggaranya layanan administrasi kepegawaian yang tepat waktu",
				"rhk_intervensi": rhk_jpt,
				"iki": [_iki("Persentase layanan selesai tepat waktu", 95, "persen")],
			}
		],
	)
	rhk_admin = frappe.get_all("Rencana Hasil Kerja", filters={"skp": skp_admin}, pluck="name")[0]
	skp_staf = _skp_disetujui(
		s.staf1,
		periode,
		[
			{
				"uraian": "Tersusunnya usulan kenaikan pangkat pegawai",
				"rhk_intervensi": rhk_admin,
				"iki": [
					_iki("Jumlah usulan kenaikan pangkat yang diproses", 120, "usulan"),
					_iki("Persentase usulan lengkap tanpa perbaikan", 90, "persen"),
				],
			},
			{
				"uraian": "Terkelolanya arsip kepegawaian digital",
				"rhk_intervensi": rhk_admin,
				"iki": [_iki("Jumlah berkas pegawai yang didigitalkan", 600, "berkas")],
			},
		],
	)
	skp_rekan = _skp_disetujui(
		s.staf2,
		periode,
		[
			{
				"uraian": "Terlaksananya analisis jabatan unit",
				"rhk_intervensi": rhk_admin,
				"iki": [_iki("Jumlah dokumen analisis jabatan", 12, "dokumen")],
			}
		],
	)
	_bersihkan_penilaian([skp_staf, skp_rekan])
	_bersihkan_realisasi([skp_staf, skp_rekan])
	bulan_ini = frappe.db.get_value(
		"Periode Kinerja",
		{"periode_induk": periode, "tanggal_mulai": ("<=", today()), "tanggal_selesai": (">=", today())},
		["name", "nama_periode"],
		as_dict=True,
	)
	antrean, bulan_rekan = _antrean_rekan(s, skp_rekan, periode)
	penilaian_final, penilaian_draf = _penilaian(s, skp_staf, skp_rekan)
	from kinerja_asn.services.beranda import pasang_aplikasi_bawaan

	pasang_aplikasi_bawaan()
	frappe.db.commit()  # nosemgrep: bench execute does not commit for us
	hasil = {
		"password": PASSWORD,
		"pegawai": s.user[s.staf1],
		"nama_pegawai": frappe.db.get_value("Employee", s.staf1, "employee_name"),
		"atasan": s.user[s.admin],
		"rekan": s.user[s.staf2],
		"skp": skp_staf,
		"skp_atasan": skp_admin,
		"iku": iku,
		"sub_periode": bulan_ini.name,
		"nama_sub_periode": bulan_ini.nama_periode,
		"skp_rekan": skp_rekan,
		"sub_periode_rekan": bulan_rekan,
		"antrean": antrean,
		"penilaian_final": penilaian_final,
		"penilaian_draf": penilaian_draf,
	}
	return hasil


def _antrean_rekan(s, skp: str, periode: str, jumlah: int = 9) -> tuple[list[str], str]:
	"""The colleague's first `jumlah` months submitted (a link as evidence), the last with an unusual
	value confirmed: the superior's queue of Tim Saya. Returns them and the next month's name."""
	from kinerja_asn.api import realisasi as api

	bulan = frappe.get_all(
		"Periode Kinerja",
		filters={"periode_induk": periode, "jenis": "Bulanan"},
		pluck="name",
		order_by="tanggal_mulai asc",
	)
	rhk = frappe.get_all("Rencana Hasil Kerja", filters={"skp": skp}, pluck="name")[0]
	iki = frappe.get_all("Indikator Kinerja Individu", filters={"parent": rhk}, pluck="name")[0]
	frappe.set_user(s.user[s.staf2])
	dibuat = []
	try:
		for i, sub in enumerate(bulan[:jumlah]):
			doc = api.ambil_realisasi(skp, sub)
			nilai = 999 if i == jumlah - 1 else 1
			api.simpan_realisasi(
				doc["name"], [{"name": doc["rincian"][0]["name"], "realisasi": nilai}], konfirmasi=1
			)
			api.unggah_bukti(
				rhk, iki, sub, "Tautan", f"Dokumen bulan {i + 1}", tautan="https://example.com/dok"
			)
			api.ajukan_realisasi(doc["name"])
			dibuat.append(doc["name"])
	finally:
		frappe.set_user("Administrator")
	return dibuat, bulan[jumlah]


def _penilaian(s, skp_staf: str, skp_rekan: str) -> tuple[str, str]:
	"""The staff member's assessment made final by the head today (to appeal), the colleague's left
	as a draft (for the head to rate in Tim Saya)."""
	from kinerja_asn.api import penilaian as api
	from kinerja_asn.services import alur

	se = "Sesuai Ekspektasi"
	frappe.set_user(s.user[s.admin])
	try:
		final = api.buat_penilaian(skp_staf)
		doc = frappe.get_doc("Penilaian Kinerja", final)
		doc.rating_hasil_kerja = se
		for row in doc.perilaku_kerja:
			row.rating = se
		# by the status each step sets, never an action's name: admins rename them
		alur.terapkan(doc, alur.DINILAI, maju=True)
		alur.terapkan(frappe.get_doc("Penilaian Kinerja", final), alur.DITETAPKAN, maju=True)
		draf = api.buat_penilaian(skp_rekan)
	finally:
		frappe.set_user("Administrator")
	return final, draf


def _bersihkan_penilaian(skp: list[str]) -> None:
	"""Each run starts without assessments (and their appeals and inputs) of the staff, nor the
	credit-point conversions a final assessment of a functional official made (the next run's
	conversion of the same months would be refused)."""
	pegawai = frappe.get_all("SKP", filters={"name": ("in", skp)}, pluck="employee")
	konversi = frappe.get_all("Konversi Angka Kredit", filters={"employee": ("in", pegawai)}, pluck="name")
	if konversi:
		frappe.db.delete(
			"Entri Angka Kredit", {"jenis_dokumen": "Konversi Angka Kredit", "dokumen": ("in", konversi)}
		)
		for name in konversi:
			frappe.db.set_value("Konversi Angka Kredit", name, "docstatus", 2, update_modified=False)
			frappe.delete_doc("Konversi Angka Kredit", name, force=True, ignore_permissions=True)
	nama = frappe.get_all("Penilaian Kinerja", filters={"skp": ("in", skp)}, pluck="name")
	if not nama:
		return
	for doctype, kolom in (
		("Keberatan Penilaian Kinerja", "penilaian_kinerja"),
		("Masukan Perilaku Kerja", "penilaian_kinerja"),
	):
		for name in frappe.get_all(doctype, filters={kolom: ("in", nama)}, pluck="name"):
			frappe.db.set_value(doctype, name, "docstatus", 2, update_modified=False)
			frappe.delete_doc(doctype, name, force=True, ignore_permissions=True)
	for name in nama:
		frappe.db.set_value(
			"Penilaian Kinerja", name, {"docstatus": 2, "keberatan": None}, update_modified=False
		)
		frappe.delete_doc("Penilaian Kinerja", name, force=True, ignore_permissions=True)


def _iki(uraian: str, target: float, satuan: str) -> dict:
	return {"uraian": uraian, "aspek": "Kuantitas", "target": target, "satuan": satuan}


def _iku(s, tahun: int) -> str:
	kode = f"{PREFIX.upper()}-IKU-1"
	existing = frappe.db.get_value("Indikator Kinerja", {"kode": kode})
	if existing:
		return existing
	renstra = make_renstra(s.unit, tahun - 1)
	tujuan = make_sasaran(renstra, "PT1", uraian="Terwujudnya ASN yang profesional")
	ss = make_sasaran(renstra, "PSS1", tujuan, uraian="Meningkatnya kualitas manajemen ASN")
	return make_indikator(ss, "IKU", {tahun: 90}, kode=kode, unit=s.unit, uraian="Indeks profesionalitas ASN")


def _skp_disetujui(employee: str, periode: str, rhk: list[dict]) -> str:
	skp = make_skp(employee, periode)
	if frappe.db.get_value("SKP", skp, "status") == "Disetujui":
		return skp
	if not frappe.db.exists("Rencana Hasil Kerja", {"skp": skp}):
		for r in rhk:
			r = dict(r)
			make_rhk(skp, r.pop("uraian"), r.pop("rhk_intervensi", None), **r)
	approve_skp(skp)
	return skp


def _bersihkan_realisasi(skp: list[str]) -> None:
	"""Start each browser run from an empty year: the check-ins, evidence and feedback of the staff."""
	for name in frappe.get_all("Bukti Dukung", filters={"skp": ("in", skp)}, pluck="name"):
		frappe.delete_doc("Bukti Dukung", name, force=True, ignore_permissions=True)
	for r in frappe.get_all("Realisasi Kinerja", filters={"skp": ("in", skp)}, fields=["name", "docstatus"]):
		if r.docstatus == 1:
			frappe.db.set_value("Realisasi Kinerja", r.name, "docstatus", 2, update_modified=False)
		frappe.delete_doc("Realisasi Kinerja", r.name, force=True, ignore_permissions=True)
	frappe.db.delete("Umpan Balik Kinerja", {"skp": ("in", skp)})
	rhk = frappe.get_all("Rencana Hasil Kerja", filters={"skp": ("in", skp)}, pluck="name")
	if rhk:
		iki = frappe.qb.DocType("Indikator Kinerja Individu")
		frappe.qb.update(iki).set(iki.realisasi, 0).set(iki.capaian, 0).where(
			(iki.parenttype == "Rencana Hasil Kerja") & iki.parent.isin(rhk)
		).run()
