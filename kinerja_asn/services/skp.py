"""SKP operations that touch many documents: bulk creation, cascading down, revisions, mutations.

Each loads what it needs in a few queries, asks the domain what to do, then writes. The ones that
can grow with a unit run as background jobs with progress when they are large.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import getdate, now_datetime

from kinerja_asn.domain.skp import (
	ALASAN_LEWATI,
	STATUS_TIDAK_AKTIF,
	CalonSKP,
	RencanaSKPMassal,
	pejabat_penilai_bawaan,
	petakan_revisi,
	potong_untuk_mutasi,
	rencana_skp_massal,
	usulan_rhk_bawahan,
)
from kinerja_asn.services import rekap
from kinerja_asn.services.akses import unit_cakupan
from kinerja_asn.services.penilai import GarisAtasan, penilai_bawaan, penugasan_berlaku
from kinerja_asn.services.tulis_massal import (
	TabelMassal,
	nama_berseri,
	nama_unik,
	ringkas_dilewati,
	umumkan_selesai,
)

# Above this many documents the work goes to the long queue instead of the request.
BATAS_LANGSUNG = 30
IKI_FIELDS = ("uraian", "aspek", "target", "target_maks", "satuan", "arah", "bobot", "agregasi_realisasi")


def _progress(i: int, total: int, title: str):
	if total > BATAS_LANGSUNG and (i % 25 == 0 or i == total):
		frappe.publish_progress(i * 100 / total, title=title, description=f"{i}/{total}")


# Bulk creation ------------------------------------------------------------------------------------


# Employees a bulk creation looks at: the active ones, and those who are away for now (reported as
# skipped); those who left are no longer part of the unit.
STATUS_DILIHAT = ("Active", "Inactive", "Suspended")


def pegawai_unit(company: str, department: str | None, termasuk_sub_unit: bool = True) -> list[dict]:
	"""Employees of a company, of one unit or a unit with its sub-units, active or away for now."""
	filters = {"status": ("in", STATUS_DILIHAT), "company": company}
	if department:
		if termasuk_sub_unit:
			filters["department"] = ("in", list(unit_cakupan(department, company)))
		else:
			filters["department"] = department
	return frappe.get_all(
		"Employee",
		filters=filters,
		fields=["name", "department", "designation", "status", "reports_to"],
		order_by="name asc",
	)


# SKP per statement batch and per commit when run as a job (a rerun continues after the last one).
UKURAN_POTONGAN_SKP = 200
# What SKP fetches from the employee (fetch_from), filled here from one load of the agency.
DARI_PEGAWAI = {
	"employee_name": "employee_name",
	"nip": "nip",
	"employee_user": "user_id",
	"company": "company",
	"department": "department",
	"designation": "designation",
	"jenis_jabatan": "jenis_jabatan",
	"pangkat_golongan": "pangkat_golongan",
}


class RencanaMassal:
	"""A bulk creation worked out before writing: the period, the domain's plan (who gets an SKP,
	who is skipped and why) and the employee rows to create. The preview and the creation share
	it, so what HR is told is what runs."""

	def __init__(self, periode, rencana: RencanaSKPMassal, baris: dict[str, dict]):
		self.periode = periode
		self.rencana = rencana
		self.baru = [baris[p] for p in rencana.dibuat]

	def ringkasan(self) -> dict:
		"""The plan as the desk shows it: counts per reason, in Indonesian."""
		r = self.rencana
		return {
			"periode_kinerja": self.periode.name,
			"dibuat": len(r.dibuat),
			"dilewati": ringkas_dilewati(r.dilewati, ALASAN_LEWATI),
			"jumlah_dilewati": r.jumlah_dilewati,
			"tanpa_penilai": len(r.tanpa_penilai),
		}


def rencanakan_skp_massal(
	periode_kinerja: str,
	department: str | None = None,
	termasuk_sub_unit: bool = True,
	pegawai: list | None = None,
) -> RencanaMassal:
	"""Who a bulk creation for the unit (or for the `pegawai` given) would give an SKP, three
	queries whatever the size of the unit."""
	periode = frappe.db.get_value(
		"Periode Kinerja",
		periode_kinerja,
		["name", "company", "tanggal_mulai", "tanggal_selesai", "regulasi"],
		as_dict=True,
	)
	daftar = pegawai_unit(periode.company, department, termasuk_sub_unit)
	if pegawai is not None:
		dipilih = set(pegawai)
		daftar = [p for p in daftar if p.name in dipilih]
	sudah = _sudah_punya_skp(periode_kinerja, [p.name for p in daftar if p.status == "Active"])
	rencana = rencana_skp_massal(CalonSKP(p.name, p.status, p.reports_to, p.name in sudah) for p in daftar)
	return RencanaMassal(periode, rencana, {p.name: p for p in daftar})


def buat_skp_massal(
	periode_kinerja: str,
	department: str | None = None,
	termasuk_sub_unit: bool = True,
	pegawai: list | None = None,
) -> list[str]:
	"""A draft SKP for every active employee of the unit who has none for the period; safe to rerun.
	Each SKP passes the controller's validation in memory; the rows are written a batch at a time."""
	return _buat(rencanakan_skp_massal(periode_kinerja, department, termasuk_sub_unit, pegawai))


