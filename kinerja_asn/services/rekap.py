"""Monitoring figures that read a whole period (every check-in row of an agency) kept as a
computed rekap per (kind, period, company): a report reads one row instead of a million.

Freshness: every change to the source documents bumps `versi` of the period's rekaps (one UPDATE on
a table of a few rows); a reader gets a fresh result when `versi_hitung` has caught up. Otherwise a
rekap that computes quickly (under BATAS_HITUNG_LANGSUNG, which covers small agencies and tests) is
recomputed on the spot; a slow one is served as last computed, with its time, and refreshed in a
background job (and by the scheduler, should that job be lost)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

import frappe
from frappe import _
from frappe.utils import now_datetime

# Seconds of the last computation under which a stale rekap is recomputed while the user waits.
BATAS_HITUNG_LANGSUNG = 1.0
# Check-ins of a period above which a rekap never computed is made in the background: at 10,000
# employees (110,000 check-ins) it takes 10-17 s, and Frappe turns a report that once ran over 15 s
# into a prepared report for good.
BATAS_BARIS_LANGSUNG = 50_000

# kind -> `fungsi(periode_kinerja, company) -> JSON-able data` (dotted, so a worker imports it)
PENGHITUNG = {
	"kelengkapan_bukti": "kinerja_asn.services.pemantauan.hitung_kelengkapan_bukti",
	"capaian_organisasi": "kinerja_asn.services.capaian_organisasi.hitung_capaian_organisasi",
	"rollup_kaskade": "kinerja_asn.services.pohon_kaskade.hitung_rollup_kaskade",
}


@dataclass
class Rekap:
	data: object
	diperbarui: object
	segar: bool

	def pesan(self) -> str | None:
		"""The report's note when it shows figures older than the latest changes, or none yet."""
		if self.segar:
			return None
		if self.diperbarui is None:
			return _(
				"Rekap periode ini sedang disiapkan di latar belakang. Muat ulang laporan beberapa saat lagi."
			)
		return _(
			"Angka dihitung pada {0}; perubahan sesudahnya sedang dihitung di latar belakang. "
			"Muat ulang laporan beberapa saat lagi."
		).format(frappe.utils.format_datetime(self.diperbarui))


def _nama(jenis: str, periode_kinerja: str, company: str) -> str:
	return f"{jenis}|{periode_kinerja}|{company}"


def ambil(jenis: str, periode_kinerja: str, company: str) -> Rekap:
	nama = _nama(jenis, periode_kinerja, company)
	baris = frappe.db.sql(
		"""select versi, versi_hitung, data, diperbarui, durasi from `tabRekap Pemantauan` where name = %s""",
		nama,
		as_dict=True,
	)
	if baris and baris[0].data is not None:
		b = baris[0]
		if b.versi_hitung >= b.versi:
			return Rekap(json.loads(b.data), b.diperbarui, True)
		if (b.durasi or 0) >= BATAS_HITUNG_LANGSUNG:
			antrekan(jenis, periode_kinerja, company)
			return Rekap(json.loads(b.data), b.diperbarui, False)
	if not baris and frappe.db.count("Realisasi Kinerja", {"periode_kinerja": periode_kinerja}) > (
		BATAS_BARIS_LANGSUNG
	):
		antrekan(jenis, periode_kinerja, company)
		return Rekap(None, None, False)
	data, diperbarui = hitung(jenis, periode_kinerja, company)
	# a GET request commits nothing by itself; the rekap is worth keeping
	frappe.local.flags.commit = True
	return Rekap(data, diperbarui, True)


