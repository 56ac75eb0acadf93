"""The demo's credit points: every functional official gets an opening balance, last year's final
assessments are converted through the same service as a live site, two common positions get their
activity items and a tim penilai, and a few officials have a DUPAK waiting for the tim. All goes
through the controllers (the ledger is written only by its sources)."""

from __future__ import annotations

import random

import frappe
from frappe.utils import flt

from kinerja_asn.services import angka_kredit as layanan

# Activity items of two common positions (output unit, AK per unit, unsur); the same for each
# jenjang of the demo.
BUTIR = {
	"Analis Kebijakan": (
		("AK-01", "Mengidentifikasi dan memetakan isu kebijakan", "laporan", 0.5, "Utama"),
		("AK-02", "Menyusun kajian kebijakan", "kajian", 1.2, "Utama"),
		("AK-03", "Menyusun rekomendasi kebijakan", "rekomendasi", 0.8, "Utama"),
		("AK-P1", "Menjadi narasumber dalam forum kebijakan", "kegiatan", 0.3, "Penunjang"),
	),
	"Analis Sumber Daya Manusia Aparatur": (
		("SDM-01", "Menyusun analisis jabatan", "dokumen", 0.6, "Utama"),
		("SDM-02", "Menyusun analisis beban kerja", "dokumen", 0.8, "Utama"),
		("SDM-03", "Mengolah dan memutakhirkan data kepegawaian", "laporan", 0.2, "Utama"),
		("SDM-P1", "Menjadi anggota tim penyusun peraturan kepegawaian", "keputusan", 0.4, "Penunjang"),
	),
}
JUMLAH_USULAN = 3


def tulis_angka_kredit(penulis, seed: int, pengelola: str | None) -> dict[str, int]:
	"""Balances, conversions, activity items, tim penilai and waiting DUPAK; returns their counts."""
	rng = random.Random(seed * 7 + 1)
	fungsional = frappe.get_all(
		"Employee",
		filters={
			"company": penulis.company,
			"jenis_jabatan": layanan.FUNGSIONAL,
			"status": "Active",
			"jenjang_jabatan_fungsional": ("is", "set"),
		},
		fields=["name", "jabatan_fungsional", "jenjang_jabatan_fungsional"],
		order_by="name",
	)
	tabel = layanan.tabel_jenjang()
	jumlah = {
		"Angka Kredit Awal": 0,
		"Konversi Angka Kredit": 0,
		"Butir Kegiatan": 0,
		"Usulan Angka Kredit": 0,
	}
	for p in fungsional:
		jenjang = tabel.get(p.jenjang_jabatan_fungsional)
		if not jenjang or not jenjang.ak_kenaikan_pangkat:
			continue
		# an opening balance between a fifth of the pangkat threshold and just under it: after last
		# year's conversion some officials reach it
		doc = frappe.get_doc(
			{
				"doctype": "Angka Kredit Awal",
				"employee": p.name,
				"jenjang": jenjang.nama,
				"sumber": "AK Integrasi",
				"angka_kredit": flt(jenjang.ak_kenaikan_pangkat * rng.uniform(0.2, 0.95), 3),
				"tanggal": f"{penulis.r.tahun - 2}-12-31",
				"nomor_sk": f"800/PAK-INT/{penulis.r.tahun - 2}/{jumlah['Angka Kredit Awal'] + 1:04d}",
				"tanggal_sk": f"{penulis.r.tahun - 1}-01-15",
			}
		)
		doc.insert(ignore_permissions=True)
		doc.submit()
		jumlah["Angka Kredit Awal"] += 1
	for name in frappe.get_all(
		"Penilaian Kinerja",
		filters={"docstatus": 1, "employee": ("in", [p.name for p in fungsional] or [""])},
		pluck="name",
	):
		if layanan.konversi_dari_penilaian(name):
			jumlah["Konversi Angka Kredit"] += 1
	butir = _butir(fungsional, jumlah)
	_tim_penilai(butir, pengelola)
	jumlah["Usulan Angka Kredit"] = _usulan(fungsional, butir, rng)
	return jumlah


def _butir(fungsional: list, jumlah: dict) -> dict[tuple[str, str], list[str]]:
	"""Activity items of the two positions for every jenjang the demo's officials hold there."""
	hasil: dict[tuple[str, str], list[str]] = {}
	for p in fungsional:
		kunci = (p.jabatan_fungsional, p.jenjang_jabatan_fungsional)
		if p.jabatan_fungsional not in BUTIR or kunci in hasil:
			continue
		hasil[kunci] = []
		for kode, uraian, satuan, ak, unsur in BUTIR[p.jabatan_fungsional]:
			doc = frappe.get_doc(
				{
					"doctype": "Butir Kegiatan",
					"jabatan_fungsional": p.jabatan_fungsional,
					"jenjang": p.jenjang_jabatan_fungsional,
					"kode": f"{kode}-{p.jenjang_jabatan_fungsional}",
					"uraian": uraian,
					"satuan_hasil": satuan,
					"angka_kredit": ak,
					"unsur": unsur,
				}
			).insert(ignore_permissions=True)
			hasil[kunci].append(doc.name)
			jumlah["Butir Kegiatan"] += 1
	return hasil


def _tim_penilai(butir: dict, pengelola: str | None) -> None:
	if not pengelola:
		return
	for jabatan in sorted({j for j, _jenjang in butir}):
		if not frappe.db.exists("Tim Penilai Angka Kredit", jabatan):
			frappe.get_doc(
				{
					"doctype": "Tim Penilai Angka Kredit",
					"jabatan_fungsional": jabatan,
					"anggota": [{"user": pengelola}],
				}
			).insert(ignore_permissions=True)


def _usulan(fungsional: list, butir: dict, rng: random.Random) -> int:
	"""A DUPAK waiting for the tim from a few officials who have verified evidence."""
	calon = [p for p in fungsional if (p.jabatan_fungsional, p.jenjang_jabatan_fungsional) in butir]
	bukti: dict[str, list[str]] = {}
	for b in frappe.get_all(
		"Bukti Dukung",
		filters={"employee": ("in", [p.name for p in calon] or [""]), "status_verifikasi": "Diterima"},
		fields=["name", "employee", "keterangan"],
		order_by="creation asc",
	):
		bukti.setdefault(b.employee, []).append(b)
	dibuat = 0
	for p in calon:
		if dibuat >= JUMLAH_USULAN or len(bukti.get(p.name, [])) < 2:
			continue
		daftar = butir[(p.jabatan_fungsional, p.jenjang_jabatan_fungsional)]
		doc = frappe.get_doc(
			{
				"doctype": "Usulan Angka Kredit",
				"employee": p.name,
				"periode": frappe.db.get_value(
					"Rencana Hasil Kerja",
					frappe.db.get_value("Bukti Dukung", bukti[p.name][0].name, "rhk"),
					"periode_kinerja",
				),
				"rincian": [
					{
						"bukti_dukung": b.name,
						"uraian": (b.keterangan or "Hasil kegiatan")[:140],
						"butir_kegiatan": rng.choice(daftar),
						"jumlah": rng.choice((1, 2, 3)),
					}
					for b in bukti[p.name][:2]
				],
			}
		)
		doc.insert(ignore_permissions=True)
		doc.status = "Diajukan"
		doc.save(ignore_permissions=True)
		dibuat += 1
	return dibuat
