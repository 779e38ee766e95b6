"""Several writers and many readers at once against the real server (waitress) and its
SQLite store: every accepted write is there afterwards, no request fails, nothing says
"database is locked"."""

from __future__ import annotations

import threading

import pytest
import requests

WRITERS, DOCUMENTS_EACH = 4, 10
READERS, READS_EACH = 8, 25
CITIES = ("Havana, Cuba", "Hanoi, Vietnam", "Vientiane, Laos", "Bangkok, Thailand", "Dushanbe")


@pytest.mark.slow
def test_writers_and_readers_at_once(fresh_server):
    server = fresh_server
    accepted: list[int] = []
    imported: list[int] = []
    failures: list[str] = []
    lock = threading.Lock()

    def failed(what: str, answer: requests.Response) -> None:
        with lock:
            failures.append(f"{what}: {answer.status_code} {answer.text[:200]}")

    def write(worker: int) -> None:
        session = requests.Session()
        for number in range(DOCUMENTS_EACH):
            city = CITIES[(worker + number) % len(CITIES)]
            body = {
                "text": f"Report {worker}-{number}: ministers met in {city} on day {number}.",
                "title": f"Report {worker}-{number}",
            }
            answer = session.post(
                f"{server.url}/api/documents", json=body, headers=server.auth(), timeout=120
            )
            if answer.status_code != 201:
                failed("write", answer)
                continue
            with lock:
                accepted.append(answer.json()["id"])
        rows = f"source,target,type,date\nRussia,Cuba,meeting,20{worker:02}\n".encode()
        answer = session.post(
            f"{server.url}/api/imports",
            files={"file": (f"w{worker}.csv", rows)},
            headers=server.auth(),
            timeout=120,
        )
        if answer.status_code != 201:
            failed("import", answer)
        else:
            with lock:
                imported.append(answer.json()["id"])

    def read(worker: int) -> None:
        session = requests.Session()
        paths = ["/", "/api/documents", "/api/features", "/embed/map", "/healthz"]
        for number in range(READS_EACH):
            with lock:
                known = list(accepted)
            path = paths[(worker + number) % len(paths)]
            if known and number % 3 == 0:
                path = f"/documents/{known[-1]}"
            answer = session.get(server.url + path, timeout=120)
            if answer.status_code != 200 or "locked" in answer.text:
                failed(f"read {path}", answer)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    threads += [threading.Thread(target=read, args=(r,)) for r in range(READERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    assert not any(thread.is_alive() for thread in threads)
    assert failures == []
    assert len(accepted) == WRITERS * DOCUMENTS_EACH and len(imported) == WRITERS

    listed = {d["id"]: d for d in requests.get(f"{server.url}/api/documents", timeout=30).json()}
    assert set(listed) == set(accepted)
    for document_id in accepted:
        features = requests.get(f"{server.url}/api/documents/{document_id}", timeout=30).json()
        assert features["features"], document_id  # each document came with its places
        assert listed[document_id]["counts"]["places"] == len(
            [f for f in features["features"] if f["properties"]["kind"] in ("place", "border")]
        )
    imports = requests.get(f"{server.url}/api/imports", timeout=30).json()
    assert sorted(i["id"] for i in imports) == sorted(imported)
    log = (server.data_dir / "server.log").read_text()
    assert "locked" not in log and "Traceback" not in log
