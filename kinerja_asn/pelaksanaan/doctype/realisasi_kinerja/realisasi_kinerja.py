# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt, getdate

from kinerja_asn.domain.pelaksanaan import KEYAKINAN_MAKS, KEYAKINAN_MIN
from kinerja_asn.services import alur, latar
from kinerja_asn.services import realisasi as layanan
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.baris import BarisSekaligus
from kinerja_asn.services.kunci import DokumenGanda, cari_terkunci, kunci_baris, tautan_dokumen
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.persetujuan import DokumenPersetujuan

JENIS_SUB_PERIODE = ("Bulanan", "Triwulan", "Semester")
SKP_FIELDS = [
	"name",
	"employee",
	"employee_name",
	"employee_user",
	"periode_kinerja",
	"company",
	"pejabat_penilai",
	"tanggal_mulai",
	"tanggal_selesai",
	"docstatus",
	"status",
]
# Who reports and who assesses always come from the SKP, never from the form.
DARI_SKP = ("employee", "employee_name", "employee_user", "periode_kinerja", "company", "pejabat_penilai")
# What the employee reports per row, and what only the approver writes.
ISIAN_PEGAWAI = ("realisasi", "terisi", "catatan", "keyakinan")
ISIAN_PENYETUJU = ("status_verifikasi", "umpan_balik")


