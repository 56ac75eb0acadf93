"""Names of a naming series reserved in bulk, shared by the demo's writers."""

import frappe
from frappe.model.naming import NamingSeries
from frappe.utils import cint


def nama_berseri(series: str, jumlah: int) -> list[str]:
	"""Reserve `jumlah` names of a naming series at once, as frappe.model.naming would one by one."""
	if jumlah <= 0:
		return []
	kunci = series if "#" in series else series + ".#####"
	digit = kunci.count("#")
	awalan = NamingSeries(kunci).get_prefix()
	tabel = frappe.qb.DocType("Series")
	baris = frappe.qb.from_(tabel).select(tabel.current).where(tabel.name == awalan).for_update().run()
	if baris:
		mulai = cint(baris[0][0])
		frappe.qb.update(tabel).set(tabel.current, mulai + jumlah).where(tabel.name == awalan).run()
	else:
		mulai = 0
		frappe.qb.into(tabel).columns("name", "current").insert(awalan, jumlah).run()
	return [f"{awalan}{n:0{digit}d}" for n in range(mulai + 1, mulai + jumlah + 1)]
