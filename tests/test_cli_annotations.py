"""backchannel review / fix / check."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import yaml
from typer.testing import CliRunner

from pipeline.annotations import load_file
from pipeline.cli import app
from pipeline.io import write_dir

from test_correct import E1, Q1, TEXTS, make_tables, rec, write

runner = CliRunner()


def corpus(tmp_path: Path) -> Path:
    c = tmp_path / "corpus"
    c.mkdir()
    for k, v in TEXTS.items():
        (c / f"{k}.txt").write_text(v, encoding="utf-8")
    return c


def test_help_has_examples():
    for cmd in ("review", "fix", "check"):
        r = runner.invoke(app, [cmd, "--help"])
        assert r.exit_code == 0 and "Example" in r.output, cmd


def test_fix_appends_valid_records(tmp_path):
    c = corpus(tmp_path)
    f = tmp_path / "annotations" / "d1.yaml"
    r = runner.invoke(app, ["fix", E1, "--set", "secrecy=secret", "--set", "parties=USA,IRN", "--expect", "secrecy=unknown",
                            "--reason", "said so", "--quote", Q1, "--annotator", "alice", "--file", str(f), "--corpus", str(c)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["fix", "Witkoff in Muscat", "--doc", "d1", "--add-participant", "person:steve-witkoff", "--name", "Witkoff",
                            "--side", "USA", "--reason", "named", "--quote", Q1, "--file", str(f), "--corpus", str(c), "--annotator", "alice"])
    assert r.exit_code == 0, r.output
    text = f.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/annotation.schema.json\n")
    recs = load_file(f, TEXTS)
    assert [x.action for x in recs] == ["set", "add_participant"]
    assert recs[0].body.set.parties == ["IRN", "USA"] and recs[1].body.target.quote == "Witkoff in Muscat"
    yaml.safe_load(text)


def test_fix_refuses_bad_quote_and_leaves_file(tmp_path):
    c = corpus(tmp_path)
    f = tmp_path / "a.yaml"
    r = runner.invoke(app, ["fix", E1, "--confirm", "--reason", "r", "--quote", "not in it", "--doc", "d1", "--annotator", "a", "--file", str(f), "--corpus", str(c)])
    assert r.exit_code == 2 and "not in document d1" in r.output and "line 3" in r.output
    assert not f.exists()


def test_fix_refuses_bad_value(tmp_path):
    c = corpus(tmp_path)
    r = runner.invoke(app, ["fix", E1, "--set", "secrecy=maybe", "--reason", "r", "--quote", Q1, "--annotator", "a", "--file", str(tmp_path / "a.yaml"), "--corpus", str(c)])
    assert r.exit_code == 2 and "set.secrecy" in r.output


def test_check_ok_and_error(tmp_path):
    c = corpus(tmp_path)
    write(tmp_path / "ann", "a.yaml", rec("confirm", f"{{event_id: {E1}}}"))
    r = runner.invoke(app, ["check", str(tmp_path / "ann"), "--corpus", str(c)])
    assert r.exit_code == 0 and "1 record(s)" in r.output
    write(tmp_path / "bad", "b.yaml", rec("confirm", f"{{event_id: {E1}}}", ev_quote="nope nope"))
    r = runner.invoke(app, ["check", str(tmp_path / "bad"), "--corpus", str(c)])
    assert r.exit_code == 2 and "b.yaml:line 4" in r.output


def test_check_is_light(tmp_path):
    # (light: the check never imports pandera; how fast it is belongs to a benchmark, not to a timed assertion here)
    c = corpus(tmp_path)
    write(tmp_path / "ann", "a.yaml", rec("confirm", f"{{event_id: {E1}}}"))
    code = (
        "import sys\n"
        "from pipeline.cli import app\n"
        "from typer.testing import CliRunner\n"
        f"r=CliRunner().invoke(app, ['check', {str(tmp_path / 'ann')!r}, '--corpus', {str(c)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "print('pandera' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "False"  # pandera never imported on this path


def test_review_lists_events(tmp_path):
    c = corpus(tmp_path)
    data = tmp_path / "data"
    write_dir(make_tables(), data)
    r = runner.invoke(app, ["review", "d1", "--data", str(data), "--corpus", str(c)])
    assert r.exit_code == 0, r.output
    assert f"## {E1}" in r.output and f"«{Q1}»" in r.output and "d1[" in r.output
    assert "OMN (Oman)" in r.output and f"backchannel fix {E1}" in r.output
