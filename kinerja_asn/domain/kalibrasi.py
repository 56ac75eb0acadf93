"""Calibration of a unit's predikat before they are final (SE MenPAN-RB 3/2023 with the quadrant of
PermenPAN-RB 6/2022, docs/regulasi.md §4.2-4.3).

The unit's head (or HR) sees every draft assessment of the unit in the 3x3 quadrant and moves people
between cells; each move is a new rating pair whose predikat comes from the settings' matrix, and the
unit's counts and slots follow. A move "breaks" a curve when, after it, a rule of the curve is broken
that was not broken before, or is broken by more than before: a unit whose curve was already broken
may still be moved towards it. Once the curve fits and everyone has a predikat, the unit's set of
predikat may be fixed (the lock), after which only an appeal changes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .distribusi import (
	AturanDistribusi,
	KuotaAturan,
	PredikatOrganisasi,
	SisaKuota,
	hitung_predikat,
	sisa_kuota,
)
from .rating import DEFAULT_MATRIKS, Predikat, Rating, normalisasi_matriks


@dataclass(frozen=True)
class AnggotaPapan:
	"""One assessment on the board: its rating pair (either may be missing while it is a draft) and
	the predikat it has now."""

	penilaian: str
	rating_hasil_kerja: Rating | None
	rating_perilaku_kerja: Rating | None
	predikat: Predikat | None

	@classmethod
	def buat(
		cls,
		penilaian: str,
		rating_hasil_kerja: Rating | str | None,
		rating_perilaku_kerja: Rating | str | None,
		predikat: Predikat | str | None,
	) -> AnggotaPapan:
		return cls(
			penilaian,
			Rating.parse(rating_hasil_kerja) if rating_hasil_kerja else None,
			Rating.parse(rating_perilaku_kerja) if rating_perilaku_kerja else None,
			Predikat.parse(predikat) if predikat else None,
		)


@dataclass(frozen=True)
class Geser:
	"""A move on the board: the assessment gets this rating pair."""

	penilaian: str
	rating_hasil_kerja: Rating
	rating_perilaku_kerja: Rating

	@classmethod
	def buat(
		cls, penilaian: str, rating_hasil_kerja: Rating | str, rating_perilaku_kerja: Rating | str
	) -> Geser:
		return cls(penilaian, Rating.parse(rating_hasil_kerja), Rating.parse(rating_perilaku_kerja))


@dataclass(frozen=True)
class LanggarAturan:
	"""A rule of the curve broken by `lebih` employees: over a cap, or short of a floor beyond what
	the employees still to be assessed can fill."""

	kode: str
	pesan: str
	lebih: int


@dataclass(frozen=True)
class KeadaanKurva:
	"""The unit on its curve: the count per predikat (the board's and the rest of the unit's), the
	slots per rule and per predikat, and the rules broken."""

	sisa: SisaKuota
	langgar: tuple[LanggarAturan, ...]

	@property
	def jumlah(self) -> dict[Predikat, int]:
		return {p: k.jumlah for p, k in self.sisa.per_predikat.items()}

	def ringkasan(self) -> list[dict]:
		"""Per predikat, best first, as calibration sees it (people move between predikat, so slots
		are not bounded by who is still unassessed): the count, the slots left under the caps that
		cover it (None: no cap; negative: over the cap) and how many more a floor on it alone needs."""
		hasil = []
		for p, k in sorted(self.sisa.per_predikat.items(), key=lambda item: -item[0].rank):
			sisa = [a.batas - a.jumlah for a in self.sisa.per_aturan if a.jenis == "maks" and p in a.predikat]
			hasil.append(
				{
					"predikat": p.value,
					"jumlah": k.jumlah,
					"sisa": min(sisa) if sisa else None,
					"minimal_lagi": k.min_dibutuhkan,
				}
			)
		return hasil

	def aturan(self) -> list[dict]:
		"""Per rule of the curve: its text, kind, predikat, count, limit and whether it holds."""
		belum = self.sisa.belum_dinilai
		return [
			{
				"kode": a.kode,
				"teks": a.aturan or a.kode,
				"jenis": a.jenis,
				"predikat": [p.value for p in a.predikat],
				"jumlah": a.jumlah,
				"batas": a.batas,
				"terpenuhi": _lebih(a, belum) == 0,
			}
			for a in self.sisa.per_aturan
		]


def _lebih(k: KuotaAturan, belum_dinilai: int) -> int:
	if k.jenis == "maks":
		return max(0, k.jumlah - k.batas)
	return max(0, k.kekurangan - belum_dinilai)


def _pesan(k: KuotaAturan, sisa: SisaKuota) -> str:
	teks = " dan/atau ".join(p.value for p in k.predikat)
	nama = k.aturan or k.kode
	if k.jenis == "maks":
		return f"{nama}: {k.jumlah} dari {sisa.jumlah_pegawai} pegawai berpredikat {teks}, paling banyak {k.batas}"
	return (
		f"{nama}: {k.jumlah} dari {sisa.jumlah_pegawai} pegawai berpredikat {teks}, paling sedikit "
		f"{k.batas}, sedangkan yang belum dinilai tinggal {sisa.belum_dinilai}"
	)


def keadaan_kurva(
	predikat_organisasi: PredikatOrganisasi | str,
	predikat: Iterable[Predikat | str],
	jumlah_pegawai: int,
	aturan: Iterable[AturanDistribusi] | None = None,
) -> KeadaanKurva:
	"""SE MenPAN-RB 3/2023 for the whole unit: `predikat` are those given so far (drafts included),
	`jumlah_pegawai` the unit's size (at least the number given)."""
	daftar = list(predikat)
	aturan = None if aturan is None else tuple(aturan)
	sisa = sisa_kuota(predikat_organisasi, daftar, max(jumlah_pegawai, len(daftar)), aturan)
	langgar = tuple(
		LanggarAturan(k.kode, _pesan(k, sisa), _lebih(k, sisa.belum_dinilai))
		for k in sisa.per_aturan
		if _lebih(k, sisa.belum_dinilai) > 0
	)
	return KeadaanKurva(sisa, langgar)


