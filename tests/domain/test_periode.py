from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.periode import (
	bagi_periode,
	batas_keberatan,
	bulan_penuh,
	bulan_tumpang_tindih,
	jenis_periode_dari_kode_siasn,
	jumlah_bulan,
	keberatan_tepat_waktu,
	periode_berjalan,
	prorata,
	tanggal_dalam_periode,
	validasi_periode,
)

D = date


@pytest.mark.parametrize(
	"mulai, selesai, bulan",
	[
		pytest.param(D(2026, 1, 1), D(2026, 12, 31), 12.0, id="calendar_year_is_12"),
		pytest.param(D(2026, 2, 1), D(2026, 2, 28), 1.0, id="february_counts_one"),
		pytest.param(D(2024, 2, 1), D(2024, 2, 29), 1.0, id="leap_february_counts_one"),
		pytest.param(D(2026, 1, 1), D(2026, 1, 31), 1.0, id="january_counts_one"),
		pytest.param(D(2026, 4, 16), D(2026, 4, 30), 0.5, id="second_half_of_april"),
		pytest.param(D(2026, 1, 1), D(2026, 2, 14), 1.5, id="january_and_half_february"),
		pytest.param(D(2025, 11, 1), D(2026, 2, 28), 4.0, id="across_new_year"),
		pytest.param(D(2026, 3, 10), D(2026, 3, 10), 1 / 31, id="single_day"),
	],
)
def test_month_count_is_days_over_days_in_each_calendar_month(mulai, selesai, bulan):
	assert jumlah_bulan(mulai, selesai) == pytest.approx(bulan)


def test_overlap_of_two_ranges():
	assert bulan_tumpang_tindih(
		D(2026, 1, 1), D(2026, 12, 31), D(2026, 7, 1), D(2027, 6, 30)
	) == pytest.approx(6.0)
	assert bulan_tumpang_tindih(D(2026, 1, 1), D(2026, 3, 31), D(2026, 4, 1), D(2026, 6, 30)) == 0.0
	assert bulan_tumpang_tindih(
		D(2026, 1, 1), D(2026, 12, 31), D(2026, 2, 15), D(2026, 2, 28)
	) == pytest.approx(0.5)


def test_end_before_start_raises():
	with pytest.raises(ValueError, match="sebelum tanggal mulai"):
		jumlah_bulan(D(2026, 2, 1), D(2026, 1, 31))
	with pytest.raises(ValueError, match="sebelum tanggal mulai"):
		bulan_tumpang_tindih(D(2026, 1, 1), D(2026, 12, 31), D(2026, 5, 1), D(2026, 4, 1))


@given(
	mulai=st.dates(min_value=D(2000, 1, 1), max_value=D(2040, 12, 31)),
	panjang=st.integers(min_value=1, max_value=800),
	potong=st.integers(min_value=0, max_value=799),
)
def test_month_count_is_additive_over_a_split(mulai, panjang, potong):
	selesai = mulai + timedelta(days=panjang)
	titik = mulai + timedelta(days=min(potong, panjang - 1))
	utuh = jumlah_bulan(mulai, selesai)
	bagian = jumlah_bulan(mulai, titik) + jumlah_bulan(titik + timedelta(days=1), selesai)
	assert bagian == pytest.approx(utuh)


@pytest.mark.parametrize(
	"mulai, selesai, penuh",
	[
		(D(2026, 1, 1), D(2026, 12, 31), 12),
		(D(2026, 1, 15), D(2026, 3, 31), 2),
		(D(2026, 1, 1), D(2026, 3, 30), 2),
		(D(2026, 1, 15), D(2026, 2, 14), 0),
		(D(2025, 12, 1), D(2026, 1, 31), 2),
	],
)
def test_whole_months_counts_only_fully_covered_months(mulai, selesai, penuh):
	assert bulan_penuh(mulai, selesai) == penuh


def test_proration_by_overlap_of_a_mutation():
	# Moved in on 1 July: half of a yearly target belongs to the new position.
	assert prorata(120, D(2026, 7, 1), D(2026, 12, 31), D(2026, 1, 1), D(2026, 12, 31)) == pytest.approx(60)
	assert prorata(120, D(2027, 1, 1), D(2027, 3, 31), D(2026, 1, 1), D(2026, 12, 31)) == 0


@pytest.mark.parametrize(
	"jenis, nama, mulai, selesai",
	[
		(
			"Semester",
			["Semester I 2026", "Semester II 2026"],
			[D(2026, 1, 1), D(2026, 7, 1)],
			[D(2026, 6, 30), D(2026, 12, 31)],
		),
		(
			"Triwulan",
			["Triwulan I 2026", "Triwulan II 2026", "Triwulan III 2026", "Triwulan IV 2026"],
			[D(2026, 1, 1), D(2026, 4, 1), D(2026, 7, 1), D(2026, 10, 1)],
			[D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)],
		),
		("Tahunan", ["Tahun 2026"], [D(2026, 1, 1)], [D(2026, 12, 31)]),
	],
)
def test_year_split_into_named_sub_periods(jenis, nama, mulai, selesai):
	bagian = bagi_periode(2026, jenis)
	assert [b.nama for b in bagian] == nama
	assert [b.mulai for b in bagian] == mulai
	assert [b.selesai for b in bagian] == selesai
	assert [b.urutan for b in bagian] == list(range(1, len(nama) + 1))


def test_monthly_split_names_and_leap_february():
	bagian = bagi_periode(2028, "Bulanan")
	assert len(bagian) == 12
	assert bagian[0].nama == "Januari 2028"
	assert bagian[11].nama == "Desember 2028"
	assert (bagian[1].mulai, bagian[1].selesai) == (D(2028, 2, 1), D(2028, 2, 29))


