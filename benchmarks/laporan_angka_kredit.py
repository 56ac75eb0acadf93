"""Queries and time of the report Akumulasi Angka Kredit on a site (the demo at two sizes shows the
query count stays the same whatever the number of officials):
    cd BENCH/sites && ../env/bin/python ../apps/kinerja_asn/benchmarks/laporan_angka_kredit.py --site SITE
"""

from __future__ import annotations

import argparse
import time
from unittest.mock import patch


def main() -> None:
	parser = argparse.ArgumentParser(description=__doc__)
	parser.add_argument("--site", required=True)
	parser.add_argument("--ulang", type=int, default=5)
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	frappe.set_user("Administrator")
	try:
		from kinerja_asn.angka_kredit.report.akumulasi_angka_kredit import akumulasi_angka_kredit as laporan

		laporan.execute({})  # warm the caches
		with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
			_kolom, rows, *_ = laporan.execute({})
		waktu = []
		for _ in range(args.ulang):
			mulai = time.perf_counter()
			laporan.execute({})
			waktu.append(time.perf_counter() - mulai)
		pegawai = frappe.db.count("Employee", {"status": "Active"})
		entri = frappe.db.count("Entri Angka Kredit", {"dibatalkan": 0})
		print(
			f"{args.site}: {pegawai} employees, {len(rows)} functional officials, {entri} ledger entries: "
			f"{sql.call_count} SQL, best {min(waktu) * 1000:.0f} ms, median {sorted(waktu)[len(waktu) // 2] * 1000:.0f} ms"
		)
	finally:
		frappe.db.rollback()
		frappe.destroy()


if __name__ == "__main__":
	main()
