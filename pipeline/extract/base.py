"""Extractor interface and the extractor-independent assembly of event tables.

An extractor turns ONE document into event *candidates* (one per mention).
:func:`assemble` then merges candidates that describe the same contact (within
and across documents), derives stable IDs and builds the contract tables.
A model-based extractor only has to implement :class:`Extractor`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import insort
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Protocol

import pandas as pd

from ..contract import coerce, load_contract


@dataclass(frozen=True)
class DocInput:
    doc_id: str
    text: str
    lang: str
    publication_date: dt.date | None = None


@dataclass(frozen=True)
class ActorRef:
    actor_id: str
    name: str | None
    name_original: str
    kind: str
    country: str | None
    role: str | None = None
    side: str | None = None  # participants only
    mediation_role: str | None = None  # mediators only
    char_start: int | None = None  # where the name was found (raw offsets)
    char_end: int | None = None


@dataclass
class Candidate:
    """One mention of one event in one document, with everything the extractor attached."""

    doc_id: str
    char_start: int
    char_end: int
    quote: str
    rule: str
    confidence: float
    event_type: str
    date_start: dt.date
    date_end: dt.date
    date_precision: str
    date_edtf: str
    date_text: str | None = None
    date_calendar: str | None = None
    format: str = "unknown"
    secrecy: str = "unknown"
    certainty: str = "reported"
    location_city: str | None = None
    location_country: str | None = None
    parties: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    outcome: str = "unknown"
    participants: list[ActorRef] = field(default_factory=list)
    mediators: list[ActorRef] = field(default_factory=list)
    # (char_start, char_end) of an earlier mention in the same document that this one speaks of again
    # («هذه الزيارة», a sentence dated only by that mention): merged with it whatever the other keys say
    same_as: tuple[int, int] | None = None

    @property
    def mention_id(self) -> str:
        return "mn_" + _digest(f"{self.doc_id}|{self.char_start}|{self.char_end}|{self.quote}")


class Extractor(Protocol):
    """What every extractor provides. Register new ones in :data:`EXTRACTORS`."""

    name: str

    def extract(self, doc: DocInput) -> list[Candidate]: ...


def _digest(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:12]


def event_id_for(c: Candidate, occurrence: int = 1) -> str:
    """Stable ID from the earliest mention's document and anchored text (not its offsets);
    ``occurrence`` tells apart the same text anchoring two events in one document."""
    key = f"{c.doc_id}|{' '.join(c.quote.split())}"
    return "ev_" + _digest(key if occurrence == 1 else f"{key}|{occurrence}")


# ----------------------------------------------------------------------------- merging

_TYPE_RANK = {"agreement": 0, "prisoner_release": 1, "talks": 2, "meeting": 3, "message_exchange": 4, "visit": 5, "series": 6}
_PREC_RANK = {"day": 0, "month": 1, "year": 2}
# one role per mediator, the most active one its mentions give (codebook section 9)
_ROLE_RANK = {"guarantor": 0, "message_carrier": 1, "facilitator": 2, "host": 3}


class MergeKey(NamedTuple):
    """What merging looks at in a candidate, and where the whole candidate is kept (``ref``).

    Clustering runs on these small records only, so a large corpus can keep its candidates on disk
    (see :func:`pipeline.runner.extract_corpus`) and load them back one group of events at a time.
    """

    doc_id: str
    char_start: int
    char_end: int
    series: bool
    release: bool
    date_start: dt.date
    date_end: dt.date
    date_precision: str
    date_edtf: str
    parties: frozenset
    location_country: str | None
    location_city: str | None
    mediator_states: frozenset
    ref: Any = None
    same_as: tuple[int, int] | None = None


def merge_key(c: Candidate, ref: Any = None) -> MergeKey:
    return MergeKey(
        c.doc_id, c.char_start, c.char_end, c.event_type == "series", c.event_type == "prisoner_release", c.date_start, c.date_end, c.date_precision, c.date_edtf,
        c.parties, c.location_country, c.location_city, frozenset(m.actor_id for m in c.mediators if m.kind == "state"), ref, c.same_as,
    )


def _compatible(a: MergeKey, b: MergeKey) -> str | None:
    """Return why a and b are the same contact, or None."""
    if a.series != b.series or a.release != b.release:  # a release is its own contact, even on the day of a meeting
        return None
    if a.date_start > b.date_end or b.date_start > a.date_end:
        return None
    if a.parties and b.parties and a.parties != b.parties:
        return None
    if a.location_country and b.location_country and a.location_country != b.location_country:
        # (the two halves of an exchange are released each on its own side's soil: White in Iran, Taheri
        # in the United States, on one day; the sides and the day must then match, below)
        # (nor are the places a release's mentions name, where the freed were held or where their plane went, those of
        # two releases: the same sides' releases on one day are one exchange)
        if not (a.release and a.parties and ({a.location_country, b.location_country} <= a.parties or (
            a.parties == b.parties and a.date_precision == b.date_precision == "day" and a.date_start == b.date_start == a.date_end == b.date_end
        ))):
            return None
    ma = a.mediator_states
    mb = b.mediator_states
    # (a state that only hosts at its own venue is no rival go-between: the Rome round hosted by Italy and Oman
    # shuttling between its rooms on the same day are one contact)
    if ma and mb and not (ma & mb) and (ma - {a.location_country}) and (mb - {b.location_country}):
        return None
    # the same day (or an enclosing coarser date) in the same place with the same sides
    same_place = a.location_country is not None and a.location_country == b.location_country
    same_med = bool(ma & mb)
    if not (same_place or same_med):
        # without place or mediator evidence, demand identical sides and a day-level match
        if not (a.parties and a.parties == b.parties and a.date_precision == b.date_precision == "day" and a.date_start == b.date_start):
            return None
    why = [f"dates overlap ({a.date_edtf} ~ {b.date_edtf})"]
    if a.parties and a.parties == b.parties:
        why.append("same parties " + "+".join(sorted(a.parties)))
    if same_place:
        why.append(f"same place {a.location_city or a.location_country}")
    if same_med:
        why.append("same mediator " + "+".join(sorted(ma & mb)))
    return "; ".join(why)


def _signature(k: MergeKey) -> tuple:
    """Everything :func:`_compatible` looks at: members with equal signatures behave alike."""
    return (k.series, k.release, k.date_start, k.date_end, k.date_precision, k.parties, k.location_country, k.location_city, k.mediator_states)


def _cluster(keys: list[MergeKey]) -> list[list[tuple[MergeKey, str | None]]]:
    """Greedy clustering in a deterministic order: each candidate joins the first cluster it is
    compatible with in every member (no chaining across incompatible dates).

    Members are compared through their distinct signatures and clusters are found through a
    year index, so a large corpus that repeats the same contact stays near-linear: whether a
    candidate may join a cluster depends only on the candidate's signature and the set of the
    cluster's member signatures. The year index therefore holds, per year, the clusters of each
    such set (in creation order): a candidate's verdict is worked out once per set, and it joins
    the earliest cluster of the sets it may join (:func:`_cluster_reference` is the plain definition).
    """
    clusters: list[list[tuple[MergeKey, str | None]]] = []
    reps: list[dict[tuple, MergeKey]] = []  # per cluster: one member per distinct signature
    years: list[range] = []  # per cluster: the years it is indexed under (its first member's)
    by_year: dict[int, dict[int, list[int]]] = {}  # year -> signature set id -> cluster indices, increasing
    sig_ids: dict[tuple, int] = {}  # signature -> small int
    set_ids: dict[frozenset, int] = {}  # set of member signature ids -> small int
    cluster_set: list[int] = []  # per cluster: the id of its set of member signatures
    cluster_sigs: list[frozenset] = []
    verdicts: dict[tuple[int, int], bool] = {}
    where: dict[tuple[str, int, int], int] = {}  # a mention's cluster, for anaphors (same_as)
    for c in sorted(keys, key=lambda c: (c.doc_id, c.char_start, c.char_end)):
        ante = where.get((c.doc_id, *c.same_as)) if c.same_as else None
        if ante is not None:  # an anaphor joins the event of the mention it names, whatever its keys
            clusters[ante].append((c, f"speaks again of the mention at {c.same_as[0]}-{c.same_as[1]} (anaphor)"))
            where[(c.doc_id, c.char_start, c.char_end)] = ante
            continue
        sig = _signature(c)
        si = sig_ids.setdefault(sig, len(sig_ids))
        span = range(c.date_start.year, c.date_end.year + 1)
        best = None
        for y in span:
            for sid, cis in by_year.get(y, {}).items():
                if best is not None and cis[0] >= best:
                    continue
                ok = verdicts.get((si, sid))
                if ok is None:
                    ok = verdicts[(si, sid)] = all([_compatible(c, m) for m in reps[cis[0]].values()])
                if ok:
                    best = cis[0]
        if best is not None:
            where[(c.doc_id, c.char_start, c.char_end)] = best
            clusters[best].append((c, _compatible(c, next(iter(reps[best].values())))))
            if sig not in reps[best]:
                reps[best][sig] = c
                old = cluster_set[best]
                cluster_sigs[best] = cluster_sigs[best] | {si}
                new = cluster_set[best] = set_ids.setdefault(cluster_sigs[best], len(set_ids))
                for y in years[best]:
                    sets = by_year[y]
                    sets[old].remove(best)
                    if not sets[old]:
                        del sets[old]
                    insort(sets.setdefault(new, []), best)
        else:
            ci = len(clusters)
            where[(c.doc_id, c.char_start, c.char_end)] = ci
            clusters.append([(c, None)])
            reps.append({sig: c})
            years.append(span)
            cluster_sigs.append(frozenset((si,)))
            cluster_set.append(set_ids.setdefault(cluster_sigs[-1], len(set_ids)))
            for y in span:
                by_year.setdefault(y, {}).setdefault(cluster_set[ci], []).append(ci)
    return clusters


def _cluster_reference(keys: list[MergeKey]) -> list[list[tuple[MergeKey, str | None]]]:
    """The definition :func:`_cluster` implements (every candidate checked against every member
    signature of every cluster of its years; kept for the equivalence test)."""
    clusters: list[list[tuple[MergeKey, str | None]]] = []
    reps: list[dict[tuple, MergeKey]] = []
    by_year: dict[int, list[int]] = {}
    where: dict[tuple[str, int, int], int] = {}  # a mention's cluster, for anaphors (same_as)
    for c in sorted(keys, key=lambda c: (c.doc_id, c.char_start, c.char_end)):
        ante = where.get((c.doc_id, *c.same_as)) if c.same_as else None
        if ante is not None:
            clusters[ante].append((c, f"speaks again of the mention at {c.same_as[0]}-{c.same_as[1]} (anaphor)"))
            where[(c.doc_id, c.char_start, c.char_end)] = ante
            continue
        options = sorted({ci for y in range(c.date_start.year, c.date_end.year + 1) for ci in by_year.get(y, ())})
        for ci in options:
            reasons = [_compatible(c, m) for m in reps[ci].values()]
            if all(reasons):
                clusters[ci].append((c, reasons[0]))
                reps[ci].setdefault(_signature(c), c)
                where[(c.doc_id, c.char_start, c.char_end)] = ci
                break
        else:
            clusters.append([(c, None)])
            reps.append({_signature(c): c})
            where[(c.doc_id, c.char_start, c.char_end)] = len(clusters) - 1
            for y in range(c.date_start.year, c.date_end.year + 1):
                by_year.setdefault(y, []).append(len(clusters) - 1)
    return clusters


def _intersect_dates(members: list[Candidate]) -> Candidate:
    """The member with the most precise date (earliest on ties) gives the event's date."""
    return sorted(members, key=lambda m: (_PREC_RANK[m.date_precision], -m.confidence, m.doc_id, m.char_start))[0]


