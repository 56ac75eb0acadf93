"""Planning rules: Renstra years, the sasaran tree, indicator targets and the indicator cascade.

Domain.md section 2: Renstra (a 5-year strategic plan, UU 25/2004 and the RPJMN/RPJMD cycle) →
tujuan → sasaran strategis → sasaran program → sasaran kegiatan, each measured by IKU (or IKK at
activity level) with yearly targets; unit IKU and IKK cascade from an IKU above; the yearly
Perjanjian Kinerja takes the targets of its year. Targets are a number or a min-max range
(PermenPAN-RB 8/2021, as IKI).

Every function returns a list of Indonesian messages (empty when valid) or a plain value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

DEFAULT_LAMA_RENSTRA = 5
"""Years of a Renstra: the five-year planning cycle of UU 25/2004."""

TINGKAT_SASARAN: tuple[str, ...] = ("Tujuan", "Sasaran Strategis", "Sasaran Program", "Sasaran Kegiatan")
JENIS_INDIKATOR: tuple[str, ...] = ("IKU", "IKK")
ARAH_INDIKATOR: tuple[str, ...] = ("naik", "turun")

_BATAS_TAHUN = (1900, 9999)

# A superseded or cancelled Renstra is history: its sasaran and indicators no longer change.
STATUS_RENSTRA_TERKUNCI: tuple[str, ...] = ("Digantikan", "Dibatalkan")


def tahun_selesai_renstra(tahun_mulai: int, lama: int = DEFAULT_LAMA_RENSTRA) -> int:
	"""Last year of a Renstra starting in tahun_mulai (2025 → 2029 for five years)."""
	return tahun_mulai + lama - 1


def validasi_tahun_renstra(
	tahun_mulai: int | None, tahun_selesai: int | None, lama: int = DEFAULT_LAMA_RENSTRA
) -> list[str]:
	"""A Renstra covers exactly `lama` calendar years: tahun_selesai = tahun_mulai + lama - 1."""
	if not tahun_mulai or not tahun_selesai:
		return ["Tahun mulai dan tahun selesai Renstra wajib diisi"]
	masalah = []
	for tahun in (tahun_mulai, tahun_selesai):
		if not _BATAS_TAHUN[0] <= tahun <= _BATAS_TAHUN[1]:
			masalah.append(f"Tahun {tahun} tidak sah")
	if masalah:
		return masalah
	harus = tahun_selesai_renstra(tahun_mulai, lama)
	if tahun_selesai != harus:
		masalah.append(
			f"Renstra mencakup {lama} tahun: tahun {tahun_mulai} sampai {harus}, "
			f"bukan {tahun_mulai} sampai {tahun_selesai}"
		)
	return masalah


def tahun_tumpang_tindih(a_mulai: int, a_selesai: int, b_mulai: int, b_selesai: int) -> bool:
	"""Whether two inclusive year ranges share at least one year."""
	return max(a_mulai, b_mulai) <= min(a_selesai, b_selesai)


def tingkat_berikutnya(tingkat: str | None) -> str | None:
	"""The level directly below `tingkat` in the sasaran tree (None below Sasaran Kegiatan); the top
	level (Tujuan) when tingkat is None."""
	if tingkat is None:
		return TINGKAT_SASARAN[0]
	urutan = _urutan_tingkat(tingkat)
	if urutan is None or urutan + 1 >= len(TINGKAT_SASARAN):
		return None
	return TINGKAT_SASARAN[urutan + 1]


def _urutan_tingkat(tingkat: str | None) -> int | None:
	try:
		return TINGKAT_SASARAN.index(tingkat)
	except ValueError:
		return None


def validasi_tingkat_sasaran(
	tingkat: str | None, tingkat_induk: str | None = None, tingkat_anak: Iterable[str] = ()
) -> list[str]:
	"""Domain.md section 2: tujuan → sasaran strategis → sasaran program → sasaran kegiatan. A node
	without a parent is a Tujuan; a child sits exactly one level below its parent (no level skipped,
	none repeated), so the existing children of a node must stay one level below it."""
	urutan = _urutan_tingkat(tingkat)
	if urutan is None:
		return [f"Tingkat sasaran tidak dikenal: {tingkat!r} (yang sah: {', '.join(TINGKAT_SASARAN)})"]
	masalah = []
	if tingkat_induk is None:
		if urutan != 0:
			masalah.append(
				f"{tingkat} harus berada di bawah {TINGKAT_SASARAN[urutan - 1]}; "
				f"hanya {TINGKAT_SASARAN[0]} yang boleh tanpa induk"
			)
	else:
		urutan_induk = _urutan_tingkat(tingkat_induk)
		if urutan_induk is None:
			masalah.append(f"Tingkat sasaran induk tidak dikenal: {tingkat_induk!r}")
		elif urutan != urutan_induk + 1:
			harus = tingkat_berikutnya(tingkat_induk)
			if harus is None:
				masalah.append(
					f"{tingkat_induk} adalah tingkat terbawah dan tidak dapat memiliki sasaran turunan"
				)
			else:
				masalah.append(f"Sasaran di bawah {tingkat_induk} harus bertingkat {harus}, bukan {tingkat}")
	harus_anak = tingkat_berikutnya(tingkat)
	salah = sorted({t for t in tingkat_anak if t != harus_anak})
	if salah:
		if harus_anak is None:
			masalah.append(f"{tingkat} tidak dapat memiliki sasaran turunan ({', '.join(salah)})")
		else:
			masalah.append(
				f"Sasaran turunan dari {tingkat} harus bertingkat {harus_anak}; "
				f"ubah dahulu turunan yang bertingkat {', '.join(salah)}"
			)
	return masalah


@dataclass(frozen=True)
class TargetTahunan:
	"""The target of an indicator for one year: a number, or a range [target, target_maks]."""

	tahun: int
	target: float
	target_maks: float | None = None


def validasi_target(target: float | None, target_maks: float | None = None) -> list[str]:
	"""A target is a number; a range target has an upper bound not below its lower bound."""
	if target is None:
		return ["Target wajib diisi"]
	if target_maks is not None and target_maks < target:
		return [f"Batas atas target ({target_maks:g}) tidak boleh lebih kecil dari target ({target:g})"]
	return []


def validasi_target_tahunan(
	target_list: Iterable[TargetTahunan], tahun_mulai: int | None = None, tahun_selesai: int | None = None
) -> list[str]:
	"""Yearly targets of an indicator: each year inside its Renstra's years (when known), each year
	at most once, and each range with target_maks ≥ target."""
	masalah = []
	dilihat: set[int] = set()
	ganda: list[int] = []
	for t in target_list:
		if not t.tahun:
			masalah.append("Tahun target wajib diisi")
			continue
		if tahun_mulai and tahun_selesai and not tahun_mulai <= t.tahun <= tahun_selesai:
			masalah.append(
				f"Tahun target {t.tahun} berada di luar tahun Renstra ({tahun_mulai}-{tahun_selesai})"
			)
		if t.tahun in dilihat and t.tahun not in ganda:
			ganda.append(t.tahun)
		dilihat.add(t.tahun)
		masalah.extend(f"Tahun {t.tahun}: {m}" for m in validasi_target(t.target, t.target_maks))
	masalah.extend(f"Target tahun {tahun} diisi lebih dari sekali" for tahun in ganda)
	return masalah


def target_tahun(target_list: Iterable[TargetTahunan], tahun: int) -> tuple[float, float | None] | None:
	"""(target, target_maks) of the given year, or None when the indicator has no target then."""
	for t in target_list:
		if t.tahun == tahun:
			return (t.target, t.target_maks)
	return None


def cari_siklus_induk(
	node: str, induk: str | None, induk_dari: Mapping[str, str | None] | Callable[[str], str | None]
) -> tuple[str, ...] | None:
	"""The cycle `node` would close by taking `induk` as parent, as the path node → induk → ... → node,
	or None. induk_dari gives the stored parent of any other node (a mapping, or a function so a
	caller may load lazily); a chain that loops without reaching `node` is not this node's cycle."""
	ambil = induk_dari.get if isinstance(induk_dari, Mapping) else induk_dari
	jalur = [node]
	dilihat = {node}
	sekarang = induk
	while sekarang is not None:
		if sekarang == node:
			return tuple(jalur)
		if sekarang in dilihat:
			return None
		dilihat.add(sekarang)
		jalur.append(sekarang)
		sekarang = ambil(sekarang)
	return None


