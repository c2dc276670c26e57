"""The one command-line entry point: ``backchannel``.

Commands are thin: they read inputs, call a pure stage function, write outputs.
Errors go to stderr with a non-zero exit code (2 = bad input, 1 = checks failed).
Heavy imports (pandas, pandera, Great Expectations) happen inside commands.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__

app = typer.Typer(
    name="backchannel",
    help="Backchannel: a versioned dataset of mediated Iran–US diplomatic contacts.\n\n"
    "Examples:\n\n\b\n"
    "  backchannel build                       # dvc repro: seeds -> data/published\n"
    "  backchannel extract my_corpus --out out # run the extractor on your own .txt files\n"
    "  backchannel validate data/published     # check tables against the contract\n"
    "  backchannel dates 'في 10 يناير 2024' --json",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
stage_app = typer.Typer(help="Pipeline stages, called by dvc.yaml (paths come from params.yaml).", no_args_is_help=True)
app.add_typer(stage_app, name="stage")


def _fail(err: Exception, code: int = 2) -> None:
    typer.echo(f"error: {err}", err=True)
    raise typer.Exit(getattr(err, "exit_code", code))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"backchannel {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Backchannel command line."""


def params() -> dict:
    """params.yaml of the current project (where the paths are declared)."""
    import yaml

    p = Path("params.yaml")
    if not p.exists():
        raise typer.BadParameter("no params.yaml here: run from the repository root or pass the path explicitly")
    return yaml.safe_load(p.read_text(encoding="utf-8"))


# ----------------------------------------------------------------------------- user commands


@app.command()
def build(force: bool = typer.Option(False, "--force", help="Rebuild every stage.")) -> None:
    """Build the dataset from the seeds (runs `dvc repro`).

    Example: backchannel build
    """
    cmd = ["dvc", "repro"] + (["--force"] if force else [])
    raise typer.Exit(subprocess.call(cmd))


