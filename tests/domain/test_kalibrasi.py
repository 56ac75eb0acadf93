import pytest

from kinerja_asn.domain.kalibrasi import (
	AnggotaPapan,
	Geser,
	hambatan_penetapan,
	hitung_per_predikat,
	keadaan_kurva,
	pelanggaran_baru,
	simulasi,
)
from kinerja_asn.domain.rating import DEFAULT_MATRIKS, Predikat, Rating

SB, B, BP, K, SK = (
	Predikat.SANGAT_BAIK,
	Predikat.BAIK,
	Predikat.BUTUH_PERBAIKAN,
	Predikat.KURANG_MISCONDUCT,
	Predikat.SANGAT_KURANG,
)
ATAS, SESUAI, BAWAH = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH


def anggota(name, hasil, perilaku):
	predikat = DEFAULT_MATRIKS[(hasil, perilaku)] if hasil and perilaku else None
	return AnggotaPapan(name, hasil, perilaku, predikat)


def papan_istimewa():
	"""Istimewa, 5 employees: at most floor(70% x 5) = 3 Sangat Baik."""
	return [
		anggota("A", ATAS, ATAS),
		anggota("B", ATAS, ATAS),
		anggota("C", ATAS, ATAS),
		anggota("D", SESUAI, SESUAI),
		anggota("E", SESUAI, SESUAI),
	]


def test_a_move_gets_its_predikat_from_the_quadrant_and_the_counts_follow():
	hasil = simulasi("Istimewa", papan_istimewa(), [], 5, [Geser.buat("D", "Di Atas", "Di Atas")])
	assert hasil.predikat["D"] is SB
	assert hasil.berubah == ("D",)
	assert hasil.sebelum.jumlah[SB] == 3 and hasil.sesudah.jumlah[SB] == 4
	assert hasil.sesudah.jumlah[B] == 1
	ringkas = {r["predikat"]: r for r in hasil.sesudah.ringkasan()}
	assert ringkas["Sangat Baik"]["sisa"] == -1 and ringkas["Sangat Baik"]["jumlah"] == 4
	assert ringkas["Baik"]["sisa"] is None
	assert {r["predikat"]: r["sisa"] for r in hasil.sebelum.ringkasan()}["Sangat Baik"] == 0
	assert hasil.sesudah.aturan() == [
		{
			"kode": "istimewa_maks_sangat_baik",
			"teks": "Paling banyak 70% Sangat Baik",
			"jenis": "maks",
			"predikat": ["Sangat Baik"],
			"jumlah": 4,
			"batas": 3,
			"terpenuhi": False,
		}
	]
	assert [r.kode for r in hasil.melanggar] == ["istimewa_maks_sangat_baik"]
	assert "4 dari 5 pegawai berpredikat Sangat Baik, paling banyak 3" in hasil.melanggar[0].pesan


def test_every_cell_of_the_quadrant_is_reachable_by_a_move():
	for (hasil_kerja, perilaku), predikat in DEFAULT_MATRIKS.items():
		hasil = simulasi("Istimewa", papan_istimewa(), [], 5, [Geser("E", hasil_kerja, perilaku)])
		assert hasil.predikat["E"] is predikat


def test_the_settings_matrix_decides_the_predikat():
	matriks = dict(DEFAULT_MATRIKS)
	matriks[(SESUAI, ATAS)] = SB
	hasil = simulasi("Istimewa", papan_istimewa(), [], 5, [Geser("D", SESUAI, ATAS)], matriks=matriks)
	assert hasil.predikat["D"] is SB


def test_a_move_back_to_the_same_cell_changes_nothing():
	hasil = simulasi("Istimewa", papan_istimewa(), [], 5, [Geser("A", ATAS, ATAS)])
	assert hasil.berubah == ()
	assert hasil.melanggar == ()


def test_the_rest_of_the_unit_counts_on_the_curve():
	"""Two Sangat Baik elsewhere in the unit (final, or another assessor's) use the slots too."""
	papan = [anggota("A", ATAS, ATAS), anggota("D", SESUAI, SESUAI)]
	hasil = simulasi("Istimewa", papan, ["Sangat Baik", "Sangat Baik", "Baik"], 5, [Geser("D", ATAS, ATAS)])
	assert hasil.sesudah.jumlah[SB] == 4
	assert [r.kode for r in hasil.melanggar] == ["istimewa_maks_sangat_baik"]
	aman = simulasi("Istimewa", papan, ["Sangat Baik", "Baik", "Baik"], 5, [Geser("D", ATAS, ATAS)])
	assert aman.melanggar == ()


