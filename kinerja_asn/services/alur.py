"""Workflow states are data: an admin renames them, adds steps and changes actions in the Workflow
form. What a state means to the app is read from the Workflow's own records, never from its name:

- every state of the app's workflows sets the document's `status` (the state's update_field and
  update_value), and the app's code reads that status, whose values it owns (the field's options);
- a review step an admin adds before or after the approver's sets status "Ditinjau": the approver
  decides when a document leaves "Diajukan", whoever the admin's step lets act after that; a state
  that sets no status keeps the one it was entered with;
- final and cancelled are the states' doc_status 1 and 2;
- the action to take is found among the transitions the session user may take from the current
  state, by the status its next state sets (`aksi_menuju`), not by the action's label.
"""

from __future__ import annotations

import frappe
from frappe import _

from kinerja_asn.services import latar

# The app's status values (options of each document's `status` field).
DRAF = "Draft"
MENUNGGU = "Diajukan"  # waits for the approver (SKP, Realisasi Kinerja)
DITINJAU = "Ditinjau"  # a review step an admin adds before or after the approver (SKP, Realisasi)
DIKEMBALIKAN = ("Dikembalikan", "Revisi")  # returned to the employee (SKP, Realisasi Kinerja)
DINILAI = "Dinilai"  # rated, not final yet (Penilaian Kinerja)
DITETAPKAN = "Ditetapkan"  # final (Penilaian Kinerja)


def status_sebelum(doc) -> str | None:
	sebelum = doc.get_doc_before_save()
	return sebelum.status if sebelum else None


def berpindah_ke(doc, *status: str) -> bool:
	"""This save moves the document into one of these statuses."""
	sebelum = doc.get_doc_before_save()
	return bool(sebelum) and sebelum.status not in status and doc.status in status


def meninggalkan(doc, status: str) -> bool:
	"""This save takes the document out of `status` by a workflow action (another state, or
	submitted): the decision of whoever the state waited for."""
	sebelum = doc.get_doc_before_save()
	if not sebelum or sebelum.status != status:
		return False
	return doc.workflow_state != sebelum.workflow_state or doc.docstatus != sebelum.docstatus


def tanpa_tindakan(doc) -> bool:
	"""A plain save: the document stays in the state it was in."""
	sebelum = doc.get_doc_before_save()
	return (
		bool(sebelum) and doc.workflow_state == sebelum.workflow_state and doc.docstatus == sebelum.docstatus
	)


def status_keadaan(doctype: str) -> dict[str, str | None]:
	"""{workflow state: the status it sets} of the DocType's active workflow (None: keeps the status)."""
	from frappe.model.workflow import get_workflow_name

	nama = get_workflow_name(doctype)
	if not nama:
		return {}
	wf = frappe.get_cached_doc("Workflow", nama)
	return {
		s.state: (s.update_value if s.update_field == "status" and s.update_value else None)
		for s in wf.states
	}


def aksi_menuju(doc, *status: str, maju: bool = False) -> str:
	"""The action the session user takes on `doc` to reach a state that sets one of `status`; with
	`maju`, also a forward step that sets no status (an approval step an admin added). Exactly one
	action must fit, else a clear error names what the workflow offers."""
	from frappe.model.workflow import get_transitions, get_workflow_name

	transisi = get_transitions(doc, frappe.get_cached_doc("Workflow", get_workflow_name(doc.doctype)))
	keadaan = status_keadaan(doc.doctype)
	cocok = {t.action for t in transisi if keadaan.get(t.next_state) in status}
	if not cocok and maju:  # a step an admin added: a review, no status, or the current one
		cocok = {t.action for t in transisi if keadaan.get(t.next_state) in (None, DITINJAU, doc.status)}
	if len(cocok) != 1:
		tersedia = ", ".join(sorted({t.action for t in transisi})) or _("tidak ada")
		frappe.throw(
			_(
				"Alur kerja {0} tidak memiliki satu tindakan yang sesuai dari status {1} (tersedia: {2})."
			).format(_(doc.doctype), _(doc.workflow_state or doc.status or DRAF), tersedia),
			frappe.ValidationError,
			title=_("Alur Kerja"),
		)
	return cocok.pop()


def terapkan(doc, *status: str, maju: bool = False):
	"""Apply the action that leads to `status` (see aksi_menuju) and save once; returns the document.

	Frappe's apply_workflow reloads the document from the database, so changes made to it in this
	request (feedback, a note) would need a save of their own first: two validations and every row
	written twice. This applies the same transition, with the same checks, to the document as it is
	in memory (loaded in this request, so check_if_latest still guards against a concurrent edit)."""
	from frappe.model.docstatus import DocStatus
	from frappe.model.workflow import (
		WorkflowTransitionError,
		get_transitions,
		get_workflow_name,
		has_approval_access,
	)

	aksi = aksi_menuju(doc, *status, maju=maju)
	workflow = frappe.get_cached_doc("Workflow", get_workflow_name(doc.doctype))
	transisi = next((t for t in get_transitions(doc, workflow) if t.action == aksi), None)
	if not transisi:
		frappe.throw(_("Not a valid Workflow Action"), WorkflowTransitionError)
	if not has_approval_access(frappe.session.user, doc, transisi):
		frappe.throw(_("Self approval is not allowed"))
	doc.set(workflow.workflow_state_field, transisi.next_state)
	keadaan = next(d for d in workflow.states if d.state == transisi.next_state)
	if keadaan.update_field:
		doc.set(keadaan.update_field, keadaan.update_value)
	baru = DocStatus(keadaan.doc_status or 0)
	if doc.docstatus.is_draft() and baru.is_submitted():
		doc.submit()
	elif doc.docstatus == baru:
		doc.save()
	elif doc.docstatus.is_submitted() and baru.is_cancelled():
		doc.cancel()
	else:
		frappe.throw(_("Illegal Document Status for {0}").format(keadaan.state))
	latar.setelah_commit(
		"kinerja_asn.services.latar.catat_alur",
		doctype=doc.doctype,
		name=doc.name,
		keadaan=_(keadaan.state),
		user=frappe.session.user,
	)
	return doc
