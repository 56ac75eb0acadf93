"""Papan Kalibrasi: a unit's draft assessments on the quadrant, what-if moves, saving the moves through
the assessments' controller in one step, and fixing the unit's predikat for the period (Kalibrasi
Unit). The rules are domain.kalibrasi's; this module loads the unit, decides who sees and does what
and writes.

The unit is the one whose organisation predikat bounds the chosen department (the nearest unit with
a submitted Predikat Kinerja Organisasi, as the assessment's curve). HR (`is_pengelola`) sees every
draft of the unit; anyone else only the drafts they assess (Pejabat Penilai or the acting approver),
and may change those whose approver they are; the rest of the unit is counted, never named."""

from __future__ import annotations

from dataclasses import dataclass

import frappe
from frappe import _
from frappe.utils import now_datetime

from kinerja_asn.domain.kalibrasi import (
	AnggotaPapan,
	Geser,
	hambatan_penetapan,
	hitung_per_predikat,
	keadaan_kurva,
	simulasi,
)
from kinerja_asn.domain.perilaku import REGULASI_8_2021
from kinerja_asn.domain.rating import Predikat, Rating
from kinerja_asn.services import penilaian as layanan
from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.kunci import kunci_baris
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.penilai import employee_of_user

FIELDS = [
	"name",
	"employee",
	"employee_name",
	"nip",
	"designation",
	"department",
	"employee_user",
	"pejabat_penilai",
	"penyetuju",
	"user_penyetuju",
	"rating_hasil_kerja",
	"rating_perilaku_kerja",
	"predikat",
	"status",
	"docstatus",
	"regulasi",
	"modified",
]


@dataclass
class IsiUnit:
	"""A unit on its curve for a period: its organisation predikat, its employees (a submitted SKP of
	the year) and every assessment of the period bounded by its curve."""

	unit: str
	periode: str
	organisasi: frappe._dict
	pegawai: set[str]
	penilaian: list[frappe._dict]

	@property
	def jumlah_pegawai(self) -> int:
		return max(len(self.pegawai), len([p for p in self.penilaian if p.predikat]))

	def draf(self, row) -> bool:
		"""On the board: an open assessment of the 6/2022 regime (8/2021 has no rating pair)."""
		return row.docstatus == 0 and row.regulasi != REGULASI_8_2021


@dataclass
class Pemirsa:
	"""Who looks at the board: HR sees and changes every draft; an assessor their own assessees."""

	user: str
	employee: str | None
	pengelola: bool
	kepala_unit: bool

	def melihat(self, row) -> bool:
		return self.pengelola or bool(self.employee and self.employee in (row.pejabat_penilai, row.penyetuju))

	def mengubah(self, row) -> bool:
		"""Changes the ratings: HR (not their own assessment), or the approver the controller accepts."""
		if row.employee_user == self.user:
			return False
		return self.pengelola or (bool(row.user_penyetuju) and row.user_penyetuju == self.user)


def nama_kalibrasi(unit: str, periode: str) -> str:
	"""The name of a unit's lock for a period: one per unit and period, held by the primary key."""
	return f"{unit} | {periode}"


def terkunci(unit: str | None, periode: str | None) -> frappe._dict | None:
	if not (unit and periode):
		return None
	return frappe.db.get_value(
		"Kalibrasi Unit",
		{"unit": unit, "periode": periode},
		["name", "ditetapkan_oleh", "nama_ditetapkan_oleh", "tanggal"],
		as_dict=True,
	)


def muat_unit(department: str, periode: str) -> IsiUnit:
	periode_kinerja = frappe.db.get_value("Periode Kinerja", periode, "periode_induk") or periode
	peta = layanan.peta_unit(periode, periode_kinerja)
	unit = peta.unit(department)
	if not unit:
		frappe.throw(
			_(
				"Unit {0} dan unit di atasnya belum memiliki Predikat Kinerja Organisasi yang ditetapkan "
				"untuk periode {1}; kurva distribusinya belum dapat dikalibrasi."
			).format(department, periode),
			title=_("Predikat Organisasi Belum Ada"),
		)
	penilaian = [
		row
		for row in frappe.get_all(
			"Penilaian Kinerja",
			filters={"periode": periode, "docstatus": ("<", 2)},
			fields=FIELDS,
			order_by="employee_name asc",
		)
		if peta.unit(row.department) == unit
	]
	pegawai = layanan.pegawai_per_unit(peta, periode_kinerja).get(unit, set())
	return IsiUnit(unit, periode, peta.organisasi[unit], pegawai, penilaian)


