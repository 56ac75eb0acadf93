"""What a Penilaian Kinerja holds, filled from one loaded context: its rows from the SKP and the
period's verified realisation (keeping what the assessor wrote in each row), the behaviour input,
and every number from one domain call per regime. The controller runs these steps in order, and so
does the demo, which loads its contexts in bulk; neither computes anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import frappe
from frappe import _
from frappe.utils import flt

from kinerja_asn.domain.capaian import saran_rating
from kinerja_asn.domain.penilaian import (
	BarisIKI8,
	dengan_masukan_360,
	hasil_6_2022,
	hasil_8_2021,
	nilai_iki_8_2021,
	rating_pimpinan_unit,
	ringkas_masukan,
)
from kinerja_asn.domain.perilaku import REGULASI_8_2021
from kinerja_asn.services import penilaian as layanan
from kinerja_asn.services.pengaturan import Pengaturan, get_pengaturan

# Who is assessed and by whom always come from the SKP, never from the form.
DARI_SKP = (
	"employee",
	"employee_name",
	"employee_user",
	"nip",
	"periode_kinerja",
	"company",
	"department",
	"designation",
	"jenis_jabatan",
	"pangkat_golongan",
	"pejabat_penilai",
	"atasan_pejabat_penilai",
	# the names beside the IDs come with them (Frappe fetches only before validate copies the IDs)
	"nama_pejabat_penilai",
	"jabatan_pejabat_penilai",
	"nama_atasan_pejabat_penilai",
)
SKP_FIELDS = ["name", *DARI_SKP, "tanggal_mulai", "tanggal_selesai", "docstatus", "status"]
# What only the Pejabat Penilai (or the acting official) writes in each row, by the row's key.
ISIAN_BARIS = {
	"hasil_kerja": ("rhk", ("rating", "umpan_balik")),
	"perilaku_kerja": ("perilaku_kerja", ("rating", "nilai", "umpan_balik")),
	"nilai_iki": ("iki", ("bobot",)),
}


@dataclass
class KonteksPenilaian:
	"""Everything an assessment reads, loaded once per save (or per employee by a bulk writer)."""

	skp: dict
	pengaturan: Pengaturan = field(default_factory=get_pengaturan)
	sumber: layanan.SumberPenilaian | None = None  # the period's RHK, IKI and evidence (open only)
	masukan: layanan.Masukan | None = None
	capaian_rhk: list[tuple[float | None, bool]] | None = None  # (capaian, utama) per RHK
	pimpinan_unit: bool | None = None  # None: ask the unit data
	capaian_unit: float | None = None


def isian_tersimpan(doc, table: str) -> dict:
	"""What the assessor wrote in each row of `table`, by the row's RHK, behaviour or IKI."""
	kunci, fields = ISIAN_BARIS[table]
	return {row.get(kunci): {f: row.get(f) for f in fields} for row in doc.get(table)}


# Rows ------------------------------------------------------------------------------------------------


def isi_hasil_kerja(doc, k: KonteksPenilaian) -> None:
	"""One row per RHK with its realisation, evidence count, capaian and suggested rating."""
	isian = isian_tersimpan(doc, "hasil_kerja")
	bukti: dict[str, int] = {}
	for b in k.sumber.bukti:
		if b.status_verifikasi != "Ditolak":
			bukti[b.rhk] = bukti.get(b.rhk, 0) + 1
	k.capaian_rhk = []
	doc.set("hasil_kerja", [])
	for rhk in k.sumber.rhk:
		capaian = k.sumber.capaian_rhk(rhk.name)
		k.capaian_rhk.append((capaian, rhk.jenis == "Utama"))
		saran = None
		if capaian is not None:
			saran = saran_rating(
				capaian,
				batas_di_atas=k.pengaturan.batas_rating_di_atas,
				batas_di_bawah=k.pengaturan.batas_rating_di_bawah,
			)
		doc.append(
			"hasil_kerja",
			{
				"rhk": rhk.name,
				"jenis": rhk.jenis,
				"uraian_rhk": rhk.uraian,
				"uraian_rhk_intervensi": rhk.uraian_rhk_intervensi,
				"realisasi": teks_realisasi(k.sumber, rhk.name),
				"jumlah_bukti": bukti.get(rhk.name, 0),
				"capaian": capaian or 0,
				"saran_rating": saran.value if saran else "",
				**isian.get(rhk.name, {}),
			},
		)


