"""The app's workflows mark their cancelled state (doc_status 2) optional, as a new install does: a
cancellation is not a task waiting for HR, so Frappe stops opening a Workflow Action for it on every
approved SKP, verified check-in and final assessment. The open ones already made for it go."""

import json

import frappe

from kinerja_asn.install import WORKFLOW_FOLDER


def execute():
	for path in sorted(WORKFLOW_FOLDER.glob("*.json")):
		nama = json.loads(path.read_text())["name"]
		if not frappe.db.exists("Workflow", nama):
			continue
		workflow = frappe.get_doc("Workflow", nama)
		batal = {s.state for s in workflow.states if str(s.doc_status) == "2"}
		for state in workflow.states:
			if state.state in batal and not state.is_optional_state:
				state.db_set("is_optional_state", 1, update_modified=False)
		opsional = {s.state for s in workflow.states if s.state in batal or s.is_optional_state}
		# states whose every way out leads only to an optional state: nothing is waiting there
		keluar: dict[str, set] = {}
		for t in workflow.transitions:
			keluar.setdefault(t.state, set()).add(t.next_state)
		selesai = [s for s, tujuan in keluar.items() if tujuan <= opsional]
		if selesai:
			frappe.db.sql(
				"""delete wa, r from `tabWorkflow Action` wa
				left join `tabWorkflow Action Permitted Role` r on r.parent = wa.name
				where wa.reference_doctype = %s and wa.status = 'Open' and wa.workflow_state in %s""",
				(workflow.document_type, tuple(selesai)),
			)
		frappe.clear_cache(doctype=workflow.document_type)
