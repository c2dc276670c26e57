"""Releases: semantic versions, the per-event ``changes`` table, the release procedure.

Versioning follows the Frictionless Data Package Version rules:

- MAJOR: the schema changed incompatibly (a published table or column removed or
  renamed, a type changed, a column became nullable, an allowed value removed);
- MINOR: new data (new events or new documents) or additive schema changes;
- PATCH: corrections only (updated, deleted or merged events).

The version lives only in ``params.yaml`` (``version:``), next to
``release_date:`` (the date written into the metadata; absent before the first
release). ``releases/<version>/`` keeps what the next diff needs: ``manifest.json``
(per-table sha256, the schema snapshot) and small Parquet snapshots of events,
documents, corrections_log and the cumulative changes table.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pandas as pd
import yaml

from .contract import coerce, empty_frame, load_contract, read_table, sort_by_key, write_table
from .metadata import METADATA_FILES, UNRELEASED, citation_cff, sha256_file, write_metadata
from .registry import DEFAULT_PATH as REGISTRY_PATH
from .registry import _EV, merge_targets, read_registry, update_registry, write_registry

RELEASES_DIR = Path("releases")
CHANGELOG = Path("CHANGELOG.md")
SNAPSHOT_TABLES = ("events", "documents", "corrections_log", "changes")
LEVELS = ("patch", "minor", "major")
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


class ReleaseError(Exception):
    """The release cannot go ahead; the message says why and what to do."""

    exit_code = 1


# ----------------------------------------------------------------------------- versions and params


def parse_version(v: str) -> tuple[int, int, int]:
    m = _SEMVER.match(str(v).strip())
    if not m:
        raise ValueError(f"version {v!r} is not MAJOR.MINOR.PATCH")
    return int(m[1]), int(m[2]), int(m[3])


def bump(v: str, level: str) -> str:
    major, minor, patch = parse_version(v)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"unknown level {level!r}; use one of {LEVELS}")


def read_params(path: Path = Path("params.yaml")) -> dict[str, Any]:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def set_param(text: str, key: str, value: str, after: str | None = None) -> str:
    """Set a top-level ``key: value`` line, keeping its trailing comment; insert it after ``after:`` if missing."""
    pat = re.compile(rf"^({re.escape(key)}:[ \t]*)([^#\n]*?)([ \t]*#.*)?$", re.M)
    m = pat.search(text)
    if m:
        old, comment = m.group(2), m.group(3) or ""
        if comment:  # keep the comment column where possible
            ws = len(comment) - len(comment.lstrip(" \t"))
            comment = " " * max(1, ws + len(old) - len(value)) + comment.lstrip(" \t")
        return text[: m.start()] + f"{m.group(1)}{value}{comment}" + text[m.end() :]
    line = f"{key}: {value}\n"
    if after:
        m2 = re.compile(rf"^{re.escape(after)}:.*\n", re.M).search(text)
        if m2:
            return text[: m2.end()] + line + text[m2.end() :]
    return text + ("" if text.endswith("\n") or not text else "\n") + line


def release_date(params: dict[str, Any]) -> str | None:
    d = params.get("release_date")
    if d in (None, "", UNRELEASED):
        return None
    return d.isoformat() if isinstance(d, dt.date) else str(d)


def list_releases(releases_dir: Path) -> list[str]:
    d = Path(releases_dir)
    if not d.is_dir():
        return []
    vs = [p.name for p in d.iterdir() if p.is_dir() and _SEMVER.match(p.name) and (p / "manifest.json").exists()]
    return sorted(vs, key=parse_version)


def previous_release(releases_dir: Path, version: str) -> str | None:
    """The latest release strictly older than ``version`` (so rebuilding a release diffs against its predecessor)."""
    older = [v for v in list_releases(releases_dir) if parse_version(v) < parse_version(version)]
    return older[-1] if older else None


# ----------------------------------------------------------------------------- schema changes


def schema_snapshot() -> dict[str, Any]:
    """The published part of the contract: per table, each column's type, nullability, vocabulary, description."""
    c = load_contract()
    out = {}
    for name in c.published:
        t = c.table(name)
        out[name] = {
            "primary_key": list(t.primary_key),
            "columns": {
                col.name: {"type": col.type, "nullable": col.nullable, "allowed": list(col.allowed) if col.allowed else None, "description": col.description}
                for col in t.columns
            },
        }
    return out