def buat_skp_massal_latar(
	periode_kinerja: str, department: str | None = None, termasuk_sub_unit: bool = True
) -> list[str]:
	"""The background job of the desk's bulk creation: progress while it writes (`_progress`), then
	a summary to the user who started it."""
	rencana = rencanakan_skp_massal(periode_kinerja, department, termasuk_sub_unit)
	dibuat = _buat(rencana)
	umumkan_selesai(
		_("Buat SKP Massal Selesai"),
		_("{0} SKP dibuat untuk periode {1}.").format(len(dibuat), periode_kinerja),
		rencana.rencana.jumlah_dilewati,
		rencana.ringkasan()["dilewati"],
		satuan=_("pegawai"),
	)
	return dibuat


def _buat(r: RencanaMassal) -> list[str]:
	baru, periode = r.baru, r.periode
	if not baru:
		return []
	konteks = _KonteksSKP(periode)
	if _aturan_saat_dibuat():
		return _buat_per_dokumen(baru, konteks)
	dibuat: list[str] = []
	for mulai in range(0, len(baru), UKURAN_POTONGAN_SKP):
		dibuat += _tulis_skp(baru[mulai : mulai + UKURAN_POTONGAN_SKP], konteks)
		if getattr(frappe.local, "job", None):
			frappe.db.commit()  # what is written stays; a rerun skips it
		_progress(min(mulai + UKURAN_POTONGAN_SKP, len(baru)), len(baru), _("Membuat SKP"))
	rekap.tandai_berubah(periode.name)
	return dibuat


def _aturan_saat_dibuat() -> bool:
	"""An admin's Notification or Assignment Rule on a new SKP runs in the document's own insert, so
	then the SKP are inserted one by one (slower, every rule applied)."""
	return bool(
		frappe.db.exists("Notification", {"document_type": "SKP", "enabled": 1})
		or frappe.db.exists("Assignment Rule", {"document_type": "SKP", "disabled": 0})
	)


def _buat_per_dokumen(baru: list, k: _KonteksSKP) -> list[str]:
	dibuat = []
	for i, p in enumerate(baru, 1):
		doc = frappe.get_doc(k.skp_baru(p.name))
		doc.flags.update(garis=k.garis_atasan, penugasan=k.penugasan, users=k.users, periode=k.periode)
		doc.insert(ignore_permissions=True)
		dibuat.append(doc.name)
		_progress(i, len(baru), _("Membuat SKP"))
	return dibuat


