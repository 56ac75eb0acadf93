"""What an employee watches during the year: check-ins and evidence that are due, and the line of
sight from an RHK up to the organisation's indicator.

PermenPAN-RB 6/2022 (domain.md section 3): realisation is reported periodically with evidence
(bukti dukung) and each RHK serves the leader's RHK it intervenes, up to the IKU of the agency.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

# Check-in states that no longer wait on the employee.
STATUS_SELESAI: frozenset[str] = frozenset({"Diajukan", "Diverifikasi"})
MAKS_TINGKAT = 50


@dataclass(frozen=True)
class SubPeriodeRealisasi:
	"""A month or quarter in which a check-in is reported."""

	id: str
	nama: str
	mulai: date
	selesai: date


@dataclass(frozen=True)
class BarisRealisasi:
	"""One IKI row of a check-in with the evidence attached to it (counts by verification status)."""

	rhk: str
	iki: str | None
	uraian: str
	realisasi: float | None
	bukti_aktif: int = 0
	bukti_ditolak: int = 0


@dataclass(frozen=True)
class Tagihan:
	"""Something the employee still has to do. jenis: "realisasi" (not made or not submitted),
	"revisi" (returned by the superior), "bukti" (no evidence for a reported IKI), "bukti_ditolak"."""

	jenis: str
	sub_periode: str
	pesan: str
	terlambat: bool = False
	rhk: str | None = None
	iki: str | None = None


def tagihan_pegawai(
	sub_periode: Iterable[SubPeriodeRealisasi],
	status_realisasi: Mapping[str, str],
	baris: Mapping[str, Iterable[BarisRealisasi]],
	hari_ini: date,
) -> list[Tagihan]:
	"""Check-ins and evidence due for each sub-period that has started, in date order.

	A check-in is due once its sub-period starts and late after it ends, until submitted; a returned
	one (Revisi) is due again. A reported IKI (realisation above 0) needs evidence that has not been
	rejected; while the check-in is verified nothing more is asked.
	"""
	hasil: list[Tagihan] = []
	for sp in sorted(sub_periode, key=lambda s: s.mulai):
		if sp.mulai > hari_ini:
			continue
		terlambat = sp.selesai < hari_ini
		status = status_realisasi.get(sp.id)
		if status == "Revisi":
			hasil.append(
				Tagihan(
					"revisi", sp.id, f"Realisasi {sp.nama} dikembalikan atasan untuk diperbaiki", terlambat
				)
			)
		elif status not in STATUS_SELESAI:
			pesan = (
				f"Realisasi {sp.nama} belum diajukan"
				if terlambat
				else f"Realisasi {sp.nama} jatuh tempo {sp.selesai:%d-%m-%Y}"
			)
			hasil.append(Tagihan("realisasi", sp.id, pesan, terlambat))
		if status == "Diverifikasi":
			continue
		for b in baris.get(sp.id, ()):
			if not b.realisasi or b.bukti_aktif:
				continue
			if b.bukti_ditolak:
				pesan = f"Bukti dukung {b.uraian} ({sp.nama}) ditolak; unggah bukti pengganti"
				hasil.append(Tagihan("bukti_ditolak", sp.id, pesan, terlambat, b.rhk, b.iki))
			else:
				pesan = f"Bukti dukung {b.uraian} ({sp.nama}) belum diunggah"
				hasil.append(Tagihan("bukti", sp.id, pesan, terlambat, b.rhk, b.iki))
	return hasil


@dataclass(frozen=True)
class SimpulRHK:
	"""An RHK as the line of sight needs it: its leader RHK and the organisation indicator it carries."""

	id: str
	induk: str | None = None
	indikator: str | None = None


@dataclass(frozen=True)
class SimpulIndikator:
	"""An IKU or IKK; an IKK points to the indicator it supports."""

	id: str
	jenis: str
	induk: str | None = None


@dataclass(frozen=True)
class GarisPandang:
	"""rantai: the leader RHK ids above an RHK, nearest first; indikator: the organisation indicator
	nearest on that path; iku: the IKU at the top of the indicator chain (None when not reached)."""

	rantai: tuple[str, ...]
	indikator: str | None
	iku: str | None


def garis_pandang(
	rhk: str, simpul: Mapping[str, SimpulRHK], indikator: Mapping[str, SimpulIndikator]
) -> GarisPandang:
	"""PermenPAN-RB 6/2022: follow "RHK pimpinan yang diintervensi" upwards to the top, then the
	indicator the nearest RHK carries up to its IKU. Unknown ids and loops end the walk quietly:
	the line of sight is shown as far as it is known."""
	rantai: list[str] = []
	dilihat = {rhk}
	sekarang = simpul.get(rhk)
	ind = sekarang.indikator if sekarang else None
	while sekarang and sekarang.induk and sekarang.induk not in dilihat and len(rantai) < MAKS_TINGKAT:
		rantai.append(sekarang.induk)
		dilihat.add(sekarang.induk)
		sekarang = simpul.get(sekarang.induk)
		if ind is None and sekarang is not None:
			ind = sekarang.indikator
	return GarisPandang(tuple(rantai), ind, iku_teratas(ind, indikator))


def iku_teratas(kode: str | None, indikator: Mapping[str, SimpulIndikator]) -> str | None:
	"""The IKU an indicator belongs to: itself when it is an IKU, else the first IKU up its chain."""
	dilihat: set[str] = set()
	while kode and kode not in dilihat:
		dilihat.add(kode)
		node = indikator.get(kode)
		if node is None:
			return None
		if node.jenis == "IKU":
			return node.id
		kode = node.induk
	return None
