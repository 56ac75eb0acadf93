"""Metadata suite: every DocType, Report, Workflow, Workspace and install definition of the app fits
together, checked without Frappe (the platform's side comes from tests/data/platform.json)."""

from __future__ import annotations

import ast
import json
import re
from functools import cache
from pathlib import Path

import pytest

from kinerja_asn.setup.definitions import CUSTOM_FIELDS, ROLES

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "kinerja_asn"
PLATFORM = json.loads((Path(__file__).parent / "data" / "platform.json").read_text())

LINK_TYPES = {"Link", "Table", "Table MultiSelect"}
NO_VALUE_TYPES = {"Section Break", "Column Break", "Tab Break", "HTML", "Button", "Image", "Fold", "Heading"}
STANDARD_FIELDS = {
	"name",
	"owner",
	"creation",
	"modified",
	"modified_by",
	"docstatus",
	"idx",
	"parent",
	"parentfield",
	"parenttype",
	"amended_from",
	"_user_tags",
	"_comments",
	"_assign",
	"_liked_by",
}


def scrub(name: str) -> str:
	return name.replace(" ", "_").replace("-", "_").lower()


def camel(name: str) -> str:
	return "".join(part[:1].upper() + part[1:] for part in re.split(r"[ _-]+", name) if part)


@cache
def all_json() -> tuple[tuple[Path, dict], ...]:
	found = []
	for path in sorted(APP.rglob("*.json")):
		if "node_modules" in path.parts:
			continue
		found.append((path, json.loads(path.read_text())))
	return tuple(found)


def of_kind(kind: str) -> list[tuple[Path, dict]]:
	return [(p, d) for p, d in all_json() if isinstance(d, dict) and d.get("doctype") == kind]


@cache
def app_doctypes() -> dict[str, dict]:
	return {d["name"]: d for _, d in of_kind("DocType")}


def doctype_exists(name: str) -> bool:
	return name in app_doctypes() or name in PLATFORM["doctypes"]


def fields_of(doctype: str) -> dict[str, dict] | None:
	"""Fields by name, or None when the platform list does not record that DocType's fields."""
	if doctype in app_doctypes():
		fields = {f["fieldname"]: f for f in app_doctypes()[doctype]["fields"]}
	elif "fields" in PLATFORM["doctypes"].get(doctype, {}):
		fields = dict(PLATFORM["doctypes"][doctype]["fields"])
	else:
		return None
	for custom in CUSTOM_FIELDS.get(doctype, []):
		fields[custom["fieldname"]] = custom
	return fields


def known_roles() -> set[str]:
	return set(PLATFORM["roles"]) | set(ROLES)


def modules() -> list[str]:
	return [m.strip() for m in (APP / "modules.txt").read_text().splitlines() if m.strip()]


doctype_params = [pytest.param(p, d, id=d["name"]) for p, d in of_kind("DocType")]


def test_every_json_is_valid_and_found():
	assert all_json(), "no JSON found under the package"
	assert len(app_doctypes()) >= 10


def test_modules_have_packages():
	for module in modules():
		folder = APP / scrub(module)
		assert (folder / "__init__.py").exists(), f"module {module} has no package {folder}"


