import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.beban_kerja import (
	BebanPegawai,
	TugasABK,
	beban_abk,
	beban_per_pegawai,
	efisiensi_jabatan,
	gini,
	keadilan_beban,
	kebutuhan_pegawai,
)
from kinerja_asn.domain.capaian import IKI
from kinerja_asn.domain.kaskade import RHK


def rhk(id, pemilik, jenis="Utama", jumlah_iki=1) -> RHK:
	return RHK(id, pemilik, "2026", jenis=jenis, iki=[IKI(f"{id}.{i}", 1) for i in range(jumlah_iki)])


def test_load_per_employee_counts_and_weighted_shares():
	data = [
		rhk("A1", "ani", jumlah_iki=2),
		rhk("A2", "ani", "Tambahan", jumlah_iki=2),
		rhk("B1", "budi", jumlah_iki=3),
	]
	beban = beban_per_pegawai(data, pegawai=["ani", "budi", "citra"])
	ani, budi, citra = beban["ani"], beban["budi"], beban["citra"]
	assert (ani.jumlah_rhk, ani.jumlah_rhk_utama, ani.jumlah_iki) == (2, 1, 4)
	assert ani.bobot_rhk == 1.5 and ani.bobot_iki == 3.0  # Tambahan weighs 0.5 by default
	assert budi.bobot_rhk == 1.0 and budi.bobot_iki == 3.0
	assert ani.porsi_rhk == pytest.approx(0.6) and budi.porsi_rhk == pytest.approx(0.4)
	assert ani.porsi_iki == pytest.approx(0.5)
	assert (citra.jumlah_rhk, citra.porsi_rhk, citra.jam_abk) == (0, 0.0, None)


def test_weights_by_jenis_are_a_parameter_and_must_cover_every_jenis():
	data = [rhk("A1", "ani"), rhk("A2", "ani", "Tambahan")]
	assert beban_per_pegawai(data, bobot_jenis={"Utama": 1, "Tambahan": 1})["ani"].bobot_rhk == 2
	with pytest.raises(ValueError, match="belum diatur"):
		beban_per_pegawai(data, bobot_jenis={"Utama": 1})


def test_abk_hours_are_volume_times_norma_waktu():
	tugas = [TugasABK("ani", 120, 2.5), TugasABK("ani", 10, 30), TugasABK("dedi", 100, 12.5)]
	assert beban_abk(tugas[:2]) == 600
	beban = beban_per_pegawai([rhk("A1", "ani")], tugas_abk=tugas)
	assert beban["ani"].jam_abk == 600
	assert beban["dedi"].jam_abk == 1250 and beban["dedi"].jumlah_rhk == 0
	with pytest.raises(ValueError, match="negatif"):
		beban_abk([TugasABK("ani", -1, 2)])


@pytest.mark.parametrize(
	"beban, jke, kebutuhan",
	[(2500, 1250, 2.0), (1250, 1250, 1.0), (600, 1200, 0.5), (0, 1250, 0.0)],
)
def test_staff_need_is_load_over_jke(beban, jke, kebutuhan):
	assert kebutuhan_pegawai(beban, jke) == pytest.approx(kebutuhan)


def test_staff_need_default_jke_is_1250_hours():
	assert kebutuhan_pegawai(3750) == 3.0


@pytest.mark.parametrize(
	"beban, jke, pemegang, ej",
	[(2500, 1250, 2, 1.0), (2500, 1250, 4, 0.5), (1375, 1250, 1, 1.1)],
)
def test_efficiency_is_load_over_jke_times_holders(beban, jke, pemegang, ej):
	assert efisiensi_jabatan(beban, jke, pemegang) == pytest.approx(ej)


def test_abk_refuses_bad_input():
	with pytest.raises(ValueError, match="JKE"):
		kebutuhan_pegawai(100, 0)
	with pytest.raises(ValueError, match="pemegang"):
		efisiensi_jabatan(100, 1250, 0)
	with pytest.raises(ValueError, match="negatif"):
		kebutuhan_pegawai(-1)


@pytest.mark.parametrize(
	"nilai, g",
	[
		([5, 5, 5, 5], 0.0),
		([0, 0, 0, 10], 0.75),
		([1, 2, 3, 4], 0.25),
		([0, 0], 0.0),
		([], 0.0),
	],
)
def test_gini_coefficient(nilai, g):
	assert gini(nilai) == pytest.approx(g)


