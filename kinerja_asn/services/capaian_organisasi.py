"""Load the organisation's indicators of a year with the period's cascade and verified check-ins
(a fixed number of queries) for domain.capaian_organisasi."""

from __future__ import annotations

from dataclasses import dataclass

import frappe

from kinerja_asn.domain.capaian import IKI
from kinerja_asn.domain.capaian_organisasi import capaian_indikator
from kinerja_asn.services.akses import unit_cakupan
from kinerja_asn.services.kaskade import arah_domain, muat_kaskade
from kinerja_asn.services.pengaturan import get_pengaturan

# The app status of a check-in whose realisation the superior accepted (never a state's name).
STATUS_TERVERIFIKASI = "Diverifikasi"


@dataclass
class CapaianOrganisasi:
	indikator: list[dict]
	sub_periode: list[dict]
	capaian: dict[str, dict[str, float | None]]


def muat_capaian_organisasi(
	periode_kinerja: str,
	company: str | None = None,
	department: str | None = None,
	jenis_sub_periode: str | None = None,
) -> CapaianOrganisasi:
	"""IKU/IKK are open to every employee (docs/architecture.md), so the unit filter only narrows."""
	periode = frappe.db.get_value("Periode Kinerja", periode_kinerja, ["tahun", "company"], as_dict=True)
	company = company or periode.company
	units = unit_cakupan(department, company)
	jenis = jenis_sub_periode or get_pengaturan().frekuensi_realisasi or "Bulanan"
	sub = frappe.get_all(
		"Periode Kinerja",
		filters={"periode_induk": periode_kinerja, "jenis": jenis},
		fields=["name", "nama_periode", "tanggal_mulai"],
		order_by="tanggal_mulai asc",
	)
	indikator = _indikator(periode.tahun, company, units)
	if not indikator or not sub:
		return CapaianOrganisasi(indikator, sub, {})
	data = muat_kaskade(periode_kinerja)
	bobot = {row.name: row.bobot or 1 for rows in data.iki.values() for row in rows}
	realisasi = frappe.qb.DocType("Realisasi Kinerja")
	baris = frappe.qb.DocType("Realisasi IKI")
	iki_per_sub: dict[str, dict[str, list[IKI]]] = {s.name: {} for s in sub}
	for r in (
		frappe.qb.from_(baris)
		.join(realisasi)
		.on(baris.parent == realisasi.name)
		.select(
			realisasi.sub_periode,
			baris.rhk,
			baris.iki,
			baris.target_periode,
			baris.target_maks_periode,
			baris.realisasi,
			baris.arah,
		)
		.where(
			(baris.parenttype == "Realisasi Kinerja")
			& (realisasi.periode_kinerja == periode_kinerja)
			& (realisasi.status == STATUS_TERVERIFIKASI)
			& (realisasi.docstatus < 2)
			& (baris.terisi == 1)
			& (baris.target_periode > 0)
		)
	).run(as_dict=True):
		if r.sub_periode in iki_per_sub:
			iki_per_sub[r.sub_periode].setdefault(r.rhk, []).append(
				IKI(
					id=r.iki or r.rhk,
					target=r.target_periode,
					target_maks=r.target_maks_periode or None,
					realisasi=r.realisasi or 0,
					bobot=bobot.get(r.iki, 1),
					arah=arah_domain(r.arah),
				)
			)
	capaian = capaian_indikator(data.rhk, iki_per_sub)
	return CapaianOrganisasi(indikator, sub, capaian)


def _indikator(tahun, company, units) -> list[dict]:
	target = {
		r.parent: r
		for r in frappe.get_all(
			"Target Indikator Tahunan",
			filters={"parenttype": "Indikator Kinerja", "tahun": tahun},
			fields=["parent", "target", "target_maks"],
		)
	}
	if not target:
		return []
	filters = {"name": ("in", list(target)), "docstatus": ("<", 2)}
	if company:
		filters["company"] = company
	if units is not None:
		filters["unit"] = ("in", list(units) or [""])
	rows = frappe.get_all(
		"Indikator Kinerja",
		filters=filters,
		fields=["name", "kode", "jenis", "uraian", "unit", "satuan"],
		order_by="jenis asc, kode asc, name asc",
	)
	for r in rows:
		r.target = target[r.name].target
		r.target_maks = target[r.name].target_maks
	return rows
