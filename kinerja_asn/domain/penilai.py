"""Who assesses an employee on a date: the one approver resolver.

PermenPAN-RB 6/2022 and PP 30/2019: the Pejabat Penilai Kinerja is the direct superior. When that
official is absent or the position is vacant, an acting official is appointed by decree: Plt
(pelaksana tugas, for a vacant position or a long absence) or Plh (pelaksana harian, for a
temporary absence), who then acts "a.n." the position. Every workflow condition, portal action and
notification asks this resolver, so the rules live in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

JENIS_PENGGANTI: tuple[str, ...] = ("Plt", "Plh")
MAKS_RANTAI = 20


@dataclass(frozen=True)
class Penugasan:
	"""A decree that `pengganti` acts for the holder `pejabat` (or, when `pejabat` is None, for the
	vacant head position of `unit`) from `mulai` to `selesai` (open-ended when None)."""

	id: str
	jenis: str
	pengganti: str
	mulai: date
	selesai: date | None = None
	pejabat: str | None = None
	unit: str | None = None

	def berlaku(self, tanggal: date) -> bool:
		return self.mulai <= tanggal and (self.selesai is None or tanggal <= self.selesai)


@dataclass(frozen=True)
class PenilaiTerpilih:
	"""The resolved assessor. `pegawai` acts; `definitif` is the official on record it acts for
	(equal to `pegawai` when no one acts for them); `jenis` is "Plt"/"Plh" when acting."""

	pegawai: str | None
	definitif: str | None
	jenis: str | None = None
	penugasan: str | None = None
	eskalasi: bool = False

	@property
	def sebutan(self) -> str:
		"""How the signature reads: "Plt." / "Plh." before the position, empty when definitive."""
		return f"{self.jenis}." if self.jenis else ""


def validasi_penugasan(p: Penugasan) -> list[str]:
	masalah = []
	if p.jenis not in JENIS_PENGGANTI:
		masalah.append(f"Jenis penugasan harus Plt atau Plh, bukan {p.jenis!r}.")
	if not (p.pejabat or p.unit):
		masalah.append("Isi pejabat yang digantikan atau unit yang jabatan pimpinannya kosong.")
	if p.pejabat and p.pejabat == p.pengganti:
		masalah.append("Pejabat pengganti tidak boleh pejabat yang digantikan.")
	if p.selesai is not None and p.selesai < p.mulai:
		masalah.append("Tanggal selesai penugasan sebelum tanggal mulainya.")
	return masalah


def _tumpang_tindih(a: Penugasan, b: Penugasan) -> bool:
	akhir_a = a.selesai or date.max
	akhir_b = b.selesai or date.max
	return a.mulai <= akhir_b and b.mulai <= akhir_a


def penugasan_bentrok(baru: Penugasan, lain: Iterable[Penugasan]) -> list[str]:
	"""Ids of assignments for the same official (or the same vacant unit) whose dates overlap: two
	acting officials at once would make the approver ambiguous."""
	hasil = []
	for p in lain:
		if p.id == baru.id:
			continue
		sama = (baru.pejabat and p.pejabat == baru.pejabat) or (
			not baru.pejabat and not p.pejabat and baru.unit and p.unit == baru.unit
		)
		if sama and _tumpang_tindih(baru, p):
			hasil.append(p.id)
	return hasil


def tentukan_penilai(
	pegawai: str,
	tanggal: date,
	penilai_tercatat: str | None,
	*,
	aktif: Mapping[str, bool],
	atasan: Mapping[str, str | None],
	unit_dipimpin: Mapping[str, str | None],
	penugasan: Iterable[Penugasan],
) -> PenilaiTerpilih:
	"""Resolve the assessor of `pegawai` on `tanggal`.

	Start from the official on record (the SKP's Pejabat Penilai, or the reporting line). An
	assignment in force for that official, or for the vacant head of the unit they led, hands the
	role to the acting official; acting officials may themselves be replaced (a chain). An inactive
	official with no one acting escalates to their own superior. No one ever assesses themselves:
	an acting official who is the employee escalates too. Raises ValueError on a loop."""
	berlaku = [p for p in penugasan if p.berlaku(tanggal)]
	per_pejabat = {p.pejabat: p for p in berlaku if p.pejabat}
	per_unit = {p.unit: p for p in berlaku if not p.pejabat and p.unit}

	definitif = penilai_tercatat
	calon = penilai_tercatat
	pertama: Penugasan | None = None
	eskalasi = False
	dilihat: set[str] = set()
	for _ in range(MAKS_RANTAI):
		if calon is None:
			return PenilaiTerpilih(None, definitif, eskalasi=eskalasi)
		if calon in dilihat:
			raise ValueError(f"Rantai penugasan atau garis atasan melingkar pada {calon}")
		dilihat.add(calon)
		tugas = per_pejabat.get(calon)
		if tugas is None and not aktif.get(calon, False):
			tugas = per_unit.get(unit_dipimpin.get(calon))
		if tugas is not None and tugas.pengganti != pegawai:
			pertama = pertama or tugas
			calon = tugas.pengganti
			continue
		if tugas is None and calon != pegawai and aktif.get(calon, False):
			if pertama is None:
				return PenilaiTerpilih(calon, definitif, eskalasi=eskalasi)
			return PenilaiTerpilih(calon, definitif, pertama.jenis, pertama.id, eskalasi)
		# Vacant with no one acting, or the employee would assess themselves: the superior of the
		# official on record takes over.
		eskalasi = True
		pertama = None
		definitif = atasan.get(definitif) if definitif else None
		calon = definitif
	raise ValueError("Rantai penilai terlalu panjang; periksa garis atasan dan penugasan Plt/Plh")
