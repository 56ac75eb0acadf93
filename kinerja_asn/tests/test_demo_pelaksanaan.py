"""The demo's year in progress (load-demo): check-ins for the months already past, most verified and a
few missing, evidence files private and attached, feedback and rencana aksi, bulk rows equal to what
the controllers store, the yearly write-back equal to services.realisasi, and what a demo employee
and their superior see in the portal."""

import os
from collections import defaultdict
from datetime import date
from unittest.mock import patch

import frappe
from frappe.core.doctype.file.utils import get_content_hash
from frappe.tests.utils import FrappeTestCase
from frappe.utils import getdate

from kinerja_asn.api import portal
from kinerja_asn.demo import muat_pelaksanaan
from kinerja_asn.demo.muat import DOMAIN_DEMO, muat_demo
from kinerja_asn.domain.pelaksanaan import validasi_berkas
from kinerja_asn.services import realisasi as layanan
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.tests.utils import lewati_bila_ada_demo

JUMLAH = 40
TAHUN = 2037
HARI_INI = date(TAHUN, 7, 10)  # January to June past, July running
BULAN_LEWAT = 6
ABAIKAN = {"modified", "modified_by"}


class TestDemoPelaksanaan(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		lewati_bila_ada_demo()
		super().setUpClass()
		frappe.set_user("Administrator")
		with patch.object(muat_pelaksanaan, "hari_ini_demo", return_value=HARI_INI):
			cls.hasil = muat_demo(pegawai=JUMLAH, tahun=TAHUN, seed=2026, force=True)
		berkas = frappe.get_all(
			"File", filters={"attached_to_doctype": "Bukti Dukung", "is_private": 1}, pluck="file_url"
		)
		cls.addClassCleanup(_hapus, [frappe.get_site_path(u.lstrip("/")) for u in berkas])
		cls.pegawai = {
			p.name: p
			for p in frappe.get_all(
				"Employee",
				filters={"user_id": ("like", f"%@{DOMAIN_DEMO}")},
				fields=["name", "user_id", "reports_to", "jenis_jabatan"],
			)
		}
		cls.skp = dict(
			frappe.get_all(
				"SKP",
				filters={"periode_kinerja": cls.hasil.periode},
				fields=["employee", "name"],
				as_list=True,
			)
		)
		cls.bulan = {
			getdate(s.tanggal_mulai).month: s.name
			for s in frappe.get_all(
				"Periode Kinerja",
				filters={"periode_induk": cls.hasil.periode, "jenis": "Bulanan"},
				fields=["name", "tanggal_mulai"],
			)
		}
		cls.realisasi = frappe.get_all(
			"Realisasi Kinerja",
			filters={"periode_kinerja": cls.hasil.periode},
			fields=[
				"name",
				"employee",
				"sub_periode",
				"docstatus",
				"status",
				"workflow_state",
				"pejabat_penilai",
				"penyetuju",
				"diverifikasi_oleh",
				"tanggal_verifikasi",
				"catatan_verifikasi",
			],
		)

	def tearDown(self):
		frappe.set_user("Administrator")

	def dinilai(self) -> list[str]:
		return [p.name for p in self.pegawai.values() if p.reports_to]

	def test_the_months_of_the_year_exist_and_check_ins_are_monthly(self):
		self.assertEqual(sorted(self.bulan), list(range(1, 13)))
		self.assertEqual(get_pengaturan().frekuensi_realisasi, "Bulanan")
		self.assertTrue(self.realisasi)
		self.assertTrue({r.sub_periode for r in self.realisasi} <= set(self.bulan.values()))
		# nothing is reported for a month not yet begun
		dipakai = {r.sub_periode for r in self.realisasi}
		self.assertFalse(dipakai & {self.bulan[m] for m in range(HARI_INI.month + 1, 13)})

	def test_most_employees_have_verified_check_ins_for_the_past_months_and_some_are_missing(self):
		per_pegawai = defaultdict(dict)
		for r in self.realisasi:
			per_pegawai[r.employee][r.sub_periode] = r
		lewat = [self.bulan[m] for m in range(1, BULAN_LEWAT + 1)]
		dinilai = self.dinilai()
		for m in range(1, BULAN_LEWAT):  # the last month may still wait for its superior
			terverifikasi = [
				e for e in dinilai if per_pegawai[e].get(self.bulan[m], {}).get("docstatus") == 1
			]
			self.assertGreaterEqual(len(terverifikasi), 0.8 * len(dinilai), m)
		kosong = [(e, s) for e in dinilai for s in lewat if s not in per_pegawai[e]]
		self.assertTrue(kosong, "a few employees are behind on their check-ins")
		self.assertLess(len(kosong), 0.2 * len(dinilai) * len(lewat))
		# some check-ins still wait: the running month's drafts, submitted ones not yet verified
		status = {r.status for r in self.realisasi}
		self.assertTrue({"Diverifikasi", "Draft", "Diajukan"} <= status, status)
		self.assertTrue(
			any(r.status == "Draft" and r.sub_periode == self.bulan[HARI_INI.month] for r in self.realisasi)
		)

	def test_states_are_those_of_the_workflow(self):
		for r in self.realisasi:
			self.assertEqual(r.status, r.workflow_state, r.name)
			self.assertEqual(r.docstatus, 1 if r.status == "Diverifikasi" else 0, r.name)
			if r.docstatus == 1:
				self.assertEqual((r.diverifikasi_oleh, r.penyetuju), (r.pejabat_penilai, r.pejabat_penilai))
				self.assertTrue(r.tanggal_verifikasi)
				self.assertLess(getdate(r.tanggal_verifikasi), HARI_INI)
			else:
				self.assertIsNone(r.diverifikasi_oleh)
			if r.status == "Revisi":
				self.assertTrue(r.catatan_verifikasi)
		rows = frappe.get_all(
			"Realisasi IKI",
			filters={"parent": ("in", [r.name for r in self.realisasi if r.docstatus == 1])},
			fields=["status_verifikasi", "terisi", "docstatus"],
		)
		self.assertEqual({(r.status_verifikasi, r.terisi, r.docstatus) for r in rows}, {("Diterima", 1, 1)})

	def test_evidence_files_are_private_attached_and_on_disk(self):
		bukti = frappe.get_all(
			"Bukti Dukung",
			filters={"skp": ("in", list(self.skp.values()))},
			fields=[
				"name",
				"jenis",
				"berkas",
				"tautan",
				"status_verifikasi",
				"alasan_penolakan",
				"realisasi_kinerja",
			],
		)
		self.assertEqual({b.jenis for b in bukti}, {"Dokumen", "Foto", "Tautan"})
		self.assertTrue(any(b.status_verifikasi == "Ditolak" for b in bukti))
		self.assertTrue(all(b.alasan_penolakan for b in bukti if b.status_verifikasi == "Ditolak"))
		pengaturan = get_pengaturan()
		berkas = {
			f.attached_to_name: f
			for f in frappe.get_all(
				"File",
				filters={
					"attached_to_doctype": "Bukti Dukung",
					"attached_to_name": ("in", [b.name for b in bukti]),
				},
				fields=[
					"name",
					"attached_to_name",
					"attached_to_field",
					"file_url",
					"file_name",
					"is_private",
					"file_size",
					"content_hash",
				],
			)
		}
		for b in bukti:
			if b.jenis == "Tautan":
				self.assertTrue(b.tautan.startswith("https://") and not b.berkas, b.name)
				self.assertNotIn(b.name, berkas)
				continue
			f = berkas[b.name]
			self.assertEqual((f.file_url, f.is_private, f.attached_to_field), (b.berkas, 1, "berkas"))
			self.assertTrue(b.berkas.startswith("/private/files/"))
			path = frappe.get_site_path(b.berkas.lstrip("/"))
			with open(path, "rb") as isi:
				data = isi.read()
			self.assertEqual((len(data), get_content_hash(data)), (f.file_size, f.content_hash))
			self.assertTrue(data.startswith(b"%PDF-" if b.jenis == "Dokumen" else b"\x89PNG"))
			self.assertEqual(
				validasi_berkas(
					f.file_name,
					f.file_size,
					pengaturan.jenis_berkas_diizinkan,
					pengaturan.ukuran_berkas_maks_mb,
				),
				[],
			)
		# evidence of a verified month was decided by the superior
		terverifikasi = {r.name for r in self.realisasi if r.docstatus == 1}
		self.assertTrue(
			all(b.status_verifikasi != "Diajukan" for b in bukti if b.realisasi_kinerja in terverifikasi)
		)
		# a private file is not served to another demo employee
		f = next(iter(berkas.values()))
		pemilik = frappe.db.get_value("Bukti Dukung", f.attached_to_name, "employee")
		lain = next(p for p in self.pegawai.values() if p.name != pemilik and p.jenis_jabatan == "Pelaksana")
		frappe.set_user(lain.user_id)
		self.assertFalse(frappe.get_doc("File", f.name).is_downloadable())

	def test_some_reported_rows_of_open_check_ins_lack_evidence(self):
		terbuka = [r for r in self.realisasi if r.status in ("Diajukan", "Revisi", "Draft")]
		kurang = 0
		for r in terbuka:
			doc = frappe.get_doc("Realisasi Kinerja", r.name)
			kurang += len(layanan.sebagai_dict(doc)["bukti_kurang"])
		self.assertGreater(kurang, 0)

	def test_bulk_rows_are_what_the_controllers_would_store(self):
		"""Sample documents re-validated by their controllers change nothing (capaian included)."""
		contoh = {}
		for r in sorted(self.realisasi, key=lambda r: r.name):
			contoh.setdefault(r.status, r.name)
		self.assertTrue({"Diverifikasi", "Diajukan", "Draft"} <= set(contoh))
		dokumen = [("Realisasi Kinerja", name) for name in contoh.values()]
		for jenis in ("Dokumen", "Foto", "Tautan"):
			dokumen.append(
				(
					"Bukti Dukung",
					frappe.db.get_value(
						"Bukti Dukung", {"jenis": jenis, "skp": ("in", list(self.skp.values()))}
					),
				)
			)
		dokumen.append(("File", frappe.db.get_value("File", {"attached_to_doctype": "Bukti Dukung"})))
		dokumen.append(
			("Rencana Aksi", frappe.db.get_value("Rencana Aksi", {"skp": ("in", list(self.skp.values()))}))
		)
		for doctype, name in dokumen:
			doc = frappe.get_doc(doctype, name)
			sebelum = _tersimpan(doc)
			doc.run_method("validate")
			self.assertEqual(_beda(sebelum, _tersimpan(doc)), {}, f"{doctype} {name}")
		for name in frappe.get_all(
			"Umpan Balik Kinerja", filters={"skp": ("in", list(self.skp.values()))}, pluck="name", limit=3
		):
			doc = frappe.get_doc("Umpan Balik Kinerja", name)
			sebelum = _tersimpan(doc)
			doc.load_doc_before_save()  # as save() does: sender and date stay as stored
			doc.run_method("validate")
			self.assertEqual(_beda(sebelum, _tersimpan(doc)), {}, name)

	def test_verified_capaian_is_the_domains(self):
		name = next(r.name for r in self.realisasi if r.docstatus == 1)
		doc = frappe.get_doc("Realisasi Kinerja", name)
		for row in doc.rincian:
			self.assertAlmostEqual(row.capaian, layanan.capaian_baris(row) or 0, places=6)
		_per_rhk, keseluruhan = layanan.capaian_check_in(doc.rincian, {row.iki: 1.0 for row in doc.rincian})
		self.assertAlmostEqual(doc.capaian_keseluruhan, keseluruhan, places=6)

	def test_yearly_write_back_equals_services_realisasi(self):
		verifikasi = defaultdict(int)
		for r in self.realisasi:
			verifikasi[r.employee] += r.docstatus == 1
		contoh = sorted(self.skp[e] for e, n in verifikasi.items() if n)[:5]
		self.assertTrue(contoh)
		for skp in contoh:
			_rhk, iki = layanan.muat_indikator(skp)
			tersimpan = {
				r.name: (r.realisasi, r.capaian)
				for r in frappe.get_all(
					"Indikator Kinerja Individu",
					filters={"name": ("in", list(iki))},
					fields=["name", "realisasi", "capaian"],
				)
			}
			dihitung = layanan.perbarui_iki_rhk(skp)
			self.assertEqual(set(dihitung), set(tersimpan))
			for name, (realisasi, capaian) in dihitung.items():
				self.assertAlmostEqual(tersimpan[name][0], realisasi, places=6, msg=name)
				self.assertAlmostEqual(tersimpan[name][1], capaian, places=6, msg=name)
			self.assertTrue(any(r for r, _c in dihitung.values()), skp)

	def test_feedback_and_rencana_aksi(self):
		umpan = frappe.get_all(
			"Umpan Balik Kinerja",
			filters={"skp": ("in", list(self.skp.values()))},
			fields=["dari", "kepada", "jenis", "tanggal", "rhk", "perilaku_kerja"],
		)
		self.assertEqual({u.jenis for u in umpan}, {"Apresiasi", "Coaching", "Perbaikan"})
		dari_atasan = [u for u in umpan if self.pegawai[u.kepada].reports_to == u.dari]
		self.assertGreater(len(dari_atasan), len(umpan) / 2)
		self.assertTrue(all(date(TAHUN, 1, 1) <= getdate(u.tanggal) < HARI_INI for u in umpan))
		self.assertTrue(any(u.perilaku_kerja for u in umpan) and any(u.rhk for u in umpan))
		aksi = frappe.get_all(
			"Rencana Aksi",
			filters={"skp": ("in", list(self.skp.values()))},
			fields=["sub_periode", "status"],
		)
		bulan = {v: k for k, v in self.bulan.items()}
		for a in aksi:
			m = bulan[a.sub_periode]
			harapan = (
				{"Selesai", "Tertunda"}
				if m < HARI_INI.month
				else {"Berjalan"}
				if m == HARI_INI.month
				else {"Direncanakan"}
			)
			self.assertIn(a.status, harapan)
		self.assertEqual({a.status for a in aksi}, {"Selesai", "Tertunda", "Berjalan", "Direncanakan"})

	def test_a_demo_employee_sees_their_check_ins_in_the_portal(self):
		verifikasi = defaultdict(list)
		for r in self.realisasi:
			if r.docstatus == 1:
				verifikasi[r.employee].append(r)
		e = next(e for e in sorted(verifikasi) if self.pegawai[e].jenis_jabatan == "Pelaksana")
		frappe.set_user(self.pegawai[e].user_id)
		data = portal.kinerja_saya()
		self.assertEqual(data["skp"].name, self.skp[e])
		terlihat = {s.name: s.realisasi.status for s in data["sub_periode"] if s.realisasi}
		milik = {r.sub_periode: r.status for r in self.realisasi if r.employee == e}
		self.assertEqual(terlihat, milik)
		self.assertIn("Diverifikasi", terlihat.values())
		self.assertTrue(any(i.capaian is not None for r in data["rhk"] for i in r.iki))

	def test_a_superior_sees_check_ins_waiting_for_them(self):
		menunggu = [r for r in self.realisasi if r.status == "Diajukan" and r.penyetuju]
		self.assertTrue(menunggu)
		r = menunggu[0]
		frappe.set_user(self.pegawai[r.penyetuju].user_id)
		antrean = {x.name: x for x in portal.tim_saya()["menunggu_verifikasi"]}
		self.assertIn(r.name, antrean)
		self.assertTrue(antrean[r.name].boleh_verifikasi)


def _tersimpan(doc) -> dict:
	"""What a save would write: the document's and its rows' columns as get_valid_dict gives them."""
	nilai = {k: v for k, v in doc.get_valid_dict(convert_dates_to_str=True).items() if k not in ABAIKAN}
	for df in doc.meta.get_table_fields():
		nilai[df.fieldname] = [
			{k: v for k, v in row.get_valid_dict(convert_dates_to_str=True).items() if k not in ABAIKAN}
			for row in doc.get(df.fieldname)
		]
	return nilai


def _beda(a: dict, b: dict) -> dict:
	hasil = {}
	for k in set(a) | set(b):
		x, y = a.get(k), b.get(k)
		if isinstance(x, list) and isinstance(y, list):
			if len(x) != len(y):
				hasil[k] = (len(x), len(y))
			for i, (r, s) in enumerate(zip(x, y, strict=False)):
				if d := _beda(r, s):
					hasil[f"{k}[{i}]"] = d
		elif isinstance(x, int | float) and isinstance(y, int | float):
			if abs(x - y) > 1e-6:
				hasil[k] = (x, y)
		elif (x or None) != (y or None) and str(x) != str(y):
			hasil[k] = (x, y)
	return hasil


def _hapus(paths: list[str]):
	for path in paths:
		if os.path.exists(path):
			os.remove(path)
