"""Check-ins, evidence and feedback for the desk and the portal. Every endpoint derives the acting
employee from the session user and checks ownership or the approver's right before acting; nothing
the client sends names the employee.

List and dict arguments accept a JSON string too (frappe.call sends them so)."""

from __future__ import annotations

import frappe
from frappe import _


def _belum():
	frappe.throw(_("Fitur ini sedang disiapkan."))


@frappe.whitelist()
def ambil_realisasi(skp: str, sub_periode: str) -> dict:
	"""The owner's check-in of the SKP for the sub-period (a draft with rows is made when missing);
	the approver, the Atasan Pejabat Penilai and HR read it without creating it."""
	_belum()


@frappe.whitelist(methods=["POST"])
def simpan_realisasi(name: str, rincian: list | str) -> dict:
	"""Owner, Draft/Revisi only. rincian: [{"name", "realisasi", "catatan", "keyakinan"}].
	Returns {"ok": True, "doc": {...}} or {"ok": False, "errors": {row_name: pesan}} without saving."""
	_belum()


@frappe.whitelist(methods=["POST"])
def ajukan_realisasi(name: str) -> dict:
	"""Owner: workflow action Ajukan (Draft or Revisi to Diajukan)."""
	_belum()


@frappe.whitelist(methods=["POST"])
def verifikasi_realisasi(
	name: str, keputusan: str, catatan: str | None = None, umpan_balik: dict | str | None = None
) -> dict:
	"""Approver only: keputusan "Diverifikasi" or "Revisi" (catatan required); umpan_balik {row_name: text}."""
	_belum()


@frappe.whitelist(methods=["POST"])
def unggah_bukti(
	rhk: str, iki: str, sub_periode: str, jenis: str, keterangan: str, tautan: str | None = None
) -> dict:
	"""Owner: evidence for an IKI in a sub-period, the file in the multipart field "file" (private) or
	a tautan for jenis Tautan. A refused upload stores nothing."""
	_belum()


@frappe.whitelist(methods=["POST"])
def hapus_bukti(name: str) -> None:
	"""Owner: delete evidence not yet verified, with its file."""
	_belum()


@frappe.whitelist(methods=["POST"])
def verifikasi_bukti(name: str, status: str, alasan: str | None = None) -> dict:
	"""Approver: status "Diterima" or "Ditolak" (alasan required)."""
	_belum()


@frappe.whitelist(methods=["POST"])
def beri_umpan_balik(
	kepada: str,
	jenis: str,
	isi: str,
	skp: str | None = None,
	rhk: str | None = None,
	perilaku_kerja: str | None = None,
) -> str:
	"""Feedback from the session user's employee to a colleague; returns its name."""
	_belum()
