"""The cascade of RHK (Rencana Hasil Kerja) from leaders to staff: validation, roll-up, free riders.

PermenPAN-RB 6/2022 (docs/regulasi.md §2): each RHK of a subordinate points to the one RHK of its
Pejabat Penilai that it intervenes ("RHK pimpinan yang diintervensi"). Direct cascading (same
result, one owner) rolls realisation up; indirect cascading (narrower result) does not. The OKR
integration (Piawai v2) aims to eliminate free riders (section 6).

Everything here is linear in the number of records: dict indexes, iterative walks, no recursion.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from .capaian import IKI, capaian_rhk

JENIS_RHK: tuple[str, ...] = ("Utama", "Tambahan")
JENIS_KASKADE: tuple[str, ...] = ("langsung", "tidak_langsung")


@dataclass(slots=True)
class RHK:
	"""An RHK of one employee (pemilik) in one periode; `induk` is the leader's RHK it intervenes,
	`indikator_organisasi` the organisation indicator (IKU/IKK) it carries (JPT), and `jenis_kaskade`
	how it relates to its induk ("langsung" rolls realisation up, "tidak_langsung" does not)."""

	id: str
	pemilik: str
	periode: str
	induk: str | None = None
	indikator_organisasi: str | None = None
	jenis: str = "Utama"
	jenis_kaskade: str = "langsung"
	iki: list[IKI] = field(default_factory=list)

	def __post_init__(self) -> None:
		if self.jenis not in JENIS_RHK:
			raise ValueError(f"Jenis RHK {self.id} tidak dikenal: {self.jenis!r} (yang sah: Utama, Tambahan)")
		if self.jenis_kaskade not in JENIS_KASKADE:
			raise ValueError(
				f"Jenis kaskade RHK {self.id} tidak dikenal: {self.jenis_kaskade!r} "
				"(yang sah: langsung, tidak_langsung)"
			)


@dataclass(frozen=True)
class MasalahKaskade:
	"""A problem of the cascade for the user, with the ids involved so the adapter can translate.

	kode: "siklus", "induk_tidak_ada", "periode_berbeda", "bukan_atasan",
	"pejabat_penilai_tidak_diketahui", "id_ganda" or "iki_tidak_valid".
	"""

	kode: str
	rhk: str | None
	pesan: str
	induk: str | None = None
	pegawai: str | None = None
	pejabat_penilai: str | None = None
	pemilik_induk: str | None = None
	periode: str | None = None
	periode_induk: str | None = None
	siklus: tuple[str, ...] = ()


@dataclass
class PohonKaskade:
	"""Indexes of a set of RHK: by id, children by parent (any kind of cascade), RHK ids by owner,
	and the same RHK as a list with the list position of each one's induk (-1 for none or missing),
	which the whole-set walks use instead of id lookups."""

	rhk: dict[str, RHK]
	anak: dict[str, list[str]]
	per_pemilik: dict[str, list[str]]
	id_ganda: list[str]
	daftar: list[RHK]
	induk_posisi: list[int]


def bangun_pohon(rhk_list: Iterable[RHK]) -> PohonKaskade:
	"""Index RHK records for the cascade; of duplicate ids the first is kept and the id reported."""
	indeks: dict[str, RHK] = {}
	ganda: list[str] = []
	per_pemilik: dict[str, list[str]] = defaultdict(list)
	for r in rhk_list:
		if r.id in indeks:
			ganda.append(r.id)
			continue
		indeks[r.id] = r
		per_pemilik[r.pemilik].append(r.id)
	daftar = list(indeks.values())
	posisi = {rhk_id: i for i, rhk_id in enumerate(indeks)}
	ambil = posisi.get
	induk_posisi = [ambil(r.induk, -1) for r in daftar]
	anak: dict[str, list[str]] = defaultdict(list)
	for r, p in zip(daftar, induk_posisi, strict=True):
		if p >= 0:
			anak[r.induk].append(r.id)
	return PohonKaskade(indeks, dict(anak), dict(per_pemilik), ganda, daftar, induk_posisi)


def _pohon(rhk: PohonKaskade | Iterable[RHK]) -> PohonKaskade:
	return rhk if isinstance(rhk, PohonKaskade) else bangun_pohon(rhk)


_TIDAK_ADA = object()


def _cek_induk(
	r: RHK, indeks: Mapping[str, RHK], pejabat_penilai: Mapping[str, str | None]
) -> list[MasalahKaskade]:
	induk = indeks.get(r.induk)
	if induk is None:
		return [
			MasalahKaskade(
				"induk_tidak_ada",
				r.id,
				f"RHK {r.id} mengintervensi RHK {r.induk} yang tidak ditemukan",
				induk=r.induk,
				pegawai=r.pemilik,
				periode=r.periode,
			)
		]
	masalah = []
	if induk.periode != r.periode:
		masalah.append(
			MasalahKaskade(
				"periode_berbeda",
				r.id,
				f"RHK {r.id} (periode {r.periode}) mengintervensi RHK {induk.id} dari periode lain ({induk.periode})",
				induk=induk.id,
				pegawai=r.pemilik,
				pemilik_induk=induk.pemilik,
				periode=r.periode,
				periode_induk=induk.periode,
			)
		)
	pejabat = pejabat_penilai.get(r.pemilik, _TIDAK_ADA)
	if pejabat is _TIDAK_ADA or pejabat is None:
		masalah.append(
			MasalahKaskade(
				"pejabat_penilai_tidak_diketahui",
				r.id,
				f"Pejabat penilai pegawai {r.pemilik} belum diketahui, sehingga RHK induk {induk.id} tidak dapat diperiksa",
				induk=induk.id,
				pegawai=r.pemilik,
				pemilik_induk=induk.pemilik,
				periode=r.periode,
			)
		)
	elif induk.pemilik != pejabat:
		masalah.append(
			MasalahKaskade(
				"bukan_atasan",
				r.id,
				f"RHK {r.id} mengintervensi RHK {induk.id} milik {induk.pemilik}, bukan RHK pejabat penilai {pejabat}",
				induk=induk.id,
				pegawai=r.pemilik,
				pejabat_penilai=pejabat,
				pemilik_induk=induk.pemilik,
				periode=r.periode,
			)
		)
	return masalah


def _masalah_siklus(siklus: tuple[str, ...]) -> MasalahKaskade:
	return MasalahKaskade(
		"siklus",
		siklus[0],
		"RHK saling mengintervensi secara melingkar: " + " -> ".join((*siklus, siklus[0])),
		induk=siklus[1] if len(siklus) > 1 else siklus[0],
		siklus=siklus,
	)


def validasi_rhk(
	rhk: RHK, indeks: Mapping[str, RHK] | PohonKaskade, pejabat_penilai: Mapping[str, str | None]
) -> list[MasalahKaskade]:
	"""PermenPAN-RB 6/2022: one RHK (e.g. on save) must intervene an existing RHK of its owner's
	Pejabat Penilai in the same periode, without closing a cycle. `indeks` holds the other RHK by id
	(only .get is used, so a lazy loader works); `rhk` itself wins over its stored version."""
	if isinstance(indeks, PohonKaskade):
		indeks = indeks.rhk
	if rhk.induk is None:
		return []
	masalah = [] if rhk.induk == rhk.id else _cek_induk(rhk, indeks, pejabat_penilai)
	jalur = [rhk.id]
	dilihat = {rhk.id}
	node = rhk.induk
	while node is not None:
		if node == rhk.id:
			masalah.append(_masalah_siklus(tuple(jalur)))
			break
		if node in dilihat:
			break
		r = indeks.get(node)
		if r is None:
			break
		dilihat.add(node)
		jalur.append(node)
		node = r.induk
	return masalah


def cari_siklus(rhk: PohonKaskade | Iterable[RHK]) -> list[tuple[str, ...]]:
	"""Every cycle of induk links (each RHK has at most one induk, so each cycle is found once),
	in induk order starting from its smallest id."""
	pohon = _pohon(rhk)
	induk = pohon.induk_posisi
	jalan_ke = [0] * len(induk)
	hasil = []
	for awal in range(len(induk)):
		if jalan_ke[awal]:
			continue
		nomor = awal + 1
		jalur = []
		node = awal
		while node >= 0 and not jalan_ke[node]:
			jalan_ke[node] = nomor
			jalur.append(node)
			node = induk[node]
		if node >= 0 and jalan_ke[node] == nomor:
			siklus = [pohon.daftar[i].id for i in jalur[jalur.index(node) :]]
			mulai = siklus.index(min(siklus))
			hasil.append(tuple(siklus[mulai:] + siklus[:mulai]))
	return hasil


def validasi_kaskade(
	rhk: PohonKaskade | Iterable[RHK], pejabat_penilai: Mapping[str, str | None]
) -> list[MasalahKaskade]:
	"""PermenPAN-RB 6/2022: all problems of a set of RHK (duplicate ids, missing or foreign induk,
	periode mismatch, induk not owned by the Pejabat Penilai, cycles)."""
	pohon = _pohon(rhk)
	masalah = [
		MasalahKaskade("id_ganda", rhk_id, f"Id RHK {rhk_id} dipakai lebih dari sekali")
		for rhk_id in pohon.id_ganda
	]
	daftar = pohon.daftar
	atasan_dari = pejabat_penilai.get
	for r, p in zip(daftar, pohon.induk_posisi, strict=True):
		if r.induk is None or r.induk == r.id:
			continue
		if p >= 0:
			induk = daftar[p]
			atasan = atasan_dari(r.pemilik)
			if atasan is not None and induk.pemilik == atasan and induk.periode == r.periode:
				continue  # the common, sound link: no need for the detailed checks
		masalah.extend(_cek_induk(r, pohon.rhk, pejabat_penilai))
	masalah.extend(_masalah_siklus(s) for s in cari_siklus(pohon))
	return masalah


@dataclass
class HasilRollup:
	"""Capaian per RHK: `capaian_sendiri` from its own IKI, `capaian` rolled up the direct cascade
	(None where there is nothing to roll up or the RHK is on a cycle)."""

	capaian: dict[str, float | None]
	capaian_sendiri: dict[str, float | None]
	masalah: list[MasalahKaskade]


def rollup_capaian(rhk: PohonKaskade | Iterable[RHK], batas_capaian: float | None = None) -> HasilRollup:
	"""Direct cascading (PermenPAN-RB 6/2022) rolls realisation up: an RHK's value is the average of
	its own weighted IKI capaian (if realised) and the values of its direct children that have one,
	capped at batas_capaian. Indirect children, links across periods and cycles do not roll up."""
	pohon = _pohon(rhk)
	daftar = pohon.daftar
	induk_posisi = pohon.induk_posisi
	n = len(daftar)
	masalah: list[MasalahKaskade] = []
	sendiri: list[float | None] = [None] * n
	induk_langsung = [-1] * n
	tunggu = [0] * n
	for i, r in enumerate(daftar):
		if r.iki:
			try:
				sendiri[i] = capaian_rhk(r.iki)
			except ValueError as e:
				masalah.append(
					MasalahKaskade(
						"iki_tidak_valid",
						r.id,
						f"IKI RHK {r.id} tidak valid: {e}",
						pegawai=r.pemilik,
						periode=r.periode,
					)
				)
		p = induk_posisi[i]
		if p < 0 or p == i or r.jenis_kaskade != "langsung" or daftar[p].periode != r.periode:
			continue
		induk_langsung[i] = p
		tunggu[p] += 1

	# Leaves first (Kahn's order): a node is computed once all its direct children are.
	jumlah_anak = [0.0] * n
	banyak_anak = [0] * n
	nilai_rollup: list[float | None] = [None] * n
	siap = [i for i in range(n) if not tunggu[i]]
	while siap:
		i = siap.pop()
		total = jumlah_anak[i]
		banyak = banyak_anak[i]
		nilai_sendiri = sendiri[i]
		if nilai_sendiri is not None:
			total += nilai_sendiri
			banyak += 1
		if banyak:
			nilai = total / banyak
			if batas_capaian is not None and nilai > batas_capaian:
				nilai = batas_capaian
			nilai_rollup[i] = nilai
		else:
			nilai = None
		p = induk_langsung[i]
		if p < 0:
			continue
		if nilai is not None:
			jumlah_anak[p] += nilai
			banyak_anak[p] += 1
		tunggu[p] -= 1
		if not tunggu[p]:
			siap.append(p)
	ids = list(pohon.rhk)
	capaian = dict(zip(ids, nilai_rollup, strict=True))
	sendiri_per_id = dict(zip(ids, sendiri, strict=True))
	return HasilRollup(capaian, sendiri_per_id, masalah)


@dataclass(frozen=True)
class PegawaiTidakTerhubung:
	"""A non-JPT employee whose work does not intervene any leader's RHK (free-rider risk).

	alasan: "tanpa_rhk" (no RHK at all), "tanpa_rhk_utama" (only Tambahan), "rhk_utama_tanpa_induk"."""

	pegawai: str
	alasan: str
	periode: str | None
	rhk: tuple[str, ...]
	pesan: str


@dataclass(frozen=True)
class RHKYatim:
	"""A leader's RHK that no subordinate RHK intervenes (an organisation goal nobody works on)."""

	rhk: str
	pemilik: str
	periode: str
	pesan: str


