"""The employee portal's services, one module per page (halaman: the plumbing; data: what the
pages share). The api layer and the pages import from here."""

from kinerja_asn.services.portal.angka_kredit import angka_kredit_pegawai
from kinerja_asn.services.portal.data import bukti_skp, pilih_skp, skp_milik
from kinerja_asn.services.portal.halaman import halaman_aman, json_halaman, pegawai_sesi, siapkan_halaman
from kinerja_asn.services.portal.kinerja_saya import kinerja_pegawai
from kinerja_asn.services.portal.penilaian import penilaian_pegawai, penilaian_untuk_dinilai
from kinerja_asn.services.portal.realisasi import realisasi_pegawai
from kinerja_asn.services.portal.tim import tim_pegawai

__all__ = [
	"angka_kredit_pegawai",
	"bukti_skp",
	"halaman_aman",
	"json_halaman",
	"kinerja_pegawai",
	"pegawai_sesi",
	"penilaian_pegawai",
	"penilaian_untuk_dinilai",
	"pilih_skp",
	"realisasi_pegawai",
	"siapkan_halaman",
	"skp_milik",
	"tim_pegawai",
]
