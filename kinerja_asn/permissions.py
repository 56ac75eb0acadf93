"""Row-level access to performance documents, in one place.

Role permissions in each DocType's JSON say what a role may do at all; these hooks narrow it to
the rows a person may touch: employees their own documents, a Pejabat Penilai (and the Atasan
Pejabat Penilai) those of the people they assess, HR everything. `has_permission` hooks can only
deny, so every grant comes from the role permissions.
"""

from __future__ import annotations

import functools

import frappe

from kinerja_asn.domain.akses import perjanjian_kinerja_terbaca, rhk_terbaca
from kinerja_asn.services.akses import (
	READ_TYPES,
	atasan_dari,
	atasan_saya,
	is_pengelola,
	menilai,
	menunggu_penyetuju,
	pemilik_rhk,
	pemilik_skp,
	penilai_skp,
	perjanjian_kinerja_terbuka,
)
from kinerja_asn.services.alur import MENUNGGU
from kinerja_asn.services.angka_kredit import anggota_tim
from kinerja_asn.services.penilai import employee_of_user, penetap_unit


def _no_rows() -> str:
	return "1=0"


def _per_pegawai_query(build):
	"""HR and admins see every row, a user with no active employee none; `build` gets the
	employee of the session for the rest (one place for what every query condition starts with)."""

	@functools.wraps(build)
	def query(user: str | None = None) -> str:
		user = user or frappe.session.user
		if is_pengelola(user):
			return ""
		employee = employee_of_user(user)
		if not employee:
			return _no_rows()
		return build(employee)

	return query


def _per_pegawai_permission(check):
	"""The same start for every has_permission hook: HR passes, a user with no active employee is
	denied, and `check(doc, ptype, employee)` decides the rest."""

	@functools.wraps(check)
	def has_permission(doc, ptype: str | None = None, user: str | None = None, debug: bool = False):
		user = user or frappe.session.user
		if is_pengelola(user):
			return True
		employee = employee_of_user(user)
		if not employee:
			return False
		return check(doc, ptype, employee)

	return has_permission


# SKP ------------------------------------------------------------------------------------------------


@_per_pegawai_query
def skp_query(employee: str) -> str:
	"""Own SKP, and those where the user is Pejabat Penilai or Atasan Pejabat Penilai."""
	e = frappe.db.escape(employee)
	return (
		f"(`tabSKP`.employee = {e} or `tabSKP`.pejabat_penilai = {e}"
		f" or `tabSKP`.atasan_pejabat_penilai = {e} or `tabSKP`.penyetuju = {e})"
	)


@_per_pegawai_permission
def skp_has_permission(doc, ptype: str | None, employee: str) -> bool:
	if doc.employee == employee:
		# The owner drafts and submits; cancelling is HR's.
		return ptype not in ("cancel", "amend")
	if ptype in READ_TYPES or ptype is None:
		return employee in (doc.pejabat_penilai, doc.atasan_pejabat_penilai, doc.get("penyetuju"))
	if ptype in ("write", "submit"):
		# The approver (Pejabat Penilai or the acting official) acts only while the stored SKP waits
		# for them; the document in hand already carries the next state during the workflow action.
		if doc.is_new():
			return False
		return menunggu_penyetuju(doc, employee, MENUNGGU)
	return False


# Rencana Hasil Kerja ---------------------------------------------------------------------------------


@_per_pegawai_query
def rhk_query(employee: str) -> str:
	"""domain.akses.rhk_terbaca in SQL: own RHK, those one assesses as Pejabat Penilai or Atasan
	Pejabat Penilai, and the RHK of one's own Pejabat Penilai."""
	e = frappe.db.escape(employee)
	t = "`tabRencana Hasil Kerja`"
	return (
		f"({t}.employee = {e} or {t}.pejabat_penilai = {e}"
		f" or {t}.skp in (select s.name from `tabSKP` s where s.atasan_pejabat_penilai = {e})"
		f" or {t}.employee in (select s.pejabat_penilai from `tabSKP` s where s.employee = {e} and s.docstatus < 2))"
	)


