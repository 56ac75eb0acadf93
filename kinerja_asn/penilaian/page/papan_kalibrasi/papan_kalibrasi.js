// Papan Kalibrasi: a unit's draft assessments on the PermenPAN-RB 6/2022 quadrant (rating hasil
// kerja x rating perilaku kerja) with the unit's curve (SE MenPAN-RB 3/2023). A move (drag a name to
// another cell, or click it and choose the ratings) shows its new predikat and the new counts at
// once: the predikat from the settings' matrix, the counts against the curve's limits for the unit's
// size, both sent by api.kalibrasi.papan (the size does not change while calibrating). "Simpan"
// writes every move in one call (the server checks everything again, through each assessment's
// controller, all or nothing); "Tetapkan" fixes the unit's predikat for the period.

frappe.pages["papan-kalibrasi"].on_page_load = function (wrapper) {
	const page = frappe.ui.make_app_page({
		parent: wrapper,
		title: __("Papan Kalibrasi"),
		single_column: true,
	});
	wrapper.papan = new PapanKalibrasi(page);
};

frappe.pages["papan-kalibrasi"].on_page_show = function (wrapper) {
	const opsi = frappe.route_options;
	if (opsi && wrapper.papan) {
		frappe.route_options = null;
		wrapper.papan.pilih(opsi.unit, opsi.periode);
	}
};

const API = "kinerja_asn.api.kalibrasi.";
const HASIL = ["Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"];
const PERILAKU = ["Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi"];
const WARNA = {
	"Sangat Baik": "green",
	Baik: "blue",
	"Butuh Perbaikan": "orange",
	"Kurang/Misconduct": "red",
	"Sangat Kurang": "darkgrey",
};
const pendek = (rating) => __(rating).replace(" Ekspektasi", "");

class PapanKalibrasi {
	constructor(page) {
		this.page = page;
		this.data = null;
		this.geser = {}; // penilaian -> [rating hasil kerja, rating perilaku kerja]
		this.unit = page.add_field({
			fieldname: "unit",
			label: __("Unit Kerja"),
			fieldtype: "Link",
			options: "Department",
			change: () => this.ubah(),
		});
		this.periode = page.add_field({
			fieldname: "periode",
			label: __("Periode Penilaian"),
			fieldtype: "Link",
			options: "Periode Kinerja",
			change: () => this.ubah(),
		});
		this.tombol_simpan = page.set_primary_action(__("Simpan Perubahan"), () => this.simpan());
		this.tombol_batal = page.add_button(__("Batalkan Perubahan"), () => this.batalkan());
		this.tombol_tetapkan = page.add_inner_button(__("Tetapkan Hasil Kalibrasi"), () =>
			this.tetapkan()
		);
		this.$isi = $('<div class="papan-kalibrasi"></div>').appendTo(page.body);
		this.kosong(__("Pilih unit kerja dan periode penilaian."));
		frappe
			.call({ method: "kinerja_asn.api.periode.periode_berjalan", type: "GET" })
			.then((r) => {
				if (r.message && !this.periode.get_value()) this.pilih(null, r.message);
			});
	}

	pilih(unit, periode) {
		this._memilih = true;
		return Promise.all([
			periode && this.periode.set_value(periode),
			unit && this.unit.set_value(unit),
		]).then(() => {
			this._memilih = false;
			return this.muat();
		});
	}

	// A filter changed by the user (Frappe also calls this after a value set by the script, once the
	// link is checked): load again only when the pair differs from the board's.
	ubah() {
		clearTimeout(this._tunda);
		this._tunda = setTimeout(() => {
			const unit = this.unit.get_value();
			const periode = this.periode.get_value();
			if (this._memilih || !periode) return;
			if (this.data && this.data.periode === periode && (!unit || this.data.unit === unit || this._unit === unit)) return;
			this.muat();
		}, 300);
	}

	kosong(pesan) {
		this.data = null;
		this.geser = {};
		this.$isi.html(`<div class="text-muted papan-kosong">${frappe.utils.escape_html(pesan)}</div>`);
		this.perbarui_tombol();
	}

	muat() {
		if (this._memilih) return;
		const unit = this.unit.get_value();
		const periode = this.periode.get_value();
		if (!periode) return this.kosong(__("Pilih periode penilaian."));
		if (Object.keys(this.geser).length) {
			frappe.show_alert({ message: __("Perubahan yang belum disimpan dibuang."), indicator: "orange" });
		}
		this._unit = unit;
		return frappe
			.call({ method: API + "papan", args: unit ? { unit, periode } : { periode }, type: "GET" })
			.then((r) => {
				this.tampilkan(r.message);
				if (!unit) {
					// the unit the user heads or assesses in, shown without loading again
					this._unit = r.message.unit;
					this.unit.set_value(r.message.unit);
				}
			})
			.catch(() => this.kosong(__("Papan tidak dapat dimuat.")));
	}

