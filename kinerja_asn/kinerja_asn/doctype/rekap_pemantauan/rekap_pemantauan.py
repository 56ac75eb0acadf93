# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class RekapPemantauan(Document):
	"""Written only by services/rekap.py (one statement per refresh); the desk shows it read-only."""
