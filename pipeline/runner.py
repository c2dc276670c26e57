"""I/O glue between the CLI and the pure stage functions."""

from __future__ import annotations

import gc
import json
import os
import tempfile
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import Any, Iterator

import pandas as pd

from .contract import data_dictionary_md, json_default, load_contract
from .errors import BackchannelError, ValidationFailed
from .io import read_dir, write_dir

EXTRACTION_TABLES = ["events", "participants", "mediators", "mentions", "actors"]
# the contract's published layer, less `changes` (written by the release metadata step after publish)
PUBLISHED_TABLES = [t for t in load_contract().published if t != "changes"]
DOCS_ROOT = Path(__file__).resolve().parent.parent / "docs"


def generated_docs() -> dict[str, str]:
    """Files generated from the contract: path -> content."""
    from .annotations import annotations_doc_schema_json

    return {
        str(DOCS_ROOT / "data-dictionary.md"): data_dictionary_md(),
        str(DOCS_ROOT.parent / "schemas" / "annotation.schema.json"): annotations_doc_schema_json(),
    }


# ----------------------------------------------------------------------------- extract on any corpus


def _guarded(tables: dict[str, pd.DataFrame], where: str) -> Exception | None:
    """:func:`pipeline.io.guard` in a worker (or in the parent while the workers run): its error is handed
    back (raised by the parent in order)."""
    from .errors import ValidationFailed
    from .io import guard

    try:
        guard(tables, where)
    except ValidationFailed as e:
        return e
    return None


def _extract_batch(args: tuple[str, pd.DataFrame, str, str, dict, str]) -> tuple[list[str], Any, Exception | None, list, int]:
    """Worker: read, ingest and extract one batch. Returns the batch's doc_ids, its ``documents`` rows as Arrow
    (with the shape check's error, if any) and its candidates pickled, each with its merge key and the
    ID it would give an event as its first mention, so that the parent can spill them to disk without
    rebuilding them."""
    import pickle

    from .contract import to_arrow
    from .extract import doc_inputs, extract_candidates, get_extractor
    from .extract.base import event_id_for, merge_key
    from .ingest import ingest_texts

    corpus, manifest, manifest_name, extractor, options, out = args
    blobs = _read_files(Path(corpus), manifest, manifest_name)
    documents, texts = ingest_texts(manifest, blobs, manifest_name=manifest_name, corpus_name=corpus)
    cands = extract_candidates(doc_inputs(documents, texts), get_extractor(extractor, **options))
    failure = _guarded({"documents": documents}, out)
    table = to_arrow(documents, "documents", coerced=True) if failure is None else None  # (ingest coerced it)
    pairs = [(merge_key(c), pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL), event_id_for(c)) for c in cands]
    return documents["doc_id"].tolist(), table, failure, pairs, int(sum(len(b) for b in blobs.values()))


def _assemble_group(args: tuple[list[list[tuple[bytes, str | None]]], list[str], dict[str, str], str]) -> tuple[dict[str, Any] | None, int, int, Exception | None]:
    """Worker: whole events (clusters of pickled candidates with their merge reasons and event IDs) ->
    the four event tables as Arrow, with the shape check's error, if any."""
    import pickle

    from .contract import to_arrow
    from .extract.base import group_rows, row_frames

    clusters, eids, names, out = args
    rows = group_rows([[(pickle.loads(b), why) for b, why in cl] for cl in clusters], eids, names)
    frames = row_frames(rows)
    failure = _guarded(frames, out)
    tables = {t: to_arrow(df, t, coerced=True) for t, df in frames.items()} if failure is None else None  # (row_frames coerced them)
    return tables, len(rows["events"]), len(rows["mentions"]), failure


def _read_files(corpus: Path, part: pd.DataFrame, manifest_name: str) -> dict[str, bytes]:
    """The bytes of a batch's files (read by the worker that extracts them)."""
    import errno

    blobs = {}
    folder = str(corpus)
    for f in part["file"].tolist():
        try:
            with open(os.path.join(folder, f), "rb", buffering=0) as fh:
                blobs[f] = fh.readall()
        except (OSError, ValueError) as e:
            # (the errors for which Path.exists() says the file does not exist)
            if isinstance(e, OSError) and e.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
                raise
            raise BackchannelError(manifest_name, f"{f!r} has no file in {corpus}", "add the file or remove the row") from None
    return blobs


