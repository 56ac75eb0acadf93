# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""The lines of proposed activity items waiting for a tim penilai, oldest proposal first: a member
sees the positions of their teams, HR all. Two queries whatever the size."""

import frappe
from frappe import _

from kinerja_asn.domain.argumen import Nama
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import filter_laporan

# What the report reads from its filters (anything else is dropped; a wrong type is refused).
FILTER = {"jabatan_fungsional": Nama("Jabatan Fungsional", wajib=False)}


def execute(filters=None):
	filters = filter_laporan(filters, **FILTER)
	kondisi = ["u.docstatus = 0", "u.status = 'Diajukan'", "ifnull(r.keputusan, 'Menunggu') = 'Menunggu'"]
	nilai = {"user": frappe.session.user, "jabatan": filters.jabatan_fungsional}
	if filters.jabatan_fungsional:
		kondisi.append("u.jabatan_fungsional = %(jabatan)s")
	if not is_pengelola():
		kondisi.append(
			"u.jabatan_fungsional in (select a.parent from `tabAnggota Tim Penilai` a"
			" where a.parenttype = 'Tim Penilai Angka Kredit' and a.user = %(user)s)"
		)
	rows = frappe.db.sql(
		f"""select u.name as usulan, u.modified as diajukan, u.employee, u.employee_name,
			u.jabatan_fungsional, u.jenjang, r.idx as baris, r.uraian, r.butir_kegiatan, r.jumlah,
			r.angka_kredit, r.bukti_dukung
		from `tabUsulan Angka Kredit` u
		join `tabRincian Usulan Angka Kredit` r on r.parent = u.name and r.parenttype = 'Usulan Angka Kredit'
		where {" and ".join(kondisi)}
		order by u.modified asc, r.idx asc""",
		nilai,
		as_dict=True,
	)
	return columns(), rows


def columns():
	return [
		{
			"fieldname": "usulan",
			"label": _("Usulan"),
			"fieldtype": "Link",
			"options": "Usulan Angka Kredit",
			"width": 150,
		},
		{"fieldname": "diajukan", "label": _("Diajukan"), "fieldtype": "Datetime", "width": 150},
		{"fieldname": "employee_name", "label": _("Pegawai"), "fieldtype": "Data", "width": 170},
		{
			"fieldname": "jabatan_fungsional",
			"label": _("Jabatan Fungsional"),
			"fieldtype": "Data",
			"width": 160,
		},
		{"fieldname": "jenjang", "label": _("Jenjang"), "fieldtype": "Data", "width": 100},
		{"fieldname": "baris", "label": _("Baris"), "fieldtype": "Int", "width": 60},
		{"fieldname": "uraian", "label": _("Uraian Hasil"), "fieldtype": "Data", "width": 200},
		{
			"fieldname": "butir_kegiatan",
			"label": _("Butir Kegiatan"),
			"fieldtype": "Link",
			"options": "Butir Kegiatan",
			"width": 160,
		},
		{"fieldname": "jumlah", "label": _("Jumlah"), "fieldtype": "Float", "width": 80},
		{
			"fieldname": "angka_kredit",
			"label": _("AK Diusulkan"),
			"fieldtype": "Float",
			"precision": 3,
			"width": 100,
		},
		{
			"fieldname": "bukti_dukung",
			"label": _("Bukti Dukung"),
			"fieldtype": "Link",
			"options": "Bukti Dukung",
			"width": 140,
		},
	]
