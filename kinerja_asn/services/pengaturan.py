"""Pengaturan Kinerja (the single settings record) to and from the domain's rule tables.

The domain owns the default values; the settings record holds an agency's edited copy. These
adapters are the only place that translates between the two.
"""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_asn.domain.angka_kredit import DEFAULT_PERSENTASE_AK
from kinerja_asn.domain.capaian import DEFAULT_TABEL_CAPAIAN, PitaCapaian
from kinerja_asn.domain.distribusi import DEFAULT_ATURAN_DISTRIBUSI, AturanDistribusi
from kinerja_asn.domain.pelaksanaan import (
	DEFAULT_BATAS_CAPAIAN_WAJAR,
	DEFAULT_RASIO_REALISASI_WAJAR,
	jenis_berkas,
)
from kinerja_asn.domain.penilaian import DEFAULT_BOBOT_KINERJA_TAMBAHAN
from kinerja_asn.domain.rating import (
	DEFAULT_MATRIKS,
	DEFAULT_PITA_NILAI,
	PitaNilai,
	Predikat,
	Rating,
	normalisasi_matriks,
)

JENIS_BATAS = {"maks": "Maksimal", "min": "Minimal"}
AGREGASI = {"Mayoritas": "mayoritas", "Terendah": "terendah", "Rata-rata": "rata_rata"}


def default_pengaturan_rows() -> dict[str, list[dict]]:
	"""Rows of each settings table, as the domain's defaults give them."""
	return {
		"matriks_predikat": [
			{"rating_hasil_kerja": h.value, "rating_perilaku_kerja": p.value, "predikat": predikat.value}
			for (h, p), predikat in DEFAULT_MATRIKS.items()
		],
		"pita_nilai_capaian": [
			{
				"kategori": pita.kategori,
				"capaian_dari": pita.batas_bawah or 0,
				"dari_inklusif": int(pita.termasuk_bawah),
				"capaian_sampai": pita.batas_atas or 0,
				"sampai_inklusif": int(pita.termasuk_atas),
				"tanpa_batas_atas": int(pita.batas_atas is None),
				"titik_capaian_awal": pita.c_lo,
				"titik_capaian_akhir": pita.c_hi,
				"nilai_awal": pita.n_lo,
				"nilai_akhir": pita.n_hi,
			}
			for pita in DEFAULT_TABEL_CAPAIAN
		],
		"pita_predikat_nilai": [
			{"predikat": pita.predikat.value, "nilai_minimal": pita.batas_bawah}
			for pita in DEFAULT_PITA_NILAI
		],
		"aturan_distribusi": [
			{
				"predikat_organisasi": aturan.predikat_organisasi.value,
				"jenis_batas": JENIS_BATAS[aturan.jenis],
				"predikat_pegawai": ", ".join(
					p.value for p in sorted(aturan.predikat, key=lambda p: -p.rank)
				),
				"persen": aturan.persen or 0,
				"jumlah": aturan.jumlah or 0,
				"keterangan": aturan.teks,
			}
			for aturan in DEFAULT_ATURAN_DISTRIBUSI
		],
		"persentase_angka_kredit": [
			{"predikat": predikat.value, "persentase": persen}
			for predikat, persen in DEFAULT_PERSENTASE_AK.items()
		],
	}


def matriks_dari_rows(rows) -> dict[tuple[Rating, Rating], Predikat]:
	return normalisasi_matriks(
		{(row.rating_hasil_kerja, row.rating_perilaku_kerja): row.predikat for row in rows}
	)


def tabel_capaian_dari_rows(rows) -> tuple[PitaCapaian, ...]:
	return tuple(
		PitaCapaian(
			kategori=row.kategori,
			batas_bawah=row.capaian_dari,
			batas_atas=None if row.tanpa_batas_atas else row.capaian_sampai,
			termasuk_bawah=bool(row.dari_inklusif),
			termasuk_atas=bool(row.sampai_inklusif),
			c_lo=row.titik_capaian_awal,
			c_hi=row.titik_capaian_akhir,
			n_lo=row.nilai_awal,
			n_hi=row.nilai_akhir,
		)
		for row in rows
	)


