# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from kinerja_asn.domain.argumen import Pilihan
from kinerja_asn.domain.musim_penilaian import masalah_masa_penilaian
from kinerja_asn.domain.periode import bagi_periode, validasi_periode
from kinerja_asn.domain.regulasi import regulasi_untuk_tanggal
from kinerja_asn.services.argumen import IsianAman, argumen
from kinerja_asn.services.kunci import DokumenGanda, tautan_dokumen

JENIS_SUB_PERIODE = ("Semester", "Triwulan", "Bulanan")


class PeriodeKinerja(IsianAman, Document):
	def before_insert(self):
		self.set_defaults()

	def autoname(self):
		self.set_defaults()
		if not (self.nama_periode and self.company):
			frappe.throw(_("Nama periode dan instansi wajib diisi."), title=_("Data Belum Lengkap"))
		abbr = frappe.get_cached_value("Company", self.company, "abbr")
		self.name = f"{self.nama_periode} - {abbr}"

	def validate(self):
		self.set_defaults()
		self.validate_tanggal()
		self.validate_masa_penilaian()
		self.validate_periode_induk()
		self.validate_duplikat()

	def set_defaults(self):
		"""A yearly period needs only its year; the name and regime follow from the dates."""
		if self.jenis == "Tahunan" and self.tahun and not (self.tanggal_mulai and self.tanggal_selesai):
			tahun = bagi_periode(int(self.tahun), "Tahunan")[0]
			self.tanggal_mulai, self.tanggal_selesai = tahun.mulai, tahun.selesai
		if self.tanggal_mulai and not self.tahun:
			self.tahun = getdate(self.tanggal_mulai).year
		if not self.nama_periode and self.jenis == "Tahunan" and self.tahun:
			self.nama_periode = _("Tahun {0}").format(self.tahun)
		if self.tanggal_mulai and not self.regulasi:
			self.regulasi = regulasi_untuk_tanggal(getdate(self.tanggal_mulai))

	def validate_tanggal(self):
		induk = None
		if self.periode_induk:
			induk = frappe.db.get_value(
				"Periode Kinerja",
				self.periode_induk,
				["jenis", "tanggal_mulai", "tanggal_selesai", "company"],
				as_dict=True,
			)
		masalah = validasi_periode(
			jenis=self.jenis,
			tahun=int(self.tahun or 0),
			tanggal_mulai=getdate(self.tanggal_mulai),
			tanggal_selesai=getdate(self.tanggal_selesai),
			induk=(getdate(induk.tanggal_mulai), getdate(induk.tanggal_selesai)) if induk else None,
		)
		if masalah:
			frappe.throw("<br>".join(_(m) for m in masalah), title=_("Periode Tidak Valid"))

	def validate_masa_penilaian(self):
		"""The assessment window (its opening and closing notices to the heads): both dates or none."""
		masalah = masalah_masa_penilaian(
			getdate(self.tanggal_mulai_penilaian) if self.tanggal_mulai_penilaian else None,
			getdate(self.tanggal_selesai_penilaian) if self.tanggal_selesai_penilaian else None,
		)
		if masalah:
			frappe.throw(_(masalah), title=_("Masa Penilaian Tidak Valid"))

	def validate_periode_induk(self):
		if not self.periode_induk:
			return
		if self.periode_induk == self.name:
			frappe.throw(_("Periode induk tidak boleh periode ini sendiri."), title=_("Periode Tidak Valid"))
		induk = frappe.db.get_value("Periode Kinerja", self.periode_induk, ["jenis", "company"], as_dict=True)
		if induk.jenis != "Tahunan":
			frappe.throw(_("Periode induk harus periode tahunan."), title=_("Periode Tidak Valid"))
		if self.jenis == "Tahunan":
			frappe.throw(_("Periode tahunan tidak memiliki periode induk."), title=_("Periode Tidak Valid"))
		if induk.company != self.company:
			frappe.throw(_("Sub-periode harus milik instansi yang sama dengan periode induknya."))

	def validate_duplikat(self):
		duplikat = frappe.db.exists(
			"Periode Kinerja",
			{
				"company": self.company,
				"jenis": self.jenis,
				"tanggal_mulai": self.tanggal_mulai,
				"tanggal_selesai": self.tanggal_selesai,
				"name": ("!=", self.name),
			},
		)
		if duplikat:
			frappe.throw(
				_("Periode {0} dengan tanggal yang sama sudah ada: {1}.").format(
					_(self.jenis), tautan_dokumen(self.doctype, duplikat)
				),
				DokumenGanda,
				title=_("Periode Ganda"),
			)

	@frappe.whitelist(methods=["POST"])
	@argumen(jenis=Pilihan(JENIS_SUB_PERIODE))
	def buat_sub_periode(self, jenis: str) -> list[str]:
		"""Create the semesters, quarters or months of this year; existing ones are kept."""
		frappe.has_permission("Periode Kinerja", "create", throw=True)
		if self.jenis != "Tahunan":
			frappe.throw(_("Sub-periode hanya dapat dibuat dari periode tahunan."))
		if jenis not in JENIS_SUB_PERIODE:
			frappe.throw(_("Jenis sub-periode tidak dikenal: {0}.").format(jenis))

		existing = set(
			getdate(d)
			for d in frappe.get_all(
				"Periode Kinerja",
				filters={"company": self.company, "jenis": jenis, "tahun": self.tahun},
				pluck="tanggal_mulai",
			)
		)
		dibuat = []
		for bagian in bagi_periode(int(self.tahun), jenis):
			if bagian.mulai in existing:
				continue
			doc = frappe.get_doc(
				{
					"doctype": "Periode Kinerja",
					"nama_periode": bagian.nama,
					"jenis": jenis,
					"tahun": self.tahun,
					"company": self.company,
					"tanggal_mulai": bagian.mulai,
					"tanggal_selesai": bagian.selesai,
					"periode_induk": self.name,
					"regulasi": self.regulasi,
					"status": self.status,
				}
			).insert()
			dibuat.append(doc.name)
		return dibuat
