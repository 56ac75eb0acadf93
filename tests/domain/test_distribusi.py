import pytest

from kinerja_asn.domain.distribusi import (
	DEFAULT_ATURAN_DISTRIBUSI,
	AturanDistribusi,
	PredikatOrganisasi,
	aturan_untuk,
	cek_distribusi,
	sisa_kuota,
)
from kinerja_asn.domain.rating import Predikat

SB = Predikat.SANGAT_BAIK
B = Predikat.BAIK
BP = Predikat.BUTUH_PERBAIKAN
K = Predikat.KURANG_MISCONDUCT
SK = Predikat.SANGAT_KURANG


def unit(**jumlah: int) -> dict[Predikat, int]:
	nama = {"sb": SB, "b": B, "bp": BP, "k": K, "sk": SK}
	return {nama[k]: v for k, v in jumlah.items()}


def kode_pelanggaran(organisasi, pegawai) -> set[str]:
	return {p.kode for p in cek_distribusi(organisasi, pegawai)}


# (org predikat, rule kode, unit that breaks only that rule, unit that fits the rule), docs/regulasi.md §4.3.
KASUS = [
	("Istimewa", "istimewa_maks_sangat_baik", unit(sb=8, b=2), unit(sb=7, b=3)),
	("Baik", "baik_maks_baik", unit(b=8, sb=1, bp=1), unit(b=7, sb=2, bp=1)),
	("Baik", "baik_min_butuh_perbaikan_kurang", unit(b=7, sb=3), unit(b=7, sb=2, k=1)),
	("Butuh Perbaikan", "butuh_perbaikan_min_butuh_perbaikan", unit(bp=5, b=5), unit(bp=6, b=4)),
	("Butuh Perbaikan", "butuh_perbaikan_maks_sangat_baik", unit(bp=6, sb=2, b=2), unit(bp=6, sb=1, b=3)),
	("Kurang", "kurang_min_kurang", unit(k=5, bp=2, b=3), unit(k=6, bp=1, b=3)),
	("Kurang", "kurang_min_butuh_perbaikan", unit(k=7, b=3), unit(k=7, bp=1, b=2)),
	("Kurang", "kurang_maks_sangat_baik", unit(k=6, bp=1, sb=2, b=1), unit(k=6, bp=1, sb=1, b=2)),
	("Sangat Kurang", "sangat_kurang_min_sangat_kurang", unit(sk=5, k=2, b=3), unit(sk=6, k=1, b=3)),
	("Sangat Kurang", "sangat_kurang_min_kurang_butuh_perbaikan", unit(sk=7, b=3), unit(sk=7, bp=1, b=2)),
	("Sangat Kurang", "sangat_kurang_maks_sangat_baik", unit(sk=6, k=1, sb=1, b=2), unit(sk=6, k=1, b=3)),
]


@pytest.mark.parametrize("organisasi, kode, langgar, patuh", KASUS, ids=[k[1] for k in KASUS])
def test_each_distribution_rule_violated_and_satisfied(organisasi, kode, langgar, patuh):
	assert kode_pelanggaran(organisasi, langgar) == {kode}
	assert kode_pelanggaran(organisasi, patuh) == set()


def test_every_default_rule_has_a_case():
	assert {a.kode for a in DEFAULT_ATURAN_DISTRIBUSI} == {k[1] for k in KASUS}


def test_violation_reports_rule_count_and_limit():
	(p,) = cek_distribusi(PredikatOrganisasi.ISTIMEWA, [SB] * 8 + [B] * 2)
	assert (p.kode, p.jenis, p.jumlah, p.batas, p.jumlah_pegawai) == (
		"istimewa_maks_sangat_baik",
		"maks",
		8,
		7,
		10,
	)
	assert p.predikat == (SB,)
	assert p.aturan == "Paling banyak 70% Sangat Baik"
	assert "8 dari 10" in p.pesan and "paling banyak 7" in p.pesan


@pytest.mark.parametrize(
	"organisasi, pegawai, kode",
	[
		# 70% of 9 = 6.3: at most floor -> 6 Sangat Baik allowed, 7 breaks the rule.
		pytest.param("Istimewa", unit(sb=6, b=3), set(), id="at_most_70_percent_of_9_allows_6"),
		pytest.param(
			"Istimewa", unit(sb=7, b=2), {"istimewa_maks_sangat_baik"}, id="at_most_70_percent_of_9_refuses_7"
		),
		# 60% of 9 = 5.4: at least ceil -> 6 needed.
		pytest.param(
			"Butuh Perbaikan",
			unit(bp=5, b=4),
			{"butuh_perbaikan_min_butuh_perbaikan"},
			id="at_least_60_percent_of_9_needs_6",
		),
		pytest.param("Butuh Perbaikan", unit(bp=6, b=3), set(), id="at_least_60_percent_of_9_met_by_6"),
		# 10% of 5 = 0.5: no Sangat Baik allowed, at least one Butuh Perbaikan needed.
		pytest.param(
			"Kurang",
			unit(k=3, sb=1, b=1),
			{"kurang_maks_sangat_baik", "kurang_min_butuh_perbaikan"},
			id="ten_percent_of_5_floor_0_ceil_1",
		),
	],
)
def test_percent_limits_floor_maximum_and_ceil_minimum(organisasi, pegawai, kode):
	assert kode_pelanggaran(organisasi, pegawai) == kode


def test_list_of_predikat_text_is_counted_like_a_mapping():
	daftar = ["Baik"] * 7 + ["Sangat Baik"] * 2 + ["Kurang"]
	assert cek_distribusi("Baik", daftar) == []
	assert cek_distribusi("baik", unit(b=7, sb=2, k=1)) == []


def test_empty_unit_breaks_no_rule():
	for organisasi in PredikatOrganisasi:
		assert cek_distribusi(organisasi, []) == []


def test_absolute_minimum_never_exceeds_unit_size():
	aturan = AturanDistribusi("min_dua", "Baik", frozenset({BP}), "min", jumlah=2)
	assert aturan.batas(1) == 1
	assert aturan.batas(5) == 2


def test_custom_rules_replace_the_defaults():
	aturan = [
		AturanDistribusi(
			"maks_sb_50", "Istimewa", frozenset({"Sangat Baik"}), "maks", persen=50, teks="Paling banyak 50%"
		),
	]
	assert kode_pelanggaran_kustom("Istimewa", unit(sb=6, b=4), aturan) == {"maks_sb_50"}
	assert kode_pelanggaran_kustom("Istimewa", unit(sb=5, b=5), aturan) == set()
	assert kode_pelanggaran_kustom("Baik", unit(b=10), aturan) == set()


def kode_pelanggaran_kustom(organisasi, pegawai, aturan) -> set[str]:
	return {p.kode for p in cek_distribusi(organisasi, pegawai, aturan)}


@pytest.mark.parametrize(
	"kwargs, pesan",
	[
		(dict(jenis="paling"), "Jenis aturan"),
		(dict(persen=None, jumlah=None), "tepat salah satu"),
		(dict(persen=10, jumlah=1), "tepat salah satu"),
		(dict(persen=120), "antara 0 dan 100"),
		(dict(persen=None, jumlah=-1), "negatif"),
		(dict(predikat=frozenset()), "kosong"),
		(dict(predikat=frozenset({"Luar Biasa"})), "Predikat tidak dikenal"),
		(dict(predikat_organisasi="Hebat"), "Predikat organisasi tidak dikenal"),
	],
)
def test_bad_rule_is_refused(kwargs, pesan):
	data = dict(kode="x", predikat_organisasi="Baik", predikat=frozenset({B}), jenis="maks", persen=70)
	data.update(kwargs)
	with pytest.raises(ValueError, match=pesan):
		AturanDistribusi(**data)


def test_unknown_organisation_predikat_raises():
	with pytest.raises(ValueError, match="Predikat organisasi tidak dikenal"):
		cek_distribusi("Luar Biasa", [B])


def test_rules_of_one_organisation_predikat():
	assert [a.kode for a in aturan_untuk("Kurang")] == [
		"kurang_min_kurang",
		"kurang_min_butuh_perbaikan",
		"kurang_maks_sangat_baik",
	]


def test_remaining_quota_while_unit_is_partly_assessed():
	sisa = sisa_kuota("Kurang", [K, K, K], jumlah_pegawai=10)
	assert (sisa.jumlah_pegawai, sisa.sudah_dinilai, sisa.belum_dinilai) == (10, 3, 7)
	per_aturan = {k.kode: k for k in sisa.per_aturan}
	assert per_aturan["kurang_min_kurang"].batas == 6
	assert per_aturan["kurang_min_kurang"].kekurangan == 3
	assert per_aturan["kurang_min_butuh_perbaikan"].kekurangan == 1
	assert per_aturan["kurang_maks_sangat_baik"].tambahan_maks == 1
	p = sisa.per_predikat
	assert (p[SB].maks_tambahan, p[SB].min_dibutuhkan) == (1, 0)
	assert p[B].maks_tambahan == 3  # 7 left, 3 more Kurang and 1 Butuh Perbaikan still needed
	assert (p[BP].maks_tambahan, p[BP].min_dibutuhkan) == (4, 1)
	assert (p[K].maks_tambahan, p[K].min_dibutuhkan, p[K].jumlah) == (6, 3, 3)


def test_remaining_quota_of_fully_assessed_unit_over_the_cap():
	sisa = sisa_kuota(PredikatOrganisasi.ISTIMEWA, unit(sb=8, b=2))
	(aturan,) = sisa.per_aturan
	assert (aturan.batas, aturan.jumlah, aturan.tambahan_maks, aturan.terpenuhi) == (7, 8, 0, False)
	assert all(k.maks_tambahan == 0 for k in sisa.per_predikat.values())


def test_floor_on_two_predikat_reserves_slots_only_from_other_predikat():
	sisa = sisa_kuota("Baik", unit(b=3), jumlah_pegawai=10)
	per_aturan = {k.kode: k for k in sisa.per_aturan}
	assert per_aturan["baik_maks_baik"].tambahan_maks == 4
	assert per_aturan["baik_min_butuh_perbaikan_kurang"].kekurangan == 1
	assert sisa.per_predikat[B].maks_tambahan == 4
	assert sisa.per_predikat[SB].maks_tambahan == 6  # 7 left minus the one Butuh Perbaikan/Kurang needed
	assert sisa.per_predikat[BP].maks_tambahan == 7
	assert sisa.per_predikat[BP].min_dibutuhkan == 0  # the floor is shared with Kurang, reported per rule


def test_remaining_quota_refuses_unit_smaller_than_assessed():
	with pytest.raises(ValueError, match="lebih kecil"):
		sisa_kuota("Baik", [B, B, B], jumlah_pegawai=2)
