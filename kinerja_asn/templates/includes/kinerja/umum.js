// Shared helpers of the /kinerja pages: calls to whitelisted methods with the session's CSRF token,
// error messages for people, and escaping of text put into HTML.
window.kinerja = window.kinerja || {};

kinerja.esc = function (teks) {
	return String(teks == null ? "" : teks).replace(/[&<>"']/g, function (c) {
		return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
	});
};

kinerja.angka = function (nilai) {
	if (nilai === null || nilai === undefined || nilai === "") return "–";
	return Number(nilai).toLocaleString("id-ID", { maximumFractionDigits: 2 });
};

// A value for an input: decimal comma, no thousands dots (the server reads both ways).
kinerja.isian = function (nilai) {
	if (nilai === null || nilai === undefined || nilai === "") return "";
	return String(Number(nilai)).replace(".", ",");
};

kinerja.pesanServer = function (data, cadangan) {
	var pesan = [];
	try {
		JSON.parse(data._server_messages || "[]").forEach(function (m) {
			var isi = JSON.parse(m);
			pesan.push(isi.message || isi);
		});
	} catch (e) {
		/* not a Frappe message list */
	}
	if (!pesan.length && data.exception) pesan.push(String(data.exception).split(":").slice(1).join(":"));
	return pesan.length ? pesan.join(" ").replace(/<[^>]*>/g, " ") : cadangan;
};

kinerja.kirim = function (method, body, json) {
	var headers = { "X-Frappe-CSRF-Token": frappe.csrf_token, Accept: "application/json" };
	if (json) headers["Content-Type"] = "application/json";
	return fetch("/api/method/" + method, {
		method: "POST",
		headers: headers,
		body: json ? JSON.stringify(body || {}) : body,
		credentials: "same-origin",
	}).then(function (r) {
		return r
			.json()
			.catch(function () {
				return {};
			})
			.then(function (data) {
				if (!r.ok) {
					var galat = new Error(kinerja.pesanServer(data, "Permintaan gagal (" + r.status + ")."));
					galat.status = r.status;
					throw galat;
				}
				return data.message;
			});
	});
};

kinerja.panggil = function (method, args) {
	return kinerja.kirim(method, args, true);
};

kinerja.pesan = function (wadah, teks, jenis) {
	wadah.innerHTML =
		'<div class="alert alert-' + (jenis || "info") + ' kinerja-pesan" role="alert">' + kinerja.esc(teks) + "</div>";
	wadah.scrollIntoView({ block: "nearest" });
};

kinerja.data = function (id) {
	var el = document.getElementById(id);
	return el ? JSON.parse(el.textContent) : null;
};

// On a phone the menu scrolls sideways: bring the current page's item into view.
document.addEventListener("DOMContentLoaded", function () {
	var aktif = document.querySelector(".kinerja-nav .nav-link.active");
	if (aktif && aktif.scrollIntoView) aktif.scrollIntoView({ block: "nearest", inline: "center" });
});
