"""Rules of ASN performance management, free of Frappe.

Everything below this package is plain Python (stdlib only) so that it runs and is tested on any
machine; the Frappe layer loads records, calls these functions and writes the results back.
"""
