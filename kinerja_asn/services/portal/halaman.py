"""The plumbing of the /kinerja pages: the session's employee, guests to the login page, errors as
plain text, data for a page's script."""

from __future__ import annotations

import html
from contextlib import contextmanager
from urllib.parse import urlencode

import frappe
from frappe import _
from frappe.utils import strip_html

from kinerja_asn.services.penilai import employee_of_user


def siapkan_halaman(context, judul: str) -> str | None:
	"""Common set-up of the /kinerja pages: guests go to the login page and come back afterwards; a
	user without an active employee gets the page with a message instead of data."""
	context.no_cache = 1
	context.show_sidebar = False
	context.title = judul
	if frappe.session.user == "Guest":
		tujuan = frappe.request.path
		if frappe.request.query_string:
			tujuan += "?" + frappe.request.query_string.decode()
		frappe.local.flags.redirect_location = "/login?" + urlencode({"redirect-to": tujuan})
		raise frappe.Redirect
	employee = employee_of_user()
	context.tanpa_pegawai = not employee
	return employee


@contextmanager
def halaman_aman(context):
	"""A page's data is loaded inside this block: a refused or wrong request (a foreign SKP, an unknown
	sub-period, a malformed parameter) shows its message as plain text on the page with its status
	code; anything unexpected is logged and shown as a general message, never as a traceback."""
	try:
		yield
	except frappe.Redirect:
		raise
	except (frappe.ValidationError, frappe.PermissionError, frappe.DoesNotExistError) as e:
		frappe.clear_last_message()
		frappe.local.message_log = []
		context.data = None
		# the text of the message (its values were escaped for HTML); the page escapes it once
		context.galat = html.unescape(strip_html(str(e) or _("Permintaan tidak dapat diproses.")))
		context.http_status_code = getattr(e, "http_status_code", 417)
	except Exception:
		frappe.log_error(title="Portal kinerja")
		frappe.local.message_log = []
		context.data = None
		context.galat = _("Terjadi kesalahan saat memuat halaman. Silakan coba lagi atau hubungi pengelola.")
		context.http_status_code = 500


def json_halaman(data) -> str:
	"""Data for a page's script, safe inside a <script> element."""
	return frappe.as_json(data, indent=None).replace("<", "\\u003c")


def pegawai_sesi() -> str:
	"""The session's active employee; the portal refuses everyone else with a clear message."""
	if frappe.session.user == "Guest":
		frappe.throw(_("Silakan masuk terlebih dahulu."), frappe.PermissionError)
	employee = employee_of_user()
	if not employee:
		frappe.throw(
			_("Akun Anda belum terhubung dengan data pegawai yang aktif. Hubungi pengelola kepegawaian."),
			frappe.PermissionError,
		)
	return employee
