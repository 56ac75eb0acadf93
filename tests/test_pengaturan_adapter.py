"""The settings tables round-trip to the domain's defaults, so a fresh site scores by the regulation."""

from types import SimpleNamespace

import pytest

from kinerja_asn.domain.angka_kredit import DEFAULT_PERSENTASE_AK
from kinerja_asn.domain.capaian import DEFAULT_TABEL_CAPAIAN, nilai_capaian
from kinerja_asn.domain.distribusi import DEFAULT_ATURAN_DISTRIBUSI, cek_distribusi
from kinerja_asn.domain.rating import DEFAULT_MATRIKS, DEFAULT_PITA_NILAI
from kinerja_asn.services import pengaturan as adapter


def rows(table: str) -> list[SimpleNamespace]:
	return [
		SimpleNamespace(idx=i, **row) for i, row in enumerate(adapter.default_pengaturan_rows()[table], 1)
	]


def test_matrix_round_trip():
	assert adapter.matriks_dari_rows(rows("matriks_predikat")) == DEFAULT_MATRIKS


def test_capaian_table_round_trip_scores_the_same():
	tabel = adapter.tabel_capaian_dari_rows(rows("pita_nilai_capaian"))
	assert tabel == DEFAULT_TABEL_CAPAIAN
	assert nilai_capaian(98, tabel) == pytest.approx(88)


def test_predikat_bands_round_trip():
	assert adapter.pita_nilai_dari_rows(rows("pita_predikat_nilai")) == DEFAULT_PITA_NILAI


def test_distribution_rules_round_trip_give_the_same_verdicts():
	aturan = adapter.aturan_distribusi_dari_rows(rows("aturan_distribusi"))
	assert len(aturan) == len(DEFAULT_ATURAN_DISTRIBUSI)
	for mine, default in zip(aturan, DEFAULT_ATURAN_DISTRIBUSI, strict=True):
		assert (mine.predikat_organisasi, mine.predikat, mine.jenis, mine.persen, mine.jumlah) == (
			default.predikat_organisasi,
			default.predikat,
			default.jenis,
			default.persen,
			default.jumlah,
		)
	unit = ["Baik"] * 8 + ["Sangat Baik"] * 2
	assert len(cek_distribusi("Baik", unit, aturan)) == len(cek_distribusi("Baik", unit)) == 2


def test_ak_percentages_round_trip_and_refuse_gaps():
	assert adapter.persentase_ak_dari_rows(rows("persentase_angka_kredit")) == DEFAULT_PERSENTASE_AK
	with pytest.raises(ValueError, match="belum diisi"):
		adapter.persentase_ak_dari_rows(rows("persentase_angka_kredit")[1:])


def test_incomplete_matrix_is_refused():
	with pytest.raises(ValueError):
		adapter.matriks_dari_rows(rows("matriks_predikat")[:-1])
