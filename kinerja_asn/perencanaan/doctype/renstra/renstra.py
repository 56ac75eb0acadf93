# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.model.naming import make_autoname

from kinerja_asn.domain.argumen import Bendera, Teks
from kinerja_asn.domain.perencanaan import (
	STATUS_RENSTRA_TERKUNCI,
	tahun_selesai_renstra,
	validasi_tahun_renstra,
)
from kinerja_asn.services.argumen import IsianAman, argumen
from kinerja_asn.services.kunci import DokumenGanda, tautan_dokumen

STATUS_TERKUNCI = STATUS_RENSTRA_TERKUNCI
"""A superseded or cancelled Renstra is history: its sasaran and indicators are no longer edited."""


class Renstra(IsianAman, Document):
	def autoname(self):
		if not self.tahun_mulai:
			frappe.throw(_("Tahun mulai Renstra wajib diisi."), title=_("Data Belum Lengkap"))
		self.name = make_autoname(f"RENSTRA-{int(self.tahun_mulai)}-.###", doc=self)

	def validate(self):
		self.set_defaults()
		self.validate_tahun()
		self.validate_unit()
		self.validate_dokumen_sumber()
		self.validate_renstra_sebelumnya()

	def before_submit(self):
		self.validate_satu_renstra_aktif()

	def on_submit(self):
		self.db_set("status", "Aktif")
		if self.renstra_sebelumnya:
			frappe.get_doc("Renstra", self.renstra_sebelumnya).db_set(
				{"digantikan_oleh": self.name, "status": "Digantikan"}, notify=True
			)

	def before_cancel(self):
		if self.digantikan_oleh:
			frappe.throw(
				_("Renstra ini sudah digantikan oleh {0}. Batalkan revisi tersebut terlebih dahulu.").format(
					self.digantikan_oleh
				),
				title=_("Renstra Digantikan"),
			)

	def on_cancel(self):
		self.db_set("status", "Dibatalkan")
		if self.renstra_sebelumnya:
			sebelumnya = frappe.get_doc("Renstra", self.renstra_sebelumnya)
			if sebelumnya.digantikan_oleh == self.name:
				sebelumnya.db_set({"digantikan_oleh": None, "status": "Aktif"}, notify=True)

	def set_defaults(self):
		"""The last year, version, title and status follow from the other fields."""
		if self.tahun_mulai and not self.tahun_selesai:
			self.tahun_selesai = tahun_selesai_renstra(int(self.tahun_mulai))
		self.versi = self.versi or 1
		if not self.judul and self.unit and self.tahun_mulai:
			unit = frappe.db.get_value("Department", self.unit, "department_name") or self.unit
			self.judul = _("Renstra {0} {1}-{2}").format(unit, self.tahun_mulai, self.tahun_selesai)
			if self.versi > 1:
				self.judul += " " + _("(Revisi {0})").format(self.versi - 1)
		if self.docstatus == 0:
			self.status = "Draft"
		for urutan, misi in enumerate(self.misi, start=1):
			misi.urutan = misi.urutan or urutan

	def validate_tahun(self):
		masalah = validasi_tahun_renstra(self.tahun_mulai, self.tahun_selesai)
		if masalah:
			frappe.throw("<br>".join(_(m) for m in masalah), title=_("Tahun Renstra Tidak Valid"))

	def validate_unit(self):
		company = frappe.db.get_value("Department", self.unit, "company")
		if company and company != self.company:
			frappe.throw(
				_("Unit kerja {0} bukan milik instansi {1}.").format(self.unit, self.company),
				title=_("Unit Tidak Valid"),
			)

	def validate_dokumen_sumber(self):
		"""The source document of a Renstra is an internal record: kept as a private file."""
		if self.dokumen_sumber and not self.dokumen_sumber.startswith("/private/files/"):
			frappe.throw(
				_("Dokumen Renstra harus diunggah sebagai berkas privat."), title=_("Dokumen Tidak Privat")
			)

	def validate_renstra_sebelumnya(self):
		if not self.renstra_sebelumnya:
			return
		if self.renstra_sebelumnya == self.name:
			frappe.throw(_("Renstra tidak dapat menggantikan dirinya sendiri."))
		sebelumnya = frappe.db.get_value(
			"Renstra",
			self.renstra_sebelumnya,
			["docstatus", "company", "unit", "digantikan_oleh"],
			as_dict=True,
		)
		if sebelumnya.docstatus != 1:
			frappe.throw(
				_("Hanya Renstra yang sudah ditetapkan (submit) yang dapat direvisi: {0}.").format(
					self.renstra_sebelumnya
				)
			)
		if (sebelumnya.company, sebelumnya.unit) != (self.company, self.unit):
			frappe.throw(_("Revisi Renstra harus untuk instansi dan unit kerja yang sama."))
		if sebelumnya.digantikan_oleh and sebelumnya.digantikan_oleh != self.name:
			frappe.throw(
				_("Renstra {0} sudah digantikan oleh {1}.").format(
					self.renstra_sebelumnya, sebelumnya.digantikan_oleh
				),
				title=_("Renstra Digantikan"),
			)

	def validate_satu_renstra_aktif(self):
		"""One active Renstra per company and unit for any year; the version it revises is excluded,
		since submitting this one supersedes it."""
		Renstra = frappe.qb.DocType("Renstra")
		query = (
			frappe.qb.from_(Renstra)
			.select(Renstra.name, Renstra.tahun_mulai, Renstra.tahun_selesai)
			.where(
				(Renstra.company == self.company)
				& (Renstra.unit == self.unit)
				& (Renstra.docstatus == 1)
				& (Renstra.status == "Aktif")
				& (Renstra.name != self.name)
				& (Renstra.tahun_mulai <= self.tahun_selesai)
				& (Renstra.tahun_selesai >= self.tahun_mulai)
			)
		)
		if self.renstra_sebelumnya:
			query = query.where(Renstra.name != self.renstra_sebelumnya)
		aktif = query.run(as_dict=True)
		if aktif:
			r = aktif[0]
			frappe.throw(
				_(
					"Unit {0} sudah memiliki Renstra aktif {1} ({2}-{3}) yang tahunnya beririsan. "
					"Buat revisi dari Renstra tersebut bila rencananya berubah."
				).format(self.unit, tautan_dokumen(self.doctype, r.name), r.tahun_mulai, r.tahun_selesai),
				DokumenGanda,
				title=_("Renstra Ganda"),
			)

	@frappe.whitelist(methods=["POST"])
	@argumen(alasan=Teks(maks=5000), salin_sasaran=Bendera())
	def buat_revisi(self, alasan: str | None = None, salin_sasaran: bool = True) -> str:
		"""A new draft version of this submitted Renstra (versi + 1); submitting it supersedes this one.
		The sasaran tree and its indicators are copied unless salin_sasaran is false. An existing
		draft revision is returned instead of a second one."""
		frappe.has_permission("Renstra", "create", throw=True)
		if self.docstatus != 1:
			frappe.throw(_("Hanya Renstra yang sudah ditetapkan (submit) yang dapat direvisi."))
		if self.digantikan_oleh:
			frappe.throw(
				_("Renstra ini sudah digantikan oleh {0}; revisi dibuat dari versi terbaru.").format(
					self.digantikan_oleh
				),
				title=_("Renstra Digantikan"),
			)
		draf = frappe.db.get_value("Renstra", {"renstra_sebelumnya": self.name, "docstatus": 0})
		if draf:
			return draf

		revisi = frappe.copy_doc(self)
		revisi.update(
			{
				"docstatus": 0,
				"status": "Draft",
				"versi": (self.versi or 1) + 1,
				"renstra_sebelumnya": self.name,
				"digantikan_oleh": None,
				"alasan_revisi": alasan,
				"judul": None,
				"dokumen_sumber": None,
				"nomor_penetapan": None,
				"tanggal_penetapan": None,
			}
		)
		for misi in revisi.misi:
			misi.docstatus = 0
		revisi.insert()
		if frappe.utils.sbool(salin_sasaran):
			salin_sasaran_dan_indikator(self.name, revisi.name)
		return revisi.name


