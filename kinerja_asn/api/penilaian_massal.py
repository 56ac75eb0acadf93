"""Buat Penilaian Massal for HR (the Penilaian Kinerja list, the Periode Kinerja form): the plan
first, then the start. Only Pengelola Kinerja; every argument checked by @argumen."""

from __future__ import annotations

import frappe
from frappe import _

from kinerja_asn.domain.argumen import Bendera, Nama
from kinerja_asn.services import penilaian_massal as layanan
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import argumen

ARGUMEN_MASSAL = {
	"periode": Nama("Periode Kinerja"),
	"department": Nama("Department", wajib=False),
	"termasuk_sub_unit": Bendera(),
}


def _wajib_pengelola():
	if not is_pengelola():
		frappe.throw(_("Hanya Pengelola Kinerja yang dapat melakukan tindakan ini."), frappe.PermissionError)


@frappe.whitelist(methods=["GET"])
@argumen(**ARGUMEN_MASSAL)
def pratinjau_penilaian_massal(
	periode: str, department: str | None = None, termasuk_sub_unit: bool = True
) -> dict:
	"""HR, before a bulk start: how many draft assessments it would create, and what it would pass
	by and why (no approved SKP, no Pejabat Penilai, already assessed). Writes nothing."""
	_wajib_pengelola()
	return layanan.rencanakan_penilaian_massal(periode, department, bool(termasuk_sub_unit)).ringkasan()


@frappe.whitelist(methods=["POST"])
@argumen(**ARGUMEN_MASSAL)
def buat_penilaian_massal(
	periode: str, department: str | None = None, termasuk_sub_unit: bool = True
) -> dict:
	"""HR: a draft assessment for every approved SKP of a unit (and its sub-units) that has none
	for the period. Nothing to do queues nothing; a large unit runs in the background with its
	progress and a closing summary."""
	_wajib_pengelola()
	return layanan.jalankan(periode, department, bool(termasuk_sub_unit))