def _sesi(isi: IsiUnit) -> Pemirsa:
	user = frappe.session.user
	employee = employee_of_user(user)
	kepala = bool(employee) and employee in (
		isi.organisasi.kepala_unit,
		frappe.db.get_value("Department", isi.unit, "kepala_unit"),
	)
	return Pemirsa(user, employee, is_pengelola(user), kepala)


def pemirsa(isi: IsiUnit) -> Pemirsa:
	"""The session's user on this unit's board; refused when they neither assess anyone of the unit
	nor head it nor are HR."""
	p = _sesi(isi)
	if not (p.pengelola or p.kepala_unit or any(p.melihat(r) for r in isi.penilaian if isi.draf(r))):
		frappe.throw(
			_(
				"Papan kalibrasi unit {0} hanya dapat dibuka oleh pejabat penilai pegawainya, kepala unit, "
				"atau Pengelola Kinerja."
			).format(isi.unit),
			frappe.PermissionError,
			title=_("Tidak Diizinkan"),
		)
	return p


def pemirsa_penetap(isi: IsiUnit) -> Pemirsa:
	"""The session's user fixing the unit: its head or HR."""
	p = _sesi(isi)
	if not (p.pengelola or p.kepala_unit):
		frappe.throw(
			_(
				"Hasil kalibrasi unit {0} hanya dapat ditetapkan oleh kepala unit atau Pengelola Kinerja."
			).format(isi.unit),
			frappe.PermissionError,
			title=_("Tidak Diizinkan"),
		)
	return p


def _anggota(row) -> AnggotaPapan:
	return AnggotaPapan.buat(row.name, row.rating_hasil_kerja, row.rating_perilaku_kerja, row.predikat)


def _lain(isi: IsiUnit) -> list[str]:
	"""Predikat of the unit's assessments not on anyone's board (final, or of the 8/2021 regime)."""
	return [r.predikat for r in isi.penilaian if r.predikat and not isi.draf(r)]


def _keadaan(isi: IsiUnit, aturan):
	return keadaan_kurva(
		isi.organisasi.predikat, [r.predikat for r in isi.penilaian if r.predikat], isi.jumlah_pegawai, aturan
	)


def _tanpa_predikat(isi: IsiUnit) -> int:
	"""Employees of the unit without a predikat yet: no assessment, or one not rated."""
	dinilai = {r.employee for r in isi.penilaian if r.predikat}
	terbuka = {r.employee for r in isi.penilaian if not r.predikat}
	return len((isi.pegawai - dinilai) | terbuka)


def unit_bawaan(periode: str) -> str | None:
	"""The unit a board opens on when none is chosen: the one the user heads, else the unit of the
	first draft they assess in the period (a head needs no read right on Department to start)."""
	employee = employee_of_user()
	if not employee:
		return None
	unit = frappe.db.get_value("Department", {"kepala_unit": employee}, "name")
	if unit:
		return unit
	return frappe.db.get_value(
		"Penilaian Kinerja",
		{"periode": periode, "docstatus": 0, "penyetuju": employee},
		"department",
		order_by="employee_name asc",
	)


def papan(department: str | None, periode: str) -> dict:
	"""What the board shows: the viewer's drafts with their rating pair and predikat, the rest of the
	unit as counts, the settings' quadrant and the curve's limits for the unit's size (the script
	recounts after a move with these), and the lock when the unit's predikat are fixed."""
	department = department or unit_bawaan(periode)
	if not department:
		frappe.throw(_("Pilih unit kerja."), title=_("Unit Kerja Diperlukan"))
	isi = muat_unit(department, periode)
	p = pemirsa(isi)
	pengaturan = get_pengaturan()
	aturan = pengaturan.aturan_distribusi
	keadaan = _keadaan(isi, aturan)
	dilihat = [r for r in isi.penilaian if isi.draf(r) and p.melihat(r)]
	nama_dilihat = {r.name for r in dilihat}
	lain = [r.predikat for r in isi.penilaian if r.predikat and r.name not in nama_dilihat]
	kunci = terkunci(isi.unit, periode)
	hambatan = hambatan_penetapan(keadaan, _tanpa_predikat(isi), bool(pengaturan.distribusi_memblokir))
	return {
		"unit": isi.unit,
		"nama_unit": frappe.db.get_value("Department", isi.unit, "department_name") or isi.unit,
		"periode": periode,
		"nama_periode": frappe.db.get_value("Periode Kinerja", periode, "nama_periode") or periode,
		"predikat_kinerja_organisasi": isi.organisasi.name,
		"predikat_organisasi": isi.organisasi.predikat,
		"jumlah_pegawai": isi.jumlah_pegawai,
		"memblokir": bool(pengaturan.distribusi_memblokir),
		"rating": [r.value for r in Rating],
		"predikat": [x.value for x in sorted(Predikat, key=lambda x: -x.rank)],
		"matriks": [
			{"hasil_kerja": h.value, "perilaku_kerja": k.value, "predikat": v.value}
			for (h, k), v in pengaturan.matriks.items()
		],
		"aturan": keadaan.aturan(),
		"lain": hitung_per_predikat(lain),
		"jumlah_lain": len([r for r in isi.penilaian if r.name not in nama_dilihat]),
		"anggota": [
			{
				"penilaian": r.name,
				"employee": r.employee,
				"nama": r.employee_name,
				"nip": r.nip,
				"jabatan": r.designation,
				"rating_hasil_kerja": r.rating_hasil_kerja,
				"rating_perilaku_kerja": r.rating_perilaku_kerja,
				"predikat": r.predikat,
				"status": r.status,
				# sent back with a move: a draft changed by someone else since is not overwritten
				"versi": str(r.modified),
				"dapat_diubah": bool(not kunci and p.mengubah(r)),
			}
			for r in dilihat
		],
		"kuota": keadaan.ringkasan(),
		"pelanggaran": [x.pesan for x in keadaan.langgar],
		"terkunci": kunci,
		"dapat_menetapkan": bool(not kunci and (p.pengelola or p.kepala_unit)),
		"hambatan_penetapan": hambatan,
	}


