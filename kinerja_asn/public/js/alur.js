// Workflows are the admin's: the app reads the status a state sets, never its name.
// Loaded for SKP and Realisasi Kinerja through doctype_js (hooks.py).

// The action chosen in the form leads to a state that sets one of these statuses.
function menuju_status(frm, statuses) {
	frappe.workflow.setup(frm.doctype);
	const wf = frappe.workflow.workflows[frm.doctype];
	if (!wf) return false;
	const t = (wf.transitions || []).find(
		(t) => t.state === frm.doc.workflow_state && t.action === frm.selected_workflow_action
	);
	const s = t && (wf.states || []).find((s) => s.state === t.next_state);
	return !!s && s.update_field === "status" && statuses.includes(s.update_value);
}
