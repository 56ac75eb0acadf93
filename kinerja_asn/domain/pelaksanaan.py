"""Execution during the year: targets and realisations per sub-period, what is due, evidence.

PermenPAN-RB 6/2022 (docs/regulasi.md §3): realisation is reported periodically (bulanan or
triwulanan) per IKI with bukti dukung, the superior verifies and gives feedback. How a sub-period's
figures add up to the year depends on the indicator: a count adds up (Jumlah), a level is the
latest value (Terakhir) or the mean (Rata-rata) [S].
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlparse

from .periode import prorata

AGREGASI_REALISASI: tuple[str, ...] = ("Jumlah", "Terakhir", "Rata-rata")

# Check-in states in which the employee still has to act, and evidence states that count.
STATUS_BELUM_DIAJUKAN: frozenset[str] = frozenset({"Draft", "Revisi"})
STATUS_BUKTI_BERLAKU: frozenset[str] = frozenset({"Diajukan", "Diterima"})

# OKR check-in habit: confidence in reaching the key result, 1 (low) to 10 (high) [S].
KEYAKINAN_MIN = 1
KEYAKINAN_MAKS = 10

# Reminders [S]: a check-in is announced this many days before its sub-period ends, on the last day,
# and then every DEFAULT_HARI_ULANG days while late; an SKP not approved one month into its period
# is reminded on that day and every DEFAULT_HARI_ULANG days after.
DEFAULT_HARI_SEBELUM_AKHIR = 3
DEFAULT_HARI_ULANG = 7


# Units whose yearly value is a level, not a sum of the months (a percentage, an index, a score).
SATUAN_TINGKAT: frozenset[str] = frozenset(
	{
		"%",
		"persen",
		"persentase",
		"indeks",
		"indeks kepuasan",
		"nilai",
		"skor",
		"poin",
		"rasio",
		"tingkat",
		"predikat",
		"level",
	}
)


def agregasi_bawaan(satuan: str | None) -> str:
	"""How an IKI's monthly realisations make the yearly one when the planner chose nothing: levels
	(percentages, indexes, scores) take the latest value, counts add up."""
	return "Terakhir" if (satuan or "").strip().lower() in SATUAN_TINGKAT else "Jumlah"


def _cek_agregasi(agregasi: str) -> str:
	if agregasi not in AGREGASI_REALISASI:
		raise ValueError(
			f"Agregasi realisasi tidak dikenal: {agregasi!r} (yang sah: {', '.join(AGREGASI_REALISASI)})"
		)
	return agregasi


def target_sub_periode(
	target: float | None,
	agregasi: str,
	sub_mulai: date,
	sub_selesai: date,
	mulai: date,
	selesai: date,
) -> float | None:
	"""Target of an IKI for a sub-period from its target over [mulai, selesai] (the SKP's span).

	Jumlah: the share of the months of the sub-period inside the span (domain.periode.prorata), so
	the sub-period targets add up to the yearly one, in whole units when the target is a whole
	number (12 a year is 1 a month; 14 a year is 1 a month and 2 in June and December; 5 a year is
	1 in March, May, August, October and December); Terakhir and Rata-rata: the target itself,
	since a level is to be held in every sub-period."""
	_cek_agregasi(agregasi)
	if target is None:
		return None
	if agregasi != "Jumlah":
		return target
	if target != int(target):
		return prorata(target, sub_mulai, sub_selesai, mulai, selesai)
	# A whole count is planned in whole units: each sub-period gets the units the plan reaches by its
	# end (the share of the span's months so far, rounded down) less those reached before it, so the
	# targets add up to the year's, and a unit not yet due falls in a later sub-period.
	sampai = _unit_tercapai(target, mulai, min(sub_selesai, selesai), mulai, selesai)
	sebelum = (
		_unit_tercapai(target, mulai, sub_mulai - timedelta(days=1), mulai, selesai)
		if sub_mulai > mulai
		else 0
	)
	return float(sampai - sebelum)


def _unit_tercapai(target: float, dari: date, sampai: date, mulai: date, selesai: date) -> int:
	if sampai < dari:
		return 0
	return math.floor(prorata(target, dari, sampai, mulai, selesai) + 1e-9)


def realisasi_tahunan(nilai: Iterable[tuple[date, float | None]], agregasi: str) -> float | None:
	"""Realisation of an IKI over the year from its verified sub-period realisations, each given with
	the end date of its sub-period: Jumlah adds them up, Terakhir takes the latest, Rata-rata the mean.
	None while there is none."""
	_cek_agregasi(agregasi)
	ada = sorted(((t, float(v)) for t, v in nilai if v is not None), key=lambda p: p[0])
	if not ada:
		return None
	if agregasi == "Jumlah":
		return math.fsum(v for _, v in ada)
	if agregasi == "Terakhir":
		return ada[-1][1]
	return math.fsum(v for _, v in ada) / len(ada)


def capaian_keseluruhan(capaian_rhk: Iterable[float | None]) -> float | None:
	"""Capaian of a check-in: the mean of the capaian of its RHK (each the weighted mean of its IKI,
	domain.capaian.capaian_rhk), RHK without realisation skipped; OKR practice, not a regulation formula."""
	ada = [c for c in capaian_rhk if c is not None]
	if not ada:
		return None
	return math.fsum(ada) / len(ada)


def arah_keyakinan(nilai: Iterable[int | None]) -> str | None:
	"""The OKR confidence trend of a key result over its check-ins: "naik", "turun" or "tetap" from
	the last two values given; None with fewer than two."""
	ada = [v for v in nilai if v]
	if len(ada) < 2:
		return None
	return "naik" if ada[-1] > ada[-2] else "turun" if ada[-1] < ada[-2] else "tetap"


# What is due ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TagihanRealisasi:
	"""A check-in the employee still owes: status None when not started; sisa_hari < 0 when late."""

	sub_periode: str
	selesai: date
	status: str | None
	sisa_hari: int

	@property
	def terlambat(self) -> bool:
		return self.sisa_hari < 0


def tagihan_realisasi(
	sub_periode: Iterable[tuple[str, date]],
	realisasi: Mapping[str, str | None],
	hari_ini: date,
	hari_sebelum: int = DEFAULT_HARI_SEBELUM_AKHIR,
) -> list[TagihanRealisasi]:
	"""Check-ins not yet submitted (none, Draft or Revisi) whose sub-period (id, end date) has ended
	or ends within `hari_sebelum` days, and every check-in returned for revision whatever its date
	(the superior waits on it), earliest first. `realisasi` maps a sub-period to the status of its
	check-in."""
	if hari_sebelum < 0:
		raise ValueError(f"Jumlah hari sebelum akhir periode tidak boleh negatif (diberikan {hari_sebelum})")
	hasil = []
	for nama, selesai in sub_periode:
		status = realisasi.get(nama)
		if status is not None and status not in STATUS_BELUM_DIAJUKAN:
			continue
		sisa = (selesai - hari_ini).days
		if sisa <= hari_sebelum or status == "Revisi":
			hasil.append(TagihanRealisasi(nama, selesai, status, sisa))
	return sorted(hasil, key=lambda t: (t.selesai, t.sub_periode))


def perlu_diingatkan(
	selesai: date,
	hari_ini: date,
	hari_sebelum: int = DEFAULT_HARI_SEBELUM_AKHIR,
	ulang: int = DEFAULT_HARI_ULANG,
) -> bool:
	"""Whether a daily job reminds about a check-in today: `hari_sebelum` days before the sub-period
	ends, on its last day, then every `ulang` days while late (a reminder, not a daily flood)."""
	sisa = (selesai - hari_ini).days
	if sisa >= 0:
		return sisa in (0, hari_sebelum)
	return ulang > 0 and -sisa % ulang == 0


def tambah_bulan(tanggal: date, bulan: int = 1) -> date:
	"""The same day `bulan` months later, the month's last day when it is shorter (31 Jan -> 28 Feb)."""
	indeks = tanggal.month - 1 + bulan
	tahun, bulan_baru = tanggal.year + indeks // 12, indeks % 12 + 1
	return date(tahun, bulan_baru, min(tanggal.day, calendar.monthrange(tahun, bulan_baru)[1]))


def skp_perlu_diingatkan(mulai_periode: date, hari_ini: date, ulang: int = DEFAULT_HARI_ULANG) -> bool:
	"""An SKP not yet approved one month into its period is reminded on that day and every `ulang`
	days after (PermenPAN-RB 6/2022: the SKP is set at the start of the year)."""
	lewat = (hari_ini - tambah_bulan(mulai_periode)).days
	return lewat >= 0 and (lewat == 0 or (ulang > 0 and lewat % ulang == 0))


def batas_skp_disetujui(mulai_periode: date) -> date:
	return tambah_bulan(mulai_periode)


# Evidence ---------------------------------------------------------------------------------------------


def kelengkapan_bukti(
	baris: Iterable[tuple[str, float | None]], bukti: Mapping[str, Iterable[str]]
) -> list[str]:
	"""Rows (id, realisasi) that report a realisation (above 0: nothing done needs no proof) but have
	no evidence submitted or accepted; `bukti` maps a row to the verification statuses of its evidence
	(rejected evidence does not count)."""
	return [
		kunci
		for kunci, realisasi in baris
		if realisasi and not any(status in STATUS_BUKTI_BERLAKU for status in bukti.get(kunci, ()))
	]


def jenis_berkas(teks: str | Iterable[str] | None) -> tuple[str, ...]:
	"""Allowed extensions from a setting ("pdf, .JPG; png") as lower-case names without dots."""
	if teks is None:
		return ()
	bagian = teks.replace(";", ",").replace("\n", ",").split(",") if isinstance(teks, str) else teks
	hasil: list[str] = []
	for b in bagian:
		e = str(b).strip().lstrip(".").lower()
		if e and e not in hasil:
			hasil.append(e)
	return tuple(hasil)


def ekstensi(nama_berkas: str) -> str:
	"""The last extension of a file name, lower case ("laporan.PDF.exe" -> "exe"); "" without one."""
	nama = (nama_berkas or "").replace("\\", "/").rsplit("/", 1)[-1]
	if "." not in nama.strip("."):
		return ""
	return nama.rsplit(".", 1)[-1].strip().lower()


def _mb(ukuran_bytes: float) -> str:
	return f"{ukuran_bytes / (1024 * 1024):.1f}".replace(".", ",")


def validasi_berkas(
	nama_berkas: str,
	ukuran_bytes: int,
	jenis_diizinkan: str | Iterable[str] | None,
	ukuran_maks_mb: float | None,
) -> list[str]:
	"""Problems of an uploaded evidence file (empty when acceptable): a name with an allowed extension
	(the last one counts, so "x.pdf.exe" is an exe), not empty, not above the size limit."""
	masalah = []
	diizinkan = jenis_berkas(jenis_diizinkan)
	nama = (nama_berkas or "").strip()
	ext = ekstensi(nama)
	daftar = ", ".join(diizinkan) or "-"
	if not nama:
		masalah.append("Berkas tidak memiliki nama")
	elif not ext:
		masalah.append(f"Berkas {nama} tidak memiliki ekstensi; jenis yang diizinkan: {daftar}")
	elif ext not in diizinkan:
		masalah.append(f"Jenis berkas .{ext} tidak diizinkan; jenis yang diizinkan: {daftar}")
	if ukuran_bytes is None or ukuran_bytes <= 0:
		masalah.append("Berkas kosong")
	elif ukuran_maks_mb and ukuran_bytes > ukuran_maks_mb * 1024 * 1024:
		batas = f"{ukuran_maks_mb:g}".replace(".", ",")
		masalah.append(f"Ukuran berkas {_mb(ukuran_bytes)} MB melebihi batas {batas} MB")
	return masalah


# The first bytes of each file type evidence may take, so an HTML page renamed to .pdf is refused.
# Office Open XML and OpenDocument files are ZIP archives; the older Office files are OLE2.
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2 = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)
TANDA_BERKAS: dict[str, tuple[bytes, ...]] = {
	"pdf": (b"%PDF-",),
	"png": (b"\x89PNG\r\n\x1a\n",),
	"jpg": (b"\xff\xd8\xff",),
	"jpeg": (b"\xff\xd8\xff",),
	"gif": (b"GIF87a", b"GIF89a"),
	"docx": _ZIP,
	"xlsx": _ZIP,
	"pptx": _ZIP,
	"odt": _ZIP,
	"ods": _ZIP,
	"odp": _ZIP,
	"zip": _ZIP,
	"doc": _OLE2,
	"xls": _OLE2,
	"ppt": _OLE2,
}
# Markup a browser would run as a page or script, whatever the extension says.
_MARKUP = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml", b"<body", b"<head", b"<iframe", b"<object")
BYTES_DIPERIKSA = 1024


