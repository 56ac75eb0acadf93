"""Penilaian Saya (/kinerja/penilaian) and the head's part of Tim Saya: the employee's final
assessments with what they may still do (acknowledge, appeal until the deadline, download the
evaluation document), colleagues' assessments awaiting behaviour input, and the drafts a head
rates with the domain's suggestion and the unit's curve beside them."""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlencode

import frappe
from frappe.utils import getdate, today

from kinerja_asn.domain.periode import keberatan_tepat_waktu
from kinerja_asn.services import penilaian as layanan
from kinerja_asn.services.pengaturan import get_pengaturan

RATING = ("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi")
FORMAT_EVALUASI = "Dokumen Evaluasi Kinerja"
KOLOM = [
	"name",
	"employee",
	"employee_name",
	"periode",
	"periode_kinerja",
	"department",
	"regulasi",
	"status",
	"docstatus",
	"predikat",
	"rating_hasil_kerja",
	"rating_perilaku_kerja",
	"saran_rating_hasil_kerja",
	"saran_rating_perilaku_kerja",
	"capaian_keseluruhan",
	"nilai_akhir",
	"umpan_balik_hasil_kerja",
	"umpan_balik_perilaku_kerja",
	"catatan_pejabat_penilai",
	"nama_pejabat_penilai",
	"tanggal_ditetapkan",
	"batas_keberatan",
	"diketahui_pegawai",
	"tanggal_diketahui",
	"keberatan",
	"status_keberatan",
	"predikat_awal",
	"user_penyetuju",
]


def _nama_periode(names) -> dict[str, str]:
	return dict(
		frappe.get_all(
			"Periode Kinerja",
			filters={"name": ("in", list(names) or [""])},
			fields=["name", "nama_periode"],
			as_list=True,
		)
	)


def tautan_pdf(name: str) -> str:
	"""The evaluation document as PDF; Frappe checks the reader's permission on the assessment."""
	return "/api/method/frappe.utils.print_format.download_pdf?" + urlencode(
		{"doctype": "Penilaian Kinerja", "name": name, "format": FORMAT_EVALUASI}
	)


def penilaian_pegawai(employee: str) -> dict:
	"""The employee's own assessments: final ones in full, those still being prepared as a count."""
	semua = frappe.get_all(
		"Penilaian Kinerja",
		filters={"employee": employee, "docstatus": ("<", 2)},
		fields=KOLOM,
		order_by="tanggal_mulai desc, creation desc",
	)
	final = [p for p in semua if p.docstatus == 1]
	nama = _nama_periode({p.periode for p in final})
	hari = get_pengaturan().batas_hari_keberatan
	hari_ini = getdate(today())
	status_keberatan = dict(
		frappe.get_all(
			"Keberatan Penilaian Kinerja",
			filters={"name": ("in", [p.keberatan for p in final if p.keberatan] or [""])},
			fields=["name", "status"],
			as_list=True,
		)
	)
	for p in final:
		p.nama_periode = nama.get(p.periode, p.periode)
		p.pdf = tautan_pdf(p.name)
		tepat = bool(p.tanggal_ditetapkan) and keberatan_tepat_waktu(
			getdate(p.tanggal_ditetapkan), hari_ini, hari
		)
		p.dapat_keberatan = tepat and not p.keberatan
		p.lewat_batas = bool(p.tanggal_ditetapkan) and not tepat and not p.keberatan
		p.status_keberatan_dokumen = status_keberatan.get(p.keberatan)
	return {
		"penilaian": final,
		"disusun": len(semua) - len(final),
		"batas_hari_keberatan": hari,
		"masukan": masukan_diminta(employee),
	}


def masukan_diminta(employee: str) -> list[dict]:
	"""Colleagues' assessments still open on which the settings ask this employee for behaviour
	input: peers with the same Pejabat Penilai (the controller decides who may give it)."""
	if not get_pengaturan().masukan_perilaku_aktif:
		return []
	atasan = frappe.get_all(
		"Penilaian Kinerja",
		filters={"employee": employee, "docstatus": 0},
		pluck="pejabat_penilai",
	) or frappe.get_all("SKP", filters={"employee": employee, "docstatus": 1}, pluck="pejabat_penilai")
	atasan = [a for a in atasan if a]
	if not atasan:
		return []
	rekan = frappe.get_all(
		"Penilaian Kinerja",
		filters={
			"docstatus": 0,
			"pejabat_penilai": ("in", atasan),
			"employee": ("!=", employee),
			"regulasi": "PermenPAN-RB 6/2022",
		},
		fields=["name", "employee_name", "periode"],
	)
	if not rekan:
		return []
	sudah = set(
		frappe.get_all(
			"Masukan Perilaku Kerja",
			filters={"pemberi": employee, "penilaian_kinerja": ("in", [r.name for r in rekan])},
			pluck="penilaian_kinerja",
		)
	)
	perilaku = _perilaku_baris([r.name for r in rekan])
	nama = _nama_periode({r.periode for r in rekan})
	return [
		frappe._dict(
			r,
			nama_periode=nama.get(r.periode, r.periode),
			sudah_diberi=r.name in sudah,
			perilaku=[{"perilaku_kerja": b.perilaku_kerja} for b in perilaku.get(r.name, [])],
		)
		for r in rekan
	]


def _perilaku_baris(names: list[str]) -> dict[str, list[dict]]:
	hasil: dict[str, list[dict]] = defaultdict(list)
	if names:
		for row in frappe.get_all(
			"Perilaku Kerja Penilaian",
			filters={"parenttype": "Penilaian Kinerja", "parent": ("in", names)},
			fields=["name", "parent", "idx", "perilaku_kerja", "rating", "saran_rating_masukan"],
			order_by="idx asc",
		):
			hasil[row.parent].append(row)
	return hasil


def penilaian_untuk_dinilai(user: str) -> list[dict]:
	"""Open assessments this user decides (Draft or Dinilai), with behaviour rows, the domain's
	suggested ratings and the unit's curve (computed once per unit)."""
	rows = frappe.get_all(
		"Penilaian Kinerja",
		filters={"docstatus": 0, "user_penyetuju": user},
		fields=KOLOM,
		order_by="employee_name asc",
	)
	if not rows:
		return []
	perilaku = _perilaku_baris([r.name for r in rows])
	nama = _nama_periode({r.periode for r in rows})
	kurva: dict[tuple, dict] = {}
	for r in rows:
		kunci = (r.periode, r.periode_kinerja, r.department)
		if kunci not in kurva:
			keadaan = layanan.keadaan_unit(*kunci)
			kurva[kunci] = {
				"unit": keadaan.unit,
				"predikat_organisasi": keadaan.organisasi.predikat if keadaan.organisasi else None,
				"jumlah_pegawai": keadaan.jumlah_pegawai,
				"kuota": keadaan.ringkasan(),
				"pelanggaran": keadaan.pelanggaran(),
			}
		r.nama_periode = nama.get(r.periode, r.periode)
		r.perilaku = perilaku.get(r.name, [])
		r.kurva = kurva[kunci]
	return rows
