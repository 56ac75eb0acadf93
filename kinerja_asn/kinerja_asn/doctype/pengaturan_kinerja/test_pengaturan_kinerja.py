# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.tests.utils import FrappeTestCase

from kinerja_asn.domain.rating import Predikat, Rating, predikat_kinerja
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.tests.utils import make_employee_user, make_user


class TestPengaturanKinerja(FrappeTestCase):
	def tearDown(self):
		frappe.set_user("Administrator")

	def test_installed_settings_reproduce_the_regulation(self):
		pengaturan = get_pengaturan()
		self.assertEqual(len(pengaturan.matriks), 9)
		self.assertEqual(
			predikat_kinerja(Rating.DI_ATAS, Rating.DI_ATAS, pengaturan.matriks), Predikat.SANGAT_BAIK
		)
		self.assertEqual(
			predikat_kinerja(Rating.DI_BAWAH, Rating.DI_BAWAH, pengaturan.matriks), Predikat.SANGAT_KURANG
		)
		self.assertEqual(pengaturan.persentase_ak[Predikat.SANGAT_BAIK], 150)
		self.assertEqual(pengaturan.jke_jam_per_tahun, 1250)
		self.assertEqual(pengaturan.batas_hari_keberatan, 14)
		self.assertEqual(len(pengaturan.aturan_distribusi), 11)

	def test_incomplete_matrix_is_refused_and_nothing_saved(self):
		doc = frappe.get_doc("Pengaturan Kinerja")
		before = len(doc.matriks_predikat)
		doc.matriks_predikat = doc.matriks_predikat[:-1]
		self.assertRaises(frappe.ValidationError, doc.save)
		self.assertEqual(len(frappe.get_doc("Pengaturan Kinerja").matriks_predikat), before)

	def test_weights_must_add_up(self):
		doc = frappe.get_doc("Pengaturan Kinerja")
		doc.bobot_hasil_kerja = 80
		self.assertRaises(frappe.ValidationError, doc.save)

	def test_unknown_predikat_in_distribution_rule_is_refused(self):
		doc = frappe.get_doc("Pengaturan Kinerja")
		doc.aturan_distribusi[0].predikat_pegawai = "Luar Biasa"
		self.assertRaises(frappe.ValidationError, doc.save)

	def test_admin_edit_is_kept_and_can_be_reset(self):
		doc = frappe.get_doc("Pengaturan Kinerja")
		for row in doc.persentase_angka_kredit:
			if row.predikat == "Sangat Baik":
				row.persentase = 140
		doc.save()
		self.assertEqual(get_pengaturan().persentase_ak[Predikat.SANGAT_BAIK], 140)
		doc.kembalikan_bawaan("persentase_angka_kredit")
		self.assertEqual(get_pengaturan().persentase_ak[Predikat.SANGAT_BAIK], 150)

	def test_only_admins_change_settings(self):
		frappe.set_user(make_employee_user("pegawai.pengaturan@example.com"))
		doc = frappe.get_doc("Pengaturan Kinerja")
		doc.batas_hari_keberatan = 30
		self.assertRaises(frappe.PermissionError, doc.save)
		frappe.set_user(make_user("pengelola.pengaturan@example.com", ("Pengelola Kinerja",)))
		self.assertTrue(frappe.has_permission("Pengaturan Kinerja", "read"))
		self.assertFalse(frappe.has_permission("Pengaturan Kinerja", "write"))
		frappe.set_user(make_user("admin.pengaturan@example.com", ("Admin Kinerja",)))
		doc = frappe.get_doc("Pengaturan Kinerja")
		doc.batas_hari_keberatan = 21
		doc.save()
		self.assertEqual(frappe.db.get_single_value("Pengaturan Kinerja", "batas_hari_keberatan"), 21)
