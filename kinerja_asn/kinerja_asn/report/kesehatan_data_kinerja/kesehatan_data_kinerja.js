// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.query_reports["Kesehatan Data Kinerja"] = {
	filters: [
		{
			fieldname: "company",
			label: __("Instansi"),
			fieldtype: "Link",
			options: "Company",
			reqd: 1,
			default: frappe.defaults.get_user_default("Company"),
		},
		{
			fieldname: "department",
			label: __("Unit Kerja (beserta sub-unit)"),
			fieldtype: "Link",
			options: "Department",
			get_query: () => ({
				filters: { company: frappe.query_report.get_filter_value("company") },
			}),
		},
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "masalah" && data) {
			value = `<span class="indicator-pill red">${value}</span>`;
		}
		return value;
	},
};
