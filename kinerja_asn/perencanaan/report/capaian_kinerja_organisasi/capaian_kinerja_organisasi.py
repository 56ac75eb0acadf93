# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""Each IKU/IKK with its yearly target and its achievement per month or quarter, rolled up from
the individuals' verified check-ins along the direct cascade, with a line chart against the 100%
target. Indicators are open to every employee; the unit filter drills down to a unit and its
sub-units."""

import math

from frappe import _

from kinerja_asn.domain.argumen import Nama, Pilihan
from kinerja_asn.services.argumen import filter_laporan
from kinerja_asn.services.capaian_organisasi import muat_capaian_organisasi

# What the report reads from its filters (anything else is dropped; a wrong type is refused).
FILTER = {
	"company": Nama("Company", wajib=False),
	"periode_kinerja": Nama("Periode Kinerja", wajib=False),
	"department": Nama("Department", wajib=False),
	"jenis_sub_periode": Pilihan(("Bulanan", "Triwulan"), wajib=False),
}
MAKS_GARIS = 10  # lines in the chart; the table has them all


def execute(filters=None):
	filters = filter_laporan(filters, **FILTER)
	if not filters.periode_kinerja:
		return columns([]), []
	hasil = muat_capaian_organisasi(
		filters.periode_kinerja, filters.company, filters.department, filters.jenis_sub_periode
	)
	rows = build_rows(hasil)
	return columns(hasil.sub_periode), rows, hasil.sumber and hasil.sumber.pesan(), chart(hasil, rows)


def _kolom_sub(nama: str) -> str:
	return "c_" + "".join(ch if ch.isalnum() else "_" for ch in nama).lower()


def columns(sub_periode) -> list[dict]:
	kolom = [
		{
			"fieldname": "indikator",
			"label": _("Indikator"),
			"fieldtype": "Link",
			"options": "Indikator Kinerja",
			"width": 130,
		},
		{"fieldname": "jenis", "label": _("Jenis"), "fieldtype": "Data", "width": 60},
		{"fieldname": "uraian", "label": _("Uraian"), "fieldtype": "Data", "width": 320},
		{"fieldname": "unit", "label": _("Unit"), "fieldtype": "Data", "width": 160},
		{"fieldname": "target", "label": _("Target Tahunan"), "fieldtype": "Data", "width": 120},
	]
	kolom += [
		{
			"fieldname": _kolom_sub(s.name),
			"label": s.nama_periode or s.name,
			"fieldtype": "Percent",
			"width": 100,
		}
		for s in sub_periode
	]
	kolom.append(
		{"fieldname": "rata_rata", "label": _("Rata-rata (%)"), "fieldtype": "Percent", "width": 110}
	)
	return kolom


def build_rows(hasil) -> list[dict]:
	rows = []
	for i in hasil.indikator:
		per_sub = hasil.capaian.get(i.name, {})
		row = {
			"indikator": i.name,
			"jenis": i.jenis,
			"uraian": i.uraian,
			"unit": i.unit,
			"target": f"{i.target:g}–{i.target_maks:g}" if i.target_maks else f"{i.target:g}",
		}
		if i.satuan:
			row["target"] += f" {i.satuan}"
		nilai = []
		for s in hasil.sub_periode:
			c = per_sub.get(s.name)
			row[_kolom_sub(s.name)] = c
			if c is not None:
				nilai.append(c)
		row["rata_rata"] = math.fsum(nilai) / len(nilai) if nilai else None
		rows.append(row)
	return rows


def chart(hasil, rows) -> dict | None:
	if not hasil.sub_periode or not rows:
		return None
	garis = [r for r in rows if r["rata_rata"] is not None][:MAKS_GARIS]
	datasets = [
		{"name": r["indikator"], "values": [r.get(_kolom_sub(s.name)) or 0 for s in hasil.sub_periode]}
		for r in garis
	]
	datasets.append({"name": _("Target"), "values": [100] * len(hasil.sub_periode)})
	return {
		"data": {"labels": [s.nama_periode or s.name for s in hasil.sub_periode], "datasets": datasets},
		"type": "line",
	}
