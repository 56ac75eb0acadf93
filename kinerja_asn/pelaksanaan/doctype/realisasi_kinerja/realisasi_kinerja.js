// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("Realisasi Kinerja", {
	setup(frm) {
		frm.set_query("skp", () => ({ filters: { docstatus: 1, status: "Disetujui" } }));
		frm.set_query("sub_periode", () => ({
			filters: {
				periode_induk: frm.doc.periode_kinerja || "",
				jenis: ["in", ["Bulanan", "Triwulan", "Semester"]],
			},
		}));
	},

	refresh(frm) {
		if (frm.doc.catatan_verifikasi && frm.doc.status === "Revisi") {
			frm.dashboard.set_headline_alert(
				__("Dikembalikan oleh Pejabat Penilai: {0}", [frappe.utils.escape_html(frm.doc.catatan_verifikasi)]),
				"orange"
			);
		}
		if (frm.doc.docstatus === 1 && frm.doc.diverifikasi_sebagai) {
			frm.dashboard.set_headline_alert(
				__("Diverifikasi oleh {0} selaku {1} Pejabat Penilai", [
					frappe.utils.escape_html(frm.doc.diverifikasi_oleh),
					frm.doc.diverifikasi_sebagai,
				]),
				"blue"
			);
		}
	},

	before_workflow_action(frm) {
		if (!menuju_status(frm, ["Revisi", "Dikembalikan"])) return;
		return new Promise((resolve, reject) => {
			frappe.prompt(
				{ fieldname: "catatan", fieldtype: "Small Text", label: __("Catatan Perbaikan"), reqd: 1 },
				(values) =>
					frappe
						.xcall("kinerja_asn.api.realisasi.simpan_catatan_revisi", {
							name: frm.doc.name,
							catatan: values.catatan,
						})
						.then(resolve, reject),
				__("Kembalikan Realisasi"),
				__("Kembalikan")
			);
		});
	},
});

frappe.ui.form.on("Realisasi IKI", {
	realisasi(frm, cdt, cdn) {
		// a typed value, 0 included, is a report; capaian follows on save
		frappe.model.set_value(cdt, cdn, "terisi", 1);
	},
});
