"""The shape of the app, checked from its source: no import circle between its modules (counting
imports inside functions too: a circle broken by a late import is still a circle), and no module
imports a DocType controller except hooks and tests (everything shared lives in domain/ or
services/)."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "kinerja_asn"


def _modul(path: Path) -> str:
	bagian = path.relative_to(APP.parent).with_suffix("").parts
	return ".".join(bagian[:-1] if bagian[-1] == "__init__" else bagian)


def _sumber() -> dict[str, Path]:
	return {_modul(p): p for p in APP.rglob("*.py")}


def _impor(path: Path, modul: str, semua: set[str]) -> set[str]:
	hasil = set()
	paket = modul if path.name == "__init__.py" else modul.rsplit(".", 1)[0]
	for node in ast.walk(ast.parse(path.read_text())):
		nama = []
		if isinstance(node, ast.Import):
			nama = [a.name for a in node.names]
		elif isinstance(node, ast.ImportFrom):
			dasar = node.module or ""
			if node.level:
				dasar = ".".join(
					paket.split(".")[: len(paket.split(".")) - node.level + 1] + ([dasar] if dasar else [])
				)
			nama = [dasar] + [f"{dasar}.{a.name}" for a in node.names]
		for n in nama:
			while n and n not in semua:
				n = n.rpartition(".")[0]
			if n and n != modul:
				hasil.add(n)
	return hasil


def _uji(modul: str) -> bool:
	akhir = modul.rsplit(".", 1)[-1]
	return ".tests" in modul or akhir.startswith("test_")


def _graf() -> dict[str, set[str]]:
	sumber = _sumber()
	semua = set(sumber)
	return {m: _impor(p, m, semua) for m, p in sumber.items() if not _uji(m)}


def test_no_import_circle():
	graf = _graf()
	warna: dict[str, int] = {}
	lingkar: list[list[str]] = []

	def kunjungi(m: str, jalur: list[str]):
		warna[m] = 1
		for n in sorted(graf.get(m, ())):
			if n not in graf:
				continue
			if warna.get(n) == 1:
				lingkar.append([*jalur[jalur.index(n) :], n] if n in jalur else [m, n])
			elif not warna.get(n):
				kunjungi(n, [*jalur, n])
		warna[m] = 2

	for m in sorted(graf):
		if not warna.get(m):
			kunjungi(m, [m])
	assert lingkar == [], "\n".join(" -> ".join(c) for c in lingkar)


def test_only_hooks_and_tests_import_controllers():
	sumber = _sumber()
	pengendali = {m for m in sumber if ".doctype." in m and m.rsplit(".", 1)[-1] == m.rsplit(".", 2)[-2]}
	pelanggar = []
	for m, deps in _graf().items():
		if m == "kinerja_asn.hooks":
			continue
		for d in deps & pengendali:
			if d != m:
				pelanggar.append(f"{m} imports {d}")
	assert pelanggar == []


def test_domain_imports_nothing_outside_itself():
	for m, deps in _graf().items():
		if m.startswith("kinerja_asn.domain"):
			assert all(d.startswith("kinerja_asn.domain") for d in deps), (m, deps)


def test_the_project_carries_its_own_docs():
	"""Nothing in the repository points outside it for its rules (docs/regulasi.md holds them)."""
	akar = APP.parent
	for path in [*akar.rglob("*.py"), *akar.rglob("*.md"), *akar.rglob("*.json")]:
		if any(p in path.parts for p in (".venv", "node_modules", ".git")):
			continue
		if path == Path(__file__).resolve():
			continue
		teks = path.read_text(errors="ignore")
		assert "../shared" not in teks and "domain.md" not in teks, path
	assert (akar / "docs" / "regulasi.md").exists()
