"""Workflows are the admin's: renaming a state or an action and adding a review step in the Workflow
form, as an admin would, must not break the app. An SKP and a check-in go through the changed
workflows end to end, as the real users."""

import frappe
from frappe.model.workflow import apply_workflow

from kinerja_asn.api import realisasi as api
from kinerja_asn.tests.pelaksanaan import PelaksanaanTestCase
from kinerja_asn.tests.utils import make_rhk, make_skp

TINJAU = "Diperiksa Subbagian Kinerja"
MENUNGGU = "Menunggu Pejabat Penilai"


def _pastikan(doctype: str, name: str, field: str):
	if not frappe.db.exists(doctype, name):
		frappe.get_doc({"doctype": doctype, field: name}).insert(ignore_permissions=True)


def ubah_alur(workflow: str, maju: str, akhir: str, kembali: str):
	"""In the Workflow form: rename "Diajukan" and the "Ajukan" action, and send the approver's
	forward action `maju` to a new review state (status Ditinjau) from which HR finishes (`akhir`)
	or returns (`kembali`)."""
	for state in (TINJAU, MENUNGGU):
		_pastikan("Workflow State", state, "workflow_state_name")
	for aksi in ("Kirim", "Teruskan"):
		_pastikan("Workflow Action Master", aksi, "workflow_action_name")
	wf = frappe.get_doc("Workflow", workflow)
	final = next(t.next_state for t in wf.transitions if t.state == "Diajukan" and t.action == maju)
	balik = next(t.next_state for t in wf.transitions if t.state == "Diajukan" and t.action == kembali)
	for s in wf.states:
		if s.state == "Diajukan":
			s.state = MENUNGGU
	for t in wf.transitions:
		if t.state == "Diajukan":
			t.state = MENUNGGU
		if t.next_state == "Diajukan":
			t.next_state = MENUNGGU
		if t.action == "Ajukan":
			t.action = "Kirim"
		if t.state == MENUNGGU and t.action == maju:
			t.action, t.next_state = "Teruskan", TINJAU
	wf.append(
		"states",
		{
			"state": TINJAU,
			"doc_status": "0",
			"allow_edit": "Pengelola Kinerja",
			"update_field": "status",
			"update_value": "Ditinjau",
		},
	)
	for aksi, tujuan in ((akhir, final), (kembali, balik)):
		wf.append(
			"transitions",
			{"state": TINJAU, "action": aksi, "next_state": tujuan, "allowed": "Pengelola Kinerja"},
		)
	wf.save()


class TestAlurDiubahAdmin(PelaksanaanTestCase):
	PREFIX = "Alur Admin"

	def tearDown(self):
		super().tearDown()
		for wf, doctype in (("Alur SKP", "SKP"), ("Alur Realisasi Kinerja", "Realisasi Kinerja")):
			frappe.clear_document_cache("Workflow", wf)
			frappe.clear_cache(doctype=doctype)

	def test_skp_through_a_renamed_state_and_an_added_review_step(self):
		ubah_alur("Alur SKP", "Setujui", "Setujui", "Kembalikan")
		skp = make_skp(self.s.staf2, self.periode)
		make_rhk(skp, "Analisis alur tersusun")

		self.as_user(self.s.staf2)
		apply_workflow(frappe.get_doc("SKP", skp), "Kirim")
		self.assertEqual(
			frappe.db.get_value("SKP", skp, ["workflow_state", "status"]), (MENUNGGU, "Diajukan")
		)

		self.as_user(self.s.hr)  # HR is not the approver: the forward action is not theirs
		self.assertRaises(Exception, apply_workflow, frappe.get_doc("SKP", skp), "Teruskan")

		self.as_user(self.s.admin)
		apply_workflow(frappe.get_doc("SKP", skp), "Teruskan")
		self.assertEqual(
			frappe.db.get_value("SKP", skp, ["workflow_state", "status", "docstatus"]),
			(TINJAU, "Ditinjau", 0),
		)

		self.as_user(self.s.hr)
		apply_workflow(frappe.get_doc("SKP", skp), "Setujui")
		doc = frappe.get_doc("SKP", skp)
		self.assertEqual((doc.docstatus, doc.status), (1, "Disetujui"))
		self.assertEqual(doc.disetujui_oleh, self.s.admin)  # the approver's decision is recorded

	def test_check_in_through_the_changed_workflow_with_the_portal_endpoints(self):
		ubah_alur("Alur Realisasi Kinerja", "Verifikasi", "Verifikasi", "Kembalikan")
		nilai = {"Jumlah laporan layanan": 3, "Indeks kepuasan layanan": 80, "Waktu penyelesaian": 4}
		doc = self.check_in(self.april, nilai)  # Kirim, found by the status its state sets
		self.assertEqual((doc["status"], doc["workflow_state"]), ("Diajukan", MENUNGGU))

		self.as_user(self.s.admin)
		self.assertTrue(api.ambil_realisasi(self.skp, self.april)["dapat_diverifikasi"])
		doc = api.verifikasi_realisasi(doc["name"], "Diverifikasi")  # forward, to the review step
		self.assertEqual((doc["status"], doc["workflow_state"], doc["docstatus"]), ("Ditinjau", TINJAU, 0))

		self.as_user(self.s.hr)
		apply_workflow(frappe.get_doc("Realisasi Kinerja", doc["name"]), "Verifikasi")
		final = frappe.get_doc("Realisasi Kinerja", doc["name"])
		self.assertEqual(
			(final.docstatus, final.status, final.diverifikasi_oleh), (1, "Diverifikasi", self.s.admin)
		)
		realisasi = frappe.db.get_value(
			"Indikator Kinerja Individu", self.iki["Jumlah laporan layanan"], "realisasi"
		)
		self.assertEqual(realisasi, 3)  # written back into the IKI

	def test_check_in_returned_from_the_renamed_waiting_state(self):
		ubah_alur("Alur Realisasi Kinerja", "Verifikasi", "Verifikasi", "Kembalikan")
		doc = self.check_in(self.april, {"Jumlah laporan layanan": 1})
		self.as_user(self.s.admin)
		doc = api.verifikasi_realisasi(doc["name"], "Revisi", "Lengkapi bukti")
		self.assertEqual((doc["status"], doc["docstatus"]), ("Revisi", 0))
		self.as_user(self.s.staf1)
		doc = api.ajukan_realisasi(doc["name"])
		self.assertEqual((doc["status"], doc["workflow_state"]), ("Diajukan", MENUNGGU))
