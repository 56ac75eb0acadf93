"""Whitelisted SKP actions for the desk and the portal. Each derives the acting employee from the
session and checks their right to act before calling the services."""

from __future__ import annotations

import frappe
from frappe import _

from kinerja_asn.domain.argumen import (
	Bendera,
	Nama,
	Pilihan,
	Tanggal,
	Teks,
)
from kinerja_asn.services import alur, formulir
from kinerja_asn.services import skp as skp_service
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import argumen
from kinerja_asn.services.penilai import employee_of_user


def _wajib_pengelola():
	if not is_pengelola():
		frappe.throw(_("Hanya Pengelola Kinerja yang dapat melakukan tindakan ini."), frappe.PermissionError)


def _wajib_pemilik_atau_pengelola(skp: str) -> None:
	if is_pengelola():
		return
	if frappe.db.get_value("SKP", skp, "employee") != employee_of_user():
		frappe.throw(
			_("Anda hanya dapat melakukan tindakan ini pada SKP Anda sendiri."), frappe.PermissionError
		)


@frappe.whitelist(methods=["GET", "POST"])
@argumen(skp=Nama("SKP"))
def rhk_skp(skp: str) -> list[dict]:
	"""The SKP form's RHK and IKI section: only for someone who may read the SKP."""
	frappe.has_permission("SKP", "read", skp, throw=True)
	return formulir.rhk_skp(skp)


ARGUMEN_MASSAL = {
	"periode_kinerja": Nama("Periode Kinerja"),
	"department": Nama("Department", wajib=False),
	"termasuk_sub_unit": Bendera(),
}


@frappe.whitelist(methods=["GET"])
@argumen(**ARGUMEN_MASSAL)
def pratinjau_skp_massal(
	periode_kinerja: str, department: str | None = None, termasuk_sub_unit: bool = True
) -> dict:
	"""HR, before a bulk creation: how many SKP it would create, how many employees it would skip
	and why, and how many of the new SKP would have no Pejabat Penilai. Writes nothing."""
	_wajib_pengelola()
	return skp_service.rencanakan_skp_massal(periode_kinerja, department, bool(termasuk_sub_unit)).ringkasan()


@frappe.whitelist(methods=["POST"])
@argumen(**ARGUMEN_MASSAL)
def buat_skp_massal(
	periode_kinerja: str, department: str | None = None, termasuk_sub_unit: bool = True
) -> dict:
	"""HR: a draft SKP for every active employee of a unit (and its sub-units) who has none. With
	nothing to create nothing is queued; a large unit runs in the background with its progress and
	a closing summary sent to the user."""
	_wajib_pengelola()
	rencana = skp_service.rencanakan_skp_massal(periode_kinerja, department, bool(termasuk_sub_unit))
	ringkasan = rencana.ringkasan()
	if not rencana.baru:
		return {"antrian": False, "jumlah": 0, "dokumen": [], "rencana": ringkasan}
	hasil = skp_service.jalankan(
		"kinerja_asn.services.skp.buat_skp_massal",
		len(rencana.baru),
		method_latar="kinerja_asn.services.skp.buat_skp_massal_latar",
		periode_kinerja=periode_kinerja,
		department=department,
		termasuk_sub_unit=bool(termasuk_sub_unit),
	)
	return {**hasil, "rencana": ringkasan}


@frappe.whitelist(methods=["POST"])
@argumen(skp=Nama("SKP"), jenis_kaskade=Pilihan(("Langsung", "Tidak Langsung"), wajib=False))
def turunkan_ke_bawahan(skp: str, jenis_kaskade: str = "Langsung") -> dict:
	"""The leader (or HR) proposes draft RHK to each direct subordinate from an approved SKP."""
	if jenis_kaskade not in ("Langsung", "Tidak Langsung"):
		frappe.throw(_("Jenis kaskade tidak dikenal: {0}").format(jenis_kaskade))
	_wajib_pemilik_atau_pengelola(skp)
	pimpinan = frappe.db.get_value("SKP", skp, "employee")
	jumlah = frappe.db.count("Employee", {"reports_to": pimpinan, "status": "Active"}) * max(
		1, frappe.db.count("Rencana Hasil Kerja", {"skp": skp, "jenis": "Utama"})
	)
	return skp_service.jalankan(
		"kinerja_asn.services.skp.turunkan_ke_bawahan", jumlah, skp=skp, jenis_kaskade=jenis_kaskade
	)


@frappe.whitelist(methods=["POST"])
@argumen(skp=Nama("SKP"), alasan=Teks(maks=5000, wajib=True))
def buat_revisi(skp: str, alasan: str) -> str:
	"""The employee (or HR) starts a new version of an approved SKP."""
	_wajib_pemilik_atau_pengelola(skp)
	return skp_service.buat_revisi(skp, alasan)


@frappe.whitelist(methods=["POST"])
@argumen(skp=Nama("SKP"), tanggal=Tanggal(), alasan=Teks(maks=5000))
def mutasi(skp: str, tanggal: str, alasan: str | None = None) -> str:
	"""HR: close an SKP at a mutation and open the new one."""
	_wajib_pengelola()
	return skp_service.mutasi(skp, tanggal, alasan)


@frappe.whitelist(methods=["POST"])
@argumen(skp=Nama("SKP"), catatan=Teks(maks=5000, wajib=True))
def simpan_catatan_pengembalian(skp: str, catatan: str) -> None:
	"""The approver writes why the SKP goes back, before the Kembalikan action is applied."""
	doc = frappe.get_doc("SKP", skp)
	if doc.status != alur.MENUNGGU or doc.user_penyetuju != frappe.session.user:
		frappe.throw(
			_("Hanya Pejabat Penilai yang dapat mengembalikan SKP yang diajukan."), frappe.PermissionError
		)
	if not (catatan or "").strip():
		frappe.throw(_("Tuliskan alasan pengembalian SKP."))
	frappe.db.set_value("SKP", skp, "catatan_pengembalian", catatan.strip())
	doc.add_comment("Comment", _("Dikembalikan: {0}").format(catatan.strip()))


@frappe.whitelist(methods=["POST"])
@argumen(perjanjian_kinerja=Nama("Perjanjian Kinerja"))
def buat_skp_dari_pk(perjanjian_kinerja: str) -> str:
	"""HR, the leader, or the official acting for the leader starts the leader's SKP from the PK."""
	pihak_pertama = frappe.db.get_value("Perjanjian Kinerja", perjanjian_kinerja, "pihak_pertama")
	if not pihak_pertama:
		frappe.throw(_("Perjanjian Kinerja {0} tidak ditemukan.").format(perjanjian_kinerja))
	if not (is_pengelola() or _bertindak_untuk(pihak_pertama)):
		frappe.throw(
			_(
				"Hanya Pengelola Kinerja, pimpinan unit, atau pejabat penggantinya yang dapat memulai SKP ini."
			),
			frappe.PermissionError,
		)
	return skp_service.buat_skp_dari_pk(perjanjian_kinerja)


def _bertindak_untuk(pejabat: str) -> bool:
	"""The session user is the official, or acts for them (Plt/Plh) today."""
	from kinerja_asn.services.penilai import penugasan_berlaku

	saya = employee_of_user()
	if not saya:
		return False
	if saya == pejabat:
		return True
	return any(
		p.pejabat == pejabat and p.pengganti == saya for p in penugasan_berlaku(frappe.utils.getdate())
	)
