"""Results of store reads and map renders, kept until the store changes.

Entries are keyed by what was asked plus the store's revision, so any write (in this
process or another) makes them stale without any invalidation code.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from geomap.storage import Store

T = TypeVar("T")


class RevisionCache:
    def __init__(self, store: Store, size: int = 256, enabled: bool = True) -> None:
        self.store = store
        self.size = size
        self.enabled = enabled
        self._entries: OrderedDict[Hashable, tuple[int, object]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        if not self.enabled:
            return make()
        revision = self.store.revision()
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[0] == revision:
                self._entries.move_to_end(key)
                return hit[1]  # type: ignore[return-value]
        value = make()
        with self._lock:
            self._entries[key] = (revision, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value
