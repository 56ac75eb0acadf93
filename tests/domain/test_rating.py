import pytest

from kinerja_asn.domain.rating import (
	DEFAULT_MATRIKS,
	DEFAULT_PITA_NILAI,
	PitaNilai,
	Predikat,
	Rating,
	agregasi_rating_perilaku,
	nilai_akhir_8_2021,
	nilai_skp_8_2021,
	nilai_skp_periodik,
	normalisasi_matriks,
	predikat_dari_nilai,
	predikat_kinerja,
)

A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH

# PermenPAN-RB 6/2022 quadrant, docs/regulasi.md §4.2: (hasil kerja, perilaku kerja) -> predikat.
KUADRAN = [
	(A, B, Predikat.KURANG_MISCONDUCT),
	(A, S, Predikat.BAIK),
	(A, A, Predikat.SANGAT_BAIK),
	(S, B, Predikat.KURANG_MISCONDUCT),
	(S, S, Predikat.BAIK),
	(S, A, Predikat.BAIK),
	(B, B, Predikat.SANGAT_KURANG),
	(B, S, Predikat.BUTUH_PERBAIKAN),
	(B, A, Predikat.BUTUH_PERBAIKAN),
]


@pytest.mark.parametrize("hasil, perilaku, predikat", KUADRAN, ids=lambda x: getattr(x, "name", x))
def test_quadrant_cell_gives_the_regulation_predikat(hasil, perilaku, predikat):
	assert predikat_kinerja(hasil, perilaku) is predikat


@pytest.mark.parametrize("hasil, perilaku, predikat", KUADRAN, ids=lambda x: getattr(x, "name", x))
def test_quadrant_accepts_the_rating_text(hasil, perilaku, predikat):
	assert predikat_kinerja(hasil.value, perilaku.value) is predikat


def test_quadrant_accepts_short_and_case_insensitive_text():
	assert predikat_kinerja("di atas", "DI_ATAS") is Predikat.SANGAT_BAIK
	assert predikat_kinerja("  Di  Bawah Ekspektasi ", "sesuai") is Predikat.BUTUH_PERBAIKAN


def test_default_matrix_has_the_nine_cells():
	assert len(DEFAULT_MATRIKS) == 9
	assert {k for k in DEFAULT_MATRIKS} == {(h, p) for h in Rating for p in Rating}


@pytest.mark.parametrize("teks", ["Luar Biasa", "", "Di Atas Harapan"])
def test_unknown_rating_text_raises_indonesian_error(teks):
	with pytest.raises(ValueError, match="Rating tidak dikenal"):
		predikat_kinerja(teks, S)


def test_custom_matrix_with_text_keys_overrides_a_cell():
	matriks = {(h.value, p.value): v.value for (h, p), v in DEFAULT_MATRIKS.items()}
	matriks[("Sesuai Ekspektasi", "Di Atas Ekspektasi")] = "Sangat Baik"
	assert predikat_kinerja(S, A, matriks) is Predikat.SANGAT_BAIK
	assert predikat_kinerja(S, S, matriks) is Predikat.BAIK


def test_incomplete_custom_matrix_is_refused():
	matriks = dict(DEFAULT_MATRIKS)
	del matriks[(B, B)]
	with pytest.raises(ValueError, match="belum lengkap"):
		predikat_kinerja(A, A, matriks)


def test_duplicate_cell_in_custom_matrix_is_refused():
	matriks = {(h.value, p.value): v for (h, p), v in DEFAULT_MATRIKS.items()}
	matriks[("di atas", "DI_ATAS")] = Predikat.BAIK
	with pytest.raises(ValueError, match="ganda"):
		normalisasi_matriks(matriks)


def test_unknown_predikat_in_custom_matrix_is_refused():
	matriks = dict(DEFAULT_MATRIKS)
	matriks[(A, A)] = "Istimewa"
	with pytest.raises(ValueError, match="Predikat tidak dikenal"):
		normalisasi_matriks(matriks)


