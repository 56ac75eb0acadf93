"""The demo's year in progress (kinerja_asn.demo.rancangan_pelaksanaan) without a site: nothing happens
on or after the reference date, check-in states follow their dates, most months are verified and a
few employees are behind, targets are the domain's, and the generated files are valid PDF and PNG."""

import re
import struct
import zlib
from collections import defaultdict
from datetime import date

import pytest

from kinerja_asn.demo.rancangan import JUMLAH_MINIMAL, rancang_demo
from kinerja_asn.demo.rancangan_pelaksanaan import (
	agregasi_iki,
	isi_berkas,
	pdf_teks,
	png_bukti,
	rancang_pelaksanaan,
	urutan_rhk,
)
from kinerja_asn.domain.pelaksanaan import target_sub_periode

HARI_INI = date(2026, 11, 28)
PERILAKU = ("Berorientasi Pelayanan", "Akuntabel", "Kompeten")


@pytest.fixture(scope="module", params=[JUMLAH_MINIMAL, 200])
def demo(request):
	r = rancang_demo(request.param, 2026, 11, HARI_INI)
	return r, rancang_pelaksanaan(r, HARI_INI, "Bulanan", PERILAKU)


def _semua_waktu(rp):
	for c in rp.check_in:
		yield from (t for t in (c.dibuat, c.diajukan, c.dikembalikan, c.diajukan_ulang, c.diverifikasi) if t)
	for b in rp.bukti:
		yield from (t for t in (b.diunggah, b.diverifikasi) if t)
	yield from (u.waktu for u in rp.umpan_balik)
	yield from (a.dibuat for a in rp.rencana_aksi)


def test_same_seed_and_date_give_the_same_year():
	r = rancang_demo(40, 2026, 3, HARI_INI)
	a, b = (rancang_pelaksanaan(r, HARI_INI, "Bulanan", PERILAKU) for _ in range(2))
	assert [(c.pegawai.nip, c.sub.nama, c.status, [x.realisasi for x in c.baris]) for c in a.check_in] == [
		(c.pegawai.nip, c.sub.nama, c.status, [x.realisasi for x in c.baris]) for c in b.check_in
	]
	assert [(x.keterangan, x.status) for x in a.bukti] == [(x.keterangan, x.status) for x in b.bukti]


def test_an_unknown_frequency_is_refused():
	r = rancang_demo(JUMLAH_MINIMAL, 2026, 1, HARI_INI)
	with pytest.raises(ValueError):
		rancang_pelaksanaan(r, HARI_INI, "Mingguan")


def test_nothing_happens_on_or_after_the_reference_date(demo):
	_r, rp = demo
	assert all(t.date() < HARI_INI for t in _semua_waktu(rp))
	assert all(c.sub.mulai < HARI_INI for c in rp.check_in)
	assert all(t.year == 2026 for t in (u.waktu for u in rp.umpan_balik))


def test_check_in_states_follow_their_dates(demo):
	_r, rp = demo
	for c in rp.check_in:
		dilapor = [x.realisasi is not None for x in c.baris]
		if c.status == "Draft":
			assert c.diajukan is None and c.diverifikasi is None
			continue
		assert all(dilapor) and c.diajukan > c.dibuat
		if c.status == "Diverifikasi":
			assert c.diverifikasi > (c.diajukan_ulang or c.diajukan)
			assert {x.status_verifikasi for x in c.baris} == {"Diterima"}
			assert c.pegawai.atasan is not None
		elif c.status == "Revisi":
			assert c.dikembalikan and c.catatan_verifikasi and c.diajukan_ulang is None
			assert "Perlu Perbaikan" in {x.status_verifikasi for x in c.baris}
		else:
			assert c.status == "Diajukan" and c.diverifikasi is None
	# the running month is only ever a draft
	assert all(c.status == "Draft" for c in rp.check_in if c.sub.selesai >= HARI_INI)
	assert {"Diverifikasi", "Draft", "Diajukan"} <= {c.status for c in rp.check_in}


