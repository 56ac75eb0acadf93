"""Load what the monitoring of a period needs (a fixed number of queries whatever the number of
employees) and ask domain.pemantauan for the findings, within the viewer's scope."""

from __future__ import annotations

from dataclasses import dataclass

import frappe
from frappe.utils import today

from kinerja_asn.domain.beban_kerja import BebanUnit, beban_unit
from kinerja_asn.domain.kaskade import analisis_kaskade, puncak_hierarki
from kinerja_asn.domain.pelaksanaan import STATUS_BUKTI_BERLAKU
from kinerja_asn.domain.pemantauan import RekapBukti, SKPPegawai, Temuan, temuan_pemantauan
from kinerja_asn.services import rekap
from kinerja_asn.services.akses import is_pengelola, unit_cakupan
from kinerja_asn.services.kaskade import STATUS_BERLAKU, muat_kaskade
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.penilai import employee_of_user

# SKP that no longer stand for the employee's plan of the period.
STATUS_LAMA = ("Digantikan", "Dibatalkan")


@dataclass
class Pemantauan:
	temuan: list[Temuan]
	pegawai: dict[str, dict]
	periode: dict


def cakupan_pengguna(company: str | None, department: str | None) -> set[str] | None:
	"""Units the viewer may see, narrowed by the unit filter: HR sees the filter's units (or all);
	anyone else only their own unit and its sub-units."""
	diminta = unit_cakupan(department, company)
	if is_pengelola():
		return diminta
	pegawai = employee_of_user()
	unit_sendiri = frappe.db.get_value("Employee", pegawai, "department") if pegawai else None
	milik = unit_cakupan(unit_sendiri) if unit_sendiri else set()
	return milik if diminta is None else milik & diminta


def _lingkup(periode_kinerja: str, company: str | None, department: str | None):
	"""The period, the company, the units in scope (None: all) and the active employees in them."""
	periode = frappe.db.get_value(
		"Periode Kinerja", periode_kinerja, ["name", "tahun", "company", "tanggal_mulai"], as_dict=True
	)
	company = company or periode.company
	units = cakupan_pengguna(company, department)
	filters = {"status": "Active"}
	if company:
		filters["company"] = company
	if units is not None:
		filters["department"] = ("in", list(units) or [""])
	pegawai = {
		r.name: r
		for r in frappe.get_all(
			"Employee", filters=filters, fields=["name", "employee_name", "department", "designation"]
		)
	}
	return periode, company, units, pegawai


def muat_pemantauan(
	periode_kinerja: str, company: str | None = None, department: str | None = None
) -> Pemantauan:
	periode, company, units, pegawai = _lingkup(periode_kinerja, company, department)
	skp = _skp_pegawai(periode_kinerja, list(pegawai))
	data = muat_kaskade(periode_kinerja, iki="tanpa")
	indikator = _indikator(periode.tahun, company, units)
	# JPT answer to the Perjanjian Kinerja, not to a leader's RHK: neither they nor the tops of the
	# hierarchy can be free riders.
	jpt = puncak_hierarki(data.pejabat_penilai) | {
		s.employee for s in data.skp.values() if s.jenis_jabatan == "JPT"
	}
	kaskade = analisis_kaskade(data.rhk, data.pejabat_penilai, jpt=jpt, indikator_organisasi=list(indikator))
	disetujui = [s.name for s in skp.values() if s.disetujui]
	realisasi: dict[str, set[str]] = {}
	bukti: dict[str, int] = {}
	if disetujui:
		# one row per SKP, not per check-in (a hundred thousand at ministry scale)
		dicari = set(disetujui)
		frappe.db.sql("set session group_concat_max_len = 65535")
		for skp_name, sub_periode in frappe.db.sql(
			"""select skp, group_concat(distinct sub_periode separator '\n') from `tabRealisasi Kinerja`
			where periode_kinerja = %s and docstatus < 2 group by skp""",
			periode_kinerja,
		):
			if skp_name in dicari:
				realisasi[skp_name] = set((sub_periode or "").split("\n")) - {""}
		# whether an SKP has evidence at all: a loose scan of the skp index, one entry per SKP
		for (skp_name,) in frappe.db.sql(
			"select distinct skp from `tabBukti Dukung` where skp in %s", [tuple(disetujui)]
		):
			bukti[skp_name] = 1
	jatuh_tempo = frappe.get_all(
		"Periode Kinerja",
		filters={"periode_induk": periode_kinerja, "tanggal_selesai": ("<", today())},
		pluck="name",
	)
	temuan = temuan_pemantauan(
		pegawai=pegawai,
		skp=skp,
		kaskade=kaskade,
		rhk_pemilik={r.id: r.pemilik for r in data.rhk},
		indikator_unit=indikator,
		sub_periode_jatuh_tempo=jatuh_tempo,
		realisasi=realisasi,
		bukti=bukti,
	)
	return Pemantauan(temuan, pegawai, periode)


