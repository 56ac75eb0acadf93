"""Make the repository root importable, so the pure domain tests run without installing the app."""

import sys
from pathlib import Path

AKAR = Path(__file__).resolve().parents[2]
if str(AKAR) not in sys.path:
	sys.path.insert(0, str(AKAR))
