"""Great Expectations suite generated from the data contract, plus the report helpers.

:func:`run_expectations` builds one ephemeral GX context, one pandas datasource
and one batch per table (plus one batch per checked list column, exploded), with
a suite generated from ``schemas/contract.yaml`` (never a hand-written column
list) and the dataset-level expectations (keys, foreign keys, evidence, date
logic, completeness, row counts against the previous build).

Great Expectations is imported only inside :func:`run_expectations` (it takes
~3 s to import); everything else here is plain pandas, so the report helpers
(:func:`plot_tables`, :func:`mediator_labels`) can be used by the site builder
and the tests without that cost.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pandas as pd

from .contract import iso3_codes, json_default, load_contract

CRITICAL, WARNING = "critical", "warning"
MIN_DATE = dt.datetime(1900, 1, 1)

# Defaults for params.yaml `quality:` (used for any key params.yaml does not set).
DEFAULT_THRESHOLDS: dict[str, Any] = {
    "min_share": {  # completeness of the events table (warning severity)
        "day_precision": 0.3,
        "with_location": 0.3,
        "with_mediator": 0.2,
        "verified": 0.0,
    },
    "max_shrink": 0.10,  # warn when a table has more than 10 % fewer rows than in the previous build
}


def load_thresholds(params_path: Path | str | None = "params.yaml") -> dict[str, Any]:
    """``quality:`` of params.yaml merged over :data:`DEFAULT_THRESHOLDS`."""
    out = json.loads(json.dumps(DEFAULT_THRESHOLDS))
    if params_path is None or not Path(params_path).exists():
        return out
    import yaml

    q = (yaml.safe_load(Path(params_path).read_text(encoding="utf-8")) or {}).get("quality") or {}
    for k, v in q.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k].update(v)
        else:
            out[k] = v
    return out


# --------------------------------------------------------------------------- plain-pandas helpers


def _country_name(code: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def mediator_labels(tables: dict[str, pd.DataFrame]) -> dict[str, list[str]]:
    """event_id -> sorted distinct mediator labels (country name, else actor name, else actor_id)."""
    med = tables.get("mediators")
    out: dict[str, set[str]] = {}
    if med is None or med.empty:
        return {}
    for r in med.itertuples(index=False):
        country = getattr(r, "country", None)
        if isinstance(country, str) and country:
            label = _country_name(country)
        elif isinstance(getattr(r, "name", None), str) and r.name:
            label = r.name
        else:
            label = r.actor_id
        out.setdefault(r.event_id, set()).add(label)
    return {k: sorted(v) for k, v in out.items()}


NO_MEDIATOR = "(no mediator)"


def plot_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The DVC plot data: events_by_year (year, mediator, n) and date_precision (precision, n)."""
    ev = tables["events"]
    labels = mediator_labels(tables)
    rows = []
    for r in ev.itertuples(index=False):
        if pd.isna(r.date_start):
            continue
        for lab in labels.get(r.event_id) or [NO_MEDIATOR]:
            rows.append((int(r.date_start.year), lab))
    by_year = pd.DataFrame(rows, columns=["year", "mediator"])
    by_year = (
        by_year.groupby(["year", "mediator"], sort=True).size().rename("n").reset_index()
        if len(by_year)
        else pd.DataFrame({"year": pd.Series([], dtype="int64"), "mediator": pd.Series([], dtype="str"), "n": pd.Series([], dtype="int64")})
    )
    vocab = list(load_contract().vocabularies["date_precision"])
    counts = ev["date_precision"].value_counts()
    prec = pd.DataFrame({"precision": vocab, "n": [int(counts.get(p, 0)) for p in vocab]})
    return {"events_by_year": by_year.reset_index(drop=True), "date_precision": prec}


