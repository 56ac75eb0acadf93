"""Workload of employees and its fairness within a unit.

No regulation defines a fairness metric (docs/regulasi.md §6); the structures are sourced: ABK
(analisis beban kerja, Kepmenpan KEP/75/M.PAN/7/2004): beban = sum(volume x norma waktu),
kebutuhan pegawai = beban / JKE, efisiensi jabatan EJ = beban / (JKE x pemegang), JKE 1,250 hours
a year [S]. Load counts come from the RHK and IKI of the cascade; the fairness figures (Gini, band
around the median) are design choices, every threshold a parameter.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .kaskade import RHK

# JKE (jam kerja efektif) per year [S]; some agencies use 1,200.
DEFAULT_JKE = 1250.0
# Weight of an RHK by jenis in the weighted load [U]: a design default, not a regulation number.
DEFAULT_BOBOT_JENIS_RHK: dict[str, float] = {"Utama": 1.0, "Tambahan": 0.5}
# Outlier band around the unit's median load [U].
DEFAULT_BATAS_BAWAH_PENCILAN = 0.5
DEFAULT_BATAS_ATAS_PENCILAN = 1.5


@dataclass(frozen=True)
class TugasABK:
	"""One task of ABK: `volume` outputs a year, each taking `norma_waktu` hours."""

	pegawai: str
	volume: float
	norma_waktu: float
	uraian: str = ""


@dataclass(frozen=True)
class BebanPegawai:
	"""Load of one employee: counts of RHK and IKI, their weighted totals (RHK weighted by jenis, IKI by
	the jenis of their RHK), the share of the unit's weighted totals, and ABK hours when tasks are given."""

	pegawai: str
	jumlah_rhk: int
	jumlah_rhk_utama: int
	jumlah_iki: int
	bobot_rhk: float
	bobot_iki: float
	porsi_rhk: float
	porsi_iki: float
	jam_abk: float | None


def beban_abk(tugas: Iterable[TugasABK]) -> float:
	"""ABK: beban kerja in hours = sum(volume x norma waktu)."""
	total = 0.0
	for t in tugas:
		if t.volume < 0 or t.norma_waktu < 0:
			raise ValueError(f"Volume dan norma waktu tugas {t.uraian or t.pegawai} tidak boleh negatif")
		total += t.volume * t.norma_waktu
	return total


@dataclass
class _Hitung:
	rhk: int = 0
	rhk_utama: int = 0
	iki: int = 0
	bobot_rhk: float = 0.0
	bobot_iki: float = 0.0


def beban_per_pegawai(
	rhk_list: Iterable[RHK],
	*,
	pegawai: Iterable[str] | None = None,
	tugas_abk: Iterable[TugasABK] | None = None,
	bobot_jenis: Mapping[str, float] | None = None,
) -> dict[str, BebanPegawai]:
	"""Load per employee of a unit from its RHK (and ABK tasks when given). `pegawai` lists the whole
	unit so that employees without RHK appear with load 0."""
	bobot = DEFAULT_BOBOT_JENIS_RHK if bobot_jenis is None else bobot_jenis
	if any(b < 0 for b in bobot.values()):
		raise ValueError("Bobot jenis RHK tidak boleh negatif")
	hitung: dict[str, _Hitung] = {}
	if pegawai is not None:
		for p in pegawai:
			hitung.setdefault(p, _Hitung())
	for r in rhk_list:
		if r.jenis not in bobot:
			raise ValueError(f"Bobot untuk jenis RHK {r.jenis!r} belum diatur")
		h = hitung.setdefault(r.pemilik, _Hitung())
		jumlah_iki = len(r.iki)
		h.rhk += 1
		h.rhk_utama += 1 if r.jenis == "Utama" else 0
		h.iki += jumlah_iki
		h.bobot_rhk += bobot[r.jenis]
		h.bobot_iki += bobot[r.jenis] * jumlah_iki
	jam: dict[str, float] | None = None
	if tugas_abk is not None:
		per_pegawai: dict[str, list[TugasABK]] = {}
		for t in tugas_abk:
			per_pegawai.setdefault(t.pegawai, []).append(t)
			hitung.setdefault(t.pegawai, _Hitung())
		jam = {p: beban_abk(per_pegawai.get(p, ())) for p in hitung}
	total_rhk = sum(h.bobot_rhk for h in hitung.values())
	total_iki = sum(h.bobot_iki for h in hitung.values())
	return {
		p: BebanPegawai(
			pegawai=p,
			jumlah_rhk=h.rhk,
			jumlah_rhk_utama=h.rhk_utama,
			jumlah_iki=h.iki,
			bobot_rhk=h.bobot_rhk,
			bobot_iki=h.bobot_iki,
			porsi_rhk=h.bobot_rhk / total_rhk if total_rhk else 0.0,
			porsi_iki=h.bobot_iki / total_iki if total_iki else 0.0,
			jam_abk=None if jam is None else jam[p],
		)
		for p, h in hitung.items()
	}


