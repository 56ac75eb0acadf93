"""Check-ins (Realisasi Kinerja) and evidence: load the SKP's indicators for the domain, write the
year's realisation back into the RHK, and present a check-in to the portal.

Every loader reads a table once for all rows it needs (never a query per row)."""

from __future__ import annotations

from collections import defaultdict

import frappe
from frappe import _
from frappe.query_builder import Case
from frappe.utils import flt, getdate

from kinerja_asn.domain.capaian import IKI, capaian_iki, capaian_rhk
from kinerja_asn.domain.pelaksanaan import (
	STATUS_BELUM_DIAJUKAN,
	agregasi_bawaan,
	capaian_keseluruhan,
	kelengkapan_bukti,
	peringatan_realisasi,
	realisasi_tahunan,
	target_sub_periode,
)
from kinerja_asn.services.alur import MENUNGGU
from kinerja_asn.services.kunci import cari_terkunci, kunci_baris
from kinerja_asn.services.pengaturan import get_pengaturan

IKI_FIELDS = [
	"name",
	"parent",
	"idx",
	"uraian",
	"satuan",
	"arah",
	"target",
	"target_maks",
	"bobot",
	"agregasi_realisasi",
]
BUKTI_FIELDS = [
	"name",
	"rhk",
	"iki",
	"sub_periode",
	"jenis",
	"berkas",
	"tautan",
	"keterangan",
	"butir_kegiatan",
	"status_verifikasi",
	"alasan_penolakan",
	"realisasi_kinerja",
]


def arah_domain(arah: str | None) -> str:
	return "turun" if (arah or "").strip().lower() == "turun" else "naik"


def muat_indikator(
	skp: str, rhk_fields: list[str] | None = None, iki_fields: list[str] | None = None
) -> tuple[list[frappe._dict], dict[str, frappe._dict]]:
	"""The SKP's RHK (Utama first, in the order they were made) and their IKI rows by row name (in
	row order): one query for the whole SKP. Callers needing more columns name them (code's names,
	never a user's)."""
	rhk_fields = rhk_fields or ["name", "uraian", "jenis"]
	iki_fields = iki_fields or IKI_FIELDS
	kolom = [f"r.`{f}` as `r.{f}`" for f in dict.fromkeys(["name", "jenis", *rhk_fields])]
	kolom += [f"i.`{f}` as `i.{f}`" for f in dict.fromkeys(["name", "idx", *iki_fields])]
	baris = frappe.db.sql(
		f"""select {", ".join(kolom)}
		from `tabRencana Hasil Kerja` r
		left join `tabIndikator Kinerja Individu` i
			on i.parent = r.name and i.parenttype = 'Rencana Hasil Kerja'
		where r.skp = %s
		order by r.creation, i.idx""",
		skp,
		as_dict=True,
	)
	rhk: dict[str, tuple] = {}
	iki_rows = []
	for b in baris:
		if b["r.name"] not in rhk:
			rhk[b["r.name"]] = (b["r.jenis"] != "Utama", frappe._dict({f: b[f"r.{f}"] for f in rhk_fields}))
		if b["i.name"]:
			iki_rows.append((b["i.idx"], b["i.name"], frappe._dict({f: b[f"i.{f}"] for f in iki_fields})))
	urut = [row for _bukan_utama, row in sorted(rhk.values(), key=lambda item: item[0])]
	iki_rows.sort(key=lambda item: item[0])  # all rows by idx, as before the join
	return urut, {name: row for _idx, name, row in iki_rows}


def baris_realisasi(skp, sub_mulai, sub_selesai) -> list[dict]:
	"""Rows of a new check-in, one per IKI of the SKP, with the sub-period's target from the domain."""
	rhk, iki = muat_indikator(skp.name)
	uraian = {r.name: r.uraian for r in rhk}
	urutan = {r.name: i for i, r in enumerate(rhk)}
	rows = []
	for row in sorted(iki.values(), key=lambda r: (urutan[r.parent], r.idx)):
		rows.append(
			{
				"rhk": row.parent,
				"uraian_rhk": uraian[row.parent],
				"iki": row.name,
				**target_baris(row, skp, sub_mulai, sub_selesai),
			}
		)
	return rows


