"""Check-ins, evidence and feedback for the desk and the portal. Every endpoint derives the acting
employee from the session user and checks ownership or the approver's right before acting; nothing
the client sends names the employee.

List and dict arguments accept a JSON string too (frappe.call sends them so)."""

from __future__ import annotations

import os

import frappe
from frappe import _
from frappe.utils import escape_html, now_datetime

from kinerja_asn.domain.argumen import (
	Bendera,
	Daftar,
	Nama,
	Peta,
	Pilihan,
	Rekaman,
	Skalar,
	Teks,
)
from kinerja_asn.domain.pelaksanaan import (
	validasi_berkas,
	validasi_isi_berkas,
	validasi_isian_realisasi,
	validasi_tautan,
)
from kinerja_asn.services import alur, penilai
from kinerja_asn.services import realisasi as layanan
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import argumen
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.pengingat import ingatkan_bukti_ditolak

# The approver's decisions, by the status they lead to (the workflow's action labels are the admin's).
KEPUTUSAN = {"Diverifikasi": ("Diverifikasi",), "Revisi": alur.DIKEMBALIKAN}
JENIS_BUKTI = ("Dokumen", "Foto", "Tautan")


def _tolak(pesan: str):
	frappe.throw(pesan, frappe.PermissionError)


def _saya() -> str:
	return layanan.wajib_pegawai(penilai.employee_of_user())


def _muat(name: str):
	try:
		return frappe.get_doc("Realisasi Kinerja", name)
	except frappe.DoesNotExistError:
		frappe.clear_last_message()
		frappe.throw(
			_("Realisasi {0} tidak ditemukan.").format(escape_html(name)),
			frappe.DoesNotExistError,
			title=_("Data Tidak Ditemukan"),
		)


def _milik_saya(doc) -> None:
	if doc.employee != _saya():
		_tolak(_("Anda hanya dapat mengubah realisasi kinerja Anda sendiri."))


def _sebagai_penyetuju(doc) -> None:
	"""After _wajib_penyetuju and the waiting check on the check-in loaded in this request: the approver
	changes feedback and status only (links were checked when the employee saved), and the save's own
	permission look-ups would repeat those checks (check_if_latest still refuses a concurrent edit)."""
	doc.flags.ignore_links = True
	doc.flags.ignore_permissions = True


def _wajib_penyetuju(doc) -> None:
	"""The approver the resolver stored on the check-in (acting officials included), never its owner."""
	if not doc.diputus_oleh(frappe.session.user):
		_tolak(_("Hanya Pejabat Penilai Kinerja pegawai ini yang dapat memverifikasi realisasinya."))


@frappe.whitelist(methods=["POST"])
@argumen(skp=Nama("SKP"), sub_periode=Nama("Periode Kinerja"))
def ambil_realisasi(skp: str, sub_periode: str) -> dict:
	"""The owner's check-in of the SKP for the sub-period (a draft with rows is made when missing);
	the approver, the Atasan Pejabat Penilai and HR read it without creating it."""
	pemilik = frappe.db.get_value("SKP", skp, "employee")
	if not pemilik:
		frappe.throw(_("SKP {0} tidak ditemukan.").format(skp), frappe.DoesNotExistError)
	name = layanan.realisasi_untuk(skp, sub_periode)
	if pemilik == penilai.employee_of_user():
		name = name or layanan.buat_realisasi(skp, sub_periode)
	elif not name:
		if not (is_pengelola() or frappe.has_permission("SKP", "read", skp)):
			_tolak(_("Anda tidak berhak melihat realisasi kinerja pegawai ini."))
		frappe.throw(_("Pegawai belum membuat realisasi untuk periode ini."), frappe.DoesNotExistError)
	# a locking read: a check-in another request just made is not in this transaction's snapshot
	doc = frappe.get_doc("Realisasi Kinerja", name, for_update=True)
	if not frappe.has_permission("Realisasi Kinerja", "read", doc):
		_tolak(_("Anda tidak berhak melihat realisasi kinerja pegawai ini."))
	return layanan.sebagai_dict(doc)


