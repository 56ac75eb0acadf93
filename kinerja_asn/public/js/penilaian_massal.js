// Buat Penilaian Massal (HR), from the Penilaian Kinerja list and the Periode Kinerja form: the plan
// first (how many drafts, who is skipped and why), nothing queued when there is nothing to do; a
// large unit runs in the background with Frappe's progress dialog and a closing summary
// (services/penilaian_massal.py buat_penilaian_massal_latar).
frappe.provide("kinerja_asn.penilaian_massal");

kinerja_asn.penilaian_massal.buka = function (opsi = {}) {
	const dialog = frappe.prompt(
		[
			{ fieldname: "periode", fieldtype: "Link", options: "Periode Kinerja", label: __("Periode Penilaian"), reqd: 1, default: opsi.periode || "" },
			{ fieldname: "department", fieldtype: "Link", options: "Department", label: __("Unit Kerja") },
			{ fieldname: "termasuk_sub_unit", fieldtype: "Check", label: __("Termasuk Sub-Unit"), default: 1 },
		],
		(values) =>
			frappe
				.call({ method: "kinerja_asn.api.penilaian_massal.pratinjau_penilaian_massal", args: values, type: "GET" })
				.then((r) => konfirmasi(values, r.message, opsi.setelah)),
		__("Buat Penilaian Massal"),
		__("Periksa")
	);
	if (!opsi.periode) {
		frappe.call({ method: "kinerja_asn.api.periode.periode_berjalan", type: "GET" }).then((r) => {
			if (r.message && !dialog.get_value("periode")) dialog.set_value("periode", r.message);
		});
	}

	function konfirmasi(values, rencana, setelah) {
		const baris = [];
		if (rencana.jumlah_dilewati) {
			const alasan = rencana.dilewati.map((d) => `${d.jumlah} ${d.keterangan}`).join(", ");
			baris.push(__("{0} dilewati: {1}.", [rencana.jumlah_dilewati, alasan]));
		}
		if (!rencana.dibuat) {
			frappe.msgprint({
				title: __("Tidak Ada Penilaian yang Perlu Dibuat"),
				indicator: "blue",
				message: [__("Tidak ada penilaian baru untuk dibuat pada periode {0}.", [rencana.periode]), ...baris].join("<br>"),
			});
			return;
		}
		baris.unshift(__("{0} penilaian draf akan dibuat untuk periode {1}.", [rencana.dibuat, rencana.periode]));
		frappe.confirm(baris.join("<br>"), () =>
			frappe.xcall("kinerja_asn.api.penilaian_massal.buat_penilaian_massal", values).then((r) => {
				frappe.show_alert(
					{
						message: r.antrian
							? __("Pembuatan {0} penilaian berjalan di latar belakang; kemajuannya ditampilkan dan ringkasan dikirim saat selesai.", [r.jumlah])
							: r.jumlah
								? __("{0} penilaian dibuat", [r.jumlah])
								: __("Tidak ada penilaian baru yang dibuat"),
						indicator: "green",
					},
					10
				);
				if (setelah) setelah(r);
			})
		);
	}
};
