"""Angka kredit (credit points) of functional officials by conversion from predikat kinerja.

PermenPAN-RB 1/2023 and PerBKN 3/2023 (docs/regulasi.md §5.1): AK = persentase(predikat) x
koefisien(jenjang) x bulan / 12; accumulation restarts at 0 in a new jenjang; promotion needs a
minimum cumulative AK, and a new jenjang also a competence test (plus professional development
for Penyelia, Ahli Madya, Ahli Utama). Ledger entries snapshot the numbers used, so later edits of
the masters never rewrite history.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .periode import jumlah_bulan
from .rating import Predikat

_TOLERANSI = 1e-9

# PermenPAN-RB 1/2023: persentase of the yearly koefisien by predikat kinerja [C].
DEFAULT_PERSENTASE_AK: dict[Predikat, float] = {
	Predikat.SANGAT_BAIK: 150.0,
	Predikat.BAIK: 100.0,
	Predikat.BUTUH_PERBAIKAN: 75.0,
	Predikat.KURANG_MISCONDUCT: 50.0,
	Predikat.SANGAT_KURANG: 25.0,
}

KATEGORI_JENJANG: tuple[str, ...] = ("keterampilan", "keahlian")


@dataclass(frozen=True)
class Jenjang:
	"""A jenjang jabatan fungsional: golongan range, koefisien per year, minimum cumulative AK for the
	next pangkat and the next jenjang (None where there is none), and whether promotion *into* this
	jenjang needs pengembangan profesi."""

	nama: str
	kategori: str
	golongan_min: str
	golongan_maks: str
	koefisien: float
	ak_kenaikan_pangkat: float | None
	ak_kenaikan_jenjang: float | None
	jenjang_berikutnya: str | None
	butuh_pengembangan_profesi: bool = False


def _jenjang(*args, **kwargs) -> tuple[str, Jenjang]:
	j = Jenjang(*args, **kwargs)
	return j.nama, j


# PermenPAN-RB 1/2023 and PerBKN 3/2023 [C].
DEFAULT_JENJANG: dict[str, Jenjang] = dict(
	[
		_jenjang("Pemula", "keterampilan", "II/a", "II/a", 3.75, 15.0, 15.0, "Terampil"),
		_jenjang("Terampil", "keterampilan", "II/b", "II/d", 5.0, 20.0, 60.0, "Mahir"),
		_jenjang("Mahir", "keterampilan", "III/a", "III/b", 12.5, 50.0, 100.0, "Penyelia"),
		_jenjang("Penyelia", "keterampilan", "III/c", "III/d", 25.0, 100.0, None, None, True),
		_jenjang("Ahli Pertama", "keahlian", "III/a", "III/b", 12.5, 50.0, 100.0, "Ahli Muda"),
		_jenjang("Ahli Muda", "keahlian", "III/c", "III/d", 25.0, 100.0, 200.0, "Ahli Madya"),
		_jenjang("Ahli Madya", "keahlian", "IV/a", "IV/c", 37.5, 150.0, 450.0, "Ahli Utama", True),
		_jenjang("Ahli Utama", "keahlian", "IV/d", "IV/e", 50.0, 200.0, None, None, True),
	]
)


def _persen(predikat: Predikat | str, persentase: Mapping[Predikat | str, float] | None) -> float:
	predikat = Predikat.parse(predikat)
	if persentase is None:
		return DEFAULT_PERSENTASE_AK[predikat]
	for kunci, nilai in persentase.items():
		if Predikat.parse(kunci) is predikat:
			return float(nilai)
	raise ValueError(f"Persentase angka kredit untuk predikat {predikat.value} belum diatur")


def angka_kredit_konversi(
	koefisien: float,
	predikat: Predikat | str,
	bulan: float,
	persentase: Mapping[Predikat | str, float] | None = None,
) -> float:
	"""PermenPAN-RB 1/2023: AK = persentase(predikat) / 100 x koefisien x bulan / 12, unrounded
	(Ahli Pertama, Sangat Baik, 12 months -> 18.75)."""
	if koefisien < 0:
		raise ValueError(f"Koefisien angka kredit tidak boleh negatif (diberikan {koefisien})")
	if not 0 <= bulan <= 12:
		raise ValueError(f"Jumlah bulan harus di antara 0 dan 12 (diberikan {bulan})")
	return _persen(predikat, persentase) / 100.0 * koefisien * bulan / 12.0


def cari_jenjang(nama: str, jenjang_table: Mapping[str, Jenjang] | None = None) -> Jenjang:
	"""The jenjang of that name (case-insensitive) from the table (default DEFAULT_JENJANG)."""
	tabel = DEFAULT_JENJANG if jenjang_table is None else jenjang_table
	if nama in tabel:
		return tabel[nama]
	kunci = " ".join(str(nama).split()).casefold()
	for jenjang in tabel.values():
		if jenjang.nama.casefold() == kunci:
			return jenjang
	raise ValueError(f"Jenjang jabatan fungsional tidak dikenal: {nama!r}")


JENIS_ENTRI: tuple[str, ...] = ("konversi", "integrasi", "butir", "pendidikan", "penyesuaian")


@dataclass(frozen=True)
class EntriAngkaKredit:
	"""One line of the AK ledger, with the numbers used as a snapshot. PerBKN 3/2023: "integrasi" is
	the opening balance of older AK, "konversi" the yearly/periodic conversion, "butir" an activity
	item of the PermenPAN-RB 13/2019 era; only "penyesuaian" may be negative."""

	periode_mulai: date
	jenjang: str
	ak: float
	jenis: str = "konversi"
	periode_selesai: date | None = None
	predikat: Predikat | None = None
	persentase: float | None = None
	koefisien: float | None = None
	bulan: float | None = None

	def __post_init__(self) -> None:
		if self.jenis not in JENIS_ENTRI:
			raise ValueError(
				f"Jenis entri angka kredit tidak dikenal: {self.jenis!r} (yang sah: {', '.join(JENIS_ENTRI)})"
			)
		if self.ak < 0 and self.jenis != "penyesuaian":
			raise ValueError(f"Angka kredit {self.jenis} tidak boleh negatif (diberikan {self.ak})")


def entri_konversi(
	periode_mulai: date,
	periode_selesai: date,
	jenjang: str,
	predikat: Predikat | str,
	jenjang_table: Mapping[str, Jenjang] | None = None,
	persentase: Mapping[Predikat | str, float] | None = None,
) -> EntriAngkaKredit:
	"""PerBKN 3/2023: the ledger entry of a conversion for a period, with predikat, %, koefisien and
	months (calendar-month fractions of the period) stored as a snapshot."""
	data_jenjang = cari_jenjang(jenjang, jenjang_table)
	predikat = Predikat.parse(predikat)
	bulan = jumlah_bulan(periode_mulai, periode_selesai)
	persen = _persen(predikat, persentase)
	ak = angka_kredit_konversi(data_jenjang.koefisien, predikat, bulan, {predikat: persen})
	return EntriAngkaKredit(
		periode_mulai,
		data_jenjang.nama,
		ak,
		"konversi",
		periode_selesai,
		predikat,
		persen,
		data_jenjang.koefisien,
		bulan,
	)


@dataclass(frozen=True)
class SegmenJenjang:
	"""AK accumulated during one uninterrupted stay in a jenjang."""

	jenjang: str
	mulai: date
	total: float
	jumlah_entri: int


@dataclass(frozen=True)
class AkumulasiAngkaKredit:
	"""PerBKN 3/2023: accumulation per stay in a jenjang; the current one is the last."""

	per_jenjang: tuple[SegmenJenjang, ...]

	@property
	def jenjang_sekarang(self) -> str | None:
		return self.per_jenjang[-1].jenjang if self.per_jenjang else None

	@property
	def total_sekarang(self) -> float:
		return self.per_jenjang[-1].total if self.per_jenjang else 0.0


def akumulasi_angka_kredit(entri: Iterable[EntriAngkaKredit]) -> AkumulasiAngkaKredit:
	"""PerBKN 3/2023: entries in date order; the cumulative AK restarts at 0 when the jenjang changes."""
	segmen: list[SegmenJenjang] = []
	for e in sorted(entri, key=lambda e: e.periode_mulai):
		jenjang = " ".join(e.jenjang.split())
		if segmen and segmen[-1].jenjang.casefold() == jenjang.casefold():
			akhir = segmen[-1]
			segmen[-1] = SegmenJenjang(akhir.jenjang, akhir.mulai, akhir.total + e.ak, akhir.jumlah_entri + 1)
		else:
			segmen.append(SegmenJenjang(jenjang, e.periode_mulai, e.ak, 1))
	return AkumulasiAngkaKredit(tuple(segmen))


_POLA_GOLONGAN = re.compile(r"^\s*(IV|III|II|I)\s*/\s*([a-e])\s*$", re.IGNORECASE)
_RUANG_ROMAWI = {"I": 1, "II": 2, "III": 3, "IV": 4}


def urutan_golongan(golongan: str) -> int:
	"""Order of a PNS golongan/ruang (I/a = 0 ... IV/e = 19), for comparing ranks."""
	cocok = _POLA_GOLONGAN.match(golongan or "")
	if not cocok:
		raise ValueError(f"Golongan tidak dikenal: {golongan!r} (contoh: III/a)")
	return (_RUANG_ROMAWI[cocok.group(1).upper()] - 1) * 5 + "abcde".index(cocok.group(2).lower())


def golongan_dari_urutan(urutan: int) -> str:
	"""The golongan/ruang at that order (0 = I/a ... 19 = IV/e)."""
	if not 0 <= urutan <= 19:
		raise ValueError(f"Urutan golongan di luar rentang 0-19: {urutan}")
	return f"{('I', 'II', 'III', 'IV')[urutan // 5]}/{'abcde'[urutan % 5]}"


@dataclass(frozen=True)
class SyaratKenaikan:
	"""Whether the next pangkat or jenjang can be proposed: `memenuhi_ak` and `kekurangan` (shortfall)
	for the AK part, `syarat_lain` the other requirements not yet met; `layak` when both are met."""

	jenis: str
	tersedia: bool
	tujuan: str | None
	syarat_ak: float | None
	memenuhi_ak: bool
	kekurangan: float
	syarat_lain: tuple[str, ...]
	layak: bool


@dataclass(frozen=True)
class KelayakanKenaikan:
	"""PerBKN 3/2023: eligibility of a functional official for the next pangkat and the next jenjang."""

	jenjang: str
	akumulasi: float
	pangkat: SyaratKenaikan
	jenjang_berikutnya: SyaratKenaikan


def _syarat(
	jenis: str, tujuan: str | None, syarat_ak: float | None, akumulasi: float, lain: list[str]
) -> SyaratKenaikan:
	if syarat_ak is None:
		return SyaratKenaikan(jenis, False, tujuan, None, False, 0.0, tuple(lain), False)
	memenuhi = akumulasi + _TOLERANSI >= syarat_ak
	kekurangan = 0.0 if memenuhi else syarat_ak - akumulasi
	return SyaratKenaikan(
		jenis, True, tujuan, syarat_ak, memenuhi, kekurangan, tuple(lain), memenuhi and not lain
	)


def kelayakan_kenaikan(
	akumulasi: float | AkumulasiAngkaKredit,
	jenjang: str,
	jenjang_table: Mapping[str, Jenjang] | None = None,
	*,
	golongan: str | None = None,
	lulus_uji_kompetensi: bool = False,
	pengembangan_profesi: bool = False,
) -> KelayakanKenaikan:
	"""PerBKN 3/2023: AK requirement for the next pangkat and the next jenjang, with the other
	requirements of a new jenjang (uji kompetensi; pengembangan profesi into Penyelia, Ahli Madya,
	Ahli Utama). With `golongan` at the top of the jenjang, the next pangkat comes only with the next
	jenjang, so it takes the jenjang's AK requirement and lists the promotion as a further condition."""
	data = cari_jenjang(jenjang, jenjang_table)
	if isinstance(akumulasi, AkumulasiAngkaKredit):
		sekarang = akumulasi.jenjang_sekarang
		if sekarang is not None and sekarang.casefold() != data.nama.casefold():
			raise ValueError(f"Akumulasi angka kredit tercatat pada jenjang {sekarang}, bukan {data.nama}")
		nilai = akumulasi.total_sekarang
	else:
		nilai = float(akumulasi)

	tujuan = None
	lain_jenjang: list[str] = []
	if data.jenjang_berikutnya is not None:
		tujuan = cari_jenjang(data.jenjang_berikutnya, jenjang_table)
		if not lulus_uji_kompetensi:
			lain_jenjang.append("uji kompetensi")
		if tujuan.butuh_pengembangan_profesi and not pengembangan_profesi:
			lain_jenjang.append("pengembangan profesi")
	syarat_jenjang = _syarat(
		"jenjang",
		tujuan.nama if tujuan else None,
		data.ak_kenaikan_jenjang if tujuan else None,
		nilai,
		lain_jenjang,
	)

	lain_pangkat: list[str] = []
	golongan_tujuan = None
	syarat_ak_pangkat = data.ak_kenaikan_pangkat
	if golongan is not None:
		posisi = urutan_golongan(golongan)
		golongan_tujuan = golongan_dari_urutan(posisi + 1) if posisi < 19 else None
		if not urutan_golongan(data.golongan_min) <= posisi <= urutan_golongan(data.golongan_maks):
			raise ValueError(
				f"Golongan {golongan} di luar rentang jenjang {data.nama} ({data.golongan_min}-{data.golongan_maks})"
			)
		if posisi == urutan_golongan(data.golongan_maks):
			if tujuan is None:
				return KelayakanKenaikan(
					data.nama,
					nilai,
					_syarat("pangkat", None, None, nilai, ["sudah pada golongan tertinggi jenjang"]),
					syarat_jenjang,
				)
			lain_pangkat.append(f"kenaikan jenjang ke {tujuan.nama}")
			syarat_ak_pangkat = data.ak_kenaikan_jenjang
	syarat_pangkat = _syarat("pangkat", golongan_tujuan, syarat_ak_pangkat, nilai, lain_pangkat)
	return KelayakanKenaikan(data.nama, nilai, syarat_pangkat, syarat_jenjang)


