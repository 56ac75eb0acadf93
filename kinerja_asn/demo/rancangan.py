"""The demo agency as plain data: units, people, Renstra targets and the cascade of RHK.

Everything is drawn from one seeded `random.Random`, so a seed gives the same ministry every time.
Nothing here is a rule of the regulations (those live in kinerja_asn.domain); it is the shape of a
believable ministry: Sekretariat Jenderal and Deputi (eselon I) → Biro / Asisten Deputi (II) →
Bagian / Bidang (III) → Subbagian / Subbidang (IV), functional officials in the Bagian, staff in the
Subbagian, every RHK pointing to one of the superior's RHK, except for a few free riders, and one
employee carrying far more RHK than the peers.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from kinerja_asn.domain.angka_kredit import DEFAULT_JENJANG
from kinerja_asn.domain.kesehatan_data import DEFAULT_MAKS_PEGAWAI_DINILAI
from kinerja_asn.domain.pangkat import PANGKAT_PNS

JUMLAH_MINIMAL = 20
"""Below this the four levels of units leave too few staff for free riders and an overloaded one."""

LAMA_RENSTRA = 5
AWAL_SIKLUS_RENSTRA = 2025
"""RPJMN cycles run 2020-2024, 2025-2029, ...: the demo Renstra is the cycle holding the year."""


def _daftar(teks: str) -> tuple[str, ...]:
	return tuple(x.strip() for x in teks.split(","))


# Names ----------------------------------------------------------------------------------------------

NAMA_PRIA = _daftar(
	"Agus, Ahmad, Andi, Arief, Bambang, Bayu, Budi, Dedi, Dimas, Eko, Fajar, Fauzi, Gilang, Hadi, "
	"Hendra, Heru, Ilham, Imam, Indra, Irfan, Joko, Kurnia, Lukman, Muhammad, Nanang, Prasetyo, "
	"Rahmat, Rizky, Rudi, Slamet, Sigit, Taufik, Teguh, Wahyu, Yudi, Yusuf, Zainal, Aditya, Bagus, "
	"Dani, Farhan, Galih, Hari, Iwan, Lutfi, Made, Nyoman, Ketut, Reza, Satria, Fikri, Hasan, Yoga, "
	"Ridwan, Anton, Benny, Doni, Erwin, Ferry, Gunawan, Johan, Robert"
)
NAMA_WANITA = _daftar(
	"Ani, Ayu, Dewi, Dian, Endang, Fitri, Indah, Intan, Kartika, Lina, Maya, Mega, Novi, Nurul, "
	"Puspita, Putri, Ratna, Rina, Rini, Siti, Sri, Tuti, Wulan, Yanti, Yuni, Anisa, Citra, Dinda, "
	"Eka, Fatimah, Hana, Ika, Laras, Melati, Nadia, Ratih, Sari, Tiara, Yulia, Aulia, Desi, Elok, "
	"Gita, Hesti, Irma, Julia, Kiki, Lia, Mira, Nining, Okta, Prita, Rosa, Susi, Vina"
)
NAMA_TENGAH_PRIA = _daftar("Adi, Nur, Dwi, Tri, Eka, Budi, Putra, Agung, Surya, Wahyu, Rahmat, Bintang")
NAMA_TENGAH_WANITA = _daftar("Nur, Dwi, Tri, Eka, Sri, Ayu, Putri, Dewi, Indah, Ratna, Kusuma, Cahya")
NAMA_KELUARGA = _daftar(
	"Santoso, Wijaya, Saputra, Pratama, Hidayat, Kurniawan, Setiawan, Nugroho, Purnomo, Susanto, "
	"Hartono, Gunawan, Rahman, Hakim, Syahputra, Siregar, Nasution, Harahap, Lubis, Simanjuntak, "
	"Hutapea, Sinaga, Tanjung, Pane, Pohan, Sitompul, Ginting, Tarigan, Sembiring, Manurung, "
	"Panjaitan, Situmorang, Sihombing, Nainggolan, Rangkuti, Daulay, Chaniago, Piliang, Koto, "
	"Tambunan, Mahendra, Firmansyah, Ramadhan, Permana, Kusuma, Wibowo, Utomo, Prabowo, Suryadi, "
	"Hermawan, Sulistyo, Saragih, Damanik, Pasaribu, Pattiasina, Latuconsina, Wattimena, Rumbiak, "
	"Mandagi, Sumual, Pangemanan, Ismail, Abdullah, Hasibuan, Batubara, Marpaung, Sianturi, "
	"Napitupulu, Rusdi, Halim, Gultom"
)
NAMA_KELUARGA_WANITA = _daftar(
	"Rahayu, Lestari, Wulandari, Safitri, Handayani, Anggraini, Puspitasari, Permatasari, Maharani, "
	"Kusumawati, Susanti, Yuliani, Fitriani, Rahmawati, Novitasari, Pertiwi, Astuti, Sulistyowati, "
	"Setyaningsih, Wahyuningsih"
)
# Javanese single names from syllables: Pur + wanto, Har + yono, Mar + yati, ...
SUKU_AWAL = ("Su", "Har", "Mar", "Pur", "Wi", "Sar", "Kus", "Ra", "Sug", "Mul", "Wa", "Sri")
SUKU_AKHIR_PRIA = ("yanto", "yono", "tono", "wanto", "jono", "darmo", "parman", "harto", "sono", "ino")
SUKU_AKHIR_WANITA = ("yati", "tini", "wati", "ningsih", "yani", "mini", "sih", "tun")

# Units ----------------------------------------------------------------------------------------------

TEMA_SETJEN = (
	"Sumber Daya Manusia dan Organisasi",
	"Perencanaan dan Keuangan",
	"Hukum dan Hubungan Masyarakat",
	"Umum dan Pengadaan",
	"Data dan Informasi",
	"Kerja Sama",
	"Akuntabilitas Kinerja",
	"Rumah Tangga",
	"Pengelolaan Aset",
	"Persidangan",
)
TEMA_DEPUTI = (
	"Kebijakan Pelayanan Publik",
	"Reformasi Birokrasi",
	"Pengawasan",
	"Kelembagaan dan Tata Laksana",
	"Sumber Daya Aparatur",
	"Transformasi Digital Pemerintahan",
	"Koordinasi Pembangunan",
)
TEMA_ASDEP = _daftar(
	"Pelayanan Publik, Kelembagaan, Transformasi Digital, Kebijakan Publik, Pembangunan Daerah, "
	"Infrastruktur, Ketahanan Pangan, Energi, Lingkungan Hidup, Pendidikan, Kesehatan, Kesejahteraan "
	"Sosial, Ketenagakerjaan, Perdagangan, Perindustrian, Pariwisata, Kebudayaan, Kepemudaan, "
	"Perhubungan, Komunikasi Publik, Pertanahan, Kependudukan, Kebencanaan, Kemaritiman, Investasi, "
	"Usaha Mikro, Ekonomi Kreatif, Statistik, Kearsipan, Penelitian, Inovasi, Standardisasi, "
	"Perizinan, Pengaduan Masyarakat, Protokol, Pengembangan Kompetensi, Tata Kelola, Manajemen "
	"Risiko, Sistem Informasi, Kepatuhan, Evaluasi Program, Sarana dan Prasarana, Perlindungan "
	"Konsumen, Pemberdayaan Masyarakat, Transportasi, Perumahan, Sumber Daya Air, Akuntabilitas "
	"Aparatur, Manajemen Kinerja, Pengendalian Gratifikasi"
)
FUNGSI_BAGIAN = _daftar(
	"Perencanaan, Pelaksanaan, Evaluasi, Koordinasi, Pengembangan, Pembinaan, Analisis, Pemantauan, "
	"Standardisasi, Fasilitasi, Administrasi, Pengelolaan"
)
FUNGSI_SUBBAGIAN = _daftar(
	"Penyusunan Program, Pengolahan Data, Tata Usaha, Monitoring, Dokumentasi, Verifikasi, Pelaporan, Layanan"
)

# Positions -------------------------------------------------------------------------------------------

JENIS_UNIT = {
	# jenis: (prefix of the unit name, designation of its head, jenis jabatan of its head)
	"setjen": ("Sekretariat Jenderal", "Sekretaris Jenderal", "JPT"),
	"deputi": ("Deputi Bidang", "Deputi", "JPT"),
	"biro": ("Biro", "Kepala Biro", "JPT"),
	"asdep": ("Asisten Deputi", "Asisten Deputi", "JPT"),
	"bagian": ("Bagian", "Kepala Bagian", "Administrator"),
	"bidang": ("Bidang", "Kepala Bidang", "Administrator"),
	"subbagian": ("Subbagian", "Kepala Subbagian", "Pengawas"),
	"subbidang": ("Subbidang", "Kepala Subbidang", "Pengawas"),
}
GOLONGAN_KEPALA = {
	"setjen": ("IV/e",),
	"deputi": ("IV/d", "IV/e"),
	"biro": ("IV/c", "IV/d"),
	"asdep": ("IV/c", "IV/d"),
	"bagian": ("IV/a", "IV/b"),
	"bidang": ("IV/a", "IV/b"),
	"subbagian": ("III/d", "IV/a"),
	"subbidang": ("III/d", "IV/a"),
}
GOLONGAN_PELAKSANA = (("II/a", 1), ("II/b", 2), ("II/c", 3), ("II/d", 3), ("III/a", 4), ("III/b", 3))
JABATAN_PELAKSANA = (
	"Penata Layanan Operasional",
	"Pengelola Layanan Operasional",
	"Pengadministrasi Perkantoran",
	"Operator Layanan Operasional",
)
# Jabatan fungsional: (name, kategori of the master, RHK templates; {t} is the unit's theme).
JABATAN_FUNGSIONAL = (
	(
		"Analis Kebijakan",
		"Keahlian",
		(
			"Tersusunnya kajian kebijakan {t}",
			"Tersedianya rekomendasi kebijakan {t}",
			"Terlaksananya advokasi kebijakan {t}",
		),
	),
	(
		"Perencana",
		"Keahlian",
		(
			"Tersusunnya dokumen rencana kerja {t}",
			"Tersusunnya rencana anggaran {t}",
			"Terlaksananya evaluasi rencana {t}",
		),
	),
	(
		"Analis Sumber Daya Manusia Aparatur",
		"Keahlian",
		(
			"Tersusunnya analisis jabatan dan beban kerja {t}",
			"Terlaksananya pengembangan kompetensi pegawai {t}",
			"Tersedianya data kepegawaian {t} yang mutakhir",
		),
	),
	(
		"Analis Hukum",
		"Keahlian",
		(
			"Tersusunnya analisis hukum {t}",
			"Tersedianya telaahan peraturan {t}",
			"Terlaksananya harmonisasi regulasi {t}",
		),
	),
	(
		"Analis Pengelolaan Keuangan APBN",
		"Keahlian",
		(
			"Tersusunnya laporan keuangan {t}",
			"Terlaksananya verifikasi tagihan {t}",
			"Tersusunnya analisis realisasi anggaran {t}",
		),
	),
	(
		"Auditor",
		"Keterampilan dan Keahlian",
		(
			"Terlaksananya reviu laporan kinerja {t}",
			"Terlaksananya audit kinerja {t}",
			"Tersusunnya laporan hasil pengawasan {t}",
		),
	),
	(
		"Pranata Komputer",
		"Keterampilan dan Keahlian",
		(
			"Tersedianya sistem informasi {t} yang andal",
			"Terpeliharanya infrastruktur TIK {t}",
			"Tersusunnya basis data {t}",
		),
	),
	(
		"Arsiparis",
		"Keterampilan dan Keahlian",
		(
			"Terkelolanya arsip dinamis {t}",
			"Tersusunnya daftar arsip {t}",
			"Terlaksananya penyusutan arsip {t}",
		),
	),
	(
		"Pranata Hubungan Masyarakat",
		"Keterampilan dan Keahlian",
		(
			"Terpublikasikannya informasi {t}",
			"Terkelolanya media sosial {t}",
			"Terlaksananya peliputan kegiatan {t}",
		),
	),
	(
		"Pustakawan",
		"Keterampilan dan Keahlian",
		(
			"Terkelolanya koleksi referensi {t}",
			"Terlaksananya layanan informasi {t}",
			"Tersusunnya bibliografi {t}",
		),
	),
)
BOBOT_JENJANG = {
	"Ahli Pertama": 30,
	"Ahli Muda": 25,
	"Ahli Madya": 10,
	"Ahli Utama": 1,
	"Pemula": 3,
	"Terampil": 12,
	"Mahir": 12,
	"Penyelia": 6,
}
MAKS_PEGAWAI_DINILAI = DEFAULT_MAKS_PEGAWAI_DINILAI
"""Direct subordinates of one head: the data-health check's default span of assessment."""
PERSEN_FUNGSIONAL_BAGIAN = 0.4
"""Share of the staff who are functional officials working directly under a Kepala Bagian."""
PERSEN_FUNGSIONAL_SUBBAGIAN = 0.2
PERSEN_PPPK = 0.12
PERSEN_RHK_TAMBAHAN = 0.2

