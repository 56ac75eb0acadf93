"""Time of the bulk start of assessments (HR's "Buat Penilaian Massal") for N employees of a site
whose employees have approved SKP (the demo), and rolls everything back at the end:
    cd BENCH/sites && ../env/bin/python ../apps/kinerja_asn/benchmarks/penilaian_massal.py --site SITE --pegawai 1000

By default the period is the year with the most approved SKP not yet assessed, so the drafts are
new; --periode names another (a month of a year, for instance). The plan covers the whole
agency; the start writes the drafts of the first N SKP of the plan, as the background job would.
"""

from __future__ import annotations

import argparse
import time


def main() -> None:
	parser = argparse.ArgumentParser(description=__doc__)
	parser.add_argument("--site", required=True)
	parser.add_argument("--pegawai", type=int, default=1000)
	parser.add_argument("--periode", help="a Periode Kinerja (default: see above)")
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	try:
		run(args.pegawai, args.periode)
	finally:
		frappe.db.rollback()
		frappe.destroy()


def pilih_periode() -> str:
	"""The year with the most approved SKP that have no assessment of that year yet."""
	import frappe

	return frappe.db.sql(
		"""select s.periode_kinerja from `tabSKP` s where s.docstatus = 1
		and s.status in ('Disetujui', 'Ditutup') and not exists (select 1 from `tabPenilaian Kinerja` k
			where k.skp = s.name and k.periode = s.periode_kinerja and k.docstatus < 2)
		group by s.periode_kinerja order by count(*) desc limit 1"""
	)[0][0]


def run(jumlah: int, periode: str | None) -> None:
	from unittest.mock import patch

	import frappe

	from kinerja_asn.domain.musim_penilaian import RencanaPenilaianMassal
	from kinerja_asn.services import penilaian_massal as layanan

	hr = frappe.db.sql(
		"""select u.name from `tabUser` u join `tabHas Role` r on r.parent = u.name
		where r.role = 'Pengelola Kinerja' and u.enabled = 1 and u.name != 'Administrator' limit 1"""
	)
	frappe.set_user(hr[0][0] if hr else "Administrator")
	periode = periode or pilih_periode()

	t0 = time.perf_counter()
	rencana = layanan.rencanakan_penilaian_massal(periode)
	t_rencana = time.perf_counter() - t0
	semua = len(rencana.baru)
	rencana.rencana = RencanaPenilaianMassal(rencana.baru[:jumlah], rencana.rencana.dilewati)

	t1 = time.perf_counter()
	with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
		dibuat = layanan._buat(rencana)
	t_buat = time.perf_counter() - t1

	t2 = time.perf_counter()
	kedua = layanan.rencanakan_penilaian_massal(periode)
	ulang = layanan._buat(layanan.RencanaMassal(kedua.periode, RencanaPenilaianMassal(rencana.baru, {})))
	t_ulang = time.perf_counter() - t2

	print(f"site / user / periode   : {frappe.local.site} / {frappe.session.user} / {periode}")
	print(
		f"rencana (whole agency)  : {semua} to create, {rencana.rencana.jumlah_dilewati} skipped, in {t_rencana:.2f} s"
	)
	print(
		f"penilaian massal        : {len(dibuat)} drafts in {t_buat:.2f} s ({1000 * t_buat / max(1, len(dibuat)):.1f} ms each)"
	)
	print(
		f"SQL                     : {sql.call_count} ({sql.call_count / max(1, len(dibuat)):.1f} per draft)"
	)
	print(f"rerun (plan + write)    : {len(ulang)} new in {t_ulang:.2f} s")


if __name__ == "__main__":
	main()
