"""Time and size of `render_map` on a corpus-sized map, before and after, in one run.

    .venv/bin/python bench/map_render.py [--before main] [--features 2000] [--repeat 3]
                                         [--browser]

The seed articles go through the real pipeline (places, borders, links, deployments); the
collection is replicated with fresh ids to about --features features. The `geomap` package
and static/geomap of git revision --before are unpacked into a temporary folder (sharing
this checkout's static/node_modules), and each side renders the same features in its own
process: median seconds over --repeat renders and the page's size, then the ratios. With
--browser, headless Chromium also opens each side's standalone page from disk and times
it until every feature is drawn.
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


def render(features_path: str, repeat: int, standalone: str) -> dict:
    """Runs inside the child process, with the `geomap` under test first on sys.path; writes
    the standalone page (assets inlined) to `standalone` for the browser."""
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
    inline = MapOptions(inline_assets=True)
    Path(standalone).write_text(render_map(features, gazetteer, inline), encoding="utf-8")
    return {"seconds": statistics.median(times), "bytes": len(page.encode("utf-8"))}


def measure(package_root: Path, features_path: Path, repeat: int, standalone: Path) -> dict:
    arguments = f"{str(features_path)!r}, {repeat}, {str(standalone)!r}"
    code = (
        f"import sys, json; sys.path.insert(0, {str(package_root)!r}); "
        f"sys.path.insert(1, {str(ROOT / 'bench')!r}); import map_render; "
        f"print(json.dumps(map_render.render({arguments})))"
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
    command = ["git", "-C", str(ROOT), "archive", "-o", str(archive), revision]
    subprocess.run([*command, "geomap", "static/geomap"], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "before", filter="data")
    (folder / "before" / "static" / "node_modules").symlink_to(ROOT / "static" / "node_modules")
    return folder / "before"


def browser_seconds(pages: list[Path], features: int) -> list[float]:
    """Seconds from opening each page (from disk) until all its features are drawn."""
    from playwright.sync_api import sync_playwright

    drawn = f"document.querySelectorAll('path.leaflet-interactive').length >= {features}"
    seconds = []
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        for path in pages:
            page = chromium.new_page(viewport={"width": 1200, "height": 800})
            start = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function(drawn, timeout=120_000, polling=50)
            seconds.append(time.perf_counter() - start)
            page.close()
        chromium.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="main", help="git revision to compare with")
    parser.add_argument("--features", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--browser", action="store_true", help="also time Chromium drawing")
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
        pages = [folder / "before.html", folder / "after.html"]
        before = measure(unpack(args.before, folder), features_path, args.repeat, pages[0])
        after = measure(ROOT, features_path, args.repeat, pages[1])
        if args.browser:
            drawn = browser_seconds(pages, len(features))
            before["browser"], after["browser"] = drawn
    print(f"{'':8}{'render s':>10}{'MB':>10}" + (f"{'browser s':>11}" if args.browser else ""))
    for name, result in (("before", before), ("after", after)):
        print(
            f"{name:8}{result['seconds']:>10.3f}{result['bytes'] / 1e6:>10.2f}"
            + (f"{result['browser']:>11.2f}" if args.browser else "")
        )
    print(
        f"{'ratio':8}{before['seconds'] / after['seconds']:>9.1f}x"
        f"{before['bytes'] / after['bytes']:>9.1f}x"
        + (f"{before['browser'] / after['browser']:>10.1f}x" if args.browser else "")
        + "  (before / after)"
    )


if __name__ == "__main__":
    main()