@_per_pegawai_permission
def rhk_has_permission(doc, ptype: str | None, employee: str) -> bool:
	if doc.employee == employee or (doc.is_new() and pemilik_skp(doc.skp) == employee):
		return True
	if ptype not in READ_TYPES and ptype is not None:
		return False
	atasan_apk = frappe.db.get_value("SKP", doc.skp, "atasan_pejabat_penilai") if doc.skp else None
	return rhk_terbaca(employee, atasan_saya(employee), doc.employee, doc.pejabat_penilai, atasan_apk)


# Perjanjian Kinerja ------------------------------------------------------------------------------------


@_per_pegawai_query
def perjanjian_kinerja_query(employee: str) -> str:
	"""domain.akses.perjanjian_kinerja_terbaca in SQL."""
	e = frappe.db.escape(employee)
	t = "`tabPerjanjian Kinerja`"
	terbuka = f" or {t}.docstatus = 1" if perjanjian_kinerja_terbuka() else ""
	return f"({t}.pihak_pertama = {e} or {t}.pihak_kedua = {e}{terbuka})"


@_per_pegawai_permission
def perjanjian_kinerja_has_permission(doc, ptype: str | None, employee: str) -> bool:
	if ptype not in READ_TYPES and ptype is not None:
		return False  # employees only read; HR drafts and signs
	return perjanjian_kinerja_terbaca(
		employee, doc.pihak_pertama, doc.pihak_kedua, doc.docstatus, perjanjian_kinerja_terbuka()
	)


# Laporan Pejabat Penilai -----------------------------------------------------------------------------


@_per_pegawai_query
def laporan_pejabat_penilai_query(employee: str) -> str:
	"""An employee sees only the reports they filed; HR sees the whole queue."""
	return f"(`tabLaporan Pejabat Penilai`.pegawai = {frappe.db.escape(employee)})"


@_per_pegawai_permission
def laporan_pejabat_penilai_has_permission(doc, ptype: str | None, employee: str) -> bool:
	# A new report is filed for the session's employee whatever the client sent (the controller sets it).
	return doc.is_new() or doc.pegawai == employee


# Pelaksanaan: Realisasi Kinerja, Bukti Dukung, Umpan Balik Kinerja, Rencana Aksi ---------------------


def _skp_dinilai(e: str) -> str:
	"""SKP whose owner the employee assesses: as Pejabat Penilai, Atasan Pejabat Penilai or approver."""
	return (
		f"select s.name from `tabSKP` s where s.pejabat_penilai = {e}"
		f" or s.atasan_pejabat_penilai = {e} or s.penyetuju = {e}"
	)


def _realisasi_diverifikasi(e: str) -> str:
	"""Check-ins the employee verifies now or verified (acting officials included)."""
	return f"select r.name from `tabRealisasi Kinerja` r where r.penyetuju = {e} or r.diverifikasi_oleh = {e}"


@_per_pegawai_query
def realisasi_query(employee: str) -> str:
	"""Own check-ins, and those of the people one assesses or verifies for."""
	e = frappe.db.escape(employee)
	t = "`tabRealisasi Kinerja`"
	return (
		f"({t}.employee = {e} or {t}.pejabat_penilai = {e} or {t}.penyetuju = {e}"
		f" or {t}.diverifikasi_oleh = {e} or {t}.skp in ({_skp_dinilai(e)}))"
	)


