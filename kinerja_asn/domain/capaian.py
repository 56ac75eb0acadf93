"""Capaian (achievement) of IKI and RHK, its 8/2021 nilai, and a suggested 6/2022 rating.

PermenPAN-RB 8/2021 (docs/regulasi.md §4.1): capaian by polarity and range targets, and the
table of categories and nilai. PermenPAN-RB 6/2022 (section 4.2): capaian may *suggest* a rating
of hasil kerja; the Pejabat Penilai decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .rating import Rating

ARAH: tuple[str, ...] = ("naik", "turun")


def capaian_iki(
	realisasi: float, target: float, *, target_maks: float | None = None, arah: str = "naik"
) -> float:
	"""PermenPAN-RB 8/2021: capaian IKI in percent.

	"naik" (higher is better): realisasi / target x 100; "turun" (lower is better):
	(1 + (1 - realisasi / target)) x 100, floored at 0. A range target [target, target_maks] gives
	100 inside the range, and compares with the upper bound above it and the lower bound below it.
	"""
	if target is None:
		raise ValueError("Target IKI belum diisi")
	if realisasi is None:
		raise ValueError("Realisasi IKI belum diisi")
	if target <= 0:
		raise ValueError(f"Target IKI harus lebih besar dari 0 (diberikan {target})")
	if realisasi < 0:
		raise ValueError(f"Realisasi IKI tidak boleh negatif (diberikan {realisasi})")
	if target_maks is not None and target_maks < target:
		raise ValueError(
			f"Batas atas target ({target_maks}) tidak boleh lebih kecil dari batas bawah ({target})"
		)
	if arah not in ARAH:
		raise ValueError(f"Arah IKI tidak dikenal: {arah!r} (yang sah: naik, turun)")
	if target_maks is None or realisasi <= target:
		pembanding = target
	elif realisasi >= target_maks:
		pembanding = target_maks
	else:
		return 100.0
	if realisasi == pembanding:
		return 100.0
	rasio = realisasi / pembanding
	if arah == "naik":
		return rasio * 100.0
	return max(0.0, (2.0 - rasio) * 100.0)


@dataclass(frozen=True)
class PitaCapaian:
	"""One band of the 8/2021 table: capaian in (or at) [batas_bawah, batas_atas] gives kategori and
	nilai = n_lo + (n_hi - n_lo) / (c_hi - c_lo) x (capaian - c_lo); c_lo == c_hi means nilai n_lo."""

	kategori: str
	batas_bawah: float | None
	batas_atas: float | None
	termasuk_bawah: bool
	termasuk_atas: bool
	c_lo: float
	c_hi: float
	n_lo: float
	n_hi: float

	def memuat(self, capaian: float) -> bool:
		"""Whether the capaian falls in this band, with the band's inclusivity."""
		if self.batas_bawah is not None:
			if capaian < self.batas_bawah or (capaian == self.batas_bawah and not self.termasuk_bawah):
				return False
		if self.batas_atas is not None:
			if capaian > self.batas_atas or (capaian == self.batas_atas and not self.termasuk_atas):
				return False
		return True

	def nilai(self, capaian: float) -> float:
		"""Linear interpolation of nilai through (c_lo, n_lo) and (c_hi, n_hi)."""
		if self.c_hi == self.c_lo:
			return self.n_lo
		return self.n_lo + (self.n_hi - self.n_lo) / (self.c_hi - self.c_lo) * (capaian - self.c_lo)


# PermenPAN-RB 8/2021 table (docs/regulasi.md §4.1); the Sangat Baik formula is [U] and nilai 109 at 100% [S].
DEFAULT_TABEL_CAPAIAN: tuple[PitaCapaian, ...] = (
	PitaCapaian("Sangat Baik", 110.0, None, False, True, 110.0, 110.0, 120.0, 120.0),
	PitaCapaian("Sangat Baik", 100.0, 110.0, False, True, 101.0, 110.0, 110.0, 120.0),
	PitaCapaian("Baik", 100.0, 100.0, True, True, 100.0, 100.0, 109.0, 109.0),
	PitaCapaian("Cukup", 80.0, 100.0, True, False, 80.0, 99.0, 70.0, 89.0),
	PitaCapaian("Kurang", 60.0, 80.0, True, False, 60.0, 79.0, 50.0, 69.0),
	PitaCapaian("Sangat Kurang", 0.0, 60.0, True, False, 0.0, 59.0, 0.0, 49.0),
)


