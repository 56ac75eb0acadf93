"""The assessment season: the bulk start's plan (who gets a draft, who is passed by and why), the
window's dates, and which notice a day brings to which head."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.musim_penilaian import (
	AKAN_DITUTUP,
	ALASAN_LEWATI,
	DIBUKA,
	CalonPenilaian,
	SKPDinilai,
	kepala_diberi_tahu,
	masalah_masa_penilaian,
	pemberitahuan_musim,
	rencana_penilaian_massal,
)


def test_each_approved_skp_with_an_assessor_and_no_assessment_gets_a_draft():
	rencana = rencana_penilaian_massal(
		[
			CalonPenilaian("A", (SKPDinilai("SKP-A", "P"),)),
			CalonPenilaian("B"),
			CalonPenilaian("C", (SKPDinilai("SKP-C", "P", sudah_dinilai=True),)),
			CalonPenilaian("D", (SKPDinilai("SKP-D", None),)),
			# a mutation: the closed SKP and the new one are each assessed
			CalonPenilaian("E", (SKPDinilai("SKP-E1", "P"), SKPDinilai("SKP-E2", "Q"))),
		]
	)
	assert rencana.dibuat == ("SKP-A", "SKP-E1", "SKP-E2")
	assert rencana.dilewati == {
		"tanpa_skp": ("B",),
		"sudah_dinilai": ("SKP-C",),
		"tanpa_penilai": ("SKP-D",),
	}
	assert rencana.jumlah_dilewati == 3


def test_an_assessed_skp_without_assessor_counts_once_as_assessed():
	rencana = rencana_penilaian_massal([CalonPenilaian("A", (SKPDinilai("S", None, True),))])
	assert rencana.dilewati == {"sudah_dinilai": ("S",)}
	assert rencana.dibuat == ()


def test_nothing_to_do_is_an_empty_plan():
	rencana = rencana_penilaian_massal([])
	assert (rencana.dibuat, rencana.dilewati, rencana.jumlah_dilewati) == ((), {}, 0)


def test_every_reason_has_an_indonesian_explanation():
	assert set(ALASAN_LEWATI) == {"tanpa_skp", "sudah_dinilai", "tanpa_penilai"}
	assert all(ALASAN_LEWATI.values())


@given(
	st.lists(
		st.tuples(st.integers(0, 3), st.lists(st.tuples(st.booleans(), st.booleans()), max_size=3)),
		max_size=30,
	)
)
def test_every_candidate_is_either_created_or_skipped_once_and_a_rerun_creates_nothing(data):
	calon = [
		CalonPenilaian(
			f"E{i}", tuple(SKPDinilai(f"E{i}-{j}", "P" if p else None, d) for j, (p, d) in enumerate(s))
		)
		for i, (_x, s) in enumerate(data)
	]
	rencana = rencana_penilaian_massal(calon)
	jumlah_skp = sum(len(c.skp) for c in calon)
	tanpa_skp = sum(1 for c in calon if not c.skp)
	assert len(rencana.dibuat) + rencana.jumlah_dilewati == jumlah_skp + tanpa_skp
	dibuat = set(rencana.dibuat)
	lagi = rencana_penilaian_massal(
		CalonPenilaian(
			c.pegawai, tuple(SKPDinilai(s.skp, s.penilai, s.sudah_dinilai or s.skp in dibuat) for s in c.skp)
		)
		for c in calon
	)
	assert lagi.dibuat == ()


# The window and its notices -------------------------------------------------------------------------

MULAI, SELESAI = date(2027, 1, 4), date(2027, 1, 31)


def test_a_window_has_both_dates_or_none_in_order():
	assert masalah_masa_penilaian(None, None) is None
	assert masalah_masa_penilaian(MULAI, SELESAI) is None
	assert masalah_masa_penilaian(MULAI, MULAI) is None
	assert "kosongkan keduanya" in masalah_masa_penilaian(MULAI, None)
	assert "kosongkan keduanya" in masalah_masa_penilaian(None, SELESAI)
	assert "sebelum tanggal mulainya" in masalah_masa_penilaian(SELESAI, MULAI)


def test_the_season_opens_on_its_first_day_and_warns_a_week_before_its_last():
	assert pemberitahuan_musim(MULAI, MULAI, SELESAI) == DIBUKA
	assert pemberitahuan_musim(date(2027, 1, 24), MULAI, SELESAI) == AKAN_DITUTUP
	assert pemberitahuan_musim(date(2027, 1, 20), MULAI, SELESAI, hari_sebelum_tutup=11) == AKAN_DITUTUP
	for hari in (date(2027, 1, 3), date(2027, 1, 5), date(2027, 1, 23), date(2027, 1, 25), SELESAI):
		assert pemberitahuan_musim(hari, MULAI, SELESAI) is None


@pytest.mark.parametrize("panjang", [0, 3, 7])
def test_a_short_window_gets_the_opening_notice_only(panjang):
	selesai = MULAI + timedelta(days=panjang)
	hari = [MULAI + timedelta(days=i) for i in range(-10, 20)]
	assert [h for h in hari if pemberitahuan_musim(h, MULAI, selesai)] == [MULAI]


def test_no_window_or_a_wrong_one_sends_nothing():
	assert pemberitahuan_musim(MULAI, None, None) is None
	assert pemberitahuan_musim(MULAI, MULAI, None) is None
	assert pemberitahuan_musim(MULAI, MULAI, MULAI - timedelta(days=1)) is None


@given(st.integers(0, 60), st.integers(1, 14), st.integers(-5, 70))
def test_each_notice_comes_on_one_day_only(panjang, sebelum, geser):
	selesai = MULAI + timedelta(days=panjang)
	hari = [MULAI + timedelta(days=i) for i in range(-5, 70)]
	kabar = [pemberitahuan_musim(h, MULAI, selesai, sebelum) for h in hari]
	assert kabar.count(DIBUKA) == 1
	assert kabar.count(AKAN_DITUTUP) == (1 if panjang > sebelum else 0)


def test_heads_hear_of_all_assessees_at_the_opening_and_of_those_left_before_the_close():
	skp = [("S1", "P"), ("S2", "P"), ("S3", "Q"), ("S4", None)]
	assert kepala_diberi_tahu(DIBUKA, skp, {"S1"}) == {"P": 2, "Q": 1}
	assert kepala_diberi_tahu(AKAN_DITUTUP, skp, {"S1"}) == {"P": 1, "Q": 1}
	assert kepala_diberi_tahu(AKAN_DITUTUP, skp, {"S1", "S2"}) == {"Q": 1}
	assert kepala_diberi_tahu(AKAN_DITUTUP, skp, {"S1", "S2", "S3"}) == {}
