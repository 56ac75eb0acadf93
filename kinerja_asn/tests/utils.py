"""Shared set-up and factories for the Frappe integration tests (run with `bench run-tests`)."""

import random

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import now_datetime

TEST_COMPANY = "Kementerian Contoh"
TEST_COMPANY_ABBR = "KC"


def before_tests():
	"""Complete the setup wizard for an Indonesian agency when the site has no company yet."""
	frappe.clear_cache()
	if not frappe.db.a_row_exists("Company"):
		from frappe.desk.page.setup_wizard.setup_wizard import setup_complete

		year = now_datetime().year
		setup_complete(
			{
				"currency": "IDR",
				"full_name": "Test User",
				"company_name": TEST_COMPANY,
				"timezone": "Asia/Jakarta",
				"company_abbr": TEST_COMPANY_ABBR,
				"industry": "Government",
				"country": "Indonesia",
				"fy_start_date": f"{year}-01-01",
				"fy_end_date": f"{year}-12-31",
				"language": "english",
				"company_tagline": "Testing",
				"email": "test@kinerja-asn.local",
				"password": "test",
				"chart_of_accounts": "Standard",
			}
		)
	from kinerja_asn.install import after_migrate

	after_migrate()
	frappe.db.commit()  # nosemgrep


class KinerjaTestCase(FrappeTestCase):
	"""Each test runs inside a savepoint, so data made in one test never leaks into the next while
	what setUpClass made stays for the whole class."""

	def setUp(self):
		super().setUp()
		frappe.set_user("Administrator")
		frappe.db.savepoint("kinerja_test")

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback(save_point="kinerja_test")
		super().tearDown()


def get_company() -> str:
	return (
		frappe.db.get_single_value("Global Defaults", "default_company")
		or frappe.get_all("Company", pluck="name", limit=1)[0]
	)


def make_nip(tahun_lahir: int = 1990, urutan: int | None = None, jenis_kelamin: int = 1) -> str:
	"""A NIP with a valid structure: birth date, TMT CPNS month, gender, sequence."""
	urutan = urutan if urutan is not None else random.randint(1, 999)
	return f"{tahun_lahir}0115{tahun_lahir + 25}03{jenis_kelamin}{urutan:03d}"


def make_user(email: str, roles: tuple[str, ...] = ()) -> str:
	if not frappe.db.exists("User", email):
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": email.split("@")[0],
				"send_welcome_email": 0,
				"enabled": 1,
				"user_type": "System User",
			}
		).insert(ignore_permissions=True)
	else:
		user = frappe.get_doc("User", email)
	missing = [role for role in roles if role not in frappe.get_roles(email)]
	if missing:
		user.add_roles(*missing)
	return email


def make_employee_user(email: str) -> str:
	"""A user who is an active employee (ERPNext strips the Employee role from users without one)."""
	make_employee(email.split("@")[0].replace(".", " ").title(), user=email)
	return email


def make_employee(name: str, **fields) -> str:
	"""An active Employee of the test company, with a user when `user` is given."""
	existing = frappe.db.get_value(
		"Employee", {"first_name": name, "company": fields.get("company") or get_company()}
	)
	if existing:
		return existing
	user = fields.pop("user", None)
	if user:
		make_user(user, ("Employee",))
	doc = frappe.get_doc(
		{
			"doctype": "Employee",
			"first_name": name,
			"gender": "Male",
			"date_of_birth": "1990-01-15",
			"date_of_joining": "2015-03-01",
			"company": get_company(),
			"status": "Active",
			"user_id": user,
			**fields,
		}
	).insert(ignore_permissions=True)
	return doc.name


def make_periode(tahun: int = 2026, **fields) -> str:
	company = fields.pop("company", None) or get_company()
	existing = frappe.db.get_value(
		"Periode Kinerja",
		{"company": company, "jenis": "Tahunan", "tahun": tahun, "periode_induk": ("is", "not set")},
	)
	if existing and not fields:
		return existing
	doc = frappe.get_doc(
		{"doctype": "Periode Kinerja", "jenis": "Tahunan", "tahun": tahun, "company": company, **fields}
	).insert(ignore_permissions=True)
	return doc.name


# Planning -----------------------------------------------------------------------------------------


def make_department(name: str, parent: str | None = None) -> str:
	company = get_company()
	abbr = frappe.db.get_value("Company", company, "abbr")
	full = f"{name} - {abbr}"
	if not frappe.db.exists("Department", full):
		frappe.get_doc(
			{
				"doctype": "Department",
				"department_name": name,
				"company": company,
				"parent_department": parent or "All Departments",
				"is_group": 1,
			}
		).insert(ignore_permissions=True)
	return full


