"""Tim Saya (/kinerja/tim): the people one assesses (acting assignments included) with their SKP and
the check-ins waiting for verification."""

from __future__ import annotations

from collections import defaultdict

import frappe
from frappe import _
from frappe.utils import flt, getdate, today

from kinerja_asn.domain.pelaksanaan import STATUS_BELUM_DIAJUKAN
from kinerja_asn.domain.pemantauan import kemajuan_tim
from kinerja_asn.domain.penilai import PenilaiTerpilih
from kinerja_asn.services.baca import baca
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.penilai import GarisAtasan, penugasan_berlaku, tentukan
from kinerja_asn.services.portal.data import (
	REALISASI_FIELDS,
	SKP_FIELDS,
	STATUS_SKP_BERJALAN,
	bukti_skp,
	data_pegawai,
	rincian_realisasi,
)
from kinerja_asn.services.realisasi import baris_tanpa_bukti, tanda_realisasi


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
	# two indexed conditions MariaDB can merge; Frappe's `in` filter would wrap the column in
	# ifnull() for an empty list and scan every check-in
	kolom = ", ".join(f"`{f}`" for f in REALISASI_FIELDS)
	syarat = "penyetuju = %(saya)s" + (" or skp in %(skp)s" if semua_skp else "")
	realisasi = frappe.db.sql(
		f"""select {kolom} from `tabRealisasi Kinerja`
		where docstatus < 2 and ({syarat}) order by tanggal_mulai asc""",
		{"saya": employee, "skp": tuple(semua_skp)},
		as_dict=True,
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
	sub_menunggu = list({r.sub_periode for r in menunggu})
	bukti: dict[tuple, list[dict]] = defaultdict(list)
	for b in bukti_skp(list({r.skp for r in menunggu}), sub_periode=sub_menunggu):
		bukti[(b.skp, b.sub_periode)].append(b)
	nama_sub = {
		r.name: r.nama_periode
		for r in baca("Periode Kinerja", ["name", "nama_periode"], {"name": sub_menunggu})
	}
	riwayat = _riwayat_umpan_balik(list({r.skp for r in menunggu}))
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
		tanpa_bukti = set(baris_tanpa_bukti(baris, lampiran))
		capaian = [flt(b.capaian) for b in baris if b.terisi and flt(b.target_periode) > 0]
		tanda = tanda_realisasi(r.jumlah_peringatan or 0, len(tanpa_bukti))
		antrean.append(
			frappe._dict(
				r,
				nama_sub_periode=nama_sub.get(r.sub_periode, r.sub_periode),
				rincian=[frappe._dict(b, tanpa_bukti=b.name in tanpa_bukti) for b in baris],
				boleh_verifikasi=verifikator == employee,
				capaian_terendah=min(capaian) if capaian else None,
				capaian_tertinggi=max(capaian) if capaian else None,
				tanpa_bukti=len(tanpa_bukti),
				tanda=tanda,
				riwayat=riwayat.get(r.skp, []),
			)
		)
	kemajuan, tertinggal = _kemajuan(list(anggota.values()), realisasi, hari_ini)
	for a in anggota.values():
		a.tertinggal = [kemajuan.nama.get(s, s) for s in tertinggal.get(a.employee, [])]
	return {
		"pegawai": data_pegawai(employee),
		"anggota": sorted(anggota.values(), key=lambda a: (-len(a.tertinggal), a.employee_name or "")),
		"kemajuan": kemajuan.baris,
		"menunggu_verifikasi": antrean,
		"hari_ini": hari_ini,
	}


def _riwayat_umpan_balik(skp: list[str], per_skp: int = 5) -> dict[str, list[dict]]:
	"""The latest feedback given on each SKP (one query), shown where new feedback is written."""
	hasil: dict[str, list[dict]] = defaultdict(list)
	if skp:
		for row in baca(
			"Umpan Balik Kinerja",
			["skp", "nama_dari", "jenis", "tanggal", "isi"],
			{"skp": list(skp)},
			order_by="tanggal desc, creation desc",
			limit=per_skp * len(skp),
		):
			if len(hasil[row.skp]) < per_skp:
				hasil[row.skp].append(row)
	return hasil


def _kemajuan(anggota: list[dict], realisasi: list[dict], hari_ini):
	"""The team's check-ins per started sub-period of the members' running periods (one query), and
	per member the ended sub-periods still without a submitted check-in."""
	periode = {a.periode_kinerja for a in anggota if a.mencakup and a.periode_kinerja}
	sub = baca(
		"Periode Kinerja",
		["name", "nama_periode", "tanggal_selesai"],
		{
			"periode_induk": list(periode),
			"jenis": get_pengaturan().frekuensi_realisasi or "Bulanan",
			"tanggal_mulai": ("<=", hari_ini),
		},
		order_by="tanggal_mulai asc",
	)
	skp_anggota = {a.name for a in anggota}
	status = {(r.employee, r.sub_periode): r.status or "Draft" for r in realisasi if r.skp in skp_anggota}
	baris, tertinggal = kemajuan_tim(
		[a.employee for a in anggota if a.mencakup],
		[(s.name, getdate(s.tanggal_selesai)) for s in sub],
		status,
		hari_ini,
		status_belum_diajukan=STATUS_BELUM_DIAJUKAN,
	)
	nama = {s.name: s.nama_periode or s.name for s in sub}
	return (
		frappe._dict(
			nama=nama,
			baris=[
				frappe._dict(
					sub_periode=k.sub_periode,
					nama=nama[k.sub_periode],
					jumlah=k.jumlah,
					dilaporkan=k.dilaporkan,
					diverifikasi=k.diverifikasi,
					persen=round(k.persen_dilaporkan),
					persen_diverifikasi=round(100 * k.diverifikasi / k.jumlah) if k.jumlah else 0,
				)
				for k in baris
			],
		),
		tertinggal,
	)