def schema_changes(old: dict[str, Any] | None, new: dict[str, Any]) -> tuple[str | None, list[str]]:
    """Compare two schema snapshots: (required level or None, human-readable reasons)."""
    if not old:
        return None, []
    major, minor, notes = [], [], []
    for tname, t in old.items():
        if tname not in new:
            major.append(f"table {tname} removed")
            continue
        nt = new[tname]
        if list(t["primary_key"]) != list(nt["primary_key"]):
            major.append(f"{tname}: primary key {t['primary_key']} -> {nt['primary_key']}")
        for cname, col in t["columns"].items():
            if cname not in nt["columns"]:
                major.append(f"{tname}.{cname} removed or renamed")
                continue
            ncol = nt["columns"][cname]
            if col["type"] != ncol["type"]:
                major.append(f"{tname}.{cname}: type {col['type']} -> {ncol['type']}")
            if not col["nullable"] and ncol["nullable"]:
                major.append(f"{tname}.{cname} became nullable")
            if col["nullable"] and not ncol["nullable"]:
                minor.append(f"{tname}.{cname} is no longer nullable")
            oa, na = set(col.get("allowed") or []), set(ncol.get("allowed") or [])
            if oa - na and ncol.get("allowed") is not None:
                major.append(f"{tname}.{cname}: values removed {sorted(oa - na)}")
            if na - oa and col.get("allowed") is not None:
                minor.append(f"{tname}.{cname}: values added {sorted(na - oa)}")
            if col.get("description") != ncol.get("description"):
                notes.append(f"{tname}.{cname}: description changed (use --major if its meaning changed)")
        for cname in nt["columns"]:
            if cname not in t["columns"]:
                minor.append(f"{tname}.{cname} added")
    for tname in new:
        if tname not in old:
            minor.append(f"table {tname} added")
    level = "major" if major else ("minor" if minor else None)
    return level, major + minor + notes


# ----------------------------------------------------------------------------- the diff


def _norm(v: Any) -> Any:
    if v is None or v is pd.NaT:
        return None
    if isinstance(v, float):
        return None if v != v else round(v, 9)
    if isinstance(v, (pd.Timestamp, dt.datetime)):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, (list, tuple)) or hasattr(v, "tolist"):
        return tuple(_norm(x) for x in (v.tolist() if hasattr(v, "tolist") else v))
    if hasattr(v, "item"):
        return _norm(v.item())
    return v


def _row_map(df: pd.DataFrame, cols: list[str]) -> dict[str, dict[str, Any]]:
    return {r["event_id"]: {c: _norm(r[c]) for c in cols} for r in df.to_dict(orient="records")}


def _log_key(r: dict[str, Any]) -> tuple:
    return (r.get("action"), r.get("target"), r.get("field"), r.get("after"), r.get("reason"))


def _reasons(log: pd.DataFrame | None, old_log: pd.DataFrame | None) -> dict[str, list[str]]:
    """event_id -> reasons of the correction records that are new in this release."""
    out: dict[str, set[str]] = {}
    if log is None or not len(log):
        return {}
    seen = {_log_key(r) for r in old_log.to_dict(orient="records")} if old_log is not None and len(old_log) else set()
    for r in log.to_dict(orient="records"):
        if _log_key(r) in seen or not r.get("reason"):
            continue
        ids = set(_EV.findall(str(r.get("target") or "")))
        if r.get("action") == "merge":
            for k in ("before", "after"):
                ids |= set(_EV.findall(str(r.get(k) or "")))
        for i in ids:
            out.setdefault(i, set()).add(str(r["reason"]))
    return {k: sorted(v) for k, v in out.items()}


