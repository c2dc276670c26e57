"""Golden-set scoring: annotated sentences -> precision/recall of the extractor.

A golden item (tests/golden/*.yaml) is a text with the events a person expects,
each anchored by a ``trigger`` substring. The item's mentions are merged into
events as the pipeline merges them; a predicted event matches an expected one when
one of its mentions' quote spans overlaps the trigger. Only the fields the item
states are compared. Mention-level scores (no merging) are kept alongside.
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
    # participants of the matched events whose expected contact lists them: (tp, fp, fn)
    participants: tuple[int, int, int] = (0, 0, 0)


def load_golden(paths: list[Path]) -> list[dict[str, Any]]:
    items = []
    for p in paths:
        for it in yaml.safe_load(Path(p).read_text(encoding="utf-8")) or []:
            it["_file"] = str(p)
            items.append(it)
    return items


@dataclass
class _Predicted:
    """One predicted contact: a mention (mention level) or a merged event (event level)."""

    spans: list[tuple[int, int]]
    fields: dict[str, Any]
    mediators: list[tuple[str, str | None, str]]  # (actor_id, role, kind)
    quote: str
    participants: list[tuple[str, str | None]] = field(default_factory=list)  # (English name, side)


def _norm_value(v: Any) -> Any:
    return sorted(v) if isinstance(v, (frozenset, set, list, tuple)) else v


def _mentions(cands: list[Candidate]) -> list[_Predicted]:
    return [
        _Predicted(
            [(c.char_start, c.char_end)], {f: _norm_value(getattr(c, f)) for f in FIELDS}, [(m.actor_id, m.mediation_role, m.kind) for m in c.mediators], c.quote,
            [(p.name or p.actor_id, p.side) for p in c.participants if p.side is not None],
        )
        for c in cands
    ]


def _events(cands: list[Candidate]) -> list[_Predicted]:
    """The item's mentions merged into events exactly as the pipeline merges them (extract.base)."""
    import pandas as pd

    from .extract.base import ROW_TABLES, assemble_rows, merge_key

    rows: dict[str, list[dict]] = {t: [] for t in ROW_TABLES}
    no_names = pd.DataFrame({"actor_id": [], "name_en": []})
    for part in assemble_rows([merge_key(c, i) for i, c in enumerate(cands)], lambda refs: [cands[i] for i in refs], no_names):
        for t in ROW_TABLES:
            rows[t].extend(part[t])
    out = []
    for ev in sorted(rows["events"], key=lambda ev: min(m["char_start"] for m in rows["mentions"] if m["event_id"] == ev["event_id"])):
        ms = sorted((m["char_start"], m["char_end"], m["quote"]) for m in rows["mentions"] if m["event_id"] == ev["event_id"])
        meds = [(m["actor_id"], m["mediation_role"], m["kind"]) for m in rows["mediators"] if m["event_id"] == ev["event_id"]]
        parts = [(p["name"] or p["actor_id"], p["side"]) for p in rows["participants"] if p["event_id"] == ev["event_id"]]
        out.append(_Predicted([(a, b) for a, b, _ in ms], {f: _norm_value(ev[f]) for f in FIELDS}, meds, ms[0][2], parts))
    return out


def _expected(e: dict, f: str) -> Any:
    v = e[f]
    if f in ("parties", "topics"):
        return sorted(v or [])
    if f == "date_start" and v is not None and not isinstance(v, dt.date):
        parts = [int(x) for x in str(v).split("-")]  # YYYY, YYYY-MM or YYYY-MM-DD
        return dt.date(*(parts + [1] * (3 - len(parts))))
    return v


def _name_tokens(name: str) -> list[str]:
    return name.lower().replace("-", " ").replace("'", " ").split()


def same_person(a: str, b: str) -> bool:
    """Two English spellings of one person, as annotators and the reference data write them: the same
    surname (last word), or one name's words all inside the other's («Ali Bagheri» and «Ali Bagheri
    Kani»)."""
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    return ta[-1] == tb[-1] or set(ta) <= set(tb) or set(tb) <= set(ta)


def score_participants(want: list[tuple[str, str | None]], got: list[tuple[str, str | None]]) -> tuple[int, int, int]:
    """(tp, fp, fn) of predicted participants against expected ones: a pair matches when the side is the
    same and the names are one person's (``same_person``); each is matched at most once, in order."""
    used: set[int] = set()
    tp = 0
    for name, side in want:
        hit = next((i for i, (n, s) in enumerate(got) if i not in used and s == side and same_person(name, n)), None)
        if hit is not None:
            used.add(hit)
            tp += 1
    return tp, len(got) - tp, len(want) - tp


