"""The README's test command, as a wrapper would run bench: `scripts/test --site` must fail when the
bench tests fail, even through a wrapper that clears the environment (and so drops CI=true, which
`bench run-tests` needs to exit non-zero). A fake bench stands in for the real one."""

import os
import stat
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

GAGAL = "Ran 3 tests in 0.120s\\n\\nFAILED (failures=1)\\n"
LULUS = "Ran 3 tests in 0.120s\\n\\nOK\\n"


def _bench_palsu(tmp_path: Path, keluaran: str, kode: int = 0) -> tuple[Path, str]:
	"""A bench folder and a BENCH_CMD that runs its "bench" with an empty environment, as
	`runuser -u frappe -- env -i ...` wrappers do; the fake prints a summary and exits with `kode`."""
	bench = tmp_path / "bench"
	(bench / "sites").mkdir(parents=True)
	(bench / "sites" / "apps.txt").write_text("frappe\nkinerja_asn\n")
	pembungkus = tmp_path / "bench-wrapper"
	pembungkus.write_text(
		f'#!/bin/sh\nexec env -i /bin/sh -c \'printf "{keluaran}"; echo "CI=${{CI:-}}" >&2; exit {kode}\'\n'
	)
	pembungkus.chmod(pembungkus.stat().st_mode | stat.S_IEXEC)
	return bench, str(pembungkus)


def _jalankan(bench: Path, pembungkus: str) -> subprocess.CompletedProcess:
	return subprocess.run(
		[
			"bash",
			str(REPO / "scripts" / "test"),
			"--only-bench",
			"--site",
			"uji.local",
			"--bench",
			str(bench),
		],
		env={**os.environ, "BENCH_CMD": pembungkus},
		capture_output=True,
		text=True,
		timeout=60,
	)


@pytest.mark.parametrize("kode", [0, 1])
def test_failing_bench_tests_fail_the_command_through_an_env_clearing_wrapper(tmp_path, kode):
	bench, pembungkus = _bench_palsu(tmp_path, GAGAL, kode)
	hasil = _jalankan(bench, pembungkus)
	assert hasil.returncode != 0, hasil.stdout + hasil.stderr
	assert "CI=\n" in hasil.stdout  # the wrapper did drop CI=true
	assert "the bench tests failed" in hasil.stderr


def test_passing_bench_tests_pass(tmp_path):
	bench, pembungkus = _bench_palsu(tmp_path, LULUS)
	hasil = _jalankan(bench, pembungkus)
	assert hasil.returncode == 0, hasil.stdout + hasil.stderr
	assert "bench tests passed" in hasil.stdout


def test_output_without_a_summary_fails(tmp_path):
	bench, pembungkus = _bench_palsu(tmp_path, "Traceback: could not connect\\n")
	assert _jalankan(bench, pembungkus).returncode != 0
