"""Write the demo's year in progress (kinerja_asn.demo.rancangan_pelaksanaan) into the site: the months
of the year, check-ins (Realisasi Kinerja with their Realisasi IKI rows) in every state, evidence
(Bukti Dukung with private generated files attached, or links), continuous feedback, rencana aksi,
and the year's realisation written back into the RHK's IKI rows from the verified check-ins.

Rows are written in bulk with the values the controllers would store, computed by the services'
own functions (targets of a sub-period and capaian: services.realisasi; the yearly write-back:
domain.pelaksanaan.realisasi_tahunan as services.realisasi.perbarui_iki_rhk does).
kinerja_asn/tests/test_demo_pelaksanaan.py re-validates samples to prove they agree.

Side records the controllers leave (bell notifications, Version history) are not written."""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import frappe
from frappe import _
from frappe.core.doctype.file.utils import generate_file_name, get_content_hash
from frappe.utils import flt, getdate, today

from kinerja_asn.demo.rancangan import Pegawai
from kinerja_asn.demo.rancangan_pelaksanaan import (
	RencanaBukti,
	RencanaCheckIn,
	RencanaPelaksanaan,
	isi_berkas,
	rancang_pelaksanaan,
	urutan_rhk,
)
from kinerja_asn.domain.capaian import capaian_iki
from kinerja_asn.domain.pelaksanaan import agregasi_bawaan, realisasi_tahunan
from kinerja_asn.services import realisasi as layanan
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.tulis_massal import nama_berseri, nama_unik

JENIS_BERKAS = {"pdf": "PDF", "png": "PNG"}


def hari_ini_demo() -> date:
	"""The reference date of the demo year: today (tests patch it to place a year in the past)."""
	return getdate(today())


@dataclass
class HasilPelaksanaanDemo:
	tanggal_acuan: date
	frekuensi: str
	status_realisasi: dict[str, int]
	tertinggal: list[str]
	berkas: list[str] = field(default_factory=list)


def tulis_pelaksanaan(penulis, hari_ini: date | None = None) -> HasilPelaksanaanDemo:
	"""Everything of the demo year that happened before `hari_ini` (default: today)."""
	hari_ini = getdate(hari_ini or hari_ini_demo())
	frekuensi = get_pengaturan().frekuensi_realisasi
	periode = penulis.periode
	periode.buat_sub_periode("Bulanan")  # rencana aksi are monthly whatever the check-in frequency
	if frekuensi != "Bulanan":
		periode.buat_sub_periode(frekuensi)
	perilaku = frappe.get_all(
		"Perilaku Kerja",
		filters={"regulasi": periode.regulasi, "aktif": 1},
		pluck="name",
		order_by="urutan asc",
	)
	rencana = rancang_pelaksanaan(penulis.r, hari_ini, frekuensi, perilaku)
	hasil = _Penulis(penulis, rencana).tulis()
	penulis.log(
		_("  realisasi per {0} s.d. {1}: {2}; tertinggal melapor: {3} pegawai").format(
			frekuensi.lower(),
			frappe.format(hari_ini, "Date"),
			", ".join(f"{n} {_(s)}" for s, n in hasil.status_realisasi.items()),
			len(hasil.tertinggal),
		)
	)
	return hasil


