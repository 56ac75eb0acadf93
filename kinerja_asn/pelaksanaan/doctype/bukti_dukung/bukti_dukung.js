// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("Bukti Dukung", {
	setup(frm) {
		frm.set_query("sub_periode", () => ({
			filters: { jenis: ["in", ["Bulanan", "Triwulan", "Semester"]] },
		}));
	},

	refresh(frm) {
		if (frm.doc.status_verifikasi === "Ditolak" && frm.doc.alasan_penolakan) {
			frm.dashboard.set_headline_alert(
				__("Ditolak: {0}", [frappe.utils.escape_html(frm.doc.alasan_penolakan)]),
				"red"
			);
		}
		if (frm.is_new() || frm.doc.owner === frappe.session.user) return;
		// The approver judges here; the server checks that the session user is the approver.
		frm.add_custom_button(__("Terima"), () => verifikasi(frm, "Diterima"), __("Verifikasi"));
		frm.add_custom_button(
			__("Tolak"),
			() =>
				frappe.prompt(
					{ fieldname: "alasan", fieldtype: "Small Text", label: __("Alasan Penolakan"), reqd: 1 },
					(values) => verifikasi(frm, "Ditolak", values.alasan),
					__("Tolak Bukti Dukung"),
					__("Tolak")
				),
			__("Verifikasi")
		);
	},
});

function verifikasi(frm, status, alasan) {
	frappe
		.xcall("kinerja_asn.api.realisasi.verifikasi_bukti", { name: frm.doc.name, status, alasan })
		.then(() => frm.reload_doc());
}
