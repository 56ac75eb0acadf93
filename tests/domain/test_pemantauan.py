from kinerja_asn.domain.kaskade import RHK, analisis_kaskade
from kinerja_asn.domain.pemantauan import (
	PEGAWAI,
	PEJABAT_PENILAI,
	PENGELOLA,
	PIMPINAN,
	SKPPegawai,
	free_rider,
	ringkasan_temuan,
	temuan_pemantauan,
)

# kepala (JPT) -> kabid -> staf1, staf2, staf3; staf4 has no SKP, staf5 a submitted one.
PEJABAT = {"kepala": None, "kabid": "kepala", "staf1": "kabid", "staf2": "kabid", "staf3": "kabid"}


def skp(pegawai, status="Disetujui", pejabat=None):
	return SKPPegawai(f"SKP-{pegawai}", pegawai, status, status == "Disetujui", pejabat, pejabat)


def organisasi():
	rhk = [
		RHK("R-kepala", "kepala", "2026", indikator_organisasi="IKU-1"),
		RHK("R-kabid", "kabid", "2026", "R-kepala"),
		RHK("R-kabid-2", "kabid", "2026", "R-kepala", jenis_kaskade="tidak_langsung"),
		RHK("R-staf1", "staf1", "2026", "R-kabid"),
		RHK("R-staf2", "staf2", "2026", None),
		RHK("R-staf2-t", "staf2", "2026", "R-kabid", jenis="Tambahan", jenis_kaskade="tidak_langsung"),
	]
	skps = {p: skp(p, pejabat=a) for p, a in PEJABAT.items()}
	skps["staf5"] = skp("staf5", "Diajukan", "kabid")
	kaskade = analisis_kaskade(rhk, PEJABAT, indikator_organisasi=["IKU-1", "IKU-2"])
	return rhk, skps, kaskade


def temuan(**kwargs):
	rhk, skps, kaskade = organisasi()
	args = dict(
		pegawai=[*PEJABAT, "staf4", "staf5"],
		skp=skps,
		kaskade=kaskade,
		rhk_pemilik={r.id: r.pemilik for r in rhk},
		indikator_unit={"IKU-1": "U", "IKU-2": "U"},
	)
	args.update(kwargs)
	return temuan_pemantauan(**args)


def by_kode(hasil):
	out = {}
	for t in hasil:
		out.setdefault(t.kode, []).append(t)
	return out


def test_each_gap_names_who_must_act():
	hasil = by_kode(temuan())
	assert [(t.pegawai, t.aktor, t.pegawai_aktor) for t in hasil["tanpa_skp"]] == [
		("staf4", PEGAWAI, "staf4")
	]
	# a submitted SKP waits for its approver
	assert [(t.pegawai, t.aktor, t.pegawai_aktor) for t in hasil["skp_belum_disetujui"]] == [
		("staf5", PEJABAT_PENILAI, "kabid")
	]
	assert [(t.pegawai, t.aktor) for t in hasil["tanpa_rhk"]] == [("staf3", PEGAWAI)]
	# staf2's only RHK Utama serves no leader RHK (the Tambahan one does not count)
	assert [(t.pegawai, t.aktor, t.pegawai_aktor, t.dokumen) for t in hasil["rhk_utama_tanpa_induk"]] == [
		("staf2", PEJABAT_PENILAI, "kabid", ("Rencana Hasil Kerja", "R-staf2"))
	]
	assert [(t.dokumen[1], t.aktor, t.pegawai_aktor) for t in hasil["rhk_yatim"]] == [
		("R-kabid-2", PIMPINAN, "kabid")
	]
	assert [(t.dokumen, t.aktor) for t in hasil["indikator_tanpa_rhk"]] == [
		(("Indikator Kinerja", "IKU-2"), PENGELOLA)
	]
	assert free_rider(temuan()) == {"staf2", "staf3"}


def test_scope_drops_other_units_findings():
	hasil = temuan(pegawai=["staf1", "staf2"], indikator_unit={})
	assert {t.kode for t in hasil} == {"rhk_utama_tanpa_induk"}


