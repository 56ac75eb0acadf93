# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt, getdate, today

from kinerja_asn.domain.perilaku import REGULASI_8_2021
from kinerja_asn.domain.periode import batas_keberatan, keberatan_tepat_waktu
from kinerja_asn.domain.rating import Rating, predikat_dari_nilai, predikat_kinerja
from kinerja_asn.services import angka_kredit, pemberitahuan_penilaian, penilai
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.kunci import DokumenGanda, cari_terkunci, kunci_baris, tautan_dokumen
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.persetujuan import PEMUTUS, DokumenPersetujuan
from kinerja_asn.services.realisasi import beri_tahu

PENILAIAN_FIELDS = [
	"name",
	"docstatus",
	"employee",
	"employee_name",
	"employee_user",
	"periode",
	"regulasi",
	"pejabat_penilai",
	"atasan_pejabat_penilai",
	"predikat",
	"rating_hasil_kerja",
	"rating_perilaku_kerja",
	"nilai_akhir",
	"tanggal_ditetapkan",
]
KEPUTUSAN = ("Ditolak", "Diubah")
ISIAN_KEPUTUSAN = (
	"keputusan",
	"rating_hasil_kerja_baru",
	"rating_perilaku_kerja_baru",
	"nilai_akhir_baru",
	"predikat_baru",
	"pertimbangan",
	"diputuskan_oleh",
	"nama_diputuskan_oleh",
	"diputuskan_sebagai",
	"tanggal_keputusan",
)