def validasi_isi_berkas(nama_berkas: str, awal: bytes) -> list[str]:
	"""Problems of a file's first bytes against its extension (empty when they agree): a known type
	must start with its signature; any other allowed type must not be markup (HTML, SVG, XML)."""
	ext = ekstensi(nama_berkas)
	awal = bytes(awal[:BYTES_DIPERIKSA])
	tanda = TANDA_BERKAS.get(ext)
	if tanda is not None:
		if not awal.startswith(tanda):
			return [f"Isi berkas {nama_berkas} bukan berkas .{ext} yang sah"]
		return []
	kepala = awal.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
	if kepala.startswith(_MARKUP) or any(m in kepala for m in (b"<script", b"<html", b"<svg")):
		return [f"Isi berkas {nama_berkas} berupa halaman web atau skrip, bukan .{ext}"]
	return []


def validasi_tautan(tautan: str | None) -> list[str]:
	"""A link as evidence must be a web address (http or https) with a host."""
	teks = (tautan or "").strip()
	if not teks:
		return ["Tautan bukti dukung belum diisi"]
	alamat = urlparse(teks)
	if alamat.scheme not in ("http", "https") or not alamat.netloc:
		return [f"Tautan harus alamat web yang diawali http:// atau https:// (diberikan {teks})"]
	return []


