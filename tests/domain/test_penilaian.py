from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.distribusi import PredikatOrganisasi, cek_distribusi, sisa_kuota
from kinerja_asn.domain.penilaian import (
	DEFAULT_BOBOT_KINERJA_TAMBAHAN,
	bobot_nilai_akhir,
	bobot_nilai_iki,
	capaian_unit,
	dengan_masukan_360,
	jenis_pemberi_masukan,
	nilai_perilaku_8_2021,
	pelanggaran_kuota,
	rating_pimpinan_unit,
	ringkas_kuota,
	unit_distribusi,
)
from kinerja_asn.domain.periode import batas_keberatan, keberatan_tepat_waktu
from kinerja_asn.domain.rating import (
	Predikat,
	Rating,
	nilai_akhir_8_2021,
	nilai_skp_8_2021,
	predikat_dari_nilai,
)

SB = Predikat.SANGAT_BAIK
B = Predikat.BAIK
BP = Predikat.BUTUH_PERBAIKAN
K = Predikat.KURANG_MISCONDUCT
SK = Predikat.SANGAT_KURANG


# Unit leader: the rating follows the unit's achievement --------------------------------------------------


def test_unit_achievement_is_the_mean_of_the_leaders_rolled_up_rhk_skipping_unrealised():
	assert capaian_unit([120.0, 100.0, None]) == pytest.approx(110.0)


def test_unit_without_any_realisation_has_no_achievement():
	assert capaian_unit([None, None]) is None
	assert capaian_unit([]) is None


@pytest.mark.parametrize(
	"capaian, rating",
	[
		pytest.param(125.0, Rating.DI_ATAS, id="above_110_is_di_atas"),
		pytest.param(110.0, Rating.DI_ATAS, id="exactly_110_is_di_atas"),
		pytest.param(100.0, Rating.SESUAI, id="exactly_100_is_sesuai"),
		pytest.param(99.9, Rating.DI_BAWAH, id="below_100_is_di_bawah"),
		pytest.param(None, None, id="no_achievement_no_default"),
	],
)
def test_leader_rating_follows_unit_achievement(capaian, rating):
	assert rating_pimpinan_unit(capaian) is rating


def test_leader_rating_thresholds_are_parameters():
	assert rating_pimpinan_unit(104.0, batas_di_atas=105, batas_di_bawah=95) is Rating.SESUAI
	assert rating_pimpinan_unit(105.0, batas_di_atas=105, batas_di_bawah=95) is Rating.DI_ATAS
	assert rating_pimpinan_unit(94.0, batas_di_atas=105, batas_di_bawah=95) is Rating.DI_BAWAH


# 8/2021 weights, behaviour score, final value --------------------------------------------------------------


def test_utama_iki_share_100_percent_by_their_weights():
	assert bobot_nilai_iki([("Utama", 1), ("Utama", 3)]) == pytest.approx([25.0, 75.0])


def test_tambahan_shares_its_own_weight_on_top_of_utama():
	bobot = bobot_nilai_iki([("Utama", 1), ("Tambahan", 1), ("Utama", 1), ("Tambahan", 1)], 10)
	assert bobot == pytest.approx([50.0, 5.0, 50.0, 5.0])


def test_missing_iki_weight_counts_as_one_and_default_tambahan_weight_applies():
	assert bobot_nilai_iki([("Utama", None), ("Tambahan", None)]) == pytest.approx(
		[100.0, DEFAULT_BOBOT_KINERJA_TAMBAHAN]
	)


@pytest.mark.parametrize(
	"baris, bobot_tambahan",
	[
		pytest.param([("Utama", -1)], 10, id="negative_iki_weight"),
		pytest.param([("Utama", 1)], -1, id="negative_tambahan_weight"),
		pytest.param([("Lain", 1)], 10, id="unknown_jenis"),
	],
)
def test_invalid_weights_are_refused(baris, bobot_tambahan):
	with pytest.raises(ValueError):
		bobot_nilai_iki(baris, bobot_tambahan)


