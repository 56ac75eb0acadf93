"""Assessment rules that combine the regimes' building blocks (docs/regulasi.md §4).

The quadrant, the 8/2021 numbers and the distribution curve live in rating, capaian and distribusi;
this module holds what an assessment adds around them: the default rating of a unit leader, the
8/2021 weights and behaviour score, who may give behaviour input, the unit whose curve applies, and
the curve checked while a unit is still being assessed. Every [S]/[U] number is a parameter.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .capaian import kategori_capaian, nilai_capaian, saran_rating
from .distribusi import PelanggaranDistribusi, SisaKuota
from .pelaksanaan import capaian_keseluruhan
from .rating import (
	Predikat,
	Rating,
	agregasi_rating_perilaku,
	nilai_akhir_8_2021,
	nilai_skp_8_2021,
	nilai_skp_periodik,
	predikat_dari_nilai,
	predikat_kinerja,
)

JENIS_PENILAIAN: tuple[str, ...] = ("Tahunan", "Periodik")
JENIS_PEMBERI_MASUKAN: tuple[str, ...] = ("Diri Sendiri", "Rekan Kerja", "Bawahan")
# Inputs from these raters make an 8/2021 assessment "360": the 60/40 weights apply (docs/regulasi.md §4.1).
PEMBERI_360: frozenset[str] = frozenset({"Rekan Kerja", "Bawahan"})
# PermenPAN-RB 8/2021 names no weight for section B (kinerja tambahan) [U]: the settings' default.
DEFAULT_BOBOT_KINERJA_TAMBAHAN = 10.0


# Hasil kerja -----------------------------------------------------------------------------------------


def capaian_unit(capaian_rhk_pimpinan: Iterable[float | None]) -> float | None:
	"""The unit's achievement as the mean of the roll-up capaian of its leader's RHK (the direct
	cascade carries the unit's realisation up to them); None while none has a value. An approximation
	of "organisation achievement" [S]: the IKU realisation itself is not recorded per period."""
	ada = [float(c) for c in capaian_rhk_pimpinan if c is not None]
	if not ada:
		return None
	return math.fsum(ada) / len(ada)


def rating_pimpinan_unit(
	capaian: float | None, *, batas_di_atas: float = 110.0, batas_di_bawah: float = 100.0
) -> Rating | None:
	"""PermenPAN-RB 6/2022 [S]: for an organisation leader the rating hasil kerja follows the unit's
	achievement, read with the same thresholds as the suggestion from capaian; None without one."""
	if capaian is None:
		return None
	return saran_rating([capaian], batas_di_atas=batas_di_atas, batas_di_bawah=batas_di_bawah)


# PermenPAN-RB 8/2021 -----------------------------------------------------------------------------------


def bobot_nilai_iki(
	baris: Sequence[tuple[str, float | None]], bobot_tambahan: float = DEFAULT_BOBOT_KINERJA_TAMBAHAN
) -> list[float]:
	"""PermenPAN-RB 8/2021: the weight in percent of each IKI in the nilai SKP, given (jenis, relative
	IKI weight) per row. Kinerja Utama shares 100% by the IKI weights; Kinerja Tambahan shares
	bobot_tambahan (a setting, [U]) the same way, added on top of Utama as section B is."""
	if bobot_tambahan < 0:
		raise ValueError("Bobot kinerja tambahan tidak boleh negatif")
	relatif = []
	for jenis, bobot in baris:
		if jenis not in ("Utama", "Tambahan"):
			raise ValueError(f"Jenis kinerja tidak dikenal: {jenis!r} (yang sah: Utama, Tambahan)")
		nilai = 1.0 if bobot is None else float(bobot)
		if nilai < 0:
			raise ValueError("Bobot IKI tidak boleh negatif")
		relatif.append(nilai)
	total = {
		jenis: math.fsum(b for (j, _), b in zip(baris, relatif, strict=True) if j == jenis)
		for jenis in ("Utama", "Tambahan")
	}
	porsi = {"Utama": 100.0, "Tambahan": float(bobot_tambahan)}
	return [
		porsi[jenis] * b / total[jenis] if total[jenis] > 0 else 0.0
		for (jenis, _), b in zip(baris, relatif, strict=True)
	]


def nilai_perilaku_8_2021(aspek: Iterable[tuple[float, Sequence[float]]]) -> float:
	"""PermenPAN-RB 8/2021: nilai perilaku kerja as the mean over the aspects, each given as (the
	Pejabat Penilai's nilai, the nilai of other raters). Each aspect is the mean of all its raters,
	the assessor counting as one [U: the regulation does not fix how raters are combined]."""
	per_aspek = []
	for nilai_penilai, masukan in aspek:
		semua = [float(nilai_penilai), *(float(n) for n in masukan)]
		if any(n < 0 for n in semua):
			raise ValueError("Nilai perilaku tidak boleh negatif")
		per_aspek.append(math.fsum(semua) / len(semua))
	if not per_aspek:
		raise ValueError("Tidak ada aspek perilaku yang dinilai")
	return math.fsum(per_aspek) / len(per_aspek)


def bobot_nilai_akhir(
	dengan_masukan_360: bool,
	bobot: tuple[float, float] = (70.0, 30.0),
	bobot_360: tuple[float, float] = (60.0, 40.0),
) -> tuple[float, float]:
	"""PermenPAN-RB 8/2021: 70% SKP and 30% perilaku, or 60/40 where peers or subordinates rate."""
	return bobot_360 if dengan_masukan_360 else bobot


@dataclass(frozen=True)
class BarisIKI8:
	"""An IKI in an 8/2021 assessment: its kind, its own weight, its capaian in the period, the weight
	the assessor kept (None: the default share), and whether it was measured in the period."""

	jenis: str
	bobot_iki: float | None
	capaian: float
	bobot: float | None = None
	terukur: bool = True


@dataclass(frozen=True)
class NilaiIKI8:
	kategori: str
	nilai: float
	bobot: float
	nilai_tertimbang: float


def nilai_iki_8_2021(
	baris: Sequence[BarisIKI8], tabel=None, bobot_tambahan: float = DEFAULT_BOBOT_KINERJA_TAMBAHAN
) -> list[NilaiIKI8]:
	"""PermenPAN-RB 8/2021 per IKI: category and nilai of its capaian by the bands, its weight (the
	assessor's, 0 included, else the default share of bobot_nilai_iki) and the weighted nilai."""
	bawaan = bobot_nilai_iki([(b.jenis, b.bobot_iki) for b in baris], bobot_tambahan)
	hasil = []
	for b, bobot_bawaan in zip(baris, bawaan, strict=True):
		nilai = nilai_capaian(b.capaian, tabel)
		bobot = bobot_bawaan if b.bobot is None else float(b.bobot)
		hasil.append(NilaiIKI8(kategori_capaian(b.capaian, tabel), nilai, bobot, nilai * bobot / 100.0))
	return hasil


@dataclass(frozen=True)
class Hasil8_2021:
	"""The numbers of an 8/2021 assessment; nilai akhir and predikat only once it is complete."""

	nilai_kinerja_utama: float
	nilai_kinerja_tambahan: float
	nilai_skp: float
	nilai_perilaku: float
	bobot_skp: float
	bobot_perilaku: float
	nilai_akhir: float
	predikat: Predikat | None


def hasil_8_2021(
	iki: Sequence[tuple[str, float, float, bool]],
	aspek: Sequence[tuple[float, Sequence[float]]],
	*,
	tahunan: bool,
	dengan_masukan_360: bool,
	bobot: tuple[float, float] = (70.0, 30.0),
	bobot_360: tuple[float, float] = (60.0, 40.0),
	pita=None,
) -> Hasil8_2021:
	"""PermenPAN-RB 8/2021, a whole assessment from its rows: `iki` as (jenis, nilai, bobot in
	percent, measured in the period), `aspek` as (the assessor's nilai, the other raters' nilai).
	Nilai SKP: the weighted sum of Kinerja Utama and Tambahan for the year, the mean of the measured
	items for a period; nilai perilaku once every aspect has a nilai; nilai akhir 70/30 (60/40 with
	peers or subordinates) and the predikat by the bands."""
	utama = [(n, b) for jenis, n, b, _t in iki if jenis == "Utama"]
	tambahan = [(n, b) for jenis, n, b, _t in iki if jenis != "Utama"]
	nilai_skp = 0.0
	if utama:
		if tahunan:
			nilai_skp = nilai_skp_8_2021(utama, tambahan)
		else:
			terukur = [n for _j, n, _b, t in iki if t]
			nilai_skp = nilai_skp_periodik([], terukur) if terukur else 0.0
	lengkap = bool(aspek) and all(n > 0 for n, _m in aspek)
	nilai_perilaku = nilai_perilaku_8_2021(aspek) if lengkap else 0.0
	bobot_skp, bobot_perilaku = bobot_nilai_akhir(dengan_masukan_360, bobot, bobot_360)
	nilai_akhir, predikat = 0.0, None
	if utama and lengkap:
		nilai_akhir = nilai_akhir_8_2021(nilai_skp, nilai_perilaku, bobot_skp, bobot_perilaku)
		predikat = predikat_dari_nilai(nilai_akhir, pita)
	return Hasil8_2021(
		nilai_kinerja_utama=math.fsum(n * b / 100.0 for n, b in utama),
		nilai_kinerja_tambahan=math.fsum(n * b / 100.0 for n, b in tambahan),
		nilai_skp=nilai_skp,
		nilai_perilaku=nilai_perilaku,
		bobot_skp=bobot_skp,
		bobot_perilaku=bobot_perilaku,
		nilai_akhir=nilai_akhir,
		predikat=predikat,
	)


# PermenPAN-RB 6/2022 -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hasil6_2022:
	"""What a 6/2022 assessment derives from its rows (the assessor decides the ratings):
	`rating_perilaku` is the aggregate once every behaviour is rated, for an assessor who set none."""

	capaian_keseluruhan: float | None
	saran_hasil_kerja: Rating | None
	saran_perilaku: Rating | None
	rating_perilaku: Rating | None
	predikat: Predikat | None


def hasil_6_2022(
	capaian_rhk: Sequence[tuple[float | None, bool]] | None,
	rating_perilaku_baris: Sequence[str | None],
	rating_hasil_kerja: str | None,
	rating_perilaku_penilai: str | None,
	*,
	batas_di_atas: float = 110.0,
	batas_di_bawah: float = 100.0,
	porsi_mayoritas: float | None = None,
	aturan_perilaku: str = "mayoritas",
	matriks=None,
) -> Hasil6_2022:
	"""PermenPAN-RB 6/2022: the suggested rating hasil kerja from the capaian of the RHK Utama
	(`capaian_rhk` as (capaian, utama); None when the rows were not reloaded), the behaviour rating
	aggregated by the settings' rule, and the predikat from the quadrant once both ratings exist.
	`rating_perilaku_penilai` is the assessor's own behaviour rating when they set one."""
	capaian = saran = None
	if capaian_rhk is not None:
		ada = [c for c, utama in capaian_rhk if c is not None and utama]
		capaian = capaian_keseluruhan(ada)
		if ada:
			kw = {} if porsi_mayoritas is None else {"porsi_mayoritas": porsi_mayoritas}
			saran = saran_rating(ada, batas_di_atas=batas_di_atas, batas_di_bawah=batas_di_bawah, **kw)
	rating = [r for r in rating_perilaku_baris if r]
	saran_perilaku = agregasi_rating_perilaku(rating, aturan_perilaku) if rating else None
	perilaku = rating_perilaku_penilai
	if not perilaku:
		semua = bool(rating) and len(rating) == len(rating_perilaku_baris)
		perilaku = saran_perilaku if semua else None
	predikat = None
	if rating_hasil_kerja and perilaku:
		predikat = predikat_kinerja(rating_hasil_kerja, perilaku, matriks)
	return Hasil6_2022(
		capaian,
		saran,
		saran_perilaku,
		Rating.parse(perilaku) if perilaku and not rating_perilaku_penilai else None,
		predikat,
	)


def ringkas_masukan(
	rating: Sequence[str], nilai: Sequence[float], aturan: str = "mayoritas"
) -> tuple[int, Rating | None, float]:
	"""Behaviour input on one behaviour: how many gave it, their aggregated rating (6/2022) and
	their mean nilai (8/2021, 0 without any)."""
	return (
		max(len(rating), len(nilai)),
		agregasi_rating_perilaku(rating, aturan) if rating else None,
		math.fsum(nilai) / len(nilai) if nilai else 0.0,
	)


# Behaviour input (self, peers, subordinates) -------------------------------------------------------------


def jenis_pemberi_masukan(pemberi: str, pegawai: str, atasan: Mapping[str, str | None]) -> str | None:
	"""PermenPAN-RB 6/2022 allows behaviour input from the employee, peers and subordinates: "Diri
	Sendiri" for the employee, "Bawahan" for someone reporting to them, "Rekan Kerja" for someone with
	the same superior; None for anyone else (they may give none)."""
	if pemberi == pegawai:
		return "Diri Sendiri"
	atasan_pemberi = atasan.get(pemberi)
	if atasan_pemberi and atasan_pemberi == pegawai:
		return "Bawahan"
	atasan_pegawai = atasan.get(pegawai)
	if atasan_pemberi and atasan_pemberi == atasan_pegawai:
		return "Rekan Kerja"
	return None


def dengan_masukan_360(jenis_pemberi: Iterable[str]) -> bool:
	"""Whether peers or subordinates rated: the 8/2021 final value then uses the 360 weights."""
	return any(j in PEMBERI_360 for j in jenis_pemberi)


# Distribution while assessing ------------------------------------------------------------------------------


def unit_distribusi(
	unit: str | None, induk: Mapping[str, str | None], unit_berpredikat: Collection[str]
) -> str | None:
	"""SE MenPAN-RB 3/2023: the organisation whose curve bounds an employee of `unit` is the nearest
	unit (itself or above it) that has an organisation predikat for the period; None when none has."""
	dilihat: set[str] = set()
	while unit and unit not in dilihat:
		if unit in unit_berpredikat:
			return unit
		dilihat.add(unit)
		unit = induk.get(unit)
	return None


def pelanggaran_kuota(sisa: SisaKuota) -> list[PelanggaranDistribusi]:
	"""SE MenPAN-RB 3/2023 while a unit is being assessed: the rules its assessments so far already
	break for the whole unit, a cap exceeded or a floor that the employees still to be assessed can
	no longer reach. Once every employee is assessed these are exactly cek_distribusi's."""
	hasil = []
	for k in sisa.per_aturan:
		teks = " dan/atau ".join(p.value for p in k.predikat)
		if k.jenis == "maks" and k.jumlah > k.batas:
			pesan = (
				f"{k.aturan or k.kode}: {k.jumlah} dari {sisa.jumlah_pegawai} pegawai berpredikat {teks}, "
				f"paling banyak {k.batas}"
			)
		elif k.jenis == "min" and k.kekurangan > sisa.belum_dinilai:
			pesan = (
				f"{k.aturan or k.kode}: baru {k.jumlah} dari {sisa.jumlah_pegawai} pegawai berpredikat "
				f"{teks}, paling sedikit {k.batas}, sedangkan yang belum dinilai tinggal {sisa.belum_dinilai}"
			)
		else:
			continue
		hasil.append(
			PelanggaranDistribusi(
				k.kode, k.aturan, k.jenis, k.predikat, k.jumlah, k.batas, sisa.jumlah_pegawai, pesan
			)
		)
	return hasil


@dataclass(frozen=True)
class KuotaBaris:
	"""One predikat of a unit while assessing: how many have it, how many more the curve still allows
	(`sisa`) and how many more a floor still needs (`minimal_lagi`)."""

	predikat: str
	jumlah: int
	sisa: int
	minimal_lagi: int


def ringkas_kuota(sisa: SisaKuota) -> list[KuotaBaris]:
	"""The per-predikat view of sisa_kuota, best predikat first, for forms and reports."""
	return [
		KuotaBaris(p.value, k.jumlah, k.maks_tambahan, k.min_dibutuhkan)
		for p, k in sorted(sisa.per_predikat.items(), key=lambda item: -item[0].rank)
	]