@frappe.whitelist(methods=["POST"])
@argumen(
	name=Nama("Realisasi Kinerja"),
	rincian=Daftar(
		Rekaman(
			{
				"name": Nama("Realisasi IKI"),
				"realisasi": Skalar(),
				"catatan": Teks(maks=5000),
				"keyakinan": Skalar(),
			}
		),
		maks_item=200,
	),
	konfirmasi=Bendera(),
)
def simpan_realisasi(name: str, rincian: list | str, konfirmasi: bool | int | str = False) -> dict:
	"""Owner, Draft/Revisi only. rincian: [{"name", "realisasi", "catatan", "keyakinan"}]; a
	realisation as text is read as Indonesian writes it ("0,5", "1.250").
	Returns {"ok": True, "doc": {...}}, or without saving {"ok": False, "errors": {row_name: pesan}}
	or, for values that look like a slip and were not confirmed (konfirmasi), {"ok": False,
	"peringatan": {row_name: pesan}}."""
	doc = _muat(name)
	_milik_saya(doc)
	if doc.docstatus != 0 or (doc.status or "Draft") not in ("Draft", "Revisi"):
		frappe.throw(_("Realisasi berstatus {0} tidak dapat diubah.").format(_(doc.status)))
	rincian = frappe.parse_json(rincian) if isinstance(rincian, str) else rincian
	if not isinstance(rincian, list):
		return {"ok": False, "errors": {"_": _("Format rincian tidak dikenal.")}}
	nilai, masalah = validasi_isian_realisasi(rincian, {row.name for row in doc.rincian})
	if masalah:
		return {"ok": False, "errors": {k: _(v) for k, v in masalah.items()}}
	for row in doc.rincian:
		isian = nilai.get(row.name)
		if isian is None:
			continue
		row.terisi = int(isian.realisasi is not None)
		row.realisasi = isian.realisasi or 0
		row.catatan = isian.catatan
		row.keyakinan = isian.keyakinan or 0
	if not konfirmasi:
		peringatan = _peringatan_baru(doc)
		if peringatan:
			return {"ok": False, "peringatan": peringatan}
	doc.save()
	return {"ok": True, "doc": layanan.sebagai_dict(doc)}


def _peringatan_baru(doc) -> dict[str, str]:
	"""Rows whose value looks like a slip and was not already confirmed as it is (the stored row
	carries the same warning), computed on the rows in hand with the stored period targets."""
	p = get_pengaturan()
	hasil = {}
	for row in doc.rincian:
		pesan = layanan.peringatan_baris(row, p)
		if pesan and pesan != row.peringatan:  # row.peringatan: as stored, set again by the save
			hasil[row.name] = _(pesan)
	return hasil


@frappe.whitelist(methods=["POST"])
@argumen(name=Nama("Realisasi Kinerja"))
def ajukan_realisasi(name: str) -> dict:
	"""Owner: workflow action Ajukan (Draft or Revisi to Diajukan)."""
	doc = _muat(name)
	_milik_saya(doc)
	doc = alur.terapkan(doc, alur.MENUNGGU, maju=True)
	return layanan.sebagai_dict(doc)


