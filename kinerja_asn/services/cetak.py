"""What the print formats show, loaded a table at a time: the SKP document and the Dokumen Evaluasi
Kinerja in the layout of the annexes of PermenPAN-RB 6/2022. Registered as Jinja methods (hooks
`jinja`), so a template calls `skp_context(doc)`; the caller already may print the document."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import frappe
from frappe.utils import cint, flt, getdate

from kinerja_asn.domain.perilaku import REGULASI_8_2021
from kinerja_asn.domain.periode import NAMA_BULAN
from kinerja_asn.services import penilaian as layanan
from kinerja_asn.services.pengaturan import get_pengaturan

BULAN = NAMA_BULAN
SASARAN_JPT = "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
SASARAN_JA_JF = "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
JENIS_RHK = ("Utama", "Tambahan")
PEGAWAI_FIELDS = ["name", "employee_name", "nip", "pangkat_golongan", "designation", "department"]
URUTAN_PREDIKAT = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")
BUKTI_DICETAK = 4  # evidence listed per IKI; the rest is counted


def tanggal_indonesia(value) -> str:
	"""1 Januari 2026: the annexes spell dates in Indonesian whatever the user's language."""
	if not value:
		return ""
	d: date = getdate(value)
	return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def angka(value) -> str:
	"""A target or realisation as the annexes write it: 3, 87,5 (decimal comma, no trailing zeros)."""
	if value is None or value == "":
		return ""
	teks = f"{flt(value):,.2f}".rstrip("0").rstrip(".")
	return teks.replace(",", "_").replace(".", ",").replace("_", ".")


def dengan_satuan(teks: str, satuan: str | None) -> str:
	if not teks or not satuan:
		return teks
	return f"{teks}{satuan}" if satuan == "%" else f"{teks} {satuan}"


def target_teks(target, target_maks=None, satuan: str | None = None) -> str:
	"""A number or a range min–max, with its unit."""
	if target_maks and flt(target_maks) > flt(target):
		return dengan_satuan(f"{angka(target)} – {angka(target_maks)}", satuan)
	return dengan_satuan(angka(target), satuan)


def butir(teks: str | None) -> list[str]:
	"""Guide behaviours stored as one text ("a; b; c" or one per line) as a list for bullets."""
	bagian = [b.strip() for b in (teks or "").replace("\n", ";").split(";")]
	return [b[:1].upper() + b[1:] for b in bagian if b]


def skp_context(doc) -> frappe._dict:
	"""Everything the SKP print format shows besides the SKP's own fields: the people, the RHK with
	their IKI and the leader RHK they intervene, the behaviours and the signature (with "Plt."/"Plh."
	when an acting official approved, issue 4)."""
	pegawai = _pegawai([doc.employee, doc.pejabat_penilai, doc.atasan_pejabat_penilai, doc.disetujui_oleh])
	jpt = doc.jenis_jabatan == "JPT"
	return frappe._dict(
		instansi=(doc.company or "").upper(),
		judul_sasaran=SASARAN_JPT if jpt else SASARAN_JA_JF,
		pendekatan=(doc.pendekatan or "Kuantitatif").upper(),
		periode=f"{tanggal_indonesia(doc.tanggal_mulai)} s.d. {tanggal_indonesia(doc.tanggal_selesai)}",
		jpt=jpt,
		dinilai=_identitas(pegawai.get(doc.employee), doc, dari_skp=True),
		penilai=_identitas(pegawai.get(doc.pejabat_penilai)),
		atasan=_identitas(pegawai.get(doc.atasan_pejabat_penilai)),
		hasil_kerja=hasil_kerja(doc.name),
		perilaku=[
			frappe._dict(
				nama=row.perilaku_kerja,
				panduan=butir(row.panduan),
				ekspektasi=(row.ekspektasi_khusus or "").strip(),
			)
			for row in doc.get("perilaku_kerja") or []
		],
		penandatangan=penandatangan(doc, pegawai),
		tanggal=tanggal_indonesia(doc.tanggal_persetujuan or doc.tanggal_mulai),
	)