def isi_nilai_iki(doc, k: KonteksPenilaian) -> None:
	"""PermenPAN-RB 8/2021: capaian, category, nilai and weight per IKI with a numeric target."""
	isian = isian_tersimpan(doc, "nilai_iki")
	doc.set("nilai_iki", [])
	if doc.regulasi != REGULASI_8_2021:
		return
	rhk = {r.name: r for r in k.sumber.rhk}
	baris = [row for row in k.sumber.iki.values() if k.sumber.capaian[row.name].target > 0]
	try:
		nilai = nilai_iki_8_2021(
			[
				BarisIKI8(
					jenis=rhk[row.parent].jenis,
					bobot_iki=row.bobot,
					capaian=k.sumber.capaian[row.name].capaian or 0.0,
					bobot=(isian.get(row.name) or {}).get("bobot"),
				)
				for row in baris
			],
			k.pengaturan.tabel_capaian,
			k.pengaturan.bobot_kinerja_tambahan,
		)
	except ValueError as e:
		frappe.throw(_(str(e)), title=_("Nilai Capaian Tidak Dapat Dihitung"))
	for row, n in zip(baris, nilai, strict=True):
		c = k.sumber.capaian[row.name]
		doc.append(
			"nilai_iki",
			{
				"rhk": row.parent,
				"jenis": rhk[row.parent].jenis,
				"uraian_rhk": rhk[row.parent].uraian,
				"iki": row.name,
				"uraian_iki": row.uraian,
				"aspek": row.aspek,
				"satuan": row.satuan,
				"arah": row.arah,
				"target": c.target,
				"target_maks": c.target_maks or 0,
				"realisasi": c.realisasi or 0,
				"capaian": c.capaian or 0.0,
				"kategori": n.kategori,
				"nilai": n.nilai,
				"bobot": n.bobot,
				"nilai_tertimbang": n.nilai_tertimbang,
			},
		)


def isi_kinerja_tambahan(doc, k: KonteksPenilaian) -> None:
	"""Kinerja Tambahan (development commitment, community involvement, other) with its evidence."""
	doc.set("kinerja_tambahan", [])
	bukti: dict[str, list] = {}
	for b in k.sumber.bukti:
		bukti.setdefault(b.rhk, []).append(b)
	for rhk in k.sumber.rhk:
		if rhk.jenis != "Tambahan":
			continue
		dasar = {
			"rhk": rhk.name,
			"kategori_tambahan": rhk.kategori_tambahan or _("Lainnya"),
			"uraian_rhk": rhk.uraian,
		}
		for b in bukti.get(rhk.name) or [None]:
			baris = dict(dasar)
			if b:
				baris.update(
					{
						"bukti_dukung": b.name,
						"jenis_bukti": b.jenis,
						"berkas": b.berkas,
						"tautan": b.tautan,
						"keterangan_bukti": b.keterangan,
						"status_bukti": b.status_verifikasi,
					}
				)
			doc.append("kinerja_tambahan", baris)


def isi_perilaku_kerja(doc, k: KonteksPenilaian) -> None:
	"""One row per behaviour of the SKP (BerAKHLAK, or the 8/2021 aspects) with its ekspektasi khusus."""
	isian = isian_tersimpan(doc, "perilaku_kerja")
	rows = frappe.get_all(
		"Perilaku Kerja SKP",
		filters={"parenttype": "SKP", "parent": k.skp.name},
		fields=["perilaku_kerja", "panduan", "ekspektasi_khusus"],
		order_by="idx asc",
	)
	doc.set("perilaku_kerja", [])
	for row in rows:
		doc.append(
			"perilaku_kerja",
			{
				"perilaku_kerja": row.perilaku_kerja,
				"panduan": row.panduan,
				"ekspektasi_khusus": row.ekspektasi_khusus,
				**isian.get(row.perilaku_kerja, {}),
			},
		)


def isi_masukan(doc, k: KonteksPenilaian) -> None:
	"""Input of self, peers and subordinates (when the settings allow it), summed up per behaviour;
	who gave it stays on the input records, which the assessed employee does not see."""
	if k.masukan is None:
		k.masukan = layanan.Masukan({}, {}, []) if doc.is_new() else layanan.muat_masukan(doc.name)
	for row in doc.perilaku_kerja:
		jumlah, saran, nilai = ringkas_masukan(
			k.masukan.rating.get(row.perilaku_kerja, []),
			k.masukan.nilai.get(row.perilaku_kerja, []),
			k.pengaturan.aturan_agregasi_perilaku,
		)
		row.jumlah_masukan = jumlah
		row.saran_rating_masukan = saran.value if saran else ""
		row.nilai_masukan = nilai
	doc.jumlah_masukan = len(k.masukan.jenis_pemberi)
	doc.dengan_masukan_rekan = int(dengan_masukan_360(k.masukan.jenis_pemberi))


# Numbers ---------------------------------------------------------------------------------------------


def hitung(doc, k: KonteksPenilaian) -> None:
	"""Every number of the assessment from one domain call for its regime."""
	if doc.regulasi == REGULASI_8_2021:
		hitung_8_2021(doc, k)
	else:
		hitung_6_2022(doc, k)


