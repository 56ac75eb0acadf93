"""Assessment actions for the desk and the portal. Each endpoint derives the acting employee from the
session and checks their right (assessor, assessed employee, decider of an appeal) before acting;
nothing the client sends names who acts.

List arguments accept a JSON string too (frappe.call sends them so)."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import getdate, now_datetime, today

from kinerja_asn.domain.argumen import (
	Angka,
	Daftar,
	Nama,
	Peta,
	Pilihan,
	Rekaman,
	Teks,
)
from kinerja_asn.domain.periode import keberatan_tepat_waktu
from kinerja_asn.services import alur, penilai
from kinerja_asn.services import penilaian as layanan
from kinerja_asn.services.akses import is_pengelola, penilai_skp
from kinerja_asn.services.argumen import argumen
from kinerja_asn.services.kunci import cari_terkunci, kunci_baris
from kinerja_asn.services.pengaturan import get_pengaturan

RATING = ("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi")


def _tolak(pesan: str):
	frappe.throw(pesan, frappe.PermissionError)


def _saya() -> str:
	employee = penilai.employee_of_user()
	if not employee:
		_tolak(_("Akun Anda tidak terhubung dengan data pegawai yang aktif."))
	return employee


def _muat(doctype: str, name: str):
	try:
		return frappe.get_doc(doctype, name)
	except frappe.DoesNotExistError:
		frappe.clear_last_message()
		frappe.throw(_("{0} {1} tidak ditemukan.").format(_(doctype), name), frappe.DoesNotExistError)


@frappe.whitelist(methods=["POST"])
@argumen(skp=Nama("SKP"), periode=Nama("Periode Kinerja", wajib=False))
def buat_penilaian(skp: str, periode: str | None = None) -> str:
	"""The assessor (resolved, acting officials included) or HR opens the assessment of an SKP for a
	period (the SKP's year by default); an open one is returned as it is."""
	periode = periode or frappe.db.get_value("SKP", skp, "periode_kinerja")
	if not periode:
		frappe.throw(_("SKP {0} belum memiliki periode kinerja.").format(skp))
	kunci_baris("SKP", skp)  # two clicks at once open one assessment
	ada = cari_terkunci("Penilaian Kinerja", {"skp": skp, "periode": periode, "docstatus": ("<", 2)})
	ada = ada[0] if ada else None
	if ada:
		frappe.has_permission("Penilaian Kinerja", "read", ada, throw=True)
		return ada
	doc = frappe.get_doc({"doctype": "Penilaian Kinerja", "skp": skp, "periode": periode})
	if not is_pengelola() and penilai_skp(skp) != _saya():
		_tolak(_("Hanya Pejabat Penilai Kinerja pegawai ini yang dapat membuat penilaiannya."))
	doc.insert()
	return doc.name


TINDAKAN_PENILAI = ("simpan", "nilai", "tetapkan")


@frappe.whitelist(methods=["POST"])
@argumen(
	penilaian=Nama("Penilaian Kinerja"),
	tindakan=Pilihan(TINDAKAN_PENILAI),
	rating_hasil_kerja=Pilihan(RATING, wajib=False),
	rating_perilaku_kerja=Pilihan(RATING, wajib=False),
	perilaku=Peta(Pilihan(RATING, wajib=False), maks_item=50),
	umpan_balik_hasil_kerja=Teks(maks=5000),
	umpan_balik_perilaku_kerja=Teks(maks=5000),
)
def nilai_penilaian(
	penilaian: str,
	tindakan: str,
	rating_hasil_kerja: str | None = None,
	rating_perilaku_kerja: str | None = None,
	perilaku: dict | str | None = None,
	umpan_balik_hasil_kerja: str | None = None,
	umpan_balik_perilaku_kerja: str | None = None,
) -> dict:
	"""The portal's rating by the assessor the resolver stored (never the assessed employee):
	"simpan" keeps the draft, "nilai" rates it (status Dinilai), "tetapkan" makes a rated one final.
	perilaku: {behaviour row name: rating}. Each step goes through the controller and the workflow
	(the curve, the settings' matrix); a refused step stores nothing."""
	doc = _muat("Penilaian Kinerja", penilaian)
	if not doc.diputus_oleh(frappe.session.user):
		_tolak(_("Hanya Pejabat Penilai Kinerja pegawai ini yang dapat menilainya."))
	if doc.docstatus != 0:
		frappe.throw(_("Penilaian ini sudah ditetapkan."))
	if tindakan == "tetapkan":
		if doc.status != alur.DINILAI:
			frappe.throw(_("Nilai penilaian ini terlebih dahulu sebelum menetapkannya."))
		doc = alur.terapkan(doc, alur.DITETAPKAN, maju=True)
		return _ringkas(doc)
	if doc.status != alur.DRAF:
		frappe.throw(_("Penilaian ini sudah dinilai; kembalikan ke Draft di Desk untuk mengubahnya."))
	perilaku = frappe.parse_json(perilaku) if isinstance(perilaku, str) else (perilaku or {})
	baris = {row.name: row for row in doc.perilaku_kerja}
	asing = set(perilaku) - set(baris)
	if asing:
		frappe.throw(
			_("Baris perilaku berikut bukan bagian dari penilaian ini: {0}.").format(", ".join(sorted(asing)))
		)
	for name, rating in perilaku.items():
		baris[name].rating = rating or None
	if rating_hasil_kerja is not None:
		doc.rating_hasil_kerja = rating_hasil_kerja or None
	if rating_perilaku_kerja:
		doc.rating_perilaku_kerja = rating_perilaku_kerja
		doc.rating_perilaku_ditetapkan_penilai = 1
	for field, nilai in (
		("umpan_balik_hasil_kerja", umpan_balik_hasil_kerja),
		("umpan_balik_perilaku_kerja", umpan_balik_perilaku_kerja),
	):
		if nilai is not None:
			doc.set(field, nilai.strip())
	if tindakan == "nilai":
		doc = alur.terapkan(doc, alur.DINILAI, maju=True)
	else:
		doc.save()
	return _ringkas(doc)


def _ringkas(doc) -> dict:
	return {
		"name": doc.name,
		"status": doc.status,
		"docstatus": doc.docstatus,
		"predikat": doc.predikat,
		"rating_hasil_kerja": doc.rating_hasil_kerja,
		"rating_perilaku_kerja": doc.rating_perilaku_kerja,
		"saran_rating_perilaku_kerja": doc.saran_rating_perilaku_kerja,
		"pelanggaran_distribusi": doc.pelanggaran_distribusi or "",
	}


@frappe.whitelist()
@argumen(penilaian=Nama("Penilaian Kinerja"))
def kuota_distribusi(penilaian: str) -> dict:
	"""The unit's curve while assessing: organisation predikat, size, per-predikat count and the slots
	left (this assessment's current predikat included), and the rules already broken."""
	doc = _muat("Penilaian Kinerja", penilaian)
	if not (
		is_pengelola()
		or penilai.employee_of_user() in (doc.penyetuju, doc.pejabat_penilai, doc.atasan_pejabat_penilai)
	):
		_tolak(_("Sebaran predikat unit hanya dapat dilihat oleh pejabat penilai."))
	keadaan = layanan.keadaan_unit(doc.periode, doc.periode_kinerja, doc.department, doc.name)
	tambahan = doc.predikat if doc.docstatus == 0 else None
	return {
		"unit": keadaan.unit,
		"predikat_organisasi": keadaan.organisasi.predikat if keadaan.organisasi else None,
		"jumlah_pegawai": keadaan.jumlah_pegawai,
		"sudah_dinilai": len(keadaan.predikat) + (1 if tambahan else 0),
		"kuota": keadaan.ringkasan(tambahan),
		"pelanggaran": keadaan.pelanggaran(tambahan),
		"memblokir": get_pengaturan().distribusi_memblokir,
	}


@frappe.whitelist(methods=["POST"])
@argumen(penilaian=Nama("Penilaian Kinerja"))
def akui_penilaian(penilaian: str) -> dict:
	"""The assessed employee acknowledges the final assessment (it stays final)."""
	doc = _muat("Penilaian Kinerja", penilaian)
	if doc.employee != _saya():
		_tolak(_("Hanya pegawai yang dinilai yang dapat menyatakan telah mengetahui penilaiannya."))
	if doc.docstatus != 1:
		frappe.throw(_("Penilaian belum ditetapkan."))
	if not doc.diketahui_pegawai:
		doc.diketahui_pegawai = 1
		doc.tanggal_diketahui = now_datetime()
		doc.flags.diketahui_pegawai = True
		doc.flags.ignore_permissions = True
		doc.save()
	return {"diketahui_pegawai": 1, "tanggal_diketahui": doc.tanggal_diketahui}


@frappe.whitelist(methods=["POST"])
@argumen(penilaian=Nama("Penilaian Kinerja"), alasan=Teks(maks=20000, wajib=True))
def ajukan_keberatan(penilaian: str, alasan: str) -> str:
	"""The assessed employee appeals a final assessment within the settings' number of days."""
	doc = _muat("Penilaian Kinerja", penilaian)
	if doc.employee != _saya():
		_tolak(_("Keberatan hanya dapat diajukan oleh pegawai yang dinilai."))
	if not (alasan or "").strip():
		frappe.throw(_("Tuliskan alasan keberatan."), title=_("Alasan Diperlukan"))
	keberatan = frappe.get_doc(
		{"doctype": "Keberatan Penilaian Kinerja", "penilaian_kinerja": penilaian, "alasan_keberatan": alasan}
	)
	keberatan.insert()
	return keberatan.name


@frappe.whitelist()
@argumen(penilaian=Nama("Penilaian Kinerja"))
def dapat_mengajukan_keberatan(penilaian: str) -> bool:
	doc = _muat("Penilaian Kinerja", penilaian)
	if doc.employee != penilai.employee_of_user() or doc.docstatus != 1 or doc.keberatan:
		return False
	return keberatan_tepat_waktu(
		getdate(doc.tanggal_ditetapkan), getdate(today()), get_pengaturan().batas_hari_keberatan
	)


@frappe.whitelist(methods=["POST"])
@argumen(
	keberatan=Nama("Keberatan Penilaian Kinerja"),
	keputusan=Pilihan(("Ditolak", "Diubah")),
	pertimbangan=Teks(maks=20000, wajib=True),
	rating_hasil_kerja=Pilihan(RATING, wajib=False),
	rating_perilaku_kerja=Pilihan(RATING, wajib=False),
	nilai_akhir=Angka(0, 150),
)
def putuskan_keberatan(
	keberatan: str,
	keputusan: str,
	pertimbangan: str,
	rating_hasil_kerja: str | None = None,
	rating_perilaku_kerja: str | None = None,
	nilai_akhir: float | None = None,
) -> dict:
	"""The Atasan Pejabat Penilai (or the acting official) decides: Ditolak keeps the assessment,
	Diubah replaces its ratings (or 8/2021 final value) and predikat. Final."""
	doc = _muat("Keberatan Penilaian Kinerja", keberatan)
	if not doc.diputus_oleh(frappe.session.user):
		_tolak(_("Keberatan hanya dapat diputuskan oleh Atasan Pejabat Penilai."))
	if doc.docstatus != 0:
		frappe.throw(_("Keberatan ini sudah diputuskan."))
	doc.putuskan(keputusan, pertimbangan, rating_hasil_kerja, rating_perilaku_kerja, nilai_akhir)
	return {"status": doc.status, "predikat_baru": doc.predikat_baru}


@frappe.whitelist(methods=["POST"])
@argumen(
	penilaian=Nama("Penilaian Kinerja"),
	rincian=Daftar(
		Rekaman(
			{
				"perilaku_kerja": Nama("Perilaku Kerja"),
				"rating": Pilihan(RATING, wajib=False),
				"nilai": Angka(0, 150),
				"catatan": Teks(maks=5000),
			}
		),
		maks_item=50,
	),
)
def beri_masukan_perilaku(penilaian: str, rincian: list | str) -> str:
	"""Self, peer or subordinate input on behaviour, when the settings allow it: the giver's own record
	is made or replaced; the giver never reads the assessment itself."""
	rincian = frappe.parse_json(rincian) if isinstance(rincian, str) else rincian
	pemberi = _saya()
	name = frappe.db.get_value("Masukan Perilaku Kerja", {"penilaian_kinerja": penilaian, "pemberi": pemberi})
	doc = (
		frappe.get_doc("Masukan Perilaku Kerja", name)
		if name
		else frappe.get_doc({"doctype": "Masukan Perilaku Kerja", "penilaian_kinerja": penilaian})
	)
	doc.set("rincian", [])
	for row in rincian or []:
		doc.append(
			"rincian",
			{
				"perilaku_kerja": row.get("perilaku_kerja"),
				"rating": row.get("rating"),
				"nilai": row.get("nilai"),
				"catatan": row.get("catatan"),
			},
		)
	doc.save()
	return doc.name