def simpan(department: str, periode: str, perubahan: list[dict]) -> dict:
	"""The viewer's moves written to the drafts in one step: each assessment saved through its
	controller (validation, the quadrant, the curve fields); one refusal and nothing is kept. A move
	that breaks the curve anew is refused when the settings make the curve blocking."""
	isi = muat_unit(department, periode)
	p = pemirsa(isi)
	kunci_baris("Department", isi.unit)  # one calibration of a unit at a time, and none after its lock
	if terkunci(isi.unit, periode):
		frappe.throw(
			_(
				"Predikat unit {0} untuk periode {1} sudah ditetapkan; perubahan hanya melalui keputusan keberatan."
			).format(isi.unit, periode),
			title=_("Hasil Kalibrasi Terkunci"),
		)
	baris = {r.name: r for r in isi.penilaian}
	geser = []
	for item in perubahan or []:
		row = baris.get(item.get("penilaian"))
		if not row or not isi.draf(row) or not p.melihat(row):
			frappe.throw(
				_("Penilaian {0} tidak ada di papan kalibrasi Anda untuk unit {1}.").format(
					item.get("penilaian"), isi.unit
				),
				frappe.PermissionError,
			)
		if not p.mengubah(row):
			frappe.throw(
				_("Rating {0} ({1}) hanya dapat diubah oleh pejabat penilainya.").format(
					row.employee_name, row.name
				),
				frappe.PermissionError,
			)
		if not (item.get("rating_hasil_kerja") and item.get("rating_perilaku_kerja")):
			frappe.throw(_("Isi rating hasil kerja dan rating perilaku kerja {0}.").format(row.employee_name))
		geser.append(Geser.buat(row.name, item["rating_hasil_kerja"], item["rating_perilaku_kerja"]))
	pengaturan = get_pengaturan()
	try:
		hasil = simulasi(
			isi.organisasi.predikat,
			[_anggota(r) for r in isi.penilaian if isi.draf(r)],
			_lain(isi),
			isi.jumlah_pegawai,
			geser,
			pengaturan.matriks,
			pengaturan.aturan_distribusi,
		)
	except ValueError as e:
		frappe.throw(_("Perubahan kalibrasi tidak dapat diproses: {0}").format(str(e)))
	if hasil.melanggar and pengaturan.distribusi_memblokir:
		frappe.throw(
			_("Perubahan ini melanggar kurva distribusi unit {0} (predikat organisasi {1}):<br>{2}").format(
				isi.unit, _(isi.organisasi.predikat), "<br>".join(r.pesan for r in hasil.melanggar)
			),
			title=_("Kurva Distribusi Dilanggar"),
		)
	versi = {item["penilaian"]: item.get("versi") for item in perubahan or []}
	_tulis(hasil, {g.penilaian: g for g in geser}, baris, versi)
	return {"disimpan": list(hasil.berubah), "papan": papan(department, periode)}


