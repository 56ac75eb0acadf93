"""The paths that run most often at ministry scale, on a site with the demo agency
(`bench --site SITE kinerja load-demo --pegawai N`): time, SQL statements and bytes of each, beside
HRMS's Appraisal Overview on the same site. Everything it writes is rolled back.

    cd BENCH/sites && ../env/bin/python ../apps/kinerja_asn/benchmarks/skala.py --site SITE

HTTP figures of the portal come from `wrk` against a served bench (docs/deployment.md).
"""

from __future__ import annotations

import argparse
import json
import time
from unittest.mock import patch


def ukur(frappe, fn, ulang: int):
	"""(SQL of one warm call, best seconds, bytes of its JSON, result)."""
	hasil = fn()
	with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
		fn()
	waktu = []
	for _ in range(ulang):
		mulai = time.perf_counter()
		fn()
		waktu.append(time.perf_counter() - mulai)
	return sql.call_count, min(waktu), len(frappe.as_json(hasil, indent=None).encode()), hasil


def baris(nama, sql, detik, ukuran):
	print(f"{nama:52} {sql:>6} {detik * 1000:>9.0f} {ukuran / 1024:>10.0f}")


def main() -> None:
	parser = argparse.ArgumentParser(description=__doc__)
	parser.add_argument("--site", required=True)
	parser.add_argument("--ulang", type=int, default=3)
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	try:
		jalankan(frappe, args.ulang)
	finally:
		frappe.db.rollback()
		frappe.destroy()


def jalankan(frappe, ulang: int) -> None:
	from kinerja_asn.api import portal
	from kinerja_asn.api import realisasi as api_realisasi
	from kinerja_asn.perencanaan.report.pohon_kaskade_kinerja import pohon_kaskade_kinerja as pohon

	frappe.set_user("Administrator")
	periode = frappe.db.sql(
		"""select p.name from `tabPeriode Kinerja` p where p.jenis = 'Tahunan'
		and exists (select 1 from `tabSKP` s where s.periode_kinerja = p.name) order by p.tahun desc limit 1"""
	)[0][0]
	pegawai = frappe.db.count("Employee", {"status": "Active"})
	print(f"{frappe.local.site}: {pegawai} employees, period {periode}")
	# the rekaps as the scheduler keeps them (a large period's first one is only queued)
	from kinerja_asn.services import rekap

	company = frappe.db.get_value("Periode Kinerja", periode, "company") or ""
	for jenis in rekap.PENGHITUNG:
		rekap.hitung(jenis, periode, company)
	print(f"{'':52} {'SQL':>6} {'best ms':>9} {'JSON KB':>10}")

	# Cascade tree as HR: the default view, one IKU, one RHK opened, one unit
	f = {"periode_kinerja": periode, "tampilkan_iki": 1}
	jpt_rhk, iku = frappe.db.sql(
		"""select r.name, r.indikator_organisasi from `tabRencana Hasil Kerja` r
		join `tabSKP` s on s.name = r.skp
		where s.periode_kinerja = %s and ifnull(r.indikator_organisasi, '') != '' and s.jenis_jabatan = 'JPT'
		order by r.creation limit 1""",
		periode,
	)[0]
	unit = frappe.db.sql(
		"""select department from `tabEmployee` where status = 'Active' and ifnull(department, '') != ''
		group by department order by count(*) desc limit 1"""
	)[0][0]
	kasus = {
		"Pohon Kaskade, HR, default (2 levels)": lambda: pohon.execute(dict(f)),
		"Pohon Kaskade, HR, one IKU (3 levels)": lambda: pohon.execute(
			{**f, "indikator": iku, "kedalaman": 3}
		),
		"Pohon Kaskade, HR, Buka on a JPT RHK (2 levels)": lambda: pohon.execute({**f, "akar": jpt_rhk}),
		f"Pohon Kaskade, HR, largest unit ({unit[:20]})": lambda: pohon.execute({**f, "department": unit}),
	}
	for nama, fn in kasus.items():
		sql, detik, ukuran, _h = ukur(frappe, fn, ulang)
		baris(nama, sql, detik, ukuran)

	# Employees: a pelaksana and a head of a unit (their readable branch, portal JSON)
	for jenis in ("Pelaksana", "JPT"):
		user = frappe.db.get_value(
			"Employee", {"jenis_jabatan": jenis, "status": "Active", "user_id": ("is", "set")}, "user_id"
		)
		frappe.set_user(user)
		for nama, fn in {
			f"Pohon Kaskade, {jenis}": lambda: pohon.execute(dict(f)),
			f"portal kinerja_saya, {jenis}": portal.kinerja_saya,
			f"portal realisasi_saya, {jenis}": portal.realisasi_saya,
			f"portal tim_saya, {jenis}": portal.tim_saya,
		}.items():
			sql, detik, ukuran, _h = ukur(frappe, fn, ulang)
			baris(nama, sql, detik, ukuran)
		frappe.set_user("Administrator")

	# Verification with write-back: waiting check-ins verified by their approver (rolled back). The
	# first of each approver also fills the user's caches (roles, permissions, defaults: emptied by a
	# migrate or a cache clear); the second is a request of a user already at work.
	menunggu = frappe.db.sql(
		"""select r.name, r.user_penyetuju from `tabRealisasi Kinerja` r
		join (select user_penyetuju from `tabRealisasi Kinerja`
			where status = 'Diajukan' and docstatus = 0 and ifnull(user_penyetuju, '') != ''
			group by user_penyetuju having count(*) >= 2 order by user_penyetuju limit %s) u
			on u.user_penyetuju = r.user_penyetuju
		where r.status = 'Diajukan' and r.docstatus = 0
		order by r.user_penyetuju, r.modified desc""",
		ulang + 1,
	)
	per_user: dict[str, list[str]] = {}
	for name, user in menunggu:
		per_user.setdefault(user, []).append(name)
	pertama, kedua = [], []
	for i, (user, names) in enumerate(per_user.items()):
		for j, name in enumerate(names[:2]):
			frappe.set_user(user)
			frappe.clear_document_cache("Realisasi Kinerja", name)
			with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
				mulai = time.perf_counter()
				api_realisasi.verifikasi_realisasi(name, "Diverifikasi")
				detik = time.perf_counter() - mulai
			if i:  # the first approver also warms the site's caches
				(kedua if j else pertama).append((sql.call_count, detik))
	frappe.set_user("Administrator")
	for nama, hasil in (
		("Verifikasi realisasi, approver at work", kedua),
		("Verifikasi realisasi, approver's first after clear", pertama),
	):
		if hasil:
			baris(nama, min(h[0] for h in hasil), min(h[1] for h in hasil), 0)

	hrms(frappe, ulang)
	print(json.dumps({"site": frappe.local.site, "pegawai": pegawai}))


