"""Portal read endpoints (api/portal.py), as the real users: each sees their own SKP and the people
they assess (acting assignments included), never a peer's data."""

import frappe
from frappe.utils import getdate, set_request
from frappe.website.serve import get_response

from kinerja_asn.api import portal
from kinerja_asn.kinerja_asn.doctype.penugasan_plt_plh.test_penugasan_plt_plh import make_penugasan
from kinerja_asn.tests.utils import (
	KinerjaTestCase,
	approve_skp,
	make_employee,
	make_indikator,
	make_periode,
	make_renstra,
	make_rhk,
	make_sasaran,
	make_skp,
	make_struktur,
	make_user,
)


def _iki(uraian, target):
	return {"uraian": uraian, "aspek": "Kuantitas", "target": target, "satuan": "dokumen"}


class TestPortal(KinerjaTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.s = make_struktur("PortalUji")
		cls.periode = make_periode(2026)
		frappe.get_doc("Periode Kinerja", cls.periode).buat_sub_periode("Bulanan")
		cls.januari = frappe.db.get_value(
			"Periode Kinerja",
			{"periode_induk": cls.periode, "jenis": "Bulanan", "tanggal_mulai": "2026-01-01"},
		)
		renstra = make_renstra(cls.s.unit, 2025)
		tujuan = make_sasaran(renstra, "PUT1", uraian="Terwujudnya ASN yang profesional")
		ss = make_sasaran(renstra, "PUSS1", tujuan, uraian="Meningkatnya kualitas manajemen ASN")
		cls.iku = make_indikator(
			ss, "IKU", {2026: 90}, kode="PU-IKU-1", unit=cls.s.unit, uraian="Indeks profesionalitas ASN"
		)
		cls.skp_jpt = make_skp(cls.s.jpt, cls.periode)
		cls.rhk_jpt = make_rhk(cls.skp_jpt, "Meningkatnya layanan kepegawaian", indikator_organisasi=cls.iku)
		cls.skp_admin = make_skp(cls.s.admin, cls.periode)
		cls.rhk_admin = make_rhk(cls.skp_admin, "Layanan administrasi tepat waktu", cls.rhk_jpt)
		cls.skp_staf1 = make_skp(cls.s.staf1, cls.periode)
		cls.rhk_staf1 = make_rhk(
			cls.skp_staf1,
			"Usulan kenaikan pangkat tersusun",
			cls.rhk_admin,
			iki=[_iki("Jumlah usulan diproses", 12), _iki("Jumlah usulan lengkap", 10)],
		)
		cls.skp_staf2 = make_skp(cls.s.staf2, cls.periode)
		cls.rhk_staf2 = make_rhk(cls.skp_staf2, "Analisis jabatan tersusun", cls.rhk_admin)
		for skp in (cls.skp_jpt, cls.skp_admin, cls.skp_staf1, cls.skp_staf2):
			approve_skp(skp)

	def as_user(self, employee):
		frappe.set_user(self.s.user[employee])

	def check_in(self, skp, rhk, status="Diajukan"):
		"""A January check-in of the SKP with one row per IKI of the RHK, in the given status."""
		iki = frappe.get_all(
			"Indikator Kinerja Individu",
			filters={"parent": rhk, "parenttype": "Rencana Hasil Kerja"},
			fields=["name", "uraian", "target"],
			order_by="idx asc",
		)
		doc = frappe.get_doc(
			{
				"doctype": "Realisasi Kinerja",
				"skp": skp,
				"sub_periode": self.januari,
				"rincian": [
					{"rhk": rhk, "iki": i.name, "uraian_iki": i.uraian, "target_periode": 1, "realisasi": 2}
					for i in iki
				],
			}
		).insert(ignore_permissions=True)
		frappe.db.set_value("Realisasi Kinerja", doc.name, {"status": status, "workflow_state": status})
		return doc

	# Kinerja Saya -------------------------------------------------------------------------------------

	def test_own_skp_with_capaian_per_iki_and_rhk(self):
		iki = frappe.get_all(
			"Indikator Kinerja Individu", filters={"parent": self.rhk_staf1}, pluck="name", order_by="idx asc"
		)
		frappe.db.set_value("Indikator Kinerja Individu", iki[0], "realisasi", 6)
		self.as_user(self.s.staf1)
		data = portal.kinerja_saya()
		self.assertEqual(data["skp"].name, self.skp_staf1)
		self.assertEqual([r.name for r in data["rhk"]], [self.rhk_staf1])
		rhk = data["rhk"][0]
		self.assertEqual([i.capaian for i in rhk.iki], [50.0, None])
		self.assertAlmostEqual(rhk.capaian, 50.0)

	def test_line_of_sight_reaches_the_leaders_rhk_and_the_iku(self):
		self.as_user(self.s.staf1)
		garis = portal.kinerja_saya()["rhk"][0].garis_pandang
		self.assertEqual([r["name"] for r in garis["rantai"]], [self.rhk_admin, self.rhk_jpt])
		self.assertEqual(garis["iku"]["name"], self.iku)
		self.assertEqual(garis["iku"]["uraian"], "Indeks profesionalitas ASN")

	def test_a_loop_written_into_the_cascade_ends_the_line_of_sight(self):
		"""Links written past validation (a patch, an import) may loop: the chain stops, each RHK once."""
		frappe.db.set_value("Rencana Hasil Kerja", self.rhk_jpt, "rhk_intervensi", self.rhk_admin)
		self.as_user(self.s.staf1)
		garis = portal.kinerja_saya()["rhk"][0].garis_pandang
		self.assertEqual([r["name"] for r in garis["rantai"]], [self.rhk_admin, self.rhk_jpt])

	def test_months_past_without_a_check_in_are_due_and_late(self):
		self.as_user(self.s.staf1)
		data = portal.kinerja_saya()
		bulan = {s.name for s in data["sub_periode"]}
		self.assertEqual(len(bulan), 12)
		self.assertTrue(data["tagihan"])
		self.assertEqual(
			(data["tagihan"][0].jenis, data["tagihan"][0].sub_periode, data["tagihan"][0].terlambat),
			("realisasi", self.januari, getdate() > getdate("2026-01-31")),
		)
		self.assertTrue({t.sub_periode for t in data["tagihan"]} <= bulan)

	def test_reported_iki_without_evidence_is_due(self):
		self.check_in(self.skp_staf1, self.rhk_staf1, status="Diajukan")
		self.as_user(self.s.staf1)
		tagihan = portal.kinerja_saya()["tagihan"]
		self.assertNotIn(self.januari, [t.sub_periode for t in tagihan if t.jenis == "realisasi"])
		self.assertEqual(len([t for t in tagihan if t.jenis == "bukti"]), 2)

	def test_another_persons_skp_is_refused(self):
		self.as_user(self.s.staf1)
		self.assertRaises(frappe.PermissionError, portal.kinerja_saya, self.skp_staf2)
		self.assertRaises(frappe.PermissionError, portal.realisasi_saya, self.skp_staf2)
		self.assertRaises(frappe.PermissionError, portal.bukti_saya, self.skp_staf2, self.januari)
		# the superior gets no "own" view of a subordinate's SKP either
		self.as_user(self.s.admin)
		self.assertRaises(frappe.PermissionError, portal.kinerja_saya, self.skp_staf1)

	def test_user_without_employee_is_told_why(self):
		frappe.set_user(make_user("tanpa.pegawai.portal@example.com"))
		with self.assertRaises(frappe.PermissionError) as ctx:
			portal.kinerja_saya()
		self.assertIn("belum terhubung", str(ctx.exception))
		self.assertRaises(frappe.PermissionError, portal.tim_saya)
		frappe.set_user("Guest")
		self.assertRaises(frappe.PermissionError, portal.kinerja_saya)

	def test_realisasi_page_picks_an_own_sub_period(self):
		self.as_user(self.s.staf1)
		data = portal.realisasi_saya(self.skp_staf1)
		self.assertEqual(data["skp"].name, self.skp_staf1)
		self.assertEqual(data["terpilih"].name, self.januari)
		self.assertRaises(frappe.ValidationError, portal.realisasi_saya, self.skp_staf1, self.periode)

	# Tim Saya -----------------------------------------------------------------------------------------

	def test_tim_saya_lists_only_assessees(self):
		self.as_user(self.s.admin)
		self.assertEqual({a.employee for a in portal.tim_saya()["anggota"]}, {self.s.staf1, self.s.staf2})
		self.as_user(self.s.jpt)
		self.assertEqual({a.employee for a in portal.tim_saya()["anggota"]}, {self.s.admin})
		self.as_user(self.s.staf2)
		data = portal.tim_saya()
		self.assertEqual((data["anggota"], data["menunggu_verifikasi"]), ([], []))

	def test_tim_saya_shows_progress_per_month_and_who_is_behind(self):
		self.as_user(self.s.admin)
		data = portal.tim_saya()
		januari = data["kemajuan"][0]
		self.assertEqual((januari.sub_periode, januari.jumlah), (self.januari, 2))
		# every month of the year has started by the test date (the period is 2026)
		self.assertEqual(len(data["kemajuan"]), frappe.utils.getdate().month)
		anggota = {a.employee: a for a in data["anggota"]}
		nama_januari = frappe.db.get_value("Periode Kinerja", self.januari, "nama_periode")
		self.assertIn(nama_januari, anggota[self.s.staf2].tertinggal)
		self.as_user(self.s.admin)
		lama = getattr(frappe.local, "request", None)
		frappe.local.form_dict = frappe._dict()
		set_request(method="GET", path="/kinerja/tim")
		try:
			html = get_response("kinerja/tim").get_data(as_text=True)
		finally:
			frappe.local.request = lama  # a GET request left behind makes access logs commit
		self.assertIn('id="kemajuan-tim"', html)
		self.assertIn("data-tertinggal", html)

	def test_submitted_check_in_waits_for_the_pejabat_penilai_only(self):
		doc = self.check_in(self.skp_staf1, self.rhk_staf1)
		frappe.get_doc(
			{
				"doctype": "Bukti Dukung",
				"rhk": self.rhk_staf1,
				"iki": doc.rincian[0].iki,
				"sub_periode": self.januari,
				"jenis": "Tautan",
				"tautan": "https://contoh.go.id/usulan.pdf",
				"keterangan": "Daftar usulan Januari",
			}
		).insert(ignore_permissions=True)
		self.check_in(self.skp_staf2, self.rhk_staf2, status="Draft")

		self.as_user(self.s.admin)
		menunggu = portal.tim_saya()["menunggu_verifikasi"]
		self.assertEqual([r.name for r in menunggu], [doc.name])
		self.assertTrue(menunggu[0].boleh_verifikasi)
		self.assertEqual([len(b.bukti) for b in menunggu[0].rincian], [1, 0])

		for orang in (self.s.staf2, self.s.jpt):
			self.as_user(orang)
			self.assertEqual(portal.tim_saya()["menunggu_verifikasi"], [])
		self.as_user(self.s.staf2)
		self.assertNotIn(doc.name, str(portal.kinerja_saya()))

	def test_acting_official_gets_the_team_and_the_holder_sees_it_handed_over(self):
		plh = make_employee("Plh PortalUji", user="plh.portaluji@example.com", jenis_jabatan="Administrator")
		make_penugasan(plh, pejabat=self.s.admin)
		doc = self.check_in(self.skp_staf1, self.rhk_staf1)

		frappe.set_user("plh.portaluji@example.com")
		data = portal.tim_saya()
		self.assertEqual({a.employee for a in data["anggota"]}, {self.s.staf1, self.s.staf2})
		self.assertEqual({a.sebagai for a in data["anggota"]}, {"Plh."})
		self.assertEqual(
			[(r.name, r.boleh_verifikasi) for r in data["menunggu_verifikasi"]], [(doc.name, True)]
		)

		self.as_user(self.s.admin)
		data = portal.tim_saya()
		self.assertTrue(all(a.diwakili for a in data["anggota"]))
		self.assertEqual([r.boleh_verifikasi for r in data["menunggu_verifikasi"]], [False])

		self.as_user(self.s.staf2)
		self.assertEqual(portal.tim_saya()["anggota"], [])

	def test_compiled_templates_are_shared_and_each_page_stays_its_users(self):
		"""services/templat.py: the second request compiles nothing, and shows its own user."""
		from unittest.mock import patch

		from kinerja_asn.services.templat import CACHE_KODE, pasang_cache_templat

		def halaman(employee, path="kinerja"):
			self.as_user(employee)
			lama = getattr(frappe.local, "request", None)
			frappe.local.jenv = None  # a new request builds a new environment
			frappe.local.form_dict = frappe._dict()
			set_request(method="GET", path=f"/{path}")
			try:
				pasang_cache_templat()
				self.assertIs(frappe.local.jenv.bytecode_cache, CACHE_KODE)
				return get_response(path).get_data(as_text=True)
			finally:
				frappe.local.request = lama
				frappe.local.jenv = None

		CACHE_KODE.clear()
		pertama = halaman(self.s.staf1)
		self.assertTrue(CACHE_KODE._kode)
		with patch.object(CACHE_KODE, "dump_bytecode", wraps=CACHE_KODE.dump_bytecode) as simpan:
			kedua = halaman(self.s.staf2)
		self.assertEqual(simpan.call_count, 0, "templates compiled again")
		nama1 = frappe.db.get_value("Employee", self.s.staf1, "employee_name")
		nama2 = frappe.db.get_value("Employee", self.s.staf2, "employee_name")
		self.assertIn(nama1, pertama)
		self.assertIn(nama2, kedua)
		self.assertNotIn(nama1, kedua)
		# an API call gets no cache (its environment, if any, is Frappe's own)
		lama = getattr(frappe.local, "request", None)
		set_request(method="GET", path="/api/method/ping")
		try:
			frappe.local.jenv = None
			pasang_cache_templat()
			self.assertIsNone(getattr(frappe.local, "jenv", None))
		finally:
			frappe.local.request = lama

	# The pages' own frame (services/portal/bingkai.py) ----------------------------------------------

	def halaman(self, path="kinerja", user=None):
		lama = getattr(frappe.local, "request", None)
		frappe.local.form_dict = frappe._dict()
		set_request(method="GET", path=f"/{path}")
		try:
			return get_response(path)
		finally:
			frappe.local.request = lama

	def test_pages_render_on_the_apps_own_frame(self):
		self.as_user(self.s.staf1)
		user = self.s.user[self.s.staf1]
		first_name = frappe.db.get_value("User", user, "first_name")
		frappe.db.set_value("User", user, "first_name", "<i>Staf</i>")
		frappe.local.fullnames = {}
		self.addCleanup(frappe.db.set_value, "User", user, "first_name", first_name)
		frappe.local.session.data.csrf_token = "token-uji"
		for path in (
			"kinerja",
			"kinerja/realisasi",
			"kinerja/tim",
			"kinerja/penilaian",
			"kinerja/angka_kredit",
		):
			respons = self.halaman(path)
			html = respons.get_data(as_text=True)
			self.assertEqual(respons.status_code, 200, path)
			self.assertIn("no-store", respons.headers["Cache-Control"])
			self.assertIn('window.frappe = {csrf_token: "token-uji"}', html)
			self.assertIn("&lt;i&gt;Staf&lt;/i&gt;", html)  # the user's name, escaped
			self.assertNotIn("<i>Staf</i>", html)
			self.assertNotIn("<symbol", html)  # no inline icon sprite
			self.assertLess(len(html), 120_000, path)
		self.assertIn(
			frappe.db.get_value("Employee", self.s.staf1, "employee_name"),
			self.halaman().get_data(as_text=True),
		)

	def test_guest_goes_to_login_and_back(self):
		frappe.set_user("Guest")
		respons = self.halaman("kinerja/tim")
		self.assertIn(respons.status_code, (301, 302))
		self.assertIn("/login?redirect-to=%2Fkinerja%2Ftim", respons.headers["Location"])

	def test_other_paths_resolve_as_frappe_resolves_them(self):
		from frappe.website.path_resolver import resolve_path

		from kinerja_asn.services.portal.bingkai import selesaikan_path

		lama = getattr(frappe.local, "request", None)
		try:
			for path in ("about", "me", "orders/SO-0001", "app/skp", "kinerja-lain"):
				set_request(method="GET", path=f"/{path}")
				frappe.local.form_dict = frappe._dict()
				self.assertEqual(selesaikan_path(path), resolve_path(path), path)
		finally:
			frappe.local.request = lama
		self.assertEqual(selesaikan_path("kinerja/tim"), "kinerja/tim")
