// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

{% include "kinerja_asn/public/js/laporan.js" %}

frappe.query_reports["Distribusi Predikat Unit"] = {
	filters: [
		{
			fieldname: "periode",
			label: __("Periode Penilaian"),
			fieldtype: "Link",
			options: "Periode Kinerja",
			reqd: 1,
		},
		{
			fieldname: "hanya_ditetapkan",
			label: __("Hanya Penilaian yang Ditetapkan"),
			fieldtype: "Check",
		},
	],
	onload(report) {
		report.page.add_inner_button(__("Papan Kalibrasi"), () => {
			frappe.route_options = { periode: report.get_filter_value("periode") };
			frappe.set_route("papan-kalibrasi");
		});
		return kinerja_asn.laporan.isi_periode_berjalan(report, "periode");
	},
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "status" && data) {
			const warna = { Melanggar: "red", Sesuai: "green" }[data.status_kode] || "orange";
			value = `<span class="indicator-pill ${warna}">${value}</span>`;
		}
		return value;
	},
};