def _sudah_punya_skp(periode_kinerja: str, pegawai: list[str], kunci: bool = False) -> set[str]:
	if not pegawai:
		return set()
	return {
		r[0]
		for r in frappe.db.sql(
			f"""select employee from `tabSKP` where periode_kinerja = %(periode)s and employee in %(pegawai)s
			and docstatus < 2 and status not in %(tidak_aktif)s {"for update" if kunci else ""}""",
			{"periode": periode_kinerja, "pegawai": tuple(pegawai), "tidak_aktif": tuple(STATUS_TIDAK_AKTIF)},
		)
	}


class _KonteksSKP:
	"""What every SKP of a bulk run needs, loaded once: the reporting line, assignments, users,
	the employees' fetched fields, the regime's behaviours and the workflow's first state."""

	def __init__(self, periode):
		from frappe.model.workflow import get_workflow_name

		self.periode = periode
		self.info = {
			r.name: r
			for r in frappe.get_all(
				"Employee",
				filters={"company": periode.company},
				fields=["name", "reports_to", *set(DARI_PEGAWAI.values())],
			)
		}
		self.garis = {n: r.reports_to for n, r in self.info.items()}
		self.punya_bawahan = {a for a in self.garis.values() if a}
		self.perilaku = frappe.get_all(
			"Perilaku Kerja",
			filters={"regulasi": periode.regulasi, "aktif": 1},
			fields=["name", "hanya_untuk_atasan", "perilaku_panduan"],
			order_by="urutan asc",
		)
		tanggal = getdate()
		self.garis_atasan = GarisAtasan(tanggal).muat_semua()
		self.penugasan = penugasan_berlaku(tanggal)
		self.users = dict(
			frappe.get_all(
				"Employee", filters={"user_id": ("is", "set")}, fields=["name", "user_id"], as_list=True
			)
		)
		nama_alur = get_workflow_name("SKP")
		self.alur = frappe.get_cached_doc("Workflow", nama_alur) if nama_alur else None
		self.keadaan_awal = self.alur.states[0] if self.alur else None
		# transitions out of the first state, as Frappe's process_workflow_actions reads them
		opsional = {d.state for d in self.alur.states if d.is_optional_state} if self.alur else set()
		self.transisi_awal = (
			[
				t
				for t in self.alur.transitions
				if t.state == self.keadaan_awal.state and t.next_state not in opsional
			]
			if self.alur
			else []
		)
		self.series = frappe.get_meta("SKP").get_field("naming_series").default or "SKP-.YYYY.-"

	def skp_baru(self, pegawai: str) -> dict:
		"""A new SKP of the employee for the period with the default assessors."""
		penilai, atasan = pejabat_penilai_bawaan(pegawai, self.garis)
		return {
			"doctype": "SKP",
			"employee": pegawai,
			"periode_kinerja": self.periode.name,
			"tanggal_mulai": self.periode.tanggal_mulai,
			"tanggal_selesai": self.periode.tanggal_selesai,
			"pejabat_penilai": penilai,
			"atasan_pejabat_penilai": atasan,
		}

	def nama_pegawai(self, pegawai: str | None, field: str = "employee_name"):
		info = self.info.get(pegawai) if pegawai else None
		return info.get(field) if info else None


