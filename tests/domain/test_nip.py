from datetime import date

import pytest

from kinerja_asn.domain.nip import uraikan_nip, validasi_nip

NIP_PNS = "198501012010011001"
NIP_PPPK = "199003152022212001"


@pytest.mark.parametrize(
	"nip",
	[
		pytest.param(NIP_PNS, id="pns"),
		pytest.param(NIP_PPPK, id="pppk_code_21"),
		pytest.param("19850101 201001 1 001", id="spaces_ignored"),
		pytest.param(198501012010011001, id="given_as_number"),
		pytest.param("200002292023122002", id="leap_day_birth_december_tmt"),
	],
)
def test_valid_nip_has_no_problem(nip):
	assert validasi_nip(nip) == []


@pytest.mark.parametrize(
	"nip, pesan",
	[
		pytest.param("", "belum diisi", id="empty"),
		pytest.param("19850101201001100", "18 digit, bukan 17", id="seventeen_digits"),
		pytest.param("1985010120100110011", "18 digit, bukan 19", id="nineteen_digits"),
		pytest.param("19850101201001100A", "hanya boleh berisi angka", id="letter"),
		pytest.param(
			"１９８５０１０１２０１００１１００１", "hanya boleh berisi angka", id="non_ascii_digits"
		),
		pytest.param("198502302010011001", "bukan tanggal lahir", id="february_30"),
		pytest.param("198513012010011001", "bukan tanggal lahir", id="month_13_in_birth_date"),
		pytest.param("193012312010011001", "di luar rentang wajar", id="birth_year_too_early"),
		pytest.param("201601012010011001", "di luar rentang wajar", id="birth_year_too_late"),
		pytest.param("198501012010001001", "Digit 13-14", id="tmt_month_00"),
		pytest.param("198501012010131001", "Digit 13-14", id="tmt_month_13"),
		pytest.param("198501012010221001", "Digit 13-14", id="code_22_is_neither_month_nor_pppk"),
		pytest.param("198501012010013001", "Digit 15", id="gender_3"),
		pytest.param("198501012010010001", "Digit 15", id="gender_0"),
	],
)
def test_invalid_nip_names_the_problem(nip, pesan):
	masalah = validasi_nip(nip)
	assert len(masalah) == 1
	assert pesan in masalah[0]


def test_several_problems_reported_together():
	assert len(validasi_nip("198502302010003001")) == 3


def test_birth_year_range_is_a_parameter():
	assert validasi_nip("193012312010011001", tahun_lahir_min=1930) == []


def test_decoded_nip():
	info = uraikan_nip(NIP_PNS)
	assert (info.tanggal_lahir, info.tahun_tmt, info.bulan_tmt) == (date(1985, 1, 1), 2010, 1)
	assert (info.pppk, info.jenis_kelamin, info.nomor_urut) == (False, "pria", 1)
	info = uraikan_nip(NIP_PPPK)
	assert (info.pppk, info.bulan_tmt, info.jenis_kelamin, info.tahun_tmt) == (True, None, "wanita", 2022)


def test_decoding_invalid_nip_raises_with_the_problems():
	with pytest.raises(ValueError, match="Digit 15"):
		uraikan_nip("198501012010013001")
