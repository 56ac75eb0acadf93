"""Achievement of the organisation's indicators (IKU/IKK) per sub-period, rolled up from the
individuals' verified check-ins along the direct cascade (docs/regulasi.md §2): for each
sub-period the RHK take that sub-period's realisations, `kaskade.rollup_capaian` carries them up,
and an indicator's achievement is the mean of the RHK that carry it."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import replace

from .capaian import IKI
from .kaskade import RHK, rollup_capaian


def capaian_indikator(
	rhk: Iterable[RHK],
	iki_per_sub_periode: Mapping[str, Mapping[str, list[IKI]]],
	batas_capaian: float | None = None,
) -> dict[str, dict[str, float | None]]:
	"""{indikator: {sub-period: capaian or None}} for every indicator carried by an RHK in `rhk`
	(their own IKI are ignored) and every sub-period of `iki_per_sub_periode` ({sub-period: {RHK id:
	IKI with that sub-period's target and realisation}})."""
	struktur = [replace(r, iki=[]) for r in rhk]
	pembawa: dict[str, list[str]] = {}
	for r in struktur:
		if r.indikator_organisasi:
			pembawa.setdefault(r.indikator_organisasi, []).append(r.id)
	hasil: dict[str, dict[str, float | None]] = {i: {} for i in pembawa}
	for sub, iki in iki_per_sub_periode.items():
		capaian = rollup_capaian(
			[replace(r, iki=list(iki.get(r.id, ()))) for r in struktur], batas_capaian
		).capaian
		for indikator, ids in pembawa.items():
			nilai = [capaian[i] for i in ids if capaian.get(i) is not None]
			hasil[indikator][sub] = math.fsum(nilai) / len(nilai) if nilai else None
	return hasil