class RealisasiKinerja(BarisSekaligus, DokumenPersetujuan, Document):
	def validate(self):
		self._indikator = None  # reloaded once per save
		if not self.diputus_tanpa_perubahan():
			skp = self.muat_skp(SKP_FIELDS)
			self.salin_dari_skp(skp, DARI_SKP)
			self.validate_skp(skp)
			self.validate_sub_periode(skp)
			self.validate_duplikat()
			self.set_rincian(skp)
		self.validate_isian_sesuai_peran()
		self.validate_rincian()
		self.set_capaian()
		self.set_peringatan()
		self.set_penyetuju()
		self.validate_pengajuan()
		self.validate_revisi()
		if alur.meninggalkan(self, alur.MENUNGGU):
			self.validate_penyetuju()

	def diputus_tanpa_perubahan(self) -> bool:
		"""Made final from the stored check-in of the same SKP and sub-period (the verifier's decision):
		its SKP, days and rows were validated when the employee saved it, and rows are fixed once
		submitted, so only what the decision changes is checked again."""
		if getattr(self, "_action", None) != "submit":  # unset when validate runs outside a save
			return False
		sebelum = self.get_doc_before_save()
		return bool(
			sebelum
			and sebelum.docstatus == 0
			and (sebelum.skp, sebelum.sub_periode) == (self.skp, self.sub_periode)
		)

	def before_submit(self):
		if alur.status_sebelum(self) != alur.DITINJAU:  # after an admin's review step, its role decides
			self.validate_penyetuju()
		self.catat_verifikasi()

	def on_submit(self):
		layanan.perbarui_iki_rhk(self.skp, self.indikator())
		latar.setelah_commit(
			"kinerja_asn.services.realisasi.beri_tahu",
			user=self.employee_user,
			subjek=_("Realisasi kinerja {0} telah diverifikasi.").format(self.nama_sub_periode()),
			doctype=self.doctype,
			name=self.name,
		)

	def on_cancel(self):
		self.db_set("status", "Dibatalkan")
		layanan.perbarui_iki_rhk(self.skp)

	def indikator(self):
		"""The SKP's RHK and IKI, loaded once per save (validation, write-back, the portal's answer)."""
		if getattr(self, "_indikator", None) is None:
			self._indikator = layanan.muat_indikator(self.skp)
		return self._indikator

	def nama_sub_periode(self) -> str:
		return (
			frappe.get_cached_value("Periode Kinerja", self.sub_periode, "nama_periode") or self.sub_periode
		)

	def validate_skp(self, skp):
		"""PermenPAN-RB 6/2022: realisation is reported against an approved SKP."""
		if not (self.is_new() or self.has_value_changed("skp")):
			return
		if skp.docstatus != 1 or skp.status != "Disetujui":
			frappe.throw(
				_(
					"Realisasi hanya dapat dilaporkan untuk SKP yang sudah disetujui ({0} berstatus {1})."
				).format(skp.name, _(skp.status or "Draft")),
				title=_("SKP Belum Disetujui"),
			)

	def validate_sub_periode(self, skp):
		sub = frappe.db.get_value(
			"Periode Kinerja",
			self.sub_periode,
			["jenis", "periode_induk", "tanggal_mulai", "tanggal_selesai", "nama_periode"],
			as_dict=True,
		)
		if not sub:
			frappe.throw(_("Sub-periode {0} tidak ditemukan.").format(self.sub_periode))
		if sub.jenis not in JENIS_SUB_PERIODE or sub.periode_induk != skp.periode_kinerja:
			frappe.throw(
				_("Sub-periode harus periode bulanan, triwulan atau semester dari periode {0}.").format(
					skp.periode_kinerja
				),
				title=_("Sub-periode Tidak Valid"),
			)
		# A sub-period cut by a mutation belongs to both SKP; its target is prorated on the overlap.
		if getdate(sub.tanggal_selesai) < getdate(skp.tanggal_mulai) or getdate(sub.tanggal_mulai) > getdate(
			skp.tanggal_selesai
		):
			frappe.throw(
				_("Sub-periode {0} berada di luar masa SKP ({1} s.d. {2}).").format(
					sub.nama_periode,
					frappe.format(skp.tanggal_mulai, "Date"),
					frappe.format(skp.tanggal_selesai, "Date"),
				),
				title=_("Sub-periode Tidak Valid"),
			)
		self.tanggal_mulai = max(getdate(sub.tanggal_mulai), getdate(skp.tanggal_mulai))
		self.tanggal_selesai = min(getdate(sub.tanggal_selesai), getdate(skp.tanggal_selesai))

	def validate_duplikat(self):
		"""One check-in per SKP and sub-period, and no two of an SKP covering the same days (a month
		and its quarter would count the month twice in the year)."""
		sebelum = self.get_doc_before_save()
		if sebelum and all(
			str(sebelum.get(f)) == str(self.get(f)) for f in ("skp", "tanggal_mulai", "tanggal_selesai")
		):
			return  # the same days of the same SKP: checked when they were set (verification, edits)
		kunci_baris("SKP", self.skp)
		lain = cari_terkunci(
			"Realisasi Kinerja",
			{
				"skp": self.skp,
				"docstatus": ("<", 2),
				"name": ("!=", self.name or ""),
				"tanggal_mulai": ("<=", self.tanggal_selesai),
				"tanggal_selesai": (">=", self.tanggal_mulai),
			},
		)
		if lain:
			frappe.throw(
				_("Realisasi SKP {0} untuk {1} bertumpuk dengan realisasi yang sudah ada: {2}.").format(
					self.skp, self.nama_sub_periode(), tautan_dokumen(self.doctype, lain)
				),
				DokumenGanda,
				title=_("Realisasi Ganda"),
			)

	def set_rincian(self, skp):
		"""Rows come from the SKP's IKI; their targets are the domain's share of the year and are kept
		in step with the IKI (never typed in), so nobody lowers a target to raise a capaian."""
		if self.docstatus != 0:
			return
		if not self.rincian:
			for row in layanan.baris_realisasi(skp, self.tanggal_mulai, self.tanggal_selesai):
				self.append("rincian", row)
			if not self.rincian:
				frappe.throw(_("SKP {0} belum memiliki indikator kinerja individu.").format(skp.name))
		_rhk, iki = self.indikator()
		self._bobot = {name: row.bobot for name, row in iki.items()}
		for row in self.rincian:
			if row.iki in iki:
				row.update(layanan.target_baris(iki[row.iki], skp, self.tanggal_mulai, self.tanggal_selesai))

	def validate_isian_sesuai_peran(self):
		"""The employee writes realisation, notes and confidence while the check-in is open; the
		approver writes feedback while it waits for them. Anything else is put back as it was."""
		if is_pengelola() or self.flags.oleh_sistem:
			return
		sebelum = self.get_doc_before_save()
		lama = {row.name: row for row in sebelum.rincian} if sebelum else {}
		penyetuju = bool(self.user_penyetuju) and frappe.session.user == self.user_penyetuju
		if alur.status_sebelum(self) == alur.MENUNGGU:
			if alur.tanpa_tindakan(self) and self._isian_berubah(lama, ISIAN_PEGAWAI):
				frappe.throw(_("Realisasi sedang menunggu verifikasi dan tidak dapat diubah."))
			if not penyetuju:
				self._kembalikan(lama, ISIAN_PENYETUJU)
				self.catatan_verifikasi = sebelum.catatan_verifikasi
		else:
			self._kembalikan(lama, ISIAN_PENYETUJU)
			if sebelum:
				self.catatan_verifikasi = sebelum.catatan_verifikasi

	def _isian_berubah(self, lama: dict, fields) -> bool:
		if set(lama) != {row.name for row in self.rincian}:
			return True
		return any((row.get(f) or 0) != (lama[row.name].get(f) or 0) for row in self.rincian for f in fields)

	def _kembalikan(self, lama: dict, fields):
		for row in self.rincian:
			asal = lama.get(row.name)
			for f in fields:
				row.set(f, asal.get(f) if asal else None)
			row.status_verifikasi = row.status_verifikasi or "Belum Diverifikasi"

	def validate_rincian(self):
		masalah = []
		for row in self.rincian:
			if flt(row.realisasi) != 0:
				row.terisi = 1
			if row.terisi and flt(row.realisasi) < 0:
				masalah.append(_("Baris {0}: realisasi tidak boleh negatif.").format(row.idx))
			if row.keyakinan and not KEYAKINAN_MIN <= row.keyakinan <= KEYAKINAN_MAKS:
				masalah.append(
					_("Baris {0}: keyakinan harus {1} sampai {2}.").format(
						row.idx, KEYAKINAN_MIN, KEYAKINAN_MAKS
					)
				)
		if masalah:
			frappe.throw("<br>".join(masalah), title=_("Realisasi Tidak Valid"))

	def set_capaian(self):
		"""Capaian per row by PermenPAN-RB 8/2021 (domain.capaian), per RHK and overall as averages."""
		bobot = getattr(self, "_bobot", None)
		if bobot is None:
			_rhk, iki = self.indikator()
			bobot = {name: row.bobot for name, row in iki.items()}
		try:
			for row in self.rincian:
				row.capaian = layanan.capaian_baris(row) or 0
			_per_rhk, keseluruhan = layanan.capaian_check_in(
				self.rincian, {k: flt(v) for k, v in bobot.items()}
			)
		except ValueError as e:
			frappe.throw(_(str(e)), title=_("Capaian Tidak Dapat Dihitung"))
		self.capaian_keseluruhan = keseluruhan or 0

	def set_peringatan(self):
		"""A soft flag per row whose realisation looks like a slip (domain.peringatan_realisasi with
		the agency's limits): the employee confirmed it in the portal, the verifier sees it."""
		p = get_pengaturan()
		for row in self.rincian:
			row.peringatan = layanan.peringatan_baris(row, p)
		self.jumlah_peringatan = sum(1 for row in self.rincian if row.peringatan)

	def validate_pengajuan(self):
		if alur.berpindah_ke(self, alur.MENUNGGU) and not any(row.terisi for row in self.rincian):
			frappe.throw(
				_("Isi realisasi paling sedikit satu indikator sebelum mengajukan."),
				title=_("Realisasi Belum Diisi"),
			)

	def validate_revisi(self):
		if alur.berpindah_ke(self, *alur.DIKEMBALIKAN) and not (self.catatan_verifikasi or "").strip():
			frappe.throw(_("Tuliskan catatan untuk perbaikan realisasi."), title=_("Catatan Diperlukan"))

	def validate_penyetuju(self):
		"""Only the Pejabat Penilai (through the approver resolver) decides; never the employee."""
		self.validate_peran(
			lambda: _("Realisasi hanya dapat diverifikasi oleh Pejabat Penilai Kinerja {0}.").format(
				self.nama_peran()
			)
		)

	def catat_verifikasi(self):
		"""Record who verified and in which capacity ("Plt." / "Plh.")."""
		self.catat_tindakan(
			"diverifikasi_oleh",
			"diverifikasi_sebagai",
			"tanggal_verifikasi",
			komentar=_("Diverifikasi oleh {0} selaku {1} {2}."),
			jabatan=_("Pejabat Penilai Kinerja"),
		)
		for row in self.rincian:
			row.status_verifikasi = "Diterima"
