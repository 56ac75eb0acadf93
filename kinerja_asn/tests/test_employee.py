import frappe
from frappe.tests.utils import FrappeTestCase

from kinerja_asn.tests.utils import make_employee, make_nip


class TestEmployeeASN(FrappeTestCase):
	def test_valid_nip_is_saved_without_spaces(self):
		nip = make_nip(1988, 11)
		spaced = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
		name = make_employee("Nip Valid", nip=spaced, status_asn="PNS")
		self.assertEqual(frappe.db.get_value("Employee", name, "nip"), nip)

	def test_invalid_nip_is_rejected(self):
		for nip in ("12345", "19880115201303A011", "19881315201303101l", "198801152013033011"):
			with self.subTest(nip=nip):
				self.assertRaises(frappe.ValidationError, make_employee, f"Nip Salah {nip}", nip=nip)

	def test_duplicate_nip_is_rejected(self):
		nip = make_nip(1987, 12)
		make_employee("Pemilik Nip", nip=nip)
		self.assertRaises(frappe.ValidationError, make_employee, "Peminjam Nip", nip=nip)

	def test_employees_without_nip_coexist(self):
		first = make_employee("Tanpa Nip Satu")
		second = make_employee("Tanpa Nip Dua")
		self.assertIsNone(frappe.db.get_value("Employee", first, "nip"))
		self.assertIsNone(frappe.db.get_value("Employee", second, "nip"))

	def test_functional_fields_cleared_for_other_positions(self):
		name = make_employee(
			"Bukan Fungsional", jenis_jabatan="Pelaksana", jenjang_jabatan_fungsional="Ahli Pertama"
		)
		self.assertIsNone(frappe.db.get_value("Employee", name, "jenjang_jabatan_fungsional"))

	def test_jenjang_must_match_the_position_category(self):
		if not frappe.db.exists("Jabatan Fungsional", "Pranata Komputer Ahli"):
			frappe.get_doc(
				{
					"doctype": "Jabatan Fungsional",
					"nama_jabatan": "Pranata Komputer Ahli",
					"kategori": "Keahlian",
				}
			).insert()
		self.assertRaises(
			frappe.ValidationError,
			make_employee,
			"Fungsional Salah Jenjang",
			jenis_jabatan="Fungsional",
			jabatan_fungsional="Pranata Komputer Ahli",
			jenjang_jabatan_fungsional="Mahir",
		)
		name = make_employee(
			"Fungsional Benar",
			jenis_jabatan="Fungsional",
			jabatan_fungsional="Pranata Komputer Ahli",
			jenjang_jabatan_fungsional="Ahli Muda",
		)
		self.assertEqual(frappe.db.get_value("Employee", name, "jenjang_jabatan_fungsional"), "Ahli Muda")
