"""The API's OpenAPI description: it covers every API route, and Schemathesis fuzzes the
real server against it (no 5xx, statuses, content types and bodies as described, schema-
violating input refused, writes refused without the token)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import requests

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
# Input the schema cannot fully describe (a document must hold text; a relation row must name
# real countries) is refused with 400/413/415, so `positive_data_acceptance` is not asked for.
# One worker: CPython 3.11 can fail parsing lambdas' source in several threads at once.
CONFIG = """
[checks.negative_data_rejection]
expected-statuses = [400, 401, 403, 404, 405, 413, 415]
"""


def test_description_covers_every_api_route(server, gazetteer_path, monkeypatch):
    spec = requests.get(f"{server.url}/api/openapi.json", timeout=10).json()
    assert spec["openapi"].startswith("3.")
    from geomap.web import create_app

    monkeypatch.setenv("GEOMAP_GAZETTEER", str(gazetteer_path))
    app = create_app(server.data_dir)
    described = {
        (path, method.upper())
        for path, item in spec["paths"].items()
        for method in item
        if method != "parameters"
    }
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith(("/api/", "/healthz")):
            continue
        path = re.sub(r"<(?:[^>]*:)?(\w+)>", r"{\1}", rule.rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (path, method) in described, f"{method} {path} is not in /api/openapi.json"


@pytest.mark.slow
def test_fuzzing_the_api_finds_nothing(fresh_server, tmp_path):
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG, encoding="utf-8")
    run = subprocess.run(
        [
            str(SCHEMATHESIS), "--no-color", "--config-file", str(config), "run",
            f"{fresh_server.url}/api/openapi.json",
            "--checks", "all", "--exclude-checks", "positive_data_acceptance",
            "--max-examples", "25", "--workers", "1", "--seed", "7",
            "--header", f"Authorization: Bearer {fresh_server.token}",
        ],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )  # fmt: skip
    summary = run.stdout[-3000:]
    assert run.returncode == 0, summary
    assert "Traceback" not in (fresh_server.data_dir / "server.log").read_text()