def _pita(capaian: float, tabel: Sequence[PitaCapaian] | None) -> PitaCapaian:
	for band in DEFAULT_TABEL_CAPAIAN if tabel is None else tabel:
		if band.memuat(capaian):
			return band
	raise ValueError(f"Capaian {capaian}% tidak masuk pita mana pun dalam tabel nilai capaian")


def nilai_capaian(capaian: float, tabel: Sequence[PitaCapaian] | None = None) -> float:
	"""PermenPAN-RB 8/2021: nilai of a capaian by the first band of the table that holds it (98% -> 88)."""
	return _pita(capaian, tabel).nilai(capaian)


def kategori_capaian(capaian: float, tabel: Sequence[PitaCapaian] | None = None) -> str:
	"""PermenPAN-RB 8/2021: category (Sangat Baik ... Sangat Kurang) of a capaian."""
	return _pita(capaian, tabel).kategori


def saran_rating(
	capaian: float | Sequence[float | None],
	*,
	utama: Sequence[bool] | None = None,
	batas_di_atas: float = 110.0,
	batas_di_bawah: float = 100.0,
	porsi_mayoritas: float = 0.5,
) -> Rating:
	"""PermenPAN-RB 6/2022: rating hasil kerja suggested by capaian; the assessor decides.

	Each item is above (>= batas_di_atas), below (< batas_di_bawah) or at expectation. Di Atas when
	more than porsi_mayoritas of items are above and no Utama item is below; Di Bawah when more than
	porsi_mayoritas are below; otherwise Sesuai. Items without capaian (None) are skipped.
	"""
	if batas_di_bawah > batas_di_atas:
		raise ValueError("Batas di bawah ekspektasi tidak boleh melebihi batas di atas ekspektasi")
	if not 0 <= porsi_mayoritas < 1:
		raise ValueError("Porsi mayoritas harus di antara 0 (termasuk) dan 1")
	daftar = [capaian] if isinstance(capaian, int | float) else list(capaian)
	if utama is None:
		bendera = [True] * len(daftar)
	else:
		bendera = list(utama)
		if len(bendera) != len(daftar):
			raise ValueError("Jumlah penanda Utama harus sama dengan jumlah capaian")
	pasangan = [(c, u) for c, u in zip(daftar, bendera, strict=True) if c is not None]
	if not pasangan:
		raise ValueError("Tidak ada capaian untuk menyarankan rating")
	jumlah = len(pasangan)
	di_atas = sum(1 for c, _ in pasangan if c >= batas_di_atas)
	di_bawah = sum(1 for c, _ in pasangan if c < batas_di_bawah)
	utama_di_bawah = any(u and c < batas_di_bawah for c, u in pasangan)
	if di_bawah > porsi_mayoritas * jumlah:
		return Rating.DI_BAWAH
	if di_atas > porsi_mayoritas * jumlah and not utama_di_bawah:
		return Rating.DI_ATAS
	return Rating.SESUAI


@dataclass
class IKI:
	"""Indikator kinerja individu (= OKR key result) of an RHK; target_maks set for a range target."""

	id: str
	target: float
	target_maks: float | None = None
	realisasi: float | None = None
	bobot: float = 1.0
	arah: str = "naik"

	def capaian(self) -> float | None:
		"""Capaian in percent, or None while there is no realisation."""
		if self.realisasi is None:
			return None
		return capaian_iki(self.realisasi, self.target, target_maks=self.target_maks, arah=self.arah)


def capaian_rhk(iki_list: Iterable[IKI]) -> float | None:
	"""Capaian of an RHK: weighted average of its IKI capaian (equal weights by default), skipping
	IKI without realisation; None when none has one. OKR practice, not a regulation formula."""
	jumlah_bobot = 0.0
	jumlah = 0.0
	ada = False
	for iki in iki_list:
		realisasi = iki.realisasi
		if realisasi is None:
			continue
		bobot = 1.0 if iki.bobot is None else iki.bobot
		if bobot < 0:
			raise ValueError(f"Bobot IKI {iki.id} tidak boleh negatif")
		target = iki.target
		if (
			iki.target_maks is None
			and iki.arah == "naik"
			and target is not None
			and target > 0
			and realisasi >= 0
		):
			nilai = realisasi / target * 100.0  # capaian_iki's common case, inlined for the cascade roll-up
		else:
			nilai = capaian_iki(realisasi, target, target_maks=iki.target_maks, arah=iki.arah)
		ada = True
		jumlah_bobot += bobot
		jumlah += bobot * nilai
	if not ada:
		return None
	if jumlah_bobot <= 0:
		raise ValueError("Jumlah bobot IKI yang sudah ada realisasinya harus lebih besar dari 0")
	return jumlah / jumlah_bobot