def make_struktur(prefix: str = "Uji") -> frappe._dict:
	"""A small unit: a leader, a JPT under it, an administrator under the JPT and two staff under the
	administrator, each with a user; plus an HR user (Pengelola Kinerja)."""
	unit = make_department(f"Biro {prefix}")
	bagian = make_department(f"Bagian {prefix}", unit)
	slug = prefix.lower().replace(" ", "")
	pimpinan = make_employee(
		f"Pimpinan {prefix}", user=f"pimpinan.{slug}@example.com", department=unit, jenis_jabatan="JPT"
	)
	jpt = make_employee(
		f"JPT {prefix}",
		user=f"jpt.{slug}@example.com",
		department=unit,
		reports_to=pimpinan,
		jenis_jabatan="JPT",
	)
	admin = make_employee(
		f"Administrator {prefix}",
		user=f"admin.{slug}@example.com",
		department=bagian,
		reports_to=jpt,
		jenis_jabatan="Administrator",
	)
	staf1 = make_employee(
		f"Staf Satu {prefix}",
		user=f"staf1.{slug}@example.com",
		department=bagian,
		reports_to=admin,
		jenis_jabatan="Pelaksana",
	)
	staf2 = make_employee(
		f"Staf Dua {prefix}",
		user=f"staf2.{slug}@example.com",
		department=bagian,
		reports_to=admin,
		jenis_jabatan="Fungsional",
		jenjang_jabatan_fungsional="Ahli Pertama",
	)
	hr = make_user(f"hr.{slug}@example.com", ("Pengelola Kinerja", "Employee"))
	return frappe._dict(
		unit=unit,
		bagian=bagian,
		pimpinan=pimpinan,
		jpt=jpt,
		admin=admin,
		staf1=staf1,
		staf2=staf2,
		hr=hr,
		user={e: frappe.db.get_value("Employee", e, "user_id") for e in (pimpinan, jpt, admin, staf1, staf2)},
	)


def make_skp(employee: str, periode: str, **fields) -> str:
	existing = frappe.db.get_value(
		"SKP",
		{
			"employee": employee,
			"periode_kinerja": periode,
			"docstatus": ("<", 2),
			"status": ("not in", ["Digantikan", "Ditutup"]),
		},
	)
	if existing:
		return existing
	return (
		frappe.get_doc({"doctype": "SKP", "employee": employee, "periode_kinerja": periode, **fields})
		.insert(ignore_permissions=True)
		.name
	)


def make_rhk(skp: str, uraian: str, rhk_intervensi: str | None = None, **fields) -> str:
	iki = fields.pop("iki", None) or [
		{"uraian": f"Jumlah {uraian.lower()}", "aspek": "Kuantitas", "target": 10, "satuan": "dokumen"}
	]
	return (
		frappe.get_doc(
			{
				"doctype": "Rencana Hasil Kerja",
				"skp": skp,
				"uraian": uraian,
				"jenis": fields.pop("jenis", "Utama"),
				"rhk_intervensi": rhk_intervensi,
				"iki": iki,
				**fields,
			}
		)
		.insert(ignore_permissions=True)
		.name
	)


def approve_skp(skp: str) -> None:
	"""Submit as the employee and approve as the Pejabat Penilai, through the workflow."""
	from frappe.model.workflow import apply_workflow

	current = frappe.session.user
	doc = frappe.get_doc("SKP", skp)
	try:
		frappe.set_user(doc.employee_user)
		apply_workflow(frappe.get_doc("SKP", skp), "Ajukan")
		frappe.set_user(doc.user_penyetuju)
		apply_workflow(frappe.get_doc("SKP", skp), "Setujui")
	finally:
		frappe.set_user(current)


# Perencanaan: Renstra, sasaran, indikator, Perjanjian Kinerja ------------------------------------


def make_uom(name: str = "Persen") -> str:
	if not frappe.db.exists("UOM", name):
		frappe.get_doc({"doctype": "UOM", "uom_name": name}).insert(ignore_permissions=True)
	return name


def make_renstra(unit: str, tahun_mulai: int = 2025, submit: bool = True, **fields) -> str:
	"""A five-year Renstra of the unit, submitted unless asked otherwise; without extra fields an
	existing one of the same state is reused."""
	company = fields.pop("company", None) or get_company()
	if not fields:
		existing = frappe.db.get_value(
			"Renstra",
			{
				"company": company,
				"unit": unit,
				"tahun_mulai": tahun_mulai,
				"status": "Aktif" if submit else "Draft",
			},
		)
		if existing:
			return existing
	doc = frappe.get_doc(
		{
			"doctype": "Renstra",
			"company": company,
			"unit": unit,
			"tahun_mulai": tahun_mulai,
			"visi": "Birokrasi yang bersih, efektif dan melayani",
			"misi": [{"uraian": "Meningkatkan kualitas pelayanan publik"}],
			**fields,
		}
	).insert(ignore_permissions=True)
	if submit:
		doc.submit()
	return doc.name


