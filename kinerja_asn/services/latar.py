"""Writes that only inform (a bell, the workflow line on the timeline) run in a short job after the
commit: a decision's request writes the decision alone, and a decision rolled back informs nobody."""

import frappe


def setelah_commit(method: str, **kwargs) -> None:
	"""Enqueue `method(**kwargs)` on the short queue once this transaction commits (never before)."""
	frappe.enqueue(method, queue="short", enqueue_after_commit=True, **kwargs)


def catat_alur(doctype: str, name: str, keadaan: str, user: str) -> None:
	"""Job: the timeline's line for a workflow step, by the user who took it (as apply_workflow adds)."""
	frappe.get_doc(
		{
			"doctype": "Comment",
			"comment_type": "Workflow",
			"comment_email": user,
			"reference_doctype": doctype,
			"reference_name": name,
			"content": keadaan,
		}
	).insert(ignore_permissions=True)
