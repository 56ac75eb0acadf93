import pytest

from kinerja_asn.domain.garis_pandang import SimpulIndikator, SimpulRHK, garis_pandang, iku_teratas

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