def score_item(item: dict[str, Any], extractor: Extractor, level: str = "event") -> ItemResult:
    """Score one item. ``level="event"`` (default) compares the expected contacts with the events the
    pipeline publishes (the item's mentions merged as extract.base merges them: a second sentence about
    the same round is not a second event); ``level="mention"`` compares them with the raw mentions."""
    text = item["text"]
    pub = item.get("published")
    if pub is not None and not isinstance(pub, dt.date):
        pub = dt.date.fromisoformat(str(pub))
    doc = DocInput(doc_id=item["id"], text=text, lang=item["lang"], publication_date=pub)
    cands = extractor.extract(doc)
    preds = _events(cands) if level == "event" else _mentions(cands)
    res = ItemResult(item["id"], 0, 0, 0)
    used: set[int] = set()
    for e in item.get("events") or []:
        trig = e["trigger"]
        ts = text.find(trig)
        te = ts + len(trig)
        match = None
        for i, c in enumerate(preds):
            if i not in used and any(a < te and ts < b for a, b in c.spans):
                match = i
                break
        if match is None:
            res.fn += 1
            res.problems.append(f"missed event at «{trig}»")
            continue
        used.add(match)
        res.tp += 1
        c = preds[match]
        for f in FIELDS:
            if f in e:
                ok = c.fields[f] == _expected(e, f)
                res.field_hits.setdefault(f, []).append(ok)
                if not ok:
                    res.problems.append(f"«{trig}» {f}: expected {_expected(e, f)!r}, got {c.fields[f]!r}")
        if "participants" in e:
            pt = score_participants([(p["name_en"], p.get("side")) for p in e["participants"] or []], c.participants)
            res.participants = tuple(x + y for x, y in zip(res.participants, pt))
            if pt[1] or pt[2]:
                res.problems.append(f"«{trig}» participants: expected {[p['name_en'] for p in e['participants'] or []]}, got {[n for n, _ in c.participants]}")
        if "mediators" in e:
            want = sorted((m["actor_id"], m.get("mediation_role")) for m in e["mediators"])
            roles = {m["actor_id"]: m.get("mediation_role") for m in e["mediators"]}
            # a role the annotator left open is not checked
            got = sorted((a, r if roles.get(a) else None) for a, r, kind in c.mediators if kind == "state" or a in roles)
            ok = want == got
            res.field_hits.setdefault("mediators", []).append(ok)
            if not ok:
                res.problems.append(f"«{trig}» mediators: expected {want}, got {got}")
    for i, c in enumerate(preds):
        if i not in used:
            res.fp += 1
            res.problems.append(f"spurious {c.fields['event_type']} at «{c.quote[:60]}»")
    return res


def _rates(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of these counts (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def summarize(results: list[ItemResult]) -> dict[str, Any]:
    tp = sum(r.tp for r in results)
    fp = sum(r.fp for r in results)
    fn = sum(r.fn for r in results)
    p, r, f1 = _rates(tp, fp, fn)
    ptp, pfp, pfn = (sum(x.participants[i] for x in results) for i in range(3))
    pp, pr, pf1 = _rates(ptp, pfp, pfn)
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
        # persons of the matched events whose expected contact lists its participants
        "participants": {
            "tp": ptp, "fp": pfp, "fn": pfn, "precision": round(pp, 3), "recall": round(pr, 3), "f1": round(pf1, 3),
        },
    }


def score_files(files: list[Path], extract_params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Event precision/recall/F1 and field accuracy of the configured extractor on each golden file,
    keyed '<folder>/<file stem>' (aggregates only: a held-out test file is never shown item by item).
    Scored on merged events; ``mention_level`` gives the same counts on the unmerged mentions."""
    from .extract import get_extractor

    ep = extract_params or {}
    parties = ep.get("required_parties") or ["IRN", "USA"]
    if isinstance(parties, str):
        parties = [x.strip() for x in parties.split(",") if x.strip()]
    ex = get_extractor(ep.get("extractor", "rules"), required_parties=tuple(parties))
    out = {}
    for f in files:
        items = load_golden([Path(f)])
        res = summarize([score_item(it, ex) for it in items])
        m = summarize([score_item(it, ex, level="mention") for it in items])
        res["mention_level"] = {k: m[k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")}
        out[f"{Path(f).parent.name}/{Path(f).stem}"] = res
    return out
