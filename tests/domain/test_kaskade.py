import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_asn.domain.capaian import IKI
from kinerja_asn.domain.kaskade import (
	RHK,
	analisis_kaskade,
	bangun_pohon,
	cari_siklus,
	indikator_tanpa_pemilik,
	pegawai_tidak_terhubung,
	puncak_hierarki,
	rhk_yatim,
	rollup_capaian,
	validasi_kaskade,
	validasi_rhk,
)

# kepala (JPT) -> kabid -> staf1, staf2
PEJABAT = {"kepala": None, "kabid": "kepala", "staf1": "kabid", "staf2": "kabid"}


def iki(realisasi=None, target=100.0, **kwargs) -> list[IKI]:
	return [IKI("i", target, realisasi=realisasi, **kwargs)]


def rhk(id, pemilik, induk=None, periode="2026", **kwargs) -> RHK:
	return RHK(id, pemilik, periode, induk, **kwargs)


def kaskade_sehat() -> list[RHK]:
	return [
		rhk("K1", "kepala", indikator_organisasi="IKU-1"),
		rhk("B1", "kabid", "K1"),
		rhk("S1", "staf1", "B1"),
		rhk("S2", "staf2", "B1", jenis_kaskade="tidak_langsung"),
	]


def kode(masalah) -> list[str]:
	return sorted(m.kode for m in masalah)


def test_sound_cascade_has_no_problem():
	hasil = analisis_kaskade(kaskade_sehat(), PEJABAT, indikator_organisasi=["IKU-1"])
	assert hasil.masalah == []
	assert (
		hasil.pegawai_tidak_terhubung == [] and hasil.rhk_yatim == [] and hasil.indikator_tanpa_pemilik == []
	)
	assert not hasil.ada_masalah


def test_rhk_must_point_to_an_existing_rhk():
	(m,) = validasi_kaskade([rhk("K1", "kepala"), rhk("B1", "kabid", "HILANG")], PEJABAT)
	assert (m.kode, m.rhk, m.induk, m.pegawai) == ("induk_tidak_ada", "B1", "HILANG", "kabid")
	assert "tidak ditemukan" in m.pesan


def test_parent_in_another_periode_is_reported():
	data = [rhk("K1", "kepala", periode="2025"), rhk("B1", "kabid", "K1", periode="2026")]
	(m,) = validasi_kaskade(data, PEJABAT)
	assert (m.kode, m.rhk, m.induk, m.periode, m.periode_induk) == (
		"periode_berbeda",
		"B1",
		"K1",
		"2026",
		"2025",
	)


def test_parent_not_owned_by_pejabat_penilai_is_reported():
	data = [rhk("K1", "kepala"), rhk("B1", "kabid", "K1"), rhk("S1", "staf1", "K1")]
	(m,) = validasi_kaskade(data, PEJABAT)
	assert (m.kode, m.rhk, m.induk, m.pegawai, m.pejabat_penilai, m.pemilik_induk) == (
		"bukan_atasan",
		"S1",
		"K1",
		"staf1",
		"kabid",
		"kepala",
	)


def test_owner_without_known_pejabat_penilai_is_reported_not_guessed():
	data = [rhk("K1", "kepala"), rhk("X1", "orang_baru", "K1")]
	assert kode(validasi_kaskade(data, PEJABAT)) == ["pejabat_penilai_tidak_diketahui"]


def test_duplicate_rhk_id_is_reported():
	data = [rhk("K1", "kepala"), rhk("K1", "kabid")]
	assert kode(validasi_kaskade(data, PEJABAT)) == ["id_ganda"]
	assert bangun_pohon(data).rhk["K1"].pemilik == "kepala"


@pytest.mark.parametrize(
	"induk, siklus",
	[
		pytest.param({"A": "A"}, [("A",)], id="self_loop"),
		pytest.param({"A": "B", "B": "A"}, [("A", "B")], id="two_cycle"),
		pytest.param(
			{"C": "A", "A": "B", "B": "C", "D": "A", "E": "D"}, [("A", "B", "C")], id="cycle_with_tail"
		),
		pytest.param(
			{"A": "B", "B": "A", "X": "Y", "Y": "Z", "Z": "X"}, [("A", "B"), ("X", "Y", "Z")], id="two_cycles"
		),
		pytest.param({"A": None, "B": "A", "C": "B"}, [], id="chain_has_no_cycle"),
	],
)
def test_cycles_are_found_in_parent_order_from_smallest_id(induk, siklus):
	data = [rhk(i, "p", p) for i, p in induk.items()]
	assert sorted(cari_siklus(data)) == siklus