@dataclass(frozen=True)
class IndikatorTanpaPemilik:
	"""An indicator without a single owner of its realisation.

	kode "indikator_tanpa_rhk": an organisation indicator no RHK carries; "pemilik_bersama": an RHK
	cascaded directly to more than one child (the "shared owner" free-rider hole)."""

	kode: str
	indikator: str | None
	rhk: str | None
	anak: tuple[str, ...]
	pesan: str


def puncak_hierarki(pejabat_penilai: Mapping[str, str | None]) -> set[str]:
	"""Employees at the top of a pegawai -> Pejabat Penilai mapping: mapped to None, or named as a
	Pejabat Penilai without an entry of their own (the default set of JPT)."""
	puncak = set()
	for pegawai, atasan in pejabat_penilai.items():
		if atasan is None:
			puncak.add(pegawai)
		elif atasan not in pejabat_penilai:
			puncak.add(atasan)
	return puncak


def pegawai_tidak_terhubung(
	rhk: PohonKaskade | Iterable[RHK],
	pejabat_penilai: Mapping[str, str | None],
	jpt: Collection[str] | None = None,
) -> list[PegawaiTidakTerhubung]:
	"""Piawai v2 / docs/regulasi.md §6: non-JPT employees (per periode of their RHK) none of whose RHK
	Utama intervenes an existing RHK. Employees listed in pejabat_penilai without any RHK are
	reported as "tanpa_rhk". JPT default: the tops of the mapping, i.e. employees mapped to no
	Pejabat Penilai (None) and Pejabat Penilai who are not themselves keys; any other owner missing
	from the mapping counts as non-JPT, so missing data does not hide a free rider."""
	pohon = _pohon(rhk)
	jpt_set = puncak_hierarki(pejabat_penilai) if jpt is None else set(jpt)
	hasil = []
	for pegawai in pejabat_penilai:
		if pegawai not in pohon.per_pemilik and pegawai not in jpt_set:
			hasil.append(
				PegawaiTidakTerhubung(pegawai, "tanpa_rhk", None, (), f"Pegawai {pegawai} belum memiliki RHK")
			)
	# Per (pegawai, periode): 0 = no RHK Utama, 1 = RHK Utama but none linked, 2 = linked.
	status: dict[tuple[str, str], int] = {}
	for i, (r, p) in enumerate(zip(pohon.daftar, pohon.induk_posisi, strict=True)):
		if r.pemilik in jpt_set:
			continue
		kunci = (r.pemilik, r.periode)
		sekarang = status.get(kunci, 0)
		if sekarang == 2:
			continue
		if r.jenis == "Utama":
			status[kunci] = 2 if p >= 0 and p != i else 1
		elif kunci not in status:
			status[kunci] = 0
	for (pegawai, periode), nilai in status.items():
		if nilai == 0:
			hasil.append(
				PegawaiTidakTerhubung(
					pegawai,
					"tanpa_rhk_utama",
					periode,
					(),
					f"Pegawai {pegawai} tidak memiliki RHK Utama pada periode {periode}",
				)
			)
		elif nilai == 1:
			utama = tuple(
				rhk_id
				for rhk_id in pohon.per_pemilik[pegawai]
				if pohon.rhk[rhk_id].periode == periode and pohon.rhk[rhk_id].jenis == "Utama"
			)
			hasil.append(
				PegawaiTidakTerhubung(
					pegawai,
					"rhk_utama_tanpa_induk",
					periode,
					utama,
					f"Tidak ada RHK Utama pegawai {pegawai} pada periode {periode} yang mengintervensi RHK pimpinan",
				)
			)
	return hasil


