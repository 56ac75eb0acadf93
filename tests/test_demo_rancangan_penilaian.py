"""The demo's assessed last year (kinerja_asn.demo.rancangan_penilaian) without a site: every unit fits
its organisation's curve except the one meant to break it, and one appeal raised a predikat."""

from datetime import date

import pytest

from kinerja_asn.demo.rancangan import JUMLAH_MINIMAL, rancang_demo
from kinerja_asn.demo.rancangan_penilaian import ESELON_KURVA, rancang_penilaian
from kinerja_asn.domain.distribusi import cek_distribusi
from kinerja_asn.domain.rating import Predikat, Rating, predikat_kinerja

HARI_INI = date(2026, 11, 28)


@pytest.fixture(scope="module", params=[JUMLAH_MINIMAL, 40, 200, 3000])
def demo(request):
	r = rancang_demo(request.param, 2026, 11, HARI_INI)
	return r, rancang_penilaian(r)


def test_the_previous_year_is_assessed_for_everyone_with_a_pejabat_penilai(demo):
	r, rencana = demo
	assert rencana.tahun == 2025
	assert set(rencana.rating) == {p for p in r.pegawai if p.atasan is not None}
	assert r.puncak not in rencana.rating


def test_every_bagian_has_an_organisation_predikat_and_its_members(demo):
	r, rencana = demo
	units = [u for u in r.unit if u.eselon == ESELON_KURVA]
	assert set(rencana.organisasi) == set(units)
	for p, u in rencana.unit_kurva.items():
		if p.unit.eselon >= ESELON_KURVA:
			assert u is not None and (p.unit is u or p.unit.induk is u)
		else:
			assert u is None


def test_only_the_chosen_unit_breaks_its_curve(demo):
	_r, rencana = demo
	for unit, organisasi in rencana.organisasi.items():
		predikat = [rencana.predikat(p) for p in rencana.anggota(unit)]
		pelanggaran = cek_distribusi(organisasi, predikat)
		assert bool(pelanggaran) == (unit is rencana.melanggar), unit.nama


def test_one_appeal_raised_a_baik_to_sangat_baik_within_the_curve(demo):
	_r, rencana = demo
	p = rencana.keberatan
	assert p is not None and p.atasan.atasan is not None
	assert predikat_kinerja(*rencana.rating_awal) is Predikat.BAIK
	assert rencana.rating[p] == (Rating.DI_ATAS, Rating.DI_ATAS)
	assert rencana.unit_kurva[p] is not rencana.melanggar


def test_achievement_follows_the_rating_hasil_kerja(demo):
	_r, rencana = demo
	for p, (hasil, _perilaku) in rencana.rating.items():
		c = rencana.capaian[p]
		assert {Rating.DI_ATAS: c >= 110, Rating.SESUAI: 100 <= c < 110, Rating.DI_BAWAH: c < 100}[hasil]


def test_same_seed_same_year():
	a = rancang_penilaian(rancang_demo(60, 2026, 5, HARI_INI))
	b = rancang_penilaian(rancang_demo(60, 2026, 5, HARI_INI))
	assert [(p.nama_lengkap, r) for p, r in a.rating.items()] == [
		(p.nama_lengkap, r) for p, r in b.rating.items()
	]