def hasil_kerja(skp: str) -> dict[str, list[frappe._dict]]:
	"""The SKP's RHK by jenis, each with its IKI and the leader RHK it intervenes (three queries)."""
	rhk = frappe.get_all(
		"Rencana Hasil Kerja",
		filters={"skp": skp},
		fields=[
			"name",
			"jenis",
			"kategori_tambahan",
			"uraian",
			"perspektif",
			"penugasan_dari_pimpinan",
			"rhk_intervensi",
			"uraian_rhk_intervensi",
			"menunggu_rhk_pimpinan",
			"rencana_rhk_pimpinan",
			"uraian_indikator_organisasi",
		],
		order_by="creation asc, name asc",
	)
	iki_per_rhk = defaultdict(list)
	if rhk:
		for iki in frappe.get_all(
			"Indikator Kinerja Individu",
			filters={"parenttype": "Rencana Hasil Kerja", "parent": ("in", [r.name for r in rhk])},
			fields=["name", "parent", "uraian", "aspek", "target", "target_maks", "satuan", "arah"],
			order_by="idx asc",
		):
			iki.target_teks = target_teks(iki.target, iki.target_maks, iki.satuan)
			iki_per_rhk[iki.parent].append(iki)
	pimpinan = _rhk_pimpinan({r.rhk_intervensi for r in rhk if r.rhk_intervensi})
	hasil = {jenis: [] for jenis in JENIS_RHK}
	for r in rhk:
		r.iki = iki_per_rhk.get(r.name) or [frappe._dict(uraian="", aspek="", target_teks="")]
		r.intervensi = _intervensi(r, pimpinan)
		hasil.setdefault(r.jenis or "Utama", []).append(r)
	return hasil


def penandatangan(
	doc, pegawai: dict | None = None, oleh: str = "disetujui_oleh", sebagai: str = "disetujui_sebagai"
) -> frappe._dict:
	"""Who signs as Pejabat Penilai Kinerja: the acting official with "Plt."/"Plh." before the absent
	holder's title when the document was approved so (SKP.disetujui_sebagai, Penilaian Kinerja.
	ditetapkan_sebagai), else the holder (issue 4)."""
	pegawai = pegawai if pegawai is not None else _pegawai([doc.pejabat_penilai, doc.get(oleh)])
	sebutan = (doc.get(sebagai) or "").strip()
	jabatan = doc.jabatan_pejabat_penilai or ""
	if sebutan and doc.get(oleh):
		if not jabatan and doc.get("penugasan_penyetuju"):
			jabatan = frappe.db.get_value("Penugasan Plt Plh", doc.penugasan_penyetuju, "jabatan") or ""
		orang = pegawai.get(doc.get(oleh)) or frappe._dict()
		return frappe._dict(
			sebutan=sebutan,
			jabatan=f"{sebutan} {jabatan}".strip(),
			nama=doc.get("nama_" + oleh) or orang.get("employee_name") or "",
			nip=orang.get("nip") or "",
		)
	orang = pegawai.get(doc.pejabat_penilai) or frappe._dict()
	return frappe._dict(
		sebutan="",
		jabatan=jabatan,
		nama=doc.nama_pejabat_penilai or orang.get("employee_name") or "",
		nip=orang.get("nip") or "",
	)