def rhk_yatim(
	rhk: PohonKaskade | Iterable[RHK],
	pejabat_penilai: Mapping[str, str | None],
	*,
	termasuk_tambahan: bool = False,
) -> list[RHKYatim]:
	"""Domain.md section 6: RHK Utama (and Tambahan if asked) of anyone who is a Pejabat Penilai in the
	data that no RHK intervenes."""
	pohon = _pohon(rhk)
	pimpinan = {atasan for atasan in pejabat_penilai.values() if atasan is not None}
	hasil = []
	for pegawai in pimpinan:
		for rhk_id in pohon.per_pemilik.get(pegawai, ()):
			r = pohon.rhk[rhk_id]
			if r.jenis != "Utama" and not termasuk_tambahan:
				continue
			if not any(a != rhk_id for a in pohon.anak.get(rhk_id, ())):
				hasil.append(
					RHKYatim(
						rhk_id,
						pegawai,
						r.periode,
						f"RHK {rhk_id} milik {pegawai} tidak diintervensi oleh bawahan mana pun",
					)
				)
	hasil.sort(key=lambda y: y.rhk)
	return hasil


def indikator_tanpa_pemilik(
	rhk: PohonKaskade | Iterable[RHK], indikator_organisasi: Iterable[str] = ()
) -> list[IndikatorTanpaPemilik]:
	"""Domain.md sections 2 and 6: organisation indicators that no RHK carries, and RHK cascaded
	directly to more than one child (direct cascading means one owner of the realisation)."""
	pohon = _pohon(rhk)
	dibawa = {r.indikator_organisasi for r in pohon.rhk.values() if r.indikator_organisasi is not None}
	hasil = []
	for indikator in dict.fromkeys(indikator_organisasi):
		if indikator not in dibawa:
			hasil.append(
				IndikatorTanpaPemilik(
					"indikator_tanpa_rhk",
					indikator,
					None,
					(),
					f"Indikator organisasi {indikator} belum dibawa oleh RHK mana pun",
				)
			)
	for induk_id, anak in pohon.anak.items():
		langsung = tuple(a for a in anak if a != induk_id and pohon.rhk[a].jenis_kaskade == "langsung")
		if len(langsung) > 1:
			hasil.append(
				IndikatorTanpaPemilik(
					"pemilik_bersama",
					pohon.rhk[induk_id].indikator_organisasi,
					induk_id,
					langsung,
					f"RHK {induk_id} dikaskade langsung kepada {len(langsung)} RHK bawahan "
					f"({', '.join(langsung)}); kaskade langsung hanya boleh memiliki satu pemilik realisasi",
				)
			)
	return hasil


