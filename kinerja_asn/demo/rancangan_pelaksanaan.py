"""The demo agency's year in progress as plain data: check-ins per sub-period already begun, evidence
with small generated files or links, continuous feedback and rencana aksi, up to a reference date.

Drawn from its own seeded `random.Random` over a RancanganDemo, so a seed and a date give the same
year every time. Each employee has a habit (how well they do, how late they report, how often they
attach evidence) and each superior a pace of verification; a check-in's state on the reference date
follows from its dates: not begun, Draft, Diajukan, returned (Revisi) or Diverifikasi. A few employees
stopped reporting some months ago. Targets of a sub-period are the domain's
(kinerja_asn.domain.pelaksanaan); capaian is left to the loader, which computes it as the controllers do.
"""

from __future__ import annotations

import random
import re
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from kinerja_asn.demo.rancangan import Pegawai, RancanganDemo, RencanaIKI, RencanaRHK
from kinerja_asn.domain.pelaksanaan import KEYAKINAN_MAKS, KEYAKINAN_MIN, agregasi_bawaan, target_sub_periode
from kinerja_asn.domain.periode import SubPeriode, bagi_periode

FREKUENSI = ("Bulanan", "Triwulan")
HOST_ARSIP = "arsip.kemencontoh.example"
"""Links given as evidence point here (a reserved top-level domain)."""

PERSEN_TERTINGGAL = 0.06
"""Share of employees who stopped reporting one to three sub-periods before the reference date."""
PELUANG_DIKEMBALIKAN = 0.08
"""A check-in returned once by the superior (evidence rejected or a figure questioned)."""
PELUANG_BUKTI_DITOLAK_SAJA = 0.03
"""Evidence rejected in a check-in the superior still verified (the other evidence sufficed)."""
PELUANG_MULAI_AWAL = 0.3
"""A check-in of the running sub-period started early, to be filled as the work is done."""
PELUANG_RENCANA_AKSI = 0.7
SATUAN_MAKS_100 = frozenset({"%", "persen", "persentase"})

# Habits: (weight, range) ------------------------------------------------------------------------------
MUTU = ((0.25, (1.04, 1.18)), (0.55, (0.95, 1.05)), (0.20, (0.75, 0.93)))
"""How well an employee does against the targets (1.0 = on target)."""
TELAT_LAPOR = ((0.6, (1, 5)), (0.3, (4, 12)), (0.1, (12, 28)))
"""Days after the end of a sub-period until the employee submits the check-in."""
TEMPO_VERIFIKASI = ((0.7, (1, 6)), (0.25, (4, 12)), (0.05, (10, 25)))
"""Days a superior takes to verify a submitted check-in."""
RAJIN_BUKTI = ((0.5, (0.8, 1.0)), (0.35, (0.55, 0.8)), (0.15, (0.25, 0.5)))
"""Share of RHK with realisation that get evidence."""
JENIS_BUKTI = (("Dokumen", 0.45), ("Foto", 0.15), ("Tautan", 0.4))
JENIS_UMPAN_BALIK = (("Apresiasi", 0.5), ("Coaching", 0.3), ("Perbaikan", 0.2))

