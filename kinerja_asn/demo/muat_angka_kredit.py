"""The demo's credit points: every functional official gets an opening balance, last year's final
assessments are converted through the same service as a live site, two common positions get their
activity items and a tim penilai, and a few officials have a DUPAK waiting for the tim. Opening
balances and conversions (thousands at ministry scale) are computed by the controllers' own steps
and written in bulk with the ledger rows their submission writes; tests/test_demo.py checks them
against the controllers; the rest goes through the controllers."""

from __future__ import annotations

import random

import frappe
from frappe.utils import flt, now_datetime

from kinerja_asn.services import angka_kredit as layanan
from kinerja_asn.services.argumen import bulatkan_angka
from kinerja_asn.services.tulis_massal import TabelMassal, nama_berseri, nama_unik

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
	info = {
		e.name: e
		for e in frappe.get_all(
			"Employee",
			filters={"name": ("in", [p.name for p in fungsional] or [""])},
			fields=["name", "employee_name", "pangkat_golongan", "department"],
		)
	}
	jumlah["Angka Kredit Awal"] = _awal(penulis, fungsional, tabel, info, rng)
	jumlah["Konversi Angka Kredit"] = _konversi(penulis, fungsional, info)
	butir = _butir(fungsional, jumlah)
	_tim_penilai(butir, pengelola)
	jumlah["Usulan Angka Kredit"] = _usulan(fungsional, butir, rng)
	return jumlah


def _awal(penulis, fungsional: list, tabel: dict, info: dict, rng: random.Random) -> int:
	"""An opening balance between a fifth of the pangkat threshold and just under it (after last
	year's conversion some officials reach it), submitted with its ledger entry, as
	AngkaKreditAwal.validate and on_submit store them, written in bulk."""
	calon = [
		(p, tabel[p.jenjang_jabatan_fungsional])
		for p in fungsional
		if tabel.get(p.jenjang_jabatan_fungsional) and tabel[p.jenjang_jabatan_fungsional].ak_kenaikan_pangkat
	]
	if not calon:
		return 0
	waktu = now_datetime()
	awal, entri = TabelMassal("Angka Kredit Awal", waktu), TabelMassal("Entri Angka Kredit", waktu)
	series = frappe.get_meta("Angka Kredit Awal").get_field("naming_series").default
	tanggal = f"{penulis.r.tahun - 2}-12-31"
	for i, ((p, jenjang), nama) in enumerate(zip(calon, nama_berseri(series, len(calon)), strict=True), 1):
		e = info[p.name]
		doc = frappe.get_doc(
			{
				"doctype": "Angka Kredit Awal",
				"naming_series": series,
				"employee": p.name,
				"employee_name": e.employee_name,
				"jabatan_fungsional": p.jabatan_fungsional,
				"pangkat_golongan": e.pangkat_golongan,
				"jenjang": jenjang.nama,
				"sumber": "AK Integrasi",
				"angka_kredit": flt(jenjang.ak_kenaikan_pangkat * rng.uniform(0.2, 0.95), 3),
				"tanggal": tanggal,
				"nomor_sk": f"800/PAK-INT/{penulis.r.tahun - 2}/{i:04d}",
				"tanggal_sk": f"{penulis.r.tahun - 1}-01-15",
			}
		)
		doc.set("__islocal", 1)
		doc._set_defaults()
		bulatkan_angka(doc)
		doc.name, doc.docstatus = nama, 1
		awal.tambah(**_isi(doc))
		entri.tambah(
			**_entri(doc, unsur="Awal", angka_kredit=flt(doc.angka_kredit, 3), tanggal_mulai=doc.tanggal)
		)
	awal.tulis()
	entri.tulis()
	return len(calon)


def _konversi(penulis, fungsional: list, info: dict) -> int:
	"""Last year's final assessments of the officials converted by KonversiAngkaKredit.hitung (the
	controller's own steps, two look-ups each) and stored with their parts and ledger entries as
	validate and on_submit store them, written in bulk."""
	per_pegawai = {p.name: p for p in fungsional}
	penilaian = frappe.get_all(
		"Penilaian Kinerja",
		filters={"docstatus": 1, "employee": ("in", list(per_pegawai) or [""]), "predikat": ("is", "set")},
		fields=["name", "employee", "periode", "tanggal_mulai", "tanggal_selesai", "predikat"],
		order_by="name asc",
	)
	# an assessment converted already (the automatic conversion on submit) keeps its conversion
	sudah = set(
		frappe.get_all(
			"Konversi Angka Kredit",
			filters={"penilaian_kinerja": ("in", [n.name for n in penilaian] or [""]), "docstatus": 1},
			pluck="penilaian_kinerja",
		)
	)
	jumlah_sudah = len(sudah)
	penilaian = [n for n in penilaian if n.name not in sudah]
	if not penilaian:
		return jumlah_sudah
	waktu = now_datetime()
	tabel = {
		d: TabelMassal(d, waktu)
		for d in ("Konversi Angka Kredit", "Segmen Konversi Angka Kredit", "Entri Angka Kredit")
	}
	series = frappe.get_meta("Konversi Angka Kredit").get_field("naming_series").default
	for n, nama in zip(penilaian, nama_berseri(series, len(penilaian)), strict=True):
		p, e = per_pegawai[n.employee], info[n.employee]
		doc = frappe.get_doc(
			{
				"doctype": "Konversi Angka Kredit",
				"naming_series": series,
				"penilaian_kinerja": n.name,
				"employee": n.employee,
				"employee_name": e.employee_name,
				"jabatan_fungsional": p.jabatan_fungsional,
				"jenjang": p.jenjang_jabatan_fungsional,
				"pangkat_golongan": e.pangkat_golongan,
				"periode": n.periode,
				"tanggal_mulai": n.tanggal_mulai,
				"tanggal_selesai": n.tanggal_selesai,
				"predikat": n.predikat,
			}
		)
		doc.set("__islocal", 1)
		doc._set_defaults()
		doc.hitung()
		bulatkan_angka(doc)
		doc.name, doc.docstatus = nama, 1
		tabel["Konversi Angka Kredit"].tambah(**_isi(doc))
		for idx, s in enumerate(doc.segmen, 1):
			s.update(
				{"name": nama_unik(), "parent": nama, "parenttype": doc.doctype, "idx": idx, "docstatus": 1}
			)
			s.parentfield = "segmen"
			tabel["Segmen Konversi Angka Kredit"].tambah(**_isi(s))
		for isian in doc.isian_entri():
			tabel["Entri Angka Kredit"].tambah(**_entri(doc, **isian))
	for t in tabel.values():
		t.tulis()
	return jumlah_sudah + len(penilaian)


def _isi(doc) -> dict:
	return {
		k: v
		for k, v in doc.get_valid_dict(convert_dates_to_str=True).items()
		if not (k in ("owner", "modified_by", "creation", "modified") and v is None)
	}


def _entri(sumber, **isian) -> dict:
	"""The ledger row services.angka_kredit.tulis_entri writes for a submitted source."""
	isi = layanan.isi_entri(sumber, **isian)
	isi.pop("doctype")
	return {"name": nama_unik(), **isi}


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
