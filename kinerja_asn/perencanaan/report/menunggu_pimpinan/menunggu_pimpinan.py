# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""For each leader, the subordinates who wait on their SKP, so no one is stuck for long."""

import frappe
from frappe import _

from kinerja_asn.domain.argumen import Nama
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import filter_laporan
from kinerja_asn.services.menunggu import rekap
from kinerja_asn.services.penilai import employee_of_user

# What the report reads from its filters (anything else is dropped; a wrong type is refused).
FILTER = {
	"periode_kinerja": Nama("Periode Kinerja", wajib=False),
}


def execute(filters=None):
	filters = filter_laporan(filters, **FILTER)
	if not filters.periode_kinerja:
		return columns(), []
	daftar = rekap(filters.periode_kinerja)
	if not is_pengelola():
		me = employee_of_user()
		daftar = [r for r in daftar if r.pimpinan == me]
	nama = dict(
		frappe.get_all(
			"Employee",
			filters={"name": ("in", list({e for r in daftar for e in (r.pimpinan, *r.bawahan)}) or [""])},
			fields=["name", "employee_name"],
			as_list=True,
		)
	)
	rows = [
		{
			"pimpinan": r.pimpinan,
			"nama_pimpinan": nama.get(r.pimpinan),
			"status_skp_pimpinan": _(r.status_skp_pimpinan) if r.status_skp_pimpinan else _("Belum ada SKP"),
			"jumlah_bawahan": len(r.bawahan),
			"bawahan": ", ".join(nama.get(b, b) for b in r.bawahan),
			"rhk_menunggu": r.rhk_menunggu,
			"sejak": r.sejak,
			"hari": r.hari,
			"eskalasi": 1 if r.eskalasi else 0,
		}
		for r in daftar
	]
	return columns(), rows


def columns():
	return [
		{
			"fieldname": "pimpinan",
			"label": _("Pimpinan"),
			"fieldtype": "Link",
			"options": "Employee",
			"width": 120,
		},
		{"fieldname": "nama_pimpinan", "label": _("Nama Pimpinan"), "fieldtype": "Data", "width": 180},
		{"fieldname": "status_skp_pimpinan", "label": _("SKP Pimpinan"), "fieldtype": "Data", "width": 120},
		{"fieldname": "jumlah_bawahan", "label": _("Bawahan Menunggu"), "fieldtype": "Int", "width": 120},
		{"fieldname": "bawahan", "label": _("Bawahan"), "fieldtype": "Data", "width": 280},
		{"fieldname": "rhk_menunggu", "label": _("RHK Menunggu"), "fieldtype": "Int", "width": 110},
		{"fieldname": "sejak", "label": _("Sejak"), "fieldtype": "Date", "width": 100},
		{"fieldname": "hari", "label": _("Hari"), "fieldtype": "Int", "width": 70},
		{"fieldname": "eskalasi", "label": _("Eskalasi"), "fieldtype": "Check", "width": 80},
	]
