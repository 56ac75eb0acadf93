# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""Free riders (employees linked to no organisation goal), leader RHK and IKU/IKK no one carries,
IKI without one owner of the realisation, and check-ins or evidence behind: one row per finding
with who must act and the document to open. HR sees every unit; anyone else their own unit and its
sub-units."""

import frappe
from frappe import _

from kinerja_asn.domain.argumen import Nama
from kinerja_asn.domain.pemantauan import FREE_RIDER, JUDUL, free_rider, ringkasan_temuan
from kinerja_asn.services.argumen import filter_laporan
from kinerja_asn.services.pemantauan import muat_pemantauan

# What the report reads from its filters (anything else is dropped; a wrong type is refused).
FILTER = {
	"company": Nama("Company", wajib=False),
	"periode_kinerja": Nama("Periode Kinerja", wajib=False),
	"department": Nama("Department", wajib=False),
}


def execute(filters=None):
	filters = filter_laporan(filters, **FILTER)
	if not filters.periode_kinerja:
		return columns(), []
	hasil = muat_pemantauan(filters.periode_kinerja, filters.company, filters.department)
	rows = build_rows(hasil)
	return columns(), rows, None, chart(hasil.temuan), summary(hasil.temuan)


def columns() -> list[dict]:
	return [
		{"fieldname": "masalah", "label": _("Masalah"), "fieldtype": "Data", "width": 260},
		{
			"fieldname": "pegawai",
			"label": _("Pegawai"),
			"fieldtype": "Dynamic Link",
			"options": "doctype_pegawai",
			"width": 130,
		},
		{"fieldname": "nama_pegawai", "label": _("Nama Pegawai"), "fieldtype": "Data", "width": 170},
		{"fieldname": "unit", "label": _("Unit"), "fieldtype": "Data", "width": 170},
		{"fieldname": "keterangan", "label": _("Keterangan"), "fieldtype": "Data", "width": 380},
		{
			"fieldname": "penanggung_jawab",
			"label": _("Yang Harus Bertindak"),
			"fieldtype": "Data",
			"width": 200,
		},
		{
			"fieldname": "dokumen",
			"label": _("Dokumen"),
			"fieldtype": "Dynamic Link",
			"options": "doctype",
			"width": 150,
		},
		{"fieldname": "kode", "label": _("Kode"), "fieldtype": "Data", "hidden": 1},
		{"fieldname": "free_rider", "label": _("Free Rider"), "fieldtype": "Check", "hidden": 1},
		{
			"fieldname": "pegawai_penanggung_jawab",
			"label": _("Pegawai Penanggung Jawab"),
			"fieldtype": "Data",
			"hidden": 1,
		},
		{"fieldname": "doctype", "label": _("Jenis Dokumen"), "fieldtype": "Data", "hidden": 1},
		{
			"fieldname": "doctype_pegawai",
			"label": _("Jenis Dokumen Pegawai"),
			"fieldtype": "Data",
			"hidden": 1,
		},
	]


def build_rows(hasil) -> list[dict]:
	"""Names of the acting employees outside the scope come from one query for all rows."""
	nama = {p: r.employee_name for p, r in hasil.pegawai.items()}
	lain = {t.pegawai_aktor for t in hasil.temuan if t.pegawai_aktor and t.pegawai_aktor not in nama}
	if lain:
		nama.update(
			frappe.get_all(
				"Employee",
				filters={"name": ("in", list(lain))},
				fields=["name", "employee_name"],
				as_list=True,
			)
		)
	rows = []
	for t in hasil.temuan:
		info = hasil.pegawai.get(t.pegawai) if t.pegawai else None
		aktor = _(t.aktor)
		if t.pegawai_aktor and t.pegawai_aktor != t.pegawai:
			aktor = f"{aktor}: {nama.get(t.pegawai_aktor) or t.pegawai_aktor}"
		rows.append(
			{
				"kode": t.kode,
				"masalah": _(t.judul),
				"free_rider": int(t.kode in FREE_RIDER),
				"pegawai": t.pegawai,
				"nama_pegawai": info.employee_name if info else None,
				"unit": info.department if info else None,
				"keterangan": t.pesan,
				"penanggung_jawab": aktor,
				"pegawai_penanggung_jawab": t.pegawai_aktor,
				"doctype": t.dokumen[0] if t.dokumen else None,
				"dokumen": t.dokumen[1] if t.dokumen else None,
				"doctype_pegawai": "Employee",
			}
		)
	return rows


def chart(temuan) -> dict:
	jumlah = ringkasan_temuan(temuan)
	return {
		"data": {
			"labels": [_(JUDUL[k]) for k in jumlah],
			"datasets": [{"name": _("Temuan"), "values": list(jumlah.values())}],
		},
		"type": "bar",
	}


def summary(temuan) -> list[dict]:
	jumlah = ringkasan_temuan(temuan)
	return [
		{"label": _("Free rider"), "value": len(free_rider(temuan)), "indicator": "Red", "datatype": "Int"},
		{
			"label": _("RHK pimpinan tidak dibawa"),
			"value": jumlah["rhk_yatim"],
			"indicator": "Orange",
			"datatype": "Int",
		},
		{
			"label": _("IKU/IKK tanpa RHK"),
			"value": jumlah["indikator_tanpa_rhk"],
			"indicator": "Orange",
			"datatype": "Int",
		},
		{
			"label": _("Pegawai tanpa SKP disetujui"),
			"value": jumlah["tanpa_skp"] + jumlah["skp_belum_disetujui"],
			"indicator": "Orange",
			"datatype": "Int",
		},
	]