def _skp_pegawai(periode_kinerja: str, pegawai: list[str]) -> dict[str, SKPPegawai]:
	"""Per employee the SKP that counts: an approved one, else the latest still open."""
	hasil: dict[str, SKPPegawai] = {}
	for r in frappe.get_all(
		"SKP",
		filters={
			"periode_kinerja": periode_kinerja,
			"employee": ("in", pegawai or [""]),
			"docstatus": ("<", 2),
			"status": ("not in", STATUS_LAMA),
		},
		fields=["name", "employee", "status", "pejabat_penilai", "penyetuju"],
		order_by="modified asc",
	):
		sekarang = hasil.get(r.employee)
		if sekarang and sekarang.disetujui and r.status not in STATUS_BERLAKU:
			continue
		hasil[r.employee] = SKPPegawai(
			r.name, r.employee, r.status, r.status in STATUS_BERLAKU, r.pejabat_penilai, r.penyetuju
		)
	return hasil


def _indikator(tahun: int | None, company: str | None, units: set[str] | None) -> dict[str, str | None]:
	"""IKU/IKK with a target in the period's year, in scope: {indikator: unit}."""
	if not tahun:
		return {}
	bertarget = frappe.get_all(
		"Target Indikator Tahunan",
		filters={"parenttype": "Indikator Kinerja", "tahun": tahun},
		pluck="parent",
		distinct=True,
	)
	if not bertarget:
		return {}
	filters = {"name": ("in", bertarget), "docstatus": ("<", 2)}
	if company:
		filters["company"] = company
	if units is not None:
		filters["unit"] = ("in", list(units) or [""])
	return {
		r.name: r.unit for r in frappe.get_all("Indikator Kinerja", filters=filters, fields=["name", "unit"])
	}


@dataclass
class Beban:
	unit: dict[str, BebanUnit]
	pegawai: dict[str, dict]
	periode: dict


def muat_beban(
	periode_kinerja: str,
	company: str | None = None,
	department: str | None = None,
	*,
	ukuran: str = "bobot_rhk",
	termasuk_draft: bool = False,
) -> Beban:
	"""Workload per unit in scope from the period's RHK and the ABK of the period's year."""
	periode, company, units, pegawai = _lingkup(periode_kinerja, company, department)
	data = muat_kaskade(periode_kinerja, termasuk_draft=termasuk_draft, iki="jumlah")
	filters = {"tahun": periode.tahun}
	if company:
		filters["company"] = company
	if units is not None:
		filters["unit"] = ("in", list(units) or [""])
	abk = {
		(r.unit, r.jabatan): r.total_beban_jam or 0.0
		for r in frappe.get_all(
			"Analisis Beban Kerja", filters=filters, fields=["unit", "jabatan", "total_beban_jam"]
		)
	}
	pengaturan = get_pengaturan()
	hasil = beban_unit(
		data.rhk,
		{p: r.department for p, r in pegawai.items() if r.department},
		jabatan={p: r.designation for p, r in pegawai.items()},
		abk=abk,
		jke=pengaturan.jke_jam_per_tahun,
		ukuran=ukuran,
		batas_bawah=pengaturan.batas_beban_bawah,
		batas_atas=pengaturan.batas_beban_atas,
	)
	return Beban(hasil, pegawai, periode)


