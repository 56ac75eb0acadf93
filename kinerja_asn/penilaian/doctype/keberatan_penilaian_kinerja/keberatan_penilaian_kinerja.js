// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

const RATING = ["", "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"];

frappe.ui.form.on("Keberatan Penilaian Kinerja", {
	refresh(frm) {
		if (frm.is_new() || frm.doc.docstatus !== 0 || frm.doc.user_pemutus !== frappe.session.user) return;
		frm.add_custom_button(__("Putuskan Keberatan"), () => putuskan(frm)).addClass("btn-primary");
	},
});

function putuskan(frm) {
	const delapan = frm.doc.regulasi === "PermenPAN-RB 8/2021";
	const ubah = "eval:doc.keputusan=='Diubah'";
	const fields = [
		{ fieldname: "keputusan", fieldtype: "Select", label: __("Keputusan"), options: ["Ditolak", "Diubah"], reqd: 1 },
		...(delapan
			? [{ fieldname: "nilai_akhir", fieldtype: "Float", label: __("Nilai Akhir Baru"), depends_on: ubah }]
			: [
					{ fieldname: "rating_hasil_kerja", fieldtype: "Select", label: __("Rating Hasil Kerja Baru"), options: RATING, depends_on: ubah },
					{ fieldname: "rating_perilaku_kerja", fieldtype: "Select", label: __("Rating Perilaku Kerja Baru"), options: RATING, depends_on: ubah },
			  ]),
		{ fieldname: "pertimbangan", fieldtype: "Text", label: __("Pertimbangan"), reqd: 1 },
	];
	frappe.prompt(
		fields,
		(values) =>
			frappe
				.xcall("kinerja_asn.api.penilaian.putuskan_keberatan", { keberatan: frm.doc.name, ...values })
				.then(() => frm.reload_doc()),
		__("Keputusan Atasan Pejabat Penilai (final)"),
		__("Putuskan")
	);
}
