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
		from frappe.model.workflow import apply_workflow

		from kinerja_asn.tests.utils import make_periode, make_rhk

		frappe.set_user("Administrator")
		skp = make_skp(self.s.staf2, make_periode(2031))
		make_rhk(skp, "Layanan uji pemberitahuan")
		frappe.set_user(self.s.user[self.s.staf2])
		apply_workflow(frappe.get_doc("SKP", skp), "Ajukan")
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
