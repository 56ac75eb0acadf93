"""Consistency of the editable numbers in the settings (the tables are checked by their own modules)."""

from __future__ import annotations


def validasi_pengaturan(
	*,
	batas_rating_di_atas: float,
	batas_rating_di_bawah: float,
	porsi_mayoritas: float,
	bobot: tuple[float, float],
	bobot_360: tuple[float, float],
	batas_hari_keberatan: int,
	jke_jam_per_tahun: float,
	batas_beban: tuple[float, float],
) -> list[str]:
	"""Problems that would make the rules contradict themselves; empty when the settings are usable."""
	masalah = []
	if batas_rating_di_atas < batas_rating_di_bawah:
		masalah.append(
			"Batas capaian Di Atas Ekspektasi tidak boleh lebih rendah dari batas Di Bawah Ekspektasi."
		)
	if not 0 <= porsi_mayoritas < 100:
		masalah.append("Porsi mayoritas harus antara 0 dan kurang dari 100 persen.")
	for nama, (hasil, perilaku) in (
		("Bobot nilai akhir", bobot),
		("Bobot dengan penilaian rekan", bobot_360),
	):
		if hasil < 0 or perilaku < 0 or abs(hasil + perilaku - 100) > 1e-9:
			masalah.append(f"{nama}: bobot SKP dan bobot perilaku harus berjumlah 100%.")
	if batas_hari_keberatan < 1:
		masalah.append("Batas pengajuan keberatan paling sedikit 1 hari.")
	if jke_jam_per_tahun <= 0:
		masalah.append("Jam kerja efektif per tahun harus lebih dari nol.")
	bawah, atas = batas_beban
	if not 0 <= bawah < 1 < atas:
		masalah.append("Batas beban rendah harus di bawah 1 dan batas beban tinggi di atas 1 (kali median).")
	return masalah
