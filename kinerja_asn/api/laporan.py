"""Reports from employees to HR, for the desk and the portal. The reporter is always the employee
of the session user; nothing the client sends can name someone else."""

from __future__ import annotations

import frappe
from frappe import _

from kinerja_asn.domain.argumen import (
	Nama,
	Teks,
)
from kinerja_asn.services.argumen import argumen
from kinerja_asn.services.penilai import employee_of_user


@frappe.whitelist(methods=["POST"])
@argumen(
	keterangan=Teks(maks=5000, wajib=True),
	pejabat_penilai_seharusnya=Nama("Employee", wajib=False),
	skp=Nama("SKP", wajib=False),
)
def laporkan_pejabat_penilai(
	keterangan: str, pejabat_penilai_seharusnya: str | None = None, skp: str | None = None
) -> dict:
	"""File a report that the Pejabat Penilai on record is wrong; the SKP stays editable meanwhile."""
	pegawai = employee_of_user()
	if not pegawai:
		frappe.throw(
			_("Akun Anda tidak terhubung dengan data pegawai yang aktif, sehingga tidak dapat melapor."),
			frappe.PermissionError,
		)
	doc = frappe.get_doc(
		{
			"doctype": "Laporan Pejabat Penilai",
			"pegawai": pegawai,
			"keterangan": keterangan,
			"pejabat_penilai_seharusnya": pejabat_penilai_seharusnya or None,
			"skp": skp or None,
		}
	)
	doc.insert()
	return {
		"name": doc.name,
		"status": doc.status,
		"pejabat_penilai_tercatat": doc.pejabat_penilai_tercatat,
		"nama_pejabat_penilai_tercatat": doc.nama_pejabat_penilai_tercatat,
	}
