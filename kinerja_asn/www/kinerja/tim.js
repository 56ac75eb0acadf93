// Tim Saya: verify or return a check-in, accept or reject evidence, and send feedback, in place.
(function () {
	var API = "kinerja_asn.api.realisasi.";
	var halaman = document.getElementById("kinerja-tim");
	var wadahPesan = document.getElementById("pesan-tim");
	if (!halaman) return;

	function sibuk(el, ya) {
		el.querySelectorAll("button").forEach(function (b) {
			b.disabled = ya;
		});
	}

	function verifikasi(tombol, keputusan) {
		var kartu = tombol.closest("[data-realisasi]");
		var galat = kartu.querySelector("[data-galat-realisasi]");
		var catatan = kartu.querySelector("[data-catatan]").value.trim();
		var umpanBalik = {};
		kartu.querySelectorAll("[data-umpan-balik]").forEach(function (el) {
			if (el.value.trim()) umpanBalik[el.getAttribute("data-umpan-balik")] = el.value.trim();
		});
		galat.textContent = "";
		if (keputusan === "Revisi" && !catatan) {
			galat.textContent = "Tuliskan catatan agar pegawai tahu apa yang perlu diperbaiki.";
			kartu.querySelector("[data-catatan]").focus();
			return;
		}
		sibuk(kartu, true);
		kinerja
			.panggil(API + "verifikasi_realisasi", {
				name: tombol.getAttribute("data-name"),
				keputusan: keputusan,
				catatan: catatan || null,
				umpan_balik: umpanBalik,
			})
			.then(function () {
				var teks =
					keputusan === "Diverifikasi"
						? "Realisasi telah diverifikasi."
						: "Realisasi dikembalikan kepada pegawai untuk diperbaiki.";
				kartu.querySelector(".card-footer").innerHTML =
					'<div class="alert alert-' +
					(keputusan === "Diverifikasi" ? "success" : "warning") +
					' mb-0" data-hasil="' +
					keputusan +
					'">' +
					teks +
					"</div>";
				kartu.querySelectorAll("textarea, .kinerja-aksi-bukti").forEach(function (el) {
					el.disabled = true;
				});
				if (tabel) tandaiSelesai(tombol.getAttribute("data-name"), teks, keputusan === "Diverifikasi" ? "success" : "warning");
			})
			.catch(function (e) {
				galat.textContent = e.message;
				sibuk(kartu, false);
			});
	}

	function verifikasiBukti(tombol, status) {
		var name = tombol.getAttribute("data-name");
		var li = tombol.closest("[data-bukti]");
		var alasan = null;
		if (status === "Ditolak") {
			alasan = li.querySelector("#alasan-" + CSS.escape(name)).value.trim();
			if (!alasan) {
				li.querySelector("[data-galat-bukti]").textContent = "Tuliskan alasan penolakan.";
				return;
			}
		}
		sibuk(li, true);
		kinerja
			.panggil(API + "verifikasi_bukti", { name: name, status: status, alasan: alasan })
			.then(function () {
				li.querySelector("[data-status-bukti]").innerHTML =
					'<span class="badge badge-' + (status === "Diterima" ? "success" : "danger") + '">' + status + "</span>";
				li.querySelectorAll(".kinerja-aksi-bukti, [data-tolak]").forEach(function (el) {
					el.remove();
				});
			})
			.catch(function (e) {
				kinerja.pesan(wadahPesan, e.message, "danger");
				sibuk(li, false);
			});
	}

	function umpanBalik(tombol) {
		var wadah = tombol.closest("[data-form-umpan-balik]");
		var galat = wadah.querySelector("[data-galat-umpan-balik]");
		var isi = wadah.querySelector('[name="isi"]').value.trim();
		galat.textContent = "";
		if (!isi) {
			galat.textContent = "Tuliskan umpan balik Anda.";
			return;
		}
		sibuk(wadah, true);
		kinerja
			.panggil(API + "beri_umpan_balik", {
				kepada: tombol.getAttribute("data-kepada"),
				jenis: wadah.querySelector('[name="jenis"]').value,
				isi: isi,
				skp: wadah.getAttribute("data-skp") || null,
			})
			.then(function () {
				wadah.querySelector('[name="isi"]').value = "";
				galat.innerHTML = '<span class="text-success">Umpan balik terkirim.</span>';
			})
			.catch(function (e) {
				galat.textContent = e.message;
			})
			.finally(function () {
				sibuk(wadah, false);
			});
	}

	// The queue's table: open a check-in's detail, sort, filter, choose several to verify at once.
	var tabel = document.getElementById("tabel-antrean");

	function kartu(name) {
		return halaman.querySelector('[data-realisasi="' + CSS.escape(name) + '"]');
	}

	function buka(name, ya) {
		var el = kartu(name);
		el.classList.toggle("d-none", !ya);
		var t = tabel && tabel.querySelector('[data-aksi="buka"][data-name="' + CSS.escape(name) + '"]');
		if (t) t.setAttribute("aria-expanded", ya ? "true" : "false");
		(ya ? el : t || el).scrollIntoView({ block: "start" });
	}

	function dipilih() {
		return Array.prototype.map.call(tabel.querySelectorAll("[data-pilih]:checked"), function (c) {
			return c.getAttribute("data-pilih");
		});
	}

	function perbaruiPilihan() {
		var n = dipilih().length;
		halaman.querySelector("[data-jumlah-pilih]").textContent = n;
		halaman.querySelector('[data-aksi="verifikasi-massal"]').disabled = n === 0;
	}

	function tandaiSelesai(name, teks, jenis) {
		var baris = tabel.querySelector('[data-baris-antrean="' + CSS.escape(name) + '"]');
		if (baris) {
			baris.querySelectorAll("input").forEach(function (c) {
				c.checked = false;
				c.disabled = true;
			});
			baris.cells[3].innerHTML = '<span class="badge badge-' + jenis + '" data-hasil>' + kinerja.esc(teks) + "</span>";
		}
	}

	function verifikasiMassal(tombol) {
		var names = dipilih();
		if (!names.length) return;
		sibuk(halaman.querySelector("#menunggu-verifikasi"), true);
		kinerja
			.panggil(API + "verifikasi_realisasi_massal", { names: names })
			.then(function (hasil) {
				hasil.diverifikasi.forEach(function (name) {
					tandaiSelesai(name, "Diverifikasi", "success");
					var el = kartu(name);
					if (el) el.remove();
				});
				var lewat = Object.keys(hasil.dilewati || {});
				lewat.forEach(function (name) {
					tandaiSelesai(name, "Dilewati: " + hasil.dilewati[name], "warning");
				});
				kinerja.pesan(
					wadahPesan,
					hasil.diverifikasi.length + " realisasi diverifikasi." + (lewat.length ? " " + lewat.length + " dilewati, periksa satu per satu." : ""),
					lewat.length ? "warning" : "success"
				);
			})
			.catch(function (e) {
				kinerja.pesan(wadahPesan, e.message, "danger");
			})
			.finally(function () {
				sibuk(halaman.querySelector("#menunggu-verifikasi"), false);
				tabel.querySelectorAll("[data-baris-antrean]").forEach(function (b) {
					var c = b.querySelector("[data-pilih]");
					if (c && (b.getAttribute("data-ditandai") === "1" || b.querySelector("[data-hasil]"))) c.disabled = true;
				});
				perbaruiPilihan();
			});
	}

	function urutkan(kunci) {
		var tbody = tabel.tBodies[0];
		var arah = tabel.getAttribute("data-arah-" + kunci) === "naik" ? "turun" : "naik";
		tabel.setAttribute("data-arah-" + kunci, arah);
		var baris = Array.prototype.slice.call(tbody.rows);
		baris.sort(function (a, b) {
			var x = a.getAttribute("data-" + kunci);
			var y = b.getAttribute("data-" + kunci);
			var beda = kunci === "capaian" ? Number(x) - Number(y) : x.localeCompare(y, "id");
			return arah === "naik" ? beda : -beda;
		});
		baris.forEach(function (b) {
			tbody.appendChild(b);
		});
	}

	if (tabel) {
		tabel.addEventListener("change", function (ev) {
			if (ev.target.hasAttribute("data-pilih-semua")) {
				tabel.querySelectorAll("[data-pilih]").forEach(function (c) {
					if (!c.disabled && !c.closest("tr").classList.contains("d-none")) c.checked = ev.target.checked;
				});
			}
			perbaruiPilihan();
		});
		halaman.querySelector("#saring-antrean").addEventListener("change", function (ev) {
			var saring = ev.target.value;
			tabel.querySelectorAll("[data-baris-antrean]").forEach(function (b) {
				var ditandai = b.getAttribute("data-ditandai") === "1";
				b.classList.toggle("d-none", (saring === "siap" && ditandai) || (saring === "ditandai" && !ditandai));
			});
		});
	}

	// The head rates a draft: save, rate (Dinilai), then make it final; errors beside the buttons.
	function nilaiPenilaian(tombol) {
		var kartu = tombol.closest("[data-penilaian]");
		var galat = kartu.querySelector("[data-galat-penilaian]");
		var tindakan = tombol.getAttribute("data-tindakan");
		var perilaku = {};
		kartu.querySelectorAll("[data-perilaku]").forEach(function (el) {
			perilaku[el.getAttribute("data-perilaku")] = el.value || null;
		});
		var args = { penilaian: tombol.getAttribute("data-name"), tindakan: tindakan };
		if (tindakan !== "tetapkan") {
			args.rating_hasil_kerja = kartu.querySelector('[name="rating_hasil_kerja"]').value || null;
			args.perilaku = perilaku;
			args.umpan_balik_hasil_kerja = kartu.querySelector('[name="umpan_balik_hasil_kerja"]').value;
		}
		galat.textContent = "";
		sibuk(kartu, true);
		kinerja
			.panggil("kinerja_asn.api.penilaian.nilai_penilaian", args)
			.then(function (hasil) {
				kartu.querySelector("[data-status-penilaian]").textContent = hasil.status;
				var teks = { simpan: "Tersimpan.", nilai: "Dinilai", tetapkan: "Ditetapkan" }[tindakan];
				galat.innerHTML =
					'<span class="text-success" data-hasil-penilaian="' +
					kinerja.esc(hasil.status) +
					'">' +
					kinerja.esc(teks + (hasil.predikat ? " Predikat: " + hasil.predikat + "." : "")) +
					"</span>";
				if (tindakan !== "simpan") {
					kartu.querySelectorAll("select, textarea").forEach(function (el) {
						el.disabled = true;
					});
					kartu.querySelectorAll("[data-aksi=penilaian]").forEach(function (b) {
						b.remove();
					});
				}
			})
			.catch(function (e) {
				galat.textContent = e.message;
			})
			.finally(function () {
				sibuk(kartu, false);
			});
	}

	halaman.addEventListener("click", function (ev) {
		var tombol = ev.target.closest("[data-aksi],[data-urut]");
		if (!tombol) return;
		if (tombol.hasAttribute("data-urut")) return urutkan(tombol.getAttribute("data-urut"));
		var aksi = tombol.getAttribute("data-aksi");
		if (aksi === "buka") buka(tombol.getAttribute("data-name"), tombol.getAttribute("aria-expanded") !== "true");
		else if (aksi === "tutup") buka(tombol.getAttribute("data-name"), false);
		else if (aksi === "verifikasi-massal") verifikasiMassal(tombol);
		else if (aksi === "penilaian") nilaiPenilaian(tombol);
		else if (aksi === "verifikasi") verifikasi(tombol, "Diverifikasi");
		else if (aksi === "kembalikan") verifikasi(tombol, "Revisi");
		else if (aksi === "terima-bukti") verifikasiBukti(tombol, "Diterima");
		else if (aksi === "tolak-bukti") {
			var form = halaman.querySelector('[data-tolak="' + CSS.escape(tombol.getAttribute("data-name")) + '"]');
			form.classList.remove("d-none");
			form.querySelector("input").focus();
		} else if (aksi === "kirim-tolak") verifikasiBukti(tombol, "Ditolak");
		else if (aksi === "umpan-balik") umpanBalik(tombol);
	});
})();
