"""Organisation predikat and the distribution curve of employee predikat in a unit.

SE MenPAN-RB 3/2023 (docs/regulasi.md §4.3, [S] one source): the predikat of the organisation
bounds how many employees of the unit may get each predikat. The rules are data (every
percentage a setting); "at most p%" allows floor(p x n / 100) employees, "at least p%" needs
ceil(p x n / 100).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

from .rating import Predikat


class PredikatOrganisasi(str, Enum):
	"""SE MenPAN-RB 3/2023: predikat kinerja organisasi, set by the leader above the unit."""

	ISTIMEWA = "Istimewa"
	BAIK = "Baik"
	BUTUH_PERBAIKAN = "Butuh Perbaikan"
	KURANG = "Kurang"
	SANGAT_KURANG = "Sangat Kurang"

	def __str__(self) -> str:
		return self.value

	@classmethod
	def parse(cls, nilai: PredikatOrganisasi | str) -> PredikatOrganisasi:
		"""The organisation predikat named by an enum or its text (case-insensitive)."""
		if isinstance(nilai, PredikatOrganisasi):
			return nilai
		if isinstance(nilai, str):
			kunci = " ".join(nilai.replace("_", " ").split()).casefold()
			for predikat in cls:
				if kunci in (predikat.value.casefold(), predikat.name.replace("_", " ").casefold()):
					return predikat
		raise ValueError(
			f"Predikat organisasi tidak dikenal: {nilai!r} "
			f"(yang sah: {', '.join(p.value for p in PredikatOrganisasi)})"
		)


JENIS_ATURAN: tuple[str, ...] = ("maks", "min")


@dataclass(frozen=True)
class AturanDistribusi:
	"""One rule of the curve: for units of predikat_organisasi, the number of employees whose predikat
	is in `predikat` is at most ("maks") or at least ("min") persen % of the unit, or an absolute
	`jumlah` when persen is None."""

	kode: str
	predikat_organisasi: PredikatOrganisasi
	predikat: frozenset[Predikat]
	jenis: str
	persen: float | None = None
	jumlah: int | None = None
	teks: str = ""

	def __post_init__(self) -> None:
		object.__setattr__(self, "predikat_organisasi", PredikatOrganisasi.parse(self.predikat_organisasi))
		object.__setattr__(self, "predikat", frozenset(Predikat.parse(p) for p in self.predikat))
		if self.jenis not in JENIS_ATURAN:
			raise ValueError(f"Jenis aturan distribusi tidak dikenal: {self.jenis!r} (yang sah: maks, min)")
		if (self.persen is None) == (self.jumlah is None):
			raise ValueError(f"Aturan {self.kode}: isi tepat salah satu dari persen atau jumlah")
		if self.persen is not None and not 0 <= self.persen <= 100:
			raise ValueError(f"Aturan {self.kode}: persen harus di antara 0 dan 100")
		if self.jumlah is not None and self.jumlah < 0:
			raise ValueError(f"Aturan {self.kode}: jumlah tidak boleh negatif")
		if not self.predikat:
			raise ValueError(f"Aturan {self.kode}: himpunan predikat kosong")

	def batas(self, jumlah_pegawai: int) -> int:
		"""Limit for a unit of n employees: floor(p x n / 100) for maks, ceil for min; an absolute
		minimum never exceeds the unit size."""
		if self.persen is not None:
			kuota = Fraction(str(self.persen)) * jumlah_pegawai / 100
			return math.floor(kuota) if self.jenis == "maks" else math.ceil(kuota)
		if self.jenis == "min":
			return min(self.jumlah, jumlah_pegawai)
		return self.jumlah


def _aturan(
	kode: str,
	organisasi: PredikatOrganisasi,
	predikat: Iterable[Predikat],
	jenis: str,
	teks: str,
	*,
	persen: float | None = None,
	jumlah: int | None = None,
) -> AturanDistribusi:
	return AturanDistribusi(kode, organisasi, frozenset(predikat), jenis, persen, jumlah, teks)


_O = PredikatOrganisasi
_P = Predikat

# SE MenPAN-RB 3/2023 curve [S]; every percentage is a default of the settings.
DEFAULT_ATURAN_DISTRIBUSI: tuple[AturanDistribusi, ...] = (
	_aturan(
		"istimewa_maks_sangat_baik", _O.ISTIMEWA, [_P.SANGAT_BAIK], "maks",
		"Paling banyak 70% Sangat Baik", persen=70,
	),
	_aturan("baik_maks_baik", _O.BAIK, [_P.BAIK], "maks", "Paling banyak 70% Baik", persen=70),
	_aturan(
		"baik_min_butuh_perbaikan_kurang", _O.BAIK, [_P.BUTUH_PERBAIKAN, _P.KURANG_MISCONDUCT], "min",
		"Paling sedikit satu Butuh Perbaikan dan/atau Kurang/Misconduct", jumlah=1,
	),
	_aturan(
		"butuh_perbaikan_min_butuh_perbaikan", _O.BUTUH_PERBAIKAN, [_P.BUTUH_PERBAIKAN], "min",
		"Paling sedikit 60% Butuh Perbaikan", persen=60,
	),
	_aturan(
		"butuh_perbaikan_maks_sangat_baik", _O.BUTUH_PERBAIKAN, [_P.SANGAT_BAIK], "maks",
		"Paling banyak 10% Sangat Baik", persen=10,
	),
	_aturan(
		"kurang_min_kurang", _O.KURANG, [_P.KURANG_MISCONDUCT], "min",
		"Paling sedikit 60% Kurang/Misconduct", persen=60,
	),
	_aturan(
		"kurang_min_butuh_perbaikan", _O.KURANG, [_P.BUTUH_PERBAIKAN], "min",
		"Paling sedikit 10% Butuh Perbaikan", persen=10,
	),
	_aturan(
		"kurang_maks_sangat_baik", _O.KURANG, [_P.SANGAT_BAIK], "maks",
		"Paling banyak 10% Sangat Baik", persen=10,
	),
	_aturan(
		"sangat_kurang_min_sangat_kurang", _O.SANGAT_KURANG, [_P.SANGAT_KURANG], "min",
		"Paling sedikit 60% Sangat Kurang", persen=60,
	),
	_aturan(
		"sangat_kurang_min_kurang_butuh_perbaikan", _O.SANGAT_KURANG,
		[_P.KURANG_MISCONDUCT, _P.BUTUH_PERBAIKAN], "min",
		"Paling sedikit 10% Kurang/Misconduct dan/atau Butuh Perbaikan", persen=10,
	),
	_aturan(
		"sangat_kurang_maks_sangat_baik", _O.SANGAT_KURANG, [_P.SANGAT_BAIK], "maks",
		"Tidak boleh ada Sangat Baik", jumlah=0,
	),
)  # fmt: skip


@dataclass(frozen=True)
class PelanggaranDistribusi:
	"""A rule of the curve the unit breaks: `jumlah` employees in the rule's predikat against `batas`."""

	kode: str
	aturan: str
	jenis: str
	predikat: tuple[Predikat, ...]
	jumlah: int
	batas: int
	jumlah_pegawai: int
	pesan: str


