"""The superior hears of what waits for them: a bell notification at each submission (SKP and
check-ins), and one daily email digest of everything waiting instead of a mail per item. Both are
switched in Pengaturan Kinerja; the bell notification never sends mail (type Alert)."""

from __future__ import annotations

from collections import defaultdict

import frappe
from frappe import _
from frappe.utils import get_url

from kinerja_asn.services import alur
from kinerja_asn.services.pengaturan import get_pengaturan
from kinerja_asn.services.realisasi import beri_tahu

JUDUL = {"SKP": _("SKP"), "Realisasi Kinerja": _("Realisasi kinerja")}


def saat_diajukan(doc, method=None) -> None:
	"""doc_events on_update of SKP and Realisasi Kinerja: this save submitted it to the approver."""
	if not alur.berpindah_ke(doc, alur.MENUNGGU) or not get_pengaturan().pemberitahuan_pengajuan_aktif:
		return
	if doc.doctype == "Realisasi Kinerja":
		subjek = _("Realisasi kinerja {0} dari {1} menunggu verifikasi Anda").format(
			doc.nama_sub_periode(), doc.employee_name
		)
	else:
		periode = frappe.get_cached_value("Periode Kinerja", doc.periode_kinerja, "nama_periode")
		subjek = _("SKP {0} dari {1} menunggu persetujuan Anda").format(
			periode or doc.periode_kinerja, doc.employee_name
		)
	beri_tahu(doc.get("user_penyetuju"), subjek, doc.doctype, doc.name)


def menunggu_per_user() -> dict[str, dict[str, int]]:
	"""What waits on each approver user: {user: {kind: count}} in three grouped queries."""
	hasil: dict[str, dict[str, int]] = defaultdict(dict)
	for doctype in ("SKP", "Realisasi Kinerja"):
		for user, jumlah in frappe.get_all(
			doctype,
			filters={"docstatus": 0, "status": alur.MENUNGGU, "user_penyetuju": ("is", "set")},
			fields=["user_penyetuju", "count(*) as jumlah"],
			group_by="user_penyetuju",
			as_list=True,
		):
			hasil[user][doctype] = jumlah
	# evidence waits on the assessor named on it
	for user, jumlah in frappe.db.sql(
		"""select e.user_id, count(*) from `tabBukti Dukung` b
		join `tabEmployee` e on e.name = b.pejabat_penilai
		where b.status_verifikasi = 'Diajukan' and ifnull(e.user_id, '') != ''
		group by e.user_id"""
	):
		hasil[user]["Bukti Dukung"] = jumlah
	return hasil


def kirim_ringkasan_harian() -> int:
	"""Daily: one email per approver with what waits on them; returns the number of emails queued."""
	if not get_pengaturan().ringkasan_harian_aktif:
		return 0
	aktif = set(frappe.get_all("User", filters={"enabled": 1, "user_type": "System User"}, pluck="name"))
	tautan = get_url("/kinerja/tim")
	terkirim = 0
	for user, jumlah in menunggu_per_user().items():
		if user not in aktif:
			continue
		baris = [
			_("{0} SKP menunggu persetujuan").format(jumlah["SKP"]) if jumlah.get("SKP") else None,
			_("{0} realisasi menunggu verifikasi").format(jumlah["Realisasi Kinerja"])
			if jumlah.get("Realisasi Kinerja")
			else None,
			_("{0} bukti dukung menunggu pemeriksaan").format(jumlah["Bukti Dukung"])
			if jumlah.get("Bukti Dukung")
			else None,
		]
		isi = "".join(f"<li>{frappe.utils.escape_html(b)}</li>" for b in baris if b)
		frappe.sendmail(
			recipients=[user],
			subject=_("Ringkasan harian: {0} dokumen menunggu keputusan Anda").format(sum(jumlah.values())),
			message=f"<p>{_('Yang menunggu keputusan Anda hari ini:')}</p><ul>{isi}</ul>"
			f'<p><a href="{tautan}">{_("Buka Tim Saya")}</a></p>',
			reference_doctype="Pengaturan Kinerja",
			reference_name="Pengaturan Kinerja",
		)
		terkirim += 1
	return terkirim
