"""Write the demo's assessed last year (kinerja_asn.demo.rancangan_penilaian) into the site: the year's
period, an approved SKP with RHK per employee (as for the current year), verified realisation in the
IKI, organisation predikat set by the leader above each Bagian/Bidang, a final Penilaian Kinerja per
employee and one decided appeal.

Organisation predikat go through their controller as the leader above; the assessments are written in
bulk with the values the Penilaian Kinerja controller computes, by running its own steps on each
document in memory with the sources loaded once (kinerja_asn/tests/test_demo_penilaian.py re-validates
samples to prove they agree)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

import frappe
from frappe import _
from frappe.utils import add_days, flt

from kinerja_asn.demo.rancangan_penilaian import RencanaPenilaian, rancang_penilaian
from kinerja_asn.domain.capaian import capaian_iki
from kinerja_asn.domain.kaskade import rollup_capaian
from kinerja_asn.domain.penilaian import capaian_unit
from kinerja_asn.domain.perilaku import REGULASI_6_2022
from kinerja_asn.domain.rating import Rating
from kinerja_asn.services import penilaian as layanan
from kinerja_asn.services import penilaian_isi as isi
from kinerja_asn.services.kaskade import muat_kaskade
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.penilaian_isi import SKP_FIELDS
from kinerja_asn.services.realisasi import arah_domain
from kinerja_asn.services.tulis_massal import nama_berseri, nama_unik

ALASAN_KEBERATAN = "Capaian seluruh RHK utama melampaui target dan didukung bukti; mohon ditinjau kembali."
PERTIMBANGAN = "Bukti dukung menunjukkan hasil kerja dan perilaku di atas ekspektasi."
UMPAN_BALIK = {
	Rating.DI_ATAS: "Hasil dan sikap kerja menjadi teladan; pertahankan.",
	Rating.SESUAI: "Sesuai ekspektasi; tingkatkan inisiatif.",
	Rating.DI_BAWAH: "Perlu perbaikan; susun rencana aksi bersama atasan.",
}


@dataclass
class HasilPenilaianDemo:
	periode: str
	unit_melanggar: str
	keberatan: str | None
	penilaian_keberatan: str | None


def tulis_penilaian_tahun_lalu(penulis) -> HasilPenilaianDemo | None:
	"""Everything of the year before the demo's year; None when that year is not under 6/2022."""
	rencana = rancang_penilaian(penulis.r)
	periode = _periode(penulis, rencana.tahun)
	if periode.regulasi != REGULASI_6_2022:
		penulis.log(
			_("Tahun {0} memakai {1}: penilaian tahun lalu tidak dimuat.").format(
				rencana.tahun, periode.regulasi
			)
		)
		return None
	skp = _skp_dan_rhk(penulis, periode)
	_realisasi(penulis, rencana, skp)
	organisasi = _predikat_organisasi(penulis, rencana, periode)
	penilaian = _penilaian(penulis, rencana, periode, skp, organisasi)
	keberatan = _keberatan(penulis, rencana, periode, penilaian) if rencana.keberatan else None
	return HasilPenilaianDemo(
		periode=periode.name,
		unit_melanggar=penulis.unit[rencana.melanggar.nomor],
		keberatan=keberatan,
		penilaian_keberatan=penilaian.get(rencana.keberatan.nomor) if rencana.keberatan else None,
	)


def _periode(penulis, tahun: int):
	nama = frappe.db.get_value(
		"Periode Kinerja",
		{"company": penulis.company, "jenis": "Tahunan", "tahun": tahun, "periode_induk": ("is", "not set")},
	)
	if nama:
		return frappe.get_doc("Periode Kinerja", nama)
	return frappe.get_doc(
		{
			"doctype": "Periode Kinerja",
			"jenis": "Tahunan",
			"tahun": tahun,
			"company": penulis.company,
			"status": "Selesai",
		}
	).insert(ignore_permissions=True)