def test_weighted_nilai_skp_with_tambahan_added_on_top():
	"""The weights feed rating.nilai_skp_8_2021: tambahan raises the SKP value above utama alone."""
	bobot = bobot_nilai_iki([("Utama", 1), ("Utama", 1), ("Tambahan", 1)], 10)
	nilai = [109.0, 88.0, 109.0]
	utama = list(zip(nilai[:2], bobot[:2], strict=True))
	tambahan = [(nilai[2], bobot[2])]
	assert nilai_skp_8_2021(utama, tambahan) == pytest.approx(98.5 + 10.9)


def test_behaviour_score_is_the_mean_of_aspects_without_input():
	assert nilai_perilaku_8_2021([(100, []), (90, []), (80, [])]) == pytest.approx(90.0)


def test_behaviour_input_counts_as_one_rater_each_per_aspect():
	# aspect 1: (100 + 80 + 90) / 3 = 90; aspect 2: 100 alone
	assert nilai_perilaku_8_2021([(100, [80, 90]), (100, [])]) == pytest.approx(95.0)


def test_behaviour_score_needs_an_aspect_and_non_negative_values():
	with pytest.raises(ValueError):
		nilai_perilaku_8_2021([])
	with pytest.raises(ValueError):
		nilai_perilaku_8_2021([(90, [-1])])


def test_final_value_weights_switch_to_360_with_peer_or_subordinate_input():
	assert bobot_nilai_akhir(False) == (70.0, 30.0)
	assert bobot_nilai_akhir(True) == (60.0, 40.0)
	assert bobot_nilai_akhir(True, (75, 25), (50, 50)) == (50, 50)
	assert dengan_masukan_360(["Diri Sendiri", "Rekan Kerja"])
	assert dengan_masukan_360(["Bawahan"])
	assert not dengan_masukan_360(["Diri Sendiri"])
	assert not dengan_masukan_360([])


def test_8_2021_end_to_end_numbers():
	"""98% -> 88 (docs/regulasi.md §4.1), 100% -> 109; 70/30 with behaviour 90 -> 94.975 -> Baik."""
	from kinerja_asn.domain.capaian import capaian_iki, nilai_capaian

	c1, c2 = capaian_iki(98, 100), capaian_iki(10, 10)
	n1, n2 = nilai_capaian(c1), nilai_capaian(c2)
	assert (n1, n2) == pytest.approx((88.0, 109.0))
	bobot = bobot_nilai_iki([("Utama", 1), ("Utama", 1)])
	skp = nilai_skp_8_2021(list(zip((n1, n2), bobot, strict=True)))
	akhir = nilai_akhir_8_2021(skp, nilai_perilaku_8_2021([(90, [])]), *bobot_nilai_akhir(False))
	assert akhir == pytest.approx(0.7 * 98.5 + 0.3 * 90)
	assert predikat_dari_nilai(akhir) is B


# Who may give behaviour input -------------------------------------------------------------------------------

ATASAN = {"staf1": "kepala", "staf2": "kepala", "kepala": "direktur", "bawahan": "staf1", "lain": "x"}


@pytest.mark.parametrize(
	"pemberi, jenis",
	[
		pytest.param("staf1", "Diri Sendiri", id="self"),
		pytest.param("staf2", "Rekan Kerja", id="same_superior_is_peer"),
		pytest.param("bawahan", "Bawahan", id="reports_to_the_employee"),
		pytest.param("kepala", None, id="the_superior_assesses_not_inputs"),
		pytest.param("lain", None, id="stranger"),
	],
)
def test_relation_of_an_input_giver(pemberi, jenis):
	assert jenis_pemberi_masukan(pemberi, "staf1", ATASAN) == jenis


def test_two_employees_without_superior_are_no_peers():
	assert jenis_pemberi_masukan("a", "b", {"a": None, "b": None}) is None


# Which organisation's curve applies -----------------------------------------------------------------------------

INDUK = {"subbag": "bagian", "bagian": "biro", "biro": "kementerian", "kementerian": None}


def test_nearest_unit_with_an_organisation_predikat_applies():
	assert unit_distribusi("subbag", INDUK, {"biro"}) == "biro"
	assert unit_distribusi("subbag", INDUK, {"biro", "bagian"}) == "bagian"
	assert unit_distribusi("biro", INDUK, {"biro", "bagian"}) == "biro"


