# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from kinerja_asn.services.argumen import IsianAman


class EntriAngkaKredit(IsianAman, Document):
	"""A line of the credit-point ledger: written and reversed only by its source document
	(services.angka_kredit), never by hand, not even by HR or the Administrator."""

	def validate(self):
		self.tolak_tangan()

	def on_trash(self):
		self.tolak_tangan()

	def tolak_tangan(self):
		if not self.flags.dari_sumber:
			frappe.throw(
				_(
					"Entri angka kredit hanya ditulis dan dibalik oleh dokumen sumbernya (Angka Kredit Awal, "
					"Konversi Angka Kredit); batalkan dokumen sumber untuk membaliknya."
				),
				frappe.PermissionError,
				title=_("Buku Angka Kredit"),
			)
