"""evaluate: matching by overlapping evidence, P/R/F1 per layer, on tiny inline tables."""

import json

import pandas as pd

from pipeline.contract import coerce
from pipeline.evaluate import evaluate, match_events


def ev(eid, **kw):
    row = dict(event_id=eid, event_type="talks", format="indirect", secrecy="unknown", certainty="reported",
               date_start=pd.Timestamp("2024-01-10"), date_end=pd.Timestamp("2024-01-10"), date_precision="day",
               date_edtf="2024-01-10", location_city=None, location_country="OMN", parties=["IRN", "USA"], topics=[],
               outcome="unknown", summary="s", n_mentions=1, n_documents=1, confidence=0.5, verified=False)
    row.update(kw)
    return row


def mn(mid, eid, doc, a, b):
    return dict(mention_id=mid, event_id=eid, doc_id=doc, char_start=a, char_end=b, quote="x" * (b - a), date_text=None,
                date_calendar=None, rule="r", confidence=0.5, merge_reason=None)


def tables(events, mentions, parts=(), meds=()):
    return {
        "events": coerce(pd.DataFrame(events), "events"),
        "mentions": coerce(pd.DataFrame(mentions), "mentions"),
        "participants": coerce(pd.DataFrame(list(parts), columns=["event_id", "actor_id", "name", "name_original", "kind", "country", "role", "side", "mention_id"]), "participants"),
        "mediators": coerce(pd.DataFrame(list(meds), columns=["event_id", "actor_id", "name", "name_original", "kind", "country", "mediation_role", "mention_id"]), "mediators"),
    }


def test_one_right_one_spurious_one_missed():
    machine = tables(
        [ev("ev_aaaaaaaaaaaa"), ev("ev_bbbbbbbbbbbb", date_precision="year")],
        [mn("mn_aaaaaaaaaaaa", "ev_aaaaaaaaaaaa", "d1", 10, 50), mn("mn_bbbbbbbbbbbb", "ev_bbbbbbbbbbbb", "d1", 100, 150)],
        meds=[("ev_aaaaaaaaaaaa", "OMN", "Oman", "عمان", "state", "OMN", "host", "mn_aaaaaaaaaaaa")],
    )
    reviewed = tables(
        [ev("ev_aaaaaaaaaaaa", verified=True), ev("ev_cccccccccccc")],
        [mn("mn_aaaaaaaaaaaa", "ev_aaaaaaaaaaaa", "d1", 10, 50), mn("mn_cccccccccccc", "ev_cccccccccccc", "d2", 0, 20)],
        meds=[("ev_aaaaaaaaaaaa", "OMN", "Oman", "عمان", "state", "OMN", "message_carrier", "mn_aaaaaaaaaaaa")],
    )
    res = evaluate(machine, reviewed)
    assert res["events"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert res["mediators"]["tp"] == 0 and res["mediators"]["fp"] == 1 and res["mediators"]["fn"] == 1
    assert res["dates"]["tp"] == 1


def test_matching_follows_overlap_not_ids():
    machine = tables([ev("ev_aaaaaaaaaaaa")], [mn("mn_aaaaaaaaaaaa", "ev_aaaaaaaaaaaa", "d1", 10, 50)])
    reviewed = tables([ev("ev_dddddddddddd")], [mn("mn_dddddddddddd", "ev_dddddddddddd", "d1", 40, 90)])
    assert match_events(machine, reviewed) == {"ev_aaaaaaaaaaaa": "ev_dddddddddddd"}
    reviewed_elsewhere = tables([ev("ev_dddddddddddd")], [mn("mn_dddddddddddd", "ev_dddddddddddd", "d2", 10, 50)])
    assert match_events(machine, reviewed_elsewhere) == {}


def test_evaluate_scores_golden_files_in_aggregate(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.contract import empty_frame
    from pipeline.io import write_dir

    names = ["events", "participants", "mediators", "mentions"]
    write_dir({n: empty_frame(n) for n in names}, tmp_path / "m")
    write_dir({n: empty_frame(n) for n in names}, tmp_path / "r")
    g = tmp_path / "g"
    g.mkdir()
    (g / "mini.yaml").write_text(
        "- id: x1\n  lang: ar\n  published: 2024-03-04\n"
        "  text: \"أجرت إيران والولايات المتحدة محادثات غير مباشرة في الدوحة يوم 3 مارس 2024 بوساطة قطرية.\"\n"
        "  events:\n    - trigger: \"محادثات غير مباشرة\"\n      location_city: Doha\n"
        "- id: x2\n  lang: ar\n  published: 2024-03-04\n  text: \"قال محلل إن المحادثات قد تستأنف العام المقبل.\"\n  events: []\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(app, ["evaluate", "--machine", str(tmp_path / "m"), "--reviewed", str(tmp_path / "r"), "--golden", str(g)])
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    assert res["golden"]["g/mini"]["tp"] == 1 and res["golden"]["g/mini"]["fp"] == 0 and res["golden"]["g/mini"]["field_accuracy"]["location_city"] == 1.0
    r = CliRunner().invoke(app, ["evaluate", "--machine", str(tmp_path / "m"), "--reviewed", str(tmp_path / "r"), "--golden", str(tmp_path / "m")])
    assert r.exit_code != 0 and "no golden YAML" in r.output
