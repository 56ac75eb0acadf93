"""Which assessment rules a period uses (docs/regulasi.md §1)."""

from __future__ import annotations

from datetime import date

from .perilaku import REGULASI_6_2022, REGULASI_8_2021

REGULASI: tuple[str, ...] = (REGULASI_6_2022, REGULASI_8_2021)
# PermenPAN-RB 6/2022 governs assessments from 2022; 8/2021 the periods from July 2021 until then.
AWAL_6_2022 = date(2022, 1, 1)


def regulasi_untuk_tanggal(tanggal_mulai: date, awal_6_2022: date = AWAL_6_2022) -> str:
	"""Default regime of a period starting on the given date; the period record may override it."""
	return REGULASI_6_2022 if tanggal_mulai >= awal_6_2022 else REGULASI_8_2021
