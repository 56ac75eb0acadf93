"""Who reads which planning document, as one rule per DocType that the permission hooks (in SQL)
and the reports (over loaded rows) both follow, so a report never shows what the form would refuse.

HR (Pengelola Kinerja, Admin Kinerja, System Manager) reads everything and is not handled here.
"""

from __future__ import annotations

from collections.abc import Collection


def rhk_terbaca(
	pembaca: str,
	atasan_pembaca: Collection[str],
	pemilik: str | None,
	pejabat_penilai: str | None,
	atasan_pejabat_penilai: str | None,
) -> bool:
	"""An RHK is read by its owner, the owner's Pejabat Penilai and Atasan Pejabat Penilai (the two
	levels that assess and decide appeals), and by the owner's own subordinates: an employee reads
	the RHK of their Pejabat Penilai (`atasan_pembaca`), the ones they may intervene. Nothing further
	up or down: a leader sees deeper levels only as the roll-up of achievement."""
	if not pembaca:
		return False
	return pembaca in (pemilik, pejabat_penilai, atasan_pejabat_penilai) or (
		pemilik is not None and pemilik in atasan_pembaca
	)


def perjanjian_kinerja_terbaca(
	pembaca: str, pihak_pertama: str | None, pihak_kedua: str | None, docstatus: int, terbuka: bool
) -> bool:
	"""A Perjanjian Kinerja is read by its two parties at every stage; once signed (submitted) by
	every employee of the agency when the setting says agreements are open (the default: agencies
	announce their signed agreements), else by the parties only."""
	if not pembaca:
		return False
	if pembaca in (pihak_pertama, pihak_kedua):
		return True
	return bool(terbuka) and docstatus == 1