def test_no_organisation_predikat_above_means_no_curve():
	assert unit_distribusi("subbag", INDUK, set()) is None
	assert unit_distribusi(None, INDUK, {"biro"}) is None


def test_a_loop_in_the_unit_tree_ends():
	assert unit_distribusi("a", {"a": "b", "b": "a"}, {"c"}) is None


# The curve while a unit is being assessed -------------------------------------------------------------------------


def kode(organisasi, pegawai, jumlah_pegawai=None) -> set[str]:
	return {p.kode for p in pelanggaran_kuota(sisa_kuota(organisasi, pegawai, jumlah_pegawai))}


def test_first_assessments_of_a_baik_unit_break_nothing_yet():
	"""cek_distribusi on two Baik of ten would complain (70% cap, no Butuh Perbaikan); the unit may still fit."""
	assert cek_distribusi("Baik", [B, B])
	assert kode("Baik", [B, B], 10) == set()


def test_cap_exceeded_for_the_whole_unit_is_reported_at_once():
	# Istimewa: at most 70% Sangat Baik; of 2 employees at most 1.
	assert kode("Istimewa", [SB, SB], 2) == {"istimewa_maks_sangat_baik"}


def test_floor_out_of_reach_is_reported_before_the_unit_is_complete():
	# Baik needs one Butuh Perbaikan/Kurang; 3 of 4 assessed as Baik/Sangat Baik, one left: still possible.
	assert kode("Baik", [B, B, SB], 4) == set()
	# Butuh Perbaikan needs ceil(60% x 5) = 3; with 1 left only 1 more can come.
	assert kode("Butuh Perbaikan", [B, B, B, BP], 5) == {"butuh_perbaikan_min_butuh_perbaikan"}


def test_messages_name_the_rule_and_the_numbers():
	(pelanggaran,) = pelanggaran_kuota(sisa_kuota("Istimewa", [SB, SB], 2))
	assert (
		"70%" in pelanggaran.pesan
		and "2 dari 2" in pelanggaran.pesan
		and "paling banyak 1" in pelanggaran.pesan
	)


PREDIKAT = st.sampled_from(list(Predikat))


@given(st.sampled_from(list(PredikatOrganisasi)), st.lists(PREDIKAT, min_size=1, max_size=25))
def test_complete_unit_reports_exactly_what_cek_distribusi_reports(organisasi, pegawai):
	assert kode(organisasi, pegawai) == {p.kode for p in cek_distribusi(organisasi, pegawai)}


@given(
	st.sampled_from(list(PredikatOrganisasi)),
	st.lists(PREDIKAT, min_size=1, max_size=20),
	st.integers(min_value=0, max_value=10),
)
def test_reported_while_assessing_means_every_completion_breaks_the_curve(organisasi, pegawai, belum):
	"""A cap already exceeded stays exceeded; a floor out of reach stays out of reach (sound, not complete)."""
	dilaporkan = kode(organisasi, pegawai, len(pegawai) + belum)
	for isi in (SB, B, BP, K, SK):
		lengkap = {p.kode for p in cek_distribusi(organisasi, pegawai + [isi] * belum)}
		assert dilaporkan <= lengkap


def test_summary_lists_every_predikat_best_first():
	baris = ringkas_kuota(sisa_kuota("Istimewa", [SB], 4))
	assert [b.predikat for b in baris] == [p.value for p in (SB, B, BP, K, SK)]
	assert (baris[0].jumlah, baris[0].sisa) == (1, 1)  # floor(70% x 4) = 2 Sangat Baik


# The appeal deadline (domain.periode) ---------------------------------------------------------------------------


def test_appeal_within_the_settings_days_after_the_assessment_is_final():
	ditetapkan = date(2026, 1, 5)
	assert batas_keberatan(ditetapkan, 14) == date(2026, 1, 19)
	assert keberatan_tepat_waktu(ditetapkan, date(2026, 1, 19), 14)
	assert not keberatan_tepat_waktu(ditetapkan, date(2026, 1, 20), 14)
	assert keberatan_tepat_waktu(ditetapkan, date(2026, 1, 25), 21)


# A whole assessment from its rows (the controller and the demo call these) ---------------------------