def test_shared_direct_cascade_is_the_leaders_to_fix():
	rhk, skps, _ = organisasi()
	rhk.append(RHK("R-staf1-b", "staf1", "2026", "R-kabid-2"))
	rhk.append(RHK("R-staf3", "staf3", "2026", "R-kabid-2"))
	kaskade = analisis_kaskade(rhk, PEJABAT)
	hasil = temuan(kaskade=kaskade, rhk_pemilik={r.id: r.pemilik for r in rhk})
	bersama = by_kode(hasil)["pemilik_bersama"]
	assert [(t.pegawai, t.dokumen[1], t.aktor) for t in bersama] == [("kabid", "R-kabid-2", PIMPINAN)]


def test_check_ins_behind_and_without_evidence():
	hasil = by_kode(
		temuan(
			sub_periode_jatuh_tempo={"Jan", "Feb"},
			realisasi={"SKP-staf1": {"Jan", "Feb"}, "SKP-staf2": {"Jan"}},
			bukti={"SKP-staf1": 2},
		)
	)
	tertinggal = {t.pegawai for t in hasil["realisasi_tertinggal"]}
	# staf5 (not approved) and staf4 (no SKP) are reported for that, not for check-ins
	assert tertinggal == {"kepala", "kabid", "staf2", "staf3"}
	assert {t.pegawai for t in hasil["tanpa_bukti"]} == {"staf2"}


def test_nothing_due_means_no_check_in_findings():
	hasil = temuan(realisasi={}, bukti={})
	assert not {"realisasi_tertinggal", "tanpa_bukti"} & {t.kode for t in hasil}


def test_summary_counts_every_code():
	jumlah = ringkasan_temuan(temuan())
	assert jumlah["tanpa_skp"] == 1 and jumlah["pemilik_bersama"] == 0
	assert sum(jumlah.values()) == len(temuan())


def test_evidence_completeness_per_unit_and_month():
	from kinerja_asn.domain.pemantauan import rekap_kelengkapan_bukti

	baris = [
		("U", "Jan", "R1", "i1", 5.0),  # proved by its own evidence
		("U", "Jan", "R1", "i2", 3.0),  # proved by the RHK-wide evidence
		("U", "Jan", "R2", "i3", 2.0),  # only rejected evidence: missing
		("U", "Jan", "R2", "i4", 0.0),  # nothing done: nothing due
		("U", "Feb", "R1", "i1", 4.0),  # January's evidence does not prove February
		("V", "Jan", "R9", "i9", 1.0),
	]
	bukti = [
		("U", "Jan", "R1", "i1", "Diterima"),
		("U", "Jan", "R1", "", "Diajukan"),
		("U", "Jan", "R2", "i3", "Ditolak"),
		("V", "Jan", "R9", "i9", "Diajukan"),
	]
	hasil = rekap_kelengkapan_bukti(baris, bukti)
	jan = hasil[("U", "Jan")]
	assert (jan.wajib, jan.diajukan, jan.diterima, jan.ditolak, jan.kurang) == (3, 1, 1, 1, 1)
	assert round(jan.persen_lengkap, 1) == 66.7
	feb = hasil[("U", "Feb")]
	assert (feb.wajib, feb.kurang, feb.diterima) == (1, 1, 0)
	assert hasil[("V", "Jan")].kurang == 0


def test_team_progress_and_who_is_behind():
	from datetime import date

	from kinerja_asn.domain.pemantauan import kemajuan_tim

	sub = [("Jan", date(2026, 1, 31)), ("Feb", date(2026, 2, 28)), ("Mar", date(2026, 3, 31))]
	status = {
		("ani", "Jan"): "Diverifikasi",
		("budi", "Jan"): "Diajukan",
		("ani", "Feb"): "Revisi",  # returned: not submitted any more
		("budi", "Feb"): "Diverifikasi",
	}
	kemajuan, tertinggal = kemajuan_tim(["ani", "budi", "citra"], sub, status, date(2026, 3, 15))
	assert [(k.sub_periode, k.jumlah, k.dilaporkan, k.diverifikasi) for k in kemajuan] == [
		("Jan", 3, 2, 1),
		("Feb", 3, 1, 1),
		("Mar", 3, 0, 0),
	]
	assert round(kemajuan[0].persen_dilaporkan) == 67
	# March has not ended: nobody is behind for it yet
	assert tertinggal == {"citra": ["Jan", "Feb"], "ani": ["Feb"]}
