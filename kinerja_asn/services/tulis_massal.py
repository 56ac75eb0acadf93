"""Rows written in bulk (the demo loader, bulk SKP): names reserved from a naming series at once,
collision-free row names, and multi-row INSERTs with the DocType's own columns and defaults."""

from __future__ import annotations

import itertools
import secrets
from datetime import datetime, timedelta

import frappe
from frappe.model import float_like_fields
from frappe.model.naming import NamingSeries
from frappe.utils import cint, flt

# Rows per INSERT statement.
UKURAN_POTONGAN = 2000


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


class TabelMassal:
	"""Rows of one DocType written in chunks; columns and default values come from the DocType, so
	a field added later gets its default without a change here."""

	def __init__(self, doctype: str, waktu: datetime, ukuran: int = UKURAN_POTONGAN):
		meta = frappe.get_meta(doctype)
		ada = set(frappe.db.get_table_columns(doctype))
		self.doctype = doctype
		self.kolom = [k for k in meta.get_valid_columns() if k in ada]
		contoh = frappe.new_doc(doctype).get_valid_dict()
		user = frappe.session.user
		self.dasar = {k: contoh.get(k) for k in self.kolom}
		self.dasar.update(owner=user, modified_by=user, docstatus=0, idx=0)
		# Numbers as BaseDocument.get_valid_dict stores them (an empty Float is 0, a Check 0 or 1).
		self.konversi = []
		for i, k in enumerate(self.kolom):
			df = meta.get_field(k)
			if df and df.fieldtype == "Check":
				self.konversi.append((i, lambda v: 1 if cint(v) else 0))
			elif df and df.fieldtype == "Int":
				self.konversi.append((i, cint))
			elif df and df.fieldtype in float_like_fields:
				self.konversi.append((i, flt))
		self.waktu = waktu
		self.ukuran = ukuran
		self.baris: list[list] = []
		self.jumlah = 0

	def tambah(self, **nilai):
		baris = dict(self.dasar)
		baris.update(nilai)
		waktu = self.waktu + timedelta(microseconds=self.jumlah)
		baris.setdefault("creation", waktu)
		baris.setdefault("modified", waktu)
		nilai_baris = [baris[k] for k in self.kolom]
		for i, ubah in self.konversi:
			nilai_baris[i] = ubah(nilai_baris[i])
		self.baris.append(nilai_baris)
		self.jumlah += 1
		if len(self.baris) >= self.ukuran:
			self.tulis()

	def tulis(self):
		"""One multi-row INSERT. Its literals are made by `kutipan()`, which gives what the connection's
		own escaping gives (a test compares them) without its per-value call chain: at a million rows
		pymysql's parameter escaping took a third of the demo load."""
		if not self.baris:
			return
		kolom = ", ".join(f"`{k}`" for k in self.kolom)
		kutip = kutipan()
		if kutip is None:
			tanda = "(" + ", ".join(["%s"] * len(self.kolom)) + ")"
			frappe.db.sql(
				f"insert into `tab{self.doctype}` ({kolom}) values {', '.join([tanda] * len(self.baris))}",
				[nilai for baris in self.baris for nilai in baris],
			)
		else:
			isi = ",".join("(" + ",".join(map(kutip, baris)) + ")" for baris in self.baris)
			frappe.db.sql(f"insert into `tab{self.doctype}` ({kolom}) values {isi}")
		self.baris = []


def kutipan():
	"""A function from a value to its SQL literal, exactly as the site's pymysql connection escapes it,
	fast for the types bulk rows hold (None, str, int, float, bool, date, datetime) and the
	connection's own escaping for anything else; None when the connection cannot say how it escapes
	(the caller then sends parameters)."""
	import datetime

	from pymysql.constants import SERVER_STATUS
	from pymysql.converters import escape_string

	conn = getattr(frappe.db, "_conn", None)
	if conn is None or not hasattr(conn, "literal"):
		return None
	if conn.server_status & SERVER_STATUS.SERVER_STATUS_NO_BACKSLASH_ESCAPES:
		return conn.literal
	tanggal_waktu, tanggal = datetime.datetime, datetime.date

	def kutip(v) -> str:
		t = type(v)
		if v is None:
			return "NULL"
		if t is str:
			return "'" + escape_string(v) + "'"
		if t is int:
			return str(v)
		if t is float:
			s = repr(v)
			if s in ("inf", "-inf", "nan"):
				return conn.literal(v)  # refused as the connection refuses it
			return s if "e" in s else s + "e0"
		if t is bool:
			return "1" if v else "0"
		if t is tanggal_waktu:
			if v.microsecond:
				return f"'{v.year:04}-{v.month:02}-{v.day:02} {v.hour:02}:{v.minute:02}:{v.second:02}.{v.microsecond:06}'"
			return f"'{v.year:04}-{v.month:02}-{v.day:02} {v.hour:02}:{v.minute:02}:{v.second:02}'"
		if t is tanggal:
			return f"'{v.year:04}-{v.month:02}-{v.day:02}'"
		return conn.literal(v)

	return kutip


def umumkan_selesai(judul: str, pesan: str, dilewati: int, ringkasan: list[dict], satuan: str = "") -> None:
	"""The closing message of a bulk job to the user who started it, with who was skipped and why
	(`ringkasan`: [{"jumlah", "keterangan"}]); sent after the job's commit."""
	from frappe import _

	if dilewati:
		pesan += " " + _("{0} {1}dilewati: {2}.").format(
			dilewati,
			f"{satuan} " if satuan else "",
			", ".join(f"{d['jumlah']} {d['keterangan']}" for d in ringkasan),
		)
	frappe.publish_realtime(
		"msgprint",
		{"message": pesan, "title": judul, "indicator": "green"},
		user=frappe.session.user,
		after_commit=True,
	)


def ringkas_dilewati(dilewati: dict[str, list], alasan: dict[str, str]) -> list[dict]:
	"""A bulk plan's skipped ones as the desk shows them: count per reason, in the reasons' order,
	in Indonesian (`alasan`: the domain's code → text)."""
	from frappe import _

	return [
		{"alasan": kode, "keterangan": _(teks), "jumlah": len(dilewati[kode])}
		for kode, teks in alasan.items()
		if kode in dilewati
	]
