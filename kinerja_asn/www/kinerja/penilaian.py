"""Penilaian Saya: the employee's final assessments (evaluation document, acknowledge, appeal until
the deadline) and colleagues' assessments awaiting behaviour input."""

from frappe import _

from kinerja_asn.api import portal as api
from kinerja_asn.services.portal import halaman_aman, siapkan_halaman

no_cache = 1


def get_context(context):
	if not siapkan_halaman(context, _("Penilaian Saya")):
		return
	with halaman_aman(context):
		context.data = api.penilaian_saya()