@pytest.mark.parametrize("jenis", ["Semester", "Triwulan", "Bulanan"])
def test_sub_periods_cover_the_year_without_gap_or_overlap(jenis):
	bagian = bagi_periode(2026, jenis)
	assert bagian[0].mulai == D(2026, 1, 1) and bagian[-1].selesai == D(2026, 12, 31)
	for a, b in zip(bagian, bagian[1:], strict=False):
		assert b.mulai == a.selesai + timedelta(days=1)
	assert sum(jumlah_bulan(b.mulai, b.selesai) for b in bagian) == pytest.approx(12)


def test_split_accepts_e_kinerja_spelling_and_refuses_unknown():
	assert len(bagi_periode(2026, "triwulanan")) == 4
	with pytest.raises(ValueError, match="Jenis periode tidak dikenal"):
		bagi_periode(2026, "Mingguan")


@pytest.mark.parametrize(
	"kwargs, pesan",
	[
		pytest.param(dict(jenis="Tahunan", tahun=2026, tanggal_mulai=D(2026, 1, 1), tanggal_selesai=D(2026, 12, 31)), None, id="valid_year"),
		pytest.param(dict(jenis="Triwulan", tahun=2026, tanggal_mulai=D(2026, 4, 15), tanggal_selesai=D(2026, 6, 30)), None, id="trimmed_quarter_is_valid"),
		pytest.param(dict(jenis="Triwulan", tahun=2026, tanggal_mulai=D(2026, 3, 1), tanggal_selesai=D(2026, 5, 31)), "satu triwulan", id="quarter_spanning_two_quarters"),
		pytest.param(dict(jenis="Bulanan", tahun=2026, tanggal_mulai=D(2026, 3, 1), tanggal_selesai=D(2026, 2, 1)), "sebelum tanggal mulai", id="end_before_start"),
		pytest.param(dict(jenis="Tahunan", tahun=2026, tanggal_mulai=D(2025, 7, 1), tanggal_selesai=D(2026, 6, 30)), "tahun 2026", id="outside_the_year"),
		pytest.param(dict(jenis="Mingguan", tahun=2026, tanggal_mulai=D(2026, 1, 1), tanggal_selesai=D(2026, 1, 7)), "Jenis periode", id="unknown_kind"),
		pytest.param(dict(jenis="Semester", tahun=0, tanggal_mulai=D(2026, 1, 1), tanggal_selesai=D(2026, 6, 30)), "Tahun periode belum diisi", id="missing_year"),
		pytest.param(
			dict(jenis="Semester", tahun=2026, tanggal_mulai=D(2026, 1, 1), tanggal_selesai=D(2026, 6, 30), induk=(D(2026, 2, 1), D(2026, 12, 31))),
			"periode induknya",
			id="outside_parent",
		),
	],
)  # fmt: skip
def test_period_validation(kwargs, pesan):
	masalah = validasi_periode(**kwargs)
	if pesan is None:
		assert masalah == []
	else:
		assert len(masalah) == 1 and pesan in masalah[0]


def test_siasn_periodic_codes():
	assert jenis_periode_dari_kode_siasn(1) == "Bulanan"
	assert jenis_periode_dari_kode_siasn("2") == "Triwulan"
	with pytest.raises(ValueError, match="Kode periodik SIASN"):
		jenis_periode_dari_kode_siasn(3)


def test_keberatan_within_14_days_of_receiving_the_result():
	diterima = D(2026, 1, 20)
	assert batas_keberatan(diterima) == D(2026, 2, 3)
	assert keberatan_tepat_waktu(diterima, D(2026, 2, 3)) is True
	assert keberatan_tepat_waktu(diterima, D(2026, 2, 4)) is False
	assert keberatan_tepat_waktu(diterima, D(2026, 2, 4), hari=21) is True
	with pytest.raises(ValueError, match="sebelum hasil penilaian diterima"):
		keberatan_tepat_waktu(diterima, D(2026, 1, 19))


TAHUNAN = [
	("P-2025", date(2025, 1, 1), date(2025, 12, 31)),
	("P-2026", date(2026, 1, 1), date(2026, 12, 31)),
	("P-2028", date(2028, 1, 1), date(2028, 12, 31)),
]


@pytest.mark.parametrize(
	"hari_ini, diharapkan",
	[
		(date(2026, 3, 15), "P-2026"),  # the one containing today
		(date(2025, 12, 31), "P-2025"),
		(date(2027, 6, 1), "P-2026"),  # none contains today: the latest already started
		(date(2024, 6, 1), "P-2025"),  # none started yet: the earliest to come
		(date(2030, 1, 1), "P-2028"),
	],
)
def test_current_period(hari_ini, diharapkan):
	assert periode_berjalan(reversed(TAHUNAN), hari_ini) == diharapkan


def test_current_period_prefers_the_latest_start_and_none_without_periods():
	koreksi = ("P-2026-Juli", date(2026, 7, 1), date(2026, 12, 31))
	assert periode_berjalan([*TAHUNAN, koreksi], date(2026, 8, 1)) == "P-2026-Juli"
	assert periode_berjalan([], date(2026, 8, 1)) is None


@pytest.mark.parametrize(
	"hari_ini, diharapkan",
	[
		(date(2026, 5, 5), date(2026, 5, 5)),
		(date(2025, 11, 1), date(2026, 1, 1)),
		(date(2027, 2, 1), date(2026, 12, 31)),
	],
)
def test_day_a_check_of_a_period_looks_at(hari_ini, diharapkan):
	assert tanggal_dalam_periode(hari_ini, date(2026, 1, 1), date(2026, 12, 31)) == diharapkan
