"""Stable event IDs: the registry keeps IDs across rule changes and never reuses a tombstoned ID."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from pipeline.extract.base import Candidate, assemble, event_id_for
from pipeline.registry import (
    apply_registry,
    empty_registry,
    read_registry,
    tombstones,
    update_registry,
    write_registry,
)

ACTORS = pd.DataFrame({"actor_id": ["IRN", "USA", "OMN"], "name_en": ["Iran", "United States", "Oman"]})


def cand(doc: str, start: int, end: int, quote: str, day: int, *, country: str = "OMN", month: int = 4) -> Candidate:
    d = dt.date(2021, month, day)
    return Candidate(
        doc_id=doc, char_start=start, char_end=end, quote=quote, rule="r", confidence=0.7, event_type="talks",
        date_start=d, date_end=d, date_precision="day", date_edtf=d.isoformat(),
        location_country=country, location_city=None, parties=frozenset({"IRN", "USA"}),
    )


def v1_candidates() -> list[Candidate]:
    return [
        cand("d1", 10, 40, "talks hosted by Oman on 6 April", 6),  # event A, earliest mention
        cand("d2", 5, 30, "the Muscat round of 6 April", 6),  # event A, second mention
        cand("d1", 100, 130, "a second round on 20 April", 20),  # event B
        cand("d3", 0, 20, "a Doha meeting in May", 3, country="QAT", month=5),  # event C
    ]


def v2_candidates() -> list[Candidate]:
    """A changed rule set: spans drift, an earlier mention appears, C is no longer found, D is new."""
    return [
        cand("d0", 50, 80, "Omani-hosted talks (6 April)", 6),  # new earliest mention of A -> new derived ID
        cand("d1", 8, 44, "، talks hosted by Oman on 6 April.", 6),  # A: span and quote changed a bit
        cand("d2", 5, 30, "the Muscat round of 6 April", 6),
        cand("d1", 98, 131, "and a second round on 20 April", 20),  # B: span drift
        cand("d4", 0, 25, "a new meeting in Vienna", 9, country="AUT", month=6),  # D: new
    ]


def by_first_quote(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    m = tables["mentions"].sort_values(["doc_id", "char_start"])
    return {q: e for q, e in zip(m["quote"], m["event_id"])}


def test_ids_survive_a_rule_change_and_tombstones_are_kept(tmp_path: Path) -> None:
    v1 = assemble(v1_candidates(), ACTORS)
    assert len(v1["events"]) == 3
    ids1 = by_first_quote(v1)
    a, b, c = ids1["talks hosted by Oman on 6 April"], ids1["a second round on 20 April"], ids1["a Doha meeting in May"]
    reg = update_registry(empty_registry(), v1["events"], v1["mentions"], "0.1.0")
    write_registry(reg, tmp_path / "event_ids.csv")
    reg = read_registry(tmp_path / "event_ids.csv")
    assert set(reg["status"]) == {"active"} and set(reg["first_version"]) == {"0.1.0"}

    raw = assemble(v2_candidates(), ACTORS)
    # without the registry, A's ID would change (its earliest mention is now in d0)
    assert a not in set(raw["events"]["event_id"])
    v2, id_map = apply_registry(raw, reg)
    ids2 = by_first_quote(v2)
    assert ids2["Omani-hosted talks (6 April)"] == a
    assert ids2["the Muscat round of 6 April"] == a
    assert ids2["and a second round on 20 April"] == b
    d = ids2["a new meeting in Vienna"]
    assert d not in {a, b, c} and re.fullmatch(r"ev_[0-9a-f]{12}", d)
    # every table was rewritten consistently
    assert set(v2["mentions"]["event_id"]) == set(v2["events"]["event_id"]) == {a, b, d}
    assert set(id_map["source"]) == {"registry", "derived"}

    reg2 = update_registry(reg, v2["events"], v2["mentions"], "0.2.0")
    tomb = tombstones(reg2)
    assert tomb.to_dict(orient="records") == [{"event_id": c, "status": "deleted", "merged_into": None, "first_version": "0.1.0"}]
    first = reg2.drop_duplicates("event_id").set_index("event_id")["first_version"].to_dict()
    assert first[a] == "0.1.0" and first[d] == "0.2.0"
    # deterministic file
    write_registry(reg2, tmp_path / "r1.csv")
    write_registry(read_registry(tmp_path / "r1.csv"), tmp_path / "r2.csv")
    assert (tmp_path / "r1.csv").read_bytes() == (tmp_path / "r2.csv").read_bytes()
    # the tombstone survives later releases
    reg3 = update_registry(reg2, v2["events"], v2["mentions"], "0.3.0")
    assert tombstones(reg3).equals(tomb)


def test_deleted_id_is_not_reused_for_a_different_event() -> None:
    c = cand("d9", 0, 12, "a new contact", 1, month=7)
    derived = event_id_for(c)
    # the derived ID was published before for another event (recorded elsewhere), now deleted
    reg = pd.DataFrame(
        [{"event_id": derived, "doc_id": "d_other", "char_start": 0, "char_end": 5, "quote_sha1": "0" * 40, "status": "deleted", "merged_into": None, "first_version": "0.1.0"}]
    )
    out, id_map = apply_registry(assemble([c], ACTORS), reg)
    new = out["events"]["event_id"].iloc[0]
    assert new != derived and re.fullmatch(r"ev_[0-9a-f]{12}", new)
    assert id_map["source"].tolist() == ["reminted"]
    # same input, same fresh ID
    assert apply_registry(assemble([c], ACTORS), reg)[0]["events"]["event_id"].iloc[0] == new


def test_split_keeps_the_anchor_and_gives_the_other_part_a_fresh_id() -> None:
    v1 = assemble(v1_candidates(), ACTORS)
    reg = update_registry(empty_registry(), v1["events"], v1["mentions"], "0.1.0")
    a = by_first_quote(v1)["talks hosted by Oman on 6 April"]
    # a rule change separates the two mentions of A (the d2 one is now dated a day later)
    split = [cand("d1", 10, 40, "talks hosted by Oman on 6 April", 6), cand("d2", 5, 30, "the Muscat round of 6 April", 7, country="QAT")]
    out, _ = apply_registry(assemble(split, ACTORS), reg)
    ids = by_first_quote(out)
    assert ids["talks hosted by Oman on 6 April"] == a
    assert ids["the Muscat round of 6 April"] != a
    assert out["events"]["event_id"].is_unique


def test_rejected_event_reextracted_gets_its_tombstoned_id_back() -> None:
    """A deleted ID is revived only for the same event (same mentions), so reject corrections keep applying."""
    v1 = assemble(v1_candidates(), ACTORS)
    reg = update_registry(empty_registry(), v1["events"], v1["mentions"], "0.1.0")
    c = by_first_quote(v1)["a Doha meeting in May"]
    kept = v1["events"][v1["events"]["event_id"] != c]
    reg2 = update_registry(reg, kept, v1["mentions"][v1["mentions"]["event_id"] != c], "0.2.0")
    assert tombstones(reg2)["event_id"].tolist() == [c]
    out, _ = apply_registry(assemble(v1_candidates(), ACTORS), reg2)
    assert c in set(out["events"]["event_id"])


def test_merge_is_recorded_from_the_corrections_log() -> None:
    v1 = assemble(v1_candidates(), ACTORS)
    reg = update_registry(empty_registry(), v1["events"], v1["mentions"], "0.1.0")
    ids = by_first_quote(v1)
    a, b = ids["talks hosted by Oman on 6 April"], ids["a second round on 20 April"]
    ev = v1["events"][v1["events"]["event_id"] != b]
    mn = v1["mentions"].assign(event_id=v1["mentions"]["event_id"].replace(b, a))
    log = pd.DataFrame([{"record_id": "x.yaml#0", "action": "merge", "target": b, "field": "*", "before": None, "after": f'"{a}"', "reason": "same round", "annotator": "t"}])
    reg2 = update_registry(reg, ev, mn, "0.2.0", log)
    t = tombstones(reg2)
    assert t.to_dict(orient="records") == [{"event_id": b, "status": "merged", "merged_into": a, "first_version": "0.1.0"}]
    # without a log record the registry's own mentions show where b went
    reg3 = update_registry(reg, ev, mn, "0.2.0")
    assert tombstones(reg3)["merged_into"].tolist() == [a]


def test_a_person_added_span_does_not_lend_its_id_to_an_overlapping_machine_event() -> None:
    tables = assemble(v1_candidates()[:1], ACTORS)
    machine_id = tables["events"]["event_id"].iloc[0]
    # the machine's event was rejected; an annotator added another event whose evidence overlaps its sentence
    human_event = tables["events"].assign(event_id="ev_aaaaaaaaaaaa")
    human_mention = tables["mentions"].assign(
        mention_id="mn_aaaaaaaaaaaa", event_id="ev_aaaaaaaaaaaa", char_start=12, char_end=30, quote="x" * 18, rule="annotation:d1.yaml#1"
    )
    reg = update_registry(empty_registry(), human_event, human_mention, "0.1.0")
    assert "ev_aaaaaaaaaaaa" in set(reg["event_id"])  # the added event's ID stays reserved
    again, _ = apply_registry(assemble(v1_candidates()[:1], ACTORS), reg)
    assert list(again["events"]["event_id"]) == [machine_id]


def test_the_same_sentence_twice_in_a_document_gives_two_distinct_ids() -> None:
    a = cand("d1", 10, 40, "talks hosted by Oman on 6 April", 6)
    b = cand("d1", 500, 530, "talks hosted by Oman on 6 April", 6, country="QAT")  # same words, another contact
    t = assemble([a, b], ACTORS)
    assert t["events"]["event_id"].is_unique and len(t["events"]) == 2
