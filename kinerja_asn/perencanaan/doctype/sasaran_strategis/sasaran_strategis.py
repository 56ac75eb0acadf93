# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils.nestedset import NestedSet

from kinerja_asn.domain.argumen import Bendera, Nama, Pilihan, Teks
from kinerja_asn.domain.perencanaan import STATUS_RENSTRA_TERKUNCI as STATUS_TERKUNCI
from kinerja_asn.domain.perencanaan import TINGKAT_SASARAN, tingkat_berikutnya, validasi_tingkat_sasaran
from kinerja_asn.services.argumen import IsianAman, argumen


class SasaranStrategis(IsianAman, NestedSet):
	nsm_parent_field = "parent_sasaran_strategis"

	def autoname(self):
		if not (self.kode and self.renstra):
			frappe.throw(_("Kode dan Renstra sasaran wajib diisi."), title=_("Data Belum Lengkap"))
		self.name = f"{self.kode.strip()} - {self.renstra}"

	def validate(self):
		self.kode = (self.kode or "").strip()
		self.validate_renstra()
		self.validate_induk()
		self.validate_tingkat()
		self.validate_kode()
		self.is_group = int(tingkat_berikutnya(self.tingkat) is not None)

	def validate_renstra(self):
		renstra = frappe.db.get_value("Renstra", self.renstra, ["status", "unit", "company"], as_dict=True)
		if renstra.status in STATUS_TERKUNCI:
			frappe.throw(
				_("Renstra {0} berstatus {1}; sasarannya tidak dapat diubah lagi.").format(
					self.renstra, _(renstra.status)
				),
				title=_("Renstra Terkunci"),
			)
		self.company = renstra.company
		self.unit = self.unit or renstra.unit

	def validate_induk(self):
		if not self.parent_sasaran_strategis:
			return
		renstra_induk = frappe.db.get_value("Sasaran Strategis", self.parent_sasaran_strategis, "renstra")
		if renstra_induk != self.renstra:
			frappe.throw(
				_("Sasaran induk {0} berasal dari Renstra lain ({1}).").format(
					self.parent_sasaran_strategis, renstra_induk
				),
				title=_("Sasaran Induk Tidak Valid"),
			)

	def validate_tingkat(self):
		"""Domain.md section 2: each node sits exactly one level below its parent."""
		tingkat_induk = None
		if self.parent_sasaran_strategis:
			tingkat_induk = frappe.db.get_value("Sasaran Strategis", self.parent_sasaran_strategis, "tingkat")
		tingkat_anak = []
		if not self.is_new():
			tingkat_anak = frappe.get_all(
				"Sasaran Strategis", filters={"parent_sasaran_strategis": self.name}, pluck="tingkat"
			)
		masalah = validasi_tingkat_sasaran(self.tingkat, tingkat_induk, tingkat_anak)
		if masalah:
			frappe.throw("<br>".join(_(m) for m in masalah), title=_("Tingkat Sasaran Tidak Valid"))

	def validate_kode(self):
		filters = {"renstra": self.renstra, "kode": self.kode}
		if not self.is_new():
			filters["name"] = ("!=", self.name)
		ganda = frappe.db.exists("Sasaran Strategis", filters)
		if ganda:
			frappe.throw(
				_("Kode {0} sudah dipakai sasaran lain dalam Renstra {1}: {2}.").format(
					self.kode, self.renstra, ganda
				),
				title=_("Kode Ganda"),
			)


@frappe.whitelist()
@argumen(
	doctype=Pilihan(("Sasaran Strategis",)),
	parent=Teks(maks=140),
	is_root=Bendera(),
	renstra=Nama("Renstra", wajib=False),
)
def get_children(
	doctype: str, parent: str | None = None, is_root: bool = False, renstra: str | None = None, **filters
) -> list[dict]:
	"""Nodes of the tree view: top nodes (Tujuan) under the root, children elsewhere; kode and uraian
	for the label."""
	sasaran_filters = {"renstra": renstra} if renstra else {}
	if frappe.utils.sbool(is_root) or not parent or not frappe.db.exists("Sasaran Strategis", parent):
		sasaran_filters["parent_sasaran_strategis"] = ("is", "not set")
	else:
		sasaran_filters["parent_sasaran_strategis"] = parent
	return frappe.get_list(
		"Sasaran Strategis",
		filters=sasaran_filters,
		fields=[
			"name as value",
			"uraian as title",
			"is_group as expandable",
			"kode",
			"tingkat",
			"renstra",
			"unit",
		],
		order_by="lft asc",
	)


@frappe.whitelist(methods=["POST"])
@argumen(
	parent=Teks(maks=140),
	parent_sasaran_strategis=Teks(maks=140),
	kode=Teks(maks=140),
	uraian=Teks(maks=5000),
	renstra=Nama("Renstra", wajib=False),
	tingkat=Pilihan(TINGKAT_SASARAN, wajib=False),
	unit=Nama("Department", wajib=False),
)
def add_tree_node(
	parent: str | None = None,
	parent_sasaran_strategis: str | None = None,
	kode: str | None = None,
	uraian: str | None = None,
	renstra: str | None = None,
	tingkat: str | None = None,
	unit: str | None = None,
	**lain,
) -> str:
	"""Create a node from the tree view: under the root it is a Tujuan; below a node it takes the next
	level and the Renstra of its parent. Other values the tree sends (doctype, is_root) are ignored."""
	args = frappe._dict(renstra=renstra, tingkat=tingkat, kode=kode, uraian=uraian, unit=unit)
	induk = parent_sasaran_strategis or parent
	if not induk or not frappe.db.exists("Sasaran Strategis", induk):
		induk = None
	values = {
		"doctype": "Sasaran Strategis",
		"renstra": args.get("renstra"),
		"tingkat": args.get("tingkat"),
		"kode": args.get("kode"),
		"uraian": args.get("uraian"),
		"unit": args.get("unit"),
		"parent_sasaran_strategis": induk,
	}
	if induk:
		data_induk = frappe.db.get_value("Sasaran Strategis", induk, ["renstra", "tingkat"], as_dict=True)
		values["renstra"] = data_induk.renstra
		values["tingkat"] = values["tingkat"] or tingkat_berikutnya(data_induk.tingkat)
	values["tingkat"] = values["tingkat"] or TINGKAT_SASARAN[0]
	return frappe.get_doc(values).insert().name
