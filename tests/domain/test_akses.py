"""Who reads an RHK and a Perjanjian Kinerja: the rule the permission hooks and the reports share."""

from kinerja_asn.domain.akses import perjanjian_kinerja_terbaca, rhk_terbaca


def test_rhk_owner_assessor_and_atasan_read():
	for pembaca in ("staf", "kabag", "direktur"):
		assert rhk_terbaca(pembaca, set(), "staf", "kabag", "direktur")


def test_rhk_subordinate_reads_the_leader_rhk_to_intervene_it():
	assert rhk_terbaca("staf", {"kabag"}, "kabag", "direktur", "deputi")


def test_rhk_peers_and_further_levels_read_nothing():
	assert not rhk_terbaca("staf2", {"kabag"}, "staf", "kabag", "direktur")  # peer
	assert not rhk_terbaca("deputi", set(), "staf", "kabag", "direktur")  # three levels up
	assert not rhk_terbaca("staf", {"kabag"}, "direktur", "deputi", "menteri")  # two levels up
	assert not rhk_terbaca("", set(), "staf", "kabag", "direktur")


def test_perjanjian_kinerja_parties_always_others_only_when_signed_and_open():
	assert perjanjian_kinerja_terbaca("kepala", "kepala", "deputi", 0, False)
	assert perjanjian_kinerja_terbaca("deputi", "kepala", "deputi", 0, False)
	assert not perjanjian_kinerja_terbaca("staf", "kepala", "deputi", 0, True)
	assert perjanjian_kinerja_terbaca("staf", "kepala", "deputi", 1, True)
	assert not perjanjian_kinerja_terbaca("staf", "kepala", "deputi", 1, False)
	assert not perjanjian_kinerja_terbaca("staf", "kepala", "deputi", 2, True)