def hitung(jenis: str, periode_kinerja: str, company: str):
	"""Compute and store; the version read before computing is the one stored as computed, so a
	change made meanwhile leaves the rekap stale rather than lost."""
	nama = _nama(jenis, periode_kinerja, company)
	frappe.db.sql(
		"""insert ignore into `tabRekap Pemantauan`
			(name, jenis, periode_kinerja, company, versi, versi_hitung, creation, modified, owner, modified_by)
		values (%(nama)s, %(jenis)s, %(periode)s, %(company)s, 1, 0, %(now)s, %(now)s, 'Administrator', 'Administrator')""",
		{"nama": nama, "jenis": jenis, "periode": periode_kinerja, "company": company, "now": now_datetime()},
	)
	versi = frappe.db.sql("select versi from `tabRekap Pemantauan` where name = %s", nama)[0][0]
	mulai = time.monotonic()
	data = frappe.get_attr(PENGHITUNG[jenis])(periode_kinerja, company)
	durasi = time.monotonic() - mulai
	diperbarui = now_datetime()
	frappe.db.sql(
		"""update `tabRekap Pemantauan`
		set data = %(data)s, versi_hitung = greatest(versi_hitung, %(versi)s), diperbarui = %(waktu)s,
			durasi = %(durasi)s, modified = %(waktu)s
		where name = %(nama)s""",
		{"data": json.dumps(data), "versi": versi, "waktu": diperbarui, "durasi": durasi, "nama": nama},
	)
	return data, diperbarui


def antrekan(jenis: str, periode_kinerja: str, company: str) -> None:
	nama = _nama(jenis, periode_kinerja, company)
	frappe.enqueue(
		"kinerja_asn.services.rekap.perbarui",
		queue="long",
		job_id=f"rekap_pemantauan::{frappe.local.site}::{nama}",
		deduplicate=True,
		enqueue_after_commit=True,
		jenis=jenis,
		periode_kinerja=periode_kinerja,
		company=company,
	)


def perbarui(jenis: str, periode_kinerja: str, company: str) -> None:
	"""Background job: recompute one rekap (a later change re-enqueues it through the scheduler)."""
	hitung(jenis, periode_kinerja, company)
	frappe.db.commit()


def perbarui_yang_usang() -> None:
	"""Scheduler: recompute every stale rekap (a change made while its job ran, a lost job), and make
	the current year's missing ones, so the first viewer at a large agency does not wait for them."""
	for jenis, periode_kinerja, company in frappe.db.sql(
		"select jenis, periode_kinerja, company from `tabRekap Pemantauan` where versi > versi_hitung"
	):
		if jenis in PENGHITUNG:
			antrekan(jenis, periode_kinerja, company or "")
	ada = {
		(j, p, c or "")
		for j, p, c in frappe.db.sql("select jenis, periode_kinerja, company from `tabRekap Pemantauan`")
	}
	hari_ini = frappe.utils.today()
	for periode in frappe.get_all(
		"Periode Kinerja",
		filters={"jenis": "Tahunan", "tanggal_mulai": ("<=", hari_ini), "tanggal_selesai": (">=", hari_ini)},
		fields=["name", "company"],
	):
		for jenis in PENGHITUNG:
			if (jenis, periode.name, periode.company or "") not in ada:
				antrekan(jenis, periode.name, periode.company or "")


def tandai_berubah(periode_kinerja: str | None = None) -> None:
	"""The period's rekaps (all when None) no longer match their sources."""
	try:
		if periode_kinerja:
			frappe.db.sql(
				"update `tabRekap Pemantauan` set versi = versi + 1 where periode_kinerja = %s",
				periode_kinerja,
			)
		else:
			frappe.db.sql("update `tabRekap Pemantauan` set versi = versi + 1")
	except Exception as e:
		# an employee or unit saved by a patch before this app's tables are synced: nothing to mark
		if not frappe.db.is_table_missing(e):
			raise


# What of an employee the rekaps read (evidence is counted per unit of the company's employees);
# any other edit of an employee leaves them as they are.
PEGAWAI_DIBACA = ("department", "company")


def saat_berubah(doc, method=None) -> None:
	"""doc_events of the sources: check-ins, evidence, SKP and RHK by their period; an employee moved
	to another unit or company, any period's figures. Units are read when a report is viewed."""
	if doc.doctype == "Employee":
		sebelum = doc.get_doc_before_save()
		if method == "on_trash" or not sebelum or any(sebelum.get(f) != doc.get(f) for f in PEGAWAI_DIBACA):
			tandai_berubah()
		return
	periode = doc.get("periode_kinerja")
	if not periode and doc.get("sub_periode"):
		periode = frappe.db.get_value("Periode Kinerja", doc.sub_periode, "periode_induk")
	if periode:
		tandai_berubah(periode)
