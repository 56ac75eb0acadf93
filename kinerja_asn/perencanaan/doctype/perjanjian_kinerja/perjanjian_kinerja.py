# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.model.naming import make_autoname

from kinerja_asn.domain.perencanaan import (
	BarisPK,
	TargetIndikator,
	baris_pk_baru,
	validasi_perjanjian_kinerja,
)
from kinerja_asn.services.argumen import IsianAman, argumen
from kinerja_asn.services.kunci import DokumenGanda, cari_terkunci, kunci_baris, tautan_dokumen


class PerjanjianKinerja(IsianAman, Document):
	def autoname(self):
		tahun = frappe.db.get_value("Periode Kinerja", self.periode, "tahun") if self.periode else None
		if not tahun:
			frappe.throw(_("Periode Kinerja wajib diisi."), title=_("Data Belum Lengkap"))
		self.name = make_autoname(f"PK-{tahun}-.#####", doc=self)

	def validate(self):
		periode = frappe.db.get_value(
			"Periode Kinerja", self.periode, ["jenis", "company", "tahun"], as_dict=True
		)
		self.set_defaults(periode)
		self.validate_isi(periode)
		self.validate_periode(periode)
		if self.docstatus == 1:
			self.validate_satu_pk_per_periode()

	def before_submit(self):
		if not self.sasaran:
			frappe.throw(
				_("Perjanjian Kinerja belum memuat sasaran dan target."), title=_("Data Belum Lengkap")
			)

	def set_defaults(self, periode: frappe._dict):
		"""The superior defaults to the pihak pertama's direct superior (reports_to)."""
		if self.pihak_pertama and not self.pihak_kedua:
			self.pihak_kedua = frappe.db.get_value("Employee", self.pihak_pertama, "reports_to")
		self.tahun = periode.tahun

	def validate_isi(self, periode: frappe._dict):
		masalah = validasi_perjanjian_kinerja(
			jenis_periode=periode.jenis,
			pihak_pertama=self.pihak_pertama,
			pihak_kedua=self.pihak_kedua,
			baris=[BarisPK(b.indikator, b.target, b.target_maks or None, b.sasaran) for b in self.sasaran],
		)
		if masalah:
			frappe.throw("<br>".join(_(m) for m in masalah), title=_("Perjanjian Kinerja Tidak Valid"))

	def validate_periode(self, periode: frappe._dict):
		if periode.company != self.company:
			frappe.throw(
				_("Periode {0} bukan milik instansi {1}.").format(self.periode, self.company),
				title=_("Periode Tidak Valid"),
			)

	def validate_satu_pk_per_periode(self):
		kunci_baris("Employee", self.pihak_pertama)
		ada = cari_terkunci(
			"Perjanjian Kinerja",
			{
				"pihak_pertama": self.pihak_pertama,
				"periode": self.periode,
				"docstatus": 1,
				"name": ("!=", self.name),
			},
		)
		ada = ada[0] if ada else None
		if ada:
			frappe.throw(
				_("{0} sudah memiliki Perjanjian Kinerja {1} untuk periode {2}.").format(
					self.nama_pihak_pertama or self.pihak_pertama,
					tautan_dokumen(self.doctype, ada),
					self.periode,
				),
				DokumenGanda,
				title=_("Perjanjian Kinerja Ganda"),
			)

	@frappe.whitelist(methods=["POST"])
	@argumen()
	def ambil_target_indikator(self) -> int:
		"""Add a row for every IKU/IKK of the unit (in an active Renstra) that has a target for the
		period's year; rows already present, including those added by hand, stay. Returns the count."""
		self.check_permission("create" if self.is_new() else "write")
		if self.docstatus != 0:
			frappe.throw(_("Target hanya dapat diambil selama Perjanjian Kinerja masih draf."))
		if not (self.unit and self.periode):
			frappe.throw(_("Isi unit kerja dan periode terlebih dahulu."), title=_("Data Belum Lengkap"))
		tahun = frappe.db.get_value("Periode Kinerja", self.periode, "tahun")
		baru = baris_pk_baru((b.indikator for b in self.sasaran), target_indikator_unit(self.unit, tahun))
		for t in baru:
			self.append(
				"sasaran",
				{
					"indikator": t.indikator,
					"sasaran": t.sasaran,
					"target": t.target,
					"target_maks": t.target_maks,
				},
			)
		if baru:
			self.set_missing_fetches()
		return len(baru)

	def set_missing_fetches(self):
		"""Fill the fetched columns of new rows now, so the form shows them before the next save."""
		indikator = frappe.get_all(
			"Indikator Kinerja",
			filters={"name": ("in", [b.indikator for b in self.sasaran])},
			fields=["name", "uraian", "jenis", "satuan"],
		)
		data = {i.name: i for i in indikator}
		for b in self.sasaran:
			i = data.get(b.indikator)
			if i:
				b.uraian_indikator, b.jenis, b.satuan = i.uraian, i.jenis, i.satuan


def target_indikator_unit(unit: str, tahun: int) -> list[TargetIndikator]:
	"""Targets of the year of the unit's IKU and IKK in active Renstra, IKU first, in code order."""
	Indikator = frappe.qb.DocType("Indikator Kinerja")
	Target = frappe.qb.DocType("Target Indikator Tahunan")
	Renstra = frappe.qb.DocType("Renstra")
	rows = (
		frappe.qb.from_(Indikator)
		.join(Target)
		.on((Target.parent == Indikator.name) & (Target.parenttype == "Indikator Kinerja"))
		.join(Renstra)
		.on(Renstra.name == Indikator.renstra)
		.select(Indikator.name, Indikator.sasaran, Target.target, Target.target_maks)
		.where(
			(Indikator.unit == unit)
			& (Target.tahun == tahun)
			& (Renstra.docstatus == 1)
			& (Renstra.status == "Aktif")
		)
		.orderby(Indikator.jenis, order=frappe.qb.desc)
		.orderby(Indikator.kode)
		.orderby(Indikator.name)
		.run(as_dict=True)
	)
	return [TargetIndikator(r.name, r.sasaran, r.target, r.target_maks or None) for r in rows]
