"""Credit points (angka kredit) of functional officials: the ledger, as ERPNext keeps its GL Entry.

Entries (Entri Angka Kredit) are written only when a source document is submitted (Angka Kredit
Awal, Konversi Angka Kredit) and reversed when it is cancelled: the originals are marked cancelled
and a reversing entry of the opposite sign is added, so history stays whole. Each entry keeps the
numbers it used (predikat, percentage, coefficient, months, jenjang), so editing a master never
changes a past entry. The rules are in `kinerja_asn.domain.angka_kredit` (docs/regulasi.md §5).
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import flt, getdate

from kinerja_asn.domain.angka_kredit import Jenjang
from kinerja_asn.services.kunci import cari_terkunci, kunci_baris

FUNGSIONAL = "Fungsional"
PEGAWAI_FIELDS = [
	"name",
	"employee_name",
	"jenis_jabatan",
	"jabatan_fungsional",
	"jenjang_jabatan_fungsional",
]


def tabel_jenjang() -> dict[str, Jenjang]:
	"""The Jenjang Jabatan Fungsional masters as the domain's table (one query)."""
	rows = frappe.get_all(
		"Jenjang Jabatan Fungsional",
		fields=[
			"name",
			"kategori",
			"golongan_terendah",
			"golongan_tertinggi",
			"koefisien",
			"ak_kenaikan_pangkat",
			"ak_kenaikan_jenjang",
			"jenjang_berikutnya",
			"perlu_pengembangan_profesi",
		],
	)
	return {
		r.name: Jenjang(
			nama=r.name,
			kategori=r.kategori or "",
			golongan_min=r.golongan_terendah or "",
			golongan_maks=r.golongan_tertinggi or "",
			koefisien=flt(r.koefisien),
			ak_kenaikan_pangkat=flt(r.ak_kenaikan_pangkat) or None,
			ak_kenaikan_jenjang=flt(r.ak_kenaikan_jenjang) or None,
			jenjang_berikutnya=r.jenjang_berikutnya or None,
			butuh_pengembangan_profesi=bool(r.perlu_pengembangan_profesi),
		)
		for r in rows
	}


def pejabat_fungsional(employee: str | None):
	"""The employee's functional position and jenjang today, or a clear refusal: credit points are
	for functional officials only."""
	pegawai = frappe.db.get_value("Employee", employee, [*PEGAWAI_FIELDS, "pangkat_golongan"], as_dict=True)
	if not pegawai:
		frappe.throw(_("Pegawai {0} tidak ditemukan.").format(employee or ""), frappe.DoesNotExistError)
	if pegawai.jenis_jabatan != FUNGSIONAL or not pegawai.jenjang_jabatan_fungsional:
		frappe.throw(
			_(
				"Angka kredit hanya untuk pejabat fungsional; {0} bukan pejabat fungsional dengan jenjang."
			).format(pegawai.employee_name or employee),
			title=_("Bukan Pejabat Fungsional"),
		)
	return pegawai


def isi_entri(sumber, **isian) -> dict:
	"""The ledger entry of a submitted source document, as values (its writers: tulis_entri, and the
	demo's bulk writer)."""
	return {
		"doctype": "Entri Angka Kredit",
		"jenis_dokumen": sumber.doctype,
		"dokumen": sumber.name,
		"employee": sumber.employee,
		"employee_name": sumber.employee_name,
		"jabatan_fungsional": sumber.jabatan_fungsional,
		"jenjang": sumber.jenjang,
		"pangkat_golongan": sumber.pangkat_golongan,
		**isian,
	}


def tulis_entri(sumber, **isian) -> str:
	"""A ledger entry for a submitted source document (the only way one is written)."""
	entri = frappe.get_doc(isi_entri(sumber, **isian))
	entri.flags.dari_sumber = True
	entri.insert(ignore_permissions=True)
	return entri.name


