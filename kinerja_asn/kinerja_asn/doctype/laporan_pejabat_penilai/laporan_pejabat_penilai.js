// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("Laporan Pejabat Penilai", {
	setup(frm) {
		// The server sets the reporter from the session; this only narrows the SKP list to one's own.
		frm.set_query("skp", () => ({
			filters: {
				employee: frm.doc.pegawai || frm.pegawai_sesi || "",
				docstatus: ["<", 2],
			},
		}));
	},

	onload(frm) {
		if (frm.is_new() && !frm.doc.pegawai) {
			frappe.db
				.get_value("Employee", { user_id: frappe.session.user, status: "Active" }, "name")
				.then((r) => {
					frm.pegawai_sesi = r.message && r.message.name;
				});
		}
	},
});
