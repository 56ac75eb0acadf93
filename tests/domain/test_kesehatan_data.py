from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.kesehatan_data import (
	ADMIN_SISTEM,
	ATASAN_LANGSUNG,
	DEFAULT_MAKS_PEGAWAI_DINILAI,
	JUDUL,
	PENGELOLA_KINERJA,
	Pegawai,
	Ringkasan,
	Unit,
	aktif,
	periksa_kesehatan_data,
	ringkas,
	unit_berpegawai,
)

HARI_INI = date(2026, 1, 2)


def p(id, atasan=None, unit="bidang", **kwargs) -> Pegawai:
	kwargs.setdefault("user", f"{id}@contoh.go.id")
	return Pegawai(id, nama=f"Nama {id}", atasan=atasan, unit=unit, **kwargs)


def instansi_sehat() -> tuple[list[Pegawai], list[Unit]]:
	"""Kepala heads the root unit; kabid heads bidang under it; two staff under kabid."""
	pegawai = [
		p("kepala", unit="badan", jenis_jabatan="JPT"),
		p("kabid", "kepala", jenis_jabatan="Administrator"),
		p("staf1", "kabid", jenis_jabatan="Pelaksana"),
		p("staf2", "kabid", jenis_jabatan="Fungsional", jenjang_jabatan_fungsional="Ahli Pertama"),
	]
	units = [Unit("badan", "Badan", None, "kepala"), Unit("bidang", "Bidang", "badan", "kabid")]
	return pegawai, units


def ubah_pegawai(pegawai: list[Pegawai], ubah: dict[str, dict]) -> list[Pegawai]:
	return [replace(x, **ubah.get(x.id, {})) for x in pegawai]


def periksa(pegawai, units=None, **kwargs):
	if units is None:
		units = instansi_sehat()[1]
	return periksa_kesehatan_data(pegawai, units, tanggal=HARI_INI, **kwargs)


def kode_dan_subjek(temuan) -> list[tuple[str, str]]:
	return sorted((t.kode, t.pegawai or t.unit) for t in temuan)


def test_sound_agency_has_no_finding():
	assert periksa(*instansi_sehat()) == []


@pytest.mark.parametrize(
	"ubah, diharapkan",
	[
		# employee without a user: the system admin creates the account
		({"staf1": {"user": None}}, [("tanpa_user", "staf1", ADMIN_SISTEM)]),
		# employee without a superior who neither heads a root unit nor is a JPT
		({"staf1": {"atasan": None}}, [("tanpa_atasan", "staf1", PENGELOLA_KINERJA)]),
		# functional official without jenjang
		({"staf2": {"jenjang_jabatan_fungsional": None}}, [("jf_tanpa_jenjang", "staf2", PENGELOLA_KINERJA)]),
		# a superior pointing to himself is a cycle of one
		({"staf1": {"atasan": "staf1"}}, [("siklus_atasan", "staf1", PENGELOLA_KINERJA)]),
		# a JPT's superior left: the JPT is reported, not excused
		(
			{"kepala": {"status": "Left"}, "kabid": {"jenis_jabatan": "JPT"}},
			[
				("atasan_tidak_aktif", "kabid", PENGELOLA_KINERJA),
				("kepala_unit_tidak_aktif", None, PENGELOLA_KINERJA),
			],
		),
	],
	ids=["tanpa_user", "tanpa_atasan", "jf_tanpa_jenjang", "atasan_diri_sendiri", "atasan_jpt_keluar"],
)
def test_each_problem_names_its_subject_and_who_fixes_it(ubah, diharapkan):
	temuan = periksa(ubah_pegawai(instansi_sehat()[0], ubah))
	assert [(t.kode, t.pegawai, t.penanggung_jawab) for t in temuan] == diharapkan
	assert all(t.pesan and t.judul == JUDUL[t.kode] for t in temuan)


