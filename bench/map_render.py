"""Time and size of `render_map` on a corpus-sized map, before and after, in one run.

    .venv/bin/python bench/map_render.py [--before main] [--features 2000] [--repeat 3]

The seed articles go through the real pipeline (places, borders, links, deployments); the
collection is replicated with fresh ids to about --features features. The `geomap` package
of git revision --before is unpacked into a temporary folder (sharing this checkout's
static/), and each side renders the same features in its own process: median seconds over
--repeat renders and the page's size, then the ratios.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_features(count: int) -> list[dict]:
    from geomap import config
    from geomap.gazetteer import Gazetteer
    from geomap.pipeline import Pipeline

    pipeline = Pipeline(Gazetteer(config.gazetteer_path(config.data_dir())))
    seed = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        seed += pipeline.analyse(path.read_text(encoding="utf-8"), "th").collection["features"]
    features = []
    while len(features) < count:
        for feature in seed:
            copied = copy.deepcopy(feature)
            copied["id"] = f"f-{len(features)}"
            features.append(copied)
    return features[:count]


def render(features_path: str, repeat: int) -> dict:
    """Runs inside the child process, with the `geomap` under test first on sys.path."""
    from geomap import config
    from geomap.gazetteer import Gazetteer
    from geomap.maps import MapOptions, render_map

    features = json.loads(Path(features_path).read_text(encoding="utf-8"))
    gazetteer = Gazetteer(config.gazetteer_path(config.data_dir()))
    render_map(features[:5], gazetteer)  # warm the basemap and asset caches
    times, page = [], ""
    for _ in range(repeat):
        start = time.perf_counter()
        page = render_map(features, gazetteer, MapOptions(nonce="bench-nonce-1"))
        times.append(time.perf_counter() - start)
    return {"seconds": statistics.median(times), "bytes": len(page.encode("utf-8"))}


def measure(package_root: Path, features_path: Path, repeat: int) -> dict:
    code = (
        f"import sys, json; sys.path.insert(0, {str(package_root)!r}); "
        f"sys.path.insert(1, {str(ROOT / 'bench')!r}); import map_render; "
        f"print(json.dumps(map_render.render({str(features_path)!r}, {repeat})))"
    )
    env = {**os.environ, "GEOMAP_GAZETTEER": str(_gazetteer())}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _gazetteer() -> Path:
    from geomap import config

    return config.gazetteer_path(config.data_dir())


def unpack(revision: str, folder: Path) -> Path:
    archive = folder / "before.tar"
    subprocess.run(
        ["git", "-C", str(ROOT), "archive", "-o", str(archive), revision, "geomap"], check=True
    )
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "before", filter="data")
    (folder / "before" / "static").symlink_to(ROOT / "static")
    return folder / "before"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="main", help="git revision to compare with")
    parser.add_argument("--features", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    features = corpus_features(args.features)
    kinds: dict[str, int] = {}
    for feature in features:
        kind = feature["properties"].get("feature_type")
        kind = "border" if kind == "border" else feature["properties"]["kind"]
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{len(features)} features: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    with tempfile.TemporaryDirectory(prefix="geomap-map-bench-") as name:
        folder = Path(name)
        features_path = folder / "features.json"
        features_path.write_text(json.dumps(features), encoding="utf-8")
        before = measure(unpack(args.before, folder), features_path, args.repeat)
        after = measure(ROOT, features_path, args.repeat)
    print(f"{'':8}{'seconds':>10}{'MB':>10}")
    for name, result in (("before", before), ("after", after)):
        print(f"{name:8}{result['seconds']:>10.3f}{result['bytes'] / 1e6:>10.2f}")
    print(
        f"{'ratio':8}{before['seconds'] / after['seconds']:>9.1f}x"
        f"{before['bytes'] / after['bytes']:>9.1f}x  (before / after)"
    )


if __name__ == "__main__":
    main()