def _freeze_gc() -> bool:
    """``gc.freeze()``, unless the caller froze objects already (then theirs is the say): True if done."""
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


def _batches(corpus: Path, manifest: pd.DataFrame, manifest_name: str, extractor: str, size: int, options: dict, out: Path) -> Iterator[tuple]:
    for i in range(0, len(manifest), size):
        yield (str(corpus), manifest.iloc[i : i + size], manifest_name, extractor, options, str(out))


# mentions in one group of events assembled at a time (a group costs a fixed ~0.1 s of pandas and pandera work)
EVENT_GROUP = 2500
_SHARED_FIELDS = ("date_start", "date_end", "date_precision", "date_edtf", "parties", "location_country", "location_city", "mediator_states")


class _Spill:
    """Candidates kept on disk (a temporary file) and read back by offset: the parent holds only
    their merge keys, so memory does not grow with the candidates' text and actors."""

    def __init__(self) -> None:
        self.fh = tempfile.TemporaryFile(prefix="backchannel-candidates-")
        self.end = 0  # the file's size; the position is there unless a read moved it
        self.moved = False

    def put(self, blob: bytes) -> tuple[int, int]:
        # (no seek while appending: a seek flushes the buffer, one write call per candidate)
        if self.moved:
            self.fh.seek(self.end)
            self.moved = False
        off = self.end
        self.fh.write(blob)
        self.end += len(blob)
        return off, len(blob)

    def read(self, refs: list[tuple[int, ...]]) -> list[bytes]:
        self.moved = True
        out = []
        for off, n, *_ in refs:
            self.fh.seek(off)
            out.append(self.fh.read(n))
        return out

    def load(self, refs: list[tuple[int, ...]]) -> list:
        import pickle

        return [pickle.loads(b) for b in self.read(refs)]

    def close(self) -> None:
        self.fh.close()


def _event_tasks(keys: list, spill: _Spill, names: dict[str, str], out: Path) -> Iterator[tuple]:
    """The clusters of the merge keys, a group of whole events at a time, as :func:`_assemble_group`
    tasks: their candidates read back from the spill file (still pickled) and their event IDs. A key's
    ``ref`` is (offset, length, the event ID of its candidate as a first mention)."""
    from .extract.base import event_groups, event_id_for, unique_event_id

    used: set[str] = set()

    def event_id(first: Any, k: int) -> str:
        return first.ref[2] if k == 1 else event_id_for(spill.load([first.ref])[0], k)

    for group in event_groups(keys, chunk=EVENT_GROUP):
        blobs = iter(spill.read([k.ref for cl in group for k, _ in cl]))
        eids = [unique_event_id(used, lambda k, first=cl[0][0]: event_id(first, k)) for cl in group]
        yield [[(next(blobs), why) for _, why in cl] for cl in group], eids, names, str(out)


