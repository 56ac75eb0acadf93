"""Time of the bulk SKP creation (HR's "Buat SKP Massal") for a unit of N generated employees.

Runs inside a bench against a site, and rolls everything back at the end:
    cd BENCH/sites && ../env/bin/python ../apps/kinerja_asn/benchmarks/bulk_skp.py --site SITE --pegawai 1000
"""

from __future__ import annotations

import argparse
import time


def main() -> None:
	parser = argparse.ArgumentParser(description=__doc__)
	parser.add_argument("--site", required=True)
	parser.add_argument("--pegawai", type=int, default=1000)
	parser.add_argument("--tahun", type=int, default=2090, help="a year no real period uses")
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	frappe.set_user("Administrator")
	try:
		run(args.pegawai, args.tahun)
	finally:
		frappe.db.rollback()
		frappe.destroy()


def run(jumlah: int, tahun: int) -> None:
	import frappe

	from kinerja_asn.services.skp import buat_skp_massal

	company = frappe.get_all("Company", pluck="name", limit=1)[0]
	unit = frappe.get_doc(
		{
			"doctype": "Department",
			"department_name": f"Unit Benchmark {tahun}",
			"company": company,
			"parent_department": "All Departments",
			"is_group": 1,
		}
	).insert(ignore_permissions=True)
	t0 = time.perf_counter()
	# Set-up writes the employees directly: per-document inserts of Employee are slow and are not
	# what is measured here.
	now = frappe.utils.now()
	nama = [f"BENCH-{tahun}-{i:05d}" for i in range(jumlah)]
	rows = []
	for i, name in enumerate(nama):
		# employee 0 leads the unit; every tenth employee leads the nine after it
		if i == 0:
			reports_to = None
		elif i % 10 == 1:
			reports_to = nama[0]
		else:
			reports_to = nama[i - (i - 1) % 10]
		rows.append(
			(
				name, f"Bench {i}", f"Bench {i}", company, unit.name, "Active", "Male", "1990-01-01",
				"2015-01-01", reports_to, now, now, "Administrator", "Administrator", 0,
			)
		)  # fmt: skip
	frappe.db.bulk_insert(
		"Employee",
		fields=[
			"name", "first_name", "employee_name", "company", "department", "status", "gender",
			"date_of_birth", "date_of_joining", "reports_to", "creation", "modified", "owner",
			"modified_by", "docstatus",
		],
		values=rows,
	)  # fmt: skip
	from frappe.utils.nestedset import rebuild_tree

	rebuild_tree("Employee")
	t_emp = time.perf_counter() - t0
	periode = frappe.get_doc(
		{"doctype": "Periode Kinerja", "jenis": "Tahunan", "tahun": tahun, "company": company}
	).insert(ignore_permissions=True)

	from unittest.mock import patch

	t1 = time.perf_counter()
	with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
		dibuat = buat_skp_massal(periode.name, unit.name)
	t_skp = time.perf_counter() - t1
	t2 = time.perf_counter()
	kedua = buat_skp_massal(periode.name, unit.name)
	t_rerun = time.perf_counter() - t2

	print(f"pegawai dibuat          : {jumlah} in {t_emp:.1f} s (set-up, not measured)")
	print(
		f"SKP massal              : {len(dibuat)} SKP in {t_skp:.2f} s ({1000 * t_skp / max(1, len(dibuat)):.1f} ms/SKP)"
	)
	print(f"SQL                     : {sql.call_count} ({sql.call_count / max(1, len(dibuat)):.1f} per SKP)")
	print(f"SKP massal, dijalankan lagi: {len(kedua)} SKP in {t_rerun:.2f} s")


if __name__ == "__main__":
	main()
