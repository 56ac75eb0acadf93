"""The whole planning chain through real documents, and the cascade that never deadlocks.

Renstra → sasaran → IKU → IKK → Perjanjian Kinerja → SKP of the JPT (started from the PK) → SKP of an
administrator → SKP of two staff, each RHK linked up; subordinates who draft before their leader."""

import frappe
from frappe.model.workflow import apply_workflow
from frappe.utils import add_days, today

from kinerja_asn.api.skp import buat_skp_dari_pk
from kinerja_asn.domain.kaskade import analisis_kaskade
from kinerja_asn.services.kaskade import muat_kaskade
from kinerja_asn.services.menunggu import ingatkan_pimpinan, rekap
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	approve_skp,
	make_employee,
	make_indikator,
	make_periode,
	make_perjanjian_kinerja,
	make_renstra,
	make_rhk,
	make_sasaran,
	make_skp,
	make_struktur,
)


class TestRantaiKinerja(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("Rantai")
		cls.periode = make_periode(2026)
		cls.renstra = make_renstra(cls.s.unit, 2025)
		tujuan = make_sasaran(cls.renstra, "RT1", uraian="Terwujudnya tata kelola kinerja yang akuntabel")
		ss = make_sasaran(cls.renstra, "RSS1", tujuan, uraian="Meningkatnya kualitas perencanaan kinerja")
		sp = make_sasaran(cls.renstra, "RSP1", ss, unit=cls.s.bagian)
		sk = make_sasaran(cls.renstra, "RSK1", sp, unit=cls.s.bagian)
		cls.iku = make_indikator(
			ss,
			"IKU",
			{2026: 85},
			kode="R-IKU-1",
			unit=cls.s.unit,
			uraian="Indeks kualitas perencanaan kinerja",
		)
		cls.ikk = make_indikator(
			sk,
			"IKK",
			{2026: 12},
			induk=cls.iku,
			kode="R-IKK-1",
			unit=cls.s.bagian,
			uraian="Jumlah dokumen perencanaan",
		)

	def test_renstra_to_staff_each_rhk_linked_up(self):
		pk = make_perjanjian_kinerja(self.s.jpt, self.periode, unit=self.s.unit, submit=True)
		skp_jpt = buat_skp_dari_pk(pk)
		rhk_jpt = frappe.get_all(
			"Rencana Hasil Kerja", filters={"skp": skp_jpt}, fields=["name", "indikator_organisasi"]
		)
		self.assertEqual([r.indikator_organisasi for r in rhk_jpt], [self.iku])
		self.assertEqual(frappe.db.get_value("SKP", skp_jpt, "perjanjian_kinerja"), pk)
		approve_skp(skp_jpt)

		skp_admin = make_skp(self.s.admin, self.periode)
		rhk_admin = make_rhk(skp_admin, "Tersusunnya dokumen perencanaan", rhk_jpt[0].name)
		approve_skp(skp_admin)
		for staf in (self.s.staf1, self.s.staf2):
			skp = make_skp(staf, self.periode)
			make_rhk(skp, f"Tersusunnya bahan perencanaan ({staf})", rhk_admin)
			approve_skp(skp)

		data = muat_kaskade(self.periode)
		hasil = analisis_kaskade(
			data.rhk, data.pejabat_penilai, jpt={self.s.jpt}, indikator_organisasi=[self.iku]
		)
		self.assertEqual(hasil.masalah, [])
		mine = {self.s.jpt, self.s.admin, self.s.staf1, self.s.staf2}
		self.assertFalse([p for p in hasil.pegawai_tidak_terhubung if p.pegawai in mine])
		self.assertFalse([i for i in hasil.indikator_tanpa_pemilik if i.indikator == self.iku])

	def test_rhk_of_the_pk_must_be_in_the_pk(self):
		pk = make_perjanjian_kinerja(self.s.jpt, self.periode, unit=self.s.unit, submit=True)
		skp_jpt = buat_skp_dari_pk(pk)
		self.assertRaises(
			frappe.ValidationError, make_rhk, skp_jpt, "Di luar perjanjian", indikator_organisasi=self.ikk
		)

	def test_acting_official_starts_the_leader_skp_from_the_pk(self):
		pk = make_perjanjian_kinerja(self.s.jpt, self.periode, unit=self.s.unit, submit=True)
		plt = make_employee("Plt Kepala Rantai", user="plt.rantai@example.com")
		frappe.get_doc(
			{
				"doctype": "Penugasan Plt Plh",
				"jenis": "Plt",
				"pegawai_pengganti": plt,
				"pejabat_definitif": self.s.jpt,
				"tanggal_mulai": add_days(today(), -3),
				"nomor_sk": "SP-9/2026",
			}
		).insert().submit()
		frappe.set_user(self.s.user[self.s.staf1])
		self.assertRaises(frappe.PermissionError, buat_skp_dari_pk, pk)
		frappe.set_user("plt.rantai@example.com")
		skp = buat_skp_dari_pk(pk)
		self.assertEqual(frappe.db.get_value("SKP", skp, "employee"), self.s.jpt)

	def test_subordinate_drafts_before_the_leader_and_links_later(self):
		skp_staf = make_skp(self.s.staf1, self.periode)
		rhk = make_rhk(
			skp_staf,
			"Menyusun bahan laporan evaluasi kinerja",
			menunggu_rhk_pimpinan=1,
			rencana_rhk_pimpinan="Laporan evaluasi kinerja unit",
		)
		self.assertIsNone(frappe.db.get_value("Rencana Hasil Kerja", rhk, "saran_rhk_pimpinan"))
		# the wait shows up for the leader, who is reminded
		waiting = {r.pimpinan: r for r in rekap(self.periode)}
		self.assertIn(self.s.staf1, waiting[self.s.admin].bawahan)
		self.assertGreaterEqual(ingatkan_pimpinan(), 1)
		self.assertTrue(
			frappe.db.exists(
				"Notification Log", {"for_user": self.s.user[self.s.admin], "document_name": self.periode}
			)
		)
		# it cannot be approved while it waits
		frappe.set_user(self.s.user[self.s.staf1])
		apply_workflow(frappe.get_doc("SKP", skp_staf), "Ajukan")
		frappe.set_user(self.s.user[self.s.admin])
		self.assertRaises(frappe.ValidationError, apply_workflow, frappe.get_doc("SKP", skp_staf), "Setujui")
		frappe.set_user("Administrator")
		frappe.db.set_value("SKP", skp_staf, {"workflow_state": "Dikembalikan", "status": "Dikembalikan"})

		# the leader's RHK appears: a suggestion, then the subordinate confirms it
		skp_admin = make_skp(self.s.admin, self.periode)
		make_rhk(skp_admin, "Dokumen perencanaan anggaran")
		rhk_admin = make_rhk(skp_admin, "Laporan evaluasi kinerja unit kerja")
		self.assertEqual(frappe.db.get_value("Rencana Hasil Kerja", rhk, "saran_rhk_pimpinan"), rhk_admin)
		frappe.set_user(self.s.user[self.s.staf1])
		doc = frappe.get_doc("Rencana Hasil Kerja", rhk)
		doc.tautkan_saran()
		self.assertEqual(
			frappe.db.get_value("Rencana Hasil Kerja", rhk, ["rhk_intervensi", "menunggu_rhk_pimpinan"]),
			(rhk_admin, 0),
		)
		frappe.set_user("Administrator")
		approve_skp(skp_admin)
		approve_skp(skp_staf)
		self.assertEqual(frappe.db.get_value("SKP", skp_staf, "status"), "Disetujui")
