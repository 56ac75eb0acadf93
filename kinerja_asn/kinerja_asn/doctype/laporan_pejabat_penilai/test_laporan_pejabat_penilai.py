# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""An employee reports a wrong Pejabat Penilai, HR answers; every step as the real user."""

import frappe

from kinerja_asn.api.laporan import laporkan_pejabat_penilai
from kinerja_asn.tests.utils import KinerjaTestCase, make_periode, make_skp, make_struktur, make_user

DOCTYPE = "Laporan Pejabat Penilai"
ENDPOINT = "kinerja_asn.api.laporan.laporkan_pejabat_penilai"


class TestLaporanPejabatPenilai(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("Lapor")
		cls.periode = make_periode(2026)
		cls.skp_staf1 = make_skp(cls.s.staf1, cls.periode)
		cls.skp_staf2 = make_skp(cls.s.staf2, cls.periode)

	def as_employee(self, employee: str):
		frappe.set_user(self.s.user[employee])

	def lapor(self, employee: str, **fields) -> str:
		self.as_employee(employee)
		return laporkan_pejabat_penilai(
			fields.pop("keterangan", "Atasan saya sudah pindah unit sejak Maret."), **fields
		)["name"]

	def test_employee_files_a_report_on_own_skp(self):
		nama = self.lapor(self.s.staf1, skp=self.skp_staf1, pejabat_penilai_seharusnya=self.s.jpt)
		doc = frappe.get_doc(DOCTYPE, nama)
		self.assertEqual(doc.pegawai, self.s.staf1)
		self.assertEqual(doc.status, "Baru")
		self.assertEqual(doc.pejabat_penilai_tercatat, self.s.admin)
		self.assertEqual(doc.nama_pejabat_penilai_tercatat, "Administrator Lapor")
		self.assertEqual(doc.nama_pegawai, "Staf Satu Lapor")

	def test_without_skp_the_superior_on_record_is_reported(self):
		nama = self.lapor(self.s.admin)
		self.assertEqual(frappe.db.get_value(DOCTYPE, nama, "pejabat_penilai_tercatat"), self.s.jpt)

	def test_endpoint_ignores_any_client_sent_employee(self):
		self.as_employee(self.s.staf1)
		hasil = frappe.call(
			ENDPOINT,
			keterangan="Penilai saya keliru",
			pegawai=self.s.staf2,
			employee=self.s.staf2,
		)
		self.assertEqual(frappe.db.get_value(DOCTYPE, hasil["name"], "pegawai"), self.s.staf1)

	def test_desk_form_ignores_a_peer_employee_status_and_answer(self):
		self.as_employee(self.s.staf1)
		doc = frappe.get_doc(
			{
				"doctype": DOCTYPE,
				"pegawai": self.s.staf2,
				"keterangan": "Lewat formulir",
				"status": "Selesai",
				"tanggapan": "Sudah beres",
				"pejabat_penilai_tercatat": self.s.pimpinan,
			}
		).insert()
		self.assertEqual(doc.pegawai, self.s.staf1)
		self.assertEqual(doc.status, "Baru")
		self.assertFalse(doc.tanggapan)
		self.assertEqual(doc.pejabat_penilai_tercatat, self.s.admin)

	def test_skp_must_be_the_reporters_own(self):
		self.assertRaises(frappe.ValidationError, self.lapor, self.s.staf1, skp=self.skp_staf2)
		self.assertRaises(
			frappe.ValidationError, self.lapor, self.s.staf1, pejabat_penilai_seharusnya=self.s.staf1
		)
		self.assertRaises(
			frappe.ValidationError, self.lapor, self.s.staf1, pejabat_penilai_seharusnya=self.s.admin
		)

	def test_a_peer_cannot_see_the_report(self):
		nama = self.lapor(self.s.staf1)
		self.as_employee(self.s.staf1)
		self.assertIn(nama, frappe.get_list(DOCTYPE, pluck="name"))
		self.as_employee(self.s.staf2)
		self.assertNotIn(nama, frappe.get_list(DOCTYPE, pluck="name"))
		self.assertFalse(frappe.has_permission(DOCTYPE, "read", nama))
		self.assertRaises(frappe.PermissionError, frappe.get_doc(DOCTYPE, nama).check_permission, "read")

	def test_reporter_cannot_set_the_status(self):
		nama = self.lapor(self.s.staf1)
		self.as_employee(self.s.staf1)
		doc = frappe.get_doc(DOCTYPE, nama)
		doc.status = "Selesai"
		doc.tanggapan = "Saya tutup sendiri"
		self.assertRaises(frappe.PermissionError, doc.save)
		# not even through code that skips the role check on the employee's behalf
		doc = frappe.get_doc(DOCTYPE, nama)
		doc.status = "Selesai"
		doc.tanggapan = "Saya tutup sendiri"
		self.assertRaises(frappe.PermissionError, doc.save, ignore_permissions=True)
		self.assertEqual(frappe.db.get_value(DOCTYPE, nama, "status"), "Baru")

	def test_hr_answers_and_the_reporter_is_notified(self):
		nama = self.lapor(self.s.staf1, skp=self.skp_staf1, pejabat_penilai_seharusnya=self.s.jpt)
		frappe.set_user(self.s.hr)
		self.assertIn(nama, frappe.get_list(DOCTYPE, pluck="name"))
		doc = frappe.get_doc(DOCTYPE, nama)
		doc.status = "Diproses"
		doc.save()
		self.assertFalse(self.notifikasi(nama))
		doc.status = "Selesai"
		self.assertRaises(frappe.ValidationError, doc.save)  # closing needs an answer
		doc = frappe.get_doc(DOCTYPE, nama)
		doc.status = "Selesai"
		doc.tanggapan = "Pejabat penilai pada SKP Anda sudah kami perbaiki."
		doc.save()
		self.assertEqual(doc.ditanggapi_oleh, self.s.hr)
		self.assertEqual(len(self.notifikasi(nama)), 1)
		# nothing changes in the SKP by itself: HR fixes it separately
		self.assertEqual(frappe.db.get_value("SKP", self.skp_staf1, "pejabat_penilai"), self.s.admin)
		self.as_employee(self.s.staf1)
		dibaca = frappe.get_doc(DOCTYPE, nama)
		dibaca.check_permission("read")
		self.assertEqual(dibaca.status, "Selesai")
		self.assertIn(
			nama, [n.document_name for n in frappe.get_list("Notification Log", fields=["document_name"])]
		)

	def test_employee_keeps_drafting_the_skp(self):
		self.lapor(self.s.staf1, skp=self.skp_staf1)
		self.as_employee(self.s.staf1)
		skp = frappe.get_doc("SKP", self.skp_staf1)
		skp.dukungan_sumber_daya = "Ruang rapat dan data kepegawaian"
		skp.save()
		self.assertEqual(frappe.db.get_value("SKP", self.skp_staf1, "docstatus"), 0)

	def test_hr_may_file_for_an_employee(self):
		frappe.set_user(self.s.hr)
		doc = frappe.get_doc(
			{"doctype": DOCTYPE, "pegawai": self.s.staf2, "keterangan": "Lewat telepon"}
		).insert()
		self.assertEqual(doc.pegawai, self.s.staf2)
		self.assertEqual(doc.pejabat_penilai_tercatat, self.s.admin)

	def test_user_without_employee_cannot_report(self):
		frappe.set_user(make_user("tanpa.pegawai.lapor@example.com"))
		self.assertRaises(frappe.PermissionError, laporkan_pejabat_penilai, "Siapa penilai saya?")

	def notifikasi(self, nama: str) -> list[str]:
		return frappe.get_all(
			"Notification Log",
			filters={"document_type": DOCTYPE, "document_name": nama, "for_user": self.s.user[self.s.staf1]},
			pluck="name",
		)
