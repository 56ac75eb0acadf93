// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

const TINGKAT_SASARAN = ["Tujuan", "Sasaran Strategis", "Sasaran Program", "Sasaran Kegiatan"];

frappe.ui.form.on("Sasaran Strategis", {
	setup(frm) {
		frm.set_query("renstra", () => ({ filters: { status: ["in", ["Draft", "Aktif"]] } }));
		frm.set_query("parent_sasaran_strategis", () => {
			const urutan = TINGKAT_SASARAN.indexOf(frm.doc.tingkat);
			return {
				filters: {
					renstra: frm.doc.renstra,
					tingkat: urutan > 0 ? TINGKAT_SASARAN[urutan - 1] : "",
				},
			};
		});
	},

	refresh(frm) {
		if (!frm.is_new() && frm.doc.is_group) {
			frm.add_custom_button(__("Pohon Sasaran"), () => {
				frappe.route_options = { renstra: frm.doc.renstra };
				frappe.set_route("Tree", "Sasaran Strategis");
			});
		}
	},

	parent_sasaran_strategis(frm) {
		if (!frm.doc.parent_sasaran_strategis) return;
		frappe.db
			.get_value("Sasaran Strategis", frm.doc.parent_sasaran_strategis, "tingkat")
			.then(({ message }) => {
				const urutan = TINGKAT_SASARAN.indexOf(message && message.tingkat);
				if (urutan >= 0 && urutan + 1 < TINGKAT_SASARAN.length) {
					frm.set_value("tingkat", TINGKAT_SASARAN[urutan + 1]);
				}
			});
	},
});
