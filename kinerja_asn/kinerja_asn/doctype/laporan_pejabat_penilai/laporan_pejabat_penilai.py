# Copyright (c) 2026, kinerja_asn team and contributors
# For license information, please see license.txt

"""An employee's report that the Pejabat Penilai on record is wrong, queued for HR.

The report never changes an SKP or the reporting line: HR corrects the Employee record or the SKP
and answers here; the employee keeps drafting their SKP meanwhile."""

import frappe
from frappe import _
from frappe.desk.doctype.notification_log.notification_log import enqueue_create_notification
from frappe.model.document import Document
from frappe.utils import now_datetime

from kinerja_asn.services.akses import is_pengelola
from kinerja_asn.services.argumen import IsianAman
from kinerja_asn.services.penilai import employee_of_user, penilai_bawaan

STATUS_BARU = "Baru"
STATUS_SELESAI = ("Selesai", "Ditolak")


class LaporanPejabatPenilai(IsianAman, Document):
	def before_insert(self):
		self.set_pelapor()
		self.set_pejabat_penilai_tercatat()

	def validate(self):
		self.pertahankan_pelapor()
		self.validate_skp()
		self.validate_pejabat_penilai_seharusnya()
		self.validate_status()

	def on_update(self):
		self.beri_tahu_pelapor()

	def set_pelapor(self):
		"""The reporter is the session user's employee; only HR may file for someone else (a report
		received by phone or letter, e.g. from an employee who has no user yet)."""
		if not (self.pegawai and is_pengelola()):
			self.pegawai = employee_of_user()
		if not self.pegawai:
			frappe.throw(
				_("Akun Anda tidak terhubung dengan data pegawai yang aktif, sehingga tidak dapat melapor."),
				frappe.PermissionError,
			)
		pelapor = frappe.db.get_value(
			"Employee", self.pegawai, ["employee_name", "company", "department"], as_dict=True
		)
		self.nama_pegawai, self.company, self.department = (
			pelapor.employee_name,
			pelapor.company,
			pelapor.department,
		)

	def set_pejabat_penilai_tercatat(self):
		"""A snapshot of what the employee saw: the SKP's Pejabat Penilai, else the default one from
		the reporting line; later corrections of the SKP leave the report as it was filed."""
		if self.skp:
			tercatat = frappe.db.get_value("SKP", self.skp, "pejabat_penilai")
		else:
			tercatat = penilai_bawaan(self.pegawai)[0]
		self.pejabat_penilai_tercatat = tercatat
		self.nama_pejabat_penilai_tercatat = (
			frappe.db.get_value("Employee", tercatat, "employee_name") if tercatat else None
		)

	def pertahankan_pelapor(self):
		if self.is_new():
			return
		sebelum = self.get_doc_before_save()
		if sebelum and (
			sebelum.pegawai != self.pegawai
			or sebelum.skp != self.skp
			or sebelum.pejabat_penilai_tercatat != self.pejabat_penilai_tercatat
		):
			frappe.throw(
				_("Pelapor, SKP dan pejabat penilai tercatat tidak dapat diubah setelah laporan dikirim.")
			)

	def validate_skp(self):
		if self.skp and frappe.db.get_value("SKP", self.skp, "employee") != self.pegawai:
			frappe.throw(_("SKP {0} bukan milik pelapor.").format(self.skp), title=_("SKP Tidak Sesuai"))

	def validate_pejabat_penilai_seharusnya(self):
		usulan = self.pejabat_penilai_seharusnya
		if not usulan:
			return
		if usulan == self.pegawai:
			frappe.throw(_("Pegawai tidak dapat menjadi pejabat penilai bagi dirinya sendiri."))
		if usulan == self.pejabat_penilai_tercatat:
			frappe.throw(_("Pejabat penilai yang diusulkan sama dengan yang sudah tercatat."))
		if frappe.db.get_value("Employee", usulan, "status") != "Active":
			frappe.throw(_("Pejabat penilai yang diusulkan tidak berstatus aktif."))

	def validate_status(self):
		"""Only HR moves the report along (the status and answer fields are also on permlevel 1)."""
		sebelum = self.get_doc_before_save()
		if not is_pengelola():
			if self.is_new():
				self.status, self.tanggapan = STATUS_BARU, None
				self.ditanggapi_oleh = self.ditanggapi_pada = None
			elif sebelum and (sebelum.status, sebelum.tanggapan) != (self.status, self.tanggapan):
				frappe.throw(
					_("Hanya Pengelola Kinerja yang dapat menanggapi laporan ini."), frappe.PermissionError
				)
			return
		if self.status in STATUS_SELESAI and not (self.tanggapan or "").strip():
			frappe.throw(_("Tuliskan tanggapan untuk pelapor sebelum menutup laporan."))
		if self.is_new() and self.status == STATUS_BARU:
			return
		if not sebelum or (sebelum.status, sebelum.tanggapan) != (self.status, self.tanggapan):
			self.ditanggapi_oleh = frappe.session.user
			self.ditanggapi_pada = now_datetime()

	def beri_tahu_pelapor(self):
		"""When HR closes the report, the reporter finds the answer in their notifications."""
		if self.status not in STATUS_SELESAI or not self.has_value_changed("status"):
			return
		user = frappe.db.get_value("Employee", self.pegawai, "user_id")
		if not user:
			return
		if self.status == "Selesai":
			subject = _("Laporan pejabat penilai {0} telah ditindaklanjuti").format(self.name)
		else:
			subject = _("Laporan pejabat penilai {0} ditolak").format(self.name)
		enqueue_create_notification(
			user,
			{
				"type": "Alert",
				"document_type": self.doctype,
				"document_name": self.name,
				"subject": subject,
				"email_content": self.tanggapan,
				"from_user": frappe.session.user,
			},
		)
