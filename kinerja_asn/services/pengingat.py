"""Daily reminders of the execution stage, each switched on or off in Pengaturan Kinerja: check-ins
due at the end of a sub-period (to the employee, a summary to the approver), SKP not yet approved a
month into the period, and evidence rejected (sent when it happens). Timing rules are the domain's
(domain.pelaksanaan); this module loads the tables once and writes Notification Logs."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import frappe
from frappe import _
from frappe.utils import getdate, today

from kinerja_asn.domain.pelaksanaan import (
	batas_skp_disetujui,
	perlu_diingatkan,
	skp_perlu_diingatkan,
	tagihan_realisasi,
)
from kinerja_asn.domain.penilai import tentukan_penilai
from kinerja_asn.services.alur import MENUNGGU
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.penilai import GarisAtasan, penugasan_berlaku
from kinerja_asn.services.realisasi import beri_tahu


def _users() -> dict[str, str]:
	return dict(
		frappe.get_all(
			"Employee", filters={"user_id": ("is", "set")}, fields=["name", "user_id"], as_list=True
		)
	)


def ingatkan_realisasi(tanggal: date | str | None = None) -> int:
	"""Daily: each employee whose check-in of a sub-period is due (domain.tagihan_realisasi) on a
	reminder day (domain.perlu_diingatkan) gets a notification; each approver a summary of the
	subordinates concerned. Returns the number of notifications."""
	pengaturan = get_pengaturan()
	if not pengaturan.pengingat_realisasi_aktif:
		return 0
	hari_ini = getdate(tanggal or today())
	periode = frappe.get_all(
		"Periode Kinerja", filters={"status": ("in", ["Perencanaan", "Pelaksanaan"])}, pluck="name"
	)
	if not periode:
		return 0
	skp_list = frappe.get_all(
		"SKP",
		filters={
			"docstatus": 1,
			"status": "Disetujui",
			"periode_kinerja": ("in", periode),
			"tanggal_mulai": ("<=", hari_ini),
		},
		fields=[
			"name",
			"employee",
			"employee_name",
			"pejabat_penilai",
			"periode_kinerja",
			"tanggal_mulai",
			"tanggal_selesai",
		],
	)
	if not skp_list:
		return 0
	sub_periode = frappe.get_all(
		"Periode Kinerja",
		filters={
			"jenis": pengaturan.frekuensi_realisasi,
			"periode_induk": ("in", list({s.periode_kinerja for s in skp_list})),
			"tanggal_mulai": ("<=", hari_ini),
		},
		fields=["name", "nama_periode", "periode_induk", "tanggal_mulai", "tanggal_selesai"],
		order_by="tanggal_mulai asc",
	)
	per_periode = defaultdict(list)
	for sp in sub_periode:
		per_periode[sp.periode_induk].append(sp)
	status = {
		(r.skp, r.sub_periode): r.status
		for r in frappe.get_all(
			"Realisasi Kinerja",
			filters={"skp": ("in", [s.name for s in skp_list]), "docstatus": ("<", 2)},
			fields=["skp", "sub_periode", "status"],
		)
	}
	nama_sub = {sp.name: sp.nama_periode for sp in sub_periode}
	users = _users()
	garis = GarisAtasan(hari_ini).muat_semua()
	penugasan = penugasan_berlaku(hari_ini)
	ringkasan: dict[str, list[str]] = defaultdict(list)
	terkirim = 0
	for skp in skp_list:
		mulai, selesai = getdate(skp.tanggal_mulai), getdate(skp.tanggal_selesai)
		daftar = [
			(sp.name, min(getdate(sp.tanggal_selesai), selesai))
			for sp in per_periode.get(skp.periode_kinerja, ())
			if getdate(sp.tanggal_selesai) >= mulai and getdate(sp.tanggal_mulai) <= selesai
		]
		tagihan = tagihan_realisasi(
			daftar, {sp: status.get((skp.name, sp)) for sp, _selesai in daftar}, hari_ini
		)
		tagihan = [t for t in tagihan if perlu_diingatkan(t.selesai, hari_ini)]
		for t in tagihan:
			pesan = (
				_("Realisasi kinerja {0} belum diajukan (batas {1}).")
				if t.terlambat
				else _(
					"Realisasi kinerja {0} jatuh tempo {1}; isi dan ajukan realisasi beserta bukti dukungnya."
				)
			)
			terkirim += beri_tahu(
				users.get(skp.employee),
				pesan.format(nama_sub[t.sub_periode], frappe.format(t.selesai, "Date")),
				"SKP",
				skp.name,
			)
		if tagihan:
			penilai = _penilai(skp, hari_ini, garis, penugasan)
			if penilai:
				ringkasan[penilai].append(
					f"{skp.employee_name} ({', '.join(nama_sub[t.sub_periode] for t in tagihan)})"
				)
	for penilai, daftar in ringkasan.items():
		terkirim += beri_tahu(
			users.get(penilai),
			_("{0} bawahan belum mengajukan realisasi kinerja: {1}.").format(len(daftar), "; ".join(daftar)),
			"Employee",
			penilai,
		)
	return terkirim


def _penilai(skp, hari_ini: date, garis: GarisAtasan, penugasan) -> str | None:
	try:
		return tentukan_penilai(
			skp.employee,
			hari_ini,
			skp.pejabat_penilai,
			aktif=garis.aktif,
			atasan=garis.atasan,
			unit_dipimpin=garis.unit_dipimpin,
			penugasan=penugasan,
		).pegawai
	except ValueError:
		return None  # a loop in the data: the data-health check reports it


def ingatkan_skp_belum_disetujui(tanggal: date | str | None = None) -> int:
	"""Daily: an SKP still not approved one month into its span (domain.skp_perlu_diingatkan) reminds
	its owner, and the approver when it waits for them. Returns the number of notifications."""
	if not get_pengaturan().pengingat_skp_belum_disetujui_aktif:
		return 0
	hari_ini = getdate(tanggal or today())
	terkirim = 0
	for skp in frappe.get_all(
		"SKP",
		filters={"docstatus": 0, "status": ("in", ["Draft", "Diajukan", "Ditinjau", "Dikembalikan"])},
		fields=[
			"name",
			"employee_name",
			"employee_user",
			"user_penyetuju",
			"status",
			"tanggal_mulai",
		],
	):
		if not skp.tanggal_mulai or not skp_perlu_diingatkan(getdate(skp.tanggal_mulai), hari_ini):
			continue
		batas = frappe.format(batas_skp_disetujui(getdate(skp.tanggal_mulai)), "Date")
		if skp.status == MENUNGGU:
			terkirim += beri_tahu(
				skp.employee_user,
				_("SKP {0} belum disetujui pejabat penilai sejak batas {1}.").format(skp.name, batas),
				"SKP",
				skp.name,
			)
			terkirim += beri_tahu(
				skp.user_penyetuju,
				_("SKP {0} ({1}) menunggu persetujuan Anda; batasnya {2}.").format(
					skp.name, skp.employee_name, batas
				),
				"SKP",
				skp.name,
			)
		else:
			terkirim += beri_tahu(
				skp.employee_user,
				_("SKP {0} belum diajukan dan disetujui; batasnya {1}.").format(skp.name, batas),
				"SKP",
				skp.name,
			)
	return terkirim


def ingatkan_bukti_ditolak(bukti) -> int:
	"""When the approver rejects a piece of evidence, tell its owner why (if switched on)."""
	if not get_pengaturan().pengingat_bukti_ditolak_aktif:
		return 0
	return beri_tahu(
		frappe.db.get_value("Employee", bukti.employee, "user_id"),
		_('Bukti dukung "{0}" ditolak: {1}. Unggah bukti pengganti.').format(
			bukti.keterangan, bukti.alasan_penolakan
		),
		bukti.doctype,
		bukti.name,
	)
