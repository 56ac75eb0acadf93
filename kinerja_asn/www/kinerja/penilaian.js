// Penilaian Saya: acknowledge a final assessment, appeal it, give behaviour input to a colleague.
(function () {
	var API = "kinerja_asn.api.penilaian.";
	var halaman = document.getElementById("kinerja-penilaian");
	var wadahPesan = document.getElementById("pesan-penilaian");
	if (!halaman) return;

	function sibuk(el, ya) {
		el.querySelectorAll("button").forEach(function (b) {
			b.disabled = ya;
		});
	}

	function terima(tombol) {
		var kartu = tombol.closest("[data-penilaian]");
		sibuk(kartu, true);
		kinerja
			.panggil(API + "akui_penilaian", { penilaian: tombol.getAttribute("data-name") })
			.then(function () {
				kartu.querySelector("[data-diketahui]").innerHTML =
					'<div class="small text-success" data-diterima>Anda telah menerima penilaian ini.</div>';
			})
			.catch(function (e) {
				kinerja.pesan(wadahPesan, e.message, "danger");
			})
			.finally(function () {
				sibuk(kartu, false);
			});
	}

	function keberatan(tombol) {
		var kartu = tombol.closest("[data-penilaian]");
		var galat = kartu.querySelector("[data-galat-keberatan]");
		var alasan = kartu.querySelector('[name="alasan"]').value.trim();
		galat.textContent = "";
		if (!alasan) {
			galat.textContent = "Tuliskan alasan keberatan Anda.";
			kartu.querySelector('[name="alasan"]').focus();
			return;
		}
		sibuk(kartu, true);
		kinerja
			.panggil(API + "ajukan_keberatan", { penilaian: tombol.getAttribute("data-name"), alasan: alasan })
			.then(function () {
				kartu.querySelector("[data-form-keberatan]").outerHTML =
					'<div class="alert alert-info small mt-2 mb-0" data-keberatan>Keberatan diajukan (Diajukan).</div>';
				kinerja.pesan(wadahPesan, "Keberatan Anda telah diajukan kepada atasan pejabat penilai.", "success");
			})
			.catch(function (e) {
				galat.textContent = e.message;
			})
			.finally(function () {
				sibuk(kartu, false);
			});
	}

	function masukan(tombol) {
		var kartu = tombol.closest("[data-masukan]");
		var galat = kartu.querySelector("[data-galat-masukan]");
		var rincian = [];
		kartu.querySelectorAll("[data-perilaku]").forEach(function (el) {
			if (el.value) rincian.push({ perilaku_kerja: el.getAttribute("data-perilaku"), rating: el.value });
		});
		galat.textContent = "";
		if (!rincian.length) {
			galat.textContent = "Pilih rating untuk paling sedikit satu perilaku.";
			return;
		}
		sibuk(kartu, true);
		kinerja
			.panggil(API + "beri_masukan_perilaku", { penilaian: tombol.getAttribute("data-name"), rincian: rincian })
			.then(function () {
				galat.innerHTML = '<span class="text-success">Masukan terkirim. Terima kasih.</span>';
			})
			.catch(function (e) {
				galat.textContent = e.message;
			})
			.finally(function () {
				sibuk(kartu, false);
			});
	}

	halaman.addEventListener("click", function (ev) {
		var tombol = ev.target.closest("[data-aksi]");
		if (!tombol) return;
		var aksi = tombol.getAttribute("data-aksi");
		if (aksi === "terima") terima(tombol);
		else if (aksi === "keberatan") keberatan(tombol);
		else if (aksi === "masukan") masukan(tombol);
	});
})();
