"""What the portal pages show, loaded a table at a time (never a query per row): an employee's SKP
with capaian, what is due and the line of sight; a superior's team with check-ins to verify.
The rules come from the domain (capaian, pelaksanaan, garis_pandang, penilai); access is decided by the caller's
employee, which the api layer takes from the session."""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from datetime import date
from urllib.parse import urlencode

import frappe
from frappe import _
from frappe.utils import flt, getdate, strip_html, today

from kinerja_asn.domain.capaian import IKI, capaian_rhk
from kinerja_asn.domain.garis_pandang import MAKS_TINGKAT, SimpulIndikator, SimpulRHK, garis_pandang
from kinerja_asn.domain.pelaksanaan import jenis_berkas, kelengkapan_bukti, tagihan_realisasi
from kinerja_asn.domain.penilai import PenilaiTerpilih
from kinerja_asn.services.kaskade import arah_domain
from kinerja_asn.services.penilai import GarisAtasan, employee_of_user, penugasan_berlaku, tentukan

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


# The employee of the session -------------------------------------------------------------------------


def siapkan_halaman(context, judul: str) -> str | None:
	"""Common set-up of the /kinerja pages: guests go to the login page and come back afterwards; a
	user without an active employee gets the page with a message instead of data."""
	context.no_cache = 1
	context.show_sidebar = False
	context.title = judul
	if frappe.session.user == "Guest":
		tujuan = frappe.request.path
		if frappe.request.query_string:
			tujuan += "?" + frappe.request.query_string.decode()
		frappe.local.flags.redirect_location = "/login?" + urlencode({"redirect-to": tujuan})
		raise frappe.Redirect
	employee = employee_of_user()
	context.tanpa_pegawai = not employee
	return employee


@contextmanager
def halaman_aman(context):
	"""A page's data is loaded inside this block: a refused or wrong request (a foreign SKP, an unknown
	sub-period, a malformed parameter) shows its message as plain text on the page with its status
	code; anything unexpected is logged and shown as a general message, never as a traceback."""
	try:
		yield
	except frappe.Redirect:
		raise
	except (frappe.ValidationError, frappe.PermissionError, frappe.DoesNotExistError) as e:
		frappe.clear_last_message()
		frappe.local.message_log = []
		context.data = None
		context.galat = strip_html(str(e) or _("Permintaan tidak dapat diproses."))
		context.http_status_code = getattr(e, "http_status_code", 417)
	except Exception:
		frappe.log_error(title="Portal kinerja")
		frappe.local.message_log = []
		context.data = None
		context.galat = _("Terjadi kesalahan saat memuat halaman. Silakan coba lagi atau hubungi pengelola.")
		context.http_status_code = 500


def json_halaman(data) -> str:
	"""Data for a page's script, safe inside a <script> element."""
	return frappe.as_json(data, indent=None).replace("<", "\\u003c")


def pegawai_sesi() -> str:
	"""The session's active employee; the portal refuses everyone else with a clear message."""
	if frappe.session.user == "Guest":
		frappe.throw(_("Silakan masuk terlebih dahulu."), frappe.PermissionError)
	employee = employee_of_user()
	if not employee:
		frappe.throw(
			_("Akun Anda belum terhubung dengan data pegawai yang aktif. Hubungi pengelola kepegawaian."),
			frappe.PermissionError,
		)
	return employee


def data_pegawai(employee: str) -> dict:
	return frappe.db.get_value(
		"Employee",
		employee,
		["name", "employee_name", "designation", "department", "company", "image"],
		as_dict=True,
	)


# Own SKP --------------------------------------------------------------------------------------------


