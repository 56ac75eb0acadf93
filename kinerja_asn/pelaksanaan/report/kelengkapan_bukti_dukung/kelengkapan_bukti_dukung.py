# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""Evidence per unit and sub-period (month or quarter): realised key results that need proof, the
evidence submitted, accepted and rejected, and the key results still without valid proof. HR sees
every unit; anyone else their own unit and its sub-units."""

from frappe import _

from kinerja_asn.domain.argumen import Nama
from kinerja_asn.services.argumen import filter_laporan
from kinerja_asn.services.pemantauan import muat_kelengkapan_bukti

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
	rekap, sub, sumber = muat_kelengkapan_bukti(filters.periode_kinerja, filters.company, filters.department)
	rows = build_rows(rekap, sub)
	return columns(), rows, sumber.pesan(), chart(rekap, sub)


def columns() -> list[dict]:
	return [
		{"fieldname": "unit", "label": _("Unit"), "fieldtype": "Data", "width": 220},
		{
			"fieldname": "sub_periode",
			"label": _("Sub Periode"),
			"fieldtype": "Link",
			"options": "Periode Kinerja",
			"width": 200,
		},
		{"fieldname": "wajib", "label": _("IKI Perlu Bukti"), "fieldtype": "Int", "width": 120},
		{"fieldname": "diajukan", "label": _("Bukti Diajukan"), "fieldtype": "Int", "width": 120},
		{"fieldname": "diterima", "label": _("Bukti Diterima"), "fieldtype": "Int", "width": 120},
		{"fieldname": "ditolak", "label": _("Bukti Ditolak"), "fieldtype": "Int", "width": 110},
		{"fieldname": "kurang", "label": _("IKI Tanpa Bukti"), "fieldtype": "Int", "width": 120},
		{"fieldname": "persen_lengkap", "label": _("Kelengkapan (%)"), "fieldtype": "Percent", "width": 120},
	]


def _urut(sub):
	return lambda kunci: (kunci[0], sub[kunci[1]].tanggal_mulai if kunci[1] in sub else None, kunci[1])


def build_rows(rekap, sub) -> list[dict]:
	rows = []
	for kunci in sorted(rekap, key=_urut(sub)):
		r = rekap[kunci]
		rows.append(
			{
				"unit": kunci[0],
				"sub_periode": kunci[1],
				"wajib": r.wajib,
				"diajukan": r.diajukan,
				"diterima": r.diterima,
				"ditolak": r.ditolak,
				"kurang": r.kurang,
				"persen_lengkap": r.persen_lengkap,
			}
		)
	return rows


def chart(rekap, sub) -> dict:
	"""Completeness of the whole scope per sub-period."""
	per_sub: dict[str, list[int]] = {}
	for (_unit, s), r in rekap.items():
		jumlah = per_sub.setdefault(s, [0, 0])
		jumlah[0] += r.wajib
		jumlah[1] += r.wajib - r.kurang
	urut = sorted(per_sub, key=lambda s: (sub[s].tanggal_mulai if s in sub else None, s))
	return {
		"data": {
			"labels": [sub[s].nama_periode if s in sub else s for s in urut],
			"datasets": [
				{
					"name": _("Kelengkapan (%)"),
					"values": [
						round(100 * per_sub[s][1] / per_sub[s][0], 1) if per_sub[s][0] else 0 for s in urut
					],
				}
			],
		},
		"type": "line",
	}
