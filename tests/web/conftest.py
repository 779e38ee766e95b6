"""A real `geomap serve` (waitress) on a free loopback port, over a data directory holding
the seed corpus; tests talk to it over real HTTP."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
CLI = Path(sys.executable).with_name("geomap")


@dataclass
class Server:
    url: str
    token: str
    data_dir: Path
    process: subprocess.Popen

    def auth(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_env(gazetteer_path: Path, **extra: str) -> dict:
    return {
        **os.environ,
        "GEOMAP_GAZETTEER": str(gazetteer_path),
        "GEOMAP_API_TOKEN": "",
        "GEOMAP_SECRET_KEY": "",
        **extra,
    }


def start_server(data_dir: Path, gazetteer_path: Path, **extra: str) -> Server:
    """Start `geomap serve` and wait for /healthz; the token is the one it prints."""
    port = free_port()
    log = (data_dir / "server.log").open("w")
    process = subprocess.Popen(
        [str(CLI), "serve", "--data-dir", str(data_dir), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=server_env(gazetteer_path, **extra),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError((data_dir / "server.log").read_text())
        try:
            if requests.get(f"{url}/healthz", timeout=2).status_code == 200:
                break
        except requests.ConnectionError:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError("the server did not answer /healthz within 90 s")
    printed = re.search(r"API token .*: (\S+)", (data_dir / "server.log").read_text())
    token = extra.get("GEOMAP_API_TOKEN") or (printed.group(1) if printed else "")
    return Server(url, token, data_dir, process)


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def server(tmp_path_factory, gazetteer_path: Path):
    """The app over the seed corpus (ingested with the real CLI first)."""
    data_dir = tmp_path_factory.mktemp("web-data")
    ingest = subprocess.run(
        [str(CLI), "ingest", "--data-dir", str(data_dir), str(ROOT / "seeds")],
        env=server_env(gazetteer_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ingest.returncode == 0, ingest.stderr
    running = start_server(data_dir, gazetteer_path)
    yield running
    stop_server(running)


@pytest.fixture(scope="session")
def seed_documents(server: Server) -> list[dict]:
    return [d for d in requests.get(f"{server.url}/api/documents", timeout=10).json()
            if d["origin"].endswith(".txt")]  # fmt: skip


@pytest.fixture
def fresh_server(tmp_path, gazetteer_path: Path):
    """A server over an empty data directory of its own (for tests that count everything)."""
    running = start_server(tmp_path, gazetteer_path)
    yield running
    stop_server(running)
