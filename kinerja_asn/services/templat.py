"""Compiled portal templates kept per worker process.

Frappe builds its Jinja environment per request (its globals carry the request's user and
session), so every template a portal page extends or includes (web.html, base.html, the navbar,
the app's partials) is compiled again on every request. A bytecode cache outlives the environment:
the next request's environment loads the compiled code, checked against the template's source, so
an edited template is compiled afresh. Only the code is shared; globals come from each request."""

from __future__ import annotations

from jinja2 import BytecodeCache

import frappe

# Portal paths whose rendering gets the cache (API calls render no page; other apps' pages are theirs).
AWALAN_PORTAL = ("/kinerja",)


class CacheKodeProses(BytecodeCache):
	"""Compiled templates in this process's memory, keyed by template name and source checksum."""

	def __init__(self):
		self._kode: dict[str, bytes] = {}

	def load_bytecode(self, bucket):
		kode = self._kode.get(bucket.key)
		if kode is not None:
			bucket.bytecode_from_string(kode)

	def dump_bytecode(self, bucket):
		self._kode[bucket.key] = bucket.bytecode_to_string()

	def clear(self):
		self._kode.clear()


CACHE_KODE = CacheKodeProses()


def pasang_cache_templat():
	"""before_request: a portal page's environment (made now, after the session, as Frappe would
	make it at rendering) reads compiled templates from the process cache."""
	request = getattr(frappe.local, "request", None)
	if not request or request.method != "GET" or request.headers.get("Authorization"):
		return
	if not request.path.startswith(AWALAN_PORTAL):
		return
	from frappe.utils.jinja import get_jenv

	get_jenv().bytecode_cache = CACHE_KODE