def test_a_curve_already_broken_may_be_moved_towards_the_rule_not_further():
	papan = [anggota(n, ATAS, ATAS) for n in "ABCD"] + [anggota("E", SESUAI, SESUAI)]  # 4 > 3
	membaik = simulasi("Istimewa", papan, [], 5, [Geser("A", SESUAI, SESUAI)])
	assert membaik.sebelum.langgar and not membaik.sesudah.langgar and membaik.melanggar == ()
	tetap = simulasi("Istimewa", papan, [], 5, [Geser("E", SESUAI, ATAS)])  # Baik stays Baik
	assert tetap.sebelum.langgar and tetap.melanggar == ()
	memburuk = simulasi("Istimewa", papan, [], 5, [Geser("E", ATAS, ATAS)])
	assert [r.lebih for r in memburuk.melanggar] == [2]


def test_a_floor_is_broken_only_when_the_unassessed_cannot_reach_it():
	"""Baik: at least one Butuh Perbaikan or Kurang. With one employee still without a predikat the
	floor can still be met; rating that employee Baik breaks it."""
	papan = [anggota("A", SESUAI, SESUAI), anggota("B", SESUAI, SESUAI), anggota("C", None, None)]
	assert papan[2].predikat is None
	hasil = simulasi("Baik", papan, [], 3, [Geser("A", ATAS, SESUAI)])
	assert hasil.sesudah.sisa.belum_dinilai == 1 and hasil.melanggar == ()
	hasil = simulasi("Baik", papan, [], 3, [Geser("C", SESUAI, SESUAI)])
	kode = {r.kode for r in hasil.melanggar}
	assert "baik_min_butuh_perbaikan_kurang" in kode
	perbaikan = simulasi("Baik", papan, [], 3, [Geser("C", BAWAH, SESUAI)])
	assert perbaikan.predikat["C"] is BP
	assert "baik_min_butuh_perbaikan_kurang" not in {r.kode for r in perbaikan.sesudah.langgar}


def test_moves_off_the_board_or_twice_are_refused():
	with pytest.raises(ValueError, match="tidak ada di papan"):
		simulasi("Istimewa", papan_istimewa(), [], 5, [Geser("Z", ATAS, ATAS)])
	with pytest.raises(ValueError, match="lebih dari sekali"):
		simulasi("Istimewa", papan_istimewa(), [], 5, [Geser("A", ATAS, ATAS), Geser("A", BAWAH, BAWAH)])
	with pytest.raises(ValueError, match="Rating tidak dikenal"):
		Geser.buat("A", "Luar Biasa", "Di Atas")


def test_a_unit_is_fixed_only_when_everyone_has_a_predikat_and_a_blocking_curve_holds():
	lengkap = keadaan_kurva("Istimewa", [SB, SB, SB, B, B], 5)
	assert hambatan_penetapan(lengkap, 0, memblokir=True) == []
	kurang = keadaan_kurva("Istimewa", [SB, SB, B, B], 5)
	assert hambatan_penetapan(kurang, 0, memblokir=False) == ["1 pegawai unit ini belum memiliki predikat"]
	assert hambatan_penetapan(lengkap, 2, memblokir=False) == ["2 pegawai unit ini belum memiliki predikat"]
	rusak = keadaan_kurva("Istimewa", [SB, SB, SB, SB, B], 5)
	assert hambatan_penetapan(rusak, 0, memblokir=False) == []
	assert len(hambatan_penetapan(rusak, 0, memblokir=True)) == 1


def test_pelanggaran_baru_compares_by_rule():
	sebelum = keadaan_kurva("Istimewa", [SB, SB, SB, SB, B], 5)
	assert pelanggaran_baru(sebelum, sebelum) == []
	sesudah = keadaan_kurva("Istimewa", [SB, SB, SB, SB, SB], 5)
	assert [r.lebih for r in pelanggaran_baru(sebelum, sesudah)] == [2]


def test_counts_per_predikat_by_text():
	assert hitung_per_predikat(["Baik", SB, "Baik"]) == {
		"Sangat Baik": 1,
		"Baik": 2,
		"Butuh Perbaikan": 0,
		"Kurang/Misconduct": 0,
		"Sangat Kurang": 0,
	}
