"""Rules of the SKP as a document: one active SKP per employee and time, default assessors,
proposals when a leader cascades down, revisions and mid-year mutations.

PermenPAN-RB 6/2022: the SKP is drafted by the employee and approved by the direct superior
(Pejabat Penilai Kinerja, with the Atasan Pejabat Penilai above); it may change during the year
when organisation goals change, and a mutation trims the period (docs/regulasi.md §2).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

# Statuses of an SKP that no longer count: replaced by a revision, closed by a mutation, cancelled.
STATUS_TIDAK_AKTIF: frozenset[str] = frozenset({"Digantikan", "Ditutup", "Dibatalkan"})


@dataclass(frozen=True)
class RentangSKP:
	"""An SKP seen as the time it covers for its employee."""

	nama: str
	pegawai: str
	mulai: date
	selesai: date
	status: str = "Draft"
	skp_sebelumnya: str | None = None


def skp_bertumpuk(baru: RentangSKP, lain: Iterable[RentangSKP]) -> list[str]:
	"""Active SKP of the same employee whose dates overlap the new one; the SKP that the new one
	revises (and anything it already replaced) does not count, so a revision may be drafted."""
	hasil = []
	for skp in lain:
		if skp.nama == baru.nama or skp.pegawai != baru.pegawai or skp.status in STATUS_TIDAK_AKTIF:
			continue
		if skp.nama == baru.skp_sebelumnya or skp.skp_sebelumnya == baru.nama:
			continue
		if skp.mulai <= baru.selesai and baru.mulai <= skp.selesai:
			hasil.append(skp.nama)
	return hasil


def pejabat_penilai_bawaan(
	pegawai: str, atasan_langsung: Mapping[str, str | None]
) -> tuple[str | None, str | None]:
	"""Default Pejabat Penilai (the direct superior on record) and Atasan Pejabat Penilai (theirs)."""
	penilai = atasan_langsung.get(pegawai)
	if penilai == pegawai:
		penilai = None
	atasan = atasan_langsung.get(penilai) if penilai else None
	if atasan in (pegawai, penilai):
		atasan = None
	return penilai, atasan


# Why bulk creation passes an employee by, with the words the desk shows, in the order checked.
ALASAN_LEWATI: dict[str, str] = {
	"tidak_aktif": "pegawai tidak aktif",
	"sudah_ada": "sudah memiliki SKP pada periode ini",
}
STATUS_PEGAWAI_AKTIF = "Active"


@dataclass(frozen=True)
class CalonSKP:
	"""An employee of the unit a bulk creation covers: `status` is the Employee status, `atasan`
	reports_to, `punya_skp` whether an SKP that still counts exists for the period."""

	pegawai: str
	status: str = STATUS_PEGAWAI_AKTIF
	atasan: str | None = None
	punya_skp: bool = False


@dataclass(frozen=True)
class RencanaSKPMassal:
	"""Who gets a new draft SKP, who is passed by and why (a key of ALASAN_LEWATI), and which of
	the new SKP start without a Pejabat Penilai (no superior on record: the top of a reporting
	line, or a gap the data-health check reports); they are created all the same."""

	dibuat: tuple[str, ...]
	dilewati: dict[str, tuple[str, ...]]
	tanpa_penilai: tuple[str, ...]

	@property
	def jumlah_dilewati(self) -> int:
		return sum(len(v) for v in self.dilewati.values())


def rencana_skp_massal(calon: Iterable[CalonSKP]) -> RencanaSKPMassal:
	"""One draft SKP per active employee without one for the period; everyone else is passed by
	with the first reason that applies."""
	daftar = list(calon)
	dilewati: dict[str, list[str]] = {k: [] for k in ALASAN_LEWATI}
	dibuat: list[str] = []
	for c in daftar:
		if c.status != STATUS_PEGAWAI_AKTIF:
			dilewati["tidak_aktif"].append(c.pegawai)
		elif c.punya_skp:
			dilewati["sudah_ada"].append(c.pegawai)
		else:
			dibuat.append(c.pegawai)
	garis = {c.pegawai: c.atasan for c in daftar}
	return RencanaSKPMassal(
		dibuat=tuple(dibuat),
		dilewati={k: tuple(v) for k, v in dilewati.items() if v},
		tanpa_penilai=tuple(p for p in dibuat if pejabat_penilai_bawaan(p, garis)[0] is None),
	)


@dataclass(frozen=True)
class UsulanRHK:
	"""A draft RHK proposed to a subordinate: it intervenes `rhk_pimpinan` of the leader."""

	pegawai: str
	rhk_pimpinan: str
	uraian: str
	jenis_kaskade: str


def usulan_rhk_bawahan(
	rhk_pimpinan: Iterable[tuple[str, str]],
	bawahan: Iterable[str],
	sudah_ada: Iterable[tuple[str, str]],
	jenis_kaskade: str = "Langsung",
) -> list[UsulanRHK]:
	"""One proposal per (subordinate, leader RHK) pair that no RHK of that subordinate covers yet.

	`rhk_pimpinan` are (id, uraian) of the leader's RHK Utama, `sudah_ada` the (pegawai, rhk_pimpinan)
	pairs already linked; running it twice proposes nothing new."""
	tertaut = set(sudah_ada)
	daftar_rhk = list(rhk_pimpinan)
	return [
		UsulanRHK(pegawai, rhk_id, uraian, jenis_kaskade)
		for pegawai in bawahan
		for rhk_id, uraian in daftar_rhk
		if (pegawai, rhk_id) not in tertaut
	]


@dataclass(frozen=True)
class HasilRevisi:
	"""After a leader's revision: subordinate RHK to re-point to the new copy, and those whose leader
	RHK was dropped in the revision (to flag for review, never silently orphaned)."""

	pindah: dict[str, str]
	ditinjau: list[str]


def petakan_revisi(
	salinan: Mapping[str, str], rhk_bawahan: Iterable[tuple[str, str]], rhk_lama: Iterable[str]
) -> HasilRevisi:
	"""`salinan` maps an old leader RHK to its copy in the revision; `rhk_bawahan` are
	(subordinate RHK, the leader RHK it intervenes); `rhk_lama` all RHK of the replaced SKP."""
	lama = set(rhk_lama)
	pindah: dict[str, str] = {}
	ditinjau: list[str] = []
	for rhk, induk in rhk_bawahan:
		if induk not in lama:
			continue
		if induk in salinan:
			pindah[rhk] = salinan[induk]
		else:
			ditinjau.append(rhk)
	return HasilRevisi(pindah, ditinjau)


def potong_untuk_mutasi(
	mulai: date, selesai: date, tanggal_mutasi: date
) -> tuple[tuple[date, date], tuple[date, date]]:
	"""A mutation on `tanggal_mutasi` closes the old SKP the day before and opens the new one on
	that day until the old end (docs/regulasi.md §2: mutations trim the period and keep later targets)."""
	if not mulai < tanggal_mutasi <= selesai:
		raise ValueError(
			f"Tanggal mutasi {tanggal_mutasi.isoformat()} harus setelah awal SKP ({mulai.isoformat()}) "
			f"dan paling lambat akhir SKP ({selesai.isoformat()})"
		)
	return (mulai, tanggal_mutasi - timedelta(days=1)), (tanggal_mutasi, selesai)


def validasi_iki(
	uraian: str, target: float | None, target_maks: float | None, arah: str, bobot: float | None
) -> list[str]:
	"""An IKI must have a usable target: a number (or min-max range) that capaian can be computed
	against, and a positive weight."""
	masalah = []
	nama = (uraian or "").strip()[:60] or "tanpa uraian"
	if target_maks and target is not None and target_maks < target:
		masalah.append(f"IKI '{nama}': target maksimal lebih kecil dari target.")
	if (arah or "Naik").lower() == "turun" and not (target and target > 0):
		masalah.append(f"IKI '{nama}': target IKI berarah turun harus lebih dari nol.")
	if target is not None and target < 0:
		masalah.append(f"IKI '{nama}': target tidak boleh negatif.")
	if bobot is not None and bobot <= 0:
		masalah.append(f"IKI '{nama}': bobot harus lebih dari nol.")
	return masalah


def _kata(teks: str) -> set[str]:
	return {k for k in "".join(c.lower() if c.isalnum() else " " for c in teks or "").split() if len(k) > 2}


def kemiripan(a: str, b: str) -> float:
	"""Jaccard similarity of the words (longer than two letters) of two descriptions, 0..1."""
	ka, kb = _kata(a), _kata(b)
	if not ka or not kb:
		return 0.0
	return len(ka & kb) / len(ka | kb)


def sarankan_rhk_pimpinan(
	rencana: str, rhk_pimpinan: Iterable[tuple[str, str]], ambang: float = 0.2
) -> str | None:
	"""For an RHK drafted before the leader's RHK existed: the leader RHK (id, uraian) whose
	description best matches what the subordinate expected, if it is similar enough. A suggestion
	only; the subordinate confirms the link."""
	terbaik, skor_terbaik = None, ambang
	for rhk_id, uraian in rhk_pimpinan:
		skor = kemiripan(rencana, uraian)
		if skor >= skor_terbaik and (terbaik is None or skor > skor_terbaik):
			terbaik, skor_terbaik = rhk_id, skor
	return terbaik


@dataclass(frozen=True)
class BawahanMenunggu:
	"""A subordinate's SKP as seen from its leader: RHK in total, RHK still waiting for a leader RHK
	(placeholders), and since when the oldest placeholder waits."""

	pegawai: str
	pimpinan: str
	jumlah_rhk: int
	jumlah_menunggu: int
	sejak: date | None


@dataclass(frozen=True)
class RekapPimpinan:
	pimpinan: str
	status_skp_pimpinan: str | None
	bawahan: tuple[str, ...]
	rhk_menunggu: int
	sejak: date | None
	hari: int
	eskalasi: bool


def rekap_menunggu_pimpinan(
	bawahan: Iterable[BawahanMenunggu],
	status_skp_pimpinan: Mapping[str, str | None],
	hari_ini: date,
	hari_eskalasi: int = 7,
) -> list[RekapPimpinan]:
	"""For each leader, the subordinates who wait on them: those with placeholder RHK, and those
	with no RHK at all while the leader's SKP is not approved yet. Escalation to the leader's own
	superior is due once the oldest wait reaches `hari_eskalasi` days. Longest waits first."""
	per_pimpinan: dict[str, list[BawahanMenunggu]] = {}
	for b in bawahan:
		disetujui = status_skp_pimpinan.get(b.pimpinan) == "Disetujui"
		if b.jumlah_menunggu or (b.jumlah_rhk == 0 and not disetujui):
			per_pimpinan.setdefault(b.pimpinan, []).append(b)
	hasil = []
	for pimpinan, daftar in per_pimpinan.items():
		tanggal = [b.sejak for b in daftar if b.sejak]
		sejak = min(tanggal) if tanggal else None
		hari = (hari_ini - sejak).days if sejak else 0
		hasil.append(
			RekapPimpinan(
				pimpinan=pimpinan,
				status_skp_pimpinan=status_skp_pimpinan.get(pimpinan),
				bawahan=tuple(sorted(b.pegawai for b in daftar)),
				rhk_menunggu=sum(b.jumlah_menunggu for b in daftar),
				sejak=sejak,
				hari=hari,
				eskalasi=hari >= hari_eskalasi > 0,
			)
		)
	return sorted(hasil, key=lambda r: (-r.hari, r.pimpinan))
