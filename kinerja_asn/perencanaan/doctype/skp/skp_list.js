// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.listview_settings["SKP"] = {
	add_fields: ["status", "employee_name", "periode_kinerja"],
	onload(listview) {
		if (!frappe.user.has_role("Pengelola Kinerja")) return;
		listview.page.add_inner_button(__("Buat SKP Massal"), () => {
			frappe.prompt(
				[
					{ fieldname: "periode_kinerja", fieldtype: "Link", options: "Periode Kinerja", label: __("Periode Kinerja"), reqd: 1 },
					{ fieldname: "department", fieldtype: "Link", options: "Department", label: __("Unit Kerja") },
					{ fieldname: "termasuk_sub_unit", fieldtype: "Check", label: __("Termasuk Sub-Unit"), default: 1 },
				],
				(values) =>
					frappe.xcall("kinerja_asn.api.skp.buat_skp_massal", values).then((r) => {
						frappe.show_alert({
							message: r.antrian
								? __("Pembuatan SKP diproses di latar belakang")
								: __("{0} SKP dibuat", [r.jumlah]),
							indicator: "green",
						});
						listview.refresh();
					}),
				__("Buat SKP Massal"),
				__("Buat")
			);
		});
	},
};