def target_baris(iki, skp, sub_mulai, sub_selesai) -> dict:
	"""What a check-in row copies from its IKI: description, unit, direction, period targets."""
	rentang = (
		getdate(sub_mulai),
		getdate(sub_selesai),
		getdate(skp.tanggal_mulai),
		getdate(skp.tanggal_selesai),
	)
	agregasi = iki.agregasi_realisasi or agregasi_bawaan(iki.satuan)
	return {
		"uraian_iki": iki.uraian,
		"satuan": iki.satuan,
		"arah": iki.arah or "Naik",
		"target_periode": target_sub_periode(flt(iki.target), agregasi, *rentang),
		"target_maks_periode": (
			target_sub_periode(flt(iki.target_maks), agregasi, *rentang) if iki.target_maks else 0
		),  # 0, as the column stores "no upper bound": None would log "from 0 to null" at every save
	}


def capaian_baris(row) -> float | None:
	"""Capaian of a check-in row (None while not reported or without a target)."""
	if not row.terisi or flt(row.target_periode) <= 0:
		return None
	return capaian_iki(
		flt(row.realisasi),
		flt(row.target_periode),
		target_maks=flt(row.target_maks_periode) or None,
		arah=arah_domain(row.arah),
	)


def peringatan_baris(row, pengaturan=None) -> str | None:
	"""Why a check-in row's value looks like a slip (domain.peringatan_realisasi with the agency's
	limits), or None; the controller, the portal's save and the demo writer share it."""
	p = pengaturan or get_pengaturan()
	return (
		peringatan_realisasi(
			flt(row.realisasi) if row.terisi else None,
			flt(row.target_periode),
			capaian_baris(row),
			target_maks=flt(row.target_maks_periode) or None,
			rasio=p.rasio_realisasi_wajar,
			batas_capaian=p.batas_capaian_wajar,
		)
		or None
	)


def capaian_per_rhk(rows, bobot: dict[str, float]) -> dict[str, float | None]:
	"""Capaian of each RHK of a check-in: domain.capaian.capaian_rhk over its reported rows."""
	per_rhk: dict[str, list[IKI]] = defaultdict(list)
	for row in rows:
		terisi = row.terisi and flt(row.target_periode) > 0
		per_rhk[row.rhk].append(
			IKI(
				id=row.name or row.iki,
				target=flt(row.target_periode) or 1.0,
				target_maks=flt(row.target_maks_periode) or None,
				realisasi=flt(row.realisasi) if terisi else None,
				bobot=flt(bobot.get(row.iki, 1.0)),
				arah=arah_domain(row.arah),
			)
		)
	return {rhk: capaian_rhk(daftar) for rhk, daftar in per_rhk.items()}


def capaian_check_in(rows, bobot: dict[str, float]) -> tuple[dict[str, float | None], float | None]:
	per_rhk = capaian_per_rhk(rows, bobot)
	return per_rhk, capaian_keseluruhan(per_rhk.values())


# Writing the year back ------------------------------------------------------------------------------------


def perbarui_iki_rhk(skp: str, indikator=None) -> dict[str, tuple[float, float]]:
	"""Write the year's realisation (aggregated over the SKP's verified check-ins by each IKI's
	agregasi_realisasi) and its capaian into the RHK's IKI rows: one load per table, one update.
	`indikator`: muat_indikator(skp) when the caller loaded it in this save already."""
	_rhk, iki = indikator or muat_indikator(skp)
	if not iki:
		return {}
	nilai: dict[str, list] = defaultdict(list)
	for iki_name, selesai, realisasi in frappe.db.sql(
		"""select ri.iki, rk.tanggal_selesai, ri.realisasi
		from `tabRealisasi Kinerja` rk
		join `tabRealisasi IKI` ri on ri.parent = rk.name and ri.parenttype = 'Realisasi Kinerja'
		where rk.skp = %s and rk.docstatus = 1 and ri.terisi = 1""",
		skp,
	):
		nilai[iki_name].append((getdate(selesai), flt(realisasi)))
	hasil = {}
	for name, row in iki.items():
		realisasi = realisasi_tahunan(
			nilai.get(name, ()), row.agregasi_realisasi or agregasi_bawaan(row.satuan)
		)
		capaian = 0.0
		if realisasi is not None and flt(row.target) > 0:
			capaian = capaian_iki(
				realisasi,
				flt(row.target),
				target_maks=flt(row.target_maks) or None,
				arah=arah_domain(row.arah),
			)
		hasil[name] = (realisasi or 0.0, capaian)
	t = frappe.qb.DocType("Indikator Kinerja Individu")
	realisasi_baru, capaian_baru = Case(), Case()
	for name, (realisasi, capaian) in hasil.items():
		realisasi_baru = realisasi_baru.when(t.name == name, realisasi)
		capaian_baru = capaian_baru.when(t.name == name, capaian)
	(
		frappe.qb.update(t)
		.set(t.realisasi, realisasi_baru)
		.set(t.capaian, capaian_baru)
		.where(t.name.isin(list(hasil)))
		.run()
	)
	return hasil


