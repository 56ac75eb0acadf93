"""Install, migrate and uninstall steps. Every step is idempotent and only adds what is missing, so
that records admins have edited (masters, settings, workflows) survive a migrate untouched."""

import json
from pathlib import Path

import frappe
from frappe.custom.doctype.custom_field.custom_field import create_custom_field

from kinerja_asn.domain.angka_kredit import DEFAULT_JENJANG
from kinerja_asn.domain.pangkat import GOLONGAN_PPPK, PANGKAT_PNS
from kinerja_asn.domain.perilaku import SEMUA_PERILAKU
from kinerja_asn.services.pengaturan import default_pengaturan_rows
from kinerja_asn.setup.definitions import CUSTOM_FIELDS, ROLE_PERMISSIONS, ROLES

MODULE = "Kinerja ASN"
WORKFLOW_FOLDER = Path(__file__).parent / "workflow"


def before_install():
	make_roles()


def after_install():
	after_migrate()
	make_format_cetak_bawaan()
	make_format_angka()


def after_migrate():
	make_roles()
	make_role_permissions()
	make_custom_fields()
	make_pangkat_golongan()
	make_jenjang_jabatan_fungsional()
	make_perilaku_kerja()
	make_pengaturan_kinerja()
	make_workflows()
	make_indexes()


# Platform columns the app filters on at every portal request and verification (who is this user,
# who reports to whom, who is in a unit); HRMS leaves them unindexed.
INDEKS_PLATFORM = {"Employee": (("user_id",), ("reports_to",), ("department",))}


def make_indexes():
	for doctype, daftar in INDEKS_PLATFORM.items():
		for kolom in daftar:
			frappe.db.add_index(doctype, list(kolom))


def before_uninstall():
	# Workflows are records, not module files: remove the ones this app installed.
	for path in WORKFLOW_FOLDER.glob("*.json"):
		name = json.loads(path.read_text())["name"]
		if frappe.db.exists("Workflow", name):
			frappe.delete_doc("Workflow", name, ignore_permissions=True, force=True)
	for doctype, fields in CUSTOM_FIELDS.items():
		for df in fields:
			name = frappe.db.get_value("Custom Field", {"dt": doctype, "fieldname": df["fieldname"]})
			if name:
				frappe.delete_doc("Custom Field", name, ignore_permissions=True, force=True)
		frappe.clear_cache(doctype=doctype)
	for doctype in ROLE_PERMISSIONS:
		for name in frappe.get_all(
			"Custom DocPerm", filters={"parent": doctype, "role": ("in", ROLES)}, pluck="name"
		):
			frappe.delete_doc("Custom DocPerm", name, ignore_permissions=True, force=True)
		frappe.clear_cache(doctype=doctype)


def make_roles():
	for role in ROLES:
		if not frappe.db.exists("Role", role):
			frappe.get_doc({"doctype": "Role", "role_name": role, "desk_access": 1}).insert(
				ignore_permissions=True
			)


def make_role_permissions():
	"""HR staff fix the records the data-health check points at (Employee, Department), so
	Pengelola Kinerja gets access to them once; later edits in Role Permission Manager stay."""
	from frappe.permissions import add_permission, update_permission_property

	for doctype, rights in ROLE_PERMISSIONS.items():
		for role, ptypes in rights.items():
			if frappe.db.exists("Custom DocPerm", {"parent": doctype, "role": role, "permlevel": 0}):
				continue
			add_permission(doctype, role, 0)
			for ptype in ptypes:
				update_permission_property(doctype, role, 0, ptype, 1, validate=False)


def make_custom_fields():
	"""Create missing fields; change an existing one only where its definition here differs."""
	for doctype, fields in CUSTOM_FIELDS.items():
		changed = False
		for df in fields:
			name = frappe.db.get_value("Custom Field", {"dt": doctype, "fieldname": df["fieldname"]})
			if not name:
				create_custom_field(doctype, dict(df, module=MODULE), ignore_validate=True)
				changed = True
				continue
			field = frappe.get_doc("Custom Field", name)
			wanted = dict(df, module=MODULE)
			if any(_differs(field.get(key), value) for key, value in wanted.items()):
				field.update(wanted)
				field.save(ignore_permissions=True)
				changed = True
		if changed:
			frappe.clear_cache(doctype=doctype)


def _differs(current, wanted) -> bool:
	if isinstance(wanted, int) and not isinstance(wanted, bool):
		return int(current or 0) != wanted
	return (current or "") != wanted


def _insert_missing(doctype: str, name: str, values: dict):
	if not frappe.db.exists(doctype, name):
		frappe.get_doc(dict(values, doctype=doctype)).insert(ignore_permissions=True)


def make_pangkat_golongan():
	for urutan, (golongan, pangkat) in enumerate(PANGKAT_PNS, start=1):
		_insert_missing(
			"Pangkat Golongan",
			golongan,
			{"golongan": golongan, "pangkat": pangkat, "status_asn": "PNS", "urutan": urutan},
		)
	for urutan, golongan in enumerate(GOLONGAN_PPPK, start=101):
		_insert_missing(
			"Pangkat Golongan", golongan, {"golongan": golongan, "status_asn": "PPPK", "urutan": urutan}
		)