def _tulis_skp(potongan: list, k: _KonteksSKP) -> list[str]:
	"""One batch: the employees' rows locked (as a single SKP's duplicate check locks its
	employee), checked again, each SKP validated by its controller in memory, then four INSERTs."""
	from frappe.model.workflow import is_transition_condition_satisfied

	from kinerja_asn.services.argumen import bulatkan_angka, periksa_isian

	nama_pegawai = [p.name for p in potongan]
	frappe.db.sql("select name from `tabEmployee` where name in %s for update", [tuple(nama_pegawai)])
	sudah = _sudah_punya_skp(k.periode.name, nama_pegawai, kunci=True)
	potongan = [p for p in potongan if p.name not in sudah]
	if not potongan:
		return []
	waktu = now_datetime()
	tabel = {
		d: TabelMassal(d, waktu, ukuran=10**9)
		for d in ("SKP", "Perilaku Kerja SKP", "Workflow Action", "Workflow Action Permitted Role")
	}
	nama = nama_berseri(k.series, len(potongan))
	for p, nama_skp in zip(potongan, nama, strict=True):
		doc = frappe.get_doc(
			{
				**k.skp_baru(p.name),
				"naming_series": k.series,
				"perilaku_kerja": [
					{"perilaku_kerja": b.name, "panduan": b.perilaku_panduan}
					for b in k.perilaku
					if not b.hanya_untuk_atasan or p.name in k.punya_bawahan
				],
				**{f: k.nama_pegawai(p.name, src) for f, src in DARI_PEGAWAI.items()},
			}
		)
		penilai, atasan = doc.pejabat_penilai, doc.atasan_pejabat_penilai
		doc.update(
			{
				"nama_pejabat_penilai": k.nama_pegawai(penilai),
				"jabatan_pejabat_penilai": k.nama_pegawai(penilai, "designation"),
				"nama_atasan_pejabat_penilai": k.nama_pegawai(atasan),
			}
		)
		doc.set("__islocal", 1)  # new, as insert() marks it
		doc._set_defaults()
		if k.keadaan_awal:
			doc.workflow_state = k.keadaan_awal.state
			if k.keadaan_awal.update_field:
				doc.set(k.keadaan_awal.update_field, k.keadaan_awal.update_value)
		doc.flags.duplikat_sudah_diperiksa = True
		doc.flags.update(garis=k.garis_atasan, penugasan=k.penugasan, users=k.users, periode=k.periode)
		# the controller's rules, as an insert would run them, without its queries
		periksa_isian(doc)
		doc.validate()
		bulatkan_angka(doc)
		doc.name = nama_skp
		tabel["SKP"].tambah(**_isi(doc))
		for idx, row in enumerate(doc.perilaku_kerja, 1):
			row.update({"name": nama_unik(), "parent": nama_skp, "parenttype": "SKP", "idx": idx})
			row.parentfield = "perilaku_kerja"
			tabel["Perilaku Kerja SKP"].tambah(**_isi(row))
		# what Frappe's process_workflow_actions leaves for a new document in the first state: one
		# action for the roles whose transition's condition holds for this user and document
		peran = sorted({t.allowed for t in k.transisi_awal if is_transition_condition_satisfied(t, doc)})
		if peran:
			aksi = nama_unik()
			tabel["Workflow Action"].tambah(
				name=aksi,
				status="Open",
				reference_doctype="SKP",
				reference_name=nama_skp,
				workflow_state=doc.workflow_state,
			)
			for idx, role in enumerate(peran, 1):
				tabel["Workflow Action Permitted Role"].tambah(
					name=nama_unik(),
					parent=aksi,
					parenttype="Workflow Action",
					parentfield="permitted_roles",
					idx=idx,
					role=role,
				)
	for t in tabel.values():
		t.tulis()
	return nama


def _isi(doc) -> dict:
	"""The stored columns of a document or row; the writer sets owner and times."""
	return {
		k: v
		for k, v in doc.get_valid_dict(convert_dates_to_str=True).items()
		if not (k in ("owner", "modified_by", "creation", "modified") and v is None)
	}


def jalankan(method: str, jumlah: int, method_latar: str | None = None, **kwargs) -> dict:
	"""Run `method` now when small, else enqueue `method_latar` (default `method`) on the long
	queue (its progress is published)."""
	if jumlah <= BATAS_LANGSUNG or frappe.flags.in_test:
		hasil = frappe.get_attr(method)(**kwargs)
		return {"antrian": False, "jumlah": len(hasil), "dokumen": hasil}
	job = frappe.enqueue(method_latar or method, queue="long", timeout=3600, **kwargs)
	return {"antrian": True, "jumlah": jumlah, "job": getattr(job, "id", None)}


# Cascading down ------------------------------------------------------------------------------------


