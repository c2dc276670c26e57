"""Releases: the diff table, versions, the release procedure and distribution through a DVC remote."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest
import yaml

from pipeline.contract import empty_frame, load_contract, read_table, write_table
from pipeline.release import bump, diff_events, schema_changes, schema_snapshot, set_param
from test_metadata import A, B, tiny_tables

C = "ev_cccccccccccc"
ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent


def log_rows(*rows: dict) -> pd.DataFrame:
    cols = load_contract().table("corrections_log").column_names
    base = {"record_id": "a.yaml#0", "field": "*", "before": None, "after": None, "annotator": "t"}
    return pd.DataFrame([{**base, **r} for r in rows], columns=cols)


# ----------------------------------------------------------------------------- pure functions


def test_diff_add_update_delete_merge_and_tombstones() -> None:
    old = tiny_tables(3)["events"]
    new = tiny_tables(3, date_b="2021-04-08")["events"]
    new = new[new["event_id"] != C].copy()  # C merged into A
    new.loc[new["event_id"] == A, "n_mentions"] = 2
    d = new.iloc[[0]].assign(event_id="ev_dddddddddddd")
    new = pd.concat([new, d], ignore_index=True)
    log = log_rows(
        {"action": "set", "target": B, "field": "date_start", "reason": "the source says 8 April"},
        {"action": "merge", "target": C, "after": json.dumps(A), "reason": "same meeting"},
    )
    ch = diff_events(old, new, log, "0.1.0", "0.2.0")
    rows = {r["event_id"]: r for r in ch.to_dict(orient="records")}
    assert set(rows) == {A, B, C, "ev_dddddddddddd"}
    assert rows["ev_dddddddddddd"]["change"] == "added"
    assert rows[B]["change"] == "updated" and list(rows[B]["fields_changed"]) == ["date_edtf", "date_end", "date_start"]
    assert rows[B]["reason"] == "the source says 8 April"
    assert rows[A]["change"] == "updated" and list(rows[A]["fields_changed"]) == ["n_mentions"]
    assert rows[A]["reason"] == "same meeting"  # the merge record touched A too
    assert rows[C]["change"] == "merged" and rows[C]["merged_into"] == A
    assert {r["from_version"] for r in rows.values()} == {"0.1.0"} and {r["to_version"] for r in rows.values()} == {"0.2.0"}

    # next release: nothing new for C, but its tombstone is carried forward; a deletion is detected
    newer = new[new["event_id"] != "ev_dddddddddddd"]
    ch2 = diff_events(new, newer, log, "0.2.0", "0.3.0", old_log=log, previous_changes=ch)
    cur = ch2[ch2["to_version"] == "0.3.0"]
    assert cur[["event_id", "change"]].values.tolist() == [["ev_dddddddddddd", "deleted"]]
    assert cur["reason"].isna().all()  # old corrections are not blamed again
    carried = ch2[(ch2["event_id"] == C)]
    assert carried["change"].tolist() == ["merged"] and carried["to_version"].tolist() == ["0.2.0"]
    # rebuilding the same release is idempotent
    assert diff_events(new, newer, log, "0.2.0", "0.3.0", old_log=log, previous_changes=ch2).equals(ch2)


def test_diff_first_release_and_merge_from_registry(tmp_path: Path) -> None:
    ev = tiny_tables(2)["events"]
    first = diff_events(None, ev, None, None, "0.1.0")
    assert first["change"].tolist() == ["added", "added"] and first["from_version"].isna().all()
    reg = pd.DataFrame([{"event_id": B, "doc_id": "d2", "char_start": 0, "char_end": 1, "quote_sha1": "x", "status": "merged", "merged_into": A, "first_version": "0.1.0"}])
    ch = diff_events(ev, ev[ev["event_id"] == A], empty_frame("corrections_log"), "0.1.0", "0.1.1", registry=reg)
    assert ch[["event_id", "change", "merged_into"]].values.tolist() == [[B, "merged", A]]
    # the changes table satisfies the contract
    write_table(ch, tmp_path / "changes.parquet", "changes")
    assert read_table(tmp_path / "changes.parquet", "changes")["merged_into"].tolist() == [A]


def test_versions_and_schema_levels() -> None:
    assert bump("0.1.0", "patch") == "0.1.1" and bump("0.1.9", "minor") == "0.2.0" and bump("1.4.2", "major") == "2.0.0"
    s = schema_snapshot()
    assert schema_changes(s, s) == (None, [])
    renamed = json.loads(json.dumps(s))
    renamed["events"]["columns"]["outcome_x"] = renamed["events"]["columns"].pop("outcome")
    level, why = schema_changes(s, renamed)
    assert level == "major" and any("outcome removed" in w for w in why)
    retyped = json.loads(json.dumps(s))
    retyped["events"]["columns"]["n_mentions"]["type"] = "float"
    assert schema_changes(s, retyped)[0] == "major"
    added = json.loads(json.dumps(s))
    added["events"]["columns"]["extra"] = {"type": "string", "nullable": True, "allowed": None, "description": "x"}
    assert schema_changes(s, added)[0] == "minor"


def test_set_param_keeps_comments() -> None:
    text = "# head\nversion: 0.1.0          # dataset version\npaths:\n  x: y\n"
    out = set_param(text, "version", "0.10.0")
    assert out == "# head\nversion: 0.10.0         # dataset version\npaths:\n  x: y\n"
    out = set_param(out, "release_date", "2025-01-02", after="version")
    assert out.splitlines()[2] == "release_date: 2025-01-02"
    assert yaml.safe_load(set_param(out, "release_date", "2025-02-03", after="version"))["release_date"].isoformat() == "2025-02-03"


# ----------------------------------------------------------------------------- git + dvc helpers


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), str(ROOT), env.get("PYTHONPATH", "")])
    env.update({"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org", "DVC_NO_ANALYTICS": "1"})
    return env


def sh(cwd: Path, *cmd: str) -> str:
    p = subprocess.run(list(cmd), cwd=cwd, env=_env(), capture_output=True, text=True)
    assert p.returncode == 0, f"{' '.join(cmd)} failed:\n{p.stdout}\n{p.stderr}"
    return p.stdout


def dvc(cwd: Path, *args: str) -> str:
    return sh(cwd, sys.executable, "-m", "dvc", *args)


def init_repo(path: Path, storage: Path) -> None:
    path.mkdir(parents=True)
    sh(path, "git", "init", "-q", "-b", "main")
    dvc(path, "init", "-q")
    dvc(path, "config", "core.autostage", "true")
    # a local remote next to the repository, stored relative to .dvc/config so every sibling clone finds it
    dvc(path, "remote", "add", "-d", "local", os.path.relpath(storage, path))


@pytest.mark.e2e
def test_distribution_through_a_local_remote(tmp_path: Path) -> None:
    origin, storage = tmp_path / "origin", tmp_path / "dvc-storage"
    init_repo(origin, storage)
    (origin / "make.py").write_text(
        "import sys; sys.path.insert(0, %r)\n" % str(ROOT)
        + "from pathlib import Path\nfrom pipeline.contract import write_table\nfrom test_metadata import tiny_tables\n"
        "for n, df in tiny_tables().items():\n    write_table(df, Path('data/published') / f'{n}.parquet', n)\n"
    )
    (origin / "dvc.yaml").write_text("stages:\n  publish:\n    cmd: python make.py\n    deps: [make.py]\n    outs: [data/published]\n")
    dvc(origin, "repro", "-q")
    sh(origin, "git", "add", "-A")
    sh(origin, "git", "commit", "-q", "-m", "data")
    sh(origin, "git", "tag", "v0.1.0")
    dvc(origin, "push", "-q")
    assert (storage / "files" / "md5").is_dir()
    clone = tmp_path / "clone"
    sh(tmp_path, "git", "clone", "-q", str(origin), str(clone))
    assert not (clone / "data" / "published").exists()
    out = tmp_path / "got"
    dvc(tmp_path, "get", "--rev", "v0.1.0", str(clone), "data/published", "-o", str(out))
    ev = pd.read_parquet(out / "events.parquet")
    assert sorted(ev["event_id"]) == [A, B]
    assert read_table(out / "mentions.parquet", "mentions")["event_id"].tolist() == [A, B]
    # dvc get fails if the data were never pushed (no silent fallback to a working tree)
    shutil.rmtree(storage)
    p = subprocess.run([sys.executable, "-m", "dvc", "get", "--rev", "v0.1.0", str(clone), "data/published", "-o", str(tmp_path / "again")], cwd=tmp_path, env=_env(), capture_output=True, text=True)
    assert p.returncode != 0


BUILD = '''\
"""Tiny stand-in for the pipeline: fixture tables + the corrections in corrections.yaml."""
import sys
from pathlib import Path

import pandas as pd
import yaml

sys.path.insert(0, {root!r})
sys.path.insert(0, {tests!r})
from pipeline.contract import load_contract, write_table
from test_metadata import B, tiny_tables

C = "ev_cccccccccccc"
corr = yaml.safe_load(Path("corrections.yaml").read_text()) or {{}}
t = tiny_tables(3, date_b=corr.get("b_date", "2021-04-06"), reason=corr.get("b_reason"))
log = t["corrections_log"]
if corr.get("reject_c"):
    t["events"] = t["events"][t["events"]["event_id"] != C]
    t["mentions"] = t["mentions"][t["mentions"]["event_id"] != C]
    row = {{"record_id": "a.yaml#1", "action": "reject", "target": C, "field": "*", "before": None, "after": None, "reason": corr["reject_c"], "annotator": "t"}}
    log = pd.concat([log, pd.DataFrame([row])], ignore_index=True)
t["corrections_log"] = log
for n, df in t.items():
    write_table(df, Path("data/published") / f"{{n}}.parquet", n)
'''


@pytest.mark.e2e
def test_two_releases_end_to_end(tmp_path: Path) -> None:
    from pipeline.release import release

    repo, storage = tmp_path / "repo", tmp_path / "dvc-storage"
    init_repo(repo, storage)
    (repo / "build.py").write_text(BUILD.format(root=str(ROOT), tests=str(TESTS)))
    (repo / "corrections.yaml").write_text("{}\n")
    (repo / "params.yaml").write_text("# dataset\nversion: 0.1.0          # semver\nrelease_date: unreleased\npaths:\n  published: data/published\n")
    (repo / "registry").mkdir()
    (repo / "registry" / "event_ids.csv").write_text("event_id,doc_id,char_start,char_end,quote_sha1,status,merged_into,first_version\n")
    (repo / "releases").mkdir()
    (repo / "releases" / "README.md").write_text("release snapshots\n")
    (repo / "dvc.yaml").write_text(
        textwrap.dedent(
            """\
            stages:
              publish:
                cmd: python build.py && backchannel metadata --published ${paths.published}
                params: [version, release_date]
                deps: [build.py, corrections.yaml, registry/event_ids.csv, releases]
                outs: [data/published]
            """
        )
    )
    (repo / ".gitignore").write_text("/data/\n")
    sh(repo, "git", "add", "-A")
    sh(repo, "git", "commit", "-q", "-m", "init")

    (repo / "stray.txt").write_text("x")
    with pytest.raises(Exception, match="stray.txt"):
        release(repo, None, date="2025-01-01", echo=lambda s: None)
    (repo / "stray.txt").unlink()

    p1 = release(repo, None, date="2025-01-01", echo=lambda s: None)
    assert p1.version == "0.1.0" and p1.previous is None
    assert sh(repo, "git", "status", "--porcelain").strip() == ""
    assert "v0.1.0" in sh(repo, "git", "tag")
    params = yaml.safe_load((repo / "params.yaml").read_text())
    assert params["version"] == "0.1.0" and str(params["release_date"]) == "2025-01-01"
    assert "# semver" in (repo / "params.yaml").read_text()

    # a correction: B's date fixed, C rejected -> patch
    (repo / "corrections.yaml").write_text("b_date: '2021-04-08'\nb_reason: the source says 8 April\nreject_c: not a contact\n")
    sh(repo, "git", "commit", "-q", "-am", "corrections")
    dry = release(repo, None, dry_run=True, date="2025-02-01", echo=lambda s: None)
    assert dry.version == "0.1.1" and sh(repo, "git", "status", "--porcelain").strip() == ""
    p2 = release(repo, None, date="2025-02-01", echo=lambda s: None)
    assert (p2.version, p2.previous, p2.level) == ("0.1.1", "0.1.0", "patch")
    assert sh(repo, "git", "status", "--porcelain").strip() == ""

    ch = read_table(repo / "data" / "published" / "changes.parquet", "changes")
    v2 = {r["event_id"]: r for r in ch[ch["to_version"] == "0.1.1"].to_dict(orient="records")}
    assert set(v2) == {B, C}
    assert v2[B]["change"] == "updated" and v2[B]["reason"] == "the source says 8 April"
    assert list(v2[B]["fields_changed"]) == ["date_edtf", "date_end", "date_start", "verified"]
    assert v2[C]["change"] == "deleted" and v2[C]["reason"] == "not a contact" and v2[C]["from_version"] == "0.1.0"
    assert sorted(ch[ch["to_version"] == "0.1.0"]["event_id"]) == [A, B, C]  # history kept
    reg = pd.read_csv(repo / "registry" / "event_ids.csv", keep_default_na=False)
    assert reg.set_index("event_id").loc[C, "status"] == "deleted"
    log = (repo / "CHANGELOG.md").read_text()
    assert log.index("## 0.1.1 - 2025-02-01") < log.index("## 0.1.0 - 2025-01-01")
    assert f"- `{C}` deleted (not a contact)" in log and "1 updated, 1 deleted" in log
    man = json.loads((repo / "releases" / "0.1.1" / "manifest.json").read_text())
    assert man["previous"] == "0.1.0" and man["files"]["events.parquet"]["sha256"]
    pkg = json.loads((repo / "data" / "published" / "datapackage.json").read_text())
    assert pkg["version"] == "0.1.1"
    assert yaml.safe_load((repo / "CITATION.cff").read_text())["version"] == "0.1.1"

    # nothing changed since: a release is refused
    with pytest.raises(Exception, match="nothing changed"):
        release(repo, None, date="2025-03-01", echo=lambda s: None)
