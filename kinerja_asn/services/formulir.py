"""What the desk forms show beside their own fields: an SKP's RHK with their IKI (as HRMS's
Appraisal shows its KRAs and goals inline). The caller has checked that the user may read the SKP;
whoever reads an SKP reads its RHK (docs/architecture.md, "Who reads what")."""

from __future__ import annotations

from kinerja_asn.services import cetak


def rhk_skp(skp: str) -> list[dict]:
	"""The SKP's RHK, Utama first, each with its IKI and targets written as the print writes them
	(decimal comma), and the leader RHK it intervenes (three queries, shared with the print)."""
	hasil = []
	for jenis, daftar in cetak.hasil_kerja(skp).items():
		for r in daftar:
			hasil.append(
				{
					"name": r.name,
					"jenis": jenis,
					"kategori_tambahan": r.kategori_tambahan or "",
					"uraian": r.uraian or "",
					"intervensi": r.intervensi or "",
					"iki": [
						{
							"uraian": i.uraian or "",
							"aspek": i.aspek or "",
							"target": i.target_teks or "",
						}
						for i in r.iki
						if i.get("name")  # the print's empty placeholder row is not an IKI
					],
				}
			)
	return hasil
