"""Who may do what, asked by controllers, APIs, reports and the permission hooks alike: the role
checks and the relations between an employee and a document. The hook module
(`kinerja_asn.permissions`) only adapts these answers to Frappe's hook signatures; the rules on
planning documents are in `kinerja_asn.domain.akses`.
"""

from __future__ import annotations

import frappe
from frappe import _

from kinerja_asn.services.alur import MENUNGGU
from kinerja_asn.services.penilai import employee_of_user, tentukan

PENGELOLA_ROLES = frozenset({"Pengelola Kinerja", "Admin Kinerja", "System Manager"})
READ_TYPES = frozenset({"read", "print", "email", "report", "export", "share", "select"})


def is_pengelola(user: str | None = None) -> bool:
	"""HR staff, configuration admins and system managers see every performance document."""
	user = user or frappe.session.user
	return user == "Administrator" or bool(PENGELOLA_ROLES.intersection(frappe.get_roles(user)))


def pegawai_sesi(user: str | None = None) -> str | None:
	return employee_of_user(user)


def menunggu_penyetuju(doc, employee: str, status: str | None = MENUNGGU) -> bool:
	"""The stored document (not the one in hand, which already carries the next workflow state) is
	still a draft waiting for this approver, in the given app status when one is named (a status,
	never a workflow state's name: admins rename and add states)."""
	tersimpan = frappe.db.get_value(doc.doctype, doc.name, ["docstatus", "status", "penyetuju"], as_dict=True)
	return (
		bool(tersimpan)
		and tersimpan.docstatus == 0
		and tersimpan.penyetuju == employee
		and (status is None or tersimpan.status == status)
	)


def atasan_saya(employee: str) -> list[str]:
	"""The Pejabat Penilai of the employee's own SKP: their RHK are the ones the employee can intervene."""
	return frappe.get_all(
		"SKP",
		filters={"employee": employee, "docstatus": ("<", 2), "pejabat_penilai": ("is", "set")},
		pluck="pejabat_penilai",
		distinct=True,
	)


def pemilik_skp(skp: str | None) -> str | None:
	return frappe.db.get_value("SKP", skp, "employee") if skp else None


def pemilik_rhk(rhk: str | None) -> str | None:
	return frappe.db.get_value("Rencana Hasil Kerja", rhk, "employee") if rhk else None


def menilai(employee: str, skp: str | None, *pejabat: str | None) -> bool:
	"""The employee assesses the owner of `skp`: named on the document, or on the SKP."""
	if employee in pejabat:
		return True
	if not skp:
		return False
	baris = frappe.db.get_value(
		"SKP", skp, ["pejabat_penilai", "atasan_pejabat_penilai", "penyetuju"], as_dict=True
	)
	return bool(baris) and employee in baris.values()


def atasan_dari(employee: str, bawahan: str) -> bool:
	"""The employee assesses `bawahan` on an open SKP, or verifies their check-ins."""
	for field in ("pejabat_penilai", "atasan_pejabat_penilai", "penyetuju"):
		if frappe.db.exists("SKP", {"employee": bawahan, "docstatus": ("<", 2), field: employee}):
			return True
	return bool(frappe.db.exists("Realisasi Kinerja", {"employee": bawahan, "penyetuju": employee}))


def penilai_skp(skp: str | None) -> str | None:
	"""Who assesses the owner of `skp` today: the resolver's answer (acting officials included)."""
	baris = frappe.db.get_value("SKP", skp, ["employee", "pejabat_penilai"], as_dict=True) if skp else None
	if not baris:
		return None
	return tentukan(baris.employee, baris.pejabat_penilai).pegawai


def perjanjian_kinerja_terbuka() -> bool:
	"""Pengaturan Kinerja: signed agreements are open to every employee (on unless switched off)."""
	nilai = frappe.get_cached_doc("Pengaturan Kinerja").get("perjanjian_kinerja_terbuka")
	return nilai is None or bool(int(nilai))


def unit_cakupan(department: str | None, company: str | None = None) -> set[str] | None:
	"""A unit and its sub-units (None: no restriction)."""
	if not department:
		return None
	batas = frappe.db.get_value("Department", department, ["lft", "rgt", "company"], as_dict=True)
	if not batas or (company and batas.company != company):
		frappe.throw(_("Unit {0} tidak termasuk instansi yang dipilih.").format(department))
	return set(
		frappe.get_all(
			"Department", filters={"lft": (">=", batas.lft), "rgt": ("<=", batas.rgt)}, pluck="name"
		)
	)
