"""evaluate: matching by overlapping evidence, P/R/F1 per layer, on tiny inline tables."""

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
