# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import flt, getdate, now_datetime, today

from kinerja_asn.domain.capaian import kategori_capaian, nilai_capaian, saran_rating
from kinerja_asn.domain.pelaksanaan import capaian_keseluruhan
from kinerja_asn.domain.penilaian import (
	bobot_nilai_akhir,
	bobot_nilai_iki,
	dengan_masukan_360,
	nilai_perilaku_8_2021,
	rating_pimpinan_unit,
)
from kinerja_asn.domain.perilaku import REGULASI_8_2021
from kinerja_asn.domain.periode import batas_keberatan
from kinerja_asn.domain.rating import (
	agregasi_rating_perilaku,
	nilai_akhir_8_2021,
	nilai_skp_8_2021,
	nilai_skp_periodik,
	predikat_dari_nilai,
	predikat_kinerja,
)
from kinerja_asn.services import penilai
from kinerja_asn.services import penilaian as layanan
from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.kunci import cari_terkunci, kunci_baris
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.realisasi import beri_tahu

DARI_SKP = (
	"employee",
	"employee_name",
	"employee_user",
	"nip",
	"periode_kinerja",
	"company",
	"department",
	"designation",
	"jenis_jabatan",
	"pangkat_golongan",
	"pejabat_penilai",
	"atasan_pejabat_penilai",
)
SKP_FIELDS = ["name", *DARI_SKP, "tanggal_mulai", "tanggal_selesai", "docstatus", "status"]
STATUS_SKP_DINILAI = ("Disetujui", "Ditutup")
# What only the Pejabat Penilai (or the acting official) writes: header fields and row fields.
ISIAN_PENILAI = (
	"rating_hasil_kerja",
	"umpan_balik_hasil_kerja",
	"rating_perilaku_ditetapkan_penilai",
	"rating_perilaku_kerja",
	"umpan_balik_perilaku_kerja",
	"catatan_pejabat_penilai",
)
ISIAN_BARIS = {
	"hasil_kerja": ("rhk", ("rating", "umpan_balik")),
	"perilaku_kerja": ("perilaku_kerja", ("rating", "nilai", "umpan_balik")),
	"nilai_iki": ("iki", ("bobot",)),
}