@_per_pegawai_permission
def realisasi_has_permission(doc, ptype: str | None, employee: str) -> bool:
	if doc.is_new():
		return pemilik_skp(doc.skp) == employee
	if doc.employee == employee:
		# The owner fills and submits through the workflow; verifying and cancelling are others'.
		return ptype not in ("submit", "cancel", "amend", "delete")
	if ptype in READ_TYPES or ptype is None:
		return menilai(
			employee, doc.skp, doc.pejabat_penilai, doc.get("penyetuju"), doc.get("diverifikasi_oleh")
		)
	if ptype in ("write", "submit"):
		# The approver acts only while the stored check-in waits for them (workflow Verifikasi/Kembalikan).
		return menunggu_penyetuju(doc, employee, MENUNGGU)
	return False


@_per_pegawai_query
def bukti_dukung_query(employee: str) -> str:
	"""Own evidence, and that of the people one assesses or verifies for."""
	e = frappe.db.escape(employee)
	t = "`tabBukti Dukung`"
	return (
		f"({t}.employee = {e} or {t}.pejabat_penilai = {e} or {t}.skp in ({_skp_dinilai(e)})"
		f" or {t}.realisasi_kinerja in ({_realisasi_diverifikasi(e)}))"
	)


@_per_pegawai_permission
def bukti_dukung_has_permission(doc, ptype: str | None, employee: str) -> bool:
	if doc.is_new():
		return pemilik_rhk(doc.rhk) == employee
	if doc.employee == employee:
		if ptype in READ_TYPES or ptype is None:
			return True
		# The owner changes or withdraws evidence only while nobody has judged it.
		return frappe.db.get_value("Bukti Dukung", doc.name, "status_verifikasi") == "Diajukan"
	if ptype not in READ_TYPES and ptype is not None:
		return False  # the approver verifies through api.realisasi.verifikasi_bukti only
	if menilai(employee, doc.skp, doc.pejabat_penilai):
		return True
	return bool(doc.realisasi_kinerja) and employee in (
		frappe.db.get_value("Realisasi Kinerja", doc.realisasi_kinerja, ["penyetuju", "diverifikasi_oleh"])
		or ()
	)


@_per_pegawai_query
def umpan_balik_query(employee: str) -> str:
	"""Feedback one gave or received, and feedback received by the people one assesses."""
	e = frappe.db.escape(employee)
	t = "`tabUmpan Balik Kinerja`"
	return (
		f"({t}.dari = {e} or {t}.kepada = {e}"
		f" or {t}.kepada in (select s.employee from `tabSKP` s where s.docstatus < 2 and"
		f" (s.pejabat_penilai = {e} or s.atasan_pejabat_penilai = {e} or s.penyetuju = {e}))"
		f" or {t}.kepada in (select r.employee from `tabRealisasi Kinerja` r where r.penyetuju = {e}))"
	)


@_per_pegawai_permission
def umpan_balik_has_permission(doc, ptype: str | None, employee: str) -> bool:
	if doc.is_new():
		return True  # the giver is set from the session by the controller
	if ptype not in READ_TYPES and ptype is not None:
		return False  # feedback given stays as given; HR corrects
	if employee in (doc.dari, doc.kepada):
		return True
	return atasan_dari(employee, doc.kepada)


@_per_pegawai_query
def rencana_aksi_query(employee: str) -> str:
	"""Own initiatives, and those of the people one assesses."""
	e = frappe.db.escape(employee)
	t = "`tabRencana Aksi`"
	return f"({t}.employee = {e} or {t}.pejabat_penilai = {e} or {t}.skp in ({_skp_dinilai(e)}))"


@_per_pegawai_permission
def rencana_aksi_has_permission(doc, ptype: str | None, employee: str) -> bool:
	if doc.is_new():
		return pemilik_rhk(doc.rhk) == employee
	if doc.employee == employee:
		return True
	if ptype not in READ_TYPES and ptype is not None:
		return False
	return menilai(employee, doc.skp, doc.pejabat_penilai)


# Penilaian: Penilaian Kinerja, Masukan Perilaku Kerja, Keberatan, Predikat Kinerja Organisasi ----------


