"""Where a user lands after login, and the way from the desk to the portal.

Frappe sends a desk user to the route of the default app (System Settings > Default App, set to
this app on install while empty; an admin may choose another). The app offers two routes on the
apps screen by role: the desk workspace to those with desk work (HR, configuration admins, system
managers), the portal /kinerja to every other employee, so an employee lands on Kinerja Saya."""

from __future__ import annotations

import frappe

from kinerja_asn.services.akses import PENGELOLA_ROLES
from kinerja_asn.services.penilai import employee_of_user

PERAN_DESK = PENGELOLA_ROLES | {"HR Manager", "HR User"}
APLIKASI = "kinerja_asn"


def kerja_desk(user: str | None = None) -> bool:
	user = user or frappe.session.user
	return user == "Administrator" or bool(PERAN_DESK.intersection(frappe.get_roles(user)))


def ke_desk() -> bool:
	"""add_to_apps_screen has_permission: the desk workspace."""
	return kerja_desk()


def ke_portal() -> bool:
	"""add_to_apps_screen has_permission: the portal, for an employee without desk work."""
	return not kerja_desk() and bool(employee_of_user())


def pasang_aplikasi_bawaan() -> None:
	"""On install and migrate: this app is the site's default app while none is chosen."""
	if not frappe.db.get_single_value("System Settings", "default_app"):
		frappe.db.set_single_value("System Settings", "default_app", APLIKASI)