def extract_corpus(corpus: Path, out: Path, *, extractor: str = "rules", workers: int = 1, batch_size: int = 200, progress: bool = True, options: dict | None = None) -> dict[str, Any]:
    """Stream a corpus in batches through ingest + extract; write the six extraction tables.

    Memory: documents are read, extracted and dropped batch by batch; candidates go to a spill
    file (the parent keeps their merge keys); events are assembled, checked against the contract
    and converted to Arrow a group at a time; the Parquet files are written at the end, atomically.
    Workers: extraction, and the assembly of each group of events (rows, checks, Arrow), run in
    the pool (each worker reads its batch's files); the parent keeps the merge keys, clusters them and writes.
    """
    import time

    from .contract import to_arrow
    from .extract import actors_table
    from .extract.base import ROW_TABLES, actor_names
    from .ingest import MANIFEST_COLUMNS, parse_manifest
    from .io import write_arrow_dir

    corpus, out = Path(corpus), Path(out)
    if not corpus.is_dir():
        raise BackchannelError(str(corpus), "no such folder", "pass a folder of .txt files")
    mpath = corpus / "manifest.csv"
    names = sorted(p.name for p in corpus.glob("*.txt"))
    if mpath.exists():
        manifest = parse_manifest(mpath.read_bytes().decode("utf-8-sig"), str(mpath), strict=False)
        unlisted = sorted(set(names) - set(manifest["file"]))
        if unlisted:
            raise BackchannelError(f"{corpus}/{unlisted[0]}", "this file is not in manifest.csv", "add a row for it, or remove the file")
    else:
        manifest = pd.DataFrame([{**{c: "" for c in MANIFEST_COLUMNS}, "file": n, "_line": 0} for n in names], columns=MANIFEST_COLUMNS + ["_line"])
    if manifest.empty:
        raise BackchannelError(str(corpus), "no .txt documents", "add UTF-8 .txt files")
    t0 = time.perf_counter()
    chunks: dict[str, list] = {"documents": [], **{t: [] for t in ROW_TABLES}}
    doc_ids: set[str] = set()
    keys: list = []
    shared: dict = {}
    nbytes = n_events = n_mentions = 0
    spill = _Spill()
    jobs = _batches(corpus, manifest, str(mpath), extractor, batch_size, options or {}, out)
    pool = None
    from .extract import get_extractor

    # build the extractor's dictionaries once, here (with workers: before forking them, before any progress
    # thread starts, so that they inherit them; a spawned worker rebuilds the lexicon, ~1 s)
    get_extractor(extractor, **(options or {}))
    if workers > 1:
        from .contract import pandera_schema

        for t in ("documents", *ROW_TABLES):
            pandera_schema(t)  # (pandera imported and the batches' schemas built once, here, for the workers)
    # what is here now (modules, the lexicon) lives as long as the process: moved out of the cyclic garbage
    # collector's way (its full collections walked it again and again, ~3 % of a run; and in forked
    # workers they would write to the inherited pages). Undone at the end.
    frozen = False
    bar = None
    try:
        frozen = _freeze_gc()
        if workers > 1:
            ctx = get_context("fork") if "fork" in get_all_start_methods() else get_context("spawn")
            pool = ctx.Pool(workers)
        run = pool.imap if pool is not None else map
        if progress and os.environ.get("CI") != "true":
            from rich.progress import Progress

            bar = Progress(transient=True)
            task = bar.add_task("extracting", total=len(manifest))
            bar.start()
        results = run(_extract_batch, jobs)  # (with workers, they start on the batches now)
        # the actors table and its check: the parent's own work, done while the workers extract
        actors = actors_table()
        actors_failure = _guarded({"actors": actors}, str(out))
        actors_chunk = [to_arrow(actors, "actors")] if actors_failure is None else None
        for ids, table, failure, pairs, n in results:
            if len(set(ids)) < len(ids) or not doc_ids.isdisjoint(ids):
                dup = next(i for i in ids if i in doc_ids or ids.count(i) > 1)
                raise BackchannelError(str(corpus), f"two files give the same doc_id {dup!r}", "rename one of them")
            doc_ids.update(ids)
            if failure is not None:
                raise failure
            chunks["documents"].append(table)
            for k, blob, eid in pairs:
                # many candidates share their dates, sides and mediators: keep one copy of each value
                keys.append(k._replace(ref=(*spill.put(blob), eid), **{f: shared.setdefault(getattr(k, f), getattr(k, f)) for f in _SHARED_FIELDS}))
            nbytes += n
            if frozen:
                gc.freeze()  # (and so are the merge keys kept so far: extraction leaves no cyclic garbage)
            if bar:
                bar.advance(task, len(ids))
        for tables, ne, nm, failure in run(_assemble_group, _event_tasks(keys, spill, actor_names(actors), out)):
            if failure is not None:
                raise failure
            for t, tbl in tables.items():
                chunks[t].append(tbl)
            n_events += ne
            n_mentions += nm
        if pool is not None:
            pool.close()
        if actors_failure is not None:
            raise actors_failure
        chunks["actors"] = actors_chunk
        write_arrow_dir(chunks, out)
    finally:
        if frozen:
            gc.unfreeze()
        spill.close()
        if bar:
            bar.stop()
        if pool is not None:
            pool.terminate()
            pool.join()
    secs = time.perf_counter() - t0
    return {"documents": len(doc_ids), "events": n_events, "mentions": n_mentions, "bytes": nbytes, "seconds": round(secs, 3)}


