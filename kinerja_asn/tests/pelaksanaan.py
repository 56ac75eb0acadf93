"""Shared set-up of the Pelaksanaan integration tests: a unit with an approved SKP of two RHK and
three IKI (each aggregation, both directions), months of the year, and helpers that act as the real
users through the endpoints of kinerja_asn.api.realisasi."""

from __future__ import annotations

import io
from contextlib import contextmanager

from werkzeug.test import EnvironBuilder

import frappe

from kinerja_asn.api import realisasi as api
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	make_periode,
	make_skp_disetujui,
	make_struktur,
	make_sub_periode,
)

PDF = b"%PDF-1.4\n% bukti dukung uji\n"


class PelaksanaanTestCase(KinerjaTestCase):
	PREFIX = "Pelaksanaan"

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur(cls.PREFIX)
		cls.periode = make_periode(2026)
		cls.maret = make_sub_periode(cls.periode, "Bulanan", 3)
		cls.april = make_sub_periode(cls.periode, "Bulanan", 4)
		cls.skp, (cls.rhk_layanan, cls.rhk_waktu) = make_skp_disetujui(
			cls.s.staf1,
			cls.periode,
			[
				(
					f"Layanan {cls.PREFIX} terselenggara",
					[
						{
							"uraian": "Jumlah laporan layanan",
							"aspek": "Kuantitas",
							"target": 12,
							"satuan": "laporan",
							"agregasi_realisasi": "Jumlah",
						},
						{
							"uraian": "Indeks kepuasan layanan",
							"aspek": "Kualitas",
							"target": 80,
							"satuan": "indeks",
							"agregasi_realisasi": "Rata-rata",
						},
					],
				),
				(
					f"Waktu layanan {cls.PREFIX} singkat",
					[
						{
							"uraian": "Waktu penyelesaian",
							"aspek": "Waktu",
							"target": 5,
							"arah": "Turun",
							"satuan": "hari",
							"agregasi_realisasi": "Terakhir",
						}
					],
				),
			],
		)
		cls.iki = {
			row.uraian: row.name
			for row in frappe.get_all(
				"Indikator Kinerja Individu",
				filters={"parent": ("in", [cls.rhk_layanan, cls.rhk_waktu])},
				fields=["name", "uraian"],
			)
		}

	def as_user(self, employee_or_user: str):
		frappe.set_user(self.s.user.get(employee_or_user, employee_or_user))

	def baris(self, doc: dict) -> dict[str, str]:
		"""Row names of a check-in by IKI description."""
		return {r["uraian_iki"]: r["name"] for r in doc["rincian"]}

	def isi(self, doc: dict, nilai: dict[str, float | None], **lain) -> dict:
		"""Fill a check-in as its owner: {uraian IKI: realisasi}."""
		nama = self.baris(doc)
		hasil = api.simpan_realisasi(
			doc["name"],
			[{"name": nama[u], "realisasi": v, "keyakinan": 7, **lain} for u, v in nilai.items()],
			konfirmasi=1,
		)
		self.assertTrue(hasil["ok"], hasil)
		return hasil["doc"]

	def check_in(self, sub_periode: str, nilai: dict[str, float | None], ajukan: bool = True) -> dict:
		"""The owner starts, fills and (by default) submits the check-in of a sub-period."""
		self.as_user(self.s.staf1)
		doc = self.isi(api.ambil_realisasi(self.skp, sub_periode), nilai)
		if ajukan:
			doc = api.ajukan_realisasi(doc["name"])
		return doc

	def unggah(self, nama: str, isi: bytes, sub_periode: str | None = None, **kwargs) -> dict:
		with permintaan_berkas(nama, isi):
			return api.unggah_bukti(
				rhk=kwargs.pop("rhk", self.rhk_layanan),
				iki=kwargs.pop("iki", self.iki["Jumlah laporan layanan"]),
				sub_periode=sub_periode or self.maret,
				jenis=kwargs.pop("jenis", "Dokumen"),
				keterangan=kwargs.pop("keterangan", "Laporan bulanan"),
				**kwargs,
			)


@contextmanager
def permintaan_berkas(nama: str, isi: bytes):
	"""A multipart request carrying one file in the field "file", as the portal sends it."""
	lama = getattr(frappe.local, "request", None)
	frappe.local.request = EnvironBuilder(method="POST", data={"file": (io.BytesIO(isi), nama)}).get_request()
	try:
		yield
	finally:
		frappe.local.request = lama


@contextmanager
def pengaturan(**nilai):
	"""Change Pengaturan Kinerja for a block and put it back (the cached document too)."""
	lama = {k: frappe.db.get_single_value("Pengaturan Kinerja", k) for k in nilai}
	frappe.db.set_single_value("Pengaturan Kinerja", nilai)
	frappe.clear_document_cache("Pengaturan Kinerja", "Pengaturan Kinerja")
	try:
		yield
	finally:
		frappe.db.set_single_value("Pengaturan Kinerja", lama)
		frappe.clear_document_cache("Pengaturan Kinerja", "Pengaturan Kinerja")
