"""What kinerja_asn installs into a site, as plain data.

Kept free of Frappe so that the metadata tests can check it without a bench.
"""

ROLES: tuple[str, ...] = ("Pengelola Kinerja", "Admin Kinerja", "Tim Penilai Angka Kredit")

# Access the app's roles need on platform DocTypes: HR fixes employees and units.
ROLE_PERMISSIONS: dict[str, dict[str, tuple[str, ...]]] = {
	"Employee": {"Pengelola Kinerja": ("read", "write", "report", "export", "print")},
	"Department": {"Pengelola Kinerja": ("read", "write", "report")},
}

JENIS_JABATAN = "JPT\nAdministrator\nPengawas\nPelaksana\nFungsional"

CUSTOM_FIELDS: dict[str, list[dict]] = {
	"Employee": [
		{
			"fieldname": "data_asn_section",
			"fieldtype": "Section Break",
			"label": "Data ASN",
			"insert_after": "branch",
			"collapsible": 0,
		},
		{
			"fieldname": "nip",
			"fieldtype": "Data",
			"label": "NIP",
			"insert_after": "data_asn_section",
			"unique": 1,
			"length": 18,
			"in_standard_filter": 1,
			"in_global_search": 1,
			"description": "Nomor Induk Pegawai, 18 digit",
		},
		{
			"fieldname": "status_asn",
			"fieldtype": "Select",
			"label": "Status ASN",
			"options": "\nPNS\nPPPK",
			"insert_after": "nip",
			"in_standard_filter": 1,
		},
		{
			"fieldname": "pangkat_golongan",
			"fieldtype": "Link",
			"label": "Pangkat/Golongan",
			"options": "Pangkat Golongan",
			"insert_after": "status_asn",
		},
		{
			"fieldname": "tmt_jabatan",
			"fieldtype": "Date",
			"label": "TMT Jabatan",
			"insert_after": "pangkat_golongan",
		},
		{
			"fieldname": "data_asn_column_break",
			"fieldtype": "Column Break",
			"insert_after": "tmt_jabatan",
		},
		{
			"fieldname": "jenis_jabatan",
			"fieldtype": "Select",
			"label": "Jenis Jabatan",
			"options": "\n" + JENIS_JABATAN,
			"insert_after": "data_asn_column_break",
			"in_standard_filter": 1,
		},
		{
			"fieldname": "jabatan_fungsional",
			"fieldtype": "Link",
			"label": "Jabatan Fungsional",
			"options": "Jabatan Fungsional",
			"insert_after": "jenis_jabatan",
			"depends_on": "eval:doc.jenis_jabatan=='Fungsional'",
		},
		{
			"fieldname": "jenjang_jabatan_fungsional",
			"fieldtype": "Link",
			"label": "Jenjang Jabatan Fungsional",
			"options": "Jenjang Jabatan Fungsional",
			"insert_after": "jabatan_fungsional",
			"depends_on": "eval:doc.jenis_jabatan=='Fungsional'",
		},
	],
	"Department": [
		{
			"fieldname": "kepala_unit",
			"fieldtype": "Link",
			"label": "Kepala Unit",
			"options": "Employee",
			"insert_after": "parent_department",
			"ignore_user_permissions": 1,
			"description": "Pejabat yang memimpin unit ini",
		},
		{
			"fieldname": "nama_kepala_unit",
			"fieldtype": "Data",
			"label": "Nama Kepala Unit",
			"insert_after": "kepala_unit",
			"fetch_from": "kepala_unit.employee_name",
			"read_only": 1,
		},
	],
}