def test_superior_who_left_is_reported_for_each_subordinate_and_as_unit_head():
	temuan = periksa(ubah_pegawai(instansi_sehat()[0], {"kabid": {"status": "Left"}}))
	assert kode_dan_subjek(temuan) == [
		("atasan_tidak_aktif", "staf1"),
		("atasan_tidak_aktif", "staf2"),
		("kepala_unit_tidak_aktif", "bidang"),
	]
	assert "berstatus Left" in temuan[0].pesan


def test_root_unit_head_and_jpt_may_have_no_superior():
	pegawai = [
		p("kepala", unit="badan", jenis_jabatan="Administrator"),  # heads the root unit
		p("dirjen", unit="badan", jenis_jabatan="JPT"),  # JPT, assessed by the minister
		p("kabid", "kepala"),
		p("lepas", unit="bidang", jenis_jabatan="Administrator"),  # no superior, no excuse
	]
	units = [Unit("badan", "Badan", "All Departments", "kepala"), Unit("bidang", "Bidang", "badan", "kabid")]
	assert kode_dan_subjek(periksa(pegawai, units)) == [("tanpa_atasan", "lepas")]


def test_head_of_a_sub_unit_without_superior_is_reported():
	pegawai, units = instansi_sehat()
	pegawai[1] = replace(pegawai[1], atasan=None)
	assert kode_dan_subjek(periksa(pegawai, units)) == [("tanpa_atasan", "kabid")]


def test_superior_past_relieving_date_counts_as_left():
	pegawai, units = instansi_sehat()
	pegawai[1] = replace(pegawai[1], tanggal_berhenti=date(2025, 12, 31))
	temuan = periksa(pegawai, units)
	assert kode_dan_subjek(temuan) == [
		("atasan_tidak_aktif", "staf1"),
		("atasan_tidak_aktif", "staf2"),
		("kepala_unit_tidak_aktif", "bidang"),
	]
	assert "berhenti sejak 2025-12-31" in temuan[0].pesan
	assert temuan[0].terkait == ("kabid",)


def test_superior_still_works_on_the_relieving_date():
	pegawai, units = instansi_sehat()
	pegawai[1] = replace(pegawai[1], tanggal_berhenti=HARI_INI)
	assert periksa(pegawai, units) == []


def test_unknown_superior_is_reported():
	pegawai, units = instansi_sehat()
	pegawai.append(p("staf3", "hilang"))
	(temuan,) = periksa(pegawai, units)
	assert (temuan.kode, temuan.pegawai) == ("atasan_tidak_aktif", "staf3")
	assert "tidak ditemukan" in temuan.pesan


def test_inactive_employees_are_not_checked():
	pegawai, units = instansi_sehat()
	pegawai.append(p("pensiun", None, status="Left", user=None, jenis_jabatan="Fungsional"))
	assert periksa(pegawai, units) == []


def test_cycle_is_reported_once_with_its_members_in_order():
	pegawai, units = instansi_sehat()
	pegawai += [p("c", "a"), p("a", "b"), p("b", "c"), p("ekor", "a")]
	(temuan,) = periksa(pegawai, units)
	assert temuan.kode == "siklus_atasan"
	assert temuan.terkait == ("a", "b", "c")
	assert temuan.pegawai == "a"
	assert "Nama a (a) → Nama b (b) → Nama c (c) → Nama a (a)" in temuan.pesan


def test_link_to_a_superior_who_left_breaks_the_cycle():
	pegawai, units = instansi_sehat()
	pegawai += [p("a", "b"), p("b", "a", status="Left")]
	assert kode_dan_subjek(periksa(pegawai, units)) == [("atasan_tidak_aktif", "a")]


