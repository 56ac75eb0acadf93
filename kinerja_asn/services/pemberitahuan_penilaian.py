"""Bell notifications of the assessment season, each switched on or off in Pengaturan Kinerja: the
employee when their assessment is set final and when their appeal is decided (sent when it
happens), and the heads (Pejabat Penilai with assessees) when a period's assessment window opens
and a week before it closes (daily). Which day brings which notice is the domain's
(domain.musim_penilaian); this module loads the tables once and writes Notification Logs."""

from __future__ import annotations

from datetime import date

import frappe
from frappe import _
from frappe.utils import getdate, today

from kinerja_asn.domain.musim_penilaian import (
	AKAN_DITUTUP,
	DIBUKA,
	kepala_diberi_tahu,
	pemberitahuan_musim,
)
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.penilaian_massal import filter_skp_dinilai
from kinerja_asn.services.realisasi import beri_tahu


def penilaian_ditetapkan(doc) -> int:
	"""The assessed employee learns the predikat of their final assessment."""
	if not get_pengaturan().pemberitahuan_penilaian_ditetapkan_aktif:
		return 0
	return beri_tahu(
		doc.employee_user,
		_("Penilaian kinerja {0} Anda telah ditetapkan dengan predikat {1}.").format(
			doc.nama_periode(), _(doc.predikat)
		),
		doc.doctype,
		doc.name,
	)


def keberatan_diputuskan(doc) -> int:
	"""The employee learns the decision on their appeal."""
	if not get_pengaturan().pemberitahuan_keberatan_diputuskan_aktif:
		return 0
	return beri_tahu(
		doc.employee_user,
		_("Keberatan Anda atas penilaian kinerja {0} telah diputuskan: {1}.").format(
			doc.periode, _(doc.keputusan)
		),
		doc.doctype,
		doc.name,
	)


def ingatkan_masa_penilaian(tanggal: date | str | None = None) -> int:
	"""Daily: on the first day of a period's assessment window every head is told how many
	assessees wait; a week before its last day, the heads with assessments not yet final are
	reminded of how many. Returns the number of notifications."""
	pengaturan = get_pengaturan()
	aktif = {
		DIBUKA: pengaturan.pemberitahuan_masa_penilaian_dibuka_aktif,
		AKAN_DITUTUP: pengaturan.pengingat_masa_penilaian_ditutup_aktif,
	}
	if not any(aktif.values()):
		return 0
	hari_ini = getdate(tanggal or today())
	terkirim = 0
	for periode in frappe.get_all(
		"Periode Kinerja",
		filters={
			"tanggal_mulai_penilaian": ("<=", hari_ini),
			"tanggal_selesai_penilaian": (">=", hari_ini),
		},
		fields=[
			"name",
			"nama_periode",
			"periode_induk",
			"tanggal_mulai",
			"tanggal_selesai",
			"tanggal_mulai_penilaian",
			"tanggal_selesai_penilaian",
		],
	):
		jenis = pemberitahuan_musim(
			hari_ini, getdate(periode.tanggal_mulai_penilaian), getdate(periode.tanggal_selesai_penilaian)
		)
		if jenis and aktif[jenis]:
			terkirim += _beri_tahu_kepala(periode, jenis)
	return terkirim


def _beri_tahu_kepala(periode, jenis: str) -> int:
	skp = frappe.get_all(
		"SKP",
		filters=filter_skp_dinilai(periode),
		fields=["name", "pejabat_penilai"],
	)
	final = []
	if jenis == AKAN_DITUTUP and skp:
		final = frappe.get_all(
			"Penilaian Kinerja",
			filters={"periode": periode.name, "docstatus": 1, "skp": ("in", [s.name for s in skp])},
			pluck="skp",
		)
	jumlah = kepala_diberi_tahu(jenis, [(s.name, s.pejabat_penilai) for s in skp], final)
	if not jumlah:
		return 0
	users = dict(
		frappe.get_all(
			"Employee",
			filters={"name": ("in", list(jumlah)), "user_id": ("is", "set")},
			fields=["name", "user_id"],
			as_list=True,
		)
	)
	selesai = frappe.format(getdate(periode.tanggal_selesai_penilaian), "Date")
	nama = periode.nama_periode or periode.name
	terkirim = 0
	for penilai, n in sorted(jumlah.items()):
		if jenis == DIBUKA:
			pesan = _(
				"Masa penilaian kinerja {0} dibuka hingga {1}: {2} pegawai menunggu penilaian Anda."
			).format(nama, selesai, n)
		else:
			pesan = _(
				"Masa penilaian kinerja {0} ditutup {1}: {2} pegawai belum Anda tetapkan penilaiannya."
			).format(nama, selesai, n)
		terkirim += beri_tahu(users.get(penilai), pesan, "Periode Kinerja", periode.name)
	return terkirim