def _tulis(hasil, geser: dict, baris: dict, versi: dict | None = None) -> None:
	titik = "kalibrasi_unit"
	frappe.db.savepoint(titik)
	sekarang = None
	try:
		for name in hasil.berubah:
			sekarang = name
			g = geser[name]
			doc = frappe.get_doc("Penilaian Kinerja", name, for_update=True)
			if (versi or {}).get(name) and str(doc.modified) != versi[name]:
				frappe.throw(
					_("penilaian ini diubah orang lain sejak papan dimuat; muat ulang papan lalu ulangi.")
				)
			lama = (doc.rating_hasil_kerja, doc.rating_perilaku_kerja, doc.predikat)
			doc.rating_hasil_kerja = g.rating_hasil_kerja.value
			if doc.rating_perilaku_kerja != g.rating_perilaku_kerja.value:
				doc.rating_perilaku_ditetapkan_penilai = 1
				doc.rating_perilaku_kerja = g.rating_perilaku_kerja.value
			doc.flags.dari_kalibrasi = True
			doc.save()
			if doc.predikat != (hasil.predikat[name].value if hasil.predikat[name] else None):
				frappe.throw(
					_("Predikat tersimpan {0} berbeda dari predikat papan {1}.").format(
						_(doc.predikat or "-"), _(hasil.predikat[name].value)
					)
				)
			doc.add_comment(
				"Info",
				_("Dikalibrasi oleh {0}: {1} / {2} ({3}) menjadi {4} / {5} ({6}).").format(
					frappe.session.user,
					_(lama[0] or "-"),
					_(lama[1] or "-"),
					_(lama[2] or "-"),
					_(doc.rating_hasil_kerja),
					_(doc.rating_perilaku_kerja),
					_(doc.predikat or "-"),
				),
			)
	except Exception as e:
		frappe.db.rollback(save_point=titik)
		pesan = frappe.utils.strip_html(str(e)) or e.__class__.__name__
		frappe.clear_last_message()
		row = baris.get(sekarang)
		frappe.throw(
			_("Tidak ada perubahan yang disimpan: penilaian {0} ({1}) ditolak: {2}").format(
				row.employee_name if row else sekarang, sekarang, pesan
			),
			type(e)
			if isinstance(e, frappe.ValidationError | frappe.PermissionError)
			else frappe.ValidationError,
			title=_("Kalibrasi Tidak Disimpan"),
		)
	frappe.db.release_savepoint(titik)


def tetapkan(department: str, periode: str) -> dict:
	"""The unit's head or HR fixes the unit's predikat for the period (Kalibrasi Unit; its controller
	checks who and whether the unit is ready)."""
	isi = muat_unit(department, periode)
	pemirsa_penetap(isi)
	kunci_baris("Department", isi.unit)
	doc = frappe.get_doc({"doctype": "Kalibrasi Unit", "unit": isi.unit, "periode": periode})
	doc.insert(ignore_permissions=True)  # the controller decides who may fix a unit
	return {"kalibrasi": doc.name, "papan": papan(department, periode)}


def periksa_penetapan(doc) -> None:
	"""Kalibrasi Unit's checks: a unit bounded by its own organisation predikat, the session's user its
	head or HR, everyone in it with a predikat and, when the curve blocks, the curve kept. Fills what
	the lock records."""
	isi = muat_unit(doc.unit, doc.periode)
	if isi.unit != doc.unit:
		frappe.throw(
			_(
				"Kurva unit {0} ditentukan oleh predikat organisasi unit {1}; tetapkan kalibrasi untuk {1}."
			).format(doc.unit, isi.unit)
		)
	p = pemirsa_penetap(isi)
	pengaturan = get_pengaturan()
	keadaan = _keadaan(isi, pengaturan.aturan_distribusi)
	hambatan = hambatan_penetapan(keadaan, _tanpa_predikat(isi), bool(pengaturan.distribusi_memblokir))
	if hambatan:
		frappe.throw(
			_("Predikat unit {0} belum dapat ditetapkan:<br>{1}").format(isi.unit, "<br>".join(hambatan)),
			title=_("Kalibrasi Belum Dapat Ditetapkan"),
		)
	doc.predikat_kinerja_organisasi = isi.organisasi.name
	doc.predikat_organisasi = isi.organisasi.predikat
	doc.ditetapkan_oleh = p.user
	doc.nama_ditetapkan_oleh = frappe.db.get_value("User", p.user, "full_name") or p.user
	doc.ditetapkan_sebagai = _("Kepala Unit") if p.kepala_unit else _("Pengelola Kinerja")
	doc.tanggal = now_datetime()
	doc.jumlah_pegawai = isi.jumlah_pegawai
	doc.sebaran = "\n".join(f"{_(b['predikat'])}: {b['jumlah']}" for b in keadaan.ringkasan() if b["jumlah"])
	doc.pelanggaran = "\n".join(x.pesan for x in keadaan.langgar)
