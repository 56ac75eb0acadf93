from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.pelaksanaan import (
	capaian_keseluruhan,
	ekstensi,
	jenis_berkas,
	kelengkapan_bukti,
	perlu_diingatkan,
	realisasi_tahunan,
	skp_perlu_diingatkan,
	tagihan_realisasi,
	tambah_bulan,
	target_sub_periode,
	validasi_berkas,
	validasi_isian_realisasi,
	validasi_tautan,
)
from kinerja_asn.domain.periode import bagi_periode

TAHUN = (date(2026, 1, 1), date(2026, 12, 31))
MB = 1024 * 1024


# Targets per sub-period --------------------------------------------------------------------------------


def test_jumlah_target_of_a_month_is_a_twelfth_of_the_year():
	assert target_sub_periode(120, "Jumlah", date(2026, 3, 1), date(2026, 3, 31), *TAHUN) == pytest.approx(10)


def test_jumlah_target_of_a_quarter_is_a_quarter_of_the_year():
	assert target_sub_periode(100, "Jumlah", date(2026, 4, 1), date(2026, 6, 30), *TAHUN) == pytest.approx(25)


def test_jumlah_target_prorates_over_a_shortened_skp():
	"""An SKP cut by a mutation at the end of June: its target is for six months."""
	assert target_sub_periode(
		60, "Jumlah", date(2026, 6, 1), date(2026, 6, 30), date(2026, 1, 1), date(2026, 6, 30)
	) == pytest.approx(10)


@pytest.mark.parametrize("agregasi", ["Terakhir", "Rata-rata"])
def test_level_targets_hold_in_every_sub_period(agregasi):
	assert target_sub_periode(85, agregasi, date(2026, 3, 1), date(2026, 3, 31), *TAHUN) == 85


def test_missing_target_stays_missing():
	assert target_sub_periode(None, "Jumlah", date(2026, 3, 1), date(2026, 3, 31), *TAHUN) is None


def test_unknown_aggregation_is_refused():
	with pytest.raises(ValueError, match="Agregasi realisasi tidak dikenal"):
		target_sub_periode(10, "Median", date(2026, 3, 1), date(2026, 3, 31), *TAHUN)


@given(st.floats(min_value=0.1, max_value=1e6), st.sampled_from(["Bulanan", "Triwulan", "Semester"]))
def test_jumlah_targets_of_the_sub_periods_add_up_to_the_year(target, jenis):
	bagian = bagi_periode(2026, jenis)
	jumlah = sum(target_sub_periode(target, "Jumlah", b.mulai, b.selesai, *TAHUN) for b in bagian)
	assert jumlah == pytest.approx(target)


# Realisation over the year -------------------------------------------------------------------------------

BULANAN = [(date(2026, 1, 31), 4.0), (date(2026, 3, 31), 6.0), (date(2026, 2, 28), 5.0)]


@pytest.mark.parametrize(
	"agregasi, hasil",
	[
		pytest.param("Jumlah", 15.0, id="jumlah_adds_up"),
		pytest.param("Terakhir", 6.0, id="terakhir_is_the_latest_sub_period_not_the_last_given"),
		pytest.param("Rata-rata", 5.0, id="rata_rata_is_the_mean"),
	],
)
def test_yearly_realisation_by_aggregation(agregasi, hasil):
	assert realisasi_tahunan(BULANAN, agregasi) == pytest.approx(hasil)


def test_yearly_realisation_skips_unreported_and_is_none_without_any():
	assert realisasi_tahunan([(date(2026, 1, 31), None), (date(2026, 2, 28), 3)], "Rata-rata") == 3
	assert realisasi_tahunan([], "Jumlah") is None


def test_capaian_keseluruhan_is_the_mean_of_reported_rhk():
	assert capaian_keseluruhan([80.0, None, 100.0]) == pytest.approx(90.0)
	assert capaian_keseluruhan([None]) is None


# What is due ---------------------------------------------------------------------------------------------

SUB = [(f"B{i}", b.selesai) for i, b in enumerate(bagi_periode(2026, "Bulanan"), start=1)]


def test_due_check_ins_are_ended_or_ending_soon_and_not_submitted():
	status = {"B1": "Diverifikasi", "B2": "Diajukan", "B3": "Revisi", "B4": "Draft"}
	hasil = tagihan_realisasi(SUB, status, date(2026, 5, 28), hari_sebelum=3)
	assert [(t.sub_periode, t.status, t.terlambat) for t in hasil] == [
		("B3", "Revisi", True),
		("B4", "Draft", True),
		("B5", None, False),
	]
	assert hasil[-1].sisa_hari == 3