def kebutuhan_pegawai(beban_jam: float, jke: float = DEFAULT_JKE) -> float:
	"""ABK: kebutuhan pegawai = beban kerja (hours a year) / JKE (default 1,250 hours [S])."""
	if jke <= 0:
		raise ValueError(f"JKE harus lebih besar dari 0 (diberikan {jke})")
	if beban_jam < 0:
		raise ValueError(f"Beban kerja tidak boleh negatif (diberikan {beban_jam})")
	return beban_jam / jke


def efisiensi_jabatan(beban: float, jke: float = DEFAULT_JKE, pemegang: int = 1) -> float:
	"""ABK: efisiensi jabatan EJ = beban / (JKE x jumlah pemegang jabatan); 1.0 is a full load."""
	if pemegang <= 0:
		raise ValueError(f"Jumlah pemegang jabatan harus lebih besar dari 0 (diberikan {pemegang})")
	return kebutuhan_pegawai(beban, jke) / pemegang


def gini(nilai: Iterable[float]) -> float:
	"""Gini coefficient of loads: 0 when all are equal, towards 1 when one person carries everything."""
	urut = sorted(nilai)
	if urut and urut[0] < 0:
		raise ValueError("Beban kerja tidak boleh negatif")
	n = len(urut)
	total = sum(urut)
	if n == 0 or total == 0:
		return 0.0
	return max(0.0, sum((2 * i - n - 1) * x for i, x in enumerate(urut, start=1)) / (n * total))


@dataclass(frozen=True)
class PencilanBeban:
	"""An employee whose load lies outside the band around the median: arah "rendah" or "tinggi";
	rasio is load / median (None when the median is 0)."""

	pegawai: str
	beban: float
	rasio: float | None
	arah: str


@dataclass(frozen=True)
class KeadilanBeban:
	"""Fairness of a unit's load: Gini coefficient, median, mean and the outliers."""

	jumlah_pegawai: int
	gini: float
	median: float
	rata_rata: float
	batas_bawah: float
	batas_atas: float
	pencilan: tuple[PencilanBeban, ...]


def keadilan_beban(
	beban: Mapping[str, float | BebanPegawai],
	*,
	ukuran: str = "bobot_rhk",
	batas_bawah: float = DEFAULT_BATAS_BAWAH_PENCILAN,
	batas_atas: float = DEFAULT_BATAS_ATAS_PENCILAN,
) -> KeadilanBeban:
	"""Piawai v2 aims to spread workload fairly: Gini of the loads and outliers below batas_bawah x
	median or above batas_atas x median. With BebanPegawai values, `ukuran` names the field used."""
	if not 0 <= batas_bawah <= 1 <= batas_atas:
		raise ValueError("Batas pencilan harus memenuhi 0 <= batas bawah <= 1 <= batas atas")
	angka: dict[str, float] = {}
	for pegawai, b in beban.items():
		nilai = getattr(b, ukuran) if isinstance(b, BebanPegawai) else b
		if nilai is None:
			raise ValueError(f"Beban {ukuran} pegawai {pegawai} belum ada")
		if nilai < 0:
			raise ValueError(f"Beban kerja pegawai {pegawai} tidak boleh negatif")
		angka[pegawai] = float(nilai)
	if not angka:
		raise ValueError("Tidak ada data beban kerja untuk dinilai")
	median = statistics.median(angka.values())
	pencilan = []
	for pegawai, nilai in angka.items():
		if median == 0:
			if nilai > 0:
				pencilan.append(PencilanBeban(pegawai, nilai, None, "tinggi"))
			continue
		rasio = nilai / median
		if rasio < batas_bawah:
			pencilan.append(PencilanBeban(pegawai, nilai, rasio, "rendah"))
		elif rasio > batas_atas:
			pencilan.append(PencilanBeban(pegawai, nilai, rasio, "tinggi"))
	return KeadilanBeban(
		jumlah_pegawai=len(angka),
		gini=gini(angka.values()),
		median=median,
		rata_rata=statistics.fmean(angka.values()),
		batas_bawah=batas_bawah,
		batas_atas=batas_atas,
		pencilan=tuple(pencilan),
	)


