"""Names of a naming series reserved in bulk, shared by the demo's writers."""

import itertools
import secrets

import frappe
from frappe.model.naming import NamingSeries
from frappe.utils import cint


def nama_berseri(series: str, jumlah: int) -> list[str]:
	"""Reserve `jumlah` names of a naming series at once, as frappe.model.naming would one by one."""
	if jumlah <= 0:
		return []
	kunci = series if "#" in series else series + ".#####"
	digit = kunci.count("#")
	awalan = NamingSeries(kunci).get_prefix()
	tabel = frappe.qb.DocType("Series")
	baris = frappe.qb.from_(tabel).select(tabel.current).where(tabel.name == awalan).for_update().run()
	if baris:
		mulai = cint(baris[0][0])
		frappe.qb.update(tabel).set(tabel.current, mulai + jumlah).where(tabel.name == awalan).run()
	else:
		mulai = 0
		frappe.qb.into(tabel).columns("name", "current").insert(awalan, jumlah).run()
	return [f"{awalan}{n:0{digit}d}" for n in range(mulai + 1, mulai + jumlah + 1)]


_ANGKA36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_nomor_baris = itertools.count()
_awalan_proses = ""


def nama_unik() -> str:
	"""A row name no other row of this process takes: a random per-process prefix and a counter.

	A 10-character random hash per row, as the writers used, collides about once per load at a
	million rows (birthday bound); a counter cannot, and 14 characters never meet Frappe's own
	10-character names."""
	global _awalan_proses
	if not _awalan_proses:
		_awalan_proses = "d" + secrets.token_hex(4)[:7]
	n, teks = next(_nomor_baris), ""
	for _ in range(6):
		n, sisa = divmod(n, 36)
		teks = _ANGKA36[sisa] + teks
	if n:
		raise OverflowError("nama_unik: lebih dari 36^6 baris dalam satu proses")
	return _awalan_proses + teks
