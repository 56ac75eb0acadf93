"""Daily reminders of the execution stage (kinerja_asn.services.pengingat), each switchable."""

import frappe

from kinerja_asn.services import pengingat
from kinerja_asn.tests.pelaksanaan import PelaksanaanTestCase, pengaturan
from kinerja_asn.tests.utils import make_rhk, make_skp


def _notifikasi(user: str) -> list[str]:
	return frappe.get_all("Notification Log", filters={"for_user": user}, pluck="subject")


class TestPengingat(PelaksanaanTestCase):
	PREFIX = "Pengingat"

	def test_check_in_due_reminds_the_employee_and_sums_up_for_the_superior(self):
		with pengaturan(pengingat_realisasi_aktif=1, frekuensi_realisasi="Bulanan"):
			terkirim = pengingat.ingatkan_realisasi("2026-03-28")  # three days before March ends
		self.assertGreaterEqual(terkirim, 2)
		pegawai = _notifikasi(self.s.user[self.s.staf1])
		self.assertTrue(any("Maret 2026" in s and "jatuh tempo" in s for s in pegawai), pegawai)
		atasan = _notifikasi(self.s.user[self.s.admin])
		self.assertTrue(any("Staf Satu Pengingat" in s for s in atasan), atasan)

	def test_submitted_check_in_is_not_reminded(self):
		self.check_in(self.maret, {"Jumlah laporan layanan": 1})
		frappe.set_user("Administrator")
		with pengaturan(pengingat_realisasi_aktif=1, frekuensi_realisasi="Bulanan"):
			pengingat.ingatkan_realisasi("2026-03-31")
		self.assertFalse(any("Maret 2026" in s for s in _notifikasi(self.s.user[self.s.staf1])))

	def test_late_check_in_is_reminded_weekly_not_daily(self):
		with pengaturan(pengingat_realisasi_aktif=1, frekuensi_realisasi="Bulanan"):
			pengingat.ingatkan_realisasi("2026-04-03")
			self.assertFalse(any("Maret 2026" in s for s in _notifikasi(self.s.user[self.s.staf1])))
			pengingat.ingatkan_realisasi("2026-04-07")
		self.assertTrue(
			any("Maret 2026" in s and "belum diajukan" in s for s in _notifikasi(self.s.user[self.s.staf1]))
		)

	def test_check_in_reminder_can_be_switched_off(self):
		with pengaturan(pengingat_realisasi_aktif=0):
			self.assertEqual(pengingat.ingatkan_realisasi("2026-03-28"), 0)
		self.assertEqual(_notifikasi(self.s.user[self.s.staf1]), [])

	def test_skp_not_approved_a_month_into_the_period(self):
		skp = make_skp(self.s.staf2, self.periode)
		make_rhk(skp, "RHK yang belum diajukan")
		with pengaturan(pengingat_skp_belum_disetujui_aktif=1):
			pengingat.ingatkan_skp_belum_disetujui("2026-01-20")
			self.assertEqual(_notifikasi(self.s.user[self.s.staf2]), [])
			pengingat.ingatkan_skp_belum_disetujui("2026-02-01")
		self.assertTrue(any(skp in s for s in _notifikasi(self.s.user[self.s.staf2])))
		frappe.db.delete("Notification Log", {"for_user": self.s.user[self.s.staf2]})
		with pengaturan(pengingat_skp_belum_disetujui_aktif=0):
			self.assertEqual(pengingat.ingatkan_skp_belum_disetujui("2026-02-01"), 0)
		self.assertEqual(_notifikasi(self.s.user[self.s.staf2]), [])