# RHK and IKI -----------------------------------------------------------------------------------------

PERSPEKTIF = ("Penerima Layanan", "Proses Bisnis", "Penguatan Internal", "Anggaran")
RHK_JPT = (
	"Meningkatnya kualitas kebijakan {t}",
	"Terwujudnya tata kelola {t} yang akuntabel",
	"Meningkatnya kualitas layanan {t}",
	"Meningkatnya efektivitas koordinasi {t}",
	"Tersedianya rekomendasi kebijakan {t} yang berkualitas",
	"Meningkatnya kapasitas kelembagaan {t}",
)
RHK_ADMINISTRATOR = (
	"Terlaksananya {f} {t} secara tepat waktu",
	"Tersusunnya dokumen {f} {t} yang berkualitas",
	"Meningkatnya kualitas {f} {t}",
	"Terselenggaranya koordinasi {f} {t}",
	"Tersedianya laporan {f} {t} yang akurat",
)
RHK_PENGAWAS = (
	"Terselenggaranya {f} {t} sesuai standar",
	"Tersedianya data {f} {t} yang mutakhir",
	"Tersusunnya laporan {f} {t} bulanan",
	"Terlaksananya pengendalian {f} {t}",
)
RHK_PELAKSANA = (
	"Terlaksananya administrasi persuratan {t}",
	"Tersedianya data {t} yang mutakhir",
	"Tersusunnya laporan kegiatan {t}",
	"Terlaksananya pengelolaan dokumen {t}",
	"Terlaksananya layanan operasional {t}",
	"Terselenggaranya rapat koordinasi {t}",
)
RHK_TAMBAHAN = {
	"Development Commitment": (
		"Mengikuti pelatihan pengembangan kompetensi {t}",
		"Menyusun tulisan ilmiah tentang {t}",
	),
	"Community Involvement": (
		"Menjadi anggota tim kerja lintas unit {t}",
		"Menjadi narasumber sosialisasi {t}",
	),
	"Lainnya": (
		"Menjadi panitia kegiatan peringatan hari besar nasional",
		"Menjadi anggota tim pengadaan {t}",
	),
}
# IKI per aspek: (uraian, (min, max) of the target, satuan, arah, range width or None, decimals)
IKI_PER_ASPEK = {
	"Kuantitas": (
		("Jumlah dokumen {o} yang diselesaikan", (4, 24), "dokumen", "Naik", None, 0),
		("Jumlah laporan {o} yang disusun", (4, 12), "laporan", "Naik", None, 0),
		("Jumlah kegiatan {o} yang dilaksanakan", (2, 12), "kegiatan", "Naik", None, 0),
		("Jumlah rekomendasi {o} yang disampaikan", (2, 10), "rekomendasi", "Naik", None, 0),
	),
	"Kualitas": (
		("Persentase {o} yang diterima tanpa revisi", (80, 95), "%", "Naik", None, 0),
		("Persentase kesesuaian {o} dengan standar", (85, 100), "%", "Naik", None, 0),
		("Tingkat kepuasan pengguna layanan {o}", (3.2, 3.7), "indeks", "Naik", 0.3, 1),
	),
	"Waktu": (
		("Ketepatan waktu penyelesaian {o}", (90, 100), "%", "Naik", None, 0),
		("Rata-rata waktu penyelesaian {o}", (3, 10), "hari", "Turun", None, 0),
	),
}
IKI_JPT = (
	("Persentase program {o} yang terlaksana sesuai rencana", (85, 100), "%", "Naik", None, 0),
	("Persentase realisasi anggaran {o}", (90, 98), "%", "Naik", None, 0),
	("Indeks kepuasan pemangku kepentingan {o}", (3.2, 3.6), "indeks", "Naik", 0.3, 1),
)

