"""SIGKILL in the middle of `geomap ingest` and `geomap relations import`: the store holds
each document whole (its rows equal a fresh parse of its text) or not at all, and an import
with every row or none; running again completes the work."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = Path(sys.executable).with_name("geomap")
IMPORT_ROWS = 6_000


def start(gazetteer_path: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [str(CLI), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "GEOMAP_GAZETTEER": str(gazetteer_path)},
    )


def kill_when(process: subprocess.Popen, is_signal, times: int = 1) -> list[str]:
    """SIGKILL the process as soon as `times` stderr lines satisfied `is_signal`."""
    seen, lines = 0, []
    for line in process.stderr:
        lines.append(line)
        if is_signal(line):
            seen += 1
            if seen == times:
                process.send_signal(signal.SIGKILL)
                break
    process.wait(timeout=60)
    process.stderr.close()
    return lines


def corpus(folder: Path) -> int:
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    gold = ROOT / "eval" / "gold" / "dev.jsonl"
    texts += [json.loads(line)["text"] for line in gold.read_text("utf-8").splitlines() if line]
    for number, text in enumerate(texts):
        (folder / f"{number:03}.txt").write_text(text, encoding="utf-8")
    return len(texts)


def rows_of(database: Path) -> dict[int, dict[str, int]]:
    """Per document id: how many places, mentions, relations and evidence rows it has."""
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        counts = {
            doc: {"places": 0, "mentions": 0, "relations": 0, "evidence": 0}
            for (doc,) in connection.execute("SELECT id FROM documents")
        }
        queries = {
            "places": "SELECT document_id, count(*) FROM places GROUP BY document_id",
            "mentions": "SELECT document_id, count(*) FROM mentions GROUP BY document_id",
            "relations": "SELECT document_id, count(*) FROM relations "
            "WHERE document_id IS NOT NULL GROUP BY document_id",
            "evidence": "SELECT r.document_id, count(*) FROM evidence e "
            "JOIN relations r ON r.id = e.relation_id "
            "WHERE r.document_id IS NOT NULL GROUP BY r.document_id",
        }
        for name, query in queries.items():
            for doc, count in connection.execute(query):
                assert doc in counts, f"{name} rows of a document that is not stored"
                counts[doc][name] = count
        texts = dict(connection.execute("SELECT id, text FROM documents"))
    return {doc: {**count, "text": texts[doc]} for doc, count in counts.items()}


def expected_rows(pipeline, text: str) -> dict[str, int]:
    collection = pipeline.analyse(text, "auto").collection
    places = [f for f in collection["features"] if f["properties"]["kind"] in ("place", "border")]
    relations = [f for f in collection["features"] if f not in places]
    return {
        "places": len(places),
        "mentions": sum(len(f["properties"]["mentions"]) for f in places)
        + len(collection["unresolved"]),
        "relations": len(relations),
        "evidence": sum(len(f["properties"]["evidence"]) for f in relations),
    }


def assert_whole(database: Path, pipeline) -> int:
    stored = rows_of(database)
    for doc, counts in stored.items():
        text = counts.pop("text")
        assert counts == expected_rows(pipeline, text), f"document {doc} is incomplete"
    return len(stored)


@pytest.mark.slow
def test_killed_ingest_keeps_whole_documents(tmp_path, gazetteer_path, pipeline):
    folder = tmp_path / "corpus"
    total = corpus(folder)
    data_dir = tmp_path / "data"
    database = data_dir / "geomap.sqlite"
    stored_before = 0
    for kill_after in (1, 5):  # two runs, each killed while more documents were coming
        process = start(gazetteer_path, "ingest", "-v", "--data-dir", str(data_dir), str(folder))
        lines = kill_when(process, lambda line: line.startswith("stored:"), kill_after)
        assert process.returncode == -signal.SIGKILL, lines
        stored = assert_whole(database, pipeline)
        assert stored_before + kill_after <= stored < total
        stored_before = stored

    finish = subprocess.run(
        [str(CLI), "ingest", "--data-dir", str(data_dir), str(folder)],
        capture_output=True,
        text=True,
        env={**os.environ, "GEOMAP_GAZETTEER": str(gazetteer_path)},
        timeout=600,
    )
    assert finish.returncode == 0, finish.stderr
    assert finish.stdout.strip() == f"{total - stored_before} added, {stored_before} " \
        "already present, 0 failed"  # fmt: skip
    assert assert_whole(database, pipeline) == total


@pytest.mark.slow
def test_killed_import_stores_every_row_or_none(tmp_path, gazetteer_path):
    table = tmp_path / "many.csv"
    pairs = [("Russia", "Cuba"), ("Thailand", "United States"), ("Japan", "Thailand")]
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "target", "type", "date", "note"])
        for number in range(IMPORT_ROWS):
            source, target = pairs[number % len(pairs)]
            writer.writerow([source, target, "meeting", f"{1990 + number % 30}", f"row {number}"])
    data_dir = tmp_path / "data"
    args = ("relations", "import", "--data-dir", str(data_dir), str(table))
    process = start(gazetteer_path, *args)
    for line in process.stderr:
        if "rows valid; storing" in line:
            break
    # SQLite's write-ahead log grows once the transaction's pages spill out of the cache:
    # the kill then lands inside the write, before its commit.
    wal = data_dir / "geomap.sqlite-wal"
    size = wal.stat().st_size
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if wal.stat().st_size > size + 1_000_000:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.002)
    process.wait(timeout=60)
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL, "the import ended before it could be killed"

    def stored() -> tuple[int, int, int]:
        with sqlite3.connect(data_dir / "geomap.sqlite") as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            return tuple(
                connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                for name in ("imports", "relations", "evidence")
            )

    assert stored() == (0, 0, 0)  # killed before its commit: nothing of it
    again = start(gazetteer_path, *args)
    output = again.stderr.read()
    again.stderr.close()
    assert again.wait(timeout=300) == 0, output
    assert stored() == (1, IMPORT_ROWS, IMPORT_ROWS)
