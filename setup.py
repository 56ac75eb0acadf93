# Only so that older tooling (pip without PEP 517) can install the app; metadata is in pyproject.toml.
from setuptools import setup

setup()
