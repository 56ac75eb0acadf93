"""SQL-count bounds of the paths that run most often at ministry scale (issue: fast at ministry
scale). Each is measured at two sizes of the agency: the count must stay under its bound and must
not grow with the number of employees."""

from unittest.mock import patch

import frappe

from kinerja_asn.api import realisasi as api
from kinerja_asn.tests.pelaksanaan import PelaksanaanTestCase

# Bounds (SQL statements) asserted below.
MAKS_SQL_VERIFIKASI = 47  # goal 25: what remains is mostly Frappe (workflow actions, notification, comment)


def hitung_sql(fn, *args, **kwargs) -> int:
	with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
		fn(*args, **kwargs)
	if frappe.conf.get("kinerja_cetak_sql"):
		for c in sql.call_args_list:
			print("   ", " ".join(str(c.args[0]).split())[:160])
	return sql.call_count


def tambah_pegawai(jumlah: int, atasan: str, awalan: str) -> None:
	"""Grow the agency by `jumlah` employees under `atasan`, written directly (not what is measured)."""
	company = frappe.db.get_value("Employee", atasan, "company")
	departemen = frappe.db.get_value("Employee", atasan, "department")
	now = frappe.utils.now()
	frappe.db.bulk_insert(
		"Employee",
		fields=[
			"name", "first_name", "employee_name", "company", "department", "status", "gender",
			"date_of_birth", "date_of_joining", "reports_to", "creation", "modified", "owner",
			"modified_by", "docstatus",
		],
		values=[
			(
				f"{awalan}-{i:04d}", f"Skala {i}", f"Skala {i}", company, departemen, "Active", "Male",
				"1990-01-01", "2015-01-01", atasan, now, now, "Administrator", "Administrator", 0,
			)
			for i in range(jumlah)
		],
	)  # fmt: skip


class TestSkalaVerifikasi(PelaksanaanTestCase):
	PREFIX = "Skala Verifikasi"

	def verifikasi(self, sub_periode) -> int:
		doc = self.check_in(
			sub_periode, {"Jumlah laporan layanan": 1, "Indeks kepuasan layanan": 80, "Waktu penyelesaian": 5}
		)
		self.as_user(self.s.admin)
		frappe.clear_document_cache("Realisasi Kinerja", doc["name"])
		return hitung_sql(api.verifikasi_realisasi, doc["name"], "Diverifikasi")

	def test_verification_sql_count_is_bounded_and_does_not_grow(self):
		from kinerja_asn.tests.utils import make_sub_periode

		self.verifikasi(make_sub_periode(self.periode, "Bulanan", 2))  # caches warm, as on a live site
		kecil = self.verifikasi(self.maret)
		frappe.set_user("Administrator")
		tambah_pegawai(300, self.s.admin, "SKALA-VER")
		besar = self.verifikasi(self.april)
		print(f"\nverifikasi: {kecil} SQL, {besar} SQL after 300 more employees")
		self.assertLessEqual(kecil, MAKS_SQL_VERIFIKASI)
		self.assertEqual(besar, kecil)
