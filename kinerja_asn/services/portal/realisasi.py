"""The check-in page (/kinerja/realisasi): the SKP's sub-periods with their check-ins, the chosen one
and its evidence."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import getdate, today

from kinerja_asn.services.portal.data import (
	aturan_berkas,
	bukti_skp,
	data_pegawai,
	pilih_skp,
	realisasi_skp,
	skp_milik,
	sub_periode_skp,
)


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
