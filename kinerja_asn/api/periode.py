"""What the desk asks about periods: the one a report or a dialog opens on."""

from __future__ import annotations

import frappe

from kinerja_asn.domain.argumen import Nama
from kinerja_asn.services import periode as periode_service
from kinerja_asn.services.argumen import argumen


@frappe.whitelist(methods=["GET"])
@argumen(company=Nama("Company", wajib=False))
def periode_berjalan(company: str | None = None) -> str | None:
	"""The current yearly Periode Kinerja (of `company` when given, else of the user's company),
	the latest when none contains today. Every employee reads the periods, so any user may ask."""
	return periode_service.periode_berjalan(company)
