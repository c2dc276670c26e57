"""Quality layer: pandera/integrity checks, the Great Expectations suite, quarantine, report, CLI."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.contract import coerce, load_contract

MEDIATORS = ["OMN", "QAT", "CHE", None]
AR_QUOTES = [
    "التقى وفد إيراني وآخر أمريكي في مسقط بوساطة عمانية",
    "نقلت قطر رسالة من طهران إلى واشنطن",
]
FA_QUOTES = [
    "گفت‌وگوهای غیرمستقیم ایران و آمریکا با میانجیگری عمان برگزار شد",
    "سفیر سوئیس پیام آمریکا را به تهران رساند",
]


def make_tables(n_events: int = 4, quote: str | None = None) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """A small, valid dataset (every contract check passes) and its document texts."""
    actors = [
        {"actor_id": c, "kind": "state", "name_en": n, "names_ar": [ar], "names_fa": [fa], "country": c, "wikidata_id": q}
        for c, n, ar, fa, q in [
            ("IRN", "Iran", "إيران", "ایران", "Q794"),
            ("USA", "United States", "الولايات المتحدة", "آمریکا", "Q30"),
            ("OMN", "Oman", "عمان", "عمان", "Q842"),
            ("QAT", "Qatar", "قطر", "قطر", "Q846"),
            ("CHE", "Switzerland", "سويسرا", "سوئیس", "Q39"),
        ]
    ] + [
        {"actor_id": "person:abbas-araghchi", "kind": "person", "name_en": "Abbas Araghchi", "names_ar": ["عباس عراقجي"], "names_fa": ["عباس عراقچی"], "country": "IRN", "wikidata_id": None},
    ]
    docs, events, parts, meds, ments, texts = [], [], [], [], [], {}
    precisions = ["day", "month", "year"]
    for i in range(n_events):
        lang = "ar" if i % 2 == 0 else "fa"
        q = quote if (quote is not None and i == 0) else (AR_QUOTES if lang == "ar" else FA_QUOTES)[i % 2]
        doc_id = f"doc_{i:03d}"
        text = f"{'خبر' if lang == 'ar' else 'گزارش'}: {q}. "
        texts[doc_id] = text
        start = text.index(q)
        year = 2013 + (i % 12)
        prec = precisions[i % 3]
        ds = pd.Timestamp(year, 3 if prec != "year" else 1, 10 if prec == "day" else 1)
        de = {"day": ds, "month": pd.Timestamp(year, 3, 31), "year": pd.Timestamp(year, 12, 31)}[prec]
        edtf = {"day": ds.strftime("%Y-%m-%d"), "month": ds.strftime("%Y-%m"), "year": str(year)}[prec]
        ev_id, mn_id = f"ev_{i:012x}", f"mn_{i:012x}"
        med = MEDIATORS[i % len(MEDIATORS)]
        docs.append({"doc_id": doc_id, "file": f"{doc_id}.txt", "sha256": f"{i:064x}", "lang": lang, "title": None, "publisher": "Example News",
                     "url": None, "publication_date": pd.Timestamp(year + 1, 1, 15), "publication_date_source": "stated", "n_chars": len(text)})
        events.append({"event_id": ev_id, "event_type": "talks", "format": "indirect" if med else "direct", "secrecy": "public", "certainty": "reported",
                       "date_start": ds, "date_end": de, "date_precision": prec, "date_edtf": edtf, "location_city": "Muscat" if med == "OMN" else None,
                       "location_country": med, "parties": ["IRN", "USA"], "topics": ["nuclear"], "outcome": "unknown",
                       "summary": f"Iran and the United States held talks ({i}).", "n_mentions": 1, "n_documents": 1, "confidence": 0.8, "verified": i % 4 == 0})
        ments.append({"mention_id": mn_id, "event_id": ev_id, "doc_id": doc_id, "char_start": start, "char_end": start + len(q), "quote": q,
                      "date_text": None, "date_calendar": None, "rule": "test", "confidence": 0.8, "merge_reason": None})
        parts.append({"event_id": ev_id, "actor_id": "person:abbas-araghchi", "name": "Abbas Araghchi", "name_original": "عراقجي", "kind": "person",
                      "country": "IRN", "role": "Foreign Minister", "side": "IRN", "mention_id": mn_id})
        if med:
            meds.append({"event_id": ev_id, "actor_id": med, "name": None, "name_original": "عمان", "kind": "state", "country": med,
                         "mediation_role": "host", "mention_id": mn_id})
    c = load_contract()

    def frame(rows, table):
        return coerce(pd.DataFrame(rows, columns=c.table(table).column_names), table)

    tables = {
        "documents": frame(docs, "documents"),
        "events": frame(events, "events"),
        "participants": frame(parts, "participants"),
        "mediators": frame(meds, "mediators"),
        "mentions": frame(ments, "mentions"),
        "actors": frame(actors, "actors"),
        "corrections_log": frame([], "corrections_log"),
    }
    return tables, texts


# The deliberately broken copy: one problem per entry, with the names each checker must report.
PROBLEMS = {
    # problem: (pandera/integrity check name in pipeline.validate, GX check name in pipeline.quality)
    "duplicate id": ("events.primary_key_unique", "events.primary_key_unique"),
    "dangling foreign key": ("participants.foreign_key:event_id->events", "participants.foreign_key:event_id->events"),
    "quote not at offsets": ("mentions.quote_at_offsets", "mentions.quote_at_offsets"),
    "bad ISO3": ("events.iso3:location_country", "events.iso3:location_country"),
    "end before start": ("events.date_end_after_start", "events.date_end_not_before_start"),
    "date before 1900": ("events.min_date:date_start", "events.date_range:date_start"),
    "mediator is a party": ("mediators.mediator_not_party", "mediators.mediator_not_party"),
}


def make_broken() -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    t, texts = make_tables(4)
    t = {k: v.copy() for k, v in t.items()}
    ev, mn, pa, md = t["events"], t["mentions"], t["participants"], t["mediators"]
    # duplicate id: event 3 gets event 2's id; give it its own mention so only the key breaks
    dup = ev.iloc[[1]].copy()
    dup["summary"] = "A duplicate row."
    t["events"] = ev = pd.concat([ev, dup], ignore_index=True)
    # dangling foreign key
    pa.loc[0, "event_id"] = "ev_ffffffffffff"
    # quote not at its offsets
    mn.loc[1, "char_start"] = mn.loc[1, "char_start"] + 1
    # bad ISO3
    ev.loc[0, "location_country"] = "XXX"
    # end before start
    ev.loc[2, "date_end"] = ev.loc[2, "date_start"] - pd.Timedelta(days=30)
    # date before 1900
    ev.loc[3, "date_start"] = pd.Timestamp("1850-01-01")
    # mediator who is a party
    md.loc[0, "actor_id"] = "IRN"
    return t, texts


@pytest.fixture(scope="module")
def gx_run():
    """Run the GX suite once per input (GX import is ~3 s: do it once per module)."""
    import great_expectations  # noqa: F401  (import once, outside the timings)

    from pipeline.quality import run_expectations

    cache = {}

    def run(key, tables, texts, **kw):
        if key not in cache:
            cache[key] = run_expectations(tables, texts, kw.pop("gx_docs", None), **kw)
        return cache[key]

    return run


def _failed(res: dict) -> set[str]:
    return {f"{e['table']}.{e['check']}" for e in res["results"] if not e["success"]}


# --------------------------------------------------------------------------- pandera + integrity


def test_valid_tables_pass_check_all():
    from pipeline.validate import check_all

    t, texts = make_tables(6)
    assert check_all(t, texts) == []


def test_check_all_names_every_problem():
    from pipeline.validate import check_all

    t, texts = make_broken()
    failures = check_all(t, texts)
    names = {f"{f.table}.{f.check}" for f in failures}
    missing = {p: v[0] for p, v in PROBLEMS.items() if v[0] not in names}
    assert not missing, f"check_all missed {missing}; it reported {sorted(names)}"
    assert all(f.severity == "critical" for f in failures if f"{f.table}.{f.check}" in {v[0] for v in PROBLEMS.values()})


# --------------------------------------------------------------------------- Great Expectations


def test_gx_valid_tables_pass(gx_run, tmp_path):
    t, texts = make_tables(6)
    res = gx_run("valid", t, texts, gx_docs=tmp_path / "gx-docs", previous={"rows": {"events": 6}})
    bad = [e for e in res["results"] if not e["success"] and e["severity"] == "critical"]
    assert res["success"], bad
    assert not bad
    assert res["summary"]["n"] == len(res["results"]) > 80
    # Data Docs were built into the folder we gave
    assert (tmp_path / "gx-docs" / "index.html").exists()
    # every result has the documented keys and is JSON-able
    for e in res["results"]:
        assert {"table", "expectation", "check", "success", "severity", "observed"} <= set(e)
        assert e["severity"] in ("critical", "warning")
    json.dumps(res)


def test_gx_names_every_problem(gx_run):
    t, texts = make_broken()
    res = gx_run("broken", t, texts)
    assert not res["success"]
    failed = _failed(res)
    missing = {p: v[1] for p, v in PROBLEMS.items() if v[1] not in failed}
    assert not missing, f"GX missed {missing}; it failed {sorted(failed)}"
    for e in res["results"]:
        if f"{e['table']}.{e['check']}" in {v[1] for v in PROBLEMS.values()} and not e["success"]:
            assert e["severity"] == "critical"
            assert e["observed"].get("unexpected_count", 0) >= 1 or "unexpected" in e["observed"] or e["check"] == "primary_key_unique"


def test_gx_bad_dates_are_caught_with_datetime_bounds(gx_run):
    """pandas 3 + GX: date bounds given as strings fail silently; ours are datetimes and really check."""
    t, texts = make_tables(4)
    t["events"].loc[3, "date_start"] = pd.Timestamp("1850-01-01")  # before 1900
    t["events"].loc[3, "date_end"] = pd.Timestamp("1850-01-01")
    t["events"].loc[0, "date_start"] = pd.Timestamp("2030-01-01")  # after its document was published
    t["events"].loc[0, "date_end"] = pd.Timestamp("2030-01-01")
    res = gx_run("bad_dates", t, texts)
    by = {(e["table"], e["check"]): e for e in res["results"]}
    bad = by[("events", "date_range:date_start")]
    assert not bad["success"] and bad["severity"] == "critical"
    assert bad["observed"]["unexpected_count"] == 2
    assert sorted(bad["observed"]["unexpected"]) == ["1850-01-01", "2030-01-01"]
    assert "error" not in bad["observed"]
    late = by[("events", "date_start_not_after_publication")]
    assert not late["success"] and late["observed"]["unexpected_count"] == 1
    # a valid date column, same expectation type, really ran (a result, not an error)
    ok = by[("documents", "date_range:publication_date")]
    assert ok["success"] and ok["observed"].get("unexpected_count") == 0


def test_gx_date_bounds_as_strings_would_fail_silently():
    """Documents why build_specs passes datetimes: with strings GX returns no result at all."""
    from pipeline.quality import build_specs

    t, texts = make_tables(2)
    _, specs = build_specs(t, texts)
    for s in specs:
        if s.check.startswith("date_range:"):
            assert isinstance(s.kwargs["min_value"], __import__("datetime").datetime), s.check
            assert s.kwargs["max_value"] is None or isinstance(s.kwargs["max_value"], __import__("datetime").datetime)


def test_gx_warnings_shares_and_shrinking_tables(gx_run):
    t, texts = make_tables(4)
    res = gx_run("shrink", t, texts, previous={"rows": {"events": 100, "mentions": 4}},
                 thresholds={"min_share": {"day_precision": 0.9, "with_location": 0.0, "with_mediator": 0.0, "verified": 0.0}, "max_shrink": 0.1})
    assert res["success"]  # warnings never fail the build
    warn = {f"{e['table']}.{e['check']}" for e in res["results"] if not e["success"]}
    assert warn == {"events.row_count_vs_previous", "events.share:day_precision"}
    assert all(e["severity"] == "warning" for e in res["results"] if not e["success"])
    assert res["summary"]["failed"] == {"critical": 0, "warning": 2}


def test_gx_results_are_deterministic(gx_run):
    from pipeline.quality import run_expectations

    t, texts = make_tables(6)
    a = gx_run("valid", t, texts, previous={"rows": {"events": 6}})  # the run of test_gx_valid_tables_pass (or a fresh one)
    b = run_expectations(t, texts, None, previous={"rows": {"events": 6}})
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


# --------------------------------------------------------------------------- quarantine + report


def test_quarantine_moves_row_and_dependants_and_counts_it(tmp_path):
    from pipeline.runner import quality_summary
    from pipeline.validate import check_all, quarantine

    t, texts = make_tables(4)
    t["events"].loc[0, "event_type"] = "coffee"  # row-level failure in event 0
    failures = check_all(t, texts)
    clean, q = quarantine(t, failures)
    assert "ev_000000000000" not in set(clean["events"]["event_id"])
    for dep in ("mentions", "participants", "mediators"):
        assert "ev_000000000000" not in set(clean[dep]["event_id"]), dep
    assert check_all(clean, texts) == []
    by = q.groupby(["table", "check"]).size().to_dict()
    assert by[("events", "allowed:event_type")] == 1
    assert by[("mentions", "parent_quarantined")] == 1
    assert by[("participants", "parent_quarantined")] == 1
    s = quality_summary(clean, q, failures)
    assert s["quarantined"]["total"] == len(q)
    assert s["quarantined"]["by_table"]["events"] == 1
    assert s["quarantined"]["by_check"]["events.allowed:event_type"] == 1
    assert s["rows"]["events"] == 3


def _write_stage_inputs(root, tables, texts):
    from pipeline.io import write_dir

    docs = tables["documents"]
    dt_ = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())})
    write_dir({"documents": docs, "document_texts": dt_}, root / "ingested")
    write_dir({k: v for k, v in tables.items() if k != "documents"}, root / "corrected")


def test_run_validate_report_is_byte_identical_and_has_plots(tmp_path, monkeypatch):
    from pipeline.runner import run_validate

    monkeypatch.chdir(tmp_path)  # no params.yaml: default thresholds
    t, texts = make_tables(6)
    t["events"].loc[1, "event_type"] = "coffee"  # one quarantined event
    _write_stage_inputs(tmp_path, t, texts)
    outs = []
    for _ in range(2):
        run_validate(tmp_path / "corrected", tmp_path / "ingested", tmp_path / "validated", tmp_path / "quarantine", tmp_path / "reports", tmp_path / "gx-docs")
        outs.append({p.name: p.read_bytes() for p in sorted((tmp_path / "reports").rglob("*")) if p.is_file()})
    assert outs[0] == outs[1]
    q = json.loads(outs[0]["quality.json"])
    assert q["rows"]["events"] == 5
    assert q["quarantined"]["by_table"]["events"] == 1
    assert q["quarantined"]["by_check"]["events.allowed:event_type"] == 1
    assert q["expectations"]["n"] > 80 and q["expectations"]["failed"]["critical"] == 0
    assert set(q["shares"]) == {"day_precision", "with_location", "with_mediator", "verified"}
    assert "results" not in q["expectations"]  # details go to expectations.json
    det = json.loads(outs[0]["expectations.json"])
    assert det["results"]
    by_year = outs[0]["events_by_year.csv"].decode().splitlines()
    assert by_year[0] == "year,mediator,n"
    assert outs[0]["date_precision.csv"].decode().splitlines()[0] == "precision,n"


# --------------------------------------------------------------------------- CLI


def test_cli_validate_lists_every_problem(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.contract import write_table

    t, texts = make_broken()
    data = tmp_path / "published"
    for name, df in t.items():
        write_table(df, data / f"{name}.parquet", name)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc_id, text in texts.items():
        (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    res = CliRunner().invoke(app, ["validate", str(data), "--corpus", str(corpus)])
    out = res.output + (res.stderr if hasattr(res, "stderr") and res.stderr_bytes is not None else "")
    assert res.exit_code == 1, out
    for problem, (name, _) in PROBLEMS.items():
        table, check = name.split(".", 1)
        assert f"{table}.{check}" in out, f"{problem}: {name} not in\n{out}"
    # the second layer: the Great Expectations suite reports on the same folder
    assert "events.gx:expect_compound_columns_to_be_unique" in out or "events.gx:" in out, out


def test_cli_validate_clean_folder_exits_0(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.contract import write_table

    t, _ = make_tables(3)
    for name, df in t.items():
        write_table(df, tmp_path / f"{name}.parquet", name)
    res = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert res.exit_code == 0, res.output


def test_publication_date_before_1900_is_caught_and_quarantined_with_its_mentions():
    from pipeline.validate import check_all, quarantine

    t, texts = make_tables(4)
    t["documents"].loc[2, "publication_date"] = pd.Timestamp("1899-12-31")
    failures = check_all(t, texts)
    names = {f"{f.table}.{f.check}" for f in failures}
    assert "documents.min_date:publication_date" in names  # (its event now also starts after publication)
    clean, q = quarantine(t, failures)
    assert check_all(clean, texts) == []
    assert set(q["table"]) == {"documents", "mentions", "events", "participants"} | ({"mediators"} if t["mediators"]["event_id"].eq("ev_000000000002").any() else set())


def _variants(df: pd.DataFrame, table: str):
    """The frame as it is and broken in each way a stage could break a table's shape or rows."""
    yield "as is", df
    yield "empty", df.iloc[:0]
    cols = list(df.columns)
    yield "a column missing", df[cols[1:]]
    yield "columns reordered", df[cols[::-1]]
    yield "an extra column", df.assign(extra=1)
    if len(df):
        yield "a key twice", pd.concat([df, df.iloc[[0]]], ignore_index=True)
    for c in cols:
        s = df[c]
        yield f"{c} as object", df.assign(**{c: s.astype("object")})
        if len(df):
            odd = s.astype("object").copy()
            odd.iloc[0] = 12345
            yield f"{c} with a number", df.assign(**{c: odd})
            yield f"{c} missing a value", df.assign(**{c: s.where(pd.Series([False] + [True] * (len(df) - 1), index=df.index), None)})
        if str(s.dtype) == "int64":
            yield f"{c} as float", df.assign(**{c: s.astype("float64")})


def test_table_failures_are_pandera_table_failures():
    """io.guard's check (table_failures: pandera skipped when _shape_ok shows no table-level failure) gives
    exactly the table-level failures of the full pandera check, on valid tables and on tables broken in
    their shape or in rows (row failures are not the guard's: they go on to the validate stage)."""
    from pipeline.validate import TABLE, _shape_ok, check_contract, table_failures

    tables, _ = make_tables(4)
    broken, _ = make_broken()
    seen_ok = seen_bad = 0
    for source in (tables, broken):
        for table, df in source.items():
            for what, v in _variants(df, table):
                full = [f for f in check_contract(v, table) if f.scope == TABLE]
                assert table_failures(v, table) == full, (table, what)
                if _shape_ok(v, table):
                    assert full == [], (table, what)
                    seen_ok += 1
                else:
                    seen_bad += 1
    assert seen_ok > 20 and seen_bad > 20