def test_nothing_due_far_from_the_end_of_the_month():
	assert tagihan_realisasi(SUB[4:], {}, date(2026, 5, 10), hari_sebelum=3) == []


def test_negative_days_before_end_are_refused():
	with pytest.raises(ValueError):
		tagihan_realisasi(SUB, {}, date(2026, 5, 10), hari_sebelum=-1)


@pytest.mark.parametrize(
	"hari_ini, ya",
	[
		pytest.param(date(2026, 5, 28), True, id="three_days_before_the_end"),
		pytest.param(date(2026, 5, 29), False, id="two_days_before_the_end_quiet"),
		pytest.param(date(2026, 5, 31), True, id="last_day"),
		pytest.param(date(2026, 6, 3), False, id="late_between_weekly_reminders"),
		pytest.param(date(2026, 6, 7), True, id="late_one_week"),
		pytest.param(date(2026, 6, 14), True, id="late_two_weeks"),
	],
)
def test_check_in_reminders_are_not_a_daily_flood(hari_ini, ya):
	assert perlu_diingatkan(date(2026, 5, 31), hari_ini, hari_sebelum=3, ulang=7) is ya


@pytest.mark.parametrize(
	"hari_ini, ya",
	[
		pytest.param(date(2026, 1, 31), False, id="within_the_first_month"),
		pytest.param(date(2026, 2, 1), True, id="one_month_into_the_period"),
		pytest.param(date(2026, 2, 5), False, id="between_weekly_reminders"),
		pytest.param(date(2026, 2, 8), True, id="a_week_later"),
	],
)
def test_skp_not_approved_reminded_a_month_into_the_period(hari_ini, ya):
	assert skp_perlu_diingatkan(date(2026, 1, 1), hari_ini, ulang=7) is ya


def test_adding_a_month_keeps_the_day_or_takes_the_month_end():
	assert tambah_bulan(date(2026, 1, 31)) == date(2026, 2, 28)
	assert tambah_bulan(date(2026, 12, 15)) == date(2027, 1, 15)


# Evidence ------------------------------------------------------------------------------------------------


def test_rows_with_realisation_need_submitted_or_accepted_evidence():
	"""A rejected piece does not count; a row reporting nothing (None or 0) needs no proof."""
	baris = [("a", 5.0), ("b", 3.0), ("c", None), ("d", 0.0), ("e", 2.0)]
	bukti = {"a": ["Diterima"], "b": ["Ditolak"], "e": ["Ditolak", "Diajukan"]}
	assert kelengkapan_bukti(baris, bukti) == ["b"]


def test_allowed_types_are_normalised():
	assert jenis_berkas("pdf, .JPG; png\n pdf") == ("pdf", "jpg", "png")
	assert jenis_berkas(None) == ()


@pytest.mark.parametrize(
	"nama, ext",
	[("laporan.PDF", "pdf"), ("x.pdf.exe", "exe"), ("tanpa", ""), (".bashrc", ""), ("a/b/foto.jpeg", "jpeg")],
)
def test_extension_is_the_last_one(nama, ext):
	assert ekstensi(nama) == ext


def test_allowed_file_under_the_limit_passes():
	assert validasi_berkas("laporan.pdf", 2 * MB, "pdf, jpg", 10) == []


@pytest.mark.parametrize(
	"nama, ukuran, pesan",
	[
		pytest.param("skrip.exe", 1000, "Jenis berkas .exe tidak diizinkan", id="forbidden_type"),
		pytest.param("laporan.pdf.exe", 1000, "Jenis berkas .exe", id="double_extension"),
		pytest.param("laporan", 1000, "tidak memiliki ekstensi", id="no_extension"),
		pytest.param("laporan.pdf", 11 * MB, "melebihi batas 10 MB", id="over_the_limit"),
		pytest.param("laporan.pdf", 0, "Berkas kosong", id="empty"),
	],
)
def test_upload_checks_refuse(nama, ukuran, pesan):
	masalah = validasi_berkas(nama, ukuran, "pdf, jpg", 10)
	assert any(pesan in m for m in masalah), masalah


def test_upload_reports_every_problem():
	assert len(validasi_berkas("virus.exe", 20 * MB, "pdf", 1.5)) == 2


@pytest.mark.parametrize(
	"tautan, sah",
	[
		("https://drive.example.go.id/berkas/1", True),
		("http://intranet/laporan", True),
		("javascript:alert(1)", False),
		("ftp://example.com/x", False),
		("drive.example.go.id", False),
		("", False),
	],
)
def test_links_must_be_web_addresses(tautan, sah):
	assert (validasi_tautan(tautan) == []) is sah


