# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt

from kinerja_asn.services.argumen import IsianAman


class ButirKegiatan(IsianAman, Document):
	"""An activity item of a functional position and jenjang with its AK per output unit
	(PermenPAN-RB 13/2019 era, docs/regulasi.md §5.2); importable with Data Import."""

	def validate(self):
		if flt(self.angka_kredit) <= 0:
			frappe.throw(_("Angka kredit per satuan harus lebih besar dari 0."), title=_("Butir Kegiatan"))