@dataclass(frozen=True)
class KuotaAturan:
	"""State of one rule: for "maks", how many more may still get the predikat (`tambahan_maks`); for
	"min", how many more are still needed (`kekurangan`)."""

	kode: str
	aturan: str
	jenis: str
	predikat: tuple[Predikat, ...]
	jumlah: int
	batas: int
	tambahan_maks: int | None
	kekurangan: int
	terpenuhi: bool


@dataclass(frozen=True)
class KuotaPredikat:
	"""What the unit may still give of one predikat: at most `maks_tambahan` more (bounded by the
	employees not yet assessed and the slots the floors of other predikat still need), and at least
	`min_dibutuhkan` more to meet a floor on this predikat alone."""

	predikat: Predikat
	jumlah: int
	maks_tambahan: int
	min_dibutuhkan: int


@dataclass(frozen=True)
class SisaKuota:
	"""SE MenPAN-RB 3/2023: remaining slots of a unit, per rule and per predikat."""

	predikat_organisasi: PredikatOrganisasi
	jumlah_pegawai: int
	sudah_dinilai: int
	belum_dinilai: int
	per_aturan: tuple[KuotaAturan, ...]
	per_predikat: dict[Predikat, KuotaPredikat]


def _urut(predikat: Iterable[Predikat]) -> tuple[Predikat, ...]:
	return tuple(sorted(predikat, reverse=True))


def hitung_predikat(
	predikat_pegawai: Iterable[Predikat | str] | Mapping[Predikat | str, int],
) -> Counter[Predikat]:
	"""Count of employees per predikat, from a list of predikat or a mapping predikat -> count."""
	hitung: Counter[Predikat] = Counter()
	if isinstance(predikat_pegawai, Mapping):
		for predikat, jumlah in predikat_pegawai.items():
			if jumlah < 0:
				raise ValueError(f"Jumlah pegawai berpredikat {predikat} tidak boleh negatif")
			hitung[Predikat.parse(predikat)] += int(jumlah)
	else:
		for predikat in predikat_pegawai:
			hitung[Predikat.parse(predikat)] += 1
	return hitung