def turunkan_ke_bawahan(skp: str, jenis_kaskade: str = "Langsung") -> list[str]:
	"""Propose one draft RHK per leader RHK Utama to each direct subordinate (their SKP is created
	when missing); RHK already linked are skipped, so rerunning adds nothing."""
	pimpinan = frappe.get_doc("SKP", skp)
	if pimpinan.docstatus != 1 or pimpinan.status != "Disetujui":
		frappe.throw(_("Hanya SKP yang sudah disetujui dapat diturunkan ke bawahan."))
	rhk_pimpinan = frappe.get_all(
		"Rencana Hasil Kerja",
		filters={"skp": skp, "jenis": "Utama"},
		fields=["name", "uraian"],
		order_by="creation asc",
	)
	bawahan = frappe.get_all(
		"Employee", filters={"reports_to": pimpinan.employee, "status": "Active"}, pluck="name"
	)
	if not (rhk_pimpinan and bawahan):
		return []
	skp_bawahan = _skp_aktif(pimpinan.periode_kinerja, bawahan)
	tanpa_skp = [b for b in bawahan if b not in skp_bawahan]
	if tanpa_skp:
		buat_skp_massal(pimpinan.periode_kinerja, pegawai=tanpa_skp, department=None)
		skp_bawahan = _skp_aktif(pimpinan.periode_kinerja, bawahan)
	sudah = [
		(r.employee, r.rhk_intervensi)
		for r in frappe.get_all(
			"Rencana Hasil Kerja",
			filters={"rhk_intervensi": ("in", [r.name for r in rhk_pimpinan])},
			fields=["employee", "rhk_intervensi"],
		)
	]
	dapat_diisi = [b for b in bawahan if b in skp_bawahan and skp_bawahan[b].docstatus == 0]
	usulan = usulan_rhk_bawahan([(r.name, r.uraian) for r in rhk_pimpinan], dapat_diisi, sudah, jenis_kaskade)
	iki = _iki_per_rhk([r.name for r in rhk_pimpinan])
	dibuat = []
	for i, u in enumerate(usulan, 1):
		doc = frappe.get_doc(
			{
				"doctype": "Rencana Hasil Kerja",
				"skp": skp_bawahan[u.pegawai].name,
				"jenis": "Utama",
				"uraian": u.uraian,
				"rhk_intervensi": u.rhk_pimpinan,
				"jenis_kaskade": u.jenis_kaskade,
				"iki": iki.get(u.rhk_pimpinan) or [{"uraian": u.uraian, "target": 1, "satuan": "dokumen"}],
			}
		)
		doc.insert(ignore_permissions=True)
		dibuat.append(doc.name)
		_progress(i, len(usulan), _("Menurunkan RHK"))
	return dibuat


def _skp_aktif(periode_kinerja: str, pegawai: list[str]) -> dict:
	rows = frappe.get_all(
		"SKP",
		filters={
			"periode_kinerja": periode_kinerja,
			"employee": ("in", pegawai),
			"docstatus": ("<", 2),
			"status": ("not in", list(STATUS_TIDAK_AKTIF)),
		},
		fields=["name", "employee", "docstatus"],
		order_by="creation asc",
	)
	return {r.employee: r for r in rows}


def _iki_per_rhk(rhk: list[str]) -> dict[str, list[dict]]:
	hasil: dict[str, list[dict]] = {}
	if not rhk:
		return hasil
	for row in frappe.get_all(
		"Indikator Kinerja Individu",
		filters={"parent": ("in", rhk), "parenttype": "Rencana Hasil Kerja"},
		fields=["parent", *IKI_FIELDS],
		order_by="idx asc",
	):
		hasil.setdefault(row.pop("parent"), []).append(row)
	return hasil


# Revisions -------------------------------------------------------------------------------------------


