"""Number cards of the Kinerja ASN workspace: what waits for the person looking, and for HR the
state of the current period. Each card is a fixed number of queries; the employee comes from the
session, never from the card's filters."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import today

from kinerja_asn.domain.argumen import Bendera, Daftar, Nama, Rekaman, Skalar, Tanggal, Teks
from kinerja_asn.domain.pemantauan import free_rider
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.alur import MENUNGGU
from kinerja_asn.services.argumen import argumen
from kinerja_asn.services.kaskade import STATUS_BERLAKU
from kinerja_asn.services.pemantauan import muat_pemantauan
from kinerja_asn.services.penilai import employee_of_user
from kinerja_asn.services.penilaian import distribusi_periode

# What a card shows where it does not apply to the viewer (no employee record, not HR).
TIDAK_BERLAKU = "-"
# The desk sends the card's filters; these cards have none of their own.
FILTER_KARTU = Daftar(wajib=False, maks_item=20)


def _angka(nilai: int) -> dict:
	return {"value": nilai, "fieldtype": "Int"}


def _periode_berjalan(company: str | None) -> str | None:
	"""The yearly period of the company that contains today."""
	filters = {"jenis": "Tahunan", "tanggal_mulai": ("<=", today()), "tanggal_selesai": (">=", today())}
	if company:
		filters["company"] = company
	hasil = frappe.get_all(
		"Periode Kinerja", filters=filters, pluck="name", order_by="tanggal_mulai desc", limit=1
	)
	return hasil[0] if hasil else None


@frappe.whitelist()
@argumen(filters=FILTER_KARTU)
def skp_menunggu_saya(filters=None):
	saya = employee_of_user()
	if not saya:
		return TIDAK_BERLAKU
	return _angka(frappe.db.count("SKP", {"docstatus": 0, "status": MENUNGGU, "penyetuju": saya}))


@frappe.whitelist()
@argumen(filters=FILTER_KARTU)
def realisasi_menunggu_saya(filters=None):
	saya = employee_of_user()
	if not saya:
		return TIDAK_BERLAKU
	return _angka(
		frappe.db.count("Realisasi Kinerja", {"docstatus": 0, "status": MENUNGGU, "penyetuju": saya})
	)


@frappe.whitelist()
@argumen(filters=FILTER_KARTU)
def bukti_menunggu_saya(filters=None):
	saya = employee_of_user()
	if not saya:
		return TIDAK_BERLAKU
	return _angka(frappe.db.count("Bukti Dukung", {"status_verifikasi": "Diajukan", "pejabat_penilai": saya}))


def _tanpa_skp_disetujui(pegawai: list[str], periode: str | None) -> int:
	if not pegawai or not periode:
		return 0
	disetujui = set(
		frappe.get_all(
			"SKP",
			filters={
				"periode_kinerja": periode,
				"employee": ("in", pegawai),
				"status": ("in", STATUS_BERLAKU),
			},
			pluck="employee",
		)
	)
	return len(set(pegawai) - disetujui)


@frappe.whitelist()
@argumen(filters=FILTER_KARTU)
def tim_tanpa_skp_disetujui(filters=None):
	"""Direct reports of the viewer without an approved SKP in the current period."""
	saya = employee_of_user()
	if not saya:
		return TIDAK_BERLAKU
	company = frappe.db.get_value("Employee", saya, "company")
	tim = frappe.get_all("Employee", filters={"reports_to": saya, "status": "Active"}, pluck="name")
	return _angka(_tanpa_skp_disetujui(tim, _periode_berjalan(company)))


@frappe.whitelist()
@argumen(filters=FILTER_KARTU)
def pegawai_tanpa_skp_disetujui(filters=None):
	"""HR: active employees of the default company without an approved SKP in the current period."""
	if not is_pengelola():
		return TIDAK_BERLAKU
	company = frappe.defaults.get_user_default("Company")
	filters_pegawai = {"status": "Active"}
	if company:
		filters_pegawai["company"] = company
	pegawai = frappe.get_all("Employee", filters=filters_pegawai, pluck="name")
	return _angka(_tanpa_skp_disetujui(pegawai, _periode_berjalan(company)))


@frappe.whitelist()
@argumen(filters=FILTER_KARTU)
def jumlah_free_rider(filters=None):
	"""HR: employees linked to no organisation goal in the current period (report Free Rider dan
	Sasaran Yatim)."""
	if not is_pengelola():
		return TIDAK_BERLAKU
	company = frappe.defaults.get_user_default("Company")
	periode = _periode_berjalan(company)
	if not periode:
		return _angka(0)
	return _angka(len(free_rider(muat_pemantauan(periode, company).temuan)))


@frappe.whitelist()
@argumen(filters=FILTER_KARTU)
def unit_melanggar_kurva(filters=None):
	"""HR: units whose predikat spread breaks (or can no longer fit) the curve in the latest period
	with an organisation predikat (report Distribusi Predikat Unit)."""
	if not is_pengelola():
		return TIDAK_BERLAKU
	company = frappe.defaults.get_user_default("Company")
	saring = {"docstatus": 1}
	if company:
		saring["company"] = company
	terakhir = frappe.get_all(
		"Predikat Kinerja Organisasi", filters=saring, pluck="periode", order_by="creation desc", limit=1
	)
	if not terakhir:
		return _angka(0)
	return _angka(sum(1 for d in distribusi_periode(terakhir[0]) if d.pelanggaran))


@frappe.whitelist()
@argumen(
	chart_name=Teks(maks=140),
	filters=Rekaman(
		{"company": Nama("Company", wajib=False), "periode_kinerja": Nama("Periode Kinerja", wajib=False)},
		wajib=False,
	),
	refresh=Bendera(),
	time_interval=Teks(maks=40),
	timespan=Teks(maks=40),
	from_date=Tanggal(wajib=False),
	to_date=Tanggal(wajib=False),
	heatmap_year=Skalar(maks=10),
)
def capaian_iku(
	chart_name=None,
	filters=None,
	refresh=None,
	time_interval=None,
	timespan=None,
	from_date=None,
	to_date=None,
	heatmap_year=None,
):
	"""Chart source "Capaian IKU Tahun Berjalan": the report Capaian Kinerja Organisasi's line chart
	(each IKU/IKK per month or quarter against 100%) for the chosen period, the current year's by
	default. Open to whoever may open that report."""
	from kinerja_asn.perencanaan.report.capaian_kinerja_organisasi.capaian_kinerja_organisasi import (
		execute,
	)

	if not frappe.get_doc("Report", "Capaian Kinerja Organisasi").is_permitted():
		frappe.throw(_("Anda tidak berhak melihat capaian kinerja organisasi."), frappe.PermissionError)
	filters = filters or {}
	company = filters.get("company") or frappe.defaults.get_user_default("Company")
	periode = filters.get("periode_kinerja") or _periode_berjalan(company)
	kosong = {"labels": [], "datasets": []}
	if not periode:
		return kosong
	hasil = execute({"periode_kinerja": periode, "company": company})
	chart = hasil[3] if len(hasil) > 3 else None
	return chart["data"] if chart else kosong