@pytest.mark.parametrize("kode, rating", [(1, A), (2, S), (3, B), ("1", A), (" 3 ", B)])
def test_siasn_code_maps_to_rating(kode, rating):
	assert Rating.dari_kode_siasn(kode) is rating
	assert rating.kode_siasn == int(str(kode).strip())


@pytest.mark.parametrize("kode", [0, 4, "x", None])
def test_unknown_siasn_code_raises(kode):
	with pytest.raises(ValueError, match="Kode rating SIASN"):
		Rating.dari_kode_siasn(kode)


def test_predikat_order_is_by_rank_not_by_text():
	urut = [
		Predikat.SANGAT_KURANG,
		Predikat.KURANG_MISCONDUCT,
		Predikat.BUTUH_PERBAIKAN,
		Predikat.BAIK,
		Predikat.SANGAT_BAIK,
	]
	assert sorted(reversed(urut)) == urut
	assert [p.rank for p in urut] == [1, 2, 3, 4, 5]
	# By text "Sangat Kurang" > "Baik"; by rank it is the lowest.
	assert Predikat.SANGAT_KURANG < Predikat.BAIK
	assert Predikat.BAIK > Predikat.BUTUH_PERBAIKAN
	assert Predikat.SANGAT_BAIK >= Predikat.SANGAT_BAIK
	assert Predikat.KURANG_MISCONDUCT <= Predikat.BUTUH_PERBAIKAN
	assert max(urut) is Predikat.SANGAT_BAIK


def test_predikat_compares_with_its_text_by_rank():
	assert Predikat.SANGAT_KURANG < "Baik"
	assert Predikat.BAIK > "Kurang/Misconduct"
	with pytest.raises(ValueError):
		_ = Predikat.BAIK < "Luar Biasa"


def test_predikat_equals_its_text_and_is_found_by_it_in_a_mapping():
	assert Predikat.BAIK == "Baik"
	assert {Predikat.SANGAT_BAIK: 150}["Sangat Baik"] == 150


@pytest.mark.parametrize(
	"teks, predikat",
	[
		("Kurang", Predikat.KURANG_MISCONDUCT),
		("misconduct", Predikat.KURANG_MISCONDUCT),
		("Cukup", Predikat.BUTUH_PERBAIKAN),
		("sangat baik", Predikat.SANGAT_BAIK),
		("BUTUH_PERBAIKAN", Predikat.BUTUH_PERBAIKAN),
	],
)
def test_predikat_text_aliases(teks, predikat):
	assert Predikat.parse(teks) is predikat


@pytest.mark.parametrize(
	"ratings, aturan, hasil",
	[
		([A, A, S, B, A, S, A], "mayoritas", A),
		([A, S, S, B, B, B, B], "mayoritas", B),
		([A, A, S, S, B, A, S], "mayoritas", S),  # tie A/S -> Sesuai
		([A, A, A, B, B, B, S], "mayoritas", S),  # tie A/B -> Sesuai
		([A, A, A, A, A, A, B], "terendah", B),
		([A, S, A, A, A, A, A], "terendah", S),
		([A, A, A, A, S, S, S], "rata_rata", A),  # mean 2.57
		([A, S], "rata_rata", S),  # mean 2.5 rounds toward Sesuai
		([B, S], "rata_rata", S),  # mean 1.5 rounds toward Sesuai
		([B, B, B, S], "rata_rata", B),  # mean 1.25
		(["Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sesuai Ekspektasi"], "mayoritas", A),
	],
)
def test_behaviour_aggregation_rule(ratings, aturan, hasil):
	assert agregasi_rating_perilaku(ratings, aturan) is hasil


def test_behaviour_aggregation_needs_ratings_and_a_known_rule():
	with pytest.raises(ValueError, match="Tidak ada rating"):
		agregasi_rating_perilaku([])
	with pytest.raises(ValueError, match="Aturan agregasi"):
		agregasi_rating_perilaku([A], "median")