def _skp_dan_rhk(penulis, periode) -> dict[int, str]:
	"""Last year's SKP and RHK, written as the current year's are (same plan, no Perjanjian Kinerja)."""
	simpan = (penulis.periode, penulis.skp, penulis.pk)
	penulis.periode, penulis.skp, penulis.pk = periode, {}, {}
	try:
		penulis.tulis_skp()
		penulis.tulis_rhk()
		return penulis.skp
	finally:
		penulis.periode, penulis.skp, penulis.pk = simpan


def _realisasi(penulis, rencana: RencanaPenilaian, skp: dict[int, str]):
	"""The year's realisation written back into every IKI, as verified check-ins leave it: each
	employee reaches their planned share of every target (below target for a falling indicator)."""
	pemilik = {nama: nomor for nomor, nama in skp.items()}
	capaian = {p.nomor: c for p, c in rencana.capaian.items()}
	rhk = dict(
		frappe.get_all(
			"Rencana Hasil Kerja",
			filters={"skp": ("in", list(skp.values()))},
			fields=["name", "skp"],
			as_list=True,
		)
	)
	perubahan = {}
	for row in frappe.get_all(
		"Indikator Kinerja Individu",
		filters={"parenttype": "Rencana Hasil Kerja", "parent": ("in", list(rhk))},
		fields=["name", "parent", "target", "target_maks", "arah"],
	):
		c = capaian.get(pemilik[rhk[row.parent]])
		target = flt(row.target)
		if c is None or target <= 0:
			continue
		arah = arah_domain(row.arah)
		realisasi = round(target * (c / 100 if arah == "naik" else max(0.0, 2 - c / 100)), 2)
		nilai = capaian_iki(realisasi, target, target_maks=flt(row.target_maks) or None, arah=arah)
		perubahan[row.name] = {"realisasi": realisasi, "capaian": round(nilai, 6)}
	frappe.db.bulk_update("Indikator Kinerja Individu", perubahan, chunk_size=500, update_modified=False)
	penulis._hitung("Realisasi IKI tahun lalu", len(perubahan))


def _predikat_organisasi(penulis, rencana: RencanaPenilaian, periode) -> dict[int, frappe._dict]:
	"""One per Bagian/Bidang, set and submitted by the head of the unit above it."""
	hasil = {}
	pengguna = frappe.session.user
	try:
		for unit, predikat in rencana.organisasi.items():
			frappe.set_user(penulis.user[unit.induk.kepala.nomor])
			doc = frappe.get_doc(
				{
					"doctype": "Predikat Kinerja Organisasi",
					"unit": penulis.unit[unit.nomor],
					"periode": periode.name,
					"predikat": predikat.value,
					"capaian_iku": {"Istimewa": 112, "Baik": 101, "Butuh Perbaikan": 88}.get(
						predikat.value, 75
					),
					"dasar_penetapan": _(
						"Capaian IKU {0} tahun {1} berdasarkan laporan kinerja unit."
					).format(unit.nama, rencana.tahun),
				}
			).insert()
			doc.submit()
			hasil[unit.nomor] = frappe._dict(name=doc.name, predikat=doc.predikat)
	finally:
		frappe.set_user(pengguna)
	penulis._hitung("Predikat Kinerja Organisasi", len(hasil))
	return hasil


def _sumber_per_skp(skp_names: list[str]) -> tuple[dict, dict, dict]:
	"""RHK, IKI and behaviour rows of last year's SKP, one query per table, in the order
	services.penilaian.muat_sumber gives them for one SKP."""
	rhk = defaultdict(list)
	for r in frappe.get_all(
		"Rencana Hasil Kerja",
		filters={"skp": ("in", skp_names)},
		fields=["name", "skp", "uraian", "jenis", "kategori_tambahan", "uraian_rhk_intervensi"],
		order_by="creation asc",
	):
		rhk[r.skp].append(r)
	for daftar in rhk.values():
		daftar.sort(key=lambda r: 0 if r.jenis == "Utama" else 1)
	induk = {r.name: s for s, daftar in rhk.items() for r in daftar}
	iki = defaultdict(dict)
	for row in frappe.get_all(
		"Indikator Kinerja Individu",
		filters={"parenttype": "Rencana Hasil Kerja", "parent": ("in", list(induk))},
		fields=layanan.IKI_FIELDS,
		order_by="idx asc",
	):
		iki[induk[row.parent]][row.name] = row
	perilaku = defaultdict(list)
	for row in frappe.get_all(
		"Perilaku Kerja SKP",
		filters={"parenttype": "SKP", "parent": ("in", skp_names)},
		fields=["parent", "perilaku_kerja", "ekspektasi_khusus", "panduan"],
		order_by="idx asc",
	):
		perilaku[row.parent].append(row)
	return rhk, iki, perilaku


