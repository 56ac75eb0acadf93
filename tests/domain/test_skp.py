"""Rules of the SKP document: overlap, default assessors, cascading proposals, revisions, mutations,
IKI targets and leader-RHK suggestions."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.skp import (
	ALASAN_LEWATI,
	CalonSKP,
	RentangSKP,
	kemiripan,
	pejabat_penilai_bawaan,
	petakan_revisi,
	potong_untuk_mutasi,
	rencana_skp_massal,
	sarankan_rhk_pimpinan,
	skp_bertumpuk,
	usulan_rhk_bawahan,
	validasi_iki,
)

TAHUN = (date(2026, 1, 1), date(2026, 12, 31))


def skp(nama, pegawai="A", mulai=TAHUN[0], selesai=TAHUN[1], status="Draft", sebelumnya=None):
	return RentangSKP(nama, pegawai, mulai, selesai, status, sebelumnya)


def test_second_active_skp_of_the_same_year_overlaps():
	assert skp_bertumpuk(skp("B"), [skp("A1")]) == ["A1"]


@pytest.mark.parametrize("status", ["Digantikan", "Ditutup", "Dibatalkan"])
def test_inactive_skp_do_not_count(status):
	assert skp_bertumpuk(skp("B"), [skp("A1", status=status)]) == []


def test_revision_may_coexist_with_the_skp_it_revises():
	assert skp_bertumpuk(skp("B", sebelumnya="A1"), [skp("A1", status="Disetujui")]) == []


def test_mutation_halves_do_not_overlap():
	lama = skp("A1", selesai=date(2026, 6, 30), status="Ditutup")
	baru = skp("A2", mulai=date(2026, 7, 1))
	assert skp_bertumpuk(baru, [lama]) == []
	assert skp_bertumpuk(skp("A3", mulai=date(2026, 6, 1), selesai=date(2026, 7, 15)), [baru]) == ["A2"]


def test_other_employees_never_overlap():
	assert skp_bertumpuk(skp("B", pegawai="B"), [skp("A1")]) == []


def test_default_assessors_follow_the_reporting_line():
	garis = {"staf": "kabag", "kabag": "karo", "karo": None}
	assert pejabat_penilai_bawaan("staf", garis) == ("kabag", "karo")
	assert pejabat_penilai_bawaan("karo", garis) == (None, None)
	assert pejabat_penilai_bawaan("x", {"x": "x"}) == (None, None)
	assert pejabat_penilai_bawaan("a", {"a": "b", "b": "a"}) == ("b", None)


def test_proposals_skip_existing_links_and_are_idempotent():
	rhk = [("R1", "Satu"), ("R2", "Dua")]
	usulan = usulan_rhk_bawahan(rhk, ["s1", "s2"], [("s1", "R1")])
	assert [(u.pegawai, u.rhk_pimpinan) for u in usulan] == [("s1", "R2"), ("s2", "R1"), ("s2", "R2")]
	sudah = [("s1", "R1")] + [(u.pegawai, u.rhk_pimpinan) for u in usulan]
	assert usulan_rhk_bawahan(rhk, ["s1", "s2"], sudah) == []


def test_revision_repoints_kept_goals_and_flags_dropped_ones():
	hasil = petakan_revisi({"L1": "L1b"}, [("c1", "L1"), ("c2", "L2"), ("c3", "X")], ["L1", "L2"])
	assert hasil.pindah == {"c1": "L1b"}
	assert hasil.ditinjau == ["c2"]


def test_mutation_splits_the_period_at_the_date():
	lama, baru = potong_untuk_mutasi(*TAHUN, date(2026, 7, 1))
	assert lama == (date(2026, 1, 1), date(2026, 6, 30))
	assert baru == (date(2026, 7, 1), date(2026, 12, 31))


@pytest.mark.parametrize("tanggal", [date(2026, 1, 1), date(2027, 1, 1), date(2025, 12, 31)])
def test_mutation_outside_the_skp_is_refused(tanggal):
	with pytest.raises(ValueError, match="Tanggal mutasi"):
		potong_untuk_mutasi(*TAHUN, tanggal)


@given(st.integers(min_value=1, max_value=364))
def test_mutation_halves_cover_the_year_exactly(offset):
	from datetime import timedelta

	(a0, a1), (b0, b1) = potong_untuk_mutasi(*TAHUN, TAHUN[0] + timedelta(days=offset))
	assert (a0, b1) == TAHUN
	assert b0 - a1 == timedelta(days=1)


@pytest.mark.parametrize(
	"target,maks,arah,bobot,pesan",
	[
		(90, 80, "Naik", 1, "target maksimal"),
		(0, None, "Turun", 1, "berarah turun"),
		(-1, None, "Naik", 1, "negatif"),
		(10, None, "Naik", 0, "bobot"),
	],
)
def test_unusable_iki_targets(target, maks, arah, bobot, pesan):
	assert any(pesan in m for m in validasi_iki("IKI", target, maks, arah, bobot))


def test_usable_iki_targets():
	assert validasi_iki("IKI", 80, 90, "Naik", 1) == []
	assert validasi_iki("IKI", 7, 8, "Turun", 2) == []


def test_similarity_and_suggestion():
	assert kemiripan("Laporan evaluasi kinerja", "laporan EVALUASI kinerja unit") == pytest.approx(3 / 4)
	assert kemiripan("", "apa saja") == 0
	pimpinan = [("R1", "Tersusunnya dokumen perencanaan anggaran"), ("R2", "Laporan evaluasi kinerja unit")]
	assert sarankan_rhk_pimpinan("Menyusun laporan evaluasi kinerja", pimpinan) == "R2"
	assert sarankan_rhk_pimpinan("Pengadaan barang", pimpinan) is None


def test_waiting_on_the_leader():
	from kinerja_asn.domain.skp import BawahanMenunggu, rekap_menunggu_pimpinan

	hari_ini = date(2026, 2, 20)
	bawahan = [
		BawahanMenunggu("s1", "kabag", 3, 2, date(2026, 2, 1)),  # placeholders: waits 19 days
		BawahanMenunggu("s2", "kabag", 0, 0, None),  # nothing drafted, leader not approved
		BawahanMenunggu("s3", "kasubag", 2, 0, None),  # linked: not waiting
		BawahanMenunggu("s4", "karo", 0, 0, None),  # nothing drafted but the leader is approved
		BawahanMenunggu("s5", "kasubag", 1, 1, date(2026, 2, 18)),
	]
	status = {"kabag": "Draft", "karo": "Disetujui", "kasubag": None}
	rekap = rekap_menunggu_pimpinan(bawahan, status, hari_ini, hari_eskalasi=7)
	assert [(r.pimpinan, r.bawahan, r.rhk_menunggu, r.hari, r.eskalasi) for r in rekap] == [
		("kabag", ("s1", "s2"), 2, 19, True),
		("kasubag", ("s5",), 1, 2, False),
	]


def test_bulk_plan_creates_for_active_employees_without_an_skp_and_says_why_others_are_skipped():
	rencana = rencana_skp_massal(
		[
			CalonSKP("kepala"),
			CalonSKP("kabid", atasan="kepala"),
			CalonSKP("staf", atasan="kabid", punya_skp=True),
			CalonSKP("cuti", status="Suspended", atasan="kabid"),
			CalonSKP("nonaktif", status="Inactive", atasan="kabid", punya_skp=True),
			CalonSKP("diri", atasan="diri"),
		]
	)
	assert rencana.dibuat == ("kepala", "kabid", "diri")
	assert rencana.dilewati == {"tidak_aktif": ("cuti", "nonaktif"), "sudah_ada": ("staf",)}
	assert rencana.jumlah_dilewati == 3
	# created all the same: the top of the line has no superior, a self-reference is no superior
	assert rencana.tanpa_penilai == ("kepala", "diri")
	assert set(rencana.dilewati) <= set(ALASAN_LEWATI)


def test_bulk_plan_with_nothing_to_do():
	rencana = rencana_skp_massal([CalonSKP("a", punya_skp=True)])
	assert (rencana.dibuat, rencana.tanpa_penilai, rencana.jumlah_dilewati) == ((), (), 1)
	assert rencana_skp_massal([]).dilewati == {}
