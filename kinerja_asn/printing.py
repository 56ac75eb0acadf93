"""What the print formats show, loaded a table at a time: the SKP document and the Dokumen Evaluasi
Kinerja in the layout of the annexes of PermenPAN-RB 6/2022. Registered as Jinja methods (hooks
`jinja`), so a template calls `skp_context(doc)`; the caller already may print the document."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import frappe
from frappe.utils import cint, flt, getdate

BULAN = (
	"Januari",
	"Februari",
	"Maret",
	"April",
	"Mei",
	"Juni",
	"Juli",
	"Agustus",
	"September",
	"Oktober",
	"November",
	"Desember",
)
SASARAN_JPT = "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
SASARAN_JA_JF = "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL"
JENIS_RHK = ("Utama", "Tambahan")
PEGAWAI_FIELDS = ["name", "employee_name", "nip", "pangkat_golongan", "designation", "department"]


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


def penandatangan(doc, pegawai: dict | None = None) -> frappe._dict:
	"""Who signs as Pejabat Penilai Kinerja: the acting official with "Plt."/"Plh." before the
	absent holder's title when the SKP was approved so (SKP.disetujui_sebagai), else the holder."""
	pegawai = pegawai if pegawai is not None else _pegawai([doc.pejabat_penilai, doc.disetujui_oleh])
	sebutan = (doc.get("disetujui_sebagai") or "").strip()
	jabatan = doc.jabatan_pejabat_penilai or ""
	if sebutan and doc.disetujui_oleh:
		if not jabatan and doc.get("penugasan_penyetuju"):
			jabatan = frappe.db.get_value("Penugasan Plt Plh", doc.penugasan_penyetuju, "jabatan") or ""
		orang = pegawai.get(doc.disetujui_oleh) or frappe._dict()
		return frappe._dict(
			sebutan=sebutan,
			jabatan=f"{sebutan} {jabatan}".strip(),
			nama=doc.nama_disetujui_oleh or orang.get("employee_name") or "",
			nip=orang.get("nip") or "",
		)
	orang = pegawai.get(doc.pejabat_penilai) or frappe._dict()
	return frappe._dict(
		sebutan="",
		jabatan=jabatan,
		nama=doc.nama_pejabat_penilai or orang.get("employee_name") or "",
		nip=orang.get("nip") or "",
	)


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