def pita_nilai_dari_rows(rows) -> tuple[PitaNilai, ...]:
	return tuple(PitaNilai(row.nilai_minimal, Predikat.parse(row.predikat)) for row in rows)


def aturan_distribusi_dari_rows(rows) -> tuple[AturanDistribusi, ...]:
	jenis = {label: kode for kode, label in JENIS_BATAS.items()}
	aturan = []
	for row in rows:
		predikat = [p.strip() for p in (row.predikat_pegawai or "").split(",") if p.strip()]
		pakai_persen = bool(row.persen)
		aturan.append(
			AturanDistribusi(
				kode=f"baris_{row.idx}",
				predikat_organisasi=row.predikat_organisasi,
				predikat=frozenset(predikat),
				jenis=jenis.get(row.jenis_batas, row.jenis_batas),
				persen=row.persen if pakai_persen else None,
				jumlah=None if pakai_persen else int(row.jumlah or 0),
				teks=row.keterangan or "",
			)
		)
	return tuple(aturan)


def persentase_ak_dari_rows(rows) -> dict[Predikat, float]:
	hasil: dict[Predikat, float] = {}
	for row in rows:
		predikat = Predikat.parse(row.predikat)
		if predikat in hasil:
			raise ValueError(f"Persentase untuk predikat {predikat.value} diisi lebih dari sekali")
		hasil[predikat] = float(row.persentase)
	kurang = [p.value for p in Predikat if p not in hasil]
	if kurang:
		raise ValueError(f"Persentase angka kredit belum diisi untuk: {', '.join(kurang)}")
	return hasil


@dataclass(frozen=True)
class Pengaturan:
	"""The settings in the shapes the domain functions take."""

	matriks: dict
	tabel_capaian: tuple[PitaCapaian, ...]
	pita_nilai: tuple[PitaNilai, ...]
	aturan_distribusi: tuple[AturanDistribusi, ...]
	persentase_ak: dict[Predikat, float]
	batas_rating_di_atas: float
	batas_rating_di_bawah: float
	porsi_mayoritas: float
	aturan_agregasi_perilaku: str
	bobot_hasil_kerja: float
	bobot_perilaku_kerja: float
	bobot_hasil_kerja_360: float
	bobot_perilaku_kerja_360: float
	distribusi_memblokir: bool
	batas_hari_keberatan: int
	jke_jam_per_tahun: float
	batas_beban_bawah: float
	batas_beban_atas: float
	pengingat_pimpinan_aktif: bool
	hari_eskalasi_pimpinan: int
	kemiripan_saran_minimal: float
	maks_bawahan_langsung: int
	jenis_berkas_diizinkan: tuple[str, ...] = ()
	ukuran_berkas_maks_mb: float = 0.0
	frekuensi_realisasi: str = "Bulanan"
	pengingat_realisasi_aktif: bool = True
	pengingat_bukti_ditolak_aktif: bool = True
	pengingat_skp_belum_disetujui_aktif: bool = True
	masukan_perilaku_aktif: bool = False
	bobot_kinerja_tambahan: float = DEFAULT_BOBOT_KINERJA_TAMBAHAN
	rasio_realisasi_wajar: float = DEFAULT_RASIO_REALISASI_WAJAR
	batas_capaian_wajar: float = DEFAULT_BATAS_CAPAIAN_WAJAR
	pemberitahuan_pengajuan_aktif: bool = True
	ringkasan_harian_aktif: bool = True
	pemberitahuan_penilaian_ditetapkan_aktif: bool = True
	pemberitahuan_keberatan_diputuskan_aktif: bool = True
	pemberitahuan_masa_penilaian_dibuka_aktif: bool = True
	pengingat_masa_penilaian_ditutup_aktif: bool = True