def test_overloaded_superior_goes_to_their_own_superior():
	pegawai, units = instansi_sehat()
	pegawai += [p(f"tambahan{i}", "kabid") for i in range(DEFAULT_MAKS_PEGAWAI_DINILAI - 2)]
	assert periksa(pegawai, units) == []  # exactly the limit
	pegawai.append(p("satu_lagi", "kabid"))
	(temuan,) = periksa(pegawai, units)
	assert (temuan.kode, temuan.pegawai) == ("bawahan_berlebih", "kabid")
	assert (temuan.penanggung_jawab, temuan.pegawai_penanggung_jawab) == (ATASAN_LANGSUNG, "kepala")
	assert f"menilai {DEFAULT_MAKS_PEGAWAI_DINILAI + 1} bawahan" in temuan.pesan


def test_limit_is_a_parameter_and_inactive_subordinates_do_not_count():
	pegawai, units = instansi_sehat()
	pegawai.append(p("keluar", "kabid", status="Left"))
	assert periksa(pegawai, units, maks_pegawai_dinilai=2) == []
	(temuan,) = periksa(pegawai, units, maks_pegawai_dinilai=1)
	assert temuan.kode == "bawahan_berlebih"


def test_overloaded_top_goes_to_hr():
	pegawai, units = instansi_sehat()
	(temuan,) = periksa(pegawai, units, maks_pegawai_dinilai=0)[:1]
	assert (temuan.pegawai, temuan.penanggung_jawab) == ("kepala", PENGELOLA_KINERJA)
	assert temuan.pegawai_penanggung_jawab is None


def test_unit_without_head_and_with_inactive_head():
	pegawai, units = instansi_sehat()
	pegawai += [
		p("mantan", "kepala", status="Inactive"),
		p("staf_seksi", "kabid", unit="seksi"),
		p("staf_subbag", "kabid", unit="subbag"),
	]
	units += [
		Unit("seksi", "Seksi Tanpa Kepala", "bidang", None),
		Unit("subbag", "Subbag", "bidang", "mantan"),
	]
	temuan = periksa(pegawai, units)
	assert [(t.kode, t.unit) for t in temuan] == [
		("unit_tanpa_kepala", "seksi"),
		("kepala_unit_tidak_aktif", "subbag"),
	]
	assert "Seksi Tanpa Kepala" in temuan[0].pesan
	assert temuan[1].terkait == ("mantan",)


def test_scope_limits_findings_to_its_units():
	pegawai, units = instansi_sehat()
	pegawai += [
		p("tanpa_akun", "kepala", unit="badan", user=None),
		p("jf", "kabid", jenis_jabatan="Fungsional"),
		p("staf_seksi", "kabid", unit="seksi"),
	]
	units.append(Unit("seksi", "Seksi", "bidang", None))
	assert kode_dan_subjek(periksa(pegawai, units, unit_cakupan={"bidang", "seksi"})) == [
		("jf_tanpa_jenjang", "jf"),
		("unit_tanpa_kepala", "seksi"),
	]
	assert kode_dan_subjek(periksa(pegawai, units, unit_cakupan={"badan"})) == [("tanpa_user", "tanpa_akun")]


def test_cycle_outside_the_scope_is_not_reported_inside_it():
	pegawai, units = instansi_sehat()
	pegawai += [p("a", "b", unit="badan"), p("b", "a", unit="badan")]
	assert periksa(pegawai, units, unit_cakupan={"bidang"}) == []
	assert [t.kode for t in periksa(pegawai, units, unit_cakupan={"badan"})] == ["siklus_atasan"]


@pytest.mark.parametrize(
	"status, tanggal_berhenti, diharapkan",
	[
		("Active", None, True),
		("Active", date(2026, 1, 2), True),
		("Active", date(2026, 1, 1), False),
		("Inactive", None, False),
		("Suspended", None, False),
		("Left", date(2026, 2, 1), False),
	],
)
def test_aktif(status, tanggal_berhenti, diharapkan):
	assert aktif(Pegawai("x", status=status, tanggal_berhenti=tanggal_berhenti), HARI_INI) is diharapkan


