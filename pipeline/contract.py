"""The data contract, loaded from ``schemas/contract.yaml`` (the one source of truth).

Everything that describes a column is generated here from that file:
pandera schemas, Arrow schemas (descriptions stored in the Parquet field
metadata), empty frames, typed Parquet reading/writing and the data dictionary.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import yaml

CONTRACT_PATH = Path(__file__).resolve().parent.parent / "schemas" / "contract.yaml"

_PANDAS_DTYPES = {
    "string": "str",
    "int": "int64",
    "float": "float64",
    "bool": "bool",
    "date": "datetime64[us]",
    "list[string]": "object",
}
_ARROW_TYPES = {
    "string": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "list[string]": pa.list_(pa.string()),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    nullable: bool = False
    allowed: tuple[str, ...] | None = None
    iso3: bool = False
    min: float | None = None
    max: float | None = None
    min_date: str | None = None
    pattern: str | None = None

    @property
    def pandas_dtype(self) -> str:
        return _PANDAS_DTYPES[self.type]

    @property
    def arrow_type(self) -> pa.DataType:
        return _ARROW_TYPES[self.type]

    @property
    def is_list(self) -> bool:
        return self.type.startswith("list[")


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    ref_columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    layer: str
    description: str
    primary_key: tuple[str, ...]
    columns: tuple[Column, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"table {self.name!r} has no column {name!r}")


@dataclass(frozen=True)
class Contract:
    version: int
    vocabularies: dict[str, tuple[str, ...]]
    fields: dict[str, dict[str, Any]]
    tables: dict[str, Table]

    def table(self, name: str) -> Table:
        try:
            return self.tables[name]
        except KeyError:
            raise KeyError(f"the contract has no table {name!r}; known: {sorted(self.tables)}") from None

    @property
    def published(self) -> list[str]:
        return [n for n, t in self.tables.items() if t.layer == "published"]


class ContractError(ValueError):
    """The contract file itself is inconsistent."""


def _parse(raw: dict[str, Any], source: str) -> Contract:
    vocabularies = {k: tuple(v) for k, v in raw["vocabularies"].items()}
    fields: dict[str, dict[str, Any]] = raw["fields"]
    known_keys = {"type", "description", "allowed", "iso3", "min", "max", "min_date", "pattern"}
    for name, spec in fields.items():
        unknown = set(spec) - known_keys
        if unknown:
            raise ContractError(f"{source}: field {name!r} has unknown keys {sorted(unknown)}")
        if spec.get("type") not in _PANDAS_DTYPES:
            raise ContractError(f"{source}: field {name!r} has unknown type {spec.get('type')!r}")
        if not spec.get("description"):
            raise ContractError(f"{source}: field {name!r} needs a description")
        if "allowed" in spec and spec["allowed"] not in vocabularies:
            raise ContractError(f"{source}: field {name!r} names unknown vocabulary {spec['allowed']!r}")
    tables: dict[str, Table] = {}
    for tname, tspec in raw["tables"].items():
        cols = []
        for cname, override in (tspec["columns"] or {}).items():
            if cname not in fields:
                raise ContractError(f"{source}: table {tname!r} uses {cname!r}, which is not in fields:")
            spec = dict(fields[cname])
            override = override or {}
            if set(override) - {"nullable"}:
                raise ContractError(f"{source}: table {tname!r} column {cname!r}: only 'nullable' may be overridden")
            allowed = vocabularies[spec["allowed"]] if "allowed" in spec else None
            cols.append(
                Column(
                    name=cname,
                    type=spec["type"],
                    description=spec["description"],
                    nullable=bool(override.get("nullable", False)),
                    allowed=allowed,
                    iso3=bool(spec.get("iso3", False)),
                    min=spec.get("min"),
                    max=spec.get("max"),
                    min_date=spec.get("min_date"),
                    pattern=spec.get("pattern"),
                )
            )
        fks = tuple(
            ForeignKey(tuple(fk["columns"]), fk["table"], tuple(fk.get("ref_columns", fk["columns"])))
            for fk in tspec.get("foreign_keys", [])
        )
        pk = tuple(tspec["primary_key"])
        names = [c.name for c in cols]
        for k in pk:
            if k not in names:
                raise ContractError(f"{source}: table {tname!r} primary key column {k!r} is not a column")
        tables[tname] = Table(tname, tspec["layer"], tspec["description"], pk, tuple(cols), fks)
    for t in tables.values():
        for fk in t.foreign_keys:
            if fk.table not in tables:
                raise ContractError(f"{source}: table {t.name!r} references unknown table {fk.table!r}")
    return Contract(int(raw["contract_version"]), vocabularies, fields, tables)


@functools.lru_cache(maxsize=4)
def load_contract(path: str | None = None) -> Contract:
    p = Path(path) if path else CONTRACT_PATH
    with p.open(encoding="utf-8") as fh:
        return _parse(yaml.safe_load(fh), str(p))


@functools.lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


# --------------------------------------------------------------------------- frames


def empty_frame(table: str) -> pd.DataFrame:
    t = load_contract().table(table)
    return pd.DataFrame({c.name: pd.Series([], dtype=c.pandas_dtype) for c in t.columns})


def coerce(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return a copy of ``df`` with the contract's columns, order and dtypes (no validation)."""
    t = load_contract().table(table)
    missing = [c for c in t.column_names if c not in df.columns]
    extra = [c for c in df.columns if c not in t.column_names]
    if missing or extra:
        raise ValueError(f"table {table!r}: missing columns {missing}, unknown columns {extra}")
    out = {}
    for c in t.columns:
        s = df[c.name]
        if c.type == "date":
            s = pd.to_datetime(s).astype("datetime64[us]")
        elif c.is_list:
            s = pd.Series([_as_list(v) for v in s], index=df.index, dtype="object")
        elif c.type == "string":
            s = s.astype("str") if len(s) else pd.Series([], dtype="str")
            present = df[c.name].notna()
            if len(s) and not present.all():  # (with no missing value, where() would copy s unchanged)
                s = s.where(present, None)
        else:
            s = s.astype(c.pandas_dtype)
        out[c.name] = s
    return pd.DataFrame(out).reset_index(drop=True)


