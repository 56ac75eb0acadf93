// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("Usulan Angka Kredit", {
	refresh(frm) {
		if (frm.doc.docstatus === 0 && (frm.doc.status || "Draft") === "Draft") {
			frm.add_custom_button(__("Ambil Bukti Bertanda"), () =>
				frappe.xcall("kinerja_asn.api.angka_kredit.bukti_bertanda").then((daftar) => {
					const ada = new Set((frm.doc.rincian || []).map((r) => r.bukti_dukung));
					const baru = (daftar || []).filter((b) => !ada.has(b.name));
					baru.forEach((b) => {
						const row = frm.add_child("rincian");
						row.bukti_dukung = b.name;
						row.uraian = (b.keterangan || "").slice(0, 140);
					});
					frm.refresh_field("rincian");
					frappe.show_alert({
						message: __("{0} bukti ditambahkan; pilih butir kegiatan dan jumlahnya.", [baru.length]),
						indicator: baru.length ? "green" : "orange",
					});
				})
			);
			if (!frm.is_new() && !frm.is_dirty()) {
				frm.add_custom_button(__("Ajukan ke Tim Penilai"), () =>
					frappe
						.xcall("kinerja_asn.api.angka_kredit.ajukan_usulan", { name: frm.doc.name })
						.then(() => frm.reload_doc())
				);
			}
		}
	},
});
