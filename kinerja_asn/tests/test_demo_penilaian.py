"""The demo's assessed last year (load-demo): a final assessment per employee, organisation predikat
set by the leader above, one unit breaking its curve in the report, one appeal that changed a
predikat, and bulk rows equal to what the Penilaian Kinerja controller computes."""

import frappe
from frappe.tests.utils import FrappeTestCase

from kinerja_asn.demo.muat import DOMAIN_DEMO, muat_demo
from kinerja_asn.penilaian.report.distribusi_predikat_unit import distribusi_predikat_unit as laporan
from kinerja_asn.tests.utils import lewati_bila_ada_demo

JUMLAH = 40
TAHUN = 2039  # a year (and a last year) no other test uses
ABAIKAN = {"modified", "modified_by", "creation", "name", "docstatus", "owner", "__islocal", "__unsaved"}


class TestDemoPenilaian(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		lewati_bila_ada_demo()
		super().setUpClass()
		frappe.set_user("Administrator")
		cls.hasil = muat_demo(pegawai=JUMLAH, tahun=TAHUN, seed=31, force=True)
		cls.p = cls.hasil.penilaian
		cls.penilaian = frappe.get_all(
			"Penilaian Kinerja",
			filters={"periode": cls.p.periode},
			fields=[
				"name",
				"employee",
				"docstatus",
				"status",
				"predikat",
				"pimpinan_unit",
				"unit_distribusi",
			],
		)

	def tearDown(self):
		frappe.set_user("Administrator")

	def test_everyone_with_a_pejabat_penilai_has_a_final_assessment_of_last_year(self):
		dinilai = frappe.get_all(
			"Employee",
			filters={"user_id": ("like", f"%@{DOMAIN_DEMO}"), "reports_to": ("is", "set")},
			pluck="name",
		)
		self.assertEqual(len(dinilai), JUMLAH - 1)
		self.assertEqual(sorted(p.employee for p in self.penilaian), sorted(dinilai))
		self.assertEqual({(p.docstatus, p.status) for p in self.penilaian}, {(1, "Ditetapkan")})
		self.assertTrue(all(p.predikat for p in self.penilaian))
		self.assertTrue(any(p.pimpinan_unit for p in self.penilaian))

	def test_organisation_predikat_are_set_by_the_leader_above_each_unit(self):
		rows = frappe.get_all(
			"Predikat Kinerja Organisasi",
			filters={"periode": self.p.periode, "docstatus": 1},
			fields=["unit", "kepala_unit", "penetap", "ditetapkan_oleh"],
		)
		self.assertGreaterEqual(len(rows), 2)
		for r in rows:
			atasan = frappe.db.get_value("Employee", r.kepala_unit, "reports_to")
			self.assertEqual((r.penetap, r.ditetapkan_oleh), (atasan, atasan), r.unit)

	def test_the_report_shows_one_unit_breaking_its_curve(self):
		_columns, rows = laporan.execute({"periode": self.p.periode, "hanya_ditetapkan": 1})
		status = {r["unit"]: r["status_kode"] for r in rows}
		self.assertEqual(status.pop(self.p.unit_melanggar), "Melanggar")
		self.assertTrue(status)
		self.assertEqual(set(status.values()), {"Sesuai"})

	def test_one_appeal_changed_a_predikat(self):
		k = frappe.get_doc("Keberatan Penilaian Kinerja", self.p.keberatan)
		self.assertEqual(
			(k.docstatus, k.status, k.predikat_awal, k.predikat_baru), (1, "Diubah", "Baik", "Sangat Baik")
		)
		doc = frappe.get_doc("Penilaian Kinerja", self.p.penilaian_keberatan)
		self.assertEqual((doc.predikat, doc.predikat_awal), ("Sangat Baik", "Baik"))
		self.assertEqual((doc.keberatan, doc.status_keberatan), (k.name, "Diubah"))
		self.assertEqual(k.pemutus, frappe.db.get_value("Employee", k.pejabat_penilai, "reports_to"))
		self.assertTrue(frappe.db.exists("Comment", {"reference_name": doc.name, "comment_type": "Info"}))
		frappe.set_user(frappe.db.get_value("Employee", k.employee, "user_id"))
		self.assertTrue(frappe.has_permission("Keberatan Penilaian Kinerja", "read", k.name))

	def test_bulk_assessments_are_what_the_controller_computes(self):
		contoh = {}
		for p in self.penilaian:
			if p.name != self.p.penilaian_keberatan:
				contoh.setdefault(
					(p.pimpinan_unit, p.unit_distribusi == self.p.unit_melanggar, p.predikat), p.name
				)
		self.assertGreater(len(contoh), 3)
		for name in contoh.values():
			doc = frappe.get_doc("Penilaian Kinerja", name)
			sebelum = doc.as_dict(no_default_fields=False)
			doc.docstatus = 0  # re-run the open document's steps on the stored values
			doc.flags.oleh_sistem = True
			doc.run_method("validate")
			sesudah = doc.as_dict(no_default_fields=False)
			self.assertEqual(_perbedaan(sebelum, sesudah), {}, name)

	def test_bulk_credit_points_are_what_the_controllers_compute(self):
		"""Opening balances and conversions are written in bulk; the controllers agree on samples,
		and each has the ledger entries its submission writes."""
		nama_penilaian = [p.name for p in self.penilaian]
		konversi = frappe.get_all(
			"Konversi Angka Kredit",
			filters={"penilaian_kinerja": ("in", nama_penilaian), "docstatus": 1},
			pluck="name",
		)
		self.assertTrue(konversi)
		for name in konversi[:3]:
			tersimpan = frappe.get_doc("Konversi Angka Kredit", name)
			ulang = frappe.get_doc(
				{"doctype": "Konversi Angka Kredit", "penilaian_kinerja": tersimpan.penilaian_kinerja}
			)
			ulang.name = name  # its own months do not overlap itself
			ulang.validate()
			for f in ("employee", "jenjang", "predikat", "persentase", "koefisien", "bulan", "angka_kredit"):
				self.assertEqual(str(tersimpan.get(f)), str(ulang.get(f)), f)
			self.assertEqual(
				[(str(s.tanggal_mulai), s.jenjang, s.angka_kredit) for s in tersimpan.segmen],
				[(str(s.tanggal_mulai), s.jenjang, s.angka_kredit) for s in ulang.segmen],
			)
			entri = frappe.get_all(
				"Entri Angka Kredit", filters={"dokumen": name}, fields=["angka_kredit", "unsur"]
			)
			self.assertEqual({e.unsur for e in entri}, {"Konversi"})
			self.assertAlmostEqual(sum(e.angka_kredit for e in entri), tersimpan.angka_kredit, places=3)
		awal = frappe.get_all(
			"Angka Kredit Awal",
			filters={"employee": ("in", [p.employee for p in self.penilaian]), "docstatus": 1},
			pluck="name",
		)
		self.assertTrue(awal)
		for name in awal[:3]:
			tersimpan = frappe.get_doc("Angka Kredit Awal", name)
			ulang = frappe.get_doc(tersimpan.as_dict())
			ulang.validate()  # no second balance in the jenjang, an official, a positive number
			self.assertEqual(ulang.employee_name, tersimpan.employee_name)
			entri = frappe.get_all(
				"Entri Angka Kredit", filters={"dokumen": name}, fields=["angka_kredit", "unsur"]
			)
			self.assertEqual([(e.unsur, e.angka_kredit) for e in entri], [("Awal", tersimpan.angka_kredit)])


def _perbedaan(a: dict, b: dict) -> dict:
	"""Fields (and child rows' fields, by position) whose values differ."""
	hasil = {}
	for k in set(a) | set(b):
		if k in ABAIKAN | {"parent"}:
			continue
		x, y = a.get(k), b.get(k)
		if isinstance(x, list) and isinstance(y, list):
			if len(x) != len(y):
				hasil[k] = (len(x), len(y))
			for i, (bx, by) in enumerate(zip(x, y, strict=False)):
				for kk, v in _perbedaan(bx, by).items():
					hasil[f"{k}[{i}].{kk}"] = v
		elif _beda(x, y):
			hasil[k] = (x, y)
	return hasil


def _beda(a, b) -> bool:
	if isinstance(a, list) and isinstance(b, list):
		return len(a) != len(b) or any(_beda(x, y) for x, y in zip(a, b, strict=True))
	if isinstance(a, dict) and isinstance(b, dict):
		return any(k not in ABAIKAN | {"parent"} and _beda(a.get(k), b.get(k)) for k in set(a) | set(b))
	if a in (None, "", 0) and b in (None, "", 0):
		return False
	if isinstance(a, int | float) and isinstance(b, int | float):
		return abs(a - b) > 1e-6
	return str(a) != str(b)