@frappe.whitelist(methods=["POST"])
@argumen(
	name=Nama("Realisasi Kinerja", dimuat=True),
	keputusan=Pilihan(tuple(KEPUTUSAN)),
	catatan=Teks(maks=5000),
	umpan_balik=Peta(Teks(maks=5000), maks_item=200),
)
def verifikasi_realisasi(
	name: str, keputusan: str, catatan: str | None = None, umpan_balik: dict | str | None = None
) -> dict:
	"""Approver only: keputusan "Diverifikasi" or "Revisi" (catatan required); umpan_balik {row_name: text}."""
	doc = _muat(name)
	_wajib_penyetuju(doc)
	if keputusan not in KEPUTUSAN:
		frappe.throw(_("Keputusan harus Diverifikasi atau Revisi."))
	if doc.docstatus != 0 or doc.status != alur.MENUNGGU:
		frappe.throw(_("Realisasi ini tidak sedang menunggu verifikasi (status {0}).").format(_(doc.status)))
	catatan = (catatan or "").strip()
	if keputusan == "Revisi" and not catatan:
		frappe.throw(_("Tuliskan catatan untuk perbaikan realisasi."), title=_("Catatan Diperlukan"))
	umpan_balik = frappe.parse_json(umpan_balik) if isinstance(umpan_balik, str) else (umpan_balik or {})
	if not isinstance(umpan_balik, dict):
		frappe.throw(_("Format umpan balik tidak dikenal."))
	dikenal = {row.name for row in doc.rincian}
	asing = set(umpan_balik) - dikenal
	if asing:
		frappe.throw(
			_("Baris berikut bukan bagian dari realisasi ini: {0}.").format(", ".join(sorted(asing)))
		)
	ditandai = {k for k, v in umpan_balik.items() if (v or "").strip()}
	for row in doc.rincian:
		if row.name in umpan_balik:
			row.umpan_balik = (umpan_balik[row.name] or "").strip()
		if keputusan == "Revisi":
			perlu = row.name in ditandai or not ditandai
			row.status_verifikasi = "Perlu Perbaikan" if perlu else "Diterima"
	doc.catatan_verifikasi = catatan or doc.catatan_verifikasi
	_sebagai_penyetuju(doc)
	# forward: to final, or to a review step an admin added (one save with the feedback above)
	doc = alur.terapkan(doc, *KEPUTUSAN[keputusan], maju=keputusan == "Diverifikasi")
	if keputusan == "Revisi":
		layanan.beri_tahu(
			doc.employee_user,
			_("Realisasi kinerja {0} dikembalikan untuk diperbaiki: {1}").format(
				doc.nama_sub_periode(), catatan
			),
			doc.doctype,
			doc.name,
		)
	return layanan.sebagai_dict(doc)


@frappe.whitelist(methods=["POST"])
@argumen(names=Daftar(Nama("Realisasi Kinerja"), maks_item=50, wajib=True))
def verifikasi_realisasi_massal(names: list | str) -> dict:
	"""Approver only: verify several check-ins at once. Every one must wait for the session user
	(else nothing is done); those with a flag (a value marked as unusual, a realisation without
	evidence) are left for a look of their own. Returns {"diverifikasi": [...], "dilewati": {name: why}}."""
	names = frappe.parse_json(names) if isinstance(names, str) else names
	if not names:
		frappe.throw(_("Pilih paling sedikit satu realisasi untuk diverifikasi."))
	docs = [_muat(name) for name in dict.fromkeys(names)]
	for doc in docs:
		_wajib_penyetuju(doc)
	hasil = {"diverifikasi": [], "dilewati": {}}
	for doc in docs:
		if doc.docstatus != 0 or doc.status != alur.MENUNGGU:
			hasil["dilewati"][doc.name] = _("tidak sedang menunggu verifikasi")
			continue
		tanda = layanan.tanda_realisasi(
			doc.jumlah_peringatan or 0,
			len(layanan.baris_tanpa_bukti(doc.rincian, layanan.bukti_realisasi(doc.skp, doc.sub_periode))),
		)
		if tanda:
			hasil["dilewati"][doc.name] = "; ".join(tanda)
			continue
		_sebagai_penyetuju(doc)
		alur.terapkan(doc, *KEPUTUSAN["Diverifikasi"], maju=True)
		hasil["diverifikasi"].append(doc.name)
	return hasil


@frappe.whitelist(methods=["POST"])
@argumen(name=Nama("Realisasi Kinerja"), catatan=Teks(maks=5000, wajib=True))
def simpan_catatan_revisi(name: str, catatan: str) -> None:
	"""Desk: the approver writes why the check-in goes back, before the Kembalikan action is applied."""
	doc = _muat(name)
	_wajib_penyetuju(doc)
	if doc.status != alur.MENUNGGU:
		frappe.throw(_("Realisasi ini tidak sedang menunggu verifikasi."))
	if not (catatan or "").strip():
		frappe.throw(_("Tuliskan catatan untuk perbaikan realisasi."))
	frappe.db.set_value("Realisasi Kinerja", name, "catatan_verifikasi", catatan.strip())


# Evidence ---------------------------------------------------------------------------------------------


