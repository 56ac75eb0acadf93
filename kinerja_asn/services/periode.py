"""The period a report or a dialog opens on when nobody chose one."""

from __future__ import annotations

import frappe
from frappe.utils import getdate

from kinerja_asn.domain.periode import periode_berjalan as pilih_periode_berjalan
from kinerja_asn.services.penilai import employee_of_user


def periode_berjalan(company: str | None = None, hari_ini=None) -> str | None:
	"""The yearly Periode Kinerja containing today of `company` (else of the user's own company:
	their employee record's, then their default), the latest one when none does; one query."""
	company = company or _company_pengguna()
	filters = {"jenis": "Tahunan", "periode_induk": ("is", "not set")}
	if company:
		filters["company"] = company
	daftar = frappe.get_all(
		"Periode Kinerja", filters=filters, fields=["name", "tanggal_mulai", "tanggal_selesai"]
	)
	return pilih_periode_berjalan(
		((p.name, getdate(p.tanggal_mulai), getdate(p.tanggal_selesai)) for p in daftar),
		getdate(hari_ini),
	)


def _company_pengguna() -> str | None:
	pegawai = employee_of_user()
	if pegawai:
		return frappe.get_cached_value("Employee", pegawai, "company")
	return frappe.defaults.get_user_default("Company")