@_per_pegawai_query
def penilaian_query(employee: str) -> str:
	"""Own assessments; those one assesses (Pejabat Penilai or acting official); those of the people
	whose appeals one decides (Atasan Pejabat Penilai or acting official). Peers see none."""
	e = frappe.db.escape(employee)
	t = "`tabPenilaian Kinerja`"
	return (
		f"({t}.employee = {e} or {t}.pejabat_penilai = {e} or {t}.penyetuju = {e}"
		f" or {t}.atasan_pejabat_penilai = {e} or {t}.name in"
		f" (select k.penilaian_kinerja from `tabKeberatan Penilaian Kinerja` k where k.pemutus = {e}))"
	)


@_per_pegawai_permission
def penilaian_has_permission(doc, ptype: str | None, employee: str) -> bool:
	"""The employee reads their own; only the assessor (resolved, acting officials included) creates,
	rates and sets it final, and only while it is open; cancelling is HR's."""
	if doc.is_new():
		return not doc.get("skp") or penilai_skp(doc.skp) == employee
	if ptype in READ_TYPES or ptype is None:
		if employee in (doc.employee, doc.pejabat_penilai, doc.get("penyetuju"), doc.atasan_pejabat_penilai):
			return True
		return bool(doc.get("keberatan")) and (
			frappe.db.get_value("Keberatan Penilaian Kinerja", doc.keberatan, "pemutus") == employee
		)
	if ptype in ("write", "submit", "delete") and doc.employee != employee:
		return menunggu_penyetuju(doc, employee, None)
	return False


@_per_pegawai_query
def masukan_perilaku_query(employee: str) -> str:
	"""Input one gave, and input on the assessments one makes; never input on oneself by others."""
	e = frappe.db.escape(employee)
	t = "`tabMasukan Perilaku Kerja`"
	return (
		f"({t}.pemberi = {e} or {t}.penilaian_kinerja in (select p.name from `tabPenilaian Kinerja` p"
		f" where (p.penyetuju = {e} or p.pejabat_penilai = {e}) and p.employee != {e}))"
	)


@_per_pegawai_permission
def masukan_perilaku_has_permission(doc, ptype: str | None, employee: str) -> bool:
	if doc.is_new():
		return True  # the giver is the session's employee; the controller checks the relation
	if doc.pemberi == employee:
		return ptype not in ("submit", "cancel", "amend")
	if ptype not in READ_TYPES and ptype is not None:
		return False
	if doc.employee == employee:
		return False
	penilai = frappe.db.get_value(
		"Penilaian Kinerja", doc.penilaian_kinerja, ["penyetuju", "pejabat_penilai"], as_dict=True
	)
	return bool(penilai) and employee in (penilai.penyetuju, penilai.pejabat_penilai)


@_per_pegawai_query
def keberatan_query(employee: str) -> str:
	"""Own appeals; those one decides or decided; those against one's own assessment."""
	e = frappe.db.escape(employee)
	t = "`tabKeberatan Penilaian Kinerja`"
	return (
		f"({t}.employee = {e} or {t}.pemutus = {e} or {t}.diputuskan_oleh = {e}"
		f" or {t}.atasan_pejabat_penilai = {e} or {t}.pejabat_penilai = {e})"
	)


@_per_pegawai_permission
def keberatan_has_permission(doc, ptype: str | None, employee: str) -> bool:
	"""The employee files and edits their own appeal until it is decided; the decision goes through
	api.penilaian.putuskan_keberatan, which checks that the session is the decider."""
	if doc.is_new():
		pemilik = frappe.db.get_value("Penilaian Kinerja", doc.get("penilaian_kinerja"), "employee")
		return not doc.get("penilaian_kinerja") or pemilik == employee
	if ptype in READ_TYPES or ptype is None:
		return employee in (
			doc.employee,
			doc.pemutus,
			doc.get("diputuskan_oleh"),
			doc.atasan_pejabat_penilai,
			doc.pejabat_penilai,
		)
	if ptype == "write" and doc.employee == employee:
		return frappe.db.get_value("Keberatan Penilaian Kinerja", doc.name, "docstatus") == 0
	return False


