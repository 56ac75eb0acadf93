"""The demo agency's plan (kinerja_asn.demo.rancangan) without a site: shape, identities, cascade."""

from collections import Counter
from datetime import date

import pytest

from kinerja_asn.demo.rancangan import (
	JUMLAH_MINIMAL,
	kategori_jenjang,
	rancang_demo,
	tahun_mulai_renstra,
	ukuran_struktur,
)
from kinerja_asn.domain.kaskade import RHK, analisis_kaskade
from kinerja_asn.domain.kesehatan_data import DEFAULT_MAKS_PEGAWAI_DINILAI
from kinerja_asn.domain.nip import uraikan_nip, validasi_nip

HARI_INI = date(2026, 11, 28)


@pytest.fixture(scope="module", params=[JUMLAH_MINIMAL, 40, 200, 3000])
def rancangan(request):
	return rancang_demo(request.param, 2026, 11, HARI_INI)


def test_same_seed_gives_the_same_agency():
	a, b = (rancang_demo(60, 2026, 5, HARI_INI) for _ in range(2))
	assert [(p.nama_lengkap, p.nip, p.jabatan) for p in a.pegawai] == [
		(p.nama_lengkap, p.nip, p.jabatan) for p in b.pegawai
	]
	assert [r.uraian for r in a.rhk] == [r.uraian for r in b.rhk]


def test_too_small_an_agency_is_refused():
	with pytest.raises(ValueError):
		rancang_demo(JUMLAH_MINIMAL - 1, 2026, 1, HARI_INI)


def test_size_grows_to_a_ministry_of_ten_thousand():
	assert ukuran_struktur(10_000) == (8, 47, 186, 556)
	assert ukuran_struktur(200)[0] == 2


def test_renstra_is_the_five_year_cycle_holding_the_year():
	assert [tahun_mulai_renstra(t) for t in (2024, 2025, 2029, 2030, 2037)] == [2020, 2025, 2025, 2030, 2035]


def test_headcount_and_identities_are_unique_and_valid(rancangan):
	n = len(rancangan.pegawai)
	assert len({p.nip for p in rancangan.pegawai}) == n
	assert len({p.email_lokal for p in rancangan.pegawai}) == n
	assert len({u.nama for u in rancangan.unit}) == len(rancangan.unit)
	for p in rancangan.pegawai:
		assert validasi_nip(p.nip) == []
		info = uraikan_nip(p.nip)
		assert info.tanggal_lahir == p.tanggal_lahir
		assert info.pppk == (p.status_asn == "PPPK")
		assert info.jenis_kelamin == ("pria" if p.jenis_kelamin == "Male" else "wanita")
		assert p.tanggal_lahir < p.tanggal_masuk <= p.tmt_jabatan < HARI_INI


def test_every_unit_has_a_head_who_reports_to_the_parent_unit_head(rancangan):
	for u in rancangan.unit:
		assert u.kepala.unit is u
		assert u.kepala.atasan is (u.induk.kepala if u.induk else None)
		assert all(p.atasan is u.kepala for p in u.staf)
	assert [p for p in rancangan.pegawai if p.atasan is None] == [rancangan.puncak]
	pangkat = Counter(p.jenis_jabatan for p in rancangan.pegawai if p.adalah_kepala)
	assert set(pangkat) == {"JPT", "Administrator", "Pengawas"}


def test_pejabat_penilai_is_at_least_a_pengawas_and_assesses_no_more_than_the_default_span(rancangan):
	assert all(
		p.atasan.jenis_jabatan in ("JPT", "Administrator", "Pengawas") for p in rancangan.pegawai if p.atasan
	)
	assert max(len(p.bawahan) for p in rancangan.pegawai) <= DEFAULT_MAKS_PEGAWAI_DINILAI


def test_functional_officials_have_a_matching_level(rancangan):
	fungsional = [p for p in rancangan.pegawai if p.jenis_jabatan == "Fungsional"]
	assert fungsional
	for p in fungsional:
		assert p.jabatan_fungsional and p.jenjang
		assert p.jabatan == f"{p.jabatan_fungsional} {p.jenjang}"
		assert kategori_jenjang(p.jenjang) in ("Keahlian", "Keterampilan")
		if p.status_asn == "PPPK":
			assert p.golongan in ("IX", "VII")
	assert all(p.status_asn == "PNS" for p in rancangan.pegawai if p.adalah_kepala)


def test_cascade_is_valid_with_only_the_intended_free_riders(rancangan):
	rhk = [
		RHK(
			id=str(r.nomor),
			pemilik=str(r.pemilik.nomor),
			periode="2026",
			induk=str(r.induk.nomor) if r.induk else None,
			jenis=r.jenis,
			jenis_kaskade="langsung" if r.jenis_kaskade == "Langsung" else "tidak_langsung",
		)
		for r in rancangan.rhk
	]
	penilai = {str(p.nomor): str(p.atasan.nomor) if p.atasan else None for p in rancangan.pegawai}
	hasil = analisis_kaskade(rhk, penilai)
	assert hasil.masalah == []
	assert {p.pegawai for p in hasil.pegawai_tidak_terhubung} == {str(p.nomor) for p in rancangan.penumpang}
	assert 3 <= len(rancangan.penumpang) <= 50
	assert not any(i.kode == "pemilik_bersama" for i in hasil.indikator_tanpa_pemilik)


def test_leaders_carry_their_units_indicators_with_the_years_target(rancangan):
	for p in rancangan.pegawai:
		if p.jenis_jabatan != "JPT":
			assert all(r.indikator is None for r in p.rhk)
			continue
		dibawa = {id(r.indikator) for r in p.rhk_utama}
		assert dibawa == {id(i) for i in p.unit.indikator}
		for r in p.rhk_utama:
			target, target_maks = r.indikator.target[2026]
			assert (r.iki[0].uraian, r.iki[0].target, r.iki[0].target_maks) == (
				r.indikator.uraian,
				target,
				target_maks,
			)


def test_one_employee_carries_far_more_than_the_peers(rancangan):
	beban = {p.nomor: sum(len(r.iki) for r in p.rhk) for p in rancangan.pegawai}
	lebih = rancangan.beban_lebih
	lain = sorted(v for k, v in beban.items() if k != lebih.nomor)
	assert not lebih.adalah_kepala and not lebih.penumpang
	assert beban[lebih.nomor] >= 2.5 * lain[len(lain) // 2]
	assert beban[lebih.nomor] > max(lain)


def test_every_employee_has_rhk_utama_with_two_or_more_iki(rancangan):
	for p in rancangan.pegawai:
		assert 3 <= len(p.rhk_utama) <= (10 if p.beban_lebih else 6)
		assert all(len(r.iki) >= 2 for r in p.rhk_utama)
	assert any(r.jenis == "Tambahan" and r.kategori_tambahan for r in rancangan.rhk)


def test_indicator_targets_respect_direction_and_ranges(rancangan):
	for i in rancangan.indikator:
		nilai = [i.target[t][0] for t in sorted(i.target)]
		assert len(nilai) == 5
		assert nilai == sorted(nilai, reverse=(i.arah == "turun"))
		assert all(maks is None or maks >= t for t, maks in i.target.values())
	for r in rancangan.rhk:
		for k in r.iki:
			assert k.target > 0
			assert k.target_maks is None or k.target_maks >= k.target
