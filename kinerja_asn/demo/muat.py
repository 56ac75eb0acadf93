"""Write the demo agency of kinerja_asn.demo.rancangan into a site.

The few planning documents (Periode Kinerja, Renstra, Sasaran Strategis, Indikator Kinerja,
Perjanjian Kinerja) and the masters go through their controllers. The bulk (users, employees, SKP,
RHK and their rows) is written with one INSERT per chunk of rows, every value the controllers would
set computed here: names from the naming series, fetched fields, approval state, nested-set bounds.
`kinerja_asn.tests.test_demo` proves the two agree: controllers re-validate sample documents without
an error and without changing a stored value.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import frappe
from frappe import _
from frappe.utils import getdate, now_datetime
from frappe.utils.nestedset import get_root_of, rebuild_tree

from kinerja_asn.demo.rancangan import (
	EKSPEKTASI_KHUSUS,
	JABATAN_FUNGSIONAL,
	JUMLAH_MINIMAL,
	SATUAN_INDIKATOR,
	Pegawai,
	RancanganDemo,
	rancang_demo,
)
from kinerja_asn.domain.pelaksanaan import agregasi_bawaan
from kinerja_asn.services.tulis_massal import TabelMassal, nama_berseri, nama_unik

DOMAIN_DEMO = "kemencontoh.example"
"""Every demo user has an address here (a reserved top-level domain: mail to it goes nowhere); it
is how the demo recognises its own employees."""
KATA_SANDI_DEMO = "demo"
NAMA_INSTANSI = "Kementerian Contoh"
SINGKATAN_INSTANSI = "KC"
UKURAN_POTONGAN = 2000
"""Rows per INSERT: a few MB per statement, well under MariaDB's default max_allowed_packet (16 MB)."""

LAMPIRAN = {
	"dukungan_sumber_daya": "<p>Anggaran kegiatan unit, sarana kerja, dan akses sistem informasi kementerian.</p>",
	"skema_pertanggungjawaban": "<p>Laporan capaian triwulanan kepada pejabat penilai kinerja.</p>",
	"konsekuensi": "<p>Capaian kinerja menjadi dasar pemberian penghargaan dan pengembangan karier.</p>",
}


class DemoDitolak(frappe.ValidationError):
	"""The site is not one the demo may be loaded into."""


@dataclass
class HasilDemo:
	"""What load-demo made: names to log in with and counts to print."""

	company: str
	periode: str
	renstra: str
	seed: int
	jumlah: dict[str, int]
	puncak: str
	penumpang: list[str]
	beban_lebih: str
	contoh_pengguna: dict[str, str]
	waktu: dict[str, float] = field(default_factory=dict)
	penilaian: object | None = None  # muat_penilaian.HasilPenilaianDemo of last year


