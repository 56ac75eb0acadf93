"""Shared set-up and factories for the Frappe integration tests (run with `bench run-tests`)."""

import random

import frappe
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