class PenilaianKinerja(IsianAman, Document):
	def validate(self):
		skp = self._skp()
		self.set_dari_skp(skp)
		self.validate_skp(skp)
		self.set_periode(skp)
		self.validate_duplikat()
		self.set_penyetuju()
		self.validate_isian_penilai()
		pengaturan = get_pengaturan()
		self.set_rincian(skp, pengaturan)
		self.set_masukan(pengaturan)
		if self.regulasi == REGULASI_8_2021:
			self.hitung_8_2021(pengaturan)
		else:
			self.hitung_6_2022(pengaturan)
		if self.docstatus == 0:
			self.set_distribusi()
		if self._berpindah_ke("Dinilai"):
			self.validate_lengkap()
			self.peringatkan_distribusi(pengaturan)
			self.catat_penilaian()

	def before_submit(self):
		self.validate_penyetuju()
		self.validate_lengkap()
		self.validate_distribusi()
		self.catat_penetapan()

	def on_submit(self):
		beri_tahu(
			self.employee_user,
			_("Penilaian kinerja {0} Anda telah ditetapkan dengan predikat {1}.").format(
				self.nama_periode(), _(self.predikat)
			),
			self.doctype,
			self.name,
		)

	def before_update_after_submit(self):
		"""A final assessment stays as it was set; only an appeal's decision and the employee's
		acknowledgement change it (their endpoints set the flags)."""
		if not (self.flags.dari_keberatan or self.flags.diketahui_pegawai):
			frappe.throw(
				_("Penilaian kinerja yang sudah ditetapkan tidak dapat diubah."),
				frappe.PermissionError,
				title=_("Penilaian Final"),
			)

	def before_cancel(self):
		if self.status_keberatan == "Diajukan":
			frappe.throw(_("Penilaian ini sedang diajukan keberatan dan tidak dapat dibatalkan."))

	def on_cancel(self):
		self.db_set("status", "Dibatalkan")

	def on_trash(self):
		for name in frappe.get_all(
			"Masukan Perilaku Kerja", filters={"penilaian_kinerja": self.name}, pluck="name"
		):
			frappe.delete_doc("Masukan Perilaku Kerja", name, ignore_permissions=True)

	# Loading ---------------------------------------------------------------------------------------

	def _skp(self):
		skp = frappe.db.get_value("SKP", self.skp, SKP_FIELDS, as_dict=True) if self.skp else None
		if not skp:
			frappe.throw(_("SKP {0} tidak ditemukan.").format(self.skp or ""))
		return skp

	def nama_periode(self) -> str:
		return frappe.db.get_value("Periode Kinerja", self.periode, "nama_periode") or self.periode

	def set_dari_skp(self, skp):
		"""Who is assessed and by whom always comes from the SKP, never from the form."""
		if self.docstatus != 0:
			return
		for field in DARI_SKP:
			self.set(field, skp.get(field))

	def validate_skp(self, skp):
		"""PermenPAN-RB 6/2022: the assessment judges an approved SKP."""
		if not (self.is_new() or self.has_value_changed("skp")):
			return
		if skp.docstatus != 1 or skp.status not in STATUS_SKP_DINILAI:
			frappe.throw(
				_("Penilaian hanya dapat dibuat untuk SKP yang sudah disetujui ({0} berstatus {1}).").format(
					skp.name, _(skp.status or "Draft")
				),
				title=_("SKP Belum Disetujui"),
			)

	def set_periode(self, skp):
		"""The year of the SKP gives the annual assessment; a month, quarter or semester of it a
		periodic one. The regime is the year's."""
		periode = frappe.db.get_value(
			"Periode Kinerja",
			self.periode,
			["name", "periode_induk", "tanggal_mulai", "tanggal_selesai", "regulasi"],
			as_dict=True,
		)
		if not periode:
			frappe.throw(_("Periode {0} tidak ditemukan.").format(self.periode))
		if periode.name == skp.periode_kinerja:
			self.jenis_penilaian = "Tahunan"
		elif periode.periode_induk == skp.periode_kinerja:
			self.jenis_penilaian = "Periodik"
		else:
			frappe.throw(
				_(
					"Periode penilaian harus periode SKP ({0}) atau bulan, triwulan atau semester di dalamnya."
				).format(skp.periode_kinerja),
				title=_("Periode Tidak Valid"),
			)
		mulai = max(getdate(periode.tanggal_mulai), getdate(skp.tanggal_mulai))
		selesai = min(getdate(periode.tanggal_selesai), getdate(skp.tanggal_selesai))
		if selesai < mulai:
			frappe.throw(_("Periode {0} berada di luar masa SKP.").format(self.periode))
		self.tanggal_mulai, self.tanggal_selesai = mulai, selesai
		self.regulasi = frappe.db.get_value("Periode Kinerja", skp.periode_kinerja, "regulasi") or (
			periode.regulasi
		)

	def validate_duplikat(self):
		kunci_baris("SKP", self.skp)
		lain = cari_terkunci(
			"Penilaian Kinerja",
			{"skp": self.skp, "periode": self.periode, "docstatus": ("<", 2), "name": ("!=", self.name)},
		)
		lain = lain[0] if lain else None
		if lain:
			frappe.throw(
				_("Penilaian SKP {0} untuk periode {1} sudah ada: {2}.").format(self.skp, self.periode, lain),
				title=_("Penilaian Ganda"),
			)

	def set_penyetuju(self):
		"""Who rates comes from the one resolver (acting officials included), never from the form."""
		if self.docstatus != 0:
			return
		hasil = penilai.tentukan(self.employee, self.pejabat_penilai)
		self.penyetuju = hasil.pegawai
		self.sebutan_penyetuju = hasil.sebutan
		self.penugasan_penyetuju = hasil.penugasan
		self.user_penyetuju = penilai.user_of(hasil.pegawai)

	# Who writes what -----------------------------------------------------------------------------------

	def validate_isian_penilai(self):
		"""Only the Pejabat Penilai (or the acting official) rates; HR may prepare the document."""
		if self.flags.oleh_sistem or self.docstatus != 0:
			return
		if self.user_penyetuju and frappe.session.user == self.user_penyetuju:
			if frappe.session.user == self.employee_user:
				frappe.throw(_("Pegawai tidak dapat menilai dirinya sendiri."), frappe.PermissionError)
			return
		if self._isian_berubah():
			frappe.throw(
				_("Rating dan umpan balik hanya dapat diisi oleh Pejabat Penilai Kinerja {0}.").format(
					self.nama_pejabat_penilai or self.pejabat_penilai or ""
				),
				frappe.PermissionError,
			)

	def _isian_berubah(self) -> bool:
		sebelum = self.get_doc_before_save()
		for field in ISIAN_PENILAI:
			if (self.get(field) or None) != ((sebelum.get(field) if sebelum else None) or None):
				return True
		for table, (kunci, fields) in ISIAN_BARIS.items():
			lama = {row.get(kunci): row for row in (sebelum.get(table) if sebelum else [])}
			for row in self.get(table):
				asal = lama.get(row.get(kunci))
				for field in fields:
					if field == "bobot" and not asal:
						continue  # a new row takes its default weight
					if (row.get(field) or None) != ((asal.get(field) if asal else None) or None):
						return True
		return False

	def validate_penyetuju(self):
		"""Only the Pejabat Penilai (through the approver resolver) sets the assessment final."""
		if self.flags.oleh_sistem:
			return
		user = frappe.session.user
		if user == self.employee_user or user != self.user_penyetuju:
			frappe.throw(
				_("Penilaian hanya dapat ditetapkan oleh Pejabat Penilai Kinerja {0}.").format(
					self.nama_pejabat_penilai or self.pejabat_penilai or ""
				),
				frappe.PermissionError,
			)

	# Rows ----------------------------------------------------------------------------------------------

	def set_rincian(self, skp, pengaturan):
		"""Rows follow the SKP and the verified realisation while the assessment is open; what the
		assessor wrote in a row stays with the row's RHK, behaviour or IKI."""
		if self.docstatus != 0:
			return
		sumber = layanan.muat_sumber(
			skp, self.tanggal_mulai, self.tanggal_selesai, self.jenis_penilaian == "Tahunan"
		)
		self._sumber = sumber
		self.set_hasil_kerja(sumber, pengaturan)
		self.set_nilai_iki(sumber, pengaturan)
		self.set_kinerja_tambahan(sumber)
		self.set_perilaku_kerja(skp)

	def _simpan_isian(self, table: str) -> dict:
		kunci, fields = ISIAN_BARIS[table]
		return {row.get(kunci): {f: row.get(f) for f in fields} for row in self.get(table)}

	def set_hasil_kerja(self, sumber, pengaturan):
		isian = self._simpan_isian("hasil_kerja")
		bukti_per_rhk = {}
		for b in sumber.bukti:
			if b.status_verifikasi != "Ditolak":
				bukti_per_rhk[b.rhk] = bukti_per_rhk.get(b.rhk, 0) + 1
		self._capaian_rhk = {}
		self.set("hasil_kerja", [])
		for rhk in sumber.rhk:
			capaian = sumber.capaian_rhk(rhk.name)
			self._capaian_rhk[rhk.name] = (capaian, rhk.jenis == "Utama")
			saran = ""
			if capaian is not None:
				saran = saran_rating(
					capaian,
					batas_di_atas=pengaturan.batas_rating_di_atas,
					batas_di_bawah=pengaturan.batas_rating_di_bawah,
				).value
			self.append(
				"hasil_kerja",
				{
					"rhk": rhk.name,
					"jenis": rhk.jenis,
					"uraian_rhk": rhk.uraian,
					"uraian_rhk_intervensi": rhk.uraian_rhk_intervensi,
					"realisasi": _teks_realisasi(sumber, rhk.name),
					"jumlah_bukti": bukti_per_rhk.get(rhk.name, 0),
					"capaian": capaian or 0,
					"saran_rating": saran,
					**isian.get(rhk.name, {}),
				},
			)

	def set_nilai_iki(self, sumber, pengaturan):
		"""PermenPAN-RB 8/2021: capaian, category and nilai per IKI by the settings' table."""
		if self.regulasi != REGULASI_8_2021:
			self.set("nilai_iki", [])
			return
		isian = self._simpan_isian("nilai_iki")
		jenis = {r.name: r.jenis for r in sumber.rhk}
		uraian = {r.name: r.uraian for r in sumber.rhk}
		baris = [row for row in sumber.iki.values() if sumber.capaian[row.name].target > 0]
		bawaan = bobot_nilai_iki(
			[(jenis[row.parent], row.bobot) for row in baris], pengaturan.bobot_kinerja_tambahan
		)
		self.set("nilai_iki", [])
		for row, bobot in zip(baris, bawaan, strict=True):
			c = sumber.capaian[row.name]
			capaian = c.capaian or 0.0
			try:
				kategori = kategori_capaian(capaian, pengaturan.tabel_capaian)
				nilai = nilai_capaian(capaian, pengaturan.tabel_capaian)
			except ValueError as e:
				frappe.throw(_(str(e)), title=_("Nilai Capaian Tidak Dapat Dihitung"))
			tersimpan = isian.get(row.name, {})
			# the assessor's weight stays (0 included); a new row takes the default
			bobot_baris = bobot if tersimpan.get("bobot") is None else tersimpan["bobot"]
			self.append(
				"nilai_iki",
				{
					"rhk": row.parent,
					"jenis": jenis[row.parent],
					"uraian_rhk": uraian[row.parent],
					"iki": row.name,
					"uraian_iki": row.uraian,
					"aspek": row.aspek,
					"satuan": row.satuan,
					"arah": row.arah,
					"target": c.target,
					"target_maks": c.target_maks or 0,
					"realisasi": c.realisasi or 0,
					"capaian": capaian,
					"kategori": kategori,
					"nilai": nilai,
					"bobot": bobot_baris,
					"nilai_tertimbang": nilai * flt(bobot_baris) / 100,
				},
			)

	def set_kinerja_tambahan(self, sumber):
		"""Kinerja Tambahan (development commitment, community involvement, other) with its evidence."""
		self.set("kinerja_tambahan", [])
		bukti: dict[str, list] = {}
		for b in sumber.bukti:
			bukti.setdefault(b.rhk, []).append(b)
		for rhk in sumber.rhk:
			if rhk.jenis != "Tambahan":
				continue
			dasar = {
				"rhk": rhk.name,
				"kategori_tambahan": rhk.kategori_tambahan or _("Lainnya"),
				"uraian_rhk": rhk.uraian,
			}
			for b in bukti.get(rhk.name) or [None]:
				baris = dict(dasar)
				if b:
					baris.update(
						{
							"bukti_dukung": b.name,
							"jenis_bukti": b.jenis,
							"berkas": b.berkas,
							"tautan": b.tautan,
							"keterangan_bukti": b.keterangan,
							"status_bukti": b.status_verifikasi,
						}
					)
				self.append("kinerja_tambahan", baris)

	def set_perilaku_kerja(self, skp):
		"""One row per behaviour of the SKP (BerAKHLAK, or the 8/2021 aspects) with its ekspektasi khusus."""
		isian = self._simpan_isian("perilaku_kerja")
		rows = frappe.get_all(
			"Perilaku Kerja SKP",
			filters={"parenttype": "SKP", "parent": skp.name},
			fields=["perilaku_kerja", "panduan", "ekspektasi_khusus"],
			order_by="idx asc",
		)
		self.set("perilaku_kerja", [])
		for row in rows:
			self.append(
				"perilaku_kerja",
				{
					"perilaku_kerja": row.perilaku_kerja,
					"panduan": row.panduan,
					"ekspektasi_khusus": row.ekspektasi_khusus,
					**isian.get(row.perilaku_kerja, {}),
				},
			)

	def set_masukan(self, pengaturan=None):
		"""Input of self, peers and subordinates (when the settings allow it), aggregated per behaviour;
		who gave it stays on the input records, which the assessed employee does not see."""
		if self.is_new():
			masukan = layanan.Masukan({}, {}, [])
		else:
			masukan = layanan.muat_masukan(self.name)
		aturan = (pengaturan or get_pengaturan()).aturan_agregasi_perilaku
		for row in self.perilaku_kerja:
			rating = masukan.rating.get(row.perilaku_kerja, [])
			nilai = masukan.nilai.get(row.perilaku_kerja, [])
			row.jumlah_masukan = max(len(rating), len(nilai))
			row.saran_rating_masukan = agregasi_rating_perilaku(rating, aturan).value if rating else ""
			row.nilai_masukan = sum(nilai) / len(nilai) if nilai else 0
		self._nilai_masukan = masukan.nilai
		self.jumlah_masukan = len(masukan.jenis_pemberi)
		self.dengan_masukan_rekan = int(dengan_masukan_360(masukan.jenis_pemberi))

	# PermenPAN-RB 6/2022 -------------------------------------------------------------------------------

	def hitung_6_2022(self, pengaturan):
		"""Suggestion from capaian (the assessor decides), the leader's default from the unit, the
		behaviour rating aggregated by the settings' rule, and the predikat from the settings' quadrant."""
		self.set_saran_hasil_kerja(pengaturan)
		self.set_rating_pimpinan(pengaturan)
		self.set_rating_perilaku(pengaturan)
		self.set_predikat_6_2022(pengaturan)

	def set_rating_perilaku(self, pengaturan):
		rating = [row.rating for row in self.perilaku_kerja if row.rating]
		self.saran_rating_perilaku_kerja = (
			agregasi_rating_perilaku(rating, pengaturan.aturan_agregasi_perilaku).value if rating else ""
		)
		if not self.rating_perilaku_ditetapkan_penilai:
			semua = len(rating) == len(self.perilaku_kerja) and rating
			self.rating_perilaku_kerja = self.saran_rating_perilaku_kerja if semua else None

	def set_predikat_6_2022(self, pengaturan):
		self.predikat = None
		if self.rating_hasil_kerja and self.rating_perilaku_kerja:
			self.predikat = predikat_kinerja(
				self.rating_hasil_kerja, self.rating_perilaku_kerja, pengaturan.matriks
			).value

	def set_saran_hasil_kerja(self, pengaturan):
		capaian_rhk = getattr(self, "_capaian_rhk", None)
		if capaian_rhk is None:
			return
		ada = [(c, utama) for c, utama in capaian_rhk.values() if c is not None and utama]
		self.capaian_keseluruhan = capaian_keseluruhan(c for c, _u in ada) or 0
		self.saran_rating_hasil_kerja = ""
		if ada:
			self.saran_rating_hasil_kerja = saran_rating(
				[c for c, _u in ada],
				batas_di_atas=pengaturan.batas_rating_di_atas,
				batas_di_bawah=pengaturan.batas_rating_di_bawah,
				porsi_mayoritas=pengaturan.porsi_mayoritas,
			).value

	def set_rating_pimpinan(self, pengaturan):
		"""For a unit leader the rating hasil kerja defaults to the unit's achievement [S]."""
		if self.docstatus != 0:
			return
		self.pimpinan_unit = int(bool(layanan.unit_dipimpin(self.employee)))
		if not self.pimpinan_unit:
			return
		capaian = layanan.capaian_unit_pimpinan(self.employee, self.periode_kinerja)
		self.capaian_unit = capaian or 0
		bawaan = rating_pimpinan_unit(
			capaian,
			batas_di_atas=pengaturan.batas_rating_di_atas,
			batas_di_bawah=pengaturan.batas_rating_di_bawah,
		)
		if bawaan and not self.rating_hasil_kerja:
			self.rating_hasil_kerja = bawaan.value

	# PermenPAN-RB 8/2021 -------------------------------------------------------------------------------

	def hitung_8_2021(self, pengaturan):
		"""Weighted Kinerja Utama and Tambahan, behaviour score, 70/30 (60/40 with peers), predikat by
		the settings' bands."""
		self.hasil_kerja_6_2022_kosong()
		utama, tambahan = [], []
		for row in self.nilai_iki:
			row.nilai_tertimbang = flt(row.nilai) * flt(row.bobot) / 100
			(utama if row.jenis == "Utama" else tambahan).append((flt(row.nilai), flt(row.bobot)))
		self.nilai_kinerja_utama = sum(n * b / 100 for n, b in utama)
		self.nilai_kinerja_tambahan = sum(n * b / 100 for n, b in tambahan)
		self.nilai_skp = 0
		if utama:
			if self.jenis_penilaian == "Tahunan":
				self.nilai_skp = nilai_skp_8_2021(utama, tambahan)
			else:
				terukur = [flt(r.nilai) for r in self.nilai_iki if flt(r.realisasi) or flt(r.capaian)]
				self.nilai_skp = nilai_skp_periodik([], terukur) if terukur else 0
		masukan = getattr(self, "_nilai_masukan", {})
		aspek = [(flt(r.nilai), masukan.get(r.perilaku_kerja, [])) for r in self.perilaku_kerja]
		lengkap = aspek and all(n > 0 for n, _m in aspek)
		self.nilai_perilaku_kerja = nilai_perilaku_8_2021(aspek) if lengkap else 0
		self.bobot_skp, self.bobot_perilaku = bobot_nilai_akhir(
			bool(self.dengan_masukan_rekan),
			(pengaturan.bobot_hasil_kerja, pengaturan.bobot_perilaku_kerja),
			(pengaturan.bobot_hasil_kerja_360, pengaturan.bobot_perilaku_kerja_360),
		)
		self.nilai_akhir = 0
		self.predikat = None
		if utama and lengkap:
			self.nilai_akhir = nilai_akhir_8_2021(
				self.nilai_skp, self.nilai_perilaku_kerja, self.bobot_skp, self.bobot_perilaku
			)
			self.predikat = predikat_dari_nilai(self.nilai_akhir, pengaturan.pita_nilai).value

	def hasil_kerja_6_2022_kosong(self):
		self.rating_hasil_kerja = self.rating_perilaku_kerja = None
		self.saran_rating_hasil_kerja = self.saran_rating_perilaku_kerja = ""

	# Completeness, distribution, records ---------------------------------------------------------------

	def validate_lengkap(self):
		masalah = []
		if self.regulasi == REGULASI_8_2021:
			if not self.nilai_iki:
				masalah.append(_("SKP belum memiliki IKI dengan target angka untuk dinilai."))
			if any(flt(r.nilai) <= 0 for r in self.perilaku_kerja):
				masalah.append(_("Isi nilai setiap aspek perilaku kerja."))
		else:
			if not self.rating_hasil_kerja:
				masalah.append(_("Tetapkan rating hasil kerja."))
			if not self.rating_perilaku_kerja:
				masalah.append(
					_("Beri rating setiap perilaku kerja, atau tetapkan rating perilaku kerja sendiri.")
				)
		if not self.predikat and not masalah:
			masalah.append(_("Predikat kinerja belum dapat ditentukan."))
		if masalah:
			frappe.throw("<br>".join(masalah), title=_("Penilaian Belum Lengkap"))

	def set_distribusi(self, keadaan=None):
		"""SE MenPAN-RB 3/2023: the unit's predikat so far (this one included) against its organisation
		predikat, with the slots that remain (a bulk writer hands in the unit's state it loaded once)."""
		if keadaan is None:
			keadaan = layanan.keadaan_unit(self.periode, self.periode_kinerja, self.department, self.name)
		self.unit_distribusi = keadaan.unit
		self.predikat_kinerja_organisasi = keadaan.organisasi.name if keadaan.organisasi else None
		self.predikat_organisasi = keadaan.organisasi.predikat if keadaan.organisasi else None
		self.jumlah_pegawai_unit = keadaan.jumlah_pegawai
		self.ringkasan_distribusi = "\n".join(
			_("{0}: {1} pegawai, sisa kuota {2}").format(_(b["predikat"]), b["jumlah"], b["sisa"])
			for b in keadaan.ringkasan(self.predikat)
		)
		self.pelanggaran_distribusi = "\n".join(keadaan.pelanggaran(self.predikat))

	def peringatkan_distribusi(self, pengaturan):
		if self.pelanggaran_distribusi and not pengaturan.distribusi_memblokir:
			frappe.msgprint(
				self.pelanggaran_distribusi.replace("\n", "<br>"),
				title=_("Kurva Distribusi Unit Terlampaui"),
				indicator="orange",
			)

	def validate_distribusi(self):
		"""Whether a broken curve only warns or blocks the final assessment is a setting."""
		self.set_distribusi()
		if not self.pelanggaran_distribusi:
			return
		pesan = self.pelanggaran_distribusi.replace("\n", "<br>")
		if get_pengaturan().distribusi_memblokir:
			frappe.throw(
				_(
					"Predikat ini melanggar kurva distribusi unit {0} (predikat organisasi {1}):<br>{2}"
				).format(self.unit_distribusi, _(self.predikat_organisasi), pesan),
				title=_("Kurva Distribusi Dilanggar"),
			)
		frappe.msgprint(pesan, title=_("Kurva Distribusi Unit Terlampaui"), indicator="orange")

	def _berpindah_ke(self, state: str) -> bool:
		sebelum = self.get_doc_before_save()
		return bool(sebelum) and sebelum.workflow_state != state and self.workflow_state == state

	def catat_penilaian(self):
		"""Record who rated and in which capacity, so documents print "Plt." / "Plh."."""
		self.dinilai_oleh = self.penyetuju
		self.nama_dinilai_oleh = frappe.db.get_value("Employee", self.penyetuju, "employee_name")
		self.dinilai_sebagai = self.sebutan_penyetuju
		self.tanggal_dinilai = now_datetime()
		if self.sebutan_penyetuju:
			self.add_comment(
				"Info",
				_("Dinilai oleh {0} selaku {1} {2}.").format(
					self.nama_dinilai_oleh, self.sebutan_penyetuju, self.nama_pejabat_penilai
				),
			)

	def catat_penetapan(self):
		self.ditetapkan_oleh = self.penyetuju
		self.nama_ditetapkan_oleh = frappe.db.get_value("Employee", self.penyetuju, "employee_name")
		self.ditetapkan_sebagai = self.sebutan_penyetuju
		self.tanggal_ditetapkan = now_datetime()
		self.batas_keberatan = batas_keberatan(getdate(today()), get_pengaturan().batas_hari_keberatan)
		if self.sebutan_penyetuju:
			self.add_comment(
				"Info",
				_("Ditetapkan oleh {0} selaku {1} {2}.").format(
					self.nama_ditetapkan_oleh, self.sebutan_penyetuju, self.nama_pejabat_penilai
				),
			)


def _teks_realisasi(sumber, rhk: str) -> str:
	"""One line per IKI: realisation against target and its capaian, as the print shows it."""
	baris = []
	for row in sumber.iki_rhk(rhk):
		c = sumber.capaian[row.name]
		target = f"{c.target:g}" + (f"-{c.target_maks:g}" if c.target_maks else "")
		realisasi = "-" if c.realisasi is None else f"{c.realisasi:g}"
		capaian = "" if c.capaian is None else f" ({c.capaian:.1f}%)"
		baris.append(f"{row.uraian}: {realisasi} / {target} {row.satuan or ''}{capaian}".strip())
	return "\n".join(baris)
