"""Who assesses whom: the one adapter that workflows, permissions, the portal and notifications ask.

The rules live in kinerja_asn.domain.penilai (tentukan_penilai); this module only loads the
reporting line, the acting assignments in force and the users, and keeps the stored approver of
open SKP in step with them.
"""

from __future__ import annotations

from datetime import date

import frappe
from frappe import _
from frappe.utils import getdate, today

from kinerja_asn.domain.penilai import PenilaiTerpilih, Penugasan, tentukan_penilai
from kinerja_asn.domain.skp import pejabat_penilai_bawaan


def employee_of_user(user: str | None = None) -> str | None:
	"""The active Employee linked to a user, memoised for the request."""
	user = user or frappe.session.user
	cache = getattr(frappe.local, "kinerja_employee_of_user", None)
	if cache is None:
		cache = frappe.local.kinerja_employee_of_user = {}
	if not cache.get(user):
		cache[user] = frappe.db.get_value("Employee", {"user_id": user, "status": "Active"}, "name")
	return cache[user]


def penilai_bawaan(employee: str) -> tuple[str | None, str | None]:
	"""Default Pejabat Penilai and Atasan Pejabat Penilai from the reporting line on record."""
	atasan = frappe.db.get_value("Employee", employee, "reports_to")
	garis = {employee: atasan}
	if atasan:
		garis[atasan] = frappe.db.get_value("Employee", atasan, "reports_to")
	return pejabat_penilai_bawaan(employee, garis)


# What an acting assignment needs to be a domain Penugasan.
PENUGASAN_FIELDS = [
	"name",
	"jenis",
	"pegawai_pengganti",
	"pejabat_definitif",
	"unit",
	"tanggal_mulai",
	"tanggal_selesai",
]


def penugasan_berlaku(tanggal: date) -> list[Penugasan]:
	rows = frappe.get_all(
		"Penugasan Plt Plh",
		filters={"docstatus": 1, "tanggal_mulai": ("<=", tanggal)},
		or_filters=[["tanggal_selesai", "is", "not set"], ["tanggal_selesai", ">=", tanggal]],
		fields=PENUGASAN_FIELDS,
	)
	return [penugasan_domain(r) for r in rows]


def penugasan_domain(r) -> Penugasan:
	return Penugasan(
		id=r.name,
		jenis=r.jenis,
		pengganti=r.pegawai_pengganti,
		mulai=getdate(r.tanggal_mulai),
		selesai=getdate(r.tanggal_selesai) if r.tanggal_selesai else None,
		pejabat=r.pejabat_definitif or None,
		unit=r.unit or None,
	)


class GarisAtasan:
	"""Status, superior and headed unit of employees, loaded on first use (chains are short) or all
	at once for a bulk pass."""

	def __init__(self, tanggal: date):
		self.tanggal = tanggal
		self.baris: dict[str, tuple[bool, str | None]] = {}
		self.unit: dict[str, str | None] = {}

	def muat_semua(self) -> GarisAtasan:
		for r in frappe.get_all("Employee", fields=["name", "status", "relieving_date", "reports_to"]):
			self.baris[r.name] = (self._aktif(r), r.reports_to)
		for d in frappe.get_all(
			"Department", filters={"kepala_unit": ("is", "set")}, fields=["name", "kepala_unit"]
		):
			self.unit[d.kepala_unit] = d.name
		self._semua = True
		return self

	def _aktif(self, r) -> bool:
		# Still active on the relieving date itself, as the data-health check counts it.
		return r.status == "Active" and not (r.relieving_date and getdate(r.relieving_date) < self.tanggal)

	def _row(self, employee: str | None) -> tuple[bool, str | None]:
		if not employee:
			return (False, None)
		if employee not in self.baris:
			if getattr(self, "_semua", False):
				return (False, None)
			r = frappe.db.get_value(
				"Employee", employee, ["name", "status", "relieving_date", "reports_to"], as_dict=True
			)
			self.baris[employee] = (self._aktif(r), r.reports_to) if r else (False, None)
		return self.baris[employee]

	@property
	def aktif(self):
		return _Lihat(lambda e: self._row(e)[0])

	@property
	def atasan(self):
		return _Lihat(lambda e: self._row(e)[1])

	@property
	def unit_dipimpin(self):
		def unit(e):
			if e not in self.unit and not getattr(self, "_semua", False):
				self.unit[e] = frappe.db.get_value("Department", {"kepala_unit": e}, "name")
			return self.unit.get(e)

		return _Lihat(unit)


class _Lihat:
	"""A read-only mapping over a function: the domain only calls .get."""

	def __init__(self, fn):
		self.fn = fn

	def get(self, key, default=None):
		value = self.fn(key)
		return default if value is None else value


def tentukan(
	employee: str,
	penilai_tercatat: str | None,
	tanggal: date | None = None,
	*,
	garis: GarisAtasan | None = None,
	penugasan: list[Penugasan] | None = None,
) -> PenilaiTerpilih:
	"""The assessor of `employee` today (or on `tanggal`), acting officials included."""
	tanggal = getdate(tanggal or today())
	garis = garis or GarisAtasan(tanggal)
	penugasan = penugasan_berlaku(tanggal) if penugasan is None else penugasan
	try:
		return tentukan_penilai(
			employee,
			tanggal,
			penilai_tercatat,
			aktif=garis.aktif,
			atasan=garis.atasan,
			unit_dipimpin=garis.unit_dipimpin,
			penugasan=penugasan,
		)
	except ValueError as e:
		frappe.throw(_(str(e)), title=_("Penilai Tidak Dapat Ditentukan"))


def user_of(employee: str | None) -> str | None:
	return frappe.db.get_value("Employee", employee, "user_id") if employee else None


