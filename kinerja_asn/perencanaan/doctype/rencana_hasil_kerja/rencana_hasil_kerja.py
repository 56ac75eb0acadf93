# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from kinerja_asn.domain.kaskade import RHK, validasi_rhk
from kinerja_asn.domain.pelaksanaan import agregasi_bawaan
from kinerja_asn.domain.skp import sarankan_rhk_pimpinan, validasi_iki
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import IsianAman, argumen
from kinerja_asn.services.pengaturan import get_pengaturan

# Messages per problem code of kinerja_asn.domain.kaskade, translated when shown.
KODE_PESAN = {
	"siklus": "RHK ini membentuk lingkaran intervensi: {0}.",
	"periode_berbeda": "RHK pimpinan yang diintervensi berasal dari periode lain ({0}).",
	"bukan_atasan": "RHK pimpinan yang diintervensi harus milik Pejabat Penilai Kinerja Anda ({0}).",
	"induk_tidak_ada": "RHK pimpinan yang diintervensi tidak ditemukan ({0}).",
	"pejabat_penilai_tidak_diketahui": "SKP ini belum memiliki Pejabat Penilai Kinerja ({0}).",
}


class RencanaHasilKerja(IsianAman, Document):
	def validate(self):
		self.validate_skp_dapat_diubah()
		self.validate_jenis()
		self.validate_iki()
		self.set_rhk_pimpinan_sementara()
		self.validate_kaskade()
		self.validate_indikator_organisasi()

	def on_update(self):
		perbarui_saran_bawahan(self.employee, self.periode_kinerja)

	def on_trash(self):
		self.validate_skp_dapat_diubah()
		anak = frappe.db.count("Rencana Hasil Kerja", {"rhk_intervensi": self.name})
		if anak:
			frappe.throw(
				_("RHK ini diintervensi oleh {0} RHK bawahan; ubah RHK bawahan lebih dahulu.").format(anak),
				title=_("RHK Masih Dipakai"),
			)

	def onload(self):
		# The form shows a locked RHK as locked (no Save) instead of refusing it only on save.
		if not self.is_new():
			self.set_onload("terkunci", self.alasan_terkunci())

	def validate_skp_dapat_diubah(self):
		if self.flags.ubah_oleh_sistem:
			return
		alasan = self.alasan_terkunci()
		if alasan:
			frappe.throw(alasan, title=_("SKP Terkunci"))

	def alasan_terkunci(self) -> str | None:
		"""Why the session user may not change this RHK now, or None: its SKP has left Draft or
		Dikembalikan (HR still may while the SKP is not submitted)."""
		docstatus, status = frappe.db.get_value("SKP", self.skp, ["docstatus", "status"]) or (None, None)
		if docstatus is None:
			frappe.throw(_("SKP {0} tidak ditemukan.").format(self.skp))
		if docstatus != 0 or status not in ("Draft", "Dikembalikan", None, ""):
			if not (is_pengelola() and docstatus == 0):
				return _("RHK tidak dapat diubah karena SKP {0} berstatus {1}.").format(
					self.skp, _(status or "")
				)
		return None

	def validate_jenis(self):
		if self.jenis == "Utama":
			self.kategori_tambahan = None

	def validate_iki(self):
		if not self.iki:
			frappe.throw(_("Isi paling sedikit satu Indikator Kinerja Individu."))
		masalah = []
		for row in self.iki:
			masalah += validasi_iki(row.uraian, row.target, row.target_maks, row.arah, row.bobot)
			row.agregasi_realisasi = row.agregasi_realisasi or agregasi_bawaan(row.satuan)
		if masalah:
			frappe.throw("<br>".join(_(m) for m in masalah), title=_("IKI Tidak Valid"))

	def set_rhk_pimpinan_sementara(self):
		"""An RHK may wait for a leader RHK that does not exist yet (the cascade never deadlocks);
		the system suggests the leader RHK once it appears, the employee confirms it."""
		if self.rhk_intervensi:
			self.menunggu_rhk_pimpinan = 0
			self.saran_rhk_pimpinan = None
			return
		if not self.menunggu_rhk_pimpinan:
			self.saran_rhk_pimpinan = None
			return
		if not (self.rencana_rhk_pimpinan or "").strip():
			frappe.throw(_("Tuliskan perkiraan RHK pimpinan yang akan diintervensi."))
		pejabat = frappe.db.get_value("SKP", self.skp, "pejabat_penilai")
		self.saran_rhk_pimpinan = _saran(
			self.rencana_rhk_pimpinan, _rhk_pimpinan(pejabat, self.periode_kinerja)
		)

	@frappe.whitelist(methods=["POST"])
	@argumen()
	def tautkan_saran(self):
		"""The employee confirms the suggested leader RHK."""
		if not self.saran_rhk_pimpinan:
			frappe.throw(_("Belum ada saran RHK pimpinan untuk ditautkan."))
		self.rhk_intervensi = self.saran_rhk_pimpinan
		self.save()

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
				_("Indikator {0} tidak termasuk dalam Perjanjian Kinerja {1}.").format(
					self.indikator_organisasi, pk
				)
			)


def _rhk_pimpinan(pejabat_penilai: str | None, periode_kinerja: str | None) -> list[tuple[str, str]]:
	if not (pejabat_penilai and periode_kinerja):
		return []
	return frappe.get_all(
		"Rencana Hasil Kerja",
		filters={"employee": pejabat_penilai, "periode_kinerja": periode_kinerja, "jenis": "Utama"},
		fields=["name", "uraian"],
		as_list=True,
	)


def _saran(rencana: str, rhk_pimpinan: list[tuple[str, str]]) -> str | None:
	ambang = get_pengaturan().kemiripan_saran_minimal
	return sarankan_rhk_pimpinan(rencana, rhk_pimpinan, ambang=ambang)


def perbarui_saran_bawahan(pimpinan: str | None, periode_kinerja: str | None) -> None:
	"""After a leader's RHK changes: refresh the suggestions of subordinates' waiting RHK, and tell
	each subordinate about a new one."""
	if not (pimpinan and periode_kinerja):
		return
	menunggu = frappe.get_all(
		"Rencana Hasil Kerja",
		filters={"pejabat_penilai": pimpinan, "periode_kinerja": periode_kinerja, "menunggu_rhk_pimpinan": 1},
		fields=["name", "rencana_rhk_pimpinan", "saran_rhk_pimpinan", "employee"],
	)
	if not menunggu:
		return
	rhk_pimpinan = _rhk_pimpinan(pimpinan, periode_kinerja)
	users = dict(
		frappe.get_all(
			"Employee",
			filters={"name": ("in", list({m.employee for m in menunggu}))},
			fields=["name", "user_id"],
			as_list=True,
		)
	)
	for m in menunggu:
		saran = _saran(m.rencana_rhk_pimpinan, rhk_pimpinan)
		if saran == m.saran_rhk_pimpinan:
			continue
		frappe.db.set_value("Rencana Hasil Kerja", m.name, "saran_rhk_pimpinan", saran, update_modified=False)
		if saran and users.get(m.employee):
			frappe.get_doc(
				{
					"doctype": "Notification Log",
					"for_user": users[m.employee],
					"type": "Alert",
					"document_type": "Rencana Hasil Kerja",
					"document_name": m.name,
					"subject": _("RHK pimpinan yang Anda tunggu sudah tersedia; tautkan RHK {0}.").format(
						m.name
					),
				}
			).insert(ignore_permissions=True)


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
