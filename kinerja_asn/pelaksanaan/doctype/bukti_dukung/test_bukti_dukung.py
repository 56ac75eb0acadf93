# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import os

import frappe

from kinerja_asn.api import realisasi as api
from kinerja_asn.tests.pelaksanaan import PDF, PelaksanaanTestCase, pengaturan


def _jejak() -> tuple[int, int, int]:
	"""What an upload can leave behind: File rows, Bukti Dukung rows, files in private/files."""
	folder = frappe.get_site_path("private", "files")
	return (
		frappe.db.count("File"),
		frappe.db.count("Bukti Dukung"),
		len(os.listdir(folder)) if os.path.isdir(folder) else 0,
	)


class TestBuktiDukung(PelaksanaanTestCase):
	PREFIX = "Bukti"

	def test_file_is_private_and_attached_to_the_evidence(self):
		self.as_user(self.s.staf1)
		bukti = self.unggah("laporan.pdf", PDF)
		self.assertEqual(
			(bukti["employee"], bukti["skp"], bukti["status_verifikasi"]),
			(self.s.staf1, self.skp, "Diajukan"),
		)
		berkas = frappe.get_all(
			"File",
			filters={"attached_to_doctype": "Bukti Dukung", "attached_to_name": bukti["name"]},
			fields=["name", "is_private", "file_url", "attached_to_field"],
		)
		self.assertEqual(len(berkas), 1)
		self.assertEqual((berkas[0].is_private, berkas[0].attached_to_field), (1, "berkas"))
		self.assertTrue(berkas[0].file_url.startswith("/private/files/"))
		self.assertEqual(frappe.db.get_value("Bukti Dukung", bukti["name"], "berkas"), berkas[0].file_url)
		# the owner and the pejabat penilai may open it, a peer may not
		file_doc = frappe.get_doc("File", berkas[0].name)
		self.assertTrue(file_doc.is_downloadable())
		self.as_user(self.s.admin)
		self.assertTrue(frappe.get_doc("File", berkas[0].name).is_downloadable())
		self.as_user(self.s.staf2)
		self.assertFalse(frappe.get_doc("File", berkas[0].name).is_downloadable())

	def test_forbidden_type_is_refused_and_nothing_is_stored(self):
		self.as_user(self.s.staf1)
		sebelum = _jejak()
		for nama in ("skrip.exe", "laporan.pdf.exe", "tanpa-ekstensi"):
			with self.subTest(nama=nama):
				self.assertRaises(frappe.ValidationError, self.unggah, nama, b"MZ\x90\x00 isi")
				self.assertEqual(_jejak(), sebelum)

	def test_file_over_the_limit_is_refused_and_nothing_is_stored(self):
		self.as_user(self.s.staf1)
		sebelum = _jejak()
		with pengaturan(ukuran_berkas_maks_mb=1):
			self.assertRaises(
				frappe.ValidationError, self.unggah, "besar.pdf", PDF + b"0" * (1024 * 1024 + 1)
			)
			self.assertEqual(_jejak(), sebelum)
			self.unggah("kecil.pdf", PDF)  # under the limit it goes through
		self.assertEqual(_jejak()[1], sebelum[1] + 1)

	def test_allowed_types_follow_the_settings(self):
		self.as_user(self.s.staf1)
		with pengaturan(jenis_berkas_diizinkan="png"):
			self.assertRaises(frappe.ValidationError, self.unggah, "laporan.pdf", PDF)
			self.unggah("foto.png", b"\x89PNG\r\n\x1a\n isi", jenis="Foto")

	def test_a_link_needs_a_web_address(self):
		self.as_user(self.s.staf1)
		sebelum = frappe.db.count("Bukti Dukung")
		self.assertRaises(
			frappe.ValidationError,
			api.unggah_bukti,
			self.rhk_layanan,
			self.iki["Jumlah laporan layanan"],
			self.maret,
			"Tautan",
			"Dasbor",
			"javascript:alert(1)",
		)
		self.assertEqual(frappe.db.count("Bukti Dukung"), sebelum)
		bukti = api.unggah_bukti(
			self.rhk_layanan, "", self.maret, "Tautan", "Dasbor layanan", "https://dasbor.example.go.id/maret"
		)
		self.assertEqual(bukti["tautan"], "https://dasbor.example.go.id/maret")
		self.assertIsNone(bukti["berkas"])

	def test_evidence_must_belong_to_the_employee_skp(self):
		self.as_user(self.s.staf1)
		sebelum = frappe.db.count("Bukti Dukung")
		# an IKI of another RHK, and the year instead of one of its months
		self.assertRaises(
			frappe.ValidationError, self.unggah, "a.pdf", PDF, iki=self.iki["Waktu penyelesaian"]
		)
		self.assertRaises(frappe.ValidationError, self.unggah, "a.pdf", PDF, sub_periode=self.periode)
		self.assertEqual(frappe.db.count("Bukti Dukung"), sebelum)

	def test_rejection_needs_a_reason_and_tells_the_owner(self):
		self.as_user(self.s.staf1)
		bukti = self.unggah("laporan.pdf", PDF)
		self.as_user(self.s.admin)
		self.assertRaises(frappe.ValidationError, api.verifikasi_bukti, bukti["name"], "Ditolak")
		hasil = api.verifikasi_bukti(bukti["name"], "Ditolak", "Dokumen tidak terbaca")
		self.assertEqual(
			(hasil["status_verifikasi"], hasil["alasan_penolakan"], hasil["diverifikasi_oleh"]),
			("Ditolak", "Dokumen tidak terbaca", self.s.admin),
		)
		self.assertTrue(
			frappe.db.exists(
				"Notification Log", {"document_name": bukti["name"], "for_user": self.s.user[self.s.staf1]}
			)
		)
		# judged evidence stays: its owner can neither delete nor change it
		self.as_user(self.s.staf1)
		self.assertRaises(frappe.ValidationError, api.hapus_bukti, bukti["name"])
		doc = frappe.get_doc("Bukti Dukung", bukti["name"])
		doc.status_verifikasi = "Diterima"
		self.assertRaises((frappe.ValidationError, frappe.PermissionError), doc.save)

	def test_rejection_notice_can_be_switched_off(self):
		self.as_user(self.s.staf1)
		bukti = self.unggah("laporan.pdf", PDF)
		self.as_user(self.s.admin)
		with pengaturan(pengingat_bukti_ditolak_aktif=0):
			api.verifikasi_bukti(bukti["name"], "Ditolak", "Salah berkas")
		self.assertFalse(frappe.db.exists("Notification Log", {"document_name": bukti["name"]}))

	def test_owner_deletes_open_evidence_with_its_file(self):
		self.as_user(self.s.staf1)
		bukti = self.unggah("laporan.pdf", PDF)
		api.hapus_bukti(bukti["name"])
		self.assertFalse(frappe.db.exists("Bukti Dukung", bukti["name"]))
		self.assertFalse(
			frappe.db.exists(
				"File", {"attached_to_doctype": "Bukti Dukung", "attached_to_name": bukti["name"]}
			)
		)

	def test_owner_cannot_set_the_verdict(self):
		self.as_user(self.s.staf1)
		bukti = self.unggah("laporan.pdf", PDF)
		doc = frappe.get_doc("Bukti Dukung", bukti["name"])
		doc.status_verifikasi = "Diterima"
		doc.keterangan = "Laporan bulanan Maret"
		doc.save()
		self.assertEqual(
			frappe.db.get_value("Bukti Dukung", bukti["name"], ["status_verifikasi", "keterangan"]),
			("Diajukan", "Laporan bulanan Maret"),
		)