def muat_kelengkapan_bukti(
	periode_kinerja: str, company: str | None = None, department: str | None = None
) -> tuple[dict, dict[str, dict], rekap.Rekap]:
	"""Evidence completeness per (unit, sub-period) of the period's check-ins in scope, the
	sub-periods by name, and the rekap it was read from (services/rekap.py: counted once per change
	for the whole agency, not per viewing)."""
	company = company or frappe.db.get_value("Periode Kinerja", periode_kinerja, "company") or ""
	units = cakupan_pengguna(company, department)
	sub = {
		r.name: r
		for r in frappe.get_all(
			"Periode Kinerja",
			filters={"periode_induk": periode_kinerja},
			fields=["name", "nama_periode", "tanggal_mulai"],
		)
	}
	if not sub or units == set():
		return {}, sub, rekap.Rekap(None, None, True)
	hasil = rekap.ambil("kelengkapan_bukti", periode_kinerja, company)
	data = {
		(unit, sub_periode): RekapBukti(wajib, diajukan, diterima, ditolak, kurang)
		for unit, sub_periode, wajib, kurang, diajukan, diterima, ditolak in hasil.data or ()
		if sub_periode in sub and (units is None or unit in units)
	}
	return data, sub, hasil


def hitung_kelengkapan_bukti(periode_kinerja: str, company: str) -> list[list]:
	"""[unit, sub-period, wajib, kurang, diajukan, diterima, ditolak] for the whole agency. The
	database counts (millions of check-in rows at ministry scale): the query applies
	domain.pelaksanaan.kelengkapan_bukti's rule (a row with a realisation needs evidence for its IKI or
	its RHK that is not rejected, STATUS_BUKTI_BERLAKU), which domain.pemantauan.rekap_kelengkapan_bukti
	states and the report's bench test checks."""
	sub = frappe.get_all("Periode Kinerja", filters={"periode_induk": periode_kinerja}, pluck="name")
	if not sub:
		return []
	nilai = {
		"periode": periode_kinerja,
		"company": company,
		"berlaku": tuple(STATUS_BUKTI_BERLAKU),
		"sub": tuple(sub),
	}
	lingkup = "and e.company = %(company)s" if company else ""
	hasil: dict[tuple[str, str], RekapBukti] = {}
	for unit, sub_periode, wajib, kurang in frappe.db.sql(
		f"""select ifnull(e.department, '-'), r.sub_periode,
			sum(i.realisasi != 0),
			sum(i.realisasi != 0 and not exists (
				select 1 from `tabBukti Dukung` b
				where b.rhk = i.rhk and b.sub_periode = r.sub_periode
					and (ifnull(b.iki, '') = '' or b.iki = i.iki)
					and ifnull(b.status_verifikasi, 'Diajukan') in %(berlaku)s))
		from `tabRealisasi IKI` i
		join `tabRealisasi Kinerja` r on r.name = i.parent
		join `tabEmployee` e on e.name = r.employee
		where i.parenttype = 'Realisasi Kinerja' and i.terisi = 1
			and r.periode_kinerja = %(periode)s and r.docstatus < 2 {lingkup}
		group by 1, 2""",
		nilai,
	):
		hasil[(unit, sub_periode)] = RekapBukti(wajib=int(wajib or 0), kurang=int(kurang or 0))
	for unit, sub_periode, status, jumlah in frappe.db.sql(
		f"""select ifnull(e.department, '-'), b.sub_periode, ifnull(b.status_verifikasi, 'Diajukan'), count(*)
		from `tabBukti Dukung` b
		join `tabEmployee` e on e.name = b.employee
		where b.sub_periode in %(sub)s {lingkup}
		group by 1, 2, 3""",
		nilai,
	):
		r = hasil.setdefault((unit, sub_periode), RekapBukti())
		if status == "Diterima":
			r.diterima += jumlah
		elif status == "Ditolak":
			r.ditolak += jumlah
		else:
			r.diajukan += jumlah
	return [
		[unit, sub_periode, r.wajib, r.kurang, r.diajukan, r.diterima, r.ditolak]
		for (unit, sub_periode), r in sorted(hasil.items())
	]
