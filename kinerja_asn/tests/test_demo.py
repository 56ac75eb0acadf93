"""The demo agency (`bench --site SITE kinerja load-demo`) at a small size: what a user of the demo
relies on, and that the rows written in bulk are what the controllers would have written."""

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils.password import check_password

from kinerja_asn.demo.muat import DOMAIN_DEMO, KATA_SANDI_DEMO, DemoDitolak, muat_demo
from kinerja_asn.domain.beban_kerja import beban_per_pegawai, keadilan_beban
from kinerja_asn.domain.kaskade import analisis_kaskade
from kinerja_asn.services.kaskade import muat_kaskade
from kinerja_asn.tests.utils import lewati_bila_ada_demo, make_employee

JUMLAH = 40
# A year no other test plans in, so the period holds only the demo's SKP.
TAHUN = 2037
# Values the controllers set on every save, not part of the stored data to compare.
BERUBAH_SAAT_SIMPAN = {"modified", "modified_by"}


class TestDemo(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		lewati_bila_ada_demo()
		super().setUpClass()
		frappe.set_user("Administrator")
		# The test site may hold other tests' employees: forced, as a developer would on such a site.
		cls.hasil = muat_demo(pegawai=JUMLAH, tahun=TAHUN, seed=2026, force=True)
		cls.pegawai = frappe.get_all(
			"Employee",
			filters={"user_id": ("like", f"%@{DOMAIN_DEMO}")},
			fields=["name", "user_id", "reports_to", "jenis_jabatan", "department", "lft", "rgt", "status"],
		)
		cls.skp = {
			s.employee: s
			for s in frappe.get_all(
				"SKP",
				filters={"periode_kinerja": cls.hasil.periode},
				fields=["name", "employee", "jenis_jabatan", "perjanjian_kinerja", "pejabat_penilai"],
			)
		}

	def tearDown(self):
		frappe.set_user("Administrator")

	def contoh_skp(self) -> list[str]:
		"""One SKP of each kind of position, with the top official's and a leader's with a PK."""
		per_jenis = {}
		for s in self.skp.values():
			per_jenis.setdefault(
				(s.jenis_jabatan, bool(s.perjanjian_kinerja), bool(s.pejabat_penilai)), s.name
			)
		return sorted(per_jenis.values())

	def test_every_demo_employee_has_one_approved_skp(self):
		self.assertEqual(len(self.pegawai), JUMLAH)
		self.assertTrue(all(p.status == "Active" for p in self.pegawai))
		rows = frappe.db.sql(
			"""select e.name, count(s.name) as jumlah from `tabEmployee` e
			left join `tabSKP` s on s.employee = e.name and s.periode_kinerja = %s and s.docstatus = 1
				and s.status = 'Disetujui' and s.workflow_state = 'Disetujui'
			where e.user_id like %s and e.status = 'Active' group by e.name""",
			(self.hasil.periode, f"%@{DOMAIN_DEMO}"),
			as_dict=True,
		)
		self.assertEqual({r.name: r.jumlah for r in rows}, {p.name: 1 for p in self.pegawai})

	def test_structure_has_all_kinds_of_position_and_unit_heads(self):
		jenis = {p.jenis_jabatan for p in self.pegawai}
		self.assertEqual(jenis, {"JPT", "Administrator", "Pengawas", "Pelaksana", "Fungsional"})
		fungsional = frappe.get_all(
			"Employee",
			filters={"name": ("in", [p.name for p in self.pegawai]), "jenis_jabatan": "Fungsional"},
			fields=["jabatan_fungsional", "jenjang_jabatan_fungsional"],
		)
		self.assertTrue(all(f.jabatan_fungsional and f.jenjang_jabatan_fungsional for f in fungsional))
		units = frappe.get_all(
			"Department",
			filters={"name": ("in", {p.department for p in self.pegawai})},
			fields=["name", "kepala_unit"],
		)
		demo = {p.name for p in self.pegawai}
		self.assertTrue(units)
		self.assertTrue(all(u.kepala_unit in demo for u in units))
		# Only the top official has no superior.
		self.assertEqual([p.name for p in self.pegawai if not p.reports_to], [self.hasil.puncak])

	def test_trees_are_nested_sets(self):
		pegawai = {p.name: p for p in self.pegawai}
		for p in self.pegawai:
			self.assertLess(p.lft, p.rgt)
			if p.reports_to:
				atasan = pegawai[p.reports_to]
				self.assertTrue(atasan.lft < p.lft and p.rgt < atasan.rgt, p.name)
		turunan = frappe.db.count(
			"Employee",
			{"lft": (">", pegawai[self.hasil.puncak].lft), "rgt": ("<", pegawai[self.hasil.puncak].rgt)},
		)
		self.assertEqual(turunan, JUMLAH - 1)
		for d in frappe.get_all(
			"Department",
			filters={"name": ("in", {p.department for p in self.pegawai})},
			fields=["name", "parent_department", "lft", "rgt"],
		):
			induk = frappe.db.get_value("Department", d.parent_department, ["lft", "rgt"], as_dict=True)
			self.assertTrue(induk.lft < d.lft < d.rgt < induk.rgt, d.name)

	def test_cascade_has_no_errors_and_shows_the_free_riders_and_the_overloaded(self):
		data = muat_kaskade(self.hasil.periode)
		self.assertEqual(len(data.skp), JUMLAH)
		indikator_pk = frappe.get_all(
			"Sasaran Perjanjian Kinerja",
			filters={
				"parent": ("in", [s.perjanjian_kinerja for s in self.skp.values() if s.perjanjian_kinerja])
			},
			pluck="indikator",
		)
		self.assertTrue(indikator_pk)
		hasil = analisis_kaskade(data.rhk, data.pejabat_penilai, indikator_organisasi=indikator_pk)
		self.assertEqual(hasil.masalah, [])
		self.assertEqual(hasil.siklus, [])
		self.assertEqual(hasil.indikator_tanpa_pemilik, [])
		self.assertEqual(
			{(p.pegawai, p.alasan) for p in hasil.pegawai_tidak_terhubung},
			{(p, "rhk_utama_tanpa_induk") for p in self.hasil.penumpang},
		)
		self.assertGreaterEqual(len(self.hasil.penumpang), 3)

		keadilan = keadilan_beban(beban_per_pegawai(data.rhk), ukuran="bobot_iki")
		tinggi = sorted((p for p in keadilan.pencilan if p.arah == "tinggi"), key=lambda p: -p.beban)
		self.assertEqual(tinggi[0].pegawai, self.hasil.beban_lebih)
		self.assertGreater(tinggi[0].rasio, 3)

	def test_leaders_rhk_carry_their_perjanjian_kinerja_indicators(self):
		jpt = [s for s in self.skp.values() if s.perjanjian_kinerja]
		self.assertTrue(jpt)
		for s in jpt:
			pk = set(
				frappe.get_all(
					"Sasaran Perjanjian Kinerja", filters={"parent": s.perjanjian_kinerja}, pluck="indikator"
				)
			)
			dibawa = set(
				frappe.get_all(
					"Rencana Hasil Kerja",
					filters={"skp": s.name, "jenis": "Utama"},
					pluck="indikator_organisasi",
				)
			)
			self.assertEqual(dibawa, pk, s.name)
		self.assertTrue(
			frappe.db.exists(
				"Rencana Hasil Kerja", {"periode_kinerja": self.hasil.periode, "jenis": "Tambahan"}
			)
		)

	def test_bulk_rows_are_what_the_controllers_would_store(self):
		"""Controllers re-validate sample documents without an error and without changing a value."""
		contoh = [("SKP", name) for name in self.contoh_skp()]
		rhk = frappe.get_all(
			"Rencana Hasil Kerja",
			filters={"skp": ("in", [name for _, name in contoh])},
			fields=["name", "jenis"],
			order_by="name",
		)
		contoh += [("Rencana Hasil Kerja", r.name) for r in rhk]
		contoh += [("Employee", p.name) for p in self.pegawai[:3]]
		contoh += [("Department", self.pegawai[0].department)]
		self.assertGreater(len(contoh), 10)
		for doctype, name in contoh:
			doc = frappe.get_doc(doctype, name)
			# An approved SKP's RHK are locked for the employee; the check of the lock is not the point here.
			doc.flags.ubah_oleh_sistem = True
			sebelum = doc.as_dict(no_default_fields=False)
			doc.run_method("validate")
			sesudah = doc.as_dict(no_default_fields=False)
			berubah = {
				k: (sebelum.get(k), sesudah.get(k))
				for k in sesudah
				if k not in BERUBAH_SAAT_SIMPAN and _beda(sebelum.get(k), sesudah.get(k))
			}
			self.assertEqual(berubah, {}, f"{doctype} {name}")

	def test_fetched_values_match_their_sources(self):
		"""Every SKP and RHK carries the same copies of names and links as its sources."""
		periode = self.hasil.periode
		salah_skp = frappe.db.sql(
			"""select s.name from `tabSKP` s join `tabEmployee` e on e.name = s.employee
			left join `tabEmployee` pp on pp.name = s.pejabat_penilai
			where s.periode_kinerja = %s and (s.employee_name != e.employee_name or s.nip != e.nip
				or s.employee_user != e.user_id or s.department != e.department or s.company != e.company
				or s.designation != e.designation or s.jenis_jabatan != e.jenis_jabatan
				or s.pangkat_golongan != e.pangkat_golongan or coalesce(s.pejabat_penilai, '') != coalesce(e.reports_to, '')
				or coalesce(s.user_penyetuju, '') != coalesce(pp.user_id, '')
				or coalesce(s.nama_pejabat_penilai, '') != coalesce(pp.employee_name, ''))""",
			periode,
		)
		self.assertEqual(salah_skp, ())
		salah_rhk = frappe.db.sql(
			"""select r.name from `tabRencana Hasil Kerja` r join `tabSKP` s on s.name = r.skp
			left join `tabRencana Hasil Kerja` i on i.name = r.rhk_intervensi
			left join `tabIndikator Kinerja` k on k.name = r.indikator_organisasi
			where s.periode_kinerja = %s and (r.employee != s.employee or r.employee_name != s.employee_name
				or r.periode_kinerja != s.periode_kinerja or coalesce(r.pejabat_penilai, '') != coalesce(s.pejabat_penilai, '')
				or r.company != s.company
				or coalesce(r.uraian_rhk_intervensi, '') != coalesce(i.uraian, '')
				or coalesce(r.pemilik_rhk_intervensi, '') != coalesce(i.employee_name, '')
				or coalesce(r.uraian_indikator_organisasi, '') != coalesce(k.uraian, ''))""",
			periode,
		)
		self.assertEqual(salah_rhk, ())

	def test_demo_user_logs_in_as_an_employee_and_sees_own_skp(self):
		staf = next(p for p in self.pegawai if p.jenis_jabatan == "Pelaksana")
		self.assertEqual(check_password(staf.user_id, KATA_SANDI_DEMO), staf.user_id)
		self.assertIn("Employee", frappe.get_roles(staf.user_id))
		frappe.set_user(staf.user_id)
		# this year's; last year's (assessed) is the other
		self.assertEqual(
			frappe.get_list("SKP", filters={"periode_kinerja": self.hasil.periode}, pluck="name"),
			[self.skp[staf.name].name],
		)

		pimpinan = self.pegawai_dengan_bawahan()
		frappe.set_user(pimpinan.user_id)
		terlihat = set(frappe.get_list("SKP", pluck="name"))
		bawahan = {p.name for p in self.pegawai if p.reports_to == pimpinan.name}
		self.assertTrue({self.skp[pimpinan.name].name, *(self.skp[b].name for b in bawahan)} <= terlihat)

	def pegawai_dengan_bawahan(self):
		atasan = {p.reports_to for p in self.pegawai if p.reports_to}
		return next(p for p in self.pegawai if p.name in atasan and p.jenis_jabatan == "Pengawas")

	def test_refuses_a_site_with_other_data_unless_forced(self):
		frappe.db.savepoint("demo_lain")
		try:
			make_employee("Pegawai Bukan Demo")
			with self.assertRaises(DemoDitolak) as ctx:
				muat_demo(pegawai=JUMLAH, tahun=TAHUN, seed=1)
			self.assertIn("--force", str(ctx.exception))
		finally:
			frappe.db.rollback(save_point="demo_lain")

	def test_refuses_to_load_twice_even_when_forced(self):
		jumlah = frappe.db.count("Employee")
		with self.assertRaises(DemoDitolak) as ctx:
			muat_demo(pegawai=JUMLAH, tahun=TAHUN, seed=1, force=True)
		self.assertIn("sudah dimuat", str(ctx.exception))
		self.assertEqual(frappe.db.count("Employee"), jumlah)


def _beda(a, b) -> bool:
	if isinstance(a, list) and isinstance(b, list):
		return len(a) != len(b) or any(_beda(x, y) for x, y in zip(a, b, strict=True))
	if isinstance(a, dict) and isinstance(b, dict):
		return any(k not in BERUBAH_SAAT_SIMPAN and _beda(a.get(k), b.get(k)) for k in set(a) | set(b))
	if a in (None, "") and b in (None, ""):
		return False
	if isinstance(a, int | float) and isinstance(b, int | float):
		return abs(a - b) > 1e-9
	return str(a) != str(b)


class TestNamaUnik(FrappeTestCase):
	def test_names_never_repeat_and_never_meet_frappe_hashes(self):
		from kinerja_asn.services.tulis_massal import nama_unik

		nama = [nama_unik() for _ in range(200_000)]
		self.assertEqual(len(set(nama)), len(nama))
		self.assertEqual({len(n) for n in nama}, {14})
		self.assertEqual(len({n[:8] for n in nama}), 1, "one prefix per process")


class TestKutipan(FrappeTestCase):
	def test_literals_are_the_connections_own(self):
		"""services.tulis_massal writes bulk rows with its own literals: they must be what pymysql makes."""
		import datetime
		from decimal import Decimal

		from kinerja_asn.services.tulis_massal import kutipan

		kutip = kutipan()
		self.assertIsNotNone(kutip)
		nilai = [
			None, "", "biasa", "O'Brien", 'kutip "ganda"', "garis\\miring", "baris\nbaru\r\n", "nol\x00",
			"\x1a", "Ünïcödé – ✓ 漢字", "100%", "%s %(x)s", "'; drop table x; --", 0, -7, 10**20, True,
			False, 0.1, 1.0, -2.5e-12, 1e300, 123456789.123, datetime.date(2026, 1, 5),
			datetime.datetime(2026, 12, 6, 7, 8, 9), datetime.datetime(2026, 12, 6, 7, 8, 9, 12),
			Decimal("1.250"), b"bytes'\x00",
		]  # fmt: skip
		for v in nilai:
			with self.subTest(v=v):
				self.assertEqual(kutip(v), frappe.db._conn.literal(v))
		# and the database reads back what was meant
		for v in ("O'Brien", "garis\\miring", "baris\nbaru", "Ünïcödé ✓", "%s"):
			self.assertEqual(frappe.db.sql(f"select {kutip(v)}")[0][0], v)