@dataclass(frozen=True)
class IndukIndikator:
	"""What the rules need to know of a parent indicator."""

	nama: str
	jenis: str
	tahun_mulai: int | None = None
	tahun_selesai: int | None = None


def validasi_indikator_induk(
	nama: str,
	tahun_mulai: int | None,
	tahun_selesai: int | None,
	induk: IndukIndikator | None,
	induk_dari: Mapping[str, str | None] | Callable[[str], str | None],
) -> list[str]:
	"""Domain.md section 2 (Piawai v2): a unit IKU or an IKK cascades from an IKU above it, never from
	an IKK, never from itself or its own descendants, and only within the years that its Renstra
	shares with the parent's Renstra."""
	if induk is None:
		return []
	if induk.nama == nama:
		return ["Indikator tidak dapat menjadi induk bagi dirinya sendiri"]
	masalah = []
	if induk.jenis != "IKU":
		masalah.append(f"Indikator induk harus IKU; {induk.nama} adalah {induk.jenis}")
	if (
		tahun_mulai
		and tahun_selesai
		and induk.tahun_mulai
		and induk.tahun_selesai
		and not tahun_tumpang_tindih(tahun_mulai, tahun_selesai, induk.tahun_mulai, induk.tahun_selesai)
	):
		masalah.append(
			f"Tahun Renstra indikator induk {induk.nama} ({induk.tahun_mulai}-{induk.tahun_selesai}) "
			f"tidak beririsan dengan tahun Renstra indikator ini ({tahun_mulai}-{tahun_selesai})"
		)
	siklus = cari_siklus_induk(nama, induk.nama, induk_dari)
	if siklus:
		masalah.append("Indikator induk membentuk siklus: " + " -> ".join((*siklus, nama)))
	return masalah


