# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""What in the personnel records would stop a performance cycle, one line per problem with who must
fix it; HR runs it before opening a Periode Kinerja (button on its form)."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from kinerja_asn.domain.argumen import Nama
from kinerja_asn.domain.kesehatan_data import ATASAN_LANGSUNG, Ringkasan
from kinerja_asn.domain.periode import tanggal_dalam_periode
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import filter_laporan
from kinerja_asn.services.kesehatan_data import periksa_ringkas

# What the report reads from its filters (anything else is dropped; a wrong type is refused).
FILTER = {
	"company": Nama("Company", wajib=False),
	"periode_kinerja": Nama("Periode Kinerja", wajib=False),
	"department": Nama("Department", wajib=False),
}


def execute(filters=None):
	if not is_pengelola():
		frappe.throw(
			_("Hanya Pengelola Kinerja yang dapat memeriksa kesehatan data."), frappe.PermissionError
		)
	filters = filter_laporan(filters, **FILTER)
	company, tanggal = filters.company, getdate(today())
	if filters.periode_kinerja:
		# the check looks at the period's employees: as of today while it runs, its first day
		# before it starts, its last day once it is over
		periode = frappe.db.get_value(
			"Periode Kinerja",
			filters.periode_kinerja,
			["company", "tanggal_mulai", "tanggal_selesai"],
			as_dict=True,
		)
		if company and periode.company != company:
			frappe.throw(
				_("Periode {0} milik instansi {1}, bukan {2}.").format(
					filters.periode_kinerja, periode.company, company
				)
			)
		company = periode.company
		tanggal = tanggal_dalam_periode(
			tanggal, getdate(periode.tanggal_mulai), getdate(periode.tanggal_selesai)
		)
	if not company:
		return columns(), []
	temuan, ringkasan = periksa_ringkas(company, filters.department or None, tanggal)
	return columns(), build_rows(temuan), pesan_ringkasan(ringkasan), None, kartu_ringkasan(ringkasan)


def pesan_ringkasan(r: Ringkasan) -> str:
	"""The line the report opens with: "200 pegawai diperiksa: 3 masalah di 2 unit"."""
	if not r.masalah:
		return _("{0} pegawai diperiksa: 0 masalah.").format(r.pegawai)
	if not r.unit:
		return _("{0} pegawai diperiksa: {1} masalah.").format(r.pegawai, r.masalah)
	return _("{0} pegawai diperiksa: {1} masalah di {2} unit.").format(r.pegawai, r.masalah, r.unit)


def kartu_ringkasan(r: Ringkasan) -> list[dict]:
	return [
		{"value": r.pegawai, "label": _("Pegawai Diperiksa"), "datatype": "Int", "indicator": "Blue"},
		{
			"value": r.masalah,
			"label": _("Masalah"),
			"datatype": "Int",
			"indicator": "Red" if r.masalah else "Green",
		},
		{
			"value": r.unit,
			"label": _("Unit Bermasalah"),
			"datatype": "Int",
			"indicator": "Red" if r.unit else "Green",
		},
	]


def columns() -> list[dict]:
	"""Employees and units are Dynamic Links: a plain Link column makes Frappe filter the rows by the
	viewer's read access to Employee, which Pengelola Kinerja or Admin Kinerja need not have."""
	return [
		{"fieldname": "masalah", "label": _("Masalah"), "fieldtype": "Data", "width": 250},
		_tautan("pegawai", _("Pegawai"), "doctype_pegawai", 130),
		{"fieldname": "nama_pegawai", "label": _("Nama Pegawai"), "fieldtype": "Data", "width": 170},
		_tautan("unit", _("Unit"), "doctype_unit", 170),
		{"fieldname": "keterangan", "label": _("Keterangan"), "fieldtype": "Data", "width": 420},
		{"fieldname": "penanggung_jawab", "label": _("Penanggung Jawab"), "fieldtype": "Data", "width": 170},
		_tautan("pegawai_penanggung_jawab", _("Pegawai Penanggung Jawab"), "doctype_pegawai", 150),
		{"fieldname": "kode", "label": _("Kode"), "fieldtype": "Data", "hidden": 1},
		{
			"fieldname": "doctype_pegawai",
			"label": _("Jenis Dokumen Pegawai"),
			"fieldtype": "Data",
			"hidden": 1,
		},
		{"fieldname": "doctype_unit", "label": _("Jenis Dokumen Unit"), "fieldtype": "Data", "hidden": 1},
	]


def _tautan(fieldname: str, label: str, options: str, width: int) -> dict:
	return {
		"fieldname": fieldname,
		"label": label,
		"fieldtype": "Dynamic Link",
		"options": options,
		"width": width,
	}


def build_rows(temuan) -> list[dict]:
	"""One row per finding; employee names and units come from one query for all rows."""
	ids = {t.pegawai for t in temuan if t.pegawai} | {
		t.pegawai_penanggung_jawab for t in temuan if t.pegawai_penanggung_jawab
	}
	pegawai = {
		r.name: r
		for r in frappe.get_all(
			"Employee",
			filters={"name": ("in", list(ids) or [""])},
			fields=["name", "employee_name", "department"],
		)
	}
	rows = []
	for t in temuan:
		info = pegawai.get(t.pegawai) if t.pegawai else None
		penanggung_jawab = _(t.penanggung_jawab)
		if t.penanggung_jawab == ATASAN_LANGSUNG and t.pegawai_penanggung_jawab in pegawai:
			penanggung_jawab = f"{penanggung_jawab}: {pegawai[t.pegawai_penanggung_jawab].employee_name}"
		rows.append(
			{
				"kode": t.kode,
				"masalah": _(t.judul),
				"pegawai": t.pegawai,
				"nama_pegawai": info.employee_name if info else None,
				"unit": t.unit or (info.department if info else None),
				"keterangan": t.pesan,
				"penanggung_jawab": penanggung_jawab,
				"pegawai_penanggung_jawab": t.pegawai_penanggung_jawab,
				"doctype_pegawai": "Employee",
				"doctype_unit": "Department",
			}
		)
	return rows
