"""One approval path for every document someone decides (SKP, Realisasi Kinerja, Penilaian Kinerja,
Keberatan Penilaian Kinerja, Predikat Kinerja Organisasi), as hrms keeps its AppraisalMixin:

- who decides comes from the one resolver (`services.penilai`, acting officials included) and is
  stored on the document (`tetapkan_peran`), never taken from the form;
- only that user decides (`validate_peran`), never the document's own employee; system code that
  acts on its own passes `doc.flags.oleh_sistem = True` (the one flag for it);
- who decided, as what ("Plt."/"Plh.") and when is recorded, with a comment when an acting
  official decided (`catat_tindakan`).
"""

from __future__ import annotations

from dataclasses import dataclass

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import now_datetime

from kinerja_asn.services import penilai
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import IsianAman


@dataclass(frozen=True)
class Peran:
	"""The fields that hold who decides a document."""

	pegawai: str
	sebutan: str
	user: str
	penugasan: str | None


PENYETUJU = Peran("penyetuju", "sebutan_penyetuju", "user_penyetuju", "penugasan_penyetuju")
PEMUTUS = Peran("pemutus", "sebutan_pemutus", "user_pemutus", "penugasan_pemutus")
PENETAP = Peran("penetap", "sebutan_penetap", "user_penetap", None)


class DokumenPersetujuan(IsianAman):
	"""Mixin (before Document in the bases) of the documents someone decides."""

	PERAN: Peran = PENYETUJU
	PENGELOLA_BOLEH = False  # HR may decide in the decider's place

	def muat_skp(self: Document, fields: list[str]):
		"""The SKP the document belongs to (one query), or a clear error."""
		skp = frappe.db.get_value("SKP", self.skp, fields, as_dict=True) if self.skp else None
		if not skp:
			frappe.throw(_("SKP {0} tidak ditemukan.").format(self.skp or ""))
		return skp

	def salin_dari_skp(self: Document, skp, fields) -> None:
		"""Who is concerned and who assesses always come from the SKP, never from the form."""
		for field in fields:
			self.set(field, skp.get(field))

	def set_penyetuju(self: Document, garis=None, penugasan=None, users: dict | None = None) -> None:
		"""The resolver's approver for the employee and their Pejabat Penilai (bulk writers hand in
		the reporting line, assignments and users they loaded once)."""
		if self.docstatus != 0:
			return
		hasil = penilai.tentukan(self.employee, self.pejabat_penilai, garis=garis, penugasan=penugasan)
		self.tetapkan_peran(hasil, users)

	def tetapkan_peran(self: Document, hasil, users: dict | None = None) -> None:
		"""Store the resolver's answer (None: nobody) in the document's decider fields."""
		peran = self.PERAN
		pegawai = hasil.pegawai if hasil else None
		self.set(peran.pegawai, pegawai)
		self.set(peran.sebutan, hasil.sebutan if hasil else "")
		if peran.penugasan and self.meta.has_field(peran.penugasan):
			self.set(peran.penugasan, hasil.penugasan if hasil else None)
		self.set(peran.user, users.get(pegawai) if users is not None else penilai.user_of(pegawai))

	def validate_peran(self: Document, pesan) -> None:
		"""Only the stored decider acts, never the document's own employee. `pesan` may be a callable,
		so a message naming someone is only looked up when it is shown."""
		if self.flags.oleh_sistem or (self.PENGELOLA_BOLEH and is_pengelola()):
			return
		if not self.diputus_oleh(frappe.session.user):
			frappe.throw(pesan() if callable(pesan) else pesan, frappe.PermissionError)

	def diputus_oleh(self: Document, user: str) -> bool:
		"""Whether `user` is the stored decider of the document, never its own employee (the portal's
		endpoints ask this of the record they loaded; HR and system code have no say here)."""
		pemutus = self.get(self.PERAN.user)
		pemilik = self.get("employee_user")
		return bool(pemutus) and user == pemutus and not (pemilik and user == pemilik)

	def nama_peran(self: Document) -> str:
		pegawai = self.get(self.PERAN.pegawai)
		return (frappe.get_cached_value("Employee", pegawai, "employee_name") if pegawai else None) or ""

	def catat_tindakan(
		self: Document,
		oleh: str,
		sebagai: str,
		tanggal: str,
		nama: str | None = None,
		komentar: str | None = None,
		jabatan: str = "",
	) -> str:
		"""Record the decider, their capacity and the time in the given fields; `komentar` ({0} name,
		{1} capacity, {2} `jabatan`) is added when an acting official decided. Returns the name."""
		peran = self.PERAN
		nama_pegawai = self.nama_peran()
		self.set(oleh, self.get(peran.pegawai))
		self.set(sebagai, self.get(peran.sebutan))
		self.set(tanggal, now_datetime())
		if nama:
			self.set(nama, nama_pegawai)
		if komentar and self.get(peran.sebutan):
			self.add_comment("Info", komentar.format(nama_pegawai, self.get(peran.sebutan), jabatan))
		return nama_pegawai