def _as_list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, float) and pd.isna(v):
        return []
    return [str(x) for x in list(v)]


def sort_by_key(df: pd.DataFrame, table: str) -> pd.DataFrame:
    t = load_contract().table(table)
    return df.sort_values(list(t.primary_key), kind="mergesort").reset_index(drop=True)


# --------------------------------------------------------------------------- arrow / parquet


def arrow_schema(table: str) -> pa.Schema:
    c = load_contract()
    t = c.table(table)
    fields = [
        pa.field(col.name, col.arrow_type, nullable=col.nullable, metadata={"description": col.description})
        for col in t.columns
    ]
    meta = {
        "backchannel.table": t.name,
        "backchannel.description": t.description,
        "backchannel.primary_key": json.dumps(list(t.primary_key)),
        "backchannel.contract_version": str(c.version),
    }
    return pa.schema(fields, metadata=meta)


def to_arrow(df: pd.DataFrame, table: str, *, coerced: bool = False) -> pa.Table:
    """``df`` as an Arrow table of the contract's schema. ``coerced``: ``df`` is already the output of
    :func:`coerce` for this table (coercing is idempotent: it is not done again)."""
    t = load_contract().table(table)
    if not coerced:
        df = coerce(df, table)
    arrays = []
    for col in t.columns:
        s = df[col.name]
        if col.type == "date":
            vals = [None if pd.isna(v) else v.date() for v in s]
        elif col.is_list:
            vals = [list(v) for v in s]
        elif col.type == "string":
            if isinstance(s.dtype, pd.StringDtype) and s.dtype.storage == "pyarrow":
                # (already Arrow strings, missing values as nulls: the list below, without a Python loop)
                arr = pa.array(s.array)
                if isinstance(arr, pa.ChunkedArray):
                    arr = arr.combine_chunks()
                arrays.append(arr.cast(col.arrow_type))
                continue
            vals = [None if (v is None or (isinstance(v, float) and pd.isna(v))) else str(v) for v in s]
        else:
            vals = s.tolist()
        arrays.append(pa.array(vals, type=col.arrow_type))
    return pa.Table.from_arrays(arrays, schema=arrow_schema(table))


def write_table(df: pd.DataFrame, path: Path, table: str) -> None:
    """Write ``df`` sorted by primary key, deterministically (same input, same bytes)."""
    write_arrow_table(to_arrow(df, table), path, table)


def write_arrow_table(tbl: pa.Table, path: Path, table: str) -> None:
    """Write an Arrow table of the contract's schema (maybe built from several chunks), sorted by
    primary key (a stable sort), deterministically: the same rows give the same bytes."""
    t = load_contract().table(table)
    if tbl.schema != arrow_schema(table):
        raise ValueError(f"table {table!r}: the Arrow schema differs from the contract's")
    if tbl.num_rows:
        tbl = tbl.sort_by([(k, "ascending") for k in t.primary_key])
    tbl = tbl.combine_chunks()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(tbl, tmp, compression="zstd", use_dictionary=True, write_statistics=True, store_schema=True)
    tmp.replace(path)


def from_arrow(tbl: pa.Table, table: str) -> pd.DataFrame:
    t = load_contract().table(table)
    out = {}
    for col in t.columns:
        if col.name not in tbl.column_names:
            raise ValueError(f"table {table!r}: the file has no column {col.name!r}")
        arr = tbl.column(col.name).to_pylist()
        if col.type == "date":
            out[col.name] = pd.Series(pd.to_datetime(pd.Series(arr, dtype="object")), dtype="datetime64[us]")
        elif col.is_list:
            out[col.name] = pd.Series([list(v) if v is not None else None for v in arr], dtype="object")
        elif col.type == "string":
            out[col.name] = pd.Series(arr, dtype="str")
        else:
            out[col.name] = pd.Series(arr, dtype=col.pandas_dtype if None not in arr else "object")
    extra = [n for n in tbl.column_names if n not in t.column_names]
    df = pd.DataFrame(out)
    for n in extra:  # keep unknown columns so strict validation can name them
        df[n] = tbl.column(n).to_pylist()
    return df