# Texts ------------------------------------------------------------------------------------------------
CATATAN_KURANG = (
	"Menunggu data dari unit terkait.",
	"Terkendala jadwal rapat yang bergeser.",
	"Sebagian pekerjaan dilanjutkan bulan berikutnya.",
	"Ada penugasan mendesak dari pimpinan.",
)
CATATAN_LEBIH = (
	"Selesai lebih cepat dari jadwal.",
	"Ada tambahan permintaan dari unit lain.",
	"Dikerjakan bersama tim lintas unit.",
)
CATATAN_SESUAI = ("Sesuai rencana.", "Berjalan sesuai jadwal.")
UMPAN_BALIK_BARIS = (
	"Pertahankan.",
	"Baik, lengkapi bukti dukung pada periode berikutnya.",
	"Perhatikan ketepatan waktu.",
	"Koordinasikan lebih awal dengan unit terkait.",
)
CATATAN_VERIFIKASI = ("Sudah sesuai, terima kasih.", "Baik, pertahankan.", "Diverifikasi.")
ALASAN_TOLAK = (
	"Berkas tidak terbaca; unggah ulang dalam format PDF.",
	"Bukti tidak sesuai dengan periode pelaporan.",
	"Dokumen belum ditandatangani pejabat yang berwenang.",
	"Tautan tidak dapat dibuka.",
)
CATATAN_KEMBALI_BUKTI = "Bukti dukung {0} tidak dapat diterima; mohon diganti."
CATATAN_KEMBALI_ANGKA = "Realisasi {0} belum sesuai dengan laporan yang diterima; mohon diperiksa kembali."
UMPAN_BALIK_KEMBALI = "Mohon diperbaiki sesuai catatan."
KETERANGAN_BUKTI = {
	"Dokumen": (
		"Laporan kegiatan {s}",
		"Nota dinas hasil pelaksanaan {s}",
		"Notulen rapat {s}",
		"Rekapitulasi capaian {s}",
	),
	"Foto": ("Dokumentasi kegiatan {s}", "Foto rapat koordinasi {s}"),
	"Tautan": ("Dokumen di arsip digital {s}", "Folder kerja bersama {s}"),
}
BUTIR_KEGIATAN = (
	"Menyusun kajian dan rekomendasi",
	"Melaksanakan analisis data",
	"Menyusun laporan hasil pelaksanaan tugas",
	"Melaksanakan koordinasi teknis",
	"Mengevaluasi pelaksanaan kegiatan",
)
UMPAN_BALIK = {
	# per kind, texts about an RHK, a behaviour value or the work in general ({k}: the RHK or value)
	"Apresiasi": {
		"rhk": (
			'Terima kasih atas kerja keras pada "{k}"; hasilnya sangat membantu unit.',
			'Hasil kerja untuk "{k}" rapi dan tepat waktu. Pertahankan!',
		),
		"perilaku": (
			"Sikap {k} Anda bulan ini menjadi contoh bagi tim.",
			"Terima kasih telah menunjukkan perilaku {k} dalam melayani unit lain.",
		),
		"umum": ("Terima kasih atas kerja keras Anda bulan ini.",),
	},
	"Coaching": {
		"rhk": (
			'Mari diskusikan langkah berikutnya untuk "{k}" pada pertemuan mingguan.',
			'Susun rencana aksi yang lebih rinci untuk "{k}" agar kemajuannya mudah dipantau.',
		),
		"perilaku": ("Mari diskusikan cara menerapkan nilai {k} dalam tugas bulan depan.",),
		"umum": ("Libatkan rekan dari unit lain sejak awal pekerjaan.",),
	},
	"Perbaikan": {
		"rhk": (
			'Progres "{k}" masih di bawah rencana; mohon disusun langkah perbaikannya.',
			'Bukti dukung untuk "{k}" perlu dilengkapi setiap bulan.',
		),
		"perilaku": ("Mohon tingkatkan penerapan nilai {k}, terutama dalam koordinasi dengan rekan kerja.",),
		"umum": ("Perhatikan ketepatan waktu penyelesaian pekerjaan.",),
	},
}
UMPAN_BALIK_REKAN = {
	"rhk": ('Terima kasih sudah membantu kami dalam "{k}".',),
	"perilaku": ("Kerja sama yang baik; nilai {k} sangat terasa.",),
	"umum": ("Terima kasih atas bantuannya minggu ini.",),
}
UMPAN_BALIK_KE_ATAS = {
	"rhk": ('Terima kasih atas arahan yang jelas untuk "{k}".',),
	"perilaku": ("Terima kasih atas arahannya; nilai {k} Bapak/Ibu menjadi teladan.",),
	"umum": ("Terima kasih atas arahan yang jelas dalam rapat koordinasi.",),
}
AKSI = (
	"Menyusun jadwal dan pembagian tugas",
	"Mengumpulkan dan mengolah data pendukung",
	"Menyelenggarakan rapat koordinasi dengan unit terkait",
	"Menyusun draf keluaran",
	"Menyempurnakan draf berdasarkan masukan atasan",
	"Menyampaikan keluaran kepada pimpinan",
	"Mengevaluasi pelaksanaan dan menyusun tindak lanjut",
)
CATATAN_TERTUNDA = ("Menunggu data dari unit terkait.", "Bergeser karena agenda pimpinan.")


# Plan -------------------------------------------------------------------------------------------------


@dataclass(eq=False)
class RencanaBaris:
	"""One row of a check-in: an IKI of the RHK (by its position), realisation None while not reported."""

	rhk: RencanaRHK
	urutan_iki: int
	target_periode: float
	realisasi: float | None
	keyakinan: int | None = None
	catatan: str | None = None
	status_verifikasi: str = "Belum Diverifikasi"
	umpan_balik: str | None = None

	@property
	def iki(self) -> RencanaIKI:
		return self.rhk.iki[self.urutan_iki]


@dataclass(eq=False)
class RencanaCheckIn:
	"""A Realisasi Kinerja as it stands on the reference date, with the dates of its steps."""

	pegawai: Pegawai
	sub: SubPeriode
	status: str
	dibuat: datetime
	baris: list[RencanaBaris]
	diajukan: datetime | None = None
	dikembalikan: datetime | None = None
	diajukan_ulang: datetime | None = None
	diverifikasi: datetime | None = None
	catatan_verifikasi: str | None = None

	@property
	def diubah(self) -> datetime:
		langkah = (self.dibuat, self.diajukan, self.dikembalikan, self.diajukan_ulang, self.diverifikasi)
		return max(t for t in langkah if t)