@dataclass(frozen=True)
class BebanUnit:
	"""Load of one unit: per employee the load (BebanPegawai, shares within the unit), the ABK hours
	and efficiency where the position has an ABK; the fairness of the chosen measure; and the
	employees ABK needs against those holding the analysed positions."""

	unit: str
	pegawai: dict[str, BebanPegawai]
	keadilan: KeadilanBeban | None
	jam_abk: dict[str, float]
	efisiensi: dict[str, float]
	kebutuhan_abk: float | None
	pemegang_abk: int


def beban_unit(
	rhk_list: Iterable[RHK],
	unit_pegawai: Mapping[str, str],
	*,
	jabatan: Mapping[str, str | None] | None = None,
	abk: Mapping[tuple[str, str], float] | None = None,
	jke: float = DEFAULT_JKE,
	ukuran: str = "bobot_rhk",
	batas_bawah: float = DEFAULT_BATAS_BAWAH_PENCILAN,
	batas_atas: float = DEFAULT_BATAS_ATAS_PENCILAN,
	bobot_jenis: Mapping[str, float] | None = None,
) -> dict[str, BebanUnit]:
	"""Per unit of `unit_pegawai` (employee -> unit): loads from the RHK of its employees; `abk` gives
	the yearly hours of a (unit, position), shared equally by its holders (EJ = beban / (JKE x
	pemegang)). RHK of employees outside `unit_pegawai` are ignored."""
	jabatan = jabatan or {}
	abk = abk or {}
	per_unit: dict[str, list[str]] = {}
	for p, u in unit_pegawai.items():
		per_unit.setdefault(u, []).append(p)
	rhk_unit: dict[str, list[RHK]] = {}
	for r in rhk_list:
		u = unit_pegawai.get(r.pemilik)
		if u is not None:
			rhk_unit.setdefault(u, []).append(r)
	hasil = {}
	# Units with an ABK but no one in place still show what they need.
	for u in dict.fromkeys([*per_unit, *(unit for unit, _j in abk)]):
		anggota = per_unit.get(u, [])
		beban = beban_per_pegawai(rhk_unit.get(u, ()), pegawai=anggota, bobot_jenis=bobot_jenis)
		pemegang: dict[str, list[str]] = {}
		for p in anggota:
			if jabatan.get(p) and (u, jabatan[p]) in abk:
				pemegang.setdefault(jabatan[p], []).append(p)
		jam, ej = {}, {}
		for j, orang in pemegang.items():
			jam_jabatan = abk[(u, j)]
			for p in orang:
				jam[p] = jam_jabatan / len(orang)
				ej[p] = efisiensi_jabatan(jam_jabatan, jke, len(orang))
		jabatan_unit = [j for (unit, j) in abk if unit == u]
		kebutuhan = sum(kebutuhan_pegawai(abk[(u, j)], jke) for j in jabatan_unit) if jabatan_unit else None
		hasil[u] = BebanUnit(
			unit=u,
			pegawai=beban,
			keadilan=keadilan_beban(beban, ukuran=ukuran, batas_bawah=batas_bawah, batas_atas=batas_atas)
			if beban
			else None,
			jam_abk=jam,
			efisiensi=ej,
			kebutuhan_abk=kebutuhan,
			pemegang_abk=sum(len(o) for o in pemegang.values()),
		)
	return hasil
