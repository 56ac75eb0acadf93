"""Bench commands of kinerja_asn: `bench --site SITE kinerja load-demo`."""

import click

from frappe.commands import get_site, pass_context


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


commands = [kinerja]
