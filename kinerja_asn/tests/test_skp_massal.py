"""Bulk SKP creation as HR meets it: the plan before anything runs (how many SKP, who is skipped and
why), nothing queued when there is nothing to create, progress and a closing summary in the
background."""

from unittest.mock import patch

import frappe

from kinerja_asn.api import skp as api
from kinerja_asn.services import skp as layanan
from kinerja_asn.tests.utils import KinerjaTestCase, make_employee, make_periode, make_skp, make_struktur


class TestSKPMassal(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("SKP Massal")
		cls.nonaktif = make_employee("Nonaktif SKP Massal", department=cls.s.bagian, reports_to=cls.s.admin)
		cls.skors = make_employee("Skorsing SKP Massal", department=cls.s.bagian, reports_to=cls.s.admin)
		cls.keluar = make_employee("Keluar SKP Massal", department=cls.s.bagian, reports_to=cls.s.admin)
		frappe.db.set_value("Employee", cls.nonaktif, "status", "Inactive")
		frappe.db.set_value("Employee", cls.skors, "status", "Suspended")
		frappe.db.set_value("Employee", cls.keluar, {"status": "Left", "relieving_date": "2025-12-31"})
		cls.periode = make_periode(2051)

	def setUp(self):
		super().setUp()
		make_skp(self.s.staf1, self.periode)
		frappe.set_user(self.s.hr)

	def pratinjau(self, **kwargs) -> dict:
		return api.pratinjau_skp_massal(periode_kinerja=self.periode, department=self.s.unit, **kwargs)

	def test_preview_counts_what_will_be_created_and_why_others_are_skipped(self):
		rencana = self.pratinjau()
		self.assertEqual(rencana["dibuat"], 4)  # pimpinan, jpt, admin, staf2
		self.assertEqual(
			{d["alasan"]: d["jumlah"] for d in rencana["dilewati"]}, {"tidak_aktif": 2, "sudah_ada": 1}
		)
		self.assertEqual(rencana["jumlah_dilewati"], 3)
		self.assertEqual(
			[d["keterangan"] for d in rencana["dilewati"]],
			["pegawai tidak aktif", "sudah memiliki SKP pada periode ini"],
		)
		self.assertEqual(rencana["tanpa_penilai"], 1)  # the leader at the top of the line
		# only the unit itself: the staff sit in the sub-unit
		self.assertEqual(self.pratinjau(termasuk_sub_unit=0)["dibuat"], 2)
		self.assertFalse(frappe.db.exists("SKP", {"employee": self.s.staf2, "periode_kinerja": self.periode}))

	def test_the_creation_does_what_the_preview_said(self):
		rencana = self.pratinjau()
		hasil = api.buat_skp_massal(periode_kinerja=self.periode, department=self.s.unit)
		self.assertEqual((hasil["antrian"], hasil["jumlah"]), (False, rencana["dibuat"]))
		self.assertEqual(hasil["rencana"], rencana)
		dibuat = set(frappe.get_all("SKP", filters={"name": ("in", hasil["dokumen"])}, pluck="employee"))
		self.assertEqual(dibuat, {self.s.pimpinan, self.s.jpt, self.s.admin, self.s.staf2})
		sesudah = self.pratinjau()
		self.assertEqual(sesudah["dibuat"], 0)
		self.assertEqual(
			{d["alasan"]: d["jumlah"] for d in sesudah["dilewati"]}, {"tidak_aktif": 2, "sudah_ada": 5}
		)

	def test_nothing_to_create_queues_nothing(self):
		api.buat_skp_massal(periode_kinerja=self.periode, department=self.s.unit)
		with (
			patch("frappe.enqueue") as antre,
			patch.object(layanan, "jalankan", wraps=layanan.jalankan) as jalankan,
			patch.dict(frappe.flags, {"in_test": False}),
		):
			hasil = api.buat_skp_massal(periode_kinerja=self.periode, department=self.s.unit)
		antre.assert_not_called()
		jalankan.assert_not_called()
		self.assertEqual((hasil["antrian"], hasil["jumlah"], hasil["dokumen"]), (False, 0, []))
		self.assertEqual(hasil["rencana"]["dibuat"], 0)

	def test_a_large_unit_goes_to_the_background_job_with_its_summary(self):
		with (
			patch("frappe.enqueue") as antre,
			patch.object(layanan, "BATAS_LANGSUNG", 1),
			patch.dict(frappe.flags, {"in_test": False}),
		):
			hasil = api.buat_skp_massal(periode_kinerja=self.periode, department=self.s.unit)
		self.assertEqual((hasil["antrian"], hasil["jumlah"]), (True, 4))
		antre.assert_called_once()
		self.assertEqual(antre.call_args.args[0], "kinerja_asn.services.skp.buat_skp_massal_latar")
		self.assertEqual(antre.call_args.kwargs["periode_kinerja"], self.periode)
		self.assertEqual(antre.call_args.kwargs["queue"], "long")
		self.assertFalse(frappe.db.exists("SKP", {"employee": self.s.staf2, "periode_kinerja": self.periode}))

	def test_the_job_shows_progress_and_a_closing_summary(self):
		with (
			patch.object(layanan, "BATAS_LANGSUNG", 1),
			patch("frappe.publish_progress") as kemajuan,
			patch("frappe.publish_realtime") as kabar,
		):
			dibuat = layanan.buat_skp_massal_latar(self.periode, self.s.unit)
		self.assertEqual(len(dibuat), 4)
		self.assertEqual(kemajuan.call_args.args[0], 100)
		kabar.assert_called_once()
		self.assertEqual(kabar.call_args.args[0], "msgprint")
		self.assertEqual(kabar.call_args.kwargs["user"], self.s.hr)
		pesan = kabar.call_args.args[1]["message"]
		self.assertIn(f"4 SKP dibuat untuk periode {self.periode}", pesan)
		self.assertIn("3 pegawai dilewati: 2 pegawai tidak aktif, 1 sudah memiliki SKP", pesan)

	def test_arguments_and_rights_are_checked(self):
		self.assertRaises(frappe.ValidationError, api.pratinjau_skp_massal, periode_kinerja=12)
		self.assertRaises(frappe.ValidationError, self.pratinjau, termasuk_sub_unit="ya")
		self.assertRaises(frappe.ValidationError, api.pratinjau_skp_massal, self.periode, department=["x"])
		self.assertRaises(frappe.DoesNotExistError, api.pratinjau_skp_massal, "TIDAK-ADA-99999")
		frappe.set_user(self.s.user[self.s.staf1])
		self.assertRaises(frappe.PermissionError, self.pratinjau)
