# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from kinerja_asn.domain.argumen import Teks
from kinerja_asn.domain.pelaksanaan import jenis_berkas
from kinerja_asn.domain.pengaturan import validasi_pengaturan
from kinerja_asn.services.argumen import IsianAman, argumen
from kinerja_asn.services.pengaturan import default_pengaturan_rows, pengaturan_dari_doc


class PengaturanKinerja(IsianAman, Document):
	def validate(self):
		self.validate_tables()
		self.validate_numbers()
		self.validate_berkas()

	def validate_tables(self):
		"""Each table must still make a complete, valid rule for the domain."""
		try:
			pengaturan_dari_doc(self)
		except (ValueError, TypeError) as e:
			frappe.throw(_(str(e)), title=_("Pengaturan Tidak Valid"))

	def validate_numbers(self):
		masalah = validasi_pengaturan(
			batas_rating_di_atas=self.batas_rating_di_atas,
			batas_rating_di_bawah=self.batas_rating_di_bawah,
			porsi_mayoritas=self.porsi_mayoritas,
			bobot=(self.bobot_hasil_kerja, self.bobot_perilaku_kerja),
			bobot_360=(self.bobot_hasil_kerja_360, self.bobot_perilaku_kerja_360),
			batas_hari_keberatan=self.batas_hari_keberatan,
			jke_jam_per_tahun=self.jke_jam_per_tahun,
			batas_beban=(self.batas_beban_bawah, self.batas_beban_atas),
		)
		if masalah:
			frappe.throw("<br>".join(_(m) for m in masalah), title=_("Pengaturan Tidak Valid"))

	def validate_berkas(self):
		"""Evidence uploads need at least one allowed type and a positive size limit."""
		if not jenis_berkas(self.jenis_berkas_diizinkan):
			frappe.throw(_("Isi paling sedikit satu jenis berkas bukti dukung yang diizinkan."))
		self.jenis_berkas_diizinkan = ", ".join(jenis_berkas(self.jenis_berkas_diizinkan))
		if (self.ukuran_berkas_maks_mb or 0) <= 0:
			frappe.throw(_("Ukuran berkas maksimal harus lebih besar dari 0 MB."))

	@frappe.whitelist(methods=["POST"])
	@argumen(tabel=Teks(maks=140, wajib=True))
	def kembalikan_bawaan(self, tabel: str):
		"""Reset one table to the regulation's defaults (the admin asks for it explicitly)."""
		frappe.has_permission(self.doctype, "write", throw=True)
		rows = default_pengaturan_rows()
		if tabel not in rows:
			frappe.throw(_("Tabel pengaturan tidak dikenal: {0}").format(tabel))
		self.set(tabel, [])
		for row in rows[tabel]:
			self.append(tabel, row)
		self.save()
