// Shared by the app's Script Reports: each report's script includes this file with Frappe's include
// tag, which frappe.desk.query_report.get_script renders on the server (no asset build). This file
// must not name that tag itself: Frappe would try to render it again.
frappe.provide("kinerja_asn.laporan");

// For a report's `onload` (Frappe runs the report once it resolves): a period filter left empty
// by the URL gets the current yearly period, of the report's company filter when it has one.
// A value from the URL (route options) is set before onload and kept.
kinerja_asn.laporan.isi_periode_berjalan = function (report, fieldname = "periode_kinerja") {
	const filter = (report.filters || []).find((f) => f.df.fieldname === fieldname);
	if (!filter || filter.get_value()) return;
	const ada_company = (report.filters || []).some((f) => f.df.fieldname === "company");
	const company = ada_company ? report.get_filter_value("company") : null;
	return frappe
		.call({
			method: "kinerja_asn.api.periode.periode_berjalan",
			args: company ? { company } : {},
			type: "GET",
		})
		.then((r) => r.message && !filter.get_value() && filter.set_value(r.message));
};
