// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

// The indicator shows the app's own status (Indonesian), never docstatus ("Submitted") nor a
// workflow state's name, which an admin may rename (services/alur.py).
const WARNA_STATUS_SKP = {
	Draft: "red",
	Diajukan: "orange",
	Ditinjau: "orange",
	Dikembalikan: "red",
	Disetujui: "green",
	Digantikan: "gray",
	Ditutup: "darkgrey",
	Dibatalkan: "red",
};

frappe.listview_settings["SKP"] = {
	add_fields: ["status", "employee_name", "periode_kinerja", "tanggal_mulai"],
	has_indicator_for_draft: true,
	has_indicator_for_cancelled: true,
	get_indicator(doc) {
		const status = doc.status || (doc.docstatus == 2 ? "Dibatalkan" : "Draft");
		return [__(status), WARNA_STATUS_SKP[status] || "gray", "status,=," + status];
	},
	onload(listview) {
		if (!frappe.user.has_role("Pengelola Kinerja")) return;
		listview.page.add_inner_button(__("Buat SKP Massal"), () => buat_skp_massal(listview));
	},
};

// Bulk creation: the plan first (how many SKP, who is skipped and why), nothing queued when there
// is nothing to create; a large unit runs in the background with Frappe's progress dialog and a
// closing summary (services/skp.py buat_skp_massal_latar).
function buat_skp_massal(listview) {
	const dialog = frappe.prompt(
		[
			{ fieldname: "periode_kinerja", fieldtype: "Link", options: "Periode Kinerja", label: __("Periode Kinerja"), reqd: 1, get_query: () => ({ filters: { jenis: "Tahunan" } }) },
			{ fieldname: "department", fieldtype: "Link", options: "Department", label: __("Unit Kerja") },
			{ fieldname: "termasuk_sub_unit", fieldtype: "Check", label: __("Termasuk Sub-Unit"), default: 1 },
		],
		(values) =>
			frappe
				.call({ method: "kinerja_asn.api.skp.pratinjau_skp_massal", args: values, type: "GET" })
				.then((r) => konfirmasi_skp_massal(listview, values, r.message)),
		__("Buat SKP Massal"),
		__("Periksa")
	);
	frappe.call({ method: "kinerja_asn.api.periode.periode_berjalan", type: "GET" }).then((r) => {
		if (r.message && !dialog.get_value("periode_kinerja")) dialog.set_value("periode_kinerja", r.message);
	});
}

function konfirmasi_skp_massal(listview, values, rencana) {
	const baris = [];
	if (rencana.jumlah_dilewati) {
		const alasan = rencana.dilewati.map((d) => `${d.jumlah} ${d.keterangan}`).join(", ");
		baris.push(__("{0} pegawai dilewati: {1}.", [rencana.jumlah_dilewati, alasan]));
	}
	if (!rencana.dibuat) {
		frappe.msgprint({
			title: __("Tidak Ada SKP yang Perlu Dibuat"),
			indicator: "blue",
			message: [__("Tidak ada SKP baru untuk dibuat pada periode {0}.", [rencana.periode_kinerja]), ...baris].join("<br>"),
		});
		return;
	}
	baris.unshift(__("{0} SKP draf akan dibuat untuk periode {1}.", [rencana.dibuat, rencana.periode_kinerja]));
	if (rencana.tanpa_penilai) {
		baris.push(
			__("{0} di antaranya belum memiliki Pejabat Penilai (atasan langsung belum tercatat); lihat laporan Kesehatan Data Kinerja.", [rencana.tanpa_penilai])
		);
	}
	frappe.confirm(baris.join("<br>"), () =>
		frappe.xcall("kinerja_asn.api.skp.buat_skp_massal", values).then((r) => {
			frappe.show_alert({
				message: r.antrian
					? __("Pembuatan {0} SKP berjalan di latar belakang; kemajuannya ditampilkan dan ringkasan dikirim saat selesai.", [r.jumlah])
					: r.jumlah
						? __("{0} SKP dibuat", [r.jumlah])
						: __("Tidak ada SKP baru yang dibuat"),
				indicator: "green",
			}, 10);
			listview.refresh();
		})
	);
}