def muat_demo(
	pegawai: int = 200,
	tahun: int | None = None,
	seed: int | None = None,
	force: bool = False,
	log: Callable[[str], None] | None = None,
) -> HasilDemo:
	"""Build the demo ministry in this site (nothing is committed here: the caller commits).

	Refuses (DemoDitolak) a site holding employees or performance documents that the demo did not
	make unless `force`, and always a site where the demo is already loaded, so a rerun never
	duplicates anything."""
	log = log or (lambda pesan: None)
	tahun = int(tahun or now_datetime().year)
	seed = random.SystemRandom().randint(1, 999_999) if seed is None else int(seed)
	if int(pegawai) < JUMLAH_MINIMAL:
		raise DemoDitolak(_("Jumlah pegawai demo paling sedikit {0}.").format(JUMLAH_MINIMAL))
	periksa_situs(force)

	stopwatch = _Stopwatch(log)
	company = siapkan_instansi(log)
	stopwatch("instansi")
	abbr = frappe.get_cached_value("Company", company, "abbr")
	rancangan = rancang_demo(
		int(pegawai),
		tahun,
		seed,
		getdate(),
		nip_terpakai=set(frappe.get_all("Employee", filters={"nip": ("is", "set")}, pluck="nip")),
		email_terpakai={u.split("@")[0] for u in frappe.get_all("User", pluck="name")}
		| set(frappe.get_all("User", filters={"username": ("is", "set")}, pluck="username")),
		unit_terpakai=set(
			frappe.get_all("Department", filters={"company": company}, pluck="department_name")
		),
	)
	stopwatch("rancangan")
	penulis = _PenulisDemo(rancangan, company, abbr, log)
	penulis.tulis_master()
	penulis.tulis_unit()
	stopwatch("unit")
	penulis.tulis_pengguna_dan_pegawai()
	stopwatch("pengguna dan pegawai")
	penulis.tulis_periode()
	penulis.tulis_renstra()
	stopwatch("renstra dan indikator")
	penulis.tulis_perjanjian_kinerja()
	stopwatch("perjanjian kinerja")
	penulis.tulis_skp()
	stopwatch("skp")
	penulis.tulis_rhk()
	stopwatch("rhk")
	from kinerja_asn.demo.muat_pelaksanaan import tulis_pelaksanaan

	tulis_pelaksanaan(penulis)
	stopwatch("pelaksanaan tahun berjalan")
	from kinerja_asn.demo.muat_angka_kredit import tulis_angka_kredit
	from kinerja_asn.demo.muat_penilaian import tulis_penilaian_tahun_lalu

	penilaian = tulis_penilaian_tahun_lalu(penulis)
	stopwatch("penilaian tahun lalu")
	hr = next((p for p in rancangan.pegawai if p.pengelola_kinerja), None)
	for doctype, n in tulis_angka_kredit(penulis, seed, penulis.user.get(hr.nomor) if hr else None).items():
		penulis.jumlah[doctype] = n
	stopwatch("angka kredit")
	frappe.clear_cache()
	hasil = penulis.hasil(seed, stopwatch.waktu)
	hasil.penilaian = penilaian
	return hasil


def pegawai_demo_filter() -> dict:
	return {"user_id": ("like", f"%@{DOMAIN_DEMO}")}


def periksa_situs(force: bool = False) -> None:
	"""Refuse a site with data the demo did not make (unless forced) or with the demo already in it."""
	lain = _data_lain()
	if lain and not force:
		rincian = ", ".join(f"{n} {_(doctype)}" for doctype, n in lain.items())
		raise DemoDitolak(
			_(
				"Situs {0} sudah berisi data yang bukan data demo ({1}). Data demo hanya dimuat ke situs "
				"tanpa data nyata; jalankan dengan --force bila memang ingin mencampurnya."
			).format(frappe.local.site, rincian)
		)
	demo = frappe.db.count("Employee", pegawai_demo_filter())
	if demo:
		raise DemoDitolak(
			_(
				"Data demo sudah dimuat di situs {0} ({1} pegawai demo). Perintah ini tidak memuatnya dua "
				"kali, juga dengan --force; buat situs baru untuk demo yang lain."
			).format(frappe.local.site, demo)
		)


def _data_lain() -> dict[str, int]:
	"""Employees and performance documents that are not the demo's, by DocType."""
	pola = f"%@{DOMAIN_DEMO}"
	hitung = {
		"Employee": frappe.db.sql(
			"select count(*) from `tabEmployee` where coalesce(user_id, '') not like %s", pola
		)[0][0],
		"SKP": frappe.db.sql(
			"""select count(*) from `tabSKP` s left join `tabEmployee` e on e.name = s.employee
			where coalesce(e.user_id, '') not like %s""",
			pola,
		)[0][0],
		"Perjanjian Kinerja": frappe.db.sql(
			"""select count(*) from `tabPerjanjian Kinerja` p left join `tabEmployee` e on e.name = p.pihak_pertama
			where coalesce(e.user_id, '') not like %s""",
			pola,
		)[0][0],
		"Renstra": frappe.db.sql(
			"""select count(*) from `tabRenstra` r left join `tabDepartment` d on d.name = r.unit
			left join `tabEmployee` e on e.name = d.kepala_unit where coalesce(e.user_id, '') not like %s""",
			pola,
		)[0][0],
	}
	return {doctype: n for doctype, n in hitung.items() if n}


