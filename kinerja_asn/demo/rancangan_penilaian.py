"""The demo agency's last year, assessed, as plain data: organisation predikat per Bagian/Bidang, each
employee's ratings and achievement, one unit whose predikat breaks its organisation's curve and one
appeal that changed a predikat.

Drawn from its own seeded `random.Random` over a RancanganDemo, so a seed gives the same year every
time. The curve and the quadrant are the domain's (kinerja_asn.domain.distribusi, .rating); this
module only chooses believable outcomes that fit them, except where it means not to.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from kinerja_asn.demo.rancangan import Pegawai, RancanganDemo, Unit
from kinerja_asn.domain.distribusi import PredikatOrganisasi, cek_distribusi
from kinerja_asn.domain.rating import Predikat, Rating, predikat_kinerja

ESELON_KURVA = 3
"""Organisation predikat are set per Bagian/Bidang by the head of the Biro/Asdep above them."""

_O = PredikatOrganisasi
_P = Predikat
_R = Rating

# Ratings that give each predikat by the default quadrant, and the achievement behind a rating.
RATING_PREDIKAT: dict[Predikat, tuple[tuple[Rating, Rating], ...]] = {
	_P.SANGAT_BAIK: ((_R.DI_ATAS, _R.DI_ATAS),),
	_P.BAIK: ((_R.SESUAI, _R.SESUAI), (_R.DI_ATAS, _R.SESUAI), (_R.SESUAI, _R.DI_ATAS)),
	_P.BUTUH_PERBAIKAN: ((_R.DI_BAWAH, _R.SESUAI), (_R.DI_BAWAH, _R.DI_ATAS)),
	_P.KURANG_MISCONDUCT: ((_R.SESUAI, _R.DI_BAWAH),),
	_P.SANGAT_KURANG: ((_R.DI_BAWAH, _R.DI_BAWAH),),
}
CAPAIAN_RATING: dict[Rating, tuple[float, float]] = {
	_R.DI_ATAS: (112.0, 125.0),
	_R.SESUAI: (100.0, 108.0),
	_R.DI_BAWAH: (72.0, 95.0),
}
PREDIKAT_ORGANISASI_ACAK = ((_O.BAIK, 0.6), (_O.ISTIMEWA, 0.3), (_O.BUTUH_PERBAIKAN, 0.1))


@dataclass
class RencanaPenilaian:
	"""Last year's outcome: per employee the final ratings (after the appeal), the achievement (percent
	of every IKI target) and the unit whose curve applies; per Bagian/Bidang its organisation predikat."""

	tahun: int
	organisasi: dict[Unit, PredikatOrganisasi]
	unit_kurva: dict[Pegawai, Unit | None]
	rating: dict[Pegawai, tuple[Rating, Rating]]
	capaian: dict[Pegawai, float]
	melanggar: Unit
	keberatan: Pegawai | None
	rating_awal: tuple[Rating, Rating] | None

	def predikat(self, p: Pegawai) -> Predikat:
		return predikat_kinerja(*self.rating[p])

	def anggota(self, unit: Unit) -> list[Pegawai]:
		return [p for p, u in self.unit_kurva.items() if u is unit]


def unit_kurva(p: Pegawai) -> Unit | None:
	"""The Bagian/Bidang whose organisation predikat bounds the employee (None above that echelon)."""
	unit = p.unit
	while unit is not None and unit.eselon > ESELON_KURVA:
		unit = unit.induk
	return unit if unit is not None and unit.eselon == ESELON_KURVA else None


def rancang_penilaian(r: RancanganDemo) -> RencanaPenilaian:
	"""Everyone with a Pejabat Penilai is assessed for the year before r.tahun."""
	rng = random.Random(r.seed * 7919 + r.tahun)
	dinilai = [p for p in r.pegawai if p.atasan is not None]
	kurva = {p: unit_kurva(p) for p in dinilai}
	units = [u for u in r.unit if u.eselon == ESELON_KURVA]
	organisasi: dict[Unit, PredikatOrganisasi] = {}
	for i, u in enumerate(units):
		if i < 2:
			organisasi[u] = _O.BAIK  # the first breaks its curve, the second takes the appeal
		else:
			pilihan, bobot = zip(*PREDIKAT_ORGANISASI_ACAK, strict=True)
			organisasi[u] = rng.choices(pilihan, bobot)[0]
	melanggar = units[0]
	predikat: dict[Pegawai, Predikat] = {}
	for u in units:
		anggota = [p for p in dinilai if kurva[p] is u]
		daftar = _sebaran(organisasi[u], len(anggota), melanggar=u is melanggar)
		rng.shuffle(daftar)
		predikat.update(zip(anggota, daftar, strict=True))
	for p in dinilai:
		if kurva[p] is None:
			predikat[p] = rng.choice((_P.SANGAT_BAIK, _P.BAIK, _P.BAIK, _P.BAIK))
	rating = {p: rng.choice(RATING_PREDIKAT[predikat[p]]) for p in dinilai}
	capaian = {p: round(rng.uniform(*CAPAIAN_RATING[rating[p][0]]), 1) for p in dinilai}

	keberatan, rating_awal = None, None
	for p in dinilai:
		u = kurva[p]
		if u is None or u is melanggar or predikat[p] is not _P.BAIK or p.atasan.atasan is None:
			continue
		sesudah = [predikat[a] if a is not p else _P.SANGAT_BAIK for a in dinilai if kurva[a] is u]
		if not cek_distribusi(organisasi[u], sesudah):
			keberatan, rating_awal = p, rating[p]
			rating[p] = (_R.DI_ATAS, _R.DI_ATAS)
			capaian[p] = round(rng.uniform(*CAPAIAN_RATING[_R.DI_ATAS]), 1)
			break
	return RencanaPenilaian(
		r.tahun - 1, organisasi, kurva, rating, capaian, melanggar, keberatan, rating_awal
	)


def _sebaran(organisasi: PredikatOrganisasi, n: int, melanggar: bool) -> list[Predikat]:
	"""Predikat for n employees that fit the default curve of the organisation predikat (SE MenPAN-RB
	3/2023), leaving room for one more Sangat Baik; with `melanggar`, a Baik unit without anyone
	below Baik (it breaks "at least one Butuh Perbaikan and/or Kurang")."""
	if n == 0:
		return []
	if melanggar:
		sb = n // 5
		return [_P.SANGAT_BAIK] * sb + [_P.BAIK] * (n - sb)
	if organisasi is _O.ISTIMEWA:
		sb = max(0, math.floor(0.7 * n) - 1)
		return [_P.SANGAT_BAIK] * sb + [_P.BAIK] * (n - sb)
	if organisasi is _O.BUTUH_PERBAIKAN:
		bp = math.ceil(0.6 * n)
		return [_P.BUTUH_PERBAIKAN] * bp + [_P.BAIK] * (n - bp)
	bp = max(1, round(0.1 * n))
	baik = min(math.floor(0.7 * n), n - bp)
	return [_P.BUTUH_PERBAIKAN] * bp + [_P.BAIK] * baik + [_P.SANGAT_BAIK] * (n - bp - baik)
