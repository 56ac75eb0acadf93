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
		.then((r) => {
			if (!r.message || filter.get_value()) return;
			// Frappe runs the report as soon as onload resolves; a Link filter reads its value only
			// once its title is fetched, so wait for that (at most 2 s), else "Please set filters".
			return Promise.resolve(filter.set_value(r.message)).then(
				() =>
					new Promise((selesai) => {
						let n = 0;
						const tunggu = () =>
							filter.get_value() || ++n > 40 ? selesai() : setTimeout(tunggu, 50);
						tunggu();
					})
			);
		});
};
