# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""Per unit with an organisation predikat: how its employees' predikat are spread, whether the spread
fits the curve of SE MenPAN-RB 3/2023 and how many slots of each predikat remain."""

from frappe import _

from kinerja_asn.domain.argumen import Bendera, Nama
from kinerja_asn.domain.rating import Predikat
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import filter_laporan
from kinerja_asn.services.penilai import employee_of_user
from kinerja_asn.services.penilaian import distribusi_periode

# What the report reads from its filters (anything else is dropped; a wrong type is refused).
FILTER = {
	"periode": Nama("Periode Kinerja", wajib=False),
	"hanya_ditetapkan": Bendera(),
}


def execute(filters=None):
	filters = filter_laporan(filters, **FILTER)
	if not filters.periode:
		return columns(), []
	daftar = distribusi_periode(filters.periode, bool(filters.hanya_ditetapkan))
	if not is_pengelola():
		me = employee_of_user()
		daftar = [d for d in daftar if me and me in (d.organisasi.kepala_unit, d.organisasi.penetap)]
	rows = []
	for d in daftar:
		row = {
			"unit": d.unit,
			"predikat_organisasi": _(d.organisasi.predikat),
			"jumlah_pegawai": d.jumlah_pegawai,
			"sudah_dinilai": d.sudah_dinilai,
			"status_kode": d.status,
			"status": _(d.status),
			"pelanggaran": "; ".join(d.pelanggaran),
			"sisa_kuota": "; ".join(f"{_(k['predikat'])}: {k['sisa']}" for k in d.kuota),
		}
		for p in Predikat:
			row[_kolom(p)] = d.jumlah.get(p.value, 0)
		rows.append(row)
	return columns(), rows


def _kolom(predikat: Predikat) -> str:
	return predikat.name.lower()


def columns():
	return [
		{"fieldname": "unit", "label": _("Unit"), "fieldtype": "Link", "options": "Department", "width": 200},
		{
			"fieldname": "predikat_organisasi",
			"label": _("Predikat Organisasi"),
			"fieldtype": "Data",
			"width": 140,
		},
		{"fieldname": "jumlah_pegawai", "label": _("Jumlah Pegawai"), "fieldtype": "Int", "width": 110},
		{"fieldname": "sudah_dinilai", "label": _("Sudah Dinilai"), "fieldtype": "Int", "width": 100},
		*({"fieldname": _kolom(p), "label": _(p.value), "fieldtype": "Int", "width": 110} for p in Predikat),
		{"fieldname": "status", "label": _("Status Kurva"), "fieldtype": "Data", "width": 120},
		{"fieldname": "pelanggaran", "label": _("Pelanggaran"), "fieldtype": "Small Text", "width": 360},
		{"fieldname": "sisa_kuota", "label": _("Sisa Kuota"), "fieldtype": "Data", "width": 320},
	]