def test_long_reporting_line_is_linear_and_not_recursive():
	n = 50_000
	pegawai = [p("e0", unit="badan", jenis_jabatan="JPT")] + [p(f"e{i}", f"e{i - 1}") for i in range(1, n)]
	units = [Unit("badan", "Badan", None, "e0"), Unit("bidang", "Bidang", "badan", "e1")]
	assert periksa(pegawai, units) == []
	pegawai[0] = p("e0", f"e{n - 1}", unit="badan", jenis_jabatan="JPT")
	(temuan,) = periksa(pegawai, units)
	assert temuan.kode == "siklus_atasan" and len(temuan.terkait) == n


@st.composite
def garis_atasan_dengan_siklus(draw):
	"""A random forest (each employee reports to an earlier one or to nobody) listed in a random
	order, with one to three disjoint cycles injected by re-pointing their members to each other."""
	n = draw(st.integers(min_value=1, max_value=40))
	atasan = [None] + [draw(st.one_of(st.none(), st.integers(0, i - 1))) for i in range(1, n)]
	bebas = list(draw(st.permutations(range(n))))
	siklus: list[list[int]] = []
	while bebas and len(siklus) < 3:
		panjang = draw(st.integers(min_value=1, max_value=min(6, len(bebas))))
		siklus.append(bebas[:panjang])
		bebas = bebas[panjang:]
		if not draw(st.booleans()):
			break
	for anggota in siklus:
		for i, node in enumerate(anggota):
			atasan[node] = anggota[(i + 1) % len(anggota)]
	ids = [f"p{i:02d}" for i in range(n)]
	pegawai = [p(ids[i], None if atasan[i] is None else ids[atasan[i]]) for i in range(n)]
	return draw(st.permutations(pegawai)), [{ids[i] for i in anggota} for anggota in siklus]


@given(garis_atasan_dengan_siklus())
def test_any_injected_cycle_is_found_exactly_once(data):
	pegawai, siklus = data
	temuan = [t for t in periksa(pegawai, []) if t.kode == "siklus_atasan"]
	assert sorted(sorted(t.terkait) for t in temuan) == sorted(sorted(s) for s in siklus)
	assert all(t.pegawai == min(t.terkait) for t in temuan)


def test_units_without_active_employees_are_not_flagged():
	"""ERPNext's default departments and emptied units have no head to appoint."""
	pegawai, units = instansi_sehat()
	pegawai.append(p("pensiun", "kabid", unit="gudang", status="Left"))
	units += [
		Unit("accounts", "Accounts", None, None),
		Unit("gudang", "Gudang", "badan", None),
		Unit("lama", "Unit Lama", "badan", "pensiun"),
	]
	assert periksa(pegawai, units) == []


def test_a_parent_unit_with_staff_only_in_its_sub_units_still_needs_a_head():
	pegawai = [p("kabid", None, unit="bidang", jenis_jabatan="JPT")]
	units = [Unit("badan", "Badan", None, None), Unit("bidang", "Bidang", "badan", "kabid")]
	assert unit_berpegawai(pegawai, units, HARI_INI) == {"badan", "bidang"}
	assert [(t.kode, t.unit) for t in periksa(pegawai, units)] == [("unit_tanpa_kepala", "badan")]


def test_summary_counts_checked_employees_findings_and_their_units():
	pegawai, units = instansi_sehat()
	pegawai += [
		p("tanpa_akun", "kepala", unit="badan", user=None),
		p("jf", "kabid", jenis_jabatan="Fungsional"),
		p("lagi", "kabid", user=None),
		p("keluar", "kabid", status="Left"),
	]
	temuan = periksa(pegawai, units)
	assert ringkas(temuan, pegawai, tanggal=HARI_INI) == Ringkasan(pegawai=7, masalah=3, unit=2)
	assert ringkas([], pegawai, tanggal=HARI_INI) == Ringkasan(pegawai=7, masalah=0, unit=0)
	bidang = periksa(pegawai, units, unit_cakupan={"bidang"})
	assert ringkas(bidang, pegawai, tanggal=HARI_INI, unit_cakupan={"bidang"}) == Ringkasan(5, 2, 1)