@frappe.whitelist(methods=["POST"])
@argumen(
	rhk=Nama("Rencana Hasil Kerja"),
	iki=Nama("Indikator Kinerja Individu", wajib=False),
	sub_periode=Nama("Periode Kinerja"),
	jenis=Pilihan(JENIS_BUKTI),
	keterangan=Teks(maks=5000, wajib=True),
	tautan=Teks(maks=2000),
	untuk_angka_kredit=Bendera(),
)
def unggah_bukti(
	rhk: str,
	iki: str,
	sub_periode: str,
	jenis: str,
	keterangan: str,
	tautan: str | None = None,
	untuk_angka_kredit: bool = False,
) -> dict:
	"""Owner: evidence for an IKI in a sub-period, the file in the multipart field "file" (private) or
	a tautan for jenis Tautan. A refused upload stores nothing (no File, no Bukti Dukung)."""
	saya = _saya()
	if frappe.db.get_value("Rencana Hasil Kerja", rhk, "employee") != saya:
		_tolak(_("Bukti dukung hanya dapat diunggah untuk RHK Anda sendiri."))
	if jenis not in ("Dokumen", "Foto", "Tautan"):
		frappe.throw(_("Jenis bukti dukung harus Dokumen, Foto atau Tautan."))
	if not (keterangan or "").strip():
		frappe.throw(_("Isi keterangan bukti dukung."))
	nama_berkas, isi = None, None
	if jenis == "Tautan":
		masalah = validasi_tautan(tautan)
	else:
		berkas = _berkas_unggahan()
		if not berkas or not berkas.filename:
			frappe.throw(_("Pilih berkas bukti dukung."), title=_("Berkas Diperlukan"))
		nama_berkas = os.path.basename(berkas.filename.replace("\\", "/"))
		isi = berkas.stream.read()
		pengaturan = get_pengaturan()
		masalah = validasi_berkas(
			nama_berkas, len(isi), pengaturan.jenis_berkas_diizinkan, pengaturan.ukuran_berkas_maks_mb
		) or validasi_isi_berkas(nama_berkas, isi)
	if masalah:
		frappe.throw("<br>".join(_(m) for m in masalah), title=_("Bukti Dukung Ditolak"))
	return _simpan_bukti(
		rhk, iki, sub_periode, jenis, keterangan.strip(), tautan, nama_berkas, isi, bool(untuk_angka_kredit)
	)


def _berkas_unggahan():
	try:
		return frappe.request.files.get("file")
	except (AttributeError, RuntimeError):
		return None  # no request (a job or the console)


def _simpan_bukti(rhk, iki, sub_periode, jenis, keterangan, tautan, nama_berkas, isi, untuk_ak=False) -> dict:
	"""Bukti Dukung and its private File together, or neither."""
	frappe.db.savepoint("unggah_bukti")
	berkas = None
	try:
		bukti = frappe.get_doc(
			{
				"doctype": "Bukti Dukung",
				"rhk": rhk,
				"iki": iki or None,
				"sub_periode": sub_periode,
				"jenis": jenis,
				"keterangan": keterangan,
				"tautan": tautan if jenis == "Tautan" else None,
				"untuk_angka_kredit": int(untuk_ak),
			}
		)
		bukti.flags.berkas_menyusul = isi is not None
		bukti.insert()
		if isi is not None:
			berkas = frappe.get_doc(
				{
					"doctype": "File",
					"file_name": nama_berkas,
					"attached_to_doctype": "Bukti Dukung",
					"attached_to_name": bukti.name,
					"attached_to_field": "berkas",
					"is_private": 1,
					"content": isi,
				}
			)
			berkas.insert(ignore_permissions=True)
			bukti.berkas = berkas.file_url
			bukti.flags.berkas_menyusul = False
			bukti.save()
	except Exception:
		frappe.db.rollback(save_point="unggah_bukti")
		_hapus_berkas_yatim(berkas)
		raise
	return _bukti_dict(bukti)


def _bukti_dict(doc) -> dict:
	return {
		"name": doc.name,
		"employee": doc.employee,
		"skp": doc.skp,
		**{field: doc.get(field) for field in layanan.BUKTI_FIELDS if field != "name"},
		"diverifikasi_oleh": doc.diverifikasi_oleh,
		"tanggal_verifikasi": str(doc.tanggal_verifikasi) if doc.tanggal_verifikasi else None,
	}


