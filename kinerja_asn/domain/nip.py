"""NIP (Nomor Induk Pegawai) of ASN: format checks and decoding.

Perka BKN 22/2007 (PNS NIP): 18 digits = birth date (yyyymmdd), TMT CPNS year and month
(yyyymm), gender (1 male, 2 female), serial number (3 digits); PPPK NIPs carry the code 21 in
place of the month. The birth-year range is a plausibility default, a parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KODE_PPPK = "21"
DEFAULT_TAHUN_LAHIR_MIN = 1940
DEFAULT_TAHUN_LAHIR_MAKS = 2015


def _bersihkan(nip: str | int) -> str:
	return "".join(str(nip).split())


def validasi_nip(
	nip: str | int,
	*,
	tahun_lahir_min: int = DEFAULT_TAHUN_LAHIR_MIN,
	tahun_lahir_maks: int = DEFAULT_TAHUN_LAHIR_MAKS,
) -> list[str]:
	"""Problems of a NIP (empty when valid): 18 digits (spaces ignored); digits 1-8 a real birth
	date with a plausible year; digits 13-14 a month 01-12 (PNS) or 21 (PPPK); digit 15 gender 1/2."""
	teks = _bersihkan(nip)
	if not teks:
		return ["NIP belum diisi"]
	if not teks.isascii() or not teks.isdigit():
		return ["NIP hanya boleh berisi angka"]
	if len(teks) != 18:
		return [f"NIP harus terdiri dari 18 digit, bukan {len(teks)}"]
	masalah = []
	tahun, bulan, hari = int(teks[0:4]), int(teks[4:6]), int(teks[6:8])
	try:
		date(tahun, bulan, hari)
	except ValueError:
		masalah.append(f"Digit 1-8 NIP ({teks[0:8]}) bukan tanggal lahir yang sah (format yyyymmdd)")
	else:
		if not tahun_lahir_min <= tahun <= tahun_lahir_maks:
			masalah.append(
				f"Tahun lahir pada NIP ({tahun}) di luar rentang wajar {tahun_lahir_min}-{tahun_lahir_maks}"
			)
	kode_bulan = teks[12:14]
	if kode_bulan != KODE_PPPK and not 1 <= int(kode_bulan) <= 12:
		masalah.append(
			f"Digit 13-14 NIP ({kode_bulan}) harus bulan TMT CPNS 01-12 atau kode PPPK {KODE_PPPK}"
		)
	if teks[14] not in "12":
		masalah.append(f"Digit 15 NIP ({teks[14]}) harus kode jenis kelamin 1 (pria) atau 2 (wanita)")
	return masalah


@dataclass(frozen=True)
class InfoNIP:
	"""What a valid NIP says: birth date, TMT year and month (None for PPPK), PPPK or PNS, gender
	("pria"/"wanita") and serial number."""

	nip: str
	tanggal_lahir: date
	tahun_tmt: int
	bulan_tmt: int | None
	pppk: bool
	jenis_kelamin: str
	nomor_urut: int


def uraikan_nip(
	nip: str | int,
	*,
	tahun_lahir_min: int = DEFAULT_TAHUN_LAHIR_MIN,
	tahun_lahir_maks: int = DEFAULT_TAHUN_LAHIR_MAKS,
) -> InfoNIP:
	"""Perka BKN 22/2007: decode a NIP; ValueError with the problems when it is not valid."""
	masalah = validasi_nip(nip, tahun_lahir_min=tahun_lahir_min, tahun_lahir_maks=tahun_lahir_maks)
	if masalah:
		raise ValueError("; ".join(masalah))
	teks = _bersihkan(nip)
	pppk = teks[12:14] == KODE_PPPK
	return InfoNIP(
		nip=teks,
		tanggal_lahir=date(int(teks[0:4]), int(teks[4:6]), int(teks[6:8])),
		tahun_tmt=int(teks[8:12]),
		bulan_tmt=None if pppk else int(teks[12:14]),
		pppk=pppk,
		jenis_kelamin="pria" if teks[14] == "1" else "wanita",
		nomor_urut=int(teks[15:18]),
	)
