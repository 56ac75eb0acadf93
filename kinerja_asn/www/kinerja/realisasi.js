// Check-in form of one sub-period: loads (or starts) the draft through api.realisasi, saves, submits,
// and attaches evidence per IKI; server errors are shown next to the field they concern.
(function () {
	var API = "kinerja_asn.api.realisasi.";
	var data = kinerja.data("kinerja-data");
	var form = document.getElementById("form-realisasi");
	var wadahPesan = document.getElementById("pesan-realisasi");
	if (!data || !data.terpilih || !form) return;

	var doc = null;
	var bukti = data.bukti || [];
	var esc = kinerja.esc;

	function bolehUbah() {
		if (doc && "dapat_diubah" in doc) return Boolean(doc.dapat_diubah);
		return doc && (doc.status === "Draft" || doc.status === "Revisi" || !doc.status);
	}

	function terima(hasil) {
		// A check-in from api.realisasi; its rows may carry their evidence, which then replaces ours.
		doc = hasil || doc;
		var dariBaris = {};
		var ada = false;
		rincian().forEach(function (row) {
			if (!Array.isArray(row.bukti)) return;
			ada = true;
			row.bukti.forEach(function (b) {
				dariBaris[b.name] = b;
			});
		});
		if (ada) bukti = Object.keys(dariBaris).map(function (k) {
			return dariBaris[k];
		});
	}

	function bolehBukti() {
		return doc && doc.status !== "Diverifikasi" && doc.status !== "Dibatalkan";
	}

	function rincian() {
		return (doc && (doc.rincian || doc.rows)) || [];
	}

	function lencana(status) {
		var warna = {
			Draft: "secondary",
			Diajukan: "info",
			Diverifikasi: "success",
			Diterima: "success",
			Revisi: "danger",
			Ditolak: "danger",
			"Perlu Perbaikan": "danger",
			"Belum Diverifikasi": "secondary",
		};
		return '<span class="badge badge-' + (warna[status] || "light") + '">' + esc(status || "Draft") + "</span>";
	}

	function buktiBaris(row) {
		return bukti.filter(function (b) {
			return b.rhk === row.rhk && (!b.iki || b.iki === row.iki);
		});
	}

	function htmlBukti(row) {
		var daftar = buktiBaris(row);
		var isi = daftar
			.map(function (b) {
				var tautan = b.berkas || b.tautan;
				var judul = esc(b.keterangan || b.jenis);
				var hapus =
					b.status_verifikasi === "Diajukan" && bolehBukti()
						? ' <button type="button" class="btn btn-link btn-sm text-danger p-0 ml-1" data-hapus="' +
						  esc(b.name) +
						  '">Hapus</button>'
						: "";
				var alasan = b.alasan_penolakan
					? '<div class="text-danger">Alasan penolakan: ' + esc(b.alasan_penolakan) + "</div>"
					: "";
				return (
					'<li class="mb-1"><span class="text-muted">' +
					esc(b.jenis) +
					":</span> " +
					(tautan
						? '<a href="' + esc(tautan) + '" target="_blank" rel="noopener">' + judul + "</a>"
						: judul) +
					" " +
					lencana(b.status_verifikasi) +
					hapus +
					alasan +
					"</li>"
				);
			})
			.join("");
		var unggah = "";
		if (bolehBukti()) {
			var accept = (data.aturan_berkas.ekstensi || [])
				.map(function (e) {
					return "." + e;
				})
				.join(",");
			unggah =
				'<details class="kinerja-unggah mt-1"><summary class="small text-primary">+ Tambah bukti dukung</summary>' +
				'<div class="form-row mt-2" data-unggah="' +
				esc(row.name) +
				'">' +
				'<div class="col-sm-3 form-group mb-2"><label class="small" for="jenis-' +
				esc(row.name) +
				'">Jenis</label><select class="custom-select custom-select-sm" name="jenis" id="jenis-' +
				esc(row.name) +
				'"><option>Dokumen</option><option>Foto</option><option>Tautan</option></select></div>' +
				'<div class="col-sm-5 form-group mb-2" data-bagian="berkas"><label class="small" for="berkas-' +
				esc(row.name) +
				'">Berkas</label><input type="file" class="form-control-file" name="file" id="berkas-' +
				esc(row.name) +
				'" accept="' +
				esc(accept) +
				'"></div>' +
				'<div class="col-sm-5 form-group mb-2 d-none" data-bagian="tautan"><label class="small" for="tautan-' +
				esc(row.name) +
				'">Tautan</label><input type="url" class="form-control form-control-sm" name="tautan" id="tautan-' +
				esc(row.name) +
				'" placeholder="https://"></div>' +
				'<div class="col-sm-4 form-group mb-2"><label class="small" for="ket-' +
				esc(row.name) +
				'">Keterangan</label><input type="text" class="form-control form-control-sm" name="keterangan" id="ket-' +
				esc(row.name) +
				'" maxlength="500"></div>' +
				'<div class="col-12 form-check mb-2 ml-3"><input type="checkbox" class="form-check-input" name="untuk_angka_kredit" id="ak-' +
				esc(row.name) +
				'"><label class="form-check-label small" for="ak-' +
				esc(row.name) +
				'">Gunakan juga untuk angka kredit (pejabat fungsional)</label></div>' +
				'<div class="col-12"><button type="button" class="btn btn-sm btn-secondary" data-aksi="unggah" data-baris="' +
				esc(row.name) +
				'">Unggah bukti</button><div class="invalid-feedback d-block" data-galat-unggah="' +
				esc(row.name) +
				'"></div></div></div></details>';
		}
		return (
			'<ul class="kinerja-bukti list-unstyled small mb-1" data-bukti="' +
			esc(row.name) +
			'">' +
			(isi || '<li class="text-muted">Belum ada bukti dukung.</li>') +
			"</ul>" +
			unggah
		);
	}

	function htmlBaris(row) {
		var id = esc(row.name);
		var dis = bolehUbah() ? "" : " disabled";
		var keyakinan = '<option value="">–</option>';
		for (var i = 1; i <= 10; i++) {
			keyakinan +=
				"<option" + (Number(row.keyakinan) === i ? " selected" : "") + ' value="' + i + '">' + i + "</option>";
		}
		var target = kinerja.angka(row.target_periode);
		if (row.target_maks_periode) target += "–" + kinerja.angka(row.target_maks_periode);
		var capaian =
			row.capaian !== null && row.capaian !== undefined && (row.realisasi || row.capaian)
				? " · Capaian: " + kinerja.angka(row.capaian) + "%"
				: "";
		var umpanBalik = row.umpan_balik
			? '<div class="alert alert-warning small py-1 px-2 mb-2">Umpan balik atasan: ' + esc(row.umpan_balik) + "</div>"
			: "";
		var realisasi = kinerja.isian(row.realisasi);
		var peringatan = row.peringatan
			? '<div class="small text-warning-emphasis kinerja-peringatan" data-peringatan-tersimpan="' +
			  id +
			  '">Ditandai: ' +
			  esc(row.peringatan) +
			  "</div>"
			: "";
		return (
			'<div class="kinerja-iki" data-row="' +
			id +
			'">' +
			'<div class="d-flex justify-content-between flex-wrap"><label class="font-weight-bold mb-0" for="realisasi-' +
			id +
			'">' +
			esc(row.uraian_iki) +
			"</label>" +
			lencana(row.status_verifikasi) +
			"</div>" +
			'<div class="small text-muted mb-2">Target periode ini: ' +
			target +
			" " +
			esc(row.satuan || "") +
			capaian +
			"</div>" +
			umpanBalik +
			'<div class="form-row">' +
			'<div class="col-6 col-sm-4 form-group mb-2"><label class="small" for="realisasi-' +
			id +
			'">Realisasi' +
			(row.satuan ? " (" + esc(row.satuan) + ")" : "") +
			'</label><input type="text" inputmode="decimal" autocomplete="off" class="form-control" name="realisasi" id="realisasi-' +
			id +
			'" value="' +
			esc(realisasi) +
			'"' +
			dis +
			'><div class="invalid-feedback" data-galat="' +
			id +
			'"></div><div class="small text-danger font-weight-bold" data-peringatan="' +
			id +
			'"></div>' +
			peringatan +
			"</div>" +
			'<div class="col-6 col-sm-3 form-group mb-2"><label class="small" for="keyakinan-' +
			id +
			'">Keyakinan (1-10)</label><select class="custom-select" name="keyakinan" id="keyakinan-' +
			id +
			'"' +
			dis +
			">" +
			keyakinan +
			"</select></div>" +
			'<div class="col-sm-5 form-group mb-2"><label class="small" for="catatan-' +
			id +
			'">Catatan</label><textarea class="form-control" rows="2" name="catatan" id="catatan-' +
			id +
			'"' +
			dis +
			">" +
			esc(row.catatan || "") +
			"</textarea></div>" +
			"</div>" +
			htmlBukti(row) +
			"</div>"
		);
	}

	function render() {
		var kelompok = [];
		var indeks = {};
		rincian().forEach(function (row) {
			if (!(row.rhk in indeks)) {
				indeks[row.rhk] = kelompok.length;
				kelompok.push({ rhk: row.rhk, uraian: row.uraian_rhk, baris: [] });
			}
			kelompok[indeks[row.rhk]].baris.push(row);
		});
		var catatan = doc.catatan_verifikasi
			? '<div class="alert alert-' +
			  (doc.status === "Revisi" ? "danger" : "info") +
			  '">Catatan pejabat penilai: ' +
			  esc(doc.catatan_verifikasi) +
			  "</div>"
			: "";
		var kepala =
			'<div class="d-flex justify-content-between align-items-center flex-wrap mb-2"><div>Status: <span id="status-realisasi">' +
			lencana(doc.status) +
			"</span>" +
			(doc.capaian_keseluruhan
				? ' <span class="small text-muted">Capaian rata-rata ' +
				  kinerja.angka(doc.capaian_keseluruhan) +
				  "%" +
				  (doc.capaian_rentang
						? " (indikator " + kinerja.angka(doc.capaian_rentang[0]) + "%–" + kinerja.angka(doc.capaian_rentang[1]) + "%)"
						: "") +
				  "</span>"
				: "") +
			(doc.jumlah_peringatan
				? ' <span class="badge badge-warning">' + doc.jumlah_peringatan + " indikator ditandai</span>"
				: "") +
			'</div><div class="small text-muted">' +
			esc(doc.name) +
			"</div></div>" +
			catatan;
		var isi = kelompok
			.map(function (k, n) {
				return (
					'<section class="card kinerja-kartu" data-rhk="' +
					esc(k.rhk) +
					'"><div class="card-header font-weight-bold">' +
					(n + 1) +
					". " +
					esc(k.uraian || k.rhk) +
					'</div><div class="card-body py-2">' +
					k.baris.map(htmlBaris).join("") +
					"</div></section>"
				);
			})
			.join("");
		if (!kelompok.length) isi = '<div class="alert alert-light">SKP ini belum memiliki indikator untuk dilaporkan.</div>';
		var aksi = bolehUbah()
			? '<div class="kinerja-aksi d-flex flex-wrap justify-content-end mt-2">' +
			  '<button type="button" class="btn btn-secondary mr-sm-2" data-aksi="simpan">Simpan Draf</button>' +
			  '<button type="button" class="btn btn-primary" data-aksi="ajukan">Ajukan ke Pejabat Penilai</button></div>'
			: "";
		form.innerHTML = kepala + isi + aksi;
	}

	function kumpulkan() {
		return rincian().map(function (row) {
			var el = form.querySelector('[data-row="' + CSS.escape(row.name) + '"]');
			var nilai = el.querySelector('[name="realisasi"]').value.trim();
			var yakin = el.querySelector('[name="keyakinan"]').value;
			return {
				name: row.name,
				realisasi: nilai === "" ? null : nilai,
				catatan: el.querySelector('[name="catatan"]').value,
				keyakinan: yakin === "" ? null : Number(yakin),
			};
		});
	}

	function bersihkanGalat() {
		form.querySelectorAll(".is-invalid").forEach(function (el) {
			el.classList.remove("is-invalid");
		});
		form.querySelectorAll("[data-galat],[data-peringatan]").forEach(function (el) {
			el.textContent = "";
		});
	}

	// Values that look like a slip: shown under each field; saving again as they are confirms them.
	var dikonfirmasi = null;

	function tampilkanPeringatan(peringatan, nilai) {
		Object.keys(peringatan).forEach(function (baris) {
			var el = form.querySelector('[data-peringatan="' + CSS.escape(baris) + '"]');
			if (el) el.textContent = peringatan[baris];
		});
		dikonfirmasi = JSON.stringify(nilai);
		var pertama = form.querySelector("[data-peringatan]:not(:empty)");
		if (pertama) pertama.closest(".form-group").querySelector('[name="realisasi"]').focus();
		kinerja.pesan(
			wadahPesan,
			"Periksa angka yang ditandai. Bila sudah benar, tekan Simpan Draf atau Ajukan sekali lagi untuk menyimpannya.",
			"warning"
		);
	}

	function tampilkanGalat(errors) {
		var umum = [];
		Object.keys(errors || {}).forEach(function (baris) {
			var wadah = form.querySelector('[data-row="' + CSS.escape(baris) + '"]');
			if (!wadah) {
				umum.push(errors[baris]);
				return;
			}
			wadah.querySelector('[name="realisasi"]').classList.add("is-invalid");
			wadah.querySelector("[data-galat]").textContent = errors[baris];
		});
		var pertama = form.querySelector(".is-invalid");
		if (pertama) pertama.focus();
		kinerja.pesan(
			wadahPesan,
			"Realisasi belum tersimpan. " + (umum.length ? umum.join(" ") : "Periksa isian yang ditandai merah."),
			"danger"
		);
	}

	function simpan() {
		bersihkanGalat();
		var nilai = kumpulkan();
		var args = { name: doc.name, rincian: nilai, konfirmasi: dikonfirmasi === JSON.stringify(nilai) ? 1 : 0 };
		return kinerja.panggil(API + "simpan_realisasi", args).then(function (hasil) {
			if (hasil && hasil.peringatan) {
				tampilkanPeringatan(hasil.peringatan, nilai);
				return false;
			}
			dikonfirmasi = null;
			if (!hasil || !hasil.ok) {
				tampilkanGalat((hasil && hasil.errors) || {});
				return false;
			}
			terima(hasil.doc);
			return true;
		});
	}

	function sibuk(tombol, ya) {
		form.querySelectorAll("[data-aksi]").forEach(function (b) {
			b.disabled = ya;
		});
		if (tombol) tombol.classList.toggle("disabled", ya);
	}

	function gagal(e) {
		kinerja.pesan(wadahPesan, e.message || String(e), "danger");
	}

	function muatBukti() {
		return kinerja
			.panggil("kinerja_asn.api.portal.bukti_saya", { skp: data.skp.name, sub_periode: data.terpilih.name })
			.then(function (daftar) {
				bukti = daftar || [];
			});
	}

	function unggah(tombol) {
		var baris = tombol.getAttribute("data-baris");
		var row = rincian().filter(function (r) {
			return r.name === baris;
		})[0];
		var wadah = form.querySelector('[data-unggah="' + CSS.escape(baris) + '"]');
		var galat = wadah.querySelector("[data-galat-unggah]");
		var jenis = wadah.querySelector('[name="jenis"]').value;
		var keterangan = wadah.querySelector('[name="keterangan"]').value.trim();
		var berkas = wadah.querySelector('[name="file"]').files[0];
		var tautan = wadah.querySelector('[name="tautan"]').value.trim();
		galat.textContent = "";
		if (!keterangan) return (galat.textContent = "Isi keterangan bukti dukung.");
		if (jenis === "Tautan" && !tautan) return (galat.textContent = "Isi tautan bukti dukung.");
		if (jenis !== "Tautan" && !berkas) return (galat.textContent = "Pilih berkas bukti dukung.");
		var isian = new FormData();
		isian.append("rhk", row.rhk);
		isian.append("iki", row.iki || "");
		isian.append("sub_periode", data.terpilih.name);
		isian.append("jenis", jenis);
		isian.append("keterangan", keterangan);
		isian.append("untuk_angka_kredit", wadah.querySelector('[name="untuk_angka_kredit"]').checked ? "1" : "0");
		if (jenis === "Tautan") isian.append("tautan", tautan);
		else isian.append("file", berkas, berkas.name);
		sibuk(tombol, true);
		var nilai = kumpulkan();
		kinerja
			.kirim(API + "unggah_bukti", isian, false)
			.then(muatBukti)
			.then(function () {
				render();
				pulihkan(nilai);
				kinerja.pesan(wadahPesan, "Bukti dukung terunggah.", "success");
			})
			.catch(function (e) {
				galat.textContent = e.message;
			})
			.finally(function () {
				sibuk(tombol, false);
			});
	}

	function pulihkan(nilai) {
		// Keep what was typed but not saved yet when the form is drawn again after an upload.
		nilai.forEach(function (n) {
			var el = form.querySelector('[data-row="' + CSS.escape(n.name) + '"]');
			if (!el || !bolehUbah()) return;
			el.querySelector('[name="realisasi"]').value = n.realisasi === null ? "" : n.realisasi; // as typed
			el.querySelector('[name="catatan"]').value = n.catatan || "";
			el.querySelector('[name="keyakinan"]').value = n.keyakinan === null ? "" : String(n.keyakinan);
		});
	}

	form.addEventListener("change", function (ev) {
		if (ev.target.name === "jenis") {
			var wadah = ev.target.closest("[data-unggah]");
			var tautan = ev.target.value === "Tautan";
			wadah.querySelector('[data-bagian="tautan"]').classList.toggle("d-none", !tautan);
			wadah.querySelector('[data-bagian="berkas"]').classList.toggle("d-none", tautan);
		}
	});

	form.addEventListener("click", function (ev) {
		var tombol = ev.target.closest("[data-aksi],[data-hapus]");
		if (!tombol) return;
		ev.preventDefault();
		var aksi = tombol.getAttribute("data-aksi");
		if (tombol.hasAttribute("data-hapus")) {
			if (!window.confirm("Hapus bukti dukung ini?")) return;
			var nilai = kumpulkan();
			kinerja
				.panggil(API + "hapus_bukti", { name: tombol.getAttribute("data-hapus") })
				.then(muatBukti)
				.then(function () {
					render();
					pulihkan(nilai);
				})
				.catch(gagal);
		} else if (aksi === "unggah") {
			unggah(tombol);
		} else if (aksi === "simpan") {
			sibuk(tombol, true);
			simpan()
				.then(function (ok) {
					if (!ok) return;
					render();
					kinerja.pesan(wadahPesan, "Draf realisasi tersimpan.", "success");
				})
				.catch(gagal)
				.finally(function () {
					sibuk(tombol, false);
				});
		} else if (aksi === "ajukan") {
			sibuk(tombol, true);
			simpan()
				.then(function (ok) {
					if (!ok) return;
					return kinerja.panggil(API + "ajukan_realisasi", { name: doc.name }).then(function (hasil) {
						terima(hasil);
						render();
						kinerja.pesan(wadahPesan, "Realisasi diajukan kepada pejabat penilai untuk diverifikasi.", "success");
					});
				})
				.catch(gagal)
				.finally(function () {
					sibuk(tombol, false);
				});
		}
	});

	kinerja
		.panggil(API + "ambil_realisasi", { skp: data.skp.name, sub_periode: data.terpilih.name })
		.then(function (hasil) {
			terima(hasil);
			render();
		})
		.catch(function (e) {
			form.innerHTML = "";
			gagal(e);
		});
})();
