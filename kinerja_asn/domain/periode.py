"""Periods of performance: months covered by date ranges and the split of a year into sub-periods.

PermenPAN-RB 6/2022: evaluations are periodic (bulanan or triwulanan) and annual; semester
periods exist in practice. PerBKN 3/2023: credit points are converted per month of a period
(bulan / 12), so month counts must be additive over split periods. All ranges are inclusive of
both dates.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

NAMA_BULAN: tuple[str, ...] = (
	"Januari",
	"Februari",
	"Maret",
	"April",
	"Mei",
	"Juni",
	"Juli",
	"Agustus",
	"September",
	"Oktober",
	"November",
	"Desember",
)
_ROMAWI: tuple[str, ...] = ("I", "II", "III", "IV")


def _cek_rentang(mulai: date, selesai: date) -> None:
	if selesai < mulai:
		raise ValueError(
			f"Tanggal selesai ({selesai.isoformat()}) sebelum tanggal mulai ({mulai.isoformat()})"
		)


def jumlah_bulan(mulai: date, selesai: date) -> float:
	"""Months covered by [mulai, selesai]: per calendar month, covered days / days in that month, so
	a whole calendar month counts 1 and the count is additive over adjacent ranges."""
	_cek_rentang(mulai, selesai)
	if (mulai.year, mulai.month) == (selesai.year, selesai.month):
		hari = calendar.monthrange(mulai.year, mulai.month)[1]
		return (selesai.day - mulai.day + 1) / hari
	hari_awal = calendar.monthrange(mulai.year, mulai.month)[1]
	hari_akhir = calendar.monthrange(selesai.year, selesai.month)[1]
	bulan_tengah = (selesai.year - mulai.year) * 12 + (selesai.month - mulai.month) - 1
	return (hari_awal - mulai.day + 1) / hari_awal + bulan_tengah + selesai.day / hari_akhir


def bulan_tumpang_tindih(a_mulai: date, a_selesai: date, b_mulai: date, b_selesai: date) -> float:
	"""Months (fractional, as jumlah_bulan) shared by two inclusive date ranges; 0 when disjoint."""
	_cek_rentang(a_mulai, a_selesai)
	_cek_rentang(b_mulai, b_selesai)
	mulai = max(a_mulai, b_mulai)
	selesai = min(a_selesai, b_selesai)
	if selesai < mulai:
		return 0.0
	return jumlah_bulan(mulai, selesai)


def bulan_penuh(mulai: date, selesai: date) -> int:
	"""Number of calendar months lying wholly inside [mulai, selesai]."""
	_cek_rentang(mulai, selesai)
	awal = (mulai.year, mulai.month) if mulai.day == 1 else _bulan_berikut(mulai.year, mulai.month)
	akhir_hari = calendar.monthrange(selesai.year, selesai.month)[1]
	akhir = (
		(selesai.year, selesai.month)
		if selesai.day == akhir_hari
		else _bulan_lalu(selesai.year, selesai.month)
	)
	jumlah = (akhir[0] - awal[0]) * 12 + (akhir[1] - awal[1]) + 1
	return max(0, jumlah)


def _bulan_berikut(tahun: int, bulan: int) -> tuple[int, int]:
	return (tahun + 1, 1) if bulan == 12 else (tahun, bulan + 1)


def _bulan_lalu(tahun: int, bulan: int) -> tuple[int, int]:
	return (tahun - 1, 12) if bulan == 1 else (tahun, bulan - 1)


def prorata(nilai: float, mulai: date, selesai: date, periode_mulai: date, periode_selesai: date) -> float:
	"""Share of a value that belongs to [mulai, selesai] inside a period: nilai x overlap months /
	months of the period (e.g. a yearly target for a mutation mid-year)."""
	bulan_periode = jumlah_bulan(periode_mulai, periode_selesai)
	return nilai * bulan_tumpang_tindih(mulai, selesai, periode_mulai, periode_selesai) / bulan_periode


@dataclass(frozen=True)
class SubPeriode:
	"""One sub-period of a year with its Indonesian name and inclusive dates."""

	nama: str
	urutan: int
	mulai: date
	selesai: date


JENIS_PERIODE: dict[str, int] = {"Tahunan": 1, "Semester": 2, "Triwulan": 4, "Bulanan": 12}
_ALIAS_JENIS: dict[str, str] = {
	"tahunan": "Tahunan",
	"semester": "Semester",
	"semesteran": "Semester",
	"triwulan": "Triwulan",
	"triwulanan": "Triwulan",
	"bulanan": "Bulanan",
}


def bagi_periode(tahun: int, jenis: str) -> list[SubPeriode]:
	"""PermenPAN-RB 6/2022: a year split into evaluation periods: "Semester" (2), "Triwulan" (4),
	"Bulanan" (12) or "Tahunan" (1), named "Semester I 2026", "Triwulan II 2026", "Januari 2026"."""
	nama_jenis = _ALIAS_JENIS.get(str(jenis).strip().casefold())
	if nama_jenis is None:
		raise ValueError(f"Jenis periode tidak dikenal: {jenis!r} (yang sah: {', '.join(JENIS_PERIODE)})")
	if not 1 <= tahun <= 9999:
		raise ValueError(f"Tahun tidak sah: {tahun}")
	jumlah = JENIS_PERIODE[nama_jenis]
	panjang = 12 // jumlah
	hasil = []
	for i in range(jumlah):
		bulan_awal = i * panjang + 1
		bulan_akhir = bulan_awal + panjang - 1
		mulai = date(tahun, bulan_awal, 1)
		selesai = date(tahun, bulan_akhir, calendar.monthrange(tahun, bulan_akhir)[1])
		if nama_jenis == "Bulanan":
			nama = f"{NAMA_BULAN[i]} {tahun}"
		elif nama_jenis == "Tahunan":
			nama = f"Tahun {tahun}"
		else:
			nama = f"{nama_jenis} {_ROMAWI[i]} {tahun}"
		hasil.append(SubPeriode(nama, i + 1, mulai, selesai))
	return hasil


def validasi_periode(
	*,
	jenis: str,
	tahun: int,
	tanggal_mulai: date,
	tanggal_selesai: date,
	induk: tuple[date, date] | None = None,
) -> list[str]:
	"""Problems of a Periode Kinerja (empty when valid): known jenis, dates in order and in the year,
	inside one calendar sub-period of its jenis (a period may be trimmed, e.g. by a mutation, but not
	span two quarters), and inside its parent period."""
	masalah = []
	nama_jenis = _ALIAS_JENIS.get(str(jenis or "").strip().casefold())
	if nama_jenis is None:
		masalah.append(f"Jenis periode tidak dikenal: {jenis!r} (yang sah: {', '.join(JENIS_PERIODE)})")
	if tanggal_selesai < tanggal_mulai:
		masalah.append(
			f"Tanggal selesai ({tanggal_selesai.isoformat()}) sebelum tanggal mulai ({tanggal_mulai.isoformat()})"
		)
		return masalah
	if not tahun:
		masalah.append("Tahun periode belum diisi")
	elif tanggal_mulai.year != tahun or tanggal_selesai.year != tahun:
		masalah.append(f"Tanggal periode harus berada di dalam tahun {tahun}")
	elif nama_jenis is not None:
		bagian = [
			b
			for b in bagi_periode(tahun, nama_jenis)
			if b.mulai <= tanggal_mulai and tanggal_selesai <= b.selesai
		]
		if not bagian:
			masalah.append(
				f"Periode {nama_jenis} harus berada di dalam satu {nama_jenis.lower()} kalender "
				f"(misalnya {bagi_periode(tahun, nama_jenis)[0].nama})"
			)
	if induk is not None:
		induk_mulai, induk_selesai = induk
		if tanggal_mulai < induk_mulai or tanggal_selesai > induk_selesai:
			masalah.append(
				f"Periode harus berada di dalam periode induknya ({induk_mulai.isoformat()} s.d. "
				f"{induk_selesai.isoformat()})"
			)
	return masalah


# SIASN (BKN) codes of the periodic evaluation: 1 = Bulanan, 2 = Triwulanan.
KODE_SIASN_PERIODIK: dict[str, int] = {"Bulanan": 1, "Triwulan": 2}


def jenis_periode_dari_kode_siasn(kode: int | str) -> str:
	"""SIASN periodik code to the jenis of Periode Kinerja: 1 = Bulanan, 2 = Triwulan(an)."""
	for jenis, nilai in KODE_SIASN_PERIODIK.items():
		if str(kode).strip() == str(nilai):
			return jenis
	raise ValueError(f"Kode periodik SIASN tidak dikenal: {kode!r} (yang sah: 1, 2)")


# PP 30/2019 art. 59: keberatan within 14 days of receiving the result [C]; a setting.
DEFAULT_HARI_KEBERATAN = 14


def batas_keberatan(tanggal_diterima: date, hari: int = DEFAULT_HARI_KEBERATAN) -> date:
	"""PP 30/2019 art. 59: last day to file a keberatan to the Atasan Pejabat Penilai (calendar days
	after the result is received)."""
	if hari < 0:
		raise ValueError(f"Jumlah hari keberatan tidak boleh negatif (diberikan {hari})")
	return tanggal_diterima + timedelta(days=hari)


def keberatan_tepat_waktu(
	tanggal_diterima: date, tanggal_pengajuan: date, hari: int = DEFAULT_HARI_KEBERATAN
) -> bool:
	"""PP 30/2019 art. 59: whether a keberatan filed on tanggal_pengajuan is within the time limit."""
	if tanggal_pengajuan < tanggal_diterima:
		raise ValueError("Tanggal pengajuan keberatan sebelum hasil penilaian diterima")
	return tanggal_pengajuan <= batas_keberatan(tanggal_diterima, hari)


def periode_berjalan(periode: Iterable[tuple[str, date, date]], hari_ini: date) -> str | None:
	"""The period a report opens on: the one containing `hari_ini` (the latest start when several
	do), else the latest that has already started, else the earliest to come. `periode` holds
	(name, start, end) of the yearly periods to choose from."""
	daftar = sorted(periode, key=lambda p: (p[1], p[0]))
	berisi = [p for p in daftar if p[1] <= hari_ini <= p[2]]
	if berisi:
		return berisi[-1][0]
	lalu = [p for p in daftar if p[1] <= hari_ini]
	if lalu:
		return lalu[-1][0]
	return daftar[0][0] if daftar else None


def tanggal_dalam_periode(hari_ini: date, mulai: date, selesai: date) -> date:
	"""The day a check about a period looks at: today while it runs, its first day before it
	starts, its last day once it is over."""
	return min(max(hari_ini, mulai), selesai)
