"""Buat Penilaian Massal as HR meets it: the plan before anything runs (how many drafts, what is
skipped and why), drafts filled as a single assessment is, nothing new on a second run or after
someone else opened one meanwhile, nothing queued when there is nothing to do, the background job
with progress and a closing summary; and the rencana aksi of the period in the evaluation document."""

from unittest.mock import patch

import frappe

from kinerja_asn.api import penilaian as api_penilaian
from kinerja_asn.api import penilaian_massal as api
from kinerja_asn.services import cetak
from kinerja_asn.services import penilaian_massal as layanan
from kinerja_asn.tests.penilaian import PenilaianTestCase
from kinerja_asn.tests.utils import make_sub_periode

BARIS = {
	"hasil_kerja": ("rhk", "jenis", "uraian_rhk", "realisasi", "jumlah_bukti", "capaian", "saran_rating"),
	"perilaku_kerja": ("perilaku_kerja", "panduan", "ekspektasi_khusus"),
	"nilai_iki": ("iki", "target", "realisasi", "capaian", "bobot"),
}
KEPALA = (
	"employee",
	"employee_name",
	"department",
	"pejabat_penilai",
	"atasan_pejabat_penilai",
	"penyetuju",
	"jenis_penilaian",
	"tanggal_mulai",
	"tanggal_selesai",
	"regulasi",
	"status",
	"saran_rating_hasil_kerja",
	"unit_distribusi",
	"jumlah_pegawai_unit",
)


def isi(name: str) -> dict:
	doc = frappe.get_doc("Penilaian Kinerja", name)
	return {
		**{f: doc.get(f) for f in KEPALA},
		**{t: [tuple(r.get(f) for f in fields) for r in doc.get(t)] for t, fields in BARIS.items()},
	}