def test_one_check_in_per_employee_and_sub_period_most_verified_a_few_behind(demo):
	r, rp = demo
	per_pegawai = defaultdict(dict)
	for c in rp.check_in:
		assert c.sub.nama not in per_pegawai[c.pegawai]
		per_pegawai[c.pegawai][c.sub.nama] = c
	lewat = rp.sub_lewat
	assert len(lewat) == 10
	dinilai = [p for p in r.pegawai if p.atasan is not None]
	for s in lewat[:-1]:
		verified = [
			p for p in dinilai if getattr(per_pegawai[p].get(s.nama), "status", None) == "Diverifikasi"
		]
		assert len(verified) >= 0.85 * len(dinilai), s.nama
	assert len(rp.tertinggal) >= 2
	for p in rp.tertinggal:
		assert lewat[-1].nama not in per_pegawai[p] and p.atasan is not None and not p.bawahan
	# the top official reports to the minister: submitted, never verified in the system
	assert {c.status for c in rp.check_in if c.pegawai is r.puncak} <= {"Draft", "Diajukan"}
	# ... with evidence for every RHK, or it would stay due all year
	bukti = {(b.sub.nama, b.rhk) for b in rp.bukti if b.pegawai is r.puncak}
	for c in rp.check_in:
		if c.pegawai is r.puncak and c.status == "Diajukan":
			assert all((c.sub.nama, x.rhk) in bukti for x in c.baris if x.realisasi)


def test_rows_carry_the_domains_targets_and_every_iki(demo):
	_r, rp = demo
	mulai, selesai = rp.bulan[0].mulai, rp.bulan[-1].selesai
	for c in rp.check_in[:300]:
		iki = [(rhk, i) for rhk in urutan_rhk(c.pegawai) for i in range(len(rhk.iki))]
		assert [(x.rhk, x.urutan_iki) for x in c.baris] == iki
		for x in c.baris:
			assert x.target_periode == target_sub_periode(
				x.iki.target, agregasi_iki(x.iki), c.sub.mulai, c.sub.selesai, mulai, selesai
			)
			assert x.realisasi is None or x.realisasi >= 0
			assert x.keyakinan is None or 1 <= x.keyakinan <= 10