def write_plots(tables: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in plot_tables(tables).items():
        p = folder / f"{name}.csv"
        p.write_text(df.to_csv(index=False, lineterminator="\n"), encoding="utf-8")
        written.append(p)
    return written


def completeness(tables: dict[str, pd.DataFrame]) -> dict[str, pd.Series]:
    """Per-event booleans behind the completeness shares (same definitions as quality.json `shares`)."""
    ev = tables["events"]
    med = tables.get("mediators")
    med_ids = set(med["event_id"]) if med is not None else set()
    return {
        "day_precision": (ev["date_precision"] == "day"),
        "with_location": ev["location_country"].notna(),
        "with_mediator": ev["event_id"].isin(med_ids),
        "verified": ev["verified"].astype(bool),
    }


# --------------------------------------------------------------------------- the suite


class _Spec:
    """One expectation to run, with our check name and severity."""

    __slots__ = ("asset", "table", "check", "severity", "cls", "kwargs", "column")

    def __init__(self, asset: str, table: str, check: str, severity: str, cls: str, column: str | None = None, **kwargs: Any):
        self.asset, self.table, self.check, self.severity, self.cls, self.column, self.kwargs = asset, table, check, severity, cls, column, kwargs


def _dangling(child: pd.DataFrame, cols: list[str], parent: pd.DataFrame, pcols: list[str]) -> pd.Series:
    """The child's key (joined with '|') where it matches no parent key, else None."""
    keys = set(map(tuple, parent[pcols].astype(str).itertuples(index=False, name=None)))
    vals = [tuple(v) for v in child[cols].astype(str).itertuples(index=False, name=None)]
    nulls = child[cols].isna().any(axis=1).tolist()
    return pd.Series([None if (n or v in keys) else "|".join(v) for v, n in zip(vals, nulls)], dtype="object")


def _to_dt(v: Any) -> dt.datetime | None:
    if v is None or pd.isna(v):
        return None
    return pd.Timestamp(v).to_pydatetime()


def build_specs(
    tables: dict[str, pd.DataFrame],
    texts: dict[str, str] | None,
    previous: dict | None = None,
    thresholds: dict | None = None,
) -> tuple[dict[str, tuple[str, pd.DataFrame]], list[_Spec]]:
    """The frames to validate (asset -> (table, frame)) and the expectations, from the contract.

    Pure pandas: no Great Expectations import, so it is cheap to test.
    """
    c = load_contract()
    th = thresholds or load_thresholds(None)
    iso3 = sorted(iso3_codes())
    frames: dict[str, tuple[str, pd.DataFrame]] = {}
    specs: list[_Spec] = []
    docs = tables.get("documents")
    max_pub = None
    if docs is not None and len(docs) and docs["publication_date"].notna().any():
        max_pub = _to_dt(docs["publication_date"].max())

    for name in sorted(tables):
        if name not in c.tables:
            continue
        t = c.tables[name]
        df = tables[name].reset_index(drop=True).copy()
        extra: dict[str, pd.Series] = {}
        S = lambda check, cls, column=None, severity=CRITICAL, asset=name, **kw: specs.append(  # noqa: E731
            _Spec(asset, name, check, severity, cls, column, **kw)
        )
        for col in t.columns:
            if col.name not in df.columns:
                continue
            if not col.nullable:
                S(f"not_null:{col.name}", "ExpectColumnValuesToNotBeNull", col.name)
            if col.is_list:
                allowed = list(col.allowed) if col.allowed else (iso3 if col.iso3 else None)
                if allowed is not None:
                    asset = f"{name}.{col.name}"
                    vals = [x for v in df[col.name] if isinstance(v, (list, tuple)) for x in v]
                    frames[asset] = (name, pd.DataFrame({col.name: pd.Series(vals, dtype="object")}))
                    kind = "allowed" if col.allowed else "iso3"
                    S(f"{kind}:{col.name}", "ExpectColumnValuesToBeInSet", col.name, asset=asset, value_set=allowed)
                continue
            if col.allowed:
                S(f"allowed:{col.name}", "ExpectColumnValuesToBeInSet", col.name, value_set=list(col.allowed))
            if col.iso3:
                S(f"iso3:{col.name}", "ExpectColumnValuesToBeInSet", col.name, value_set=iso3)
            if col.pattern:
                S(f"pattern:{col.name}", "ExpectColumnValuesToMatchRegex", col.name, regex=col.pattern)
            if col.min is not None or col.max is not None:
                S(f"range:{col.name}", "ExpectColumnValuesToBeBetween", col.name, min_value=col.min, max_value=col.max)
            if col.type == "date":
                # pandas 3 / GX 1.x: bounds MUST be datetimes; date strings make the expectation
                # fail with an empty result instead of checking anything.
                lo = dt.datetime.fromisoformat(col.min_date) if col.min_date else MIN_DATE
                # upper bound only for date_start: a coarse date_end (end of month/year) may lie after publication
                hi = max_pub if col.name == "date_start" else None
                S(f"date_range:{col.name}", "ExpectColumnValuesToBeBetween", col.name, min_value=lo, max_value=hi)

        # primary key
        pk = list(t.primary_key)
        if len(pk) == 1:
            S("primary_key_unique", "ExpectColumnValuesToBeUnique", pk[0])
        else:
            S("primary_key_unique", "ExpectCompoundColumnsToBeUnique", None, column_list=pk)
        # foreign keys: a derived column holds the key when it resolves to no parent row (else null), so the
        # expectation's config stays small at any scale and its unexpected values name the dangling keys
        for fk in t.foreign_keys:
            parent = tables.get(fk.table)
            if parent is None:
                continue
            check = f"foreign_key:{','.join(fk.columns)}->{fk.table}"
            colname = f"_dangling_{'_'.join(fk.columns)}_{fk.table}"
            extra[colname] = _dangling(df, list(fk.columns), parent, list(fk.ref_columns))
            S(check, "ExpectColumnValuesToBeNull", colname)
        if name == "events":
            mn = tables.get("mentions")
            if mn is not None:
                has = df["event_id"].isin(set(mn["event_id"]))
                extra["_without_mention"] = pd.Series(df["event_id"].where(~has, None), dtype="object")
                S("has_mention", "ExpectColumnValuesToBeNull", "_without_mention")
            S("date_end_not_before_start", "ExpectColumnPairValuesAToBeGreaterThanB", None,
              column_A="date_end", column_B="date_start", or_equal=True, ignore_row_if="either_value_is_missing")
            if mn is not None and docs is not None:
                pub = dict(zip(docs["doc_id"], docs["publication_date"]))
                latest = mn.assign(_p=mn["doc_id"].map(pub)).groupby("event_id")["_p"].max()
                extra["_latest_publication_date"] = pd.Series(df["event_id"].map(latest), dtype="datetime64[us]")
                S("date_start_not_after_publication", "ExpectColumnPairValuesAToBeGreaterThanB", None,
                  column_A="_latest_publication_date", column_B="date_start", or_equal=True, ignore_row_if="either_value_is_missing")
            if len(df):
                for key, mask in completeness(tables).items():
                    colname = f"_{key}"
                    extra[colname] = mask.reset_index(drop=True).astype("float64")
                    S(f"share:{key}", "ExpectColumnMeanToBeBetween", colname, severity=WARNING,
                      min_value=float(th["min_share"][key]), max_value=1.0)
        if name == "mediators":
            ev = tables.get("events")
            if ev is not None:
                parties = dict(zip(ev["event_id"], ev["parties"]))
                extra["_is_party"] = pd.Series(
                    [r_a in list(parties.get(r_e) if parties.get(r_e) is not None else []) for r_e, r_a in zip(df["event_id"], df["actor_id"])],
                    dtype="bool",
                )
                S("mediator_not_party", "ExpectColumnValuesToBeInSet", "_is_party", value_set=[False])
        if name == "mentions":
            S("char_end_after_start", "ExpectColumnPairValuesAToBeGreaterThanB", None, column_A="char_end", column_B="char_start")
            if texts is not None:
                extra["_text_at_offsets"] = pd.Series(
                    [
                        (texts[d][int(s):int(e)] if d in texts and not pd.isna(s) and not pd.isna(e) else None)
                        for d, s, e in zip(df["doc_id"], df["char_start"], df["char_end"])
                    ],
                    dtype="object",
                )
                S("quote_at_offsets", "ExpectColumnPairValuesToBeEqual", None, column_A="quote", column_B="_text_at_offsets")
        # row count against the previous build
        prev_n = ((previous or {}).get("rows") or {}).get(name)
        lo = int(math.ceil(prev_n * (1 - float(th["max_shrink"])))) if isinstance(prev_n, int) else 0
        S("row_count_vs_previous", "ExpectTableRowCountToBeBetween", None, severity=WARNING, min_value=lo, max_value=None)

        for k, v in extra.items():
            df[k] = v.values
        # derived helper columns (prefixed with _) come after the contract's columns
        S("columns_match_contract", "ExpectTableColumnsToMatchOrderedList", column_list=t.column_names + list(extra))
        frames[name] = (name, df)
    return frames, specs


def _jsonable(v: Any) -> Any:
    return json.loads(json.dumps(v, default=_default, sort_keys=True, ensure_ascii=False))


def _default(o: Any) -> Any:
    if isinstance(o, (pd.Timestamp, dt.datetime)):
        return o.isoformat()[:10] if (o.hour, o.minute, o.second) == (0, 0, 0) else o.isoformat()
    if isinstance(o, tuple):
        return list(o)
    try:
        if pd.isna(o):
            return None
    except (TypeError, ValueError):
        pass
    try:
        return json_default(o)
    except TypeError:
        return str(o)


def _observed(res: Any) -> dict[str, Any]:
    r = dict(res.result or {})
    out: dict[str, Any] = {}
    if "observed_value" in r:
        ov = r["observed_value"]
        out["value"] = round(ov, 4) if isinstance(ov, float) else ov
    if "unexpected_count" in r:
        out["unexpected_count"] = int(r["unexpected_count"] or 0)
        if r.get("unexpected_count"):
            out["unexpected"] = [_default(x) if not isinstance(x, (str, int, bool)) else x for x in (r.get("partial_unexpected_list") or [])[:5]]
    if "element_count" in r:
        out["rows"] = int(r["element_count"])
    exc = res.exception_info or {}
    if isinstance(exc, dict) and exc.get("raised_exception"):
        out["error"] = str(exc.get("exception_message"))[:300]
    elif not r and not res.success:
        out["error"] = "the expectation returned no result (check its arguments' types)"
    return _jsonable(out)


def run_expectations(
    tables: dict[str, pd.DataFrame],
    texts: dict[str, str] | None,
    gx_docs: Path | None,
    previous: dict | None = None,
    thresholds: dict | None = None,
) -> dict[str, Any]:
    """Run the contract's Great Expectations suite on ``tables``; JSON-able, deterministic result.

    ``previous``: the previous build's quality.json (for row-count comparison).
    ``gx_docs``: when given, build Data Docs into that folder (not a DVC output).
    """
    import logging
    import warnings

    import great_expectations as gx
    import great_expectations.expectations as gxe

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    frames, specs = build_specs(tables, texts, previous, thresholds)
    ctx = gx.get_context(mode="ephemeral")
    _drop_default_docs_site(ctx)
    try:
        from great_expectations.data_context.types.base import ProgressBarsConfig

        ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    except Exception:  # pragma: no cover - older/newer GX
        pass
    if gx_docs is not None:
        gx_docs = Path(gx_docs).resolve()
        gx_docs.mkdir(parents=True, exist_ok=True)
        ctx.add_data_docs_site(
            site_name="backchannel",
            site_config={
                "class_name": "SiteBuilder",
                "show_how_to_buttons": False,
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(gx_docs)},
            },
        )
    ds = ctx.data_sources.add_pandas("backchannel")
    by_asset: dict[str, list[_Spec]] = {}
    for s in specs:
        by_asset.setdefault(s.asset, []).append(s)
    results: list[dict[str, Any]] = []
    for asset_name in sorted(by_asset):
        table, df = frames[asset_name]
        asset = ds.add_dataframe_asset(asset_name)
        bd = asset.add_batch_definition_whole_dataframe("all")
        exps = []
        for i, s in enumerate(by_asset[asset_name]):
            kw = dict(s.kwargs)
            if s.column is not None:
                kw["column"] = s.column
            exps.append(getattr(gxe, s.cls)(**kw, severity=s.severity, meta={"check": s.check, "table": s.table, "i": i}))
        # build the suite whole, then register it once (add_expectation on a stored suite re-serialises it every time)
        suite = ctx.suites.add(gx.ExpectationSuite(name=f"backchannel.{asset_name}", expectations=exps))
        vd = ctx.validation_definitions.add(gx.ValidationDefinition(name=f"backchannel.{asset_name}", data=bd, suite=suite))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = vd.run(batch_parameters={"dataframe": df}, result_format="SUMMARY")
        for r in res.results:
            cfg = r.expectation_config
            s = by_asset[asset_name][int(cfg.meta["i"])]
            entry = {
                "table": s.table,
                "check": s.check,
                "expectation": cfg.type,
                "success": bool(r.success),
                "severity": s.severity,
                "observed": _observed(r),
            }
            if asset_name != s.table:
                entry["asset"] = asset_name
            if s.column is not None:
                entry["column"] = s.column
            elif "column_A" in s.kwargs:
                entry["column"] = f"{s.kwargs['column_A']},{s.kwargs['column_B']}"
            results.append(entry)
    if gx_docs is not None:
        ctx.build_data_docs(site_names=["backchannel"])
    results.sort(key=lambda e: (e["table"], e.get("asset", ""), e["check"], e["expectation"], e.get("column", "")))
    failed = [e for e in results if not e["success"]]
    return {
        "success": not any(e["severity"] == CRITICAL for e in failed),
        "summary": summarize(results),
        "results": results,
    }


def _drop_default_docs_site(ctx: Any) -> None:
    """The ephemeral context makes a temporary folder for its default docs site: remove it, we never use it."""
    import shutil

    try:
        sites = ctx.get_config().data_docs_sites or {}
        for name, cfg in list(sites.items()):
            base = (cfg.get("store_backend") or {}).get("base_directory")
            if base and Path(base).is_dir() and Path(base).name.startswith("tmp"):
                shutil.rmtree(base, ignore_errors=True)
            ctx.delete_data_docs_site(name)
    except Exception:  # pragma: no cover - GX internals changed; leaving a temp folder is harmless
        pass


def summarize(results: list[dict[str, Any]]) -> dict[str, Any]:
    failed = [e for e in results if not e["success"]]
    return {
        "n": len(results),
        "passed": len(results) - len(failed),
        "failed": {sev: sum(1 for e in failed if e["severity"] == sev) for sev in (CRITICAL, WARNING)},
        "failed_checks": sorted(f"{e['severity']}:{e['table']}.{e['check']}" for e in failed),
    }
