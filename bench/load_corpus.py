"""The web app under load over a corpus of at least 1,000 documents.

    .venv/bin/python bench/load_corpus.py [--documents 1000] [--clients 4] [--requests 300]

Synthesises the corpus from the project's own texts (the seeds and the dev gold documents;
never the held-out set): each document recombines sentences of those texts with a sentence
naming places drawn from a list of Thai and English place names, so every text is new and
places, links and deployments vary. It is ingested with `geomap ingest` (timed), then
`geomap serve` (waitress, render cache on) is driven on 127.0.0.1 only by keep-alive
clients, each run bounded by a request count and a time limit. Reported per target:
throughput, p50/p95/p99 latency and errors, for the corpus map, a document page, an embed
(the document map) and the GeoJSON export; and the server's memory (RSS now and at peak).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import tempfile
import time
from pathlib import Path

from web_load import CLI, ROOT, fetch, load, start

from geomap import config
from geomap.text import sentence_spans

PLACES_EN = (
    "Bangkok", "Chiang Mai", "Hanoi", "Vientiane", "Phnom Penh", "Yangon", "Kuala Lumpur",
    "Jakarta", "Manila", "Tokyo", "Seoul", "Beijing", "New Delhi", "Moscow", "Havana",
    "Caracas", "Dushanbe", "Tashkent", "Washington", "Canberra", "Paris", "Berlin", "Cairo",
)  # fmt: skip
PLACES_TH = (
    "กรุงเทพมหานคร", "เชียงใหม่", "ฮานอย", "เวียงจันทน์", "พนมเปญ", "ย่างกุ้ง", "โตเกียว",
    "ปักกิ่ง", "มอสโก", "ฮาวานา", "ดูชานเบ", "วอชิงตัน", "ปารีส", "ภูเก็ต", "ขอนแก่น",
)  # fmt: skip


def source_sentences() -> tuple[list[str], list[str]]:
    """(English, Thai) sentences of the seeds and the dev gold texts."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    gold = ROOT / "eval" / "gold" / "dev.jsonl"
    texts += [json.loads(line)["text"] for line in gold.read_text("utf-8").splitlines() if line]
    english, thai = [], []
    for text in texts:
        for begin, end in sentence_spans(text):
            sentence = text[begin:end].strip()
            if len(sentence) > 20:
                (thai if any("\u0e00" <= c <= "\u0e7f" for c in sentence) else english).append(
                    sentence
                )
    return english, thai


def synthesise(folder: Path, count: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    english, thai = source_sentences()
    for number in range(count):
        if number % 2:
            a, b = rng.sample(PLACES_TH, 2)
            body = rng.sample(thai, min(len(thai), rng.randint(3, 7)))
            lead = f"รายงานฉบับที่ {number}: คณะผู้แทนเดินทางจาก{a}ไปยัง{b}เพื่อหารือความร่วมมือ"
        else:
            a, b = rng.sample(PLACES_EN, 2)
            body = rng.sample(english, min(len(english), rng.randint(3, 7)))
            lead = f"Report {number}: a delegation travelled from {a} to {b} for talks."
        (folder / f"doc-{number:05}.txt").write_text(
            "\n".join([lead, *body]) + "\n", encoding="utf-8"
        )


def memory(pid: int) -> dict[str, float]:
    """Resident memory of the server process now and at its peak, in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    values = {
        line.split(":")[0]: int(line.split()[1]) / 1024
        for line in status.splitlines()
        if line.startswith(("VmRSS", "VmHWM"))
    }
    return {"rss_mb": round(values["VmRSS"], 1), "peak_rss_mb": round(values["VmHWM"], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=4, choices=range(1, 33))
    parser.add_argument("--requests", type=int, default=300, help="per target")
    parser.add_argument("--seconds", type=float, default=60, help="time limit per target")
    args = parser.parse_args()
    env = {
        **os.environ,
        "GEOMAP_GAZETTEER": str(config.gazetteer_path(config.data_dir())),
        "GEOMAP_API_TOKEN": "",
        "GEOMAP_SECRET_KEY": "",
    }
    with tempfile.TemporaryDirectory(prefix="geomap-load-") as tmp:
        data_dir, inputs = Path(tmp) / "data", Path(tmp) / "inputs"
        inputs.mkdir(parents=True)
        synthesise(inputs, args.documents)
        began = time.perf_counter()
        subprocess.run(
            [str(CLI), "ingest", "--data-dir", str(data_dir), str(inputs)],
            env=env, check=True, capture_output=True, timeout=3600,
        )  # fmt: skip
        seconds = time.perf_counter() - began
        print(
            f"ingested {args.documents} documents in {seconds:.1f} s "
            f"({args.documents / seconds:.1f} documents/s)",
            flush=True,
        )
        process, port = start(data_dir, {**env, "GEOMAP_CACHE": "1"})
        try:
            ids = [d["id"] for d in json.loads(fetch_body(port, "/api/documents"))]
            rng = random.Random(7)
            picked = rng.sample(ids, min(len(ids), 200))
            targets = {
                "corpus map": ["/embed/map"],
                "document page": [f"/documents/{i}" for i in picked],
                "embed": [f"/embed/documents/{i}" for i in picked],
                "geojson export": ["/api/features"],
            }
            features = len(json.loads(fetch_body(port, "/api/features"))["features"])
            print(f"{len(ids)} documents, {features} corpus features; "
                  f"{args.clients} clients, up to {args.requests} requests per target")  # fmt: skip
            print(f"server memory after start: {memory(process.pid)}", flush=True)
            for name, paths in targets.items():
                began = time.perf_counter()
                status, _ = fetch(port, paths[0])
                first = (time.perf_counter() - began) * 1000
                figures = load(port, paths, args.clients, args.requests, args.seconds)
                figures = {"first_ms": round(first, 1), "first_status": status, **figures}
                print(f"{name:15} " + "  ".join(f"{k} {v}" for k, v in figures.items()))
            print(f"server memory after the runs: {memory(process.pid)}")
        finally:
            process.terminate()
            process.wait(timeout=30)


def fetch_body(port: int, path: str) -> bytes:
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    connection.request("GET", path)
    body = connection.getresponse().read()
    connection.close()
    return body


if __name__ == "__main__":
    main()
