"""The part of a period's cascade one viewing needs (report Pohon Kaskade Kinerja).

A ministry's period holds some 80,000 RHK and 200,000 IKI; the tree loads only what is shown: an
employee's own branch (what domain.akses.rhk_terbaca lets them read), HR's chosen unit, IKU or RHK
with a number of levels below it, and for the rest how many RHK wait below each shown one (opened
level by level). Achievement rolled up the whole cascade comes from a rekap (services/rekap.py),
kept per period and refreshed when check-ins, SKP or RHK change. Each step is one query, or one per
level of the hierarchy, whatever the number of employees."""

from __future__ import annotations

from dataclasses import dataclass, field

import frappe

from kinerja_asn.domain.akses import rhk_terbaca
from kinerja_asn.domain.kaskade import analisis_kaskade
from kinerja_asn.services import rekap
from kinerja_asn.services.akses import atasan_saya, unit_cakupan
from kinerja_asn.services.kaskade import STATUS_BERLAKU, STATUS_DRAFT, muat_kaskade

RHK_FIELDS = (
	"name",
	"skp",
	"employee",
	"employee_name",
	"pejabat_penilai",
	"uraian",
	"jenis",
	"jenis_kaskade",
	"rhk_intervensi",
	"indikator_organisasi",
	"perlu_ditinjau",
)
IKI_FIELDS = ("name", "parent", "uraian", "target", "target_maks", "satuan", "realisasi", "capaian")
# Levels a cascade can have (JPT madya down to pelaksana, with room); bounds the upward walk.
MAKS_TINGKAT = 12
# Rows one viewing may load before the viewer is asked to narrow it.
MAKS_RHK = 5000


@dataclass
class PohonSebagian:
	baris: dict[str, frappe._dict] = field(default_factory=dict)  # RHK shown, by name
	iki: dict[str, list[frappe._dict]] = field(default_factory=dict)
	tersembunyi: dict[str, int] = field(default_factory=dict)  # RHK shown: children not loaded
	indikator_akar: dict[str, str | None] = field(default_factory=dict)  # branch root: its IKU/IKK
	capaian: dict[str, float] = field(default_factory=dict)
	terpotong: bool = False
	pesan: str | None = None  # the roll-up's note when it is older than the latest changes or not ready


def _status(termasuk_draft: bool) -> tuple[str, ...]:
	return tuple(STATUS_BERLAKU + (STATUS_DRAFT if termasuk_draft else ()))


def _rhk(periode: str, status: tuple, syarat: str, nilai: dict) -> list[frappe._dict]:
	kolom = ", ".join(f"r.`{f}`" for f in RHK_FIELDS)
	return frappe.db.sql(
		f"""select {kolom}, s.atasan_pejabat_penilai
		from `tabRencana Hasil Kerja` r join `tabSKP` s on s.name = r.skp
		where s.periode_kinerja = %(periode)s and s.status in %(status)s and s.docstatus < 2
			and ({syarat})
		order by r.creation asc
		limit {MAKS_RHK + 1}""",
		{"periode": periode, "status": status, **nilai},
		as_dict=True,
	)


