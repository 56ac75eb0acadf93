# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""Credit points of functional officials: per official the AK by source, the total in the current
jenjang (it restarts at a new jenjang), what is still needed for the next pangkat and jenjang, and
who meets the AK requirement now (PerBKN 3/2023). A fixed number of queries whatever the size."""

import frappe
from frappe import _

from kinerja_asn.domain.argumen import Bendera, Nama
from kinerja_asn.services.akses import is_pengelola, unit_cakupan
from kinerja_asn.services.angka_kredit import FUNGSIONAL, posisi, tabel_jenjang
from kinerja_asn.services.argumen import filter_laporan
from kinerja_asn.services.penilai import employee_of_user

# What the report reads from its filters (anything else is dropped; a wrong type is refused).
FILTER = {
	"company": Nama("Company", wajib=False),
	"department": Nama("Department", wajib=False),
	"jabatan_fungsional": Nama("Jabatan Fungsional", wajib=False),
	"jenjang": Nama("Jenjang Jabatan Fungsional", wajib=False),
	"hanya_layak": Bendera(),
}


def execute(filters=None):
	filters = filter_laporan(filters, **FILTER)
	pegawai = _pegawai(filters)
	rows = _baris(pegawai, filters)
	return columns(), rows, None, _grafik(rows)


def columns():
	return [
		{
			"fieldname": "employee",
			"label": _("Pegawai"),
			"fieldtype": "Link",
			"options": "Employee",
			"width": 130,
		},
		{"fieldname": "employee_name", "label": _("Nama"), "fieldtype": "Data", "width": 180},
		{
			"fieldname": "jabatan_fungsional",
			"label": _("Jabatan Fungsional"),
			"fieldtype": "Data",
			"width": 160,
		},
		{"fieldname": "jenjang", "label": _("Jenjang"), "fieldtype": "Data", "width": 110},
		{"fieldname": "pangkat_golongan", "label": _("Golongan"), "fieldtype": "Data", "width": 80},
		{"fieldname": "ak_awal", "label": _("AK Awal"), "fieldtype": "Float", "precision": 3, "width": 90},
		{
			"fieldname": "ak_konversi",
			"label": _("AK Konversi"),
			"fieldtype": "Float",
			"precision": 3,
			"width": 100,
		},
		{
			"fieldname": "ak_kegiatan",
			"label": _("AK Butir Kegiatan"),
			"fieldtype": "Float",
			"precision": 3,
			"width": 110,
		},
		{
			"fieldname": "ak_jenjang",
			"label": _("Kumulatif di Jenjang"),
			"fieldtype": "Float",
			"precision": 3,
			"width": 120,
		},
		{
			"fieldname": "kurang_pangkat",
			"label": _("Kurang untuk Pangkat"),
			"fieldtype": "Float",
			"precision": 3,
			"width": 120,
		},
		{
			"fieldname": "layak_pangkat",
			"label": _("AK Pangkat Terpenuhi"),
			"fieldtype": "Check",
			"width": 110,
		},
		{
			"fieldname": "kurang_jenjang",
			"label": _("Kurang untuk Jenjang"),
			"fieldtype": "Float",
			"precision": 3,
			"width": 120,
		},
		{
			"fieldname": "layak_jenjang",
			"label": _("AK Jenjang Terpenuhi"),
			"fieldtype": "Check",
			"width": 110,
		},
		{"fieldname": "syarat_lain", "label": _("Syarat Lain"), "fieldtype": "Data", "width": 200},
	]


def _pegawai(filters) -> list:
	"""Active functional officials in the filters; an employee without HR's role sees themself and
	the officials they assess."""
	kondisi = {"status": "Active", "jenis_jabatan": FUNGSIONAL}
	for field in ("company", "jabatan_fungsional"):
		if filters.get(field):
			kondisi[field] = filters[field]
	if filters.jenjang:
		kondisi["jenjang_jabatan_fungsional"] = filters.jenjang
	if filters.department:
		kondisi["department"] = ("in", list(unit_cakupan(filters.department)))
	if not is_pengelola():
		saya = employee_of_user()
		dinilai = []
		if saya:
			dinilai = frappe.db.sql_list(
				"""select distinct employee from `tabSKP`
				where docstatus < 2 and (pejabat_penilai = %(e)s or penyetuju = %(e)s)""",
				{"e": saya},
			)
		kondisi["name"] = ("in", [saya, *dinilai] if saya else [""])
	return frappe.get_all(
		"Employee",
		filters=kondisi,
		fields=[
			"name",
			"employee_name",
			"jabatan_fungsional",
			"jenjang_jabatan_fungsional",
			"pangkat_golongan",
		],
		order_by="employee_name asc",
	)


def _baris(pegawai: list, filters) -> list[dict]:
	if not pegawai:
		return []
	entri: dict[str, list] = {}
	for e in frappe.get_all(
		"Entri Angka Kredit",
		filters={"employee": ("in", [p.name for p in pegawai]), "dibatalkan": 0},
		fields=["employee", "jenjang", "unsur", "angka_kredit", "tanggal_mulai", "creation"],
		order_by="tanggal_mulai asc, creation asc",
	):
		entri.setdefault(e.employee, []).append(e)
	tabel = tabel_jenjang()
	rows = []
	for p in pegawai:
		daftar = entri.get(p.name, [])
		jenjang = p.jenjang_jabatan_fungsional
		di_jenjang, kelayakan = posisi(daftar, jenjang, p.pangkat_golongan, tabel)
		if kelayakan is None:
			continue  # a jenjang missing from the masters: the data-health check reports it
		baris = {
			"employee": p.name,
			"employee_name": p.employee_name,
			"jabatan_fungsional": p.jabatan_fungsional,
			"jenjang": jenjang,
			"pangkat_golongan": p.pangkat_golongan,
			"ak_awal": sum(e.angka_kredit for e in daftar if e.unsur == "Awal"),
			"ak_konversi": sum(e.angka_kredit for e in daftar if e.unsur == "Konversi"),
			"ak_kegiatan": sum(e.angka_kredit for e in daftar if e.unsur in ("Utama", "Penunjang")),
			"ak_jenjang": di_jenjang,
			"kurang_pangkat": kelayakan.pangkat.kekurangan if kelayakan.pangkat.tersedia else None,
			"layak_pangkat": int(kelayakan.pangkat.memenuhi_ak),
			"kurang_jenjang": kelayakan.jenjang_berikutnya.kekurangan
			if kelayakan.jenjang_berikutnya.tersedia
			else None,
			"layak_jenjang": int(kelayakan.jenjang_berikutnya.memenuhi_ak),
			"syarat_lain": ", ".join(_(s) for s in kelayakan.jenjang_berikutnya.syarat_lain),
		}
		if filters.hanya_layak and not (baris["layak_pangkat"] or baris["layak_jenjang"]):
			continue
		rows.append(baris)
	return rows


def _grafik(rows: list[dict]) -> dict | None:
	if not rows:
		return None
	return {
		"data": {
			"labels": [_("AK pangkat terpenuhi"), _("AK jenjang terpenuhi"), _("Belum")],
			"datasets": [
				{
					"name": _("Pejabat fungsional"),
					"values": [
						sum(r["layak_pangkat"] for r in rows),
						sum(r["layak_jenjang"] for r in rows),
						sum(1 for r in rows if not (r["layak_pangkat"] or r["layak_jenjang"])),
					],
				}
			],
		},
		"type": "bar",
	}