class TestPenilaianMassal(PenilaianTestCase):
	PREFIX = "Nilai Massal"
	TAHUN = 2053

	def setUp(self):
		super().setUp()
		frappe.set_user(self.s.hr)

	def pratinjau(self, **kwargs) -> dict:
		return api.pratinjau_penilaian_massal(periode=self.periode, department=self.s.unit, **kwargs)

	def buat_massal(self, **kwargs) -> dict:
		return api.buat_penilaian_massal(periode=self.periode, department=self.s.unit, **kwargs)

	def dilewati(self, rencana: dict) -> dict:
		return {d["alasan"]: d["jumlah"] for d in rencana["dilewati"]}

	def test_preview_counts_what_will_be_created_and_why_others_are_skipped(self):
		rencana = self.pratinjau()
		self.assertEqual(rencana["dibuat"], 2)  # staf1 and staf2 have approved SKP
		self.assertEqual(self.dilewati(rencana), {"tanpa_skp": 3})  # pimpinan, jpt, admin
		self.assertEqual(
			rencana["dilewati"][0]["keterangan"], "belum memiliki SKP yang disetujui pada periode ini"
		)
		# only the unit itself: the staff sit in the sub-unit
		rencana = self.pratinjau(termasuk_sub_unit=0)
		self.assertEqual((rencana["dibuat"], self.dilewati(rencana)), (0, {"tanpa_skp": 2}))
		# already assessed, and an SKP whose assessor is missing
		frappe.set_user("Administrator")
		self.buat(self.skp1)
		frappe.db.set_value("SKP", self.skp2, "pejabat_penilai", None)
		frappe.set_user(self.s.hr)
		rencana = self.pratinjau()
		self.assertEqual(rencana["dibuat"], 0)
		self.assertEqual(self.dilewati(rencana), {"tanpa_skp": 3, "sudah_dinilai": 1, "tanpa_penilai": 1})
		self.assertFalse(frappe.db.exists("Penilaian Kinerja", {"skp": self.skp2}))

	def test_drafts_are_filled_as_a_single_assessment_is_and_a_second_run_makes_nothing(self):
		# what the assessor's own "open the assessment" gives, then the same SKP through the bulk start
		tunggal = isi(self.buat(self.skp1))
		frappe.set_user("Administrator")
		frappe.delete_doc("Penilaian Kinerja", frappe.db.get_value("Penilaian Kinerja", {"skp": self.skp1}))
		frappe.set_user(self.s.hr)
		rencana = self.pratinjau()
		hasil = self.buat_massal()
		self.assertEqual((hasil["antrian"], hasil["jumlah"]), (False, 2))
		self.assertEqual(hasil["rencana"], rencana)
		dibuat = dict(
			frappe.get_all(
				"Penilaian Kinerja",
				filters={"name": ("in", hasil["dokumen"])},
				fields=["skp", "name"],
				as_list=True,
			)
		)
		self.assertEqual(set(dibuat), {self.skp1, self.skp2})
		massal = isi(dibuat[self.skp1])
		self.assertEqual(massal, tunggal)
		self.assertEqual(len(massal["hasil_kerja"]), 2)
		self.assertTrue(massal["perilaku_kerja"])
		self.assertEqual(massal["status"], "Draft")
		# a second run: nothing new, everything reported as assessed
		kedua = self.buat_massal()
		self.assertEqual((kedua["jumlah"], kedua["dokumen"]), (0, []))
		self.assertEqual(self.dilewati(kedua["rencana"]), {"tanpa_skp": 3, "sudah_dinilai": 2})
		self.assertEqual(frappe.db.count("Penilaian Kinerja", {"periode": self.periode, "docstatus": 0}), 2)

	def test_an_assessment_opened_after_the_plan_is_not_made_twice(self):
		"""The check runs again under the SKP's row lock when writing, not only when planning."""
		rencana = layanan.rencanakan_penilaian_massal(self.periode, self.s.unit)
		self.assertEqual(set(rencana.baru), {self.skp1, self.skp2})
		sendiri = self.buat(self.skp1)  # the assessor, meanwhile
		frappe.set_user(self.s.hr)
		dibuat = layanan._buat(rencana)
		self.assertEqual(len(dibuat), 1)
		self.assertNotIn(sendiri, dibuat)
		self.assertEqual(frappe.db.count("Penilaian Kinerja", {"skp": self.skp1, "periode": self.periode}), 1)
		# and the controller itself refuses a second one under the same lock
		self.assertRaises(
			frappe.ValidationError,
			frappe.get_doc(
				{"doctype": "Penilaian Kinerja", "skp": self.skp2, "periode": self.periode}
			).insert,
		)

	def test_a_month_of_the_year_is_assessed_for_the_same_skp(self):
		maret = make_sub_periode(self.periode, "Bulanan", 3)
		hasil = api.buat_penilaian_massal(periode=maret, department=self.s.unit)
		self.assertEqual(hasil["jumlah"], 2)
		jenis = frappe.get_all("Penilaian Kinerja", filters={"periode": maret}, pluck="jenis_penilaian")
		self.assertEqual(jenis, ["Periodik", "Periodik"])
		self.assertEqual(self.pratinjau()["dibuat"], 2)  # the year is a different assessment

	def test_nothing_to_do_queues_nothing(self):
		self.buat_massal()
		with patch("frappe.enqueue") as antre, patch.object(layanan, "BATAS_LANGSUNG", 0):
			hasil = self.buat_massal()
		antre.assert_not_called()
		self.assertEqual((hasil["antrian"], hasil["jumlah"], hasil["dokumen"]), (False, 0, []))
		self.assertEqual(hasil["rencana"]["dibuat"], 0)

	def test_a_large_unit_goes_to_the_long_queue(self):
		with patch("frappe.enqueue") as antre, patch.object(layanan, "BATAS_LANGSUNG", 1):
			hasil = self.buat_massal()
		self.assertEqual((hasil["antrian"], hasil["jumlah"]), (True, 2))
		antre.assert_called_once()
		self.assertEqual(
			antre.call_args.args[0], "kinerja_asn.services.penilaian_massal.buat_penilaian_massal_latar"
		)
		self.assertEqual(antre.call_args.kwargs["queue"], "long")
		self.assertEqual(antre.call_args.kwargs["periode"], self.periode)
		self.assertFalse(frappe.db.exists("Penilaian Kinerja", {"periode": self.periode}))

	def test_the_job_shows_progress_and_a_closing_summary(self):
		with (
			patch.object(layanan, "BATAS_LANGSUNG", 1),
			patch("frappe.publish_progress") as kemajuan,
			patch("frappe.publish_realtime") as kabar,
		):
			dibuat = layanan.buat_penilaian_massal_latar(self.periode, self.s.unit)
		self.assertEqual(len(dibuat), 2)
		self.assertEqual(kemajuan.call_args.args[0], 100)
		ringkasan = [c for c in kabar.call_args_list if c.args[0] == "msgprint"]
		self.assertEqual(len(ringkasan), 1)  # one closing summary (the rest are Frappe's list updates)
		self.assertEqual(ringkasan[0].kwargs["user"], self.s.hr)
		pesan = ringkasan[0].args[1]["message"]
		self.assertIn(f"2 penilaian kinerja draf dibuat untuk periode {self.periode}", pesan)
		self.assertIn("3 dilewati: 3 belum memiliki SKP yang disetujui", pesan)

	def test_arguments_and_rights_are_checked(self):
		self.assertRaises(frappe.ValidationError, api.pratinjau_penilaian_massal, periode=12)
		self.assertRaises(frappe.ValidationError, self.pratinjau, termasuk_sub_unit="ya")
		self.assertRaises(
			frappe.ValidationError, api.pratinjau_penilaian_massal, self.periode, department=["x"]
		)
		self.assertRaises(frappe.DoesNotExistError, api.pratinjau_penilaian_massal, "TIDAK-ADA-99999")
		for orang in (self.s.staf1, self.s.admin):  # an employee, and an assessor who is not HR
			with self.subTest(orang=orang):
				self.as_user(orang)
				self.assertRaises(frappe.PermissionError, self.pratinjau)
				self.assertRaises(frappe.PermissionError, self.buat_massal)
		self.assertFalse(frappe.db.exists("Penilaian Kinerja", {"periode": self.periode}))

	# Rencana aksi in the evaluation --------------------------------------------------------------------

	def test_rencana_aksi_of_the_period_feed_the_evaluation_and_its_document(self):
		frappe.set_user("Administrator")
		maret, april = (
			make_sub_periode(self.periode, "Bulanan", 3),
			make_sub_periode(self.periode, "Bulanan", 4),
		)
		for bulan, aksi, status in (
			(maret, "Menyusun draf laporan layanan <b>triwulan</b>", "Selesai"),
			(april, "Mengumpulkan data layanan April", "Berjalan"),
		):
			frappe.get_doc(
				{
					"doctype": "Rencana Aksi",
					"rhk": self.rhk1[0],
					"sub_periode": bulan,
					"aksi": aksi,
					"status": status,
					"catatan": "Catatan " + status,
				}
			).insert(ignore_permissions=True)
		frappe.set_user(self.s.hr)
		tahunan = frappe.get_doc("Penilaian Kinerja", layanan.buka_penilaian(self.skp1, self.periode))
		with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
			c = cetak.evaluasi_context(tahunan)
		self.assertEqual(
			[(a.bulan, a.aksi, a.status) for a in c.rencana_aksi],
			[
				(
					frappe.db.get_value("Periode Kinerja", maret, "nama_periode"),
					"Menyusun draf laporan layanan <b>triwulan</b>",
					"Selesai",
				),
				(
					frappe.db.get_value("Periode Kinerja", april, "nama_periode"),
					"Mengumpulkan data layanan April",
					"Berjalan",
				),
			],
		)
		self.assertTrue(all(a.rhk.startswith("Layanan Nilai Massal Satu") for a in c.rencana_aksi))
		self.assertEqual(sum("`tabRencana Aksi`" in str(x.args[0]) for x in sql.call_args_list), 1)
		# the month's assessment shows its own month only; the other SKP none
		bulanan = frappe.get_doc("Penilaian Kinerja", layanan.buka_penilaian(self.skp1, april))
		self.assertEqual(
			[a.aksi for a in cetak.evaluasi_context(bulanan).rencana_aksi],
			["Mengumpulkan data layanan April"],
		)
		lain = frappe.get_doc("Penilaian Kinerja", layanan.buka_penilaian(self.skp2, self.periode))
		self.assertEqual(cetak.evaluasi_context(lain).rencana_aksi, [])
		# the rendered document, as the assessor prints it, escapes what the employee wrote
		self.as_user(self.s.admin)
		html = frappe.get_print("Penilaian Kinerja", tahunan.name, "Dokumen Evaluasi Kinerja")
		self.assertIn("RENCANA AKSI", html)
		self.assertIn("Menyusun draf laporan layanan &lt;b&gt;triwulan&lt;/b&gt;", html)
		self.assertIn("Catatan Berjalan", html)
		self.assertNotIn("<b>triwulan</b>", html)
		kosong = frappe.get_print("Penilaian Kinerja", lain.name, "Dokumen Evaluasi Kinerja")
		self.assertIn("Tidak ada rencana aksi pada periode ini", kosong)

	def test_single_assessment_stays_as_it_was(self):
		"""The assessor's endpoint still returns the open assessment the bulk start made."""
		hasil = self.buat_massal()
		name = frappe.db.get_value("Penilaian Kinerja", {"skp": self.skp1, "periode": self.periode})
		self.assertIn(name, hasil["dokumen"])
		self.as_user(frappe.db.get_value("SKP", self.skp1, "user_penyetuju"))
		self.assertEqual(api_penilaian.buat_penilaian(self.skp1, self.periode), name)
