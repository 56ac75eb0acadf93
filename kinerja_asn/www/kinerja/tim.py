"""Tim Saya: the people one assesses (acting assignments included), their SKP and check-ins to
verify, with verify / return and feedback in place."""

from frappe import _

from kinerja_asn.api import portal as api
from kinerja_asn.services.portal import halaman_aman, siapkan_halaman

no_cache = 1


def get_context(context):
	if not siapkan_halaman(context, _("Tim Saya")):
		return
	with halaman_aman(context):
		context.data = api.tim_saya()
		context.data["penilaian"] = api.penilaian_tim()