_WITH_ARTICLE = ("United ", "Holy See", "Netherlands", "Vatican")


def _display(name: str) -> str:
    return f"the {name}" if name.startswith(_WITH_ARTICLE) else name


def summary_for(ev: dict, mediator_names: list[str], country_names: dict[str, str]) -> str:
    parties = " and ".join(_display(country_names.get(p, p)) for p in ev["parties"]) or "unidentified sides"
    kind = {
        "talks": "held talks",
        "meeting": "met",
        "visit": "met during a visit",
        "message_exchange": "exchanged messages",
        "agreement": "concluded an agreement",
        "prisoner_release": "carried out a prisoner release",
        "series": "held a series of talks",
    }[ev["event_type"]]
    fmt = {"direct": " directly", "indirect": " indirectly", "unknown": ""}[ev["format"]]
    secret = " in secret" if ev["secrecy"] == "secret" else ""
    where = ""
    if ev["location_city"]:
        where = f" in {ev['location_city']}"
    elif ev["location_country"]:
        where = f" in {_display(country_names.get(ev['location_country'], ev['location_country']))}"
    via = f" via {', '.join(_display(m) for m in mediator_names)}" if mediator_names else ""
    when = _when(ev)
    cert = {"reported": "", "alleged": "Reportedly, ", "denied": "Allegedly (denied by a side), "}[ev["certainty"]]
    topics = f" on {', '.join(t.replace('_', ' ') for t in ev['topics'])}" if ev["topics"] else ""
    s = f"{cert}{parties}{fmt} {kind}{secret}{where}{via}{topics} {when}."
    return s[0].upper() + s[1:]


