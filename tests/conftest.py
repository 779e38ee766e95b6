"""Shared fixtures: the gazetteer that `make setup` built, and a way to run the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from geomap import config
from geomap.gazetteer import Gazetteer, GazetteerGeocoder

ROOT = Path(__file__).resolve().parent.parent
CLI = Path(sys.executable).with_name("geomap")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def gazetteer_path() -> Path:
    path = config.gazetteer_path(config.data_dir())
    if not path.exists():
        pytest.fail(f"no gazetteer at {path}: run the tests through `make test`")
    return path


@pytest.fixture(scope="session")
def gazetteer(gazetteer_path: Path) -> Gazetteer:
    return Gazetteer(gazetteer_path)


@pytest.fixture(scope="session")
def geocoder(gazetteer: Gazetteer) -> GazetteerGeocoder:
    return GazetteerGeocoder(gazetteer)


@pytest.fixture
def run_cli(gazetteer_path: Path):
    """Run `geomap ARGS...` as a user would; returns the CompletedProcess."""

    def run(*args: str, input: str | None = None, env: dict | None = None):
        environment = {**os.environ, "GEOMAP_GAZETTEER": str(gazetteer_path), **(env or {})}
        return subprocess.run(
            [str(CLI), *args],
            input=input,
            capture_output=True,
            text=True,
            env=environment,
            timeout=300,
        )

    return run


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (never a browser Playwright downloads)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