def predikat_organisasi_has_permission(
	doc, ptype: str | None = None, user: str | None = None, debug: bool = False
):
	"""Organisation predikat are published to every employee (they bound each unit's curve); only the
	leader above the unit (resolved, acting officials included) or HR sets them."""
	user = user or frappe.session.user
	if is_pengelola(user):
		return True
	if ptype in READ_TYPES or ptype is None:
		return True
	employee = employee_of_user(user)
	if not employee or not doc.get("unit"):
		return False
	if ptype in ("write", "submit", "create", "cancel", "amend"):
		hasil = penetap_unit(frappe.db.get_value("Department", doc.unit, "kepala_unit"))
		return bool(hasil) and hasil.pegawai == employee
	return False


# Angka kredit: Entri Angka Kredit, Angka Kredit Awal, Konversi Angka Kredit ------------------------------


def angka_kredit_query(user: str | None = None, doctype: str | None = None) -> str:
	"""The official's own credit points, those of the officials one assesses, and those of the
	functional positions whose tim penilai the user sits on (all read only)."""
	user = user or frappe.session.user
	if is_pengelola(user):
		return ""
	t = f"`tab{doctype}`"
	bagian = [
		f"{t}.jabatan_fungsional in (select a.parent from `tabAnggota Tim Penilai` a"
		f" where a.parenttype = 'Tim Penilai Angka Kredit' and a.user = {frappe.db.escape(user)})"
	]
	employee = employee_of_user(user)
	if employee:
		e = frappe.db.escape(employee)
		bagian += [
			f"{t}.employee = {e}",
			f"{t}.employee in (select s.employee from `tabSKP` s"
			f" where s.docstatus < 2 and (s.pejabat_penilai = {e} or s.penyetuju = {e}))",
		]
	return "(" + " or ".join(bagian) + ")"


def angka_kredit_has_permission(doc, ptype: str | None = None, user: str | None = None, debug=False):
	"""Read only, for the official, their assessors, the tim penilai of their position and HR; HR
	records balances, conversions and PAK, and the ledger follows its sources."""
	user = user or frappe.session.user
	if is_pengelola(user):
		return True
	if ptype not in READ_TYPES and ptype is not None:
		return False
	if anggota_tim(doc.get("jabatan_fungsional"), user):
		return True
	employee = employee_of_user(user)
	if not employee:
		return False
	return doc.employee == employee or atasan_dari(employee, doc.employee)


def usulan_angka_kredit_query(user: str | None = None) -> str:
	"""Own proposals, those of the officials one assesses (read), and every proposal of the
	functional positions whose tim penilai the user sits on: the reach of the credit points."""
	return angka_kredit_query(user, "Usulan Angka Kredit")


def usulan_angka_kredit_has_permission(doc, ptype: str | None = None, user: str | None = None, debug=False):
	"""The official drafts and sends; the tim penilai decides while it waits for them; the assessor
	reads; HR all."""
	user = user or frappe.session.user
	if is_pengelola(user):
		return True
	baca = ptype in READ_TYPES or ptype is None
	tersimpan = (
		frappe.db.get_value("Usulan Angka Kredit", doc.name, ["docstatus", "status"], as_dict=True)
		if not doc.is_new()
		else None
	)
	if anggota_tim(doc.get("jabatan_fungsional"), user):
		if baca:
			return True
		return ptype in ("write", "submit") and bool(tersimpan) and tersimpan.status == "Diajukan"
	employee = employee_of_user(user)
	if not employee:
		return False
	if doc.is_new():
		return ptype in ("create", "write", None) or baca
	if doc.employee == employee:
		return baca or (
			ptype in ("write", "delete") and tersimpan.docstatus == 0 and tersimpan.status == "Draft"
		)
	return baca and atasan_dari(employee, doc.employee)
