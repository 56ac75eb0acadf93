"""What the portal pages share, loaded a table at a time (never a query per row): the employee's SKP,
their RHK and IKI with capaian, check-ins and evidence, feedback."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import frappe
from frappe import _
from frappe.utils import flt, getdate

from kinerja_asn.domain.capaian import IKI, capaian_rhk
from kinerja_asn.domain.pelaksanaan import jenis_berkas
from kinerja_asn.services.baca import baca, satu
from kinerja_asn.services.kaskade import arah_domain
from kinerja_asn.services.pengaturan import get_pengaturan

STATUS_SKP_BERJALAN = ("Draft", "Diajukan", "Ditinjau", "Dikembalikan", "Disetujui")


JENIS_SUB_PERIODE = ("Bulanan", "Triwulan")


# Check-ins whose evidence the employee may still complete.
STATUS_BELUM_DIVERIFIKASI = ("Draft", "Diajukan", "Ditinjau", "Revisi")


SKP_FIELDS = [
	"name",
	"employee",
	"employee_name",
	"periode_kinerja",
	"tanggal_mulai",
	"tanggal_selesai",
	"status",
	"workflow_state",
	"pejabat_penilai",
	"nama_pejabat_penilai",
	"penyetuju",
	"nama_penyetuju",
	"sebutan_penyetuju",
	"catatan_pengembalian",
	"versi",
]


REALISASI_FIELDS = [
	"name",
	"skp",
	"employee",
	"employee_name",
	"sub_periode",
	"tanggal_mulai",
	"tanggal_selesai",
	"status",
	"capaian_keseluruhan",
	"penyetuju",
	"sebutan_penyetuju",
	"catatan_verifikasi",
	"jumlah_peringatan",
	"modified",
]


RINCIAN_FIELDS = [
	"name",
	"parent",
	"idx",
	"rhk",
	"uraian_rhk",
	"iki",
	"uraian_iki",
	"satuan",
	"target_periode",
	"target_maks_periode",
	"realisasi",
	"capaian",
	"keyakinan",
	"catatan",
	"status_verifikasi",
	"umpan_balik",
	"terisi",
	"peringatan",
]


BUKTI_FIELDS = [
	"name",
	"skp",
	"rhk",
	"iki",
	"uraian_iki",
	"sub_periode",
	"realisasi_kinerja",
	"jenis",
	"berkas",
	"tautan",
	"keterangan",
	"status_verifikasi",
	"alasan_penolakan",
	"creation",
]


def data_pegawai(employee: str) -> dict:
	return satu(
		"Employee", employee, ["name", "employee_name", "designation", "department", "company", "image"]
	)


def skp_milik(employee: str) -> list[dict]:
	"""The employee's SKP, newest first (cancelled ones left out)."""
	return baca(
		"SKP",
		SKP_FIELDS,
		{"employee": employee, "docstatus": ("<", 2)},
		order_by="tanggal_mulai desc, versi desc, creation desc",
	)


def pilih_skp(daftar: list[dict], skp: str | None, hari_ini: date) -> dict | None:
	"""The SKP asked for (it must be in the employee's own list), else the running one covering
	today, else the newest running one, else the newest."""
	if skp:
		for row in daftar:
			if row.name == skp:
				return row
		frappe.throw(_("SKP {0} bukan milik Anda.").format(skp), frappe.PermissionError)
	berjalan = [r for r in daftar if r.status in STATUS_SKP_BERJALAN]
	for row in berjalan:
		if row.tanggal_mulai and getdate(row.tanggal_mulai) <= hari_ini <= getdate(row.tanggal_selesai):
			return row
	return (berjalan or daftar or [None])[0]


def sub_periode_skp(skp: dict) -> list[dict]:
	"""The months (or quarters, per Pengaturan Kinerja) of the SKP's year that overlap the SKP."""
	if not (skp.tanggal_mulai and skp.tanggal_selesai):
		return []
	rows = baca(
		"Periode Kinerja",
		["name", "nama_periode", "jenis", "tanggal_mulai", "tanggal_selesai"],
		{
			"periode_induk": skp.periode_kinerja,
			"jenis": list(JENIS_SUB_PERIODE),
			"tanggal_selesai": (">=", skp.tanggal_mulai),
			"tanggal_mulai": ("<=", skp.tanggal_selesai),
		},
		order_by="tanggal_mulai asc",
	)
	frekuensi = get_pengaturan().frekuensi_realisasi or "Bulanan"
	dipilih = [r for r in rows if r.jenis == frekuensi]
	return dipilih or [r for r in rows if r.jenis != frekuensi]


