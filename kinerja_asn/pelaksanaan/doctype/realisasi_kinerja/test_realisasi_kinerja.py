# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe.model.workflow import WorkflowTransitionError, apply_workflow

from kinerja_asn.api import realisasi as api
from kinerja_asn.domain.capaian import IKI, capaian_iki, capaian_rhk
from kinerja_asn.domain.pelaksanaan import capaian_keseluruhan
from kinerja_asn.kinerja_asn.doctype.penugasan_plt_plh.test_penugasan_plt_plh import make_penugasan
from kinerja_asn.tests.pelaksanaan import PDF, PelaksanaanTestCase
from kinerja_asn.tests.utils import make_employee, make_periode, make_skp, make_sub_periode

MARET = {"Jumlah laporan layanan": 2, "Indeks kepuasan layanan": 72, "Waktu penyelesaian": 4}


class TestRealisasiKinerja(PelaksanaanTestCase):
	PREFIX = "Realisasi"

	def test_check_in_with_evidence_submitted_by_employee_and_verified_by_pejabat_penilai(self):
		doc = self.check_in(self.maret, MARET, ajukan=False)
		bukti = self.unggah("laporan-maret.pdf", PDF)
		doc = api.ajukan_realisasi(doc["name"])
		self.assertEqual(doc["status"], "Diajukan")
		self.assertEqual(doc["penyetuju"], self.s.admin)
		self.assertFalse(doc["dapat_diubah"])

		self.as_user(self.s.admin)
		self.assertTrue(api.ambil_realisasi(self.skp, self.maret)["dapat_diverifikasi"])
		api.verifikasi_bukti(bukti["name"], "Diterima")
		baris = self.baris(doc)
		doc = api.verifikasi_realisasi(
			doc["name"], "Diverifikasi", umpan_balik={baris["Waktu penyelesaian"]: "Pertahankan"}
		)
		self.assertEqual((doc["status"], doc["docstatus"]), ("Diverifikasi", 1))
		self.assertEqual((doc["diverifikasi_oleh"], doc["diverifikasi_sebagai"]), (self.s.admin, ""))
		self.assertTrue(doc["tanggal_verifikasi"])
		self.assertEqual({r["status_verifikasi"] for r in doc["rincian"]}, {"Diterima"})
		umpan = {r["uraian_iki"]: r["umpan_balik"] for r in doc["rincian"]}
		self.assertEqual(umpan["Waktu penyelesaian"], "Pertahankan")
		self.assertEqual(frappe.db.get_value("Bukti Dukung", bukti["name"], "status_verifikasi"), "Diterima")
		self.assertEqual(frappe.db.get_value("Bukti Dukung", bukti["name"], "realisasi_kinerja"), doc["name"])
		# a verified month is closed: no more evidence, no withdrawal
		self.as_user(self.s.staf1)
		self.assertRaises(frappe.ValidationError, self.unggah, "susulan.pdf", PDF)

	def test_cancelling_a_verified_check_in_takes_it_out_of_the_year(self):
		doc = self.check_in(self.maret, MARET)
		self.as_user(self.s.admin)
		api.verifikasi_realisasi(doc["name"], "Diverifikasi")
		frappe.set_user(self.s.hr)
		apply_workflow(frappe.get_doc("Realisasi Kinerja", doc["name"]), "Batalkan")
		self.assertEqual(frappe.db.get_value("Realisasi Kinerja", doc["name"], "status"), "Dibatalkan")
		self.assertEqual(
			frappe.get_all(
				"Indikator Kinerja Individu",
				filters={"parent": ("in", [self.rhk_layanan, self.rhk_waktu])},
				pluck="realisasi",
			),
			[0, 0, 0],
		)
		# the month can be reported again
		self.as_user(self.s.staf1)
		self.assertNotEqual(api.ambil_realisasi(self.skp, self.maret)["name"], doc["name"])

	def test_capaian_per_iki_and_per_rhk_as_the_domain_computes_it(self):
		doc = self.check_in(self.maret, MARET, ajukan=False)
		rows = {r["uraian_iki"]: r for r in doc["rincian"]}
		# a month of a yearly count is a twelfth of it; levels keep the yearly target
		self.assertAlmostEqual(rows["Jumlah laporan layanan"]["target_periode"], 1.0)
		self.assertEqual(rows["Indeks kepuasan layanan"]["target_periode"], 80)
		self.assertEqual(rows["Waktu penyelesaian"]["target_periode"], 5)
		harapan = {
			"Jumlah laporan layanan": capaian_iki(2, 1.0),
			"Indeks kepuasan layanan": capaian_iki(72, 80),
			"Waktu penyelesaian": capaian_iki(4, 5, arah="turun"),
		}
		for uraian, capaian in harapan.items():
			self.assertAlmostEqual(rows[uraian]["capaian"], capaian, places=4)
		layanan = capaian_rhk(
			[
				IKI("a", 1.0, realisasi=2),
				IKI("b", 80, realisasi=72),
			]
		)
		waktu = capaian_rhk([IKI("c", 5, realisasi=4, arah="turun")])
		per_rhk = {r["rhk"]: r["capaian"] for r in doc["rhk"]}
		self.assertAlmostEqual(per_rhk[self.rhk_layanan], layanan, places=4)
		self.assertAlmostEqual(per_rhk[self.rhk_waktu], waktu, places=4)
		self.assertAlmostEqual(doc["capaian_keseluruhan"], capaian_keseluruhan([layanan, waktu]), places=4)
		stored = frappe.db.get_value("Realisasi Kinerja", doc["name"], "capaian_keseluruhan")
		self.assertAlmostEqual(stored, capaian_keseluruhan([layanan, waktu]), places=2)

	def test_verified_months_add_up_into_the_rhk_by_aggregation(self):
		for sub, nilai in (
			(self.maret, MARET),
			(
				self.april,
				{"Jumlah laporan layanan": 3, "Indeks kepuasan layanan": 88, "Waktu penyelesaian": 6},
			),
		):
			doc = self.check_in(sub, nilai)
			self.as_user(self.s.admin)
			api.verifikasi_realisasi(doc["name"], "Diverifikasi")
		iki = {
			r.uraian: r
			for r in frappe.get_all(
				"Indikator Kinerja Individu",
				filters={"parent": ("in", [self.rhk_layanan, self.rhk_waktu])},
				fields=["uraian", "realisasi", "capaian"],
			)
		}
		self.assertEqual(iki["Jumlah laporan layanan"].realisasi, 5)  # Jumlah: 2 + 3
		self.assertAlmostEqual(iki["Jumlah laporan layanan"].capaian, capaian_iki(5, 12), places=2)
		self.assertEqual(iki["Indeks kepuasan layanan"].realisasi, 80)  # Rata-rata of 72 and 88
		self.assertAlmostEqual(iki["Indeks kepuasan layanan"].capaian, 100, places=2)
		self.assertEqual(iki["Waktu penyelesaian"].realisasi, 6)  # Terakhir: April
		self.assertAlmostEqual(iki["Waktu penyelesaian"].capaian, capaian_iki(6, 5, arah="turun"), places=2)

	def test_two_verifications_at_once_the_later_is_refused(self):
		"""Both approver requests loaded the waiting check-in before either saved: the save's
		check_if_latest refuses the later one (the API skips only the repeated permission look-ups)."""
		from kinerja_asn.services import alur

		doc = self.check_in(self.maret, MARET)
		self.as_user(self.s.admin)
		pertama = frappe.get_doc("Realisasi Kinerja", doc["name"])
		kedua = frappe.get_doc("Realisasi Kinerja", doc["name"])
		for d in (pertama, kedua):
			d.flags.ignore_permissions = d.flags.ignore_links = True
		alur.terapkan(pertama, "Diverifikasi", maju=True)
		kedua.catatan_verifikasi = "dari permintaan kedua"
		self.assertRaises(frappe.ValidationError, alur.terapkan, kedua, *alur.DIKEMBALIKAN)
		tersimpan = frappe.db.get_value(
			"Realisasi Kinerja", doc["name"], ["status", "docstatus", "catatan_verifikasi"], as_dict=True
		)
		self.assertEqual((tersimpan.status, tersimpan.docstatus), ("Diverifikasi", 1))
		self.assertNotEqual(tersimpan.catatan_verifikasi, "dari permintaan kedua")

	def test_an_unknown_check_in_is_a_404_with_its_name_escaped(self):
		self.as_user(self.s.admin)
		with self.assertRaises(frappe.DoesNotExistError) as e:
			api.verifikasi_realisasi("<img src=x onerror=alert(1)>", "Diverifikasi")
		self.assertIn("&lt;img", str(e.exception))
		self.assertNotIn("<img", str(e.exception))

	def test_returned_for_revision_with_a_note_then_resubmitted(self):
		doc = self.check_in(self.maret, MARET)
		baris = self.baris(doc)
		self.as_user(self.s.admin)
		self.assertRaises(frappe.ValidationError, api.verifikasi_realisasi, doc["name"], "Revisi")
		doc = api.verifikasi_realisasi(
			doc["name"],
			"Revisi",
			catatan="Lengkapi bukti laporan",
			umpan_balik={baris["Jumlah laporan layanan"]: "Bukti belum ada"},
		)
		self.assertEqual(doc["status"], "Revisi")
		status = {r["uraian_iki"]: r["status_verifikasi"] for r in doc["rincian"]}
		self.assertEqual(status["Jumlah laporan layanan"], "Perlu Perbaikan")
		self.assertEqual(status["Waktu penyelesaian"], "Diterima")
		self.assertTrue(
			frappe.db.exists(
				"Notification Log", {"document_name": doc["name"], "for_user": self.s.user[self.s.staf1]}
			)
		)
		self.as_user(self.s.staf1)
		doc = self.isi(doc, {"Jumlah laporan layanan": 3})
		self.assertEqual(doc["catatan_verifikasi"], "Lengkapi bukti laporan")
		umpan = {r["uraian_iki"]: r["umpan_balik"] for r in doc["rincian"]}
		self.assertEqual(umpan["Jumlah laporan layanan"], "Bukti belum ada")  # the owner cannot erase it
		self.assertEqual(api.ajukan_realisasi(doc["name"])["status"], "Diajukan")

	def test_workflow_return_needs_a_note(self):
		doc = self.check_in(self.maret, MARET)
		self.as_user(self.s.admin)
		self.assertRaises(
			frappe.ValidationError,
			apply_workflow,
			frappe.get_doc("Realisasi Kinerja", doc["name"]),
			"Kembalikan",
		)
		api.simpan_catatan_revisi(doc["name"], "Perbaiki angka")
		apply_workflow(frappe.get_doc("Realisasi Kinerja", doc["name"]), "Kembalikan")
		self.assertEqual(frappe.db.get_value("Realisasi Kinerja", doc["name"], "status"), "Revisi")

	def test_employee_cannot_verify_own_check_in(self):
		doc = self.check_in(self.maret, MARET)
		self.assertRaises(frappe.PermissionError, api.verifikasi_realisasi, doc["name"], "Diverifikasi")
		self.assertRaises(
			(WorkflowTransitionError, frappe.PermissionError),
			apply_workflow,
			frappe.get_doc("Realisasi Kinerja", doc["name"]),
			"Verifikasi",
		)
		submitted = frappe.get_doc("Realisasi Kinerja", doc["name"])
		self.assertRaises(frappe.PermissionError, submitted.submit)

	def test_submitted_check_in_cannot_be_changed_by_its_owner(self):
		doc = self.check_in(self.maret, MARET)
		self.assertRaises(frappe.ValidationError, api.simpan_realisasi, doc["name"], [])
		stored = frappe.get_doc("Realisasi Kinerja", doc["name"])
		stored.rincian[0].realisasi = 99
		self.assertRaises(frappe.ValidationError, stored.save)

	def test_bad_input_is_answered_per_row_and_nothing_is_saved(self):
		self.as_user(self.s.staf1)
		doc = self.isi(api.ambil_realisasi(self.skp, self.maret), {"Jumlah laporan layanan": 1})
		baris = self.baris(doc)
		hasil = api.simpan_realisasi(
			doc["name"],
			[
				{"name": baris["Jumlah laporan layanan"], "realisasi": 4},
				{"name": baris["Indeks kepuasan layanan"], "realisasi": "banyak"},
				{"name": baris["Waktu penyelesaian"], "realisasi": -2},
			],
		)
		self.assertFalse(hasil["ok"])
		self.assertEqual(
			set(hasil["errors"]), {baris["Indeks kepuasan layanan"], baris["Waktu penyelesaian"]}
		)
		self.assertEqual(
			frappe.db.get_value("Realisasi IKI", baris["Jumlah laporan layanan"], "realisasi"), 1
		)

	def test_a_value_typed_with_a_decimal_comma_is_read_and_words_are_refused(self):
		self.as_user(self.s.staf1)
		doc = api.ambil_realisasi(self.skp, self.maret)
		baris = self.baris(doc)["Indeks kepuasan layanan"]
		hasil = api.simpan_realisasi(doc["name"], [{"name": baris, "realisasi": "79,5"}])
		self.assertTrue(hasil["ok"], hasil)
		self.assertEqual(frappe.db.get_value("Realisasi IKI", baris, "realisasi"), 79.5)
		hasil = api.simpan_realisasi(doc["name"], [{"name": baris, "realisasi": "delapan puluh"}])
		self.assertEqual(hasil, {"ok": False, "errors": {baris: "Realisasi harus berupa angka"}})
		self.assertEqual(frappe.db.get_value("Realisasi IKI", baris, "realisasi"), 79.5)

	def test_a_slip_is_warned_not_saved_until_confirmed_then_flagged_to_the_verifier(self):
		self.as_user(self.s.staf1)
		doc = api.ambil_realisasi(self.skp, make_sub_periode(self.periode, "Bulanan", 9))
		baris = self.baris(doc)["Jumlah laporan layanan"]  # 12 a year: 1 in September
		isian = [{"name": baris, "realisasi": "999999"}]
		hasil = api.simpan_realisasi(doc["name"], isian)
		self.assertFalse(hasil["ok"])
		self.assertIn("lebih dari 10 kali target 1", hasil["peringatan"][baris])
		self.assertFalse(frappe.db.get_value("Realisasi IKI", baris, "terisi"))  # nothing saved

		hasil = api.simpan_realisasi(doc["name"], isian, konfirmasi=1)
		self.assertTrue(hasil["ok"], hasil)
		self.assertEqual(hasil["doc"]["jumlah_peringatan"], 1)
		row = next(r for r in hasil["doc"]["rincian"] if r["name"] == baris)
		self.assertIn("periksa kembali", row["peringatan"])
		self.assertEqual(frappe.db.get_value("Realisasi Kinerja", doc["name"], "jumlah_peringatan"), 1)
		# saved again as it is: confirmed already, no second question
		self.assertTrue(api.simpan_realisasi(doc["name"], isian)["ok"])

		api.ajukan_realisasi(doc["name"])
		self.as_user(self.s.admin)
		dilihat = api.ambil_realisasi(self.skp, make_sub_periode(self.periode, "Bulanan", 9))
		self.assertEqual(dilihat["jumlah_peringatan"], 1)

		# a sensible value clears the flag
		frappe.set_user("Administrator")
		stored = frappe.get_doc("Realisasi Kinerja", doc["name"])
		stored.rincian[[r.name for r in stored.rincian].index(baris)].realisasi = 1
		stored.save()
		self.assertEqual(stored.jumlah_peringatan, 0)

	def test_the_agency_sets_the_limits_and_zero_turns_them_off(self):
		frappe.set_user("Administrator")
		pengaturan = frappe.get_single("Pengaturan Kinerja")
		pengaturan.rasio_realisasi_wajar = 0
		pengaturan.batas_capaian_wajar = 0
		pengaturan.save()
		try:
			self.as_user(self.s.staf1)
			doc = api.ambil_realisasi(self.skp, make_sub_periode(self.periode, "Bulanan", 10))
			baris = self.baris(doc)["Jumlah laporan layanan"]
			hasil = api.simpan_realisasi(doc["name"], [{"name": baris, "realisasi": 999999}])
			self.assertTrue(hasil["ok"], hasil)
			self.assertEqual(hasil["doc"]["jumlah_peringatan"], 0)
		finally:
			frappe.clear_document_cache("Pengaturan Kinerja", "Pengaturan Kinerja")  # rolled back next

	def test_a_whole_count_target_is_split_in_whole_units(self):
		from frappe.utils import getdate

		from kinerja_asn.services.realisasi import target_baris

		skp = frappe._dict(tanggal_mulai=getdate("2026-01-01"), tanggal_selesai=getdate("2026-12-31"))
		iki = frappe._dict(uraian="Kegiatan", satuan="kegiatan", target=5, target_maks=0, arah="Naik")
		bulan = [
			target_baris(iki, skp, getdate(f"2026-{m:02d}-01"), frappe.utils.get_last_day(f"2026-{m:02d}-01"))
			for m in range(1, 13)
		]
		self.assertEqual([b["target_periode"] for b in bulan], [0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1])
		self.assertEqual({b["target_maks_periode"] for b in bulan}, {0})

	def test_unreported_row_has_no_capaian_and_zero_is_a_report(self):
		self.as_user(self.s.staf1)
		doc = self.isi(
			api.ambil_realisasi(self.skp, self.maret),
			{"Jumlah laporan layanan": 0, "Indeks kepuasan layanan": None},
		)
		rows = {r["uraian_iki"]: r for r in doc["rincian"]}
		self.assertEqual(
			(rows["Jumlah laporan layanan"]["realisasi"], rows["Jumlah laporan layanan"]["capaian"]), (0, 0)
		)
		self.assertIsNone(rows["Indeks kepuasan layanan"]["capaian"])
		self.assertIsNone(rows["Waktu penyelesaian"]["capaian"])  # a turun IKI left empty is not 200%

	def test_one_check_in_per_skp_and_sub_period(self):
		doc = self.check_in(self.maret, MARET, ajukan=False)
		self.assertEqual(api.ambil_realisasi(self.skp, self.maret)["name"], doc["name"])
		frappe.set_user("Administrator")
		kedua = frappe.get_doc({"doctype": "Realisasi Kinerja", "skp": self.skp, "sub_periode": self.maret})
		self.assertRaises(frappe.ValidationError, kedua.insert)
		# nor the quarter that holds March: the month would count twice in the year
		triwulan_1 = make_sub_periode(self.periode, "Triwulan", 1)
		triwulan_2 = make_sub_periode(self.periode, "Triwulan", 2)
		self.as_user(self.s.staf1)
		self.assertRaises(frappe.ValidationError, api.ambil_realisasi, self.skp, triwulan_1)
		self.assertEqual(api.ambil_realisasi(self.skp, triwulan_2)["status"], "Draft")

	def test_sub_period_must_be_a_month_or_quarter_of_the_skp_period(self):
		lain = make_sub_periode(make_periode(2027), "Bulanan", 1)
		self.as_user(self.s.staf1)
		self.assertRaises(frappe.ValidationError, api.ambil_realisasi, self.skp, lain)
		self.assertRaises(frappe.ValidationError, api.ambil_realisasi, self.skp, self.periode)

	def test_only_an_approved_skp_takes_check_ins(self):
		draft = make_skp(self.s.staf2, self.periode)
		frappe.get_doc(
			{
				"doctype": "Rencana Hasil Kerja",
				"skp": draft,
				"uraian": "RHK draf",
				"iki": [{"uraian": "Jumlah", "target": 4}],
			}
		).insert(ignore_permissions=True)
		self.as_user(self.s.staf2)
		self.assertRaises(frappe.ValidationError, api.ambil_realisasi, draft, self.maret)

	def test_verification_by_a_plh_records_plh(self):
		plh = make_employee("Plh Realisasi", user="plh.realisasi@example.com", jenis_jabatan="Administrator")
		doc = self.check_in(self.maret, MARET)
		frappe.set_user("Administrator")
		make_penugasan(plh, pejabat=self.s.admin)
		stored = frappe.db.get_value(
			"Realisasi Kinerja",
			doc["name"],
			["penyetuju", "sebutan_penyetuju", "user_penyetuju"],
			as_dict=True,
		)
		self.assertEqual(
			(stored.penyetuju, stored.sebutan_penyetuju, stored.user_penyetuju),
			(plh, "Plh.", "plh.realisasi@example.com"),
		)
		self.assertTrue(
			frappe.db.exists(
				"Notification Log", {"document_name": doc["name"], "for_user": "plh.realisasi@example.com"}
			)
		)
		# the absent holder no longer verifies; the acting official does
		self.as_user(self.s.admin)
		self.assertRaises(frappe.PermissionError, api.verifikasi_realisasi, doc["name"], "Diverifikasi")
		frappe.set_user("plh.realisasi@example.com")
		self.assertTrue(frappe.has_permission("Realisasi Kinerja", "read", doc["name"]))
		hasil = api.verifikasi_realisasi(doc["name"], "Diverifikasi")
		self.assertEqual(
			(hasil["status"], hasil["diverifikasi_oleh"], hasil["diverifikasi_sebagai"]),
			("Diverifikasi", plh, "Plh."),
		)
		komentar = frappe.get_all(
			"Comment",
			filters={"reference_doctype": "Realisasi Kinerja", "reference_name": doc["name"]},
			pluck="content",
		)
		self.assertTrue(any("Plh." in (c or "") for c in komentar))
