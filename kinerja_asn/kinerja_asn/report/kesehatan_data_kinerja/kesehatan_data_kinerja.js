// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

{% include "kinerja_asn/public/js/laporan.js" %}

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
			// whose employees are checked: as of today while the period runs, else its first or
			// last day (the form of a Periode Kinerja opens the report on itself)
			fieldname: "periode_kinerja",
			label: __("Periode Kinerja"),
			fieldtype: "Link",
			options: "Periode Kinerja",
			get_query: () => ({
				filters: { company: frappe.query_report.get_filter_value("company") },
			}),
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
	onload(report) {
		return kinerja_asn.laporan.isi_periode_berjalan(report);
	},
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "masalah" && data) {
			value = `<span class="indicator-pill red">${value}</span>`;
		}
		return value;
	},
};
