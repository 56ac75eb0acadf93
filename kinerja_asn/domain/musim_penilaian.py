"""The assessment season of an agency: who a bulk start of assessments gives a draft (and who it
passes by, and why), when the heads are told that the season opens and that it is about to close,
and what an assessment window must look like. Plain values only; services load and write."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

# PermenPAN-RB 6/2022: an assessment judges an approved SKP (a closed one, after a mutation, too).
STATUS_SKP_DINILAI = ("Disetujui", "Ditutup")

# Why a bulk start passes by an employee (no SKP) or an SKP (the other two), in the order checked.
ALASAN_LEWATI: dict[str, str] = {
	"tanpa_skp": "belum memiliki SKP yang disetujui pada periode ini",
	"sudah_dinilai": "sudah memiliki penilaian untuk SKP dan periode ini",
	"tanpa_penilai": "SKP belum memiliki Pejabat Penilai",
}


@dataclass(frozen=True)
class SKPDinilai:
	"""An approved SKP of the period: its Pejabat Penilai (None when missing) and whether an
	assessment of it for the period (draft or final, not cancelled) exists."""

	skp: str
	penilai: str | None = None
	sudah_dinilai: bool = False


@dataclass(frozen=True)
class CalonPenilaian:
	"""An employee of the unit with their approved SKP of the period (two after a mutation)."""

	pegawai: str
	skp: tuple[SKPDinilai, ...] = ()


@dataclass(frozen=True)
class RencanaPenilaianMassal:
	"""The SKP that get a draft assessment, and who or what is passed by per reason (a key of
	ALASAN_LEWATI): employees for "tanpa_skp", SKP for the others."""

	dibuat: tuple[str, ...]
	dilewati: dict[str, tuple[str, ...]]

	@property
	def jumlah_dilewati(self) -> int:
		return sum(len(v) for v in self.dilewati.values())


def rencana_penilaian_massal(calon: Iterable[CalonPenilaian]) -> RencanaPenilaianMassal:
	"""One draft assessment per approved SKP that has a Pejabat Penilai and no assessment of the
	period yet; the first reason that applies names each one passed by."""
	dilewati: dict[str, list[str]] = {k: [] for k in ALASAN_LEWATI}
	dibuat: list[str] = []
	for c in calon:
		if not c.skp:
			dilewati["tanpa_skp"].append(c.pegawai)
			continue
		for s in c.skp:
			if s.sudah_dinilai:
				dilewati["sudah_dinilai"].append(s.skp)
			elif not s.penilai:
				dilewati["tanpa_penilai"].append(s.skp)
			else:
				dibuat.append(s.skp)
	return RencanaPenilaianMassal(
		dibuat=tuple(dibuat), dilewati={k: tuple(v) for k, v in dilewati.items() if v}
	)


# The season's notices -----------------------------------------------------------------------------

DIBUKA = "dibuka"
AKAN_DITUTUP = "akan_ditutup"
DEFAULT_HARI_SEBELUM_TUTUP = 7


def masalah_masa_penilaian(mulai: date | None, selesai: date | None) -> str | None:
	"""An assessment window has both dates or none, and does not end before it starts."""
	if not mulai and not selesai:
		return None
	if not (mulai and selesai):
		return "Isi tanggal mulai dan tanggal selesai penilaian, atau kosongkan keduanya."
	if selesai < mulai:
		return "Tanggal selesai penilaian tidak boleh sebelum tanggal mulainya."
	return None


def pemberitahuan_musim(
	hari_ini: date,
	mulai: date | None,
	selesai: date | None,
	hari_sebelum_tutup: int = DEFAULT_HARI_SEBELUM_TUTUP,
) -> str | None:
	"""Which notice a daily run sends today: DIBUKA on the first day of the window, AKAN_DITUTUP
	`hari_sebelum_tutup` days before its last day when that falls after the first (a shorter window
	gets the opening notice only, which names the last day), else None."""
	if masalah_masa_penilaian(mulai, selesai) or not mulai:
		return None
	if hari_ini == mulai:
		return DIBUKA
	pengingat = selesai - timedelta(days=hari_sebelum_tutup)
	if pengingat > mulai and hari_ini == pengingat:
		return AKAN_DITUTUP
	return None


def kepala_diberi_tahu(
	jenis: str, skp: Iterable[tuple[str, str | None]], sudah_final: Iterable[str] = ()
) -> dict[str, int]:
	"""Per Pejabat Penilai, the number of assessees a notice speaks of: every approved SKP they
	assess when the season opens; before it closes, only those without a final assessment (a head
	with none left is not reminded). `skp` are (SKP, Pejabat Penilai) pairs."""
	final = set(sudah_final)
	jumlah: dict[str, int] = {}
	for nama, penilai in skp:
		if not penilai or (jenis == AKAN_DITUTUP and nama in final):
			continue
		jumlah[penilai] = jumlah.get(penilai, 0) + 1
	return jumlah