def siapkan_instansi(log: Callable[[str], None]) -> str:
	"""The site's default company; in a fresh site the setup wizard is completed for an Indonesian
	ministry (IDR, Asia/Jakarta), as a person would on first login."""
	default = frappe.defaults.get_global_default("company")
	if default and frappe.db.exists("Company", default):
		return default
	ada = frappe.get_all("Company", fields=["name", "country"], order_by="creation asc")
	if ada:
		return next((c.name for c in ada if c.country == "Indonesia"), ada[0].name)
	tahun = now_datetime().year
	if not frappe.is_setup_complete():
		from frappe.desk.page.setup_wizard.setup_wizard import setup_complete

		log(_("Menyelesaikan setup wizard untuk {0} ...").format(NAMA_INSTANSI))
		setup_complete(
			{
				"currency": "IDR",
				"full_name": "Administrator",
				"company_name": NAMA_INSTANSI,
				"timezone": "Asia/Jakarta",
				"company_abbr": SINGKATAN_INSTANSI,
				"industry": "Government",
				"country": "Indonesia",
				"fy_start_date": f"{tahun}-01-01",
				"fy_end_date": f"{tahun}-12-31",
				"language": "english",
				"company_tagline": "Birokrasi yang bersih, efektif dan melayani",
				"chart_of_accounts": "Standard",
			}
		)
	if not frappe.db.exists("Company", NAMA_INSTANSI):
		frappe.get_doc(
			{
				"doctype": "Company",
				"company_name": NAMA_INSTANSI,
				"abbr": SINGKATAN_INSTANSI,
				"default_currency": "IDR",
				"country": "Indonesia",
			}
		).insert(ignore_permissions=True)
	frappe.db.set_default("company", NAMA_INSTANSI)
	frappe.db.set_single_value("Global Defaults", "default_company", NAMA_INSTANSI)
	return NAMA_INSTANSI


class _Stopwatch:
	def __init__(self, log):
		self.log = log
		self.mulai = self.terakhir = time.monotonic()
		self.waktu: dict[str, float] = {}

	def __call__(self, langkah: str):
		sekarang = time.monotonic()
		self.waktu[langkah] = sekarang - self.terakhir
		self.terakhir = sekarang
		self.log(f"  {langkah}: {self.waktu[langkah]:.1f} s")