@pytest.mark.parametrize(
	"skp, perilaku, bobot, hasil",
	[
		(102.8, 90, (70, 30), 98.96),
		(100, 80, (60, 40), 92.0),
		(100, 80, (0.7, 0.3), 94.0),
	],
)
def test_final_value_8_2021_weights_skp_and_behaviour(skp, perilaku, bobot, hasil):
	assert nilai_akhir_8_2021(skp, perilaku, *bobot) == pytest.approx(hasil)


def test_final_value_8_2021_refuses_bad_weights():
	with pytest.raises(ValueError, match="bobot"):
		nilai_akhir_8_2021(100, 100, 0, 0)
	with pytest.raises(ValueError, match="negatif"):
		nilai_akhir_8_2021(100, 100, -70, 30)


@pytest.mark.parametrize(
	"nilai, predikat",
	[
		(120, Predikat.SANGAT_BAIK),
		(110, Predikat.SANGAT_BAIK),
		(109.99, Predikat.BAIK),
		(90, Predikat.BAIK),
		(89.99, Predikat.BUTUH_PERBAIKAN),
		(70, Predikat.BUTUH_PERBAIKAN),
		(69.99, Predikat.KURANG_MISCONDUCT),
		(50, Predikat.KURANG_MISCONDUCT),
		(49.99, Predikat.SANGAT_KURANG),
		(0, Predikat.SANGAT_KURANG),
	],
)
def test_band_of_nilai_8_2021_lower_bound_inclusive(nilai, predikat):
	assert predikat_dari_nilai(nilai) is predikat


def test_band_of_nilai_below_lowest_band_raises():
	with pytest.raises(ValueError, match="di bawah pita"):
		predikat_dari_nilai(-1)


def test_custom_bands_of_nilai_in_any_order_and_as_text():
	pita = [(0, "Sangat Kurang"), (100, "Sangat Baik"), (60, "Butuh Perbaikan"), (80, "Baik")]
	assert predikat_dari_nilai(105, pita) is Predikat.SANGAT_BAIK
	assert predikat_dari_nilai(95, pita) is Predikat.BAIK
	assert predikat_dari_nilai(59, pita) is Predikat.SANGAT_KURANG
	assert predikat_dari_nilai(95, [PitaNilai(90, Predikat.BAIK), PitaNilai(0, "Cukup")]) is Predikat.BAIK


def test_default_bands_are_exposed_for_the_settings():
	assert [(b.batas_bawah, b.predikat) for b in DEFAULT_PITA_NILAI] == [
		(110, Predikat.SANGAT_BAIK),
		(90, Predikat.BAIK),
		(70, Predikat.BUTUH_PERBAIKAN),
		(50, Predikat.KURANG_MISCONDUCT),
		(0, Predikat.SANGAT_KURANG),
	]


def test_nilai_skp_8_2021_adds_weighted_utama_and_tambahan():
	# Inputs built to reach the 102.8 of the example of docs/regulasi.md §4.1: utama 44 + 56.4, tambahan 2.4.
	assert nilai_skp_8_2021([(110, 40), (94, 60)], [(120, 2)]) == pytest.approx(102.8)
	assert nilai_skp_8_2021([(88, 100)]) == pytest.approx(88)


def test_nilai_skp_8_2021_needs_utama_and_refuses_negative():
	with pytest.raises(ValueError, match="kinerja utama"):
		nilai_skp_8_2021([], [(120, 2)])
	with pytest.raises(ValueError, match="negatif"):
		nilai_skp_8_2021([(100, -10)])


@pytest.mark.parametrize(
	"rencana_aksi, terukur, nilai",
	[
		pytest.param([100, 80], [90, 110, 100], 95.0, id="half_of_both_averages"),
		pytest.param([100, 80], [], 90.0, id="no_measurable_item_uses_rencana_aksi"),
		pytest.param([], [88], 88.0, id="no_rencana_aksi_uses_measurable_items"),
	],
)
def test_periodic_skp_value_8_2021(rencana_aksi, terukur, nilai):
	assert nilai_skp_periodik(rencana_aksi, terukur) == pytest.approx(nilai)


def test_periodic_skp_value_needs_some_score():
	with pytest.raises(ValueError, match="Tidak ada nilai"):
		nilai_skp_periodik([], [])