def test_cycle_reported_as_structured_problem():
	data = [rhk("A", "kabid", "B"), rhk("B", "kabid", "A")]
	masalah = [m for m in validasi_kaskade(data, {"kabid": "kabid"}) if m.kode == "siklus"]
	(m,) = masalah
	assert m.siklus == ("A", "B") and m.rhk == "A"
	assert "A -> B -> A" in m.pesan


def test_single_rhk_validation_on_save_detects_a_new_cycle():
	tersimpan = {r.id: r for r in kaskade_sehat()}
	# K1 is edited to point at S1, which descends from it.
	baru = rhk("K1", "kepala", "S1")
	masalah = validasi_rhk(baru, tersimpan, PEJABAT)
	assert "siklus" in kode(masalah)
	(m,) = [m for m in masalah if m.kode == "siklus"]
	assert m.siklus == ("K1", "S1", "B1")


def test_single_rhk_validation_of_sound_rhk_and_of_top_rhk():
	tersimpan = bangun_pohon(kaskade_sehat())
	assert validasi_rhk(rhk("S3", "staf2", "B1"), tersimpan, PEJABAT) == []
	assert validasi_rhk(rhk("K2", "kepala"), tersimpan, PEJABAT) == []
	assert kode(validasi_rhk(rhk("S3", "staf2", "K1"), tersimpan, PEJABAT)) == ["bukan_atasan"]
	assert kode(validasi_rhk(rhk("S3", "staf2", "S3"), tersimpan, PEJABAT)) == ["siklus"]


def test_single_rhk_validation_stops_on_a_cycle_above_it():
	tersimpan = {"A": rhk("A", "kabid", "B"), "B": rhk("B", "kabid", "A")}
	assert kode(validasi_rhk(rhk("S", "staf1", "A"), tersimpan, PEJABAT)) == []


def test_rollup_averages_own_capaian_and_direct_children():
	data = [
		rhk("K1", "kepala", iki=iki(90)),
		rhk("B1", "kabid", "K1", iki=iki(120)),
		rhk("B2", "kabid", "K1", iki=iki(60), jenis_kaskade="tidak_langsung"),
		rhk("S1", "staf1", "B1", iki=iki(80)),
		rhk("S2", "staf2", "B1"),
	]
	hasil = rollup_capaian(data)
	assert hasil.capaian_sendiri == {"K1": 90, "B1": 120, "B2": 60, "S1": 80, "S2": None}
	assert hasil.capaian["B1"] == pytest.approx(100)  # (120 + 80) / 2; S2 has nothing to roll up
	assert hasil.capaian["K1"] == pytest.approx(95)  # (90 + 100) / 2; B2 is indirect
	assert hasil.capaian["S2"] is None


def test_rollup_of_leader_without_own_realisation_follows_the_single_direct_child():
	data = [rhk("K1", "kepala"), rhk("B1", "kabid", "K1"), rhk("S1", "staf1", "B1", iki=iki(87.5))]
	assert rollup_capaian(data).capaian == {"K1": 87.5, "B1": 87.5, "S1": 87.5}


def test_rollup_ignores_links_across_periods_and_cycles():
	data = [
		rhk("K1", "kepala", periode="2025", iki=iki(100)),
		rhk("B1", "kabid", "K1", iki=iki(50)),
		rhk("X", "staf1", "Y", iki=iki(70)),
		rhk("Y", "staf2", "X", iki=iki(70)),
		rhk("Z", "staf1", "X", iki=iki(40)),
	]
	hasil = rollup_capaian(data)
	assert hasil.capaian["K1"] == 100
	assert hasil.capaian["X"] is None and hasil.capaian["Y"] is None
	assert hasil.capaian["Z"] == 40


def test_rollup_cap_applies_at_every_node():
	data = [rhk("K1", "kepala", iki=iki(150)), rhk("B1", "kabid", "K1", iki=iki(130))]
	hasil = rollup_capaian(data, batas_capaian=120)
	assert hasil.capaian == {"K1": 120, "B1": 120}
	assert hasil.capaian_sendiri == {"K1": 150, "B1": 130}


def test_invalid_iki_is_a_problem_not_a_crash():
	data = [rhk("K1", "kepala", iki=iki(50, target=0)), rhk("B1", "kabid", "K1", iki=iki(80))]
	hasil = analisis_kaskade(data, PEJABAT)
	assert kode(hasil.masalah) == ["iki_tidak_valid"]
	assert hasil.capaian["K1"] == 80
	assert "Target IKI harus lebih besar dari 0" in hasil.masalah[0].pesan