# Renstra: tujuan, sasaran strategis with their IKU (uraian, satuan, arah, baseline, yearly step,
# limit, range width, decimals), and the templates of unit IKU (eselon I) and IKK (eselon II).
TUJUAN = (
	("T1", "Meningkatnya kualitas tata kelola pemerintahan yang bersih dan akuntabel"),
	("T2", "Meningkatnya kualitas kebijakan dan pelayanan publik"),
)
SASARAN_STRATEGIS = (
	(
		"T1",
		"Meningkatnya akuntabilitas kinerja dan keuangan kementerian",
		(
			"Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)",
			"Nilai",
			"naik",
			72,
			2,
			100,
			None,
			0,
		),
	),
	(
		"T1",
		"Meningkatnya profesionalitas sumber daya manusia aparatur",
		("Indeks Profesionalitas ASN", "Nilai", "naik", 70, 2, 100, None, 0),
	),
	(
		"T1",
		"Meningkatnya kualitas tata kelola pemerintahan digital",
		("Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)", "Indeks", "naik", 2.9, 0.15, 5, None, 2),
	),
	(
		"T2",
		"Meningkatnya kualitas kebijakan di bidang kementerian",
		("Indeks Kualitas Kebijakan", "Nilai", "naik", 68, 2.5, 100, None, 1),
	),
	(
		"T2",
		"Meningkatnya kepuasan masyarakat atas layanan kementerian",
		("Indeks Kepuasan Masyarakat", "Indeks", "naik", 3.2, 0.1, 4, 0.2, 1),
	),
)
IKU_UNIT = (
	("Persentase rekomendasi kebijakan {t} yang ditindaklanjuti", "Persen", "naik", 60, 5, 100, None, 0),
	("Indeks efektivitas kebijakan {t}", "Nilai", "naik", 65, 2, 100, None, 0),
	("Tingkat kepuasan pemangku kepentingan bidang {t}", "Indeks", "naik", 3.2, 0.1, 4, 0.2, 1),
)
IKK_UNIT = (
	("Persentase layanan {t} yang diselesaikan tepat waktu", "Persen", "naik", 80, 3, 100, None, 0),
	("Jumlah rekomendasi kebijakan {t} yang ditetapkan", "Dokumen", "naik", 4, 1, None, None, 0),
	("Nilai kepuasan pengguna layanan {t}", "Indeks", "naik", 3.3, 0.1, 4, 0.2, 1),
	("Rata-rata waktu penyelesaian layanan {t}", "Hari", "turun", 10, -1, 2, None, 0),
)
SATUAN_INDIKATOR = ("Persen", "Nilai", "Indeks", "Dokumen", "Hari")
EKSPEKTASI_KHUSUS = (
	"Memberikan layanan yang cepat dan tuntas kepada unit lain",
	"Menyelesaikan setiap penugasan tepat waktu dan dapat dipertanggungjawabkan",
	"Aktif berbagi pengetahuan dengan rekan kerja",
	"Menjaga suasana kerja yang saling menghargai",
	"Menjaga kerahasiaan data dan informasi jabatan",
	"Terbuka terhadap perubahan cara kerja dan teknologi baru",
	"Membangun kerja sama lintas unit untuk hasil bersama",
)