def hrms(frappe, ulang: int, jumlah: int = 1000) -> None:
	"""Stock HRMS on the same employees: an appraisal cycle of `jumlah` employees with one KRA,
	create_appraisals, the Appraisal Overview over them, and a leaf goal's progress update."""
	try:
		from hrms.hr.doctype.appraisal_cycle.appraisal_cycle import create_appraisals_for_cycle
		from hrms.hr.report.appraisal_overview import appraisal_overview
	except ImportError:
		return
	company = frappe.defaults.get_global_default("company") or frappe.get_all("Company", pluck="name")[0]
	kra = frappe.get_doc({"doctype": "KRA", "title": "Kinerja skala"}).insert(ignore_if_duplicate=True)
	kriteria = frappe.get_doc({"doctype": "Employee Feedback Criteria", "criteria": "Perilaku skala"}).insert(
		ignore_if_duplicate=True
	)
	templat = frappe.get_doc(
		{
			"doctype": "Appraisal Template",
			"template_title": "Templat skala",
			"goals": [{"key_result_area": kra.name, "per_weightage": 100}],
			"rating_criteria": [{"criteria": kriteria.name, "per_weightage": 100}],
		}
	).insert(ignore_if_duplicate=True)
	pegawai = frappe.get_all(
		"Employee", filters={"status": "Active", "company": company}, pluck="name", limit=jumlah
	)
	siklus = frappe.get_doc(
		{
			"doctype": "Appraisal Cycle",
			"cycle_name": f"Skala {frappe.generate_hash(length=6)}",
			"company": company,
			"start_date": "2090-01-01",
			"end_date": "2090-12-31",
			"kra_evaluation_method": "Automated Based on Goal Progress",
			"appraisees": [{"employee": p, "appraisal_template": templat.name} for p in pegawai],
		}
	).insert()
	with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
		mulai = time.perf_counter()
		create_appraisals_for_cycle(siklus)
		detik = time.perf_counter() - mulai
	dibuat = frappe.db.count("Appraisal", {"appraisal_cycle": siklus.name})
	print(
		f"{'HRMS create_appraisals per 1,000 (' + str(dibuat) + ' made)':52} "
		f"{sql.call_count / max(dibuat, 1):>6.1f} {detik * 1000 * 1000 / max(dibuat, 1):>9.0f} {'-':>10}"
		"   (SQL and ms per appraisal x 1,000)"
	)
	f = {"company": company, "appraisal_cycle": siklus.name}
	sql_n, detik, ukuran, h = ukur(frappe, lambda: appraisal_overview.execute(dict(f)), ulang)
	baris(f"HRMS Appraisal Overview ({len(h[1])} rows)", sql_n, detik, ukuran)
	# a leaf goal under a group goal of the same employee: update the leaf's progress
	induk = frappe.get_doc(
		{
			"doctype": "Goal",
			"goal_name": "Sasaran induk skala",
			"employee": pegawai[0],
			"is_group": 1,
			"kra": kra.name,
			"appraisal_cycle": siklus.name,
			"start_date": "2090-01-01",
		}
	).insert()
	daun = frappe.get_doc(
		{
			"doctype": "Goal",
			"goal_name": "Sasaran daun skala",
			"employee": pegawai[0],
			"parent_goal": induk.name,
			"kra": kra.name,
			"appraisal_cycle": siklus.name,
			"start_date": "2090-01-01",
		}
	).insert()
	hasil = []
	for i in range(ulang + 1):
		daun.reload()
		daun.progress = 10 * (i + 1)
		with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
			mulai = time.perf_counter()
			daun.save()
			detik = time.perf_counter() - mulai
		if i:
			hasil.append((sql.call_count, detik))
	baris("HRMS leaf Goal progress update", min(h[0] for h in hasil), min(h[1] for h in hasil), 0)


if __name__ == "__main__":
	main()