@pytest.mark.parametrize("path,doc", doctype_params)
def test_doctype_shape(path: Path, doc: dict):
	name = doc["name"]
	assert path.stem == scrub(name), f"{path} does not match DocType {name}"
	assert doc["module"] in modules(), f"{name}: module {doc['module']} not in modules.txt"
	assert path.parent.parent.parent == APP / scrub(doc["module"]), f"{name} sits outside its module folder"
	controller = path.with_suffix(".py")
	assert controller.exists(), f"{name}: no controller {controller.name}"
	assert (path.parent / "__init__.py").exists(), f"{name}: folder is not a package"
	tree = ast.parse(controller.read_text())
	classes = {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
	assert camel(name) in classes, f"{name}: controller lacks class {camel(name)}"


@pytest.mark.parametrize("path,doc", doctype_params)
def test_doctype_fields(path: Path, doc: dict):
	name = doc["name"]
	fieldnames = [f["fieldname"] for f in doc["fields"]]
	duplicates = {f for f in fieldnames if fieldnames.count(f) > 1}
	assert not duplicates, f"{name}: duplicate fields {duplicates}"
	assert not set(fieldnames) & STANDARD_FIELDS - {"amended_from"}, f"{name}: a field shadows a standard one"
	assert doc.get("field_order", fieldnames) == fieldnames, f"{name}: field_order differs from fields"
	for field in doc["fields"]:
		where = f"{name}.{field['fieldname']}"
		assert re.fullmatch(r"[a-z][a-z0-9_]*", field["fieldname"]), f"{where}: bad fieldname"
		assert field["fieldtype"] in PLATFORM["fieldtypes"], (
			f"{where}: unknown fieldtype {field['fieldtype']}"
		)
		if field["fieldtype"] not in NO_VALUE_TYPES | {"Table", "Table MultiSelect"}:
			assert field.get("label"), f"{where}: a value field needs a label users can read"
		if field["fieldtype"] in LINK_TYPES:
			assert field.get("options"), f"{where}: {field['fieldtype']} without a target"
			assert doctype_exists(field["options"]), f"{where}: target {field['options']} does not exist"
		if field["fieldtype"] in ("Table", "Table MultiSelect") and field["options"] in app_doctypes():
			assert app_doctypes()[field["options"]].get("istable"), (
				f"{where}: {field['options']} is no child table"
			)
		if field["fieldtype"] == "Select":
			assert (field.get("options") or "").strip(), f"{where}: Select without options"
			if field.get("default"):
				assert field["default"] in field["options"].split("\n"), f"{where}: default not an option"
		if field["fieldtype"] == "Dynamic Link":
			assert field.get("options") in fieldnames, f"{where}: Dynamic Link points to no field"


@pytest.mark.parametrize("path,doc", doctype_params)
def test_fetch_from_and_depends_on_resolve(path: Path, doc: dict):
	fields = {f["fieldname"]: f for f in doc["fields"]}
	for field in doc["fields"]:
		where = f"{doc['name']}.{field['fieldname']}"
		if field.get("fetch_from"):
			assert_fetch_resolves(where, fields, field["fetch_from"])
		for key in ("depends_on", "mandatory_depends_on", "read_only_depends_on"):
			for ref in re.findall(r"doc\.([a-z_0-9]+)", field.get(key) or ""):
				assert ref in fields or ref in STANDARD_FIELDS, f"{where}: {key} names unknown field {ref}"


def assert_fetch_resolves(where: str, fields: dict, fetch_from: str):
	link_field, _, target_field = fetch_from.partition(".")
	link = fields.get(link_field)
	assert link, f"{where}: fetch_from link field {link_field} missing"
	assert link["fieldtype"] == "Link", f"{where}: fetch_from through a {link['fieldtype']}"
	target_fields = fields_of(link["options"])
	assert target_fields is not None, (
		f"{where}: fields of {link['options']} unknown; add them to platform.json"
	)
	assert target_field in target_fields or target_field in STANDARD_FIELDS, (
		f"{where}: {link['options']} has no field {target_field}"
	)


@pytest.mark.parametrize("path,doc", doctype_params)
def test_doctype_permissions(path: Path, doc: dict):
	name = doc["name"]
	perms = doc.get("permissions", [])
	if doc.get("istable"):
		assert not perms, f"{name}: child tables take their parent's permissions"
		return
	assert perms, f"{name}: every DocType needs explicit role permissions"
	for perm in perms:
		assert perm["role"] in known_roles(), f"{name}: role {perm['role']} does not exist"
		if perm.get("submit") or perm.get("cancel") or perm.get("amend"):
			assert doc.get("is_submittable"), f"{name}: submit rights on a non-submittable DocType"
	assert any(p["role"] == "System Manager" for p in perms), f"{name}: System Manager has no access"


def test_custom_fields_fit_their_doctypes():
	for doctype, custom_fields in CUSTOM_FIELDS.items():
		fields = fields_of(doctype)
		assert fields is not None, f"fields of {doctype} unknown; add them to platform.json"
		seen = set(PLATFORM["doctypes"][doctype]["fields"])
		for field in custom_fields:
			where = f"{doctype}.{field['fieldname']}"
			assert field["fieldname"] not in PLATFORM["doctypes"][doctype]["fields"], f"{where} clashes"
			assert field["fieldtype"] in PLATFORM["fieldtypes"], f"{where}: unknown fieldtype"
			assert field["insert_after"] in seen, f"{where}: insert_after {field['insert_after']} unknown"
			seen.add(field["fieldname"])
			if field["fieldtype"] in LINK_TYPES:
				assert doctype_exists(field["options"]), f"{where}: target {field['options']} missing"
			if field.get("fetch_from"):
				assert_fetch_resolves(where, fields, field["fetch_from"])


def test_workflows_are_consistent():
	for path, wf in of_kind("Workflow"):
		where = wf["name"]
		assert path.parent == APP / "workflow", f"{where}: workflows live in kinerja_asn/workflow/"
		assert doctype_exists(wf["document_type"]), f"{where}: no DocType {wf['document_type']}"
		fields = fields_of(wf["document_type"]) or {}
		assert wf.get("workflow_state_field") in fields, f"{where}: state field missing on the DocType"
		states = {s["state"] for s in wf["states"]}
		for state in wf["states"]:
			assert state["allow_edit"] in known_roles(), f"{where}: role {state['allow_edit']} missing"
			assert str(state.get("doc_status", "0")) in ("0", "1", "2")
		for t in wf["transitions"]:
			assert t["state"] in states and t["next_state"] in states, f"{where}: transition to unknown state"
			assert t["allowed"] in known_roles(), f"{where}: role {t['allowed']} missing"


def test_reports_are_consistent():
	for path, report in of_kind("Report"):
		where = report["name"]
		assert doctype_exists(report["ref_doctype"]), f"{where}: no DocType {report['ref_doctype']}"
		assert report["module"] in modules()
		for role in report.get("roles", []):
			assert role["role"] in known_roles(), f"{where}: role {role['role']} missing"
		if report.get("report_type") == "Script Report":
			assert path.with_suffix(".py").exists(), f"{where}: script report without .py"


def test_workspaces_link_to_existing_things():
	reports = {d["name"] for _, d in of_kind("Report")}
	for _, ws in of_kind("Workspace"):
		assert ws["module"] in modules()
		names = set()
		for link in ws["links"]:
			if link["type"] == "Card Break":
				names.add(link["label"])
				continue
			target = link["link_to"]
			if link["link_type"] == "DocType":
				ok = doctype_exists(target)
			elif link["link_type"] == "Dashboard":
				ok = target in {d["name"] for _, d in of_kind("Dashboard")}
			elif link["link_type"] == "Page":
				ok = target in {d["name"] for _, d in of_kind("Page")}
			else:
				ok = target in reports
			assert ok, f"workspace {ws['name']}: link to missing {target}"
		for shortcut in ws["shortcuts"]:
			if shortcut["type"] == "URL":  # the portal: a route of the app's www/
				halaman = shortcut["url"].strip("/").split("?")[0]
				assert (APP / "www" / halaman).is_dir() or (APP / "www" / f"{halaman}.html").exists(), (
					shortcut
				)
				continue
			assert doctype_exists(shortcut["link_to"]) or shortcut["link_to"] in reports
		labels = {s["label"] for s in ws["shortcuts"]}
		for block in json.loads(ws["content"]):
			if block["type"] == "shortcut":
				assert block["data"]["shortcut_name"] in labels
			if block["type"] == "card":
				assert block["data"]["card_name"] in names
			if block["type"] == "chart":
				assert block["data"]["chart_name"] in {c["chart_name"] for c in ws["charts"]}
			if block["type"] == "number_card":
				assert block["data"]["number_card_name"] in {
					c["number_card_name"] for c in ws["number_cards"]
				}
		charts = {d["name"] for _, d in of_kind("Dashboard Chart")}
		cards = {d["name"] for _, d in of_kind("Number Card")}
		assert {c["chart_name"] for c in ws["charts"]} <= charts
		assert {c["number_card_name"] for c in ws["number_cards"]} <= cards


def test_pages_are_consistent():
	"""A desk Page: in its module's page folder with its script, open to existing roles only."""
	for path, page in of_kind("Page"):
		where = page["name"]
		assert page["module"] in modules(), f"{where}: module {page['module']} not in modules.txt"
		assert path.parent == APP / scrub(page["module"]) / "page" / scrub(page["name"]), f"{where} misplaced"
		assert (path.parent / "__init__.py").exists() and (path.parent.parent / "__init__.py").exists()
		assert path.with_suffix(".js").exists(), f"{where}: no script"
		assert page.get("page_name") == page["name"] and page.get("title")
		assert page.get("roles"), f"{where}: every page needs explicit roles"
		for role in page["roles"]:
			assert role["role"] in known_roles(), f"{where}: role {role['role']} missing"


def test_dashboards_charts_and_cards_fit():
	"""Charts count real fields of real DocTypes, cards call real code, dashboards list both."""
	for _, chart in of_kind("Dashboard Chart"):
		where = chart["name"]
		assert chart["module"] in modules()
		if chart["chart_type"] == "Custom":
			# a custom chart draws what its source's method returns
			sources = {d["name"]: path for path, d in of_kind("Dashboard Chart Source")}
			assert chart["source"] in sources, f"{where}: no chart source {chart['source']}"
			js = sources[chart["source"]].with_suffix(".js").read_text()
			method = re.search(r'method:\s*"([\w.]+)"', js)
			assert method and _dotted_exists(method.group(1)), f"{where}: source method missing"
			continue
		fields = fields_of(chart["document_type"])
		assert fields is not None, f"{where}: no DocType {chart['document_type']}"
		for key in ("based_on", "group_by_based_on", "value_based_on"):
			if chart.get(key):
				assert chart[key] in fields, f"{where}: no field {chart[key]}"
		for f in json.loads(chart["filters_json"]):
			assert f[1] in fields or f[1] in ("docstatus", "name"), f"{where}: filter on {f[1]}"
	for _, card in of_kind("Number Card"):
		assert doctype_exists(card["document_type"]), card["name"]
		if card["type"] == "Custom":
			assert _dotted_exists(card["method"]), f"{card['name']}: no {card['method']}"
	charts = {d["name"] for _, d in of_kind("Dashboard Chart")}
	cards = {d["name"] for _, d in of_kind("Number Card")}
	for _, dashboard in of_kind("Dashboard"):
		assert dashboard["module"] in modules()
		assert {c["chart"] for c in dashboard["charts"]} <= charts
		assert {c["card"] for c in dashboard["cards"]} <= cards


def _hook_assignments() -> dict[str, object]:
	tree = ast.parse((APP / "hooks.py").read_text())
	return {
		node.targets[0].id: ast.literal_eval(node.value)
		for node in tree.body
		if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
	}


def _dotted_exists(dotted: str) -> bool:
	module, _, attr = dotted.rpartition(".")
	path = ROOT.joinpath(*module.split("."))
	source = path.with_suffix(".py") if path.with_suffix(".py").exists() else path / "__init__.py"
	if not source.exists():
		return False
	tree = ast.parse(source.read_text())
	return any(
		getattr(node, "name", None) == attr
		or (isinstance(node, ast.Assign) and any(getattr(t, "id", None) == attr for t in node.targets))
		for node in tree.body
	)


def test_hooks_point_to_real_code():
	hooks = _hook_assignments()
	assert hooks["app_name"] == "kinerja_asn"
	assert {app.rsplit("/", 1)[-1] for app in hooks["required_apps"]} >= {"erpnext", "hrms"}
	dotted = []
	for key in ("before_install", "after_install", "after_migrate", "before_uninstall", "before_tests"):
		if key in hooks:
			dotted.extend(hooks[key] if isinstance(hooks[key], list) else [hooks[key]])
	for app in hooks.get("add_to_apps_screen", []):
		if app.get("has_permission"):
			dotted.append(app["has_permission"])
	for doctype, events in hooks.get("doc_events", {}).items():
		assert doctype == "*" or doctype_exists(doctype), f"doc_events for unknown {doctype}"
		for handler in events.values():
			dotted.extend(handler if isinstance(handler, list) else [handler])
	for frequency in hooks.get("scheduler_events", {}).values():
		for handler in frequency if isinstance(frequency, list) else []:
			dotted.append(handler)
	for key in ("permission_query_conditions", "has_permission"):
		for doctype, handler in hooks.get(key, {}).items():
			assert doctype_exists(doctype), f"{key} for unknown {doctype}"
			dotted.append(handler)
	dotted.extend(hooks.get("after_request", []))
	for handler in dotted:
		assert _dotted_exists(handler), f"hook target {handler} not found"
	for aset in hooks.get("app_include_js", []):
		assert aset.startswith("/assets/kinerja_asn/"), aset
		assert (APP / "public" / aset.removeprefix("/assets/kinerja_asn/")).exists(), f"{aset} missing"
	for doctype, script in hooks.get("doctype_js", {}).items():
		assert doctype_exists(doctype)
		assert (APP / script).exists(), f"doctype_js {script} missing"


def test_role_permissions_on_platform_doctypes_fit():
	from kinerja_asn.setup.definitions import ROLE_PERMISSIONS

	valid = {"read", "write", "create", "delete", "report", "export", "print", "email", "share"}
	for doctype, rights in ROLE_PERMISSIONS.items():
		assert doctype_exists(doctype), doctype
		for role, ptypes in rights.items():
			assert role in known_roles(), role
			assert set(ptypes) <= valid, ptypes


def test_print_formats_are_consistent():
	"""Standard Jinja print formats: in their module's print_format folder, the template beside the
	JSON, its shared includes present and every Jinja method it calls registered in hooks `jinja`."""
	formats = of_kind("Print Format")
	assert formats, "no print format found"
	methods = _hook_assignments().get("jinja", {}).get("methods", [])
	for method in methods:
		assert _dotted_exists(method), f"jinja method {method} not found"
	registered = {m.rsplit(".", 1)[-1] for m in methods}
	for path, pf in formats:
		where = pf["name"]
		assert doctype_exists(pf["doc_type"]), f"{where}: no DocType {pf['doc_type']}"
		assert pf["module"] in modules(), f"{where}: module {pf['module']} not in modules.txt"
		assert path.stem == scrub(where), f"{path} does not match print format {where}"
		assert path.parent.parent == APP / scrub(pf["module"]) / "print_format", f"{where} outside its module"
		assert (pf["standard"], pf["print_format_type"], pf["custom_format"]) == ("Yes", "Jinja", 1), where
		template = path.with_suffix(".html")
		assert template.exists() or pf.get("html"), f"{where}: no template"
		html = template.read_text() if template.exists() else pf["html"]
		for include in re.findall(r'(?:from|import|include)\s+"kinerja_asn/([^"]+)"', html):
			assert (APP / include).exists(), f"{where}: missing template {include}"
		for called in set(re.findall(r"\b(\w+_context)\(", html)):
			assert called in registered, f"{where}: {called} is not a jinja method in hooks"
