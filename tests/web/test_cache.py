"""The revision-keyed cache over a real store: stale after any write, bounded by bytes as
well as entries, one render for requests that miss together."""

from __future__ import annotations

import threading
import time

import pytest

from geomap.storage import Store, clean_text
from geomap.web.cache import RevisionCache, weight


@pytest.fixture
def store(tmp_path):
    opened = Store(f"sqlite:///{tmp_path / 'geomap.sqlite'}")
    yield opened
    opened.close()


def _write(store: Store, text: str) -> None:
    store.add_document(clean_text(text), {"type": "FeatureCollection", "features": []})


def test_entries_are_stale_after_a_write(store):
    cache, made = RevisionCache(store), []

    def make() -> str:
        made.append(1)
        return f"render {len(made)}"

    assert cache.get("map", make) == cache.get("map", make) == "render 1"
    _write(store, "a new document")
    assert cache.get("map", make) == "render 2"


def test_the_byte_budget_evicts_least_recently_used_and_refuses_giants(store):
    page = "x" * 10_000
    cache = RevisionCache(store, max_bytes=3 * weight(page))
    for key in ("a", "b", "c"):
        cache.get(key, lambda: page)
    cache.get("a", lambda: "remade")  # a is now the most recently used
    cache.get("d", lambda: page)  # over budget: b, the least recently used, goes
    assert cache.bytes <= cache.max_bytes
    assert cache.get("a", lambda: "remade") == page
    assert cache.get("b", lambda: "remade") == "remade"
    giant = "y" * (cache.max_bytes + 1)
    assert cache.get("giant", lambda: giant) is giant
    assert cache.get("giant", lambda: "small") == "small"  # the giant was not kept
    assert cache.bytes <= cache.max_bytes


def test_weight_counts_nested_data():
    features = [{"properties": {"name": "n" * 1000, "mentions": [{"sentence": "s" * 500}]}}]
    assert weight(features) > 1500


def test_requests_missing_together_share_one_render(store):
    cache, made = RevisionCache(store), []

    def slow() -> str:
        made.append(1)
        time.sleep(0.2)
        return "render"

    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(cache.get("map", slow))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert results == ["render"] * 4 and len(made) == 1


def test_a_failed_render_is_not_kept(store):
    cache = RevisionCache(store)

    def fail() -> str:
        raise ValueError("bad filter")

    with pytest.raises(ValueError):
        cache.get("map", fail)
    assert cache.get("map", lambda: "render") == "render"
