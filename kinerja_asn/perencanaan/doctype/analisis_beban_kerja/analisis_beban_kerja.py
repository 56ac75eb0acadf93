# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt

from kinerja_asn.domain.beban_kerja import TugasABK, beban_abk, kebutuhan_pegawai
from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.kunci import DokumenGanda, tautan_dokumen
from kinerja_asn.services.pengaturan import get_pengaturan


class AnalisisBebanKerja(IsianAman, Document):
	"""ABK of one position in one unit and year (Kepmenpan KEP/75/M.PAN/7/2004): tasks with their
	yearly volume and norm time; one per unit, position and year, held by the name (primary key)."""

	def validate(self):
		if not self.tugas:
			frappe.throw(_("Isi sedikitnya satu tugas jabatan."), title=_("Analisis Beban Kerja"))
		if frappe.db.get_value("Department", self.unit, "company") != self.company:
			frappe.throw(_("Unit {0} tidak termasuk instansi {1}.").format(self.unit, self.company))
		filters = {"unit": self.unit, "jabatan": self.jabatan, "tahun": self.tahun}
		if not self.is_new():
			filters["name"] = ("!=", self.name)
		# The name repeats these fields, so a racing second insert still fails on the primary key.
		lain = frappe.get_all(self.doctype, filters=filters, pluck="name")
		if lain:
			frappe.throw(
				_("Jabatan {0} di {1} sudah memiliki analisis beban kerja tahun {2}: {3}.").format(
					self.jabatan, self.unit, self.tahun, tautan_dokumen(self.doctype, lain)
				),
				DokumenGanda,
				title=_("Analisis Beban Kerja Ganda"),
			)
		for row in self.tugas:
			row.beban_jam = flt(row.volume) * flt(row.norma_waktu)
		try:
			self.total_beban_jam = beban_abk(
				TugasABK(self.jabatan, flt(r.volume), flt(r.norma_waktu), r.uraian or "") for r in self.tugas
			)
			self.jke_jam_per_tahun = get_pengaturan().jke_jam_per_tahun
			self.kebutuhan_pegawai = kebutuhan_pegawai(self.total_beban_jam, self.jke_jam_per_tahun)
		except ValueError as e:
			frappe.throw(_(str(e)), title=_("Analisis Beban Kerja"))
