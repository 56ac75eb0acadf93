"""Bench commands of kinerja_asn: `bench --site SITE kinerja load-demo | pengguna-demo | jadwal`."""

from contextlib import contextmanager

import click

from frappe.commands import get_site, pass_context


@contextmanager
def _situs(context):
	"""The command's site, connected for the block."""
	import frappe

	frappe.init(site=get_site(context))
	frappe.connect()
	try:
		yield frappe
	finally:
		frappe.destroy()


@click.group("kinerja")
def kinerja():
	"""Kinerja ASN."""


@kinerja.command("load-demo")
@click.option("--pegawai", default=200, show_default=True, type=int, help="Jumlah pegawai demo")
@click.option("--tahun", type=int, help="Tahun periode kinerja (bawaan: tahun berjalan)")
@click.option("--seed", type=int, help="Benih acak; seed yang sama menghasilkan instansi yang sama")
@click.option("--force", is_flag=True, help="Muat juga ke situs yang sudah berisi data lain")
@pass_context
def load_demo(context, pegawai, tahun, seed, force):
	"""Build a demo ministry: units, employees with users, Renstra with IKU/IKK, Perjanjian Kinerja
	and an approved SKP with cascaded RHK for every employee."""
	import frappe

	from kinerja_asn.demo.muat import DemoDitolak, muat_demo, ringkas

	site = get_site(context)
	frappe.init(site=site)
	frappe.connect()
	try:
		click.echo(f"Memuat demo ({pegawai} pegawai) ke {site} ...")
		try:
			hasil = muat_demo(pegawai=pegawai, tahun=tahun, seed=seed, force=force, log=click.echo)
		except DemoDitolak as e:
			frappe.db.rollback()
			raise click.ClickException(str(e)) from e
		frappe.db.commit()
		for baris in ringkas(hasil):
			click.echo(baris)
		click.echo(f"Selesai dalam {sum(hasil.waktu.values()):.1f} detik.")
	finally:
		frappe.destroy()


@kinerja.command("pengguna-demo")
@pass_context
def pengguna_demo(context):
	"""Print two users to log in with: an employee with a superior, and that superior."""
	from kinerja_asn.demo.muat import KATA_SANDI_DEMO

	with _situs(context) as frappe:
		baris = frappe.db.sql(
			"""select e.user_id, e.employee_name, a.user_id, a.employee_name
			from `tabEmployee` e join `tabEmployee` a on a.name = e.reports_to
			where e.status = 'Active' and a.status = 'Active'
				and ifnull(e.user_id, '') != '' and ifnull(a.user_id, '') != ''
				and exists (select 1 from `tabSKP` s where s.employee = e.name and s.docstatus = 1)
			order by e.creation limit 1"""
		)
		if not baris:
			return
		pegawai, nama, atasan, nama_atasan = baris[0]
		click.echo(f"Pegawai: {pegawai} ({nama})")
		click.echo(f"Atasannya: {atasan} ({nama_atasan})")
		click.echo(f"(kata sandi pengguna demo: {KATA_SANDI_DEMO})")


@kinerja.command("jadwal")
@pass_context
def jadwal(context):
	"""Print whether the scheduler runs for the site and the app's scheduled jobs."""
	from frappe.utils.scheduler import is_scheduler_disabled

	with _situs(context) as frappe:
		click.echo(f"Penjadwal: {'nonaktif' if is_scheduler_disabled() else 'aktif'}")
		for job in frappe.get_all(
			"Scheduled Job Type",
			filters={"method": ("like", "kinerja_asn.%")},
			fields=["method", "frequency", "last_execution"],
			order_by="method",
		):
			click.echo(f"  {job.frequency:<8} {job.method}  (terakhir: {job.last_execution or '-'})")


commands = [kinerja]
