"""Benchmark of analisis_kaskade on a synthetic agency.

Builds an agency of N employees in 6 levels (one JPT at the top), 3-5 RHK with 2-3 IKI each; every
RHK Utama of a non-top employee intervenes an RHK Utama of its Pejabat Penilai (the first taker of a
leader RHK cascades directly, the others indirectly), with a few free riders, employees without
SKP, wrong-superior links and two cycles. Times a full analysis (validation + roll-up + free
riders), then measures its peak memory in a separate traced pass.

	python benchmarks/kaskade.py [--sizes 10000 100000] [--repeat 3] [--seed 2026]
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kinerja_asn.domain.capaian import IKI  # noqa: E402
from kinerja_asn.domain.kaskade import RHK, HasilKaskade, analisis_kaskade  # noqa: E402

LEVELS = 6
PERIODE = "2026"


@dataclass
class Instansi:
	rhk: list[RHK]
	pejabat_penilai: dict[str, str | None]
	indikator_organisasi: list[str]


def ukuran_level(jumlah_pegawai: int, levels: int = LEVELS) -> list[int]:
	"""Level sizes growing geometrically from one JPT so that they add up to jumlah_pegawai."""
	if jumlah_pegawai < levels:
		raise ValueError(f"Butuh paling sedikit {levels} pegawai")
	rendah, tinggi = 1.0, float(jumlah_pegawai)
	for _ in range(100):
		r = (rendah + tinggi) / 2
		if sum(r**k for k in range(levels)) < jumlah_pegawai:
			rendah = r
		else:
			tinggi = r
	ukuran = [max(1, round(r**k)) for k in range(levels)]
	ukuran[-1] += jumlah_pegawai - sum(ukuran)
	return ukuran


def _iki(rng: random.Random, rhk_id: str) -> list[IKI]:
	hasil = []
	for j in range(rng.randint(2, 3)):
		target = rng.uniform(10, 100)
		target_maks = target * 1.2 if rng.random() < 0.1 else None
		realisasi = target * rng.uniform(0.6, 1.3) if rng.random() < 0.9 else None
		arah = "turun" if rng.random() < 0.1 else "naik"
		hasil.append(IKI(f"{rhk_id}.{j}", target, target_maks, realisasi, 1.0, arah))
	return hasil


def bangun_instansi(jumlah_pegawai: int, seed: int = 2026) -> Instansi:
	"""A deterministic synthetic agency (same seed, same data)."""
	rng = random.Random(seed)
	ukuran = ukuran_level(jumlah_pegawai)
	level: list[list[str]] = []
	nomor = 0
	for n in ukuran:
		level.append([f"P{nomor + i:07d}" for i in range(n)])
		nomor += n

	pejabat: dict[str, str | None] = {level[0][0]: None}
	for k in range(1, LEVELS):
		atasan = level[k - 1]
		for i, pegawai in enumerate(level[k]):
			# Round-robin so every leader has subordinates, shuffled a little by the seed.
			pejabat[pegawai] = atasan[(i + rng.randrange(2)) % len(atasan)]

	semua = [p for lapis in level for p in lapis]
	non_top = semua[1:]
	free_rider = set(rng.sample(non_top, max(1, len(non_top) // 200)))
	tanpa_skp = set(rng.sample(non_top, max(1, len(non_top) // 500)))
	salah_atasan = set(rng.sample(non_top, max(1, len(non_top) // 1000)))
	pemilik_bersama = set(rng.sample(non_top, max(1, len(non_top) // 1000)))

	rhk_utama: dict[str, list[str]] = {}
	sudah_langsung: set[str] = set()
	rhk_list: list[RHK] = []
	indikator = [f"IKU-{i}" for i in range(1, 9)]
	for k, lapis in enumerate(level):
		for pegawai in lapis:
			if pegawai in tanpa_skp:
				continue
			jumlah = rng.randint(3, 5)
			milik = []
			for j in range(jumlah):
				rhk_id = f"{pegawai}-R{j}"
				jenis = "Tambahan" if j == jumlah - 1 and rng.random() < 0.3 else "Utama"
				induk = None
				jenis_kaskade = "langsung"
				indikator_org = None
				if k == 0:
					indikator_org = indikator[j]  # the IKU beyond the JPT's 3-5 RHK are carried by no one
				elif jenis == "Utama" and pegawai not in free_rider:
					atasan = pejabat[pegawai]
					if pegawai in salah_atasan:
						atasan = rng.choice(level[k - 1])
					pilihan = rhk_utama.get(atasan)
					if pilihan:
						induk = rng.choice(pilihan)
						if induk in sudah_langsung and pegawai not in pemilik_bersama:
							jenis_kaskade = "tidak_langsung"
						else:
							sudah_langsung.add(induk)
				r = RHK(
					rhk_id, pegawai, PERIODE, induk, indikator_org, jenis, jenis_kaskade, _iki(rng, rhk_id)
				)
				rhk_list.append(r)
				if jenis == "Utama":
					milik.append(rhk_id)
			rhk_utama[pegawai] = milik

	# Two cycles among leaf RHK: a self-loop and a pair.
	pegawai_daun = set(level[-1])
	daun = [r for r in rhk_list if r.pemilik in pegawai_daun]
	a, b, c = rng.sample(daun, 3)
	a.induk = a.id
	b.induk, c.induk = c.id, b.id
	return Instansi(rhk_list, pejabat, indikator)


def analisis(instansi: Instansi) -> HasilKaskade:
	return analisis_kaskade(
		instansi.rhk,
		instansi.pejabat_penilai,
		indikator_organisasi=instansi.indikator_organisasi,
		batas_capaian=120.0,
	)


def ukur(jumlah_pegawai: int, ulang: int, seed: int) -> dict:
	instansi = bangun_instansi(jumlah_pegawai, seed)
	waktu = []
	cpu = []
	for _ in range(ulang):
		gc.collect()
		mulai, mulai_cpu = time.perf_counter(), time.process_time()
		hasil = analisis(instansi)
		waktu.append(time.perf_counter() - mulai)
		cpu.append(time.process_time() - mulai_cpu)
		del hasil
	gc.collect()
	tracemalloc.start()
	hasil = analisis(instansi)
	_, puncak = tracemalloc.get_traced_memory()
	tracemalloc.stop()
	return {
		"pegawai": jumlah_pegawai,
		"rhk": len(instansi.rhk),
		"iki": sum(len(r.iki) for r in instansi.rhk),
		"terbaik": min(waktu),
		"median": statistics.median(waktu),
		"cpu": min(cpu),
		"puncak_mb": puncak / 2**20,
		"masalah": len(hasil.masalah),
		"siklus": len(hasil.siklus),
		"tidak_terhubung": len(hasil.pegawai_tidak_terhubung),
		"yatim": len(hasil.rhk_yatim),
		"tanpa_pemilik": len(hasil.indikator_tanpa_pemilik),
	}


def main(argv: list[str] | None = None) -> int:
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
	parser.add_argument("--repeat", type=int, default=3)
	parser.add_argument("--seed", type=int, default=2026)
	args = parser.parse_args(argv)

	print(
		f"Python {sys.version.split()[0]}, seed {args.seed}, wall time best and median of {args.repeat} runs, "
		"CPU time best; peak memory from a separate traced run"
	)
	header = (
		f"{'pegawai':>9} {'RHK':>8} {'IKI':>9} {'terbaik s':>10} {'median s':>9} {'CPU s':>7} {'CPU us/RHK':>10} "
		f"{'puncak MB':>10}  temuan"
	)
	print(header)
	hasil = []
	for n in args.sizes:
		h = ukur(n, args.repeat, args.seed)
		hasil.append(h)
		print(
			f"{h['pegawai']:>9,} {h['rhk']:>8,} {h['iki']:>9,} {h['terbaik']:>10.3f} {h['median']:>9.3f} {h['cpu']:>7.3f} "
			f"{h['cpu'] / h['rhk'] * 1e6:>10.2f} {h['puncak_mb']:>10.1f}  "
			f"masalah {h['masalah']}, siklus {h['siklus']}, tidak terhubung {h['tidak_terhubung']}, "
			f"yatim {h['yatim']}, tanpa pemilik {h['tanpa_pemilik']}"
		)
	for a, b in zip(hasil, hasil[1:], strict=False):
		ukuran = b["pegawai"] / a["pegawai"]
		print(
			f"pertumbuhan {a['pegawai']:,} -> {b['pegawai']:,} (x{ukuran:g}): waktu x{b['terbaik'] / a['terbaik']:.2f}, "
			f"CPU x{b['cpu'] / a['cpu']:.2f}, memori x{b['puncak_mb'] / a['puncak_mb']:.2f}"
		)
	return 0


if __name__ == "__main__":
	raise SystemExit(main())
