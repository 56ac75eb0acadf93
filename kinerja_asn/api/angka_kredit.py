"""Credit-point actions for the desk and the portal. The acting employee comes from the session."""

from __future__ import annotations

import frappe
from frappe import _

from kinerja_asn.domain.argumen import Nama
from kinerja_asn.services import angka_kredit as layanan
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import argumen
from kinerja_asn.services.penilai import employee_of_user


@frappe.whitelist(methods=["POST"])
@argumen(name=Nama("Usulan Angka Kredit"))
def ajukan_usulan(name: str) -> dict:
	"""The official sends their draft DUPAK to the tim penilai of their position."""
	doc = frappe.get_doc("Usulan Angka Kredit", name)
	if doc.employee != employee_of_user():
		frappe.throw(_("Hanya pegawai pengusul yang dapat mengajukan usulan ini."), frappe.PermissionError)
	if doc.docstatus != 0 or doc.status != "Draft":
		frappe.throw(_("Usulan ini sudah diajukan."))
	doc.status = "Diajukan"
	doc.save()
	return {"name": doc.name, "status": doc.status, "total_diusulkan": doc.total_diusulkan}


@frappe.whitelist(methods=["POST"])
@argumen(penilaian=Nama("Penilaian Kinerja"))
def konversi_penilaian(penilaian: str) -> str:
	"""HR converts a final assessment of a functional official (the existing conversion is returned);
	used when automatic conversion is off in Pengaturan Kinerja."""
	if not is_pengelola():
		frappe.throw(_("Hanya Pengelola Kinerja yang mengonversi angka kredit."), frappe.PermissionError)
	if frappe.db.get_value("Penilaian Kinerja", penilaian, "docstatus") != 1:
		frappe.throw(_("Penilaian {0} belum ditetapkan.").format(penilaian))
	layanan.pejabat_fungsional(frappe.db.get_value("Penilaian Kinerja", penilaian, "employee"))
	return layanan.konversi_dari_penilaian(penilaian)


@frappe.whitelist(methods=["GET", "POST"])
@argumen()
def bukti_bertanda() -> list[dict]:
	"""The session official's evidence tagged for credit points, accepted by the assessor and not yet
	on a live DUPAK line: what "Ambil Bukti Bertanda" puts into a draft Usulan Angka Kredit."""
	saya = employee_of_user()
	if not saya:
		frappe.throw(_("Akun Anda tidak terhubung dengan data pegawai yang aktif."), frappe.PermissionError)
	bukti = frappe.get_all(
		"Bukti Dukung",
		filters={"employee": saya, "untuk_angka_kredit": 1, "status_verifikasi": "Diterima"},
		fields=["name", "keterangan", "jenis", "berkas", "tautan", "sub_periode"],
		order_by="creation asc",
	)
	dipakai = set(
		frappe.db.sql_list(
			"""select r.bukti_dukung from `tabRincian Usulan Angka Kredit` r
			join `tabUsulan Angka Kredit` u on u.name = r.parent
			where u.employee = %s and u.docstatus < 2 and ifnull(r.keputusan, '') != 'Ditolak'
				and ifnull(r.bukti_dukung, '') != ''""",
			saya,
		)
	)
	return [b for b in bukti if b.name not in dipakai]
