"""Helpers of the security suite: a whitelisted method called as an HTTP request would call it
(through frappe.handler, with the request's method, the form or JSON values and an uploaded file),
answering the status code frappe.app would send; and the app's rows counted, to prove that a refused
request stores nothing."""

from __future__ import annotations

import importlib
import io
import pkgutil

from werkzeug.test import EnvironBuilder

import frappe
import frappe.handler

import kinerja_asn


def panggil(cmd: str, args: dict | None = None, metode: str = "POST", berkas: tuple | None = None):
	"""(status, result or exception) of `cmd` with `args`, as frappe.app answers: an exception's
	http_status_code, 500 for any other; a refused call is rolled back as a request would be."""
	lama = getattr(frappe.local, "request", None), frappe.local.form_dict, frappe.local.response
	data = {"file": (io.BytesIO(berkas[1]), berkas[0])} if berkas else None
	frappe.local.request = EnvironBuilder(method=metode, data=data).get_request()
	frappe.local.form_dict = frappe._dict(args or {}, cmd=cmd)
	frappe.local.response = frappe._dict(docs=[])
	frappe.db.savepoint("permintaan_uji")
	try:
		hasil = frappe.handler.execute_cmd(cmd)
		return 200, hasil
	except Exception as e:
		frappe.db.rollback(save_point="permintaan_uji")
		return getattr(e, "http_status_code", 500), e
	finally:
		frappe.local.request, frappe.local.form_dict, frappe.local.response = lama
		frappe.local.message_log = []


def muat_semua_modul() -> None:
	"""Import every module of the app that may hold a whitelisted method (not tests, patches, demo)."""
	for info in pkgutil.walk_packages(kinerja_asn.__path__, "kinerja_asn."):
		nama = info.name
		if any(b in nama for b in (".tests", ".test_", ".patches", ".demo", ".www.")):
			continue
		importlib.import_module(nama)


def metode_aplikasi() -> dict[str, object]:
	"""Every whitelisted function of the app by its dotted path ("Class.method" for controller methods)."""
	muat_semua_modul()
	hasil = {}
	for fn in frappe.whitelisted:
		modul = getattr(fn, "__module__", "") or ""
		if modul.startswith("kinerja_asn."):
			hasil[f"{modul}.{fn.__qualname__}"] = fn
	return hasil


def doctype_aplikasi() -> list[str]:
	modules = frappe.get_all("Module Def", filters={"app_name": "kinerja_asn"}, pluck="name")
	return frappe.get_all("DocType", filters={"module": ("in", modules), "issingle": 0}, pluck="name")


def hitung_baris(doctypes: list[str]) -> dict[str, int]:
	"""Rows of the app's tables and of File, Comment and Notification Log."""
	hasil = {}
	for dt in [*doctypes, "File", "Notification Log"]:
		hasil[dt] = frappe.db.sql(f"select count(*) from `tab{dt}`")[0][0]
	return hasil
