// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("Rencana Hasil Kerja", {
	setup(frm) {
		frm.set_query("skp", () => ({ filters: { docstatus: 0 } }));
		// Only the Pejabat Penilai's RHK of the same period can be intervened.
		frm.set_query("rhk_intervensi", () => ({
			filters: {
				employee: frm.doc.pejabat_penilai || "__none__",
				periode_kinerja: frm.doc.periode_kinerja,
				name: ["!=", frm.doc.name || ""],
			},
		}));
	},

	refresh(frm) {
		// Locked by its SKP (the server says why): read-only and no Save, rather than a refusal on save.
		const terkunci = frm.doc.__onload && frm.doc.__onload.terkunci;
		if (terkunci && !frm.is_new()) {
			frm.disable_form();
			frm.set_intro(__("Dokumen terkunci: {0}", [frappe.utils.escape_html(terkunci)]), "orange");
		}
		if (frm.doc.perlu_ditinjau) {
			frm.dashboard.set_headline_alert(
				__("RHK pimpinan yang diintervensi telah dihapus dalam perubahan SKP pimpinan. Pilih RHK pimpinan yang baru."),
				"orange"
			);
		}
	},
});

frappe.ui.form.on("Rencana Hasil Kerja", {
	refresh(frm) {
		const terkunci = frm.doc.__onload && frm.doc.__onload.terkunci;
		if (frm.doc.menunggu_rhk_pimpinan && frm.doc.saran_rhk_pimpinan && !frm.is_new() && !terkunci) {
			frm.add_custom_button(__("Tautkan ke Saran RHK Pimpinan"), () =>
				frm.call({ doc: frm.doc, method: "tautkan_saran" }).then(() => frm.reload_doc())
			);
		}
	},
});
