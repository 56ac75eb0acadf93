// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

{% include "kinerja_asn/public/js/laporan.js" %}

frappe.query_reports["Menunggu Pimpinan"] = {
	filters: [
		{
			fieldname: "periode_kinerja",
			label: __("Periode Kinerja"),
			fieldtype: "Link",
			options: "Periode Kinerja",
			reqd: 1,
			get_query: () => ({ filters: { jenis: "Tahunan" } }),
		},
	],
	onload(report) {
		return kinerja_asn.laporan.isi_periode_berjalan(report);
	},
};
