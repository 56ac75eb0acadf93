// Copyright (c) 2026, kinerja_asn team and contributors
// For license information, please see license.txt

frappe.provide("frappe.treeview_settings");

frappe.treeview_settings["Sasaran Strategis"] = {
	get_tree_nodes: "kinerja_asn.perencanaan.doctype.sasaran_strategis.sasaran_strategis.get_children",
	add_tree_node: "kinerja_asn.perencanaan.doctype.sasaran_strategis.sasaran_strategis.add_tree_node",
	breadcrumb: "Perencanaan",
	title: __("Pohon Sasaran Renstra"),
	root_label: __("Semua Sasaran"),
	get_tree_root: false,
	filters: [
		{
			fieldname: "renstra",
			fieldtype: "Link",
			options: "Renstra",
			label: __("Renstra"),
		},
	],
	fields: [
		{
			fieldtype: "Data",
			fieldname: "kode",
			label: __("Kode"),
			reqd: 1,
		},
		{
			fieldtype: "Small Text",
			fieldname: "uraian",
			label: __("Uraian"),
			reqd: 1,
		},
		{
			fieldtype: "Link",
			fieldname: "renstra",
			options: "Renstra",
			label: __("Renstra"),
			reqd: 1,
			description: __("Sasaran turunan mengikuti Renstra induknya"),
			default() {
				return selected_data().renstra || "";
			},
		},
		{
			fieldtype: "Link",
			fieldname: "unit",
			options: "Department",
			label: __("Unit Kerja"),
			default() {
				return selected_data().unit || "";
			},
		},
	],
	ignore_fields: ["parent_sasaran_strategis", "tingkat"],
	post_render(treeview) {
		frappe.treeview_settings["Sasaran Strategis"].treeview = treeview;
	},
	get_label(node) {
		if (node.is_root || !node.data || !node.data.kode) {
			return node.title || node.label;
		}
		const kode = frappe.utils.escape_html(node.data.kode);
		const uraian = frappe.utils.escape_html(node.title || "");
		return `<b>${kode}</b> ${uraian}`;
	},
	onrender(node) {
		if (node.is_root || !node.data || !node.data.tingkat) return;
		$(`<span class="pill small pull-right text-muted">${__(node.data.tingkat)}</span>`).insertBefore(
			node.$ul
		);
	},
};

function selected_data() {
	const treeview = frappe.treeview_settings["Sasaran Strategis"].treeview;
	const node = treeview && treeview.tree && treeview.tree.get_selected_node();
	return (node && !node.is_root && node.data) || {};
}
