// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.query_reports["Antrean Tim Penilai"] = {
	filters: [{ fieldname: "jabatan_fungsional", label: __("Jabatan Fungsional"), fieldtype: "Link", options: "Jabatan Fungsional" }],
};
