# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from kinerja_asn.domain.pelaksanaan import validasi_berkas, validasi_isi_berkas, validasi_tautan
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.berkas import awal_berkas
from kinerja_asn.services.pengaturan import get_pengaturan

JENIS_SUB_PERIODE = ("Bulanan", "Triwulan", "Semester")
ISIAN_VERIFIKASI = ("status_verifikasi", "diverifikasi_oleh", "alasan_penolakan", "tanggal_verifikasi")


class BuktiDukung(IsianAman, Document):
	def validate(self):
		self.set_dari_rhk()
		self.validate_iki()
		self.validate_sub_periode()
		self.set_realisasi_kinerja()
		self.validate_bukti()
		self.validate_verifikasi()

	def on_trash(self):
		if is_pengelola() or self.flags.oleh_sistem:
			return
		if self.status_verifikasi != "Diajukan":
			frappe.throw(_("Bukti dukung yang sudah diverifikasi tidak dapat dihapus."))
		self.validate_realisasi_terbuka()

	def set_dari_rhk(self):
		"""Employee, SKP and assessor always follow the RHK, never the form."""
		rhk = frappe.db.get_value(
			"Rencana Hasil Kerja",
			self.rhk,
			["skp", "employee", "pejabat_penilai", "periode_kinerja"],
			as_dict=True,
		)
		if not rhk:
			frappe.throw(_("Rencana Hasil Kerja {0} tidak ditemukan.").format(self.rhk))
		skp = frappe.db.get_value("SKP", rhk.skp, ["employee_name", "docstatus", "status"], as_dict=True)
		if skp.docstatus != 1 or skp.status != "Disetujui":
			frappe.throw(
				_("Bukti dukung hanya untuk RHK dari SKP yang sudah disetujui ({0}).").format(rhk.skp),
				title=_("SKP Belum Disetujui"),
			)
		self.skp = rhk.skp
		self.employee = rhk.employee
		self.employee_name = skp.employee_name
		self.pejabat_penilai = rhk.pejabat_penilai
		self._periode = rhk.periode_kinerja

	def validate_iki(self):
		"""The IKI row must be one of the RHK's (empty: evidence for the whole RHK)."""
		if not self.iki:
			self.uraian_iki = None
			return
		uraian = frappe.db.get_value(
			"Indikator Kinerja Individu",
			{"name": self.iki, "parent": self.rhk, "parenttype": "Rencana Hasil Kerja"},
			"uraian",
		)
		if uraian is None:
			frappe.throw(_("Indikator {0} bukan indikator RHK {1}.").format(self.iki, self.rhk))
		self.uraian_iki = uraian

	def validate_sub_periode(self):
		sub = frappe.db.get_value(
			"Periode Kinerja", self.sub_periode, ["jenis", "periode_induk"], as_dict=True
		)
		if not sub or sub.jenis not in JENIS_SUB_PERIODE or sub.periode_induk != self._periode:
			frappe.throw(
				_("Sub-periode {0} bukan bagian dari periode SKP {1}.").format(self.sub_periode, self.skp),
				title=_("Sub-periode Tidak Valid"),
			)

	def set_realisasi_kinerja(self):
		self.realisasi_kinerja = frappe.db.get_value(
			"Realisasi Kinerja",
			{"skp": self.skp, "sub_periode": self.sub_periode, "docstatus": ("<", 2)},
			"name",
		)
		if self.is_new():
			self.validate_realisasi_terbuka()

	def validate_realisasi_terbuka(self):
		if (
			self.realisasi_kinerja
			and frappe.db.get_value("Realisasi Kinerja", self.realisasi_kinerja, "docstatus") == 1
		):
			frappe.throw(_("Realisasi periode ini sudah diverifikasi; bukti dukungnya tidak dapat diubah."))

	def validate_bukti(self):
		"""A link must be a web address; a file must be private, of an allowed type, within the limit."""
		if self.jenis == "Tautan":
			self.berkas = None
			masalah = validasi_tautan(self.tautan)
			if masalah:
				frappe.throw("<br>".join(_(m) for m in masalah), title=_("Tautan Tidak Valid"))
			self.tautan = self.tautan.strip()
			return
		self.tautan = None
		if not self.berkas:
			if self.flags.berkas_menyusul:
				return
			frappe.throw(_("Lampirkan berkas bukti dukung."), title=_("Berkas Diperlukan"))
		if not self.has_value_changed("berkas") and not self.is_new():
			return
		berkas = self.berkas_sah()
		if not berkas.is_private or not self.berkas.startswith("/private/files/"):
			frappe.throw(_("Berkas bukti dukung harus disimpan sebagai berkas privat."))
		pengaturan = get_pengaturan()
		nama = berkas.file_name or self.berkas
		masalah = validasi_berkas(
			nama,
			berkas.file_size or 0,
			pengaturan.jenis_berkas_diizinkan,
			pengaturan.ukuran_berkas_maks_mb,
		) or validasi_isi_berkas(nama, awal_berkas(self.berkas))
		if masalah:
			frappe.throw("<br>".join(_(m) for m in masalah), title=_("Berkas Ditolak"))

	def berkas_sah(self):
		"""The File row of `berkas`: attached to this evidence, or an upload of the session user not yet
		attached to another document (the desk uploads before saving). Any other row, another
		employee's file above all, is refused."""
		fields = ["name", "file_name", "file_size", "is_private"]
		berkas = frappe.db.get_value(
			"File",
			{"file_url": self.berkas, "attached_to_doctype": self.doctype, "attached_to_name": self.name},
			fields,
			as_dict=True,
		)
		if berkas:
			return berkas
		# the desk uploads to an unsaved form under its temporary name (relinked after insert)
		sementara = self.get("__temporary_name")
		milik_sendiri = {"file_url": self.berkas, "owner": frappe.session.user}
		berkas = frappe.db.get_value(
			"File", {**milik_sendiri, "attached_to_doctype": ("is", "not set")}, fields, as_dict=True
		) or (
			sementara
			and frappe.db.get_value(
				"File",
				{**milik_sendiri, "attached_to_doctype": self.doctype, "attached_to_name": sementara},
				fields,
				as_dict=True,
			)
		)
		dipakai_lain = frappe.db.exists(
			"File",
			{
				"file_url": self.berkas,
				"attached_to_doctype": ("is", "set"),
				"attached_to_name": ("not in", [sementara or "", self.name or ""]),
			},
		)
		if not berkas or dipakai_lain:
			frappe.throw(
				_("Berkas bukti dukung harus berkas yang Anda unggah sendiri."),
				frappe.PermissionError,
				title=_("Berkas Tidak Dapat Dipakai"),
			)
		return berkas

	def validate_verifikasi(self):
		"""Only the verification endpoint sets the verdict; the owner edits while it is still open."""
		if self.flags.verifikasi or is_pengelola():
			return
		sebelum = self.get_doc_before_save()
		if sebelum is None:
			self.status_verifikasi = "Diajukan"
			for field in ISIAN_VERIFIKASI[1:]:
				self.set(field, None)
			return
		if sebelum.status_verifikasi != "Diajukan":
			frappe.throw(_("Bukti dukung yang sudah diverifikasi tidak dapat diubah."))
		for field in ISIAN_VERIFIKASI:
			self.set(field, sebelum.get(field))


def on_doctype_update():
	"""Covering index for the evidence lookup per check-in row (Kelengkapan Bukti Dukung): the
	report reads no table row of Bukti Dukung, only this index."""
	frappe.db.add_index(
		"Bukti Dukung", ["rhk", "sub_periode", "iki", "status_verifikasi"], "rhk_sub_periode_iki_index"
	)
