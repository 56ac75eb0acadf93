""" "Only one X per Y" held by the database: the check locks Y's row first, then reads the Xs with a
locking read. Two requests racing for the same Y queue on that row; the second one's read sees what
the first committed (a plain read would see its own older snapshot) and refuses or reuses it."""

from __future__ import annotations

import frappe


def kunci_baris(doctype: str, name: str | None) -> None:
	"""Hold `name`'s row of `doctype` until this transaction ends."""
	if name:
		frappe.db.get_value(doctype, name, "name", for_update=True)


def cari_terkunci(doctype: str, filters: dict, fields: list[str] | str = "name") -> list:
	"""Rows matching `filters`, as committed now (a locking read); names, or dicts for a field list."""
	if isinstance(fields, str):
		return frappe.db.get_values(doctype, filters, fields, for_update=True, pluck=True)
	return frappe.db.get_values(doctype, filters, fields, as_dict=True, for_update=True)


class DokumenGanda(frappe.ValidationError):
	"""A second X where only one per Y may exist (HTTP 409); the message links to the existing one."""

	http_status_code = 409


def tautan_dokumen(doctype: str, names) -> str:
	"""Links to the existing documents, for a duplicate's message."""
	from frappe.utils import get_link_to_form

	return ", ".join(get_link_to_form(doctype, n) for n in ([names] if isinstance(names, str) else names))
