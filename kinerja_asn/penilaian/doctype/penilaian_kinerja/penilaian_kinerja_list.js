// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.listview_settings["Penilaian Kinerja"] = {
	onload(listview) {
		if (!frappe.user.has_role("Pengelola Kinerja")) return;
		// public/js/penilaian_massal.js: the plan first, then the start
		listview.page.add_inner_button(__("Buat Penilaian Massal"), () =>
			kinerja_asn.penilaian_massal.buka({ setelah: () => listview.refresh() })
		);
	},
};
