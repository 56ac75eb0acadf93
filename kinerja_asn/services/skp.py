"""SKP operations that touch many documents: bulk creation, cascading down, revisions, mutations.

Each loads what it needs in a few queries, asks the domain what to do, then writes. The ones that
can grow with a unit run as background jobs with progress when they are large.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import getdate

from kinerja_asn.domain.skp import (
	STATUS_TIDAK_AKTIF,
	pejabat_penilai_bawaan,
	petakan_revisi,
	potong_untuk_mutasi,
	usulan_rhk_bawahan,
)
from kinerja_asn.services.akses import unit_cakupan
from kinerja_asn.services.penilai import GarisAtasan, penilai_bawaan, penugasan_berlaku

# Above this many documents the work goes to the long queue instead of the request.
BATAS_LANGSUNG = 30
IKI_FIELDS = ("uraian", "aspek", "target", "target_maks", "satuan", "arah", "bobot", "agregasi_realisasi")


def _progress(i: int, total: int, title: str):
	if total > BATAS_LANGSUNG and (i % 25 == 0 or i == total):
		frappe.publish_progress(i * 100 / total, title=title, description=f"{i}/{total}")


# Bulk creation ------------------------------------------------------------------------------------


def pegawai_unit(company: str, department: str | None, termasuk_sub_unit: bool = True) -> list[dict]:
	"""Active employees of a company, of one unit or a unit with its sub-units."""
	filters = {"status": "Active", "company": company}
	if department:
		if termasuk_sub_unit:
			filters["department"] = ("in", list(unit_cakupan(department, company)))
		else:
			filters["department"] = department
	return frappe.get_all("Employee", filters=filters, fields=["name", "department", "designation"])


def buat_skp_massal(
	periode_kinerja: str,
	department: str | None = None,
	termasuk_sub_unit: bool = True,
	pegawai: list | None = None,
) -> list[str]:
	"""A draft SKP for every active employee of the unit who has none for the period; safe to rerun."""
	periode = frappe.db.get_value(
		"Periode Kinerja",
		periode_kinerja,
		["name", "company", "tanggal_mulai", "tanggal_selesai", "regulasi"],
		as_dict=True,
	)
	daftar = pegawai_unit(periode.company, department, termasuk_sub_unit)
	if pegawai is not None:
		dipilih = set(pegawai)
		daftar = [p for p in daftar if p.name in dipilih]
	sudah = set(
		frappe.get_all(
			"SKP",
			filters={
				"periode_kinerja": periode_kinerja,
				"docstatus": ("<", 2),
				"status": ("not in", list(STATUS_TIDAK_AKTIF)),
			},
			pluck="employee",
		)
	)
	baru = [p for p in daftar if p.name not in sudah]
	garis = {
		r.name: r.reports_to
		for r in frappe.get_all(
			"Employee", filters={"company": periode.company}, fields=["name", "reports_to"]
		)
	}
	punya_bawahan = {atasan for atasan in garis.values() if atasan}
	perilaku = frappe.get_all(
		"Perilaku Kerja",
		filters={"regulasi": periode.regulasi, "aktif": 1},
		fields=["name", "hanya_untuk_atasan"],
		order_by="urutan asc",
	)
	tanggal = getdate()
	garis_atasan = GarisAtasan(tanggal).muat_semua()
	penugasan = penugasan_berlaku(tanggal)
	users = dict(
		frappe.get_all(
			"Employee", filters={"user_id": ("is", "set")}, fields=["name", "user_id"], as_list=True
		)
	)
	dibuat = []
	for i, p in enumerate(baru, 1):
		penilai, atasan = pejabat_penilai_bawaan(p.name, garis)
		doc = frappe.get_doc(
			{
				"doctype": "SKP",
				"employee": p.name,
				"periode_kinerja": periode.name,
				"tanggal_mulai": periode.tanggal_mulai,
				"tanggal_selesai": periode.tanggal_selesai,
				"pejabat_penilai": penilai,
				"atasan_pejabat_penilai": atasan,
				"perilaku_kerja": [
					{"perilaku_kerja": b.name}
					for b in perilaku
					if not b.hanya_untuk_atasan or p.name in punya_bawahan
				],
			}
		)
		doc.flags.duplikat_sudah_diperiksa = True
		doc.flags.update(garis=garis_atasan, penugasan=penugasan, users=users)
		doc.insert(ignore_permissions=True)
		dibuat.append(doc.name)
		_progress(i, len(baru), _("Membuat SKP"))
	return dibuat


def jalankan(method: str, jumlah: int, **kwargs) -> dict:
	"""Run `method` now when small, else enqueue it on the long queue (its progress is published)."""
	if jumlah <= BATAS_LANGSUNG or frappe.flags.in_test:
		hasil = frappe.get_attr(method)(**kwargs)
		return {"antrian": False, "jumlah": len(hasil), "dokumen": hasil}
	job = frappe.enqueue(method, queue="long", timeout=3600, **kwargs)
	return {"antrian": True, "jumlah": jumlah, "job": getattr(job, "id", None)}


# Cascading down ------------------------------------------------------------------------------------


def turunkan_ke_bawahan(skp: str, jenis_kaskade: str = "Langsung") -> list[str]:
	"""Propose one draft RHK per leader RHK Utama to each direct subordinate (their SKP is created
	when missing); RHK already linked are skipped, so rerunning adds nothing."""
	pimpinan = frappe.get_doc("SKP", skp)
	if pimpinan.docstatus != 1 or pimpinan.status != "Disetujui":
		frappe.throw(_("Hanya SKP yang sudah disetujui dapat diturunkan ke bawahan."))
	rhk_pimpinan = frappe.get_all(
		"Rencana Hasil Kerja",
		filters={"skp": skp, "jenis": "Utama"},
		fields=["name", "uraian"],
		order_by="creation asc",
	)
	bawahan = frappe.get_all(
		"Employee", filters={"reports_to": pimpinan.employee, "status": "Active"}, pluck="name"
	)
	if not (rhk_pimpinan and bawahan):
		return []
	skp_bawahan = _skp_aktif(pimpinan.periode_kinerja, bawahan)
	tanpa_skp = [b for b in bawahan if b not in skp_bawahan]
	if tanpa_skp:
		buat_skp_massal(pimpinan.periode_kinerja, pegawai=tanpa_skp, department=None)
		skp_bawahan = _skp_aktif(pimpinan.periode_kinerja, bawahan)
	sudah = [
		(r.employee, r.rhk_intervensi)
		for r in frappe.get_all(
			"Rencana Hasil Kerja",
			filters={"rhk_intervensi": ("in", [r.name for r in rhk_pimpinan])},
			fields=["employee", "rhk_intervensi"],
		)
	]
	dapat_diisi = [b for b in bawahan if b in skp_bawahan and skp_bawahan[b].docstatus == 0]
	usulan = usulan_rhk_bawahan([(r.name, r.uraian) for r in rhk_pimpinan], dapat_diisi, sudah, jenis_kaskade)
	iki = _iki_per_rhk([r.name for r in rhk_pimpinan])
	dibuat = []
	for i, u in enumerate(usulan, 1):
		doc = frappe.get_doc(
			{
				"doctype": "Rencana Hasil Kerja",
				"skp": skp_bawahan[u.pegawai].name,
				"jenis": "Utama",
				"uraian": u.uraian,
				"rhk_intervensi": u.rhk_pimpinan,
				"jenis_kaskade": u.jenis_kaskade,
				"iki": iki.get(u.rhk_pimpinan) or [{"uraian": u.uraian, "target": 1, "satuan": "dokumen"}],
			}
		)
		doc.insert(ignore_permissions=True)
		dibuat.append(doc.name)
		_progress(i, len(usulan), _("Menurunkan RHK"))
	return dibuat


def _skp_aktif(periode_kinerja: str, pegawai: list[str]) -> dict:
	rows = frappe.get_all(
		"SKP",
		filters={
			"periode_kinerja": periode_kinerja,
			"employee": ("in", pegawai),
			"docstatus": ("<", 2),
			"status": ("not in", list(STATUS_TIDAK_AKTIF)),
		},
		fields=["name", "employee", "docstatus"],
		order_by="creation asc",
	)
	return {r.employee: r for r in rows}


def _iki_per_rhk(rhk: list[str]) -> dict[str, list[dict]]:
	hasil: dict[str, list[dict]] = {}
	if not rhk:
		return hasil
	for row in frappe.get_all(
		"Indikator Kinerja Individu",
		filters={"parent": ("in", rhk), "parenttype": "Rencana Hasil Kerja"},
		fields=["parent", *IKI_FIELDS],
		order_by="idx asc",
	):
		hasil.setdefault(row.pop("parent"), []).append(row)
	return hasil


# Revisions -------------------------------------------------------------------------------------------


def buat_revisi(skp: str, alasan: str) -> str:
	"""A new draft version of an approved SKP with copies of its RHK; the old one stays in force
	until the revision is approved."""
	lama = frappe.get_doc("SKP", skp)
	if lama.docstatus != 1 or lama.status != "Disetujui":
		frappe.throw(_("Hanya SKP yang sudah disetujui dapat diubah melalui revisi."))
	if not (alasan or "").strip():
		frappe.throw(_("Tuliskan alasan perubahan SKP."))
	if frappe.db.exists("SKP", {"skp_sebelumnya": skp, "docstatus": 0}):
		frappe.throw(_("SKP ini sudah memiliki revisi yang belum disetujui."))
	baru = frappe.copy_doc(lama)
	baru.update(
		{
			"docstatus": 0,
			"amended_from": None,
			"versi": (lama.versi or 1) + 1,
			"skp_sebelumnya": lama.name,
			"alasan_revisi": alasan,
			"status": "Draft",
			"workflow_state": "Draft",
		}
	)
	baru.insert(ignore_permissions=True)
	_salin_rhk(lama.name, baru.name)
	return baru.name


def _salin_rhk(dari: str, ke: str, pertahankan_induk: bool = True) -> dict[str, str]:
	salinan = {}
	for name in frappe.get_all(
		"Rencana Hasil Kerja", filters={"skp": dari}, pluck="name", order_by="creation asc"
	):
		asal = frappe.get_doc("Rencana Hasil Kerja", name)
		copy = frappe.copy_doc(asal)
		copy.skp = ke
		copy.rhk_sebelumnya = asal.name
		if not pertahankan_induk:
			copy.rhk_intervensi = None
			copy.perlu_ditinjau = 1 if asal.rhk_intervensi else 0
			copy.catatan_peninjauan = (
				_("Pilih RHK pimpinan yang baru setelah mutasi.") if asal.rhk_intervensi else None
			)
		copy.insert(ignore_permissions=True)
		salinan[asal.name] = copy.name
	return salinan


def selesaikan_revisi(baru) -> None:
	"""On approval of a revision: retire the old SKP, re-point subordinates' RHK to the new copies,
	and flag those whose leader RHK was dropped."""
	lama = baru.skp_sebelumnya
	frappe.db.set_value("SKP", lama, {"status": "Digantikan", "digantikan_oleh": baru.name})
	rhk_lama = frappe.get_all("Rencana Hasil Kerja", filters={"skp": lama}, pluck="name")
	salinan = {
		r.rhk_sebelumnya: r.name
		for r in frappe.get_all(
			"Rencana Hasil Kerja", filters={"skp": baru.name}, fields=["name", "rhk_sebelumnya"]
		)
		if r.rhk_sebelumnya
	}
	bawahan = frappe.get_all(
		"Rencana Hasil Kerja",
		filters={"rhk_intervensi": ("in", rhk_lama or [""])},
		fields=["name", "rhk_intervensi"],
	)
	hasil = petakan_revisi(salinan, [(r.name, r.rhk_intervensi) for r in bawahan], rhk_lama)
	rhk = frappe.qb.DocType("Rencana Hasil Kerja")
	for lama_rhk, baru_rhk in salinan.items():
		frappe.qb.update(rhk).set(rhk.rhk_intervensi, baru_rhk).where(rhk.rhk_intervensi == lama_rhk).where(
			rhk.skp != baru.name
		).run()
	if hasil.ditinjau:
		frappe.qb.update(rhk).set(rhk.perlu_ditinjau, 1).set(
			rhk.catatan_peninjauan,
			_("RHK pimpinan yang diintervensi dihapus pada revisi SKP {0}.").format(baru.name),
		).where(rhk.name.isin(hasil.ditinjau)).run()


# Mutations -------------------------------------------------------------------------------------------


def mutasi(skp: str, tanggal: str, alasan: str | None = None) -> str:
	"""Close the SKP the day before a mutation and open a draft for the rest of the period, with the
	employee's current unit and superior; RHK targets are kept, leader links re-chosen when the
	superior changed."""
	lama = frappe.get_doc("SKP", skp)
	if lama.status in STATUS_TIDAK_AKTIF:
		frappe.throw(_("SKP {0} sudah tidak berlaku.").format(skp))
	try:
		(_mulai, akhir_lama), (awal_baru, selesai) = potong_untuk_mutasi(
			getdate(lama.tanggal_mulai), getdate(lama.tanggal_selesai), getdate(tanggal)
		)
	except ValueError as e:
		frappe.throw(_(str(e)))
	frappe.db.set_value(
		"SKP", lama.name, {"tanggal_selesai": akhir_lama, "ditutup_pada": tanggal, "status": "Ditutup"}
	)
	penilai, atasan = penilai_bawaan(lama.employee)
	baru = frappe.get_doc(
		{
			"doctype": "SKP",
			"employee": lama.employee,
			"periode_kinerja": lama.periode_kinerja,
			"tanggal_mulai": awal_baru,
			"tanggal_selesai": selesai,
			"pendekatan": lama.pendekatan,
			"pejabat_penilai": penilai,
			"atasan_pejabat_penilai": atasan,
			"skp_sebelumnya": lama.name,
			"alasan_revisi": alasan or _("Mutasi pegawai"),
			"versi": (lama.versi or 1) + 1,
		}
	)
	baru.insert(ignore_permissions=True)
	_salin_rhk(lama.name, baru.name, pertahankan_induk=(penilai == lama.pejabat_penilai))
	return baru.name


def mutasi_dari_transfer(doc, method=None):
	"""HRMS Employee Transfer: a mutation of the employee's running SKP from the transfer date."""
	tanggal = getdate(doc.transfer_date)
	for skp in frappe.get_all(
		"SKP",
		filters={
			"employee": doc.employee,
			"docstatus": ("<", 2),
			"status": ("not in", list(STATUS_TIDAK_AKTIF)),
			"tanggal_mulai": ("<", tanggal),
			"tanggal_selesai": (">=", tanggal),
		},
		pluck="name",
	):
		mutasi(skp, str(tanggal), _("Mutasi: {0}").format(doc.name))


