# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt, now_datetime

from kinerja_asn.domain.angka_kredit import BarisUsulan, rekap_usulan
from kinerja_asn.services import angka_kredit as layanan
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.kunci import DokumenGanda, tautan_dokumen
from kinerja_asn.services.penilai import employee_of_user

# What the tim penilai decides per line; the employee proposes the rest.
ISIAN_TIM = ("keputusan", "jumlah_disetujui", "alasan")
DITERIMA = ("Diterima", "Dikoreksi")


class UsulanAngkaKredit(IsianAman, Document):
	"""The DUPAK: a functional official proposes activity items with their verified evidence; the
	tim penilai of the position accepts, corrects or rejects each line, and only accepted lines reach
	the ledger when it submits (docs/regulasi.md §5.2)."""

	def validate(self):
		self.set_pegawai()
		self.validate_peran()
		self.validate_rincian()
		self.hitung()

	def before_submit(self):
		if not (is_pengelola() or layanan.anggota_tim(self.jabatan_fungsional)):
			frappe.throw(
				_("Usulan angka kredit dinilai oleh tim penilai jabatan {0}.").format(
					self.jabatan_fungsional
				),
				frappe.PermissionError,
			)
		if self.status != "Diajukan":
			frappe.throw(_("Usulan belum diajukan oleh pegawai."), title=_("Usulan Belum Diajukan"))
		masalah = []
		for row in self.rincian:
			if row.keputusan not in ("Diterima", "Dikoreksi", "Ditolak"):
				masalah.append(_("Baris {0}: putuskan diterima, dikoreksi atau ditolak.").format(row.idx))
			elif row.keputusan != "Diterima" and not (row.alasan or "").strip():
				masalah.append(_("Baris {0}: tuliskan alasan keputusan.").format(row.idx))
			elif row.keputusan == "Dikoreksi" and flt(row.jumlah_disetujui) <= 0:
				masalah.append(_("Baris {0}: isi jumlah yang disetujui.").format(row.idx))
		if masalah:
			frappe.throw("<br>".join(masalah), title=_("Penilaian Belum Lengkap"))
		self.status = "Dinilai"
		self.dinilai_oleh = frappe.session.user
		self.tanggal_dinilai = now_datetime()

	def on_submit(self):
		for row in self.rincian:
			if row.keputusan in DITERIMA and flt(row.angka_kredit_disetujui) > 0:
				layanan.tulis_entri(
					self,
					unsur=row.unsur,
					angka_kredit=flt(row.angka_kredit_disetujui, 3),
					tanggal_mulai=frappe.db.get_value("Periode Kinerja", self.periode, "tanggal_mulai"),
					periode=self.periode,
				)

	def on_cancel(self):
		layanan.balik_entri(self.doctype, self.name)
		self.db_set("status", "Dibatalkan")

	def set_pegawai(self):
		"""The proposer is the session's employee (HR may file for someone); the position, jenjang and
		rank come from the Employee, never from the form."""
		if self.is_new() and not is_pengelola():
			self.employee = employee_of_user()
		pegawai = layanan.pejabat_fungsional(self.employee)
		if not pegawai.jabatan_fungsional:
			frappe.throw(
				_("Jabatan fungsional {0} belum tercatat pada data pegawai.").format(pegawai.employee_name)
			)
		self.employee_name = pegawai.employee_name
		self.jabatan_fungsional = pegawai.jabatan_fungsional
		self.jenjang = pegawai.jenjang_jabatan_fungsional
		self.pangkat_golongan = pegawai.pangkat_golongan

	def validate_peran(self):
		"""The employee writes the lines while the draft is theirs; the tim penilai decides each line
		once it is proposed; what the other side may not write is put back as it was."""
		if is_pengelola() or self.flags.oleh_sistem:
			return
		sebelum = self.get_doc_before_save()
		lama = {row.name: row for row in sebelum.rincian} if sebelum else {}
		tim = layanan.anggota_tim(self.jabatan_fungsional)
		if not tim:
			for row in self.rincian:
				asal = lama.get(row.name)
				for field in ISIAN_TIM:
					row.set(
						field, asal.get(field) if asal else ("Menunggu" if field == "keputusan" else None)
					)
			if sebelum and sebelum.status != "Draft":
				frappe.throw(_("Usulan yang sudah diajukan tidak dapat diubah."), frappe.PermissionError)
		elif sebelum and [r.name for r in self.rincian] != [r.name for r in sebelum.rincian]:
			frappe.throw(_("Tim penilai memutuskan baris usulan, tidak menambah atau menghapusnya."))

	def validate_rincian(self):
		butir = {
			b.name: b
			for b in frappe.get_all(
				"Butir Kegiatan",
				filters={"name": ("in", [r.butir_kegiatan for r in self.rincian] or [""])},
				fields=["name", "jabatan_fungsional", "jenjang", "angka_kredit", "unsur", "aktif"],
			)
		}
		bukti = {
			b.name: b
			for b in frappe.get_all(
				"Bukti Dukung",
				filters={"name": ("in", [r.bukti_dukung for r in self.rincian if r.bukti_dukung] or [""])},
				fields=["name", "employee", "status_verifikasi", "keterangan"],
			)
		}
		masalah, dipakai = [], set()
		for row in self.rincian:
			b = butir.get(row.butir_kegiatan)
			if (
				not b
				or not b.aktif
				or b.jabatan_fungsional != self.jabatan_fungsional
				or b.jenjang != self.jenjang
			):
				masalah.append(
					_("Baris {0}: butir kegiatan {1} bukan butir jabatan {2} jenjang {3}.").format(
						row.idx, row.butir_kegiatan, self.jabatan_fungsional, self.jenjang
					)
				)
				continue
			if flt(row.jumlah) <= 0:
				masalah.append(_("Baris {0}: jumlah hasil harus lebih besar dari 0.").format(row.idx))
			if row.bukti_dukung:
				e = bukti.get(row.bukti_dukung)
				if not e or e.employee != self.employee or e.status_verifikasi != "Diterima":
					masalah.append(
						_(
							"Baris {0}: bukti dukung harus milik pegawai ini dan sudah diterima pejabat penilai."
						).format(row.idx)
					)
				elif row.bukti_dukung in dipakai:
					masalah.append(_("Baris {0}: bukti dukung yang sama dipakai dua kali.").format(row.idx))
				dipakai.add(row.bukti_dukung)
			row.unsur = b.unsur
			row.angka_kredit_per_satuan = flt(b.angka_kredit)
		if masalah:
			frappe.throw("<br>".join(masalah), title=_("Usulan Tidak Valid"))
		lain = layanan.bukti_sudah_dikreditkan(list(dipakai), self.name)
		if lain:
			frappe.throw(
				_("Bukti dukung ini sudah diusulkan untuk angka kredit: {0}.").format(
					", ".join(f"{b} ({tautan_dokumen(self.doctype, u)})" for b, u in sorted(lain.items()))
				),
				DokumenGanda,
				title=_("Bukti Sudah Dikreditkan"),
			)

	def hitung(self):
		"""AK per line, the totals and the utama/penunjang composition warning (domain.rekap_usulan)."""
		rekap = rekap_usulan(
			[
				BarisUsulan(
					row.unsur or "Utama",
					flt(row.jumlah),
					flt(row.angka_kredit_per_satuan),
					row.keputusan or "Menunggu",
					flt(row.jumlah_disetujui),
				)
				for row in self.rincian
			],
			dinilai=self.status == "Diajukan",
		)
		for row, diusulkan, disetujui in zip(self.rincian, rekap.diusulkan, rekap.disetujui, strict=True):
			row.angka_kredit, row.angka_kredit_disetujui = diusulkan, disetujui
		self.total_diusulkan, self.total_disetujui = rekap.total_diusulkan, rekap.total_disetujui
		self.peringatan_komposisi = "\n".join(_(m) for m in rekap.masalah_komposisi)