def _penilaian(
	penulis, rencana: RencanaPenilaian, periode, skp: dict[int, str], organisasi
) -> dict[int, str]:
	"""A final (Ditetapkan) Penilaian Kinerja per assessed employee."""

	pengaturan = get_pengaturan()
	dinilai = list(rencana.rating)
	skp_rows = {
		s.name: s
		for s in frappe.get_all("SKP", filters={"name": ("in", list(skp.values()))}, fields=SKP_FIELDS)
	}
	rhk, iki, perilaku = _sumber_per_skp(list(skp_rows))
	kaskade = muat_kaskade(periode.name)
	rollup = rollup_capaian(kaskade.rhk).capaian
	rhk_utama = defaultdict(list)
	for r in kaskade.rhk:
		if r.jenis == "Utama":
			rhk_utama[r.pemilik].append(r.id)
	per_unit = defaultdict(list)
	for p in dinilai:
		if rencana.unit_kurva[p] is not None:
			per_unit[rencana.unit_kurva[p].nomor].append(rencana.predikat(p).value)
	jumlah_unit = {nomor: len(daftar) for nomor, daftar in per_unit.items()}

	meta = frappe.get_meta("Penilaian Kinerja")
	nama = nama_berseri(meta.get_field("naming_series").default, len(dinilai))
	tabel = {dt: penulis._tabel(dt) for dt in ("Penilaian Kinerja", *_ANAK.values())}
	ditetapkan = datetime(rencana.tahun + 1, 1, 20, 9, 0)
	hasil = {}
	for i, (p, nama_penilaian) in enumerate(zip(dinilai, nama, strict=True)):
		s = skp_rows[skp[p.nomor]]
		sumber = layanan.SumberPenilaian(
			rhk[s.name],
			iki[s.name],
			{name: layanan.capaian_tahunan(row) for name, row in iki[s.name].items()},
		)
		doc = frappe.new_doc("Penilaian Kinerja")
		doc.update({f: s.get(f) for f in SKP_FIELDS if f not in ("name", "docstatus", "status")})
		pejabat = p.atasan
		doc.update(
			{
				"name": nama_penilaian,
				"skp": s.name,
				"periode": periode.name,
				"jenis_penilaian": "Tahunan",
				"regulasi": periode.regulasi,
				"nama_pejabat_penilai": pejabat.nama_lengkap,
				"jabatan_pejabat_penilai": pejabat.jabatan,
				"nama_atasan_pejabat_penilai": pejabat.atasan.nama_lengkap if pejabat.atasan else None,
				"penyetuju": penulis.pegawai[pejabat.nomor],
				"nama_penyetuju": pejabat.nama_lengkap,
				"user_penyetuju": penulis.user[pejabat.nomor],
				"sebutan_penyetuju": "",
			}
		)
		k = isi.KonteksPenilaian(s, pengaturan, sumber=sumber, pimpinan_unit=p.adalah_kepala)
		if p.adalah_kepala:
			k.capaian_unit = capaian_unit(rollup.get(r) for r in rhk_utama[doc.employee])
		isi.isi_hasil_kerja(doc, k)
		isi.isi_kinerja_tambahan(doc, k)
		hasil_kerja, perilaku_kerja = rencana.rating[p]
		awal = rencana.rating_awal if p is rencana.keberatan else None
		for row in perilaku[s.name]:
			doc.append(
				"perilaku_kerja",
				{
					"perilaku_kerja": row.perilaku_kerja,
					"panduan": row.panduan,
					"ekspektasi_khusus": row.ekspektasi_khusus,
					"rating": (awal or rencana.rating[p])[1].value,
				},
			)
		isi.isi_masukan(doc, k)
		doc.rating_hasil_kerja = (awal or rencana.rating[p])[0].value
		doc.umpan_balik_hasil_kerja = UMPAN_BALIK[hasil_kerja]
		doc.umpan_balik_perilaku_kerja = UMPAN_BALIK[perilaku_kerja]
		isi.hitung(doc, k)
		unit = rencana.unit_kurva[p]
		if unit is not None:
			lain = list(per_unit[unit.nomor])
			lain.remove(rencana.predikat(p).value)
			keadaan = layanan.KeadaanUnit(
				penulis.unit[unit.nomor], organisasi[unit.nomor], jumlah_unit[unit.nomor], lain
			)
			doc.set_distribusi(keadaan)
		else:
			doc.set_distribusi(layanan.KeadaanUnit(None, None, 0, []))
		diketahui = i % 4 != 0
		doc.update(
			{
				"status": "Ditetapkan",
				"workflow_state": "Ditetapkan",
				"dinilai_oleh": doc.penyetuju,
				"nama_dinilai_oleh": pejabat.nama_lengkap,
				"dinilai_sebagai": "",
				"tanggal_dinilai": ditetapkan - timedelta(days=5),
				"ditetapkan_oleh": doc.penyetuju,
				"nama_ditetapkan_oleh": pejabat.nama_lengkap,
				"ditetapkan_sebagai": "",
				"tanggal_ditetapkan": ditetapkan,
				"batas_keberatan": add_days(ditetapkan.date(), pengaturan.batas_hari_keberatan),
				"diketahui_pegawai": int(diketahui),
				"tanggal_diketahui": ditetapkan + timedelta(days=2) if diketahui else None,
			}
		)
		if awal:
			_terapkan_keberatan(doc, rencana, p, pengaturan)
		_tulis(tabel, doc)
		hasil[p.nomor] = nama_penilaian
	for t in tabel.values():
		t.tulis()
	penulis._hitung("Penilaian Kinerja", tabel["Penilaian Kinerja"].jumlah)
	return hasil