# Check-in input ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IsianBaris:
	"""One row of a check-in as the employee fills it; realisasi None means not reported."""

	realisasi: float | None
	catatan: str
	keyakinan: int | None


# Indonesian writing: "1.250,5" is 1250.5; a dot followed by groups of three digits separates
# thousands ("1.250"), any other single dot is a decimal point ("0.5", typed on an English keyboard).
_RIBUAN = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
_ANGKA = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def baca_angka(teks: str) -> float:
	"""A number as an Indonesian user types it (decimal comma, dots grouping thousands, a lone
	decimal dot accepted); ValueError for anything else (words, two decimal marks, NaN)."""
	t = teks.strip().replace(" ", "").replace("\u00a0", "")
	if _RIBUAN.match(t):
		t = t.replace(".", "").replace(",", ".")
	elif _ANGKA.match(t):
		t = t.replace(",", ".")
	else:
		raise ValueError(f"bukan angka: {teks!r}")
	return float(t)


def _angka(nilai) -> float | None:
	if nilai is None or (isinstance(nilai, str) and not nilai.strip()):
		return None
	if isinstance(nilai, bool):
		raise ValueError
	hasil = baca_angka(nilai) if isinstance(nilai, str) else float(nilai)
	if math.isnan(hasil) or math.isinf(hasil):
		raise ValueError
	return hasil


