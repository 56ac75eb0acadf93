"""Angka Kredit Saya: a functional official's credit points, progress to promotion and PAK."""

from frappe import _

from kinerja_asn.api import portal as api
from kinerja_asn.services.portal import halaman_aman, siapkan_halaman

no_cache = 1


def get_context(context):
	if not siapkan_halaman(context, _("Angka Kredit Saya")):
		return
	with halaman_aman(context):
		context.data = api.angka_kredit_saya()