@dataclass(eq=False)
class RencanaBukti:
	"""A Bukti Dukung: a generated file (Dokumen: PDF, Foto: PNG) or a link (Tautan)."""

	nomor: int
	pegawai: Pegawai
	rhk: RencanaRHK
	urutan_iki: int | None
	sub: SubPeriode
	jenis: str
	keterangan: str
	diunggah: datetime
	nama_berkas: str | None = None
	tautan: str | None = None
	butir_kegiatan: str | None = None
	status: str = "Diajukan"
	alasan_penolakan: str | None = None
	diverifikasi: datetime | None = None


@dataclass(eq=False)
class RencanaUmpanBalik:
	dari: Pegawai
	kepada: Pegawai
	jenis: str
	waktu: datetime
	isi: str
	rhk: RencanaRHK | None = None
	perilaku: str | None = None


@dataclass(eq=False)
class RencanaAksi:
	rhk: RencanaRHK
	bulan: SubPeriode
	aksi: str
	status: str
	dibuat: datetime
	catatan: str | None = None


@dataclass
class RencanaPelaksanaan:
	"""The year up to `hari_ini`: check-ins of the `frekuensi` sub-periods, evidence, feedback and
	rencana aksi; `tertinggal` are the employees who stopped reporting."""

	tahun: int
	frekuensi: str
	hari_ini: date
	sub_periode: list[SubPeriode]
	bulan: list[SubPeriode]
	check_in: list[RencanaCheckIn]
	bukti: list[RencanaBukti]
	umpan_balik: list[RencanaUmpanBalik]
	rencana_aksi: list[RencanaAksi]
	tertinggal: list[Pegawai]

	@property
	def sub_lewat(self) -> list[SubPeriode]:
		"""Sub-periods that ended before the reference date."""
		return [s for s in self.sub_periode if s.selesai < self.hari_ini]


@dataclass(eq=False)
class _Kebiasaan:
	mutu: float
	telat: tuple[int, int]
	rajin_bukti: float
	pakai_keyakinan: bool
	berhenti: int | None = None
	realisasi: dict[tuple[int, int], list[float]] = field(default_factory=dict)


def urutan_rhk(p: Pegawai) -> list[RencanaRHK]:
	"""The employee's RHK in the order a check-in lists them: Utama first, each in creation order."""
	return sorted(p.rhk, key=lambda r: 0 if r.jenis == "Utama" else 1)


def agregasi_iki(iki: RencanaIKI) -> str:
	return getattr(iki, "agregasi", None) or agregasi_bawaan(iki.satuan)


def rancang_pelaksanaan(
	r: RancanganDemo,
	hari_ini: date,
	frekuensi: str = "Bulanan",
	perilaku: Sequence[str] = (),
) -> RencanaPelaksanaan:
	"""The demo year `r.tahun` as it stands on `hari_ini` (nothing happens on or after that day);
	check-ins per `frekuensi` ("Bulanan" or "Triwulan"), feedback naming the behaviour values in
	`perilaku`."""
	if frekuensi not in FREKUENSI:
		raise ValueError(
			f"Frekuensi realisasi tidak dikenal: {frekuensi!r} (yang sah: {', '.join(FREKUENSI)})"
		)
	return _Perancang(r, hari_ini, frekuensi, tuple(perilaku)).rancang()


