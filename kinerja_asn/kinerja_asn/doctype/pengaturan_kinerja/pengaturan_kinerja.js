// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

const TABEL_PENGATURAN = {
	matriks_predikat: __("Matriks Predikat"),
	pita_nilai_capaian: __("Pita Nilai Capaian"),
	pita_predikat_nilai: __("Predikat dari Nilai Akhir"),
	aturan_distribusi: __("Aturan Distribusi"),
	persentase_angka_kredit: __("Persentase Konversi Predikat"),
};

frappe.ui.form.on("Pengaturan Kinerja", {
	refresh(frm) {
		if (!frm.perm[0] || !frm.perm[0].write) return;
		Object.entries(TABEL_PENGATURAN).forEach(([tabel, label]) => {
			frm.add_custom_button(
				label,
				() =>
					frappe.confirm(
						__("Kembalikan {0} ke nilai bawaan regulasi?", [label]),
						() =>
							frm.call({ doc: frm.doc, method: "kembalikan_bawaan", args: { tabel } }).then(() =>
								frm.reload_doc()
							)
					),
				__("Kembalikan Bawaan")
			);
		});
	},
});
