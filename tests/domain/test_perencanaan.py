import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.perencanaan import (
	TINGKAT_SASARAN,
	BarisPK,
	IndukIndikator,
	TargetIndikator,
	TargetTahunan,
	baris_pk_baru,
	cari_siklus_induk,
	tahun_selesai_renstra,
	tahun_tumpang_tindih,
	target_tahun,
	tingkat_berikutnya,
	validasi_indikator_induk,
	validasi_perjanjian_kinerja,
	validasi_tahun_renstra,
	validasi_target,
	validasi_target_tahunan,
	validasi_tingkat_sasaran,
)

# Renstra years


@pytest.mark.parametrize(
	"mulai, selesai, pesan",
	[
		pytest.param(2025, 2029, None, id="five_years_is_valid"),
		pytest.param(2025, 2028, "2025 sampai 2029", id="four_years_is_rejected"),
		pytest.param(2025, 2030, "2025 sampai 2029", id="six_years_is_rejected"),
		pytest.param(2029, 2025, "2029 sampai 2033", id="end_before_start_is_rejected"),
		pytest.param(2025, None, "wajib diisi", id="missing_end_is_rejected"),
		pytest.param(None, 2029, "wajib diisi", id="missing_start_is_rejected"),
		pytest.param(25, 29, "Tahun 25 tidak sah", id="two_digit_year_is_rejected"),
	],
)
def test_renstra_spans_five_years(mulai, selesai, pesan):
	masalah = validasi_tahun_renstra(mulai, selesai)
	if pesan is None:
		assert masalah == []
	else:
		assert any(pesan in m for m in masalah), masalah


def test_renstra_length_is_a_parameter():
	assert validasi_tahun_renstra(2025, 2027, lama=3) == []
	assert tahun_selesai_renstra(2025) == 2029
	assert tahun_selesai_renstra(2025, 3) == 2027


@pytest.mark.parametrize(
	"a, b, hasil",
	[
		((2020, 2024), (2025, 2029), False),
		((2020, 2024), (2024, 2028), True),
		((2025, 2029), (2026, 2027), True),
		((2025, 2029), (2020, 2024), False),
		((2025, 2025), (2025, 2025), True),
	],
)
def test_year_ranges_overlap_when_sharing_a_year(a, b, hasil):
	assert tahun_tumpang_tindih(*a, *b) is hasil
	assert tahun_tumpang_tindih(*b, *a) is hasil


# The sasaran tree


def test_levels_follow_the_planning_chain():
	assert TINGKAT_SASARAN == ("Tujuan", "Sasaran Strategis", "Sasaran Program", "Sasaran Kegiatan")
	assert tingkat_berikutnya(None) == "Tujuan"
	assert tingkat_berikutnya("Tujuan") == "Sasaran Strategis"
	assert tingkat_berikutnya("Sasaran Program") == "Sasaran Kegiatan"
	assert tingkat_berikutnya("Sasaran Kegiatan") is None
	assert tingkat_berikutnya("Visi") is None


@pytest.mark.parametrize(
	"tingkat, induk",
	[
		pytest.param("Tujuan", None, id="tujuan_is_a_root"),
		pytest.param("Sasaran Strategis", "Tujuan", id="sasaran_strategis_under_tujuan"),
		pytest.param("Sasaran Program", "Sasaran Strategis", id="program_under_strategis"),
		pytest.param("Sasaran Kegiatan", "Sasaran Program", id="kegiatan_under_program"),
	],
)
def test_child_exactly_one_level_below_parent_is_valid(tingkat, induk):
	assert validasi_tingkat_sasaran(tingkat, induk) == []


@pytest.mark.parametrize(
	"tingkat, induk, pesan",
	[
		pytest.param("Sasaran Program", "Tujuan", "harus bertingkat Sasaran Strategis", id="level_skip"),
		pytest.param("Sasaran Kegiatan", "Tujuan", "harus bertingkat Sasaran Strategis", id="two_level_skip"),
		pytest.param("Tujuan", "Tujuan", "harus bertingkat Sasaran Strategis", id="same_level"),
		pytest.param("Tujuan", "Sasaran Program", "bukan Tujuan", id="upside_down"),
		pytest.param("Sasaran Kegiatan", "Sasaran Kegiatan", "tingkat terbawah", id="below_the_lowest"),
		pytest.param("Sasaran Strategis", None, "hanya Tujuan yang boleh tanpa induk", id="root_not_tujuan"),
		pytest.param("Visi", None, "tidak dikenal", id="unknown_level"),
		pytest.param("Tujuan", "Visi", "induk tidak dikenal", id="unknown_parent_level"),
	],
)
def test_level_out_of_order_is_rejected(tingkat, induk, pesan):
	masalah = validasi_tingkat_sasaran(tingkat, induk)
	assert any(pesan in m for m in masalah), masalah


