"""Assessments (Penilaian Kinerja): load what an assessment is made of (the SKP's RHK and IKI with
their realisation in the period, the evidence, the behaviour input), a unit leader's achievement,
and where a unit stands on its distribution curve. One query per table; the rules are the domain's."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import frappe
from frappe.utils import flt, getdate

from kinerja_asn.domain.capaian import IKI, capaian_iki, capaian_rhk
from kinerja_asn.domain.distribusi import cek_distribusi, hitung_predikat, sisa_kuota
from kinerja_asn.domain.kaskade import rollup_capaian
from kinerja_asn.domain.pelaksanaan import realisasi_tahunan, target_sub_periode
from kinerja_asn.domain.penilaian import (
	capaian_unit,
	pelanggaran_kuota,
	ringkas_kuota,
	unit_distribusi,
)
from kinerja_asn.services.realisasi import arah_domain, muat_indikator

STATUS_DINILAI = ("Dinilai", "Ditetapkan")
IKI_FIELDS = [
	"name",
	"parent",
	"idx",
	"uraian",
	"aspek",
	"satuan",
	"arah",
	"target",
	"target_maks",
	"bobot",
	"agregasi_realisasi",
	"realisasi",
	"capaian",
]


@dataclass
class CapaianIKI:
	"""An IKI over the assessed period: its target there, the realisation (None when not reported)
	and the capaian (None without realisation or without a numeric target)."""

	target: float
	target_maks: float | None
	realisasi: float | None
	capaian: float | None


@dataclass
class SumberPenilaian:
	rhk: list[frappe._dict]
	iki: dict[str, frappe._dict]
	capaian: dict[str, CapaianIKI]
	bukti: list[frappe._dict] = field(default_factory=list)
	rencana_aksi: list[frappe._dict] = field(default_factory=list)  # the period's months, in order

	def iki_rhk(self, rhk: str) -> list[frappe._dict]:
		return [row for row in self.iki.values() if row.parent == rhk]

	def capaian_rhk(self, rhk: str) -> float | None:
		"""domain.capaian.capaian_rhk over the RHK's IKI in the period, by their weights."""
		daftar = []
		for row in self.iki_rhk(rhk):
			c = self.capaian[row.name]
			if c.target <= 0:
				continue
			daftar.append(
				IKI(
					id=row.name,
					target=c.target,
					target_maks=c.target_maks,
					realisasi=c.realisasi,
					bobot=flt(row.bobot) if row.bobot is not None else 1.0,
					arah=arah_domain(row.arah),
				)
			)
		return capaian_rhk(daftar)


def muat_sumber(skp, mulai, selesai, tahunan: bool) -> SumberPenilaian:
	"""The SKP's RHK (Utama first), their IKI with the period's realisation and capaian, the
	evidence and the rencana aksi of the period. The year takes the IKI's written-back realisation
	(Realisasi Kinerja aggregates verified check-ins into it); a sub-period aggregates its own
	verified check-ins."""
	rhk, iki = muat_indikator(
		skp.name,
		rhk_fields=["name", "uraian", "jenis", "kategori_tambahan", "uraian_rhk_intervensi"],
		iki_fields=IKI_FIELDS,
	)
	urutan = {r.name: i for i, r in enumerate(rhk)}
	iki = dict(sorted(iki.items(), key=lambda item: (urutan[item[1].parent], item[1].idx)))
	if tahunan:
		capaian = {name: capaian_tahunan(row) for name, row in iki.items()}
	else:
		capaian = _capaian_periode(skp, iki, getdate(mulai), getdate(selesai))
	return SumberPenilaian(
		rhk, iki, capaian, _bukti(skp, mulai, selesai, tahunan), muat_rencana_aksi(skp.name, mulai, selesai)
	)


def capaian_tahunan(row) -> CapaianIKI:
	"""An IKI over its year, from the realisation Realisasi Kinerja writes back into it."""
	# As the cascade reads the write-back: 0 with capaian 0 means nothing was verified yet.
	target = flt(row.target)
	realisasi = flt(row.realisasi) if (row.realisasi or row.capaian) else None
	capaian = None
	if realisasi is not None and target > 0:
		capaian = flt(row.capaian)
	return CapaianIKI(target, flt(row.target_maks) or None, realisasi, capaian)