def pelanggaran_baru(sebelum: KeadaanKurva, sesudah: KeadaanKurva) -> list[LanggarAturan]:
	"""The rules a set of moves breaks: broken after and not before, or broken by more than before."""
	lama = {r.kode: r.lebih for r in sebelum.langgar}
	return [r for r in sesudah.langgar if r.lebih > lama.get(r.kode, 0)]


@dataclass(frozen=True)
class HasilSimulasi:
	"""The board after a set of moves: each assessment's new predikat, the unit before and after."""

	predikat: dict[str, Predikat | None]
	berubah: tuple[str, ...]
	sebelum: KeadaanKurva
	sesudah: KeadaanKurva
	melanggar: tuple[LanggarAturan, ...] = field(default=())


def simulasi(
	predikat_organisasi: PredikatOrganisasi | str,
	anggota: Iterable[AnggotaPapan],
	lain: Iterable[Predikat | str],
	jumlah_pegawai: int,
	geser: Iterable[Geser],
	matriks: Mapping[tuple[Rating | str, Rating | str], Predikat | str] | None = None,
	aturan: Iterable[AturanDistribusi] | None = None,
) -> HasilSimulasi:
	"""What-if of the board: the board's assessments (`anggota`) with the moves applied, counted
	with the rest of the unit's predikat (`lain`, assessments not on the board), against the curve.
	A move of an assessment not on the board, or two moves of one, are refused."""
	kuadran = DEFAULT_MATRIKS if matriks is None else normalisasi_matriks(matriks)
	aturan = None if aturan is None else tuple(aturan)
	papan = {a.penilaian: a for a in anggota}
	lain = [Predikat.parse(p) for p in lain]
	baru: dict[str, Predikat | None] = {name: a.predikat for name, a in papan.items()}
	dilihat: dict[str, Geser] = {}
	for g in geser:
		if g.penilaian not in papan:
			raise ValueError(f"Penilaian {g.penilaian} tidak ada di papan kalibrasi unit ini")
		if g.penilaian in dilihat:
			raise ValueError(f"Penilaian {g.penilaian} digeser lebih dari sekali")
		dilihat[g.penilaian] = g
		baru[g.penilaian] = kuadran[(g.rating_hasil_kerja, g.rating_perilaku_kerja)]
	berubah = tuple(
		name
		for name, g in dilihat.items()
		if (papan[name].rating_hasil_kerja, papan[name].rating_perilaku_kerja)
		!= (g.rating_hasil_kerja, g.rating_perilaku_kerja)
	)
	awal = [a.predikat for a in papan.values() if a.predikat]
	sebelum = keadaan_kurva(predikat_organisasi, lain + awal, jumlah_pegawai, aturan)
	akhir = [p for p in baru.values() if p]
	sesudah = keadaan_kurva(predikat_organisasi, lain + akhir, jumlah_pegawai, aturan)
	return HasilSimulasi(baru, berubah, sebelum, sesudah, tuple(pelanggaran_baru(sebelum, sesudah)))


def hambatan_penetapan(keadaan: KeadaanKurva, tanpa_predikat: int, memblokir: bool) -> list[str]:
	"""Why a unit's set of predikat cannot be fixed yet: employees without a predikat (their later
	rating would change a fixed set), and, when the curve blocks, the rules it breaks."""
	hasil = []
	belum = max(tanpa_predikat, keadaan.sisa.belum_dinilai)
	if belum:
		hasil.append(f"{belum} pegawai unit ini belum memiliki predikat")
	if memblokir:
		hasil.extend(r.pesan for r in keadaan.langgar)
	return hasil


def hitung_per_predikat(predikat: Iterable[Predikat | str]) -> dict[str, int]:
	"""Count per predikat by its text, every predikat present (0 when none)."""
	hitung = hitung_predikat(list(predikat))
	return {p.value: hitung[p] for p in Predikat}