def test_deep_chain_needs_no_recursion():
	n = 30_000
	data = [rhk("R0", "p0", iki=iki(100))] + [rhk(f"R{i}", f"p{i}", f"R{i - 1}") for i in range(1, n)]
	data[-1].iki = iki(50)
	hasil = rollup_capaian(data)
	assert hasil.capaian["R0"] == pytest.approx(75)
	assert cari_siklus(data) == []
	data[0].induk = f"R{n - 1}"
	(siklus,) = cari_siklus(data)
	assert len(siklus) == n
	assert kode(validasi_rhk(data[0], bangun_pohon(data), {})) == [
		"pejabat_penilai_tidak_diketahui",
		"siklus",
	]


@pytest.mark.parametrize(
	"data, pejabat, jpt, harapan",
	[
		pytest.param(
			[rhk("K1", "kepala"), rhk("B1", "kabid", "K1"), rhk("S1", "staf1")],
			PEJABAT,
			None,
			{("staf1", "rhk_utama_tanpa_induk"), ("staf2", "tanpa_rhk")},
			id="utama_without_parent_and_no_rhk",
		),
		pytest.param(
			[rhk("K1", "kepala"), rhk("B1", "kabid", "K1"), rhk("S1", "staf1", "B1", jenis="Tambahan"), rhk("S2", "staf2", "B1")],
			PEJABAT,
			None,
			{("staf1", "tanpa_rhk_utama")},
			id="only_tambahan_linked",
		),
		pytest.param(
			[rhk("K1", "kepala"), rhk("B1", "kabid", "K1"), rhk("B2", "kabid"), rhk("S1", "staf1", "B1"), rhk("S2", "staf2", "HILANG")],
			PEJABAT,
			None,
			{("staf2", "rhk_utama_tanpa_induk")},
			id="one_linked_utama_is_enough_missing_parent_is_not",
		),
		pytest.param(
			[rhk("K1", "kepala"), rhk("B1", "kabid")],
			{"kepala": None, "kabid": "kepala"},
			{"kepala", "kabid"},
			set(),
			id="explicit_jpt_exempt",
		),
		pytest.param(
			[rhk("K1", "kepala"), rhk("X1", "tamu")],
			{"kepala": None},
			None,
			{("tamu", "rhk_utama_tanpa_induk")},
			id="owner_missing_from_mapping_is_not_taken_for_jpt",
		),
		pytest.param(
			[rhk("K1", "kepala"), rhk("B1", "kabid", "K1"), rhk("B2", "kabag")],
			{"kabid": "kepala", "kabag": "kepala"},
			None,
			{("kabag", "rhk_utama_tanpa_induk")},
			id="superior_without_own_entry_is_the_top",
		),
	],
)  # fmt: skip
def test_unlinked_employees(data, pejabat, jpt, harapan):
	hasil = pegawai_tidak_terhubung(data, pejabat, jpt)
	assert {(p.pegawai, p.alasan) for p in hasil} == harapan


def test_top_of_hierarchy():
	assert puncak_hierarki(PEJABAT) == {"kepala"}
	assert puncak_hierarki({"a": "b", "b": "c", "d": None}) == {"c", "d"}


def test_unlinked_employee_is_judged_per_periode():
	data = [
		rhk("K1", "kepala"),
		rhk("K2", "kepala", periode="2027"),
		rhk("B1", "kabid", "K1"),
		rhk("B2", "kabid", periode="2027"),
	]
	(p,) = pegawai_tidak_terhubung(data, {"kepala": None, "kabid": "kepala"})
	assert (p.pegawai, p.periode, p.rhk) == ("kabid", "2027", ("B2",))


def test_orphan_leader_rhk():
	data = kaskade_sehat() + [
		rhk("K2", "kepala"),
		rhk("K3", "kepala", jenis="Tambahan"),
		rhk("S9", "staf1"),  # staf1 leads nobody: not an orphan
	]
	assert [y.rhk for y in rhk_yatim(data, PEJABAT)] == ["K2"]
	assert [y.rhk for y in rhk_yatim(data, PEJABAT, termasuk_tambahan=True)] == ["K2", "K3"]


def test_indirect_child_keeps_the_leader_rhk_from_being_orphan():
	data = [rhk("K1", "kepala"), rhk("B1", "kabid", "K1", jenis_kaskade="tidak_langsung")]
	assert rhk_yatim(data, {"kepala": None, "kabid": "kepala"}) == []


def test_indicator_without_owner_and_shared_direct_owner():
	data = kaskade_sehat() + [rhk("S3", "staf2", "B1")]
	hasil = indikator_tanpa_pemilik(data, ["IKU-1", "IKU-2", "IKU-2"])
	kasus = {(h.kode, h.indikator, h.rhk, h.anak) for h in hasil}
	assert kasus == {
		("indikator_tanpa_rhk", "IKU-2", None, ()),
		("pemilik_bersama", None, "B1", ("S1", "S3")),
	}