def salin_sasaran_dan_indikator(dari: str, ke: str) -> None:
	"""Copy the sasaran tree of one Renstra (parents first) and the indicators of its sasaran to
	another; parent indicators inside the copy point to the copies, those outside stay as they are."""
	sasaran = frappe.get_all(
		"Sasaran Strategis",
		filters={"renstra": dari},
		fields=["name", "tingkat", "kode", "uraian", "unit", "parent_sasaran_strategis"],
		order_by="lft asc",
	)
	peta_sasaran: dict[str, str] = {}
	for s in sasaran:
		baru = frappe.get_doc(
			{
				"doctype": "Sasaran Strategis",
				"renstra": ke,
				"tingkat": s.tingkat,
				"kode": s.kode,
				"uraian": s.uraian,
				"unit": s.unit,
				"parent_sasaran_strategis": peta_sasaran.get(s.parent_sasaran_strategis),
			}
		).insert()
		peta_sasaran[s.name] = baru.name
	if not peta_sasaran:
		return

	indikator = [
		frappe.get_doc("Indikator Kinerja", nama)
		for nama in frappe.get_all(
			"Indikator Kinerja",
			filters={"sasaran": ("in", list(peta_sasaran))},
			pluck="name",
			order_by="creation",
		)
	]
	lama = {i.name for i in indikator}
	peta_indikator: dict[str, str] = {}
	sisa = indikator
	while sisa:
		siap = [i for i in sisa if i.indikator_induk not in lama or i.indikator_induk in peta_indikator]
		if not siap:
			break
		for i in siap:
			baru = frappe.copy_doc(i)
			baru.sasaran = peta_sasaran[i.sasaran]
			baru.renstra = ke
			baru.indikator_induk = peta_indikator.get(i.indikator_induk, i.indikator_induk)
			baru.insert()
			peta_indikator[i.name] = baru.name
		sisa = [i for i in sisa if i.name not in peta_indikator]