	tampilkan(data) {
		this.data = data;
		this.geser = {};
		this.awal = this.hitung();
		this.gambar();
	}

	// What-if ------------------------------------------------------------------------------------

	pasangan(a) {
		return this.geser[a.penilaian] || [a.rating_hasil_kerja, a.rating_perilaku_kerja];
	}

	predikat_dari(hasil, perilaku) {
		const sel = this.data.matriks.find(
			(m) => m.hasil_kerja === hasil && m.perilaku_kerja === perilaku
		);
		return sel ? sel.predikat : null;
	}

	predikat_anggota(a) {
		if (!this.geser[a.penilaian]) return a.predikat;
		const [h, p] = this.geser[a.penilaian];
		return this.predikat_dari(h, p);
	}

	// The unit's counts and the curve as domain.kalibrasi.KeadaanKurva computes them.
	hitung() {
		const d = this.data;
		const jumlah = Object.assign({}, d.lain);
		d.anggota.forEach((a) => {
			const p = this.predikat_anggota(a);
			if (p) jumlah[p] = (jumlah[p] || 0) + 1;
		});
		const dinilai = Object.values(jumlah).reduce((x, y) => x + y, 0);
		const belum = Math.max(0, d.jumlah_pegawai - dinilai);
		const aturan = d.aturan.map((r) => {
			const n = r.predikat.reduce((x, p) => x + (jumlah[p] || 0), 0);
			const lebih = r.jenis === "maks" ? Math.max(0, n - r.batas) : Math.max(0, r.batas - n - belum);
			return Object.assign({}, r, { jumlah: n, lebih, terpenuhi: lebih === 0 });
		});
		const kuota = d.predikat.map((p) => {
			const sisa = aturan
				.filter((r) => r.jenis === "maks" && r.predikat.includes(p))
				.map((r) => r.batas - r.jumlah);
			return { predikat: p, jumlah: jumlah[p] || 0, sisa: sisa.length ? Math.min(...sisa) : null };
		});
		return { jumlah, belum, aturan, kuota };
	}

	// Drawing --------------------------------------------------------------------------------------

