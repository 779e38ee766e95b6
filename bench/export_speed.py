"""Time and size of the exports: corpus GeoJSON and CSV, the standalone HTML map and the PNG.

    .venv/bin/python bench/export_speed.py [--repeat 5]

Builds a throwaway corpus (the seeds and the dev gold documents, as bench/web_load.py does),
then times each export in-process (median of --repeat runs, render caches not involved)
and `geomap export` end to end as a user runs it (process start included).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from web_load import CLI, build_corpus

from geomap import config
from geomap.export import export_corpus
from geomap.gazetteer import Gazetteer
from geomap.maps import MapOptions, render_map, render_png
from geomap.storage import Store


def timed(make, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = make()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    gazetteer_path = config.gazetteer_path(config.data_dir())
    env = {**os.environ, "GEOMAP_GAZETTEER": str(gazetteer_path)}
    with tempfile.TemporaryDirectory(prefix="geomap-export-bench-") as folder:
        data_dir = Path(folder)
        build_corpus(data_dir, env)
        store, gazetteer = Store.open(data_dir), Gazetteer(gazetteer_path)
        features = store.corpus_features()
        documents = len(store.list_documents())
        print(f"corpus: {documents} documents, {len(features)} features (median of {repeat})")
        rows = [
            ("GeoJSON (export_corpus)", lambda: export_corpus(store).text),
            ("links CSV", lambda: export_corpus(store, fmt="links.csv").text),
            ("deployments CSV", lambda: export_corpus(store, fmt="deployments.csv").text),
            (
                "standalone HTML (render_map, inlined)",
                lambda: render_map(
                    store.corpus_features(), gazetteer, MapOptions(inline_assets=True)
                ),
            ),
            ("PNG 1200x630 (render_png)", lambda: render_png(store.corpus_features(), gazetteer)),
        ]
        print(f"{'export':40} {'seconds':>8} {'bytes':>10}")
        for name, make in rows:
            seconds, result = timed(make, repeat)
            size = len(result.encode("utf-8") if isinstance(result, str) else result)
            print(f"{name:40} {seconds:8.3f} {size:10,}")
        target = data_dir / "corpus.geojson"
        seconds, _ = timed(
            lambda: subprocess.run(
                [str(CLI), "export", "--data-dir", str(data_dir), "-o", str(target)],
                env=env,
                check=True,
                capture_output=True,
                timeout=300,
            ),
            repeat,
        )
        print(
            f"{'geomap export -o FILE (whole process)':40} {seconds:8.3f} "
            f"{target.stat().st_size:10,}"
        )
        store.close()


if __name__ == "__main__":
    sys.exit(main())
