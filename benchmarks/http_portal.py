"""Requests per second of the portal over HTTP, with `wrk`, on a served bench with the demo agency:
/kinerja and its JSON endpoints as a pelaksana, beside Frappe's ping (its floor on the same server).

    cd BENCH/sites && ../env/bin/python ../apps/kinerja_asn/benchmarks/http_portal.py \\
        --site SITE --url http://127.0.0.1:8000 [--detik 10] [--koneksi 4]

A session for a demo pelaksana is made in the site (as a login would) and dropped afterwards.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess

JALUR = [
	"/api/method/ping",
	"/kinerja",
	"/kinerja/realisasi",
	"/kinerja/tim",
	"/api/method/kinerja_asn.api.portal.kinerja_saya",
	"/api/method/kinerja_asn.api.portal.realisasi_saya",
	"/api/method/kinerja_asn.api.portal.tim_saya",
]


def sesi(site: str, jenis: str) -> tuple[str, str]:
	"""(user, sid) of a fresh session for an active demo employee of the given jenis_jabatan."""
	import frappe
	from frappe.sessions import Session

	frappe.init(site=site, sites_path=".")
	frappe.connect()
	try:
		user = frappe.db.get_value(
			"Employee", {"jenis_jabatan": jenis, "status": "Active", "user_id": ("is", "set")}, "user_id"
		)
		from frappe.utils import set_request

		set_request(method="GET", path="/login")
		frappe.local.request_ip = "127.0.0.1"
		user_type = frappe.db.get_value("User", user, "user_type")
		s = Session(user=user, resume=False, full_name=frappe.utils.get_fullname(user), user_type=user_type)
		frappe.db.commit()
		return user, s.sid
	finally:
		frappe.destroy()


def hapus_sesi(site: str, sid: str) -> None:
	import frappe
	from frappe.sessions import delete_session

	frappe.init(site=site, sites_path=".")
	frappe.connect()
	try:
		delete_session(sid, reason="benchmark")
		frappe.db.commit()
	finally:
		frappe.destroy()


def wrk(url: str, host: str, sid: str, detik: int, koneksi: int) -> dict:
	keluar = subprocess.run(
		[
			"wrk", "-t2", f"-c{koneksi}", f"-d{detik}s", "--latency",
			"-H", f"Host: {host}", "-H", f"Cookie: sid={sid}", url,
		],
		capture_output=True, text=True, check=True,
	).stdout  # fmt: skip
	angka = {
		"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", keluar).group(1)),
		"p50": re.search(r"^\s+50%\s+(\S+)", keluar, re.M).group(1),
		"p99": re.search(r"^\s+99%\s+(\S+)", keluar, re.M).group(1),
	}
	bukan_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", keluar)
	angka["gagal"] = int(bukan_2xx.group(1)) if bukan_2xx else 0
	return angka


def main() -> None:
	parser = argparse.ArgumentParser(description=__doc__)
	parser.add_argument("--site", required=True)
	parser.add_argument("--url", default="http://127.0.0.1:8000")
	parser.add_argument("--jenis", default="Pelaksana")
	parser.add_argument("--detik", type=int, default=10)
	parser.add_argument("--koneksi", type=int, default=4)
	args = parser.parse_args()
	if not shutil.which("wrk"):
		raise SystemExit("wrk is not installed")
	user, sid = sesi(args.site, args.jenis)
	print(f"{args.site} as {user}: wrk -t2 -c{args.koneksi} -d{args.detik}s")
	print(f"{'path':52} {'req/s':>8} {'p50':>9} {'p99':>9} {'non-2xx':>8}")
	try:
		for jalur in JALUR:
			a = wrk(args.url + jalur, args.site, sid, args.detik, args.koneksi)
			print(f"{jalur:52} {a['rps']:>8.1f} {a['p50']:>9} {a['p99']:>9} {a['gagal']:>8}")
	finally:
		hapus_sesi(args.site, sid)


if __name__ == "__main__":
	main()