def buat_revisi(skp: str, alasan: str) -> str:
	"""A new draft version of an approved SKP with copies of its RHK; the old one stays in force
	until the revision is approved."""
	lama = frappe.get_doc("SKP", skp)
	if lama.docstatus != 1 or lama.status != "Disetujui":
		frappe.throw(_("Hanya SKP yang sudah disetujui dapat diubah melalui revisi."))
	if not (alasan or "").strip():
		frappe.throw(_("Tuliskan alasan perubahan SKP."))
	if frappe.db.exists("SKP", {"skp_sebelumnya": skp, "docstatus": 0}):
		frappe.throw(_("SKP ini sudah memiliki revisi yang belum disetujui."))
	baru = frappe.copy_doc(lama)
	baru.update(
		{
			"docstatus": 0,
			"amended_from": None,
			"versi": (lama.versi or 1) + 1,
			"skp_sebelumnya": lama.name,
			"alasan_revisi": alasan,
			"status": "Draft",
			"workflow_state": "Draft",
		}
	)
	baru.insert(ignore_permissions=True)
	_salin_rhk(lama.name, baru.name)
	return baru.name


def _salin_rhk(dari: str, ke: str, pertahankan_induk: bool = True) -> dict[str, str]:
	salinan = {}
	for name in frappe.get_all(
		"Rencana Hasil Kerja", filters={"skp": dari}, pluck="name", order_by="creation asc"
	):
		asal = frappe.get_doc("Rencana Hasil Kerja", name)
		copy = frappe.copy_doc(asal)
		copy.skp = ke
		copy.rhk_sebelumnya = asal.name
		if not pertahankan_induk:
			copy.rhk_intervensi = None
			copy.perlu_ditinjau = 1 if asal.rhk_intervensi else 0
			copy.catatan_peninjauan = (
				_("Pilih RHK pimpinan yang baru setelah mutasi.") if asal.rhk_intervensi else None
			)
		copy.insert(ignore_permissions=True)
		salinan[asal.name] = copy.name
	return salinan


def selesaikan_revisi(baru) -> None:
	"""On approval of a revision: retire the old SKP, re-point subordinates' RHK to the new copies,
	and flag those whose leader RHK was dropped."""
	lama = baru.skp_sebelumnya
	frappe.db.set_value("SKP", lama, {"status": "Digantikan", "digantikan_oleh": baru.name})
	rhk_lama = frappe.get_all("Rencana Hasil Kerja", filters={"skp": lama}, pluck="name")
	salinan = {
		r.rhk_sebelumnya: r.name
		for r in frappe.get_all(
			"Rencana Hasil Kerja", filters={"skp": baru.name}, fields=["name", "rhk_sebelumnya"]
		)
		if r.rhk_sebelumnya
	}
	bawahan = frappe.get_all(
		"Rencana Hasil Kerja",
		filters={"rhk_intervensi": ("in", rhk_lama or [""])},
		fields=["name", "rhk_intervensi"],
	)
	hasil = petakan_revisi(salinan, [(r.name, r.rhk_intervensi) for r in bawahan], rhk_lama)
	rhk = frappe.qb.DocType("Rencana Hasil Kerja")
	for lama_rhk, baru_rhk in salinan.items():
		frappe.qb.update(rhk).set(rhk.rhk_intervensi, baru_rhk).where(rhk.rhk_intervensi == lama_rhk).where(
			rhk.skp != baru.name
		).run()
	if hasil.ditinjau:
		frappe.qb.update(rhk).set(rhk.perlu_ditinjau, 1).set(
			rhk.catatan_peninjauan,
			_("RHK pimpinan yang diintervensi dihapus pada revisi SKP {0}.").format(baru.name),
		).where(rhk.name.isin(hasil.ditinjau)).run()


# Mutations -------------------------------------------------------------------------------------------


