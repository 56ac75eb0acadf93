# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from kinerja_asn.domain.perencanaan import STATUS_RENSTRA_TERKUNCI as STATUS_TERKUNCI
from kinerja_asn.domain.perencanaan import (
	IndukIndikator,
	TargetTahunan,
	target_tahun,
	validasi_indikator_induk,
	validasi_target_tahunan,
)
from kinerja_asn.services.argumen import IsianAman


class IndikatorKinerja(IsianAman, Document):
	def validate(self):
		renstra = self.load_renstra()
		self.validate_renstra(renstra)
		self.validate_target_tahunan(renstra)
		self.validate_indikator_induk(renstra)

	def load_renstra(self) -> frappe._dict:
		sasaran = frappe.db.get_value(
			"Sasaran Strategis", self.sasaran, ["renstra", "unit", "company"], as_dict=True
		)
		self.renstra = sasaran.renstra
		self.company = sasaran.company
		self.unit = self.unit or sasaran.unit
		return frappe.db.get_value(
			"Renstra", self.renstra, ["status", "tahun_mulai", "tahun_selesai"], as_dict=True
		)

	def validate_renstra(self, renstra: frappe._dict):
		if renstra.status in STATUS_TERKUNCI:
			frappe.throw(
				_("Renstra {0} berstatus {1}; indikatornya tidak dapat diubah lagi.").format(
					self.renstra, _(renstra.status)
				),
				title=_("Renstra Terkunci"),
			)

	def validate_target_tahunan(self, renstra: frappe._dict):
		self.target_tahunan.sort(key=lambda t: t.tahun or 0)
		for idx, t in enumerate(self.target_tahunan, start=1):
			t.idx = idx
		masalah = validasi_target_tahunan(self._targets(), renstra.tahun_mulai, renstra.tahun_selesai)
		if masalah:
			frappe.throw("<br>".join(_(m) for m in masalah), title=_("Target Tidak Valid"))

	def validate_indikator_induk(self, renstra: frappe._dict):
		"""Piawai v2: an IKK or unit IKU cascades from an IKU above, without cycles, within shared years."""
		if not self.indikator_induk:
			return
		data = frappe.db.get_value(
			"Indikator Kinerja", self.indikator_induk, ["name", "jenis", "renstra"], as_dict=True
		)
		tahun_induk = frappe.db.get_value(
			"Renstra", data.renstra, ["tahun_mulai", "tahun_selesai"], as_dict=True
		)
		induk = IndukIndikator(data.name, data.jenis, tahun_induk.tahun_mulai, tahun_induk.tahun_selesai)
		masalah = validasi_indikator_induk(
			self.name, renstra.tahun_mulai, renstra.tahun_selesai, induk, self._induk_tersimpan()
		)
		if masalah:
			frappe.throw("<br>".join(_(m) for m in masalah), title=_("Indikator Induk Tidak Valid"))

	def _induk_tersimpan(self) -> dict[str, str | None]:
		"""Stored parent of every indicator that has one, loaded in one query."""
		return dict(
			frappe.get_all(
				"Indikator Kinerja",
				filters={"indikator_induk": ("is", "set")},
				fields=["name", "indikator_induk"],
				as_list=True,
			)
		)

	def _targets(self) -> list[TargetTahunan]:
		return [
			TargetTahunan(
				int(t.tahun or 0), t.target, t.target_maks if t.target_maks not in (None, 0) else None
			)
			for t in self.target_tahunan
		]

	def target_tahun(self, tahun: int) -> tuple[float, float | None] | None:
		"""(target, target_maks) agreed for the year, or None when the indicator has no target then."""
		return target_tahun(self._targets(), int(tahun))