def muat_rhk(skp_names: list[str]) -> tuple[list[dict], dict[str, list[dict]]]:
	"""RHK of the SKP and their IKI rows, two queries."""
	if not skp_names:
		return [], {}
	rhk = baca(
		"Rencana Hasil Kerja",
		[
			"name",
			"skp",
			"uraian",
			"jenis",
			"perspektif",
			"rhk_intervensi",
			"uraian_rhk_intervensi",
			"pemilik_rhk_intervensi",
			"menunggu_rhk_pimpinan",
			"rencana_rhk_pimpinan",
			"indikator_organisasi",
		],
		{"skp": list(skp_names)},
		order_by="jenis asc, creation asc",
	)
	iki: dict[str, list[dict]] = defaultdict(list)
	if rhk:
		for row in baca(
			"Indikator Kinerja Individu",
			[
				"name",
				"parent",
				"uraian",
				"aspek",
				"target",
				"target_maks",
				"satuan",
				"arah",
				"bobot",
				"realisasi",
				"capaian",
			],
			{"parenttype": "Rencana Hasil Kerja", "parent": [r.name for r in rhk]},
			order_by="idx asc",
		):
			iki[row.parent].append(row)
	return rhk, iki


def _iki_domain(row) -> IKI | None:
	"""A quantitative IKI as the domain sees it; qualitative ones (no target) have no capaian, and an
	empty realisation is not reported yet while 0 is a real value."""
	if flt(row.target) <= 0:
		return None
	return IKI(
		id=row.name,
		target=flt(row.target),
		target_maks=flt(row.target_maks) or None,
		realisasi=flt(row.realisasi) if (row.realisasi or row.capaian) else None,
		bobot=flt(row.bobot) if row.bobot is not None else 1.0,
		arah=arah_domain(row.arah),
	)


def _capaian(fn) -> float | None:
	try:
		return fn()
	except ValueError:
		return None


def rhk_dengan_capaian(rhk: list[dict], iki: dict[str, list[dict]]) -> list[dict]:
	"""Each RHK with its IKI and capaian (per IKI and weighted per RHK, as the domain computes it)."""
	hasil = []
	for r in rhk:
		baris, domain = [], []
		for row in iki.get(r.name, []):
			d = _iki_domain(row)
			if d is not None:
				domain.append(d)
			baris.append(frappe._dict(row, capaian=_capaian(d.capaian) if d else None))
		hasil.append(frappe._dict(r, iki=baris, capaian=_capaian(lambda domain=domain: capaian_rhk(domain))))
	return hasil


def realisasi_skp(skp_names: list[str], **filters) -> list[dict]:
	if not skp_names:
		return []
	return baca(
		"Realisasi Kinerja",
		REALISASI_FIELDS,
		{"skp": list(skp_names), "docstatus": ("<", 2), **filters},
		order_by="tanggal_mulai asc",
	)


def rincian_realisasi(names: list[str], fields: list[str] | None = None) -> dict[str, list[dict]]:
	"""Realisasi IKI rows by check-in (the columns asked for, `parent` among them), one query."""
	hasil: dict[str, list[dict]] = defaultdict(list)
	if names:
		for row in baca(
			"Realisasi IKI",
			fields or RINCIAN_FIELDS,
			{"parenttype": "Realisasi Kinerja", "parent": list(names)},
			order_by="idx asc",
		):
			hasil[row.parent].append(row)
	return hasil


def bukti_skp(skp_names: list[str], **filters) -> list[dict]:
	if not skp_names:
		return []
	return baca("Bukti Dukung", BUKTI_FIELDS, {"skp": list(skp_names), **filters}, order_by="creation asc")


def _kunci_bukti(b) -> tuple:
	return (b.sub_periode, b.rhk, b.iki or "")


def status_bukti_baris(bukti: list[dict]) -> dict[tuple, list[str]]:
	"""(sub-period, RHK, IKI row) -> verification statuses of its evidence."""
	hasil: dict[tuple, list[str]] = defaultdict(list)
	for b in bukti:
		hasil[_kunci_bukti(b)].append(b.status_verifikasi)
	return hasil


def aturan_berkas() -> dict:
	"""Allowed evidence files as Pengaturan Kinerja says (for the form's hints; the server decides)."""
	pengaturan = frappe.get_cached_doc("Pengaturan Kinerja")
	jenis, ukuran = pengaturan.get("jenis_berkas_diizinkan"), pengaturan.get("ukuran_berkas_maks_mb")
	return {"ekstensi": list(jenis_berkas(jenis)), "ukuran_maks_mb": flt(ukuran) or None}


def umpan_balik_untuk(employee: str, limit: int = 5) -> list[dict]:
	return baca(
		"Umpan Balik Kinerja",
		["name", "nama_dari", "jenis", "tanggal", "isi", "rhk", "perilaku_kerja"],
		{"kepada": employee},
		order_by="tanggal desc, creation desc",
		limit=limit,
	)
