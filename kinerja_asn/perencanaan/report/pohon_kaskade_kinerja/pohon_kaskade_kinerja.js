// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

{% include "kinerja_asn/public/js/laporan.js" %}

frappe.query_reports["Pohon Kaskade Kinerja"] = {
	filters: [
		{
			fieldname: "periode_kinerja",
			label: __("Periode Kinerja"),
			fieldtype: "Link",
			options: "Periode Kinerja",
			reqd: 1,
			get_query: () => ({ filters: { jenis: "Tahunan" } }),
		},
		{
			fieldname: "indikator",
			label: __("Indikator Kinerja (IKU/IKK)"),
			fieldtype: "Link",
			options: "Indikator Kinerja",
		},
		{ fieldname: "department", label: __("Unit"), fieldtype: "Link", options: "Department" },
		{
			fieldname: "akar",
			label: __("Mulai dari RHK"),
			fieldtype: "Link",
			options: "Rencana Hasil Kerja",
		},
		{ fieldname: "kedalaman", label: __("Jumlah Tingkat"), fieldtype: "Int", default: 2 },
		{ fieldname: "tampilkan_iki", label: __("Tampilkan IKI"), fieldtype: "Check", default: 1 },
		{ fieldname: "termasuk_draft", label: __("Termasuk SKP Belum Disetujui"), fieldtype: "Check" },
	],
	tree: true,
	name_field: "id",
	parent_field: "parent",
	initial_depth: 3,
	onload(report) {
		// "Buka": the RHK below a row, loaded from that row down
		report.page.wrapper.on("click", "[data-buka-akar]", (e) => {
			e.preventDefault();
			report.set_filter_value("akar", $(e.currentTarget).attr("data-buka-akar"));
		});
		return kinerja_asn.laporan.isi_periode_berjalan(report);
	},
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "capaian" && data && data.capaian != null) {
			const color = data.capaian >= 100 ? "green" : data.capaian >= 80 ? "orange" : "red";
			value = `<span class="indicator-pill ${color}">${value}</span>`;
		}
		if (column.fieldname === "bawah" && data && data.bawah) {
			const akar = frappe.utils.escape_html(data.id);
			value = `<a href="#" data-buka-akar="${akar}">${__("Buka")} (${cint(data.bawah)})</a>`;
		}
		if (column.fieldname === "uraian" && data && data.tipe !== __("IKI")) {
			value = `<b>${value}</b>`;
		}
		return value;
	},
};
