"""Private files of the app's documents (evidence above all) stay with those who may read the document.

Frappe lets the owner of a File row download its file, and lets any desk user list files attached to
a DocType they can read. Two rows may point to one file_url, so a second row would be a key to the
first one's file. Here:
- `validasi_file` (File validate): a row may point to a private file another row already holds only
  when the user may read one of those rows;
- `file_query` / `file_has_permission` (File permission hooks): a row attached to a document with
  row-level access, or sharing its file with such a row, is listed and read only by those who may
  read that document;
- `tambah_header_keamanan` (after_request): `X-Content-Type-Options: nosniff` on every response, so
  a browser never runs an upload as another type than it was served as.
"""

from __future__ import annotations

import frappe
from frappe import _

from kinerja_asn.domain.pelaksanaan import BYTES_DIPERIKSA
from kinerja_asn.services.akses import is_pengelola

HAK_TULIS = frozenset({"write", "delete", "cancel", "submit", "amend", "create"})


def doctype_terbatas() -> dict[str, str]:
	"""The app's DocTypes with row-level access: {doctype: query condition method}."""
	from kinerja_asn import hooks

	return {dt: m for dt, m in hooks.permission_query_conditions.items() if dt != "File"}


def _bebas(user: str) -> bool:
	return user == "Administrator" or is_pengelola(user)


def file_query(user: str | None = None) -> str:
	"""Files attached to a row-level DocType are listed only with a row the user may read."""
	user = user or frappe.session.user
	if _bebas(user):
		return ""
	bagian = []
	for doctype, metode in doctype_terbatas().items():
		syarat = frappe.call(frappe.get_attr(metode), user, doctype=doctype)
		dt = frappe.db.escape(doctype)
		if not syarat:
			bagian.append(f"`tabFile`.attached_to_doctype = {dt}")
			continue
		bagian.append(
			f"(`tabFile`.attached_to_doctype = {dt} and `tabFile`.attached_to_name in"
			f" (select `tab{doctype}`.name from `tab{doctype}` where {syarat}))"
		)
	terbatas = ", ".join(frappe.db.escape(dt) for dt in doctype_terbatas())
	return f"(ifnull(`tabFile`.attached_to_doctype, '') not in ({terbatas}) or {' or '.join(bagian)})"


def file_has_permission(doc, ptype: str | None = None, user: str | None = None, debug: bool = False):
	"""Deny-only: a File row of a row-level document follows the document's own permission, whoever
	owns the row; a private row sharing its file with such a row follows those rows."""
	user = user or frappe.session.user
	if _bebas(user) or ptype == "create":
		return True
	hak = "write" if ptype in HAK_TULIS else "read"
	terbatas = doctype_terbatas()
	if doc.get("attached_to_doctype") in terbatas:
		if not doc.get("attached_to_name"):
			return False
		return _boleh(doc.attached_to_doctype, doc.attached_to_name, hak, user)
	lain = _pemegang_terbatas(doc.get("file_url"), doc.get("name"), terbatas)
	if lain:
		return any(_boleh(r.attached_to_doctype, r.attached_to_name, "read", user) for r in lain)
	return True


def _boleh(doctype: str, name: str, hak: str, user: str) -> bool:
	if not frappe.db.exists(doctype, name):
		return False
	return bool(frappe.has_permission(doctype, hak, doc=name, user=user))


def _pemegang_terbatas(file_url: str | None, kecuali: str | None, terbatas) -> list:
	"""Other File rows holding the same private file and attached to a row-level document."""
	if not file_url or not file_url.startswith("/private/"):
		return []
	return frappe.get_all(
		"File",
		filters={
			"file_url": file_url,
			"name": ("!=", kecuali or ""),
			"attached_to_doctype": ("in", list(terbatas)),
		},
		fields=["attached_to_doctype", "attached_to_name"],
	)


def validasi_file(doc, method=None) -> None:
	"""File validate: a new or changed row may point to a private file that other rows hold only
	when the user may read one of them, or uploads the very bytes in this request (Frappe stores
	equal content once, so two employees sending one circular share a file)."""
	user = frappe.session.user
	if _bebas(user) or frappe.flags.in_install or frappe.flags.in_migrate:
		return
	url = doc.get("file_url")
	if not url or not url.startswith("/private/") or not (doc.is_new() or doc.has_value_changed("file_url")):
		return
	lain = frappe.get_all(
		"File",
		filters={"file_url": url, "name": ("!=", doc.name or "")},
		fields=["name", "content_hash"],
	)
	if not lain:
		return
	# The request carries these very bytes (Frappe stores equal content once): the user holds them.
	if doc.is_new() and doc.get("content_hash") and _dikirim_dalam_permintaan(doc.content_hash):
		if all(row.content_hash == doc.content_hash for row in lain):
			return
	for row in lain:
		if frappe.get_doc("File", row.name).has_permission("read", user=user):
			return
	frappe.throw(
		_("Anda tidak berhak memakai berkas privat milik dokumen lain."),
		frappe.PermissionError,
		title=_("Berkas Tidak Dapat Dipakai"),
	)


def _dikirim_dalam_permintaan(content_hash: str) -> bool:
	"""An uploaded file of this request has this content hash (Frappe's own hash of the bytes)."""
	from frappe.core.doctype.file.utils import get_content_hash

	try:
		berkas = list(frappe.request.files.values())
	except (AttributeError, RuntimeError):
		return False
	for f in berkas:
		f.stream.seek(0)
		isi = f.stream.read()
		f.stream.seek(0)
		if get_content_hash(isi) == content_hash:
			return True
	return False


def awal_berkas(file_url: str) -> bytes:
	"""The first bytes of a stored file (for the content check); empty when it cannot be read."""
	name = frappe.db.get_value("File", {"file_url": file_url}, "name")
	if not name:
		return b""
	try:
		path = frappe.get_doc("File", name).get_full_path()
		with open(path, "rb") as f:
			return f.read(BYTES_DIPERIKSA)
	except (OSError, frappe.ValidationError):
		return b""


def tambah_header_keamanan(response=None, request=None) -> None:
	"""after_request: never let a browser guess a served file's type."""
	if response is not None and hasattr(response, "headers"):
		response.headers.setdefault("X-Content-Type-Options", "nosniff")
