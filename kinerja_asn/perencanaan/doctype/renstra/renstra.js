// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("Renstra", {
	setup(frm) {
		frm.set_query("unit", () => ({ filters: { company: frm.doc.company } }));
	},

	refresh(frm) {
		if (frm.doc.digantikan_oleh) {
			frm.set_intro(
				__("Renstra ini sudah digantikan oleh {0}.", [
					`<a href="/app/renstra/${encodeURIComponent(frm.doc.digantikan_oleh)}">${frappe.utils.escape_html(frm.doc.digantikan_oleh)}</a>`,
				]),
				"orange"
			);
		}
		if (!frm.is_new()) {
			frm.add_custom_button(__("Pohon Sasaran"), () => {
				frappe.route_options = { renstra: frm.doc.name };
				frappe.set_route("Tree", "Sasaran Strategis");
			});
		}
		if (frm.doc.docstatus === 1 && !frm.doc.digantikan_oleh && frappe.model.can_create("Renstra")) {
			frm.add_custom_button(__("Buat Revisi"), () => buat_revisi(frm));
		}
	},

	tahun_mulai(frm) {
		if (frm.doc.tahun_mulai) {
			frm.set_value("tahun_selesai", cint(frm.doc.tahun_mulai) + 4);
		}
	},
});

function buat_revisi(frm) {
	frappe.prompt(
		[
			{
				fieldname: "alasan",
				fieldtype: "Small Text",
				label: __("Alasan Revisi"),
				reqd: 1,
			},
			{
				fieldname: "salin_sasaran",
				fieldtype: "Check",
				label: __("Salin sasaran dan indikator ke versi baru"),
				default: 1,
			},
		],
		(values) => {
			frm.call({
				doc: frm.doc,
				method: "buat_revisi",
				args: values,
				freeze: true,
				callback: (r) => r.message && frappe.set_route("Form", "Renstra", r.message),
			});
		},
		__("Buat Revisi Renstra"),
		__("Buat")
	);
}
