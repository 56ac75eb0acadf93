// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.ui.form.on("Penilaian Kinerja", {
	setup(frm) {
		frm.set_query("skp", () => ({ filters: { docstatus: 1 } }));
		kosong_bila_belum_dinilai();
	},

	refresh(frm) {
		tampilkan_ringkasan(frm);
		if (frm.is_new()) return;
		const saya = frappe.session.user;
		if (frm.doc.docstatus === 1 && frappe.user.has_role("Pengelola Kinerja")) {
			// when automatic conversion is off in Pengaturan Kinerja, HR converts from here
			frm.add_custom_button(__("Konversi Angka Kredit"), () =>
				frappe
					.xcall("kinerja_asn.api.angka_kredit.konversi_penilaian", { penilaian: frm.doc.name })
					.then((nama) => frappe.set_route("Form", "Konversi Angka Kredit", nama))
			);
		}
		if (frm.doc.pelanggaran_distribusi && frm.doc.docstatus === 0) {
			frm.dashboard.set_headline_alert(
				__("Kurva distribusi unit: {0}", [frappe.utils.escape_html(frm.doc.pelanggaran_distribusi)]),
				"orange"
			);
		}
		if (frm.doc.docstatus === 0 && (frm.doc.user_penyetuju === saya || frappe.user.has_role("Pengelola Kinerja"))) {
			tampilkan_kuota(frm);
		}
		if (frm.doc.docstatus === 1 && frm.doc.employee_user === saya) {
			if (!frm.doc.diketahui_pegawai) {
				frm.add_custom_button(__("Saya Sudah Mengetahui"), () =>
					frappe
						.xcall("kinerja_asn.api.penilaian.akui_penilaian", { penilaian: frm.doc.name })
						.then(() => frm.reload_doc())
				);
			}
			frappe
				.xcall("kinerja_asn.api.penilaian.dapat_mengajukan_keberatan", { penilaian: frm.doc.name })
				.then((boleh) => boleh && frm.add_custom_button(__("Ajukan Keberatan"), () => ajukan_keberatan(frm)));
		}
	},
});

// The outcome at the top of the first tab: predikat, the two ratings and (8/2021) the values, which
// the form otherwise shows only on its later tabs.
["rating_hasil_kerja", "rating_perilaku_kerja", "predikat", "nilai_akhir"].forEach((f) =>
	frappe.ui.form.on("Penilaian Kinerja", f, (frm) => tampilkan_ringkasan(frm))
);

function tampilkan_ringkasan(frm) {
	const wadah = frm.fields_dict.ringkasan_html && frm.fields_dict.ringkasan_html.$wrapper;
	if (!wadah) return;
	const e = frappe.utils.escape_html;
	const d = frm.doc;
	const angka = (f) => frappe.format(d[f], frappe.meta.get_docfield(d.doctype, f, d.name), { inline: true }, d);
	const kotak = (label, isi, besar) => `
		<div class="col-sm-3 col-6 mb-2">
			<div class="text-muted small">${label}</div>
			<div class="${besar ? "h5" : ""} font-weight-bold">${isi || `<span class="text-muted">${__("Belum dinilai")}</span>`}</div>
		</div>`;
	let html = kotak(__("Predikat Kinerja"), d.predikat && e(__(d.predikat)), true);
	html += kotak(__("Rating Hasil Kerja"), d.rating_hasil_kerja && e(__(d.rating_hasil_kerja)));
	html += kotak(__("Rating Perilaku Kerja"), d.rating_perilaku_kerja && e(__(d.rating_perilaku_kerja)));
	if (d.regulasi && d.regulasi.includes("8/2021")) {
		html += kotak(__("Nilai Akhir"), d.nilai_akhir ? angka("nilai_akhir") : "");
	} else {
		html += kotak(__("Capaian Hasil Kerja"), d.capaian_keseluruhan != null ? angka("capaian_keseluruhan") : "");
	}
	wadah.html(`<div class="row">${html}</div>`);
}

// A behaviour row not yet rated shows no value rather than 0 (the stored 0 means "not rated";
// the print leaves it empty too).
function kosong_bila_belum_dinilai() {
	const peta = frappe.meta.docfield_map["Perilaku Kerja Penilaian"] || {};
	const format_angka = frappe.form.get_formatter("Float");
	if (peta.nilai) {
		peta.nilai.formatter = (value, df, options, doc) =>
			doc && !doc.rating && !flt(value) ? "" : format_angka(value, df, options, doc);
	}
	if (peta.nilai_masukan) {
		peta.nilai_masukan.formatter = (value, df, options, doc) =>
			doc && !cint(doc.jumlah_masukan) ? "" : format_angka(value, df, options, doc);
	}
}

function tampilkan_kuota(frm) {
	frappe.xcall("kinerja_asn.api.penilaian.kuota_distribusi", { penilaian: frm.doc.name }).then((r) => {
		if (!r.unit) return;
		const baris = r.kuota
			.map((k) => `<tr><td>${__(k.predikat)}</td><td class="text-right">${k.jumlah}</td><td class="text-right">${k.sisa}</td></tr>`)
			.join("");
		const html = `
			<div class="small">
				<p>${__("Unit {0}, predikat organisasi {1}: {2} dari {3} pegawai sudah dinilai.", [
					frappe.utils.escape_html(r.unit),
					__(r.predikat_organisasi),
					r.sudah_dinilai,
					r.jumlah_pegawai,
				])}</p>
				<table class="table table-bordered table-condensed">
					<thead><tr><th>${__("Predikat")}</th><th class="text-right">${__("Jumlah")}</th><th class="text-right">${__("Sisa Kuota")}</th></tr></thead>
					<tbody>${baris}</tbody>
				</table>
			</div>`;
		frm.dashboard.add_section(html, __("Kurva Distribusi Unit"));
		frm.dashboard.show();
	});
}

function ajukan_keberatan(frm) {
	frappe.prompt(
		{ fieldname: "alasan", fieldtype: "Text", label: __("Alasan Keberatan"), reqd: 1 },
		(values) =>
			frappe
				.xcall("kinerja_asn.api.penilaian.ajukan_keberatan", { penilaian: frm.doc.name, alasan: values.alasan })
				.then((name) => frappe.set_route("Form", "Keberatan Penilaian Kinerja", name)),
		__("Ajukan Keberatan"),
		__("Ajukan")
	);
}
