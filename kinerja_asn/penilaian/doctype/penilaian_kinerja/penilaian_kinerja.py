# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt, getdate, today

from kinerja_asn.domain.musim_penilaian import STATUS_SKP_DINILAI
from kinerja_asn.domain.perilaku import REGULASI_8_2021
from kinerja_asn.domain.periode import batas_keberatan
from kinerja_asn.services import alur, kalibrasi, pemberitahuan_penilaian
from kinerja_asn.services import penilaian as layanan
from kinerja_asn.services import penilaian_isi as isi
from kinerja_asn.services.kunci import DokumenGanda, cari_terkunci, kunci_baris, tautan_dokumen
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.penilaian_isi import DARI_SKP, SKP_FIELDS
from kinerja_asn.services.persetujuan import DokumenPersetujuan

# What only the Pejabat Penilai (or the acting official) writes: header fields (rows: isi.ISIAN_BARIS).
ISIAN_PENILAI = (
	"rating_hasil_kerja",
	"umpan_balik_hasil_kerja",
	"rating_perilaku_ditetapkan_penilai",
	"rating_perilaku_kerja",
	"umpan_balik_perilaku_kerja",
	"catatan_pejabat_penilai",
)


class PenilaianKinerja(DokumenPersetujuan, Document):
	"""PermenPAN-RB 6/2022 and 8/2021: named steps over one loaded context (services.penilaian_isi);
	every number comes from the domain."""

	def validate(self):
		k = isi.KonteksPenilaian(self.muat_skp(SKP_FIELDS))
		if self.docstatus == 0:
			self.salin_dari_skp(k.skp, DARI_SKP)
		self.validate_skp(k.skp)
		self.set_periode(k.skp)
		self.validate_duplikat()
		self.set_penyetuju()
		self.set_nama_penyetuju()
		self.validate_isian_penilai()
		self.set_rincian(k)
		isi.isi_masukan(self, k)
		isi.hitung(self, k)
		if self.docstatus == 0:
			self.set_distribusi()
		self.validate_kalibrasi()
		if alur.berpindah_ke(self, alur.DINILAI):
			self.validate_lengkap()
			self.peringatkan_distribusi(k.pengaturan)
			self.catat_tindakan(
				"dinilai_oleh",
				"dinilai_sebagai",
				"tanggal_dinilai",
				nama="nama_dinilai_oleh",
				komentar=_("Dinilai oleh {0} selaku {1} {2}."),
				jabatan=self.nama_pejabat_penilai or "",
			)

	def before_submit(self):
		self.validate_penyetuju()
		self.validate_lengkap()
		self.validate_distribusi()
		self.catat_tindakan(
			"ditetapkan_oleh",
			"ditetapkan_sebagai",
			"tanggal_ditetapkan",
			nama="nama_ditetapkan_oleh",
			komentar=_("Ditetapkan oleh {0} selaku {1} {2}."),
			jabatan=self.nama_pejabat_penilai or "",
		)
		self.batas_keberatan = batas_keberatan(getdate(today()), get_pengaturan().batas_hari_keberatan)

	def on_submit(self):
		pemberitahuan_penilaian.penilaian_ditetapkan(self)

	def before_update_after_submit(self):
		"""A final assessment stays as it was set; only an appeal's decision and the employee's
		acknowledgement change it (their endpoints set the flags)."""
		if not (self.flags.dari_keberatan or self.flags.diketahui_pegawai):
			frappe.throw(
				_("Penilaian kinerja yang sudah ditetapkan tidak dapat diubah."),
				frappe.PermissionError,
				title=_("Penilaian Final"),
			)

	def before_cancel(self):
		if self.status_keberatan == "Diajukan":
			frappe.throw(_("Penilaian ini sedang diajukan keberatan dan tidak dapat dibatalkan."))

	def on_cancel(self):
		self.db_set("status", "Dibatalkan")

	def on_trash(self):
		for name in frappe.get_all(
			"Masukan Perilaku Kerja", filters={"penilaian_kinerja": self.name}, pluck="name"
		):
			frappe.delete_doc("Masukan Perilaku Kerja", name, ignore_permissions=True)

	def nama_periode(self) -> str:
		return frappe.db.get_value("Periode Kinerja", self.periode, "nama_periode") or self.periode

	def set_nama_penyetuju(self):
		"""The name beside the resolver's approver (set in validate, after Frappe's fetch): the
		Pejabat Penilai's from the SKP, an acting official's looked up."""
		if not self.penyetuju:
			self.nama_penyetuju = None
		elif self.penyetuju == self.pejabat_penilai and self.nama_pejabat_penilai:
			self.nama_penyetuju = self.nama_pejabat_penilai
		elif not self.nama_penyetuju or self.has_value_changed("penyetuju"):
			self.nama_penyetuju = frappe.db.get_value("Employee", self.penyetuju, "employee_name")

	def validate_skp(self, skp):
		"""PermenPAN-RB 6/2022: the assessment judges an approved SKP."""
		if not (self.is_new() or self.has_value_changed("skp")):
			return
		if skp.docstatus != 1 or skp.status not in STATUS_SKP_DINILAI:
			frappe.throw(
				_("Penilaian hanya dapat dibuat untuk SKP yang sudah disetujui ({0} berstatus {1}).").format(
					skp.name, _(skp.status or "Draft")
				),
				title=_("SKP Belum Disetujui"),
			)

	def set_periode(self, skp):
		"""The year of the SKP gives the annual assessment; a month, quarter or semester of it a
		periodic one. The regime is the year's."""
		periode = frappe.db.get_value(
			"Periode Kinerja",
			self.periode,
			["name", "periode_induk", "tanggal_mulai", "tanggal_selesai", "regulasi"],
			as_dict=True,
		)
		if not periode:
			frappe.throw(_("Periode {0} tidak ditemukan.").format(self.periode))
		if periode.name == skp.periode_kinerja:
			self.jenis_penilaian = "Tahunan"
		elif periode.periode_induk == skp.periode_kinerja:
			self.jenis_penilaian = "Periodik"
		else:
			frappe.throw(
				_(
					"Periode penilaian harus periode SKP ({0}) atau bulan, triwulan atau semester di dalamnya."
				).format(skp.periode_kinerja),
				title=_("Periode Tidak Valid"),
			)
		mulai = max(getdate(periode.tanggal_mulai), getdate(skp.tanggal_mulai))
		selesai = min(getdate(periode.tanggal_selesai), getdate(skp.tanggal_selesai))
		if selesai < mulai:
			frappe.throw(_("Periode {0} berada di luar masa SKP.").format(self.periode))
		self.tanggal_mulai, self.tanggal_selesai = mulai, selesai
		self.regulasi = frappe.db.get_value("Periode Kinerja", skp.periode_kinerja, "regulasi") or (
			periode.regulasi
		)

	def validate_duplikat(self):
		kunci_baris("SKP", self.skp)
		lain = cari_terkunci(
			"Penilaian Kinerja",
			{"skp": self.skp, "periode": self.periode, "docstatus": ("<", 2), "name": ("!=", self.name)},
		)
		lain = lain[0] if lain else None
		if lain:
			frappe.throw(
				_("Penilaian SKP {0} untuk periode {1} sudah ada: {2}.").format(
					self.skp, self.periode, tautan_dokumen(self.doctype, lain)
				),
				DokumenGanda,
				title=_("Penilaian Ganda"),
			)

	def set_rincian(self, k):
		"""Rows follow the SKP and the verified realisation while the assessment is open; what the
		assessor wrote in a row stays with the row's RHK, behaviour or IKI."""
		if self.docstatus != 0:
			return
		k.sumber = layanan.muat_sumber(
			k.skp, self.tanggal_mulai, self.tanggal_selesai, self.jenis_penilaian == "Tahunan"
		)
		isi.isi_hasil_kerja(self, k)
		isi.isi_nilai_iki(self, k)
		isi.isi_kinerja_tambahan(self, k)
		isi.isi_perilaku_kerja(self, k)

	def validate_isian_penilai(self):
		"""Only the Pejabat Penilai (or the acting official) rates; HR may prepare the document, and
		moves a rating on the calibration board (services.kalibrasi checks who)."""
		if self.flags.oleh_sistem or self.flags.dari_kalibrasi or self.docstatus != 0:
			return
		if self.user_penyetuju and frappe.session.user == self.user_penyetuju:
			if frappe.session.user == self.employee_user:
				frappe.throw(_("Pegawai tidak dapat menilai dirinya sendiri."), frappe.PermissionError)
			return
		if self._isian_berubah():
			frappe.throw(
				_("Rating dan umpan balik hanya dapat diisi oleh Pejabat Penilai Kinerja {0}.").format(
					self.nama_pejabat_penilai or self.pejabat_penilai or ""
				),
				frappe.PermissionError,
			)

	def _isian_berubah(self) -> bool:
		sebelum = self.get_doc_before_save()
		for field in ISIAN_PENILAI:
			if (self.get(field) or None) != ((sebelum.get(field) if sebelum else None) or None):
				return True
		for table, (kunci, fields) in isi.ISIAN_BARIS.items():
			lama = {row.get(kunci): row for row in (sebelum.get(table) if sebelum else [])}
			for row in self.get(table):
				asal = lama.get(row.get(kunci))
				for field in fields:
					if field == "bobot" and not asal:
						continue  # a new row takes its default weight
					if (row.get(field) or None) != ((asal.get(field) if asal else None) or None):
						return True
		return False

	def validate_kalibrasi(self):
		"""Once the unit's predikat are fixed for the period (Kalibrasi Unit), only an appeal's
		decision changes a rating or the predikat."""
		if self.flags.dari_keberatan or not kalibrasi.terkunci(self.unit_distribusi, self.periode):
			return
		sebelum = self.get_doc_before_save()
		for field in ("rating_hasil_kerja", "rating_perilaku_kerja", "predikat", "nilai_akhir"):
			if (self.get(field) or None) != ((sebelum.get(field) if sebelum else None) or None):
				frappe.throw(
					_(
						"Predikat unit {0} untuk periode {1} sudah ditetapkan melalui kalibrasi; rating dan "
						"predikat hanya dapat diubah melalui keputusan keberatan."
					).format(self.unit_distribusi, self.periode),
					title=_("Hasil Kalibrasi Terkunci"),
				)

	def validate_penyetuju(self):
		"""Only the Pejabat Penilai (through the approver resolver) sets the assessment final."""
		self.validate_peran(
			_("Penilaian hanya dapat ditetapkan oleh Pejabat Penilai Kinerja {0}.").format(
				self.nama_pejabat_penilai or self.pejabat_penilai or ""
			)
		)

	def validate_lengkap(self):
		masalah = []
		if self.regulasi == REGULASI_8_2021:
			if not self.nilai_iki:
				masalah.append(_("SKP belum memiliki IKI dengan target angka untuk dinilai."))
			if any(flt(r.nilai) <= 0 for r in self.perilaku_kerja):
				masalah.append(_("Isi nilai setiap aspek perilaku kerja."))
		else:
			if not self.rating_hasil_kerja:
				masalah.append(_("Tetapkan rating hasil kerja."))
			if not self.rating_perilaku_kerja:
				masalah.append(
					_("Beri rating setiap perilaku kerja, atau tetapkan rating perilaku kerja sendiri.")
				)
		if not self.predikat and not masalah:
			masalah.append(_("Predikat kinerja belum dapat ditentukan."))
		if masalah:
			frappe.throw("<br>".join(masalah), title=_("Penilaian Belum Lengkap"))

	def set_distribusi(self, keadaan=None):
		"""SE MenPAN-RB 3/2023: the unit's predikat so far (this one included) against its organisation
		predikat, with the slots that remain (a bulk writer hands in the unit's state it loaded once)."""
		if keadaan is None:
			keadaan = layanan.keadaan_unit(self.periode, self.periode_kinerja, self.department, self.name)
		self.unit_distribusi = keadaan.unit
		self.predikat_kinerja_organisasi = keadaan.organisasi.name if keadaan.organisasi else None
		self.predikat_organisasi = keadaan.organisasi.predikat if keadaan.organisasi else None
		self.jumlah_pegawai_unit = keadaan.jumlah_pegawai
		self.ringkasan_distribusi = "\n".join(
			_("{0}: {1} pegawai, sisa kuota {2}").format(_(b["predikat"]), b["jumlah"], b["sisa"])
			for b in keadaan.ringkasan(self.predikat)
		)
		self.pelanggaran_distribusi = "\n".join(keadaan.pelanggaran(self.predikat))

	def peringatkan_distribusi(self, pengaturan):
		if self.pelanggaran_distribusi and not pengaturan.distribusi_memblokir:
			frappe.msgprint(
				self.pelanggaran_distribusi.replace("\n", "<br>"),
				title=_("Kurva Distribusi Unit Terlampaui"),
				indicator="orange",
			)

	def validate_distribusi(self):
		"""Whether a broken curve only warns or blocks the final assessment is a setting."""
		self.set_distribusi()
		if not self.pelanggaran_distribusi:
			return
		pesan = self.pelanggaran_distribusi.replace("\n", "<br>")
		if get_pengaturan().distribusi_memblokir:
			frappe.throw(
				_(
					"Predikat ini melanggar kurva distribusi unit {0} (predikat organisasi {1}):<br>{2}"
				).format(self.unit_distribusi, _(self.predikat_organisasi), pesan),
				title=_("Kurva Distribusi Dilanggar"),
			)
		frappe.msgprint(pesan, title=_("Kurva Distribusi Unit Terlampaui"), indicator="orange")
