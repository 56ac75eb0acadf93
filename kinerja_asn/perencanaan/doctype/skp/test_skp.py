# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.model.workflow import WorkflowTransitionError, apply_workflow

from kinerja_asn.api import skp as api_skp
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	approve_skp,
	make_periode,
	make_rhk,
	make_skp,
	make_struktur,
)


class TestSKP(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("SKP")
		cls.periode = make_periode(2026)

	def test_defaults_from_reporting_line_and_regime(self):
		skp = frappe.get_doc("SKP", make_skp(self.s.staf1, self.periode))
		self.assertEqual(skp.pejabat_penilai, self.s.admin)
		self.assertEqual(skp.atasan_pejabat_penilai, self.s.jpt)
		self.assertEqual(skp.user_penyetuju, self.s.user[self.s.admin])
		self.assertEqual(skp.workflow_state, "Draft")
		self.assertEqual(str(skp.tanggal_mulai), "2026-01-01")
		perilaku = [row.perilaku_kerja for row in skp.perilaku_kerja]
		self.assertEqual(len(perilaku), 7)
		self.assertEqual(perilaku[0], "Berorientasi Pelayanan")

	def test_second_skp_for_same_period_is_refused(self):
		make_skp(self.s.staf2, self.periode)
		doc = frappe.get_doc({"doctype": "SKP", "employee": self.s.staf2, "periode_kinerja": self.periode})
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_self_as_pejabat_penilai_is_refused(self):
		doc = frappe.get_doc(
			{
				"doctype": "SKP",
				"employee": self.s.pimpinan,
				"periode_kinerja": self.periode,
				"pejabat_penilai": self.s.pimpinan,
			}
		)
		self.assertRaises(frappe.ValidationError, doc.insert)

	def test_chain_jpt_administrator_staff_linked_up(self):
		skp_jpt = make_skp(self.s.jpt, self.periode)
		rhk_jpt = make_rhk(skp_jpt, "Meningkatnya kualitas perencanaan kinerja")
		approve_skp(skp_jpt)
		skp_admin = make_skp(self.s.admin, self.periode)
		rhk_admin = make_rhk(skp_admin, "Tersusunnya dokumen perencanaan unit", rhk_jpt)
		approve_skp(skp_admin)
		for staf in (self.s.staf1, self.s.staf2):
			skp = make_skp(staf, self.periode)
			make_rhk(skp, f"Tersusunnya bahan perencanaan oleh {staf}", rhk_admin)
			approve_skp(skp)
			self.assertEqual(frappe.db.get_value("SKP", skp, "status"), "Disetujui")
		anak = frappe.get_all("Rencana Hasil Kerja", filters={"rhk_intervensi": rhk_admin}, pluck="employee")
		self.assertCountEqual(anak, [self.s.staf1, self.s.staf2])

	def test_parent_rhk_of_someone_not_the_pejabat_penilai_is_refused(self):
		skp_jpt = make_skp(self.s.jpt, self.periode)
		rhk_jpt = make_rhk(skp_jpt, "RHK JPT untuk uji atasan")
		skp_staf = make_skp(self.s.staf1, self.periode)
		# staf1's Pejabat Penilai is the administrator, not the JPT.
		self.assertRaises(frappe.ValidationError, make_rhk, skp_staf, "Melompati atasan", rhk_jpt)

	def test_parent_rhk_of_another_period_is_refused(self):
		lain = make_periode(2027)
		skp_admin_lain = make_skp(self.s.admin, lain)
		rhk_lain = make_rhk(skp_admin_lain, "RHK periode lain")
		skp_staf = make_skp(self.s.staf1, self.periode)
		self.assertRaises(frappe.ValidationError, make_rhk, skp_staf, "Periode salah", rhk_lain)

	def test_cycle_is_refused(self):
		# A reporting line that loops (data error) must still not produce a cascade cycle.
		periode = make_periode(2028)
		a = frappe.get_doc("Employee", self.s.staf1)
		b = self.s.staf2
		skp_a = make_skp(a.name, periode, pejabat_penilai=b)
		skp_b = make_skp(b, periode, pejabat_penilai=a.name)
		rhk_b = make_rhk(skp_b, "RHK B")
		rhk_a = make_rhk(skp_a, "RHK A", rhk_b)
		doc = frappe.get_doc("Rencana Hasil Kerja", rhk_b)
		doc.rhk_intervensi = rhk_a
		self.assertRaises(frappe.ValidationError, doc.save)
		self.assertIsNone(frappe.db.get_value("Rencana Hasil Kerja", rhk_b, "rhk_intervensi"))

	def test_workflow_as_each_real_user(self):
		periode = make_periode(2029)
		skp = make_skp(self.s.staf1, periode)
		make_rhk(skp, "RHK alur")
		frappe.set_user(self.s.user[self.s.staf1])
		apply_workflow(frappe.get_doc("SKP", skp), "Ajukan")
		self.assertEqual(frappe.db.get_value("SKP", skp, "workflow_state"), "Diajukan")
		# the employee cannot approve their own SKP
		self.assertRaises(WorkflowTransitionError, apply_workflow, frappe.get_doc("SKP", skp), "Setujui")
		# a peer sees nothing and approves nothing
		frappe.set_user(self.s.user[self.s.staf2])
		self.assertFalse(frappe.has_permission("SKP", "read", skp))
		self.assertRaises(
			(frappe.PermissionError, WorkflowTransitionError),
			apply_workflow,
			frappe.get_doc("SKP", skp),
			"Setujui",
		)
		# the Pejabat Penilai returns it with a reason, then approves the resubmission
		frappe.set_user(self.s.user[self.s.admin])
		self.assertRaises(frappe.ValidationError, apply_workflow, frappe.get_doc("SKP", skp), "Kembalikan")
		from kinerja_asn.api.skp import simpan_catatan_pengembalian

		simpan_catatan_pengembalian(skp, "Target IKI belum terukur")
		apply_workflow(frappe.get_doc("SKP", skp), "Kembalikan")
		self.assertEqual(frappe.db.get_value("SKP", skp, "status"), "Dikembalikan")
		frappe.set_user(self.s.user[self.s.staf1])
		apply_workflow(frappe.get_doc("SKP", skp), "Ajukan")
		frappe.set_user(self.s.user[self.s.admin])
		apply_workflow(frappe.get_doc("SKP", skp), "Setujui")
		self.assertEqual(frappe.db.get_value("SKP", skp, ["docstatus", "status"]), (1, "Disetujui"))
		# HR views it
		frappe.set_user(self.s.hr)
		self.assertTrue(frappe.has_permission("SKP", "read", skp))
		self.assertIn(skp, frappe.get_list("SKP", pluck="name"))

	def test_approval_outside_the_workflow_is_refused(self):
		periode = make_periode(2030)
		skp = make_skp(self.s.staf2, periode)
		make_rhk(skp, "RHK kirim langsung")
		frappe.set_user(self.s.user[self.s.staf2])
		doc = frappe.get_doc("SKP", skp)
		self.assertRaises((frappe.ValidationError, frappe.PermissionError), doc.submit)
		self.assertEqual(frappe.db.get_value("SKP", skp, "docstatus"), 0)

	def test_skp_without_rhk_cannot_be_approved(self):
		periode = make_periode(2040)
		skp = make_skp(self.s.admin, periode)
		frappe.set_user(self.s.user[self.s.admin])
		apply_workflow(frappe.get_doc("SKP", skp), "Ajukan")
		frappe.set_user(self.s.user[self.s.jpt])
		self.assertRaises(frappe.ValidationError, apply_workflow, frappe.get_doc("SKP", skp), "Setujui")

	def test_form_shows_its_rhk_and_iki_to_readers_only(self):
		periode = make_periode(2041)
		skp = make_skp(self.s.staf1, periode)
		make_rhk(
			skp,
			"Laporan <b>layanan</b> tersusun",
			iki=[
				{"uraian": "Jumlah laporan", "aspek": "Kuantitas", "target": 12, "satuan": "laporan"},
				{"uraian": "Kepuasan", "aspek": "Kualitas", "target": 87.5, "target_maks": 90, "satuan": "%"},
			],
		)
		make_rhk(skp, "Pelatihan rekan kerja", jenis="Tambahan", kategori_tambahan="Community Involvement")
		make_rhk(make_skp(self.s.staf2, periode), "RHK orang lain")
		for user in (self.s.user[self.s.staf1], self.s.user[self.s.admin], self.s.user[self.s.jpt]):
			frappe.set_user(user)
			rhk = api_skp.rhk_skp(skp)
			self.assertEqual(
				[(r["jenis"], r["uraian"]) for r in rhk],
				[("Utama", "Laporan <b>layanan</b> tersusun"), ("Tambahan", "Pelatihan rekan kerja")],
			)
			self.assertEqual(
				[(i["uraian"], i["aspek"], i["target"]) for i in rhk[0]["iki"]],
				[("Jumlah laporan", "Kuantitas", "12 laporan"), ("Kepuasan", "Kualitas", "87,5 – 90%")],
			)
			self.assertEqual(rhk[1]["kategori_tambahan"], "Community Involvement")
			self.assertTrue(frappe.db.get_value("Rencana Hasil Kerja", rhk[0]["name"], "skp") == skp)
		frappe.set_user(self.s.user[self.s.staf2])  # a peer may not read the SKP
		self.assertRaises(frappe.PermissionError, api_skp.rhk_skp, skp)
		frappe.set_user(self.s.user[self.s.staf1])
		self.assertRaises(frappe.DoesNotExistError, api_skp.rhk_skp, "SKP-TIDAK-ADA")
		self.assertRaises(frappe.ValidationError, api_skp.rhk_skp, ["daftar"])

	def test_new_skp_shows_the_names_of_its_default_assessors(self):
		skp = frappe.get_doc("SKP", make_skp(self.s.staf2, make_periode(2042)))
		self.assertEqual(skp.pejabat_penilai, self.s.admin)
		self.assertEqual(skp.nama_pejabat_penilai, "Administrator SKP")
		self.assertEqual(skp.atasan_pejabat_penilai, self.s.jpt)
		self.assertEqual(skp.nama_atasan_pejabat_penilai, "JPT SKP")
		self.assertEqual(skp.nama_penyetuju, "Administrator SKP")
		# an assessor chosen on the form gets the name Frappe fetches with the link
		skp.pejabat_penilai = self.s.jpt
		skp.atasan_pejabat_penilai = self.s.pimpinan
		skp.save()
		self.assertEqual(
			(skp.nama_pejabat_penilai, skp.nama_atasan_pejabat_penilai), ("JPT SKP", "Pimpinan SKP")
		)
