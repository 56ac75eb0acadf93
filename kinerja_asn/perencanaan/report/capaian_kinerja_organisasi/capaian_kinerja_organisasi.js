// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

{% include "kinerja_asn/public/js/laporan.js" %}

frappe.query_reports["Capaian Kinerja Organisasi"] = {
	filters: [
		{
			fieldname: "company",
			label: __("Instansi"),
			fieldtype: "Link",
			options: "Company",
			default: frappe.defaults.get_user_default("Company"),
		},
		{
			fieldname: "periode_kinerja",
			label: __("Periode Kinerja"),
			fieldtype: "Link",
			options: "Periode Kinerja",
			reqd: 1,
			get_query: () => ({ filters: { jenis: "Tahunan" } }),
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
		{
			fieldname: "jenis_sub_periode",
			label: __("Per"),
			fieldtype: "Select",
			options: ["", "Bulanan", "Triwulan"],
		},
	],
	onload(report) {
		return kinerja_asn.laporan.isi_periode_berjalan(report);
	},
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldtype === "Percent" && data && data[column.fieldname] != null) {
			const v = data[column.fieldname];
			const warna = v >= 100 ? "green" : v >= 80 ? "orange" : "red";
			value = `<span class="indicator-pill ${warna}">${value}</span>`;
		}
		return value;
	},
};