def _when(ev: dict) -> str:
    d = ev["date_start"]
    if ev["date_precision"] == "day":
        return f"on {d.isoformat()}"
    if ev["date_precision"] == "month":
        return f"in {d.strftime('%B %Y')}"
    if ev["date_end"] and ev["date_end"].year != d.year:
        return f"between {d.year} and {ev['date_end'].year}"
    return f"in {d.year}"


ROW_TABLES = ("events", "participants", "mediators", "mentions")


def assemble_rows(keys: list[MergeKey], load: Callable[[list[Any]], list[Candidate]], actors: pd.DataFrame, chunk: int = 1000) -> Iterator[dict[str, list[dict]]]:
    """Merge candidates into events; yield the rows of the four event tables a group of events at a
    time (whole events, about ``chunk`` mentions a group), so that only one group's candidates are loaded.

    ``keys`` are the candidates' :class:`MergeKey` records; ``load(refs)`` returns the candidates
    behind a list of ``ref`` values (a list index in memory, an offset in a spill file on disk).
    """
    names = actor_names(actors)
    used: set[str] = set()
    for group in event_groups(keys, chunk):
        loaded = iter(load([k.ref for cl in group for k, _ in cl]))
        clusters = [[(next(loaded), why) for _, why in cl] for cl in group]
        yield group_rows(clusters, [unique_event_id(used, lambda k, first=cl[0][0]: event_id_for(first, k)) for cl in clusters], names)