def test_analysis_collects_everything():
	data = kaskade_sehat() + [rhk("K2", "kepala"), rhk("S3", "staf2", "K1"), rhk("S4", "staf2", "B1")]
	hasil = analisis_kaskade(data, PEJABAT, indikator_organisasi=["IKU-1", "IKU-9"])
	assert kode(hasil.masalah) == ["bukan_atasan"]
	assert [y.rhk for y in hasil.rhk_yatim] == ["K2"]
	assert {h.kode for h in hasil.indikator_tanpa_pemilik} == {"indikator_tanpa_rhk", "pemilik_bersama"}
	assert hasil.ada_masalah


def test_bad_rhk_kind_is_refused():
	with pytest.raises(ValueError, match="Jenis RHK"):
		rhk("A", "p", jenis="Pokok")
	with pytest.raises(ValueError, match="Jenis kaskade"):
		rhk("A", "p", jenis_kaskade="campuran")


# ---- properties -------------------------------------------------------------------------------

capaian_iki_st = st.builds(
	lambda target, realisasi, bobot: IKI("i", target, realisasi=realisasi, bobot=bobot),
	st.floats(min_value=1, max_value=1000),
	st.one_of(st.none(), st.floats(min_value=0, max_value=2000)),
	st.floats(min_value=0.1, max_value=10),
)


@given(
	iki_anak=st.lists(capaian_iki_st, min_size=1, max_size=4),
	jumlah_anak=st.integers(min_value=1, max_value=8),
	kedalaman=st.integers(min_value=1, max_value=3),
)
def test_rollup_of_identical_children_equals_a_child(iki_anak, jumlah_anak, kedalaman):
	data = [rhk("ROOT", "kepala")]
	lapis = ["ROOT"]
	for d in range(kedalaman):
		berikut = []
		for induk in lapis:
			for j in range(jumlah_anak if d == 0 else 1):
				nama = f"{induk}.{j}"
				daun = d == kedalaman - 1
				data.append(rhk(nama, f"p{nama}", induk, iki=list(iki_anak) if daun else []))
				berikut.append(nama)
		lapis = berikut
	hasil = rollup_capaian(data)
	anak = hasil.capaian["ROOT.0"]
	if anak is None:
		assert hasil.capaian["ROOT"] is None
	else:
		assert hasil.capaian["ROOT"] == pytest.approx(anak)


@st.composite
def graf_dengan_siklus(draw):
	n = draw(st.integers(min_value=1, max_value=60))
	induk = [
		None if i == 0 else draw(st.one_of(st.none(), st.integers(min_value=0, max_value=i - 1)))
		for i in range(n)
	]
	urutan = draw(st.permutations(range(n)))
	siklus = []
	posisi = 0
	while posisi < n and draw(st.booleans()) or not siklus:
		panjang = draw(st.integers(min_value=1, max_value=max(1, min(6, n - posisi))))
		anggota = urutan[posisi : posisi + panjang]
		if not anggota:
			break
		for a, b in zip(anggota, anggota[1:] + anggota[:1], strict=True):
			induk[a] = b
		siklus.append(frozenset(anggota))
		posisi += panjang
	return induk, siklus


@given(graf_dengan_siklus())
def test_an_injected_cycle_is_always_found(graf):
	induk, siklus = graf
	data = [rhk(f"R{i}", "p", None if p is None else f"R{p}") for i, p in enumerate(induk)]
	ditemukan = {frozenset(int(x[1:]) for x in s) for s in cari_siklus(data)}
	assert ditemukan == set(siklus)
	di_analisis = analisis_kaskade(data, {}).siklus
	assert {frozenset(int(x[1:]) for x in s) for s in di_analisis} == set(siklus)


@given(
	simpul=st.lists(
		st.tuples(
			st.integers(min_value=0, max_value=10_000), st.booleans(), st.lists(capaian_iki_st, max_size=2)
		),
		min_size=1,
		max_size=30,
	),
	batas=st.floats(min_value=0, max_value=200),
)
def test_rollup_never_exceeds_its_cap(simpul, batas):
	data = []
	for i, (p, langsung, iki_list) in enumerate(simpul):
		data.append(
			rhk(
				f"R{i}",
				f"p{i}",
				f"R{p % i}" if i else None,
				iki=iki_list,
				jenis_kaskade="langsung" if langsung else "tidak_langsung",
			)
		)
	hasil = rollup_capaian(data, batas_capaian=batas)
	assert all(v is None or v <= batas for v in hasil.capaian.values())
	tanpa_batas = rollup_capaian(data)
	for k, v in tanpa_batas.capaian.items():
		assert (v is None) == (hasil.capaian[k] is None)
