# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from kinerja_asn.domain.penilai import penugasan_bentrok, validasi_penugasan
from kinerja_asn.services import penilai
from kinerja_asn.services.argumen import IsianAman


class PenugasanPltPlh(IsianAman, Document):
	def validate(self):
		self.set_unit()
		self.validate_penugasan()
		self.validate_bentrok()

	def on_submit(self):
		penilai.sinkronkan_penyetuju()

	def on_cancel(self):
		penilai.sinkronkan_penyetuju()

	def set_unit(self):
		"""The unit led by the replaced official, when the form leaves it empty."""
		if self.pejabat_definitif and not self.unit:
			self.unit = frappe.db.get_value("Department", {"kepala_unit": self.pejabat_definitif}, "name")

	def validate_penugasan(self):
		masalah = validasi_penugasan(penilai.penugasan_domain(self))
		if masalah:
			frappe.throw("<br>".join(_(m) for m in masalah), title=_("Penugasan Tidak Valid"))

	def validate_bentrok(self):
		"""Two acting officials for the same position at once would make the approver ambiguous."""
		filters = {"docstatus": 1, "name": ("!=", self.name)}
		if self.pejabat_definitif:
			filters["pejabat_definitif"] = self.pejabat_definitif
		else:
			filters["unit"] = self.unit
			filters["pejabat_definitif"] = ("is", "not set")
		lain = frappe.get_all(
			"Penugasan Plt Plh",
			filters=filters,
			fields=penilai.PENUGASAN_FIELDS,
		)
		bentrok = penugasan_bentrok(
			penilai.penugasan_domain(self), [penilai.penugasan_domain(r) for r in lain]
		)
		if bentrok:
			frappe.throw(
				_("Masa penugasan bertumpuk dengan penugasan lain untuk jabatan yang sama: {0}.").format(
					", ".join(bentrok)
				),
				title=_("Penugasan Bentrok"),
			)
