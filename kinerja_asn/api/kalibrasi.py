"""Papan Kalibrasi (desk page): a unit's draft assessments on the quadrant, the moves saved in one
step, and the lock of the unit's predikat. Who sees, moves and locks is decided from the session in
services.kalibrasi; nothing the client sends names who acts."""

from __future__ import annotations

import frappe

from kinerja_asn.domain.argumen import Daftar, Nama, Pilihan, Rekaman, Teks
from kinerja_asn.services import kalibrasi
from kinerja_asn.services.argumen import argumen

RATING = ("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi")
UNIT_PERIODE = {"unit": Nama("Department"), "periode": Nama("Periode Kinerja")}


@frappe.whitelist(methods=["GET", "POST"])
@argumen(unit=Nama("Department", wajib=False), periode=Nama("Periode Kinerja"))
def papan(periode: str, unit: str | None = None) -> dict:
	"""The board of the unit whose organisation predikat bounds `unit` (by default the one the user
	heads or assesses in): the viewer's drafts (HR: all), the rest of the unit as counts, the quadrant
	and the curve's limits for the what-if."""
	return kalibrasi.papan(unit, periode)


@frappe.whitelist(methods=["POST"])
@argumen(
	**UNIT_PERIODE,
	perubahan=Daftar(
		Rekaman(
			{
				"penilaian": Nama("Penilaian Kinerja"),
				"rating_hasil_kerja": Pilihan(RATING),
				"rating_perilaku_kerja": Pilihan(RATING),
				"versi": Teks(maks=40),
			}
		),
		maks_item=500,
	),
)
def simpan(unit: str, periode: str, perubahan: list | str) -> dict:
	"""The viewer's moves written to the drafts at once, each through the assessment's controller;
	one refusal and none is written."""
	perubahan = frappe.parse_json(perubahan) if isinstance(perubahan, str) else perubahan
	return kalibrasi.simpan(unit, periode, perubahan)


@frappe.whitelist(methods=["POST"])
@argumen(**UNIT_PERIODE)
def tetapkan(unit: str, periode: str) -> dict:
	"""The unit's head or HR fixes the unit's predikat for the period."""
	return kalibrasi.tetapkan(unit, periode)