@given(st.lists(st.floats(min_value=0, max_value=1e6), min_size=1, max_size=50))
def test_gini_is_between_0_and_1_and_ignores_order(nilai):
	g = gini(nilai)
	assert 0 <= g < 1
	assert gini(list(reversed(nilai))) == pytest.approx(g)


def test_fairness_flags_loads_outside_the_band_around_the_median():
	beban = {"ani": 10, "budi": 10, "citra": 4, "dedi": 16, "eka": 10}
	hasil = keadilan_beban(beban)
	assert hasil.median == 10
	assert {(p.pegawai, p.arah) for p in hasil.pencilan} == {("citra", "rendah"), ("dedi", "tinggi")}
	assert hasil.rata_rata == 10
	assert hasil.gini == pytest.approx(gini(beban.values()))


def test_fairness_band_is_a_parameter_and_edges_are_not_outliers():
	beban = {"ani": 10, "budi": 10, "citra": 5, "dedi": 15}
	assert keadilan_beban(beban).pencilan == ()
	hasil = keadilan_beban(beban, batas_bawah=0.6, batas_atas=1.4)
	assert {p.pegawai for p in hasil.pencilan} == {"citra", "dedi"}


def test_fairness_with_zero_median_flags_everyone_carrying_load():
	hasil = keadilan_beban({"a": 0, "b": 0, "c": 0, "d": 3})
	assert [(p.pegawai, p.rasio, p.arah) for p in hasil.pencilan] == [("d", None, "tinggi")]


def test_fairness_reads_a_field_of_beban_pegawai():
	data = [rhk("A1", "ani", jumlah_iki=4), rhk("B1", "budi"), rhk("C1", "citra"), rhk("C2", "citra")]
	beban = beban_per_pegawai(data)
	assert isinstance(beban["ani"], BebanPegawai)
	iki = keadilan_beban(beban, ukuran="jumlah_iki")
	assert [(p.pegawai, p.arah) for p in iki.pencilan] == [("ani", "tinggi")]
	with pytest.raises(ValueError, match="belum ada"):
		keadilan_beban(beban, ukuran="jam_abk")


def test_fairness_refuses_empty_unit_bad_band_and_negative_load():
	with pytest.raises(ValueError, match="Tidak ada data"):
		keadilan_beban({})
	with pytest.raises(ValueError, match="Batas pencilan"):
		keadilan_beban({"a": 1}, batas_bawah=1.2)
	with pytest.raises(ValueError, match="negatif"):
		keadilan_beban({"a": -1})


def test_beban_unit_gini_outliers_and_abk():
	from kinerja_asn.domain.beban_kerja import beban_unit

	rhk = [
		RHK("a1", "ani", "2026"),
		RHK("a2", "ani", "2026"),
		RHK("a3", "ani", "2026"),
		RHK("b1", "budi", "2026"),
		RHK("x1", "luar", "2026"),
	]
	hasil = beban_unit(
		rhk,
		{"ani": "U", "budi": "U", "citra": "U", "dedi": "V"},
		jabatan={"ani": "Analis", "budi": "Analis", "citra": "Pengadministrasi"},
		abk={("U", "Analis"): 2500.0, ("V", "Analis"): 1000.0, ("W", "Analis"): 625.0},
		jke=1250,
	)
	u = hasil["U"]
	assert {p: b.jumlah_rhk for p, b in u.pegawai.items()} == {"ani": 3, "budi": 1, "citra": 0}
	# loads 3, 1, 0: Gini = sum((2i - n - 1) x_i) / (n * total) = (-2*0 + 0*1 + 2*3) / (3*4) = 0.5
	assert u.keadilan.gini == pytest.approx(0.5)
	assert {(p.pegawai, p.arah) for p in u.keadilan.pencilan} == {("ani", "tinggi"), ("citra", "rendah")}
	# 2,500 hours for two analysts: 1,250 each, EJ 1.0; ABK needs 2 and 2 hold the position
	assert u.jam_abk == {"ani": 1250.0, "budi": 1250.0}
	assert u.efisiensi == {"ani": 1.0, "budi": 1.0}
	assert (u.kebutuhan_abk, u.pemegang_abk) == (2.0, 2)
	# V has an ABK of a position no one holds: needed 0.8, held 0
	v = hasil["V"]
	assert (v.kebutuhan_abk, v.pemegang_abk, v.jam_abk) == (0.8, 0, {})
	assert "luar" not in u.pegawai
	w = hasil["W"]
	assert (w.kebutuhan_abk, w.pemegang_abk, w.pegawai, w.keadilan) == (0.5, 0, {}, None)