# A realisation this many times its target, or under this share of it, is probably a typing slip
# (999999 for 6; 1 for 91 %) [U: agency's choice, a setting]; so is capaian above the cap (%).
DEFAULT_RASIO_REALISASI_WAJAR = 10.0
DEFAULT_BATAS_CAPAIAN_WAJAR = 200.0


def peringatan_realisasi(
	realisasi: float | None,
	target: float | None,
	capaian: float | None,
	*,
	target_maks: float | None = None,
	rasio: float = DEFAULT_RASIO_REALISASI_WAJAR,
	batas_capaian: float = DEFAULT_BATAS_CAPAIAN_WAJAR,
) -> str | None:
	"""Why a realisation looks wrong, or None: far from the target by more than `rasio` times either
	way, or its capaian over `batas_capaian`. A soft check: the employee confirms, the verifier sees
	the flag. A setting of 0 turns a check off."""
	if realisasi is None or not target or target <= 0:
		return None
	atas = max(target, target_maks or 0)
	if rasio and rasio > 1:
		if realisasi > atas * rasio:
			return (
				f"Realisasi {_teks_angka(realisasi)} lebih dari {_teks_angka(rasio)} kali target "
				f"{_teks_angka(atas)}: periksa kembali angkanya."
			)
		if realisasi < target / rasio:
			return (
				f"Realisasi {_teks_angka(realisasi)} kurang dari 1/{_teks_angka(rasio)} target "
				f"{_teks_angka(target)}: periksa kembali angkanya."
			)
	if batas_capaian and capaian is not None and capaian > batas_capaian:
		return (
			f"Capaian {_teks_angka(round(capaian, 2))}% melebihi batas kewajaran "
			f"{_teks_angka(batas_capaian)}%: periksa kembali angkanya."
		)
	return None