# Check-in input ------------------------------------------------------------------------------------------


def test_check_in_input_is_parsed_per_row():
	nilai, masalah = validasi_isian_realisasi(
		[
			{"name": "r1", "realisasi": "12,5", "catatan": " selesai ", "keyakinan": "8"},
			{"name": "r2", "realisasi": None, "keyakinan": None},
		],
		{"r1", "r2"},
	)
	assert masalah == {}
	assert (nilai["r1"].realisasi, nilai["r1"].catatan, nilai["r1"].keyakinan) == (12.5, "selesai", 8)
	assert (nilai["r2"].realisasi, nilai["r2"].keyakinan) == (None, None)


@pytest.mark.parametrize(
	"isian, pesan",
	[
		pytest.param({"name": "r1", "realisasi": "banyak"}, "harus berupa angka", id="not_a_number"),
		pytest.param({"name": "r1", "realisasi": -1}, "tidak boleh negatif", id="negative"),
		pytest.param({"name": "r1", "realisasi": "nan"}, "harus berupa angka", id="nan"),
		pytest.param({"name": "r1", "realisasi": 1, "keyakinan": 11}, "Keyakinan", id="confidence_above_10"),
		pytest.param({"name": "r1", "realisasi": 1, "keyakinan": 2.5}, "Keyakinan", id="confidence_fraction"),
		pytest.param({"name": "r9", "realisasi": 1}, "tidak termasuk", id="unknown_row"),
	],
)
def test_check_in_input_problems_are_given_per_row(isian, pesan):
	nilai, masalah = validasi_isian_realisasi([isian], {"r1"})
	assert pesan in masalah[isian["name"]]
	assert isian["name"] not in nilai


@pytest.mark.parametrize(
	"satuan,agregasi",
	[
		("persen", "Terakhir"),
		("%", "Terakhir"),
		(" Indeks ", "Terakhir"),
		("nilai", "Terakhir"),
		("dokumen", "Jumlah"),
		("usulan", "Jumlah"),
		(None, "Jumlah"),
		("", "Jumlah"),
	],
)
def test_default_aggregation_follows_the_unit(satuan, agregasi):
	from kinerja_asn.domain.pelaksanaan import agregasi_bawaan

	assert agregasi_bawaan(satuan) == agregasi


# Content of uploaded evidence against its extension ---------------------------------------------------

from kinerja_asn.domain.pelaksanaan import validasi_isi_berkas  # noqa: E402


def test_isi_berkas_matches_its_signature():
	assert validasi_isi_berkas("laporan.pdf", b"%PDF-1.4\n...") == []
	assert validasi_isi_berkas("foto.PNG", b"\x89PNG\r\n\x1a\n....") == []
	assert validasi_isi_berkas("foto.jpeg", b"\xff\xd8\xff\xe0....") == []
	assert validasi_isi_berkas("data.xlsx", b"PK\x03\x04....") == []
	assert validasi_isi_berkas("lama.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1...") == []


def test_html_renamed_to_pdf_is_refused():
	masalah = validasi_isi_berkas("laporan.pdf", b"<html><script>alert(1)</script></html>")
	assert masalah and ".pdf" in masalah[0]
	assert validasi_isi_berkas("foto.png", b"%PDF-1.4") != []
	assert validasi_isi_berkas("kosong.pdf", b"") != []


def test_unknown_allowed_types_are_refused_only_when_markup():
	assert validasi_isi_berkas("catatan.txt", b"Rapat koordinasi 3 Maret") == []
	assert validasi_isi_berkas("catatan.txt", b"\xef\xbb\xbf  <!DOCTYPE html><html>") != []
	assert validasi_isi_berkas("gambar.svg", b'<svg onload="alert(1)"/>') != []


# Issue 15: what people type, slips, and whole-unit targets ------------------------------------------

import calendar as _kalender  # noqa: E402

from kinerja_asn.domain.pelaksanaan import (  # noqa: E402
	DEFAULT_BATAS_CAPAIAN_WAJAR,
	DEFAULT_RASIO_REALISASI_WAJAR,
	baca_angka,
	peringatan_realisasi,
)


@pytest.mark.parametrize(
	"teks, nilai",
	[
		("0,5", 0.5),
		("0.5", 0.5),
		("12", 12.0),
		(" 7 ", 7.0),
		("1.250", 1250.0),
		("1.250,5", 1250.5),
		("12.500.000", 12500000.0),
		(",5", 0.5),
		("3,", 3.0),
		("1.25", 1.25),
	],
)
def test_numbers_are_read_as_indonesians_write_them(teks, nilai):
	assert baca_angka(teks) == nilai