def _capaian_periode(skp, iki: dict, mulai, selesai) -> dict[str, CapaianIKI]:
	check_in = frappe.get_all(
		"Realisasi Kinerja",
		filters={
			"skp": skp.name,
			"docstatus": 1,
			"tanggal_mulai": (">=", mulai),
			"tanggal_selesai": ("<=", selesai),
		},
		fields=["name", "tanggal_selesai"],
	)
	akhir = {c.name: getdate(c.tanggal_selesai) for c in check_in}
	nilai: dict[str, list] = defaultdict(list)
	if akhir:
		for row in frappe.get_all(
			"Realisasi IKI",
			filters={"parenttype": "Realisasi Kinerja", "parent": ("in", list(akhir)), "terisi": 1},
			fields=["parent", "iki", "realisasi"],
		):
			nilai[row.iki].append((akhir[row.parent], flt(row.realisasi)))
	rentang = (mulai, selesai, getdate(skp.tanggal_mulai), getdate(skp.tanggal_selesai))
	hasil = {}
	for name, row in iki.items():
		agregasi = row.agregasi_realisasi or "Jumlah"
		target = flt(target_sub_periode(flt(row.target), agregasi, *rentang))
		target_maks = (
			target_sub_periode(flt(row.target_maks), agregasi, *rentang) if row.target_maks else None
		)
		realisasi = realisasi_tahunan(nilai.get(name, ()), agregasi)
		capaian = None
		if realisasi is not None and target > 0:
			capaian = capaian_iki(
				realisasi, target, target_maks=target_maks or None, arah=arah_domain(row.arah)
			)
		hasil[name] = CapaianIKI(target, target_maks or None, realisasi, capaian)
	return hasil


def muat_rencana_aksi(skp: str, mulai, selesai) -> list[frappe._dict]:
	"""The SKP's rencana aksi of the months within the assessed period, by month then RHK (one
	query): what was planned each month, its status and note."""
	return frappe.db.sql(
		"""select ra.name, ra.rhk, ra.uraian_rhk, ra.sub_periode, bulan.nama_periode as nama_bulan,
			bulan.tanggal_mulai as mulai_bulan, ra.status, ra.aksi, ra.catatan
		from `tabRencana Aksi` ra
		join `tabPeriode Kinerja` bulan on bulan.name = ra.sub_periode
		where ra.skp = %(skp)s and bulan.tanggal_mulai >= %(mulai)s and bulan.tanggal_selesai <= %(selesai)s
		order by bulan.tanggal_mulai asc, ra.rhk asc, ra.creation asc""",
		{"skp": skp, "mulai": getdate(mulai), "selesai": getdate(selesai)},
		as_dict=True,
	)


def _bukti(skp, mulai, selesai, tahunan: bool) -> list[frappe._dict]:
	filters = {"skp": skp.name}
	if not tahunan:
		sub = frappe.get_all(
			"Periode Kinerja",
			filters={
				"periode_induk": skp.periode_kinerja,
				"tanggal_mulai": (">=", mulai),
				"tanggal_selesai": ("<=", selesai),
			},
			pluck="name",
		)
		filters["sub_periode"] = ("in", sub or [""])
	return frappe.get_all(
		"Bukti Dukung",
		filters=filters,
		fields=["name", "rhk", "iki", "jenis", "berkas", "tautan", "keterangan", "status_verifikasi"],
		order_by="creation asc",
	)


# Unit leaders ---------------------------------------------------------------------------------------------


def unit_dipimpin(employee: str) -> str | None:
	return frappe.db.get_value("Department", {"kepala_unit": employee}, "name")


def capaian_unit_pimpinan(employee: str, periode_kinerja: str) -> float | None:
	"""The unit's achievement for its leader: the mean roll-up capaian (direct cascade) of the
	leader's RHK Utama in the period (domain.penilaian.capaian_unit)."""
	from kinerja_asn.services.kaskade import muat_kaskade

	data = muat_kaskade(periode_kinerja)
	milik = [r.id for r in data.rhk if r.pemilik == employee and r.jenis == "Utama"]
	if not milik:
		return None
	hasil = rollup_capaian(data.rhk)
	return capaian_unit(hasil.capaian.get(rhk) for rhk in milik)


