"""The portal in a real browser: an employee submits a check-in with a file from a phone, the
superior verifies it. Headless Chromium driven by Playwright against a bench on 127.0.0.1.

Skipped unless KINERJA_PORTAL_URL is set, so the pure suite passes without a bench. To run it:

    bench --site SITE set-config allow_tests true
    bench --site SITE execute kinerja_asn.tests.portal_fixture.siapkan | tail -1 > /tmp/portal.json
    (cd sites && gunicorn -b 127.0.0.1:8000 'frappe.app:application_with_statics()' &)
    KINERJA_PORTAL_URL=http://127.0.0.1:8000 KINERJA_PORTAL_SITE=SITE \\
    KINERJA_PORTAL_DATA=/tmp/portal.json python -m pytest tests/browser -p no:cacheprovider

Optional: KINERJA_CHROMIUM (a Chromium binary; /usr/bin/chromium when present), KINERJA_PORTAL_SHOTS
(folder for the PNG screenshots, default /tmp/kinerja-portal-shots).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

BASE = os.environ.get("KINERJA_PORTAL_URL", "").rstrip("/")
pytestmark = pytest.mark.skipif(not BASE, reason="KINERJA_PORTAL_URL not set: no bench to test against")

# What kinerja_asn.tests.portal_fixture.siapkan makes; KINERJA_PORTAL_DATA (its output) overrides.
BAWAAN = {
	"password": "Kinerja#Portal2026",
	"pegawai": "staf1.portal@example.com",
	"atasan": "admin.portal@example.com",
}
ARGUMEN_CHROMIUM = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--no-first-run",
]
PONSEL = {"width": 390, "height": 844}
LAYAR = {"width": 1280, "height": 900}
TIMEOUT_MS = 20_000


def pdf_kecil(teks: str = "Bukti dukung uji portal") -> bytes:
	"""A one-page PDF made on the spot (no file in the repository)."""
	isi = f"BT /F1 18 Tf 40 780 Td ({teks}) Tj ET".encode()
	objek = [
		b"<< /Type /Catalog /Pages 2 0 R >>",
		b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
		b" /Resources << /Font << /F1 5 0 R >> >> >>",
		b"<< /Length %d >>\nstream\n" % len(isi) + isi + b"\nendstream",
		b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	]
	keluaran = bytearray(b"%PDF-1.4\n")
	posisi = []
	for i, o in enumerate(objek, 1):
		posisi.append(len(keluaran))
		keluaran += b"%d 0 obj\n" % i + o + b"\nendobj\n"
	xref = len(keluaran)
	keluaran += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objek) + 1)
	keluaran += b"".join(b"%010d 00000 n \n" % p for p in posisi)
	keluaran += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objek) + 1, xref)
	return bytes(keluaran)


@pytest.fixture(scope="module")
def data() -> dict:
	berkas = os.environ.get("KINERJA_PORTAL_DATA")
	hasil = dict(BAWAAN)
	if berkas:
		hasil.update(json.loads(Path(berkas).read_text().strip().splitlines()[-1]))
	return hasil


@pytest.fixture(scope="module")
def folder_gambar() -> Path:
	folder = Path(os.environ.get("KINERJA_PORTAL_SHOTS", "/tmp/kinerja-portal-shots"))
	folder.mkdir(parents=True, exist_ok=True)
	return folder


@pytest.fixture(scope="module")
def browser():
	sync_api = pytest.importorskip("playwright.sync_api")
	chromium = os.environ.get("KINERJA_CHROMIUM") or (
		"/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
	)
	with sync_api.sync_playwright() as p:
		b = p.chromium.launch(executable_path=chromium, args=ARGUMEN_CHROMIUM, headless=True)
		yield b
		b.close()


def konteks(browser, viewport):
	site = os.environ.get("KINERJA_PORTAL_SITE")
	ctx = browser.new_context(
		base_url=BASE,
		viewport=viewport,
		extra_http_headers={"X-Frappe-Site-Name": site} if site else None,
		locale="id-ID",
	)
	ctx.set_default_timeout(TIMEOUT_MS)
	return ctx


def masuk(page, user: str, password: str, tujuan: str) -> None:
	"""Log in through the login page, coming back to `tujuan` as a guest sent there would."""
	page.goto(tujuan)
	assert "/login" in page.url, "a guest must be sent to the login page"
	assert "redirect-to" in page.url
	page.fill("#login_email", user)
	page.fill("#login_password", password)
	page.click(".btn-login:not(.btn-ldap-login)")
	page.wait_for_url(re.compile(re.escape(tujuan.split("?")[0]) + r"(\?|$)"))


def test_check_in_with_a_file_then_verified_by_the_superior(browser, data, folder_gambar):
	# The employee, on a phone -----------------------------------------------------------------------
	ctx = konteks(browser, PONSEL)
	page = ctx.new_page()
	masuk(page, data["pegawai"], data["password"], "/kinerja")
	page.wait_for_selector(".kinerja-rhk")
	assert page.locator("#tagihan").is_visible()
	assert page.get_by_text("IKU:").first.is_visible()
	page.screenshot(path=str(folder_gambar / "01-kinerja-saya-ponsel.png"), full_page=True)

	tujuan = "/kinerja/realisasi"
	if data.get("skp") and data.get("sub_periode"):
		page.goto(f"{tujuan}?skp={data['skp']}&sub_periode={data['sub_periode']}")
	else:
		page.click(f".kinerja-nav a[href='{tujuan}']")
	baris = page.locator("#form-realisasi .kinerja-iki[data-row]")
	baris.first.wait_for()
	jumlah = baris.count()
	assert jumlah >= 1

	# A wrong value is refused and shown next to its field; nothing is saved.
	baris.nth(0).locator("[name=realisasi]").fill("-5")
	page.click("[data-aksi=simpan]")
	galat = baris.nth(0).locator("[data-galat]")
	galat.wait_for(state="visible")
	assert galat.inner_text().strip()
	assert "is-invalid" in (baris.nth(0).locator("[name=realisasi]").get_attribute("class") or "")
	page.screenshot(path=str(folder_gambar / "02-realisasi-galat-di-kolom.png"), full_page=True)

	for i in range(jumlah):
		b = baris.nth(i)
		b.locator("[name=realisasi]").fill(str(10 + i))
		b.locator("[name=keyakinan]").select_option("8")
		b.locator("[name=catatan]").fill(f"Dikerjakan sesuai rencana ({i + 1})")
	page.click("[data-aksi=simpan]")
	page.wait_for_selector("#pesan-realisasi .alert-success")

	# Evidence: a small PDF made here, attached to the first indicator.
	pertama = baris.nth(0)
	pertama.locator("details.kinerja-unggah summary").click()
	pertama.locator("[name=jenis]").select_option("Dokumen")
	pertama.locator("input[type=file]").set_input_files(
		{"name": "bukti-realisasi.pdf", "mimeType": "application/pdf", "buffer": pdf_kecil()}
	)
	pertama.locator("[name=keterangan]").fill("Rekap usulan bulan ini")
	pertama.locator("[data-aksi=unggah]").click()
	page.wait_for_selector("#form-realisasi .kinerja-bukti a:has-text('Rekap usulan bulan ini')")
	page.screenshot(path=str(folder_gambar / "03-realisasi-terisi-dengan-bukti.png"), full_page=True)

	page.click("[data-aksi=ajukan]")
	page.wait_for_selector("#status-realisasi:has-text('Diajukan')")
	assert page.locator("[data-aksi=simpan]").count() == 0
	page.screenshot(path=str(folder_gambar / "04-realisasi-diajukan.png"), full_page=True)

	# The superior, on a desktop -----------------------------------------------------------------------
	ctx_atasan = konteks(browser, LAYAR)
	atasan = ctx_atasan.new_page()
	masuk(atasan, data["atasan"], data["password"], "/kinerja/tim")
	# the queue's row of this check-in opens its detail
	nama = atasan.locator(f"tr[data-nama='{data['nama_pegawai']}'] [data-aksi=buka]").first
	nama.click()
	kartu = atasan.locator("[data-realisasi]:not(.d-none)").first
	kartu.wait_for()
	assert kartu.locator(".kinerja-bukti a:has-text('Rekap usulan bulan ini')").count() == 1
	atasan.screenshot(path=str(folder_gambar / "05-tim-saya-menunggu-verifikasi.png"), full_page=True)

	kartu.locator("[data-aksi=terima-bukti]").first.click()
	kartu.locator(".kinerja-bukti .badge:has-text('Diterima')").first.wait_for()
	kartu.locator("[data-umpan-balik]").first.fill("Bagus, pertahankan ketepatan waktunya.")
	kartu.locator("[data-catatan]").fill("Realisasi sesuai bukti.")
	kartu.locator("[data-aksi=verifikasi]").click()
	kartu.locator("[data-hasil=Diverifikasi]").wait_for()
	atasan.screenshot(path=str(folder_gambar / "06-tim-saya-terverifikasi.png"), full_page=True)
	ctx_atasan.close()

	# The employee sees the verdict and the feedback --------------------------------------------------
	page.reload()
	page.wait_for_selector("#status-realisasi:has-text('Diverifikasi')")
	assert page.get_by_text("Bagus, pertahankan ketepatan waktunya.").is_visible()
	page.screenshot(path=str(folder_gambar / "07-realisasi-diverifikasi-ponsel.png"), full_page=True)
	page.goto("/kinerja")
	page.wait_for_selector(".kinerja-rhk")
	page.screenshot(path=str(folder_gambar / "08-kinerja-saya-setelah-verifikasi.png"), full_page=True)
	ctx.close()


def test_landing_decimal_comma_warning_and_bulk_verification_on_a_phone(browser, data, folder_gambar):
	"""Issue 15: the employee lands on /kinerja after login, "0,5" is 0.5, 999999 is questioned;
	the superior sees the queue of 9 on one phone screen and verifies two at once."""
	ctx = konteks(browser, PONSEL)
	page = ctx.new_page()
	page.goto("/login")
	page.fill("#login_email", data["rekan"])
	page.fill("#login_password", data["password"])
	page.click(".btn-login:not(.btn-ldap-login)")
	page.wait_for_url(re.compile(r"/kinerja(\?|$)"))
	page.wait_for_selector("#kinerja-saya")
	page.screenshot(path=str(folder_gambar / "11-mendarat-di-kinerja-saya.png"), full_page=True)

	page.goto(f"/kinerja/realisasi?skp={data['skp_rekan']}&sub_periode={data['sub_periode_rekan']}")
	baris = page.locator("#form-realisasi .kinerja-iki[data-row]").first
	baris.wait_for()
	isian = baris.locator("[name=realisasi]")
	isian.fill("0,5")
	page.click("[data-aksi=simpan]")
	page.wait_for_selector("#pesan-realisasi .alert-success")
	page.reload()
	isian = page.locator("#form-realisasi .kinerja-iki[data-row]").first.locator("[name=realisasi]")
	isian.wait_for()
	assert isian.input_value() == "0,5"

	isian.fill("999999")
	page.click("[data-aksi=simpan]")
	peringatan = page.locator("#form-realisasi [data-peringatan]:not(:empty)").first
	peringatan.wait_for()
	assert "periksa kembali" in peringatan.inner_text()
	assert page.locator("#pesan-realisasi .alert-warning").is_visible()
	page.screenshot(path=str(folder_gambar / "12-realisasi-peringatan-angka.png"), full_page=True)
	page.reload()  # not confirmed: nothing was saved
	isian = page.locator("#form-realisasi .kinerja-iki[data-row]").first.locator("[name=realisasi]")
	isian.wait_for()
	assert isian.input_value() == "0,5"
	ctx.close()

	ctx = konteks(browser, PONSEL)
	atasan = ctx.new_page()
	masuk(atasan, data["atasan"], data["password"], "/kinerja/tim")
	tabel = atasan.locator("#tabel-antrean")
	tabel.wait_for()
	baris_rekan = [tabel.locator(f"tr[data-baris-antrean='{n}']") for n in data["antrean"]]
	assert all(b.count() == 1 for b in baris_rekan)
	kotak = tabel.bounding_box()
	assert kotak and kotak["height"] <= PONSEL["height"], kotak  # the queue fits one phone screen
	assert baris_rekan[-1].locator("[data-tanda=peringatan]").count() == 1
	assert baris_rekan[-1].locator("[data-pilih]").is_disabled()
	atasan.screenshot(path=str(folder_gambar / "13-tim-saya-antrean-ponsel.png"), full_page=True)

	for b in baris_rekan[:2]:
		b.locator("[data-pilih]").check()
	atasan.click("[data-aksi=verifikasi-massal]")
	for b in baris_rekan[:2]:
		b.locator("[data-hasil]:has-text('Diverifikasi')").wait_for()
	assert atasan.locator("#pesan-tim .alert-success").is_visible()
	atasan.screenshot(path=str(folder_gambar / "14-tim-saya-verifikasi-dua-sekaligus.png"), full_page=True)
	ctx.close()


def test_the_head_rates_and_the_employee_appeals_on_a_phone(browser, data, folder_gambar):
	"""Issue 16: the head rates a subordinate's draft in Tim Saya and makes it final; the employee
	reads the final assessment in Penilaian Saya, sees the deadline and appeals."""
	ctx = konteks(browser, PONSEL)
	atasan = ctx.new_page()
	masuk(atasan, data["atasan"], data["password"], "/kinerja/tim")
	kartu = atasan.locator(f"#penilaian-tim [data-penilaian='{data['penilaian_draf']}']")
	kartu.locator("summary").click()
	kartu.locator("[name=rating_hasil_kerja]").select_option("Sesuai Ekspektasi")
	pilihan = kartu.locator("select[data-perilaku]")
	for i in range(pilihan.count()):
		pilihan.nth(i).select_option("Sesuai Ekspektasi")
	atasan.screenshot(path=str(folder_gambar / "21-tim-saya-menilai.png"), full_page=True)
	kartu.locator("[data-tindakan=nilai]").click()
	kartu.locator("[data-hasil-penilaian=Dinilai]").wait_for()
	atasan.reload()
	kartu = atasan.locator(f"#penilaian-tim [data-penilaian='{data['penilaian_draf']}']")
	kartu.locator("summary").click()
	kartu.locator("[data-tindakan=tetapkan]").click()
	kartu.locator("[data-hasil-penilaian=Ditetapkan]").wait_for()
	atasan.screenshot(path=str(folder_gambar / "22-tim-saya-ditetapkan.png"), full_page=True)
	ctx.close()

	ctx = konteks(browser, PONSEL)
	page = ctx.new_page()
	masuk(page, data["pegawai"], data["password"], "/kinerja/penilaian")
	kartu = page.locator(f"[data-penilaian='{data['penilaian_final']}']")
	kartu.wait_for()
	assert kartu.locator("[data-predikat]").inner_text().strip() == "Baik"
	assert "download_pdf" in (kartu.locator("[data-pdf]").get_attribute("href") or "")
	kartu.locator("[data-form-keberatan] summary").click()
	assert "Batas pengajuan keberatan" in kartu.locator("[data-form-keberatan]").inner_text()
	kartu.locator("[data-aksi=keberatan]").click()  # without a reason: told beside the field
	assert kartu.locator("[data-galat-keberatan]").inner_text().strip()
	kartu.locator("[name=alasan]").fill("Capaian layanan saya melebihi target yang ditetapkan.")
	kartu.locator("[data-aksi=keberatan]").click()
	kartu.locator("[data-keberatan]").wait_for()
	page.screenshot(path=str(folder_gambar / "23-penilaian-saya-keberatan.png"), full_page=True)
	ctx.close()