def test_changing_a_level_must_keep_children_one_below():
	assert validasi_tingkat_sasaran("Tujuan", None, ["Sasaran Strategis"]) == []
	masalah = validasi_tingkat_sasaran("Sasaran Program", "Sasaran Strategis", ["Sasaran Program"])
	assert any("harus bertingkat Sasaran Kegiatan" in m for m in masalah)
	masalah = validasi_tingkat_sasaran("Sasaran Kegiatan", "Sasaran Program", ["Sasaran Kegiatan"])
	assert any("tidak dapat memiliki sasaran turunan" in m for m in masalah)


@given(st.lists(st.sampled_from(TINGKAT_SASARAN), min_size=1, max_size=6))
def test_a_valid_chain_descends_one_level_per_step(rantai):
	"""Property: a root-to-leaf path is valid exactly when it is a prefix of the level order."""
	valid = all(not validasi_tingkat_sasaran(t, rantai[i - 1] if i else None) for i, t in enumerate(rantai))
	assert valid == (tuple(rantai) == TINGKAT_SASARAN[: len(rantai)])


# Targets


@pytest.mark.parametrize(
	"target, target_maks, pesan",
	[
		pytest.param(80, None, None, id="single_number"),
		pytest.param(80, 90, None, id="range"),
		pytest.param(80, 80, None, id="degenerate_range"),
		pytest.param(0, None, None, id="zero_target_is_a_number"),
		pytest.param(
			90, 80, "Batas atas target (80) tidak boleh lebih kecil dari target (90)", id="range_upside_down"
		),
		pytest.param(None, None, "Target wajib diisi", id="missing_target"),
	],
)
def test_target_is_a_number_or_an_ordered_range(target, target_maks, pesan):
	masalah = validasi_target(target, target_maks)
	assert masalah == ([] if pesan is None else [pesan])


def test_yearly_targets_inside_renstra_are_valid():
	targets = [TargetTahunan(2025, 80), TargetTahunan(2026, 82, 85), TargetTahunan(2029, 90)]
	assert validasi_target_tahunan(targets, 2025, 2029) == []


@pytest.mark.parametrize(
	"targets, pesan",
	[
		pytest.param([TargetTahunan(2030, 1)], "2030 berada di luar tahun Renstra (2025-2029)", id="after"),
		pytest.param([TargetTahunan(2024, 1)], "2024 berada di luar tahun Renstra", id="before"),
		pytest.param(
			[TargetTahunan(2026, 1), TargetTahunan(2026, 2)],
			"Target tahun 2026 diisi lebih dari sekali",
			id="dup",
		),
		pytest.param([TargetTahunan(2026, 10, 5)], "Tahun 2026: Batas atas target", id="range_upside_down"),
		pytest.param([TargetTahunan(0, 10)], "Tahun target wajib diisi", id="no_year"),
	],
)
def test_bad_yearly_targets_are_rejected(targets, pesan):
	masalah = validasi_target_tahunan(targets, 2025, 2029)
	assert any(pesan in m for m in masalah), masalah


def test_duplicate_year_is_reported_once():
	targets = [TargetTahunan(2026, 1), TargetTahunan(2026, 2), TargetTahunan(2026, 3)]
	assert validasi_target_tahunan(targets) == ["Target tahun 2026 diisi lebih dari sekali"]


def test_target_of_a_year():
	targets = [TargetTahunan(2025, 80), TargetTahunan(2026, 82, 85)]
	assert target_tahun(targets, 2025) == (80, None)
	assert target_tahun(targets, 2026) == (82, 85)
	assert target_tahun(targets, 2027) is None


# The indicator cascade


def test_cycle_finder_follows_stored_parents():
	induk_dari = {"B": "A", "C": "B", "A": None}
	assert cari_siklus_induk("A", "C", induk_dari) == ("A", "C", "B")
	assert cari_siklus_induk("D", "C", induk_dari) is None
	assert cari_siklus_induk("A", None, induk_dari) is None
	assert cari_siklus_induk("A", "A", induk_dari) == ("A",)