class _Penulis:
	def __init__(self, penulis, rencana: RencanaPelaksanaan):
		self.w = penulis
		self.r = rencana
		self.pengaturan = get_pengaturan()
		periode = penulis.periode
		self.skp_span = frappe._dict(
			tanggal_mulai=getdate(periode.tanggal_mulai), tanggal_selesai=getdate(periode.tanggal_selesai)
		)
		self.sub: dict[tuple[str, date], str] = {
			(s.jenis, getdate(s.tanggal_mulai)): s.name
			for s in frappe.get_all(
				"Periode Kinerja",
				filters={"periode_induk": periode.name},
				fields=["name", "jenis", "tanggal_mulai"],
			)
		}
		self.rhk: dict[int, str] = {}
		self.iki: dict[tuple[str, int], frappe._dict] = {}
		self.iki_per_nama: dict[str, frappe._dict] = {}
		self.check_in: dict[tuple[int, date], str] = {}
		self.berkas: list[str] = []

	def nama_sub(self, jenis: str, mulai: date) -> str:
		return self.sub[(jenis, mulai)]

	def tulis(self) -> HasilPelaksanaanDemo:
		self.muat_rhk()
		baris_terverifikasi = self.tulis_check_in()
		self.tulis_bukti()
		self.tulis_umpan_balik()
		self.tulis_rencana_aksi()
		self.tulis_realisasi_tahunan(baris_terverifikasi)
		status = defaultdict(int)
		for c in self.r.check_in:
			status[c.status] += 1
		return HasilPelaksanaanDemo(
			tanggal_acuan=self.r.hari_ini,
			frekuensi=self.r.frekuensi,
			status_realisasi=dict(sorted(status.items())),
			tertinggal=[self.w.pegawai[p.nomor] for p in self.r.tertinggal],
			berkas=self.berkas,
		)

	def muat_rhk(self):
		"""Names of the plan's RHK (by SKP in creation order) and their IKI rows, two queries."""
		per_skp = defaultdict(list)
		for row in frappe.get_all(
			"Rencana Hasil Kerja",
			filters={"periode_kinerja": self.w.periode.name},
			fields=["name", "skp", "uraian"],
			order_by="creation asc",
		):
			per_skp[row.skp].append(row)
		for p in self.w.r.pegawai:
			ada = per_skp.get(self.w.skp[p.nomor], [])
			if [r.uraian for r in ada] != [r.uraian for r in p.rhk]:
				frappe.throw(_("RHK demo {0} tidak sesuai rancangan.").format(self.w.skp[p.nomor]))
			for r, row in zip(p.rhk, ada, strict=True):
				self.rhk[r.nomor] = row.name
		for row in frappe.db.sql(
			"""select i.name, i.parent, i.idx, i.uraian, i.satuan, i.arah, i.target, i.target_maks,
				i.bobot, i.agregasi_realisasi
			from `tabIndikator Kinerja Individu` i join `tabRencana Hasil Kerja` r on r.name = i.parent
			where i.parenttype = 'Rencana Hasil Kerja' and r.periode_kinerja = %s""",
			self.w.periode.name,
			as_dict=True,
		):
			self.iki[(row.parent, row.idx)] = row
			self.iki_per_nama[row.name] = row

	def _iki(self, rhk, urutan: int) -> frappe._dict:
		return self.iki[(self.rhk[rhk.nomor], urutan + 1)]

	# Check-ins --------------------------------------------------------------------------------------

	def tulis_check_in(self) -> dict[str, list]:
		"""Realisasi Kinerja and their rows; returns the verified rows by SKP for the write-back."""
		w = self.w
		urut = sorted(self.r.check_in, key=lambda c: c.dibuat)
		meta = frappe.get_meta("Realisasi Kinerja")
		nama = _nama_berseri(meta.get_field("naming_series").default, len(urut))
		induk = w._tabel("Realisasi Kinerja")
		anak = w._tabel("Realisasi IKI")
		terverifikasi = defaultdict(list)
		for c, name in zip(urut, nama, strict=True):
			p = c.pegawai
			self.check_in[(p.nomor, c.sub.mulai)] = name
			docstatus = 1 if c.status == "Diverifikasi" else 0
			baris = self._baris(c)
			bobot = {b.iki: flt(self.iki_per_nama[b.iki].bobot) for b in baris}
			_per_rhk, keseluruhan = layanan.capaian_check_in(baris, bobot)
			atasan = p.atasan
			terakhir_oleh = atasan if c.status in ("Diverifikasi", "Revisi") else p
			induk.tambah(
				name=name,
				naming_series=meta.get_field("naming_series").default,
				docstatus=docstatus,
				owner=w.user[p.nomor],
				modified_by=w.user[terakhir_oleh.nomor],
				creation=c.dibuat,
				modified=c.diubah,
				skp=w.skp[p.nomor],
				employee=w.pegawai[p.nomor],
				employee_name=p.nama_lengkap,
				employee_user=w.user[p.nomor],
				periode_kinerja=w.periode.name,
				sub_periode=self.nama_sub(self.r.frekuensi, c.sub.mulai),
				tanggal_mulai=max(c.sub.mulai, self.skp_span.tanggal_mulai),
				tanggal_selesai=min(c.sub.selesai, self.skp_span.tanggal_selesai),
				company=w.company,
				pejabat_penilai=w.pegawai[atasan.nomor] if atasan else None,
				penyetuju=w.pegawai[atasan.nomor] if atasan else None,
				user_penyetuju=w.user[atasan.nomor] if atasan else None,
				sebutan_penyetuju="",
				diverifikasi_oleh=w.pegawai[atasan.nomor] if docstatus else None,
				diverifikasi_sebagai="" if docstatus else None,
				tanggal_verifikasi=c.diverifikasi if docstatus else None,
				catatan_verifikasi=c.catatan_verifikasi,
				capaian_keseluruhan=keseluruhan or 0,
				jumlah_peringatan=sum(1 for b in baris if b.peringatan),
				status=c.status,
				workflow_state=c.status,
			)
			for idx, b in enumerate(baris, 1):
				anak.tambah(
					**b,
					parent=name,
					parenttype="Realisasi Kinerja",
					parentfield="rincian",
					idx=idx,
					docstatus=docstatus,
					owner=w.user[p.nomor],
					modified_by=w.user[terakhir_oleh.nomor],
					creation=c.dibuat,
					modified=c.diubah,
				)
			if docstatus:
				terverifikasi[w.skp[p.nomor]] += [(c.sub.selesai, b) for b in baris]
		induk.tulis()
		anak.tulis()
		w._hitung("Realisasi Kinerja", induk.jumlah)
		w._hitung("Realisasi IKI", anak.jumlah)
		return terverifikasi

	def _baris(self, c: RencanaCheckIn) -> list[frappe._dict]:
		"""Rows as Realisasi Kinerja.validate leaves them: the IKI's targets for the sub-period
		(services.realisasi.target_baris), the reported values, capaian per row."""
		hasil = []
		urutan = {r: i for i, r in enumerate(urutan_rhk(c.pegawai))}
		baris = sorted(c.baris, key=lambda b: (urutan[b.rhk], b.urutan_iki))
		for b in baris:
			iki = self._iki(b.rhk, b.urutan_iki)
			row = frappe._dict(
				name=nama_unik(),
				rhk=iki.parent,
				uraian_rhk=b.rhk.uraian,
				iki=iki.name,
				**layanan.target_baris(iki, self.skp_span, c.sub.mulai, c.sub.selesai),
				realisasi=b.realisasi or 0.0,
				terisi=int(b.realisasi is not None),
				keyakinan=b.keyakinan or 0,
				catatan=b.catatan,
				status_verifikasi=b.status_verifikasi,
				umpan_balik=b.umpan_balik,
			)
			row.capaian = layanan.capaian_baris(row) or 0
			row.peringatan = layanan.peringatan_baris(row, self.pengaturan)
			hasil.append(row)
		return hasil

	# Evidence ---------------------------------------------------------------------------------------

	def tulis_bukti(self):
		"""Bukti Dukung; a file is written to the site's private files and a File attached to the
		evidence (with its Attachment comment), as the upload endpoint leaves them."""
		w = self.w
		urut = sorted(self.r.bukti, key=lambda b: b.diunggah)
		meta = frappe.get_meta("Bukti Dukung")
		series = meta.get_field("naming_series").default
		nama = _nama_berseri(series, len(urut))
		bukti = w._tabel("Bukti Dukung")
		berkas = w._tabel("File")
		komentar = w._tabel("Comment")
		folder = frappe.db.get_value("File", {"is_attachments_folder": 1}) or "Home/Attachments"
		frappe.db.after_rollback.add(self._hapus_berkas)
		for b, name in zip(urut, nama, strict=True):
			p = b.pegawai
			iki = self._iki(b.rhk, b.urutan_iki) if b.urutan_iki is not None else None
			verifikasi = b.status != "Diajukan"
			url = self._tulis_berkas(b, name, berkas, komentar, folder) if b.nama_berkas else None
			bukti.tambah(
				name=name,
				naming_series=series,
				owner=w.user[p.nomor],
				modified_by=w.user[p.atasan.nomor] if verifikasi else w.user[p.nomor],
				creation=b.diunggah,
				modified=b.diverifikasi or b.diunggah,
				employee=w.pegawai[p.nomor],
				employee_name=p.nama_lengkap,
				skp=w.skp[p.nomor],
				rhk=self.rhk[b.rhk.nomor],
				iki=iki.name if iki else None,
				uraian_iki=iki.uraian if iki else None,
				sub_periode=self.nama_sub(self.r.frekuensi, b.sub.mulai),
				realisasi_kinerja=self.check_in.get((p.nomor, b.sub.mulai)),
				pejabat_penilai=w.pegawai[p.atasan.nomor] if p.atasan else None,
				jenis=b.jenis,
				berkas=url,
				tautan=b.tautan,
				keterangan=b.keterangan,
				butir_kegiatan=b.butir_kegiatan,
				status_verifikasi=b.status,
				diverifikasi_oleh=w.pegawai[p.atasan.nomor] if verifikasi else None,
				alasan_penolakan=b.alasan_penolakan,
				tanggal_verifikasi=b.diverifikasi,
			)
		for tabel in (bukti, berkas, komentar):
			tabel.tulis()
		w._hitung("Bukti Dukung", bukti.jumlah)
		w._hitung("File", berkas.jumlah)

	def _tulis_berkas(self, b: RencanaBukti, bukti: str, berkas, komentar, folder: str) -> str:
		"""The file on disk and its File row (name, size and hash as File.save_file computes them)."""
		isi = isi_berkas(b)
		content_hash = get_content_hash(isi)
		file_name = generate_file_name(b.nama_berkas, suffix=content_hash[-6:], is_private=True)
		path = frappe.get_site_path("private", "files", file_name)
		with open(path, "wb") as f:
			f.write(isi)
		self.berkas.append(os.path.abspath(path))
		url = f"/private/files/{file_name}"
		user = self.w.user[b.pegawai.nomor]
		berkas.tambah(
			name=nama_unik(),
			owner=user,
			modified_by=user,
			creation=b.diunggah,
			modified=b.diunggah,
			file_name=file_name,
			file_url=url,
			is_private=1,
			file_size=len(isi),
			content_hash=content_hash,
			folder=folder,
			file_type=JENIS_BERKAS[file_name.rsplit(".", 1)[-1]],
			is_folder=0,
			is_home_folder=0,
			is_attachments_folder=0,
			attached_to_doctype="Bukti Dukung",
			attached_to_name=bukti,
			attached_to_field="berkas",
		)
		komentar.tambah(
			name=nama_unik(),
			owner=user,
			modified_by=user,
			creation=b.diunggah,
			modified=b.diunggah,
			comment_type="Attachment",
			comment_email=user,
			reference_doctype="Bukti Dukung",
			reference_name=bukti,
			content=f'<a href="{url}" target="_blank">{file_name}</a> <i class="fa fa-lock text-warning"></i>',
		)
		return url

	def _hapus_berkas(self):
		"""After a rollback the database forgets the File rows, the disk does not (as File.on_rollback)."""
		for path in self.berkas:
			if os.path.exists(path):
				os.remove(path)

	# Feedback and rencana aksi ----------------------------------------------------------------------

	def tulis_umpan_balik(self):
		w = self.w
		tabel = w._tabel("Umpan Balik Kinerja")
		for u in self.r.umpan_balik:
			user = w.user[u.dari.nomor]
			tabel.tambah(
				name=nama_unik(),
				owner=user,
				modified_by=user,
				creation=u.waktu,
				modified=u.waktu,
				dari=w.pegawai[u.dari.nomor],
				nama_dari=u.dari.nama_lengkap,
				kepada=w.pegawai[u.kepada.nomor],
				nama_kepada=u.kepada.nama_lengkap,
				jenis=u.jenis,
				tanggal=u.waktu.date(),
				skp=w.skp[u.kepada.nomor],
				rhk=self.rhk[u.rhk.nomor] if u.rhk else None,
				perilaku_kerja=u.perilaku,
				isi=u.isi,
			)
		tabel.tulis()
		w._hitung("Umpan Balik Kinerja", tabel.jumlah)

	def tulis_rencana_aksi(self):
		w = self.w
		tabel = w._tabel("Rencana Aksi")
		for a in self.r.rencana_aksi:
			p: Pegawai = a.rhk.pemilik
			user = w.user[p.nomor]
			tabel.tambah(
				name=nama_unik(),
				owner=user,
				modified_by=user,
				creation=a.dibuat,
				modified=a.dibuat,
				rhk=self.rhk[a.rhk.nomor],
				uraian_rhk=a.rhk.uraian,
				skp=w.skp[p.nomor],
				employee=w.pegawai[p.nomor],
				pejabat_penilai=w.pegawai[p.atasan.nomor] if p.atasan else None,
				sub_periode=self.nama_sub("Bulanan", a.bulan.mulai),
				status=a.status,
				aksi=a.aksi,
				catatan=a.catatan,
			)
		tabel.tulis()
		w._hitung("Rencana Aksi", tabel.jumlah)

	# The year written back --------------------------------------------------------------------------

	def tulis_realisasi_tahunan(self, terverifikasi: dict[str, list]):
		"""Each IKI's realisation of the year from the verified check-ins by its agregasi, and its
		capaian against the yearly target: what services.realisasi.perbarui_iki_rhk writes."""
		nilai = defaultdict(list)
		for daftar in terverifikasi.values():
			for selesai, b in daftar:
				if b.terisi:
					nilai[b.iki].append((selesai, flt(b.realisasi)))
		perubahan = {}
		for row in self.iki.values():
			if row.name not in nilai:
				continue
			realisasi = realisasi_tahunan(
				nilai[row.name], row.agregasi_realisasi or agregasi_bawaan(row.satuan)
			)
			capaian = 0.0
			if realisasi is not None and flt(row.target) > 0:
				capaian = capaian_iki(
					realisasi,
					flt(row.target),
					target_maks=flt(row.target_maks) or None,
					arah=layanan.arah_domain(row.arah),
				)
			perubahan[row.name] = {"realisasi": realisasi or 0.0, "capaian": capaian}
		frappe.db.bulk_update("Indikator Kinerja Individu", perubahan, chunk_size=500, update_modified=False)
		self.w._hitung("Realisasi tahunan IKI", len(perubahan))


def _nama_berseri(series: str, jumlah: int) -> list[str]:

	return nama_berseri(series, jumlah)
