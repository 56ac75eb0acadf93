"""Angka Kredit Saya (/kinerja/angka_kredit): a functional official's credit points on the phone:
the total in the current jenjang, how far the next pangkat and jenjang are, the ledger and the
issued PAK with their PDF."""

from __future__ import annotations

from urllib.parse import urlencode

import frappe

from kinerja_asn.services.angka_kredit import FUNGSIONAL, posisi


def _kemajuan(syarat) -> dict:
	"""A requirement as the page shows it: target, shortfall, and percent reached (capped at 100)."""
	if not syarat.tersedia or not syarat.syarat_ak:
		return {"tersedia": False, "tujuan": syarat.tujuan}
	capai = max(0.0, syarat.syarat_ak - syarat.kekurangan)
	return {
		"tersedia": True,
		"tujuan": syarat.tujuan,
		"syarat": syarat.syarat_ak,
		"kurang": syarat.kekurangan,
		"persen": min(100.0, capai / syarat.syarat_ak * 100),
		"memenuhi": syarat.memenuhi_ak,
		"syarat_lain": list(syarat.syarat_lain),
	}


def angka_kredit_pegawai(employee: str) -> dict:
	pegawai = frappe.db.get_value(
		"Employee",
		employee,
		[
			"employee_name",
			"jenis_jabatan",
			"jabatan_fungsional",
			"jenjang_jabatan_fungsional",
			"pangkat_golongan",
		],
		as_dict=True,
	)
	hasil = {"pegawai": pegawai, "fungsional": False}
	if pegawai.jenis_jabatan != FUNGSIONAL or not pegawai.jenjang_jabatan_fungsional:
		return hasil
	entri = frappe.get_all(
		"Entri Angka Kredit",
		filters={"employee": employee, "dibatalkan": 0},
		fields=[
			"name",
			"unsur",
			"jenjang",
			"tanggal_mulai",
			"tanggal_selesai",
			"jenis_dokumen",
			"dokumen",
			"predikat",
			"angka_kredit",
		],
		order_by="tanggal_mulai asc, creation asc",
	)
	jenjang = pegawai.jenjang_jabatan_fungsional
	di_jenjang, k = posisi(entri, jenjang, pegawai.pangkat_golongan)
	pak = frappe.get_all(
		"Penetapan Angka Kredit",
		filters={"employee": employee, "docstatus": 1},
		fields=["name", "nomor", "tanggal_penetapan", "tanggal_mulai", "tanggal_selesai", "ak_kumulatif"],
		order_by="tanggal_penetapan desc",
	)
	for p in pak:
		p.pdf = "/api/method/frappe.utils.print_format.download_pdf?" + urlencode(
			{"doctype": "Penetapan Angka Kredit", "name": p.name, "format": "Penetapan Angka Kredit"}
		)
	hasil.update(
		fungsional=True,
		ak_jenjang=di_jenjang,
		pangkat=_kemajuan(k.pangkat) if k else {"tersedia": False},
		jenjang=_kemajuan(k.jenjang_berikutnya) if k else {"tersedia": False},
		entri=list(reversed(entri)),
		pak=pak,
	)
	return hasil
