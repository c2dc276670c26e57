"""apply_corrections: every action, conflicts, guards, purity, order independence."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.annotations import load_records
from pipeline.contract import coerce, load_contract, pandera_schema
from pipeline.correct import apply_corrections
from pipeline.errors import BackchannelError
from pipeline.extract.base import _digest, event_id_for

# ----------------------------------------------------------------------------- tiny world

D1 = (
    "Omani sources said that Araghchi met Witkoff in Muscat on 12 April 2025. "
    "Later, Qatar carried messages between Tehran and Washington. "
    "Araghchi met Witkoff again in May 2025."
)
D2 = "The Muscat meeting of 12 April 2025 between Iran and the United States was held in secret. Oman hosted it."
TEXTS = {"d1": D1, "d2": D2}

Q1 = "Araghchi met Witkoff in Muscat on 12 April 2025"
Q2 = "Qatar carried messages between Tehran and Washington"
Q3 = "Araghchi met Witkoff again in May 2025"
Q4 = "The Muscat meeting of 12 April 2025 between Iran and the United States was held in secret"


def eid(doc, quote):
    return event_id_for(SimpleNamespace(doc_id=doc, quote=quote))


E1, E2, E3 = eid("d1", Q1), eid("d1", Q2), eid("d1", Q3)


def _mention(doc, quote, ev, rule="cue:met", why=None):
    s = TEXTS[doc].index(quote)
    return {"mention_id": "mn_" + _digest(f"{doc}|{s}|{s + len(quote)}|{quote}"), "event_id": ev, "doc_id": doc, "char_start": s,
            "char_end": s + len(quote), "quote": quote, "date_text": None, "date_calendar": None, "rule": rule, "confidence": 0.7, "merge_reason": why}


def _event(ev, **kw):
    base = {"event_id": ev, "event_type": "meeting", "format": "direct", "secrecy": "unknown", "certainty": "reported",
            "date_start": dt.date(2025, 4, 12), "date_end": dt.date(2025, 4, 12), "date_precision": "day", "date_edtf": "2025-04-12",
            "location_city": "Muscat", "location_country": "OMN", "parties": ["IRN", "USA"], "topics": ["nuclear"], "outcome": "unknown",
            "summary": "x", "n_mentions": 1, "n_documents": 1, "confidence": 0.7, "verified": False}
    base.update(kw)
    return base


def make_tables():
    M = [_mention("d1", Q1, E1), _mention("d2", Q4, E1, why="dates overlap"), _mention("d1", Q2, E2), _mention("d1", Q3, E3)]
    ev = [
        _event(E1, n_mentions=2, n_documents=2),
        _event(E2, event_type="message_exchange", format="indirect", location_city=None, location_country=None, topics=[]),
        _event(E3, date_start=dt.date(2025, 5, 1), date_end=dt.date(2025, 5, 31), date_precision="month", date_edtf="2025-05", location_city=None, location_country=None),
    ]
    actors = [
        {"actor_id": a, "kind": "state", "name_en": n, "names_ar": [], "names_fa": [], "country": a, "wikidata_id": None}
        for a, n in [("IRN", "Iran"), ("USA", "United States"), ("OMN", "Oman"), ("QAT", "Qatar")]
    ] + [
        {"actor_id": "person:abbas-araghchi", "kind": "person", "name_en": "Abbas Araghchi", "names_ar": [], "names_fa": [], "country": "IRN", "wikidata_id": None},
        {"actor_id": "person:steve-witkoff", "kind": "person", "name_en": "Steve Witkoff", "names_ar": [], "names_fa": [], "country": "USA", "wikidata_id": None},
    ]
    parts = [{"event_id": E1, "actor_id": "person:abbas-araghchi", "name": "Abbas Araghchi", "name_original": "Araghchi", "kind": "person",
              "country": "IRN", "role": None, "side": "IRN", "mention_id": M[0]["mention_id"]}]
    meds = [
        {"event_id": E1, "actor_id": "OMN", "name": "Oman", "name_original": "Muscat", "kind": "state", "country": "OMN", "mediation_role": "host", "mention_id": M[0]["mention_id"]},
        {"event_id": E2, "actor_id": "QAT", "name": "Qatar", "name_original": "Qatar", "kind": "state", "country": "QAT", "mediation_role": "message_carrier", "mention_id": M[2]["mention_id"]},
    ]
    c = load_contract()
    return {
        "events": coerce(pd.DataFrame(ev, columns=c.table("events").column_names), "events"),
        "mentions": coerce(pd.DataFrame(M, columns=c.table("mentions").column_names), "mentions"),
        "participants": coerce(pd.DataFrame(parts, columns=c.table("participants").column_names), "participants"),
        "mediators": coerce(pd.DataFrame(meds, columns=c.table("mediators").column_names), "mediators"),
        "actors": coerce(pd.DataFrame(actors, columns=c.table("actors").column_names), "actors"),
    }


HEADER = "# yaml-language-server: $schema=../schemas/annotation.schema.json\nannotator: tester\nrecords:\n"


def write(d: Path, name: str, body: str) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    p = d / name
    p.write_text(HEADER + textwrap.indent(textwrap.dedent(body).strip("\n"), "  ") + "\n", encoding="utf-8")
    return p


def rec(action: str, target: str | None = None, ev_quote: str = Q1, doc: str = "d1", **extra) -> str:
    """One record as YAML text (list item)."""
    lines = [f"- action: {action}"]
    if target:
        lines.append(f"  target: {target}")
    for k, v in extra.items():
        lines.append(f"  {k}: {v}")
    lines += ["  reason: test", f"  evidence: {{doc_id: {doc}, quote: '{ev_quote}'}}", "  date: 2025-06-01"]
    return "\n".join(lines) + "\n"


def run(tmp_path: Path, *bodies: str, tables=None, name="a.yaml"):
    write(tmp_path / "ann", name, "".join(bodies))
    records = load_records(tmp_path / "ann", TEXTS)
    return apply_corrections(tables or make_tables(), records, TEXTS)


def valid(tables, log):
    for name in ("events", "mentions", "participants", "mediators", "actors"):
        pandera_schema(name).validate(tables[name])
    pandera_schema("corrections_log").validate(log)
    ev = set(tables["events"]["event_id"])
    for name in ("mentions", "participants", "mediators"):
        assert set(tables[name]["event_id"]) <= ev, name
    assert set(tables["participants"]["mention_id"]) <= set(tables["mentions"]["mention_id"])
    assert set(tables["mediators"]["mention_id"]) <= set(tables["mentions"]["mention_id"])
    for r in tables["mentions"].itertuples():
        assert TEXTS[r.doc_id][r.char_start:r.char_end] == r.quote
    counts = tables["mentions"].groupby("event_id").size()
    for r in tables["events"].itertuples():
        assert r.n_mentions == counts[r.event_id]


def ev(tables, e):
    return tables["events"].set_index("event_id").loc[e]


# ----------------------------------------------------------------------------- actions


def test_no_records_is_identity(tmp_path):
    t = make_tables()
    out, log = apply_corrections(t, [], TEXTS)
    assert len(log) == 0
    pd.testing.assert_frame_equal(out["events"], t["events"])
    valid(out, log)


def test_confirm(tmp_path):
    out, log = run(tmp_path, rec("confirm", f"{{event_id: {E1}}}"))
    e = ev(out, E1)
    assert e.verified and e.confidence == 1.0
    assert e.summary.startswith("Iran and the United States directly met in Muscat via Oman")
    assert list(log["record_id"]) == ["a.yaml#1"] and log["field"][0] == "*"
    assert not ev(out, E2).verified
    valid(out, log)


def test_reject_removes_event_and_rows(tmp_path):
    out, log = run(tmp_path, rec("reject", f"{{event_id: {E1}}}"))
    assert E1 not in set(out["events"]["event_id"])
    assert E1 not in set(out["mentions"]["event_id"]) | set(out["participants"]["event_id"]) | set(out["mediators"]["event_id"])
    assert log["after"].isna().all() and json.loads(log["before"][0])["event_id"] == E1
    valid(out, log)


def test_set_with_anchor_target_and_derived_dates(tmp_path):
    out, log = run(
        tmp_path,
        rec("set", "{doc_id: d1, quote: 'Witkoff again'}", ev_quote=Q3, set="{date_start: 2025-05-03, date_precision: day, secrecy: secret, topics: [sanctions, nuclear]}"),
    )
    e = ev(out, E3)
    assert e.date_start.date() == dt.date(2025, 5, 3) and e.date_end.date() == dt.date(2025, 5, 3)
    assert e.date_edtf == "2025-05-03" and e.secrecy == "secret" and list(e.topics) == ["nuclear", "sanctions"]
    assert "in secret" in e.summary and "2025-05-03" in e.summary
    assert e.verified and e.confidence == 1.0
    assert set(log["field"]) == {"date_start", "date_precision", "secrecy", "topics", "date_end", "date_edtf"}
    row = log.set_index("field").loc["secrecy"]
    assert json.loads(row.before) == "unknown" and json.loads(row.after) == "secret"
    valid(out, log)


def test_set_month_precision_derives_end(tmp_path):
    out, log = run(tmp_path, rec("set", f"{{event_id: {E1}}}", set="{date_start: 2025-04-01, date_precision: month}"))
    e = ev(out, E1)
    assert e.date_end.date() == dt.date(2025, 4, 30) and e.date_edtf == "2025-04"


def test_add_and_remove_participant(tmp_path):
    out, log = run(
        tmp_path,
        rec("add_participant", f"{{event_id: {E1}}}", participant="{actor_id: 'person:steve-witkoff', name_original: Witkoff, role: Special Envoy, side: USA}"),
        rec("remove_participant", f"{{event_id: {E1}}}", participant="{actor_id: 'person:abbas-araghchi'}"),
    )
    p = out["participants"]
    assert list(p["actor_id"]) == ["person:steve-witkoff"]
    assert p["role"][0] == "Special Envoy" and p["name"][0] == "Steve Witkoff"
    # evidence Q1 is inside an existing mention of E1: no new mention
    assert len(out["mentions"]) == 4
    assert set(log["target"]) == {f"{E1}/person:steve-witkoff", f"{E1}/person:abbas-araghchi"}
    valid(out, log)


def test_participant_evidence_outside_mentions_adds_annotation_mention(tmp_path):
    out, log = run(
        tmp_path,
        rec("add_participant", f"{{event_id: {E2}}}", ev_quote="Omani sources said that Araghchi", participant="{actor_id: 'person:abbas-araghchi', name_original: Araghchi, side: IRN}"),
    )
    m = out["mentions"]
    new = m[m["rule"] == "annotation:a.yaml#1"]
    assert len(new) == 1 and new["char_start"].iloc[0] == 0 and new["quote"].iloc[0] == "Omani sources said that Araghchi"
    assert ev(out, E2).n_mentions == 2 and new["event_id"].iloc[0] == E2
    valid(out, log)


def test_add_and_remove_mediator(tmp_path):
    out, log = run(
        tmp_path,
        rec("add_mediator", f"{{event_id: {E2}}}", ev_quote=Q2, mediator="{actor_id: OMN, name_original: Tehran, mediation_role: facilitator}"),
        rec("remove_mediator", f"{{event_id: {E2}}}", ev_quote=Q2, mediator="{actor_id: QAT}"),
    )
    m = out["mediators"][out["mediators"]["event_id"] == E2]
    assert list(m["actor_id"]) == ["OMN"]
    assert "via Oman" in ev(out, E2).summary
    valid(out, log)


def test_add_event(tmp_path):
    q = "Oman hosted it"
    body = f"""\
    - action: add_event
      event: {{event_type: talks, format: indirect, date_start: 2025-04-12, date_precision: day, parties: [USA, IRN], topics: [nuclear]}}
      mentions:
        - {{doc_id: d2, quote: '{q}', date_text: null}}
      mediators:
        - {{actor_id: OMN, name_original: Oman, mediation_role: host}}
      reason: the machine missed it
      evidence: {{doc_id: d2, quote: '{q}'}}
      date: 2025-06-01
    """
    out, log = run(tmp_path, textwrap.dedent(body))
    new = eid("d2", q)
    e = ev(out, new)
    assert e.verified and e.n_mentions == 1 and list(e.parties) == ["IRN", "USA"] and e.date_edtf == "2025-04-12"
    m = out["mentions"][out["mentions"]["event_id"] == new]
    assert m["rule"].iloc[0] == "annotation:a.yaml#1" and D2[m["char_start"].iloc[0]:m["char_end"].iloc[0]] == q
    assert "via Oman" in e.summary
    assert log["before"].isna().all()
    valid(out, log)


def test_merge(tmp_path):
    body = f"""\
    - action: merge
      merge: {{into: {{event_id: {E1}}}, events: [{{doc_id: d1, quote: 'met Witkoff again'}}]}}
      reason: same meeting
      evidence: {{doc_id: d1, quote: '{Q3}'}}
      date: 2025-06-01
    """
    out, log = run(tmp_path, textwrap.dedent(body))
    assert E3 not in set(out["events"]["event_id"])
    e = ev(out, E1)
    assert e.n_mentions == 3 and e.n_documents == 2 and e.verified
    m = out["mentions"].set_index("quote").loc[Q3]
    assert m.event_id == E1 and m.merge_reason.startswith("merged by a.yaml#1")
    assert json.loads(log.set_index("target").loc[E3].after) == {"merged_into": E1}
    valid(out, log)


def test_split(tmp_path):
    body = f"""\
    - action: split
      target: {{event_id: {E1}}}
      split:
        mentions: ['held in secret']
        event: {{secrecy: secret, location_city: null}}
      reason: the d2 report is another meeting
      evidence: {{doc_id: d2, quote: '{Q4}'}}
      date: 2025-06-01
    """
    out, log = run(tmp_path, textwrap.dedent(body))
    new = eid("d2", Q4)
    assert ev(out, new).secrecy == "secret" and ev(out, new).location_city is None or pd.isna(ev(out, new).location_city)
    assert ev(out, new).n_mentions == 1 and ev(out, E1).n_mentions == 1 and ev(out, E1).n_documents == 1
    assert ev(out, E1).verified and ev(out, new).verified
    valid(out, log)


def test_split_by_mention_id(tmp_path):
    mid = make_tables()["mentions"].set_index("quote").loc[Q4].mention_id
    body = f"""\
    - action: split
      target: {{event_id: {E1}}}
      split: {{mentions: [{mid}]}}
      reason: other meeting
      evidence: {{doc_id: d2, quote: '{Q4}'}}
      date: 2025-06-01
    """
    out, log = run(tmp_path, textwrap.dedent(body))
    assert eid("d2", Q4) in set(out["events"]["event_id"])


# ----------------------------------------------------------------------------- errors


def _err(tmp_path, *bodies, tables=None) -> BackchannelError:
    with pytest.raises(BackchannelError) as ei:
        run(tmp_path, *bodies, tables=tables)
    msg = str(ei.value)
    assert "a.yaml" in msg and "line " in msg, msg
    return ei.value


def test_stale_target(tmp_path):
    e = _err(tmp_path, rec("confirm", "{event_id: ev_000000000000}"))
    assert "stale" in str(e) and e.place == "line 4"


def test_anchor_matching_no_event(tmp_path):
    e = _err(tmp_path, rec("confirm", "{doc_id: d1, quote: 'Omani sources'}"))
    assert "no event's mention overlaps" in str(e)


def test_expect_guard_fails(tmp_path):
    e = _err(tmp_path, rec("set", f"{{event_id: {E1}}}", set="{secrecy: secret}", expect="{secrecy: public}"))
    assert 'expected secrecy = "public", found "unknown"' in str(e) and "update `expect`" in str(e)


def test_expect_guard_passes(tmp_path):
    out, _ = run(tmp_path, rec("set", f"{{event_id: {E1}}}", set="{secrecy: secret}", expect="{secrecy: unknown, parties: [USA, IRN], date_start: 2025-04-12}"))
    assert ev(out, E1).secrecy == "secret"


def test_conflicting_sets(tmp_path):
    e = _err(tmp_path, rec("set", f"{{event_id: {E1}}}", set="{outcome: agreement}"), rec("set", "{doc_id: d2, quote: 'held in secret'}", ev_quote=Q4, doc="d2", set="{outcome: partial}"))
    assert "conflicts with record a.yaml#1" in str(e) and "line 10" in str(e)


def test_same_value_sets_do_not_conflict(tmp_path):
    out, log = run(tmp_path, rec("set", f"{{event_id: {E1}}}", set="{outcome: agreement}"), rec("set", f"{{event_id: {E1}}}", set="{outcome: agreement}"))
    assert ev(out, E1).outcome == "agreement" and len(log) == 2


def test_touching_rejected_event_conflicts(tmp_path):
    e = _err(tmp_path, rec("reject", f"{{event_id: {E1}}}"), rec("confirm", f"{{event_id: {E1}}}"))
    assert "rejected" in str(e)


def test_touching_merged_away_event_conflicts(tmp_path):
    body = f"""\
    - action: merge
      merge: {{into: {{event_id: {E1}}}, events: [{{event_id: {E3}}}]}}
      reason: same
      evidence: {{doc_id: d1, quote: '{Q3}'}}
      date: 2025-06-01
    """
    e = _err(tmp_path, textwrap.dedent(body), rec("set", f"{{event_id: {E3}}}", set="{outcome: partial}"))
    assert "merged away" in str(e)


def test_mediator_cannot_be_party(tmp_path):
    e = _err(tmp_path, rec("set", f"{{event_id: {E1}}}", set="{parties: [IRN, OMN, USA]}"))
    assert "both a party and a mediator" in str(e)


def test_unknown_actor(tmp_path):
    e = _err(tmp_path, rec("add_participant", f"{{event_id: {E1}}}", participant="{actor_id: 'person:nobody', name_original: Witkoff, side: USA}"))
    assert "pipeline/reference/actors.yaml" in str(e)


def test_remove_missing_participant(tmp_path):
    e = _err(tmp_path, rec("remove_participant", f"{{event_id: {E2}}}", participant="{actor_id: 'person:abbas-araghchi'}"))
    assert "not a participant" in str(e)


def test_add_event_that_exists(tmp_path):
    body = f"""\
    - action: add_event
      event: {{event_type: talks, date_start: 2025-04-12, date_precision: day, parties: [IRN, USA]}}
      mentions: [{{doc_id: d1, quote: '{Q1}'}}]
      reason: x
      evidence: {{doc_id: d1, quote: '{Q1}'}}
      date: 2025-06-01
    """
    e = _err(tmp_path, textwrap.dedent(body))
    assert "already exists" in str(e)


def test_no_partial_application_and_inputs_not_mutated(tmp_path):
    t = make_tables()
    snap = {k: v.copy(deep=True) for k, v in t.items()}
    with pytest.raises(BackchannelError):
        run(tmp_path, rec("set", f"{{event_id: {E1}}}", set="{outcome: agreement}"), rec("confirm", "{event_id: ev_000000000000}"), tables=t)
    for k in t:
        pd.testing.assert_frame_equal(t[k], snap[k])
    out, _ = run(tmp_path / "ok", rec("set", f"{{event_id: {E1}}}", set="{parties: [IRN], topics: [oil]}"), rec("reject", f"{{event_id: {E2}}}"), tables=t)
    for k in t:
        pd.testing.assert_frame_equal(t[k], snap[k])
    assert list(snap["events"].set_index("event_id").loc[E1].parties) == ["IRN", "USA"]


# ----------------------------------------------------------------------------- order independence

FIELD_VALUES = {
    "secrecy": ["secret", "public"],
    "outcome": ["agreement", "partial", "no_agreement"],
    "certainty": ["alleged", "denied"],
    "format": ["indirect", "direct"],
    "topics": ["[oil]", "[nuclear, sanctions]"],
    "location_city": ["Doha", "null"],
}


@st.composite
def compatible_sets(draw):
    chosen = draw(st.lists(st.tuples(st.sampled_from([E1, E2, E3]), st.sampled_from(sorted(FIELD_VALUES))), min_size=1, max_size=8, unique=True))
    recs = [(e, f, draw(st.sampled_from(FIELD_VALUES[f]))) for e, f in chosen]
    order = draw(st.permutations(range(len(recs))))
    return recs, order


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(compatible_sets())
def test_set_records_commute(tmp_path_factory, data):
    recs, order = data
    records = []
    d = tmp_path_factory.mktemp("h")
    bodies = [rec("set", f"{{event_id: {e}}}", set=f"{{{f}: {v}}}") for e, f, v in recs]
    write(d, "a.yaml", "".join(bodies))
    records = load_records(d, TEXTS)
    t = make_tables()
    out1, log1 = apply_corrections(t, records, TEXTS)
    out2, log2 = apply_corrections(t, [records[i] for i in order], TEXTS)
    for k in out1:
        pd.testing.assert_frame_equal(out1[k], out2[k])
    pd.testing.assert_frame_equal(log1, log2)
    valid(out1, log1)