# Behaviour input ------------------------------------------------------------------------------------------


@dataclass
class Masukan:
	"""Input of self, peers and subordinates per behaviour, and who gave it."""

	rating: dict[str, list[str]]
	nilai: dict[str, list[float]]
	jenis_pemberi: list[str]


def muat_masukan(penilaian: str) -> Masukan:
	induk = frappe.get_all(
		"Masukan Perilaku Kerja",
		filters={"penilaian_kinerja": penilaian},
		fields=["name", "jenis_pemberi"],
	)
	rating: dict[str, list[str]] = defaultdict(list)
	nilai: dict[str, list[float]] = defaultdict(list)
	if induk:
		for row in frappe.get_all(
			"Rincian Masukan Perilaku",
			filters={"parenttype": "Masukan Perilaku Kerja", "parent": ("in", [m.name for m in induk])},
			fields=["perilaku_kerja", "rating", "nilai"],
		):
			if row.rating:
				rating[row.perilaku_kerja].append(row.rating)
			if flt(row.nilai) > 0:
				nilai[row.perilaku_kerja].append(flt(row.nilai))
	return Masukan(dict(rating), dict(nilai), [m.jenis_pemberi for m in induk])


# Organisation predikat and the unit's curve -----------------------------------------------------------------


@dataclass
class PetaUnit:
	"""Organisation predikat in force per unit for a period, and the unit tree to find them."""

	organisasi: dict[str, frappe._dict]
	induk: dict[str, str | None]
	_memo: dict = field(default_factory=dict)

	def unit(self, department: str | None) -> str | None:
		if department not in self._memo:
			self._memo[department] = unit_distribusi(department, self.induk, self.organisasi)
		return self._memo[department]


def peta_unit(periode: str, periode_kinerja: str | None = None) -> PetaUnit:
	"""Submitted organisation predikat of the period (a sub-period falls back to its year's)."""
	periode_dicari = [p for p in (periode_kinerja, periode) if p]
	organisasi: dict[str, frappe._dict] = {}
	for row in frappe.get_all(
		"Predikat Kinerja Organisasi",
		filters={"periode": ("in", periode_dicari), "docstatus": 1},
		fields=["name", "unit", "predikat", "periode", "kepala_unit", "penetap"],
	):
		if row.unit not in organisasi or row.periode == periode:
			organisasi[row.unit] = row
	induk = {}
	if organisasi:
		induk = dict(frappe.get_all("Department", fields=["name", "parent_department"], as_list=True))
	return PetaUnit(organisasi, induk)


@dataclass
class KeadaanUnit:
	"""Where a unit stands while it is assessed: its organisation predikat, its size (employees with a
	submitted SKP of the year) and the predikat given so far (assessed or final)."""

	unit: str | None
	organisasi: frappe._dict | None
	jumlah_pegawai: int
	predikat: list[str]
	aturan: tuple | None = None  # the settings' rules, loaded on first use

	def sisa(self, tambahan: str | None = None):
		if self.aturan is None:
			self.aturan = _aturan()
		daftar = self.predikat + ([tambahan] if tambahan else [])
		return sisa_kuota(
			self.organisasi.predikat, daftar, max(self.jumlah_pegawai, len(daftar)), self.aturan
		)

	def pelanggaran(self, tambahan: str | None = None) -> list[str]:
		if not self.organisasi:
			return []
		return [p.pesan for p in pelanggaran_kuota(self.sisa(tambahan))]

	def ringkasan(self, tambahan: str | None = None) -> list[dict]:
		if not self.organisasi:
			return []
		return [b.__dict__ for b in ringkas_kuota(self.sisa(tambahan))]


def _aturan():
	from kinerja_asn.services.pengaturan import get_pengaturan

	return get_pengaturan().aturan_distribusi