# PermenPAN-RB 13/2019 era: a DUPAK holds at least 80% unsur utama and at most 20% penunjang [C].
DEFAULT_MIN_PERSEN_UTAMA = 80.0
DEFAULT_MAKS_PERSEN_PENUNJANG = 20.0


def komposisi_dupak(
	ak_utama: float,
	ak_penunjang: float,
	*,
	min_persen_utama: float = DEFAULT_MIN_PERSEN_UTAMA,
	maks_persen_penunjang: float = DEFAULT_MAKS_PERSEN_PENUNJANG,
) -> list[str]:
	"""PermenPAN-RB 13/2019 era (butir kegiatan): problems of the composition of the AK in a DUPAK;
	empty when unsur utama is at least 80% and penunjang at most 20% of the total."""
	if ak_utama < 0 or ak_penunjang < 0:
		raise ValueError("Angka kredit unsur utama dan penunjang tidak boleh negatif")
	total = ak_utama + ak_penunjang
	if total == 0:
		return []
	masalah = []
	persen_utama = ak_utama / total * 100
	persen_penunjang = ak_penunjang / total * 100
	if persen_utama + _TOLERANSI < min_persen_utama:
		masalah.append(
			f"Unsur utama {persen_utama:.2f}% dari jumlah angka kredit, paling sedikit {min_persen_utama:g}%"
		)
	if persen_penunjang > maks_persen_penunjang + _TOLERANSI:
		masalah.append(
			f"Unsur penunjang {persen_penunjang:.2f}% dari jumlah angka kredit, paling banyak {maks_persen_penunjang:g}%"
		)
	return masalah


