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
		tampilkan_rhk(frm);
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

// The SKP's RHK with their IKI, read-only, each RHK linking to its form (as HRMS's Appraisal shows
// its KRAs and goals inline); the server answers only a user who may read the SKP.
function tampilkan_rhk(frm) {
	const wadah = frm.fields_dict.rhk_html && frm.fields_dict.rhk_html.$wrapper;
	if (!wadah) return;
	if (frm.is_new()) {
		wadah.html(`<p class="text-muted small">${__("Simpan SKP untuk menambahkan Rencana Hasil Kerja.")}</p>`);
		return;
	}
	frappe.xcall("kinerja_asn.api.skp.rhk_skp", { skp: frm.doc.name }).then((daftar) => {
		if (frm.doc.name !== frm.docname) return;
		wadah.html(html_rhk(daftar || []));
	});
}

function html_rhk(daftar) {
	const e = frappe.utils.escape_html;
	if (!daftar.length) {
		return `<p class="text-muted small">${__("Belum ada Rencana Hasil Kerja.")}</p>`;
	}
	const judul = { Utama: __("Kinerja Utama"), Tambahan: __("Kinerja Tambahan") };
	let html = "";
	for (const jenis of ["Utama", "Tambahan"]) {
		const rhk = daftar.filter((r) => r.jenis === jenis);
		if (!rhk.length) continue;
		html += `<h6 class="mt-3">${judul[jenis]}</h6>
			<table class="table table-bordered table-sm small" style="table-layout: fixed">
			<colgroup><col style="width: 4%"><col style="width: 38%"><col style="width: 36%">
				<col style="width: 10%"><col style="width: 12%"></colgroup>
			<thead><tr><th>${__("No")}</th><th>${__("Rencana Hasil Kerja")}</th>
				<th>${__("Indikator Kinerja Individu")}</th><th>${__("Aspek")}</th><th>${__("Target")}</th></tr></thead><tbody>`;
		rhk.forEach((r, i) => {
			const iki = r.iki.length ? r.iki : [{ uraian: "", aspek: "", target: "" }];
			const tautan = `/app/rencana-hasil-kerja/${encodeURIComponent(r.name)}`;
			iki.forEach((k, j) => {
				html += "<tr>";
				if (j === 0) {
					html += `<td rowspan="${iki.length}">${i + 1}</td>
						<td rowspan="${iki.length}" style="overflow-wrap: break-word">
							<a href="${tautan}">${e(r.uraian)}</a>
							${r.kategori_tambahan ? `<div class="text-muted">${e(r.kategori_tambahan)}</div>` : ""}
							${r.intervensi ? `<div class="text-muted">${__("Mengintervensi")}: ${e(r.intervensi)}</div>` : ""}
						</td>`;
				}
				html += `<td style="overflow-wrap: break-word">${e(k.uraian)}</td><td>${e(k.aspek)}</td>
					<td>${e(k.target)}</td></tr>`;
			});
		});
		html += "</tbody></table>";
	}
	return html;
}

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