# Plan -----------------------------------------------------------------------------------------------


@dataclass(eq=False)
class Unit:
	"""A unit (Department) with its head, the theme its names and targets come from, and its staff."""

	nomor: int
	jenis: str
	nama: str
	tema: str
	induk: Unit | None
	fungsi: str = ""
	kepala: Pegawai | None = None
	anak: list[Unit] = field(default_factory=list)
	staf: list[Pegawai] = field(default_factory=list)
	sasaran: RencanaSasaran | None = None
	indikator: list[RencanaIndikator] = field(default_factory=list)

	@property
	def eselon(self) -> int:
		return {"setjen": 1, "deputi": 1, "biro": 2, "asdep": 2, "bagian": 3, "bidang": 3}.get(self.jenis, 4)

	@property
	def eselon_satu(self) -> Unit:
		unit = self
		while unit.eselon > 1:
			unit = unit.induk
		return unit


@dataclass(eq=False)
class Pegawai:
	"""An employee with a user, the ASN identity fields and the place in the reporting line."""

	nomor: int
	nama_depan: str
	nama_tengah: str | None
	nama_belakang: str | None
	jenis_kelamin: str
	email_lokal: str
	nip: str
	status_asn: str
	golongan: str
	jenis_jabatan: str
	jabatan: str
	unit: Unit
	atasan: Pegawai | None
	tanggal_lahir: date
	tanggal_masuk: date
	tmt_jabatan: date
	jabatan_fungsional: str | None = None
	jenjang: str | None = None
	templat_rhk: tuple[str, ...] = ()
	bawahan: list[Pegawai] = field(default_factory=list)
	pengelola_kinerja: bool = False
	penumpang: bool = False
	beban_lebih: bool = False
	rhk: list[RencanaRHK] = field(default_factory=list)
	_giliran: int = 0

	@property
	def nama_lengkap(self) -> str:
		return " ".join(p for p in (self.nama_depan, self.nama_tengah, self.nama_belakang) if p)

	@property
	def adalah_kepala(self) -> bool:
		return self.unit.kepala is self

	@property
	def rhk_utama(self) -> list[RencanaRHK]:
		return [r for r in self.rhk if r.jenis == "Utama"]


@dataclass(eq=False)
class RencanaSasaran:
	kode: str
	tingkat: str
	uraian: str
	unit: Unit
	induk: RencanaSasaran | None


@dataclass(eq=False)
class RencanaIndikator:
	kode: str
	jenis: str
	sasaran: RencanaSasaran
	unit: Unit
	uraian: str
	satuan: str
	arah: str
	baseline: float
	target: dict[int, tuple[float, float | None]]
	induk: RencanaIndikator | None = None


@dataclass(eq=False)
class RencanaIKI:
	uraian: str
	aspek: str
	target: float
	target_maks: float | None
	satuan: str
	arah: str


@dataclass(eq=False)
class RencanaRHK:
	nomor: int
	pemilik: Pegawai
	jenis: str
	uraian: str
	iki: list[RencanaIKI]
	induk: RencanaRHK | None = None
	jenis_kaskade: str = "Langsung"
	indikator: RencanaIndikator | None = None
	perspektif: str | None = None
	kategori_tambahan: str | None = None
	penugasan_dari_pimpinan: bool = False
	_punya_anak_langsung: bool = False


@dataclass
class RancanganDemo:
	"""The whole agency; lists are in creation order (parents before children)."""

	tahun: int
	seed: int
	renstra_mulai: int
	unit: list[Unit]
	pegawai: list[Pegawai]
	sasaran: list[RencanaSasaran]
	indikator: list[RencanaIndikator]
	rhk: list[RencanaRHK]

	@property
	def puncak(self) -> Pegawai:
		return self.pegawai[0]

	@property
	def penumpang(self) -> list[Pegawai]:
		return [p for p in self.pegawai if p.penumpang]

	@property
	def beban_lebih(self) -> Pegawai:
		return next(p for p in self.pegawai if p.beban_lebih)

	@property
	def pimpinan_pk(self) -> list[Pegawai]:
		"""Unit leaders who sign a Perjanjian Kinerja: heads of units that have IKU/IKK, except the top
		official, whose agreement is with the minister (not an employee)."""
		return [u.kepala for u in self.unit if u.indikator and u.kepala.atasan is not None]


