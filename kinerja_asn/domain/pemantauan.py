"""Monitoring of a period: free riders, goals no one carries and check-ins behind, each finding with
who must act (docs/regulasi.md §6). The cascade checks are domain.kaskade's; this module adds the
employees outside the cascade (no approved SKP) and the execution gaps, and names the actor."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from .kaskade import HasilKaskade
from .pelaksanaan import kelengkapan_bukti

PEGAWAI = "Pegawai"
PEJABAT_PENILAI = "Pejabat Penilai"
PIMPINAN = "Pemilik RHK (pimpinan)"
PENGELOLA = "Pengelola Kinerja"

# Titles of the finding codes, in the report's order.
JUDUL: dict[str, str] = {
	"tanpa_skp": "Belum memiliki SKP",
	"skp_belum_disetujui": "SKP belum disetujui",
	"tanpa_rhk": "SKP tanpa RHK",
	"tanpa_rhk_utama": "Tidak memiliki RHK Utama",
	"rhk_utama_tanpa_induk": "RHK Utama tidak terhubung ke RHK pimpinan",
	"rhk_yatim": "RHK pimpinan tidak dibawa bawahan",
	"indikator_tanpa_rhk": "IKU/IKK tidak dibawa RHK mana pun",
	"pemilik_bersama": "IKI tanpa satu pemilik realisasi",
	"realisasi_tertinggal": "Realisasi belum dilaporkan",
	"tanpa_bukti": "Realisasi tanpa bukti dukung",
}
URUTAN = {kode: i for i, kode in enumerate(JUDUL)}
# Free riders in the strict sense: people linked to no organisation goal.
FREE_RIDER = frozenset({"tanpa_rhk", "tanpa_rhk_utama", "rhk_utama_tanpa_induk"})


@dataclass(frozen=True)
class SKPPegawai:
	"""The SKP of an employee in the period that counts (approved if any, else the latest draft)."""

	name: str
	pegawai: str
	status: str
	disetujui: bool
	pejabat_penilai: str | None = None
	penyetuju: str | None = None


@dataclass(frozen=True)
class Temuan:
	"""One finding: `dokumen` is (doctype, name) of the record to open, `aktor` who must act and
	`pegawai_aktor` the employee in that role when there is one."""

	kode: str
	pegawai: str | None
	dokumen: tuple[str, str] | None
	aktor: str
	pegawai_aktor: str | None
	pesan: str

	@property
	def judul(self) -> str:
		return JUDUL[self.kode]


def temuan_pemantauan(
	*,
	pegawai: Iterable[str],
	skp: Mapping[str, SKPPegawai],
	kaskade: HasilKaskade,
	rhk_pemilik: Mapping[str, str],
	indikator_unit: Mapping[str, str | None] | None = None,
	sub_periode_jatuh_tempo: Collection[str] = (),
	realisasi: Mapping[str, Collection[str]] | None = None,
	bukti: Mapping[str, int] | None = None,
) -> list[Temuan]:
	"""Findings for the employees in `pegawai` (the active employees in scope) with their SKP of the
	period (`skp` by employee), the cascade analysis of the approved SKP, the owner of each RHK, the
	sub-periods already ended, the sub-periods each SKP has a check-in for and the evidence count of
	each SKP. Cascade findings about employees outside `pegawai` are dropped (another unit's)."""
	realisasi = realisasi or {}
	bukti = bukti or {}
	lingkup = set(pegawai)
	hasil: list[Temuan] = []
	for p in sorted(lingkup):
		s = skp.get(p)
		if s is None:
			hasil.append(
				Temuan("tanpa_skp", p, None, PEGAWAI, p, f"Pegawai {p} belum membuat SKP periode ini")
			)
		elif not s.disetujui:
			menunggu = s.status in ("Diajukan", "Ditinjau")
			aktor, siapa = (PEJABAT_PENILAI, s.penyetuju or s.pejabat_penilai) if menunggu else (PEGAWAI, p)
			hasil.append(
				Temuan(
					"skp_belum_disetujui",
					p,
					("SKP", s.name),
					aktor,
					siapa,
					f"SKP {s.name} berstatus {s.status}",
				)
			)
	for t in kaskade.pegawai_tidak_terhubung:
		if t.pegawai not in lingkup or t.pegawai not in skp:
			continue
		s = skp[t.pegawai]
		# An SKP without RHK is the employee's to fill; an approved SKP whose RHK Utama serve no
		# leader RHK goes back through the assessor who agreed it.
		aktor, siapa = (
			(PEGAWAI, t.pegawai) if t.alasan == "tanpa_rhk" else (PEJABAT_PENILAI, s.pejabat_penilai)
		)
		dokumen = ("Rencana Hasil Kerja", t.rhk[0]) if t.rhk else ("SKP", s.name)
		hasil.append(Temuan(t.alasan, t.pegawai, dokumen, aktor, siapa, t.pesan))
	for y in kaskade.rhk_yatim:
		if y.pemilik in lingkup:
			hasil.append(
				Temuan("rhk_yatim", y.pemilik, ("Rencana Hasil Kerja", y.rhk), PIMPINAN, y.pemilik, y.pesan)
			)
	indikator_unit = indikator_unit or {}
	for i in kaskade.indikator_tanpa_pemilik:
		if i.kode == "indikator_tanpa_rhk":
			if i.indikator in indikator_unit:
				hasil.append(
					Temuan(i.kode, None, ("Indikator Kinerja", i.indikator), PENGELOLA, None, i.pesan)
				)
		else:
			pemilik = rhk_pemilik.get(i.rhk or "")
			if pemilik in lingkup:
				hasil.append(
					Temuan(i.kode, pemilik, ("Rencana Hasil Kerja", i.rhk), PIMPINAN, pemilik, i.pesan)
				)
	jatuh_tempo = set(sub_periode_jatuh_tempo)
	for p in sorted(lingkup):
		s = skp.get(p)
		if s is None or not s.disetujui or not jatuh_tempo:
			continue
		dilaporkan = set(realisasi.get(s.name, ()))
		kurang = jatuh_tempo - dilaporkan
		if kurang:
			hasil.append(
				Temuan(
					"realisasi_tertinggal",
					p,
					("SKP", s.name),
					PEGAWAI,
					p,
					f"Realisasi {len(kurang)} dari {len(jatuh_tempo)} sub periode yang telah berakhir belum dilaporkan",
				)
			)
		if dilaporkan and not bukti.get(s.name):
			hasil.append(
				Temuan(
					"tanpa_bukti",
					p,
					("SKP", s.name),
					PEGAWAI,
					p,
					f"Realisasi SKP {s.name} belum disertai bukti dukung",
				)
			)
	hasil.sort(key=lambda t: (URUTAN[t.kode], t.pegawai or "", t.dokumen or ("", "")))
	return hasil


def ringkasan_temuan(temuan: Iterable[Temuan]) -> dict[str, int]:
	"""Count per code, every code present (for the chart and the number cards)."""
	jumlah = dict.fromkeys(JUDUL, 0)
	for t in temuan:
		jumlah[t.kode] += 1
	return jumlah


def free_rider(temuan: Iterable[Temuan]) -> set[str]:
	"""Employees linked to no organisation goal."""
	return {t.pegawai for t in temuan if t.kode in FREE_RIDER and t.pegawai}


@dataclass
class RekapBukti:
	"""Evidence of one unit in one sub-period: realised key results that need proof (`wajib`), the
	evidence rows by verification status, and the key results still without valid proof (`kurang`)."""

	wajib: int = 0
	diajukan: int = 0
	diterima: int = 0
	ditolak: int = 0
	kurang: int = 0

	@property
	def persen_lengkap(self) -> float | None:
		return None if not self.wajib else 100.0 * (self.wajib - self.kurang) / self.wajib


def rekap_kelengkapan_bukti(
	baris: Iterable[tuple[str, str, str, str, float | None]],
	bukti: Iterable[tuple[str, str, str, str, str]],
) -> dict[tuple[str, str], RekapBukti]:
	"""Per (unit, sub-period): `baris` are check-in rows (unit, sub-period, RHK, IKI, realisation),
	`bukti` evidence rows (unit, sub-period, RHK, IKI or "" for the whole RHK, status). A row with a
	realisation above 0 needs evidence for its IKI or its RHK that is not rejected
	(domain.pelaksanaan.kelengkapan_bukti)."""
	status: dict[tuple[str, str, str], list[str]] = {}
	hasil: dict[tuple[str, str], RekapBukti] = {}
	for unit, sub, rhk, iki, s in bukti:
		status.setdefault((sub, rhk, iki or ""), []).append(s)
		r = hasil.setdefault((unit, sub), RekapBukti())
		if s == "Diterima":
			r.diterima += 1
		elif s == "Ditolak":
			r.ditolak += 1
		else:
			r.diajukan += 1
	per_kelompok: dict[tuple[str, str], list[tuple[str, float | None]]] = {}
	per_baris: dict[str, list[str]] = {}
	for i, (unit, sub, rhk, iki, realisasi) in enumerate(baris):
		kunci = str(i)
		per_kelompok.setdefault((unit, sub), []).append((kunci, realisasi))
		per_baris[kunci] = status.get((sub, rhk, iki or ""), []) + (
			status.get((sub, rhk, ""), []) if iki else []
		)
	for kelompok, daftar in per_kelompok.items():
		r = hasil.setdefault(kelompok, RekapBukti())
		r.wajib += sum(1 for _k, realisasi in daftar if realisasi)
		r.kurang += len(kelengkapan_bukti(daftar, per_baris))
	return hasil


@dataclass(frozen=True)
class KemajuanSubPeriode:
	"""One sub-period of a team: members who submitted their check-in and whose check-in was verified."""

	sub_periode: str
	jumlah: int
	dilaporkan: int
	diverifikasi: int

	@property
	def persen_dilaporkan(self) -> float:
		return 100.0 * self.dilaporkan / self.jumlah if self.jumlah else 0.0


def kemajuan_tim(
	anggota: Iterable[str],
	sub_periode: Iterable[tuple[str, object]],
	status: Mapping[tuple[str, str], str],
	hari_ini,
	*,
	status_belum_diajukan: Collection[str] = frozenset({"Draft", "Revisi"}),
	status_terverifikasi: str = "Diverifikasi",
) -> tuple[list[KemajuanSubPeriode], dict[str, list[str]]]:
	"""A team's check-ins over the sub-periods (name, end date) started by `hari_ini`: per sub-period
	how many members submitted and how many were verified; and per member the ended sub-periods still
	without a submitted check-in (who is behind). `status` maps (member, sub-period) to the status of
	the check-in."""
	anggota = list(dict.fromkeys(anggota))
	kemajuan, tertinggal = [], {}
	for sub, selesai in sub_periode:
		dilaporkan = diverifikasi = 0
		for p in anggota:
			s = status.get((p, sub))
			if s is not None and s not in status_belum_diajukan:
				dilaporkan += 1
				diverifikasi += s == status_terverifikasi
			elif selesai < hari_ini:
				tertinggal.setdefault(p, []).append(sub)
		kemajuan.append(KemajuanSubPeriode(sub, len(anggota), dilaporkan, diverifikasi))
	return kemajuan, tertinggal
