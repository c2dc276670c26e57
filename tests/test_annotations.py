"""Annotation records: models, JSON Schema, and every loading error (file and line in the message)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import jsonschema
import pytest
import yaml

from pipeline.annotations import (
    RECORD_ADAPTER, AnnotationFile, annotations_doc_schema, annotations_doc_schema_json, jsonable, load_file, load_records, read_texts,
)
from pipeline.errors import BackchannelError

from test_correct import E1, Q1, TEXTS, rec, write

ROOT = Path(__file__).resolve().parent.parent


def _err(d: Path, body: str, name="a.yaml", raw=False) -> str:
    if raw:
        d.mkdir(parents=True, exist_ok=True)
        (d / name).write_text(body, encoding="utf-8")
    else:
        write(d, name, body)
    with pytest.raises(BackchannelError) as ei:
        load_records(d, TEXTS)
    msg = str(ei.value)
    assert name in msg and "line " in msg, msg
    assert "fix:" in msg
    return msg


def test_valid_file_loads_sorted(tmp_path):
    write(tmp_path, "b.yaml", rec("confirm", f"{{event_id: {E1}}}"))
    write(tmp_path, "a.yaml", rec("confirm", f"{{event_id: {E1}}}") + rec("reject", f"{{event_id: {E1}}}"))
    recs = load_records(tmp_path, TEXTS)
    assert [r.record_id for r in recs] == ["a.yaml#1", "a.yaml#2", "b.yaml#1"]
    assert [r.line for r in recs] == [4, 9, 4]
    assert recs[0].body.annotator == "tester"  # file default


def test_unknown_field(tmp_path):
    msg = _err(tmp_path, rec("confirm", f"{{event_id: {E1}}}", colour="red"))
    assert "unknown field `colour`" in msg and "line 4" in msg


def test_unknown_nested_field_names_its_line(tmp_path):
    msg = _err(tmp_path, rec("set", f"{{event_id: {E1}}}", set="\n    secrecy: secret\n    secrcy: public"))
    assert "unknown field `set.secrcy`" in msg and "(line 8)" in msg


def test_unknown_action(tmp_path):
    msg = _err(tmp_path, rec("approve", f"{{event_id: {E1}}}"))
    assert "unknown action" in msg and "confirm" in msg


def test_wrong_type(tmp_path):
    msg = _err(tmp_path, rec("set", f"{{event_id: {E1}}}", set="{secrecy: very}"))
    assert "`set.secrecy`" in msg and "'very'" in msg
    msg = _err(tmp_path / "2", rec("set", f"{{event_id: {E1}}}", set="{parties: [XXX]}"))
    assert "ISO 3166-1" in msg
    msg = _err(tmp_path / "3", rec("set", f"{{event_id: {E1}}}", set="{date_start: 2025-13-40}"))
    assert "2025-13-40" in msg and "line 6" in msg


def test_missing_field(tmp_path):
    body = f"- action: confirm\n  target: {{event_id: {E1}}}\n  evidence: {{doc_id: d1, quote: '{Q1}'}}\n  date: 2025-06-01\n"
    msg = _err(tmp_path, body)
    assert "missing field `reason`" in msg


def test_missing_quote(tmp_path):
    body = f"- action: confirm\n  target: {{event_id: {E1}}}\n  reason: r\n  evidence: {{doc_id: d1}}\n  date: 2025-06-01\n"
    msg = _err(tmp_path, body)
    assert "missing field `evidence.quote`" in msg


def test_quote_not_in_document(tmp_path):
    msg = _err(tmp_path, rec("confirm", f"{{event_id: {E1}}}", ev_quote="Araghchi met Witkoff in Doha"))
    assert "is not in document d1" in msg and "line 4" in msg


def test_unknown_document(tmp_path):
    msg = _err(tmp_path, rec("confirm", f"{{event_id: {E1}}}", doc="nope"))
    assert "no document 'nope'" in msg


def test_ambiguous_anchor_and_prefix(tmp_path):
    msg = _err(tmp_path, rec("confirm", "{doc_id: d1, quote: 'Araghchi met Witkoff'}"))
    assert "occurs 2 times" in msg
    write(tmp_path / "ok", "a.yaml", rec("confirm", "{doc_id: d1, quote: 'Araghchi met Witkoff', suffix: ' again'}"))
    assert load_records(tmp_path / "ok", TEXTS)[0].body.target.suffix == " again"


def test_name_must_be_in_evidence(tmp_path):
    msg = _err(tmp_path, rec("add_participant", f"{{event_id: {E1}}}", participant="{actor_id: 'person:x', name_original: Zarif, side: IRN}"))
    assert "does not occur in the evidence" in msg


def test_yaml_syntax_error(tmp_path):
    msg = _err(tmp_path, "records:\n  - action: confirm\n    reason: [unclosed\n  - x: y\n", raw=True)
    assert "YAML syntax error" in msg and "line " in msg


def test_duplicate_key(tmp_path):
    msg = _err(tmp_path, rec("confirm", f"{{event_id: {E1}}}", reason="twice"))
    assert "appears twice" in msg


def test_no_annotator(tmp_path):
    (tmp_path / "a.yaml").write_text("records:\n" + textwrap.indent(rec("confirm", f"{{event_id: {E1}}}"), "  "), encoding="utf-8")
    with pytest.raises(BackchannelError) as ei:
        load_records(tmp_path, TEXTS)
    assert "no annotator" in str(ei.value) and "line 2" in str(ei.value)


def test_all_errors_reported_at_once(tmp_path):
    write(tmp_path, "a.yaml", rec("confirm", f"{{event_id: {E1}}}", colour="red") + rec("confirm", f"{{event_id: {E1}}}", ev_quote="zzz"))
    with pytest.raises(BackchannelError) as ei:
        load_records(tmp_path, TEXTS)
    assert "line 4" in str(ei.value) and "line 10" in str(ei.value) and "2 errors" in str(ei.value)


def test_empty_and_missing_dir(tmp_path):
    assert load_records(tmp_path / "none", TEXTS) == []
    (tmp_path / "e.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert load_records(tmp_path, TEXTS) == []


# ----------------------------------------------------------------------------- JSON Schema


def test_schema_file_is_generated():
    assert (ROOT / "schemas" / "annotation.schema.json").read_text(encoding="utf-8") == annotations_doc_schema_json()
    assert annotations_doc_schema_json() == annotations_doc_schema_json()
    jsonschema.Draft202012Validator.check_schema(annotations_doc_schema())


def test_schema_and_model_agree_on_examples(tmp_path):
    v = jsonschema.Draft202012Validator(annotations_doc_schema())
    write(tmp_path, "a.yaml", rec("set", f"{{event_id: {E1}}}", set="{secrecy: secret}", expect="{secrecy: unknown}"))
    data = yaml.safe_load((tmp_path / "a.yaml").read_text(encoding="utf-8"))
    assert not list(v.iter_errors(jsonable(data)))
    AnnotationFile.model_validate(data)
    bad = json.loads(json.dumps(jsonable(data)))
    bad["records"][0]["colour"] = "red"
    assert list(v.iter_errors(bad))
    with pytest.raises(Exception):
        AnnotationFile.model_validate(bad)


def _repo_files():
    return sorted((ROOT / "annotations").glob("*.yaml"))


@pytest.mark.parametrize("path", _repo_files(), ids=lambda p: p.name)
def test_repo_annotation_files_validate(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {"records": []}
    jsonschema.validate(jsonable(data), annotations_doc_schema())
    AnnotationFile.model_validate(data)
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../schemas/annotation.schema.json")
    texts = read_texts(ROOT / "seeds") if (ROOT / "seeds").is_dir() else None
    load_file(path, texts)


def test_every_action_has_a_model():
    from pipeline.annotations import _vocab

    for a in _vocab("correction_action"):
        schema = RECORD_ADAPTER.json_schema()
        assert a in json.dumps(schema)