def read_table(path: Path, table: str) -> pd.DataFrame:
    return from_arrow(pq.read_table(path), table)


# --------------------------------------------------------------------------- pandera


@functools.lru_cache(maxsize=None)
def pandera_schema(table: str):
    """The pandera schema of a contract table (built once per process: validate() does not change it)."""
    import pandera.pandas as pa_

    t = load_contract().table(table)
    cols = {}
    for col in t.columns:
        checks = []
        if col.allowed and not col.is_list:
            checks.append(pa_.Check.isin(list(col.allowed), name=f"allowed:{col.name}"))
        if col.iso3 and not col.is_list:
            checks.append(pa_.Check.isin(sorted(iso3_codes()), name=f"iso3:{col.name}"))
        if col.is_list:
            allowed = set(col.allowed) if col.allowed else (set(iso3_codes()) if col.iso3 else None)
            checks.append(
                pa_.Check(
                    functools.partial(_list_ok, allowed=allowed),
                    element_wise=True,
                    name=f"list_of_{'allowed' if allowed else 'strings'}:{col.name}",
                )
            )
        if col.pattern:
            checks.append(pa_.Check.str_matches(col.pattern, name=f"pattern:{col.name}"))
        if col.min is not None:
            checks.append(pa_.Check.ge(col.min, name=f"min:{col.name}"))
        if col.max is not None:
            checks.append(pa_.Check.le(col.max, name=f"max:{col.name}"))
        if col.min_date:
            checks.append(pa_.Check.ge(pd.Timestamp(col.min_date), name=f"min_date:{col.name}"))
        cols[col.name] = pa_.Column(
            col.pandas_dtype, checks=checks, nullable=col.nullable, description=col.description, title=col.name
        )
    return pa_.DataFrameSchema(
        cols,
        strict=True,
        ordered=True,
        unique=list(t.primary_key),
        report_duplicates="all",
        name=table,
        description=t.description,
    )


def _list_ok(v: Any, allowed: set[str] | None) -> bool:
    if not isinstance(v, list):
        return False
    if not all(isinstance(x, str) for x in v):
        return False
    return allowed is None or all(x in allowed for x in v)


# --------------------------------------------------------------------------- docs


def data_dictionary_md() -> str:
    c = load_contract()
    lines = [
        "# Data dictionary",
        "",
        "<!-- Generated from schemas/contract.yaml by `backchannel docs`. Do not edit by hand. -->",
        "",
        f"Contract version {c.version}. Types: `string`, `int` (int64), `float` (float64), `bool`, "
        "`date` (Arrow date32; pandas `datetime64[us]`), `list[string]`.",
        "",
    ]
    for layer in ("published", "interim"):
        lines.append(f"## {layer.capitalize()} tables")
        lines.append("")
        for t in c.tables.values():
            if t.layer != layer:
                continue
            lines.append(f"### `{t.name}`")
            lines.append("")
            lines.append(t.description)
            lines.append("")
            lines.append(f"Primary key: `{', '.join(t.primary_key)}`.")
            for fk in t.foreign_keys:
                lines.append(
                    f"Foreign key: `{', '.join(fk.columns)}` → `{fk.table}({', '.join(fk.ref_columns)})`."
                )
            lines.append("")
            lines.append("| column | type | nullable | allowed values / checks | description |")
            lines.append("|---|---|---|---|---|")
            for col in t.columns:
                checks = []
                if col.allowed:
                    checks.append(", ".join(f"`{a}`" for a in col.allowed))
                if col.iso3:
                    checks.append("ISO 3166-1 alpha-3")
                if col.pattern:
                    checks.append(f"matches `{col.pattern}`")
                if col.min is not None:
                    checks.append(f"≥ {col.min}")
                if col.max is not None:
                    checks.append(f"≤ {col.max}")
                if col.min_date:
                    checks.append(f"≥ {col.min_date}")
                desc = col.description.replace("|", "\\|")
                chk = "; ".join(checks).replace("|", "\\|")
                lines.append(
                    f"| `{col.name}` | {col.type} | {'yes' if col.nullable else 'no'} | {chk} | {desc} |"
                )
            lines.append("")
    lines.append("## Vocabularies")
    lines.append("")
    for name, values in c.vocabularies.items():
        lines.append(f"- `{name}`: {', '.join(f'`{v}`' for v in values)}")
    lines.append("")
    return "\n".join(lines)


def rows(df: pd.DataFrame) -> Iterable[dict[str, Any]]:
    """Rows as plain dicts (dates as datetime.date, NaN/NaT as None)."""
    for rec in df.to_dict(orient="records"):
        out = {}
        for k, v in rec.items():
            if isinstance(v, pd.Timestamp):
                v = v.date()
            elif v is pd.NaT or (isinstance(v, float) and pd.isna(v)):
                v = None
            out[k] = v
        yield out


def json_default(o: Any) -> Any:
    if isinstance(o, (dt.date, pd.Timestamp)):
        return o.isoformat()[:10]
    if hasattr(o, "tolist"):
        return o.tolist()
    raise TypeError(type(o))