def diff_events(
    old: pd.DataFrame | None,
    new: pd.DataFrame,
    log: pd.DataFrame | None,
    from_v: str | None,
    to_v: str,
    *,
    old_log: pd.DataFrame | None = None,
    registry: pd.DataFrame | None = None,
    previous_changes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The ``changes`` table from release ``from_v`` (events ``old``) to ``to_v`` (events ``new``).

    One row per event that was added, updated (``fields_changed`` = sorted columns
    whose values differ), deleted or merged (``merged_into`` from a corrections_log
    merge record, else from a registry row with status ``merged``). ``reason`` joins
    the reasons of the correction records that touch the event and are new since
    ``old_log`` (all records when ``old_log`` is None). Rows of
    ``previous_changes`` (the cumulative history, including earlier tombstones) are
    carried forward, so the table is the full history: primary key (event_id, to_version).
    """
    cols = [c for c in load_contract().table("events").column_names if c != "event_id"]
    old = old if old is not None else empty_frame("events")
    o, n = _row_map(old, cols), _row_map(new, cols)
    reasons = _reasons(log, old_log)
    gone = sorted(set(o) - set(n))
    merged = merge_targets(log, gone, n.keys())
    if registry is not None and len(registry):
        reg = registry[(registry["status"] == "merged") & registry["event_id"].isin(gone)]
        for r in reg.drop_duplicates("event_id").itertuples(index=False):
            merged.setdefault(r.event_id, r.merged_into)
    rows = []

    def add(eid: str, change: str, fields: list[str], into: str | None = None) -> None:
        rs = reasons.get(eid)
        rows.append({"event_id": eid, "change": change, "merged_into": into, "fields_changed": fields, "reason": "; ".join(rs) if rs else None, "from_version": from_v, "to_version": to_v})

    for eid in sorted(set(n) - set(o)):
        add(eid, "added", [])
    for eid in sorted(set(n) & set(o)):
        changed = sorted(c for c in cols if o[eid][c] != n[eid][c])
        if changed:
            add(eid, "updated", changed)
    for eid in gone:
        if merged.get(eid):
            add(eid, "merged", [], merged[eid])
        else:
            add(eid, "deleted", [])
    cur = pd.DataFrame(rows, columns=load_contract().table("changes").column_names)
    frames = [cur]
    if previous_changes is not None and len(previous_changes):
        frames.insert(0, previous_changes[previous_changes["to_version"] != to_v])
    out = pd.concat([f for f in frames if len(f)], ignore_index=True) if any(len(f) for f in frames) else cur
    return sort_by_key(coerce(out, "changes"), "changes")


def data_level(changes: pd.DataFrame, to_v: str, old_docs: pd.DataFrame | None, new_docs: pd.DataFrame | None) -> str | None:
    """minor for new events or documents, patch for corrections only, None when nothing changed."""
    cur = changes[changes["to_version"] == to_v]
    new_doc = old_docs is not None and new_docs is not None and bool(set(new_docs["doc_id"]) - set(old_docs["doc_id"]))
    if (cur["change"] == "added").any() or new_doc:
        return "minor"
    if len(cur) or (old_docs is not None and new_docs is not None and not _same_docs(old_docs, new_docs)):
        return "patch"
    return None


def _same_docs(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    cols = load_contract().table("documents").column_names
    return _row_map(a.rename(columns={"doc_id": "event_id"}), [c for c in cols if c != "doc_id"]) == _row_map(b.rename(columns={"doc_id": "event_id"}), [c for c in cols if c != "doc_id"])


# ----------------------------------------------------------------------------- publish-time packaging


def _read_opt(path: Path, table: str) -> pd.DataFrame | None:
    return read_table(path, table) if Path(path).exists() else None


def compute_changes(published: Path, version: str, root: Path = Path(".")) -> pd.DataFrame:
    """The cumulative changes table for the build in ``published`` released as ``version``."""
    root = Path(root)
    published = Path(published)
    prev = previous_release(root / RELEASES_DIR, version)
    new = read_table(published / "events.parquet", "events")
    log = _read_opt(published / "corrections_log.parquet", "corrections_log")
    mentions = _read_opt(published / "mentions.parquet", "mentions")
    reg = read_registry(root / REGISTRY_PATH)
    if mentions is not None:
        reg = update_registry(reg, new, mentions, version, log)
    if prev is None:
        return diff_events(None, new, log, None, version, registry=reg)
    pdir = root / RELEASES_DIR / prev
    return diff_events(
        _read_opt(pdir / "events.parquet", "events"),
        new,
        log,
        prev,
        version,
        old_log=_read_opt(pdir / "corrections_log.parquet", "corrections_log"),
        registry=reg,
        previous_changes=_read_opt(pdir / "changes.parquet", "changes"),
    )


def finalize_published(published: Path, params_path: Path = Path("params.yaml"), root: Path | None = None) -> None:
    """Write changes.parquet and the metadata files into ``published`` (run by the publish stage)."""
    params_path = Path(params_path)
    root = Path(root) if root is not None else params_path.resolve().parent
    p = read_params(params_path)
    version = str(p["version"])
    write_table(compute_changes(published, version, root), Path(published) / "changes.parquet", "changes")
    write_metadata(Path(published), version, release_date(p))


# ----------------------------------------------------------------------------- changelog


def changelog_entry(changes: pd.DataFrame, version: str, prev: str | None, date: str | None, level: str | None, schema_notes: list[str]) -> str:
    cur = changes[changes["to_version"] == version].sort_values(["change", "event_id"])
    counts = {k: int((cur["change"] == k).sum()) for k in ("added", "updated", "deleted", "merged")}
    L = [f"## {version} - {date or UNRELEASED}", ""]
    L.append(f"{'First release' if prev is None else f'Changes since {prev}'}" + (f" ({level})" if level else "") + ": " + ", ".join(f"{v} {k}" for k, v in counts.items()) + ".")
    L.append("")
    for s in schema_notes:
        L.append(f"- schema: {s}")
    if prev is None and counts["added"] > 20:
        L.append(f"- {counts['added']} events added (see changes.parquet)")
    else:
        for r in cur.to_dict(orient="records"):
            line = f"- `{r['event_id']}` {r['change']}"
            if r["change"] == "merged":
                line += f" into `{r['merged_into']}`"
            if len(r["fields_changed"]):
                line += ": " + ", ".join(r["fields_changed"])
            if isinstance(r["reason"], str) and r["reason"]:
                line += f" ({r['reason']})"
            L.append(line)
    L.append("")
    return "\n".join(L)


def prepend_changelog(path: Path, entry: str) -> None:
    path = Path(path)
    head = "# Changelog\n\nGenerated by `backchannel release` from the changes table. Newest first.\n\n"
    body = path.read_text(encoding="utf-8") if path.exists() else head
    if not body.startswith("# Changelog"):
        body = head + body
    i = body.find("\n## ")
    body = body + ("" if body.endswith("\n") else "\n") + entry if i < 0 else body[: i + 1] + entry + "\n" + body[i + 1 :]
    path.write_text(body, encoding="utf-8", newline="\n")


# ----------------------------------------------------------------------------- snapshot


def write_snapshot(published: Path, dest: Path, version: str, date: str | None, prev: str | None, level: str | None) -> dict[str, Any]:
    published, dest = Path(published), Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for t in SNAPSHOT_TABLES:
        src = published / f"{t}.parquet"
        if src.exists():
            shutil.copyfile(src, dest / f"{t}.parquet")
    files = {}
    for f in sorted(published.iterdir()):
        if f.is_file() and not f.name.startswith("."):
            files[f.name] = {"sha256": sha256_file(f), "bytes": f.stat().st_size}
    rows = {}
    for f in sorted(published.glob("*.parquet")):
        import pyarrow.parquet as pq

        rows[f.stem] = pq.ParquetFile(f).metadata.num_rows
    manifest = {
        "version": version,
        "date": date,
        "previous": prev,
        "level": level,
        "contract_version": load_contract().version,
        "rows": rows,
        "files": files,
        "schema": schema_snapshot(),
    }
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


# ----------------------------------------------------------------------------- the procedure


@dataclass
class Plan:
    version: str
    previous: str | None
    level: str | None
    schema_notes: list[str] = field(default_factory=list)
    changes: pd.DataFrame | None = None

    def describe(self) -> str:
        cur = self.changes[self.changes["to_version"] == self.version] if self.changes is not None else pd.DataFrame()
        counts = cur["change"].value_counts().to_dict() if len(cur) else {}
        return f"release {self.previous or '(none)'} -> {self.version} ({self.level or 'first release'}): " + (", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "no event changes")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def _run(cmd: list[str], cwd: Path, what: str) -> str:
    p = subprocess.run(cmd, cwd=cwd, env=_env(), capture_output=True, text=True)
    if p.returncode != 0:
        raise ReleaseError(f"{what} failed ({' '.join(cmd)}):\n{(p.stdout + p.stderr).strip()[-3000:]}")
    return p.stdout


def _dvc(*args: str) -> list[str]:
    return [sys.executable, "-m", "dvc", *args]


def dirty_paths(root: Path) -> list[str]:
    out = _run(["git", "status", "--porcelain", "--untracked-files=all"], root, "git status")
    return [line[3:] for line in out.splitlines() if line.strip()]


def _published_dir(root: Path, params: dict[str, Any]) -> Path:
    return root / params["paths"]["published"]


def _hashes(d: Path) -> dict[str, str]:
    return {f.name: sha256_file(f) for f in sorted(d.iterdir()) if f.is_file() and (f.suffix == ".parquet" or f.name in METADATA_FILES)}


def plan_release(root: Path, level: str | None, *, today: str) -> Plan:
    """Decide the next version from the schema and the build in data/published (after dvc repro)."""
    params = read_params(root / "params.yaml")
    current = str(params["version"])
    releases = list_releases(root / RELEASES_DIR)
    published = _published_dir(root, params)
    if not releases:
        version = bump(current, level) if level else current
        ch = diff_events(None, read_table(published / "events.parquet", "events"), None, None, version)
        return Plan(version, None, level, [], ch)
    prev = releases[-1]
    if parse_version(current) < parse_version(prev):
        raise ReleaseError(f"params.yaml version {current} is older than the last release {prev}; set it to {prev}")
    manifest = json.loads((root / RELEASES_DIR / prev / "manifest.json").read_text(encoding="utf-8"))
    schema_level, notes = schema_changes(manifest.get("schema"), schema_snapshot())
    probe = "999999.0.0"
    pdir = root / RELEASES_DIR / prev
    new = read_table(published / "events.parquet", "events")
    log = _read_opt(published / "corrections_log.parquet", "corrections_log")
    ch = diff_events(_read_opt(pdir / "events.parquet", "events"), new, log, prev, probe, old_log=_read_opt(pdir / "corrections_log.parquet", "corrections_log"))
    dlevel = data_level(ch, probe, _read_opt(pdir / "documents.parquet", "documents"), _read_opt(published / "documents.parquet", "documents"))
    required = schema_level if schema_level == "major" else max([x for x in (schema_level, dlevel) if x], key=LEVELS.index, default=None)
    if required is None and level is None:
        raise ReleaseError(f"nothing changed since {prev}: no new, updated, deleted or merged events, no schema change")
    if level and required and LEVELS.index(level) < LEVELS.index(required):
        raise ReleaseError(f"--{level} is too small: this release needs --{required} ({'; '.join(notes) or 'new events or documents'})")
    chosen = level or required
    version = bump(prev, chosen)
    ch = ch.assign(to_version=ch["to_version"].replace(probe, version))
    return Plan(version, prev, chosen, notes, ch)


def release(
    root: Path = Path("."),
    level: str | None = None,
    *,
    dry_run: bool = False,
    date: str | None = None,
    push: bool = True,
    echo: Callable[[str], None] = print,
) -> Plan:
    """Run the whole release; see docs/releases.md. Returns the plan (also on --dry-run)."""
    root = Path(root).resolve()
    if not (root / "params.yaml").exists():
        raise ReleaseError(f"{root}: no params.yaml; run from the repository root")
    dirty = dirty_paths(root)
    if dirty:
        raise ReleaseError("the git tree is dirty; commit or stash first:\n  " + "\n  ".join(dirty[:30]) + (f"\n  ... and {len(dirty) - 30} more" if len(dirty) > 30 else ""))
    today = date or dt.date.today().isoformat()
    echo("building (dvc repro) ...")
    _run(_dvc("repro"), root, "the build (dvc repro)")
    params = read_params(root / "params.yaml")
    published = _published_dir(root, params)
    _validate(published)
    plan = plan_release(root, level, today=today)
    echo(plan.describe())
    if dry_run:
        for line in changelog_entry(plan.changes, plan.version, plan.previous, today, plan.level, plan.schema_notes).splitlines():
            echo(line)
        if "dvc.lock" in dirty_paths(root):  # leave the tree as we found it; the next build re-runs what changed
            _run(["git", "checkout", "HEAD", "--", "dvc.lock"], root, "restoring dvc.lock")
        return plan
    written: list[Path] = []
    snapshot = root / RELEASES_DIR / plan.version
    if snapshot.exists():
        raise ReleaseError(f"{snapshot} already exists; release {plan.version} was made before")
    originals = {p: (p.read_bytes() if p.exists() else None) for p in (root / "params.yaml", root / CHANGELOG, root / "CITATION.cff", root / REGISTRY_PATH)}
    try:
        text = (root / "params.yaml").read_text(encoding="utf-8")
        text = set_param(text, "version", plan.version)
        text = set_param(text, "release_date", f"'{today}'", after="version")  # quoted: dvc rejects YAML dates
        (root / "params.yaml").write_text(text, encoding="utf-8", newline="\n")
        echo(f"version {plan.version} ({today}); rebuilding the published layer ...")
        _run(_dvc("repro"), root, "the build with the new version")
        _validate(published)
        t = {n: read_table(published / f"{n}.parquet", n) for n in ("events", "mentions", "corrections_log", "changes") if (published / f"{n}.parquet").exists()}
        reg = update_registry(read_registry(root / REGISTRY_PATH), t["events"], t["mentions"], plan.version, t.get("corrections_log"))
        write_registry(reg, root / REGISTRY_PATH)
        write_snapshot(published, snapshot, plan.version, today, plan.previous, plan.level)
        written.append(snapshot)
        prepend_changelog(root / CHANGELOG, changelog_entry(t["changes"], plan.version, plan.previous, today, plan.level, plan.schema_notes))
        (root / "CITATION.cff").write_text(citation_cff(plan.version, today), encoding="utf-8", newline="\n")
        before = _hashes(published)
        echo("re-running dvc repro to record the registry and release snapshot in dvc.lock ...")
        _run(_dvc("repro"), root, "the rebuild after updating the registry")
        after = _hashes(published)
        if before != after:
            bad = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            raise ReleaseError(f"the build is not reproducible: {', '.join(bad)} changed when rebuilt with the updated registry")
        if push:
            echo("dvc push ...")
            _run(_dvc("push"), root, "dvc push (is a default remote configured? see docs/releases.md)")
        _run(["git", "add", "-A"], root, "git add")
        _run(["git", "commit", "-q", "-m", f"Release v{plan.version}\n\n{plan.describe()}"], root, "git commit")
        _run(["git", "tag", "-a", f"v{plan.version}", "-m", f"Backchannel dataset {plan.version}"], root, "git tag")
    except BaseException:
        for p, data in originals.items():
            if data is None:
                p.unlink(missing_ok=True)
            else:
                p.write_bytes(data)
        for p in written:
            shutil.rmtree(p, ignore_errors=True)
        raise
    echo(f"released v{plan.version}: git push --follow-tags to publish the tag")
    return plan


def _validate(published: Path) -> None:
    from .errors import BackchannelError
    from .runner import validate_folder

    try:
        failures = validate_folder(published)
    except BackchannelError as e:
        raise ReleaseError(f"validation could not run: {e}") from None
    if failures:
        raise ReleaseError("backchannel validate failed:\n  " + "\n  ".join(f.describe() for f in failures[:20]))
