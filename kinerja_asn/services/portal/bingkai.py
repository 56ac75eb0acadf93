"""The /kinerja pages on their own frame (hooks `page_renderer`): the page module's context rendered in
the app's light frame (templates/kinerja/bingkai.html: Frappe's web stylesheet, a header with the
user and the ways out). Frappe's generic website context (navbar and footer blocks, the desk's apps
list with a role query per workspace, the inline icon sprite) is what made the page ~360 KB and cost
most of its time; the pages need none of it. The rest of the site keeps Frappe's rendering."""

from __future__ import annotations

import os

import frappe
from frappe.utils.jinja_globals import bundled_asset
from frappe.website.page_renderers.base_renderer import BaseRenderer
from frappe.website.path_resolver import resolve_path
from frappe.website.utils import build_response

# route -> the module and template name under kinerja_asn/www/kinerja
HALAMAN = {
	"kinerja": "index",
	"kinerja/index": "index",
	"kinerja/realisasi": "realisasi",
	"kinerja/tim": "tim",
	"kinerja/penilaian": "penilaian",
	"kinerja/angka_kredit": "angka_kredit",
}
FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "www", "kinerja")
_skrip: dict[str, str] = {}  # a page's colocated script, read once per worker


PENYELESAI = "kinerja_asn.services.portal.bingkai.selesaikan_path"


def selesaikan_path(path: str) -> str:
	"""hooks `website_path_resolver`: the /kinerja pages by name. Frappe's resolver compiles the site's
	route map (werkzeug rules) on every request, most of a page's time; every other path goes to the
	resolver another app registered, else to Frappe's, as before."""
	if path in HALAMAN:
		frappe.local.path = path
		return path
	lain = [h for h in frappe.get_hooks("website_path_resolver") if h != PENYELESAI]
	if lain:
		return frappe.get_attr(lain[-1])(path)
	return resolve_path(path)


class HalamanKinerja(BaseRenderer):
	def can_render(self) -> bool:
		return self.path in HALAMAN

	def render(self):
		nama = HALAMAN[self.path]
		context = frappe._dict(path=self.path)
		frappe.get_module(f"kinerja_asn.www.kinerja.{nama}").get_context(context)
		context.bingkai = bingkai()
		context.colocated_js = skrip(nama)
		html = frappe.get_jenv().get_template(f"kinerja_asn/www/kinerja/{nama}.html").render(context)
		# personal data: never stored by a browser or a proxy
		return build_response(
			self.path, html, context.http_status_code or 200, {"Cache-Control": "no-store, private"}
		)


def bingkai() -> frappe._dict:
	"""What the frame shows: the session's CSRF token, the user's name, the stylesheets (a site's
	Website Theme replaces Frappe's, as on other pages), the desk link for desk users."""
	user = frappe.session.user
	return frappe._dict(
		bahasa=frappe.local.lang or "id",
		csrf_token=frappe.local.session.data.csrf_token if frappe.local.session else "",
		nama_pengguna=frappe.session.data.full_name or frappe.utils.get_fullname(user),
		ke_desk=frappe.session.data.user_type == "System User",
		favicon="/assets/frappe/images/frappe-favicon.svg",
		css=[
			tema() or bundled_asset("website.bundle.css"),
			*map(bundled_asset, frappe.get_hooks("web_include_css")),
		],
	)


def tema() -> str | None:
	nama = frappe.get_website_settings("website_theme")
	if not nama or nama == "Standard":
		return None
	return frappe.get_cached_value("Website Theme", nama, "theme_url")


def skrip(nama: str) -> str:
	if nama not in _skrip or frappe.conf.developer_mode:
		path = os.path.join(FOLDER, f"{nama}.js")
		_skrip[nama] = open(path).read() if os.path.exists(path) else ""
	return _skrip[nama]
