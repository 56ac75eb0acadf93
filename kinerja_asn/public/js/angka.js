// One number format in the desk: Frappe writes Percent fields as a plain JS number ("122.87%")
// whatever System Settings say, while Float, Currency and the print use the site's format
// ("122,87" in Indonesia). Percent then follows the site's format too; on a site that keeps
// "#,###.##" nothing changes.
frappe.provide("frappe.form.formatters");
(function () {
	const bawaan = frappe.form.formatters.Percent;
	frappe.form.formatters.Percent = function (value, docfield, options) {
		if (value === null || value === undefined || value === "" || typeof format_number !== "function") {
			return bawaan ? bawaan(value, docfield, options) : "";
		}
		const presisi =
			(docfield && docfield.precision) ||
			cint(frappe.boot.sysdefaults && frappe.boot.sysdefaults.float_precision) ||
			2;
		// trailing zeros dropped as Frappe does for Float ("100%", not "100,000%")
		const angka = flt(value, presisi);
		const desimal = Number.isInteger(angka) ? 0 : presisi;
		return frappe.form.formatters._right(format_number(angka, null, desimal) + "%", options);
	};
})();