def evaluasi_context(doc) -> frappe._dict:
	"""Everything the Dokumen Evaluasi Kinerja shows besides the assessment's own fields: the people,
	the organisation predikat and the unit's distribution, per IKI the period's target, realisation
	and evidence, the rencana aksi of the period's months, the continuous feedback, and the
	signature (acting officials included)."""
	oleh, sebagai = ("ditetapkan_oleh", "ditetapkan_sebagai")
	if not doc.ditetapkan_oleh:
		oleh, sebagai = ("dinilai_oleh", "dinilai_sebagai")
	pegawai = _pegawai([doc.employee, doc.pejabat_penilai, doc.atasan_pejabat_penilai, doc.get(oleh)])
	periode = (
		frappe.db.get_value("Periode Kinerja", doc.periode, ["nama_periode", "tahun"], as_dict=True)
		or frappe._dict()
	)
	skp = frappe.db.get_value(
		"SKP", doc.skp, ["name", "periode_kinerja", "tanggal_mulai", "tanggal_selesai"], as_dict=True
	)
	tahunan = doc.jenis_penilaian == "Tahunan"
	sumber = layanan.muat_sumber(skp, doc.tanggal_mulai, doc.tanggal_selesai, tahunan)
	umpan_balik = _umpan_balik(doc)
	delapan = doc.regulasi == REGULASI_8_2021
	perilaku = doc.get("perilaku_kerja") or []
	panduan = _panduan([row.perilaku_kerja for row in perilaku if not row.panduan])
	return frappe._dict(
		instansi=(doc.company or "").upper(),
		judul_periode=(
			f"AKHIR TAHUN {periode.tahun or ''}" if tahunan else periode.nama_periode or doc.periode
		)
		.strip()
		.upper(),
		periode=f"{tanggal_indonesia(doc.tanggal_mulai)} s.d. {tanggal_indonesia(doc.tanggal_selesai)}",
		delapan=delapan,
		bobot=f"{angka(doc.bobot_skp)}% SKP + {angka(doc.bobot_perilaku)}% PERILAKU" if delapan else "",
		dinilai=_identitas(pegawai.get(doc.employee), doc, dari_skp=True),
		penilai=_identitas(pegawai.get(doc.pejabat_penilai)),
		atasan=_identitas(pegawai.get(doc.atasan_pejabat_penilai)),
		organisasi=_organisasi(doc),
		distribusi=_distribusi(doc),
		hasil_kerja=_hasil_evaluasi(doc, sumber, umpan_balik),
		rencana_aksi=[
			frappe._dict(
				bulan=r.nama_bulan or r.sub_periode,
				rhk=(r.uraian_rhk or "").strip(),
				aksi=(r.aksi or "").strip(),
				status=r.status or "",
				catatan=(r.catatan or "").strip(),
			)
			for r in sumber.rencana_aksi
		],
		perilaku=[
			frappe._dict(
				nama=row.perilaku_kerja,
				panduan=butir(row.panduan or panduan.get(row.perilaku_kerja)),
				ekspektasi=(row.ekspektasi_khusus or "").strip(),
				rating=row.rating or "",
				nilai=angka(row.nilai) if flt(row.nilai) else "",
				umpan_balik=(row.umpan_balik or "").strip(),
				berkelanjutan=umpan_balik.perilaku.get(row.perilaku_kerja, []),
			)
			for row in perilaku
		],
		penandatangan=penandatangan(doc, pegawai, oleh, sebagai),
		tanggal=tanggal_indonesia(doc.get("tanggal_ditetapkan") or doc.get("tanggal_dinilai")),
	)


def _hasil_evaluasi(doc, sumber, umpan_balik: frappe._dict) -> dict[str, list[frappe._dict]]:
	"""The assessment's RHK rows by jenis, each with its IKI: the target of the period, the
	realisation and capaian, the evidence (refused evidence left out) and, under 8/2021, the nilai."""
	bukti = defaultdict(list)
	for b in sumber.bukti:
		if b.status_verifikasi != "Ditolak":
			bukti[(b.rhk, b.iki)].append(b)
	nilai_iki = {row.iki: row for row in doc.get("nilai_iki") or []}
	kategori = {r.name: r.kategori_tambahan for r in sumber.rhk}
	hasil = {jenis: [] for jenis in JENIS_RHK}
	for row in doc.get("hasil_kerja") or []:
		iki = []
		daftar = sumber.iki_rhk(row.rhk)
		for i, x in enumerate(daftar):
			c = sumber.capaian[x.name]
			milik = list(bukti.get((row.rhk, x.name), []))
			if i == 0:  # evidence of the RHK not tied to one of its IKI
				milik += [
					b for (r, k), bs in bukti.items() if r == row.rhk and k not in sumber.iki for b in bs
				]
			n = nilai_iki.get(x.name)
			iki.append(
				frappe._dict(
					uraian=x.uraian,
					aspek=x.aspek or "",
					target_teks=target_teks(c.target, c.target_maks, x.satuan),
					realisasi_teks="-"
					if c.realisasi is None
					else dengan_satuan(angka(c.realisasi), x.satuan),
					capaian_teks="" if c.capaian is None else f"{angka(c.capaian)}%",
					nilai_teks=f"{n.kategori}, nilai {angka(n.nilai)}" if n and n.kategori else "",
					bukti=[_teks_bukti(b) for b in milik[:BUKTI_DICETAK]],
					bukti_lain=max(len(milik) - BUKTI_DICETAK, 0),
				)
			)
		hasil.setdefault(row.jenis or "Utama", []).append(
			frappe._dict(
				uraian=row.uraian_rhk,
				intervensi=row.uraian_rhk_intervensi or "",
				kategori_tambahan=kategori.get(row.rhk) or "",
				rating=row.rating or "",
				umpan_balik=(row.umpan_balik or "").strip(),
				berkelanjutan=umpan_balik.rhk.get(row.rhk, []),
				iki=iki or [frappe._dict(uraian="", aspek="", target_teks="", realisasi_teks="", bukti=[])],
			)
		)
	return hasil


