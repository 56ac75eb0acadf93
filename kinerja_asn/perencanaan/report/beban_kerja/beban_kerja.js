// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

{% include "kinerja_asn/public/js/laporan.js" %}

frappe.query_reports["Beban Kerja"] = {
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
			fieldname: "ukuran",
			label: __("Ukuran Beban"),
			fieldtype: "Select",
			options: [
				{ value: "bobot_rhk", label: __("RHK berbobot") },
				{ value: "bobot_iki", label: __("IKI berbobot") },
			],
			default: "bobot_rhk",
		},
		{ fieldname: "termasuk_draft", label: __("Termasuk SKP Belum Disetujui"), fieldtype: "Check" },
	],
	tree: true,
	name_field: "id",
	parent_field: "parent",
	initial_depth: 1,
	onload(report) {
		return kinerja_asn.laporan.isi_periode_berjalan(report);
	},
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "status" && data && data.arah) {
			const warna = data.arah === "tinggi" ? "red" : "orange";
			value = `<span class="indicator-pill ${warna}">${value}</span>`;
		}
		if (column.fieldname === "nama" && data && !data.parent) {
			value = `<b>${value}</b>`;
		}
		return value;
	},
};