def sinkronkan_penyetuju(tanggal: date | None = None) -> list[str]:
	"""Re-resolve the approver of every open SKP, Realisasi Kinerja and Penilaian Kinerja and the
	decider of every open appeal (after an assignment starts, ends or is cancelled), store it, and
	tell the new and the previous approver of documents waiting for them."""
	tanggal = getdate(tanggal or today())
	garis = GarisAtasan(tanggal).muat_semua()
	penugasan = penugasan_berlaku(tanggal)
	users = dict(
		frappe.get_all(
			"Employee", filters={"user_id": ("is", "set")}, fields=["name", "user_id"], as_list=True
		)
	)
	berubah = []
	for doctype, status_terbuka, pesan, menunggu in (
		(
			"SKP",
			["Draft", "Diajukan", "Ditinjau", "Dikembalikan"],
			(
				_("SKP {0} menunggu persetujuan Anda sebagai pejabat penilai."),
				_("Persetujuan SKP {0} dialihkan kepada pejabat pengganti."),
			),
			("Diajukan",),
		),
		(
			"Realisasi Kinerja",
			["Draft", "Diajukan", "Ditinjau", "Revisi"],
			(
				_("Realisasi kinerja {0} menunggu verifikasi Anda sebagai pejabat penilai."),
				_("Verifikasi realisasi kinerja {0} dialihkan kepada pejabat pengganti."),
			),
			("Diajukan",),
		),
		(
			"Penilaian Kinerja",
			["Draft", "Dinilai"],
			(
				_("Penilaian kinerja {0} menunggu Anda sebagai pejabat penilai."),
				_("Penilaian kinerja {0} dialihkan kepada pejabat pengganti."),
			),
			("Draft", "Dinilai"),
		),
	):
		for doc in frappe.get_all(
			doctype,
			filters={"docstatus": 0, "status": ("in", status_terbuka)},
			fields=[
				"name",
				"employee",
				"employee_name",
				"pejabat_penilai",
				"penyetuju",
				"user_penyetuju",
				"status",
			],
		):
			try:
				hasil = tentukan_penilai(
					doc.employee,
					tanggal,
					doc.pejabat_penilai,
					aktif=garis.aktif,
					atasan=garis.atasan,
					unit_dipimpin=garis.unit_dipimpin,
					penugasan=penugasan,
				)
			except ValueError:
				continue  # a loop in the data: the data-health check reports it
			user = users.get(hasil.pegawai)
			if (hasil.pegawai, user) == (doc.penyetuju, doc.user_penyetuju):
				continue
			nilai = {"penyetuju": hasil.pegawai, "user_penyetuju": user, "sebutan_penyetuju": hasil.sebutan}
			if doctype != "Realisasi Kinerja":
				nilai["penugasan_penyetuju"] = hasil.penugasan
			frappe.db.set_value(doctype, doc.name, nilai, update_modified=False)
			berubah.append(doc.name)
			if doc.status in menunggu:
				_beri_tahu(doctype, doc, pesan, user, users.get(doc.penyetuju))
	berubah += _sinkronkan_pemutus_keberatan(tanggal, garis, penugasan, users)
	return berubah


def _sinkronkan_pemutus_keberatan(tanggal: date, garis: GarisAtasan, penugasan, users: dict) -> list[str]:
	"""Open appeals follow the acting official of the Atasan Pejabat Penilai, as approvers do."""
	berubah = []
	for doc in frappe.get_all(
		"Keberatan Penilaian Kinerja",
		filters={"docstatus": 0},
		fields=["name", "employee", "employee_name", "pejabat_penilai", "atasan_pejabat_penilai", "pemutus"],
	):
		try:
			hasil = tentukan_penilai(
				doc.pejabat_penilai,
				tanggal,
				doc.atasan_pejabat_penilai,
				aktif=garis.aktif,
				atasan=garis.atasan,
				unit_dipimpin=garis.unit_dipimpin,
				penugasan=penugasan,
			)
		except ValueError:
			continue
		if not hasil.pegawai or hasil.pegawai in (doc.pemutus, doc.employee):
			continue
		user = users.get(hasil.pegawai)
		frappe.db.set_value(
			"Keberatan Penilaian Kinerja",
			doc.name,
			{
				"pemutus": hasil.pegawai,
				"user_pemutus": user,
				"sebutan_pemutus": hasil.sebutan,
				"penugasan_pemutus": hasil.penugasan,
			},
			update_modified=False,
		)
		berubah.append(doc.name)
		_beri_tahu(
			"Keberatan Penilaian Kinerja",
			doc,
			(
				_("Keberatan {0} menunggu keputusan Anda sebagai atasan pejabat penilai."),
				_("Keputusan keberatan {0} dialihkan kepada pejabat pengganti."),
			),
			user,
			users.get(doc.pemutus),
		)
	return berubah


def _beri_tahu(
	doctype: str, doc, pesan: tuple[str, str], user_baru: str | None, user_lama: str | None
) -> None:
	for user, teks in zip((user_baru, user_lama), pesan, strict=True):
		if not user:
			continue
		frappe.get_doc(
			{
				"doctype": "Notification Log",
				"for_user": user,
				"type": "Alert",
				"document_type": doctype,
				"document_name": doc.name,
				"subject": teks.format(f"{doc.name} ({doc.employee_name})"),
			}
		).insert(ignore_permissions=True)


def penetap_unit(kepala_unit: str | None):
	"""Who sets the predikat of the unit led by kepala_unit; None for a unit without head or superior."""
	if not kepala_unit:
		return None
	atasan, _atasan_atasan = penilai_bawaan(kepala_unit)
	if not atasan:
		return None
	hasil = tentukan(kepala_unit, atasan)
	return hasil if hasil.pegawai else None