@app.command()
def extract(
    corpus_dir: Path = typer.Argument(..., help="Folder of .txt files (UTF-8) with an optional manifest.csv."),
    out: Path = typer.Option(..., "--out", help="Folder to write the Parquet tables to."),
    extractor: str = typer.Option("rules", help="Extractor to use (see pipeline.extract.EXTRACTORS)."),
    required_parties: str = typer.Option("IRN,USA", help="Scope: ISO3 codes every event must have among its parties ('' for none)."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes."),
    batch_size: int = typer.Option(200, "--batch-size", min=1, help="Documents per batch (memory stays flat)."),
) -> None:
    """Run ingest + extract (no corrections) on any corpus and write documents, events, participants, mediators, mentions, actors.

    The manifest needs only a `file` column; a missing `lang` is detected from the script.

    Example: backchannel extract my_corpus/ --out my_tables/ --workers 2
    """
    from .errors import BackchannelError
    from .runner import extract_corpus

    try:
        stats = extract_corpus(corpus_dir, out, extractor=extractor, workers=workers, batch_size=batch_size, options={"required_parties": _codes(required_parties)})
    except BackchannelError as e:
        _fail(e)
    typer.echo(json.dumps(stats, sort_keys=True), err=True)


@app.command()
def validate(
    data_dir: Path = typer.Argument(..., help="Folder with the published tables (*.parquet)."),
    corpus: Optional[Path] = typer.Option(None, help="Corpus folder, to check quotes against the document texts."),
    gx: bool = typer.Option(True, "--gx/--no-gx", help="Also run the Great Expectations suite (~3 s to import)."),
    strict: bool = typer.Option(False, "--strict", help="Fail on warnings too (completeness shares, row counts)."),
) -> None:
    """Validate a folder of tables against the data contract (pandera, dataset checks, Great Expectations);
    list every failure; exit 1 on a critical failure (or any, with --strict).

    Example: backchannel validate data/published --corpus seeds
    """
    from .errors import BackchannelError
    from .runner import validate_folder

    try:
        failures = validate_folder(data_dir, corpus, gx=gx)
    except BackchannelError as e:
        _fail(e)
    for f in failures:
        typer.echo(f.describe(), err=True)
    bad = [f for f in failures if strict or f.severity == "critical"]
    if bad:
        typer.echo(f"{len(bad)} failure(s) in {data_dir}", err=True)
        raise typer.Exit(1)
    warn = f" ({len(failures)} warning(s) above)" if failures else ""
    typer.echo(f"{data_dir}: all tables valid{warn}")


@app.command()
def show(
    event_id: str = typer.Argument(..., help="An event_id, e.g. ev_0123456789ab."),
    data_dir: Optional[Path] = typer.Option(None, help="Folder of published tables (default: params.yaml paths.published)."),
) -> None:
    """Show one event with its participants, mediators and evidence quotes.

    Example: backchannel show ev_0123456789ab
    """
    from .errors import BackchannelError
    from .runner import describe_event

    d = data_dir or Path(params()["paths"]["published"])
    try:
        typer.echo(describe_event(d, event_id))
    except BackchannelError as e:
        _fail(e)


@app.command()
def dates(
    text: str = typer.Argument(..., help="Text to search for date expressions."),
    lang: Optional[str] = typer.Option(None, help="ar or fa (detected when omitted)."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD, for relative dates."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list."),
) -> None:
    """Print every date expression found in TEXT, resolved to Gregorian.

    Examples:

      backchannel dates '۷ مرداد ۹۷' --json

      backchannel dates 'الشهر الماضي' --published 2024-06-14
    """
    import datetime as dt

    from .dates import find_dates

    pub = None
    if published:
        try:
            pub = dt.date.fromisoformat(published)
        except ValueError:
            _fail(ValueError(f"--published {published!r} is not YYYY-MM-DD"))
    found = find_dates(text, lang=lang, published=pub)
    if as_json:
        typer.echo(json.dumps([m.to_json() for m in found], ensure_ascii=False, indent=1))
        return
    for m in found:
        j = m.to_json()
        typer.echo(f"{j['text']}\t{j['date_start']}..{j['date_end']}\t{j['date_precision']}\t{j['calendar']}\t{j['edtf']}\t{j['reason']}")


@app.command()
def evaluate(
    machine: Optional[Path] = typer.Option(None, help="Extraction tables (default: params.yaml paths.extracted)."),
    reviewed: Optional[Path] = typer.Option(None, help="Human-reviewed tables (default: params.yaml paths.published)."),
    out: Optional[Path] = typer.Option(None, help="Write the metrics JSON here (a DVC metric)."),
    golden: list[Path] = typer.Option([], "--golden", help="Also score the extractor on annotated sentences: a golden YAML file or a folder of them (repeatable)."),
) -> None:
    """Precision/recall/F1 of the automatic extraction against the human-reviewed dataset
    (events, participants, mediators, dates), and optionally on annotated golden/held-out sentences.

    Example: backchannel evaluate --out reports/evaluation.json && dvc metrics show

    Example: backchannel evaluate --golden tests/golden --golden tests/heldout
    """
    from .contract import json_default
    from .errors import BackchannelError
    from .evaluate import evaluate as run
    from .io import read_dir

    names = ["events", "participants", "mediators", "mentions"]
    p = params()["paths"] if machine is None or reviewed is None else {}
    try:
        m = read_dir(machine or Path(p["extracted"]), names)
        r = read_dir(reviewed or Path(p["published"]), names)
    except BackchannelError as e:
        _fail(e)
    res = run(m, r)
    if golden:
        from .golden import score_files

        files = [f for g in golden for f in (sorted(g.glob("*.yaml")) if g.is_dir() else [g])]
        if not files:
            _fail(BackchannelError(", ".join(map(str, golden)), "no golden YAML files", "pass a .yaml file or a folder holding some"))
        res["golden"] = score_files(files, params().get("extract", {}) if Path("params.yaml").exists() else {})
    text = json.dumps(res, indent=1, sort_keys=True, default=json_default) + "\n"
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    typer.echo(text, nl=False)


@app.command()
def docs(check: bool = typer.Option(False, "--check", help="Exit 1 if the generated docs are out of date.")) -> None:
    """Regenerate docs generated from the contract (docs/data-dictionary.md).

    Example: backchannel docs --check
    """
    from .runner import generated_docs

    stale = []
    for path, content in generated_docs().items():
        p = Path(path)
        if p.exists() and p.read_text(encoding="utf-8") == content:
            continue
        if check:
            stale.append(path)
        else:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(content, encoding="utf-8")
            typer.echo(f"wrote {path}")
    if stale:
        typer.echo(f"out of date: {', '.join(stale)} (run `backchannel docs`)", err=True)
        raise typer.Exit(1)


# ----------------------------------------------------------------------------- stages


@stage_app.command("ingest")
def stage_ingest(
    corpus: Path = typer.Option(..., help="Folder of seed .txt files."),
    manifest: Path = typer.Option(..., help="The seeds' manifest.csv."),
    out: Path = typer.Option(..., help="Output folder (documents, document_texts)."),
) -> None:
    """manifest + texts -> documents, document_texts."""
    from .errors import BackchannelError
    from .ingest import read_corpus
    from .io import write_dir

    try:
        documents, texts = read_corpus(corpus, manifest, strict=True)
    except BackchannelError as e:
        _fail(e)
    write_dir({"documents": documents, "document_texts": texts}, out)


@stage_app.command("extract")
def stage_extract(
    inp: Path = typer.Option(..., "--in", help="Ingested folder."),
    out: Path = typer.Option(..., help="Output folder."),
    extractor: str = typer.Option("rules", help="Extractor name."),
    required_parties: str = typer.Option("IRN,USA", help="Corpus scope: ISO3 codes every event must have among its parties."),
    registry: Optional[Path] = typer.Option(None, help="Committed event-ID registry (keeps published IDs stable)."),
) -> None:
    """documents -> events, participants, mediators, mentions, actors (IDs kept stable by the registry)."""
    from .extract import extract_tables
    from .io import read_dir, write_dir

    t = read_dir(inp, ["documents", "document_texts"])
    tables = extract_tables(t["documents"], t["document_texts"], extractor, required_parties=_codes(required_parties))
    if registry is not None:
        from .registry import load_and_apply

        tables = load_and_apply(tables, registry)
    write_dir(tables, out)


def _codes(s: str) -> tuple[str, ...]:
    return tuple(sorted(c.strip().upper() for c in s.split(",") if c.strip()))


@stage_app.command("correct")
def stage_correct(
    inp: Path = typer.Option(..., "--in", help="Extracted folder."),
    ingested: Path = typer.Option(..., help="Ingested folder (document texts, for quote checks)."),
    annotations: Path = typer.Option(..., help="Folder of annotation YAML files."),
    out: Path = typer.Option(..., help="Output folder."),
) -> None:
    """extraction tables + annotations -> corrected tables + corrections_log."""
    from .errors import BackchannelError
    from .runner import run_correct

    try:
        run_correct(inp, ingested, annotations, out)
    except BackchannelError as e:
        _fail(e)


@stage_app.command("validate")
def stage_validate(
    inp: Path = typer.Option(..., "--in", help="Corrected folder."),
    ingested: Path = typer.Option(..., help="Ingested folder."),
    out: Path = typer.Option(..., help="Validated tables folder."),
    quarantine_dir: Path = typer.Option(..., "--quarantine", help="Quarantine folder."),
    reports: Path = typer.Option(..., help="Folder for quality.json and plots (tracked as DVC metrics)."),
    gx_docs: Optional[Path] = typer.Option(None, help="Folder for Great Expectations Data Docs (not a DVC output)."),
) -> None:
    """pandera on every table, Great Expectations on the published tables, quarantine, quality report."""
    from .errors import BackchannelError
    from .runner import run_validate

    try:
        run_validate(inp, ingested, out, quarantine_dir, reports, gx_docs)
    except BackchannelError as e:
        _fail(e)


@stage_app.command("publish")
def stage_publish(
    inp: Path = typer.Option(..., "--in", help="Validated folder."),
    ingested: Path = typer.Option(..., help="Ingested folder (documents)."),
    reports: Path = typer.Option(..., help="Reports folder (quality.json)."),
    out: Path = typer.Option(..., help="Published folder."),
) -> None:
    """Write data/published: the tables plus the quality report."""
    from .runner import run_publish

    run_publish(inp, ingested, reports, out)


# Command groups that live in their own modules register themselves here.
from . import cli_annotations, cli_quality, cli_release  # noqa: E402

for _mod in (cli_annotations, cli_quality, cli_release):
    _mod.register(app)


def entrypoint() -> None:  # pragma: no cover - console script
    try:
        app()
    except BrokenPipeError:
        sys.exit(0)