	gambar() {
		const d = this.data;
		const k = this.hitung();
		const esc = frappe.utils.escape_html;
		const awal = {};
		this.awal.aturan.forEach((r) => (awal[r.kode] = r.lebih));
		const baru = k.aturan.filter((r) => r.lebih > (awal[r.kode] || 0));
		const n_geser = this.berubah().length;

		const kunci = d.terkunci
			? `<div class="alert alert-secondary papan-info">${__(
					"Ditetapkan oleh {0} pada {1}. Perubahan predikat hanya melalui keputusan keberatan.",
					[esc(d.terkunci.nama_ditetapkan_oleh || d.terkunci.ditetapkan_oleh), frappe.datetime.str_to_user(d.terkunci.tanggal)]
			  )}</div>`
			: "";
		const kepala = `
			<div class="papan-kepala">
				<div><span class="text-muted">${__("Unit")}</span> <b>${esc(d.nama_unit)}</b></div>
				<div><span class="text-muted">${__("Predikat Organisasi")}</span> <b>${esc(__(d.predikat_organisasi))}</b></div>
				<div><span class="text-muted">${__("Pegawai Unit")}</span> <b>${d.jumlah_pegawai}</b></div>
				<div><span class="text-muted">${__("Belum Berpredikat")}</span> <b>${k.belum}</b></div>
				<div><span class="text-muted">${__("Perubahan")}</span> <b class="papan-jumlah-geser">${n_geser}</b></div>
			</div>${kunci}`;

		let grid = `<div class="papan-kuadran">
			<div class="papan-sudut">${__("Hasil Kerja")} \\ ${__("Perilaku Kerja")}</div>
			${PERILAKU.map((p) => `<div class="papan-judul-kolom">${esc(pendek(p))}</div>`).join("")}`;
		HASIL.forEach((h) => {
			grid += `<div class="papan-judul-baris">${esc(pendek(h))}</div>`;
			PERILAKU.forEach((p) => {
				const predikat = this.predikat_dari(h, p);
				const orang = d.anggota.filter((a) => {
					const [x, y] = this.pasangan(a);
					return x === h && y === p;
				});
				grid += `<div class="papan-sel" data-hasil="${esc(h)}" data-perilaku="${esc(p)}">
					<div class="papan-sel-kepala"><span class="indicator-pill ${WARNA[predikat] || "gray"}">${esc(__(predikat || ""))}</span>
					<span class="text-muted">${orang.length}</span></div>
					${orang.map((a) => this.kartu(a)).join("")}
				</div>`;
			});
		});
		grid += "</div>";
		const belum = d.anggota.filter((a) => {
			const [x, y] = this.pasangan(a);
			return !(x && y);
		});
		const baki = belum.length
			? `<div class="papan-baki"><div class="text-muted">${__("Belum dirating")}</div>${belum
					.map((a) => this.kartu(a))
					.join("")}</div>`
			: "";
		const lain = d.jumlah_lain
			? `<p class="text-muted small">${__(
					"{0} penilaian lain di unit ini (final, atau dinilai pejabat penilai lain) ikut dihitung tanpa nama.",
					[d.jumlah_lain]
			  )}</p>`
			: "";
		const kosong = d.anggota.length
			? ""
			: `<p class="text-muted">${__("Tidak ada draf penilaian yang Anda nilai di unit ini.")}</p>`;

		const awal_kuota = {};
		this.awal.kuota.forEach((q) => (awal_kuota[q.predikat] = q.jumlah));
		const baris_kuota = k.kuota
			.map((q) => {
				const beda = q.jumlah - (awal_kuota[q.predikat] || 0);
				const tanda = beda ? ` <span class="papan-beda">(${beda > 0 ? "+" : ""}${beda})</span>` : "";
				const sisa = q.sisa === null ? "—" : q.sisa;
				const kelas = q.sisa !== null && q.sisa < 0 ? "text-danger" : "";
				return `<tr><td><span class="indicator ${WARNA[q.predikat]}"></span>${esc(__(q.predikat))}</td>
					<td class="text-right">${q.jumlah}${tanda}</td><td class="text-right ${kelas}">${sisa}</td></tr>`;
			})
			.join("");
		const baris_aturan = k.aturan
			.map(
				(r) => `<li class="${r.terpenuhi ? "" : "text-danger"}">${r.terpenuhi ? "✓" : "✗"} ${esc(
					r.teks
				)}: ${r.jumlah} / ${r.batas}</li>`
			)
			.join("");
		const peringatan = baru.length
			? `<div class="alert ${d.memblokir ? "alert-danger" : "alert-warning"} papan-info">${
					d.memblokir
						? __("Perubahan ini melanggar kurva unit dan tidak dapat disimpan:")
						: __("Perubahan ini melanggar kurva unit (hanya peringatan):")
			  }<ul>${baru.map((r) => `<li>${esc(r.teks)}: ${r.jumlah} / ${r.batas}</li>`).join("")}</ul></div>`
			: "";
		const hambatan =
			!d.terkunci && d.hambatan_penetapan.length
				? `<div class="small text-muted">${__("Belum dapat ditetapkan")}: ${d.hambatan_penetapan
						.map(esc)
						.join("; ")}</div>`
				: "";
		const sisi = `
			<table class="table table-sm papan-kuota">
				<thead><tr><th>${__("Predikat")}</th><th class="text-right">${__("Jumlah")}</th><th class="text-right">${__(
			"Sisa Kuota"
		)}</th></tr></thead>
				<tbody>${baris_kuota}</tbody>
			</table>
			<div class="small"><b>${__("Kurva Distribusi")}</b><ul class="papan-aturan">${baris_aturan || `<li>${__("Tanpa aturan")}</li>`}</ul></div>
			${peringatan}${hambatan}`;

		this.$isi.html(`${kepala}<div class="papan-tata"><div class="papan-kiri">${grid}${baki}${kosong}${lain}</div>
			<div class="papan-kanan">${sisi}</div></div>`);
		this.pasang();
		this.perbarui_tombol();
	}

	kartu(a) {
		const esc = frappe.utils.escape_html;
		const p = this.predikat_anggota(a);
		const digeser = this.geser[a.penilaian] && p !== a.predikat;
		const judul = `${a.nama} — ${a.jabatan || ""} (${a.penilaian})${
			digeser ? ` · ${__(a.predikat || "-")} → ${__(p || "-")}` : ""
		}`;
		return `<div class="papan-kartu ${a.dapat_diubah ? "dapat-digeser" : "terkunci"} ${
			this.geser[a.penilaian] ? "digeser" : ""
		}" draggable="${a.dapat_diubah ? "true" : "false"}" data-penilaian="${esc(a.penilaian)}" title="${esc(judul)}">${esc(
			a.nama
		)}${digeser ? ` <span class="papan-beda">${esc(__(a.predikat || "-"))} →</span>` : ""}</div>`;
	}

