frappe.provide("frappe.dashboards.chart_sources");

// Each IKU/IKK per month or quarter against 100%, for the current year unless a period is chosen.
frappe.dashboards.chart_sources["Capaian IKU Tahun Berjalan"] = {
	method: "kinerja_asn.api.dasbor.capaian_iku",
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
			get_query: () => ({ filters: { jenis: "Tahunan" } }),
		},
	],
};