_ANAK = {
	"hasil_kerja": "Hasil Kerja Penilaian",
	"perilaku_kerja": "Perilaku Kerja Penilaian",
	"kinerja_tambahan": "Kinerja Tambahan Penilaian",
}


def _tulis(tabel: dict, doc):
	waktu = doc.tanggal_ditetapkan
	induk = doc.get_valid_dict(convert_dates_to_str=True)
	induk.update(docstatus=1, name=doc.name, creation=waktu, modified=waktu)
	tabel["Penilaian Kinerja"].tambah(**_nilai(induk, tabel["Penilaian Kinerja"]))
	for field, doctype in _ANAK.items():
		for idx, row in enumerate(doc.get(field), 1):
			nilai = row.get_valid_dict(convert_dates_to_str=True)
			nilai.update(
				name=nama_unik(),
				parent=doc.name,
				parenttype="Penilaian Kinerja",
				parentfield=field,
				idx=idx,
				docstatus=1,
				creation=waktu,
				modified=waktu,
			)
			tabel[doctype].tambah(**_nilai(nilai, tabel[doctype]))


def _nilai(nilai: dict, tabel) -> dict:
	"""The document's values for the table's columns; owner and modified_by stay the writer's."""
	return {k: v for k, v in nilai.items() if k in tabel.kolom and k not in ("owner", "modified_by")}


