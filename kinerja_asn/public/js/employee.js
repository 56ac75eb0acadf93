// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("Employee", {
	setup(frm) {
		frm.set_query("jenjang_jabatan_fungsional", () => {
			return { filters: {} };
		});
		frm.set_query("pangkat_golongan", () => ({
			filters: frm.doc.status_asn ? { status_asn: frm.doc.status_asn } : {},
		}));
	},
});
