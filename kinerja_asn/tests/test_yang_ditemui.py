"""What people meet first (issue 15): where they land after login, what the superior hears of a
submission, the daily digest, and the to-dos of Kinerja Saya."""

from unittest.mock import patch

import frappe
from frappe.apps import get_default_path
from frappe.utils import add_days, getdate

from kinerja_asn.api import realisasi as api
from kinerja_asn.services import beranda, pemberitahuan
from kinerja_asn.services.portal.kinerja_saya import kinerja_pegawai
from kinerja_asn.tests.pelaksanaan import PelaksanaanTestCase
from kinerja_asn.tests.utils import make_skp, make_sub_periode


class TestYangDitemui(PelaksanaanTestCase):
	PREFIX = "Ditemui"

	def atur(self, **nilai):
		frappe.set_user("Administrator")
		doc = frappe.get_single("Pengaturan Kinerja")
		doc.update(nilai)
		doc.save()
		self.addCleanup(frappe.clear_document_cache, "Pengaturan Kinerja", "Pengaturan Kinerja")

	# Landing ---------------------------------------------------------------------------------------

	def test_an_employee_lands_on_the_portal_and_hr_on_the_desk(self):
		frappe.set_user("Administrator")
		frappe.db.set_single_value("System Settings", "default_app", "")
		beranda.pasang_aplikasi_bawaan()
		self.assertEqual(frappe.db.get_single_value("System Settings", "default_app"), "kinerja_asn")

		self.as_user(self.s.staf1)
		self.assertEqual(get_default_path(), "/kinerja")
		frappe.set_user(self.s.hr)
		self.assertTrue(get_default_path().startswith("/app"), get_default_path())
		self.assertFalse(beranda.ke_portal())

		# an admin's choice of another default app stays
		frappe.set_user("Administrator")
		frappe.db.set_single_value("System Settings", "default_app", "hrms")
		beranda.pasang_aplikasi_bawaan()
		self.assertEqual(frappe.db.get_single_value("System Settings", "default_app"), "hrms")

	def test_a_user_without_an_employee_is_not_sent_to_the_portal(self):
		from kinerja_asn.tests.utils import make_user

		frappe.set_user(make_user("tanpa.pegawai.ditemui@example.com", ("Employee",)))
		self.assertFalse(beranda.ke_portal())
		self.assertFalse(beranda.ke_desk())

	def test_a_saved_skp_logs_no_empty_to_value_history(self):
		from kinerja_asn.tests.utils import make_periode

		frappe.set_user("Administrator")
		skp = make_skp(self.s.staf2, make_periode(2033))
		doc = frappe.get_doc("SKP", skp)
		panduan = dict(frappe.get_all("Perilaku Kerja", fields=["name", "perilaku_panduan"], as_list=True))
		self.assertTrue(doc.perilaku_kerja)
		for row in doc.perilaku_kerja:
			self.assertEqual(row.panduan, panduan[row.perilaku_kerja])
		doc.save()
		riwayat = frappe.get_all("Version", filters={"ref_doctype": "SKP", "docname": skp}, pluck="data")
		self.assertFalse([v for v in riwayat if "panduan" in v], riwayat)

	# The superior hears of each submission -------------------------------------------------------------

	def pemberitahuan(self, nama: str) -> list[str]:
		return frappe.get_all(
			"Notification Log",
			filters={"document_name": nama, "for_user": self.s.user[self.s.admin]},
			pluck="subject",
		)

	def test_the_approver_is_told_of_a_submitted_check_in(self):
		doc = self.check_in(self.maret, {"Jumlah laporan layanan": 1}, ajukan=False)
		self.assertEqual(self.pemberitahuan(doc["name"]), [])  # a draft saved: nothing to tell
		api.ajukan_realisasi(doc["name"])
		subjek = self.pemberitahuan(doc["name"])
		self.assertEqual(len(subjek), 1)
		self.assertIn("menunggu verifikasi Anda", subjek[0])

	def test_the_notification_is_switched_off_in_the_settings(self):
		self.atur(pemberitahuan_pengajuan_aktif=0)
		doc = self.check_in(self.april, {"Jumlah laporan layanan": 1})
		self.assertEqual(self.pemberitahuan(doc["name"]), [])

	def test_the_approver_is_told_of_a_submitted_skp(self):
		from kinerja_asn.services import alur
		from kinerja_asn.tests.utils import make_periode, make_rhk

		frappe.set_user("Administrator")
		skp = make_skp(self.s.staf2, make_periode(2031))
		make_rhk(skp, "Layanan uji pemberitahuan")
		frappe.set_user(self.s.user[self.s.staf2])
		alur.terapkan(frappe.get_doc("SKP", skp), alur.MENUNGGU, maju=True)
		penyetuju = frappe.db.get_value("SKP", skp, "user_penyetuju")
		subjek = frappe.get_all(
			"Notification Log", filters={"document_name": skp, "for_user": penyetuju}, pluck="subject"
		)
		self.assertEqual(len(subjek), 1)
		self.assertIn("menunggu persetujuan Anda", subjek[0])

	def test_one_daily_digest_per_approver(self):
		self.check_in(make_sub_periode(self.periode, "Bulanan", 6), {"Jumlah laporan layanan": 1})
		self.check_in(make_sub_periode(self.periode, "Bulanan", 7), {"Jumlah laporan layanan": 1})
		admin = self.s.user[self.s.admin]
		self.assertGreaterEqual(pemberitahuan.menunggu_per_user()[admin]["Realisasi Kinerja"], 2)
		frappe.set_user("Administrator")
		with patch.object(frappe, "sendmail") as kirim:
			pemberitahuan.kirim_ringkasan_harian()
		untuk_admin = [c for c in kirim.call_args_list if c.kwargs["recipients"] == [admin]]
		self.assertEqual(len(untuk_admin), 1)  # one mail, however many items
		self.assertIn("realisasi menunggu verifikasi", untuk_admin[0].kwargs["message"])

		self.atur(ringkasan_harian_aktif=0)
		with patch.object(frappe, "sendmail") as kirim:
			self.assertEqual(pemberitahuan.kirim_ringkasan_harian(), 0)
		kirim.assert_not_called()

	# Kinerja Saya's to-dos ------------------------------------------------------------------------------

	def test_a_returned_check_in_is_a_to_do_before_its_month_ends(self):
		doc = self.check_in(self.maret, {"Jumlah laporan layanan": 1})
		self.as_user(self.s.admin)
		api.verifikasi_realisasi(doc["name"], "Revisi", catatan="Lengkapi angka")
		# early in March: the month's check-in is not due yet, the returned one is
		with patch(
			"kinerja_asn.services.portal.kinerja_saya.today",
			return_value=str(add_days(getdate(doc["tanggal_mulai"]), 2)),
		):
			tagihan = kinerja_pegawai(self.s.staf1, self.skp)["tagihan"]
		self.assertEqual(tagihan[0].jenis, "revisi")
		self.assertIn("dikembalikan", tagihan[0].pesan)


