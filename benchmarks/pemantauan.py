"""Queries and time of the monitoring reports and number cards on a site, beside HRMS's Appraisal
Overview (the demo at two sizes shows the query counts stay the same whatever the number of
employees):
    cd BENCH/sites && ../env/bin/python ../apps/kinerja_asn/benchmarks/pemantauan.py --site SITE
"""

from __future__ import annotations

import argparse
import time
from unittest.mock import patch


def ukur(frappe, fn, ulang: int) -> tuple[int, float, float, object]:
	hasil = fn()  # warm the caches
	with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
		fn()
	waktu = []
	for _ in range(ulang):
		mulai = time.perf_counter()
		fn()
		waktu.append(time.perf_counter() - mulai)
	return sql.call_count, min(waktu), sorted(waktu)[len(waktu) // 2], hasil


def main() -> None:
	parser = argparse.ArgumentParser(description=__doc__)
	parser.add_argument("--site", required=True)
	parser.add_argument("--periode", help="Periode Kinerja (default: the latest yearly one with SKP)")
	parser.add_argument("--ulang", type=int, default=5)
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	frappe.set_user("Administrator")
	try:
		from kinerja_asn.api import dasbor
		from kinerja_asn.pelaksanaan.report.kelengkapan_bukti_dukung import kelengkapan_bukti_dukung
		from kinerja_asn.perencanaan.report.beban_kerja import beban_kerja
		from kinerja_asn.perencanaan.report.capaian_kinerja_organisasi import capaian_kinerja_organisasi
		from kinerja_asn.perencanaan.report.free_rider_dan_sasaran_yatim import free_rider_dan_sasaran_yatim

		periode = (
			args.periode
			or frappe.db.sql(
				"""select p.name from `tabPeriode Kinerja` p where p.jenis = 'Tahunan'
			and exists (select 1 from `tabSKP` s where s.periode_kinerja = p.name)
			order by p.tahun desc limit 1"""
			)[0][0]
		)
		f = {"periode_kinerja": periode}
		# the rekaps as the scheduler keeps them (a large period's first one is only queued)
		from kinerja_asn.services import rekap as _rekap

		_perusahaan = frappe.db.get_value("Periode Kinerja", periode, "company") or ""
		for _jenis in _rekap.PENGHITUNG:
			_rekap.hitung(_jenis, periode, _perusahaan)
		kasus = {
			"Free Rider dan Sasaran Yatim": lambda: free_rider_dan_sasaran_yatim.execute(dict(f)),
			"Beban Kerja": lambda: beban_kerja.execute(dict(f)),
			"Kelengkapan Bukti Dukung": lambda: kelengkapan_bukti_dukung.execute(dict(f)),
			"Capaian Kinerja Organisasi": lambda: capaian_kinerja_organisasi.execute(dict(f)),
			"card skp_menunggu_saya": lambda: dasbor.skp_menunggu_saya([]),
			"card tim_tanpa_skp_disetujui": lambda: dasbor.tim_tanpa_skp_disetujui([]),
			"card pegawai_tanpa_skp_disetujui": lambda: dasbor.pegawai_tanpa_skp_disetujui([]),
			"card jumlah_free_rider": lambda: dasbor.jumlah_free_rider([]),
			"card realisasi_menunggu_saya": lambda: dasbor.realisasi_menunggu_saya([]),
			"card bukti_menunggu_saya": lambda: dasbor.bukti_menunggu_saya([]),
			"card unit_melanggar_kurva": lambda: dasbor.unit_melanggar_kurva([]),
			"chart Capaian IKU Tahun Berjalan": lambda: dasbor.capaian_iku(filters=dict(f)),
		}
		from frappe.desk.doctype.dashboard_chart.dashboard_chart import get as chart_get

		for chart in (
			"Distribusi Predikat Kinerja",
			"Realisasi Dilaporkan per Bulan",
			"Rata-rata Capaian Realisasi per Bulan",
		):
			kasus[f"chart {chart}"] = lambda chart=chart: chart_get(chart_name=chart, refresh=1)
		try:
			from hrms.hr.report.appraisal_overview import appraisal_overview

			kasus["HRMS Appraisal Overview"] = lambda: appraisal_overview.execute(
				{"company": frappe.defaults.get_global_default("company")}
			)
		except ImportError:
			pass
		pegawai = frappe.db.count("Employee", {"status": "Active"})
		rhk = frappe.db.count("Rencana Hasil Kerja")
		print(f"{args.site}: {pegawai} employees, {rhk} RHK, period {periode}")
		print(f"{'':36} {'SQL':>5} {'best ms':>8} {'median ms':>10} {'rows':>6}")
		for nama, fn in kasus.items():
			jumlah, terbaik, median, hasil = ukur(frappe, fn, args.ulang)
			baris = len(hasil[1]) if isinstance(hasil, tuple | list) and len(hasil) > 1 else "-"
			print(f"{nama:36} {jumlah:>5} {terbaik * 1000:>8.0f} {median * 1000:>10.0f} {baris!s:>6}")
		# the rekaps behind two reports, as their background job computes them after a change
		from kinerja_asn.services import rekap

		company = frappe.db.get_value("Periode Kinerja", periode, "company") or ""
		for jenis in rekap.PENGHITUNG:
			jumlah, terbaik, median, _hasil = ukur(
				frappe, lambda jenis=jenis: rekap.hitung(jenis, periode, company), 1
			)
			print(
				f"{'rekap ' + jenis + ' (job)':36} {jumlah:>5} {terbaik * 1000:>8.0f} {median * 1000:>10.0f} {'-':>6}"
			)
	finally:
		frappe.db.rollback()
		frappe.destroy()


if __name__ == "__main__":
	main()
