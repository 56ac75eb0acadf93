# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""The cascade from each organisation indicator (IKU/IKK) down to the RHK and IKI that carry it,
with achievement rolled up the direct cascade by the domain. It loads what is shown
(services/pohon_kaskade.py): an employee's readable branch; for HR a unit, an IKU or an RHK with
a number of levels below it, each deeper level opened from its row ("Buka")."""

import frappe
from frappe import _

from kinerja_asn.domain.argumen import Angka, Bendera, Nama
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import filter_laporan
from kinerja_asn.services.penilai import employee_of_user
from kinerja_asn.services.pohon_kaskade import MAKS_RHK, muat_pohon

TANPA_INDIKATOR = "__tanpa_indikator__"
KEDALAMAN_BAWAAN = 2


# What the report reads from its filters (anything else is dropped; a wrong type is refused).
FILTER = {
	"periode_kinerja": Nama("Periode Kinerja", wajib=False),
	"termasuk_draft": Bendera(),
	"batas_capaian": Angka(0, 1000),
	"indikator": Nama("Indikator Kinerja", wajib=False),
	"department": Nama("Department", wajib=False),
	"akar": Nama("Rencana Hasil Kerja", wajib=False),
	"kedalaman": Angka(1, 20),
	"tampilkan_iki": Bendera(),
}


def execute(filters=None):
	filters = filter_laporan(filters, **FILTER)
	if not filters.periode_kinerja:
		return columns(), []
	pohon = muat_pohon(
		filters.periode_kinerja,
		pembaca=employee_of_user(),
		pengelola=is_pengelola(),
		akar=filters.akar,
		indikator=filters.indikator,
		department=filters.department,
		kedalaman=int(filters.kedalaman or KEDALAMAN_BAWAAN),
		termasuk_draft=bool(filters.termasuk_draft),
		dengan_iki=bool(filters.tampilkan_iki),
		batas_capaian=filters.batas_capaian or None,
	)
	rows = build_rows(pohon, filters)
	pesan = [pohon.pesan] if pohon.pesan else []
	if pohon.terpotong:
		pesan.append(
			_(
				"Lebih dari {0} RHK: yang ditampilkan dipotong. Pilih unit, indikator atau RHK untuk mempersempit."
			).format(MAKS_RHK)
		)
	if pesan:
		return columns(), rows, " ".join(pesan)
	return columns(), rows


def columns():
	return [
		{"fieldname": "uraian", "label": _("Uraian"), "fieldtype": "Data", "width": 420},
		{"fieldname": "tipe", "label": _("Tingkat"), "fieldtype": "Data", "width": 90},
		{"fieldname": "pemilik", "label": _("Pemilik"), "fieldtype": "Data", "width": 180},
		{"fieldname": "target", "label": _("Target"), "fieldtype": "Data", "width": 110},
		{"fieldname": "realisasi", "label": _("Realisasi"), "fieldtype": "Float", "width": 90},
		{"fieldname": "capaian", "label": _("Capaian (%)"), "fieldtype": "Percent", "width": 110},
		{"fieldname": "jenis_kaskade", "label": _("Kaskade"), "fieldtype": "Data", "width": 110},
		{"fieldname": "bawah", "label": _("RHK di Bawah"), "fieldtype": "Int", "width": 110},
		{"fieldname": "catatan", "label": _("Catatan"), "fieldtype": "Data", "width": 220},
		{
			"fieldname": "dokumen",
			"label": _("Dokumen"),
			"fieldtype": "Dynamic Link",
			"options": "doctype",
			"width": 140,
		},
		{"fieldname": "doctype", "label": _("Jenis Dokumen"), "fieldtype": "Data", "hidden": 1},
	]


def build_rows(pohon, filters) -> list[dict]:
	"""Depth-first order: indicator, then its RHK, each followed by its IKI and its children. A shown
	RHK whose leader RHK is not shown starts a branch under the indicator its cascade serves."""
	anak: dict[str, list[str]] = {}
	per_indikator: dict[str, list[str]] = {}
	for name, r in pohon.baris.items():
		if r.rhk_intervensi and r.rhk_intervensi in pohon.baris:
			anak.setdefault(r.rhk_intervensi, []).append(name)
		else:
			per_indikator.setdefault(pohon.indikator_akar.get(name) or TANPA_INDIKATOR, []).append(name)
	if filters.indikator:
		per_indikator = {k: v for k, v in per_indikator.items() if k == filters.indikator}
	indikator = {
		r.name: r
		for r in frappe.get_all(
			"Indikator Kinerja",
			filters={"name": ("in", [k for k in per_indikator if k != TANPA_INDIKATOR] or [""])},
			fields=["name", "jenis", "uraian", "kode"],
		)
	}
	rows: list[dict] = []
	for key, akar in per_indikator.items():
		if key == TANPA_INDIKATOR:
			rows.append(
				{"id": key, "uraian": _("RHK tanpa indikator organisasi"), "tipe": _("Lainnya"), "indent": 0}
			)
		else:
			ind = indikator.get(key) or frappe._dict(name=key, jenis="", uraian=key, kode="")
			nilai = [pohon.capaian.get(r) for r in akar if pohon.capaian.get(r) is not None]
			rows.append(
				{
					"id": key,
					"uraian": " ".join(x for x in (ind.kode, ind.uraian) if x),
					"tipe": ind.jenis,
					"capaian": sum(nilai) / len(nilai) if nilai else None,
					"indent": 0,
					"doctype": "Indikator Kinerja",
					"dokumen": key,
				}
			)
		stack = [(r, 1, key) for r in reversed(akar)]
		while stack:
			rhk_id, indent, parent = stack.pop()
			rows.append(_rhk_row(pohon, rhk_id, indent, parent))
			if filters.tampilkan_iki:
				for iki in pohon.iki.get(rhk_id, []):
					rows.append(_iki_row(iki, indent + 1, rhk_id))
			for child in reversed(anak.get(rhk_id, [])):
				stack.append((child, indent + 1, rhk_id))
	return rows


def _rhk_row(pohon, rhk_id: str, indent: int, parent: str) -> dict:
	row = pohon.baris[rhk_id]
	catatan = []
	if row.perlu_ditinjau:
		catatan.append(_("Perlu ditinjau"))
	if row.jenis == "Tambahan":
		catatan.append(_("Kinerja tambahan"))
	return {
		"id": rhk_id,
		"parent": parent,
		"uraian": row.uraian,
		"tipe": _("RHK"),
		"pemilik": row.employee_name,
		"capaian": pohon.capaian.get(rhk_id),
		"jenis_kaskade": _(row.jenis_kaskade or ""),
		"bawah": pohon.tersembunyi.get(rhk_id) or None,
		"catatan": ", ".join(catatan),
		"indent": indent,
		"doctype": "Rencana Hasil Kerja",
		"dokumen": rhk_id,
	}


def _iki_row(iki, indent: int, parent: str) -> dict:
	target = f"{iki.target:g}" if not iki.target_maks else f"{iki.target:g}–{iki.target_maks:g}"
	return {
		"id": iki.name,
		"parent": parent,
		"uraian": iki.uraian,
		"tipe": _("IKI"),
		"target": f"{target} {iki.satuan or ''}".strip(),
		"realisasi": iki.realisasi,
		"capaian": iki.capaian or None,
		"indent": indent,
	}
