"""Bell notifications of the assessment season, as the real users meet them: the employee when the
assessor sets the assessment final and when the Atasan Pejabat Penilai decides the appeal; the
heads when HR's assessment window of a period opens and a week before it closes. Each has its
switch in Pengaturan Kinerja."""

import frappe
from frappe.utils import add_days, getdate

from kinerja_asn.api import penilaian as api
from kinerja_asn.services.pemberitahuan_penilaian import ingatkan_masa_penilaian
from kinerja_asn.tests.pelaksanaan import pengaturan
from kinerja_asn.tests.penilaian import SA, SE, PenilaianTestCase

MULAI, SELESAI = getdate("2055-01-04"), getdate("2055-01-31")


class TestPemberitahuanPenilaian(PenilaianTestCase):
	"""Staf Satu and Staf Dua are assessed by the Administrator; the JPT decides appeals."""

	PREFIX = "Musim Nilai"
	TAHUN = 2054

	def kabar(self, user: str, doctype: str, name: str) -> list[str]:
		return frappe.get_all(
			"Notification Log",
			filters={"for_user": user, "document_type": doctype, "document_name": name, "type": "Alert"},
			pluck="subject",
		)

	# The employee ----------------------------------------------------------------------------------

	def test_the_employee_hears_of_the_final_assessment_unless_switched_off(self):
		doc = self.final(self.skp1, SE, SA)
		self.assertEqual(
			self.kabar(self.s.user[self.s.staf1], "Penilaian Kinerja", doc.name),
			[f"Penilaian kinerja Tahun {self.TAHUN} Anda telah ditetapkan dengan predikat Baik."],
		)
		with pengaturan(pemberitahuan_penilaian_ditetapkan_aktif=0):
			doc = self.final(self.skp2, SE, SA)
		self.assertEqual(doc.docstatus, 1)
		self.assertEqual(self.kabar(self.s.user[self.s.staf2], "Penilaian Kinerja", doc.name), [])

	def test_the_employee_hears_of_the_appeal_decision_unless_switched_off(self):
		for skp, staf, aktif in ((self.skp1, self.s.staf1, 1), (self.skp2, self.s.staf2, 0)):
			with self.subTest(aktif=aktif), pengaturan(pemberitahuan_keberatan_diputuskan_aktif=aktif):
				penilaian = self.final(skp, SE, SE).name
				self.as_user(staf)
				keberatan = api.ajukan_keberatan(penilaian, "Capaian saya melampaui target")
				self.as_user(frappe.db.get_value("Keberatan Penilaian Kinerja", keberatan, "user_pemutus"))
				api.putuskan_keberatan(keberatan, "Ditolak", "Capaian memang sesuai ekspektasi")
				self.assertEqual(
					self.kabar(self.s.user[staf], "Keberatan Penilaian Kinerja", keberatan),
					[f"Keberatan Anda atas penilaian kinerja {self.periode} telah diputuskan: Ditolak."]
					if aktif
					else [],
				)

	# The heads: the season --------------------------------------------------------------------------

	def atur_masa(self, mulai=MULAI, selesai=SELESAI):
		"""HR sets the period's assessment window in its form."""
		frappe.set_user(self.s.hr)
		doc = frappe.get_doc("Periode Kinerja", self.periode)
		doc.tanggal_mulai_penilaian, doc.tanggal_selesai_penilaian = mulai, selesai
		doc.save()

	def kabar_kepala(self) -> list[str]:
		return self.kabar(self.s.user[self.s.admin], "Periode Kinerja", self.periode)

	def test_heads_are_told_when_the_window_opens_and_reminded_a_week_before_it_closes(self):
		self.atur_masa()
		frappe.set_user("Administrator")
		for hari in (add_days(MULAI, -1), add_days(MULAI, 1), add_days(SELESAI, -6), SELESAI):
			ingatkan_masa_penilaian(hari)
		self.assertEqual(self.kabar_kepala(), [])

		self.assertEqual(ingatkan_masa_penilaian(MULAI), 1)  # the Administrator assesses both staff
		self.assertEqual(
			self.kabar_kepala(),
			[
				f"Masa penilaian kinerja Tahun {self.TAHUN} dibuka hingga 31-01-2055: 2 pegawai menunggu penilaian Anda."
			],
		)
		# nobody else assesses an approved SKP of the period
		self.assertFalse(
			frappe.db.exists(
				"Notification Log",
				{"document_name": self.periode, "for_user": ("!=", self.s.user[self.s.admin])},
			)
		)

		self.final(self.skp1, SE, SE)
		frappe.set_user("Administrator")
		self.assertEqual(ingatkan_masa_penilaian(add_days(SELESAI, -7)), 1)
		self.assertIn(
			f"Masa penilaian kinerja Tahun {self.TAHUN} ditutup 31-01-2055: 1 pegawai belum Anda tetapkan penilaiannya.",
			self.kabar_kepala(),
		)
		# with every assessment final there is nothing to remind of
		self.final(self.skp2, SE, SE)
		frappe.set_user("Administrator")
		self.assertEqual(ingatkan_masa_penilaian(add_days(SELESAI, -7)), 0)

	def test_each_season_notice_has_its_switch(self):
		self.atur_masa()
		frappe.set_user("Administrator")
		with pengaturan(pemberitahuan_masa_penilaian_dibuka_aktif=0):
			self.assertEqual(ingatkan_masa_penilaian(MULAI), 0)
			self.assertEqual(ingatkan_masa_penilaian(add_days(SELESAI, -7)), 1)
		with pengaturan(pengingat_masa_penilaian_ditutup_aktif=0):
			self.assertEqual(ingatkan_masa_penilaian(add_days(SELESAI, -7)), 0)
			self.assertEqual(ingatkan_masa_penilaian(MULAI), 1)
		self.assertEqual(len(self.kabar_kepala()), 2)

	def test_a_wrong_window_is_refused_and_nothing_is_stored(self):
		for mulai, selesai in ((SELESAI, MULAI), (MULAI, None), (None, SELESAI)):
			with self.subTest(mulai=mulai, selesai=selesai):
				self.assertRaises(frappe.ValidationError, self.atur_masa, mulai, selesai)
				self.assertEqual(
					frappe.db.get_value(
						"Periode Kinerja",
						self.periode,
						["tanggal_mulai_penilaian", "tanggal_selesai_penilaian"],
					),
					(None, None),
				)
		frappe.set_user("Administrator")
		self.assertEqual(ingatkan_masa_penilaian(MULAI), 0)
		# a period without a window sends nothing
		self.assertEqual(self.kabar_kepala(), [])