# Starting a leader's SKP from the unit's Perjanjian Kinerja -----------------------------------------


def buat_skp_dari_pk(perjanjian_kinerja: str) -> str:
	"""A draft SKP for the PK's pihak pertama with one RHK per PK indicator, so the cascade can
	begin even before the leader writes anything (an existing draft SKP gets the missing RHK)."""
	pk = frappe.get_doc("Perjanjian Kinerja", perjanjian_kinerja)
	if pk.docstatus != 1:
		frappe.throw(_("Perjanjian Kinerja harus sudah ditetapkan (submit)."))
	aktif = _skp_aktif(pk.periode, [pk.pihak_pertama]).get(pk.pihak_pertama)
	if aktif and aktif.docstatus != 0:
		frappe.throw(_("Pegawai ini sudah memiliki SKP yang disetujui: {0}.").format(aktif.name))
	if aktif:
		skp = aktif.name
		frappe.db.set_value("SKP", skp, "perjanjian_kinerja", pk.name)
	else:
		skp = (
			frappe.get_doc(
				{
					"doctype": "SKP",
					"employee": pk.pihak_pertama,
					"periode_kinerja": pk.periode,
					"perjanjian_kinerja": pk.name,
				}
			)
			.insert(ignore_permissions=True)
			.name
		)
	sudah = set(
		frappe.get_all(
			"Rencana Hasil Kerja",
			filters={"skp": skp, "indikator_organisasi": ("is", "set")},
			pluck="indikator_organisasi",
		)
	)
	for row in pk.sasaran:
		if not row.indikator or row.indikator in sudah:
			continue
		sudah.add(row.indikator)
		frappe.get_doc(
			{
				"doctype": "Rencana Hasil Kerja",
				"skp": skp,
				"jenis": "Utama",
				"uraian": row.uraian_indikator or row.indikator,
				"indikator_organisasi": row.indikator,
				"iki": [
					{
						"uraian": row.uraian_indikator or row.indikator,
						"target": row.target,
						"target_maks": row.target_maks,
						"satuan": row.satuan,
						"aspek": "Kuantitas",
					}
				],
			}
		).insert(ignore_permissions=True)
	return skp