def mutasi(skp: str, tanggal: str, alasan: str | None = None) -> str:
	"""Close the SKP the day before a mutation and open a draft for the rest of the period, with the
	employee's current unit and superior; RHK targets are kept, leader links re-chosen when the
	superior changed."""
	lama = frappe.get_doc("SKP", skp)
	if lama.status in STATUS_TIDAK_AKTIF:
		frappe.throw(_("SKP {0} sudah tidak berlaku.").format(skp))
	try:
		(_mulai, akhir_lama), (awal_baru, selesai) = potong_untuk_mutasi(
			getdate(lama.tanggal_mulai), getdate(lama.tanggal_selesai), getdate(tanggal)
		)
	except ValueError as e:
		frappe.throw(_(str(e)))
	frappe.db.set_value(
		"SKP", lama.name, {"tanggal_selesai": akhir_lama, "ditutup_pada": tanggal, "status": "Ditutup"}
	)
	penilai, atasan = penilai_bawaan(lama.employee)
	baru = frappe.get_doc(
		{
			"doctype": "SKP",
			"employee": lama.employee,
			"periode_kinerja": lama.periode_kinerja,
			"tanggal_mulai": awal_baru,
			"tanggal_selesai": selesai,
			"pendekatan": lama.pendekatan,
			"pejabat_penilai": penilai,
			"atasan_pejabat_penilai": atasan,
			"skp_sebelumnya": lama.name,
			"alasan_revisi": alasan or _("Mutasi pegawai"),
			"versi": (lama.versi or 1) + 1,
		}
	)
	baru.insert(ignore_permissions=True)
	_salin_rhk(lama.name, baru.name, pertahankan_induk=(penilai == lama.pejabat_penilai))
	return baru.name


def mutasi_dari_transfer(doc, method=None):
	"""HRMS Employee Transfer: a mutation of the employee's running SKP from the transfer date."""
	tanggal = getdate(doc.transfer_date)
	for skp in frappe.get_all(
		"SKP",
		filters={
			"employee": doc.employee,
			"docstatus": ("<", 2),
			"status": ("not in", list(STATUS_TIDAK_AKTIF)),
			"tanggal_mulai": ("<", tanggal),
			"tanggal_selesai": (">=", tanggal),
		},
		pluck="name",
	):
		mutasi(skp, str(tanggal), _("Mutasi: {0}").format(doc.name))


# Starting a leader's SKP from the unit's Perjanjian Kinerja -----------------------------------------


def buat_skp_dari_pk(perjanjian_kinerja: str) -> str:
	"""A draft SKP for the PK's pihak pertama with one RHK per PK indicator, so the cascade can
	begin even before the leader writes anything (an existing draft SKP gets the missing RHK)."""
	pk = frappe.get_doc("Perjanjian Kinerja", perjanjian_kinerja)
	if pk.docstatus != 1:
		frappe.throw(_("Perjanjian Kinerja harus sudah ditetapkan (submit)."))
	aktif = _skp_aktif(pk.periode, [pk.pihak_pertama]).get(pk.pihak_pertama)
	if aktif and aktif.docstatus != 0:
		frappe.throw(_("Pegawai ini sudah memiliki SKP yang disetujui: {0}.").format(aktif.name))
	if aktif:
		skp = aktif.name
		frappe.db.set_value("SKP", skp, "perjanjian_kinerja", pk.name)
	else:
		skp = (
			frappe.get_doc(
				{
					"doctype": "SKP",
					"employee": pk.pihak_pertama,
					"periode_kinerja": pk.periode,
					"perjanjian_kinerja": pk.name,
				}
			)
			.insert(ignore_permissions=True)
			.name
		)
	sudah = set(
		frappe.get_all(
			"Rencana Hasil Kerja",
			filters={"skp": skp, "indikator_organisasi": ("is", "set")},
			pluck="indikator_organisasi",
		)
	)
	for row in pk.sasaran:
		if not row.indikator or row.indikator in sudah:
			continue
		sudah.add(row.indikator)
		frappe.get_doc(
			{
				"doctype": "Rencana Hasil Kerja",
				"skp": skp,
				"jenis": "Utama",
				"uraian": row.uraian_indikator or row.indikator,
				"indikator_organisasi": row.indikator,
				"iki": [
					{
						"uraian": row.uraian_indikator or row.indikator,
						"target": row.target,
						"target_maks": row.target_maks,
						"satuan": row.satuan,
						"aspek": "Kuantitas",
					}
				],
			}
		).insert(ignore_permissions=True)
	return skp
