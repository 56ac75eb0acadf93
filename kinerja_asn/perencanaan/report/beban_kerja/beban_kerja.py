# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""Workload per employee (number and weighted share of RHK and IKI, ABK hours and efficiency where
the position has an Analisis Beban Kerja) under a row per unit with its Gini coefficient, the
people outside the configured band and the employees ABK needs against those in place. HR sees
every unit; anyone else their own unit and its sub-units."""

from frappe import _

from kinerja_asn.domain.argumen import Bendera, Nama, Pilihan
from kinerja_asn.services.argumen import filter_laporan
from kinerja_asn.services.pemantauan import muat_beban

# What the report reads from its filters (anything else is dropped; a wrong type is refused).
FILTER = {
	"company": Nama("Company", wajib=False),
	"periode_kinerja": Nama("Periode Kinerja", wajib=False),
	"department": Nama("Department", wajib=False),
	"ukuran": Pilihan(("bobot_rhk", "bobot_iki"), wajib=False),
	"termasuk_draft": Bendera(),
}
ARAH = {"tinggi": "Di atas batas", "rendah": "Di bawah batas"}


def execute(filters=None):
	filters = filter_laporan(filters, **FILTER)
	if not filters.periode_kinerja:
		return columns(), []
	ukuran = filters.ukuran or "bobot_rhk"
	hasil = muat_beban(
		filters.periode_kinerja,
		filters.company,
		filters.department,
		ukuran=ukuran,
		termasuk_draft=bool(filters.termasuk_draft),
	)
	rows = build_rows(hasil, ukuran)
	return columns(), rows, None, chart(rows)


def columns() -> list[dict]:
	return [
		{"fieldname": "nama", "label": _("Unit / Pegawai"), "fieldtype": "Data", "width": 260},
		{"fieldname": "jabatan", "label": _("Jabatan"), "fieldtype": "Data", "width": 160},
		{"fieldname": "jumlah_pegawai", "label": _("Pegawai"), "fieldtype": "Int", "width": 80},
		{"fieldname": "jumlah_rhk", "label": _("RHK"), "fieldtype": "Int", "width": 70},
		{"fieldname": "jumlah_rhk_utama", "label": _("RHK Utama"), "fieldtype": "Int", "width": 90},
		{"fieldname": "jumlah_iki", "label": _("IKI"), "fieldtype": "Int", "width": 70},
		{"fieldname": "beban", "label": _("Beban Berbobot"), "fieldtype": "Float", "width": 110},
		{"fieldname": "porsi", "label": _("Porsi di Unit (%)"), "fieldtype": "Percent", "width": 120},
		{"fieldname": "rasio_median", "label": _("Rasio thd Median"), "fieldtype": "Float", "width": 120},
		{"fieldname": "status", "label": _("Status"), "fieldtype": "Data", "width": 150},
		{"fieldname": "gini", "label": _("Gini"), "fieldtype": "Float", "precision": 3, "width": 80},
		{"fieldname": "jumlah_tinggi", "label": _("Di Atas Batas"), "fieldtype": "Int", "width": 100},
		{"fieldname": "jumlah_rendah", "label": _("Di Bawah Batas"), "fieldtype": "Int", "width": 110},
		{"fieldname": "jam_abk", "label": _("Beban ABK (jam)"), "fieldtype": "Float", "width": 120},
		{
			"fieldname": "efisiensi",
			"label": _("Efisiensi Jabatan"),
			"fieldtype": "Float",
			"precision": 2,
			"width": 120,
		},
		{
			"fieldname": "kebutuhan_abk",
			"label": _("Kebutuhan Pegawai (ABK)"),
			"fieldtype": "Float",
			"precision": 2,
			"width": 150,
		},
		{
			"fieldname": "pemegang_abk",
			"label": _("Pegawai pada Jabatan ABK"),
			"fieldtype": "Int",
			"width": 150,
		},
		{"fieldname": "id", "label": _("ID"), "fieldtype": "Data", "hidden": 1},
		{"fieldname": "parent", "label": _("Induk"), "fieldtype": "Data", "hidden": 1},
		{"fieldname": "pegawai", "label": _("Pegawai"), "fieldtype": "Data", "hidden": 1},
		{"fieldname": "arah", "label": _("Arah"), "fieldtype": "Data", "hidden": 1},
	]


def build_rows(hasil, ukuran: str) -> list[dict]:
	rows = []
	for unit in sorted(hasil.unit):
		u = hasil.unit[unit]
		pencilan = {p.pegawai: p for p in (u.keadilan.pencilan if u.keadilan else ())}
		rows.append(
			{
				"id": unit,
				"parent": None,
				"indent": 0,
				"nama": unit,
				"jumlah_pegawai": len(u.pegawai),
				"jumlah_rhk": sum(b.jumlah_rhk for b in u.pegawai.values()),
				"jumlah_rhk_utama": sum(b.jumlah_rhk_utama for b in u.pegawai.values()),
				"jumlah_iki": sum(b.jumlah_iki for b in u.pegawai.values()),
				"beban": sum(getattr(b, ukuran) for b in u.pegawai.values()),
				"gini": u.keadilan.gini if u.keadilan else None,
				"jumlah_tinggi": sum(1 for p in pencilan.values() if p.arah == "tinggi"),
				"jumlah_rendah": sum(1 for p in pencilan.values() if p.arah == "rendah"),
				"jam_abk": sum(u.jam_abk.values()) if u.jam_abk else None,
				"kebutuhan_abk": u.kebutuhan_abk,
				"pemegang_abk": u.pemegang_abk,
			}
		)
		median = u.keadilan.median if u.keadilan else 0
		porsi = "porsi_rhk" if ukuran == "bobot_rhk" else "porsi_iki"
		for p in sorted(u.pegawai, key=lambda p: (-getattr(u.pegawai[p], ukuran), p)):
			b = u.pegawai[p]
			info = hasil.pegawai.get(p)
			arah = pencilan[p].arah if p in pencilan else None
			rows.append(
				{
					"id": f"{unit}::{p}",
					"parent": unit,
					"indent": 1,
					"pegawai": p,
					"nama": f"{info.employee_name} ({p})" if info else p,
					"jabatan": info.designation if info else None,
					"jumlah_rhk": b.jumlah_rhk,
					"jumlah_rhk_utama": b.jumlah_rhk_utama,
					"jumlah_iki": b.jumlah_iki,
					"beban": getattr(b, ukuran),
					"porsi": getattr(b, porsi) * 100,
					"rasio_median": getattr(b, ukuran) / median if median else None,
					"status": _(ARAH[arah]) if arah else _("Wajar"),
					"arah": arah,
					"jam_abk": u.jam_abk.get(p),
					"efisiensi": u.efisiensi.get(p),
				}
			)
	return rows


def chart(rows) -> dict:
	"""Gini per unit: the units where the load is least evenly shared stand out."""
	unit = [r for r in rows if r["indent"] == 0 and r.get("gini") is not None]
	return {
		"data": {
			"labels": [r["nama"] for r in unit],
			"datasets": [{"name": _("Gini"), "values": [round(r["gini"], 3) for r in unit]}],
		},
		"type": "bar",
	}
