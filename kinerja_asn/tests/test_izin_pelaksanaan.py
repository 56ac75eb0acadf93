"""Row-level access to check-ins, evidence, feedback and initiatives, and the guards of the
endpoints in kinerja_asn.api.realisasi, each checked as the real user."""

import frappe
from frappe.model.workflow import WorkflowTransitionError, apply_workflow

from kinerja_asn.api import realisasi as api
from kinerja_asn.tests.pelaksanaan import PDF, PelaksanaanTestCase
from kinerja_asn.tests.utils import make_user

MARET = {"Jumlah laporan layanan": 2, "Indeks kepuasan layanan": 75, "Waktu penyelesaian": 5}


class TestIzinPelaksanaan(PelaksanaanTestCase):
	PREFIX = "Izin Laksana"

	def setUp(self):
		super().setUp()
		self.doc = self.check_in(self.maret, MARET, ajukan=False)
		self.bukti = self.unggah("laporan.pdf", PDF)
		self.doc = api.ajukan_realisasi(self.doc["name"])
		frappe.set_user("Administrator")

	def test_peer_can_neither_see_nor_verify_a_check_in(self):
		self.as_user(self.s.staf2)
		self.assertNotIn(self.doc["name"], frappe.get_list("Realisasi Kinerja", pluck="name"))
		self.assertFalse(frappe.has_permission("Realisasi Kinerja", "read", self.doc["name"]))
		self.assertNotIn(self.bukti["name"], frappe.get_list("Bukti Dukung", pluck="name"))
		self.assertFalse(frappe.has_permission("Bukti Dukung", "read", self.bukti["name"]))
		self.assertRaises(frappe.PermissionError, api.ambil_realisasi, self.skp, self.maret)
		self.assertRaises(frappe.PermissionError, api.verifikasi_realisasi, self.doc["name"], "Diverifikasi")
		self.assertRaises(frappe.PermissionError, api.verifikasi_bukti, self.bukti["name"], "Diterima")
		self.assertRaises(
			(WorkflowTransitionError, frappe.PermissionError),
			apply_workflow,
			frappe.get_doc("Realisasi Kinerja", self.doc["name"]),
			"Verifikasi",
		)
		self.assertEqual(frappe.db.get_value("Realisasi Kinerja", self.doc["name"], "status"), "Diajukan")

	def test_endpoints_refuse_who_is_neither_owner_nor_superior(self):
		self.as_user(self.s.staf2)
		nama = self.doc["name"]
		baris = self.baris(self.doc)["Jumlah laporan layanan"]
		for panggil in (
			lambda: api.simpan_realisasi(nama, [{"name": baris, "realisasi": 100}]),
			lambda: api.ajukan_realisasi(nama),
			lambda: api.simpan_catatan_revisi(nama, "bukan penilai"),
			lambda: self.unggah("susupan.pdf", PDF),
			lambda: api.hapus_bukti(self.bukti["name"]),
		):
			with self.subTest(panggil=panggil):
				self.assertRaises(frappe.PermissionError, panggil)
		self.assertEqual(frappe.db.get_value("Realisasi IKI", baris, "realisasi"), 2)
		self.assertTrue(frappe.db.exists("Bukti Dukung", self.bukti["name"]))

	def test_a_user_without_employee_is_refused(self):
		frappe.set_user(make_user("tamu.laksana@example.com"))
		self.assertRaises(frappe.PermissionError, api.ambil_realisasi, self.skp, self.maret)
		self.assertRaises(
			frappe.PermissionError,
			api.unggah_bukti,
			self.rhk_layanan,
			"",
			self.maret,
			"Tautan",
			"x",
			"https://a.b",
		)
		self.assertRaises(frappe.PermissionError, api.beri_umpan_balik, self.s.staf1, "Apresiasi", "Bagus")

	def test_pejabat_penilai_and_atasan_read_but_do_not_edit(self):
		for atasan in (self.s.admin, self.s.jpt):
			self.as_user(atasan)
			with self.subTest(atasan=atasan):
				self.assertIn(self.doc["name"], frappe.get_list("Realisasi Kinerja", pluck="name"))
				self.assertIn(self.bukti["name"], frappe.get_list("Bukti Dukung", pluck="name"))
				self.assertEqual(api.ambil_realisasi(self.skp, self.maret)["name"], self.doc["name"])
				self.assertFalse(frappe.has_permission("Bukti Dukung", "write", self.bukti["name"]))
				self.assertRaises(
					frappe.PermissionError,
					api.simpan_realisasi,
					self.doc["name"],
					[{"name": self.baris(self.doc)["Jumlah laporan layanan"], "realisasi": 1}],
				)
		# the Atasan Pejabat Penilai reads but does not verify
		self.as_user(self.s.jpt)
		self.assertRaises(frappe.PermissionError, api.verifikasi_realisasi, self.doc["name"], "Diverifikasi")

	def test_superior_reads_without_creating(self):
		self.as_user(self.s.admin)
		self.assertRaises(frappe.DoesNotExistError, api.ambil_realisasi, self.skp, self.april)
		self.assertFalse(frappe.db.exists("Realisasi Kinerja", {"skp": self.skp, "sub_periode": self.april}))

	def test_hr_sees_everything(self):
		frappe.set_user(self.s.hr)
		self.assertIn(self.doc["name"], frappe.get_list("Realisasi Kinerja", pluck="name"))
		self.assertIn(self.bukti["name"], frappe.get_list("Bukti Dukung", pluck="name"))
		self.assertEqual(api.ambil_realisasi(self.skp, self.maret)["name"], self.doc["name"])

	def test_feedback_from_the_session_employee_seen_by_recipient_and_superiors_only(self):
		self.as_user(self.s.admin)
		nama = api.beri_umpan_balik(
			self.s.staf1, "Apresiasi", "Laporan Maret rapi", skp=self.skp, rhk=self.rhk_layanan
		)
		self.assertEqual(frappe.db.get_value("Umpan Balik Kinerja", nama, "dari"), self.s.admin)
		self.assertTrue(
			frappe.db.exists(
				"Notification Log", {"document_name": nama, "for_user": self.s.user[self.s.staf1]}
			)
		)
		# a client-sent giver is ignored
		doc = frappe.get_doc(
			{
				"doctype": "Umpan Balik Kinerja",
				"dari": self.s.staf2,
				"kepada": self.s.staf1,
				"jenis": "Coaching",
				"isi": "x",
			}
		).insert()
		self.assertEqual(doc.dari, self.s.admin)
		for pegawai, lihat in (
			(self.s.staf1, True),
			(self.s.admin, True),
			(self.s.jpt, True),
			(self.s.staf2, False),
		):
			self.as_user(pegawai)
			with self.subTest(pegawai=pegawai):
				self.assertEqual(nama in frappe.get_list("Umpan Balik Kinerja", pluck="name"), lihat)
				self.assertEqual(frappe.has_permission("Umpan Balik Kinerja", "read", nama), lihat)
		self.as_user(self.s.staf1)
		self.assertFalse(frappe.has_permission("Umpan Balik Kinerja", "write", nama))

	def test_feedback_context_must_be_the_recipient_s(self):
		self.as_user(self.s.admin)
		self.assertRaises(
			frappe.ValidationError, api.beri_umpan_balik, self.s.staf2, "Perbaikan", "x", skp=self.skp
		)
		self.assertRaises(
			frappe.ValidationError, api.beri_umpan_balik, self.s.admin, "Apresiasi", "diri sendiri"
		)

	def test_rencana_aksi_owner_edits_superiors_read(self):
		self.as_user(self.s.staf1)
		aksi = frappe.get_doc(
			{
				"doctype": "Rencana Aksi",
				"rhk": self.rhk_layanan,
				"sub_periode": self.maret,
				"aksi": "Susun laporan",
			}
		).insert()
		self.assertEqual((aksi.employee, aksi.skp), (self.s.staf1, self.skp))
		aksi.status = "Berjalan"
		aksi.save()
		self.assertRaises(
			frappe.ValidationError,
			frappe.get_doc(
				{"doctype": "Rencana Aksi", "rhk": self.rhk_layanan, "sub_periode": self.periode, "aksi": "x"}
			).insert,
		)
		self.as_user(self.s.admin)
		self.assertIn(aksi.name, frappe.get_list("Rencana Aksi", pluck="name"))
		self.assertFalse(frappe.has_permission("Rencana Aksi", "write", aksi.name))
		self.as_user(self.s.staf2)
		self.assertNotIn(aksi.name, frappe.get_list("Rencana Aksi", pluck="name"))
		self.assertRaises(
			frappe.PermissionError,
			frappe.get_doc(
				{"doctype": "Rencana Aksi", "rhk": self.rhk_layanan, "sub_periode": self.maret, "aksi": "x"}
			).insert,
		)
