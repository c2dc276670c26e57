"""Golden-set scoring: annotated sentences -> precision/recall of the extractor.

A golden item (tests/golden/*.yaml) is a text with the events a person expects,
each anchored by a ``trigger`` substring; a predicted mention matches an expected
event when its quote span overlaps the trigger. Only the fields the item states
are compared.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .extract.base import Candidate, DocInput, Extractor

FIELDS = ["event_type", "format", "secrecy", "certainty", "date_start", "date_precision", "location_city", "location_country", "parties", "topics", "outcome"]


@dataclass
class ItemResult:
    id: str
    tp: int
    fp: int
    fn: int
    field_hits: dict[str, list[bool]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def load_golden(paths: list[Path]) -> list[dict[str, Any]]:
    items = []
    for p in paths:
        for it in yaml.safe_load(Path(p).read_text(encoding="utf-8")) or []:
            it["_file"] = str(p)
            items.append(it)
    return items


def _value(c: Candidate, f: str) -> Any:
    v = getattr(c, f)
    if isinstance(v, frozenset):
        return sorted(v)
    return v


def _expected(e: dict, f: str) -> Any:
    v = e[f]
    if f in ("parties", "topics"):
        return sorted(v or [])
    if f == "date_start" and v is not None and not isinstance(v, dt.date):
        parts = [int(x) for x in str(v).split("-")]  # YYYY, YYYY-MM or YYYY-MM-DD
        return dt.date(*(parts + [1] * (3 - len(parts))))
    return v


def score_item(item: dict[str, Any], extractor: Extractor) -> ItemResult:
    text = item["text"]
    pub = item.get("published")
    if pub is not None and not isinstance(pub, dt.date):
        pub = dt.date.fromisoformat(str(pub))
    doc = DocInput(doc_id=item["id"], text=text, lang=item["lang"], publication_date=pub)
    cands = extractor.extract(doc)
    res = ItemResult(item["id"], 0, 0, 0)
    used: set[int] = set()
    for e in item.get("events") or []:
        trig = e["trigger"]
        ts = text.find(trig)
        te = ts + len(trig)
        match = None
        for i, c in enumerate(cands):
            if i not in used and c.char_start < te and ts < c.char_end:
                match = i
                break
        if match is None:
            res.fn += 1
            res.problems.append(f"missed event at «{trig}»")
            continue
        used.add(match)
        res.tp += 1
        c = cands[match]
        for f in FIELDS:
            if f in e:
                ok = _value(c, f) == _expected(e, f)
                res.field_hits.setdefault(f, []).append(ok)
                if not ok:
                    res.problems.append(f"«{trig}» {f}: expected {_expected(e, f)!r}, got {_value(c, f)!r}")
        if "mediators" in e:
            want = sorted((m["actor_id"], m.get("mediation_role")) for m in e["mediators"])
            roles = {m["actor_id"]: m.get("mediation_role") for m in e["mediators"]}
            # a role the annotator left open is not checked
            got = sorted((m.actor_id, m.mediation_role if roles.get(m.actor_id) else None) for m in c.mediators if m.kind == "state" or m.actor_id in roles)
            ok = want == got
            res.field_hits.setdefault("mediators", []).append(ok)
            if not ok:
                res.problems.append(f"«{trig}» mediators: expected {want}, got {got}")
    for i, c in enumerate(cands):
        if i not in used:
            res.fp += 1
            res.problems.append(f"spurious {c.event_type} at «{c.quote[:60]}»")
    return res


def summarize(results: list[ItemResult]) -> dict[str, Any]:
    tp = sum(r.tp for r in results)
    fp = sum(r.fp for r in results)
    fn = sum(r.fn for r in results)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    fields: dict[str, list[bool]] = {}
    for res in results:
        for k, v in res.field_hits.items():
            fields.setdefault(k, []).extend(v)
    return {
        "items": len(results),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f1, 3),
        "field_accuracy": {k: round(sum(v) / len(v), 3) for k, v in sorted(fields.items()) if v},
    }


def score_files(files: list[Path], extract_params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Event precision/recall/F1 and field accuracy of the configured extractor on each golden file,
    keyed '<folder>/<file stem>' (aggregates only: a held-out test file is never shown item by item)."""
    from .extract import get_extractor

    ep = extract_params or {}
    parties = ep.get("required_parties") or ["IRN", "USA"]
    if isinstance(parties, str):
        parties = [x.strip() for x in parties.split(",") if x.strip()]
    ex = get_extractor(ep.get("extractor", "rules"), required_parties=tuple(parties))
    return {f"{Path(f).parent.name}/{Path(f).stem}": summarize([score_item(it, ex) for it in load_golden([Path(f)])]) for f in files}
