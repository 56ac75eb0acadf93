// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

// The app's own status in Indonesian (never "Submitted", never a workflow state's name).
const WARNA_STATUS_PENILAIAN = { Draft: "gray", Dinilai: "orange", Ditetapkan: "green", Dibatalkan: "red" };

frappe.listview_settings["Penilaian Kinerja"] = {
	add_fields: ["status", "predikat"],
	has_indicator_for_draft: true,
	has_indicator_for_cancelled: true,
	get_indicator(doc) {
		const status = doc.status || (doc.docstatus == 2 ? "Dibatalkan" : "Draft");
		return [__(status), WARNA_STATUS_PENILAIAN[status] || "gray", "status,=," + status];
	},
	onload(listview) {
		if (!frappe.user.has_role("Pengelola Kinerja")) return;
		// public/js/penilaian_massal.js: the plan first, then the start
		listview.page.add_inner_button(__("Buat Penilaian Massal"), () =>
			kinerja_asn.penilaian_massal.buka({ setelah: () => listview.refresh() })
		);
	},
};
