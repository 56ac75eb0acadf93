// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.query_reports["Akumulasi Angka Kredit"] = {
	filters: [
		{ fieldname: "company", label: __("Instansi"), fieldtype: "Link", options: "Company" },
		{ fieldname: "department", label: __("Unit (dengan sub-unit)"), fieldtype: "Link", options: "Department" },
		{ fieldname: "jabatan_fungsional", label: __("Jabatan Fungsional"), fieldtype: "Link", options: "Jabatan Fungsional" },
		{ fieldname: "jenjang", label: __("Jenjang"), fieldtype: "Link", options: "Jenjang Jabatan Fungsional" },
		{ fieldname: "hanya_layak", label: __("Hanya yang Memenuhi Angka Kredit"), fieldtype: "Check" },
	],
};
