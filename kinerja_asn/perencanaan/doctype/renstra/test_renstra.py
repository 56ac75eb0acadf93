# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe

from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	get_company,
	make_department,
	make_employee_user,
	make_indikator,
	make_renstra,
	make_sasaran,
	make_user,
)

test_ignore = ["Company", "Department", "Employee", "UOM", "Designation"]


def renstra_baru(unit: str, tahun_mulai: int, **fields):
	return frappe.get_doc(
		{
			"doctype": "Renstra",
			"company": get_company(),
			"unit": unit,
			"tahun_mulai": tahun_mulai,
			**fields,
		}
	)


class TestRenstra(KinerjaTestCase):
	def setUp(self):
		super().setUp()

	def test_five_years_from_the_first_year(self):
		unit = make_department("Biro Renstra Lima Tahun")
		doc = renstra_baru(unit, 2025, misi=[{"uraian": "Misi satu"}, {"uraian": "Misi dua"}]).insert()
		self.assertEqual(doc.tahun_selesai, 2029)
		self.assertEqual(doc.versi, 1)
		self.assertEqual(doc.status, "Draft")
		self.assertIn("2025-2029", doc.judul)
		self.assertEqual([m.urutan for m in doc.misi], [1, 2])
		doc.submit()
		self.assertEqual(frappe.db.get_value("Renstra", doc.name, "status"), "Aktif")

	def test_wrong_year_span_is_rejected(self):
		unit = make_department("Biro Renstra Salah Tahun")
		for selesai in (2028, 2030, 2020):
			doc = renstra_baru(unit, 2025, tahun_selesai=selesai)
			self.assertRaises(frappe.ValidationError, doc.insert)
		self.assertFalse(frappe.db.exists("Renstra", {"unit": unit}))

	def test_public_source_document_is_rejected(self):
		unit = make_department("Biro Renstra Dokumen")
		publik = frappe.get_doc(
			{"doctype": "File", "file_name": "renstra-publik.pdf", "content": b"%PDF-1.4", "is_private": 0}
		).insert()
		doc = renstra_baru(unit, 2025, dokumen_sumber=publik.file_url)
		self.assertRaises(frappe.ValidationError, doc.insert)
		privat = frappe.get_doc(
			{"doctype": "File", "file_name": "renstra-privat.pdf", "content": b"%PDF-1.4", "is_private": 1}
		).insert()
		doc.dokumen_sumber = privat.file_url
		doc.insert()
		self.assertTrue(
			frappe.db.exists(
				"File", {"file_url": privat.file_url, "attached_to_name": doc.name, "is_private": 1}
			)
		)

	def test_second_active_renstra_with_overlapping_years_is_rejected(self):
		unit = make_department("Biro Renstra Ganda")
		make_renstra(unit, 2025)
		overlapping = renstra_baru(unit, 2027).insert()
		self.assertRaises(frappe.ValidationError, overlapping.submit)
		after = renstra_baru(unit, 2030).insert()
		after.submit()
		self.assertEqual(after.status, "Aktif")
		other_unit = renstra_baru(make_department("Biro Renstra Lain"), 2025).insert()
		other_unit.submit()

	def test_revision_supersedes_and_keeps_history(self):
		unit = make_department("Biro Renstra Revisi")
		asli = make_renstra(unit, 2025)
		tujuan = make_sasaran(asli, "T1")
		ss = make_sasaran(asli, "SS1", tujuan)
		iku = make_indikator(ss, "IKU", {2025: 80, 2026: (82, 85)})
		make_indikator(ss, "IKU", {2025: 10}, induk=iku, kode="IKU-TURUNAN")

		nama_revisi = frappe.get_doc("Renstra", asli).buat_revisi("Perubahan struktur organisasi")
		revisi = frappe.get_doc("Renstra", nama_revisi)
		self.assertEqual(revisi.docstatus, 0)
		self.assertEqual(revisi.versi, 2)
		self.assertEqual(revisi.renstra_sebelumnya, asli)
		self.assertEqual(revisi.alasan_revisi, "Perubahan struktur organisasi")
		self.assertEqual(len(revisi.misi), 1)
		self.assertEqual(
			frappe.get_doc("Renstra", asli).buat_revisi(), nama_revisi, "one draft revision at a time"
		)

		salinan = frappe.get_all(
			"Sasaran Strategis",
			filters={"renstra": nama_revisi},
			fields=["name", "kode", "parent_sasaran_strategis"],
		)
		self.assertEqual({s.kode for s in salinan}, {"T1", "SS1"})
		ss_baru = next(s for s in salinan if s.kode == "SS1")
		self.assertNotEqual(ss_baru.name, ss)
		self.assertEqual(ss_baru.parent_sasaran_strategis, next(s.name for s in salinan if s.kode == "T1"))
		indikator_baru = frappe.get_all(
			"Indikator Kinerja",
			filters={"sasaran": ss_baru.name},
			fields=["name", "kode", "indikator_induk", "renstra"],
		)
		self.assertEqual(len(indikator_baru), 2)
		self.assertTrue(all(i.renstra == nama_revisi for i in indikator_baru))
		turunan = next(i for i in indikator_baru if i.kode == "IKU-TURUNAN")
		induk_baru = next(i for i in indikator_baru if i.kode != "IKU-TURUNAN")
		self.assertEqual(turunan.indikator_induk, induk_baru.name, "the copy cascades from the copied IKU")
		self.assertEqual(frappe.get_doc("Indikator Kinerja", induk_baru.name).target_tahun(2026), (82, 85))

		revisi.submit()
		lama = frappe.get_doc("Renstra", asli)
		self.assertEqual(lama.digantikan_oleh, nama_revisi)
		self.assertEqual(lama.status, "Digantikan")
		self.assertEqual(lama.docstatus, 1, "the old version is kept, not cancelled or deleted")
		self.assertTrue(frappe.db.exists("Sasaran Strategis", ss))
		self.assertRaises(frappe.ValidationError, lama.buat_revisi)
		self.assertRaises(frappe.ValidationError, lama.cancel)

		sasaran_lama = frappe.get_doc("Sasaran Strategis", ss)
		sasaran_lama.uraian = "Diubah setelah digantikan"
		self.assertRaises(frappe.ValidationError, sasaran_lama.save)

		revisi.reload()
		revisi.cancel()
		lama.reload()
		self.assertEqual(lama.status, "Aktif")
		self.assertFalse(lama.digantikan_oleh)

	def test_revision_without_copying_the_tree(self):
		unit = make_department("Biro Renstra Revisi Kosong")
		asli = make_renstra(unit, 2025)
		make_sasaran(asli, "T1")
		revisi = frappe.get_doc("Renstra", asli).buat_revisi(salin_sasaran=False)
		self.assertFalse(frappe.db.exists("Sasaran Strategis", {"renstra": revisi}))

	def test_employee_reads_but_cannot_create(self):
		unit = make_department("Biro Renstra Hak Akses")
		nama = make_renstra(unit, 2025)
		frappe.set_user(make_employee_user("pegawai.renstra@example.com"))
		self.assertTrue(frappe.has_permission("Renstra", "read", nama))
		self.assertFalse(frappe.has_permission("Renstra", "create"))
		self.assertRaises(frappe.PermissionError, renstra_baru(unit, 2035).insert)
		self.assertRaises(frappe.PermissionError, frappe.get_doc("Renstra", nama).buat_revisi)

	def test_pengelola_kinerja_creates_submits_and_revises(self):
		unit = make_department("Biro Renstra Pengelola")
		frappe.set_user(make_user("pengelola.renstra@example.com", ("Pengelola Kinerja",)))
		doc = renstra_baru(unit, 2025).insert()
		doc.submit()
		self.assertEqual(doc.status, "Aktif")
		revisi = frappe.get_doc("Renstra", doc.buat_revisi("Koreksi"))
		revisi.submit()
		self.assertEqual(frappe.db.get_value("Renstra", doc.name, "status"), "Digantikan")
		self.assertFalse(frappe.has_permission("Renstra", "delete", doc.name))