class _Perancang:
	def __init__(self, r: RancanganDemo, hari_ini: date, frekuensi: str, perilaku: tuple[str, ...]):
		self.r = r
		self.hari_ini = hari_ini
		self.frekuensi = frekuensi
		self.perilaku = perilaku
		self.rng = random.Random(r.seed * 104_729 + r.tahun * 13 + 5)
		self.sub = bagi_periode(r.tahun, frekuensi)
		self.bulan = bagi_periode(r.tahun, "Bulanan")
		self.mulai, self.selesai = self.bulan[0].mulai, self.bulan[-1].selesai
		self.kebiasaan: dict[Pegawai, _Kebiasaan] = {}
		self.tempo: dict[Pegawai, tuple[int, int]] = {}
		self.check_in: list[RencanaCheckIn] = []
		self.bukti: list[RencanaBukti] = []
		self._bukti_per: dict[tuple[Pegawai, SubPeriode], list[RencanaBukti]] = {}

	def rancang(self) -> RencanaPelaksanaan:
		rng = self.rng
		for p in self.r.pegawai:
			self.kebiasaan[p] = _Kebiasaan(
				mutu=rng.uniform(*self._pilih(MUTU)),
				telat=self._pilih(TELAT_LAPOR),
				rajin_bukti=rng.uniform(*self._pilih(RAJIN_BUKTI)),
				pakai_keyakinan=rng.random() < 0.7,
			)
			if p.bawahan:
				self.tempo[p] = self._pilih(TEMPO_VERIFIKASI)
		# The top official's check-ins are never verified in the system (the minister assesses), so
		# missing evidence would stay due all year: they attach it to every RHK.
		self.kebiasaan[self.r.puncak].rajin_bukti = 1.0
		tertinggal = self._pilih_tertinggal()
		for p in self.r.pegawai:
			self._realisasi_tahun(p)
			for i, sub in enumerate(self.sub):
				if sub.mulai >= self.hari_ini:
					break
				k = self.kebiasaan[p]
				if k.berhenti is not None and i >= k.berhenti:
					break
				self._check_in(p, sub, i)
		return RencanaPelaksanaan(
			tahun=self.r.tahun,
			frekuensi=self.frekuensi,
			hari_ini=self.hari_ini,
			sub_periode=self.sub,
			bulan=self.bulan,
			check_in=self.check_in,
			bukti=self.bukti,
			umpan_balik=self._umpan_balik(),
			rencana_aksi=self._rencana_aksi(),
			tertinggal=tertinggal,
		)

	# Helpers ----------------------------------------------------------------------------------------

	def _pilih(self, pilihan):
		bobot, nilai = zip(*pilihan, strict=True)
		return self.rng.choices(nilai, weights=bobot)[0]

	def _pilih_teks(self, pilihan):
		nilai, bobot = zip(*pilihan, strict=True)
		return self.rng.choices(nilai, weights=bobot)[0]

	def _waktu(self, hari: date) -> datetime:
		"""A moment of office hours on a day."""
		return datetime.combine(hari, time(8, 0)) + timedelta(minutes=self.rng.randint(0, 8 * 60 - 1))

	def _sebelum_hari_ini(self, t: datetime | None) -> bool:
		return t is not None and t.date() < self.hari_ini

	def _pilih_tertinggal(self) -> list[Pegawai]:
		"""Employees (not unit heads) who stopped reporting one to three sub-periods before today."""
		lewat = len([s for s in self.sub if s.selesai < self.hari_ini])
		if lewat < 2:
			return []
		calon = [p for p in self.r.pegawai if p.atasan is not None and not p.bawahan]
		jumlah = min(len(calon), max(2, round(PERSEN_TERTINGGAL * len(self.r.pegawai))))
		hasil = self.rng.sample(calon, jumlah)
		for p in hasil:
			self.kebiasaan[p].berhenti = max(1, lewat - self.rng.randint(1, min(3, lewat - 1)))
		return hasil

	# Realisation ------------------------------------------------------------------------------------

	def _realisasi_tahun(self, p: Pegawai):
		"""Realisation of every IKI in every sub-period of the year, drawn around the employee's level:
		counts accumulate towards their share of the target, levels stay near the target."""
		rng = self.rng
		k = self.kebiasaan[p]
		n = len(self.sub)
		for i_rhk, rhk in enumerate(urutan_rhk(p)):
			for i_iki, iki in enumerate(rhk.iki):
				mutu = k.mutu * rng.uniform(0.93, 1.07)
				agregasi = agregasi_iki(iki)
				desimal = _desimal(iki.target, iki.target_maks)
				seri, kumulatif, target_kumulatif = [], 0.0, 0.0
				for j, sub in enumerate(self.sub):
					tren = 0.97 + 0.06 * j / max(1, n - 1)
					tp = target_sub_periode(
						iki.target, agregasi, sub.mulai, sub.selesai, self.mulai, self.selesai
					)
					if agregasi == "Jumlah" and iki.arah != "Turun":
						target_kumulatif += tp
						tujuan = round(max(0.0, target_kumulatif * mutu * tren + rng.gauss(0, 0.4)), desimal)
						nilai = max(0.0, round(tujuan - kumulatif, desimal))
						kumulatif += nilai
					elif agregasi == "Jumlah":
						nilai = round(max(0.0, tp * (2 - mutu * tren) * rng.uniform(0.9, 1.1)), 2)
					else:
						nilai = self._tingkat(iki, 1 + (mutu * tren - 1) / 2, desimal)
					seri.append(nilai)
				k.realisasi[(i_rhk, i_iki)] = seri

	def _tingkat(self, iki: RencanaIKI, mutu: float, desimal: int) -> float:
		"""A level (percentage, index, days) held through the year: near the target, or inside a
		range target, better or worse by the employee's level."""
		acak = self.rng.gauss(1, 0.02)
		if iki.arah == "Turun":
			nilai = iki.target * (2 - mutu) * acak
		elif iki.target_maks is not None:
			lebar = iki.target_maks - iki.target
			nilai = iki.target + lebar * self.rng.uniform(0.2, 0.8) + iki.target * (mutu - 1) * acak
		else:
			nilai = iki.target * mutu * acak
		if iki.satuan.strip().lower() in SATUAN_MAKS_100:
			nilai = min(nilai, 100.0)
		return round(max(0.0, nilai), desimal)

	def _baris(self, p: Pegawai, i: int, sub: SubPeriode, diisi: int | None = None) -> list[RencanaBaris]:
		"""Rows of the check-in of sub-period `i`; with `diisi`, only the first `diisi` are reported."""
		k = self.kebiasaan[p]
		hasil = []
		for i_rhk, rhk in enumerate(urutan_rhk(p)):
			for i_iki, iki in enumerate(rhk.iki):
				tp = target_sub_periode(
					iki.target, agregasi_iki(iki), sub.mulai, sub.selesai, self.mulai, self.selesai
				)
				dilapor = diisi is None or len(hasil) < diisi
				nilai = k.realisasi[(i_rhk, i_iki)][i] if dilapor else None
				baris = RencanaBaris(rhk, i_iki, tp, nilai)
				if dilapor:
					self._isian(baris, iki, k)
				hasil.append(baris)
		return hasil

	def _isian(self, baris: RencanaBaris, iki: RencanaIKI, k: _Kebiasaan):
		rng = self.rng
		if k.pakai_keyakinan:
			yakin = round(5 + (k.mutu - 0.85) * 15 + rng.gauss(0, 1))
			baris.keyakinan = min(KEYAKINAN_MAKS, max(KEYAKINAN_MIN, yakin))
		if rng.random() < 0.15:
			rasio = _rasio(baris.realisasi, baris.target_periode, iki.arah)
			if rasio < 0.95:
				baris.catatan = rng.choice(CATATAN_KURANG)
			elif rasio > 1.1:
				baris.catatan = rng.choice(CATATAN_LEBIH)
			else:
				baris.catatan = rng.choice(CATATAN_SESUAI)

	# Check-ins --------------------------------------------------------------------------------------

	def _check_in(self, p: Pegawai, sub: SubPeriode, i: int):
		rng = self.rng
		k = self.kebiasaan[p]
		dibuat = self._waktu(sub.selesai - timedelta(days=rng.randint(0, 8)))
		if sub.mulai < self.hari_ini <= sub.selesai and rng.random() < PELUANG_MULAI_AWAL:
			# some fill the running sub-period's check-in as they go
			dibuat = self._waktu(
				sub.mulai + timedelta(days=rng.randint(0, (self.hari_ini - sub.mulai).days - 1))
			)
		if not self._sebelum_hari_ini(dibuat):
			return
		diajukan = self._waktu(sub.selesai + timedelta(days=rng.randint(*k.telat)))
		if sub.selesai >= self.hari_ini or not self._sebelum_hari_ini(diajukan):
			baris = self._baris(p, i, sub, diisi=rng.randint(0, sum(len(r.iki) for r in p.rhk)))
			c = RencanaCheckIn(p, sub, "Draft", dibuat, baris)
			self.check_in.append(c)
			self._bukti_check_in(c, sampai=self._kemarin())
			return
		c = RencanaCheckIn(p, sub, "Diajukan", dibuat, self._baris(p, i, sub), diajukan=diajukan)
		self.check_in.append(c)
		atasan = p.atasan
		if atasan is None:
			# The top official reports to the minister, who is not in the system: nobody verifies.
			self._bukti_check_in(c, sampai=diajukan)
			return
		verifikasi = self._waktu(diajukan.date() + timedelta(days=rng.randint(*self.tempo[atasan])))
		if rng.random() < PELUANG_DIKEMBALIKAN and self._sebelum_hari_ini(verifikasi):
			self._dikembalikan(c, verifikasi)
			return
		self._bukti_check_in(c, sampai=diajukan)
		if self._sebelum_hari_ini(verifikasi):
			self._verifikasi(c, verifikasi)

	def _kemarin(self) -> datetime:
		return self._waktu(self.hari_ini - timedelta(days=1))

	def _verifikasi(self, c: RencanaCheckIn, waktu: datetime, tolak_satu: bool = True):
		"""The superior accepts the evidence still open and verifies: every row Diterima, feedback on a few."""
		rng = self.rng
		c.status, c.diverifikasi = "Diverifikasi", waktu
		for b in self._bukti_dari(c):
			if b.status != "Diajukan":
				continue
			if tolak_satu and b.jenis == "Tautan" and rng.random() < PELUANG_BUKTI_DITOLAK_SAJA:
				b.status, b.alasan_penolakan = "Ditolak", ALASAN_TOLAK[3]
			else:
				b.status = "Diterima"
			b.diverifikasi = waktu - timedelta(minutes=rng.randint(1, 30))
		for baris in c.baris:
			baris.status_verifikasi = "Diterima"
			if rng.random() < 0.08:
				baris.umpan_balik = rng.choice(UMPAN_BALIK_BARIS)
		if c.catatan_verifikasi is None and rng.random() < 0.3:
			c.catatan_verifikasi = rng.choice(CATATAN_VERIFIKASI)

	def _dikembalikan(self, c: RencanaCheckIn, waktu: datetime):
		"""Returned for revision: a piece of evidence rejected (or, without evidence, a figure questioned),
		then perhaps corrected, resubmitted and verified, as far as the dates reach."""
		rng = self.rng
		self._bukti_check_in(c, sampai=c.diajukan)
		bukti = self._bukti_dari(c)
		c.status, c.dikembalikan = "Revisi", waktu
		if bukti:
			tolak = bukti[0]
			alasan = ALASAN_TOLAK[1::2] if tolak.jenis == "Tautan" else ALASAN_TOLAK[:3]
			tolak.status, tolak.alasan_penolakan = "Ditolak", rng.choice(alasan)
			tolak.diverifikasi = waktu - timedelta(minutes=rng.randint(1, 30))
			for b in bukti[1:]:
				b.status, b.diverifikasi = "Diterima", tolak.diverifikasi
			c.catatan_verifikasi = CATATAN_KEMBALI_BUKTI.format(tolak.keterangan)
			ditandai = [x for x in c.baris if x.rhk is tolak.rhk]
		else:
			x = rng.choice(c.baris)
			c.catatan_verifikasi = CATATAN_KEMBALI_ANGKA.format(x.iki.uraian)
			ditandai = [x]
		for x in c.baris:
			x.status_verifikasi = "Perlu Perbaikan" if x in ditandai else "Diterima"
			if x in ditandai:
				x.umpan_balik = UMPAN_BALIK_KEMBALI
		ulang = self._waktu(waktu.date() + timedelta(days=rng.randint(1, 6)))
		if not self._sebelum_hari_ini(ulang):
			return
		c.status, c.diajukan_ulang = "Diajukan", ulang
		if bukti:
			pengganti = self._tambah_bukti(c, tolak.rhk, tolak.urutan_iki, ulang - timedelta(hours=1))
			pengganti.jenis = "Dokumen"
			pengganti.keterangan = f"{tolak.keterangan} (pengganti)"
			pengganti.nama_berkas = _nama_berkas(pengganti)
			pengganti.tautan = None
		verifikasi = self._waktu(ulang.date() + timedelta(days=rng.randint(*self.tempo[c.pegawai.atasan])))
		if self._sebelum_hari_ini(verifikasi):
			self._verifikasi(c, verifikasi, tolak_satu=False)

	# Evidence ---------------------------------------------------------------------------------------

	def _bukti_dari(self, c: RencanaCheckIn) -> list[RencanaBukti]:
		return self._bukti_per.get((c.pegawai, c.sub), [])

	def _bukti_check_in(self, c: RencanaCheckIn, sampai: datetime):
		"""Evidence for the RHK with realisation, uploaded before `sampai` (never after the day before
		the reference date); some RHK go without, as the employee's habit says."""
		rng = self.rng
		k = self.kebiasaan[c.pegawai]
		batas = min(sampai, self._kemarin())
		awal = max(datetime.combine(c.sub.mulai, time(8)), batas - timedelta(days=10))
		if batas <= awal:
			return
		per_rhk: dict[RencanaRHK, list[RencanaBaris]] = {}
		for x in c.baris:
			per_rhk.setdefault(x.rhk, []).append(x)
		for rhk, baris in per_rhk.items():
			ada = [x for x in baris if x.realisasi]
			if not ada or rng.random() >= k.rajin_bukti:
				continue
			urutan = rng.choice(ada).urutan_iki if rng.random() < 0.3 else None
			self._tambah_bukti(c, rhk, urutan, awal + (batas - awal) * rng.random())

	def _tambah_bukti(self, c: RencanaCheckIn, rhk: RencanaRHK, urutan: int | None, waktu) -> RencanaBukti:
		rng = self.rng
		jenis = self._pilih_teks(JENIS_BUKTI)
		periode = c.sub.nama
		b = RencanaBukti(
			nomor=len(self.bukti),
			pegawai=c.pegawai,
			rhk=rhk,
			urutan_iki=urutan,
			sub=c.sub,
			jenis=jenis,
			keterangan=rng.choice(KETERANGAN_BUKTI[jenis]).format(s=periode),
			diunggah=waktu,
		)
		if jenis == "Tautan":
			b.tautan = f"https://{HOST_ARSIP}/{c.pegawai.email_lokal}/{_slug(c.sub.nama)}/{b.nomor + 1}"
		else:
			b.nama_berkas = _nama_berkas(b)
		if c.pegawai.jabatan_fungsional and jenis == "Dokumen" and rng.random() < 0.5:
			b.butir_kegiatan = rng.choice(BUTIR_KEGIATAN)
		self.bukti.append(b)
		self._bukti_per.setdefault((c.pegawai, c.sub), []).append(b)
		return b

	# Feedback and rencana aksi ----------------------------------------------------------------------

	def _hari_acak(self) -> date | None:
		"""A working day of the year before the reference date, or None when the year has not begun."""
		akhir = min(self.selesai, self.hari_ini - timedelta(days=1))
		if akhir < self.mulai:
			return None
		for _ in range(10):
			hari = self.mulai + timedelta(days=self.rng.randint(0, (akhir - self.mulai).days))
			if hari.weekday() < 5:
				return hari
		return hari

	def _umpan_balik(self) -> list[RencanaUmpanBalik]:
		"""From superiors to their staff through the year (more coaching and correction for those
		behind), now and then between peers and to a superior."""
		rng = self.rng
		hasil = []
		akhir = min(self.selesai, self.hari_ini)
		bulan_berjalan = max(0, (akhir.year - self.mulai.year) * 12 + akhir.month - self.mulai.month + 1)
		if self._hari_acak() is None:
			return hasil
		for p in self.r.pegawai:
			atasan = p.atasan
			if atasan is None:
				continue
			k = self.kebiasaan[p]
			for _ in range(rng.randint(0, max(1, bulan_berjalan // 3))):
				bobot = [0.6, 0.3, 0.1] if k.mutu >= 1 else [0.3, 0.35, 0.35]
				jenis = rng.choices(("Apresiasi", "Coaching", "Perbaikan"), weights=bobot)[0]
				hasil.append(self._satu_umpan_balik(atasan, p, jenis, UMPAN_BALIK[jenis]))
			rekan = [b for b in atasan.bawahan if b is not p]
			if rekan and rng.random() < 0.2:
				hasil.append(self._satu_umpan_balik(rng.choice(rekan), p, "Apresiasi", UMPAN_BALIK_REKAN))
			if rng.random() < 0.05:
				hasil.append(
					self._satu_umpan_balik(p, atasan, "Apresiasi", UMPAN_BALIK_KE_ATAS, tanpa_rhk=True)
				)
		return sorted(hasil, key=lambda u: u.waktu)

	def _satu_umpan_balik(self, dari, kepada, jenis, templat, tanpa_rhk=False) -> RencanaUmpanBalik:
		rng = self.rng
		rhk, perilaku = None, None
		r = rng.random()
		if r < 0.5 and kepada.rhk and not tanpa_rhk:
			rhk = rng.choice(kepada.rhk)
			isi = rng.choice(templat["rhk"]).format(k=rhk.uraian)
		elif r < 0.8 and self.perilaku:
			perilaku = rng.choice(self.perilaku)
			isi = rng.choice(templat["perilaku"]).format(k=perilaku)
		else:
			isi = rng.choice(templat["umum"])
		return RencanaUmpanBalik(
			dari=dari,
			kepada=kepada,
			jenis=jenis,
			waktu=self._waktu(self._hari_acak()),
			isi=isi,
			rhk=rhk,
			perilaku=perilaku,
		)

	def _rencana_aksi(self) -> list[RencanaAksi]:
		"""For most employees, one or two Utama RHK planned month by month around the reference date:
		done or delayed before it, running in its month, planned after."""
		rng = self.rng
		if self.hari_ini < self.mulai:
			bulan = self.bulan[:2]
		elif self.hari_ini > self.selesai:
			bulan = self.bulan[-3:]
		else:
			i = self.hari_ini.month - 1
			bulan = self.bulan[max(0, i - 2) : i + 2]
		hasil = []
		for p in self.r.pegawai:
			utama = [r for r in urutan_rhk(p) if r.jenis == "Utama"]
			if not utama or rng.random() >= PELUANG_RENCANA_AKSI:
				continue
			for rhk in rng.sample(utama, min(len(utama), rng.randint(1, 2))):
				langkah = rng.randint(0, len(AKSI) - 1)
				for b in bulan:
					dibuat = self._waktu(min(b.mulai, self.hari_ini) - timedelta(days=rng.randint(1, 5)))
					if b.selesai < self.hari_ini:
						status = "Selesai" if rng.random() < 0.8 else "Tertunda"
					elif b.mulai <= self.hari_ini:
						status = "Berjalan"
					else:
						status = "Direncanakan"
					hasil.append(
						RencanaAksi(
							rhk=rhk,
							bulan=b,
							aksi=AKSI[langkah % len(AKSI)],
							status=status,
							dibuat=dibuat,
							catatan=rng.choice(CATATAN_TERTUNDA) if status == "Tertunda" else None,
						)
					)
					langkah += 1
		return hasil


# Small rules of the plan ------------------------------------------------------------------------------


def _desimal(*nilai: float | None) -> int:
	"""Decimals a target is written with (90 -> 0, 3.4 -> 1, 3.05 -> 2), at most 2."""
	hasil = 0
	for x in nilai:
		if x is None:
			continue
		teks = f"{x:.6f}".rstrip("0").rstrip(".")
		hasil = max(hasil, len(teks.split(".")[1]) if "." in teks else 0)
	return min(hasil, 2)


def _rasio(realisasi: float | None, target: float, arah: str) -> float:
	if not target or realisasi is None:
		return 1.0
	rasio = realisasi / target
	return 2 - rasio if arah == "Turun" else rasio


def _slug(teks: str, panjang: int = 60) -> str:
	return re.sub(r"[^a-z0-9]+", "-", teks.lower()).strip("-")[:panjang].strip("-")


def _nama_berkas(b: RencanaBukti) -> str:
	"""A file name as a person would give it: the description, then .pdf or .png."""
	return f"{_slug(b.keterangan)}.{'png' if b.jenis == 'Foto' else 'pdf'}"


# Generated files --------------------------------------------------------------------------------------


def isi_berkas(b: RencanaBukti, nama_instansi: str = "Kementerian Contoh") -> bytes:
	"""The bytes of an evidence file: a one-page PDF naming the employee, RHK and period, or a small
	PNG picture; unique per piece of evidence."""
	if b.jenis == "Foto":
		return png_bukti(b.nomor, f"{b.pegawai.nip}/{b.sub.nama}/{b.nomor}")
	p = b.pegawai
	baris = [
		nama_instansi,
		b.keterangan,
		f"Pegawai: {p.nama_lengkap} (NIP {p.nip})",
		f"Jabatan: {p.jabatan}",
		f"RHK: {b.rhk.uraian}",
		*([f"Indikator: {b.rhk.iki[b.urutan_iki].uraian}"] if b.urutan_iki is not None else []),
		f"Periode: {b.sub.nama}",
		f"Diunggah: {b.diunggah:%d-%m-%Y %H:%M}",
		f"Nomor bukti demo: {b.nomor + 1}",
	]
	return pdf_teks(b.keterangan, baris)


def pdf_teks(judul: str, baris: Sequence[str]) -> bytes:
	"""A valid one-page A4 PDF 1.4 with the lines in Helvetica (Latin-1; other characters become ?)."""

	def teks(s: str) -> str:
		s = s.encode("latin-1", "replace").decode("latin-1")
		return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

	isi = ["BT", "/F1 14 Tf", "56 780 Td", f"({teks(baris[0] if baris else judul)}) Tj", "/F1 10 Tf"]
	for x in baris[1:]:
		isi += ["0 -18 Td", f"({teks(x)}) Tj"]
	isi.append("ET")
	aliran = "\n".join(isi).encode("latin-1")
	objek = [
		b"<< /Type /Catalog /Pages 2 0 R >>",
		b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
		b"/Resources << /Font << /F1 5 0 R >> >> >>",
		b"<< /Length " + str(len(aliran)).encode() + b" >>\nstream\n" + aliran + b"\nendstream",
		b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		b"<< /Title (" + teks(judul).encode("latin-1") + b") /Producer (kinerja_asn demo) >>",
	]
	keluaran = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	posisi = []
	for i, o in enumerate(objek, 1):
		posisi.append(len(keluaran))
		keluaran += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
	xref = len(keluaran)
	keluaran += f"xref\n0 {len(objek) + 1}\n0000000000 65535 f \n".encode()
	for pos in posisi:
		keluaran += f"{pos:010d} 00000 n \n".encode()
	keluaran += (
		f"trailer\n<< /Size {len(objek) + 1} /Root 1 0 R /Info {len(objek)} 0 R >>\n"
		f"startxref\n{xref}\n%%EOF\n"
	).encode()
	return bytes(keluaran)


def png_bukti(benih: int, tanda: str, lebar: int = 96, tinggi: int = 64) -> bytes:
	"""A small RGB PNG: a sky, a ground and a few blocks (a meeting room seen from afar), its colours
	drawn from `benih`; `tanda` goes into a tEXt chunk so every picture is a different file."""
	rng = random.Random(benih)
	langit = [rng.randint(150, 230) for _ in range(3)]
	tanah = [rng.randint(60, 140) for _ in range(3)]
	kotak = [
		(
			rng.randint(0, max(0, lebar - 20)),
			rng.randint(tinggi // 3, max(tinggi // 3, tinggi - 16)),
			rng.randint(lebar // 10, lebar // 4),
			rng.randint(tinggi // 8, tinggi // 4),
		)
		+ tuple(rng.randint(0, 255) for _ in range(3))
		for _ in range(4)
	]
	garis = tinggi * 2 // 3
	mentah = bytearray()
	for y in range(tinggi):
		baris = bytearray(bytes(langit if y < garis else tanah) * lebar)
		for kx, ky, kw, kh, *warna in kotak:
			if ky <= y < ky + kh:
				ujung = min(kx + kw, lebar)
				baris[kx * 3 : ujung * 3] = bytes(warna) * (ujung - kx)
		mentah += b"\x00" + baris

	def potongan(jenis: bytes, data: bytes) -> bytes:
		return struct.pack(">I", len(data)) + jenis + data + struct.pack(">I", zlib.crc32(jenis + data))

	return (
		b"\x89PNG\r\n\x1a\n"
		+ potongan(b"IHDR", struct.pack(">IIBBBBB", lebar, tinggi, 8, 2, 0, 0, 0))
		+ potongan(b"tEXt", b"Comment\x00" + tanda.encode("latin-1", "replace"))
		+ potongan(b"IDAT", zlib.compress(bytes(mentah), 9))
		+ potongan(b"IEND", b"")
	)