def pengaturan_dari_doc(doc) -> Pengaturan:
	"""Raises ValueError (with an Indonesian message) when a table does not make a valid rule."""
	return Pengaturan(
		matriks=matriks_dari_rows(doc.matriks_predikat),
		tabel_capaian=tabel_capaian_dari_rows(doc.pita_nilai_capaian),
		pita_nilai=pita_nilai_dari_rows(doc.pita_predikat_nilai),
		aturan_distribusi=aturan_distribusi_dari_rows(doc.aturan_distribusi),
		persentase_ak=persentase_ak_dari_rows(doc.persentase_angka_kredit),
		batas_rating_di_atas=float(doc.batas_rating_di_atas),
		batas_rating_di_bawah=float(doc.batas_rating_di_bawah),
		porsi_mayoritas=float(doc.porsi_mayoritas) / 100,
		aturan_agregasi_perilaku=AGREGASI.get(doc.aturan_agregasi_perilaku, "mayoritas"),
		bobot_hasil_kerja=float(doc.bobot_hasil_kerja),
		bobot_perilaku_kerja=float(doc.bobot_perilaku_kerja),
		bobot_hasil_kerja_360=float(doc.bobot_hasil_kerja_360),
		bobot_perilaku_kerja_360=float(doc.bobot_perilaku_kerja_360),
		distribusi_memblokir=bool(doc.distribusi_memblokir),
		batas_hari_keberatan=int(doc.batas_hari_keberatan),
		jke_jam_per_tahun=float(doc.jke_jam_per_tahun),
		batas_beban_bawah=float(doc.batas_beban_bawah),
		batas_beban_atas=float(doc.batas_beban_atas),
		pengingat_pimpinan_aktif=bool(doc.pengingat_pimpinan_aktif),
		hari_eskalasi_pimpinan=int(doc.hari_eskalasi_pimpinan or 0),
		kemiripan_saran_minimal=float(doc.kemiripan_saran_minimal or 0) / 100,
		maks_bawahan_langsung=int(doc.maks_bawahan_langsung or 0),
		jenis_berkas_diizinkan=jenis_berkas(getattr(doc, "jenis_berkas_diizinkan", None)),
		ukuran_berkas_maks_mb=float(getattr(doc, "ukuran_berkas_maks_mb", None) or 0),
		frekuensi_realisasi=getattr(doc, "frekuensi_realisasi", None) or "Bulanan",
		pengingat_realisasi_aktif=bool(getattr(doc, "pengingat_realisasi_aktif", 1)),
		pengingat_bukti_ditolak_aktif=bool(getattr(doc, "pengingat_bukti_ditolak_aktif", 1)),
		pengingat_skp_belum_disetujui_aktif=bool(getattr(doc, "pengingat_skp_belum_disetujui_aktif", 1)),
		masukan_perilaku_aktif=bool(getattr(doc, "masukan_perilaku_aktif", 0)),
		bobot_kinerja_tambahan=float(
			_isi(getattr(doc, "bobot_kinerja_tambahan", None), DEFAULT_BOBOT_KINERJA_TAMBAHAN)
		),
		rasio_realisasi_wajar=float(
			_isi(getattr(doc, "rasio_realisasi_wajar", None), DEFAULT_RASIO_REALISASI_WAJAR)
		),
		batas_capaian_wajar=float(
			_isi(getattr(doc, "batas_capaian_wajar", None), DEFAULT_BATAS_CAPAIAN_WAJAR)
		),
		pemberitahuan_pengajuan_aktif=bool(getattr(doc, "pemberitahuan_pengajuan_aktif", 1)),
		ringkasan_harian_aktif=bool(getattr(doc, "ringkasan_harian_aktif", 1)),
		pemberitahuan_penilaian_ditetapkan_aktif=bool(
			getattr(doc, "pemberitahuan_penilaian_ditetapkan_aktif", 1)
		),
		pemberitahuan_keberatan_diputuskan_aktif=bool(
			getattr(doc, "pemberitahuan_keberatan_diputuskan_aktif", 1)
		),
		pemberitahuan_masa_penilaian_dibuka_aktif=bool(
			getattr(doc, "pemberitahuan_masa_penilaian_dibuka_aktif", 1)
		),
		pengingat_masa_penilaian_ditutup_aktif=bool(
			getattr(doc, "pengingat_masa_penilaian_ditutup_aktif", 1)
		),
	)


def _isi(nilai, bawaan):
	"""A stored value, or the default while the field has never been stored (0 is a value)."""
	return bawaan if nilai is None else nilai


def get_pengaturan() -> Pengaturan:
	"""The site's settings, read from the cached settings document."""
	import frappe

	return pengaturan_dari_doc(frappe.get_cached_doc("Pengaturan Kinerja"))
