"""Read endpoints of the employee portal (/kinerja). Each one takes the employee from the session
user and returns only that employee's documents or those of the people they assess; nothing the
client sends can name someone else."""

from __future__ import annotations

import frappe

from kinerja_asn.domain.argumen import Nama
from kinerja_asn.services import portal
from kinerja_asn.services.argumen import argumen


@frappe.whitelist(methods=["GET", "POST"])
@argumen(skp=Nama("SKP", wajib=False))
def kinerja_saya(skp: str | None = None) -> dict:
	"""Kinerja Saya: the running SKP (or the own SKP asked for) with RHK, IKI, capaian per IKI and per
	RHK, check-ins and evidence due, the line of sight to the IKU and the latest feedback."""
	return portal.kinerja_pegawai(portal.pegawai_sesi(), skp or None)


@frappe.whitelist(methods=["GET", "POST"])
@argumen(skp=Nama("SKP", wajib=False), sub_periode=Nama("Periode Kinerja", wajib=False))
def realisasi_saya(skp: str | None = None, sub_periode: str | None = None) -> dict:
	"""The check-in page of an own SKP: its sub-periods with the check-in status of each, the chosen
	sub-period and its evidence; the check-in itself comes from api.realisasi.ambil_realisasi."""
	return portal.realisasi_pegawai(portal.pegawai_sesi(), skp or None, sub_periode or None)


@frappe.whitelist(methods=["GET", "POST"])
@argumen(skp=Nama("SKP"), sub_periode=Nama("Periode Kinerja"))
def bukti_saya(skp: str, sub_periode: str) -> list[dict]:
	"""Evidence of an own SKP in one sub-period (the form reloads it after an upload)."""
	employee = portal.pegawai_sesi()
	portal.pilih_skp(portal.skp_milik(employee), skp, frappe.utils.getdate())
	return portal.bukti_skp([skp], sub_periode=sub_periode)


@frappe.whitelist(methods=["GET", "POST"])
@argumen()
def tim_saya() -> dict:
	"""Tim Saya: the people the session's employee assesses (acting assignments included, as the
	approver resolver decides) with their SKP status, and the check-ins waiting for verification."""
	return portal.tim_pegawai(portal.pegawai_sesi())


@frappe.whitelist(methods=["GET", "POST"])
@argumen()
def angka_kredit_saya() -> dict:
	"""Angka Kredit Saya: the official's total in the jenjang, progress to the next pangkat and
	jenjang, the ledger and the issued PAK."""
	return portal.angka_kredit_pegawai(portal.pegawai_sesi())


@frappe.whitelist(methods=["GET", "POST"])
@argumen()
def penilaian_saya() -> dict:
	"""Penilaian Saya: the employee's final assessments with the appeal deadline and what they may
	still do, and colleagues' assessments awaiting their behaviour input."""
	return portal.penilaian_pegawai(portal.pegawai_sesi())


@frappe.whitelist(methods=["GET", "POST"])
@argumen()
def penilaian_tim() -> list[dict]:
	"""The open assessments the session user decides, for rating in Tim Saya."""
	portal.pegawai_sesi()
	return portal.penilaian_untuk_dinilai(frappe.session.user)
