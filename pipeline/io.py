"""Table folders on disk: typed Parquet read/write, written atomically (no half-written outputs)."""

from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pandas as pd
import pyarrow as pa

from .contract import arrow_schema, read_table, write_arrow_table, write_table
from .errors import BackchannelError


def read_dir(path: Path, tables: list[str], *, required: bool = True) -> dict[str, pd.DataFrame]:
    path = Path(path)
    out = {}
    for t in tables:
        f = path / f"{t}.parquet"
        if not f.exists():
            if required:
                raise BackchannelError(str(f), "table file missing", f"run the stage that writes {t}.parquet first (dvc repro)")
            continue
        try:
            out[t] = read_table(f, t)
        except Exception as e:  # a corrupt or foreign file
            raise BackchannelError(str(f), f"cannot read as the '{t}' table: {e}", "rebuild it with dvc repro") from None
    return out


def guard(tables: dict[str, pd.DataFrame], where: str) -> None:
    """pandera at a stage boundary: a table that breaks the contract's shape (columns, types)
    stops the build here; row-level failures travel on to the validate stage, which quarantines them."""
    from .errors import ValidationFailed
    from .validate import table_failures

    bad = [f for name, df in tables.items() for f in table_failures(df, name)]
    if bad:
        raise ValidationFailed(where, "; ".join(f.describe() for f in bad), "fix the stage that produced these tables")


def write_dir(tables: dict[str, pd.DataFrame], path: Path, extra: dict[str, bytes] | None = None) -> None:
    """Check the tables' shape (:func:`guard`), write them to a temporary sibling folder, then swap it in whole."""
    guard(tables, str(path))
    with atomic_dir(path) as tmp:
        for name, df in tables.items():
            write_table(df, tmp / f"{name}.parquet", name)
        for name, data in (extra or {}).items():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_bytes(data)


def write_arrow_dir(tables: dict[str, list[pa.Table]], path: Path) -> None:
    """Write tables given as lists of Arrow chunks (already checked with :func:`guard` chunk by
    chunk), each sorted by primary key, into ``path`` atomically: the same rows give the same
    bytes as :func:`write_dir`."""
    with atomic_dir(path) as tmp:
        for name, chunks in tables.items():
            tbl = pa.concat_tables(chunks) if chunks else arrow_schema(name).empty_table()
            write_arrow_table(tbl, tmp / f"{name}.parquet", name)


@contextmanager
def atomic_dir(path: Path) -> Iterator[Path]:
    """A temporary sibling folder to fill; on success it replaces ``path`` whole, on any error it is removed
    and ``path`` is left as it was (no half-written outputs)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        yield tmp
        if path.exists():
            old = path.with_name(f".{path.name}.old")
            if old.exists():
                shutil.rmtree(old)
            path.rename(old)
            tmp.rename(path)
            shutil.rmtree(old)
        else:
            tmp.rename(path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
