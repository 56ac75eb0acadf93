// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("Indikator Kinerja", {
	setup(frm) {
		frm.set_query("sasaran", () => ({
			filters: frm.doc.renstra ? { renstra: frm.doc.renstra } : {},
		}));
		frm.set_query("indikator_induk", () => ({
			filters: { jenis: "IKU", name: ["!=", frm.doc.name || ""] },
		}));
	},

	refresh(frm) {
		if (!frm.is_new()) {
			frm.add_custom_button(__("Indikator Turunan"), () => {
				frappe.route_options = { indikator_induk: frm.doc.name };
				frappe.set_route("List", "Indikator Kinerja");
			});
		}
	},
});

frappe.ui.form.on("Target Indikator Tahunan", {
	target_tahunan_add(frm, cdt, cdn) {
		const tahun = (frm.doc.target_tahunan || []).map((t) => cint(t.tahun)).filter(Boolean);
		if (tahun.length) {
			frappe.model.set_value(cdt, cdn, "tahun", Math.max(...tahun) + 1);
		}
	},
});
