"""Table folders on disk: typed Parquet read/write, written atomically (no half-written outputs)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pandas as pd

from .contract import read_table, write_table
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
    from .validate import TABLE, check_contract

    bad = [f for name, df in tables.items() for f in check_contract(df, name) if f.scope == TABLE]
    if bad:
        raise ValidationFailed(where, "; ".join(f.describe() for f in bad), "fix the stage that produced these tables")


def write_dir(tables: dict[str, pd.DataFrame], path: Path, extra: dict[str, bytes] | None = None) -> None:
    """Check the tables' shape (:func:`guard`), write them to a temporary sibling folder, then swap it in whole."""
    path = Path(path)
    guard(tables, str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        for name, df in tables.items():
            write_table(df, tmp / f"{name}.parquet", name)
        for name, data in (extra or {}).items():
            (tmp / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / name).write_bytes(data)
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
