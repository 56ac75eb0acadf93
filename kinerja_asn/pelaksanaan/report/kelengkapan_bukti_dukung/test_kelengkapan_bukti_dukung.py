# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

from unittest.mock import patch

import frappe

from kinerja_asn.domain.pemantauan import rekap_kelengkapan_bukti
from kinerja_asn.pelaksanaan.report.kelengkapan_bukti_dukung.kelengkapan_bukti_dukung import execute
from kinerja_asn.tests.pelaksanaan import PDF, PelaksanaanTestCase
from kinerja_asn.tests.utils import make_department, make_employee


class TestKelengkapanBuktiDukung(PelaksanaanTestCase):
	"""March: three key results realised, evidence for one of them."""

	PREFIX = "Bukti Lengkap"

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls().check_in(
			cls.maret,
			{"Jumlah laporan layanan": 3, "Indeks kepuasan layanan": 85, "Waktu penyelesaian": 4},
			ajukan=False,
		)
		cls().unggah("laporan.pdf", PDF)
		frappe.set_user("Administrator")

	def rows(self, **filters):
		return execute({"periode_kinerja": self.periode, "department": self.s.unit, **filters})[1]

	def test_due_submitted_and_missing(self):
		rows = {(r["unit"], r["sub_periode"]): r for r in self.rows()}
		maret = rows[(self.s.bagian, self.maret)]
		self.assertEqual(
			(maret["wajib"], maret["diajukan"], maret["diterima"], maret["ditolak"], maret["kurang"]),
			(3, 1, 0, 0, 2),
		)
		self.assertAlmostEqual(maret["persen_lengkap"], 100 / 3)
		self.assertEqual(set(rows), {(self.s.bagian, self.maret)})

	def test_database_counts_match_the_domain_rule(self):
		"""The report counts in SQL; domain.pemantauan.rekap_kelengkapan_bukti states the rule."""
		baris = frappe.db.sql(
			"""select r.sub_periode, i.rhk, i.iki, i.realisasi from `tabRealisasi IKI` i
			join `tabRealisasi Kinerja` r on r.name = i.parent
			where r.skp = %s and r.docstatus < 2 and i.terisi = 1""",
			self.skp,
		)
		bukti = frappe.get_all(
			"Bukti Dukung",
			filters={"skp": self.skp},
			fields=["sub_periode", "rhk", "iki", "status_verifikasi"],
			as_list=True,
		)
		harapan = rekap_kelengkapan_bukti(
			[(self.s.bagian, s, r, i or "", n) for s, r, i, n in baris],
			[(self.s.bagian, s, r, i or "", st) for s, r, i, st in bukti],
		)
		dari_laporan = {
			(r["unit"], r["sub_periode"]): (
				r["wajib"],
				r["diajukan"],
				r["diterima"],
				r["ditolak"],
				r["kurang"],
			)
			for r in self.rows(department=self.s.bagian)
		}
		self.assertEqual(
			dari_laporan,
			{k: (v.wajib, v.diajukan, v.diterima, v.ditolak, v.kurang) for k, v in harapan.items()},
		)

	def test_evidence_lookup_reads_a_covering_index(self):
		self.assertTrue(
			frappe.db.sql("show index from `tabBukti Dukung` where Key_name = 'rhk_sub_periode_iki_index'")
		)

	def test_colleague_sees_own_unit_other_unit_sees_nothing(self):
		frappe.set_user(self.s.user[self.s.staf2])
		self.assertEqual([r["sub_periode"] for r in self.rows()], [self.maret])
		lain = make_department("Biro Bukti Lain")
		make_employee("Pegawai Bukti Lain", user="lain.bukti@example.com", department=lain)
		frappe.set_user("lain.bukti@example.com")
		self.assertEqual(self.rows(), [])

	def test_sql_count_does_not_grow_with_check_ins(self):
		def jumlah_sql():
			filters = {"periode_kinerja": self.periode}
			execute(filters)
			with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
				execute(filters)
			return sql.call_count

		sebelum = jumlah_sql()
		self.check_in(self.april, {"Jumlah laporan layanan": 2}, ajukan=False)
		frappe.set_user("Administrator")
		self.assertEqual(jumlah_sql(), sebelum)

	def test_compute_sql_count_does_not_grow_with_check_ins(self):
		from kinerja_asn.services.pemantauan import hitung_kelengkapan_bukti

		def jumlah_sql():
			with patch.object(frappe.db, "sql", wraps=frappe.db.sql) as sql:
				hitung_kelengkapan_bukti(self.periode, "")
			return sql.call_count

		sebelum = jumlah_sql()
		self.check_in(self.april, {"Jumlah laporan layanan": 3}, ajukan=False)
		frappe.set_user("Administrator")
		self.assertEqual(jumlah_sql(), sebelum)

	def test_evidence_change_makes_the_rekap_stale(self):
		execute({"periode_kinerja": self.periode})
		versi = dict(frappe.get_all("Rekap Pemantauan", fields=["name", "versi"], as_list=True))
		self.assertTrue(versi)
		bukti = frappe.get_all("Bukti Dukung", filters={"skp": self.skp}, pluck="name", limit=1)
		frappe.get_doc("Bukti Dukung", bukti[0]).save(ignore_permissions=True)
		sesudah = dict(frappe.get_all("Rekap Pemantauan", fields=["name", "versi"], as_list=True))
		nama = next(n for n in versi if n.startswith(f"kelengkapan_bukti|{self.periode}|"))
		self.assertGreater(sesudah[nama], versi[nama])