def make_jenjang_jabatan_fungsional():
	# Insert all first, then the links to the next level, since they point forward.
	for urutan, jenjang in enumerate(DEFAULT_JENJANG.values(), start=1):
		_insert_missing(
			"Jenjang Jabatan Fungsional",
			jenjang.nama,
			{
				"jenjang": jenjang.nama,
				"kategori": jenjang.kategori.capitalize(),
				"urutan": urutan,
				"golongan_terendah": jenjang.golongan_min,
				"golongan_tertinggi": jenjang.golongan_maks,
				"koefisien": jenjang.koefisien,
				"ak_kenaikan_pangkat": jenjang.ak_kenaikan_pangkat or 0,
				"ak_kenaikan_jenjang": jenjang.ak_kenaikan_jenjang or 0,
				"perlu_uji_kompetensi": int(bool(jenjang.jenjang_berikutnya)),
				"perlu_pengembangan_profesi": int(jenjang.butuh_pengembangan_profesi),
			},
		)
	for jenjang in DEFAULT_JENJANG.values():
		if jenjang.jenjang_berikutnya and not frappe.db.get_value(
			"Jenjang Jabatan Fungsional", jenjang.nama, "jenjang_berikutnya"
		):
			frappe.db.set_value(
				"Jenjang Jabatan Fungsional",
				jenjang.nama,
				"jenjang_berikutnya",
				jenjang.jenjang_berikutnya,
				update_modified=False,
			)


def make_perilaku_kerja():
	for perilaku in SEMUA_PERILAKU:
		_insert_missing(
			"Perilaku Kerja",
			perilaku.nama,
			{
				"nama_perilaku": perilaku.nama,
				"regulasi": perilaku.regulasi,
				"urutan": perilaku.urutan,
				"perilaku_panduan": perilaku.panduan,
				"hanya_untuk_atasan": int(perilaku.hanya_untuk_atasan),
				"aktif": 1,
			},
		)


def make_pengaturan_kinerja():
	"""Fill each settings table only while it is empty, and each field only while it has never been
	stored (a field added by an upgrade gets its default): an admin's edits are never overwritten."""
	stored = frappe.db.get_singles_dict("Pengaturan Kinerja")
	doc = frappe.get_single("Pengaturan Kinerja")
	changed = False
	for table, rows in default_pengaturan_rows().items():
		if not doc.get(table):
			for row in rows:
				doc.append(table, row)
			changed = True
	for df in doc.meta.fields:
		if df.default and df.fieldtype != "Table" and df.fieldname not in stored:
			doc.set(df.fieldname, df.default)
			changed = True
	if changed:
		doc.flags.ignore_permissions = True
		doc.save()


# The app's print formats, default for their DocType (PermenPAN-RB 6/2022 annexes).
FORMAT_CETAK_BAWAAN = {
	"SKP": "SKP",
	"Penilaian Kinerja": "Dokumen Evaluasi Kinerja",
	"Penetapan Angka Kredit": "Penetapan Angka Kredit",
}


def make_format_cetak_bawaan():
	"""Once per site (on install, and by a patch on sites installed before): a Property Setter, as
	Customize Form writes one, makes the app's print format the default where the admin set none;
	a later change or reset in Customize Form stays, since this never runs again."""
	from frappe.custom.doctype.property_setter.property_setter import make_property_setter

	for doctype, print_format in FORMAT_CETAK_BAWAAN.items():
		if not frappe.db.exists("Print Format", print_format) or frappe.db.exists(
			"Property Setter", {"doc_type": doctype, "property": "default_print_format"}
		):
			continue
		make_property_setter(
			doctype,
			None,
			"default_print_format",
			print_format,
			"Data",
			for_doctype=True,
			is_system_generated=False,
		)
		frappe.clear_cache(doctype=doctype)


# Indonesian numbers (1.234,56), as Frappe's setup wizard sets for Indonesia and as the print formats
# write them (services.cetak.angka); Frappe's own default is "#,###.##".
FORMAT_ANGKA = "#.###,##"
FORMAT_ANGKA_FRAPPE = ("", "#,###.##")


def make_format_angka():
	"""Once per site (on install, and by a patch on sites installed before): the form, the list and
	the print show one number format. Set only while System Settings still has Frappe's default;
	since this never runs again, an admin's later choice stays."""
	sekarang = frappe.db.get_single_value("System Settings", "number_format") or ""
	if sekarang not in FORMAT_ANGKA_FRAPPE:
		return
	# as SystemSettings.on_update does: the field, the default that formatting reads, the caches
	frappe.db.set_single_value("System Settings", "number_format", FORMAT_ANGKA)
	frappe.db.set_default("number_format", FORMAT_ANGKA)
	frappe.cache.delete_value("system_settings")
	frappe.clear_cache()


def make_workflows():
	"""Default workflows ship as JSON and are inserted only when missing, so Workflow Builder edits stay."""
	for path in sorted(WORKFLOW_FOLDER.glob("*.json")):
		definition = json.loads(path.read_text())
		if frappe.db.exists("Workflow", definition["name"]):
			continue
		for state in {s["state"] for s in definition.get("states", [])}:
			_insert_missing("Workflow State", state, {"workflow_state_name": state})
		for action in {t["action"] for t in definition.get("transitions", [])}:
			_insert_missing("Workflow Action Master", action, {"workflow_action_name": action})
		workflow = frappe.get_doc(definition)
		workflow.insert(ignore_permissions=True)
