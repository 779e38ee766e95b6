"""Parse throughput beside pythainlp's own tokenisation of the same text, in one run.

    .venv/bin/python bench/parse_speed.py [--docs N] [--rounds R]

Each side runs in a fresh interpreter, so start-up (imports, pythainlp's dictionary, our
gazetteer indexes) is paid by both: tokenisation alone (newmm, default dictionary) and the
whole geoparse (recognition, resolution and GeoJSON) of the same documents. The rounds
alternate the two sides and the median of each is kept. Also timed: a cold one-document
`geomap parse`. The machine is noisy: compare the ratios, not absolute seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


GOLD_FILES = (
    ROOT / "eval" / "gold" / "dev.jsonl",
    ROOT / "eval" / "gold" / "heldout.jsonl",
    ROOT.parent / "shared" / "eval" / "peer" / "geovirus_gold.jsonl",  # read in place if present
)


def corpus(count: int) -> list[str]:
    """Distinct documents (seeds, our gold sets, GeoVirus when shared/ is beside us)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in GOLD_FILES:
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    if count > len(texts):
        print(f"(only {len(texts)} distinct documents; some repeat)", file=sys.stderr)
    return [texts[i % len(texts)] for i in range(count)]


def run_side(side: str, corpus_file: Path) -> None:
    """The body of one timed subprocess: everything it imports and builds counts."""
    texts = json.loads(corpus_file.read_text(encoding="utf-8"))
    if side == "tokenise":
        from pythainlp.tokenize import word_tokenize

        for text in texts:
            word_tokenize(text, engine="newmm")
    else:
        from geomap.gazetteer import Gazetteer
        from geomap.geoparse import Geoparser, feature_collection

        parser = Geoparser(Gazetteer.open())
        for text in texts:
            feature_collection(parser.parse(text), parser.gazetteer)


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--docs", type=int, default=300)
    options.add_argument("--rounds", type=int, default=3)
    options.add_argument("--side", choices=["tokenise", "parse"], help=argparse.SUPPRESS)
    options.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = options.parse_args()
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    if args.side:
        run_side(args.side, args.corpus)
        return
    texts = corpus(args.docs)
    with tempfile.TemporaryDirectory() as folder:
        corpus_file = Path(folder) / "corpus.json"
        corpus_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        seconds: dict[str, list[float]] = {"tokenise": [], "parse": []}
        for _ in range(args.rounds):
            for side in seconds:
                command = [sys.executable, __file__, "--side", side, "--corpus", str(corpus_file)]
                seconds[side].append(timed(command))
    tokenise = statistics.median(seconds["tokenise"])
    parse = statistics.median(seconds["parse"])
    cold = timed(
        [
            str(Path(sys.executable).with_name("geomap")),
            "parse",
            str(next((ROOT / "seeds").glob("*.txt"))),
        ]
    )

    print(f"documents: {len(texts)} ({sum(map(len, texts))} characters), {args.rounds} rounds")
    print(f"pythainlp tokenisation alone (start-up included): {len(texts) / tokenise:8.1f} docs/s")
    print(f"geomap parse, whole pipeline (start-up included): {len(texts) / parse:8.1f} docs/s")
    print(f"parse / tokenisation time ratio: {parse / tokenise:.2f}")
    print(f"cold one-document `geomap parse`: {cold:.2f} s")


if __name__ == "__main__":
    main()