def actor_names(actors: pd.DataFrame) -> dict[str, str]:
    return {r.actor_id: r.name_en for r in actors.itertuples()}


def event_groups(keys: Iterable[MergeKey], chunk: int = 1000) -> Iterator[list[list[tuple[MergeKey, str | None]]]]:
    """The clusters of :func:`_cluster` (events, each a list of (member, merge reason)), in groups of
    whole events of about ``chunk`` mentions."""
    clusters = _cluster(list(keys))
    at = 0
    while at < len(clusters):
        group, size = [], 0
        while at < len(clusters) and (not group or size + len(clusters[at]) <= chunk):
            group.append(clusters[at])
            size += len(clusters[at])
            at += 1
        yield group


def unique_event_id(used: set[str], event_id: Callable[[int], str]) -> str:
    """The first of ``event_id(1)``, ``event_id(2)``… not in ``used`` (then added to it): the same
    anchor text twice in one document, as two contacts, gets its occurrence number in the ID.
    Events must be numbered in the order of :func:`event_groups`."""
    k = 1
    eid = event_id(k)
    while eid in used:
        k += 1
        eid = event_id(k)
    used.add(eid)
    return eid


def group_rows(clusters: list[list[tuple[Candidate, str | None]]], event_ids: list[str], names: dict[str, str]) -> dict[str, list[dict]]:
    """The rows of the four event tables for whole events (clusters of (candidate, merge reason))
    with their IDs from :func:`unique_event_id`."""
    out: dict[str, list[dict]] = {t: [] for t in ROW_TABLES}
    for cl, eid in zip(clusters, event_ids):
        _event_rows(cl, eid, names, out)
    return out


