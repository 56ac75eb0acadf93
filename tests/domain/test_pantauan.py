from datetime import date

import pytest

from kinerja_asn.domain.pantauan import (
	BarisRealisasi,
	SimpulIndikator,
	SimpulRHK,
	SubPeriodeRealisasi,
	garis_pandang,
	iku_teratas,
	tagihan_pegawai,
)

D = date
JAN = SubPeriodeRealisasi("jan", "Januari 2026", D(2026, 1, 1), D(2026, 1, 31))
FEB = SubPeriodeRealisasi("feb", "Februari 2026", D(2026, 2, 1), D(2026, 2, 28))
MAR = SubPeriodeRealisasi("mar", "Maret 2026", D(2026, 3, 1), D(2026, 3, 31))
HARI_INI = D(2026, 2, 10)


def jenis(tagihan):
	return [(t.jenis, t.sub_periode, t.terlambat) for t in tagihan]


def test_missing_check_in_is_late_after_its_month_and_due_during_it():
	hasil = tagihan_pegawai([MAR, FEB, JAN], {}, {}, HARI_INI)
	assert jenis(hasil) == [("realisasi", "jan", True), ("realisasi", "feb", False)]
	assert hasil[1].pesan == "Realisasi Februari 2026 jatuh tempo 28-02-2026"


@pytest.mark.parametrize(
	"status, diharapkan",
	[
		pytest.param("Draft", [("realisasi", "jan", True)], id="draft_still_due"),
		pytest.param("Diajukan", [], id="submitted_not_due"),
		pytest.param("Diverifikasi", [], id="verified_not_due"),
		pytest.param("Revisi", [("revisi", "jan", True)], id="returned_due_again"),
	],
)
def test_check_in_status_decides_what_is_due(status, diharapkan):
	assert jenis(tagihan_pegawai([JAN], {"jan": status}, {}, HARI_INI)) == diharapkan


def test_reported_iki_without_evidence_is_due():
	baris = {
		"jan": [
			BarisRealisasi("rhk1", "iki1", "Jumlah laporan", 3.0),
			BarisRealisasi("rhk1", "iki2", "Nilai survei", 0.0),
			BarisRealisasi("rhk2", "iki3", "Dokumen", 2.0, bukti_aktif=1),
			BarisRealisasi("rhk2", "iki4", "Rapat", 1.0, bukti_ditolak=1),
		]
	}
	hasil = tagihan_pegawai([JAN], {"jan": "Diajukan"}, baris, HARI_INI)
	assert [(t.jenis, t.iki) for t in hasil] == [("bukti", "iki1"), ("bukti_ditolak", "iki4")]


def test_verified_check_in_asks_nothing_more():
	baris = {"jan": [BarisRealisasi("rhk1", "iki1", "Jumlah laporan", 3.0)]}
	assert tagihan_pegawai([JAN], {"jan": "Diverifikasi"}, baris, HARI_INI) == []


def test_future_sub_period_is_not_due():
	assert tagihan_pegawai([MAR], {}, {}, HARI_INI) == []


IND = {
	"IKU-1": SimpulIndikator("IKU-1", "IKU"),
	"IKK-1": SimpulIndikator("IKK-1", "IKK", "IKU-1"),
	"IKK-2": SimpulIndikator("IKK-2", "IKK", "IKK-1"),
	"IKK-yatim": SimpulIndikator("IKK-yatim", "IKK"),
}


def test_line_of_sight_follows_leader_rhk_to_the_iku():
	simpul = {
		"staf": SimpulRHK("staf", "admin"),
		"admin": SimpulRHK("admin", "jpt", "IKK-2"),
		"jpt": SimpulRHK("jpt", None, "IKU-1"),
	}
	hasil = garis_pandang("staf", simpul, IND)
	assert (hasil.rantai, hasil.indikator, hasil.iku) == (("admin", "jpt"), "IKK-2", "IKU-1")


def test_own_indicator_comes_first():
	simpul = {"jpt": SimpulRHK("jpt", None, "IKU-1")}
	assert garis_pandang("jpt", simpul, IND).iku == "IKU-1"


@pytest.mark.parametrize(
	"simpul, rantai",
	[
		pytest.param({"a": SimpulRHK("a", "b"), "b": SimpulRHK("b", "a")}, ("b",), id="loop_ends_walk"),
		pytest.param({"a": SimpulRHK("a", "hilang")}, ("hilang",), id="unknown_leader_rhk_kept"),
		pytest.param({}, (), id="unknown_rhk"),
	],
)
def test_line_of_sight_stops_quietly(simpul, rantai):
	hasil = garis_pandang("a", simpul, IND)
	assert (hasil.rantai, hasil.iku) == (rantai, None)


def test_ikk_without_iku_has_no_top():
	assert iku_teratas("IKK-yatim", IND) is None
	assert iku_teratas("IKK-2", IND) == "IKU-1"
	assert iku_teratas(None, IND) is None