class TestTimSayaRingkas(PelaksanaanTestCase):
	"""The superior's queue: one row per check-in with its flags, several verified at once where
	nothing is flagged, the flagged ones left for a look of their own; a peer can do none of it."""

	PREFIX = "Tim Ringkas"

	def ajukan_dengan_bukti(
		self, bulan: int, nilai: dict, bukti: bool = True, konfirmasi: bool = True
	) -> str:
		sub = make_sub_periode(self.periode, "Bulanan", bulan)
		self.as_user(self.s.staf1)
		doc = api.ambil_realisasi(self.skp, sub)
		baris = self.baris(doc)
		api.simpan_realisasi(
			doc["name"], [{"name": baris[u], "realisasi": v} for u, v in nilai.items()], konfirmasi=1
		)
		if bukti:
			for uraian in nilai:
				iki = self.iki[uraian]
				rhk = self.rhk_layanan if uraian != "Waktu penyelesaian" else self.rhk_waktu
				self.unggah(
					f"bukti-{bulan}-{iki}.pdf", b"%PDF-1.4\n% uji\n", sub_periode=sub, rhk=rhk, iki=iki
				)
		api.ajukan_realisasi(doc["name"])
		return doc["name"]

	def test_the_queue_flags_slips_and_missing_evidence_and_bulk_verifies_the_rest(self):
		from kinerja_asn.services.portal.tim import tim_pegawai

		siap = self.ajukan_dengan_bukti(2, {"Jumlah laporan layanan": 1})
		siap2 = self.ajukan_dengan_bukti(3, {"Indeks kepuasan layanan": 80})
		tanpa_bukti = self.ajukan_dengan_bukti(4, {"Jumlah laporan layanan": 1}, bukti=False)
		janggal = self.ajukan_dengan_bukti(5, {"Jumlah laporan layanan": 999})

		antrean = {r.name: r for r in tim_pegawai(self.s.admin)["menunggu_verifikasi"]}
		self.assertEqual(antrean[siap].tanda, [])
		self.assertEqual(antrean[tanpa_bukti].tanpa_bukti, 1)
		self.assertEqual(antrean[janggal].jumlah_peringatan, 1)
		self.assertTrue(antrean[janggal].tanda)

		# a peer cannot verify, even bundled with nothing of theirs: nothing is done
		self.as_user(self.s.staf2)
		self.assertRaises(frappe.PermissionError, api.verifikasi_realisasi_massal, [siap])
		self.assertEqual(frappe.db.get_value("Realisasi Kinerja", siap, "status"), "Diajukan")

		self.as_user(self.s.admin)
		hasil = api.verifikasi_realisasi_massal([siap, siap2, tanpa_bukti, janggal])
		self.assertEqual(sorted(hasil["diverifikasi"]), sorted([siap, siap2]))
		self.assertEqual(set(hasil["dilewati"]), {tanpa_bukti, janggal})
		self.assertIn("tanpa bukti", hasil["dilewati"][tanpa_bukti])
		status = dict(
			frappe.get_all(
				"Realisasi Kinerja",
				filters={"name": ("in", [siap, siap2, tanpa_bukti, janggal])},
				fields=["name", "status"],
				as_list=True,
			)
		)
		self.assertEqual(
			status,
			{siap: "Diverifikasi", siap2: "Diverifikasi", tanpa_bukti: "Diajukan", janggal: "Diajukan"},
		)
		# again: already verified ones are skipped, not verified twice
		hasil = api.verifikasi_realisasi_massal([siap])
		self.assertEqual(hasil["diverifikasi"], [])
		self.assertIn(siap, hasil["dilewati"])

	def test_bad_arguments_are_refused(self):
		self.as_user(self.s.admin)
		for salah in (None, [], "bukan json", [123], ["REAL-TIDAK-ADA"], ["x"] * 51):
			with self.subTest(salah=salah):
				self.assertRaises(frappe.ValidationError, api.verifikasi_realisasi_massal, salah)

	def test_the_page_shows_one_row_per_check_in(self):
		from frappe.utils import set_request
		from frappe.website.serve import get_response

		self.ajukan_dengan_bukti(6, {"Jumlah laporan layanan": 1})
		self.ajukan_dengan_bukti(7, {"Jumlah laporan layanan": 999}, bukti=False)
		self.as_user(self.s.admin)
		lama = getattr(frappe.local, "request", None)
		try:
			frappe.local.form_dict = frappe._dict()
			set_request(method="GET", path="/kinerja/tim")
			html = get_response("kinerja/tim").get_data(as_text=True)
		finally:
			frappe.local.request = lama
		self.assertEqual(html.count("<tr data-baris-antrean="), 2)
		self.assertIn('data-tanda="peringatan"', html)
		self.assertIn('data-tanda="bukti"', html)
		self.assertIn('data-aksi="verifikasi-massal"', html)


class TestTrenKeyakinan(PelaksanaanTestCase):
	PREFIX = "Tren Keyakinan"

	def test_each_iki_shows_the_confidence_given_at_each_check_in(self):
		self.as_user(self.s.staf1)
		for bulan, yakin in ((1, 5), (2, 8)):
			doc = api.ambil_realisasi(self.skp, make_sub_periode(self.periode, "Bulanan", bulan))
			baris = self.baris(doc)["Jumlah laporan layanan"]
			api.simpan_realisasi(
				doc["name"], [{"name": baris, "realisasi": 1, "keyakinan": yakin}], konfirmasi=1
			)
		hasil = kinerja_pegawai(self.s.staf1, self.skp)
		iki = {i.uraian: i for r in hasil["rhk"] for i in r.iki}
		self.assertEqual([t["nilai"] for t in iki["Jumlah laporan layanan"].keyakinan], [5, 8])
		self.assertEqual(iki["Jumlah laporan layanan"].arah_keyakinan, "naik")
		self.assertEqual(iki["Waktu penyelesaian"].keyakinan, [])