class KeberatanPenilaianKinerja(DokumenPersetujuan, Document):
	"""PP 30/2019 art. 59: the employee appeals a final assessment within the set number of days to
	the Atasan Pejabat Penilai, whose decision is final."""

	PERAN = PEMUTUS

	def validate(self):
		if self.docstatus != 0:
			return
		penilaian = self._penilaian()
		self.set_dari_penilaian(penilaian)
		if self.is_new():
			self.validate_pengaju(penilaian)
			self.validate_penilaian(penilaian)
		self.set_pemutus()
		self.kembalikan_isian_keputusan()

	def after_insert(self):
		self.tandai_penilaian("Diajukan")
		beri_tahu(
			self.user_pemutus,
			_("{0} mengajukan keberatan atas penilaian kinerja {1}; Anda yang memutuskan.").format(
				self.employee_name, self.periode
			),
			self.doctype,
			self.name,
		)

	def before_submit(self):
		self.validate_pemutus()
		self.validate_keputusan()
		self.catat_keputusan()

	def on_submit(self):
		self.terapkan_keputusan()
		if self.keputusan == "Diubah" and self.predikat_baru != self.predikat_awal:
			angka_kredit.ganti_konversi(self.penilaian_kinerja)  # the old one stays, cancelled
		pemberitahuan_penilaian.keberatan_diputuskan(self)

	def before_cancel(self):
		frappe.throw(_("Keputusan atas keberatan bersifat final dan tidak dapat dibatalkan."))

	def on_trash(self):
		if self.docstatus == 0:
			self.tandai_penilaian(None)

	def _penilaian(self):
		penilaian = (
			frappe.db.get_value("Penilaian Kinerja", self.penilaian_kinerja, PENILAIAN_FIELDS, as_dict=True)
			if self.penilaian_kinerja
			else None
		)
		if not penilaian:
			frappe.throw(_("Penilaian Kinerja {0} tidak ditemukan.").format(self.penilaian_kinerja or ""))
		return penilaian

	def set_dari_penilaian(self, penilaian):
		"""Who appeals, against whom and what, always from the assessment."""
		for field in ("employee", "employee_name", "employee_user", "periode", "regulasi", "pejabat_penilai"):
			self.set(field, penilaian.get(field))
		self.atasan_pejabat_penilai = (
			penilaian.atasan_pejabat_penilai or penilai.penilai_bawaan(penilaian.pejabat_penilai)[0]
		)
		if self.is_new():
			self.predikat_awal = penilaian.predikat
			self.rating_hasil_kerja_awal = penilaian.rating_hasil_kerja
			self.rating_perilaku_kerja_awal = penilaian.rating_perilaku_kerja
			self.nilai_akhir_awal = penilaian.nilai_akhir
			self.tanggal_pengajuan = today()
			self.batas_pengajuan = batas_keberatan(
				getdate(penilaian.tanggal_ditetapkan), get_pengaturan().batas_hari_keberatan
			)

	def validate_pengaju(self, penilaian):
		"""Only the assessed employee appeals their own assessment."""
		if is_pengelola() or self.flags.oleh_sistem:
			return
		if penilai.employee_of_user() != penilaian.employee:
			frappe.throw(
				_("Keberatan hanya dapat diajukan oleh pegawai yang dinilai."), frappe.PermissionError
			)

	def validate_penilaian(self, penilaian):
		if penilaian.docstatus != 1:
			frappe.throw(
				_("Keberatan hanya dapat diajukan atas penilaian kinerja yang sudah ditetapkan."),
				title=_("Penilaian Belum Final"),
			)
		kunci_baris("Penilaian Kinerja", penilaian.name)
		lain = cari_terkunci(
			"Keberatan Penilaian Kinerja",
			{"penilaian_kinerja": penilaian.name, "docstatus": ("<", 2), "name": ("!=", self.name)},
		)
		lain = lain[0] if lain else None
		if lain:
			frappe.throw(
				_("Keberatan atas penilaian ini sudah diajukan: {0}.").format(
					tautan_dokumen(self.doctype, lain)
				),
				DokumenGanda,
				title=_("Keberatan Ganda"),
			)
		hari = get_pengaturan().batas_hari_keberatan
		if not keberatan_tepat_waktu(
			getdate(penilaian.tanggal_ditetapkan), getdate(self.tanggal_pengajuan), hari
		):
			frappe.throw(
				_("Batas pengajuan keberatan ({0} hari setelah penetapan, sampai {1}) sudah lewat.").format(
					hari, frappe.format(self.batas_pengajuan, "Date")
				),
				title=_("Keberatan Terlambat"),
			)

	def set_pemutus(self):
		"""The Atasan Pejabat Penilai decides; an acting official (Plt/Plh) when they are absent,
		through the one resolver."""
		if not self.atasan_pejabat_penilai:
			frappe.throw(
				_("Atasan Pejabat Penilai {0} belum tercatat; hubungi pengelola kinerja.").format(
					self.pejabat_penilai
				),
				title=_("Pemutus Keberatan Tidak Ada"),
			)
		hasil = penilai.tentukan(self.pejabat_penilai, self.atasan_pejabat_penilai)
		if not hasil.pegawai or hasil.pegawai == self.employee:
			frappe.throw(
				_("Pemutus keberatan tidak dapat ditentukan; hubungi pengelola kinerja."),
				title=_("Pemutus Keberatan Tidak Ada"),
			)
		self.tetapkan_peran(hasil)

	def kembalikan_isian_keputusan(self):
		"""The decision is written by putuskan() only; a form save keeps what was stored."""
		if self.flags.memutuskan:
			return
		sebelum = self.get_doc_before_save()
		for field in ISIAN_KEPUTUSAN:
			self.set(field, sebelum.get(field) if sebelum else None)

	# Decision ----------------------------------------------------------------------------------------

	def putuskan(
		self,
		keputusan: str,
		pertimbangan: str,
		rating_hasil_kerja: str | None = None,
		rating_perilaku_kerja: str | None = None,
		nilai_akhir: float | None = None,
	):
		"""The Atasan Pejabat Penilai upholds (Ditolak) or changes (Diubah, with the new ratings or
		8/2021 final value) the assessment; the decision is final."""
		self.keputusan = keputusan
		self.pertimbangan = pertimbangan
		self.rating_hasil_kerja_baru = rating_hasil_kerja
		self.rating_perilaku_kerja_baru = rating_perilaku_kerja
		self.nilai_akhir_baru = flt(nilai_akhir) if nilai_akhir not in (None, "") else None
		self.flags.memutuskan = True
		self.flags.ignore_permissions = True
		self.submit()

	def validate_pemutus(self):
		self.validate_peran(
			_("Keberatan hanya dapat diputuskan oleh Atasan Pejabat Penilai {0}.").format(self.nama_peran())
		)

	def validate_keputusan(self):
		if self.keputusan not in KEPUTUSAN:
			frappe.throw(_("Pilih keputusan: Ditolak atau Diubah."), title=_("Keputusan Belum Diisi"))
		if not (self.pertimbangan or "").strip():
			frappe.throw(_("Tuliskan pertimbangan keputusan."), title=_("Pertimbangan Diperlukan"))
		if self.keputusan == "Ditolak":
			self.rating_hasil_kerja_baru = self.rating_perilaku_kerja_baru = None
			self.nilai_akhir_baru = None
			self.predikat_baru = self.predikat_awal
			return
		pengaturan = get_pengaturan()
		try:
			if self.regulasi == REGULASI_8_2021:
				if flt(self.nilai_akhir_baru) <= 0:
					frappe.throw(_("Isi nilai akhir baru."), title=_("Keputusan Belum Lengkap"))
				self.predikat_baru = predikat_dari_nilai(
					flt(self.nilai_akhir_baru), pengaturan.pita_nilai
				).value
			else:
				if not (self.rating_hasil_kerja_baru or self.rating_perilaku_kerja_baru):
					frappe.throw(
						_("Isi rating hasil kerja dan/atau rating perilaku kerja yang baru."),
						title=_("Keputusan Belum Lengkap"),
					)
				hasil = Rating.parse(self.rating_hasil_kerja_baru or self.rating_hasil_kerja_awal)
				perilaku = Rating.parse(self.rating_perilaku_kerja_baru or self.rating_perilaku_kerja_awal)
				self.rating_hasil_kerja_baru, self.rating_perilaku_kerja_baru = hasil.value, perilaku.value
				self.predikat_baru = predikat_kinerja(hasil, perilaku, pengaturan.matriks).value
		except ValueError as e:
			frappe.throw(_(str(e)), title=_("Keputusan Tidak Valid"))

	def catat_keputusan(self):
		"""Who decided and in which capacity ("Plt." / "Plh.")."""
		self.catat_tindakan(
			"diputuskan_oleh", "diputuskan_sebagai", "tanggal_keputusan", nama="nama_diputuskan_oleh"
		)
		self.status = self.keputusan

	def terapkan_keputusan(self):
		"""Write the decision into the final assessment; its Version log and a comment keep the history."""
		perubahan = {"status_keberatan": self.keputusan}
		if self.keputusan == "Diubah":
			perubahan["predikat"] = self.predikat_baru
			if self.regulasi == REGULASI_8_2021:
				perubahan["nilai_akhir"] = self.nilai_akhir_baru
			else:
				perubahan["rating_hasil_kerja"] = self.rating_hasil_kerja_baru
				perubahan["rating_perilaku_kerja"] = self.rating_perilaku_kerja_baru
		penilaian = self.tandai_penilaian(self.keputusan, perubahan)
		sebutan = f"{self.diputuskan_sebagai} " if self.diputuskan_sebagai else ""
		if self.keputusan == "Diubah":
			teks = _("Keberatan {0} diterima oleh {1}{2}: predikat berubah dari {3} menjadi {4}.").format(
				self.name, sebutan, self.nama_diputuskan_oleh, _(self.predikat_awal), _(self.predikat_baru)
			)
		else:
			teks = _("Keberatan {0} ditolak oleh {1}{2}: predikat tetap {3}.").format(
				self.name, sebutan, self.nama_diputuskan_oleh, _(self.predikat_awal)
			)
		penilaian.add_comment("Info", teks)

	def tandai_penilaian(self, status: str | None, perubahan: dict | None = None):
		"""Record the appeal on the final assessment (allowed there only through this flag)."""
		penilaian = frappe.get_doc("Penilaian Kinerja", self.penilaian_kinerja)
		penilaian.keberatan = self.name if status else None
		penilaian.status_keberatan = status
		for field, value in (perubahan or {}).items():
			if field == "predikat" and not penilaian.predikat_awal:
				penilaian.predikat_awal = penilaian.predikat
			penilaian.set(field, value)
		penilaian.flags.dari_keberatan = True
		penilaian.flags.ignore_permissions = True
		penilaian.save(ignore_version=False)  # the Version keeps the history, in tests too
		return penilaian