# ----------------------------------------------------------------------------- validate / show


def _texts(ingested_or_corpus: Path | None) -> dict[str, str] | None:
    if ingested_or_corpus is None:
        return None
    p = Path(ingested_or_corpus)
    if (p / "document_texts.parquet").exists():
        t = read_dir(p, ["document_texts"])["document_texts"]
        return dict(zip(t["doc_id"], t["text"]))
    return {f.stem: f.read_text(encoding="utf-8") for f in sorted(p.glob("*.txt"))}


def validate_folder(data_dir: Path, corpus: Path | None = None, gx: bool = True) -> list:
    """Read every contract table present in ``data_dir`` (raw, so wrong types are reported) and check them:
    pandera and the dataset-level checks, then (``gx``) the Great Expectations suite."""
    import pyarrow.parquet as pq

    from .contract import from_arrow
    from .validate import check_all

    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise BackchannelError(str(data_dir), "no such folder", "pass the folder that holds the .parquet tables")
    c = load_contract()
    tables = {}
    for f in sorted(data_dir.glob("*.parquet")):
        if f.stem not in c.tables:
            continue
        try:
            tables[f.stem] = from_arrow(pq.read_table(f), f.stem)
        except Exception as e:
            raise BackchannelError(str(f), f"cannot read as table {f.stem!r}: {e}", "rebuild it") from None
    if not tables:
        raise BackchannelError(str(data_dir), "no contract tables (*.parquet) here", "point at data/published")
    texts = _texts(corpus)
    failures = check_all(tables, texts)
    if gx:
        failures.extend(expectation_failures(tables, texts))
    return failures


def expectation_failures(tables: dict[str, pd.DataFrame], texts: dict[str, str] | None) -> list:
    """The Great Expectations layer as :class:`~pipeline.validate.Failure` rows (critical and warning)."""
    from .quality import run_expectations
    from .validate import TABLE, Failure

    res = run_expectations(tables, texts, None)
    out = []
    for r in res["results"]:
        if r["success"]:
            continue
        col = f" column {r['column']}" if r.get("column") else ""
        out.append(Failure(r["table"], f"gx:{r['expectation']}", r["severity"], f"Great Expectations{col}: {json.dumps(r.get('observed'), ensure_ascii=False, default=str)[:300]}", [], TABLE))
    return out


