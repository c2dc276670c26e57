"""Apply human correction records to the extraction tables (all or nothing).

:func:`apply_corrections` is pure: it copies its inputs, resolves every record's
target against the machine's tables (plus the events records add), checks
``expect`` guards and conflicts between records, and only then applies the
records in a fixed phase order (add_event, split, merge, participants/mediators,
set, confirm, reject).  Because targets and guards are resolved against the
machine's values and conflicting records are refused, the result does not
depend on the order of the records.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pandas as pd

from .annotations import EventRef, Quote, Record, find_all, find_span, is_event_id
from .contract import coerce, json_default, load_contract, rows
from .errors import BackchannelError
from .extract.base import _digest, event_id_for, summary_for

ACTORS_FILE = "pipeline/reference/actors.yaml"
PHASES = ["add_event", "split", "merge", "add_participant", "remove_participant", "add_mediator", "remove_mediator", "set", "confirm", "reject"]


def _j(v: Any) -> str | None:
    if v is None:
        return None
    return json.dumps(v, sort_keys=True, default=json_default, ensure_ascii=False)


def _norm(v: Any) -> Any:
    if isinstance(v, pd.Timestamp):
        return v.date()
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, (list, tuple)):
        return sorted(str(x) for x in v)
    if isinstance(v, float) and pd.isna(v):
        return None
    return v


def _natural_end(start: dt.date, prec: str) -> dt.date:
    if prec == "day":
        return start
    if prec == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start.replace(month=12, day=31)


def _edtf(s: dt.date, e: dt.date | None, prec: str) -> str:
    from .dates import _edtf as engine_edtf

    return engine_edtf(s, e or s, prec)


@dataclass
class _State:
    events: dict[str, dict]
    mentions: dict[str, dict]
    participants: dict[tuple, dict]
    mediators: dict[tuple, dict]
    actors: dict[str, dict]
    other: dict[str, pd.DataFrame] = field(default_factory=dict)
    added: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, tables: dict[str, pd.DataFrame]) -> "_State":
        def copy_rows(name):
            if name not in tables:
                return []
            return [{k: (list(v) if isinstance(v, (list, tuple)) or type(v).__name__ == "ndarray" else v) for k, v in r.items()} for r in rows(tables[name])]

        return cls(
            events={r["event_id"]: r for r in copy_rows("events")},
            mentions={r["mention_id"]: r for r in copy_rows("mentions")},
            participants={(r["event_id"], r["actor_id"]): r for r in copy_rows("participants")},
            mediators={(r["event_id"], r["actor_id"], r["mediation_role"]): r for r in copy_rows("mediators")},
            actors={r["actor_id"]: r for r in copy_rows("actors")},
            other={k: v.copy(deep=True) for k, v in tables.items() if k not in ("events", "mentions", "participants", "mediators", "actors")},
        )

    def mentions_of(self, eid: str) -> list[dict]:
        return sorted((m for m in self.mentions.values() if m["event_id"] == eid), key=lambda m: (m["doc_id"], m["char_start"], m["char_end"]))


@dataclass
class _Plan:
    rec: Record
    eids: list[str]  # resolved events: [target] or [into, *events] for merge, [new] for add_event


def _vocab_roles() -> tuple[str, ...]:
    return load_contract().vocabularies["mediation_role"]


def _conflict(rec: Record, other: Record, what: str) -> BackchannelError:
    return rec.error(
        f"conflicts with record {other.record_id} ({other.file} line {other.line}): {what}",
        "keep one of the two records, or make them agree",
    )


class _Corrector:
    def __init__(self, tables: dict[str, pd.DataFrame], records: list[Record], texts: dict[str, str] | None):
        self.st = _State.of(tables)
        self.records = sorted(records, key=lambda r: (r.name, r.index))
        self.texts = texts or {}
        self.log: list[dict] = []
        self.touched: dict[str, list[Record]] = {}
        self.names = {a: r["name_en"] for a, r in self.st.actors.items()}

    # ------------------------------------------------------------------ helpers
    def text(self, rec: Record, doc_id: str) -> str:
        if doc_id not in self.texts:
            raise rec.error(f"no text for document {doc_id!r}", "check the doc_id (seed file name without .txt)")
        return self.texts[doc_id]

    def span(self, rec: Record, q: Quote, what: str) -> tuple[int, int]:
        r = find_span(self.text(rec, q.doc_id), q)
        if isinstance(r, str):
            raise rec.error(f"{what}: {r}", "copy the quote verbatim; add prefix:/suffix: when it occurs several times")
        return r

    def resolve(self, rec: Record, t: EventRef | Quote, what: str = "target") -> str:
        if isinstance(t, EventRef):
            if t.event_id not in self.st.events:
                raise rec.error(
                    f"{what}: no event {t.event_id} in the extracted tables (stale target: the extractor may have changed it)",
                    "find the current id with `backchannel review DOC_ID`, or anchor the record to a quote ({doc_id, quote})",
                )
            return t.event_id
        s, e = self.span(rec, t, what)
        hits = sorted({m["event_id"] for m in self.st.mentions.values() if m["doc_id"] == t.doc_id and m["char_start"] < e and s < m["char_end"]})
        if not hits:
            raise rec.error(
                f"{what}: no event's mention overlaps {t.doc_id}[{s}:{e}] {t.quote[:40]!r} (stale target)",
                "check `backchannel review " + t.doc_id + "`; use action add_event for a contact the machine missed",
            )
        if len(hits) > 1:
            raise rec.error(
                f"{what}: the quote overlaps mentions of {len(hits)} events ({', '.join(hits)}) (ambiguous target)",
                "quote a span inside only one event's mention, or use {event_id: ...}",
            )
        return hits[0]

    def touch(self, eid: str, rec: Record) -> None:
        self.touched.setdefault(eid, []).append(rec)

    def add_log(self, rec: Record, target: str, fld: str, before: Any, after: Any) -> None:
        self.log.append(
            {"record_id": rec.record_id, "action": rec.action, "target": target, "field": fld, "before": _j(before), "after": _j(after),
             "reason": rec.body.reason, "annotator": rec.body.annotator, "_key": (rec.name, rec.index, target, fld)}
        )

    def derive_dates(self, rec: Record, ev: dict, given: dict) -> dict:
        """Fill date_end / date_edtf consistently with the dates given."""
        out = dict(given)
        if {"date_start", "date_precision", "date_end"} & given.keys():
            s = out.get("date_start", ev.get("date_start"))
            prec = out.get("date_precision", ev.get("date_precision"))
            if "date_end" not in given:
                out["date_end"] = _natural_end(s, prec)
            e = out["date_end"] if out["date_end"] is not None else s
            if e < s:
                raise rec.error(f"date_end {e} is before date_start {s}", "set date_end (or date_start) so the range is ordered")
            if "date_edtf" not in given:
                out["date_edtf"] = _edtf(s, e, prec)
        return out

    def actor(self, rec: Record, actor_id: str) -> dict:
        if actor_id not in self.st.actors:
            raise rec.error(
                f"actor {actor_id!r} is not in the actors table",
                f"add it to {ACTORS_FILE} (id, English name, Arabic/Persian spellings), or use an existing actor_id",
            )
        return self.st.actors[actor_id]

    def evidence_mention(self, rec: Record, eid: str, name: str | None) -> str:
        """Mention that carries the evidence (an existing one of the event, or a new annotation mention)."""
        evs = rec.body.evidence_list()
        q = next((x for x in evs if name and name in x.quote), evs[0])
        text = self.text(rec, q.doc_id)
        hits = find_all(text, q.quote, q.prefix, q.suffix)
        for m in self.st.mentions_of(eid):
            if m["doc_id"] == q.doc_id and any(m["char_start"] < h + len(q.quote) and h < m["char_end"] for h in hits):
                return m["mention_id"]
        if len(hits) != 1:
            raise rec.error(f"evidence quote occurs {len(hits)} times in {q.doc_id}", "add prefix:/suffix: to the evidence to pick one occurrence")
        return self.new_mention(rec, eid, q.doc_id, hits[0], hits[0] + len(q.quote), None, None, f"evidence added by {rec.record_id}")

    def new_mention(self, rec: Record, eid: str, doc: str, s: int, e: int, date_text, date_cal, why: str | None) -> str:
        quote = self.texts[doc][s:e]
        mid = "mn_" + _digest(f"{doc}|{s}|{e}|{quote}|{eid}")
        if mid not in self.st.mentions:
            self.st.mentions[mid] = {
                "mention_id": mid, "event_id": eid, "doc_id": doc, "char_start": s, "char_end": e, "quote": quote,
                "date_text": date_text, "date_calendar": date_cal, "rule": f"annotation:{rec.record_id}", "confidence": 1.0, "merge_reason": why,
            }
        return mid

    def participant_row(self, rec: Record, eid: str, p, mid: str) -> dict:
        a = self.actor(rec, p.actor_id)
        return {"event_id": eid, "actor_id": p.actor_id, "name": a["name_en"], "name_original": p.name_original, "kind": a["kind"],
                "country": a["country"], "role": p.role, "side": p.side, "mention_id": mid}

    def mediator_row(self, rec: Record, eid: str, m, mid: str) -> dict:
        a = self.actor(rec, m.actor_id)
        return {"event_id": eid, "actor_id": m.actor_id, "name": a["name_en"], "name_original": m.name_original, "kind": a["kind"],
                "country": a["country"], "mediation_role": m.mediation_role, "mention_id": mid}

    # ------------------------------------------------------------------ phase 0: add_event, resolve, check
    def add_events(self) -> None:
        seen: dict[str, Record] = {}
        for rec in self.records:
            b = rec.body
            if b.action != "add_event":
                continue
            if b.expect is not None:
                raise rec.error("`expect` has no meaning for add_event (the event does not exist yet)", "remove `expect`")
            spans = [(m, *self.span(rec, m, f"mentions[{i}]")) for i, m in enumerate(b.mentions)]
            spans.sort(key=lambda x: (x[0].doc_id, x[1], x[2]))
            first = spans[0]
            eid = event_id_for(SimpleNamespace(doc_id=first[0].doc_id, quote=self.texts[first[0].doc_id][first[1]:first[2]]))
            if eid in self.st.events:
                raise rec.error(
                    f"the event already exists as {eid} (its earliest mention is this quote)",
                    f"correct the existing event with set/confirm on {{event_id: {eid}}} instead of adding it",
                )
            if eid in seen:
                raise _conflict(rec, seen[eid], f"both add the event {eid}")
            seen[eid] = rec
            ev = {"event_id": eid, **self.derive_dates(rec, {}, b.event.given())}
            ev.setdefault("date_end", None)
            ev.setdefault("location_city", None)
            ev.setdefault("location_country", None)
            ev.update({"summary": "", "n_mentions": len(spans), "n_documents": 1, "confidence": 1.0, "verified": True})
            self.st.events[eid] = ev
            self.st.added.add(eid)
            mids = []
            for i, (m, s, e) in enumerate(spans):
                mids.append(self.new_mention(rec, eid, m.doc_id, s, e, m.date_text, m.date_calendar, None if i == 0 else f"listed with the event by {rec.record_id}"))
            for p in b.participants:
                mid = next((x for x in mids if p.name_original in self.st.mentions[x]["quote"]), mids[0])
                self.st.participants[(eid, p.actor_id)] = self.participant_row(rec, eid, p, mid)
            for m in b.mediators:
                mid = next((x for x in mids if m.name_original in self.st.mentions[x]["quote"]), mids[0])
                self.st.mediators[(eid, m.actor_id, m.mediation_role)] = self.mediator_row(rec, eid, m, mid)
            self.touch(eid, rec)
            self.add_log(rec, eid, "*", None, {k: v for k, v in ev.items() if k != "summary"})

    def plan(self) -> list[_Plan]:
        plans = []
        for rec in self.records:
            b = rec.body
            if b.action == "add_event":
                continue
            if b.action == "merge":
                into = self.resolve(rec, b.merge.into, "merge.into")
                away = [self.resolve(rec, t, f"merge.events[{i}]") for i, t in enumerate(b.merge.events)]
                if into in away:
                    raise rec.error(f"merge.into {into} is also listed in merge.events", "list only the events that disappear under merge.events")
                if len(set(away)) != len(away):
                    raise rec.error("merge.events names the same event twice", "list each event once")
                plans.append(_Plan(rec, [into, *away]))
            else:
                plans.append(_Plan(rec, [self.resolve(rec, b.target)]))
        return plans

    def check_expect(self, plans: list[_Plan]) -> None:
        for p in plans:
            if p.rec.body.expect is None:
                continue
            ev = self.st.events[p.eids[0]]
            for k, want in p.rec.body.expect.given().items():
                have = _norm(ev.get(k))
                if _norm(want) != have:
                    raise p.rec.error(
                        f"expect failed on {p.eids[0]}: expected {k} = {_j(_norm(want))}, found {_j(have)}",
                        "the data changed since the record was written: update `expect` (or the record) after checking the event with `backchannel show " + p.eids[0] + "`",
                    )

    def check_conflicts(self, plans: list[_Plan]) -> None:
        rejected: dict[str, Record] = {}
        away: dict[str, Record] = {}
        for p in plans:
            if p.rec.action == "reject":
                if p.eids[0] in rejected:
                    raise _conflict(p.rec, rejected[p.eids[0]], f"both reject {p.eids[0]}")
                rejected[p.eids[0]] = p.rec
            if p.rec.action == "merge":
                for e in p.eids[1:]:
                    if e in away:
                        raise _conflict(p.rec, away[e], f"both merge {e} away")
                    away[e] = p.rec
        for p in plans:
            for e in p.eids:
                for gone, how in ((rejected, "rejected"), (away, "merged away")):
                    other = gone.get(e)
                    if other is not None and other is not p.rec:
                        raise _conflict(p.rec, other, f"it touches {e}, which that record {how}")
        sets: dict[tuple, tuple[Any, Record]] = {}
        parts: dict[tuple, tuple[Any, Record]] = {}
        meds: dict[tuple, tuple[Any, Record]] = {}
        split_m: dict[tuple, Record] = {}
        for p in plans:
            b, e = p.rec.body, p.eids[0]
            if b.action == "set":
                for k, v in b.set.given().items():
                    prev = sets.get((e, k))
                    if prev and _norm(prev[0]) != _norm(v):
                        raise _conflict(p.rec, prev[1], f"both set {k} of {e}: {_j(_norm(prev[0]))} vs {_j(_norm(v))}")
                    sets[(e, k)] = (v, p.rec)
            elif b.action in ("add_participant", "remove_participant"):
                val = b.participant.model_dump() if b.action == "add_participant" else None
                prev = parts.get((e, b.participant.actor_id))
                if prev and prev[0] != val:
                    raise _conflict(p.rec, prev[1], f"both change participant {b.participant.actor_id} of {e} differently")
                parts[(e, b.participant.actor_id)] = (val, p.rec)
            elif b.action == "add_mediator":
                key = (e, b.mediator.actor_id, b.mediator.mediation_role)
                prev = meds.get(key) or meds.get((e, b.mediator.actor_id, None))
                if prev and prev[0] != b.mediator.model_dump():
                    raise _conflict(p.rec, prev[1], f"both change mediator {b.mediator.actor_id} of {e} differently")
                meds[key] = (b.mediator.model_dump(), p.rec)
            elif b.action == "remove_mediator":
                roles = [b.mediator.mediation_role] if b.mediator.mediation_role else [None, *_vocab_roles()]
                for r in roles:
                    prev = meds.get((e, b.mediator.actor_id, r))
                    if prev and prev[1] is not p.rec:
                        raise _conflict(p.rec, prev[1], f"both change mediator {b.mediator.actor_id} of {e} differently")
                meds[(e, b.mediator.actor_id, b.mediator.mediation_role)] = ("remove", p.rec)
            elif b.action == "split":
                for m in b.split.mentions:
                    if (e, m) in split_m:
                        raise _conflict(p.rec, split_m[(e, m)], f"both split mention {m!r} off {e}")
                    split_m[(e, m)] = p.rec

    # ------------------------------------------------------------------ phases
    def do_split(self, p: _Plan) -> None:
        rec, eid = p.rec, p.eids[0]
        ms = self.st.mentions_of(eid)
        moved: list[dict] = []
        for item in rec.body.split.mentions:
            if is_event_id(item.replace("mn_", "ev_")) and item.startswith("mn_"):
                hit = [m for m in ms if m["mention_id"] == item]
            else:
                hit = [m for m in ms if item in m["quote"]]
            if len(hit) != 1:
                raise rec.error(
                    f"split.mentions: {item!r} matches {len(hit)} mentions of {eid}" + (f" ({', '.join(m['mention_id'] for m in hit)})" if hit else ""),
                    "use a mention id (mn_...) from `backchannel review`, or a quote found in exactly one mention",
                )
            if hit[0] not in moved:
                moved.append(hit[0])
        if len(moved) == len(ms):
            raise rec.error(f"split would move every mention of {eid}", "use `set` to change the event instead")
        moved.sort(key=lambda m: (m["doc_id"], m["char_start"], m["char_end"]))
        new = event_id_for(SimpleNamespace(doc_id=moved[0]["doc_id"], quote=moved[0]["quote"]))
        if new in self.st.events:
            raise rec.error(f"the new event's id {new} already exists (the earliest mention of {eid} cannot be split off)", "split off the other mentions instead")
        old = self.st.events[eid]
        before = dict(old)
        ev = {**old, **self.derive_dates(rec, old, rec.body.split.event.given()), "event_id": new}
        self.st.events[new] = ev
        self.st.added.add(new)
        moved_ids = {m["mention_id"] for m in moved}
        for i, m in enumerate(moved):
            m["event_id"] = new
            m["merge_reason"] = None if i == 0 else f"split off {eid} by {rec.record_id}"
        for table in (self.st.participants, self.st.mediators):
            for key in [k for k, r in table.items() if r["event_id"] == eid and r["mention_id"] in moved_ids]:
                r = table.pop(key)
                r["event_id"] = new
                table[(new, *key[1:])] = r
        self.touch(eid, rec)
        self.touch(new, rec)
        self.add_log(rec, new, "*", None, {k: v for k, v in ev.items() if k not in ("summary", "n_mentions", "n_documents")})
        self.add_log(rec, eid, "*", {k: before[k] for k in ("n_mentions", "n_documents")}, {"mentions_moved_to": new, "mention_ids": sorted(moved_ids)})

    def do_merge(self, p: _Plan) -> None:
        rec, into, away = p.rec, p.eids[0], p.eids[1:]
        tgt = self.st.events[into]
        before = dict(tgt)
        for a in away:
            gone = self.st.events.pop(a)
            for m in self.st.mentions.values():
                if m["event_id"] == a:
                    m["event_id"] = into
                    m["merge_reason"] = f"merged by {rec.record_id}: {rec.body.reason}"
            for key in [k for k in self.st.participants if k[0] == a]:
                r = self.st.participants.pop(key)
                if (into, key[1]) not in self.st.participants:
                    self.st.participants[(into, key[1])] = {**r, "event_id": into}
            for key in [k for k in self.st.mediators if k[0] == a]:
                r = self.st.mediators.pop(key)
                if (into, *key[1:]) not in self.st.mediators:
                    self.st.mediators[(into, *key[1:])] = {**r, "event_id": into}
            tgt["topics"] = sorted(set(tgt["topics"]) | set(gone["topics"]))
            tgt["parties"] = sorted(set(tgt["parties"]) | set(gone["parties"]))
            self.add_log(rec, a, "*", gone, {"merged_into": into})
        med_ids = {k[1] for k in self.st.mediators if k[0] == into}
        tgt["parties"] = [x for x in tgt["parties"] if x not in med_ids]
        self.touch(into, rec)
        self.add_log(rec, into, "*", {k: before[k] for k in ("parties", "topics")}, {k: tgt[k] for k in ("parties", "topics")} | {"merged": sorted(away)})

    def do_people(self, p: _Plan) -> None:
        rec, eid, b = p.rec, p.eids[0], p.rec.body
        if b.action == "add_participant":
            key = (eid, b.participant.actor_id)
            old = self.st.participants.get(key)
            mid = self.evidence_mention(rec, eid, b.participant.name_original)
            row = self.participant_row(rec, eid, b.participant, mid)
            self.st.participants[key] = row
            self.add_log(rec, f"{eid}/{key[1]}", "*", old, row)
        elif b.action == "remove_participant":
            key = (eid, b.participant.actor_id)
            if key not in self.st.participants:
                have = sorted(k[1] for k in self.st.participants if k[0] == eid)
                raise rec.error(f"{key[1]} is not a participant of {eid} (participants: {', '.join(have) or 'none'})", "check the actor_id with `backchannel show " + eid + "`")
            self.add_log(rec, f"{eid}/{key[1]}", "*", self.st.participants.pop(key), None)
        elif b.action == "add_mediator":
            key = (eid, b.mediator.actor_id, b.mediator.mediation_role)
            old = self.st.mediators.get(key)
            mid = self.evidence_mention(rec, eid, b.mediator.name_original)
            row = self.mediator_row(rec, eid, b.mediator, mid)
            self.st.mediators[key] = row
            self.add_log(rec, f"{eid}/{key[1]}", "*", old, row)
        else:
            keys = [k for k in self.st.mediators if k[0] == eid and k[1] == b.mediator.actor_id and (b.mediator.mediation_role is None or k[2] == b.mediator.mediation_role)]
            if not keys:
                have = sorted(f"{k[1]} ({k[2]})" for k in self.st.mediators if k[0] == eid)
                raise rec.error(f"{b.mediator.actor_id} is not a mediator of {eid} (mediators: {', '.join(have) or 'none'})", "check with `backchannel show " + eid + "`")
            removed = [self.st.mediators.pop(k) for k in sorted(keys)]
            self.add_log(rec, f"{eid}/{b.mediator.actor_id}", "*", removed[0] if len(removed) == 1 else removed, None)
        self.touch(eid, rec)

    def do_sets(self, plans: list[_Plan]) -> None:
        by_event: dict[str, list[_Plan]] = {}
        for p in plans:
            by_event.setdefault(p.eids[0], []).append(p)
        for eid, ps in sorted(by_event.items()):
            ev = self.st.events[eid]
            given: dict[str, Any] = {}
            for p in ps:
                given.update(p.rec.body.set.given())
            full = self.derive_dates(ps[0].rec, ev, given)
            before = {k: ev.get(k) for k in full}
            ev.update(full)
            for p in ps:
                mine = set(p.rec.body.set.given())
                derived = set(full) - set(given) if mine & {"date_start", "date_end", "date_precision"} else set()
                for k in sorted(mine | derived):
                    self.add_log(p.rec, eid, k, before[k], full[k])
                self.touch(eid, p.rec)

    # ------------------------------------------------------------------ run
    def run(self) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
        self.add_events()
        plans = self.plan()
        self.check_expect(plans)
        self.check_conflicts(plans)
        by = {a: [p for p in plans if p.rec.action == a] for a in PHASES}
        for p in by["split"]:
            self.do_split(p)
        for p in by["merge"]:
            self.do_merge(p)
        for a in ("add_participant", "remove_participant", "add_mediator", "remove_mediator"):
            for p in by[a]:
                self.do_people(p)
        self.do_sets(by["set"])
        for p in by["confirm"]:
            ev = self.st.events[p.eids[0]]
            self.add_log(p.rec, p.eids[0], "*", {"verified": ev["verified"], "confidence": ev["confidence"]}, {"verified": True, "confidence": 1.0})
            self.touch(p.eids[0], p.rec)
        for p in by["reject"]:
            eid = p.eids[0]
            self.add_log(p.rec, eid, "*", {k: v for k, v in self.st.events.pop(eid).items()}, None)
            self.touched.pop(eid, None)
            for table in (self.st.participants, self.st.mediators):
                for k in [k for k in table if k[0] == eid]:
                    del table[k]
            for k in [k for k, m in self.st.mentions.items() if m["event_id"] == eid]:
                del self.st.mentions[k]
        self.finish()
        return self.tables(), self.log_frame()

    def finish(self) -> None:
        n_m: dict[str, int] = {}
        docs: dict[str, set] = {}
        for m in self.st.mentions.values():
            n_m[m["event_id"]] = n_m.get(m["event_id"], 0) + 1
            docs.setdefault(m["event_id"], set()).add(m["doc_id"])
        for eid, ev in self.st.events.items():
            ev["n_mentions"] = n_m.get(eid, 0)
            ev["n_documents"] = len(docs.get(eid, ()))
        for eid, recs in self.touched.items():
            ev = self.st.events.get(eid)
            if ev is None:
                continue
            meds = sorted({k[1] for k in self.st.mediators if k[0] == eid})
            both = sorted(set(meds) & set(ev["parties"]))
            if both:
                culprit = next((r for r in reversed(recs) if r.action in ("add_mediator", "set", "merge", "add_event")), recs[-1])
                raise culprit.error(
                    f"{', '.join(both)} would be both a party and a mediator of {eid}",
                    "a mediator is never a party of the same event: remove it from parties (set) or drop the mediator",
                )
            if ev["n_mentions"] < 1:
                raise recs[-1].error(f"{eid} would have no mention left", "keep at least one mention per event")
            ev["verified"] = True
            ev["confidence"] = 1.0
            ev["summary"] = summary_for(ev, sorted({self.names.get(a, a) for a in meds}), self.names)

    def tables(self) -> dict[str, pd.DataFrame]:
        c = load_contract()

        def frame(name, rows_):
            return coerce(pd.DataFrame(list(rows_), columns=c.table(name).column_names), name)

        out = dict(self.st.other)
        out["events"] = frame("events", self.st.events.values())
        out["mentions"] = frame("mentions", self.st.mentions.values())
        out["participants"] = frame("participants", self.st.participants.values())
        out["mediators"] = frame("mediators", self.st.mediators.values())
        if self.st.actors:
            out["actors"] = frame("actors", self.st.actors.values())
        return out

    def log_frame(self) -> pd.DataFrame:
        rows_ = sorted(self.log, key=lambda r: r["_key"])
        cols = load_contract().table("corrections_log").column_names
        return coerce(pd.DataFrame([{k: r[k] for k in cols} for r in rows_], columns=cols), "corrections_log")


def apply_corrections(
    tables: dict[str, pd.DataFrame], records: list[Record], texts: dict[str, str] | None
) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Apply every record, all or nothing; return (corrected tables, corrections_log). Inputs are not modified."""
    return _Corrector(tables, records, texts).run()