def balik_entri(jenis_dokumen: str, dokumen: str) -> list[str]:
	"""On a source's cancel: its entries are marked cancelled and each gets a reversing entry."""
	asli = frappe.get_all(
		"Entri Angka Kredit",
		filters={"jenis_dokumen": jenis_dokumen, "dokumen": dokumen, "dibatalkan": 0},
		fields=["*"],
	)
	balik = []
	for row in asli:
		frappe.db.set_value("Entri Angka Kredit", row.name, "dibatalkan", 1, update_modified=False)
		salinan = {
			k: v
			for k, v in row.items()
			if not k.startswith("_")
			and k not in ("name", "creation", "modified", "modified_by", "owner", "idx", "docstatus")
		}
		entri = frappe.get_doc({**salinan, "doctype": "Entri Angka Kredit"})
		entri.angka_kredit = -flt(row.angka_kredit)
		entri.dibatalkan = 1
		entri.flags.dari_sumber = True
		entri.insert(ignore_permissions=True)
		balik.append(entri.name)
	return balik


# Conversion from a final assessment ----------------------------------------------------------------


def konversi_otomatis() -> bool:
	nilai = frappe.get_cached_doc("Pengaturan Kinerja").get("konversi_angka_kredit_otomatis")
	return nilai is None or bool(int(nilai))


def konversi_hidup(penilaian: str) -> list[str]:
	return frappe.get_all(
		"Konversi Angka Kredit", filters={"penilaian_kinerja": penilaian, "docstatus": 1}, pluck="name"
	)


def konversi_dari_penilaian(penilaian: str) -> str | None:
	"""The submitted conversion of a final assessment of a functional official, made when missing
	(two calls at once make one: the assessment's row is locked first); None for others."""
	data = frappe.db.get_value("Penilaian Kinerja", penilaian, ["employee", "docstatus"], as_dict=True)
	if not data or data.docstatus != 1:
		return None
	jenis, jenjang = frappe.db.get_value(
		"Employee", data.employee, ["jenis_jabatan", "jenjang_jabatan_fungsional"]
	) or (None, None)
	if jenis != FUNGSIONAL or not jenjang:
		return None
	kunci_baris("Penilaian Kinerja", penilaian)
	ada = cari_terkunci("Konversi Angka Kredit", {"penilaian_kinerja": penilaian, "docstatus": 1})
	if ada:
		return ada[0]
	doc = frappe.get_doc({"doctype": "Konversi Angka Kredit", "penilaian_kinerja": penilaian})
	doc.flags.oleh_sistem = True
	doc.insert(ignore_permissions=True)
	doc.submit()
	return doc.name


def saat_penilaian_final(doc, method=None) -> None:
	"""Penilaian Kinerja on_submit: convert at once when the settings say so (else HR's button)."""
	if konversi_otomatis():
		konversi_dari_penilaian(doc.name)


def ganti_konversi(penilaian: str) -> str | None:
	"""After an appeal changed the predikat: the old conversion is cancelled (it stays in history)
	and a new one made from the assessment as it now stands."""
	for name in konversi_hidup(penilaian):
		lama = frappe.get_doc("Konversi Angka Kredit", name)
		lama.flags.oleh_sistem = True
		lama.flags.ignore_permissions = True
		lama.cancel()
		lama.add_comment(
			"Info", _("Dibatalkan karena predikat penilaian {0} diubah oleh keberatan.").format(penilaian)
		)
	return konversi_dari_penilaian(penilaian)


def tumpang_tindih(doctype: str, name: str | None, employee: str, mulai, selesai) -> list[str]:
	"""Live documents of the employee whose months overlap [mulai, selesai] (locking read, after the
	employee's row is locked)."""
	kunci_baris("Employee", employee)
	return cari_terkunci(
		doctype,
		{
			"employee": employee,
			"docstatus": ("<", 2),
			"name": ("!=", name or ""),
			"tanggal_mulai": ("<=", getdate(selesai)),
			"tanggal_selesai": (">=", getdate(mulai)),
		},
	)


# Activity items (DUPAK) --------------------------------------------------------------------------------

TIM_PENILAI = "Tim Penilai Angka Kredit"


def anggota_tim(jabatan_fungsional: str | None, user: str | None = None) -> bool:
	"""The user sits on the tim penilai of this functional position."""
	user = user or frappe.session.user
	return bool(jabatan_fungsional) and bool(
		frappe.db.exists(
			"Anggota Tim Penilai",
			{"parenttype": TIM_PENILAI, "parent": jabatan_fungsional, "user": user},
		)
	)