def _hapus_berkas_yatim(berkas) -> None:
	"""After a rollback the database forgets the File, the disk does not: remove what nobody uses."""
	if not berkas or not berkas.get("file_url") or frappe.db.exists("File", {"file_url": berkas.file_url}):
		return
	try:
		path = berkas.get_full_path()
	except Exception:
		return
	if os.path.exists(path):
		os.remove(path)


@frappe.whitelist(methods=["POST"])
@argumen(name=Nama("Bukti Dukung"))
def hapus_bukti(name: str) -> None:
	"""Owner: delete evidence not yet verified, with its file."""
	doc = frappe.get_doc("Bukti Dukung", name)
	if doc.employee != _saya():
		_tolak(_("Anda hanya dapat menghapus bukti dukung Anda sendiri."))
	if doc.status_verifikasi != "Diajukan":
		frappe.throw(_("Bukti dukung yang sudah diverifikasi tidak dapat dihapus."))
	frappe.delete_doc("Bukti Dukung", name)


@frappe.whitelist(methods=["POST"])
@argumen(name=Nama("Bukti Dukung"), status=Pilihan(("Diterima", "Ditolak")), alasan=Teks(maks=5000))
def verifikasi_bukti(name: str, status: str, alasan: str | None = None) -> dict:
	"""Approver: status "Diterima" or "Ditolak" (alasan required); the owner is told of a rejection."""
	doc = frappe.get_doc("Bukti Dukung", name)
	saya = _saya()
	terpilih = penilai.tentukan(doc.employee, doc.pejabat_penilai)
	if saya == doc.employee or saya != terpilih.pegawai:
		_tolak(_("Hanya Pejabat Penilai Kinerja pegawai ini yang dapat memverifikasi bukti dukungnya."))
	if status not in ("Diterima", "Ditolak"):
		frappe.throw(_("Status verifikasi harus Diterima atau Ditolak."))
	alasan = (alasan or "").strip()
	if status == "Ditolak" and not alasan:
		frappe.throw(_("Tuliskan alasan penolakan bukti dukung."), title=_("Alasan Diperlukan"))
	if (
		doc.realisasi_kinerja
		and frappe.db.get_value("Realisasi Kinerja", doc.realisasi_kinerja, "docstatus") == 1
	):
		frappe.throw(_("Realisasi periode ini sudah diverifikasi; bukti dukungnya tidak dapat diubah."))
	doc.status_verifikasi = status
	doc.alasan_penolakan = alasan if status == "Ditolak" else None
	doc.diverifikasi_oleh = saya
	doc.tanggal_verifikasi = now_datetime()
	doc.flags.verifikasi = True
	doc.save(ignore_permissions=True)
	if status == "Ditolak":
		ingatkan_bukti_ditolak(doc)
	return _bukti_dict(doc)


# Feedback ---------------------------------------------------------------------------------------------


@frappe.whitelist(methods=["POST"])
@argumen(
	kepada=Nama("Employee"),
	jenis=Pilihan(("Apresiasi", "Perbaikan", "Coaching")),
	isi=Teks(maks=20000, wajib=True),
	skp=Nama("SKP", wajib=False),
	rhk=Nama("Rencana Hasil Kerja", wajib=False),
	perilaku_kerja=Nama("Perilaku Kerja", wajib=False),
)
def beri_umpan_balik(
	kepada: str,
	jenis: str,
	isi: str,
	skp: str | None = None,
	rhk: str | None = None,
	perilaku_kerja: str | None = None,
) -> str:
	"""Feedback from the session user's employee to a colleague; returns its name."""
	_saya()
	doc = frappe.get_doc(
		{
			"doctype": "Umpan Balik Kinerja",
			"kepada": kepada,
			"jenis": jenis,
			"isi": isi,
			"skp": skp or None,
			"rhk": rhk or None,
			"perilaku_kerja": perilaku_kerja or None,
		}
	)
	doc.insert()
	return doc.name