def aturan_untuk(
	predikat_organisasi: PredikatOrganisasi | str, aturan: Iterable[AturanDistribusi] | None = None
) -> list[AturanDistribusi]:
	"""The rules of the curve that apply to units with this organisation predikat."""
	organisasi = PredikatOrganisasi.parse(predikat_organisasi)
	semua = DEFAULT_ATURAN_DISTRIBUSI if aturan is None else aturan
	return [a for a in semua if a.predikat_organisasi is organisasi]


def _teks_predikat(predikat: tuple[Predikat, ...]) -> str:
	return " dan/atau ".join(p.value for p in predikat)


def cek_distribusi(
	predikat_organisasi: PredikatOrganisasi | str,
	predikat_pegawai: Iterable[Predikat | str] | Mapping[Predikat | str, int],
	aturan: Iterable[AturanDistribusi] | None = None,
) -> list[PelanggaranDistribusi]:
	"""SE MenPAN-RB 3/2023: the rules of the curve a unit breaks; empty when the unit fits it."""
	hitung = hitung_predikat(predikat_pegawai)
	n = sum(hitung.values())
	hasil = []
	for a in aturan_untuk(predikat_organisasi, aturan):
		jumlah = sum(hitung[p] for p in a.predikat)
		batas = a.batas(n)
		langgar = jumlah > batas if a.jenis == "maks" else jumlah < batas
		if not langgar:
			continue
		predikat = _urut(a.predikat)
		if a.jenis == "maks":
			pesan = (
				f"{a.teks or a.kode}: {jumlah} dari {n} pegawai berpredikat {_teks_predikat(predikat)}, "
				f"paling banyak {batas}"
			)
		else:
			pesan = (
				f"{a.teks or a.kode}: {jumlah} dari {n} pegawai berpredikat {_teks_predikat(predikat)}, "
				f"paling sedikit {batas}"
			)
		hasil.append(PelanggaranDistribusi(a.kode, a.teks, a.jenis, predikat, jumlah, batas, n, pesan))
	return hasil


def sisa_kuota(
	predikat_organisasi: PredikatOrganisasi | str,
	predikat_pegawai: Iterable[Predikat | str] | Mapping[Predikat | str, int],
	jumlah_pegawai: int | None = None,
	aturan: Iterable[AturanDistribusi] | None = None,
) -> SisaKuota:
	"""SE MenPAN-RB 3/2023: how many of each predikat the unit may still give, with limits computed on
	the whole unit (jumlah_pegawai) while only some employees are assessed yet.

	The slots reserved for the floors of other predikat are summed, which is exact for the default
	rules (their floors concern disjoint predikat) and conservative for overlapping floors.
	"""
	organisasi = PredikatOrganisasi.parse(predikat_organisasi)
	hitung = hitung_predikat(predikat_pegawai)
	sudah = sum(hitung.values())
	n = sudah if jumlah_pegawai is None else jumlah_pegawai
	if n < sudah:
		raise ValueError(
			f"Jumlah pegawai unit ({n}) lebih kecil dari jumlah pegawai yang sudah dinilai ({sudah})"
		)
	belum = n - sudah
	per_aturan = []
	for a in aturan_untuk(organisasi, aturan):
		jumlah = sum(hitung[p] for p in a.predikat)
		batas = a.batas(n)
		if a.jenis == "maks":
			tambahan, kekurangan, terpenuhi = max(0, batas - jumlah), 0, jumlah <= batas
		else:
			tambahan, kekurangan = None, max(0, batas - jumlah)
			terpenuhi = kekurangan == 0
		per_aturan.append(
			KuotaAturan(
				a.kode, a.teks, a.jenis, _urut(a.predikat), jumlah, batas, tambahan, kekurangan, terpenuhi
			)
		)
	per_predikat = {}
	for predikat in Predikat:
		maks = belum - sum(
			k.kekurangan for k in per_aturan if k.jenis == "min" and predikat not in k.predikat
		)
		for k in per_aturan:
			if k.jenis == "maks" and predikat in k.predikat:
				maks = min(maks, k.tambahan_maks)
		minimum = max(
			(k.kekurangan for k in per_aturan if k.jenis == "min" and k.predikat == (predikat,)), default=0
		)
		per_predikat[predikat] = KuotaPredikat(predikat, hitung[predikat], max(0, maks), minimum)
	return SisaKuota(organisasi, n, sudah, belum, tuple(per_aturan), per_predikat)
