"""Load the organisation's indicators of a year with the period's cascade and verified check-ins
(a fixed number of queries) for domain.capaian_organisasi."""

from __future__ import annotations

from dataclasses import dataclass

import frappe

from kinerja_asn.domain.capaian import IKI
from kinerja_asn.domain.capaian_organisasi import capaian_indikator
from kinerja_asn.services import rekap
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
	sumber: rekap.Rekap | None = None


def muat_capaian_organisasi(
	periode_kinerja: str,
	company: str | None = None,
	department: str | None = None,
	jenis_sub_periode: str | None = None,
) -> CapaianOrganisasi:
	"""IKU/IKK are open to every employee (docs/architecture.md), so the unit filter only narrows.
	The roll-up reads every verified check-in of the period: it is kept as a rekap
	(services/rekap.py), recomputed when check-ins or the cascade change, not per viewing."""
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
	sumber = rekap.ambil("capaian_organisasi", periode_kinerja, periode.company or "")
	nama_sub = {s.name for s in sub}
	capaian = {
		i.name: {s: c for s, c in ((sumber.data or {}).get(i.name) or {}).items() if s in nama_sub}
		for i in indikator
	}
	return CapaianOrganisasi(indikator, sub, capaian, sumber)


def hitung_capaian_organisasi(periode_kinerja: str, company: str) -> dict[str, dict[str, float | None]]:
	"""{indikator: {sub-period: capaian}} for every sub-period of the period. One query per
	sub-period (a fixed number, twelve at most), so at most a month of check-ins is in memory."""
	data = muat_kaskade(periode_kinerja, iki="tanpa")
	if not data.rhk:
		return {}
	realisasi = frappe.qb.DocType("Realisasi Kinerja")
	baris = frappe.qb.DocType("Realisasi IKI")
	iki = frappe.qb.DocType("Indikator Kinerja Individu")
	hasil: dict[str, dict[str, float | None]] = {}
	for sub in frappe.get_all("Periode Kinerja", filters={"periode_induk": periode_kinerja}, pluck="name"):
		iki_per_rhk: dict[str, list[IKI]] = {}
		for r in (
			frappe.qb.from_(baris)
			.join(realisasi)
			.on(baris.parent == realisasi.name)
			.left_join(iki)
			.on(iki.name == baris.iki)
			.select(
				baris.rhk,
				baris.iki,
				baris.target_periode,
				baris.target_maks_periode,
				baris.realisasi,
				baris.arah,
				iki.bobot,
			)
			.where(
				(baris.parenttype == "Realisasi Kinerja")
				& (realisasi.periode_kinerja == periode_kinerja)
				& (realisasi.sub_periode == sub)
				& (realisasi.status == STATUS_TERVERIFIKASI)
				& (realisasi.docstatus < 2)
				& (baris.terisi == 1)
				& (baris.target_periode > 0)
			)
		).run():
			rhk, nama_iki, target, target_maks, nilai, arah, bobot = r
			iki_per_rhk.setdefault(rhk, []).append(
				IKI(
					id=nama_iki or rhk,
					target=target,
					target_maks=target_maks or None,
					realisasi=nilai or 0,
					bobot=bobot or 1,
					arah=arah_domain(arah),
				)
			)
		if not iki_per_rhk:
			continue
		for indikator, nilai in capaian_indikator(data.rhk, {sub: iki_per_rhk}).items():
			hasil.setdefault(indikator, {}).update(nilai)
	return hasil


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
