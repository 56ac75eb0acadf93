app_name = "kinerja_asn"
app_title = "Kinerja ASN"
app_publisher = "kinerja_asn team"
app_description = "Manajemen kinerja ASN (SKP, OKR, penilaian, angka kredit) untuk Frappe HRMS"
app_email = "dev@kinerja-asn.local"
app_license = "GNU General Public License (v3)"
required_apps = ["frappe/erpnext", "frappe/hrms"]

# Two doors by role (services/beranda.py); the first one a user may open is where the default app
# lands them after login.
add_to_apps_screen = [
	{
		"name": "kinerja_asn",
		"logo": "/assets/kinerja_asn/images/kinerja-asn-logo.svg",
		"title": "Kinerja ASN",
		"route": "/app/kinerja-asn",
		"has_permission": "kinerja_asn.services.beranda.ke_desk",
	},
	{
		"name": "kinerja_asn",
		"logo": "/assets/kinerja_asn/images/kinerja-asn-logo.svg",
		"title": "Kinerja Saya",
		"route": "/kinerja",
		"has_permission": "kinerja_asn.services.beranda.ke_portal",
	},
]

# Desk: Percent fields in the site's number format (public/js/angka.js); Buat Penilaian Massal's
# dialog, opened from the Penilaian Kinerja list and the Periode Kinerja form
app_include_js = ["/assets/kinerja_asn/js/angka.js", "/assets/kinerja_asn/js/penilaian_massal.js"]

# The /kinerja pages render on the app's light frame, found by name (services/portal/bingkai.py)
page_renderer = ["kinerja_asn.services.portal.bingkai.HalamanKinerja"]
website_path_resolver = ["kinerja_asn.services.portal.bingkai.selesaikan_path"]

# Installation
# ------------
before_install = "kinerja_asn.install.before_install"
after_install = ["kinerja_asn.install.after_install", "kinerja_asn.services.beranda.pasang_aplikasi_bawaan"]
after_migrate = ["kinerja_asn.install.after_migrate", "kinerja_asn.services.beranda.pasang_aplikasi_bawaan"]
before_uninstall = "kinerja_asn.install.before_uninstall"

# Testing
# -------
before_tests = "kinerja_asn.tests.utils.before_tests"

# Document events
# ---------------
doc_events = {
	# what the monitoring rekaps (services/rekap.py) are computed from: a change makes them stale
	"Employee": {
		"validate": "kinerja_asn.kinerja_asn.employee.validate",
		"on_change": "kinerja_asn.services.rekap.saat_berubah",
		"on_trash": "kinerja_asn.services.rekap.saat_berubah",
	},
	"SKP": {
		"on_update": "kinerja_asn.services.pemberitahuan.saat_diajukan",
		"on_change": "kinerja_asn.services.rekap.saat_berubah",
		"on_trash": "kinerja_asn.services.rekap.saat_berubah",
	},
	"Rencana Hasil Kerja": {
		"on_change": "kinerja_asn.services.rekap.saat_berubah",
		"on_trash": "kinerja_asn.services.rekap.saat_berubah",
	},
	"Realisasi Kinerja": {
		"on_update": "kinerja_asn.services.pemberitahuan.saat_diajukan",
		"on_change": "kinerja_asn.services.rekap.saat_berubah",
		"on_trash": "kinerja_asn.services.rekap.saat_berubah",
	},
	"Bukti Dukung": {
		"on_change": "kinerja_asn.services.rekap.saat_berubah",
		"on_trash": "kinerja_asn.services.rekap.saat_berubah",
	},
	"Employee Transfer": {
		"on_submit": "kinerja_asn.services.skp.mutasi_dari_transfer",
	},
	# a final assessment of a functional official converts to credit points (Pengaturan Kinerja)
	"Penilaian Kinerja": {
		"on_submit": "kinerja_asn.services.angka_kredit.saat_penilaian_final",
	},
	# a File row may not become a second key to another document's private file
	"File": {
		"validate": "kinerja_asn.services.berkas.validasi_file",
	},
}

# every response: a browser never guesses a served file's type
after_request = ["kinerja_asn.services.berkas.tambah_header_keamanan"]
# portal pages: compiled templates kept per worker (services/templat.py)
before_request = ["kinerja_asn.services.templat.pasang_cache_templat"]

treeviews = ["Sasaran Strategis"]

# the Employee form lists the official's credit-point documents among its connections
override_doctype_dashboards = {"Employee": "kinerja_asn.services.angka_kredit.dashboard_pegawai"}

doctype_js = {
	"Employee": "public/js/employee.js",
	# menuju_status(): which status a workflow action leads to (states are the admin's)
	"SKP": "public/js/alur.js",
	"Realisasi Kinerja": "public/js/alur.js",
}

