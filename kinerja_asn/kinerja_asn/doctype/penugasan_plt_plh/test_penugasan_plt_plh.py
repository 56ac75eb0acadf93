# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.model.workflow import WorkflowTransitionError, apply_workflow
from frappe.utils import add_days, today

from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	make_employee,
	make_periode,
	make_rhk,
	make_skp,
	make_struktur,
)


def make_penugasan(pengganti, pejabat=None, unit=None, mulai=None, selesai=None, jenis="Plh", submit=True):
	doc = frappe.get_doc(
		{
			"doctype": "Penugasan Plt Plh",
			"jenis": jenis,
			"pegawai_pengganti": pengganti,
			"pejabat_definitif": pejabat,
			"unit": unit,
			"tanggal_mulai": mulai or add_days(today(), -1),
			"tanggal_selesai": selesai,
			"nomor_sk": "ND-01/2026",
		}
	).insert(ignore_permissions=True)
	if submit:
		doc.submit()
	return doc


class TestPenugasanPltPlh(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("Plt")
		cls.plh = make_employee(
			"Pejabat Pengganti Plt", user="pengganti.plt@example.com", jenis_jabatan="Administrator"
		)
		cls.periode = make_periode(2026)

	def submit_skp(self, employee):
		skp = make_skp(employee, self.periode)
		make_rhk(skp, f"RHK {employee}")
		frappe.set_user(frappe.db.get_value("Employee", employee, "user_id"))
		apply_workflow(frappe.get_doc("SKP", skp), "Ajukan")
		frappe.set_user("Administrator")
		return skp

	def test_acting_official_approves_and_the_document_says_plh(self):
		skp = self.submit_skp(self.s.staf1)
		make_penugasan(self.plh, pejabat=self.s.admin)
		doc = frappe.get_doc("SKP", skp)
		self.assertEqual((doc.penyetuju, doc.sebutan_penyetuju), (self.plh, "Plh."))
		# the absent holder can no longer approve; the acting official can
		frappe.set_user(self.s.user[self.s.admin])
		self.assertRaises(
			(WorkflowTransitionError, frappe.PermissionError),
			apply_workflow,
			frappe.get_doc("SKP", skp),
			"Setujui",
		)
		frappe.set_user("pengganti.plt@example.com")
		self.assertTrue(frappe.has_permission("SKP", "read", skp))
		apply_workflow(frappe.get_doc("SKP", skp), "Setujui")
		doc = frappe.get_doc("SKP", skp)
		self.assertEqual(
			(doc.status, doc.disetujui_oleh, doc.disetujui_sebagai), ("Disetujui", self.plh, "Plh.")
		)
		comments = frappe.get_all(
			"Comment", filters={"reference_doctype": "SKP", "reference_name": skp}, pluck="content"
		)
		self.assertTrue(any("Plh." in (c or "") for c in comments))
		notified = frappe.get_all(
			"Notification Log", filters={"document_name": skp, "for_user": "pengganti.plt@example.com"}
		)
		self.assertTrue(notified)

	def test_when_the_assignment_ends_submissions_go_back_to_the_holder(self):
		penugasan = make_penugasan(self.plh, pejabat=self.s.admin)
		skp = self.submit_skp(self.s.staf2)
		self.assertEqual(frappe.db.get_value("SKP", skp, "penyetuju"), self.plh)
		penugasan.cancel()
		self.assertEqual(
			frappe.db.get_value("SKP", skp, ["penyetuju", "sebutan_penyetuju"]), (self.s.admin, "")
		)
		frappe.set_user(self.s.user[self.s.admin])
		apply_workflow(frappe.get_doc("SKP", skp), "Setujui")
		self.assertEqual(frappe.db.get_value("SKP", skp, "disetujui_sebagai"), "")

	def test_expired_assignment_does_not_count(self):
		make_penugasan(
			self.plh, pejabat=self.s.admin, mulai=add_days(today(), -30), selesai=add_days(today(), -1)
		)
		skp = make_skp(self.s.staf1, self.periode)
		self.assertEqual(frappe.db.get_value("SKP", skp, "penyetuju"), self.s.admin)

	def test_vacant_position_with_plt_for_the_unit(self):
		frappe.db.set_value("Department", self.s.bagian, "kepala_unit", self.s.admin)
		frappe.db.set_value("Employee", self.s.admin, "status", "Inactive")
		make_penugasan(self.plh, unit=self.s.bagian, jenis="Plt")
		skp = make_skp(self.s.staf1, self.periode)
		self.assertEqual(
			frappe.db.get_value("SKP", skp, ["penyetuju", "sebutan_penyetuju"]), (self.plh, "Plt.")
		)

	def test_conflicting_assignment_is_refused(self):
		make_penugasan(self.plh, pejabat=self.s.admin)
		other = frappe.get_doc(
			{
				"doctype": "Penugasan Plt Plh",
				"jenis": "Plh",
				"pegawai_pengganti": self.s.staf2,
				"pejabat_definitif": self.s.admin,
				"tanggal_mulai": today(),
				"nomor_sk": "ND-02/2026",
			}
		)
		self.assertRaises(frappe.ValidationError, other.insert)

	def test_only_hr_creates_assignments(self):
		doc = frappe.get_doc(
			{
				"doctype": "Penugasan Plt Plh",
				"jenis": "Plh",
				"pegawai_pengganti": self.s.staf1,
				"pejabat_definitif": self.s.admin,
				"tanggal_mulai": today(),
				"nomor_sk": "ND-03/2026",
			}
		)
		frappe.set_user(self.s.user[self.s.staf1])
		self.assertRaises(frappe.PermissionError, doc.insert)
		frappe.set_user(self.s.hr)
		doc.insert()
		doc.submit()
		self.assertEqual(doc.docstatus, 1)