@pytest.mark.parametrize("teks", ["lima", "1,2,3", "1.2.3", "1,250.5", "", "5 kegiatan", "nan", "inf", "1e9"])
def test_text_is_not_a_number(teks):
	with pytest.raises(ValueError):
		baca_angka(teks)


def test_a_realisation_typed_with_a_comma_is_kept_and_text_is_refused():
	nilai, masalah = validasi_isian_realisasi(
		[{"name": "a", "realisasi": "0,5"}, {"name": "b", "realisasi": "lima"}], {"a", "b"}
	)
	assert nilai["a"].realisasi == 0.5
	assert masalah == {"b": "Realisasi harus berupa angka"}


def test_slips_are_flagged_far_from_the_target_either_way_and_over_the_cap():
	assert "lebih dari 10 kali target 6" in peringatan_realisasi(999999, 6, 16666650)
	assert "kurang dari 1/10 target 91" in peringatan_realisasi(1, 91, 1.1)
	assert "melebihi batas kewajaran 200%" in peringatan_realisasi(1, 0.417, 240)
	assert peringatan_realisasi(5, 6, 83.3) is None
	assert peringatan_realisasi(None, 6, None) is None
	assert peringatan_realisasi(3, 0, None) is None  # no target this sub-period: nothing to compare
	# a range target compares with its upper bound above it
	assert peringatan_realisasi(90, 5, 100, target_maks=10) is None
	assert peringatan_realisasi(101, 5, 100, target_maks=10) is not None
	# the agency's limits, and 0 turns a check off
	assert peringatan_realisasi(50, 6, 150, rasio=5) is not None
	assert peringatan_realisasi(999999, 6, 1e7, rasio=0, batas_capaian=0) is None
	assert DEFAULT_RASIO_REALISASI_WAJAR == 10 and DEFAULT_BATAS_CAPAIAN_WAJAR == 200


def _bulanan(target, mulai=date(2026, 1, 1), selesai=date(2026, 12, 31)):
	return [
		target_sub_periode(
			target,
			"Jumlah",
			date(2026, m, 1),
			date(2026, m, _kalender.monthrange(2026, m)[1]),
			mulai,
			selesai,
		)
		for m in range(mulai.month, 13)
	]


def test_whole_counts_are_planned_in_whole_units_that_add_up_to_the_year():
	assert _bulanan(12) == [1.0] * 12
	assert _bulanan(14) == [1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 2]
	assert _bulanan(5) == [0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1]
	assert _bulanan(1) == [0] * 11 + [1]
	for target in (1, 5, 6, 7, 11, 13, 24, 100, 365):
		hasil = _bulanan(target)
		assert sum(hasil) == target and all(x == int(x) for x in hasil)
	# a span cut by a mutation (April to December): whole units, adding up to its target
	mutasi = _bulanan(6, mulai=date(2026, 4, 1))
	assert sum(mutasi) == 6 and all(x == int(x) for x in mutasi)
	# quarters
	triwulan = [
		target_sub_periode(
			6,
			"Jumlah",
			date(2026, m, 1),
			date(2026, m + 2, _kalender.monthrange(2026, m + 2)[1]),
			date(2026, 1, 1),
			date(2026, 12, 31),
		)
		for m in (1, 4, 7, 10)
	]
	assert triwulan == [1, 2, 1, 2]


def test_fractional_counts_and_levels_are_not_rounded():
	assert target_sub_periode(
		2.5, "Jumlah", date(2026, 1, 1), date(2026, 1, 31), date(2026, 1, 1), date(2026, 12, 31)
	) == pytest.approx(2.5 / 12)
	assert (
		target_sub_periode(
			91, "Terakhir", date(2026, 1, 1), date(2026, 1, 31), date(2026, 1, 1), date(2026, 12, 31)
		)
		== 91
	)


def test_a_returned_check_in_is_due_whatever_its_date():
	hari_ini = date(2026, 3, 5)
	tagihan = tagihan_realisasi(
		[("Maret", date(2026, 3, 31)), ("April", date(2026, 4, 30))],
		{"Maret": "Revisi", "April": None},
		hari_ini,
	)
	assert [(t.sub_periode, t.status, t.terlambat) for t in tagihan] == [("Maret", "Revisi", False)]


def test_the_confidence_trend_reads_the_last_two_values_given():
	from kinerja_asn.domain.pelaksanaan import arah_keyakinan

	assert arah_keyakinan([5, 7]) == "naik"
	assert arah_keyakinan([8, None, 6]) == "turun"
	assert arah_keyakinan([6, 6]) == "tetap"
	assert arah_keyakinan([7]) is None
	assert arah_keyakinan([None, 0]) is None
