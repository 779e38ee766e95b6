"""Parse throughput beside pythainlp's own tokenisation of the same text, in one run.

    .venv/bin/python bench/parse_speed.py [--docs N]

Prints documents per second for: tokenisation alone (newmm, default dictionary), the whole
geoparse (recognition, resolution and GeoJSON), and their ratio; plus a cold one-document
`geomap parse` timed as a subprocess. Figures are ratios measured side by side: the machine
is noisy, so compare them, not absolute seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
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


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--docs", type=int, default=300)
    args = options.parse_args()
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    texts = corpus(args.docs)
    characters = sum(map(len, texts))

    started = time.perf_counter()
    from pythainlp.tokenize import word_tokenize

    for text in texts:
        word_tokenize(text, engine="newmm")
    tokenise = time.perf_counter() - started

    started = time.perf_counter()
    from geomap.gazetteer import Gazetteer
    from geomap.geoparse import Geoparser, feature_collection

    parser = Geoparser(Gazetteer.open())
    for text in texts:
        feature_collection(parser.parse(text), parser.gazetteer)
    parse = time.perf_counter() - started

    started = time.perf_counter()
    subprocess.run(
        [
            str(Path(sys.executable).with_name("geomap")),
            "parse",
            str(next((ROOT / "seeds").glob("*.txt"))),
        ],
        check=True,
        capture_output=True,
    )
    cold = time.perf_counter() - started

    print(f"documents: {len(texts)} ({characters} characters)")
    print(f"pythainlp tokenisation alone (start-up included): {len(texts) / tokenise:8.1f} docs/s")
    print(f"geomap parse, whole pipeline (start-up included): {len(texts) / parse:8.1f} docs/s")
    print(f"parse / tokenisation time ratio: {parse / tokenise:.2f}")
    print(f"cold one-document `geomap parse`: {cold:.2f} s")


if __name__ == "__main__":
    main()
