// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("Periode Kinerja", {
	setup(frm) {
		frm.set_query("periode_induk", () => ({
			filters: { jenis: "Tahunan", company: frm.doc.company },
		}));
	},

	refresh(frm) {
		if (!frm.is_new() && frm.doc.jenis === "Tahunan" && frappe.model.can_create("Periode Kinerja")) {
			frm.add_custom_button(__("Buat Sub-Periode"), () => buat_sub_periode(frm));
		}
		if (
			!frm.is_new() &&
			frappe.user.has_role(["Pengelola Kinerja", "Admin Kinerja", "System Manager"])
		) {
			frm.add_custom_button(__("Cek Kesehatan Data"), () =>
				frappe.set_route("query-report", "Kesehatan Data Kinerja", {
					company: frm.doc.company,
					periode_kinerja: frm.doc.name,
				})
			);
		}
		if (!frm.is_new() && frappe.user.has_role("Pengelola Kinerja")) {
			// public/js/penilaian_massal.js: the plan first, then the start
			frm.add_custom_button(__("Buat Penilaian Massal"), () =>
				kinerja_asn.penilaian_massal.buka({ periode: frm.doc.name })
			);
		}
	},
});

function buat_sub_periode(frm) {
	frappe.prompt(
		{
			fieldname: "jenis",
			fieldtype: "Select",
			label: __("Jenis Sub-Periode"),
			options: ["Bulanan", "Triwulan", "Semester"],
			default: "Triwulan",
			reqd: 1,
		},
		(values) => {
			frm.call({
				doc: frm.doc,
				method: "buat_sub_periode",
				args: { jenis: values.jenis },
				freeze: true,
				callback: (r) => {
					const dibuat = r.message || [];
					frappe.show_alert({
						message: dibuat.length
							? __("{0} sub-periode dibuat", [dibuat.length])
							: __("Semua sub-periode sudah ada"),
						indicator: "green",
					});
				},
			});
		},
		__("Buat Sub-Periode"),
		__("Buat")
	);
}