def _teks_bukti(b) -> str:
	nama = (b.berkas or "").rsplit("/", 1)[-1] or b.tautan or ""
	keterangan = (b.keterangan or "").strip()
	return " – ".join(t for t in (f"{b.jenis}: {keterangan}" if keterangan else b.jenis, nama) if t)


def _umpan_balik(doc) -> frappe._dict:
	"""Continuous feedback to the employee in the period, by RHK and by behaviour: Umpan Balik
	Kinerja records and the verifier's notes on the check-ins."""
	per_rhk, per_perilaku = defaultdict(list), defaultdict(list)
	for u in frappe.get_all(
		"Umpan Balik Kinerja",
		filters={
			"kepada": doc.employee,
			"skp": doc.skp,
			"tanggal": ("between", [doc.tanggal_mulai, doc.tanggal_selesai]),
		},
		fields=["rhk", "perilaku_kerja", "jenis", "tanggal", "isi", "nama_dari"],
		order_by="tanggal asc, creation asc",
	):
		teks = (
			f"{_tanggal_pendek(u.tanggal)} ({u.jenis or 'Umpan balik'}, {u.nama_dari or ''}): {u.isi or ''}"
		)
		if u.rhk:
			per_rhk[u.rhk].append(teks)
		if u.perilaku_kerja:
			per_perilaku[u.perilaku_kerja].append(teks)
	check_in = {
		r.name: r.tanggal_selesai
		for r in frappe.get_all(
			"Realisasi Kinerja",
			filters={
				"skp": doc.skp,
				"docstatus": 1,
				"tanggal_mulai": (">=", doc.tanggal_mulai),
				"tanggal_selesai": ("<=", doc.tanggal_selesai),
			},
			fields=["name", "tanggal_selesai"],
		)
	}
	if check_in:
		for r in frappe.get_all(
			"Realisasi IKI",
			filters={
				"parenttype": "Realisasi Kinerja",
				"parent": ("in", list(check_in)),
				"umpan_balik": ("is", "set"),
			},
			fields=["parent", "rhk", "umpan_balik"],
			order_by="parent asc, idx asc",
		):
			per_rhk[r.rhk].append(f"{_tanggal_pendek(check_in[r.parent])} (verifikasi): {r.umpan_balik}")
	return frappe._dict(rhk=dict(per_rhk), perilaku=dict(per_perilaku))


def _panduan(perilaku: list[str]) -> dict[str, str]:
	"""Guide behaviours from the master, for rows stored without them."""
	if not perilaku:
		return {}
	return dict(
		frappe.get_all(
			"Perilaku Kerja",
			filters={"name": ("in", perilaku)},
			fields=["name", "perilaku_panduan"],
			as_list=True,
		)
	)


def _tanggal_pendek(value) -> str:
	return getdate(value).strftime("%d/%m/%Y") if value else ""


def _organisasi(doc) -> frappe._dict:
	"""SE MenPAN-RB 3/2023: the organisation predikat whose curve bounds the employee's unit."""
	hasil = frappe._dict(predikat=doc.predikat_organisasi or "", unit="", capaian_iku="", dasar="")
	if doc.predikat_kinerja_organisasi:
		pko = frappe.db.get_value(
			"Predikat Kinerja Organisasi",
			doc.predikat_kinerja_organisasi,
			["unit", "predikat", "capaian_iku", "dasar_penetapan"],
			as_dict=True,
		)
		if pko:
			hasil.update(
				predikat=doc.predikat_organisasi or pko.predikat,
				unit=_nama_unit({pko.unit}).get(pko.unit, pko.unit),
				capaian_iku=f"{angka(pko.capaian_iku)}%" if flt(pko.capaian_iku) else "",
				dasar=(pko.dasar_penetapan or "").strip(),
			)
	return hasil


