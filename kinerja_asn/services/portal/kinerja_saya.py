"""Kinerja Saya (/kinerja): the running SKP with capaian, what is due and the line of sight to the IKU."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import getdate, today

from kinerja_asn.domain.garis_pandang import MAKS_TINGKAT, SimpulIndikator, SimpulRHK, garis_pandang
from kinerja_asn.domain.pelaksanaan import arah_keyakinan, kelengkapan_bukti, tagihan_realisasi
from kinerja_asn.services import alur
from kinerja_asn.services.baca import baca, satu
from kinerja_asn.services.portal.data import (
	STATUS_BELUM_DIVERIFIKASI,
	data_pegawai,
	muat_rhk,
	pilih_skp,
	realisasi_skp,
	rhk_dengan_capaian,
	rincian_realisasi,
	skp_milik,
	status_bukti_baris,
	sub_periode_skp,
	umpan_balik_untuk,
)

# what Kinerja Saya reads of a check-in's rows (the to-dos and the confidence trend)
RINCIAN_DIBACA = ["name", "parent", "rhk", "iki", "uraian_iki", "uraian_rhk", "realisasi", "keyakinan"]


def garis_pandang_rhk(rhk: list[dict]) -> dict[str, dict]:
	"""For each RHK, the leader RHK above it up to the top and the IKU it serves: one query per level
	of the hierarchy (a handful), then the domain walks the loaded nodes."""
	simpul = {r.name: SimpulRHK(r.name, r.rhk_intervensi, r.indikator_organisasi) for r in rhk}
	info: dict[str, dict] = {}
	batas = {r.rhk_intervensi for r in rhk if r.rhk_intervensi} - set(simpul)
	for _level in range(MAKS_TINGKAT):
		if not batas:
			break
		rows = baca(
			"Rencana Hasil Kerja",
			["name", "uraian", "employee_name", "rhk_intervensi", "indikator_organisasi"],
			{"name": list(batas)},
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
		rows = baca(
			"Indikator Kinerja", ["name", "jenis", "uraian", "indikator_induk"], {"name": list(batas)}
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


def tagihan_dokumen(employee: str, daftar_skp: list[dict]) -> list[dict]:
	"""Documents waiting on the employee besides check-ins: an SKP returned for changes, a final
	assessment not yet acknowledged (one query; the SKP are loaded already)."""
	hasil = []
	for s in daftar_skp:
		if s.status in alur.DIKEMBALIKAN:
			periode = frappe.get_cached_value("Periode Kinerja", s.periode_kinerja, "nama_periode")
			hasil.append(
				frappe._dict(
					jenis="skp_dikembalikan",
					pesan=_("SKP {0} dikembalikan untuk diperbaiki").format(periode or s.periode_kinerja),
					terlambat=False,
					tautan=f"/app/skp/{s.name}",
					label=_("Perbaiki SKP"),
				)
			)
	for p in baca(
		"Penilaian Kinerja",
		["name", "periode_kinerja"],
		{"employee": employee, "docstatus": 1, "diketahui_pegawai": 0},
		order_by="creation desc",
	):
		periode = frappe.get_cached_value("Periode Kinerja", p.periode_kinerja, "nama_periode")
		hasil.append(
			frappe._dict(
				jenis="penilaian",
				pesan=_("Penilaian kinerja {0} sudah ditetapkan: baca dan nyatakan telah mengetahui").format(
					periode or p.periode_kinerja
				),
				terlambat=False,
				tautan=f"/app/penilaian-kinerja/{p.name}",
				label=_("Baca penilaian"),
			)
		)
	return hasil


def _tren_keyakinan(rhk: list[dict], realisasi: list[dict], rincian: dict, nama: dict) -> None:
	"""Each IKI gets the confidence the employee gave at each check-in (in the order of the
	sub-periods) and its direction (domain.arah_keyakinan), from rows already loaded."""
	per_iki: dict[str, list[dict]] = {}
	for r in realisasi:  # ordered by start date
		for b in rincian.get(r.name, []):
			if b.keyakinan:
				per_iki.setdefault(b.iki, []).append(
					{"periode": nama.get(r.sub_periode, r.sub_periode), "nilai": b.keyakinan}
				)
	for r in rhk:
		for i in r.iki:
			tren = per_iki.get(i.name, [])
			i.keyakinan = tren
			i.arah_keyakinan = arah_keyakinan([t["nilai"] for t in tren])


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
		"tagihan": tagihan_dokumen(employee, daftar),
		"umpan_balik": umpan_balik_untuk(employee),
	}
	if not dipilih:
		return hasil
	hasil["skp"] = frappe._dict(
		dipilih,
		nama_periode=(satu("Periode Kinerja", dipilih.periode_kinerja, ["nama_periode"]) or {}).get(
			"nama_periode"
		),
	)
	rhk, iki = muat_rhk([dipilih.name])
	sight = garis_pandang_rhk(rhk)
	hasil["rhk"] = [frappe._dict(r, garis_pandang=sight[r.name]) for r in rhk_dengan_capaian(rhk, iki)]
	sub_periode = sub_periode_skp(dipilih)
	realisasi = realisasi_skp([dipilih.name])
	rincian = rincian_realisasi([r.name for r in realisasi], RINCIAN_DIBACA)
	_tren_keyakinan(hasil["rhk"], realisasi, rincian, {s.name: s.nama_periode for s in sub_periode})
	# returned work first: the superior waits on it
	# of the evidence, the to-dos read only whose row it is and its verdict
	bukti = baca("Bukti Dukung", ["sub_periode", "rhk", "iki", "status_verifikasi"], {"skp": dipilih.name})
	hasil["tagihan"] += tagihan(sub_periode, realisasi, rincian, bukti)
	hasil["tagihan"].sort(key=lambda t: t.jenis not in ("skp_dikembalikan", "revisi", "bukti_ditolak"))
	per_sub = {r.sub_periode: r for r in realisasi}
	hasil["sub_periode"] = [
		frappe._dict(s, realisasi=per_sub.get(s.name), sudah_mulai=getdate(s.tanggal_mulai) <= hari_ini)
		for s in sub_periode
	]
	return hasil
