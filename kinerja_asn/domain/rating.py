"""Ratings and predikat kinerja of both assessment regimes.

PermenPAN-RB 6/2022: qualitative ratings of hasil kerja and perilaku kerja, combined by the
quadrant (docs/regulasi.md §4.2). PermenPAN-RB 8/2021: numeric nilai akhir and its bands
(section 4.1). Every [S]/[U] number is a module-level default that callers may replace.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum


def _kunci_teks(teks: str) -> str:
	return " ".join(teks.replace("_", " ").split()).casefold()


class Rating(str, Enum):
	"""PermenPAN-RB 6/2022: the three levels of rating hasil kerja and rating perilaku kerja."""

	DI_ATAS = "Di Atas Ekspektasi"
	SESUAI = "Sesuai Ekspektasi"
	DI_BAWAH = "Di Bawah Ekspektasi"

	def __str__(self) -> str:
		return self.value

	@property
	def kode_siasn(self) -> int:
		"""SIASN (BKN) code of the rating: 1 = Di Atas, 2 = Sesuai, 3 = Di Bawah."""
		return _KODE_SIASN_RATING[self]

	@property
	def skor(self) -> int:
		"""Score used by the "rata_rata" aggregation: Di Atas 3, Sesuai 2, Di Bawah 1."""
		return 4 - _KODE_SIASN_RATING[self]

	@classmethod
	def dari_kode_siasn(cls, kode: int | str) -> Rating:
		"""SIASN (BKN) codes of hasil/perilaku: 1 = Di Atas, 2 = Sesuai, 3 = Di Bawah."""
		try:
			angka = int(str(kode).strip())
		except ValueError:
			angka = None
		for rating, kode_rating in _KODE_SIASN_RATING.items():
			if kode_rating == angka:
				return rating
		raise ValueError(f"Kode rating SIASN tidak dikenal: {kode!r} (yang sah: 1, 2, 3)")

	@classmethod
	def parse(cls, nilai: Rating | str) -> Rating:
		"""The rating named by an enum or its text ("Di Atas Ekspektasi", "Di Atas", "DI_ATAS")."""
		if isinstance(nilai, Rating):
			return nilai
		if isinstance(nilai, str):
			rating = _ALIAS_RATING.get(_kunci_teks(nilai))
			if rating is not None:
				return rating
		raise ValueError(f"Rating tidak dikenal: {nilai!r} (yang sah: {', '.join(r.value for r in Rating)})")


_KODE_SIASN_RATING: dict[Rating, int] = {Rating.DI_ATAS: 1, Rating.SESUAI: 2, Rating.DI_BAWAH: 3}
_ALIAS_RATING: dict[str, Rating] = {}
for _rating in Rating:
	_ALIAS_RATING[_kunci_teks(_rating.value)] = _rating
	_ALIAS_RATING[_kunci_teks(_rating.name)] = _rating
	_ALIAS_RATING[_kunci_teks(_rating.value.removesuffix(" Ekspektasi"))] = _rating


class Predikat(str, Enum):
	"""PermenPAN-RB 6/2022: predikat kinerja pegawai, compared by rank, not by text.

	Order: Sangat Kurang < Kurang/Misconduct < Butuh Perbaikan < Baik < Sangat Baik.
	"""

	SANGAT_BAIK = "Sangat Baik"
	BAIK = "Baik"
	BUTUH_PERBAIKAN = "Butuh Perbaikan"
	KURANG_MISCONDUCT = "Kurang/Misconduct"
	SANGAT_KURANG = "Sangat Kurang"

	def __str__(self) -> str:
		return self.value

	@property
	def rank(self) -> int:
		"""1 (Sangat Kurang) to 5 (Sangat Baik)."""
		return _RANK_PREDIKAT[self]

	@classmethod
	def parse(cls, nilai: Predikat | str) -> Predikat:
		"""The predikat named by an enum or its text; "Kurang" and "Misconduct" name Kurang/Misconduct,
		"Cukup" (PermenPAN-RB 8/2021's name of the 70-<90 band) names Butuh Perbaikan."""
		if isinstance(nilai, Predikat):
			return nilai
		if isinstance(nilai, str):
			predikat = _ALIAS_PREDIKAT.get(_kunci_teks(nilai))
			if predikat is not None:
				return predikat
		raise ValueError(
			f"Predikat tidak dikenal: {nilai!r} (yang sah: {', '.join(p.value for p in Predikat)})"
		)

	def _rank_lain(self, other: object) -> int | None:
		if isinstance(other, Predikat):
			return _RANK_PREDIKAT[other]
		if isinstance(other, str):
			return _RANK_PREDIKAT[Predikat.parse(other)]
		return None

	def __lt__(self, other: object) -> bool:
		rank = self._rank_lain(other)
		return NotImplemented if rank is None else _RANK_PREDIKAT[self] < rank

	def __le__(self, other: object) -> bool:
		rank = self._rank_lain(other)
		return NotImplemented if rank is None else _RANK_PREDIKAT[self] <= rank

	def __gt__(self, other: object) -> bool:
		rank = self._rank_lain(other)
		return NotImplemented if rank is None else _RANK_PREDIKAT[self] > rank

	def __ge__(self, other: object) -> bool:
		rank = self._rank_lain(other)
		return NotImplemented if rank is None else _RANK_PREDIKAT[self] >= rank

	__hash__ = str.__hash__


_RANK_PREDIKAT: dict[Predikat, int] = {
	Predikat.SANGAT_KURANG: 1,
	Predikat.KURANG_MISCONDUCT: 2,
	Predikat.BUTUH_PERBAIKAN: 3,
	Predikat.BAIK: 4,
	Predikat.SANGAT_BAIK: 5,
}
_ALIAS_PREDIKAT: dict[str, Predikat] = {}
for _predikat in Predikat:
	_ALIAS_PREDIKAT[_kunci_teks(_predikat.value)] = _predikat
	_ALIAS_PREDIKAT[_kunci_teks(_predikat.name)] = _predikat
_ALIAS_PREDIKAT.update(
	{
		"kurang": Predikat.KURANG_MISCONDUCT,
		"misconduct": Predikat.KURANG_MISCONDUCT,
		"kurang / misconduct": Predikat.KURANG_MISCONDUCT,
		"cukup": Predikat.BUTUH_PERBAIKAN,
	}
)

# PermenPAN-RB 6/2022 quadrant, (hasil kerja, perilaku kerja) -> predikat [S: seven implementations agree].
DEFAULT_MATRIKS: dict[tuple[Rating, Rating], Predikat] = {
	(Rating.DI_ATAS, Rating.DI_BAWAH): Predikat.KURANG_MISCONDUCT,
	(Rating.DI_ATAS, Rating.SESUAI): Predikat.BAIK,
	(Rating.DI_ATAS, Rating.DI_ATAS): Predikat.SANGAT_BAIK,
	(Rating.SESUAI, Rating.DI_BAWAH): Predikat.KURANG_MISCONDUCT,
	(Rating.SESUAI, Rating.SESUAI): Predikat.BAIK,
	(Rating.SESUAI, Rating.DI_ATAS): Predikat.BAIK,
	(Rating.DI_BAWAH, Rating.DI_BAWAH): Predikat.SANGAT_KURANG,
	(Rating.DI_BAWAH, Rating.SESUAI): Predikat.BUTUH_PERBAIKAN,
	(Rating.DI_BAWAH, Rating.DI_ATAS): Predikat.BUTUH_PERBAIKAN,
}


def normalisasi_matriks(
	matriks: Mapping[tuple[Rating | str, Rating | str], Predikat | str],
) -> dict[tuple[Rating, Rating], Predikat]:
	"""PermenPAN-RB 6/2022: a quadrant given with enum or text keys, checked to cover all nine cells."""
	hasil: dict[tuple[Rating, Rating], Predikat] = {}
	for kunci, predikat in matriks.items():
		if not isinstance(kunci, tuple) or len(kunci) != 2:
			raise ValueError(
				f"Kunci matriks predikat harus pasangan (hasil kerja, perilaku kerja): {kunci!r}"
			)
		sel = (Rating.parse(kunci[0]), Rating.parse(kunci[1]))
		if sel in hasil:
			raise ValueError(f"Sel matriks predikat ganda: {sel[0].value} / {sel[1].value}")
		hasil[sel] = Predikat.parse(predikat)
	kurang = [sel for sel in DEFAULT_MATRIKS if sel not in hasil]
	if kurang:
		daftar = "; ".join(f"{h.value} / {p.value}" for h, p in kurang)
		raise ValueError(f"Matriks predikat belum lengkap, sel yang belum diisi: {daftar}")
	return hasil


def predikat_kinerja(
	hasil_kerja: Rating | str,
	perilaku_kerja: Rating | str,
	matriks: Mapping[tuple[Rating | str, Rating | str], Predikat | str] | None = None,
) -> Predikat:
	"""PermenPAN-RB 6/2022: predikat kinerja pegawai from the quadrant of the two ratings."""
	sel = (Rating.parse(hasil_kerja), Rating.parse(perilaku_kerja))
	if matriks is None:
		return DEFAULT_MATRIKS[sel]
	return normalisasi_matriks(matriks)[sel]


ATURAN_AGREGASI: tuple[str, ...] = ("mayoritas", "terendah", "rata_rata")


def agregasi_rating_perilaku(ratings: Iterable[Rating | str], aturan: str = "mayoritas") -> Rating:
	"""PermenPAN-RB 6/2022 leaves the aggregation of behaviour ratings open [U], so it is a setting.

	"mayoritas": the most common rating, ties broken toward Sesuai; "terendah": the lowest;
	"rata_rata": mean of Di Atas 3 / Sesuai 2 / Di Bawah 1, rounded with halves toward Sesuai.
	"""
	daftar = [Rating.parse(r) for r in ratings]
	if not daftar:
		raise ValueError("Tidak ada rating perilaku untuk diagregasi")
	if aturan == "mayoritas":
		hitung = Counter(daftar)
		terbanyak = max(hitung.values())
		calon = [r for r in Rating if hitung[r] == terbanyak]
		return calon[0] if len(calon) == 1 else Rating.SESUAI
	if aturan == "terendah":
		return min(daftar, key=lambda r: r.skor)
	if aturan == "rata_rata":
		rata = sum(r.skor for r in daftar) / len(daftar)
		if rata > 2.5:
			return Rating.DI_ATAS
		if rata < 1.5:
			return Rating.DI_BAWAH
		return Rating.SESUAI
	raise ValueError(f"Aturan agregasi tidak dikenal: {aturan!r} (yang sah: {', '.join(ATURAN_AGREGASI)})")


def nilai_akhir_8_2021(
	nilai_skp: float, nilai_perilaku: float, bobot_skp: float = 70, bobot_perilaku: float = 30
) -> float:
	"""PermenPAN-RB 8/2021: nilai akhir = 70% nilai SKP + 30% nilai perilaku (60/40 where peers and
	subordinates rate); the weights are relative, so 0.7/0.3 works as well as 70/30."""
	if nilai_skp < 0 or nilai_perilaku < 0:
		raise ValueError("Nilai SKP dan nilai perilaku tidak boleh negatif")
	if bobot_skp < 0 or bobot_perilaku < 0:
		raise ValueError("Bobot nilai akhir tidak boleh negatif")
	total_bobot = bobot_skp + bobot_perilaku
	if total_bobot <= 0:
		raise ValueError("Jumlah bobot SKP dan perilaku harus lebih besar dari 0")
	return (nilai_skp * bobot_skp + nilai_perilaku * bobot_perilaku) / total_bobot


def nilai_skp_8_2021(
	utama: Iterable[tuple[float, float]], tambahan: Iterable[tuple[float, float]] = ()
) -> float:
	"""PermenPAN-RB 8/2021: nilai SKP = sum of weighted nilai of kinerja utama + sum of weighted nilai
	of kinerja tambahan, each item given as (nilai, bobot in percent)."""
	total = 0.0
	ada_utama = False
	for bagian, daftar in (("utama", utama), ("tambahan", tambahan)):
		for nilai, bobot in daftar:
			if nilai < 0 or bobot < 0:
				raise ValueError(f"Nilai dan bobot kinerja {bagian} tidak boleh negatif")
			total += nilai * bobot / 100.0
			ada_utama = ada_utama or bagian == "utama"
	if not ada_utama:
		raise ValueError("Nilai SKP membutuhkan paling sedikit satu kinerja utama")
	return total


def nilai_skp_periodik(nilai_rencana_aksi: Iterable[float], nilai_terukur: Iterable[float]) -> float:
	"""PermenPAN-RB 8/2021: periodic SKP value = (average rencana-aksi score + average score of the
	items measurable in the period) / 2; with only one of the two, its average."""
	rencana = list(nilai_rencana_aksi)
	terukur = list(nilai_terukur)
	rata = [sum(d) / len(d) for d in (rencana, terukur) if d]
	if not rata:
		raise ValueError("Tidak ada nilai rencana aksi maupun nilai IKI terukur pada periode ini")
	return sum(rata) / len(rata)


@dataclass(frozen=True)
class PitaNilai:
	"""One band of nilai akhir: nilai >= batas_bawah (up to the next higher band) gives predikat."""

	batas_bawah: float
	predikat: Predikat


# PermenPAN-RB 8/2021 bands of nilai akhir [U]; the regulation's "Cukup" is predikat Butuh Perbaikan.
DEFAULT_PITA_NILAI: tuple[PitaNilai, ...] = (
	PitaNilai(110.0, Predikat.SANGAT_BAIK),
	PitaNilai(90.0, Predikat.BAIK),
	PitaNilai(70.0, Predikat.BUTUH_PERBAIKAN),
	PitaNilai(50.0, Predikat.KURANG_MISCONDUCT),
	PitaNilai(0.0, Predikat.SANGAT_KURANG),
)


def predikat_dari_nilai(
	nilai: float, pita: Sequence[PitaNilai | tuple[float, Predikat | str]] | None = None
) -> Predikat:
	"""PermenPAN-RB 8/2021: predikat of a numeric nilai akhir by bands (default: Sangat Baik >= 110,
	Baik 90-<110, Butuh Perbaikan 70-<90, Kurang/Misconduct 50-<70, Sangat Kurang < 50)."""
	daftar = DEFAULT_PITA_NILAI if pita is None else _normalisasi_pita(pita)
	for band in sorted(daftar, key=lambda b: b.batas_bawah, reverse=True):
		if nilai >= band.batas_bawah:
			return band.predikat
	raise ValueError(f"Nilai {nilai} di bawah pita nilai terendah")


def _normalisasi_pita(pita: Sequence[PitaNilai | tuple[float, Predikat | str]]) -> list[PitaNilai]:
	hasil = []
	for band in pita:
		if isinstance(band, PitaNilai):
			hasil.append(PitaNilai(float(band.batas_bawah), Predikat.parse(band.predikat)))
		else:
			batas, predikat = band
			hasil.append(PitaNilai(float(batas), Predikat.parse(predikat)))
	if not hasil:
		raise ValueError("Pita nilai kosong")
	return hasil
