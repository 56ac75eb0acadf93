// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("Perjanjian Kinerja", {
	setup(frm) {
		frm.set_query("periode", () => ({
			filters: { jenis: "Tahunan", company: frm.doc.company },
		}));
		frm.set_query("unit", () => ({ filters: { company: frm.doc.company } }));
		frm.set_query("indikator", "sasaran", () => ({
			filters: frm.doc.unit ? { unit: frm.doc.unit } : {},
		}));
	},

	refresh(frm) {
		if (frm.doc.docstatus === 0) {
			frm.add_custom_button(__("Ambil Target Indikator"), () => ambil_target_indikator(frm));
		}
		if (frm.doc.docstatus === 1) {
			// HR or the (acting) leader starts the leader's SKP so the cascade can begin.
			frm.add_custom_button(__("Mulai SKP Pimpinan"), () =>
				frappe
					.xcall("kinerja_asn.api.skp.buat_skp_dari_pk", { perjanjian_kinerja: frm.doc.name })
					.then((skp) => frappe.set_route("Form", "SKP", skp))
			);
		}
	},

	pihak_pertama(frm) {
		if (!frm.doc.pihak_pertama) return;
		frappe.db
			.get_value("Employee", frm.doc.pihak_pertama, ["reports_to", "department"])
			.then(({ message }) => {
				if (!message) return;
				if (message.reports_to && !frm.doc.pihak_kedua) {
					frm.set_value("pihak_kedua", message.reports_to);
				}
				if (message.department && !frm.doc.unit) {
					frm.set_value("unit", message.department);
				}
			});
	},
});

function ambil_target_indikator(frm) {
	frm.call({
		doc: frm.doc,
		method: "ambil_target_indikator",
		freeze: true,
		callback: (r) => {
			frm.dirty();
			frm.refresh_field("sasaran");
			frappe.show_alert({
				message: r.message
					? __("{0} indikator ditambahkan", [r.message])
					: __("Tidak ada indikator baru dengan target tahun ini"),
				indicator: r.message ? "green" : "orange",
			});
		},
	});
}
