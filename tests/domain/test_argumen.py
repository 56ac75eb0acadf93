"""The edge checks of every endpoint: each spec refuses the wrong types, sizes and ranges with an
Indonesian message and passes clean values on."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.argumen import (
	MAKS_TEKS,
	Angka,
	ArgumenTidakValid,
	Bendera,
	Daftar,
	Nama,
	Peta,
	Pilihan,
	Rekaman,
	Skalar,
	Tanggal,
	Teks,
	masalah_isian,
	nama_dirujuk,
	periksa_argumen,
)

BURUK = [float("inf"), float("nan"), {}, [], True, 12, "x" * 200_000, "\x00"]


@pytest.mark.parametrize("nilai", BURUK)
def test_nama_refuses_everything_but_a_short_clean_string(nilai):
	with pytest.raises(ArgumenTidakValid):
		Nama("SKP").periksa("skp", nilai)


def test_nama_takes_a_name_and_may_be_optional():
	assert Nama("SKP").periksa("skp", "SKP-2026-00001") == "SKP-2026-00001"
	assert Nama("SKP", wajib=False).periksa("skp", "") is None
	with pytest.raises(ArgumenTidakValid, match="wajib"):
		Nama("SKP").periksa("skp", None)
	with pytest.raises(ArgumenTidakValid):
		Nama("SKP").periksa("skp", "x" * 141)


@pytest.mark.parametrize("nilai", [12, 1.5, True, {}, [], "x" * 5001, "a\x00b"])
def test_teks_refuses_non_text_and_oversize(nilai):
	with pytest.raises(ArgumenTidakValid):
		Teks(maks=5000).periksa("isi", nilai)


def test_teks_required_and_multiline():
	assert Teks().periksa("isi", "baris 1\nbaris 2\tx") == "baris 1\nbaris 2\tx"
	with pytest.raises(ArgumenTidakValid, match="wajib"):
		Teks(wajib=True).periksa("isi", "   ")


def test_teks_bytes_limit_counts_multibyte():
	with pytest.raises(ArgumenTidakValid):
		Teks(maks=10**6).periksa("isi", "é" * (MAKS_TEKS // 2 + 1))


def test_pilihan():
	assert Pilihan(("Diverifikasi", "Revisi")).periksa("k", "Revisi") == "Revisi"
	for nilai in (["Revisi"], "revisi", 1, {}):
		with pytest.raises(ArgumenTidakValid, match="salah satu"):
			Pilihan(("Diverifikasi", "Revisi")).periksa("k", nilai)


@pytest.mark.parametrize("nilai", ["1e400", float("inf"), "nan", "abc", True, [], {}, "9" * 50])
def test_angka_refuses_non_finite_and_non_numbers(nilai):
	with pytest.raises(ArgumenTidakValid):
		Angka().periksa("n", nilai)


def test_angka_range_and_integer():
	assert Angka(0, 150).periksa("n", "87.5") == 87.5
	assert Angka(bulat=True).periksa("n", "12") == 12
	with pytest.raises(ArgumenTidakValid):
		Angka(0, 150).periksa("n", 151)
	with pytest.raises(ArgumenTidakValid):
		Angka(bulat=True).periksa("n", 1.5)


def test_bendera():
	assert Bendera().periksa("b", "1") is True
	assert Bendera().periksa("b", "false") is False
	assert Bendera().periksa("b", 0) is False
	for nilai in ("ya", 2, [], {}):
		with pytest.raises(ArgumenTidakValid):
			Bendera().periksa("b", nilai)


def test_tanggal():
	assert Tanggal().periksa("t", "2026-03-31") == "2026-03-31"
	for nilai in ("2026-02-30", "31-03-2026", "zzz", 20260331, []):
		with pytest.raises(ArgumenTidakValid):
			Tanggal().periksa("t", nilai)


def test_skalar_keeps_form_values_for_the_caller():
	assert Skalar().periksa("r", "0,5") == "0,5"
	assert Skalar().periksa("r", 3) == 3
	for nilai in (float("inf"), [], {}, True, "1" * 41):
		with pytest.raises(ArgumenTidakValid):
			Skalar().periksa("r", nilai)


def test_daftar_of_rekaman_parses_json_and_refuses_unknown_keys():
	spec = Daftar(Rekaman({"name": Nama("Realisasi IKI"), "catatan": Teks()}), maks_item=2)
	assert spec.periksa("rincian", '[{"name": "a", "catatan": "b"}]') == [{"name": "a", "catatan": "b"}]
	for nilai in ("{", '{"name": "a"}', '[{"nama": "a"}]', "[1]", '[{"name": 5}]', "[{}, {}, {}]"):
		with pytest.raises(ArgumenTidakValid):
			spec.periksa("rincian", nilai)


def test_peta():
	assert Peta(Teks()).periksa("u", '{"baris1": "bagus"}') == {"baris1": "bagus"}
	for nilai in ("[]", '{"baris1": 1}', "x"):
		with pytest.raises(ArgumenTidakValid):
			Peta(Teks()).periksa("u", nilai)


def test_periksa_argumen_refuses_arguments_without_spec_and_lists_names():
	spek = {"skp": Nama("SKP"), "catatan": Teks()}
	assert periksa_argumen(spek, {"skp": "S1"}) == {"skp": "S1"}
	with pytest.raises(ArgumenTidakValid, match="tidak dikenal"):
		periksa_argumen(spek, {"skp": "S1", "employee": "E1"})
	assert nama_dirujuk(spek, {"skp": "S1", "catatan": None}) == [("skp", "SKP", "S1")]
	# a record the endpoint loads itself is not looked up twice; its type and length still are
	spek = {"skp": Nama("SKP", dimuat=True)}
	assert nama_dirujuk(spek, {"skp": "S1"}) == []
	with pytest.raises(ArgumenTidakValid):
		periksa_argumen(spek, {"skp": 7})


@given(
	st.one_of(
		st.floats(), st.integers(), st.text(max_size=50), st.booleans(), st.none(), st.lists(st.integers())
	)
)
def test_specs_never_raise_anything_but_their_own_error(nilai):
	for spec in (Nama("SKP"), Teks(), Angka(), Bendera(), Tanggal(), Skalar(), Pilihan(("a",))):
		try:
			spec.periksa("x", nilai)
		except ArgumenTidakValid:
			pass


def test_masalah_isian_per_field_type():
	assert masalah_isian("Link", 1e400) is not None  # a number would match another record
	assert masalah_isian("Link", "HR-EMP-00001") is None
	assert masalah_isian("Float", math.inf) is not None
	assert masalah_isian("Float", "12.5") is None
	assert masalah_isian("Int", 2**40) is not None
	assert masalah_isian("Small Text", "x" * 70_000) is not None
	assert masalah_isian("Long Text", "x" * 70_000) is None
	assert masalah_isian("Data", {"a": 1}) is not None
	assert masalah_isian("Date", "zzz") is not None
	assert masalah_isian("Date", "2026-01-31") is None
	assert masalah_isian("Datetime", "2026-01-31 10:00:00.123") is None
	assert masalah_isian("Time", "10:00:00") is None
	assert masalah_isian("Check", True) is None
	assert masalah_isian("Table", [{"x": 1}]) is None
