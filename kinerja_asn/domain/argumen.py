"""What an endpoint accepts from a client: each argument's type, size and range, checked before any
query runs, so a wrong value is a clear message and never a server error or a stray row.

The Frappe adapter (`kinerja_asn.services.argumen`) adds what needs the database: that a named record
exists in the right DocType. Messages are Indonesian and translated by the caller.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

# MariaDB `text` holds 65,535 bytes; Frappe names and Data fields are varchar(140).
MAKS_NAMA = 140
MAKS_TEKS_PENDEK = 140
MAKS_TEKS = 65_535
MAKS_JSON_BYTES = 1_000_000
MAKS_ITEM = 1_000
# decimal(21,9): what a Float or Currency column can hold
MAKS_ANGKA = 1e12
MAKS_INT = 2**31 - 1

_KENDALI = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_KENDALI_NAMA = re.compile(r"[\x00-\x1f\x7f]")


class ArgumenTidakValid(ValueError):
	"""A value the endpoint refuses; `pesan` is the Indonesian message."""

	def __init__(self, argumen: str, pesan: str):
		super().__init__(f"{argumen}: {pesan}")
		self.argumen = argumen
		self.pesan = pesan


def _kosong(spec, nama: str, nilai) -> bool:
	"""An empty value (None or ""): allowed when the spec is optional, refused when required."""
	if nilai is None or nilai == "":
		if getattr(spec, "wajib", False):
			raise ArgumenTidakValid(nama, "wajib diisi")
		return True
	return False


@dataclass(frozen=True)
class Teks:
	"""Free text: a string of at most `maks` characters (a form always sends text; a number or an
	object where text belongs is a client error)."""

	maks: int = MAKS_TEKS
	wajib: bool = False

	def periksa(self, nama: str, nilai):
		if _kosong(self, nama, nilai):
			return None if nilai is None else ""
		if not isinstance(nilai, str):
			raise ArgumenTidakValid(nama, "harus berupa teks")
		teks = nilai
		if len(teks) > self.maks or len(teks.encode()) > MAKS_TEKS:
			raise ArgumenTidakValid(nama, f"terlalu panjang (paling banyak {self.maks} karakter)")
		if _KENDALI.search(teks):
			raise ArgumenTidakValid(nama, "memuat karakter kendali yang tidak diizinkan")
		if self.wajib and not teks.strip():
			raise ArgumenTidakValid(nama, "wajib diisi")
		return teks


@dataclass(frozen=True)
class Nama:
	"""The name of a record of `doctype`: a string of at most 140 characters without control
	characters. A number is refused: Frappe would compare it as a number and match another row.
	`dimuat`: the endpoint loads the record first thing and answers a missing one itself (404), so
	the edge does not look it up a second time."""

	doctype: str
	wajib: bool = True
	dimuat: bool = False

	def periksa(self, nama: str, nilai):
		if _kosong(self, nama, nilai):
			return None
		if not isinstance(nilai, str):
			raise ArgumenTidakValid(nama, f"harus berupa nama {self.doctype}")
		if len(nilai) > MAKS_NAMA or _KENDALI_NAMA.search(nilai):
			raise ArgumenTidakValid(nama, f"bukan nama {self.doctype} yang sah")
		return nilai


@dataclass(frozen=True)
class Pilihan:
	"""One of the given texts."""

	opsi: tuple[str, ...]
	wajib: bool = True

	def periksa(self, nama: str, nilai):
		if _kosong(self, nama, nilai):
			return None
		if not isinstance(nilai, str) or nilai not in self.opsi:
			raise ArgumenTidakValid(nama, "harus salah satu dari: " + ", ".join(self.opsi))
		return nilai


@dataclass(frozen=True)
class Angka:
	"""A finite number (or its text with a decimal point) within [minimum, maksimum]."""

	minimum: float = -MAKS_ANGKA
	maksimum: float = MAKS_ANGKA
	bulat: bool = False
	wajib: bool = False

	def periksa(self, nama: str, nilai):
		if _kosong(self, nama, nilai):
			return None
		if isinstance(nilai, bool):
			raise ArgumenTidakValid(nama, "harus berupa angka")
		if isinstance(nilai, str):
			teks = nilai.strip()
			if len(teks) > 40:
				raise ArgumenTidakValid(nama, "harus berupa angka")
			try:
				nilai = int(teks) if self.bulat and re.fullmatch(r"[+-]?\d+", teks) else float(teks)
			except ValueError:
				raise ArgumenTidakValid(nama, "harus berupa angka") from None
		if not isinstance(nilai, int | float) or not math.isfinite(nilai):
			raise ArgumenTidakValid(nama, "harus berupa angka yang terhingga")
		if self.bulat:
			if nilai != int(nilai):
				raise ArgumenTidakValid(nama, "harus berupa bilangan bulat")
			nilai = int(nilai)
		if not self.minimum <= nilai <= self.maksimum:
			raise ArgumenTidakValid(nama, f"harus di antara {self.minimum:g} dan {self.maksimum:g}")
		return nilai


@dataclass(frozen=True)
class Bendera:
	"""Yes or no: a boolean, 0/1, or their text ("0", "1", "true", "false")."""

	def periksa(self, nama: str, nilai):
		if nilai is None or nilai == "":
			return None
		if isinstance(nilai, bool):
			return nilai
		if isinstance(nilai, int) and nilai in (0, 1):
			return bool(nilai)
		if isinstance(nilai, str) and nilai.strip().lower() in ("0", "1", "true", "false"):
			return nilai.strip().lower() in ("1", "true")
		raise ArgumenTidakValid(nama, "harus ya atau tidak (1 atau 0)")


@dataclass(frozen=True)
class Tanggal:
	"""A date as YYYY-MM-DD (a date or datetime object too); passed on as YYYY-MM-DD."""

	wajib: bool = True

	def periksa(self, nama: str, nilai):
		if _kosong(self, nama, nilai):
			return None
		if isinstance(nilai, datetime):
			return nilai.date().isoformat()
		if isinstance(nilai, date):
			return nilai.isoformat()
		if isinstance(nilai, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", nilai.strip()):
			try:
				return date.fromisoformat(nilai.strip()).isoformat()
			except ValueError:
				pass
		raise ArgumenTidakValid(nama, "harus berupa tanggal (TTTT-BB-HH)")


@dataclass(frozen=True)
class Skalar:
	"""One value as a form sends it (text, number or nothing), left for the caller to interpret
	with its own messages next to the field; only its type and size are checked here."""

	maks: int = 40

	def periksa(self, nama: str, nilai):
		if nilai is None:
			return None
		if isinstance(nilai, bool) or not isinstance(nilai, str | int | float):
			raise ArgumenTidakValid(nama, "harus berupa teks atau angka")
		if isinstance(nilai, float) and not math.isfinite(nilai):
			raise ArgumenTidakValid(nama, "harus berupa angka yang terhingga")
		if isinstance(nilai, str) and len(nilai) > self.maks:
			raise ArgumenTidakValid(nama, f"terlalu panjang (paling banyak {self.maks} karakter)")
		return nilai


@dataclass(frozen=True)
class Daftar:
	"""A list (or its JSON text) of at most `maks_item` items, each checked by `item` when given.
	An item spec may be a `Rekaman` for lists of objects."""

	item: object | None = None
	maks_item: int = MAKS_ITEM
	wajib: bool = True

	def periksa(self, nama: str, nilai):
		nilai = _dari_json(nama, nilai)
		if _kosong(self, nama, nilai):
			return None
		if not isinstance(nilai, list):
			raise ArgumenTidakValid(nama, "harus berupa daftar")
		if len(nilai) > self.maks_item:
			raise ArgumenTidakValid(nama, f"paling banyak {self.maks_item} baris")
		if self.item is None:
			return nilai
		return [self.item.periksa(f"{nama}[{i}]", v) for i, v in enumerate(nilai)]


@dataclass(frozen=True)
class Rekaman:
	"""An object (or its JSON text) whose keys are among `kunci` (a mapping key → spec); unknown
	keys are refused so a typo never passes silently."""

	kunci: Mapping[str, object]
	wajib: bool = True

	def periksa(self, nama: str, nilai):
		nilai = _dari_json(nama, nilai)
		if _kosong(self, nama, nilai):
			return None
		if not isinstance(nilai, dict):
			raise ArgumenTidakValid(nama, "harus berupa objek")
		asing = sorted(str(k) for k in nilai if k not in self.kunci)
		if asing:
			raise ArgumenTidakValid(nama, "kunci tidak dikenal: " + ", ".join(asing[:5]))
		return {k: spec.periksa(f"{nama}.{k}", nilai.get(k)) for k, spec in self.kunci.items() if k in nilai}


@dataclass(frozen=True)
class Peta:
	"""An object (or its JSON text) from record names to values checked by `nilai`."""

	nilai: object
	maks_item: int = MAKS_ITEM
	wajib: bool = False

	def periksa(self, nama: str, isi):
		isi = _dari_json(nama, isi)
		if _kosong(self, nama, isi):
			return None
		if not isinstance(isi, dict):
			raise ArgumenTidakValid(nama, "harus berupa objek")
		if len(isi) > self.maks_item:
			raise ArgumenTidakValid(nama, f"paling banyak {self.maks_item} baris")
		hasil = {}
		for k, v in isi.items():
			if not isinstance(k, str) or len(k) > MAKS_NAMA or _KENDALI_NAMA.search(k):
				raise ArgumenTidakValid(nama, "kunci bukan nama baris yang sah")
			hasil[k] = self.nilai.periksa(f"{nama}.{k}", v)
		return hasil


def _dari_json(nama: str, nilai):
	if nilai is None or nilai == "":
		return None
	if isinstance(nilai, str):
		if len(nilai.encode()) > MAKS_JSON_BYTES:
			raise ArgumenTidakValid(nama, "terlalu besar")
		try:
			return json.loads(nilai)
		except ValueError:
			raise ArgumenTidakValid(nama, "bukan JSON yang sah") from None
	return nilai


def periksa_argumen(spesifikasi: Mapping[str, object], nilai: Mapping[str, object]) -> dict:
	"""Each argument checked by its spec; returns the cleaned values (numbers as numbers, JSON
	parsed). Raises ArgumenTidakValid on the first wrong one. An argument without a spec is refused:
	every endpoint states what it takes."""
	asing = [k for k in nilai if k not in spesifikasi]
	if asing:
		raise ArgumenTidakValid(asing[0], "tidak dikenal oleh metode ini")
	return {k: spesifikasi[k].periksa(k, v) for k, v in nilai.items()}


def nama_dirujuk(
	spesifikasi: Mapping[str, object], bersih: Mapping[str, object]
) -> list[tuple[str, str, str]]:
	"""(argument, doctype, name) of every record an argument names, to check that it exists."""
	return [
		(k, spec.doctype, bersih[k])
		for k, spec in spesifikasi.items()
		if isinstance(spec, Nama) and not spec.dimuat and bersih.get(k) is not None
	]


# Field types of a document, by what their value must be (Frappe field types).
ISIAN_NAMA = frozenset({"Link", "Dynamic Link"})
ISIAN_TEKS = frozenset(
	{
		"Data",
		"Select",
		"Small Text",
		"Text",
		"Long Text",
		"Text Editor",
		"Code",
		"HTML Editor",
		"Markdown Editor",
		"Attach",
		"Attach Image",
		"Read Only",
		"Phone",
		"Color",
		"Autocomplete",
		"Signature",
		"Barcode",
		"Password",
		"Icon",
	}
)
ISIAN_BULAT = frozenset({"Int", "Check"})
ISIAN_ANGKA = frozenset({"Float", "Currency", "Percent", "Rating"})
ISIAN_WAKTU = frozenset({"Date", "Datetime", "Time"})
# Columns of MariaDB type `text` (at most 65,535 bytes); longer ones are longtext.
ISIAN_TEXT_KOLOM = frozenset({"Small Text", "Text", "Code", "Read Only"})


def masalah_isian(fieldtype: str, nilai) -> str | None:
	"""Why a document field cannot hold `nilai` (None when it can): a record's name must be text
	(a number would be compared as a number and match another row), numbers finite and within the
	column, text within its column, no list or object where a single value belongs."""
	if nilai is None or nilai == "":
		return None
	if fieldtype in ISIAN_NAMA:
		if not isinstance(nilai, str):
			return "harus berupa nama dokumen (teks)"
		if len(nilai) > MAKS_NAMA or _KENDALI_NAMA.search(nilai):
			return "bukan nama dokumen yang sah"
		return None
	if fieldtype in ISIAN_TEKS:
		if isinstance(nilai, bool) or not isinstance(nilai, str | int | float):
			return "harus berupa teks"
		if isinstance(nilai, float) and not math.isfinite(nilai):
			return "harus berupa teks"
		if fieldtype in ISIAN_TEXT_KOLOM and isinstance(nilai, str) and len(nilai.encode()) > MAKS_TEKS:
			return f"terlalu panjang (paling banyak {MAKS_TEKS} bita)"
		return None
	if fieldtype in ISIAN_BULAT or fieldtype in ISIAN_ANGKA:
		batas = MAKS_INT if fieldtype in ISIAN_BULAT else MAKS_ANGKA
		if isinstance(nilai, str):
			try:
				nilai = float(nilai.strip().replace(",", "")) if len(nilai) <= 40 else None
			except ValueError:
				return "harus berupa angka"
			if nilai is None:
				return "harus berupa angka"
		if not isinstance(nilai, int | float) or isinstance(nilai, bool) and fieldtype not in ISIAN_BULAT:
			return "harus berupa angka"
		if not math.isfinite(nilai) or abs(nilai) > batas:
			return "harus berupa angka yang terhingga dan wajar"
		return None
	if fieldtype in ISIAN_WAKTU:
		if isinstance(nilai, date | datetime | timedelta):
			return None
		if not isinstance(nilai, str) or len(nilai) > 40:
			return "harus berupa tanggal atau waktu"
		try:
			if fieldtype == "Date":
				date.fromisoformat(nilai.strip()[:10])
			elif fieldtype == "Datetime":
				datetime.fromisoformat(nilai.strip())
			elif not re.fullmatch(r"-?\d{1,3}:\d{2}(:\d{2}(\.\d+)?)?", nilai.strip()):
				raise ValueError(nilai)
		except ValueError:
			return "harus berupa tanggal atau waktu (TTTT-BB-HH)"
		return None
	return None
