"""Stable event IDs across rule changes: the committed ID registry (``registry/event_ids.csv``).

``event_id_for`` derives an event's ID from its earliest mention. When the rules
change, the span or the earliest mention of an event can change and so would its
derived ID. The registry records, for every ID ever published, the mentions it
had (doc_id, char span, SHA-1 of the whitespace-normalised quote) and its status:

- ``active``  - in the latest release;
- ``deleted`` - no longer in the data (a tombstone: the ID stays reserved);
- ``merged``  - absorbed into ``merged_into`` (a tombstone too).

:func:`apply_registry` (pure, called at the end of the extract stage) gives each
freshly extracted event the registered ID whose recorded mentions it overlaps
(same doc_id and overlapping char span or same normalised quote); events that
match nothing keep their derived ID, re-minted if that ID is already reserved,
so an ID is never reused for a different event. :func:`update_registry` (pure,
called by ``backchannel release``) records a release's events in the registry.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Iterable

import pandas as pd

REGISTRY_COLUMNS = ["event_id", "doc_id", "char_start", "char_end", "quote_sha1", "status", "merged_into", "first_version"]
STATUSES = ("active", "deleted", "merged")
ID_TABLES = ("events", "mentions", "participants", "mediators")
DEFAULT_PATH = Path("registry") / "event_ids.csv"
_EV = re.compile(r"ev_[0-9a-f]{12}")


def quote_sha1(quote: str) -> str:
    """SHA-1 of the quote with whitespace collapsed (the normalisation ``event_id_for`` uses)."""
    return hashlib.sha1(" ".join(str(quote).split()).encode("utf-8")).hexdigest()


def empty_registry() -> pd.DataFrame:
    return normalise(pd.DataFrame(columns=REGISTRY_COLUMNS))


def normalise(reg: pd.DataFrame) -> pd.DataFrame:
    """Registry columns, dtypes and a deterministic row order (no duplicates)."""
    missing = [c for c in REGISTRY_COLUMNS if c not in reg.columns]
    if missing:
        raise ValueError(f"registry: missing columns {missing}")
    r = reg[REGISTRY_COLUMNS].copy()
    for c in ("event_id", "doc_id", "quote_sha1", "status"):
        r[c] = r[c].astype("str") if len(r) else pd.Series([], dtype="str")
    for c in ("char_start", "char_end"):
        r[c] = r[c].astype("int64")
    for c in ("merged_into", "first_version"):
        r[c] = pd.Series([None if _isna(v) or v == "" else str(v) for v in r[c]], index=r.index, dtype="object")
    bad = sorted(set(r["status"]) - set(STATUSES))
    if bad:
        raise ValueError(f"registry: unknown status {bad}; allowed {list(STATUSES)}")
    r = r.drop_duplicates(subset=["event_id", "doc_id", "char_start", "char_end", "quote_sha1"], keep="last")
    return r.sort_values(["event_id", "doc_id", "char_start", "char_end", "quote_sha1"], kind="mergesort").reset_index(drop=True)


def _isna(v) -> bool:
    return v is None or (isinstance(v, float) and v != v)


def read_registry(path: Path = DEFAULT_PATH) -> pd.DataFrame:
    """Read the registry CSV; a missing file is an empty registry."""
    path = Path(path)
    if not path.exists():
        return empty_registry()
    df = pd.read_csv(path, dtype={c: "str" for c in REGISTRY_COLUMNS if c not in ("char_start", "char_end")}, keep_default_na=False)
    return normalise(df)


def write_registry(reg: pd.DataFrame, path: Path = DEFAULT_PATH) -> None:
    """Write the registry deterministically (sorted, LF line endings, empty string for null)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    r = normalise(reg).fillna("")
    tmp = path.with_name(path.name + ".tmp")
    r.to_csv(tmp, index=False, lineterminator="\n")
    tmp.replace(path)


# ----------------------------------------------------------------------------- matching


def _mention_keys(mentions: pd.DataFrame) -> pd.DataFrame:
    m = mentions[["event_id", "doc_id", "char_start", "char_end"]].copy()
    m["quote_sha1"] = [quote_sha1(q) for q in mentions["quote"]]
    return m


def _matches(a: tuple, b: tuple) -> bool:
    """a, b = (doc_id, char_start, char_end, quote_sha1): same document and overlapping span or same quote."""
    if a[0] != b[0]:
        return False
    return (a[1] < b[2] and b[1] < a[2]) or a[3] == b[3]


def _reminted(derived: str, taken: set[str]) -> str:
    """A fresh ID derived from a reserved one (deterministic: depends only on the ID and the reserved set)."""
    n = 1
    while True:
        cand = "ev_" + hashlib.sha1(f"{derived}|{n}".encode()).hexdigest()[:12]
        if cand not in taken:
            return cand
        n += 1


