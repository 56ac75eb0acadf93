"""Load a company's personnel records for the data-health check: units, active employees and every
superior or unit head they point to, in three queries whatever the size of the agency."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import getdate, today

from kinerja_asn.domain.kesehatan_data import (
	DEFAULT_MAKS_PEGAWAI_DINILAI,
	Pegawai,
	Ringkasan,
	Temuan,
	Unit,
	periksa_kesehatan_data,
	ringkas,
)
from kinerja_asn.services.pengaturan import get_pengaturan

EMPLOYEE_FIELDS = [
	"name",
	"employee_name",
	"user_id",
	"status",
	"reports_to",
	"department",
	"jenis_jabatan",
	"jenjang_jabatan_fungsional",
	"relieving_date",
]


def periksa(company: str, department: str | None = None, tanggal=None) -> list[Temuan]:
	"""The findings of the check for a company, or for one unit and its sub-units."""
	return periksa_ringkas(company, department, tanggal)[0]


def periksa_ringkas(
	company: str, department: str | None = None, tanggal=None
) -> tuple[list[Temuan], Ringkasan]:
	"""The findings and the summary line's counts (employees checked, findings, units)."""
	units = frappe.get_all(
		"Department",
		filters={"company": company, "disabled": 0},
		fields=["name", "department_name", "parent_department", "kepala_unit", "lft", "rgt"],
	)
	cakupan = _unit_cakupan(units, department) if department else None
	pegawai = _muat_pegawai(company, units)
	tanggal = getdate(tanggal or today())
	temuan = periksa_kesehatan_data(
		pegawai,
		[Unit(u.name, u.department_name or u.name, u.parent_department, u.kepala_unit) for u in units],
		tanggal=tanggal,
		maks_pegawai_dinilai=batas_pegawai_dinilai(),
		unit_cakupan=cakupan,
	)
	return temuan, ringkas(temuan, pegawai, tanggal=tanggal, unit_cakupan=cakupan)


def batas_pegawai_dinilai() -> int:
	"""The site's limit of direct assessees per Pejabat Penilai (Pengaturan Kinerja)."""
	return get_pengaturan().maks_bawahan_langsung or DEFAULT_MAKS_PEGAWAI_DINILAI


def _unit_cakupan(units: list[dict], department: str) -> set[str]:
	induk = next((u for u in units if u.name == department), None)
	if not induk:
		frappe.throw(_("Unit {0} tidak termasuk instansi yang dipilih.").format(department))
	return {u.name for u in units if induk.lft <= u.lft and u.rgt <= induk.rgt}


def _muat_pegawai(company: str, units: list[dict]) -> list[Pegawai]:
	rows = frappe.get_all(
		"Employee", filters={"company": company, "status": "Active"}, fields=EMPLOYEE_FIELDS
	)
	dimuat = {r.name for r in rows}
	dirujuk = {r.reports_to for r in rows if r.reports_to} | {u.kepala_unit for u in units if u.kepala_unit}
	lainnya = sorted(dirujuk - dimuat)
	if lainnya:
		rows += frappe.get_all("Employee", filters={"name": ("in", lainnya)}, fields=EMPLOYEE_FIELDS)
	return [
		Pegawai(
			id=r.name,
			nama=r.employee_name or "",
			user=r.user_id,
			status=r.status,
			atasan=r.reports_to,
			unit=r.department,
			jenis_jabatan=r.jenis_jabatan,
			jenjang_jabatan_fungsional=r.jenjang_jabatan_fungsional,
			tanggal_berhenti=getdate(r.relieving_date) if r.relieving_date else None,
		)
		for r in rows
	]
