"""A real PostgreSQL for the tests: Debian's server in a temporary directory (``deploy/postgres.py``).

``postgres_url`` is session-scoped: one server for the whole run, stopped at the end.
Without Debian's ``postgresql`` the tests that use it skip on a developer's machine
and fail in CI (``.ci/run`` installs it and sets ``CI``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "deploy"))
import postgres


@pytest.fixture(scope="session")
def postgres_url():
    """The SQLAlchemy URL of a throwaway PostgreSQL database, for the whole test session."""
    if postgres.bin_dir() is None:
        message = "Debian's postgresql is not installed (apt-get install postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = postgres.Postgres().start()
    yield server.url
    server.stop()
