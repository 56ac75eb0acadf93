"""Row-level access to SKP and RHK, each rule checked as the real user."""

import frappe

from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	approve_skp,
	make_periode,
	make_rhk,
	make_skp,
	make_struktur,
)


class TestPermissions(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("Izin")
		cls.periode = make_periode(2026)
		cls.skp_jpt = make_skp(cls.s.jpt, cls.periode)
		cls.rhk_jpt = make_rhk(cls.skp_jpt, "RHK JPT izin")
		cls.skp_admin = make_skp(cls.s.admin, cls.periode)
		cls.rhk_admin = make_rhk(cls.skp_admin, "RHK administrator izin")
		cls.skp_staf1 = make_skp(cls.s.staf1, cls.periode)
		cls.rhk_staf1 = make_rhk(cls.skp_staf1, "RHK staf satu izin")
		cls.skp_staf2 = make_skp(cls.s.staf2, cls.periode)

	def as_user(self, employee):
		frappe.set_user(self.s.user[employee])

	def test_employee_sees_own_skp_only(self):
		self.as_user(self.s.staf1)
		visible = set(frappe.get_list("SKP", pluck="name"))
		self.assertIn(self.skp_staf1, visible)
		self.assertNotIn(self.skp_staf2, visible)
		self.assertNotIn(self.skp_admin, visible)
		self.assertFalse(frappe.has_permission("SKP", "read", self.skp_staf2))

	def test_pejabat_penilai_and_atasan_see_subordinates(self):
		self.as_user(self.s.admin)
		visible = set(frappe.get_list("SKP", pluck="name"))
		self.assertTrue({self.skp_admin, self.skp_staf1, self.skp_staf2} <= visible)
		self.assertNotIn(self.skp_jpt, visible)
		self.as_user(self.s.jpt)
		self.assertTrue(frappe.has_permission("SKP", "read", self.skp_staf1))
		self.assertIn(self.rhk_staf1, frappe.get_list("Rencana Hasil Kerja", pluck="name"))

	def test_pejabat_penilai_cannot_edit_a_draft_of_a_subordinate(self):
		self.as_user(self.s.admin)
		self.assertFalse(frappe.has_permission("SKP", "write", self.skp_staf1))
		self.assertFalse(frappe.has_permission("Rencana Hasil Kerja", "write", self.rhk_staf1))

	def test_hr_sees_everything(self):
		frappe.set_user(self.s.hr)
		visible = set(frappe.get_list("SKP", pluck="name"))
		self.assertTrue({self.skp_jpt, self.skp_admin, self.skp_staf1, self.skp_staf2} <= visible)

	def test_subordinate_reads_but_cannot_change_the_leader_rhk(self):
		self.as_user(self.s.staf1)
		self.assertIn(self.rhk_admin, frappe.get_list("Rencana Hasil Kerja", pluck="name"))
		self.assertNotIn(self.rhk_jpt, frappe.get_list("Rencana Hasil Kerja", pluck="name"))
		doc = frappe.get_doc("Rencana Hasil Kerja", self.rhk_admin)
		doc.uraian = "diubah bawahan"
		self.assertRaises(frappe.PermissionError, doc.save)

	def test_employee_cannot_create_for_someone_else(self):
		self.as_user(self.s.staf2)
		rhk = frappe.get_doc(
			{
				"doctype": "Rencana Hasil Kerja",
				"skp": self.skp_staf1,
				"uraian": "Menyusup",
				"iki": [{"uraian": "x", "target": 1}],
			}
		)
		self.assertRaises(frappe.PermissionError, rhk.insert)
		skp = frappe.get_doc(
			{"doctype": "SKP", "employee": self.s.staf1, "periode_kinerja": make_periode(2041)}
		)
		self.assertRaises(frappe.PermissionError, skp.insert)

	def test_employee_edits_own_draft_rhk_but_not_after_approval(self):
		periode = make_periode(2042)
		skp = make_skp(self.s.staf2, periode)
		rhk = make_rhk(skp, "RHK sendiri")
		self.as_user(self.s.staf2)
		doc = frappe.get_doc("Rencana Hasil Kerja", rhk)
		doc.uraian = "RHK sendiri, diperbaiki"
		doc.save()
		frappe.set_user("Administrator")
		approve_skp(skp)
		self.as_user(self.s.staf2)
		doc = frappe.get_doc("Rencana Hasil Kerja", rhk)
		doc.uraian = "diubah setelah disetujui"
		self.assertRaises(frappe.ValidationError, doc.save)

	def test_employee_who_left_sees_nothing(self):
		from kinerja_asn.tests.utils import make_employee

		keluar = make_employee("Pegawai Keluar Izin", user="keluar.izin@example.com")
		frappe.db.set_value("Employee", keluar, {"status": "Left", "relieving_date": "2026-01-31"})
		frappe.set_user("keluar.izin@example.com")
		self.assertEqual(frappe.get_list("SKP"), [])
		self.assertEqual(frappe.get_list("Rencana Hasil Kerja"), [])

	def test_api_refuses_who_may_not_act(self):
		from kinerja_asn.api import skp as api

		self.as_user(self.s.staf1)
		self.assertRaises(frappe.PermissionError, api.buat_skp_massal, self.periode, self.s.unit)
		self.assertRaises(frappe.PermissionError, api.turunkan_ke_bawahan, self.skp_admin)
		self.assertRaises(frappe.PermissionError, api.buat_revisi, self.skp_staf2, "bukan milik saya")
		self.assertRaises(frappe.PermissionError, api.mutasi, self.skp_staf1, "2026-06-01")
