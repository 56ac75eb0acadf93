"""Sites installed before get the Indonesian number format once, like a new install, unless an admin
already chose one."""

from kinerja_asn.install import make_format_angka


def execute():
	make_format_angka()
