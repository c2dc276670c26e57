"""On-disk cache for data derived from the package alone that is slow to build in every process:
the dictionary automata of the rule extractor (~1 s) and the character folding table (~0.2 s).

An entry is keyed by a fingerprint of everything it can depend on: the package's own files (code
and reference data), the Python version (and with it the Unicode database) and the versions of the
compiled libraries whose objects it holds. Any change gives a new key (the three most recent
entries of a name are kept); an unreadable entry is rebuilt. ``BACKCHANNEL_CACHE_DIR`` chooses
the folder (default ``$XDG_CACHE_HOME/backchannel`` or ``~/.cache/backchannel``); set it to
``off`` to build everything in every process.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    d = os.environ.get("BACKCHANNEL_CACHE_DIR")
    if d is not None:
        return None if d.strip().lower() in ("", "off", "0", "no") else Path(d)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "backchannel"


@functools.lru_cache(maxsize=1)
def fingerprint() -> str:
    """SHA-256 over the package's files (paths and bytes), the Python and Unicode versions and the
    versions of the libraries whose objects are cached."""
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256()
    h.update(f"{sys.version}|{unicodedata.unidata_version}".encode())
    for dist in ("pyahocorasick", "numpy", "pydantic"):
        try:
            h.update(f"|{dist}={version(dist)}".encode())
        except PackageNotFoundError:
            h.update(f"|{dist}=?".encode())
    for p in sorted(PACKAGE.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc":
            h.update(b"\0" + str(p.relative_to(PACKAGE)).encode() + b"\0")
            h.update(p.read_bytes())
    return h.hexdigest()[:32]


def cached(name: str, build: Callable[[], T]) -> T:
    """``build()``, or the pickled result of an earlier call with the same name and fingerprint."""
    d = cache_dir()
    if d is None:
        return build()
    path = d / f"{name}-{fingerprint()}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing, unreadable or from an incompatible build: build it again
        pass
    obj = build()
    tmp = None
    try:
        d.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=d, prefix=f".{name}-", delete=False) as fh:
            tmp = fh.name
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the whole file or none
        tmp = None
        _prune(d, name)
    except Exception:  # a read-only or full disk, an object that does not pickle: no cache
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return obj


KEEP = 3  # entries kept per name (other checkouts or versions of the package), the most recent


def _prune(d: Path, name: str) -> None:
    """Keep the KEEP most recently written entries of ``name`` (each edit of the package makes a new one)."""
    entries = []
    for p in d.glob(f"{name}-*.pickle"):
        try:
            entries.append((p.stat().st_mtime, p))
        except OSError:
            pass
    for _, old in sorted(entries, reverse=True)[KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass
