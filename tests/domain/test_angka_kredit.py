from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.angka_kredit import (
	DEFAULT_JENJANG,
	DEFAULT_PERSENTASE_AK,
	EntriAngkaKredit,
	akumulasi_angka_kredit,
	angka_kredit_konversi,
	cari_jenjang,
	entri_konversi,
	golongan_dari_urutan,
	kelayakan_kenaikan,
	komposisi_dupak,
	urutan_golongan,
)
from kinerja_asn.domain.periode import bulan_tumpang_tindih, jumlah_bulan
from kinerja_asn.domain.rating import Predikat

D = date


def test_example_ahli_pertama_sangat_baik_12_months_is_18_75():
	assert angka_kredit_konversi(12.5, Predikat.SANGAT_BAIK, 12) == 18.75


def test_example_ahli_pertama_baik_2_months_is_2_083_unrounded():
	ak = angka_kredit_konversi(12.5, "Baik", 2)
	assert ak == pytest.approx(2.083333333)
	assert round(ak, 3) == 2.083 and round(ak, 2) == 2.08


def test_example_both_periods_together_is_20_83():
	total = angka_kredit_konversi(12.5, "Sangat Baik", 12) + angka_kredit_konversi(12.5, "Baik", 2)
	assert round(total, 2) == 20.83


@pytest.mark.parametrize(
	"predikat, persen",
	[
		(Predikat.SANGAT_BAIK, 150),
		(Predikat.BAIK, 100),
		(Predikat.BUTUH_PERBAIKAN, 75),
		(Predikat.KURANG_MISCONDUCT, 50),
		(Predikat.SANGAT_KURANG, 25),
	],
)
def test_conversion_percentage_by_predikat(predikat, persen):
	assert DEFAULT_PERSENTASE_AK[predikat] == persen
	assert angka_kredit_konversi(10, predikat, 12) == pytest.approx(persen / 10)


def test_percentages_are_a_parameter():
	persen = {"Sangat Baik": 140, "Baik": 100, "Butuh Perbaikan": 75, "Kurang": 50, "Sangat Kurang": 25}
	assert angka_kredit_konversi(12.5, "Sangat Baik", 12, persen) == pytest.approx(17.5)
	with pytest.raises(ValueError, match="belum diatur"):
		angka_kredit_konversi(12.5, "Baik", 12, {"Sangat Baik": 150})


@pytest.mark.parametrize(
	"koefisien, bulan, pesan",
	[(-1, 12, "Koefisien"), (12.5, 13, "antara 0 dan 12"), (12.5, -1, "antara 0 dan 12")],
)
def test_conversion_refuses_bad_input(koefisien, bulan, pesan):
	with pytest.raises(ValueError, match=pesan):
		angka_kredit_konversi(koefisien, "Baik", bulan)


# (jenjang, golongan, koefisien, AK next pangkat, AK next jenjang), PermenPAN-RB 1/2023 [C].
JENJANG = [
	("Pemula", "II/a", "II/a", 3.75, 15, 15),
	("Terampil", "II/b", "II/d", 5, 20, 60),
	("Mahir", "III/a", "III/b", 12.5, 50, 100),
	("Penyelia", "III/c", "III/d", 25, 100, None),
	("Ahli Pertama", "III/a", "III/b", 12.5, 50, 100),
	("Ahli Muda", "III/c", "III/d", 25, 100, 200),
	("Ahli Madya", "IV/a", "IV/c", 37.5, 150, 450),
	("Ahli Utama", "IV/d", "IV/e", 50, 200, None),
]


@pytest.mark.parametrize("nama, gol_min, gol_maks, koefisien, ak_pangkat, ak_jenjang", JENJANG)
def test_default_jenjang_table(nama, gol_min, gol_maks, koefisien, ak_pangkat, ak_jenjang):
	j = DEFAULT_JENJANG[nama]
	assert (j.golongan_min, j.golongan_maks, j.koefisien) == (gol_min, gol_maks, koefisien)
	assert (j.ak_kenaikan_pangkat, j.ak_kenaikan_jenjang) == (ak_pangkat, ak_jenjang)


def test_jenjang_categories_chain_and_professional_development():
	assert [n for n, j in DEFAULT_JENJANG.items() if j.kategori == "keterampilan"] == [
		"Pemula",
		"Terampil",
		"Mahir",
		"Penyelia",
	]
	assert {n for n, j in DEFAULT_JENJANG.items() if j.butuh_pengembangan_profesi} == {
		"Penyelia",
		"Ahli Madya",
		"Ahli Utama",
	}
	assert DEFAULT_JENJANG["Ahli Pertama"].jenjang_berikutnya == "Ahli Muda"
	assert DEFAULT_JENJANG["Penyelia"].jenjang_berikutnya is None
	assert cari_jenjang("ahli  madya").nama == "Ahli Madya"
	with pytest.raises(ValueError, match="Jenjang jabatan fungsional tidak dikenal"):
		cari_jenjang("Ahli Super")


@given(
	predikat=st.sampled_from(list(Predikat)),
	jenjang=st.sampled_from(list(DEFAULT_JENJANG)),
	potong=st.lists(st.integers(min_value=1, max_value=364), max_size=5, unique=True),
	tahun=st.integers(min_value=2023, max_value=2030),
)
def test_credit_points_are_additive_over_split_periods(predikat, jenjang, potong, tahun):
	mulai, selesai = D(tahun, 1, 1), D(tahun, 12, 31)
	koefisien = DEFAULT_JENJANG[jenjang].koefisien
	utuh = angka_kredit_konversi(koefisien, predikat, jumlah_bulan(mulai, selesai))
	batas = [mulai] + [mulai + timedelta(days=h) for h in sorted(potong)] + [selesai + timedelta(days=1)]
	total = sum(
		angka_kredit_konversi(
			koefisien, predikat, bulan_tumpang_tindih(a, b - timedelta(days=1), mulai, selesai)
		)
		for a, b in zip(batas, batas[1:], strict=False)
	)
	assert total == pytest.approx(utuh)


def test_conversion_entry_snapshots_the_numbers_used():
	e = entri_konversi(D(2024, 1, 1), D(2024, 2, 29), "Ahli Pertama", "Baik")
	assert (e.jenjang, e.predikat, e.persentase, e.koefisien, e.bulan) == (
		"Ahli Pertama",
		Predikat.BAIK,
		100,
		12.5,
		2,
	)
	assert e.ak == pytest.approx(2.083333333)
	assert e.jenis == "konversi"


def test_accumulation_restarts_at_zero_in_a_new_jenjang():
	entri = [
		EntriAngkaKredit(D(2025, 1, 1), "Ahli Muda", 37.5),
		EntriAngkaKredit(D(2022, 12, 31), "Ahli Pertama", 40.0, "integrasi"),
		EntriAngkaKredit(D(2023, 1, 1), "Ahli Pertama", 18.75),
		EntriAngkaKredit(D(2024, 1, 1), "Ahli Pertama", 18.75),
		EntriAngkaKredit(D(2026, 1, 1), "Ahli Muda", 25.0),
	]
	hasil = akumulasi_angka_kredit(entri)
	assert [(s.jenjang, s.total, s.jumlah_entri) for s in hasil.per_jenjang] == [
		("Ahli Pertama", 77.5, 3),
		("Ahli Muda", 62.5, 2),
	]
	assert hasil.jenjang_sekarang == "Ahli Muda"
	assert hasil.total_sekarang == 62.5
	assert hasil.per_jenjang[1].mulai == D(2025, 1, 1)


def test_accumulation_of_empty_ledger():
	hasil = akumulasi_angka_kredit([])
	assert hasil.jenjang_sekarang is None and hasil.total_sekarang == 0.0


def test_ledger_entry_refuses_unknown_kind_and_negative_points():
	with pytest.raises(ValueError, match="Jenis entri"):
		EntriAngkaKredit(D(2024, 1, 1), "Ahli Muda", 1.0, "bonus")
	with pytest.raises(ValueError, match="tidak boleh negatif"):
		EntriAngkaKredit(D(2024, 1, 1), "Ahli Muda", -1.0)
	assert EntriAngkaKredit(D(2024, 1, 1), "Ahli Muda", -1.0, "penyesuaian").ak == -1.0


@pytest.mark.parametrize(
	"akumulasi, layak_pangkat, kurang_pangkat, memenuhi_ak_jenjang, kurang_jenjang",
	[
		pytest.param(20.83, False, 29.17, False, 79.17, id="below_both"),
		pytest.param(50, True, 0, False, 50, id="exactly_the_pangkat_minimum"),
		pytest.param(100, True, 0, True, 0, id="enough_for_next_jenjang"),
	],
)
def test_eligibility_of_ahli_pertama(
	akumulasi, layak_pangkat, kurang_pangkat, memenuhi_ak_jenjang, kurang_jenjang
):
	k = kelayakan_kenaikan(akumulasi, "Ahli Pertama")
	assert k.pangkat.layak is layak_pangkat
	assert k.pangkat.kekurangan == pytest.approx(kurang_pangkat)
	assert k.jenjang_berikutnya.tujuan == "Ahli Muda"
	assert k.jenjang_berikutnya.memenuhi_ak is memenuhi_ak_jenjang
	assert k.jenjang_berikutnya.kekurangan == pytest.approx(kurang_jenjang)
	assert k.jenjang_berikutnya.syarat_lain == ("uji kompetensi",)
	assert k.jenjang_berikutnya.layak is False


def test_new_jenjang_needs_competence_test_and_professional_development_where_required():
	k = kelayakan_kenaikan(450, "Ahli Madya")
	assert k.jenjang_berikutnya.syarat_lain == ("uji kompetensi", "pengembangan profesi")
	k = kelayakan_kenaikan(450, "Ahli Madya", lulus_uji_kompetensi=True, pengembangan_profesi=True)
	assert k.jenjang_berikutnya.layak is True
	# Into Ahli Madya needs professional development; into Ahli Muda only the competence test.
	assert kelayakan_kenaikan(200, "Ahli Muda", lulus_uji_kompetensi=True).jenjang_berikutnya.syarat_lain == (
		"pengembangan profesi",
	)
	assert kelayakan_kenaikan(100, "Ahli Pertama", lulus_uji_kompetensi=True).jenjang_berikutnya.layak is True
	assert kelayakan_kenaikan(100, "Mahir").jenjang_berikutnya.syarat_lain == (
		"uji kompetensi",
		"pengembangan profesi",
	)


def test_top_jenjang_has_no_next_jenjang():
	k = kelayakan_kenaikan(500, "Ahli Utama")
	assert k.jenjang_berikutnya.tersedia is False and k.jenjang_berikutnya.layak is False
	assert k.pangkat.layak is True


def test_accumulation_rounding_noise_does_not_block_eligibility():
	entri = [EntriAngkaKredit(D(2023 + i, 1, 1), "Ahli Pertama", 50 / 3) for i in range(3)]
	assert kelayakan_kenaikan(akumulasi_angka_kredit(entri), "Ahli Pertama").pangkat.layak is True


def test_eligibility_from_ledger_must_be_for_the_current_jenjang():
	hasil = akumulasi_angka_kredit([EntriAngkaKredit(D(2023, 1, 1), "Ahli Muda", 10)])
	with pytest.raises(ValueError, match="tercatat pada jenjang Ahli Muda"):
		kelayakan_kenaikan(hasil, "Ahli Pertama")


def test_top_golongan_of_jenjang_takes_next_pangkat_only_with_next_jenjang():
	k = kelayakan_kenaikan(60, "Ahli Pertama", golongan="III/b")
	assert k.pangkat.tujuan == "III/c"
	assert k.pangkat.syarat_ak == 100
	assert k.pangkat.syarat_lain == ("kenaikan jenjang ke Ahli Muda",)
	assert k.pangkat.layak is False
	k = kelayakan_kenaikan(60, "Ahli Pertama", golongan="III/a")
	assert (k.pangkat.tujuan, k.pangkat.syarat_ak, k.pangkat.layak) == ("III/b", 50, True)
	k = kelayakan_kenaikan(150, "Penyelia", golongan="III/d")
	assert k.pangkat.tersedia is False


def test_golongan_outside_the_jenjang_is_refused():
	with pytest.raises(ValueError, match="di luar rentang"):
		kelayakan_kenaikan(60, "Ahli Pertama", golongan="IV/a")


def test_golongan_order():
	assert urutan_golongan("I/a") == 0
	assert urutan_golongan("iii/ b") == 11
	assert urutan_golongan("IV/e") == 19
	assert golongan_dari_urutan(11) == "III/b"
	with pytest.raises(ValueError, match="Golongan tidak dikenal"):
		urutan_golongan("V/a")


@pytest.mark.parametrize(
	"utama, penunjang, jumlah_masalah",
	[
		pytest.param(80, 20, 0, id="exactly_80_20_is_allowed"),
		pytest.param(95, 5, 0, id="mostly_utama"),
		pytest.param(75, 25, 2, id="too_much_penunjang"),
		pytest.param(0, 0, 0, id="empty_dupak"),
	],
)
def test_dupak_composition_utama_at_least_80_penunjang_at_most_20(utama, penunjang, jumlah_masalah):
	assert len(komposisi_dupak(utama, penunjang)) == jumlah_masalah


def test_dupak_composition_limits_are_parameters():
	assert komposisi_dupak(75, 25, min_persen_utama=70, maks_persen_penunjang=30) == []
	assert "paling sedikit 90%" in komposisi_dupak(85, 15, min_persen_utama=90)[0]


# Segments of a conversion where the jenjang or unit changed ---------------------------------------------

from datetime import date as _date  # noqa: E402

from kinerja_asn.domain.angka_kredit import segmen_periode  # noqa: E402


def test_a_promotion_mid_year_splits_the_period():
	seg = segmen_periode(
		_date(2026, 1, 1),
		_date(2026, 12, 31),
		{"jenjang": "Ahli Pertama", "unit": "A"},
		[(_date(2026, 7, 1), "jenjang", "Ahli Muda"), (_date(2027, 1, 5), "unit", "B")],
	)
	assert seg == [
		(_date(2026, 1, 1), _date(2026, 6, 30), {"jenjang": "Ahli Pertama", "unit": "A"}),
		(_date(2026, 7, 1), _date(2026, 12, 31), {"jenjang": "Ahli Muda", "unit": "A"}),
	]


def test_no_change_is_one_segment_and_a_move_on_the_first_day_counts_from_it():
	assert segmen_periode(_date(2026, 1, 1), _date(2026, 12, 31), {"jenjang": "X"}, []) == [
		(_date(2026, 1, 1), _date(2026, 12, 31), {"jenjang": "X"})
	]
	seg = segmen_periode(
		_date(2026, 1, 1), _date(2026, 12, 31), {"unit": "A"}, [(_date(2026, 1, 1), "unit", "B")]
	)
	assert seg == [(_date(2026, 1, 1), _date(2026, 12, 31), {"unit": "A"})]  # not inside (mulai, selesai]


def test_segments_add_up_to_the_whole_conversion():
	from kinerja_asn.domain.angka_kredit import entri_konversi

	seg = segmen_periode(
		_date(2026, 1, 1),
		_date(2026, 12, 31),
		{"jenjang": "Ahli Pertama"},
		[(_date(2026, 7, 1), "unit", "B")],
	)
	total = sum(entri_konversi(a, b, v["jenjang"], "Baik").ak for a, b, v in seg)
	assert (
		abs(total - entri_konversi(_date(2026, 1, 1), _date(2026, 12, 31), "Ahli Pertama", "Baik").ak) < 1e-9
	)


from kinerja_asn.domain.angka_kredit import BarisUsulan, rekap_usulan  # noqa: E402


def test_rekap_usulan_counts_what_the_tim_approves():
	baris = [
		BarisUsulan("Utama", 4, 0.5, "Dikoreksi", 3),
		BarisUsulan("Penunjang", 2, 0.25, "Ditolak"),
		BarisUsulan("Utama", 1, 1.2, "Diterima"),
	]
	r = rekap_usulan(baris, dinilai=True)
	assert r.diusulkan == (2.0, 0.5, 1.2)
	assert r.disetujui == (1.5, 0.0, 1.2)
	assert (round(r.total_diusulkan, 6), round(r.total_disetujui, 6)) == (3.7, 2.7)
	assert r.masalah_komposisi == ()


def test_rekap_usulan_warns_about_the_composition_before_and_after_the_decision():
	baris = [BarisUsulan("Utama", 1, 1.0), BarisUsulan("Penunjang", 1, 1.0)]
	assert len(rekap_usulan(baris, dinilai=False).masalah_komposisi) == 2  # 50/50 proposed
	assert rekap_usulan(baris, dinilai=True).masalah_komposisi == ()  # nothing approved yet


def test_rekap_usulan_refuses_negative_counts():
	import pytest

	with pytest.raises(ValueError):
		rekap_usulan([BarisUsulan("Utama", -1, 1.0)], dinilai=False)
