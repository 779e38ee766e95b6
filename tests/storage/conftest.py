"""Stores to test against: real SQLite in tmp, and real PostgreSQL when its server is installed
(a throwaway cluster in tmp, one fresh database per test)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from geomap.pipeline import Pipeline
from geomap.storage import Store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def pipeline(gazetteer) -> Pipeline:
    return Pipeline(gazetteer)


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def _postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="session")
def postgres_server():
    """(host, port) of a PostgreSQL cluster started for this test session."""
    bin_dir = _postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    pytest.importorskip("psycopg", reason="psycopg not installed (pip install psycopg[binary])")
    root = Path(tempfile.mkdtemp(prefix="geomap-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(root, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = root / "data"

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, timeout=120)

    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
    run(
        str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "start",
        "-o", f"-h 127.0.0.1 -p {port} -k {root} -F",
    )  # fmt: skip
    try:
        yield "127.0.0.1", port
    finally:
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'geomap.sqlite'}"
    host, port = request.getfixturevalue("postgres_server")
    import psycopg

    name = f"geomap_{uuid.uuid4().hex}"
    with psycopg.connect(f"host={host} port={port} user=postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://postgres@{host}:{port}/{name}"


@pytest.fixture
def store(store_url: str):
    opened = Store(store_url)
    yield opened
    opened.close()
