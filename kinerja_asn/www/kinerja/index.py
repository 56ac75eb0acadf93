"""Kinerja Saya: the employee's running SKP with capaian, what is due and the line of sight."""

import frappe
from frappe import _

from kinerja_asn.api import portal as api
from kinerja_asn.services.portal import halaman_aman, siapkan_halaman

no_cache = 1


def get_context(context):
	if not siapkan_halaman(context, _("Kinerja Saya")):
		return
	with halaman_aman(context):
		context.data = api.kinerja_saya(frappe.form_dict.get("skp"))