# Permissions
# -----------
# Row-level access (kinerja_asn/permissions.py adapts services/akses.py and domain/akses.py): own
# documents, those one assesses, HR all; behaviour input hidden from the assessed employee;
# organisation predikat read by all and set by the leader above or HR; files follow their document.
permission_query_conditions = {
	"SKP": "kinerja_asn.permissions.skp_query",
	"Rencana Hasil Kerja": "kinerja_asn.permissions.rhk_query",
	"Perjanjian Kinerja": "kinerja_asn.permissions.perjanjian_kinerja_query",
	"Laporan Pejabat Penilai": "kinerja_asn.permissions.laporan_pejabat_penilai_query",
	"Realisasi Kinerja": "kinerja_asn.permissions.realisasi_query",
	"Bukti Dukung": "kinerja_asn.permissions.bukti_dukung_query",
	"Umpan Balik Kinerja": "kinerja_asn.permissions.umpan_balik_query",
	"Rencana Aksi": "kinerja_asn.permissions.rencana_aksi_query",
	"Penilaian Kinerja": "kinerja_asn.permissions.penilaian_query",
	"Masukan Perilaku Kerja": "kinerja_asn.permissions.masukan_perilaku_query",
	"Keberatan Penilaian Kinerja": "kinerja_asn.permissions.keberatan_query",
	"Entri Angka Kredit": "kinerja_asn.permissions.angka_kredit_query",
	"Angka Kredit Awal": "kinerja_asn.permissions.angka_kredit_query",
	"Konversi Angka Kredit": "kinerja_asn.permissions.angka_kredit_query",
	"Usulan Angka Kredit": "kinerja_asn.permissions.usulan_angka_kredit_query",
	"Penetapan Angka Kredit": "kinerja_asn.permissions.angka_kredit_query",
	"File": "kinerja_asn.services.berkas.file_query",
}
has_permission = {
	"SKP": "kinerja_asn.permissions.skp_has_permission",
	"Rencana Hasil Kerja": "kinerja_asn.permissions.rhk_has_permission",
	"Perjanjian Kinerja": "kinerja_asn.permissions.perjanjian_kinerja_has_permission",
	"Laporan Pejabat Penilai": "kinerja_asn.permissions.laporan_pejabat_penilai_has_permission",
	"Realisasi Kinerja": "kinerja_asn.permissions.realisasi_has_permission",
	"Bukti Dukung": "kinerja_asn.permissions.bukti_dukung_has_permission",
	"Umpan Balik Kinerja": "kinerja_asn.permissions.umpan_balik_has_permission",
	"Rencana Aksi": "kinerja_asn.permissions.rencana_aksi_has_permission",
	"Penilaian Kinerja": "kinerja_asn.permissions.penilaian_has_permission",
	"Masukan Perilaku Kerja": "kinerja_asn.permissions.masukan_perilaku_has_permission",
	"Keberatan Penilaian Kinerja": "kinerja_asn.permissions.keberatan_has_permission",
	"Predikat Kinerja Organisasi": "kinerja_asn.permissions.predikat_organisasi_has_permission",
	"Entri Angka Kredit": "kinerja_asn.permissions.angka_kredit_has_permission",
	"Angka Kredit Awal": "kinerja_asn.permissions.angka_kredit_has_permission",
	"Konversi Angka Kredit": "kinerja_asn.permissions.angka_kredit_has_permission",
	"Usulan Angka Kredit": "kinerja_asn.permissions.usulan_angka_kredit_has_permission",
	"Penetapan Angka Kredit": "kinerja_asn.permissions.angka_kredit_has_permission",
	"File": "kinerja_asn.services.berkas.file_has_permission",
}

# Scheduled jobs
# --------------
scheduler_events = {
	# monitoring rekaps left stale (a change while their job ran, a lost job)
	"cron": {"*/10 * * * *": ["kinerja_asn.services.rekap.perbarui_yang_usang"]},
	"daily": [
		# acting assignments start and end by date: move open SKP to the right approver
		"kinerja_asn.services.penilai.sinkronkan_penyetuju",
		# subordinates waiting on their leader's SKP: remind the leader, then the leader's superior
		"kinerja_asn.services.menunggu.ingatkan_pimpinan",
		# check-ins due at the end of a sub-period; SKP not approved a month into the period
		"kinerja_asn.services.pengingat.ingatkan_realisasi",
		"kinerja_asn.services.pengingat.ingatkan_skp_belum_disetujui",
		# one digest per approver of what waits on them (not a mail per submission)
		"kinerja_asn.services.pemberitahuan.kirim_ringkasan_harian",
		# assessment window of a period: its opening, and a week before its close, to the heads
		"kinerja_asn.services.pemberitahuan_penilaian.ingatkan_masa_penilaian",
	],
}


# Employee portal (/kinerja): Kinerja Saya, Realisasi, Tim Saya in the portal menu
portal_menu_items = [
	{"title": "Kinerja Saya", "route": "/kinerja", "role": "Employee"},
	{"title": "Realisasi Kinerja", "route": "/kinerja/realisasi", "role": "Employee"},
	{"title": "Tim Saya", "route": "/kinerja/tim", "role": "Employee"},
	{"title": "Penilaian Saya", "route": "/kinerja/penilaian", "role": "Employee"},
	{"title": "Angka Kredit Saya", "route": "/kinerja/angka_kredit", "role": "Employee"},
]

# Print formats (SKP, Dokumen Evaluasi Kinerja) load what they show through these
jinja = {
	"methods": [
		"kinerja_asn.services.cetak.skp_context",
		"kinerja_asn.services.cetak.evaluasi_context",
	],
}
