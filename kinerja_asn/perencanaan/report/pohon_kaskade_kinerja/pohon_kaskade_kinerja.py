# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""The cascade from each organisation indicator (IKU/IKK) down to every RHK and IKI that carries it,
with achievement rolled up the direct cascade by the domain."""

import frappe
from frappe import _

from kinerja_asn.domain.akses import rhk_terbaca
from kinerja_asn.domain.argumen import Angka, Bendera, Nama
from kinerja_asn.domain.kaskade import analisis_kaskade
from kinerja_asn.services.akses import atasan_saya, is_pengelola
from kinerja_asn.services.argumen import filter_laporan
from kinerja_asn.services.kaskade import muat_kaskade
from kinerja_asn.services.penilai import employee_of_user

TANPA_INDIKATOR = "__tanpa_indikator__"


# What the report reads from its filters (anything else is dropped; a wrong type is refused).
FILTER = {
	"periode_kinerja": Nama("Periode Kinerja", wajib=False),
	"termasuk_draft": Bendera(),
	"batas_capaian": Angka(0, 1000),
	"indikator": Nama("Indikator Kinerja", wajib=False),
	"tampilkan_iki": Bendera(),
}


def execute(filters=None):
	filters = filter_laporan(filters, **FILTER)
	if not filters.periode_kinerja:
		return columns(), []
	data = muat_kaskade(filters.periode_kinerja, termasuk_draft=bool(filters.termasuk_draft))
	hasil = analisis_kaskade(data.rhk, data.pejabat_penilai, batas_capaian=filters.batas_capaian or None)
	rows = build_rows(data, hasil, filters)
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


def build_rows(data, hasil, filters) -> list[dict]:
	"""Depth-first order: indicator, then its RHK, each followed by its IKI and its children. Only RHK
	the viewer may read (domain.akses.rhk_terbaca, as the form) are shown; a readable RHK whose
	leader RHK is not readable starts a branch under the indicator its cascade serves."""
	visible = _visible_rhk(data)
	anak: dict[str, list[str]] = {}
	per_indikator: dict[str, list[str]] = {}
	for rhk in data.rhk:
		if rhk.id not in visible:
			continue
		if rhk.induk and rhk.induk in visible:
			anak.setdefault(rhk.induk, []).append(rhk.id)
		else:
			per_indikator.setdefault(_indikator_akar(data, rhk.id) or TANPA_INDIKATOR, []).append(rhk.id)

	indikator = {
		r.name: r
		for r in frappe.get_all(
			"Indikator Kinerja",
			filters={"name": ("in", [k for k in per_indikator if k != TANPA_INDIKATOR] or [""])},
			fields=["name", "jenis", "uraian", "kode"],
		)
	}
	if filters.indikator:
		per_indikator = {k: v for k, v in per_indikator.items() if k == filters.indikator}

	rows: list[dict] = []
	for key, akar in per_indikator.items():
		if key == TANPA_INDIKATOR:
			rows.append(
				{"id": key, "uraian": _("RHK tanpa indikator organisasi"), "tipe": _("Lainnya"), "indent": 0}
			)
		else:
			ind = indikator.get(key) or frappe._dict(name=key, jenis="", uraian=key, kode="")
			nilai = [hasil.capaian.get(r) for r in akar if hasil.capaian.get(r) is not None]
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
			rows.append(_rhk_row(data, hasil, rhk_id, indent, parent))
			if filters.tampilkan_iki:
				for iki in data.iki.get(rhk_id, []):
					rows.append(_iki_row(iki, indent + 1, rhk_id))
			for child in reversed(anak.get(rhk_id, [])):
				stack.append((child, indent + 1, rhk_id))
	return rows


def _indikator_akar(data, rhk_id: str) -> str | None:
	"""The organisation indicator at the top of an RHK's cascade (IKU/IKK are public to the agency)."""
	seen = set()
	node = data.baris.get(rhk_id)
	while node is not None and node.name not in seen:
		seen.add(node.name)
		if node.indikator_organisasi:
			return node.indikator_organisasi
		node = data.baris.get(node.rhk_intervensi) if node.rhk_intervensi else None
	return None


def _visible_rhk(data) -> set[str]:
	"""HR sees the whole tree; everyone else the RHK the form lets them read."""
	if is_pengelola():
		return set(data.baris)
	me = employee_of_user()
	if not me:
		return set()
	atasan = set(atasan_saya(me))
	return {
		name
		for name, row in data.baris.items()
		if rhk_terbaca(
			me, atasan, row.employee, row.pejabat_penilai, data.skp[row.skp].atasan_pejabat_penilai
		)
	}


def _rhk_row(data, hasil, rhk_id: str, indent: int, parent: str) -> dict:
	row = data.baris[rhk_id]
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
		"capaian": hasil.capaian.get(rhk_id),
		"jenis_kaskade": _(row.jenis_kaskade or ""),
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
