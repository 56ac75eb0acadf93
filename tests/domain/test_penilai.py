"""The approver resolver: acting officials by date, vacancies, chains, self-assessment, conflicts."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.penilai import (
	Penugasan,
	penugasan_bentrok,
	tentukan_penilai,
	validasi_penugasan,
)

# staf -> kabag -> karo -> sekjen; kabag heads unit "bagian", karo "biro"
ATASAN = {"staf": "kabag", "staf2": "kabag", "kabag": "karo", "karo": "sekjen", "sekjen": None}
UNIT = {"kabag": "bagian", "karo": "biro", "sekjen": "setjen"}
D = date(2026, 6, 15)


def aktif(*tidak):
	return {e: e not in tidak for e in ("staf", "staf2", "kabag", "karo", "sekjen", "plh", "plt", "plt2")}


def resolve(pegawai="staf", tanggal=D, tercatat="kabag", penugasan=(), tidak_aktif=()):
	return tentukan_penilai(
		pegawai,
		tanggal,
		tercatat,
		aktif=aktif(*tidak_aktif),
		atasan=ATASAN,
		unit_dipimpin=UNIT,
		penugasan=penugasan,
	)


def test_definitive_superior_without_assignment():
	hasil = resolve()
	assert (hasil.pegawai, hasil.definitif, hasil.jenis, hasil.sebutan) == ("kabag", "kabag", None, "")


def test_plh_in_force_acts_for_the_holder():
	plh = Penugasan("P1", "Plh", "plh", date(2026, 6, 1), date(2026, 6, 30), pejabat="kabag")
	hasil = resolve(penugasan=[plh])
	assert (hasil.pegawai, hasil.definitif, hasil.jenis, hasil.penugasan, hasil.sebutan) == (
		"plh",
		"kabag",
		"Plh",
		"P1",
		"Plh.",
	)


@pytest.mark.parametrize(
	"tanggal,expected",
	[
		(date(2026, 5, 31), "kabag"),  # before the assignment
		(date(2026, 6, 1), "plh"),  # first day counts
		(date(2026, 6, 30), "plh"),  # last day counts
		(date(2026, 7, 1), "kabag"),  # after it ends the holder is back
	],
)
def test_assignment_dates_are_inclusive(tanggal, expected):
	plh = Penugasan("P1", "Plh", "plh", date(2026, 6, 1), date(2026, 6, 30), pejabat="kabag")
	assert resolve(tanggal=tanggal, penugasan=[plh]).pegawai == expected


def test_open_ended_plt_for_a_vacant_unit():
	plt = Penugasan("P2", "Plt", "plt", date(2026, 1, 1), None, unit="bagian")
	hasil = resolve(penugasan=[plt], tidak_aktif=("kabag",))
	assert (hasil.pegawai, hasil.jenis, hasil.definitif) == ("plt", "Plt", "kabag")


def test_vacancy_without_acting_escalates_to_the_next_superior():
	hasil = resolve(tidak_aktif=("kabag",))
	assert (hasil.pegawai, hasil.definitif, hasil.eskalasi) == ("karo", "karo", True)


def test_unit_assignment_does_not_replace_an_active_holder():
	plt = Penugasan("P2", "Plt", "plt", date(2026, 1, 1), None, unit="bagian")
	assert resolve(penugasan=[plt]).pegawai == "kabag"


def test_chain_of_acting_officials():
	plh = Penugasan("P1", "Plh", "plt", date(2026, 6, 1), date(2026, 6, 30), pejabat="kabag")
	plh_of_plh = Penugasan("P3", "Plh", "plt2", date(2026, 6, 10), date(2026, 6, 20), pejabat="plt")
	hasil = resolve(penugasan=[plh, plh_of_plh])
	assert (hasil.pegawai, hasil.definitif, hasil.jenis, hasil.penugasan) == ("plt2", "kabag", "Plh", "P1")


def test_employee_acting_for_own_superior_does_not_assess_themselves():
	plh = Penugasan("P1", "Plh", "staf", date(2026, 6, 1), date(2026, 6, 30), pejabat="kabag")
	hasil = resolve(penugasan=[plh])
	assert hasil.pegawai == "karo"
	assert hasil.eskalasi
	# a colleague of that employee is still assessed by the acting official
	assert resolve(pegawai="staf2", penugasan=[plh]).pegawai == "staf"


def test_no_superior_on_record():
	assert resolve(tercatat=None).pegawai is None


def test_loop_in_assignments_is_reported():
	a = Penugasan("A", "Plh", "plt", date(2026, 1, 1), None, pejabat="kabag")
	b = Penugasan("B", "Plh", "kabag", date(2026, 1, 1), None, pejabat="plt")
	with pytest.raises(ValueError, match="melingkar"):
		resolve(penugasan=[a, b])


def test_conflicting_assignments_are_found():
	a = Penugasan("A", "Plh", "plh", date(2026, 6, 1), date(2026, 6, 30), pejabat="kabag")
	b = Penugasan("B", "Plt", "plt", date(2026, 6, 20), None, pejabat="kabag")
	c = Penugasan("C", "Plh", "plt2", date(2026, 7, 1), date(2026, 7, 5), pejabat="kabag")
	d = Penugasan("D", "Plh", "plt2", date(2026, 6, 1), date(2026, 6, 30), pejabat="karo")
	assert penugasan_bentrok(b, [a, c, d]) == ["A", "C"]
	assert penugasan_bentrok(c, [a, d]) == []
	vacant1 = Penugasan("V1", "Plt", "plt", date(2026, 1, 1), None, unit="bagian")
	vacant2 = Penugasan("V2", "Plt", "plt2", date(2026, 3, 1), date(2026, 3, 31), unit="bagian")
	assert penugasan_bentrok(vacant2, [vacant1]) == ["V1"]


@pytest.mark.parametrize(
	"penugasan,pesan",
	[
		(Penugasan("X", "Pj", "plt", D, None, pejabat="kabag"), "Plt atau Plh"),
		(Penugasan("X", "Plt", "plt", D, None), "pejabat yang digantikan"),
		(Penugasan("X", "Plt", "kabag", D, None, pejabat="kabag"), "tidak boleh"),
		(Penugasan("X", "Plh", "plh", D, date(2026, 1, 1), pejabat="kabag"), "sebelum"),
	],
)
def test_invalid_assignments(penugasan, pesan):
	assert any(pesan in m for m in validasi_penugasan(penugasan))


@given(st.integers(min_value=-40, max_value=40))
def test_holder_is_back_whenever_no_assignment_is_in_force(offset):
	from datetime import timedelta

	plh = Penugasan("P1", "Plh", "plh", date(2026, 6, 1), date(2026, 6, 30), pejabat="kabag")
	tanggal = date(2026, 6, 15) + timedelta(days=offset)
	expected = "plh" if plh.berlaku(tanggal) else "kabag"
	assert resolve(tanggal=tanggal, penugasan=[plh]).pegawai == expected