# Presenting a check-in ------------------------------------------------------------------------------------


def bukti_realisasi(skp: str, sub_periode: str) -> list[dict]:
	return frappe.get_all(
		"Bukti Dukung",
		filters={"skp": skp, "sub_periode": sub_periode},
		fields=BUKTI_FIELDS,
		order_by="creation asc",
	)


def baris_tanpa_bukti(rincian, bukti) -> list[str]:
	"""Rows reported without evidence submitted or accepted (domain.kelengkapan_bukti); evidence
	given for a whole RHK (no IKI) counts for each of its rows."""
	per_baris = {
		row.name: [b.status_verifikasi for b in bukti if b.rhk == row.rhk and (not b.iki or b.iki == row.iki)]
		for row in rincian
	}
	return kelengkapan_bukti(
		[(row.name, flt(row.realisasi) if row.terisi else None) for row in rincian], per_baris
	)


def tanda_realisasi(jumlah_peringatan: int, tanpa_bukti: int) -> list[str]:
	"""Why a check-in needs the verifier's own look (not verified in bulk)."""
	tanda = []
	if jumlah_peringatan:
		tanda.append(_("{0} angka ditandai tidak wajar").format(jumlah_peringatan))
	if tanpa_bukti:
		tanda.append(_("{0} realisasi tanpa bukti dukung").format(tanpa_bukti))
	return tanda