def bukti_sudah_dikreditkan(bukti: list[str], kecuali: str | None) -> dict[str, str]:
	"""{bukti dukung: usulan} for evidence already on a live usulan's line that was not rejected,
	read with a lock on each evidence row so two usulan cannot take the same file at once."""
	if not bukti:
		return {}
	for b in sorted(set(bukti)):
		kunci_baris("Bukti Dukung", b)
	rows = frappe.db.sql(
		"""select r.bukti_dukung, r.parent from `tabRincian Usulan Angka Kredit` r
		join `tabUsulan Angka Kredit` u on u.name = r.parent
		where r.parenttype = 'Usulan Angka Kredit' and r.bukti_dukung in %(bukti)s
			and u.docstatus < 2 and u.name != %(kecuali)s and ifnull(r.keputusan, '') != 'Ditolak'
		for update""",
		{"bukti": tuple(set(bukti)), "kecuali": kecuali or ""},
		as_dict=True,
	)
	return {r.bukti_dukung: r.parent for r in rows}


def dashboard_pegawai(data):
	"""Employee form: the credit-point documents among its connections."""
	data.setdefault("transactions", []).append(
		{
			"label": _("Angka Kredit"),
			"items": [
				"Konversi Angka Kredit",
				"Usulan Angka Kredit",
				"Penetapan Angka Kredit",
				"Entri Angka Kredit",
			],
		}
	)
	data.setdefault("non_standard_fieldnames", {})
	return data


def segmen_pegawai(employee: str, mulai, selesai, jenjang: str, unit: str | None) -> list:
	"""The parts of [mulai, selesai] with the official's jenjang and unit in force, from the submitted
	HRMS Employee Promotion and Employee Transfer records (one query)."""
	from kinerja_asn.domain.angka_kredit import segmen_periode

	rows = frappe.db.sql(
		"""select p.promotion_date as tanggal, d.fieldname, d.current, d.new
		from `tabEmployee Promotion` p join `tabEmployee Property History` d
			on d.parent = p.name and d.parenttype = 'Employee Promotion'
		where p.employee = %(e)s and p.docstatus = 1 and p.promotion_date > %(m)s
			and d.fieldname in ('jenjang_jabatan_fungsional', 'department')
		union all
		select t.transfer_date, d.fieldname, d.current, d.new
		from `tabEmployee Transfer` t join `tabEmployee Property History` d
			on d.parent = t.name and d.parenttype = 'Employee Transfer'
		where t.employee = %(e)s and t.docstatus = 1 and t.transfer_date > %(m)s
			and d.fieldname in ('jenjang_jabatan_fungsional', 'department')
		order by tanggal""",
		{"e": employee, "m": getdate(mulai)},
		as_dict=True,
	)
	awal = {"jenjang_jabatan_fungsional": jenjang, "department": unit}
	terlihat = set()
	for r in rows:  # the value at the start is the one the first later change replaced
		if r.fieldname not in terlihat:
			awal[r.fieldname] = r.current or awal[r.fieldname]
			terlihat.add(r.fieldname)
	return segmen_periode(
		getdate(mulai), getdate(selesai), awal, [(getdate(r.tanggal), r.fieldname, r.new) for r in rows]
	)


JENIS_ENTRI = {"Awal": "integrasi", "Konversi": "konversi", "Utama": "butir", "Penunjang": "butir"}


def posisi(entri: list, jenjang: str, golongan: str | None, tabel: dict | None = None):
	"""(AK accumulated in the current jenjang, readiness for the next pangkat and jenjang) from the
	official's live ledger entries; the accumulation restarts at a new jenjang. A golongan that is not
	a PNS golongan (PPPK grades) is left out of the pangkat check. None for a jenjang the masters lack."""
	from kinerja_asn.domain.angka_kredit import EntriAngkaKredit, akumulasi_angka_kredit, kelayakan_kenaikan

	akumulasi = akumulasi_angka_kredit(
		EntriAngkaKredit(getdate(e.tanggal_mulai), e.jenjang, e.angka_kredit, JENIS_ENTRI[e.unsur])
		for e in entri
	)
	di_jenjang = akumulasi.total_sekarang if (akumulasi.jenjang_sekarang or "") == jenjang else 0.0
	tabel = tabel if tabel is not None else tabel_jenjang()
	for gol in (golongan, None) if golongan else (None,):
		try:
			return di_jenjang, kelayakan_kenaikan(di_jenjang, jenjang, tabel, golongan=gol)
		except ValueError:
			continue
	return di_jenjang, None
