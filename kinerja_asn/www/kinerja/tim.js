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

	halaman.addEventListener("click", function (ev) {
		var tombol = ev.target.closest("[data-aksi]");
		if (!tombol) return;
		var aksi = tombol.getAttribute("data-aksi");
		if (aksi === "verifikasi") verifikasi(tombol, "Diverifikasi");
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
