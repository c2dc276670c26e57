"""Stage-boundary guard, atomic folder writes, and the user-facing CLI commands."""

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.contract import coerce, empty_frame
from pipeline.errors import ValidationFailed
from pipeline.io import read_dir, write_dir


def docs_frame():
    return coerce(pd.DataFrame([{"doc_id": "a", "file": "a.txt", "sha256": "0" * 64, "lang": "ar", "title": None, "publisher": None, "url": None,
                                 "publication_date": pd.NaT, "publication_date_source": "unknown", "n_chars": 3}]), "documents")


def test_write_dir_round_trip(tmp_path):
    write_dir({"documents": docs_frame(), "events": empty_frame("events")}, tmp_path / "out")
    back = read_dir(tmp_path / "out", ["documents", "events"])
    assert list(back["documents"]["doc_id"]) == ["a"] and back["events"].empty


def test_guard_stops_a_table_of_the_wrong_shape_and_keeps_the_old_output(tmp_path):
    out = tmp_path / "out"
    write_dir({"documents": docs_frame()}, out)
    before = (out / "documents.parquet").read_bytes()
    broken = docs_frame().assign(n_chars=["three"])  # wrong type: a shape failure, not a row failure
    with pytest.raises(ValidationFailed, match="n_chars"):
        write_dir({"documents": broken}, out)
    assert (out / "documents.parquet").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_dates_cli_json_has_exactly_the_documented_keys():
    r = CliRunner().invoke(app, ["dates", "۷ مرداد ۹۷ و 10 يناير 2024", "--json"])
    assert r.exit_code == 0, r.output
    found = json.loads(r.output)
    assert [f["date_start"] for f in found] == ["2018-07-29", "2024-01-10"]
    for f in found:
        assert set(f) == {"text", "start_char", "end_char", "date_start", "date_end", "date_precision", "calendar", "edtf", "reason"}


def test_dates_cli_relative_needs_publication_date():
    r = CliRunner().invoke(app, ["dates", "التقى الوفدان الشهر الماضي", "--published", "2024-06-14", "--json"])
    assert json.loads(r.output)[0]["date_start"] == "2024-05-01"
    r = CliRunner().invoke(app, ["dates", "x", "--published", "14/06/2024"])
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.output


def test_every_command_has_help_with_an_example():
    for cmd in ["build", "extract", "validate", "show", "dates", "evaluate", "docs", "review", "fix", "check", "release"]:
        r = CliRunner().invoke(app, [cmd, "--help"])
        assert r.exit_code == 0, cmd
        assert "backchannel" in r.output and "xample" in r.output, cmd


def test_version():
    r = CliRunner().invoke(app, ["--version"])
    assert r.exit_code == 0 and r.output.startswith("backchannel ")


def test_extract_on_a_researchers_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text("أجرت إيران والولايات المتحدة محادثات غير مباشرة في مسقط يوم 10 يناير 2024 بوساطة عمانية.", encoding="utf-8")
    (corpus / "two.txt").write_text("دیدار محرمانه ایران و آمریکا در ژنو در سال ۲۰۰۳ برگزار شد.", encoding="utf-8")
    r = CliRunner().invoke(app, ["extract", str(corpus), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    t = read_dir(tmp_path / "out", ["documents", "events", "mentions", "participants", "mediators", "actors"])
    assert list(t["documents"]["lang"]) == ["ar", "fa"]
    assert len(t["events"]) == 2
    ev = t["events"].sort_values("date_start").iloc[1]
    assert ev["location_city"] == "Muscat" and ev["format"] == "indirect" and list(ev["parties"]) == ["IRN", "USA"]
    for m in t["mentions"].itertuples():
        text = (corpus / ("one.txt" if m.doc_id == "one" else "two.txt")).read_text(encoding="utf-8")
        assert text[m.char_start:m.char_end] == m.quote


def test_show_unknown_event_is_a_clear_error(tmp_path):
    write_dir({n: empty_frame(n) for n in ["events", "participants", "mediators", "mentions"]}, tmp_path)
    r = CliRunner().invoke(app, ["show", "ev_000000000000", "--data-dir", str(tmp_path)])
    assert r.exit_code == 2 and "no event" in r.output
