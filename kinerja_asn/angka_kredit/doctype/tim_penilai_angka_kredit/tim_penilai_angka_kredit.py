# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from kinerja_asn.services.argumen import IsianAman

PERAN = "Tim Penilai Angka Kredit"


class TimPenilaiAngkaKredit(IsianAman, Document):
	"""The members who assess the activity items of one functional position; they get the role."""

	def validate(self):
		users = [row.user for row in self.anggota]
		if len(users) != len(set(users)):
			frappe.throw(_("Seorang anggota tercatat lebih dari sekali."), title=_("Tim Penilai"))

	def on_update(self):
		for row in self.anggota:
			user = frappe.get_doc("User", row.user)
			if PERAN not in [r.role for r in user.roles]:
				user.add_roles(PERAN)
