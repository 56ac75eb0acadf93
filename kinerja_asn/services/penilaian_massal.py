"""Buat Penilaian Massal: a draft assessment for every approved SKP of a unit (with its sub-units)
in a period, each opened as a single one is (the SKP's row locked, an existing assessment looked up
with a locking read, then the controller's insert, which fills the rows from the SKP, the verified
check-ins and the evidence and checks "one assessment per SKP and period" again under the same
lock). The plan (who gets one, who is passed by and why) is the domain's; HR sees it before
anything runs. A large unit runs as a job on the long queue with progress, committing every batch
so a rerun continues, and a closing summary to the user who started it."""

from __future__ import annotations

import frappe
from frappe import _

from kinerja_asn.domain.musim_penilaian import (
	ALASAN_LEWATI,
	STATUS_SKP_DINILAI,
	CalonPenilaian,
	RencanaPenilaianMassal,
	SKPDinilai,
	rencana_penilaian_massal,
)
from kinerja_asn.services.kunci import cari_terkunci, kunci_baris
from kinerja_asn.services.skp import pegawai_unit
from kinerja_asn.services.tulis_massal import ringkas_dilewati, umumkan_selesai

# Above this many assessments the work goes to the long queue instead of the request.
BATAS_LANGSUNG = 20
# Assessments per commit when run as a job (what is written stays; a rerun skips it).
UKURAN_POTONGAN = 50


class RencanaMassal:
	"""A bulk start worked out before writing: the assessment period and the domain's plan. The
	preview and the creation share it, so what HR is told is what runs."""

	def __init__(self, periode, rencana: RencanaPenilaianMassal):
		self.periode = periode
		self.rencana = rencana

	@property
	def baru(self) -> tuple[str, ...]:
		return self.rencana.dibuat

	def ringkasan(self) -> dict:
		"""The plan as the desk shows it: counts per reason, in Indonesian."""
		r = self.rencana
		return {
			"periode": self.periode.name,
			"dibuat": len(r.dibuat),
			"dilewati": ringkas_dilewati(r.dilewati, ALASAN_LEWATI),
			"jumlah_dilewati": r.jumlah_dilewati,
		}


def filter_skp_dinilai(periode) -> dict:
	"""SKP filters: the approved SKP an assessment of `periode` (the year, or a month, quarter or
	semester of it: periode_induk, tanggal_mulai, tanggal_selesai) is made for."""
	return {
		"periode_kinerja": periode.periode_induk or periode.name,
		"docstatus": 1,
		"status": ("in", STATUS_SKP_DINILAI),
		"tanggal_mulai": ("<=", periode.tanggal_selesai),
		"tanggal_selesai": (">=", periode.tanggal_mulai),
	}


def rencanakan_penilaian_massal(
	periode: str, department: str | None = None, termasuk_sub_unit: bool = True
) -> RencanaMassal:
	"""Who a bulk start for the unit would give a draft assessment for `periode` (the SKP's year,
	or a month, quarter or semester of it): four queries whatever the size of the unit."""
	p = frappe.db.get_value(
		"Periode Kinerja",
		periode,
		["name", "company", "periode_induk", "tanggal_mulai", "tanggal_selesai"],
		as_dict=True,
	)
	pegawai = pegawai_unit(p.company, department, termasuk_sub_unit)
	skp = []
	if pegawai:
		skp = frappe.get_all(
			"SKP",
			filters={**filter_skp_dinilai(p), "employee": ("in", [e.name for e in pegawai])},
			fields=["name", "employee", "pejabat_penilai"],
			order_by="tanggal_mulai asc, name asc",
		)
	sudah = set()
	if skp:
		sudah = set(
			frappe.get_all(
				"Penilaian Kinerja",
				filters={"periode": p.name, "docstatus": ("<", 2), "skp": ("in", [s.name for s in skp])},
				pluck="skp",
			)
		)
	per_pegawai: dict[str, list[SKPDinilai]] = {}
	for s in skp:
		per_pegawai.setdefault(s.employee, []).append(SKPDinilai(s.name, s.pejabat_penilai, s.name in sudah))
	rencana = rencana_penilaian_massal(
		CalonPenilaian(e.name, tuple(per_pegawai.get(e.name, ()))) for e in pegawai
	)
	return RencanaMassal(p, rencana)


def buka_penilaian(skp: str, periode: str) -> str | None:
	"""The assessment of the SKP for the period opened as a single one is: the SKP's row locked,
	an existing one read with a locking read (then None), else the controller's insert."""
	kunci_baris("SKP", skp)
	if cari_terkunci("Penilaian Kinerja", {"skp": skp, "periode": periode, "docstatus": ("<", 2)}):
		return None
	doc = frappe.get_doc({"doctype": "Penilaian Kinerja", "skp": skp, "periode": periode})
	doc.insert()
	return doc.name


def buat_penilaian_massal(
	periode: str, department: str | None = None, termasuk_sub_unit: bool = True
) -> list[str]:
	"""A draft assessment for every approved SKP of the unit without one for the period; safe to
	rerun."""
	return _buat(rencanakan_penilaian_massal(periode, department, termasuk_sub_unit))


def buat_penilaian_massal_latar(
	periode: str, department: str | None = None, termasuk_sub_unit: bool = True
) -> list[str]:
	"""The background job of the desk's bulk start: progress while it writes, then a summary to
	the user who started it."""
	rencana = rencanakan_penilaian_massal(periode, department, termasuk_sub_unit)
	dibuat = _buat(rencana)
	umumkan_selesai(
		_("Buat Penilaian Massal Selesai"),
		_("{0} penilaian kinerja draf dibuat untuk periode {1}.").format(len(dibuat), periode),
		rencana.rencana.jumlah_dilewati,
		rencana.ringkasan()["dilewati"],
	)
	return dibuat


def _buat(r: RencanaMassal) -> list[str]:
	baru, periode = r.baru, r.periode.name
	dibuat: list[str] = []
	dalam_job = bool(getattr(frappe.local, "job", None))
	for i, skp in enumerate(baru, 1):
		nama = buka_penilaian(skp, periode)
		if nama:
			dibuat.append(nama)
		if i % UKURAN_POTONGAN == 0 or i == len(baru):
			if dalam_job:
				frappe.db.commit()  # what is written stays; a rerun skips it
			if len(baru) > BATAS_LANGSUNG:
				frappe.publish_progress(
					i * 100 / len(baru), title=_("Membuat Penilaian Kinerja"), description=f"{i}/{len(baru)}"
				)
	return dibuat


def jalankan(periode: str, department: str | None = None, termasuk_sub_unit: bool = True) -> dict:
	"""The desk's start: the plan; nothing queued when there is nothing to do; a small unit at
	once, a large one on the long queue."""
	rencana = rencanakan_penilaian_massal(periode, department, termasuk_sub_unit)
	ringkasan = rencana.ringkasan()
	jumlah = len(rencana.baru)
	kwargs = {"periode": periode, "department": department, "termasuk_sub_unit": termasuk_sub_unit}
	if not jumlah:
		return {"antrian": False, "jumlah": 0, "dokumen": [], "rencana": ringkasan}
	if jumlah <= BATAS_LANGSUNG:
		dibuat = _buat(rencana)
		return {"antrian": False, "jumlah": len(dibuat), "dokumen": dibuat, "rencana": ringkasan}
	job = frappe.enqueue(
		"kinerja_asn.services.penilaian_massal.buat_penilaian_massal_latar",
		queue="long",
		timeout=3600,
		**kwargs,
	)
	return {"antrian": True, "jumlah": jumlah, "job": getattr(job, "id", None), "rencana": ringkasan}
