# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from kinerja_asn.domain.kaskade import RHK, validasi_rhk
from kinerja_asn.domain.skp import validasi_iki
from kinerja_asn.permissions import is_pengelola

# Messages per problem code of kinerja_asn.domain.kaskade, translated when shown.
KODE_PESAN = {
	"siklus": "RHK ini membentuk lingkaran intervensi: {0}.",
	"periode_berbeda": "RHK pimpinan yang diintervensi berasal dari periode lain ({0}).",
	"bukan_atasan": "RHK pimpinan yang diintervensi harus milik Pejabat Penilai Kinerja Anda ({0}).",
	"induk_tidak_ada": "RHK pimpinan yang diintervensi tidak ditemukan ({0}).",
	"pejabat_penilai_tidak_diketahui": "SKP ini belum memiliki Pejabat Penilai Kinerja ({0}).",
}


class RencanaHasilKerja(Document):
	def validate(self):
		self.validate_skp_dapat_diubah()
		self.validate_jenis()
		self.validate_iki()
		self.validate_kaskade()
		self.validate_indikator_organisasi()

	def on_trash(self):
		self.validate_skp_dapat_diubah()
		anak = frappe.db.count("Rencana Hasil Kerja", {"rhk_intervensi": self.name})
		if anak:
			frappe.throw(
				_("RHK ini diintervensi oleh {0} RHK bawahan; ubah RHK bawahan lebih dahulu.").format(anak),
				title=_("RHK Masih Dipakai"),
			)

	def validate_skp_dapat_diubah(self):
		if self.flags.ubah_oleh_sistem:
			return
		docstatus, status = frappe.db.get_value("SKP", self.skp, ["docstatus", "status"]) or (None, None)
		if docstatus is None:
			frappe.throw(_("SKP {0} tidak ditemukan.").format(self.skp))
		if docstatus != 0 or status not in ("Draft", "Dikembalikan", None, ""):
			if not (is_pengelola() and docstatus == 0):
				frappe.throw(
					_("RHK tidak dapat diubah karena SKP {0} berstatus {1}.").format(
						self.skp, _(status or "")
					),
					title=_("SKP Terkunci"),
				)

	def validate_jenis(self):
		if self.jenis == "Utama":
			self.kategori_tambahan = None

	def validate_iki(self):
		if not self.iki:
			frappe.throw(_("Isi paling sedikit satu Indikator Kinerja Individu."))
		masalah = []
		for row in self.iki:
			masalah += validasi_iki(row.uraian, row.target, row.target_maks, row.arah, row.bobot)
		if masalah:
			frappe.throw("<br>".join(_(m) for m in masalah), title=_("IKI Tidak Valid"))

	def validate_kaskade(self):
		"""The leader RHK must be the Pejabat Penilai's, of the same period, and close no cycle."""
		if not self.rhk_intervensi:
			return
		skp = frappe.db.get_value(
			"SKP", self.skp, ["employee", "pejabat_penilai", "periode_kinerja"], as_dict=True
		)
		saya = RHK(id=self.name, pemilik=skp.employee, periode=skp.periode_kinerja, induk=self.rhk_intervensi)
		masalah = validasi_rhk(saya, _RantaiInduk(), {skp.employee: skp.pejabat_penilai})
		if masalah:
			pesan = []
			for m in masalah:
				detail = {
					"siklus": " → ".join(m.siklus),
					"periode_berbeda": m.periode_induk,
					"bukan_atasan": m.pejabat_penilai,
				}.get(m.kode, self.rhk_intervensi)
				pesan.append(
					_(KODE_PESAN[m.kode]).format(detail or "") if m.kode in KODE_PESAN else _(m.pesan)
				)
			frappe.throw("<br>".join(pesan), title=_("Kaskade Tidak Valid"))


	def validate_indikator_organisasi(self):
		"""A JPT's RHK carries an indicator of its own Perjanjian Kinerja."""
		if not self.indikator_organisasi:
			return
		pk = frappe.db.get_value("SKP", self.skp, "perjanjian_kinerja")
		if pk and not frappe.db.exists(
			"Sasaran Perjanjian Kinerja",
			{"parent": pk, "parenttype": "Perjanjian Kinerja", "indikator": self.indikator_organisasi},
		):
			frappe.throw(
				_("Indikator {0} tidak termasuk dalam Perjanjian Kinerja {1}.").format(self.indikator_organisasi, pk)
			)


class _RantaiInduk:
	"""Loads the RHK on the path up from a leader RHK, one level at a time (the chain is short)."""

	def get(self, name: str | None):
		if not name:
			return None
		row = frappe.db.get_value(
			"Rencana Hasil Kerja",
			name,
			["name", "employee", "periode_kinerja", "rhk_intervensi"],
			as_dict=True,
		)
		if not row:
			return None
		return RHK(id=row.name, pemilik=row.employee, periode=row.periode_kinerja, induk=row.rhk_intervensi)
