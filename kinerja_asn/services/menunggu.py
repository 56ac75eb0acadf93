"""Subordinates who wait on their leader's SKP ("menunggu pimpinan"), and the daily reminder."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import getdate, today

from kinerja_asn.domain.skp import STATUS_TIDAK_AKTIF, BawahanMenunggu, RekapPimpinan, rekap_menunggu_pimpinan
from kinerja_asn.services.pengaturan import get_pengaturan


def rekap(periode_kinerja: str) -> list[RekapPimpinan]:
	skp = frappe.get_all(
		"SKP",
		filters={
			"periode_kinerja": periode_kinerja,
			"docstatus": ("<", 2),
			"status": ("not in", list(STATUS_TIDAK_AKTIF)),
		},
		fields=["name", "employee", "pejabat_penilai", "status"],
	)
	if not skp:
		return []
	names = [s.name for s in skp]
	jumlah = {
		r.skp: r
		for r in frappe.get_all(
			"Rencana Hasil Kerja",
			filters={"skp": ("in", names)},
			fields=["skp", "count(name) as jumlah", "sum(menunggu_rhk_pimpinan) as menunggu"],
			group_by="skp",
		)
	}
	sejak = {
		r.skp: getdate(r.sejak)
		for r in frappe.get_all(
			"Rencana Hasil Kerja",
			filters={"skp": ("in", names), "menunggu_rhk_pimpinan": 1},
			fields=["skp", "min(creation) as sejak"],
			group_by="skp",
		)
	}
	status = {s.employee: s.status for s in skp}
	bawahan = [
		BawahanMenunggu(
			pegawai=s.employee,
			pimpinan=s.pejabat_penilai,
			jumlah_rhk=int((jumlah.get(s.name) or {}).get("jumlah") or 0),
			jumlah_menunggu=int((jumlah.get(s.name) or {}).get("menunggu") or 0),
			sejak=sejak.get(s.name),
		)
		for s in skp
		if s.pejabat_penilai
	]
	pengaturan = get_pengaturan()
	return rekap_menunggu_pimpinan(
		bawahan,
		{p: status.get(p) for p in {b.pimpinan for b in bawahan}},
		getdate(today()),
		pengaturan.hari_eskalasi_pimpinan,
	)


def ingatkan_pimpinan() -> int:
	"""Daily: remind each leader whom subordinates wait on, and the leader's superior once the wait
	passes the escalation days. Returns the number of notifications."""
	if not get_pengaturan().pengingat_pimpinan_aktif:
		return 0
	terkirim = 0
	for periode in frappe.get_all(
		"Periode Kinerja", filters={"status": ("in", ["Perencanaan", "Pelaksanaan"])}, pluck="name"
	):
		daftar = rekap(periode)
		if not daftar:
			continue
		pegawai = {
			r.name: r
			for r in frappe.get_all(
				"Employee",
				filters={"name": ("in", [r.pimpinan for r in daftar])},
				fields=["name", "employee_name", "user_id", "reports_to"],
			)
		}
		atasan_user = dict(
			frappe.get_all(
				"Employee",
				filters={"name": ("in", [p.reports_to for p in pegawai.values() if p.reports_to] or [""])},
				fields=["name", "user_id"],
				as_list=True,
			)
		)
		for r in daftar:
			p = pegawai.get(r.pimpinan)
			if not p:
				continue
			pesan = _("{0} bawahan menunggu SKP Anda pada periode {1}.").format(len(r.bawahan), periode)
			terkirim += _kirim(p.user_id, pesan, periode)
			if r.eskalasi:
				pesan = _("{0} bawahan {1} sudah {2} hari menunggu SKP pimpinannya pada periode {3}.").format(
					len(r.bawahan), p.employee_name, r.hari, periode
				)
				terkirim += _kirim(atasan_user.get(p.reports_to), pesan, periode)
	return terkirim


def _kirim(user: str | None, pesan: str, periode: str) -> int:
	if not user:
		return 0
	frappe.get_doc(
		{
			"doctype": "Notification Log",
			"for_user": user,
			"type": "Alert",
			"document_type": "Periode Kinerja",
			"document_name": periode,
			"subject": pesan,
		}
	).insert(ignore_permissions=True)
	return 1
