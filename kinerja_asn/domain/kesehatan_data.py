"""Data health before a performance cycle: what in the personnel records would stop an SKP from
being drafted, routed or assessed, and who must fix it.

PP 30/2019 and PermenPAN-RB 6/2022 (docs/regulasi.md §2): every SKP has a Pejabat Penilai Kinerja
(the direct superior) and an Atasan Pejabat Penilai; the SKP is drafted by the employee and approved
by the superior. So each employee needs a user account, a superior on record who still works, and a
reporting line that ends; each unit needs a head; a functional official needs a jenjang for the
credit-point conversion (PermenPAN-RB 1/2023).

Expected tops of the reporting line (no finding for a missing superior):
- the head (kepala unit) of a root unit, i.e. a unit whose parent is not among the units given (for
  one company these are its first-level units under "All Departments");
- a JPT with no superior on record: the Pejabat Penilai of a JPT Utama/Madya is the Pejabat Pembina
  Kepegawaian (the minister or regional head), a political official who has no Employee record.

Everything is linear in the number of records: dict indexes and one walk over the reporting line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date

# [U] No regulation caps the number of employees one Pejabat Penilai assesses; a site setting.
DEFAULT_MAKS_PEGAWAI_DINILAI = 15

STATUS_AKTIF = "Active"
JABATAN_JPT = "JPT"
JABATAN_FUNGSIONAL = "Fungsional"

# Who must fix a finding.
PENGELOLA_KINERJA = "Pengelola Kinerja"
ADMIN_SISTEM = "Admin Sistem"
ATASAN_LANGSUNG = "Atasan Langsung"

# Finding codes with their titles for users, in the order the checks run.
JUDUL: dict[str, str] = {
	"tanpa_user": "Pegawai tanpa akun pengguna",
	"tanpa_atasan": "Pegawai tanpa atasan langsung",
	"atasan_tidak_aktif": "Atasan tidak aktif atau sudah berhenti",
	"siklus_atasan": "Garis atasan berputar",
	"bawahan_berlebih": "Pegawai yang dinilai melebihi batas",
	"jf_tanpa_jenjang": "Pejabat fungsional tanpa jenjang",
	"unit_tanpa_kepala": "Unit tanpa kepala",
	"kepala_unit_tidak_aktif": "Kepala unit tidak aktif",
}


@dataclass(frozen=True)
class Pegawai:
	"""An Employee record: `atasan` is reports_to, `unit` the department, `tanggal_berhenti` the
	relieving date (the last working day)."""

	id: str
	nama: str = ""
	user: str | None = None
	status: str = STATUS_AKTIF
	atasan: str | None = None
	unit: str | None = None
	jenis_jabatan: str | None = None
	jenjang_jabatan_fungsional: str | None = None
	tanggal_berhenti: date | None = None


@dataclass(frozen=True)
class Unit:
	"""A Department: `induk` is the parent unit, `kepala_unit` the Employee who heads it."""

	id: str
	nama: str = ""
	induk: str | None = None
	kepala_unit: str | None = None


@dataclass(frozen=True)
class Temuan:
	"""One problem: about an employee (`pegawai`) or a unit (`unit`), with the message for users and
	who must fix it (`penanggung_jawab`: Pengelola Kinerja, Admin Sistem or Atasan Langsung, then
	`pegawai_penanggung_jawab` is that superior's id). `terkait` lists the other records involved:
	the superior who left, the members of a cycle."""

	kode: str
	pesan: str
	penanggung_jawab: str
	pegawai: str | None = None
	unit: str | None = None
	pegawai_penanggung_jawab: str | None = None
	terkait: tuple[str, ...] = ()

	@property
	def judul(self) -> str:
		return JUDUL[self.kode]


def aktif(pegawai: Pegawai | None, tanggal: date) -> bool:
	"""Working on `tanggal`: status Active and not past the relieving date."""
	return (
		pegawai is not None
		and pegawai.status == STATUS_AKTIF
		and (pegawai.tanggal_berhenti is None or pegawai.tanggal_berhenti >= tanggal)
	)


def periksa_kesehatan_data(
	pegawai: Iterable[Pegawai],
	unit: Iterable[Unit] = (),
	*,
	tanggal: date | None = None,
	maks_pegawai_dinilai: int = DEFAULT_MAKS_PEGAWAI_DINILAI,
	unit_cakupan: Collection[str] | None = None,
) -> list[Temuan]:
	"""Every finding for the employees and units in scope, check by check (units last).

	`pegawai` holds every record the checks may need (superiors and unit heads of any status, also
	outside the scope); only active employees are checked. `unit_cakupan` limits the findings to the
	employees and units of those units (None: all); a cycle is reported when one member is in scope.
	"""
	tanggal = tanggal or date.today()
	semua = {p.id: p for p in pegawai}
	units = {u.id: u for u in unit}
	dalam_cakupan = _cakupan(unit_cakupan)
	diperiksa = _diperiksa(semua.values(), tanggal, dalam_cakupan)
	puncak = _puncak_yang_wajar(units.values())
	berpegawai = unit_berpegawai(semua.values(), units.values(), tanggal)

	temuan: list[Temuan] = []
	temuan += _tanpa_user(diperiksa)
	temuan += _tanpa_atasan(diperiksa, puncak)
	temuan += _atasan_tidak_aktif(diperiksa, semua, tanggal)
	temuan += _siklus_atasan(semua, tanggal, dalam_cakupan)
	temuan += _bawahan_berlebih(diperiksa, semua, tanggal, maks_pegawai_dinilai)
	temuan += _jf_tanpa_jenjang(diperiksa)
	temuan += _masalah_unit(
		[u for u in units.values() if dalam_cakupan(u.id) and u.id in berpegawai], semua, tanggal
	)
	return temuan


@dataclass(frozen=True)
class Ringkasan:
	"""What the check covered: active employees checked, findings, and the units they fall in (a
	unit's own finding or the unit of the employee concerned)."""

	pegawai: int
	masalah: int
	unit: int


def ringkas(
	temuan: Iterable[Temuan],
	pegawai: Iterable[Pegawai],
	*,
	tanggal: date,
	unit_cakupan: Collection[str] | None = None,
) -> Ringkasan:
	"""The summary line of a check run with the same `pegawai`, `tanggal` and `unit_cakupan`."""
	semua = {p.id: p for p in pegawai}
	daftar = list(temuan)
	unit = {t.unit or (semua[t.pegawai].unit if t.pegawai in semua else None) for t in daftar}
	unit.discard(None)
	return Ringkasan(
		pegawai=len(_diperiksa(semua.values(), tanggal, _cakupan(unit_cakupan))),
		masalah=len(daftar),
		unit=len(unit),
	)


def unit_berpegawai(pegawai: Iterable[Pegawai], unit: Iterable[Unit], tanggal: date) -> set[str]:
	"""Units with an active employee in them or in one of their sub-units. The others (an empty
	unit, ERPNext's default departments) are not part of any cycle, so they have nothing to fix."""
	induk = {u.id: u.induk for u in unit}
	hasil: set[str] = set()
	for p in pegawai:
		node = p.unit if aktif(p, tanggal) else None
		while node is not None and node in induk and node not in hasil:
			hasil.add(node)
			node = induk[node]
	return hasil


def _diperiksa(
	pegawai: Iterable[Pegawai], tanggal: date, dalam_cakupan: Callable[[str | None], bool]
) -> list[Pegawai]:
	return [p for p in pegawai if aktif(p, tanggal) and dalam_cakupan(p.unit)]


def _cakupan(unit_cakupan: Collection[str] | None) -> Callable[[str | None], bool]:
	if unit_cakupan is None:
		return lambda unit: True
	cakupan = set(unit_cakupan)
	return lambda unit: unit in cakupan


def _label(p: Pegawai | None, id: str) -> str:
	return f"{p.nama} ({id})" if p and p.nama and p.nama != id else id


def _puncak_yang_wajar(units: Iterable[Unit]) -> set[str]:
	"""Heads of the root units: the top of the reporting line of their tree."""
	daftar = list(units)
	ids = {u.id for u in daftar}
	return {u.kepala_unit for u in daftar if u.kepala_unit and (not u.induk or u.induk not in ids)}


def _tanpa_user(diperiksa: list[Pegawai]) -> list[Temuan]:
	return [
		Temuan(
			"tanpa_user",
			f"{_label(p, p.id)} belum memiliki akun pengguna, sehingga tidak dapat menyusun, mengajukan "
			"atau menyetujui SKP.",
			ADMIN_SISTEM,
			pegawai=p.id,
		)
		for p in diperiksa
		if not p.user
	]


def _tanpa_atasan(diperiksa: list[Pegawai], puncak: set[str]) -> list[Temuan]:
	return [
		Temuan(
			"tanpa_atasan",
			f"{_label(p, p.id)} belum memiliki atasan langsung pada data pegawai, sehingga Pejabat Penilai "
			"Kinerjanya tidak dapat ditentukan.",
			PENGELOLA_KINERJA,
			pegawai=p.id,
		)
		for p in diperiksa
		if not p.atasan and p.id not in puncak and p.jenis_jabatan != JABATAN_JPT
	]


def _atasan_tidak_aktif(diperiksa: list[Pegawai], semua: dict[str, Pegawai], tanggal: date) -> list[Temuan]:
	hasil = []
	for p in diperiksa:
		if not p.atasan or p.atasan == p.id:
			continue
		atasan = semua.get(p.atasan)
		if aktif(atasan, tanggal):
			continue
		if atasan is None:
			sebab = "tidak ditemukan dalam data pegawai"
		elif atasan.status != STATUS_AKTIF:
			sebab = f"berstatus {atasan.status}"
		else:
			sebab = f"telah berhenti sejak {atasan.tanggal_berhenti.isoformat()}"
		hasil.append(
			Temuan(
				"atasan_tidak_aktif",
				f"Atasan langsung {_label(p, p.id)}, yaitu {_label(atasan, p.atasan)}, {sebab}. Tetapkan "
				"atasan baru atau Plt/Plh agar SKP dapat dinilai.",
				PENGELOLA_KINERJA,
				pegawai=p.id,
				terkait=(p.atasan,),
			)
		)
	return hasil


def _siklus_atasan(
	semua: dict[str, Pegawai], tanggal: date, dalam_cakupan: Callable[[str | None], bool]
) -> list[Temuan]:
	"""Each cycle of the reporting line once, walking every active employee's chain a single time.

	Only links between active employees count: a link to a superior who left is reported by
	atasan_tidak_aktif and ends the chain."""

	def berikutnya(id: str) -> str | None:
		atasan = semua[id].atasan
		return atasan if atasan and aktif(semua.get(atasan), tanggal) else None

	selesai: set[str] = set()
	hasil = []
	for mulai in semua:
		if mulai in selesai or not aktif(semua[mulai], tanggal):
			continue
		jalur: list[str] = []
		posisi: dict[str, int] = {}
		node: str | None = mulai
		while node is not None and node not in selesai and node not in posisi:
			posisi[node] = len(jalur)
			jalur.append(node)
			node = berikutnya(node)
		if node is not None and node in posisi:
			siklus = jalur[posisi[node] :]
			awal = siklus.index(min(siklus))
			siklus = siklus[awal:] + siklus[:awal]
			if any(dalam_cakupan(semua[s].unit) for s in siklus):
				hasil.append(_temuan_siklus(siklus, semua))
		selesai.update(jalur)
	return hasil


def _temuan_siklus(siklus: list[str], semua: dict[str, Pegawai]) -> Temuan:
	if len(siklus) == 1:
		pesan = f"{_label(semua[siklus[0]], siklus[0])} tercatat sebagai atasan langsung dirinya sendiri."
	else:
		rantai = " → ".join(_label(semua[s], s) for s in [*siklus, siklus[0]])
		pesan = (
			f"Garis atasan berputar: {rantai}. Pejabat penilai pegawai-pegawai ini tidak dapat "
			"ditentukan sampai salah satu atasan diperbaiki."
		)
	return Temuan("siklus_atasan", pesan, PENGELOLA_KINERJA, pegawai=siklus[0], terkait=tuple(siklus))


def _bawahan_berlebih(
	diperiksa: list[Pegawai], semua: dict[str, Pegawai], tanggal: date, maks: int
) -> list[Temuan]:
	"""Superiors assessing more active direct subordinates than the setting allows; their own superior
	decides who else assesses part of them (a Pengawas or coordinator), else HR."""
	jumlah = Counter(p.atasan for p in semua.values() if p.atasan and p.atasan != p.id and aktif(p, tanggal))
	hasil = []
	for p in diperiksa:
		if jumlah[p.id] <= maks:
			continue
		atasan = p.atasan if p.atasan != p.id and aktif(semua.get(p.atasan or ""), tanggal) else None
		hasil.append(
			Temuan(
				"bawahan_berlebih",
				f"{_label(p, p.id)} menilai {jumlah[p.id]} bawahan langsung, melebihi batas {maks} pegawai "
				"yang dinilai.",
				ATASAN_LANGSUNG if atasan else PENGELOLA_KINERJA,
				pegawai=p.id,
				pegawai_penanggung_jawab=atasan,
			)
		)
	return hasil


def _jf_tanpa_jenjang(diperiksa: list[Pegawai]) -> list[Temuan]:
	return [
		Temuan(
			"jf_tanpa_jenjang",
			f"{_label(p, p.id)} menduduki jabatan fungsional tetapi jenjangnya belum diisi, sehingga angka "
			"kreditnya tidak dapat dihitung.",
			PENGELOLA_KINERJA,
			pegawai=p.id,
		)
		for p in diperiksa
		if p.jenis_jabatan == JABATAN_FUNGSIONAL and not p.jenjang_jabatan_fungsional
	]


def _masalah_unit(units: list[Unit], semua: dict[str, Pegawai], tanggal: date) -> list[Temuan]:
	hasil = []
	for u in units:
		nama = u.nama or u.id
		if not u.kepala_unit:
			hasil.append(
				Temuan(
					"unit_tanpa_kepala",
					f"Unit {nama} belum memiliki kepala unit.",
					PENGELOLA_KINERJA,
					unit=u.id,
				)
			)
			continue
		kepala = semua.get(u.kepala_unit)
		if aktif(kepala, tanggal):
			continue
		sebab = "tidak ditemukan dalam data pegawai" if kepala is None else "tidak aktif lagi"
		hasil.append(
			Temuan(
				"kepala_unit_tidak_aktif",
				f"Kepala unit {nama}, {_label(kepala, u.kepala_unit)}, {sebab}. Tetapkan kepala unit baru "
				"atau Plt/Plh.",
				PENGELOLA_KINERJA,
				unit=u.id,
				terkait=(u.kepala_unit,),
			)
		)
	return hasil
