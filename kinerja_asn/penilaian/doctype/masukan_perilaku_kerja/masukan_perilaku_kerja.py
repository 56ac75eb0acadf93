# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt

from kinerja_asn.domain.penilaian import jenis_pemberi_masukan
from kinerja_asn.domain.perilaku import REGULASI_8_2021
from kinerja_asn.services import penilai
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.kunci import DokumenGanda, cari_terkunci, kunci_baris, tautan_dokumen
from kinerja_asn.services.pengaturan import get_pengaturan


class MasukanPerilakuKerja(IsianAman, Document):
	"""PermenPAN-RB 6/2022: behaviour input of the employee, a peer or a subordinate, which the
	Pejabat Penilai sees aggregated per behaviour; the assessed employee does not see who gave it."""

	def validate(self):
		if not get_pengaturan().masukan_perilaku_aktif:
			frappe.throw(_("Masukan perilaku kerja tidak diaktifkan di Pengaturan Kinerja."))
		penilaian = frappe.db.get_value(
			"Penilaian Kinerja",
			self.penilaian_kinerja,
			["employee", "employee_name", "docstatus", "status", "regulasi"],
			as_dict=True,
		)
		if not penilaian:
			frappe.throw(_("Penilaian Kinerja {0} tidak ditemukan.").format(self.penilaian_kinerja))
		if penilaian.docstatus != 0 or penilaian.status != "Draft":
			frappe.throw(_("Masukan hanya dapat diberikan selama penilaian masih berstatus Draft."))
		self.employee, self.employee_name = penilaian.employee, penilaian.employee_name
		self.set_pemberi()
		self.validate_duplikat()
		self.validate_rincian(penilaian.regulasi)

	def set_pemberi(self):
		"""The giver is the session's employee (HR may record one for someone else)."""
		if not (self.pemberi and is_pengelola()):
			self.pemberi = penilai.employee_of_user()
		if not self.pemberi:
			frappe.throw(
				_("Akun Anda tidak terhubung dengan data pegawai yang aktif."), frappe.PermissionError
			)
		atasan = dict(
			frappe.get_all(
				"Employee",
				filters={"name": ("in", [self.pemberi, self.employee])},
				fields=["name", "reports_to"],
				as_list=True,
			)
		)
		self.jenis_pemberi = jenis_pemberi_masukan(self.pemberi, self.employee, atasan)
		if not self.jenis_pemberi:
			frappe.throw(
				_("Masukan perilaku hanya dari pegawai sendiri, rekan kerja satu atasan, atau bawahannya."),
				frappe.PermissionError,
			)

	def validate_duplikat(self):
		kunci_baris("Penilaian Kinerja", self.penilaian_kinerja)
		lain = cari_terkunci(
			"Masukan Perilaku Kerja",
			{"penilaian_kinerja": self.penilaian_kinerja, "pemberi": self.pemberi, "name": ("!=", self.name)},
		)
		lain = lain[0] if lain else None
		if lain:
			frappe.throw(
				_("Anda sudah memberi masukan untuk penilaian ini: {0}.").format(
					tautan_dokumen(self.doctype, lain)
				),
				DokumenGanda,
			)

	def validate_rincian(self, regulasi: str):
		dinilai = set(
			frappe.get_all(
				"Perilaku Kerja Penilaian",
				filters={"parenttype": "Penilaian Kinerja", "parent": self.penilaian_kinerja},
				pluck="perilaku_kerja",
			)
		)
		masalah = []
		for row in self.rincian:
			if row.perilaku_kerja not in dinilai:
				masalah.append(
					_("Baris {0}: {1} tidak dinilai pada penilaian ini.").format(row.idx, row.perilaku_kerja)
				)
			if regulasi == REGULASI_8_2021 and flt(row.nilai) <= 0:
				masalah.append(_("Baris {0}: isi nilai.").format(row.idx))
			if regulasi != REGULASI_8_2021 and not row.rating:
				masalah.append(_("Baris {0}: pilih rating.").format(row.idx))
		if masalah:
			frappe.throw("<br>".join(masalah), title=_("Masukan Tidak Valid"))