def _teks_angka(x: float) -> str:
	"""Indonesian figure: 1.250,5 (thousands dot, decimal comma, no trailing zeros)."""
	bulat = f"{x:,.2f}".rstrip("0").rstrip(".")
	return bulat.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def validasi_isian_realisasi(
	rincian: Iterable[Mapping], baris_dikenal: Collection[str]
) -> tuple[dict[str, IsianBaris], dict[str, str]]:
	"""Parse what the employee sent for each row ({"name", "realisasi", "catatan", "keyakinan"}):
	returns the values by row and the problems by row (a row with problems is not in the values).
	Realisation a number >= 0 or empty; confidence a whole number from 1 to 10 or empty."""
	nilai: dict[str, IsianBaris] = {}
	masalah: dict[str, str] = {}
	for isian in rincian:
		if not isinstance(isian, Mapping):
			masalah["_"] = "Format rincian tidak dikenal"
			continue
		kunci = str(isian.get("name") or "")
		if kunci not in baris_dikenal:
			masalah[kunci or "_"] = "Baris rincian tidak termasuk dalam realisasi ini"
			continue
		try:
			realisasi = _angka(isian.get("realisasi"))
		except (TypeError, ValueError):
			masalah[kunci] = "Realisasi harus berupa angka"
			continue
		if realisasi is not None and realisasi < 0:
			masalah[kunci] = "Realisasi tidak boleh negatif"
			continue
		try:
			yakin = _angka(isian.get("keyakinan"))
		except (TypeError, ValueError):
			yakin = -1
		if yakin is not None and (yakin != int(yakin) or not KEYAKINAN_MIN <= yakin <= KEYAKINAN_MAKS):
			masalah[kunci] = f"Keyakinan harus bilangan bulat {KEYAKINAN_MIN} sampai {KEYAKINAN_MAKS}"
			continue
		catatan = isian.get("catatan")
		nilai[kunci] = IsianBaris(
			realisasi, "" if catatan is None else str(catatan).strip(), None if yakin is None else int(yakin)
		)
	return nilai, masalah
