"""Keep the long-running service's memory low (glibc only; no-ops elsewhere).

- ``limit_arenas``: glibc gives each busy thread its own malloc arena, so eight waitress threads
  can hold eight heaps of freed memory; two arenas are plenty for this workload.
- ``release``: after a large request, hand freed heap pages back to the system
  (``malloc_trim``), so the resident size returns close to its resting level.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import sys

log = logging.getLogger("verdir.service")

M_ARENA_MAX = -8
_libc = None


def _glibc():
    global _libc
    if _libc is None and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt"):
                _libc = libc
        except OSError:  # musl or no libc found: nothing to tune
            _libc = False
    return _libc or None


def limit_arenas(arenas: int = 2) -> None:
    """Call before the worker threads start."""
    libc = _glibc()
    if libc is not None and not libc.mallopt(M_ARENA_MAX, arenas):
        log.debug("mallopt(M_ARENA_MAX) refused")


def release() -> None:
    gc.collect()
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