def ukuran_struktur(jumlah_pegawai: int) -> tuple[int, int, int, int]:
	"""Units per echelon (I, II, III, IV): leaf units grow from ~10 to ~18 people as the agency grows,
	Bagian hold about three Subbagian, eselon II units about four Bagian, eselon I about five."""
	per_subbagian = 8 + jumlah_pegawai**0.25
	subbagian = max(2, round(jumlah_pegawai / per_subbagian))
	bagian = max(2, math.ceil(subbagian / 3))
	biro = max(1, math.ceil(bagian / 4))
	eselon_satu = min(8, max(1, math.ceil(biro / 5)) + (1 if biro >= 2 else 0))
	return eselon_satu, biro, bagian, subbagian


def tahun_mulai_renstra(tahun: int) -> int:
	return AWAL_SIKLUS_RENSTRA + LAMA_RENSTRA * ((tahun - AWAL_SIKLUS_RENSTRA) // LAMA_RENSTRA)


def rancang_demo(
	jumlah_pegawai: int,
	tahun: int,
	seed: int,
	hari_ini: date,
	*,
	nip_terpakai: Collection[str] = (),
	email_terpakai: Collection[str] = (),
	unit_terpakai: Collection[str] = (),
) -> RancanganDemo:
	"""The demo agency of `jumlah_pegawai` employees for `tahun`; the `*_terpakai` sets hold values
	the site already uses (NIP, e-mail local parts, unit names), which the plan avoids."""
	if jumlah_pegawai < JUMLAH_MINIMAL:
		raise ValueError(f"Jumlah pegawai demo paling sedikit {JUMLAH_MINIMAL}, bukan {jumlah_pegawai}")
	return _Perancang(
		random.Random(seed), tahun, seed, hari_ini, nip_terpakai, email_terpakai, unit_terpakai
	).rancang(jumlah_pegawai)


class _Perancang:
	def __init__(self, rng, tahun, seed, hari_ini, nip_terpakai, email_terpakai, unit_terpakai):
		self.rng = rng
		self.tahun = tahun
		self.seed = seed
		self.hari_ini = hari_ini
		self.nip = set(nip_terpakai)
		self.email = {e.lower() for e in email_terpakai}
		self.nama_unit = set(unit_terpakai)
		self.unit: list[Unit] = []
		self.pegawai: list[Pegawai] = []
		self.rhk: list[RencanaRHK] = []

	def rancang(self, jumlah: int) -> RancanganDemo:
		self.buat_unit(*ukuran_struktur(jumlah))
		self.buat_pegawai(jumlah)
		sasaran, indikator = self.buat_renstra()
		self.pilih_penumpang_dan_beban_lebih()
		for p in self.pegawai:
			self.buat_rhk(p)
		return RancanganDemo(
			tahun=self.tahun,
			seed=self.seed,
			renstra_mulai=tahun_mulai_renstra(self.tahun),
			unit=self.unit,
			pegawai=self.pegawai,
			sasaran=sasaran,
			indikator=indikator,
			rhk=self.rhk,
		)

	# Units ------------------------------------------------------------------------------------------

	def _unit(
		self, jenis: str, tema: str, induk: Unit | None, fungsi: str = "", nama: str | None = None
	) -> Unit:
		awalan = JENIS_UNIT[jenis][0]
		nama = nama or " ".join(x for x in (awalan, fungsi, tema) if x)
		dasar, ke = nama, 2
		while nama in self.nama_unit:
			nama = f"{dasar} {ke}"
			ke += 1
		self.nama_unit.add(nama)
		unit = Unit(len(self.unit), jenis, nama, tema, induk, fungsi)
		if induk:
			induk.anak.append(unit)
		self.unit.append(unit)
		return unit

	def buat_unit(self, eselon_satu: int, biro: int, bagian: int, subbagian: int):
		setjen = self._unit("setjen", "Dukungan Manajemen", None, nama="Sekretariat Jenderal")
		deputi = [
			self._unit("deputi", TEMA_DEPUTI[i % len(TEMA_DEPUTI)], setjen) for i in range(eselon_satu - 1)
		]
		induk_satu = [setjen, *deputi]
		tema_asdep = list(TEMA_ASDEP)
		self.rng.shuffle(tema_asdep)
		eselon_dua = []
		for i in range(biro):
			induk = induk_satu[i % len(induk_satu)]
			if induk is setjen:
				tema = TEMA_SETJEN[len([u for u in setjen.anak if u.jenis == "biro"]) % len(TEMA_SETJEN)]
				eselon_dua.append(self._unit("biro", tema, induk))
			else:
				eselon_dua.append(self._unit("asdep", tema_asdep[i % len(tema_asdep)], induk))
		eselon_tiga = []
		for i in range(bagian):
			induk = eselon_dua[i % len(eselon_dua)]
			fungsi = FUNGSI_BAGIAN[len(induk.anak) % len(FUNGSI_BAGIAN)]
			jenis = "bagian" if induk.jenis == "biro" else "bidang"
			eselon_tiga.append(self._unit(jenis, induk.tema, induk, fungsi))
		for i in range(subbagian):
			induk = eselon_tiga[i % len(eselon_tiga)]
			fungsi = FUNGSI_SUBBAGIAN[len(induk.anak) % len(FUNGSI_SUBBAGIAN)]
			jenis = "subbagian" if induk.jenis == "bagian" else "subbidang"
			self._unit(jenis, induk.tema, induk, f"{fungsi} {induk.fungsi}")
		# Creation order: by echelon, so every parent comes first.
		self.unit.sort(key=lambda u: (u.eselon, u.nomor))
		for nomor, unit in enumerate(self.unit):
			unit.nomor = nomor

	# People -----------------------------------------------------------------------------------------

	def buat_pegawai(self, jumlah: int):
		for unit in self.unit:
			atasan = unit.induk.kepala if unit.induk else None
			_, jabatan, jenis_jabatan = JENIS_UNIT[unit.jenis]
			golongan = self.rng.choice(GOLONGAN_KEPALA[unit.jenis])
			unit.kepala = self._pegawai(unit, atasan, jenis_jabatan, jabatan, golongan)
		staf = jumlah - len(self.unit)
		tiga = [u for u in self.unit if u.eselon == 3]
		empat = [u for u in self.unit if u.eselon == 4]
		di_bagian = self._bagi(
			round(staf * PERSEN_FUNGSIONAL_BAGIAN), tiga, [MAKS_PEGAWAI_DINILAI - len(u.anak) for u in tiga]
		)
		di_subbagian = self._bagi(
			staf - sum(di_bagian), empat, [MAKS_PEGAWAI_DINILAI] * len(empat), semua=True
		)
		for unit, n in zip(tiga, di_bagian, strict=True):
			for _ in range(n):
				self._staf(unit, fungsional=True)
		for unit, n in zip(empat, di_subbagian, strict=True):
			for _ in range(n):
				self._staf(unit, fungsional=self.rng.random() < PERSEN_FUNGSIONAL_SUBBAGIAN)
		self._pilih_pengelola()

	def _bagi(self, total: int, units: list[Unit], batas: list[int], semua: bool = False) -> list[int]:
		"""Split up to `total` people over units with random weights (largest remainder), no unit above
		its `batas`; what does not fit is left out for the caller to place elsewhere, or, with `semua`,
		spread evenly past the limits (the structure's size leaves room, so this is rare)."""
		bobot = [self.rng.uniform(0.6, 1.4) for _ in units]
		hasil = [0] * len(units)
		sisa_total = total
		while sisa_total > 0:
			ada_ruang = [i for i in range(len(units)) if hasil[i] < batas[i]]
			if not ada_ruang:
				if not semua:
					break
				for n in range(sisa_total):
					hasil[n % len(units)] += 1
				break
			jumlah_bobot = sum(bobot[i] for i in ada_ruang)
			bagian = {i: sisa_total * bobot[i] / jumlah_bobot for i in ada_ruang}
			tambah = {i: min(int(x), batas[i] - hasil[i]) for i, x in bagian.items()}
			urut = sorted(ada_ruang, key=lambda i: bagian[i] - int(bagian[i]), reverse=True)
			sisa = sisa_total - sum(tambah.values())
			for i in urut:
				if sisa <= 0:
					break
				if hasil[i] + tambah[i] < batas[i]:
					tambah[i] += 1
					sisa -= 1
			for i, n in tambah.items():
				hasil[i] += n
			if not sum(tambah.values()):
				break
			sisa_total = total - sum(hasil)
		return hasil

	def _staf(self, unit: Unit, fungsional: bool):
		pppk = self.rng.random() < PERSEN_PPPK
		if not fungsional:
			golongan = "V" if pppk else self._pilih_berbobot(GOLONGAN_PELAKSANA)
			jabatan = self.rng.choice(JABATAN_PELAKSANA)
			p = self._pegawai(unit, unit.kepala, "Pelaksana", jabatan, golongan, pppk=pppk)
			p.templat_rhk = RHK_PELAKSANA
			return p
		nama_jf, kategori, templat = self.rng.choice(JABATAN_FUNGSIONAL)
		boleh = [j for j in BOBOT_JENJANG if kategori_jenjang(j) in kategori]
		if pppk:
			boleh = [j for j in boleh if j in ("Ahli Pertama", "Terampil")]
		jenjang = self._pilih_berbobot([(j, BOBOT_JENJANG[j]) for j in boleh])
		if pppk:
			golongan = "IX" if jenjang == "Ahli Pertama" else "VII"
		else:
			golongan = self.rng.choice(golongan_jenjang(jenjang))
		p = self._pegawai(unit, unit.kepala, "Fungsional", f"{nama_jf} {jenjang}", golongan, pppk=pppk)
		p.jabatan_fungsional, p.jenjang, p.templat_rhk = nama_jf, jenjang, templat
		return p

	def _pilih_berbobot(self, pilihan):
		nilai, bobot = zip(*pilihan, strict=True)
		return self.rng.choices(nilai, weights=bobot)[0]

	def _pegawai(
		self,
		unit: Unit,
		atasan: Pegawai | None,
		jenis_jabatan: str,
		jabatan: str,
		golongan: str,
		pppk: bool = False,
	) -> Pegawai:
		rng = self.rng
		pria = rng.random() < 0.55
		depan, tengah, belakang = self._nama(pria)
		usia = rng.randint(*usia_golongan(golongan))
		lahir = date(self.hari_ini.year - usia, rng.randint(1, 12), rng.randint(1, 28))
		if pppk:
			tahun_masuk = rng.randint(max(2019, lahir.year + 19), self.hari_ini.year - 1)
		else:
			tahun_masuk = min(lahir.year + rng.randint(22, 27), self.hari_ini.year - 1)
		masuk = date(tahun_masuk, rng.choice((1, 2, 3, 4, 12)), 1)
		tahun_tmt = rng.randint(max(masuk.year, self.hari_ini.year - 6), self.hari_ini.year - 1)
		tmt = max(masuk, date(tahun_tmt, rng.randint(1, 12), 1))
		p = Pegawai(
			nomor=len(self.pegawai),
			nama_depan=depan,
			nama_tengah=tengah,
			nama_belakang=belakang,
			jenis_kelamin="Male" if pria else "Female",
			email_lokal=self._email(depan, tengah, belakang),
			nip=self._nip(lahir, masuk, pppk, pria),
			status_asn="PPPK" if pppk else "PNS",
			golongan=golongan,
			jenis_jabatan=jenis_jabatan,
			jabatan=jabatan,
			unit=unit,
			atasan=atasan,
			tanggal_lahir=lahir,
			tanggal_masuk=masuk,
			tmt_jabatan=tmt,
		)
		if atasan:
			atasan.bawahan.append(p)
		if unit.kepala is not None:
			unit.staf.append(p)
		self.pegawai.append(p)
		return p

	def _nama(self, pria: bool) -> tuple[str, str | None, str | None]:
		rng = self.rng
		r = rng.random()
		if r < 0.12:
			akhir = SUKU_AKHIR_PRIA if pria else SUKU_AKHIR_WANITA
			return rng.choice(SUKU_AWAL) + rng.choice(akhir), None, None
		depan = rng.choice(NAMA_PRIA if pria else NAMA_WANITA)
		keluarga = NAMA_KELUARGA if pria or rng.random() < 0.5 else NAMA_KELUARGA_WANITA
		belakang = rng.choice(keluarga)
		tengah = rng.choice(NAMA_TENGAH_PRIA if pria else NAMA_TENGAH_WANITA) if r < 0.3 else None
		if tengah in (depan, belakang):
			tengah = None
		return depan, tengah, belakang

	def _email(self, *bagian: str | None) -> str:
		dasar = ".".join(re.sub(r"[^a-z0-9]", "", b.lower()) for b in bagian if b)
		email, ke = dasar, 2
		while email in self.email:
			email = f"{dasar}{ke}"
			ke += 1
		self.email.add(email)
		return email

	def _nip(self, lahir: date, masuk: date, pppk: bool, pria: bool) -> str:
		"""Perka BKN 22/2007: birth date, TMT CPNS year and month (21 for PPPK), gender, serial."""
		kode = "21" if pppk else f"{masuk.month:02d}"
		awalan = f"{lahir:%Y%m%d}{masuk.year}{kode}{1 if pria else 2}"
		while True:
			nip = f"{awalan}{self.rng.randint(1, 999):03d}"
			if nip not in self.nip:
				self.nip.add(nip)
				return nip

	def _pilih_pengelola(self):
		"""HR staff (Pengelola Kinerja): the head of the first Bagian of the Biro Sumber Daya Manusia
		and up to three of its functional officials."""
		bagian = next(u for u in self.unit if u.eselon == 3)
		for p in (bagian.kepala, *bagian.staf[:3]):
			p.pengelola_kinerja = True

	# Renstra ----------------------------------------------------------------------------------------

	def buat_renstra(self) -> tuple[list[RencanaSasaran], list[RencanaIndikator]]:
		mulai = tahun_mulai_renstra(self.tahun)
		tahun_renstra = range(mulai, mulai + LAMA_RENSTRA)
		setjen = self.unit[0]
		sasaran: list[RencanaSasaran] = []
		indikator: list[RencanaIndikator] = []
		tujuan = {kode: RencanaSasaran(kode, "Tujuan", uraian, setjen, None) for kode, uraian in TUJUAN}
		sasaran += tujuan.values()
		iku_puncak = []
		for i, (kode_tujuan, uraian, iku) in enumerate(SASARAN_STRATEGIS, 1):
			ss = RencanaSasaran(f"SS{i}", "Sasaran Strategis", uraian, setjen, tujuan[kode_tujuan])
			sasaran.append(ss)
			iku_puncak.append(self._indikator(f"IKU-{i:02d}", "IKU", ss, setjen, iku, "", tahun_renstra))
		indikator += iku_puncak
		setjen.indikator = iku_puncak
		satu = [u for u in self.unit if u.eselon == 1]
		for i, unit in enumerate(satu, 1):
			induk = sasaran[len(TUJUAN) + (0 if unit is setjen else i % len(SASARAN_STRATEGIS))]
			uraian = (
				"Meningkatnya kualitas dukungan manajemen kementerian"
				if unit is setjen
				else f"Meningkatnya efektivitas kebijakan {unit.tema.lower()}"
			)
			unit.sasaran = RencanaSasaran(f"SP-{i:02d}", "Sasaran Program", uraian, unit, induk)
			sasaran.append(unit.sasaran)
			if unit is setjen:
				continue
			pola = self.rng.sample(IKU_UNIT, self.rng.randint(2, 3))
			iku_induk = next(x for x in iku_puncak if x.sasaran is induk)
			for j, p in enumerate(pola, 1):
				unit.indikator.append(
					self._indikator(
						f"IKU-D{i}-{j}", "IKU", unit.sasaran, unit, p, unit.tema, tahun_renstra, iku_induk
					)
				)
			indikator += unit.indikator
		for i, unit in enumerate((u for u in self.unit if u.eselon == 2), 1):
			satu_unit = unit.induk
			unit.sasaran = RencanaSasaran(
				f"SK-{i:03d}",
				"Sasaran Kegiatan",
				f"Meningkatnya kualitas {unit.tema.lower()}",
				unit,
				satu_unit.sasaran,
			)
			sasaran.append(unit.sasaran)
			pola = self.rng.sample(IKK_UNIT, self.rng.randint(2, 3))
			for j, p in enumerate(pola, 1):
				induk = self.rng.choice(satu_unit.indikator)
				unit.indikator.append(
					self._indikator(
						f"IKK-{i:03d}-{j}", "IKK", unit.sasaran, unit, p, unit.tema, tahun_renstra, induk
					)
				)
			indikator += unit.indikator
		return sasaran, indikator

	def _indikator(
		self, kode, jenis, sasaran, unit, pola, tema, tahun_renstra, induk=None
	) -> RencanaIndikator:
		uraian, satuan, arah, baseline, langkah, batas, lebar, desimal = pola
		target = {}
		for i, tahun in enumerate(tahun_renstra, 1):
			nilai = round(baseline + langkah * i, desimal)
			if batas is not None:
				nilai = min(nilai, batas) if langkah > 0 else max(nilai, batas)
			target[tahun] = (nilai, round(nilai + lebar, desimal) if lebar else None)
		return RencanaIndikator(
			kode, jenis, sasaran, unit, uraian.format(t=tema.lower()), satuan, arah, baseline, target, induk
		)

	# RHK --------------------------------------------------------------------------------------------

	def pilih_penumpang_dan_beban_lebih(self):
		"""A few free riders (about one in 200, at least 3) and one overloaded employee, all staff
		without subordinates, spread over the units."""
		staf = [p for p in self.pegawai if not p.adalah_kepala and not p.pengelola_kinerja]
		terbesar = max((u for u in self.unit if u.eselon == 4), key=lambda u: len(u.staf))
		calon = [p for p in terbesar.staf if not p.pengelola_kinerja] or staf
		self.rng.choice(calon).beban_lebih = True
		calon = [p for p in staf if not p.beban_lebih]
		jumlah = min(50, max(3, len(self.pegawai) // 200), len(calon))
		for p in self.rng.sample(calon, jumlah):
			p.penumpang = True

	def buat_rhk(self, p: Pegawai):
		rng = self.rng
		atasan = p.atasan
		if atasan is None:
			for i, iku in enumerate(p.unit.indikator):
				self._rhk(
					p, iku.sasaran.uraian, self._iki_jpt(p, iku), indikator=iku, perspektif=PERSPEKTIF[i % 4]
				)
			return
		jumlah = 10 if p.beban_lebih else rng.randint(3, 5)
		if p.jenis_jabatan == "JPT":
			jumlah = max(jumlah, len(p.unit.indikator))
		if not p.penumpang:
			terkait = [b for b in atasan.bawahan if not b.penumpang]
			jumlah = max(jumlah, min(6, math.ceil(len(atasan.rhk_utama) / len(terkait))))
		templat = self._templat(p)
		tema = p.unit.tema.lower()
		uraian = [
			t.format(t=tema, f=p.unit.fungsi.lower()) for t in rng.sample(templat, min(jumlah, len(templat)))
		]
		while len(uraian) < jumlah:
			lain = rng.choice(self.unit).tema.lower()
			uraian.append(rng.choice(templat).format(t=lain, f=p.unit.fungsi.lower()))
		for i, teks in enumerate(uraian):
			induk, kaskade = None, "Langsung"
			if not p.penumpang:
				induk = atasan.rhk_utama[atasan._giliran % len(atasan.rhk_utama)]
				atasan._giliran += 1
				if not induk._punya_anak_langsung and rng.random() < 0.5:
					induk._punya_anak_langsung = True
					teks = induk.uraian
				else:
					kaskade = "Tidak Langsung"
			if p.jenis_jabatan == "JPT":
				iku = p.unit.indikator[i % len(p.unit.indikator)] if p.unit.indikator else None
				iki = self._iki_jpt(p, iku)
				self._rhk(p, teks, iki, induk, kaskade, indikator=iku, perspektif=PERSPEKTIF[i % 4])
			else:
				iki = self._iki_staf(tema, 4 if p.beban_lebih else rng.randint(2, 3))
				penugasan = not p.adalah_kepala and rng.random() < 0.08
				self._rhk(p, teks, iki, induk, kaskade, penugasan=penugasan)
		tambahan = 2 if p.beban_lebih else int(rng.random() < PERSEN_RHK_TAMBAHAN)
		for _ in range(tambahan):
			kategori = rng.choice(tuple(RHK_TAMBAHAN))
			teks = rng.choice(RHK_TAMBAHAN[kategori]).format(t=tema)
			self._rhk(p, teks, self._iki_staf(tema, 1), jenis="Tambahan", kategori=kategori)

	def _templat(self, p: Pegawai) -> tuple[str, ...]:
		if p.templat_rhk:
			return p.templat_rhk
		return {"JPT": RHK_JPT, "Administrator": RHK_ADMINISTRATOR, "Pengawas": RHK_PENGAWAS}[p.jenis_jabatan]

	def _rhk(
		self,
		p,
		uraian,
		iki,
		induk=None,
		kaskade="Langsung",
		*,
		jenis="Utama",
		indikator=None,
		perspektif=None,
		kategori=None,
		penugasan=False,
	):
		rhk = RencanaRHK(
			nomor=len(self.rhk),
			pemilik=p,
			jenis=jenis,
			uraian=uraian,
			iki=iki,
			induk=induk,
			jenis_kaskade=kaskade,
			indikator=indikator,
			perspektif=perspektif,
			kategori_tambahan=kategori,
			penugasan_dari_pimpinan=penugasan,
		)
		p.rhk.append(rhk)
		self.rhk.append(rhk)
		return rhk

	def _iki_jpt(self, p: Pegawai, iku: RencanaIndikator | None) -> list[RencanaIKI]:
		"""The indicator the RHK carries, with its target of the year, then one or two of the unit's own."""
		iki = []
		if iku:
			target, target_maks = iku.target[self.tahun]
			arah = "Turun" if iku.arah == "turun" else "Naik"
			iki.append(RencanaIKI(iku.uraian, "", target, target_maks, iku.satuan, arah))
		tema = p.unit.tema.lower()
		for pola in self.rng.sample(IKI_JPT, self.rng.randint(1, 2) if iku else 2):
			iki.append(self._iki_dari_pola(pola, tema, ""))
		return iki

	def _iki_staf(self, tema: str, jumlah: int) -> list[RencanaIKI]:
		aspek = ("Kuantitas", "Kualitas", "Waktu", "Kuantitas")
		return [self._iki_dari_pola(self.rng.choice(IKI_PER_ASPEK[a]), tema, a) for a in aspek[:jumlah]]

	def _iki_dari_pola(self, pola, tema: str, aspek: str) -> RencanaIKI:
		uraian, (bawah, atas), satuan, arah, lebar, desimal = pola
		if desimal:
			target = round(self.rng.uniform(bawah, atas), desimal)
		else:
			target = float(self.rng.randint(int(bawah), int(atas)))
		target_maks = round(target + lebar, desimal) if lebar else None
		return RencanaIKI(uraian.format(o=tema), aspek, target, target_maks, satuan, arah)


# Small rules of the plan ------------------------------------------------------------------------------

_URUTAN_GOLONGAN = [g for g, _ in PANGKAT_PNS]


def kategori_jenjang(jenjang: str) -> str:
	"""'Keahlian' or 'Keterampilan', as the Jenjang Jabatan Fungsional master writes it."""
	return DEFAULT_JENJANG[jenjang].kategori.capitalize()


def golongan_jenjang(jenjang: str) -> list[str]:
	"""The PNS grades a functional level spans (PermenPAN-RB 1/2023)."""
	j = DEFAULT_JENJANG[jenjang]
	return _URUTAN_GOLONGAN[
		_URUTAN_GOLONGAN.index(j.golongan_min) : _URUTAN_GOLONGAN.index(j.golongan_maks) + 1
	]


def usia_golongan(golongan: str) -> tuple[int, int]:
	"""A believable age range for a grade (PNS I/a-IV/e, PPPK I-XVII)."""
	if "/" not in golongan:
		return (22, 45)
	ruang = golongan.split("/")
	tingkat = {"I": 0, "II": 1, "III": 2, "IV": 3}[ruang[0]] * 4 + "abcde".index(ruang[1])
	if tingkat < 8:
		return (22, 38)
	if tingkat < 10:
		return (24, 40)
	if tingkat < 12:
		return (30, 50)
	if tingkat < 14:
		return (38, 55)
	return (45, 58)
