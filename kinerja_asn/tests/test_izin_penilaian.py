"""Row-level access to assessments, behaviour input and appeals, and the approver resolver keeping
open ones in step with acting officials, each checked as the real user."""

import frappe

from kinerja_asn.api import penilaian as api
from kinerja_asn.kinerja_asn.doctype.penugasan_plt_plh.test_penugasan_plt_plh import make_penugasan
from kinerja_asn.services.penilai import sinkronkan_penyetuju
from kinerja_asn.tests.pelaksanaan import pengaturan
from kinerja_asn.tests.penilaian import SE, PenilaianTestCase
from kinerja_asn.tests.utils import make_user


class TestIzinPenilaian(PenilaianTestCase):
	PREFIX = "Izin Nilai"

	def lihat(self, orang: str, doctype: str = "Penilaian Kinerja") -> list[str]:
		self.as_user(orang)
		return frappe.get_list(doctype, pluck="name")

	def test_who_sees_an_assessment(self):
		name = self.final(self.skp1, SE, SE).name
		for orang, melihat in (
			(self.s.staf1, True),  # own
			(self.s.admin, True),  # Pejabat Penilai
			(self.s.jpt, True),  # Atasan Pejabat Penilai (decides appeals)
			(self.s.hr, True),
			(self.s.staf2, False),  # peer
			(self.s.pimpinan, False),  # two levels up
		):
			with self.subTest(orang=orang):
				self.assertEqual(name in self.lihat(orang), melihat)
				self.assertEqual(bool(frappe.has_permission("Penilaian Kinerja", "read", name)), melihat)
		frappe.set_user(make_user("tamu.nilai@example.com", ("Employee",)))  # a user without an Employee
		self.assertFalse(frappe.has_permission("Penilaian Kinerja", "read", name))
		self.assertRaises(frappe.PermissionError, api.akui_penilaian, name)

	def test_the_assessed_employee_writes_nothing_on_an_open_assessment(self):
		name = self.buat(self.skp1)
		self.as_user(self.s.staf1)
		self.assertTrue(frappe.has_permission("Penilaian Kinerja", "read", name))
		for ptype in ("write", "submit", "delete", "cancel"):
			with self.subTest(ptype=ptype):
				self.assertFalse(frappe.has_permission("Penilaian Kinerja", ptype, name))
		self.as_user(self.s.admin)
		self.assertTrue(frappe.has_permission("Penilaian Kinerja", "write", name))
		self.assertFalse(frappe.has_permission("Penilaian Kinerja", "cancel", name))

	def test_behaviour_input_is_seen_by_its_giver_and_the_assessor_only(self):
		name = self.buat(self.skp1)
		aspek = frappe.get_all("Perilaku Kerja Penilaian", filters={"parent": name}, pluck="perilaku_kerja")
		with pengaturan(masukan_perilaku_aktif=1):
			self.as_user(self.s.staf2)
			masukan = api.beri_masukan_perilaku(name, [{"perilaku_kerja": a, "rating": SE} for a in aspek])
			self.as_user(self.s.jpt)  # superior of the assessor: not a peer
			self.assertRaises(frappe.PermissionError, api.beri_masukan_perilaku, name, [])
		for orang, melihat in (
			(self.s.staf2, True),
			(self.s.admin, True),
			(self.s.staf1, False),
			(self.s.jpt, False),
		):
			with self.subTest(orang=orang):
				self.assertEqual(masukan in self.lihat(orang, "Masukan Perilaku Kerja"), melihat)
				self.assertEqual(
					bool(frappe.has_permission("Masukan Perilaku Kerja", "read", masukan)), melihat
				)
		doc = self.isi(name)
		self.assertEqual({r.saran_rating_masukan for r in doc.perilaku_kerja}, {SE})

	def test_who_sees_an_appeal(self):
		penilaian = self.final(self.skp1, SE, SE).name
		self.as_user(self.s.staf1)
		keberatan = api.ajukan_keberatan(penilaian, "Tidak sesuai")
		for orang, melihat in (
			(self.s.staf1, True),
			(self.s.jpt, True),
			(self.s.admin, True),
			(self.s.staf2, False),
			(self.s.pimpinan, False),
		):
			with self.subTest(orang=orang):
				self.assertEqual(keberatan in self.lihat(orang, "Keberatan Penilaian Kinerja"), melihat)
		self.as_user(self.s.staf1)
		self.assertTrue(frappe.has_permission("Keberatan Penilaian Kinerja", "write", keberatan))
		self.assertFalse(frappe.has_permission("Keberatan Penilaian Kinerja", "submit", keberatan))

	def test_open_assessments_and_appeals_follow_acting_officials(self):
		terbuka = self.buat(self.skp2)
		penilaian = self.final(self.skp1, SE, SE).name
		self.as_user(self.s.staf1)
		keberatan = api.ajukan_keberatan(penilaian, "Mohon ditinjau")
		frappe.set_user("Administrator")
		make_penugasan(self.s.staf1, pejabat=self.s.admin, jenis="Plt")  # staf1 acts for the Administrator
		make_penugasan(self.s.pimpinan, pejabat=self.s.jpt)
		sinkronkan_penyetuju()
		# staf1 acts for the Administrator and so rates staf2, never themselves
		self.assertEqual(
			frappe.db.get_value("Penilaian Kinerja", terbuka, ["penyetuju", "sebutan_penyetuju"]),
			(self.s.staf1, "Plt."),
		)
		self.assertEqual(
			frappe.db.get_value("Keberatan Penilaian Kinerja", keberatan, ["pemutus", "sebutan_pemutus"]),
			(self.s.pimpinan, "Plh."),
		)
		self.assertEqual(frappe.db.get_value("Penilaian Kinerja", penilaian, "penyetuju"), self.s.admin)