def make_sasaran(renstra: str, kode: str, parent: str | None = None, **fields) -> str:
	"""A node of the sasaran tree; its tingkat defaults to one level below the parent (Tujuan at the
	top). An existing node with the same kode in the Renstra is reused."""
	from kinerja_asn.domain.perencanaan import tingkat_berikutnya

	existing = frappe.db.get_value("Sasaran Strategis", {"renstra": renstra, "kode": kode})
	if existing:
		return existing
	if "tingkat" not in fields:
		tingkat_induk = frappe.db.get_value("Sasaran Strategis", parent, "tingkat") if parent else None
		fields["tingkat"] = tingkat_berikutnya(tingkat_induk)
	return (
		frappe.get_doc(
			{
				"doctype": "Sasaran Strategis",
				"renstra": renstra,
				"kode": kode,
				"uraian": fields.pop("uraian", f"Sasaran {kode}"),
				"parent_sasaran_strategis": parent,
				**fields,
			}
		)
		.insert(ignore_permissions=True)
		.name
	)


def make_indikator(
	sasaran: str,
	jenis: str = "IKU",
	targets: dict[int, float | tuple[float, float]] | None = None,
	induk: str | None = None,
	**fields,
) -> str:
	"""An IKU or IKK of the sasaran with yearly targets {tahun: target or (target, target_maks)}."""
	rows = []
	for tahun, target in (targets or {}).items():
		minimum, maksimum = target if isinstance(target, tuple) else (target, None)
		rows.append({"tahun": tahun, "target": minimum, "target_maks": maksimum})
	return (
		frappe.get_doc(
			{
				"doctype": "Indikator Kinerja",
				"jenis": jenis,
				"sasaran": sasaran,
				"uraian": fields.pop("uraian", f"Indeks {jenis} {sasaran}"),
				"satuan": fields.pop("satuan", None) or make_uom(),
				"arah": fields.pop("arah", "naik"),
				"indikator_induk": induk,
				"target_tahunan": rows,
				**fields,
			}
		)
		.insert(ignore_permissions=True)
		.name
	)


def make_perjanjian_kinerja(
	pihak_pertama: str,
	periode: str,
	unit: str | None = None,
	ambil_target: bool = True,
	submit: bool = False,
	**fields,
) -> str:
	"""A Perjanjian Kinerja of a unit leader, filled from the indicators' targets of the period's year
	unless asked otherwise; the unit defaults to the leader's department."""
	doc = frappe.get_doc(
		{
			"doctype": "Perjanjian Kinerja",
			"company": fields.pop("company", None) or get_company(),
			"periode": periode,
			"unit": unit or frappe.db.get_value("Employee", pihak_pertama, "department"),
			"pihak_pertama": pihak_pertama,
			**fields,
		}
	)
	if ambil_target:
		doc.ambil_target_indikator()
	doc.insert(ignore_permissions=True)
	if submit:
		doc.submit()
	return doc.name


# Pelaksanaan ---------------------------------------------------------------------------------------


def make_sub_periode(periode: str, jenis: str = "Bulanan", urutan: int = 1) -> str:
	"""The urutan-th month, quarter or semester of a yearly period (made with its siblings when missing)."""
	from kinerja_asn.domain.periode import bagi_periode

	tahun = int(frappe.db.get_value("Periode Kinerja", periode, "tahun"))
	mulai = bagi_periode(tahun, jenis)[urutan - 1].mulai
	filters = {"periode_induk": periode, "jenis": jenis, "tanggal_mulai": mulai}
	if not frappe.db.exists("Periode Kinerja", filters):
		frappe.get_doc("Periode Kinerja", periode).buat_sub_periode(jenis)
	return frappe.db.get_value("Periode Kinerja", filters)


def make_skp_disetujui(
	employee: str, periode: str, rhk: list[tuple[str, list[dict]]]
) -> tuple[str, list[str]]:
	"""An approved SKP with the given RHK [(uraian, iki rows)], through the workflow."""
	skp = make_skp(employee, periode)
	names = [make_rhk(skp, uraian, iki=iki) for uraian, iki in rhk]
	approve_skp(skp)
	return skp, names


def lewati_bila_ada_demo() -> None:
	"""The demo tests load the demo agency inside their transaction. A site that already holds it
	(the README's site after scripts/run) refuses a second one, so there they are skipped with the
	reason; a test site (CI, the developers' bench) runs them."""
	import unittest

	from kinerja_asn.demo.muat import pegawai_demo_filter

	jumlah = frappe.db.count("Employee", pegawai_demo_filter())
	if jumlah:
		raise unittest.SkipTest(
			f"situs {frappe.local.site} sudah memuat agensi demo ({jumlah} pegawai demo); "
			"uji demo memerlukan situs tanpa demo"
		)