def test_a_years_counts_add_up_near_the_yearly_target():
	r = rancang_demo(60, 2025, 7, HARI_INI)
	rp = rancang_pelaksanaan(r, HARI_INI, "Bulanan", PERILAKU)
	assert len(rp.sub_lewat) == 12
	jumlah = defaultdict(float)
	for c in rp.check_in:
		for x in c.baris:
			if agregasi_iki(x.iki) == "Jumlah" and x.iki.arah == "Naik" and x.realisasi is not None:
				jumlah[id(x.iki), x.iki.target] += x.realisasi
	rasio = sorted(total / target for (_i, target), total in jumlah.items())
	assert 0.85 <= rasio[len(rasio) // 2] <= 1.15
	assert rasio[0] >= 0.3 and rasio[-1] <= 2.0


def test_quarterly_check_ins_and_a_year_not_begun():
	r = rancang_demo(40, 2026, 5, HARI_INI)
	rp = rancang_pelaksanaan(r, HARI_INI, "Triwulan", PERILAKU)
	assert {c.sub.nama for c in rp.check_in} <= {f"Triwulan {x} 2026" for x in ("I", "II", "III", "IV")}
	assert rp.rencana_aksi and {a.bulan.nama.split()[0] for a in rp.rencana_aksi} <= {
		"September",
		"Oktober",
		"November",
		"Desember",
	}
	nanti = rancang_pelaksanaan(rancang_demo(40, 2028, 5, HARI_INI), HARI_INI)
	assert (nanti.check_in, nanti.bukti, nanti.umpan_balik, nanti.tertinggal) == ([], [], [], [])
	assert {a.status for a in nanti.rencana_aksi} == {"Direncanakan"}


def test_evidence_follows_its_check_in(demo):
	_r, rp = demo
	check_in = {(c.pegawai, c.sub.nama): c for c in rp.check_in}
	for b in rp.bukti:
		c = check_in[(b.pegawai, b.sub.nama)]
		assert b.rhk.pemilik is b.pegawai
		assert (b.tautan is not None) == (b.jenis == "Tautan") != (b.nama_berkas is not None)
		if b.tautan:
			assert b.tautan.startswith("https://")
		if c.diverifikasi:
			assert b.diunggah < c.diverifikasi and b.status in ("Diterima", "Ditolak")
		if b.status == "Ditolak":
			assert b.alasan_penolakan and b.diverifikasi > b.diunggah
		if b.status == "Diajukan":
			assert b.diverifikasi is None
	assert {b.status for b in rp.bukti} == {"Diajukan", "Diterima", "Ditolak"}
	# some reported RHK go without evidence
	dengan_bukti = {(b.pegawai, b.sub.nama, b.rhk) for b in rp.bukti}
	tanpa = [
		(c, x.rhk)
		for c in rp.check_in
		for x in c.baris
		if x.realisasi and (c.pegawai, c.sub.nama, x.rhk) not in dengan_bukti
	]
	assert tanpa


def test_feedback_and_rencana_aksi(demo):
	_r, rp = demo
	assert rp.umpan_balik
	for u in rp.umpan_balik:
		assert u.dari is not u.kepada and u.isi
		assert u.rhk is None or u.rhk.pemilik is u.kepada
		assert u.perilaku is None or u.perilaku in PERILAKU
	assert sum(u.dari is u.kepada.atasan for u in rp.umpan_balik) > len(rp.umpan_balik) / 2
	for a in rp.rencana_aksi:
		assert a.rhk.jenis == "Utama"
		if a.bulan.selesai < HARI_INI:
			assert a.status in ("Selesai", "Tertunda")
		elif a.bulan.mulai <= HARI_INI:
			assert a.status == "Berjalan"
		else:
			assert a.status == "Direncanakan"


def test_generated_pdf_is_well_formed():
	data = pdf_teks("Laporan (Maret)", ["Kementerian Contoh", "Laporan (Maret) \\ x", "Nama: Ágnes"])
	assert data.startswith(b"%PDF-1.4") and data.endswith(b"%%EOF\n")
	xref = int(re.search(rb"startxref\n(\d+)", data).group(1))
	assert data[xref:].startswith(b"xref")
	posisi = [int(x) for x in re.findall(rb"(\d{10}) 00000 n", data)]
	for i, pos in enumerate(posisi, 1):
		assert data[pos:].startswith(f"{i} 0 obj".encode())
	panjang = int(re.search(rb"/Length (\d+)", data).group(1))
	awal = data.index(b"stream\n") + len(b"stream\n")
	assert data[awal + panjang : awal + panjang + len(b"\nendstream")] == b"\nendstream"


def test_generated_png_is_well_formed_and_unique():
	data = png_bukti(7, "a", lebar=30, tinggi=20)
	assert data[:8] == b"\x89PNG\r\n\x1a\n"
	pos, potongan = 8, {}
	while pos < len(data):
		(panjang,) = struct.unpack(">I", data[pos : pos + 4])
		jenis, isi = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + panjang]
		(crc,) = struct.unpack(">I", data[pos + 8 + panjang : pos + 12 + panjang])
		assert crc == zlib.crc32(jenis + isi)
		potongan[jenis] = isi
		pos += 12 + panjang
	assert struct.unpack(">II", potongan[b"IHDR"][:8]) == (30, 20)
	assert len(zlib.decompress(potongan[b"IDAT"])) == (1 + 30 * 3) * 20
	assert png_bukti(7, "a") != png_bukti(7, "b")


def test_every_evidence_file_is_different(demo):
	_r, rp = demo
	berkas = [isi_berkas(b) for b in rp.bukti[:400] if b.nama_berkas]
	assert berkas and len(set(berkas)) == len(berkas)
