"""Behaviour (perilaku kerja) masters of both regimes, as data.

SE MenPAN-RB 20/2021: the seven BerAKHLAK core values and their guide behaviours (used by
PermenPAN-RB 6/2022). PermenPAN-RB 8/2021: the five older behaviour aspects.
"""

from __future__ import annotations

from dataclasses import dataclass

REGULASI_6_2022 = "PermenPAN-RB 6/2022"
REGULASI_8_2021 = "PermenPAN-RB 8/2021"


@dataclass(frozen=True)
class PerilakuKerja:
	nama: str
	regulasi: str
	urutan: int
	panduan: str
	hanya_untuk_atasan: bool = False


BERAKHLAK: tuple[PerilakuKerja, ...] = (
	PerilakuKerja(
		"Berorientasi Pelayanan",
		REGULASI_6_2022,
		1,
		"Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif, dan dapat diandalkan; "
		"melakukan perbaikan tiada henti.",
	),
	PerilakuKerja(
		"Akuntabel",
		REGULASI_6_2022,
		2,
		"Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi; "
		"menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien; "
		"tidak menyalahgunakan kewenangan jabatan.",
	),
	PerilakuKerja(
		"Kompeten",
		REGULASI_6_2022,
		3,
		"Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah; membantu orang lain "
		"belajar; melaksanakan tugas dengan kualitas terbaik.",
	),
	PerilakuKerja(
		"Harmonis",
		REGULASI_6_2022,
		4,
		"Menghargai setiap orang apa pun latar belakangnya; suka menolong orang lain; membangun "
		"lingkungan kerja yang kondusif.",
	),
	PerilakuKerja(
		"Loyal",
		REGULASI_6_2022,
		5,
		"Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah; "
		"menjaga nama baik sesama ASN, pimpinan, instansi, dan negara; menjaga rahasia jabatan dan negara.",
	),
	PerilakuKerja(
		"Adaptif",
		REGULASI_6_2022,
		6,
		"Cepat menyesuaikan diri menghadapi perubahan; terus berinovasi dan mengembangkan kreativitas; "
		"bertindak proaktif.",
	),
	PerilakuKerja(
		"Kolaboratif",
		REGULASI_6_2022,
		7,
		"Memberi kesempatan kepada berbagai pihak untuk berkontribusi; terbuka dalam bekerja sama untuk "
		"menghasilkan nilai tambah; menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama.",
	),
)

# PermenPAN-RB 8/2021 aspects; kepemimpinan only for officials with subordinates (docs/regulasi.md §2: [U],
# kept as the master's editable flag).
ASPEK_8_2021: tuple[PerilakuKerja, ...] = (
	PerilakuKerja(
		"Orientasi Pelayanan", REGULASI_8_2021, 1, "Sikap dan perilaku kerja dalam memberikan pelayanan."
	),
	PerilakuKerja(
		"Komitmen",
		REGULASI_8_2021,
		2,
		"Kemauan dan kemampuan menyelaraskan sikap dan tindakan dengan tujuan organisasi.",
	),
	PerilakuKerja(
		"Inisiatif Kerja",
		REGULASI_8_2021,
		3,
		"Kemampuan melakukan tindakan yang tidak hanya berdasarkan tugas pokok.",
	),
	PerilakuKerja(
		"Kerja Sama",
		REGULASI_8_2021,
		4,
		"Kemauan dan kemampuan bekerja sama dengan rekan kerja, atasan, bawahan, dan pihak lain.",
	),
	PerilakuKerja(
		"Kepemimpinan",
		REGULASI_8_2021,
		5,
		"Kemampuan dan kemauan memotivasi dan memengaruhi bawahan atau orang lain untuk mencapai tujuan.",
		hanya_untuk_atasan=True,
	),
)

SEMUA_PERILAKU: tuple[PerilakuKerja, ...] = BERAKHLAK + ASPEK_8_2021