def test_cycle_finder_ignores_a_loop_elsewhere_and_accepts_a_loader():
	induk_dari = {"X": "Y", "Y": "X"}
	assert cari_siklus_induk("A", "X", induk_dari) is None
	dimuat = []

	def muat(nama):
		dimuat.append(nama)
		return {"B": "A"}.get(nama)

	assert cari_siklus_induk("A", "B", muat) == ("A", "B")
	assert dimuat == ["B"]


IKU_2025 = IndukIndikator("IKU-1", "IKU", 2025, 2029)


@pytest.mark.parametrize(
	"nama, tahun, induk, induk_dari, pesan",
	[
		pytest.param("IKK-1", (2025, 2029), IKU_2025, {}, None, id="ikk_from_iku"),
		pytest.param("IKU-2", (2027, 2031), IKU_2025, {}, None, id="overlapping_renstra"),
		pytest.param("IKK-1", (2025, 2029), None, {}, None, id="no_parent"),
		pytest.param(
			"IKK-2", (2025, 2029), IndukIndikator("IKK-1", "IKK", 2025, 2029), {}, "harus IKU", id="from_ikk"
		),
		pytest.param("IKU-1", (2025, 2029), IKU_2025, {}, "dirinya sendiri", id="self_parent"),
		pytest.param("IKU-2", (2030, 2034), IKU_2025, {}, "tidak beririsan", id="disjoint_renstra"),
		pytest.param(
			"IKU-1",
			(2025, 2029),
			IndukIndikator("IKU-3", "IKU", 2025, 2029),
			{"IKU-3": "IKU-2", "IKU-2": "IKU-1"},
			"siklus: IKU-1 -> IKU-3 -> IKU-2 -> IKU-1",
			id="cycle",
		),
	],
)
def test_indicator_cascades_from_an_iku_above(nama, tahun, induk, induk_dari, pesan):
	masalah = validasi_indikator_induk(nama, *tahun, induk, induk_dari)
	if pesan is None:
		assert masalah == []
	else:
		assert any(pesan in m for m in masalah), masalah


# Perjanjian Kinerja


def test_valid_perjanjian_kinerja():
	baris = [BarisPK("IKU-1", 80, 90), BarisPK("IKK-1", 5)]
	assert (
		validasi_perjanjian_kinerja(
			jenis_periode="Tahunan", pihak_pertama="E1", pihak_kedua="E2", baris=baris
		)
		== []
	)


@pytest.mark.parametrize(
	"kwargs, pesan",
	[
		pytest.param(dict(jenis_periode="Triwulan"), "periode tahunan", id="not_yearly"),
		pytest.param(dict(pihak_kedua="E1"), "tidak boleh pegawai yang sama", id="same_person"),
		pytest.param(
			dict(baris=[BarisPK("IKU-1", 1), BarisPK("IKU-1", 2)]), "Baris 2: indikator IKU-1", id="dup_row"
		),
		pytest.param(dict(baris=[BarisPK("IKU-1", 9, 3)]), "Baris 1: Batas atas", id="range_upside_down"),
		pytest.param(dict(baris=[BarisPK("IKU-1", None)]), "Baris 1: Target wajib diisi", id="no_target"),
	],
)
def test_bad_perjanjian_kinerja_is_rejected(kwargs, pesan):
	args = dict(jenis_periode="Tahunan", pihak_pertama="E1", pihak_kedua="E2", baris=[]) | kwargs
	masalah = validasi_perjanjian_kinerja(**args)
	assert any(pesan in m for m in masalah), masalah


def test_filling_from_targets_keeps_rows_and_adds_each_indicator_once():
	tersedia = [
		TargetIndikator("IKU-1", "SS-1", 80),
		TargetIndikator("IKU-2", "SS-1", 70, 75),
		TargetIndikator("IKU-2", "SS-1", 70, 75),
		TargetIndikator("IKK-1", "SK-1", 5),
	]
	baru = baris_pk_baru(["IKU-1", "MANUAL-1"], tersedia)
	assert [t.indikator for t in baru] == ["IKU-2", "IKK-1"]
	assert baris_pk_baru(["IKU-1", "IKU-2", "IKK-1"], tersedia) == []