def describe_event(data_dir: Path, event_id: str) -> str:
    t = read_dir(data_dir, ["events", "participants", "mediators", "mentions"])
    ev = t["events"][t["events"]["event_id"] == event_id]
    if ev.empty:
        raise BackchannelError(str(data_dir / "events.parquet"), f"no event {event_id!r}", "list ids with pandas or `backchannel review DOC_ID`")
    e = ev.iloc[0].to_dict()
    lines = [f"{event_id}: {e['summary']}"]
    for k in ["event_type", "format", "secrecy", "certainty", "date_start", "date_end", "date_precision", "date_edtf", "location_city", "location_country", "parties", "topics", "outcome", "n_mentions", "n_documents", "confidence", "verified"]:
        v = e[k]
        if isinstance(v, pd.Timestamp):
            v = v.date().isoformat()
        lines.append(f"  {k}: {v}")
    for name in ("participants", "mediators"):
        rows = t[name][t[name]["event_id"] == event_id]
        lines.append(f"{name}:")
        for r in rows.to_dict(orient="records"):
            extra = r.get("role") or r.get("mediation_role") or ""
            lines.append(f"  - {r['actor_id']} {r['name']} «{r['name_original']}» {extra} {('side ' + r['side']) if r.get('side') else ''}".rstrip())
    lines.append("evidence:")
    for r in t["mentions"][t["mentions"]["event_id"] == event_id].to_dict(orient="records"):
        lines.append(f"  - {r['doc_id']}[{r['char_start']}:{r['char_end']}] ({r['rule']}, {r['confidence']:.2f}): «{r['quote']}»")
        if r.get("merge_reason"):
            lines.append(f"    merged: {r['merge_reason']}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- pipeline stages


def run_correct(extracted: Path, ingested: Path, annotations: Path, out: Path) -> None:
    from .annotations import load_records
    from .correct import apply_corrections

    t = read_dir(extracted, EXTRACTION_TABLES)
    texts = _texts(ingested)
    records = load_records(Path(annotations), texts)
    corrected, log = apply_corrections(t, records, texts)
    corrected["corrections_log"] = log
    write_dir(corrected, out)


def run_validate(corrected: Path, ingested: Path, out: Path, quarantine_dir: Path, reports: Path, gx_docs: Path | None) -> None:
    from .validate import TABLE, check_all, quarantine

    t = read_dir(corrected, [n for n in PUBLISHED_TABLES if n != "documents"])
    t["documents"] = read_dir(ingested, ["documents"])["documents"]
    texts = _texts(ingested)
    failures = check_all(t, texts)
    fatal = [f for f in failures if f.scope == TABLE and f.severity == "critical"]
    if fatal:
        raise ValidationFailed(str(corrected), "; ".join(f.describe() for f in fatal), "fix the stage that produced these tables")
    clean, q = quarantine(t, failures)
    left = [f for f in check_all(clean, texts) if f.severity == "critical"]
    if left:
        raise ValidationFailed(str(corrected), "; ".join(f.describe() for f in left), "quarantine could not repair the tables; fix the producing stage")
    reports = Path(reports)
    # the previous build's report (kept by `persist: true` in dvc.yaml) for the row-count comparison
    previous = None
    if (reports / "quality.json").exists():
        try:
            previous = json.loads((reports / "quality.json").read_text(encoding="utf-8"))
        except ValueError:
            previous = None
    from .quality import load_thresholds, run_expectations, write_plots

    quality = quality_summary(clean, q, failures)
    details = run_expectations(clean, texts, gx_docs, previous, load_thresholds("params.yaml"))
    quality["expectations"] = dict(details["summary"], success=details["success"])
    bad = [e for e in details["results"] if not e["success"] and e["severity"] == "critical"]
    if bad:
        raise ValidationFailed(
            str(corrected),
            "Great Expectations: " + "; ".join(f"{e['table']}.{e['check']} ({e['expectation']}): {json.dumps(e['observed'], ensure_ascii=False)}" for e in bad),
            f"see the Data Docs in {gx_docs}" if gx_docs else "run the validate stage with --gx-docs DIR and open DIR/index.html",
        )
    write_dir(clean, out)
    write_dir({"quarantine": q}, quarantine_dir)
    reports.mkdir(parents=True, exist_ok=True)

    def dump(obj: Any) -> str:
        return json.dumps(obj, indent=1, sort_keys=True, default=json_default, ensure_ascii=False) + "\n"

    (reports / "quality.json").write_text(dump(quality), encoding="utf-8")
    (reports / "expectations.json").write_text(dump(details), encoding="utf-8")
    write_plots(clean, reports / "plots")


def quality_summary(t: dict[str, pd.DataFrame], q: pd.DataFrame, failures: list) -> dict[str, Any]:
    from .quality import completeness

    n = len(t["events"])
    by_check: dict[str, int] = {}
    if len(q):
        by_check = {f"{a}.{b}": int(v) for (a, b), v in q.groupby(["table", "check"], sort=True).size().items()}
    return {
        "rows": {k: int(len(v)) for k, v in sorted(t.items())},
        "quarantined": {
            "total": int(len(q)),
            "by_table": {k: int(v) for k, v in q.groupby("table", sort=True).size().items()} if len(q) else {},
            "by_check": by_check,
        },
        "failures": sorted({f"{f.severity}:{f.table}.{f.check}" for f in failures}),
        # the same per-event definitions the GX completeness expectations use
        "shares": {k: round(float(v.sum()) / n, 4) if n else 0.0 for k, v in completeness(t).items()},
    }


def run_publish(validated: Path, ingested: Path, reports: Path, out: Path) -> None:
    from . import __version__

    t = read_dir(validated, PUBLISHED_TABLES)
    quality_bytes = (Path(reports) / "quality.json").read_bytes()
    from .site import build_site

    version = __version__
    if Path("params.yaml").exists():
        import yaml

        version = str((yaml.safe_load(Path("params.yaml").read_text(encoding="utf-8")) or {}).get("version") or version)
    extra = {"quality.json": quality_bytes, "site/index.html": build_site(t, json.loads(quality_bytes), version)}
    write_dir(t, out, extra)