	pasang() {
		const me = this;
		this.$isi.find(".papan-kartu.dapat-digeser").on("dragstart", function (e) {
			e.originalEvent.dataTransfer.setData("text/plain", $(this).attr("data-penilaian"));
		});
		this.$isi.find(".papan-kartu").on("click", function () {
			me.dialog($(this).attr("data-penilaian"));
		});
		this.$isi
			.find(".papan-sel")
			.on("dragover", (e) => {
				e.preventDefault();
				$(e.currentTarget).addClass("papan-sasaran");
			})
			.on("dragleave", (e) => $(e.currentTarget).removeClass("papan-sasaran"))
			.on("drop", function (e) {
				e.preventDefault();
				const name = e.originalEvent.dataTransfer.getData("text/plain");
				me.pindah(name, $(this).attr("data-hasil"), $(this).attr("data-perilaku"));
			});
	}

	pindah(name, hasil, perilaku) {
		const a = this.data.anggota.find((x) => x.penilaian === name);
		if (!a || !a.dapat_diubah) return;
		if (hasil === a.rating_hasil_kerja && perilaku === a.rating_perilaku_kerja) {
			delete this.geser[name];
		} else {
			this.geser[name] = [hasil, perilaku];
		}
		this.gambar();
	}

	dialog(name) {
		const a = this.data.anggota.find((x) => x.penilaian === name);
		if (!a) return;
		const [h, p] = this.pasangan(a);
		if (!a.dapat_diubah) {
			frappe.msgprint(
				__("{0}: {1} / {2}, predikat {3}. Rating ini tidak dapat Anda ubah di papan ini.", [
					frappe.utils.escape_html(a.nama),
					__(h || "-"),
					__(p || "-"),
					__(a.predikat || "-"),
				])
			);
			return;
		}
		const d = new frappe.ui.Dialog({
			title: a.nama,
			fields: [
				{ fieldname: "hasil", label: __("Rating Hasil Kerja"), fieldtype: "Select", options: HASIL, default: h, reqd: 1 },
				{ fieldname: "perilaku", label: __("Rating Perilaku Kerja"), fieldtype: "Select", options: PERILAKU, default: p, reqd: 1 },
				{ fieldname: "predikat", label: __("Predikat"), fieldtype: "Data", read_only: 1 },
			],
			primary_action_label: __("Pindahkan"),
			primary_action: (v) => {
				d.hide();
				this.pindah(name, v.hasil, v.perilaku);
			},
		});
		const segarkan = () =>
			d.set_value("predikat", __(this.predikat_dari(d.get_value("hasil"), d.get_value("perilaku")) || ""));
		d.fields_dict.hasil.df.onchange = segarkan;
		d.fields_dict.perilaku.df.onchange = segarkan;
		d.show();
		segarkan();
	}

	// Saving and fixing -------------------------------------------------------------------------------

	berubah() {
		if (!this.data) return [];
		return this.data.anggota
			.filter((a) => this.geser[a.penilaian])
			.map((a) => ({
				penilaian: a.penilaian,
				rating_hasil_kerja: this.geser[a.penilaian][0],
				rating_perilaku_kerja: this.geser[a.penilaian][1],
				versi: a.versi,
			}));
	}

	perbarui_tombol() {
		const ada = this.berubah().length > 0;
		this.tombol_simpan.prop("disabled", !ada);
		this.tombol_batal.toggle(ada);
		const boleh = this.data && this.data.dapat_menetapkan && !ada;
		this.tombol_tetapkan.toggle(!!(this.data && this.data.dapat_menetapkan));
		this.tombol_tetapkan.prop("disabled", !boleh);
	}

	batalkan() {
		this.geser = {};
		this.gambar();
	}

	simpan() {
		const perubahan = this.berubah();
		if (!perubahan.length) return;
		return frappe
			.call({
				method: API + "simpan",
				args: { unit: this.data.unit, periode: this.data.periode, perubahan },
				freeze: true,
				freeze_message: __("Menyimpan {0} perubahan ...", [perubahan.length]),
			})
			.then((r) => {
				frappe.show_alert({
					message: __("{0} penilaian disimpan.", [r.message.disimpan.length]),
					indicator: "green",
				});
				this.tampilkan(r.message.papan);
			});
	}

	tetapkan() {
		if (this.berubah().length) {
			frappe.msgprint(__("Simpan atau batalkan perubahan sebelum menetapkan."));
			return;
		}
		frappe.confirm(
			__(
				"Tetapkan predikat unit {0} untuk periode ini? Sesudahnya predikat hanya dapat diubah melalui keputusan keberatan.",
				[frappe.utils.escape_html(this.data.nama_unit)]
			),
			() =>
				frappe
					.call({
						method: API + "tetapkan",
						args: { unit: this.data.unit, periode: this.data.periode },
						freeze: true,
					})
					.then((r) => {
						frappe.show_alert({ message: __("Hasil kalibrasi ditetapkan."), indicator: "green" });
						this.tampilkan(r.message.papan);
					})
		);
	}
}
