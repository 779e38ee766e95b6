"""Requests per second and latency of the web app under several concurrent clients.

    .venv/bin/python bench/web_load.py [--clients 4] [--requests 200] [--seconds 30]

Builds a throwaway corpus (the seeds and the dev gold documents) with `geomap ingest`,
starts `geomap serve` (waitress) on a free loopback port twice, once with the render cache
off (GEOMAP_CACHE=0: every request is cold) and once with it on (after one warm-up pass),
and drives the document page and the corpus map (the `/` page, and the map iframes once
they exist) with keep-alive clients. Traffic goes to 127.0.0.1 only; every loop is bounded
by a request count and a time limit. The clients share the server's 2 cores, so compare
the figures with each other rather than reading them as capacity.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from geomap import config

ROOT = Path(__file__).resolve().parent.parent
CLI = Path(sys.executable).with_name("geomap")
HOST = "127.0.0.1"


def build_corpus(data_dir: Path, env: dict) -> None:
    inputs = data_dir / "inputs"
    inputs.mkdir()
    gold = ROOT / "eval" / "gold" / "dev.jsonl"
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            (inputs / f"dev-{number:03}.txt").write_text(json.loads(line)["text"], "utf-8")
    for path in (ROOT / "seeds", inputs):
        subprocess.run(
            [str(CLI), "ingest", "--data-dir", str(data_dir), str(path)],
            env=env,
            check=True,
            capture_output=True,
            timeout=900,
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start(data_dir: Path, env: dict) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(
        [str(CLI), "serve", "--data-dir", str(data_dir), "--host", HOST, "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if fetch(port, "/healthz")[0] == 200:
                return process, port
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("the server did not start")


def fetch(port: int, path: str, connection: http.client.HTTPConnection | None = None):
    own = connection or http.client.HTTPConnection(HOST, port, timeout=60)
    own.request("GET", path)
    response = own.getresponse()
    body = response.read()
    if connection is None:
        own.close()
    return response.status, len(body)


def load(port: int, paths: list[str], clients: int, total: int, seconds: float) -> dict:
    """`clients` threads share `total` requests over `paths` (round robin), stopping early
    at `seconds`; returns throughput and latency percentiles in milliseconds."""
    latencies: list[float] = []
    failures = [0]
    counter = iter(range(total))
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=60)
        while time.monotonic() < stop_at:
            with lock:
                number = next(counter, None)
            if number is None:
                break
            began = time.perf_counter()
            status, _ = fetch(port, paths[number % len(paths)], connection)
            elapsed = (time.perf_counter() - began) * 1000
            with lock:
                latencies.append(elapsed)
                failures[0] += status != 200
        connection.close()

    began = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": failures[0],
        "rps": round(len(latencies) / wall, 1),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
        "p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))], 1),
        "max_ms": round(latencies[-1], 1),
    }


def targets(port: int) -> dict[str, list[str]]:
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    connection.request("GET", "/api/documents")
    documents = json.loads(connection.getresponse().read())
    ids = [d["id"] for d in documents]
    found = {
        "document page": [f"/documents/{i}" for i in ids],
        "corpus page": ["/"],
        "document map": [f"/embed/documents/{i}" for i in ids],
        "corpus map": ["/embed/map", "/embed/map?kind=place", "/embed/map?country=TH"],
    }
    return {name: paths for name, paths in found.items() if fetch(port, paths[0])[0] == 200}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=4, choices=range(1, 33))
    parser.add_argument("--requests", type=int, default=200, help="per target and mode")
    parser.add_argument("--seconds", type=float, default=30, help="time limit per run")
    args = parser.parse_args()
    env = {
        **os.environ,
        "GEOMAP_GAZETTEER": str(config.gazetteer_path(config.data_dir())),  # the built one
        "GEOMAP_API_TOKEN": "",
        "GEOMAP_SECRET_KEY": "",
    }
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        data_dir = Path(tmp)
        build_corpus(data_dir, env)
        print(f"{args.clients} clients, up to {args.requests} requests per run", flush=True)
        for mode, cache in (("cold", "0"), ("cached", "1")):
            process, port = start(data_dir, {**env, "GEOMAP_CACHE": cache})
            try:
                for name, paths in targets(port).items():
                    if mode == "cached":
                        for path in paths:
                            fetch(port, path)
                    figures = load(port, paths, args.clients, args.requests, args.seconds)
                    print(
                        f"{mode:7} {name:14} " + "  ".join(f"{k} {v}" for k, v in figures.items())
                    )
            finally:
                process.terminate()
                process.wait(timeout=20)


if __name__ == "__main__":
    main()
