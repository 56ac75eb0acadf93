"""Check-in form of one sub-period: realisation per IKI, evidence, save as draft, submit."""

import frappe
from frappe import _

from kinerja_asn.api import portal as api
from kinerja_asn.services.portal import halaman_aman, json_halaman, siapkan_halaman

no_cache = 1


def get_context(context):
	if not siapkan_halaman(context, _("Realisasi Kinerja")):
		return
	with halaman_aman(context):
		context.data = api.realisasi_saya(frappe.form_dict.get("skp"), frappe.form_dict.get("sub_periode"))
		context.data_json = json_halaman(
			{k: context.data[k] for k in ("skp", "terpilih", "bukti", "aturan_berkas")}
		)