def keadaan_unit(
	periode: str, periode_kinerja: str, department: str | None, kecuali: str | None = None
) -> KeadaanUnit:
	peta = peta_unit(periode, periode_kinerja)
	unit = peta.unit(department)
	if not unit:
		return KeadaanUnit(None, None, 0, [])
	penilaian = frappe.get_all(
		"Penilaian Kinerja",
		filters={
			"periode": periode,
			"docstatus": ("<", 2),
			"status": ("in", STATUS_DINILAI),
			"predikat": ("is", "set"),
			"name": ("!=", kecuali or ""),
		},
		fields=["department", "predikat"],
	)
	predikat = [p.predikat for p in penilaian if peta.unit(p.department) == unit]
	return KeadaanUnit(
		unit, peta.organisasi[unit], jumlah_pegawai_unit(peta, unit, periode_kinerja), predikat
	)


def jumlah_pegawai_unit(peta: PetaUnit, unit: str, periode_kinerja: str) -> int:
	return len(pegawai_per_unit(peta, periode_kinerja).get(unit, ()))


def pegawai_per_unit(peta: PetaUnit, periode_kinerja: str) -> dict[str, set[str]]:
	"""Employees with a submitted SKP of the year, by the unit whose curve bounds them."""
	hasil: dict[str, set[str]] = defaultdict(set)
	for row in frappe.get_all(
		"SKP",
		filters={"periode_kinerja": periode_kinerja, "docstatus": 1},
		fields=["employee", "department"],
	):
		unit = peta.unit(row.department)
		if unit:
			hasil[unit].add(row.employee)
	return hasil


@dataclass
class DistribusiUnit:
	"""A unit's curve for a period, as the report shows it."""

	unit: str
	organisasi: frappe._dict
	jumlah_pegawai: int
	jumlah: dict[str, int]
	pelanggaran: list[str]
	kuota: list[dict]

	@property
	def sudah_dinilai(self) -> int:
		return sum(self.jumlah.values())

	@property
	def status(self) -> str:
		if self.pelanggaran:
			return "Melanggar"
		return "Sesuai" if self.sudah_dinilai >= self.jumlah_pegawai else "Belum Lengkap"


def distribusi_periode(periode: str, hanya_ditetapkan: bool = False) -> list[DistribusiUnit]:
	"""SE MenPAN-RB 3/2023 per unit with an organisation predikat: cek_distribusi once every employee
	is assessed, and before that the rules already out of reach (domain.penilaian.pelanggaran_kuota)."""
	periode_kinerja = frappe.db.get_value("Periode Kinerja", periode, "periode_induk") or periode
	peta = peta_unit(periode, periode_kinerja)
	if not peta.organisasi:
		return []
	pegawai = pegawai_per_unit(peta, periode_kinerja)
	predikat: dict[str, list[str]] = defaultdict(list)
	for row in frappe.get_all(
		"Penilaian Kinerja",
		filters={
			"periode": periode,
			"docstatus": ("<", 2),
			"status": ("in", ("Ditetapkan",) if hanya_ditetapkan else STATUS_DINILAI),
			"predikat": ("is", "set"),
		},
		fields=["department", "predikat"],
	):
		unit = peta.unit(row.department)
		if unit:
			predikat[unit].append(row.predikat)
	aturan = _aturan()
	hasil = []
	for unit, organisasi in sorted(peta.organisasi.items()):
		daftar = predikat.get(unit, [])
		n = max(len(pegawai.get(unit, ())), len(daftar))
		if daftar and len(daftar) == n:
			pelanggaran = [p.pesan for p in cek_distribusi(organisasi.predikat, daftar, aturan)]
		else:
			pelanggaran = [
				p.pesan for p in pelanggaran_kuota(sisa_kuota(organisasi.predikat, daftar, n, aturan))
			]
		hasil.append(
			DistribusiUnit(
				unit,
				organisasi,
				n,
				{p.value: jumlah for p, jumlah in hitung_predikat(daftar).items()},
				pelanggaran,
				[b.__dict__ for b in ringkas_kuota(sisa_kuota(organisasi.predikat, daftar, n, aturan))],
			)
		)
	return hasil
