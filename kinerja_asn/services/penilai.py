"""Who assesses whom: the one adapter that workflows, permissions, the portal and notifications ask.

The rules live in kinerja_asn.domain.skp (and, for acting officials, the resolver that extends it);
this module only loads the reporting line and users.
"""

from __future__ import annotations

import frappe

from kinerja_asn.domain.skp import pejabat_penilai_bawaan


def employee_of_user(user: str | None = None) -> str | None:
	"""The active Employee linked to a user, memoised for the request."""
	user = user or frappe.session.user
	cache = getattr(frappe.local, "kinerja_employee_of_user", None)
	if cache is None:
		cache = frappe.local.kinerja_employee_of_user = {}
	if not cache.get(user):
		cache[user] = frappe.db.get_value("Employee", {"user_id": user, "status": "Active"}, "name")
	return cache[user]


def penilai_bawaan(employee: str) -> tuple[str | None, str | None]:
	"""Default Pejabat Penilai and Atasan Pejabat Penilai from the reporting line on record."""
	atasan = frappe.db.get_value("Employee", employee, "reports_to")
	garis = {employee: atasan}
	if atasan:
		garis[atasan] = frappe.db.get_value("Employee", atasan, "reports_to")
	return pejabat_penilai_bawaan(employee, garis)


def user_penyetuju(pejabat_penilai: str | None) -> str | None:
	"""The user who approves for a Pejabat Penilai (the holder's own user for now)."""
	if not pejabat_penilai:
		return None
	return frappe.db.get_value("Employee", pejabat_penilai, "user_id")
