"""Reads of the portal's hot paths as plain SELECTs. frappe.get_all builds each query through the
DocType's metadata (loaded per request), its filter parser and permission hooks (skipped anyway for
get_all): two thirds of a portal request went there. The columns, filters and order here are always
the code's own names, never a user's (checked), and values are always passed as parameters."""

from __future__ import annotations

import re

import frappe

_NAMA = re.compile(r"^[a-z_][a-z0-9_]*$")
_OPERATOR = {"=", "!=", "<", "<=", ">", ">="}
_URUT = re.compile(r"^[a-z_][a-z0-9_]*( (asc|desc))?(, [a-z_][a-z0-9_]*( (asc|desc))?)*$")


def _kolom(nama: str) -> str:
	if not _NAMA.match(nama):
		raise ValueError(f"not a column name: {nama!r}")
	return f"`{nama}`"


def baca(
	doctype: str,
	fields: list[str],
	filters: dict,
	order_by: str | None = None,
	limit: int | None = None,
) -> list[frappe._dict]:
	"""Rows of `doctype` as frappe._dict. Filters: {column: value} for equality, {column: [values]}
	for IN (an empty list matches nothing), {column: (operator, value)} for = != < <= > >=."""
	if "`" in doctype:
		raise ValueError(f"not a DocType: {doctype!r}")
	syarat, nilai = [], {}
	for i, (kolom, isi) in enumerate(filters.items()):
		k = f"p{i}"
		if isinstance(isi, list | set | frozenset):
			if not isi:
				return []
			syarat.append(f"{_kolom(kolom)} in %({k})s")
			isi = tuple(isi)
		elif isinstance(isi, tuple):
			operator, isi = isi
			if operator not in _OPERATOR:
				raise ValueError(f"operator not supported: {operator!r}")
			syarat.append(f"{_kolom(kolom)} {operator} %({k})s")
		else:
			syarat.append(f"{_kolom(kolom)} = %({k})s")
		nilai[k] = isi
	query = f"select {', '.join(map(_kolom, fields))} from `tab{doctype}`"
	if syarat:
		query += " where " + " and ".join(syarat)
	if order_by:
		if not _URUT.match(order_by):
			raise ValueError(f"order not supported: {order_by!r}")
		query += f" order by {order_by}"
	if limit:
		query += f" limit {int(limit)}"
	return frappe.db.sql(query, nilai, as_dict=True)


def satu(doctype: str, name: str, fields: list[str]) -> frappe._dict | None:
	"""One row by name (None when missing)."""
	rows = baca(doctype, fields, {"name": name}, limit=1)
	return rows[0] if rows else None