def assign_ids(mentions: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """Map each derived event_id in ``mentions`` to its final ID.

    Returns a frame (derived_id, event_id, source, matched) where source is
    ``registry`` (took a registered ID), ``derived`` (new event, derived ID is free) or
    ``reminted`` (new event whose derived ID was reserved by a different event).
    Each registered ID goes to at most one event: candidates are ranked by the
    number of matching mentions, then by the overlap ratio (Jaccard), then by
    whether the registered ID equals the event's derived ID, then by the IDs.
    """
    reg = normalise(registry)
    cur = _mention_keys(mentions)
    derived_ids = sorted(set(cur["event_id"]))
    by_doc: dict[str, list[tuple[str, tuple]]] = {}
    for r in reg.itertuples(index=False):
        by_doc.setdefault(r.doc_id, []).append((r.event_id, (r.doc_id, int(r.char_start), int(r.char_end), r.quote_sha1)))
    reg_size = reg.groupby("event_id").size().to_dict() if len(reg) else {}
    cur_size = cur.groupby("event_id").size().to_dict() if len(cur) else {}
    hits: dict[tuple[str, str], int] = {}
    for r in cur.itertuples(index=False):
        key = (r.doc_id, int(r.char_start), int(r.char_end), r.quote_sha1)
        seen: set[str] = set()
        for rid, rkey in by_doc.get(r.doc_id, []):
            if rid not in seen and _matches(key, rkey):
                seen.add(rid)
                hits[(r.event_id, rid)] = hits.get((r.event_id, rid), 0) + 1
    ranked = sorted(
        hits.items(),
        key=lambda kv: (
            -kv[1],
            -kv[1] / (cur_size[kv[0][0]] + reg_size[kv[0][1]] - kv[1]),
            kv[0][0] != kv[0][1],
            kv[0][1],
            kv[0][0],
        ),
    )
    final: dict[str, tuple[str, str, int]] = {}
    used: set[str] = set()
    for (did, rid), n in ranked:
        if did in final or rid in used:
            continue
        final[did] = (rid, "registry", n)
        used.add(rid)
    reserved = set(reg["event_id"]) | used
    for did in derived_ids:
        if did in final:
            continue
        if did in reserved:
            new = _reminted(did, reserved | set(derived_ids))
            final[did] = (new, "reminted", 0)
            reserved.add(new)
        else:
            final[did] = (did, "derived", 0)
            reserved.add(did)
    rows = [{"derived_id": d, "event_id": v[0], "source": v[1], "matched": v[2]} for d, v in sorted(final.items())]
    return pd.DataFrame(rows, columns=["derived_id", "event_id", "source", "matched"])


def apply_registry(tables: dict[str, pd.DataFrame], registry: pd.DataFrame) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Give freshly extracted events their registered IDs (pure).

    ``tables`` must hold ``events`` and ``mentions`` (``participants`` and
    ``mediators`` are rewritten too when present; other tables pass through).
    Returns the rewritten tables and the ID map from :func:`assign_ids`
    (derived_id, event_id, source, matched) for logging.
    """
    id_map = assign_ids(tables["mentions"], registry)
    mapping = dict(zip(id_map["derived_id"], id_map["event_id"]))
    missing = sorted(set(tables["events"]["event_id"]) - set(mapping))
    if missing:  # events without mentions keep their ID unless it is reserved
        reserved = set(normalise(registry)["event_id"]) | set(mapping.values())
        extra = []
        for did in missing:
            new = did if did not in reserved else _reminted(did, reserved)
            reserved.add(new)
            mapping[did] = new
            extra.append({"derived_id": did, "event_id": new, "source": "derived" if new == did else "reminted", "matched": 0})
        id_map = pd.concat([id_map, pd.DataFrame(extra)], ignore_index=True).sort_values("derived_id").reset_index(drop=True)
    out = dict(tables)
    for name in ID_TABLES:
        if name in tables:
            df = tables[name].copy()
            df["event_id"] = df["event_id"].map(lambda e: mapping.get(e, e)).astype(tables[name]["event_id"].dtype)
            out[name] = df
    if out["events"]["event_id"].duplicated().any():  # cannot happen: assignment is one-to-one
        raise AssertionError("apply_registry produced duplicate event IDs")
    return out, id_map


def load_and_apply(tables: dict[str, pd.DataFrame], path: Path = DEFAULT_PATH) -> dict[str, pd.DataFrame]:
    """Convenience for the extract stage: read the registry file and apply it."""
    return apply_registry(tables, read_registry(path))[0]


# ----------------------------------------------------------------------------- updating at release


def merge_targets(log: pd.DataFrame | None, gone: Iterable[str], alive: Iterable[str]) -> dict[str, str]:
    """event_id -> surviving event_id, from the corrections_log merge records.

    A merge record names the absorbed and the surviving IDs somewhere in target,
    before and after; an ID that is gone maps to an ID in the same record that is alive.
    """
    gone, alive = set(gone), set(alive)
    out: dict[str, str] = {}
    if log is None or not len(log):
        return out
    for r in log[log["action"] == "merge"].itertuples(index=False):
        ids = []
        for v in (r.target, getattr(r, "before", None), getattr(r, "after", None)):
            if isinstance(v, str):
                ids += _EV.findall(v)
        dead = [i for i in ids if i in gone]
        live = [i for i in ids if i in alive]
        for d in dead:
            if live and d not in out:
                out[d] = live[0]
    return out


def update_registry(
    registry: pd.DataFrame,
    events: pd.DataFrame,
    mentions: pd.DataFrame,
    version: str,
    log: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The registry after releasing ``events``/``mentions`` as ``version`` (pure).

    Published events become ``active`` with their current mentions (first_version
    kept from the registry). Registered IDs that are no longer published keep
    their recorded mentions and become ``merged`` (when a corrections_log merge
    record, or the registry's own mentions now sitting in one published event,
    says where they went) or ``deleted``. Tombstones stay forever.
    """
    reg = normalise(registry)
    first = {}
    for r in reg.itertuples(index=False):
        if r.first_version and r.event_id not in first:
            first[r.event_id] = r.first_version
    live = set(events["event_id"])
    # only the machine's evidence identifies an event for the next extraction: a span a person
    # added (rule 'annotation:…') may overlap a different machine event, which must not take its ID
    machine = ~mentions["rule"].astype(str).str.startswith("annotation:") if "rule" in mentions else True
    cur = _mention_keys(mentions[mentions["event_id"].isin(live) & machine])
    active = cur.assign(status="active", merged_into=None, first_version=[first.get(e, version) for e in cur["event_id"]])
    # events without mentions still reserve their ID (one row with an empty span)
    bare = sorted(live - set(cur["event_id"]))
    if bare:
        active = pd.concat(
            [active, pd.DataFrame([{"event_id": e, "doc_id": "", "char_start": 0, "char_end": 0, "quote_sha1": "", "status": "active", "merged_into": None, "first_version": first.get(e, version)} for e in bare])],
            ignore_index=True,
        )
    gone_rows = reg[~reg["event_id"].isin(live)].copy()
    gone = set(gone_rows["event_id"])
    via_log = merge_targets(log, gone, live)
    # where did a gone event's mentions go? (majority of its recorded mentions)
    keys = {(r.doc_id, int(r.char_start), int(r.char_end), r.quote_sha1): r.event_id for r in cur.itertuples(index=False)}
    via_reg: dict[str, str] = {}
    for eid, g in gone_rows[gone_rows["status"] == "active"].groupby("event_id"):
        counts: dict[str, int] = {}
        for r in g.itertuples(index=False):
            k = (r.doc_id, int(r.char_start), int(r.char_end), r.quote_sha1)
            if k in keys:
                counts[keys[k]] = counts.get(keys[k], 0) + 1
        if counts:
            best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            if best[1] * 2 > len(g):
                via_reg[eid] = best[0]
    statuses, targets = [], []
    for r in gone_rows.itertuples(index=False):
        if r.status != "active":  # already a tombstone: unchanged
            statuses.append(r.status)
            targets.append(r.merged_into)
        elif r.event_id in via_log or r.event_id in via_reg:
            statuses.append("merged")
            targets.append(via_log.get(r.event_id) or via_reg[r.event_id])
        else:
            statuses.append("deleted")
            targets.append(None)
    gone_rows["status"] = statuses
    gone_rows["merged_into"] = targets
    return normalise(pd.concat([active[REGISTRY_COLUMNS], gone_rows[REGISTRY_COLUMNS]], ignore_index=True))


def tombstones(registry: pd.DataFrame) -> pd.DataFrame:
    """One row per tombstoned ID: event_id, status, merged_into, first_version."""
    reg = normalise(registry)
    t = reg[reg["status"] != "active"][["event_id", "status", "merged_into", "first_version"]]
    return t.drop_duplicates("event_id").reset_index(drop=True)


def summary(registry: pd.DataFrame) -> dict[str, int]:
    t = normalise(registry).drop_duplicates("event_id")
    return {s: int((t["status"] == s).sum()) for s in STATUSES}


def to_json(id_map: pd.DataFrame) -> str:
    return json.dumps(id_map.to_dict(orient="records"), indent=1, sort_keys=True)