def muat_pohon(
	periode: str,
	*,
	pembaca: str | None,
	pengelola: bool,
	akar: str | None = None,
	indikator: str | None = None,
	department: str | None = None,
	kedalaman: int = 2,
	termasuk_draft: bool = False,
	dengan_iki: bool = True,
	batas_capaian: float | None = None,
) -> PohonSebagian:
	status = _status(termasuk_draft)
	hasil = PohonSebagian()
	berjenjang = True
	if not pengelola:
		# An employee's readable RHK are few: their own, those they assess, their leaders'.
		if not pembaca:
			return hasil
		atasan = tuple(atasan_saya(pembaca))
		baris = _rhk(
			periode,
			status,
			"s.employee = %(saya)s or s.pejabat_penilai = %(saya)s or s.atasan_pejabat_penilai = %(saya)s"
			+ (" or s.employee in %(atasan)s" if atasan else ""),
			{"saya": pembaca, "atasan": atasan},
		)
		baris = [
			r
			for r in baris
			if rhk_terbaca(pembaca, atasan, r.employee, r.pejabat_penilai, r.atasan_pejabat_penilai)
		]
		if akar:
			baris = _cabang(baris, akar)
		berjenjang = False
	elif department:
		units = tuple(unit_cakupan(department) or ())
		baris = _rhk(periode, status, "s.department in %(units)s", {"units": units or ("",)})
		berjenjang = False
	elif akar:
		baris = _rhk(periode, status, "r.name = %(akar)s", {"akar": akar})
	elif indikator:
		baris = _rhk(periode, status, "r.indikator_organisasi = %(ind)s", {"ind": indikator})
	else:
		# the tops of the branches: RHK carrying an IKU/IKK, and RHK Utama serving no leader RHK
		baris = _rhk(
			periode,
			status,
			"ifnull(r.indikator_organisasi, '') != '' or (ifnull(r.rhk_intervensi, '') = '' and r.jenis = 'Utama')",
			{},
		)
	for r in baris:
		hasil.baris[r.name] = r
	tepi = list(hasil.baris)
	if berjenjang:
		for _tingkat in range(max(kedalaman, 1) - 1):
			if not tepi or len(hasil.baris) > MAKS_RHK:
				break
			anak = _rhk(periode, status, "r.rhk_intervensi in %(tepi)s", {"tepi": tuple(tepi)})
			tepi = [r.name for r in anak if r.name not in hasil.baris]
			for r in anak:
				hasil.baris.setdefault(r.name, r)
	if len(hasil.baris) > MAKS_RHK:
		hasil.terpotong = True
		hasil.baris = dict(list(hasil.baris.items())[:MAKS_RHK])
	nama = tuple(hasil.baris)
	if not nama:
		return hasil
	# how many RHK wait below each shown one (HR opens them level by level; an employee reads no
	# deeper than rhk_terbaca allows, so no count is shown to them)
	for induk, jumlah in (
		()
		if not berjenjang
		else frappe.db.sql(
			"""select r.rhk_intervensi, count(*) from `tabRencana Hasil Kerja` r join `tabSKP` s on s.name = r.skp
		where r.rhk_intervensi in %(nama)s and s.periode_kinerja = %(periode)s and s.status in %(status)s
			and s.docstatus < 2 and r.name not in %(nama)s
		group by r.rhk_intervensi""",
			{"nama": nama, "periode": periode, "status": status},
		)
	):
		hasil.tersembunyi[induk] = int(jumlah)
	if dengan_iki:
		for row in frappe.get_all(
			"Indikator Kinerja Individu",
			filters={"parenttype": "Rencana Hasil Kerja", "parent": ("in", list(nama))},
			fields=list(IKI_FIELDS),
			order_by="idx asc",
		):
			hasil.iki.setdefault(row.parent, []).append(row)
	hasil.indikator_akar = _indikator_akar(hasil.baris)
	hasil.capaian, hasil.pesan = capaian_rollup(periode, termasuk_draft, batas_capaian)
	return hasil


def _cabang(baris: list, akar: str) -> list:
	"""`akar` and the rows below it within `baris`."""
	anak: dict[str, list] = {}
	for r in baris:
		anak.setdefault(r.rhk_intervensi, []).append(r)
	hasil, tumpukan = [], [r for r in baris if r.name == akar]
	while tumpukan:
		r = tumpukan.pop()
		hasil.append(r)
		tumpukan.extend(anak.get(r.name, ()))
	return hasil


def _indikator_akar(baris: dict) -> dict[str, str | None]:
	"""For each branch root (an RHK whose leader RHK is not shown): the IKU/IKK at the top of its
	cascade, walking up one query per level."""
	akar = {n: r for n, r in baris.items() if not (r.rhk_intervensi and r.rhk_intervensi in baris)}
	naik: dict[str, tuple[str | None, str | None]] = {
		n: (r.rhk_intervensi, r.indikator_organisasi) for n, r in baris.items()
	}
	cari = {r.rhk_intervensi for r in akar.values() if not r.indikator_organisasi and r.rhk_intervensi}
	for _tingkat in range(MAKS_TINGKAT):
		cari -= set(naik)
		if not cari:
			break
		for name, induk, indikator in frappe.db.sql(
			"""select name, rhk_intervensi, indikator_organisasi from `tabRencana Hasil Kerja`
			where name in %s""",
			[tuple(cari)],
		):
			naik[name] = (induk, indikator)
		cari = {v[0] for k, v in naik.items() if k in cari and not v[1] and v[0]}
	hasil = {}
	for n in akar:
		node, dilihat = n, set()
		while node in naik and node not in dilihat:
			dilihat.add(node)
			induk, indikator = naik[node]
			if indikator:
				hasil[n] = indikator
				break
			node = induk
		else:
			hasil[n] = None
		hasil.setdefault(n, None)
	return hasil


def capaian_rollup(periode: str, termasuk_draft: bool = False, batas_capaian: float | None = None):
	"""({RHK: capaian rolled up the direct cascade} of the whole period, a note or None): the rekap for
	the usual view (approved SKP, no cap); computed now for the others."""
	if not termasuk_draft and not batas_capaian:
		company = frappe.db.get_value("Periode Kinerja", periode, "company") or ""
		sumber = rekap.ambil("rollup_kaskade", periode, company)
		return sumber.data or {}, sumber.pesan()
	return _hitung(periode, termasuk_draft, batas_capaian), None


def hitung_rollup_kaskade(periode_kinerja: str, company: str) -> dict[str, float]:
	return _hitung(periode_kinerja, False, None)


def _hitung(periode: str, termasuk_draft: bool, batas_capaian: float | None) -> dict[str, float]:
	data = muat_kaskade(periode, termasuk_draft=termasuk_draft)
	hasil = analisis_kaskade(data.rhk, data.pejabat_penilai, batas_capaian=batas_capaian)
	return {k: round(v, 4) for k, v in hasil.capaian.items() if v is not None}
