"""Employee hooks: the ASN identity fields that kinerja_asn adds to HRMS' Employee."""

import frappe
from frappe import _

from kinerja_asn.domain.nip import validasi_nip


def validate(doc, method=None):
	validate_nip(doc)
	validate_jabatan_fungsional(doc)


def validate_nip(doc):
	if not doc.get("nip"):
		doc.nip = None  # NULL, not "", so the unique index allows many employees without a NIP
		return
	doc.nip = doc.nip.replace(" ", "").strip()
	masalah = validasi_nip(doc.nip)
	if masalah:
		frappe.throw("<br>".join(_(m) for m in masalah), title=_("NIP Tidak Valid"))
	pemilik = frappe.db.get_value("Employee", {"nip": doc.nip, "name": ("!=", doc.name)}, "employee_name")
	if pemilik:
		frappe.throw(
			_("NIP {0} sudah dipakai oleh pegawai {1}.").format(doc.nip, pemilik), title=_("NIP Ganda")
		)


def validate_jabatan_fungsional(doc):
	"""Only functional officials carry a functional position and level."""
	if doc.get("jenis_jabatan") != "Fungsional":
		doc.jabatan_fungsional = None
		doc.jenjang_jabatan_fungsional = None
		return
	if not (doc.get("jabatan_fungsional") and doc.get("jenjang_jabatan_fungsional")):
		return
	kategori_jabatan = frappe.db.get_value("Jabatan Fungsional", doc.jabatan_fungsional, "kategori")
	kategori_jenjang = frappe.db.get_value(
		"Jenjang Jabatan Fungsional", doc.jenjang_jabatan_fungsional, "kategori"
	)
	if kategori_jabatan and kategori_jenjang and kategori_jenjang not in kategori_jabatan:
		frappe.throw(
			_("Jenjang {0} ({1}) tidak sesuai dengan kategori jabatan fungsional {2} ({3}).").format(
				doc.jenjang_jabatan_fungsional,
				_(kategori_jenjang),
				doc.jabatan_fungsional,
				_(kategori_jabatan),
			),
			title=_("Jenjang Tidak Sesuai"),
		)
