// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

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
		{ fieldname: "tampilkan_iki", label: __("Tampilkan IKI"), fieldtype: "Check", default: 1 },
		{ fieldname: "termasuk_draft", label: __("Termasuk SKP Belum Disetujui"), fieldtype: "Check" },
	],
	tree: true,
	name_field: "id",
	parent_field: "parent",
	initial_depth: 3,
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "capaian" && data && data.capaian != null) {
			const color = data.capaian >= 100 ? "green" : data.capaian >= 80 ? "orange" : "red";
			value = `<span class="indicator-pill ${color}">${value}</span>`;
		}
		if (column.fieldname === "uraian" && data && data.tipe !== __("IKI")) {
			value = `<b>${value}</b>`;
		}
		return value;
	},
};