def assemble(cands: Iterable[Candidate], actors: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Merge candidates into events and build events, participants, mediators and mentions."""
    cands = list(cands)
    rows: dict[str, list[dict]] = {t: [] for t in ROW_TABLES}
    for part in assemble_rows([merge_key(c, i) for i, c in enumerate(cands)], lambda refs: [cands[i] for i in refs], actors):
        for t in ROW_TABLES:
            rows[t].extend(part[t])
    return row_frames(rows)


def row_frames(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    """Rows of the four event tables as typed DataFrames (the contract's columns, in order)."""
    c = load_contract()
    return {t: coerce(pd.DataFrame(rows[t], columns=c.table(t).column_names), t) for t in ROW_TABLES}


def _secrecy(members: list[Candidate], etype: str) -> str:
    """The first mention's secrecy that is known; an officially concluded deal is public unless the text
    says otherwise (codebook section 5)."""
    known = next((m.secrecy for m in members if m.secrecy != "unknown"), "unknown")
    if known == "unknown" and any(m.certainty == "reported" for m in members) and etype == "agreement":
        return "public"
    return known


def _outcome(members: list[Candidate], etype: str) -> str:
    """The event's outcome: an agreement event's is always ``agreement`` and a release that took place
    carries out a deal of the sides (codebook section 12); otherwise the first mention's that is known."""
    known = next((m.outcome for m in members if m.outcome != "unknown"), "unknown")
    if etype == "agreement" or (etype == "prisoner_release" and known == "unknown"):
        return "agreement"
    return known


def _event_rows(cl: list[tuple[Candidate, str | None]], eid: str, names: dict[str, str], out: dict[str, list[dict]]) -> None:
    """One cluster of mentions -> its event row, mention rows, participant and mediator rows (appended to ``out``)."""
    events, parts, meds, mentions = out["events"], out["participants"], out["mediators"], out["mentions"]
    members = [c for c, _ in cl]
    best = _intersect_dates(members)
    etype = sorted((m.event_type for m in members), key=lambda t: _TYPE_RANK[t])[0]  # the highest-ranked kind
    parties = sorted(set().union(*[m.parties for m in members]))
    mediator_ids = {a.actor_id for m in members for a in m.mediators}
    parties = [p for p in parties if p not in mediator_ids]
    loc = next((m for m in members if m.location_city), None) or next((m for m in members if m.location_country), None)
    ev = {
        "event_id": eid,
        "event_type": etype,
        "format": next((m.format for m in members if m.format != "unknown"), "unknown"),
        "secrecy": _secrecy(members, etype),
        "certainty": "denied" if any(m.certainty == "denied" for m in members) else ("reported" if any(m.certainty == "reported" for m in members) else "alleged"),
        "date_start": best.date_start,
        "date_end": best.date_end,
        "date_precision": best.date_precision,
        "date_edtf": best.date_edtf,
        "location_city": loc.location_city if loc else None,
        "location_country": loc.location_country if loc else None,
        "parties": parties,
        "topics": sorted(set().union(*[m.topics for m in members])),
        "outcome": _outcome(members, etype),
        "n_mentions": len(members),
        "n_documents": len({m.doc_id for m in members}),
        "confidence": round(min(1.0, max(m.confidence for m in members) + 0.05 * (len(members) - 1)), 3),
        "verified": False,
    }
    seen_p: set[str] = set()
    seen_m: set[tuple[str, str]] = set()
    # each mediator's role: the most active one any mention gives it, and a state's official mediating with his
    # state shares that role with it (codebook section 9: "the state and the person, with the same role")
    role: dict[str, str] = {}

    def more_active(k: str, r: str) -> None:
        if k not in role or _ROLE_RANK[r] < _ROLE_RANK[role[k]]:
            role[k] = r

    for m in members:
        for a in m.mediators:
            more_active(a.actor_id, a.mediation_role or "facilitator")
            if a.kind == "person" and a.country in mediator_ids:
                more_active(a.country, a.mediation_role or "facilitator")
    for m in members:
        for a in m.mediators:
            if a.kind == "person" and a.country in role:
                more_active(a.actor_id, role[a.country])
    for m, why in cl:
        mentions.append(
            {
                "mention_id": m.mention_id,
                "event_id": eid,
                "doc_id": m.doc_id,
                "char_start": m.char_start,
                "char_end": m.char_end,
                "quote": m.quote,
                "date_text": m.date_text,
                "date_calendar": m.date_calendar,
                "rule": m.rule,
                "confidence": m.confidence,
                "merge_reason": why,
            }
        )
        for a in m.participants:
            if a.actor_id in seen_p or a.actor_id in mediator_ids or a.side is None:
                continue
            seen_p.add(a.actor_id)
            parts.append(
                {
                    "event_id": eid,
                    "actor_id": a.actor_id,
                    "name": a.name or names.get(a.actor_id, a.name_original),
                    "name_original": a.name_original,
                    "kind": a.kind,
                    "country": a.country,
                    "role": a.role,
                    "side": a.side,
                    "mention_id": m.mention_id,
                }
            )
        for a in m.mediators:
            key = (a.actor_id, role[a.actor_id])
            if key in seen_m or a.actor_id in parties:
                continue
            seen_m.add(key)
            meds.append(
                {
                    "event_id": eid,
                    "actor_id": a.actor_id,
                    "name": a.name or names.get(a.actor_id),
                    "name_original": a.name_original,
                    "kind": a.kind,
                    "country": a.country,
                    "mediation_role": key[1],
                    "mention_id": m.mention_id,
                }
            )
    med_names = sorted({names.get(a, a) for a, _ in seen_m})
    ev["summary"] = summary_for(ev, med_names, names)
    events.append(ev)