def hitung_8_2021(doc, k: KonteksPenilaian) -> None:
	"""Weighted Kinerja Utama and Tambahan, behaviour score, 70/30 (60/40 with peers), predikat by
	the settings' bands (domain.penilaian.hasil_8_2021)."""
	p = k.pengaturan
	doc.rating_hasil_kerja = doc.rating_perilaku_kerja = None
	doc.saran_rating_hasil_kerja = doc.saran_rating_perilaku_kerja = ""
	masukan = k.masukan.nilai if k.masukan else {}
	hasil = hasil_8_2021(
		[
			(r.jenis, flt(r.nilai), flt(r.bobot), bool(flt(r.realisasi) or flt(r.capaian)))
			for r in doc.nilai_iki
		],
		[(flt(r.nilai), masukan.get(r.perilaku_kerja, [])) for r in doc.perilaku_kerja],
		tahunan=doc.jenis_penilaian == "Tahunan",
		dengan_masukan_360=bool(doc.dengan_masukan_rekan),
		bobot=(p.bobot_hasil_kerja, p.bobot_perilaku_kerja),
		bobot_360=(p.bobot_hasil_kerja_360, p.bobot_perilaku_kerja_360),
		pita=p.pita_nilai,
	)
	doc.nilai_kinerja_utama = hasil.nilai_kinerja_utama
	doc.nilai_kinerja_tambahan = hasil.nilai_kinerja_tambahan
	doc.nilai_skp = hasil.nilai_skp
	doc.nilai_perilaku_kerja = hasil.nilai_perilaku
	doc.bobot_skp, doc.bobot_perilaku = hasil.bobot_skp, hasil.bobot_perilaku
	doc.nilai_akhir = hasil.nilai_akhir
	doc.predikat = hasil.predikat.value if hasil.predikat else None


def hitung_6_2022(doc, k: KonteksPenilaian) -> None:
	"""The suggestion from capaian (the assessor decides), the unit leader's default, the behaviour
	rating by the settings' rule and the predikat by the settings' quadrant (domain.penilaian)."""
	p = k.pengaturan
	if doc.docstatus == 0:
		isi_rating_pimpinan(doc, k)
	penilai_sendiri = doc.rating_perilaku_kerja if doc.rating_perilaku_ditetapkan_penilai else None
	hasil = hasil_6_2022(
		k.capaian_rhk,
		[row.rating for row in doc.perilaku_kerja],
		doc.rating_hasil_kerja,
		penilai_sendiri,
		batas_di_atas=p.batas_rating_di_atas,
		batas_di_bawah=p.batas_rating_di_bawah,
		porsi_mayoritas=p.porsi_mayoritas,
		aturan_perilaku=p.aturan_agregasi_perilaku,
		matriks=p.matriks,
	)
	if k.capaian_rhk is not None:
		doc.capaian_keseluruhan = hasil.capaian_keseluruhan or 0
		doc.saran_rating_hasil_kerja = hasil.saran_hasil_kerja.value if hasil.saran_hasil_kerja else ""
	doc.saran_rating_perilaku_kerja = hasil.saran_perilaku.value if hasil.saran_perilaku else ""
	if not penilai_sendiri:
		doc.rating_perilaku_kerja = hasil.rating_perilaku.value if hasil.rating_perilaku else None
	doc.predikat = hasil.predikat.value if hasil.predikat else None


def isi_rating_pimpinan(doc, k: KonteksPenilaian) -> None:
	"""For a unit leader the rating hasil kerja defaults to the unit's achievement [S]."""
	if k.pimpinan_unit is None:
		k.pimpinan_unit = bool(layanan.unit_dipimpin(doc.employee))
		if k.pimpinan_unit:
			k.capaian_unit = layanan.capaian_unit_pimpinan(doc.employee, doc.periode_kinerja)
	doc.pimpinan_unit = int(k.pimpinan_unit)
	if not k.pimpinan_unit:
		return
	doc.capaian_unit = k.capaian_unit or 0
	bawaan = rating_pimpinan_unit(
		k.capaian_unit,
		batas_di_atas=k.pengaturan.batas_rating_di_atas,
		batas_di_bawah=k.pengaturan.batas_rating_di_bawah,
	)
	if bawaan and not doc.rating_hasil_kerja:
		doc.rating_hasil_kerja = bawaan.value


def teks_realisasi(sumber, rhk: str) -> str:
	"""One line per IKI: realisation against target and its capaian, as the print shows it."""
	baris = []
	for row in sumber.iki_rhk(rhk):
		c = sumber.capaian[row.name]
		target = f"{c.target:g}" + (f"-{c.target_maks:g}" if c.target_maks else "")
		realisasi = "-" if c.realisasi is None else f"{c.realisasi:g}"
		capaian = "" if c.capaian is None else f" ({c.capaian:.1f}%)"
		baris.append(f"{row.uraian}: {realisasi} / {target} {row.satuan or ''}{capaian}".strip())
	return "\n".join(baris)
