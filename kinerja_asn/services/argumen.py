"""The edge of every whitelisted method and of every document save: wrong types, sizes and names are
refused with a clear Indonesian message (HTTP 4xx) before any query runs on them.

- `@argumen(...)` under `@frappe.whitelist()` checks each argument with the domain's specs
  (`kinerja_asn.domain.argumen`) and that a named record exists in its DocType.
- `IsianAman` is mixed into every controller of the app: it checks the fields of the document and
  its rows before Frappe resolves links, so a number sent for a Link field (REST included) never
  matches an unrelated record, and an infinite number or an oversized text never reaches MariaDB;
  after the controller's steps it rounds stored numbers to their field's precision.
"""

from __future__ import annotations

import functools
import inspect

import frappe
from frappe import _
from frappe.utils import escape_html

from kinerja_asn.domain.argumen import (
	MAKS_TEKS_PENDEK,
	ArgumenTidakValid,
	Teks,
	masalah_isian,
	nama_dirujuk,
	periksa_argumen,
)


def argumen(**spesifikasi):
	"""Check a whitelisted function's arguments against `spesifikasi` (one spec per parameter; a
	`**kwargs` parameter takes other arguments as short texts). An argument sent empty where the
	function has a default gets the default."""

	def hias(fn):
		tanda = inspect.signature(fn).parameters
		parameter = [p for p, d in tanda.items() if p != "self" and d.kind != d.VAR_KEYWORD]
		lain = any(d.kind == d.VAR_KEYWORD for d in tanda.values())
		if set(parameter) != set(spesifikasi):
			raise TypeError(
				f"{fn.__qualname__}: specs {sorted(spesifikasi)} != parameters {sorted(parameter)}"
			)
		bawaan = {p: d.default for p, d in tanda.items() if d.default is not d.empty}
		wajib = [p for p in parameter if p not in bawaan]
		metode = "self" in tanda

		@functools.wraps(fn)
		def pembungkus(*args, **kwargs):
			diri = ()
			if metode:
				diri, args = args[:1], args[1:]
			nilai = dict(zip(parameter, args, strict=False))
			nilai.update(kwargs)
			for p in wajib:  # a missing argument is an empty one: the spec decides, never a TypeError
				nilai.setdefault(p, None)
			spek = spesifikasi
			if lain:
				spek = {**{k: Teks(maks=MAKS_TEKS_PENDEK) for k in nilai}, **spesifikasi}
			bersih = periksa(spek, nilai)
			for k, v in list(bersih.items()):
				if v is None and bawaan.get(k) is not None:
					bersih[k] = bawaan[k]
			return fn(*diri, **bersih)

		pembungkus.spesifikasi_argumen = spesifikasi
		return pembungkus

	return hias


def periksa(spesifikasi, nilai: dict) -> dict:
	"""Cleaned arguments, or a ValidationError / DoesNotExistError naming the argument."""
	try:
		bersih = periksa_argumen(spesifikasi, nilai)
	except ArgumenTidakValid as e:
		frappe.throw(
			_("Isian {0} {1}.").format(escape_html(e.argumen), _(e.pesan)),
			frappe.ValidationError,
			title=_("Permintaan Tidak Valid"),
		)
	for _arg, doctype, name in nama_dirujuk(spesifikasi, bersih):
		if not frappe.db.exists(doctype, name):
			frappe.throw(
				_("{0} {1} tidak ditemukan.").format(_(doctype), escape_html(name)),
				frappe.DoesNotExistError,
				title=_("Data Tidak Ditemukan"),
			)
	return bersih


class IsianAman:
	"""Mixin for the app's controllers (before Document in the bases)."""

	def _validate_links(self):
		periksa_isian(self)
		super()._validate_links()

	def run_before_save_methods(self):
		super().run_before_save_methods()
		bulatkan_angka(self)


ISIAN_PECAHAN = ("Float", "Percent", "Currency")


def bulatkan_angka(doc) -> None:
	"""Stored numbers at their field's precision, as hrms stores them (flt(value, precision)), so
	the form, the print and the list show the value that was saved."""
	from frappe.utils import flt

	for d in [doc, *doc.get_all_children()]:
		for df in d.meta.fields:
			if df.fieldtype not in ISIAN_PECAHAN:
				continue
			nilai = d.get(df.fieldname)
			if isinstance(nilai, int | float) and not isinstance(nilai, bool):
				d.set(df.fieldname, flt(nilai, d.precision(df.fieldname)))


def periksa_isian(doc) -> None:
	"""Every field of the document and of its child rows holds a value of its type."""
	for d in [doc, *doc.get_all_children()]:
		for df in d.meta.fields:
			masalah = masalah_isian(df.fieldtype, d.get(df.fieldname))
			if masalah:
				label = _(df.label or df.fieldname)
				if d is not doc:
					label = _("{0} baris {1}").format(label, d.idx)
				frappe.throw(
					_("Isian {0} {1}.").format(escape_html(label), _(masalah)),
					frappe.ValidationError,
					title=_("Isian Tidak Valid"),
				)


def filter_laporan(filters, **spesifikasi) -> frappe._dict:
	"""A Script Report's filters checked like arguments (a JSON text too); keys without a spec are
	dropped, so a report reads only what it declared."""
	if isinstance(filters, str):
		try:
			filters = frappe.parse_json(filters) if filters.strip() else None
		except ValueError:
			filters = []
	if filters is not None and not isinstance(filters, dict):
		frappe.throw(
			_("Filter laporan tidak dikenal."), frappe.ValidationError, title=_("Permintaan Tidak Valid")
		)
	nilai = {k: v for k, v in (filters or {}).items() if k in spesifikasi}
	return frappe._dict(periksa(spesifikasi, nilai))