def sebagai_dict(doc, user: str | None = None) -> dict:
	"""A check-in as the portal shows it: rows with capaian (None while not reported), capaian per
	RHK, evidence per row, rows lacking evidence, and what the session user may do with it."""
	user = user or frappe.session.user
	# loaded by the controller when this request saved the check-in
	_rhk, iki = getattr(doc, "_indikator", None) or muat_indikator(doc.skp)
	bobot = {name: flt(row.bobot) if row.bobot is not None else 1.0 for name, row in iki.items()}
	per_rhk, keseluruhan = capaian_check_in(doc.rincian, bobot)
	bukti = bukti_realisasi(doc.skp, doc.sub_periode)
	bukti_baris: dict[str, list[dict]] = defaultdict(list)
	for row in doc.rincian:
		for b in bukti:
			if b.rhk == row.rhk and (not b.iki or b.iki == row.iki):
				bukti_baris[row.name].append(b)
	rincian = []
	uraian_rhk = {}
	for row in doc.rincian:
		uraian_rhk.setdefault(row.rhk, row.uraian_rhk)
		rincian.append(
			{
				"name": row.name,
				"rhk": row.rhk,
				"uraian_rhk": row.uraian_rhk,
				"iki": row.iki,
				"uraian_iki": row.uraian_iki,
				"satuan": row.satuan,
				"arah": row.arah,
				"target_periode": row.target_periode,
				"target_maks_periode": row.target_maks_periode or None,
				"realisasi": flt(row.realisasi) if row.terisi else None,
				"capaian": capaian_baris(row),
				"keyakinan": row.keyakinan or None,
				"catatan": row.catatan or "",
				"status_verifikasi": row.status_verifikasi or "Belum Diverifikasi",
				"umpan_balik": row.umpan_balik or "",
				"peringatan": row.peringatan or "",
				"bukti": bukti_baris.get(row.name, []),
			}
		)
	pemilik = bool(doc.employee_user) and doc.employee_user == user
	terbuka = doc.docstatus == 0 and (doc.status or "Draft") in STATUS_BELUM_DIAJUKAN
	kurang = kelengkapan_bukti(
		[(r["name"], r["realisasi"]) for r in rincian],
		{r["name"]: [b.status_verifikasi for b in r["bukti"]] for r in rincian},
	)
	return {
		"name": doc.name,
		"skp": doc.skp,
		"employee": doc.employee,
		"employee_name": doc.employee_name,
		"periode_kinerja": doc.periode_kinerja,
		"sub_periode": doc.sub_periode,
		"nama_sub_periode": frappe.get_cached_value("Periode Kinerja", doc.sub_periode, "nama_periode"),
		"tanggal_mulai": str(doc.tanggal_mulai) if doc.tanggal_mulai else None,
		"tanggal_selesai": str(doc.tanggal_selesai) if doc.tanggal_selesai else None,
		"status": doc.status or "Draft",
		"workflow_state": doc.workflow_state,
		"docstatus": doc.docstatus,
		"capaian_keseluruhan": keseluruhan,
		# the average never hides an outlier: its spread and the rows flagged go with it
		"capaian_rentang": _rentang([r["capaian"] for r in rincian if r["capaian"] is not None]),
		"jumlah_peringatan": sum(1 for r in rincian if r["peringatan"]),
		"penyetuju": doc.penyetuju,
		"nama_penyetuju": frappe.get_cached_value("Employee", doc.penyetuju, "employee_name")
		if doc.penyetuju
		else None,
		"sebutan_penyetuju": doc.sebutan_penyetuju or "",
		"catatan_verifikasi": doc.catatan_verifikasi or "",
		"diverifikasi_oleh": doc.diverifikasi_oleh,
		"diverifikasi_sebagai": doc.diverifikasi_sebagai or "",
		"tanggal_verifikasi": str(doc.tanggal_verifikasi) if doc.tanggal_verifikasi else None,
		"rincian": rincian,
		"rhk": [
			{"rhk": rhk, "uraian_rhk": uraian_rhk.get(rhk), "capaian": capaian}
			for rhk, capaian in per_rhk.items()
		],
		"bukti_kurang": kurang,
		"dapat_diubah": pemilik and terbuka,
		"dapat_diajukan": pemilik and terbuka,
		"dapat_diverifikasi": doc.docstatus == 0
		and doc.status == MENUNGGU
		and bool(doc.user_penyetuju)
		and doc.user_penyetuju == user
		and not pemilik,
	}


def realisasi_untuk(skp: str, sub_periode: str) -> str | None:
	return frappe.db.get_value(
		"Realisasi Kinerja", {"skp": skp, "sub_periode": sub_periode, "docstatus": ("<", 2)}, "name"
	)


def buat_realisasi(skp: str, sub_periode: str) -> str:
	"""The open check-in of the SKP for the sub-period, made as a draft when there is none (the
	controller fills its rows). Two requests at once get the same one: the SKP's row is locked first."""
	kunci_baris("SKP", skp)
	ada = cari_terkunci("Realisasi Kinerja", {"skp": skp, "sub_periode": sub_periode, "docstatus": ("<", 2)})
	if ada:
		return ada[0]
	doc = frappe.get_doc({"doctype": "Realisasi Kinerja", "skp": skp, "sub_periode": sub_periode})
	doc.insert()
	return doc.name


def _rentang(nilai: list[float]) -> list[float] | None:
	return [min(nilai), max(nilai)] if len(nilai) > 1 else None


def beri_tahu(user: str | None, subjek: str, doctype: str, name: str) -> int:
	"""A bell notification (Notification Log) for a user; 0 when there is nobody to tell."""
	if not user:
		return 0
	frappe.get_doc(
		{
			"doctype": "Notification Log",
			"for_user": user,
			"type": "Alert",
			"document_type": doctype,
			"document_name": name,
			"subject": subjek,
		}
	).insert(ignore_permissions=True)
	return 1


def wajib_pegawai(employee: str | None) -> str:
	if not employee:
		frappe.throw(_("Akun Anda tidak terhubung dengan data pegawai yang aktif."), frappe.PermissionError)
	return employee
