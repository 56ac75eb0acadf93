"""The line of sight: from an employee's RHK up through the leaders' RHK to the organisation's IKU.

PermenPAN-RB 6/2022 (docs/regulasi.md §2): each RHK serves the leader's RHK it intervenes, and the
RHK of a JPT carries an indicator (IKU/IKK) of the Perjanjian Kinerja; OKR calls this alignment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

MAKS_TINGKAT = 50


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
