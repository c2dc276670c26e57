"""validate: contract checks (pandera, lazy) and dataset-level integrity checks.

Pure functions: tables in, a list of :class:`Failure` out; :func:`quarantine`
splits failing rows off (with their dependants) so nothing is silently dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .contract import json_default, load_contract, pandera_schema

ROW, TABLE = "row", "table"
MIN_DATE = pd.Timestamp("1900-01-01")


@dataclass
class Failure:
    table: str
    check: str
    severity: str  # critical | warning
    reason: str
    index: list[int] = field(default_factory=list)  # row positions for row-level failures
    scope: str = ROW

    def describe(self) -> str:
        where = f" rows {self.index[:10]}{'…' if len(self.index) > 10 else ''}" if self.index else ""
        return f"[{self.severity}] {self.table}.{self.check}{where}: {self.reason}"


def check_contract(df: pd.DataFrame, table: str) -> list[Failure]:
    """pandera in lazy mode: every failure of every column at once."""
    import pandera.errors as pe

    try:
        pandera_schema(table).validate(df, lazy=True)
        return []
    except pe.SchemaErrors as err:
        return _from_pandera(err, table)


def table_failures(df: pd.DataFrame, table: str) -> list[Failure]:
    """The table-level failures of :func:`check_contract` (what :func:`pipeline.io.guard` stops a build on:
    columns, their order and dtypes, primary key uniqueness, a check that cannot run), without running
    pandera on a frame that :func:`_shape_ok` shows has none."""
    if _shape_ok(df, table):
        return []
    return [f for f in check_contract(df, table) if f.scope == TABLE]


def _shape_ok(df: pd.DataFrame, table: str) -> bool:
    """True when pandera can find no table-level failure in ``df``: its columns are the schema's, in
    order; pandera's own dtype test passes for each (for every row, when it tests rows); and no two rows share a
    primary key (pandera's test: ``duplicated(keep=False)``). The contract's checks (isin, str_matches,
    ge/le, the element-wise list test) cannot fail to run on columns of these dtypes, and their failures
    name rows. False means only "ask pandera"."""
    schema = pandera_schema(table)
    if list(df.columns) != list(schema.columns):
        return False
    from pandera.engines.pandas_engine import Engine

    for name, col in schema.columns.items():
        if col.dtype is None:
            continue
        s = df[name]
        try:
            ok = col.dtype.check(Engine.dtype(s.dtype), s)
        except Exception:
            return False
        if not (ok if type(ok) is bool else bool(ok.all())):  # (pandera's verdict: a bool, or one per row)
            return False
    unique = list(schema.unique or [])
    if not all(isinstance(k, str) for k in unique):
        return False
    return not (unique and len(df) and df.duplicated(subset=unique, keep=False).any())


def _check_names(table: str) -> dict[tuple[str, str], str]:
    """pandera reports a built-in check by its error text (``isin([...])``); map it back to the contract name."""
    out: dict[tuple[str, str], str] = {}
    for cname, col in pandera_schema(table).columns.items():
        for ch in col.checks:
            if ch.error is not None and ch.name:
                out[(str(cname), str(ch.error))] = ch.name
    return out


def _from_pandera(err: Any, table: str) -> list[Failure]:
    fc = err.failure_cases.copy()
    names = _check_names(table)
    fc["check"] = [names.get((str(col), str(c)), c) for col, c in zip(fc["column"], fc["check"])]
    out: list[Failure] = []
    groups = fc.groupby(["schema_context", "column", "check"], dropna=False, sort=True)
    for (ctx, col, chk), g in groups:
        idx = sorted({int(i) for i in g["index"].dropna().tolist()}) if "index" in g else []
        examples = ", ".join(repr(v) for v in g["failure_case"].head(3).tolist())
        col_s = "" if pd.isna(col) else str(col)
        if ctx == "DataFrameSchema" or not idx:
            out.append(Failure(table, str(chk), "critical", f"{col_s or table}: {chk} failed ({examples})", [], TABLE))
        else:
            out.append(Failure(table, f"{chk}", "critical", f"column {col_s}: {len(idx)} row(s) fail {chk} (e.g. {examples})", idx, ROW))
    return out


def _dangling(child: pd.DataFrame, cols: list[str], parent: pd.DataFrame, pcols: list[str]) -> list[int]:
    if child.empty:
        return []
    keys = set(map(tuple, parent[pcols].astype(str).itertuples(index=False, name=None)))
    vals = child[cols].astype(str).itertuples(index=False, name=None)
    return [i for i, v in enumerate(vals) if tuple(v) not in keys]


def check_dataset(tables: dict[str, pd.DataFrame], texts: dict[str, str] | None = None) -> list[Failure]:
    """Dataset-level checks: keys, foreign keys, evidence and date logic."""
    c = load_contract()
    out: list[Failure] = []
    for name, df in tables.items():
        t = c.tables.get(name)
        if t is None or any(k not in df.columns for k in t.primary_key):
            continue
        dup = df.duplicated(list(t.primary_key), keep=False)
        if dup.any():
            out.append(Failure(name, "primary_key_unique", "critical", f"{int(dup.sum())} rows share a primary key {list(t.primary_key)}", [i for i, d in enumerate(dup) if d]))
        for fk in t.foreign_keys:
            if fk.table not in tables:
                continue
            bad = _dangling(df, list(fk.columns), tables[fk.table], list(fk.ref_columns))
            if bad:
                out.append(Failure(name, f"foreign_key:{','.join(fk.columns)}->{fk.table}", "critical", f"{len(bad)} row(s) point to no {fk.table} row", bad))
    # every date column, also those whose contract entry gives no min_date (publication_date): not before 1900
    for name, df in tables.items():
        t = c.tables.get(name)
        if t is None:
            continue
        for col in t.columns:
            if col.type != "date" or col.min_date or col.name not in df.columns or df.empty:
                continue
            s = pd.to_datetime(df[col.name], errors="coerce")
            early = s.notna() & (s < MIN_DATE)
            if early.any():
                out.append(Failure(name, f"min_date:{col.name}", "critical", f"{int(early.sum())} row(s) have {col.name} before {MIN_DATE.date()}", _pos(early)))
    ev, mn = tables.get("events"), tables.get("mentions")
    if ev is not None and mn is not None and not ev.empty:
        no_mention = ~ev["event_id"].isin(set(mn["event_id"]))
        if no_mention.any():
            out.append(Failure("events", "has_mention", "critical", f"{int(no_mention.sum())} event(s) have no mention", _pos(no_mention)))
    if ev is not None and not ev.empty:
        bad = ev["date_end"].notna() & (ev["date_end"] < ev["date_start"])
        if bad.any():
            out.append(Failure("events", "date_end_after_start", "critical", f"{int(bad.sum())} event(s) end before they start", _pos(bad)))
        med = tables.get("mediators")
        if med is not None and not med.empty:
            parties = dict(zip(ev["event_id"], ev["parties"]))
            bad_idx = [i for i, r in enumerate(med.itertuples(index=False)) if r.actor_id in (parties.get(r.event_id) or [])]
            if bad_idx:
                out.append(Failure("mediators", "mediator_not_party", "critical", f"{len(bad_idx)} mediator row(s) are also a party of their event", bad_idx))
        docs = tables.get("documents")
        if docs is not None and mn is not None and not mn.empty:
            pub = dict(zip(docs["doc_id"], docs["publication_date"]))
            first_pub = mn.assign(p=mn["doc_id"].map(pub)).groupby("event_id")["p"].max()
            limit = ev["event_id"].map(first_pub)
            late = limit.notna() & (ev["date_start"] > limit)
            if late.any():
                out.append(Failure("events", "date_not_after_publication", "critical", f"{int(late.sum())} event(s) start after every document that reports them was published", _pos(late)))
    if texts is not None and mn is not None and not mn.empty:
        bad_idx = []
        for i, r in enumerate(mn.itertuples(index=False)):
            t = texts.get(r.doc_id)
            if t is None or t[r.char_start : r.char_end] != r.quote or r.char_end <= r.char_start:
                bad_idx.append(i)
        if bad_idx:
            out.append(Failure("mentions", "quote_at_offsets", "critical", f"{len(bad_idx)} quote(s) differ from the document text at their offsets", bad_idx))
    return out


def _pos(mask: pd.Series) -> list[int]:
    return [i for i, v in enumerate(mask.tolist()) if v]


def check_all(tables: dict[str, pd.DataFrame], texts: dict[str, str] | None = None) -> list[Failure]:
    out: list[Failure] = []
    for name, df in tables.items():
        if name in load_contract().tables:
            out.extend(check_contract(df, name))
    out.extend(check_dataset(tables, texts))
    return out


# dependants to drop with a quarantined parent row: (child table, child column, parent table, parent column)
_CASCADE = [
    ("mentions", "doc_id", "documents", "doc_id"),
    ("mentions", "event_id", "events", "event_id"),
    ("participants", "event_id", "events", "event_id"),
    ("mediators", "event_id", "events", "event_id"),
    ("participants", "mention_id", "mentions", "mention_id"),
    ("mediators", "mention_id", "mentions", "mention_id"),
]


def quarantine(tables: dict[str, pd.DataFrame], failures: list[Failure]) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Move every row named by a row-level failure (and rows that depend on it) to the quarantine table."""
    drop: dict[str, dict[int, list[tuple[str, str, str]]]] = {n: {} for n in tables}
    for f in failures:
        if f.scope != ROW or f.table not in tables:
            continue
        for i in f.index:
            drop[f.table].setdefault(i, []).append((f.check, f.severity, f.reason))
    # cascade until stable: an event's mentions go with it, and an event left with no mention goes too
    changed = True
    while changed:
        changed = False
        for child, ccol, parent, pcol in _CASCADE:
            if child not in tables or parent not in tables or not drop[parent]:
                continue
            gone = set(tables[parent].iloc[sorted(drop[parent])][pcol])
            for i, v in enumerate(tables[child][ccol].tolist()):
                if v in gone and i not in drop[child]:
                    drop[child][i] = [("parent_quarantined", "warning", f"its {parent} row {v} was quarantined")]
                    changed = True
        if "events" in tables and "mentions" in tables and drop["mentions"]:
            kept = set(tables["mentions"].drop(index=tables["mentions"].index[sorted(drop["mentions"])])["event_id"])
            for i, v in enumerate(tables["events"]["event_id"].tolist()):
                if v not in kept and i not in drop["events"]:
                    drop["events"][i] = [("no_mention_left", "warning", "all its mentions were quarantined")]
                    changed = True
    rows, clean = [], {}
    for name, df in tables.items():
        idx = sorted(drop.get(name, {}))
        for i in idx:
            rec = {k: v for k, v in df.iloc[i].to_dict().items()}
            for chk, sev, why in drop[name][i]:
                rows.append({"table": name, "row": json.dumps(rec, ensure_ascii=False, sort_keys=True, default=json_default), "check": chk, "severity": sev, "reason": why})
        clean[name] = df.drop(index=df.index[idx]).reset_index(drop=True) if idx else df
    q = pd.DataFrame(rows, columns=["table", "row", "check", "severity", "reason"]).drop_duplicates(["table", "row", "check"])
    return clean, q.astype("str").reset_index(drop=True)
