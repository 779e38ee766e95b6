"""Results of store reads and map renders, kept until the store changes.

Entries are keyed by what was asked plus the store's revision, so any write (in this
process or another) makes them stale without any invalidation code. The cache is bounded
by entry count and by the bytes its entries hold (least recently used go first), so a few
large corpus renders cannot grow the server's memory without limit; requests that miss
the same entry at the same time wait for one render instead of each making their own.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import fields, is_dataclass
from typing import TypeVar

from geomap.storage import Store

T = TypeVar("T")
MAX_ENTRIES = 256
MAX_BYTES = 256 * 1024 * 1024


def weight(value: object) -> int:
    """Roughly the bytes `value` holds: exact for text and bytes (what renders are), a walk
    through containers and dataclasses for data (shared parts counted each time)."""
    if isinstance(value, str | bytes):
        return sys.getsizeof(value)
    if isinstance(value, Mapping):
        return sys.getsizeof(value) + sum(weight(k) + weight(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return sys.getsizeof(value) + sum(weight(item) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        return sys.getsizeof(value) + sum(weight(getattr(value, f.name)) for f in fields(value))
    return sys.getsizeof(value)


class RevisionCache:
    def __init__(
        self,
        store: Store,
        size: int = MAX_ENTRIES,
        enabled: bool = True,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.store = store
        self.size = size
        self.max_bytes = max_bytes
        self.enabled = enabled
        self.bytes = 0
        self._entries: OrderedDict[Hashable, tuple[int, object, int]] = OrderedDict()
        self._making: dict[tuple[Hashable, int], threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        """The value for `key` at the store's current revision, made by `make` if missing.
        A value larger than the whole budget is returned but not kept."""
        if not self.enabled:
            return make()
        revision = self.store.revision()
        with self._lock:
            found = self._hit(key, revision)
            if found is not None:
                return found[0]  # type: ignore[return-value]
            making = self._making.setdefault((key, revision), threading.Lock())
        try:
            with making:
                with self._lock:
                    found = self._hit(key, revision)
                if found is not None:
                    return found[0]  # type: ignore[return-value]
                value = make()
                self._keep(key, revision, value, weight(value))
                return value
        finally:
            with self._lock:
                if self._making.get((key, revision)) is making:
                    del self._making[(key, revision)]

    def _hit(self, key: Hashable, revision: int) -> tuple[object] | None:
        entry = self._entries.get(key)
        if entry is None or entry[0] != revision:
            return None
        self._entries.move_to_end(key)
        return (entry[1],)

    def _keep(self, key: Hashable, revision: int, value: object, size: int) -> None:
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.bytes -= old[2]
            if size > self.max_bytes:
                return
            self._entries[key] = (revision, value, size)
            self.bytes += size
            while len(self._entries) > self.size or self.bytes > self.max_bytes:
                _, (_, _, dropped) = self._entries.popitem(last=False)
                self.bytes -= dropped
