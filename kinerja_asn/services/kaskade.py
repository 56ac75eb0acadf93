"""Load a period's cascade from the database into the domain's records (one query per table)."""

from __future__ import annotations

from dataclasses import dataclass

import frappe

from kinerja_asn.domain.capaian import IKI
from kinerja_asn.domain.kaskade import RHK

STATUS_BERLAKU = ("Disetujui",)
STATUS_DRAFT = ("Draft", "Diajukan", "Ditinjau", "Dikembalikan")


def arah_domain(arah: str | None) -> str:
	return "turun" if (arah or "").lower() == "turun" else "naik"


def kaskade_domain(jenis_kaskade: str | None) -> str:
	return "tidak_langsung" if (jenis_kaskade or "").lower().startswith("tidak") else "langsung"


@dataclass
class DataKaskade:
	"""RHK of a period as domain records, with the rows they came from and the assessors."""

	rhk: list[RHK]
	baris: dict[str, dict]
	iki: dict[str, list[dict]]
	pejabat_penilai: dict[str, str | None]
	skp: dict[str, dict]


def muat_kaskade(periode_kinerja: str, termasuk_draft: bool = False, iki: str = "lengkap") -> DataKaskade:
	"""Only approved SKP count unless drafts are asked for (planning views). `iki`: "lengkap" loads
	the IKI with their numbers (roll-up), "jumlah" only how many each RHK has (workload), "tanpa"
	none (free riders); monitoring at ministry scale reads far fewer rows that way."""
	status = STATUS_BERLAKU + (STATUS_DRAFT if termasuk_draft else ())
	skp_rows = frappe.get_all(
		"SKP",
		filters={"periode_kinerja": periode_kinerja, "status": ("in", status), "docstatus": ("<", 2)},
		fields=[
			"name",
			"employee",
			"employee_name",
			"pejabat_penilai",
			"atasan_pejabat_penilai",
			"jenis_jabatan",
			"status",
			"department",
		],
	)
	skp = {r.name: r for r in skp_rows}
	if not skp:
		return DataKaskade([], {}, {}, {}, {})
	fields = ["name", "skp", "employee", "jenis", "jenis_kaskade", "rhk_intervensi", "indikator_organisasi"]
	if iki == "lengkap":
		fields += ["employee_name", "pejabat_penilai", "uraian", "perlu_ditinjau"]
	rhk_rows = frappe.get_all(
		"Rencana Hasil Kerja",
		filters={"skp": ("in", list(skp))},
		fields=fields,
		order_by="creation asc",
	)
	if iki != "lengkap":
		return _ringkas(periode_kinerja, skp_rows, skp, rhk_rows, iki == "jumlah")
	iki_rows = frappe.get_all(
		"Indikator Kinerja Individu",
		filters={"parenttype": "Rencana Hasil Kerja", "parent": ("in", [r.name for r in rhk_rows] or [""])},
		fields=[
			"name",
			"parent",
			"uraian",
			"target",
			"target_maks",
			"satuan",
			"arah",
			"bobot",
			"realisasi",
			"capaian",
		],
		order_by="idx asc",
	)
	iki: dict[str, list[dict]] = {}
	for row in iki_rows:
		iki.setdefault(row.parent, []).append(row)
	records = [
		# Qualitative IKI (no numeric target) describe results but have no capaian.
		_rhk(r, periode_kinerja, [_iki(i) for i in iki.get(r.name, []) if (i.target or 0) > 0])
		for r in rhk_rows
	]
	pejabat = {s.employee: s.pejabat_penilai for s in skp_rows}
	return DataKaskade(records, {r.name: r for r in rhk_rows}, iki, pejabat, skp)


def _rhk(r, periode_kinerja: str, iki: list[IKI]) -> RHK:
	return RHK(
		id=r.name,
		pemilik=r.employee,
		periode=periode_kinerja,
		induk=r.rhk_intervensi,
		indikator_organisasi=r.indikator_organisasi,
		jenis=r.jenis,
		jenis_kaskade=kaskade_domain(r.jenis_kaskade),
		iki=iki,
	)


def _iki(row) -> IKI:
	# A realisation of 0 is a real value; an empty one is not reported yet.
	realisasi = row.realisasi if row.realisasi or row.capaian else None
	return IKI(
		id=row.name,
		target=row.target or 0,
		target_maks=row.target_maks or None,
		realisasi=realisasi,
		bobot=row.bobot or 1,
		arah=arah_domain(row.arah),
	)


def _ringkas(periode_kinerja, skp_rows, skp, rhk_rows, hitung_iki: bool) -> DataKaskade:
	"""The cascade without IKI numbers; with `hitung_iki` each RHK carries placeholders for its IKI
	(one grouped query) so that workload counts them."""
	jumlah: dict[str, int] = {}
	if hitung_iki and rhk_rows:
		jumlah = dict(
			frappe.get_all(
				"Indikator Kinerja Individu",
				filters={"parenttype": "Rencana Hasil Kerja", "parent": ("in", [r.name for r in rhk_rows])},
				fields=["parent", "count(name) as jumlah"],
				group_by="parent",
				as_list=True,
			)
		)
	records = [
		_rhk(r, periode_kinerja, [IKI(id=f"{r.name}#{i}", target=1) for i in range(jumlah.get(r.name, 0))])
		for r in rhk_rows
	]
	pejabat = {s.employee: s.pejabat_penilai for s in skp_rows}
	return DataKaskade(records, {r.name: r for r in rhk_rows}, {}, pejabat, skp)