def skp_milik(employee: str) -> list[dict]:
	"""The employee's SKP, newest first (cancelled ones left out)."""
	return frappe.get_all(
		"SKP",
		filters={"employee": employee, "docstatus": ("<", 2)},
		fields=SKP_FIELDS,
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
	rows = frappe.get_all(
		"Periode Kinerja",
		filters={
			"periode_induk": skp.periode_kinerja,
			"jenis": ("in", JENIS_SUB_PERIODE),
			"tanggal_selesai": (">=", skp.tanggal_mulai),
			"tanggal_mulai": ("<=", skp.tanggal_selesai),
		},
		fields=["name", "nama_periode", "jenis", "tanggal_mulai", "tanggal_selesai"],
		order_by="tanggal_mulai asc",
	)
	frekuensi = frappe.db.get_single_value("Pengaturan Kinerja", "frekuensi_realisasi") or "Bulanan"
	dipilih = [r for r in rows if r.jenis == frekuensi]
	return dipilih or [r for r in rows if r.jenis != frekuensi]


def muat_rhk(skp_names: list[str]) -> tuple[list[dict], dict[str, list[dict]]]:
	"""RHK of the SKP and their IKI rows, two queries."""
	if not skp_names:
		return [], {}
	rhk = frappe.get_all(
		"Rencana Hasil Kerja",
		filters={"skp": ("in", skp_names)},
		fields=[
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
		order_by="jenis asc, creation asc",
	)
	iki: dict[str, list[dict]] = defaultdict(list)
	if rhk:
		for row in frappe.get_all(
			"Indikator Kinerja Individu",
			filters={"parenttype": "Rencana Hasil Kerja", "parent": ("in", [r.name for r in rhk])},
			fields=[
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


# Line of sight ---------------------------------------------------------------------------------------


def garis_pandang_rhk(rhk: list[dict]) -> dict[str, dict]:
	"""For each RHK, the leader RHK above it up to the top and the IKU it serves: one query per level
	of the hierarchy (a handful), then the domain walks the loaded nodes."""
	simpul = {r.name: SimpulRHK(r.name, r.rhk_intervensi, r.indikator_organisasi) for r in rhk}
	info: dict[str, dict] = {}
	batas = {r.rhk_intervensi for r in rhk if r.rhk_intervensi} - set(simpul)
	for _level in range(MAKS_TINGKAT):
		if not batas:
			break
		rows = frappe.get_all(
			"Rencana Hasil Kerja",
			filters={"name": ("in", list(batas))},
			fields=["name", "uraian", "employee_name", "rhk_intervensi", "indikator_organisasi"],
		)
		for row in rows:
			simpul[row.name] = SimpulRHK(row.name, row.rhk_intervensi, row.indikator_organisasi)
			info[row.name] = row
		batas = {row.rhk_intervensi for row in rows if row.rhk_intervensi} - set(simpul)

	indikator: dict[str, SimpulIndikator] = {}
	info_indikator: dict[str, dict] = {}
	batas = {s.indikator for s in simpul.values() if s.indikator}
	for _level in range(MAKS_TINGKAT):
		if not batas:
			break
		rows = frappe.get_all(
			"Indikator Kinerja",
			filters={"name": ("in", list(batas))},
			fields=["name", "jenis", "uraian", "indikator_induk"],
		)
		for row in rows:
			indikator[row.name] = SimpulIndikator(row.name, row.jenis, row.indikator_induk)
			info_indikator[row.name] = row
		batas = {row.indikator_induk for row in rows if row.indikator_induk} - set(indikator)

	def _rhk(name):
		row = info.get(name)
		return {
			"name": name,
			"uraian": row.uraian if row else name,
			"pemilik": row.employee_name if row else "",
		}

	def _ind(name):
		row = info_indikator.get(name) if name else None
		return {"name": name, "jenis": row.jenis, "uraian": row.uraian} if row else None

	hasil = {}
	for r in rhk:
		gp = garis_pandang(r.name, simpul, indikator)
		hasil[r.name] = {
			"rantai": [_rhk(n) for n in gp.rantai],
			"indikator": _ind(gp.indikator),
			"iku": _ind(gp.iku),
		}
	return hasil


# Check-ins and evidence ------------------------------------------------------------------------------


def realisasi_skp(skp_names: list[str], **filters) -> list[dict]:
	if not skp_names:
		return []
	return frappe.get_all(
		"Realisasi Kinerja",
		filters={"skp": ("in", skp_names), "docstatus": ("<", 2), **filters},
		fields=REALISASI_FIELDS,
		order_by="tanggal_mulai asc",
	)


def rincian_realisasi(names: list[str]) -> dict[str, list[dict]]:
	"""Realisasi IKI rows by check-in, one query."""
	hasil: dict[str, list[dict]] = defaultdict(list)
	if names:
		for row in frappe.get_all(
			"Realisasi IKI",
			filters={"parenttype": "Realisasi Kinerja", "parent": ("in", names)},
			fields=RINCIAN_FIELDS,
			order_by="idx asc",
		):
			hasil[row.parent].append(row)
	return hasil


def bukti_skp(skp_names: list[str], **filters) -> list[dict]:
	if not skp_names:
		return []
	return frappe.get_all(
		"Bukti Dukung",
		filters={"skp": ("in", skp_names), **filters},
		fields=BUKTI_FIELDS,
		order_by="creation asc",
	)


def _kunci_bukti(b) -> tuple:
	return (b.sub_periode, b.rhk, b.iki or "")


def status_bukti_baris(bukti: list[dict]) -> dict[tuple, list[str]]:
	"""(sub-period, RHK, IKI row) -> verification statuses of its evidence."""
	hasil: dict[tuple, list[str]] = defaultdict(list)
	for b in bukti:
		hasil[_kunci_bukti(b)].append(b.status_verifikasi)
	return hasil


def tagihan(
	sub_periode: list[dict], realisasi: list[dict], rincian: dict[str, list[dict]], bukti: list[dict]
) -> list[dict]:
	"""What the employee still owes for the SKP, by the rules of domain.pelaksanaan: check-ins due or
	late (the reminders' rule), then reported IKI without valid evidence in check-ins not yet verified.
	Evidence given for a whole RHK (no IKI row) counts for each of its IKI."""
	nama = {s.name: s.nama_periode for s in sub_periode}
	hasil = []
	for t in tagihan_realisasi(
		[(s.name, getdate(s.tanggal_selesai)) for s in sub_periode],
		{r.sub_periode: r.status for r in realisasi},
		getdate(today()),
	):
		periode = nama.get(t.sub_periode, t.sub_periode)
		if t.status == "Revisi":
			pesan = _("Realisasi {0} dikembalikan atasan untuk diperbaiki").format(periode)
		elif t.terlambat:
			pesan = _("Realisasi {0} belum diajukan").format(periode)
		else:
			pesan = _("Realisasi {0} jatuh tempo {1}").format(periode, frappe.format(t.selesai, "Date"))
		hasil.append(
			frappe._dict(
				jenis="revisi" if t.status == "Revisi" else "realisasi",
				sub_periode=t.sub_periode,
				pesan=pesan,
				terlambat=t.terlambat,
			)
		)
	status = status_bukti_baris(bukti)
	for r in realisasi:
		if r.status not in STATUS_BELUM_DIVERIFIKASI:
			continue
		baris = {b.name: b for b in rincian.get(r.name, [])}
		per_baris = {
			b.name: status[(r.sub_periode, b.rhk, b.iki or "")]
			+ (status[(r.sub_periode, b.rhk, "")] if b.iki else [])
			for b in baris.values()
		}
		periode = nama.get(r.sub_periode, r.sub_periode)
		for kunci in kelengkapan_bukti([(b.name, b.realisasi) for b in baris.values()], per_baris):
			b = baris[kunci]
			ditolak = "Ditolak" in per_baris[kunci]
			pesan = (
				_("Bukti dukung {0} ({1}) ditolak; unggah bukti pengganti")
				if ditolak
				else _("Bukti dukung {0} ({1}) belum diunggah")
			).format(b.uraian_iki or b.uraian_rhk, periode)
			hasil.append(
				frappe._dict(
					jenis="bukti_ditolak" if ditolak else "bukti",
					sub_periode=r.sub_periode,
					pesan=pesan,
					terlambat=False,
					rhk=b.rhk,
					iki=b.iki,
				)
			)
	return hasil


# Pages -----------------------------------------------------------------------------------------------


def kinerja_pegawai(employee: str, skp: str | None = None) -> dict:
	"""Kinerja Saya: the chosen SKP with RHK, IKI, capaian, what is due, the line of sight and the
	latest feedback received."""
	hari_ini = getdate(today())
	daftar = skp_milik(employee)
	dipilih = pilih_skp(daftar, skp, hari_ini)
	hasil = {
		"pegawai": data_pegawai(employee),
		"daftar_skp": daftar,
		"skp": dipilih,
		"rhk": [],
		"sub_periode": [],
		"tagihan": [],
		"umpan_balik": umpan_balik_untuk(employee),
	}
	if not dipilih:
		return hasil
	hasil["skp"] = frappe._dict(
		dipilih,
		nama_periode=frappe.db.get_value("Periode Kinerja", dipilih.periode_kinerja, "nama_periode"),
	)
	rhk, iki = muat_rhk([dipilih.name])
	sight = garis_pandang_rhk(rhk)
	hasil["rhk"] = [frappe._dict(r, garis_pandang=sight[r.name]) for r in rhk_dengan_capaian(rhk, iki)]
	sub_periode = sub_periode_skp(dipilih)
	realisasi = realisasi_skp([dipilih.name])
	rincian = rincian_realisasi([r.name for r in realisasi])
	hasil["tagihan"] = tagihan(sub_periode, realisasi, rincian, bukti_skp([dipilih.name]))
	per_sub = {r.sub_periode: r for r in realisasi}
	hasil["sub_periode"] = [
		frappe._dict(s, realisasi=per_sub.get(s.name), sudah_mulai=getdate(s.tanggal_mulai) <= hari_ini)
		for s in sub_periode
	]
	return hasil


def realisasi_pegawai(employee: str, skp: str | None = None, sub_periode: str | None = None) -> dict:
	"""The check-in page: the SKP, its sub-periods with their check-in status, the chosen one (the
	earliest still due, else the current one) and the evidence of the chosen sub-period."""
	hari_ini = getdate(today())
	dipilih = pilih_skp(skp_milik(employee), skp, hari_ini)
	hasil = {
		"pegawai": data_pegawai(employee),
		"skp": dipilih,
		"sub_periode": [],
		"terpilih": None,
		"bukti": [],
		"aturan_berkas": aturan_berkas(),
	}
	if not dipilih:
		return hasil
	daftar = sub_periode_skp(dipilih)
	per_sub = {r.sub_periode: r for r in realisasi_skp([dipilih.name])}
	hasil["sub_periode"] = [
		frappe._dict(s, realisasi=per_sub.get(s.name), sudah_mulai=getdate(s.tanggal_mulai) <= hari_ini)
		for s in daftar
	]
	if sub_periode and sub_periode not in {s.name for s in daftar}:
		frappe.throw(_("Sub-periode {0} tidak termasuk dalam SKP ini.").format(sub_periode))
	if not sub_periode:
		mulai = [s for s in hasil["sub_periode"] if s["sudah_mulai"]]
		belum = [s for s in mulai if not s["realisasi"] or s["realisasi"].status in ("Draft", "Revisi")]
		sub_periode = (belum or mulai[-1:] or hasil["sub_periode"][:1] or [{"name": None}])[0]["name"]
	hasil["terpilih"] = next((s for s in hasil["sub_periode"] if s["name"] == sub_periode), None)
	if sub_periode:
		hasil["bukti"] = bukti_skp([dipilih.name], sub_periode=sub_periode)
	return hasil


def aturan_berkas() -> dict:
	"""Allowed evidence files as Pengaturan Kinerja says (for the form's hints; the server decides)."""
	jenis, ukuran = frappe.db.get_value(
		"Pengaturan Kinerja", None, ["jenis_berkas_diizinkan", "ukuran_berkas_maks_mb"]
	) or (None, None)
	return {"ekstensi": list(jenis_berkas(jenis)), "ukuran_maks_mb": flt(ukuran) or None}


def umpan_balik_untuk(employee: str, limit: int = 5) -> list[dict]:
	return frappe.get_all(
		"Umpan Balik Kinerja",
		filters={"kepada": employee},
		fields=["name", "nama_dari", "jenis", "tanggal", "isi", "rhk", "perilaku_kerja"],
		order_by="tanggal desc, creation desc",
		limit=limit,
	)


# Tim Saya --------------------------------------------------------------------------------------------


def diwakili_oleh(employee: str, penugasan) -> tuple[set[str], set[str]]:
	"""Officials and vacant units the employee acts for today, following chains (acting for an
	acting official)."""
	pejabat: set[str] = set()
	unit: set[str] = set()
	pengganti = {employee}
	berubah = True
	while berubah:
		berubah = False
		for p in penugasan:
			if p.pengganti in pengganti:
				if p.pejabat and p.pejabat not in pejabat:
					pejabat.add(p.pejabat)
					pengganti.add(p.pejabat)
					berubah = True
				elif not p.pejabat and p.unit and p.unit not in unit:
					unit.add(p.unit)
					berubah = True
	return pejabat, unit


def skp_tim(employee: str) -> tuple[list[dict], dict[str, PenilaiTerpilih | None]]:
	"""Running SKP of the people the employee assesses: as Pejabat Penilai on record, as the stored
	approver, or as the acting official the resolver names today. Returns the rows and, per SKP,
	who the resolver says approves now."""
	hari_ini = getdate(today())
	penugasan = penugasan_berlaku(hari_ini)
	pejabat, unit = diwakili_oleh(employee, penugasan)
	if unit:
		pejabat |= set(
			frappe.get_all(
				"Department",
				filters={"name": ("in", list(unit)), "kepala_unit": ("is", "set")},
				pluck="kepala_unit",
			)
		)
	rows = frappe.get_all(
		"SKP",
		filters={"docstatus": ("<", 2), "status": ("in", STATUS_SKP_BERJALAN), "employee": ("!=", employee)},
		or_filters=[
			["pejabat_penilai", "=", employee],
			["penyetuju", "=", employee],
			*([["pejabat_penilai", "in", list(pejabat)]] if pejabat else []),
		],
		fields=[*SKP_FIELDS, "designation", "department"],
		order_by="employee_name asc, tanggal_mulai desc",
	)
	garis = GarisAtasan(hari_ini)
	penilai: dict[str, PenilaiTerpilih | None] = {}
	for r in rows:
		try:
			penilai[r.name] = tentukan(
				r.employee, r.pejabat_penilai, hari_ini, garis=garis, penugasan=penugasan
			)
		except frappe.ValidationError:
			frappe.clear_last_message()
			penilai[r.name] = None
	tim = [r for r in rows if employee in (r.pejabat_penilai, _pegawai(penilai[r.name]))]
	return tim, penilai


def _pegawai(terpilih: PenilaiTerpilih | None) -> str | None:
	return terpilih.pegawai if terpilih else None


def _sebagai(employee: str, skp, terpilih: PenilaiTerpilih | None) -> str:
	"""How the employee assesses this person when not as the Pejabat Penilai on record."""
	if skp.pejabat_penilai == employee or _pegawai(terpilih) != employee:
		return ""
	return terpilih.sebutan or _("atasan pejabat penilai")


def tim_pegawai(employee: str) -> dict:
	"""Tim Saya: each assessee's current SKP with check-in counts, and the check-ins waiting for
	verification with their rows and evidence; boleh_verifikasi says whether this user may act."""
	hari_ini = getdate(today())
	rows, penilai = skp_tim(employee)
	semua_skp = [r.name for r in rows]
	realisasi = frappe.get_all(
		"Realisasi Kinerja",
		filters={"docstatus": ("<", 2)},
		or_filters=[["skp", "in", semua_skp or [""]], ["penyetuju", "=", employee]],
		fields=REALISASI_FIELDS,
		order_by="tanggal_mulai asc",
	)
	per_skp: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
	for r in realisasi:
		per_skp[r.skp][r.status or "Draft"] += 1

	anggota: dict[str, dict] = {}
	for r in rows:
		sekarang = anggota.get(r.employee)
		mencakup = r.tanggal_mulai and getdate(r.tanggal_mulai) <= hari_ini <= getdate(r.tanggal_selesai)
		if sekarang and not (mencakup and not sekarang.mencakup):
			continue
		anggota[r.employee] = frappe._dict(
			r,
			mencakup=bool(mencakup),
			penilai_sekarang=_pegawai(penilai.get(r.name)),
			diwakili=_pegawai(penilai.get(r.name)) not in (None, employee),
			sebagai=_sebagai(employee, r, penilai.get(r.name)),
			jumlah_realisasi=dict(per_skp.get(r.name, {})),
			menunggu_persetujuan_skp=r.status == "Diajukan" and r.penyetuju == employee,
		)

	menunggu = [r for r in realisasi if r.status == "Diajukan"]
	rincian = rincian_realisasi([r.name for r in menunggu])
	sub_menunggu = list({r.sub_periode for r in menunggu}) or [""]
	bukti: dict[tuple, list[dict]] = defaultdict(list)
	for b in bukti_skp(list({r.skp for r in menunggu}), sub_periode=("in", sub_menunggu)):
		bukti[(b.skp, b.sub_periode)].append(b)
	nama_sub = dict(
		frappe.get_all(
			"Periode Kinerja",
			filters={"name": ("in", sub_menunggu)},
			fields=["name", "nama_periode"],
			as_list=True,
		)
	)
	antrean = []
	for r in menunggu:
		verifikator = r.penyetuju or _pegawai(penilai.get(r.skp))
		lampiran = bukti[(r.skp, r.sub_periode)]
		baris = [
			frappe._dict(
				b, bukti=[x for x in lampiran if x.rhk == b.rhk and (x.iki or "") in ("", b.iki or "")]
			)
			for b in rincian.get(r.name, [])
		]
		antrean.append(
			frappe._dict(
				r,
				nama_sub_periode=nama_sub.get(r.sub_periode, r.sub_periode),
				rincian=baris,
				boleh_verifikasi=verifikator == employee,
			)
		)
	return {
		"pegawai": data_pegawai(employee),
		"anggota": sorted(anggota.values(), key=lambda a: a.employee_name or ""),
		"menunggu_verifikasi": antrean,
		"hari_ini": hari_ini,
	}
