"""Ranks (pangkat) and grades (golongan) of ASN, as data for the masters.

PP 99/2000 (PNS: I/a to IV/e) and Perpres 98/2020 (PPPK: golongan I to XVII).
"""

from __future__ import annotations

PANGKAT_PNS: tuple[tuple[str, str], ...] = (
	("I/a", "Juru Muda"),
	("I/b", "Juru Muda Tingkat I"),
	("I/c", "Juru"),
	("I/d", "Juru Tingkat I"),
	("II/a", "Pengatur Muda"),
	("II/b", "Pengatur Muda Tingkat I"),
	("II/c", "Pengatur"),
	("II/d", "Pengatur Tingkat I"),
	("III/a", "Penata Muda"),
	("III/b", "Penata Muda Tingkat I"),
	("III/c", "Penata"),
	("III/d", "Penata Tingkat I"),
	("IV/a", "Pembina"),
	("IV/b", "Pembina Tingkat I"),
	("IV/c", "Pembina Utama Muda"),
	("IV/d", "Pembina Utama Madya"),
	("IV/e", "Pembina Utama"),
)

GOLONGAN_PPPK: tuple[str, ...] = (
	"I",
	"II",
	"III",
	"IV",
	"V",
	"VI",
	"VII",
	"VIII",
	"IX",
	"X",
	"XI",
	"XII",
	"XIII",
	"XIV",
	"XV",
	"XVI",
	"XVII",
)