@dataclass
class HasilKaskade:
	"""Everything analisis_kaskade finds about a set of RHK."""

	masalah: list[MasalahKaskade]
	siklus: list[tuple[str, ...]]
	capaian: dict[str, float | None]
	capaian_sendiri: dict[str, float | None]
	pegawai_tidak_terhubung: list[PegawaiTidakTerhubung]
	rhk_yatim: list[RHKYatim]
	indikator_tanpa_pemilik: list[IndikatorTanpaPemilik]

	@property
	def ada_masalah(self) -> bool:
		"""Whether validation or the free-rider checks found anything."""
		return bool(
			self.masalah or self.pegawai_tidak_terhubung or self.rhk_yatim or self.indikator_tanpa_pemilik
		)


def analisis_kaskade(
	rhk_list: PohonKaskade | Iterable[RHK],
	pejabat_penilai: Mapping[str, str | None],
	*,
	jpt: Collection[str] | None = None,
	indikator_organisasi: Iterable[str] = (),
	batas_capaian: float | None = None,
	termasuk_tambahan: bool = False,
) -> HasilKaskade:
	"""PermenPAN-RB 6/2022 and Piawai v2: validation, roll-up of the direct cascade and free-rider
	checks of a set of RHK in one pass over indexes (linear in the number of records)."""
	pohon = _pohon(rhk_list)
	masalah = validasi_kaskade(pohon, pejabat_penilai)
	siklus = [m.siklus for m in masalah if m.kode == "siklus"]
	rollup = rollup_capaian(pohon, batas_capaian)
	masalah.extend(rollup.masalah)
	return HasilKaskade(
		masalah=masalah,
		siklus=siklus,
		capaian=rollup.capaian,
		capaian_sendiri=rollup.capaian_sendiri,
		pegawai_tidak_terhubung=pegawai_tidak_terhubung(pohon, pejabat_penilai, jpt),
		rhk_yatim=rhk_yatim(pohon, pejabat_penilai, termasuk_tambahan=termasuk_tambahan),
		indikator_tanpa_pemilik=indikator_tanpa_pemilik(pohon, indikator_organisasi),
	)
