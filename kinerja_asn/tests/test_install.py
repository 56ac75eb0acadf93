import frappe
from frappe.tests.utils import FrappeTestCase

from kinerja_asn.install import after_migrate
from kinerja_asn.setup.definitions import CUSTOM_FIELDS, ROLES


class TestInstall(FrappeTestCase):
	def test_roles_and_custom_fields_exist(self):
		for role in ROLES:
			self.assertTrue(frappe.db.exists("Role", role))
		for doctype, fields in CUSTOM_FIELDS.items():
			meta = frappe.get_meta(doctype)
			for field in fields:
				self.assertTrue(meta.has_field(field["fieldname"]), f"{doctype}.{field['fieldname']}")

	def test_migrate_again_changes_nothing(self):
		def snapshot():
			return {
				"custom_fields": frappe.get_all(
					"Custom Field",
					filters={"module": "Kinerja ASN"},
					fields=["name", "modified"],
					order_by="name",
				),
				"jenjang": frappe.get_all(
					"Jenjang Jabatan Fungsional", fields=["name", "modified"], order_by="name"
				),
				"perilaku": frappe.get_all("Perilaku Kerja", fields=["name", "modified"], order_by="name"),
				"pengaturan": frappe.db.get_singles_dict("Pengaturan Kinerja").get("modified"),
				"workflows": frappe.get_all("Workflow", fields=["name", "modified"], order_by="name"),
			}

		after_migrate()
		before = snapshot()
		after_migrate()
		self.assertEqual(snapshot(), before)

	def test_migrate_keeps_admin_edits(self):
		frappe.db.set_value("Jenjang Jabatan Fungsional", "Ahli Muda", "koefisien", 26)
		frappe.db.set_value("Perilaku Kerja", "Loyal", "perilaku_panduan", "Panduan instansi")
		doc = frappe.get_doc("Pengaturan Kinerja")
		doc.jke_jam_per_tahun = 1200
		doc.save()
		after_migrate()
		self.assertEqual(frappe.db.get_value("Jenjang Jabatan Fungsional", "Ahli Muda", "koefisien"), 26)
		self.assertEqual(
			frappe.db.get_value("Perilaku Kerja", "Loyal", "perilaku_panduan"), "Panduan instansi"
		)
		self.assertEqual(frappe.db.get_single_value("Pengaturan Kinerja", "jke_jam_per_tahun"), 1200)

	def test_deleted_master_is_restored(self):
		frappe.delete_doc("Perilaku Kerja", "Adaptif", force=True)
		after_migrate()
		self.assertTrue(frappe.db.exists("Perilaku Kerja", "Adaptif"))

	def test_hr_can_fix_employee_records(self):
		from kinerja_asn.tests.utils import make_employee, make_user

		employee = make_employee("Pegawai Diperbaiki HR")
		frappe.set_user(make_user("hr.install@example.com", ("Pengelola Kinerja",)))
		try:
			self.assertTrue(frappe.has_permission("Employee", "write", employee))
			self.assertTrue(frappe.has_permission("Department", "write"))
		finally:
			frappe.set_user("Administrator")

	def test_indonesian_number_format_only_over_frappes_default(self):
		from kinerja_asn.install import FORMAT_ANGKA, make_format_angka

		semula = frappe.db.get_single_value("System Settings", "number_format")

		def pasang(nilai):
			frappe.db.set_single_value("System Settings", "number_format", nilai)
			frappe.db.set_default("number_format", nilai)

		try:
			pasang("#,###.##")  # Frappe's default: the site gets the Indonesian format
			make_format_angka()
			self.assertEqual(frappe.db.get_single_value("System Settings", "number_format"), FORMAT_ANGKA)
			self.assertEqual(frappe.utils.fmt_money(1234.5, 2), "1.234,50")
			pasang("# ###.##")  # an admin's choice stays
			make_format_angka()
			self.assertEqual(frappe.db.get_single_value("System Settings", "number_format"), "# ###.##")
		finally:
			pasang(semula)
			frappe.clear_cache()
