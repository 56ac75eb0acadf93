# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from kinerja_asn.domain.skp import RentangSKP, skp_bertumpuk
from kinerja_asn.services import alur, penilai
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.kunci import DokumenGanda, cari_terkunci, kunci_baris, tautan_dokumen
from kinerja_asn.services.persetujuan import DokumenPersetujuan

STATUS_DAPAT_DIUBAH = ("Draft", "Dikembalikan")
# Link field -> the read-only name shown beside it.
NAMA_PENILAI = {
	"pejabat_penilai": "nama_pejabat_penilai",
	"atasan_pejabat_penilai": "nama_atasan_pejabat_penilai",
	"penyetuju": "nama_penyetuju",
}


class SKP(DokumenPersetujuan, Document):
	def validate(self):
		periode = self.muat_periode()
		self.set_tanggal(periode)
		self.set_pejabat_penilai()
		self.validate_pejabat_penilai()
		self.validate_tanggal(periode)
		self.validate_duplikat()
		self.validate_perjanjian_kinerja()
		self.set_perilaku_kerja(periode)
		self.validate_tidak_diubah_saat_diajukan()
		self.validate_pengembalian()
		if alur.meninggalkan(self, alur.MENUNGGU):
			self.validate_penyetuju()

	def before_submit(self):
		if alur.status_sebelum(self) != alur.DITINJAU:  # after an admin's review step, its role decides
			self.validate_penyetuju()
		self.validate_ada_rhk()
		self.catat_tindakan(
			"disetujui_oleh",
			"disetujui_sebagai",
			"tanggal_persetujuan",
			nama="nama_disetujui_oleh",
			komentar=_("Disetujui oleh {0} selaku {1} {2}."),
			jabatan=self.nama_pejabat_penilai or "",
		)

	def on_submit(self):
		if self.skp_sebelumnya:
			from kinerja_asn.services.skp import selesaikan_revisi

			selesaikan_revisi(self)

	def on_cancel(self):
		self.db_set("status", "Dibatalkan")

	def on_trash(self):
		"""A draft SKP takes its RHK with it; RHK that others intervene block the deletion."""
		for rhk in frappe.get_all("Rencana Hasil Kerja", filters={"skp": self.name}, pluck="name"):
			frappe.delete_doc("Rencana Hasil Kerja", rhk)

	def muat_periode(self):
		"""The period's dates and regime, read once per save (bulk creation hands it in)."""
		if self.flags.periode:
			return self.flags.periode
		periode = frappe.db.get_value(
			"Periode Kinerja",
			self.periode_kinerja,
			["tanggal_mulai", "tanggal_selesai", "regulasi"],
			as_dict=True,
		)
		if not periode:
			frappe.throw(_("Periode kinerja {0} tidak ditemukan.").format(self.periode_kinerja or ""))
		return periode

	def set_tanggal(self, periode):
		if not (self.tanggal_mulai and self.tanggal_selesai):
			self.tanggal_mulai = self.tanggal_mulai or periode.tanggal_mulai
			self.tanggal_selesai = self.tanggal_selesai or periode.tanggal_selesai

	def set_pejabat_penilai(self):
		"""Default from the reporting line; who approves comes from the one resolver (acting
		officials included), never from the form."""
		if self.is_new() and not self.pejabat_penilai:
			self.pejabat_penilai, atasan = penilai.penilai_bawaan(self.employee)
			self.atasan_pejabat_penilai = self.atasan_pejabat_penilai or atasan
		# Bulk creation hands in the reporting line, assignments and users loaded once for all SKP.
		self.set_penyetuju(self.flags.garis, self.flags.penugasan, self.flags.users)
		self.set_nama_penilai()

	def set_nama_penilai(self):
		"""Names beside the assessors' and approver's IDs. Frappe fetches `nama_*` while checking
		links, before validate fills the default assessors and the resolver's approver, so a new SKP
		(or one whose approver the resolver changed) would show only IDs. Bulk creation fills them
		itself."""
		if self.flags.garis is not None:
			return
		sebelum = self.get_doc_before_save()
		for tautan, nama in NAMA_PENILAI.items():
			if not self.get(tautan):
				self.set(nama, None)
		perlu = {
			nama: self.get(tautan)
			for tautan, nama in NAMA_PENILAI.items()
			if self.get(tautan)
			and (not self.get(nama) or sebelum is None or sebelum.get(tautan) != self.get(tautan))
		}
		if not perlu:
			return
		orang = {
			r.name: r
			for r in frappe.get_all(
				"Employee",
				filters={"name": ("in", list(set(perlu.values())))},
				fields=["name", "employee_name", "designation"],
			)
		}
		for nama, pegawai in perlu.items():
			self.set(nama, (orang.get(pegawai) or frappe._dict()).employee_name)
		if "nama_pejabat_penilai" in perlu:
			self.jabatan_pejabat_penilai = (orang.get(self.pejabat_penilai) or frappe._dict()).designation

	def validate_pejabat_penilai(self):
		if self.pejabat_penilai and self.pejabat_penilai == self.employee:
			frappe.throw(_("Pegawai tidak dapat menjadi Pejabat Penilai bagi dirinya sendiri."))
		if self.atasan_pejabat_penilai and self.atasan_pejabat_penilai in (
			self.employee,
			self.pejabat_penilai,
		):
			frappe.throw(_("Atasan Pejabat Penilai harus orang lain selain pegawai dan Pejabat Penilai."))

	def validate_tanggal(self, periode):
		mulai, selesai = periode.tanggal_mulai, periode.tanggal_selesai
		if getdate(self.tanggal_selesai) < getdate(self.tanggal_mulai):
			frappe.throw(_("Tanggal selesai SKP sebelum tanggal mulainya."))
		if getdate(self.tanggal_mulai) < getdate(mulai) or getdate(self.tanggal_selesai) > getdate(selesai):
			frappe.throw(
				_("Masa SKP harus berada di dalam periode {0} ({1} s.d. {2}).").format(
					self.periode_kinerja, frappe.format(mulai, "Date"), frappe.format(selesai, "Date")
				)
			)

	def validate_duplikat(self):
		"""PermenPAN-RB 6/2022: one SKP per employee and period (a revision or a mutation aside)."""
		if self.flags.duplikat_sudah_diperiksa:
			return
		kunci_baris("Employee", self.employee)
		lain = cari_terkunci(
			"SKP",
			{
				"employee": self.employee,
				"periode_kinerja": self.periode_kinerja,
				"docstatus": ("<", 2),
				"name": ("!=", self.name),
			},
			["name", "employee", "tanggal_mulai", "tanggal_selesai", "status", "skp_sebelumnya"],
		)
		bertumpuk = skp_bertumpuk(self._rentang(), [_rentang(d) for d in lain])
		if bertumpuk:
			frappe.throw(
				_("Pegawai {0} sudah memiliki SKP untuk periode {1}: {2}.").format(
					self.employee_name or self.employee,
					self.periode_kinerja,
					tautan_dokumen("SKP", bertumpuk),
				),
				DokumenGanda,
				title=_("SKP Ganda"),
			)

	def validate_perjanjian_kinerja(self):
		if not self.perjanjian_kinerja:
			return
		pk = frappe.db.get_value(
			"Perjanjian Kinerja",
			self.perjanjian_kinerja,
			["pihak_pertama", "periode", "docstatus"],
			as_dict=True,
		)
		if pk.pihak_pertama != self.employee or pk.periode != self.periode_kinerja or pk.docstatus != 1:
			frappe.throw(
				_(
					"Perjanjian Kinerja {0} bukan perjanjian pegawai ini yang berlaku pada periode {1}."
				).format(self.perjanjian_kinerja, self.periode_kinerja)
			)

	def _rentang(self) -> RentangSKP:
		return _rentang(self)

	def set_perilaku_kerja(self, periode):
		"""The behaviours of the period's regime, so the leader can add ekspektasi khusus to each."""
		if self.perilaku_kerja:
			return
		regulasi = periode.regulasi
		daftar = frappe.get_all(
			"Perilaku Kerja",
			filters={"regulasi": regulasi, "aktif": 1},
			fields=["name", "hanya_untuk_atasan", "perilaku_panduan"],
			order_by="urutan asc",
		)
		punya_bawahan = frappe.db.exists("Employee", {"reports_to": self.employee, "status": "Active"})
		for perilaku in daftar:
			if perilaku.hanya_untuk_atasan and not punya_bawahan:
				continue
			# the guidance its link would fetch, now: rows added in validate miss the link fetch, and
			# the next save would log "Panduan Perilaku from null to ..." in the history
			self.append(
				"perilaku_kerja", {"perilaku_kerja": perilaku.name, "panduan": perilaku.perilaku_panduan}
			)

	def validate_tidak_diubah_saat_diajukan(self):
		if is_pengelola() or not alur.tanpa_tindakan(self):
			return
		if alur.status_sebelum(self) == alur.MENUNGGU:
			frappe.throw(_("SKP sedang menunggu persetujuan dan tidak dapat diubah."))

	def validate_pengembalian(self):
		if alur.berpindah_ke(self, *alur.DIKEMBALIKAN) and not (self.catatan_pengembalian or "").strip():
			frappe.throw(_("Tuliskan alasan pengembalian SKP."), title=_("Alasan Diperlukan"))

	def validate_penyetuju(self):
		"""Only the Pejabat Penilai (through the approver resolver) decides; never the employee."""
		self.validate_peran(
			_("SKP hanya dapat disetujui oleh Pejabat Penilai Kinerja {0}.").format(
				self.nama_pejabat_penilai or self.pejabat_penilai or ""
			)
		)

	def validate_ada_rhk(self):
		if not frappe.db.exists("Rencana Hasil Kerja", {"skp": self.name, "jenis": "Utama"}):
			frappe.throw(_("SKP belum memiliki Rencana Hasil Kerja Utama."), title=_("SKP Belum Lengkap"))
		menunggu = frappe.get_all(
			"Rencana Hasil Kerja", filters={"skp": self.name, "menunggu_rhk_pimpinan": 1}, pluck="name"
		)
		if menunggu:
			frappe.throw(
				_("RHK berikut masih menunggu RHK pimpinan dan harus ditautkan lebih dahulu: {0}.").format(
					", ".join(menunggu)
				),
				title=_("SKP Belum Lengkap"),
			)

	def dapat_diubah(self) -> bool:
		return self.docstatus == 0 and (self.status or "Draft") in STATUS_DAPAT_DIUBAH


def _rentang(d) -> RentangSKP:
	return RentangSKP(
		nama=d.name,
		pegawai=d.get("employee") or "",
		mulai=getdate(d.tanggal_mulai),
		selesai=getdate(d.tanggal_selesai),
		status=d.status or "Draft",
		skp_sebelumnya=d.skp_sebelumnya,
	)
