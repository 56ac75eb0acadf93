"""The domain core stays free of Frappe and of anything outside the standard library (style.md)."""

import ast
import sys
from pathlib import Path

import pytest

DOMAIN = Path(__file__).resolve().parents[1] / "kinerja_asn" / "domain"
PACKAGE = "kinerja_asn.domain"


def modul_domain() -> list[Path]:
	return sorted(DOMAIN.rglob("*.py"))


def impor_terlarang(sumber: str) -> list[str]:
	"""Top-level names imported by the source that are neither stdlib nor part of the domain package."""
	masalah = []
	for node in ast.walk(ast.parse(sumber)):
		if isinstance(node, ast.Import):
			nama = [alias.name for alias in node.names]
		elif isinstance(node, ast.ImportFrom):
			if node.level > 0:
				continue  # relative import inside the domain package
			nama = [node.module or ""]
		else:
			continue
		for n in nama:
			akar = n.split(".")[0]
			if n == PACKAGE or n.startswith(PACKAGE + "."):
				continue
			if akar == "frappe" or akar not in sys.stdlib_module_names:
				masalah.append(n)
	return masalah


def test_domain_package_has_modules():
	nama = {p.name for p in modul_domain()}
	assert {"rating.py", "capaian.py", "kaskade.py", "angka_kredit.py"} <= nama


@pytest.mark.parametrize("path", modul_domain(), ids=lambda p: p.name)
def test_domain_module_imports_only_stdlib_and_domain(path):
	assert impor_terlarang(path.read_text(encoding="utf-8")) == [], f"{path.name} imports outside the stdlib"


@pytest.mark.parametrize(
	"sumber, terlarang",
	[
		("import frappe", ["frappe"]),
		("from frappe.utils import flt", ["frappe.utils"]),
		("import os, frappe.model", ["frappe.model"]),
		("def f():\n\timport frappe\n", ["frappe"]),
		("import requests", ["requests"]),
		("from kinerja_asn.services import pengaturan", ["kinerja_asn.services"]),
		("import dataclasses\nfrom collections import Counter\nfrom .rating import Rating", []),
		("from kinerja_asn.domain.rating import Rating", []),
	],
)
def test_the_checker_catches_forbidden_imports(sumber, terlarang):
	assert impor_terlarang(sumber) == terlarang
