// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("SKP", {
	setup(frm) {
		["pejabat_penilai", "atasan_pejabat_penilai"].forEach((field) =>
			frm.set_query(field, () => ({ filters: { status: "Active", name: ["!=", frm.doc.employee || ""] } }))
		);
		frm.set_query("periode_kinerja", () => ({ filters: { status: ["!=", "Selesai"] } }));
	},

	refresh(frm) {
		if (frm.is_new()) return;
		if (frm.doc.docstatus === 0 && ["Draft", "Dikembalikan"].includes(frm.doc.status)) {
			frm.add_custom_button(__("Tambah RHK"), () =>
				frappe.new_doc("Rencana Hasil Kerja", { skp: frm.doc.name })
			);
		}
		if (frm.doc.catatan_pengembalian && frm.doc.status === "Dikembalikan") {
			frm.dashboard.set_headline_alert(
				__("Dikembalikan oleh Pejabat Penilai: {0}", [frappe.utils.escape_html(frm.doc.catatan_pengembalian)]),
				"orange"
			);
		}
		if (frm.doc.docstatus === 1 && frm.doc.status === "Disetujui") {
			frm.add_custom_button(__("Turunkan ke Bawahan"), () => turunkan_ke_bawahan(frm), __("Tindakan"));
			frm.add_custom_button(__("Buat Revisi"), () => buat_revisi(frm), __("Tindakan"));
		}
		if (frm.doc.docstatus < 2 && !["Digantikan", "Ditutup"].includes(frm.doc.status)
			&& frappe.user.has_role("Pengelola Kinerja")) {
			frm.add_custom_button(__("Mutasi Pegawai"), () => mutasi(frm), __("Tindakan"));
		}
	},

	before_workflow_action(frm) {
		if (!menuju_status(frm, ["Dikembalikan"])) return;
		return new Promise((resolve, reject) => {
			frappe.prompt(
				{ fieldname: "catatan", fieldtype: "Small Text", label: __("Alasan Pengembalian"), reqd: 1 },
				(values) =>
					frappe
						.xcall("kinerja_asn.api.skp.simpan_catatan_pengembalian", {
							skp: frm.doc.name,
							catatan: values.catatan,
						})
						.then(resolve, reject),
				__("Kembalikan SKP"),
				__("Kembalikan")
			);
		});
	},
});

function tampilkan_hasil(r, pesan) {
	if (r.antrian) {
		frappe.show_alert({ message: __("Diproses di latar belakang ({0} dokumen)", [r.jumlah]), indicator: "blue" });
	} else {
		frappe.show_alert({ message: __(pesan, [r.jumlah]), indicator: "green" });
	}
}

function turunkan_ke_bawahan(frm) {
	frappe.prompt(
		{
			fieldname: "jenis_kaskade",
			fieldtype: "Select",
			label: __("Jenis Kaskade"),
			options: ["Langsung", "Tidak Langsung"],
			default: "Langsung",
		},
		(values) =>
			frappe
				.xcall("kinerja_asn.api.skp.turunkan_ke_bawahan", { skp: frm.doc.name, ...values })
				.then((r) => tampilkan_hasil(r, "{0} RHK diusulkan ke bawahan")),
		__("Turunkan ke Bawahan"),
		__("Turunkan")
	);
}

function buat_revisi(frm) {
	frappe.prompt(
		{ fieldname: "alasan", fieldtype: "Small Text", label: __("Alasan Perubahan"), reqd: 1 },
		(values) =>
			frappe
				.xcall("kinerja_asn.api.skp.buat_revisi", { skp: frm.doc.name, alasan: values.alasan })
				.then((name) => frappe.set_route("Form", "SKP", name)),
		__("Buat Revisi SKP"),
		__("Buat")
	);
}

function mutasi(frm) {
	frappe.prompt(
		[
			{ fieldname: "tanggal", fieldtype: "Date", label: __("Tanggal Mutasi"), reqd: 1 },
			{ fieldname: "alasan", fieldtype: "Small Text", label: __("Keterangan") },
		],
		(values) =>
			frappe
				.xcall("kinerja_asn.api.skp.mutasi", { skp: frm.doc.name, ...values })
				.then((name) => frappe.set_route("Form", "SKP", name)),
		__("Mutasi Pegawai"),
		__("Proses")
	);
}
