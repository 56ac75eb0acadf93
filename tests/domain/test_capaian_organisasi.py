import pytest

from kinerja_asn.domain.capaian import IKI
from kinerja_asn.domain.capaian_organisasi import capaian_indikator
from kinerja_asn.domain.kaskade import RHK


def test_rolls_each_month_up_the_direct_cascade():
	rhk = [
		RHK("jpt", "kepala", "2026", indikator_organisasi="IKU-1"),
		RHK("adm", "kabid", "2026", "jpt"),
		RHK("s1", "staf1", "2026", "adm"),
		RHK("s2", "staf2", "2026", "adm"),
		RHK("lain", "staf3", "2026", "adm", jenis_kaskade="tidak_langsung"),
	]
	bulan = {
		"Jan": {
			"s1": [IKI("a", 10, realisasi=8)],
			"s2": [IKI("b", 10, realisasi=10)],
			"lain": [IKI("c", 10, realisasi=0)],
		},
		"Feb": {"s1": [IKI("a", 10, realisasi=10)]},
		"Mar": {},
	}
	hasil = capaian_indikator(rhk, bulan)
	# January: the staff's 80 and 100 roll up to 90 through the administrator to the JPT; the
	# indirect child does not count
	assert hasil["IKU-1"]["Jan"] == pytest.approx(90)
	assert hasil["IKU-1"]["Feb"] == pytest.approx(100)
	assert hasil["IKU-1"]["Mar"] is None


def test_two_carriers_average_and_uncarried_indicators_are_absent():
	rhk = [
		RHK("a", "p", "2026", indikator_organisasi="IKU-1"),
		RHK("b", "q", "2026", indikator_organisasi="IKU-1"),
	]
	hasil = capaian_indikator(
		rhk, {"Jan": {"a": [IKI("x", 10, realisasi=5)], "b": [IKI("y", 4, realisasi=4)]}}
	)
	assert hasil == {"IKU-1": {"Jan": pytest.approx(75)}}
