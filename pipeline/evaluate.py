"""evaluate: how far the automatic extraction is from the human-reviewed dataset.

Pure function over two sets of tables (machine = the extract stage's output,
reviewed = the published tables after corrections). A machine event matches a
reviewed event when one of its mentions overlaps one of the reviewed event's
mentions in the same document (one-to-one, greedy in ID order).
"""

from __future__ import annotations

from typing import Any

import pandas as pd


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def match_events(machine: dict[str, pd.DataFrame], reviewed: dict[str, pd.DataFrame]) -> dict[str, str]:
    """machine event_id -> reviewed event_id."""
    rev_spans: dict[str, list[tuple[int, int, str]]] = {}
    for r in reviewed["mentions"].itertuples(index=False):
        rev_spans.setdefault(r.doc_id, []).append((r.char_start, r.char_end, r.event_id))
    candidates: dict[str, list[str]] = {}
    for m in machine["mentions"].sort_values(["event_id", "doc_id", "char_start"]).itertuples(index=False):
        for s, e, rid in rev_spans.get(m.doc_id, []):
            if m.char_start < e and s < m.char_end:
                candidates.setdefault(m.event_id, []).append(rid)
    out: dict[str, str] = {}
    taken: set[str] = set()
    for mid in sorted(candidates):
        # prefer the reviewed event with the same ID (untouched by corrections), else the first overlap
        opts = sorted(set(candidates[mid]), key=lambda rid: (rid != mid, rid))
        for rid in opts:
            if rid not in taken:
                out[mid] = rid
                taken.add(rid)
                break
    return out


def _pairs(df: pd.DataFrame, cols: list[str], mapping: dict[str, str] | None, keep: set[str]) -> set[tuple]:
    out = set()
    for r in df[["event_id"] + cols].itertuples(index=False, name=None):
        eid = mapping.get(r[0]) if mapping is not None else r[0]
        if eid is not None and eid in keep:
            out.add((eid,) + tuple(r[1:]))
    return out


def evaluate(machine: dict[str, pd.DataFrame], reviewed: dict[str, pd.DataFrame]) -> dict[str, Any]:
    m_ev, r_ev = machine["events"], reviewed["events"]
    match = match_events(machine, reviewed)
    tp = len(match)
    events = _prf(tp, len(m_ev) - tp, len(r_ev) - tp)
    matched_rev = set(match.values())
    # participants / mediators: judged on the events both sides have (the matched ones)
    mp = _pairs(machine["participants"], ["actor_id"], match, matched_rev)
    rp = _pairs(reviewed["participants"], ["actor_id"], None, matched_rev)
    mm = _pairs(machine["mediators"], ["actor_id", "mediation_role"], match, matched_rev)
    rm = _pairs(reviewed["mediators"], ["actor_id", "mediation_role"], None, matched_rev)
    # dates: a machine event's date is right when start, end and precision equal the reviewed ones
    rev = r_ev.set_index("event_id")
    right = 0
    fields: dict[str, int] = {}
    compare = ["event_type", "format", "secrecy", "certainty", "location_country", "outcome"]
    for mid, rid in match.items():
        a = m_ev.loc[m_ev["event_id"] == mid].iloc[0]
        b = rev.loc[rid]
        if a["date_start"] == b["date_start"] and a["date_precision"] == b["date_precision"]:
            right += 1
        for f in compare:
            same = (pd.isna(a[f]) and pd.isna(b[f])) or a[f] == b[f]
            fields[f] = fields.get(f, 0) + int(bool(same))
        fields["parties"] = fields.get("parties", 0) + int(list(a["parties"]) == list(b["parties"]))
    dates = _prf(right, len(m_ev) - right, len(r_ev) - right)
    return {
        "events": events,
        "participants": _prf(len(mp & rp), len(mp - rp), len(rp - mp)),
        "mediators": _prf(len(mm & rm), len(mm - rm), len(rm - mm)),
        "dates": dates,
        "field_accuracy_on_matched": {k: round(v / tp, 4) if tp else 0.0 for k, v in sorted(fields.items())},
        "counts": {"machine_events": int(len(m_ev)), "reviewed_events": int(len(r_ev)), "matched": tp},
    }