@dataclass(frozen=True)
class BarisUsulan:
	"""A line of a DUPAK: its unsur, the output count proposed, the AK per unit of its activity item,
	the tim penilai's decision and, for a correction, the count they approve."""

	unsur: str
	jumlah: float
	ak_per_satuan: float
	keputusan: str = "Menunggu"
	jumlah_disetujui: float | None = None


@dataclass(frozen=True)
class RekapUsulan:
	diusulkan: tuple[float, ...]
	disetujui: tuple[float, ...]
	total_diusulkan: float
	total_disetujui: float
	masalah_komposisi: tuple[str, ...]


def rekap_usulan(baris: Sequence[BarisUsulan], dinilai: bool) -> RekapUsulan:
	"""AK per line (count × AK per unit), what the tim penilai approves (accepted: as proposed;
	corrected: their count; rejected or undecided: 0), and the composition check on the approved
	AK once the tim decides (`dinilai`), on the proposed AK before."""
	diusulkan, disetujui = [], []
	for b in baris:
		if b.jumlah < 0 or b.ak_per_satuan < 0:
			raise ValueError("Jumlah hasil dan angka kredit per satuan tidak boleh negatif")
		diusulkan.append(b.jumlah * b.ak_per_satuan)
		if b.keputusan == "Diterima":
			disetujui.append(b.jumlah * b.ak_per_satuan)
		elif b.keputusan == "Dikoreksi":
			disetujui.append(max(0.0, float(b.jumlah_disetujui or 0)) * b.ak_per_satuan)
		else:
			disetujui.append(0.0)
	dasar = disetujui if dinilai else diusulkan
	utama = math.fsum(a for a, b in zip(dasar, baris, strict=True) if b.unsur != "Penunjang")
	penunjang = math.fsum(a for a, b in zip(dasar, baris, strict=True) if b.unsur == "Penunjang")
	return RekapUsulan(
		tuple(diusulkan),
		tuple(disetujui),
		math.fsum(diusulkan),
		math.fsum(disetujui),
		tuple(komposisi_dupak(utama, penunjang)),
	)


def segmen_periode(
	mulai: date,
	selesai: date,
	awal: Mapping[str, str | None],
	perubahan: Iterable[tuple[date, str, str | None]],
) -> list[tuple[date, date, dict[str, str | None]]]:
	"""PerBKN 3/2023: a conversion period split where the official's jenjang or unit changed, each
	part with the values in force: `awal` holds them at `mulai`, `perubahan` gives (the date from which
	a new value holds, the field, the new value). Changes outside (mulai, selesai] are ignored."""
	if selesai < mulai:
		raise ValueError("Tanggal selesai sebelum tanggal mulai")
	nilai = dict(awal)
	batas: dict[date, dict[str, str | None]] = {}
	for tanggal, field, baru in sorted(perubahan, key=lambda p: p[0]):
		if mulai < tanggal <= selesai:
			batas.setdefault(tanggal, {})[field] = baru
	hasil = []
	awal_segmen = mulai
	for tanggal in sorted(batas):
		hasil.append((awal_segmen, tanggal - timedelta(days=1), dict(nilai)))
		nilai.update(batas[tanggal])
		awal_segmen = tanggal
	hasil.append((awal_segmen, selesai, dict(nilai)))
	return hasil