def _terapkan_keberatan(doc, rencana: RencanaPenilaian, p, pengaturan):
	"""What the decided appeal writes into the final assessment (keberatan_penilaian_kinerja)."""
	from kinerja_asn.domain.rating import predikat_kinerja

	doc.predikat_awal = doc.predikat
	hasil_kerja, perilaku_kerja = rencana.rating[p]
	doc.rating_hasil_kerja = hasil_kerja.value
	doc.rating_perilaku_kerja = perilaku_kerja.value
	doc.predikat = predikat_kinerja(hasil_kerja, perilaku_kerja, pengaturan.matriks).value
	doc.status_keberatan = "Diubah"


def _keberatan(penulis, rencana: RencanaPenilaian, periode, penilaian: dict[int, str]) -> str:
	"""The one appeal: filed a week after the assessment was final, changed by the Atasan Pejabat Penilai."""

	p = rencana.keberatan
	pejabat, atasan = p.atasan, p.atasan.atasan
	nama_penilaian = penilaian[p.nomor]
	doc = frappe.db.get_value(
		"Penilaian Kinerja",
		nama_penilaian,
		[
			"predikat",
			"predikat_awal",
			"rating_hasil_kerja",
			"rating_perilaku_kerja",
			"tanggal_ditetapkan",
			"batas_keberatan",
		],
		as_dict=True,
	)
	(nama,) = nama_berseri(
		frappe.get_meta("Keberatan Penilaian Kinerja").get_field("naming_series").default, 1
	)
	awal_hasil, awal_perilaku = rencana.rating_awal
	diajukan = doc.tanggal_ditetapkan + timedelta(days=7)
	tabel = penulis._tabel("Keberatan Penilaian Kinerja")
	tabel.tambah(
		name=nama,
		docstatus=1,
		penilaian_kinerja=nama_penilaian,
		employee=penulis.pegawai[p.nomor],
		employee_name=p.nama_lengkap,
		employee_user=penulis.user[p.nomor],
		periode=periode.name,
		regulasi=periode.regulasi,
		tanggal_pengajuan=diajukan.date(),
		batas_pengajuan=doc.batas_keberatan,
		pejabat_penilai=penulis.pegawai[pejabat.nomor],
		nama_pejabat_penilai=pejabat.nama_lengkap,
		atasan_pejabat_penilai=penulis.pegawai[atasan.nomor],
		nama_atasan_pejabat_penilai=atasan.nama_lengkap,
		pemutus=penulis.pegawai[atasan.nomor],
		nama_pemutus=atasan.nama_lengkap,
		user_pemutus=penulis.user[atasan.nomor],
		sebutan_pemutus="",
		alasan_keberatan=ALASAN_KEBERATAN,
		predikat_awal=doc.predikat_awal,
		rating_hasil_kerja_awal=awal_hasil.value,
		rating_perilaku_kerja_awal=awal_perilaku.value,
		keputusan="Diubah",
		rating_hasil_kerja_baru=doc.rating_hasil_kerja,
		rating_perilaku_kerja_baru=doc.rating_perilaku_kerja,
		predikat_baru=doc.predikat,
		pertimbangan=PERTIMBANGAN,
		diputuskan_oleh=penulis.pegawai[atasan.nomor],
		nama_diputuskan_oleh=atasan.nama_lengkap,
		diputuskan_sebagai="",
		tanggal_keputusan=diajukan + timedelta(days=3),
		status="Diubah",
	)
	tabel.tulis()
	frappe.db.set_value("Penilaian Kinerja", nama_penilaian, "keberatan", nama, update_modified=False)
	frappe.get_doc(
		{
			"doctype": "Comment",
			"comment_type": "Info",
			"reference_doctype": "Penilaian Kinerja",
			"reference_name": nama_penilaian,
			"content": _("Keberatan {0} diterima oleh {1}: predikat berubah dari {2} menjadi {3}.").format(
				nama, atasan.nama_lengkap, _(doc.predikat_awal), _(doc.predikat)
			),
		}
	).insert(ignore_permissions=True)
	penulis._hitung("Keberatan Penilaian Kinerja", 1)
	return nama