@dataclass(frozen=True)
class BarisPK:
	"""One row of a Perjanjian Kinerja: the indicator and its agreed target."""

	indikator: str
	target: float | None
	target_maks: float | None = None
	sasaran: str | None = None


def validasi_perjanjian_kinerja(
	*,
	jenis_periode: str | None,
	pihak_pertama: str | None,
	pihak_kedua: str | None,
	baris: Iterable[BarisPK] = (),
) -> list[str]:
	"""Domain.md section 2: a Perjanjian Kinerja is yearly, between a unit leader and a different
	superior, with each indicator agreed once and each target a number or a valid range."""
	masalah = []
	if jenis_periode != "Tahunan":
		masalah.append(f"Perjanjian Kinerja dibuat untuk periode tahunan, bukan periode {jenis_periode}")
	if pihak_pertama and pihak_kedua and pihak_pertama == pihak_kedua:
		masalah.append("Pihak pertama dan pihak kedua tidak boleh pegawai yang sama")
	dilihat: set[str] = set()
	for nomor, b in enumerate(baris, start=1):
		if b.indikator in dilihat:
			masalah.append(f"Baris {nomor}: indikator {b.indikator} sudah ada di baris lain")
		dilihat.add(b.indikator)
		masalah.extend(f"Baris {nomor}: {m}" for m in validasi_target(b.target, b.target_maks))
	return masalah


@dataclass(frozen=True)
class TargetIndikator:
	"""An indicator with its target of one year, as offered to a Perjanjian Kinerja."""

	indikator: str
	sasaran: str | None
	target: float
	target_maks: float | None = None


def baris_pk_baru(ada: Iterable[str], tersedia: Iterable[TargetIndikator]) -> list[TargetIndikator]:
	"""The indicators to add to a Perjanjian Kinerja: those offered that are not in it yet (rows the
	user added by hand stay as they are), each once, in the order offered."""
	dilihat = set(ada)
	hasil = []
	for t in tersedia:
		if t.indikator in dilihat:
			continue
		dilihat.add(t.indikator)
		hasil.append(t)
	return hasil
