"""Sites installed before the print formats existed get them as default once, like a new install."""

from kinerja_asn.install import make_format_cetak_bawaan


def execute():
	make_format_cetak_bawaan()