class _PenulisDemo:
	def __init__(self, rancangan: RancanganDemo, company: str, abbr: str, log):
		self.r = rancangan
		self.company = company
		self.abbr = abbr
		self.log = log
		self.waktu = now_datetime()
		self.unit: dict[int, str] = {}
		self.pegawai: dict[int, str] = {}
		self.user: dict[int, str] = {}
		self.indikator: dict[int, str] = {}
		self.pk: dict[int, str] = {}
		self.skp: dict[int, str] = {}
		self.jumlah: dict[str, int] = {}

	def _email(self, p: Pegawai) -> str:
		return f"{p.email_lokal}@{DOMAIN_DEMO}"

	def _tabel(self, doctype: str) -> TabelMassal:
		return TabelMassal(doctype, self.waktu)

	def _hitung(self, label: str, n: int):
		self.jumlah[label] = self.jumlah.get(label, 0) + n

	# Masters ----------------------------------------------------------------------------------------

	def tulis_master(self):
		for satuan in SATUAN_INDIKATOR:
			if not frappe.db.exists("UOM", satuan):
				frappe.get_doc({"doctype": "UOM", "uom_name": satuan}).insert(ignore_permissions=True)
		for nama, kategori, _templat in JABATAN_FUNGSIONAL:
			if not frappe.db.exists("Jabatan Fungsional", nama):
				frappe.get_doc(
					{"doctype": "Jabatan Fungsional", "nama_jabatan": nama, "kategori": kategori, "aktif": 1}
				).insert(ignore_permissions=True)
		for jabatan in sorted({p.jabatan for p in self.r.pegawai}):
			if not frappe.db.exists("Designation", jabatan):
				frappe.get_doc({"doctype": "Designation", "designation_name": jabatan}).insert(
					ignore_permissions=True
				)

	# Units and people -------------------------------------------------------------------------------

	def tulis_unit(self):
		"""Department rows, then the tree bounds rebuilt (the tree also holds the site's other units)."""
		for u in self.r.unit:
			self.unit[u.nomor] = f"{u.nama} - {self.abbr}"
		self._nama_pegawai()
		akar = get_root_of("Department")
		tabel = self._tabel("Department")
		for u in self.r.unit:
			induk = self.unit[u.induk.nomor] if u.induk else akar
			tabel.tambah(
				name=self.unit[u.nomor],
				department_name=u.nama,
				parent_department=induk,
				old_parent=induk,
				company=self.company,
				is_group=int(bool(u.anak)),
				disabled=0,
				lft=0,
				rgt=0,
				kepala_unit=self.pegawai[u.kepala.nomor],
				nama_kepala_unit=u.kepala.nama_lengkap,
			)
		tabel.tulis()
		rebuild_tree("Department")
		self._hitung("Department", tabel.jumlah)

	def _nama_pegawai(self):
		"""Employee names as HR Settings says: the Employee naming series, or the employee number (NIP)."""
		cara = frappe.db.get_single_value("HR Settings", "emp_created_by")
		if cara == "Employee Number":
			for p in self.r.pegawai:
				self.pegawai[p.nomor] = p.nip
			return
		series = frappe.new_doc("Employee").naming_series or "HR-EMP-"
		for p, nama in zip(self.r.pegawai, nama_berseri(series, len(self.r.pegawai)), strict=True):
			self.pegawai[p.nomor] = nama

	def tulis_pengguna_dan_pegawai(self):
		"""A user per employee (role Employee, HR staff also Pengelola Kinerja, one demo password),
		with what User and Employee controllers add: own-document share, notification settings and
		the Employee and Company user permissions."""
		from frappe.utils.password import passlibctx

		sandi = passlibctx.hash(KATA_SANDI_DEMO)
		user = self._tabel("User")
		peran = self._tabel("Has Role")
		izin = self._tabel("User Permission")
		berbagi = self._tabel("DocShare")
		notifikasi = self._tabel("Notification Settings")
		auth = []
		for p in self.r.pegawai:
			email = self._email(p)
			self.user[p.nomor] = email
			user.tambah(
				name=email,
				email=email,
				first_name=p.nama_depan,
				middle_name=p.nama_tengah,
				last_name=p.nama_belakang,
				full_name=p.nama_lengkap,
				username=p.email_lokal,
				enabled=1,
				user_type="System User",
				send_welcome_email=0,
				gender=p.jenis_kelamin,
				birth_date=p.tanggal_lahir,
			)
			roles = ["Employee", "Pengelola Kinerja"] if p.pengelola_kinerja else ["Employee"]
			for idx, role in enumerate(roles, 1):
				peran.tambah(
					name=nama_unik(),
					parent=email,
					parenttype="User",
					parentfield="roles",
					idx=idx,
					role=role,
				)
			for allow, nilai in (("Employee", self.pegawai[p.nomor]), ("Company", self.company)):
				izin.tambah(
					name=nama_unik(),
					user=email,
					allow=allow,
					for_value=nilai,
					is_default=0,
					apply_to_all_doctypes=1,
					applicable_for=None,
					hide_descendants=0,
				)
			berbagi.tambah(
				name=nama_unik(),
				user=email,
				share_doctype="User",
				share_name=email,
				read=1,
				write=1,
				submit=0,
				share=1,
				everyone=0,
			)
			notifikasi.tambah(name=email)
			auth.append(("User", email, "password", sandi, 0))
		for tabel in (user, peran, izin, berbagi, notifikasi):
			tabel.tulis()
		tabel_auth = frappe.qb.Table("__Auth")
		for i in range(0, len(auth), UKURAN_POTONGAN):
			frappe.qb.into(tabel_auth).columns(
				"doctype", "name", "fieldname", "password", "encrypted"
			).insert(*auth[i : i + UKURAN_POTONGAN]).run()
		self._hitung("User", user.jumlah)
		self._tulis_pegawai()

	def _tulis_pegawai(self):
		batas = self._batas_pohon()
		series = frappe.new_doc("Employee").naming_series
		tabel = self._tabel("Employee")
		for p in self.r.pegawai:
			nama = self.pegawai[p.nomor]
			atasan = self.pegawai[p.atasan.nomor] if p.atasan else None
			email = self.user[p.nomor]
			lft, rgt = batas[p.nomor]
			tabel.tambah(
				name=nama,
				employee=nama,
				naming_series=series,
				first_name=p.nama_depan,
				middle_name=p.nama_tengah,
				last_name=p.nama_belakang,
				employee_name=p.nama_lengkap,
				gender=p.jenis_kelamin,
				date_of_birth=p.tanggal_lahir,
				date_of_joining=p.tanggal_masuk,
				status="Active",
				company=self.company,
				department=self.unit[p.unit.nomor],
				designation=p.jabatan,
				reports_to=atasan,
				old_parent=atasan or "",
				lft=lft,
				rgt=rgt,
				user_id=email,
				company_email=email,
				prefered_contact_email="Company Email",
				prefered_email=email,
				create_user_permission=1,
				nip=p.nip,
				status_asn=p.status_asn,
				pangkat_golongan=p.golongan,
				tmt_jabatan=p.tmt_jabatan,
				jenis_jabatan=p.jenis_jabatan,
				jabatan_fungsional=p.jabatan_fungsional,
				jenjang_jabatan_fungsional=p.jenjang,
			)
		tabel.tulis()
		self._hitung("Employee", tabel.jumlah)

	def _batas_pohon(self) -> dict[int, tuple[int, int]]:
		"""Nested-set bounds of the reporting line (Employee is a tree on reports_to), placed after the
		site's existing employees exactly as a new root would be; children in name order, as
		frappe.utils.nestedset.rebuild_tree numbers them."""
		kanan = frappe.db.sql("select coalesce(max(rgt), 0) from `tabEmployee`")[0][0] or 0
		batas: dict[int, tuple[int, int]] = {}
		akar = [p for p in self.r.pegawai if p.atasan is None]
		nomor = int(kanan)
		for p0 in sorted(akar, key=lambda p: self.pegawai[p.nomor]):
			tumpukan: list[tuple[Pegawai, bool]] = [(p0, False)]
			kiri: dict[int, int] = {}
			while tumpukan:
				p, selesai = tumpukan.pop()
				nomor += 1
				if selesai:
					batas[p.nomor] = (kiri[p.nomor], nomor)
					continue
				kiri[p.nomor] = nomor
				tumpukan.append((p, True))
				for b in sorted(p.bawahan, key=lambda b: self.pegawai[b.nomor], reverse=True):
					tumpukan.append((b, False))
		return batas

	# Planning documents -----------------------------------------------------------------------------

	def tulis_periode(self):
		"""The year's Periode Kinerja (reused when the site has it) and its quarters."""
		tahun = self.r.tahun
		nama = frappe.db.get_value(
			"Periode Kinerja",
			{"company": self.company, "jenis": "Tahunan", "tahun": tahun, "periode_induk": ("is", "not set")},
		)
		if nama:
			periode = frappe.get_doc("Periode Kinerja", nama)
		else:
			periode = frappe.get_doc(
				{
					"doctype": "Periode Kinerja",
					"jenis": "Tahunan",
					"tahun": tahun,
					"company": self.company,
					"status": "Pelaksanaan",
				}
			).insert(ignore_permissions=True)
		periode.buat_sub_periode("Triwulan")
		self.periode = periode

	def tulis_renstra(self):
		r = self.r
		setjen = self.unit[r.unit[0].nomor]
		renstra = frappe.get_doc(
			{
				"doctype": "Renstra",
				"company": self.company,
				"unit": setjen,
				"tahun_mulai": r.renstra_mulai,
				"visi": "Terwujudnya birokrasi yang bersih, efektif, dan melayani untuk Indonesia Maju",
				"misi": [
					{"uraian": "Meningkatkan kualitas kebijakan yang berbasis bukti"},
					{"uraian": "Meningkatkan kualitas pelayanan publik yang inklusif"},
					{"uraian": "Mewujudkan tata kelola kementerian yang akuntabel dan digital"},
				],
				"nomor_penetapan": f"Peraturan Menteri Contoh Nomor 5 Tahun {r.renstra_mulai}",
				"tanggal_penetapan": f"{r.renstra_mulai}-03-01",
			}
		).insert(ignore_permissions=True)
		renstra.submit()
		self.renstra = renstra.name
		sasaran: dict[int, str] = {}
		for s in r.sasaran:
			doc = frappe.get_doc(
				{
					"doctype": "Sasaran Strategis",
					"renstra": renstra.name,
					"tingkat": s.tingkat,
					"kode": s.kode,
					"uraian": s.uraian,
					"unit": self.unit[s.unit.nomor],
					"parent_sasaran_strategis": sasaran.get(id(s.induk)) if s.induk else None,
				}
			).insert(ignore_permissions=True)
			sasaran[id(s)] = doc.name
		for i in r.indikator:
			doc = frappe.get_doc(
				{
					"doctype": "Indikator Kinerja",
					"jenis": i.jenis,
					"kode": i.kode,
					"sasaran": sasaran[id(i.sasaran)],
					"unit": self.unit[i.unit.nomor],
					"uraian": i.uraian,
					"definisi_operasional": _("Diukur setiap akhir tahun oleh unit {0}.").format(i.unit.nama),
					"sumber_data": _("Laporan kinerja {0}").format(i.unit.nama),
					"satuan": i.satuan,
					"arah": i.arah,
					"baseline": i.baseline,
					"tahun_baseline": r.renstra_mulai - 1,
					"indikator_induk": self.indikator.get(id(i.induk)) if i.induk else None,
					"target_tahunan": [
						{"tahun": tahun, "target": target, "target_maks": target_maks}
						for tahun, (target, target_maks) in i.target.items()
					],
				}
			).insert(ignore_permissions=True)
			self.indikator[id(i)] = doc.name
		self._hitung("Sasaran Strategis", len(r.sasaran))
		self._hitung("Indikator Kinerja", len(r.indikator))

	def tulis_perjanjian_kinerja(self):
		"""Each unit leader's agreement with the superior, filled by its own button from the unit's
		IKU/IKK targets of the year."""
		for p in self.r.pimpinan_pk:
			doc = frappe.get_doc(
				{
					"doctype": "Perjanjian Kinerja",
					"company": self.company,
					"periode": self.periode.name,
					"unit": self.unit[p.unit.nomor],
					"tanggal": f"{self.r.tahun}-01-31",
					"pihak_pertama": self.pegawai[p.nomor],
					"pihak_kedua": self.pegawai[p.atasan.nomor],
				}
			)
			doc.ambil_target_indikator()
			doc.insert(ignore_permissions=True)
			doc.submit()
			self.pk[p.nomor] = doc.name
		self._hitung("Perjanjian Kinerja", len(self.pk))

	# SKP and RHK ------------------------------------------------------------------------------------

	def tulis_skp(self):
		"""An approved SKP per employee, as the workflow leaves it after the Pejabat Penilai's approval."""
		periode = self.periode
		meta = frappe.get_meta("SKP")
		perilaku = frappe.get_all(
			"Perilaku Kerja",
			filters={"regulasi": periode.regulasi, "aktif": 1},
			fields=["name", "hanya_untuk_atasan", "perilaku_panduan"],
			order_by="urutan asc",
		)
		nama = nama_berseri(meta.get_field("naming_series").default or "SKP-.YYYY.-", len(self.r.pegawai))
		skp = self._tabel("SKP")
		baris_perilaku = self._tabel("Perilaku Kerja SKP")
		for p, nama_skp in zip(self.r.pegawai, nama, strict=True):
			self.skp[p.nomor] = nama_skp
			penilai = p.atasan
			atasan_penilai = penilai.atasan if penilai else None
			skp.tambah(
				name=nama_skp,
				docstatus=1,
				employee=self.pegawai[p.nomor],
				employee_name=p.nama_lengkap,
				nip=p.nip,
				employee_user=self.user[p.nomor],
				periode_kinerja=periode.name,
				tanggal_mulai=periode.tanggal_mulai,
				tanggal_selesai=periode.tanggal_selesai,
				pendekatan="Kuantitatif",
				perjanjian_kinerja=self.pk.get(p.nomor),
				company=self.company,
				department=self.unit[p.unit.nomor],
				designation=p.jabatan,
				jenis_jabatan=p.jenis_jabatan,
				pangkat_golongan=p.golongan,
				pejabat_penilai=self.pegawai[penilai.nomor] if penilai else None,
				nama_pejabat_penilai=penilai.nama_lengkap if penilai else None,
				jabatan_pejabat_penilai=penilai.jabatan if penilai else None,
				user_penyetuju=self.user[penilai.nomor] if penilai else None,
				penyetuju=self.pegawai[penilai.nomor] if penilai else None,
				nama_penyetuju=penilai.nama_lengkap if penilai else None,
				disetujui_oleh=self.pegawai[penilai.nomor] if penilai else None,
				nama_disetujui_oleh=penilai.nama_lengkap if penilai else None,
				tanggal_persetujuan=self.waktu if penilai else None,
				atasan_pejabat_penilai=self.pegawai[atasan_penilai.nomor] if atasan_penilai else None,
				nama_atasan_pejabat_penilai=atasan_penilai.nama_lengkap if atasan_penilai else None,
				status="Disetujui",
				workflow_state="Disetujui",
				versi=1,
				**LAMPIRAN,
			)
			idx = 0
			for i, b in enumerate(perilaku):
				if b.hanya_untuk_atasan and not p.bawahan:
					continue
				idx += 1
				baris_perilaku.tambah(
					name=nama_unik(),
					docstatus=1,
					parent=nama_skp,
					parenttype="SKP",
					parentfield="perilaku_kerja",
					idx=idx,
					perilaku_kerja=b.name,
					panduan=b.perilaku_panduan,
					ekspektasi_khusus=EKSPEKTASI_KHUSUS[i % len(EKSPEKTASI_KHUSUS)] if penilai else None,
				)
		skp.tulis()
		baris_perilaku.tulis()
		self._hitung("SKP", skp.jumlah)

	def tulis_rhk(self):
		"""RHK with their IKI rows; each carries the fetched values of its SKP, leader RHK and indicator."""
		meta = frappe.get_meta("Rencana Hasil Kerja")
		nama = nama_berseri(meta.get_field("naming_series").default or "RHK-.YYYY.-", len(self.r.rhk))
		rhk = self._tabel("Rencana Hasil Kerja")
		iki = self._tabel("Indikator Kinerja Individu")
		periode = self.periode.name
		uraian_indikator = {id(i): i.uraian for i in self.r.indikator}
		jumlah_iki = 0
		for r, nama_rhk in zip(self.r.rhk, nama, strict=True):
			p = r.pemilik
			induk = r.induk
			rhk.tambah(
				name=nama_rhk,
				skp=self.skp[p.nomor],
				employee=self.pegawai[p.nomor],
				employee_name=p.nama_lengkap,
				periode_kinerja=periode,
				pejabat_penilai=self.pegawai[p.atasan.nomor] if p.atasan else None,
				company=self.company,
				jenis=r.jenis,
				kategori_tambahan=r.kategori_tambahan,
				uraian=r.uraian,
				perspektif=r.perspektif,
				penugasan_dari_pimpinan=int(r.penugasan_dari_pimpinan),
				rhk_intervensi=nama[induk.nomor] if induk else None,
				uraian_rhk_intervensi=induk.uraian if induk else None,
				pemilik_rhk_intervensi=induk.pemilik.nama_lengkap if induk else None,
				jenis_kaskade=r.jenis_kaskade,
				indikator_organisasi=self.indikator[id(r.indikator)] if r.indikator else None,
				uraian_indikator_organisasi=uraian_indikator[id(r.indikator)] if r.indikator else None,
				perlu_ditinjau=0,
			)
			for idx, k in enumerate(r.iki, 1):
				iki.tambah(
					name=nama_unik(),
					parent=nama_rhk,
					parenttype="Rencana Hasil Kerja",
					parentfield="iki",
					idx=idx,
					uraian=k.uraian,
					aspek=k.aspek or None,
					target=k.target,
					target_maks=k.target_maks,
					satuan=k.satuan,
					arah=k.arah,
					bobot=1,
					# what RencanaHasilKerja.validate fills in when the planner chose nothing
					agregasi_realisasi=agregasi_bawaan(k.satuan),
				)
				jumlah_iki += 1
		rhk.tulis()
		iki.tulis()
		self._hitung("Rencana Hasil Kerja", rhk.jumlah)
		self._hitung("Indikator Kinerja Individu", jumlah_iki)

	def hasil(self, seed: int, waktu: dict[str, float]) -> HasilDemo:
		r = self.r
		contoh = {}
		for label, p in (
			(_("Pejabat tertinggi"), r.puncak),
			(_("JPT"), next((p for p in r.pegawai if p.jenis_jabatan == "JPT" and p.atasan), None)),
			(_("Administrator"), next((p for p in r.pegawai if p.jenis_jabatan == "Administrator"), None)),
			(_("Pengawas"), next((p for p in r.pegawai if p.jenis_jabatan == "Pengawas"), None)),
			(_("Fungsional"), next((p for p in r.pegawai if p.jenis_jabatan == "Fungsional"), None)),
			(_("Pelaksana"), next((p for p in r.pegawai if p.jenis_jabatan == "Pelaksana"), None)),
			(_("Pengelola Kinerja"), next((p for p in r.pegawai if p.pengelola_kinerja), None)),
			(_("Tanpa RHK atasan"), r.penumpang[0]),
			(_("Beban berlebih"), r.beban_lebih),
		):
			if p:
				contoh[label] = self.user[p.nomor]
		return HasilDemo(
			company=self.company,
			periode=self.periode.name,
			renstra=self.renstra,
			seed=seed,
			jumlah=self.jumlah,
			puncak=self.pegawai[r.puncak.nomor],
			penumpang=[self.pegawai[p.nomor] for p in r.penumpang],
			beban_lebih=self.pegawai[r.beban_lebih.nomor],
			contoh_pengguna=contoh,
			waktu=waktu,
		)


def ringkas(hasil: HasilDemo) -> Iterable[str]:
	"""Lines for the terminal: counts, the period, sample logins and the demo password."""
	yield _("Data demo dimuat untuk {0}, periode {1} (seed {2}).").format(
		hasil.company, hasil.periode, hasil.seed
	)
	for doctype, n in hasil.jumlah.items():
		yield f"  {n:>7}  {_(doctype)}"
	if hasil.penilaian:
		yield _(
			"Penilaian {0} ditetapkan; unit yang melanggar kurva distribusi: {1}; keberatan: {2}."
		).format(hasil.penilaian.periode, hasil.penilaian.unit_melanggar, hasil.penilaian.keberatan)
	yield _("Contoh pengguna (kata sandi semua pengguna demo: {0}):").format(KATA_SANDI_DEMO)
	for label, email in hasil.contoh_pengguna.items():
		yield f"  {label}: {email}"