from kinerja_asn.domain.penilaian import (  # noqa: E402
	BarisIKI8,
	hasil_6_2022,
	hasil_8_2021,
	nilai_iki_8_2021,
	ringkas_masukan,
)
from kinerja_asn.domain.rating import Predikat, Rating  # noqa: E402


def test_nilai_iki_8_2021_default_share_and_kept_weight():
	baris = nilai_iki_8_2021(
		[
			BarisIKI8("Utama", 1, 98.0),
			BarisIKI8("Utama", 1, 100.0),
			BarisIKI8("Tambahan", 1, 100.0, bobot=0),  # the assessor's 0 stays
		]
	)
	assert [round(b.bobot, 6) for b in baris] == [50.0, 50.0, 0.0]
	assert baris[0].nilai == 88  # 98% scores 88 (docs/regulasi.md §4.1)
	assert baris[0].nilai_tertimbang == 44.0
	assert baris[2].nilai_tertimbang == 0


def test_hasil_8_2021_year_weights_and_predikat():
	hasil = hasil_8_2021(
		[("Utama", 100.0, 50.0, True), ("Utama", 100.0, 50.0, True), ("Tambahan", 100.0, 10.0, True)],
		[(90.0, []), (90.0, [])],
		tahunan=True,
		dengan_masukan_360=False,
	)
	assert hasil.nilai_kinerja_utama == 100.0
	assert hasil.nilai_kinerja_tambahan == 10.0
	assert hasil.nilai_skp == 110.0
	assert (hasil.bobot_skp, hasil.bobot_perilaku) == (70.0, 30.0)
	assert round(hasil.nilai_akhir, 6) == round(110 * 0.7 + 90 * 0.3, 6)
	assert hasil.predikat == Predikat.BAIK  # 104 lies in the 90-110 band


def test_hasil_8_2021_incomplete_behaviour_gives_no_predikat_and_360_weights():
	hasil = hasil_8_2021(
		[("Utama", 80.0, 100.0, True)], [(80.0, [70.0]), (0.0, [])], tahunan=True, dengan_masukan_360=True
	)
	assert hasil.nilai_perilaku == 0 and hasil.nilai_akhir == 0 and hasil.predikat is None
	assert (hasil.bobot_skp, hasil.bobot_perilaku) == (60.0, 40.0)


def test_hasil_8_2021_periodic_takes_the_measured_items():
	hasil = hasil_8_2021(
		[("Utama", 90.0, 50.0, True), ("Utama", 0.0, 50.0, False)],
		[(80.0, [])],
		tahunan=False,
		dengan_masukan_360=False,
	)
	assert hasil.nilai_skp == 90.0


def test_hasil_6_2022_suggestion_aggregate_and_quadrant():
	hasil = hasil_6_2022(
		[(120.0, True), (115.0, True), (50.0, False)],
		["Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sesuai Ekspektasi"],
		"Di Atas Ekspektasi",
		None,
	)
	assert hasil.capaian_keseluruhan == 117.5
	assert hasil.saran_hasil_kerja == Rating.DI_ATAS
	assert hasil.rating_perilaku == Rating.DI_ATAS
	assert hasil.predikat == Predikat.SANGAT_BAIK


def test_hasil_6_2022_behaviour_waits_for_every_row_unless_the_assessor_sets_it():
	kurang = hasil_6_2022(None, ["Sesuai Ekspektasi", None], "Sesuai Ekspektasi", None)
	assert kurang.rating_perilaku is None and kurang.predikat is None
	assert kurang.saran_perilaku == Rating.SESUAI
	assert kurang.capaian_keseluruhan is None and kurang.saran_hasil_kerja is None
	sendiri = hasil_6_2022(None, ["Sesuai Ekspektasi", None], "Sesuai Ekspektasi", "Di Bawah Ekspektasi")
	assert sendiri.rating_perilaku is None  # the assessor's own stays theirs
	assert sendiri.predikat is not None


def test_ringkas_masukan():
	assert ringkas_masukan(["Sesuai Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi"], []) == (
		3,
		Rating.SESUAI,
		0.0,
	)
	assert ringkas_masukan([], [80.0, 90.0]) == (2, None, 85.0)