def _distribusi(doc) -> frappe._dict:
	"""The curve of the organisation predikat (the settings' rules) and where the unit stands: per
	predikat how many employees have it (this assessment included) against the unit's size."""
	if not doc.predikat_organisasi:
		return frappe._dict(aturan=[], baris=[], jumlah_pegawai=0)
	aturan = [
		a.teks or a.kode
		for a in get_pengaturan().aturan_distribusi
		if a.predikat_organisasi.value == doc.predikat_organisasi
	]
	keadaan = layanan.keadaan_unit(doc.periode, doc.periode_kinerja, doc.department, doc.name)
	ringkasan = {b["predikat"]: b for b in keadaan.ringkasan(doc.predikat or None)}
	n = max(keadaan.jumlah_pegawai, sum(b["jumlah"] for b in ringkasan.values()), 1)
	baris = []
	for predikat in URUTAN_PREDIKAT:
		b = ringkasan.get(predikat) or {"jumlah": 0, "sisa": None}
		baris.append(
			frappe._dict(
				predikat=predikat,
				jumlah=b["jumlah"],
				persen=round(100 * b["jumlah"] / n),
				sisa="" if b.get("sisa") is None else b["sisa"],
				pegawai_ini=predikat == doc.predikat,
			)
		)
	return frappe._dict(aturan=aturan, baris=baris, jumlah_pegawai=keadaan.jumlah_pegawai)


def _pegawai(names: list[str | None]) -> dict[str, frappe._dict]:
	names = sorted({n for n in names if n})
	if not names:
		return {}
	rows = frappe.get_all("Employee", filters={"name": ("in", names)}, fields=PEGAWAI_FIELDS)
	units = _nama_unit({r.department for r in rows if r.department})
	for r in rows:
		r.unit_kerja = units.get(r.department, r.department or "")
	return {r.name: r for r in rows}


def _nama_unit(departments: set[str | None]) -> dict[str, str]:
	departments = {d for d in departments if d}
	if not departments:
		return {}
	return {
		d.name: d.department_name
		for d in frappe.get_all(
			"Department", filters={"name": ("in", list(departments))}, fields=["name", "department_name"]
		)
	}


def _identitas(orang: frappe._dict | None, doc=None, dari_skp: bool = False) -> frappe._dict:
	"""NAMA, NIP, PANGKAT/GOL. RUANG, JABATAN, UNIT KERJA; the assessee's as the SKP recorded them."""
	orang = orang or frappe._dict()
	if dari_skp:
		return frappe._dict(
			nama=doc.employee_name or orang.get("employee_name") or "",
			nip=doc.nip or orang.get("nip") or "",
			pangkat=doc.pangkat_golongan or orang.get("pangkat_golongan") or "",
			jabatan=doc.designation or orang.get("designation") or "",
			unit_kerja=_nama_unit({doc.department}).get(doc.department, "") or orang.get("unit_kerja") or "",
		)
	return frappe._dict(
		nama=orang.get("employee_name") or "",
		nip=orang.get("nip") or "",
		pangkat=orang.get("pangkat_golongan") or "",
		jabatan=orang.get("designation") or "",
		unit_kerja=orang.get("unit_kerja") or "",
	)


def _rhk_pimpinan(names: set[str]) -> dict[str, frappe._dict]:
	if not names:
		return {}
	return {
		r.name: r
		for r in frappe.get_all(
			"Rencana Hasil Kerja",
			filters={"name": ("in", list(names))},
			fields=["name", "uraian", "employee_name"],
		)
	}


def _intervensi(rhk: frappe._dict, pimpinan: dict[str, frappe._dict]) -> str:
	"""The leader's RHK as it reads now; a placeholder's expected text; for a top leader, the
	organisation indicator the RHK carries."""
	if rhk.rhk_intervensi:
		leader = pimpinan.get(rhk.rhk_intervensi)
		return (leader.uraian if leader else rhk.uraian_rhk_intervensi) or ""
	if cint(rhk.menunggu_rhk_pimpinan):
		return f"{rhk.rencana_rhk_pimpinan or ''} (menunggu RHK pimpinan)".strip()
	return rhk.uraian_indikator_organisasi or ""
