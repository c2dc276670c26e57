"""Release metadata: datapackage.json, croissant.json, dataset card, CITATION.cff, LICENSE, SHA256SUMS."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest
import yaml

from pipeline.contract import load_contract, write_table
from pipeline.metadata import LICENSE_TEXT, write_metadata

ROOT = Path(__file__).resolve().parent.parent

A = "ev_aaaaaaaaaaaa"
B = "ev_bbbbbbbbbbbb"


def tiny_tables(n_events: int = 2, *, date_b: str = "2021-04-06", reason: str | None = None) -> dict[str, pd.DataFrame]:
    """A tiny, valid published layer: two documents, up to three events."""
    d = dt.date
    documents = pd.DataFrame(
        [
            {"doc_id": "d1", "file": "d1.txt", "sha256": "a" * 64, "lang": "ar", "title": "T1", "publisher": "Al Example", "url": None, "publication_date": d(2021, 4, 7), "publication_date_source": "stated", "n_chars": 100},
            {"doc_id": "d2", "file": "d2.txt", "sha256": "b" * 64, "lang": "fa", "title": None, "publisher": None, "url": None, "publication_date": d(2021, 5, 1), "publication_date_source": "inferred", "n_chars": 80},
        ]
    )
    ev = []
    for i, (eid, doc, start) in enumerate([(A, "d1", "2021-04-06"), (B, "d2", date_b), ("ev_cccccccccccc", "d2", "2021-04-20")][:n_events]):
        ev.append(
            {"event_id": eid, "event_type": "talks", "format": "indirect", "secrecy": "public", "certainty": "reported", "date_start": pd.Timestamp(start), "date_end": pd.Timestamp(start), "date_precision": "day", "date_edtf": start, "location_city": "Vienna", "location_country": "AUT", "parties": ["IRN", "USA"], "topics": ["nuclear"], "outcome": "unknown", "summary": f"Event {i}.", "n_mentions": 1, "n_documents": 1, "confidence": 0.7, "verified": reason is not None and eid == B}
        )
    events = pd.DataFrame(ev)
    mentions = pd.DataFrame(
        [{"mention_id": f"mn_{str(i) * 12}", "event_id": e["event_id"], "doc_id": doc, "char_start": 10 * i, "char_end": 10 * i + 5, "quote": f"q{i}xyz", "date_text": None, "date_calendar": None, "rule": "r1", "confidence": 0.7, "merge_reason": None} for i, (e, doc) in enumerate(zip(ev, ["d1", "d2", "d2"]))]
    )
    actors = pd.DataFrame(
        [
            {"actor_id": "IRN", "kind": "state", "name_en": "Iran", "names_ar": ["إيران"], "names_fa": ["ایران"], "country": "IRN", "wikidata_id": None},
            {"actor_id": "USA", "kind": "state", "name_en": "United States", "names_ar": ["أمريكا"], "names_fa": ["آمریکا"], "country": "USA", "wikidata_id": None},
            {"actor_id": "OMN", "kind": "state", "name_en": "Oman", "names_ar": ["عمان"], "names_fa": ["عمان"], "country": "OMN", "wikidata_id": None},
        ]
    )
    participants = pd.DataFrame(
        [{"event_id": A, "actor_id": "IRN", "name": "Iran", "name_original": "إيران", "kind": "state", "country": "IRN", "role": None, "side": "IRN", "mention_id": "mn_000000000000"}]
    )
    mediators = pd.DataFrame(
        [{"event_id": A, "actor_id": "OMN", "name": "Oman", "name_original": "عمان", "kind": "state", "country": "OMN", "mediation_role": "host", "mention_id": "mn_000000000000"}]
    )
    log = pd.DataFrame(
        [{"record_id": "a.yaml#0", "action": "set", "target": B, "field": "date_start", "before": '"2021-04-06"', "after": json.dumps(date_b), "reason": reason, "annotator": "tester"}]
        if reason
        else [],
        columns=load_contract().table("corrections_log").column_names,
    )
    return {"documents": documents, "events": events, "mentions": mentions, "actors": actors, "participants": participants, "mediators": mediators, "corrections_log": log}


def write_tables(tables: dict[str, pd.DataFrame], d: Path) -> None:
    for name, df in tables.items():
        write_table(df, d / f"{name}.parquet", name)


@pytest.fixture
def published(tmp_path: Path) -> Path:
    d = tmp_path / "published"
    write_tables(tiny_tables(), d)
    write_metadata(d, "1.2.3", "2025-01-31")
    return d


def test_metadata_is_deterministic(published: Path, tmp_path: Path) -> None:
    first = {p.name: p.read_bytes() for p in sorted(published.iterdir())}
    write_metadata(published, "1.2.3", "2025-01-31")
    assert {p.name: p.read_bytes() for p in sorted(published.iterdir())} == first
    other = tmp_path / "other"
    write_tables(tiny_tables(), other)
    write_metadata(other, "1.2.3", "2025-01-31")
    assert {p.name: p.read_bytes() for p in sorted(other.iterdir())} == first


def test_sha256sums(published: Path) -> None:
    lines = (published / "SHA256SUMS").read_text().splitlines()
    assert len(lines) == len(list(published.glob("*.parquet")))
    for line in lines:
        digest, name = line.split("  ")
        assert hashlib.sha256((published / name).read_bytes()).hexdigest() == digest


# A compact JSON Schema for the parts of Frictionless Data Package / Table Schema we use.
_FIELD = {
    "type": "object",
    "required": ["name", "type"],
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "type": {"enum": ["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "list", "any"]},
        "description": {"type": "string"},
        "itemType": {"enum": ["string", "number", "integer", "boolean", "date"]},
        "constraints": {
            "type": "object",
            "properties": {"required": {"type": "boolean"}, "unique": {"type": "boolean"}, "enum": {"type": "array", "minItems": 1}, "pattern": {"type": "string"}, "minimum": {"type": "number"}, "maximum": {"type": "number"}},
            "additionalProperties": False,
        },
    },
}
DATAPACKAGE_SCHEMA = {
    "type": "object",
    "required": ["name", "version", "licenses", "resources"],
    "properties": {
        "name": {"type": "string", "pattern": "^[a-z0-9._-]+$"},
        "version": {"type": "string", "pattern": r"^\d+\.\d+\.\d+$"},
        "created": {"type": "string", "format": "date-time"},
        "licenses": {"type": "array", "minItems": 1, "items": {"type": "object", "anyOf": [{"required": ["name"]}, {"required": ["path"]}]}},
        "sources": {"type": "array", "items": {"type": "object", "required": ["title"]}},
        "resources": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["name", "path", "schema"],
                "properties": {
                    "name": {"type": "string", "pattern": "^[a-z0-9._-]+$"},
                    "path": {"type": "string"},
                    "hash": {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"},
                    "bytes": {"type": "integer"},
                    "schema": {
                        "type": "object",
                        "required": ["fields"],
                        "properties": {
                            "fields": {"type": "array", "minItems": 1, "items": _FIELD},
                            "primaryKey": {"type": "array", "items": {"type": "string"}},
                            "foreignKeys": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": ["fields", "reference"],
                                    "properties": {"fields": {"type": "array"}, "reference": {"type": "object", "required": ["resource", "fields"]}},
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def test_datapackage_matches_spec_and_contract(published: Path) -> None:
    import jsonschema

    pkg = json.loads((published / "datapackage.json").read_text())
    jsonschema.validate(pkg, DATAPACKAGE_SCHEMA)
    assert pkg["version"] == "1.2.3" and pkg["created"].startswith("2025-01-31")
    c = load_contract()
    res = {r["name"]: r for r in pkg["resources"]}
    assert set(res) == {p.stem for p in published.glob("*.parquet")}
    for name, r in res.items():
        t = c.table(name)
        names = [f["name"] for f in r["schema"]["fields"]]
        assert names == t.column_names
        assert r["schema"]["primaryKey"] == list(t.primary_key)
        for fk in r["schema"].get("foreignKeys", []):
            assert fk["reference"]["resource"] in res
            ref_fields = [f["name"] for f in res[fk["reference"]["resource"]]["schema"]["fields"]]
            assert set(fk["reference"]["fields"]) <= set(ref_fields)
        assert r["hash"] == "sha256:" + hashlib.sha256((published / r["path"]).read_bytes()).hexdigest()
    assert {f["name"]: f["type"] for f in res["events"]["schema"]["fields"]}["parties"] == "array"


def test_croissant_loads_offline_and_reads_records(published: Path) -> None:
    mlc = pytest.importorskip("mlcroissant")
    ds = mlc.Dataset(jsonld=str(published / "croissant.json"))
    meta = ds.metadata.to_json()
    for k in ("rai:dataCollection", "rai:dataAnnotationProtocol", "rai:dataBiases", "rai:dataLimitations", "rai:personalSensitiveInformation"):
        assert k in json.dumps(meta) or k.split(":")[1] in json.dumps(meta)
    recs = list(ds.records(record_set="events"))
    assert len(recs) == 2
    ids = sorted(r["events/event_id"].decode() if isinstance(r["events/event_id"], bytes) else r["events/event_id"] for r in recs)
    assert ids == [A, B]
    docs = list(ds.records(record_set="documents"))
    assert len(docs) == 2
    raw = json.loads((published / "croissant.json").read_text())
    for fo in raw["distribution"]:
        assert fo["sha256"] == hashlib.sha256((published / fo["contentUrl"]).read_bytes()).hexdigest()
    assert raw["conformsTo"] == "http://mlcommons.org/croissant/1.0"


def test_citation_cff_license_and_card(published: Path) -> None:
    cff = yaml.safe_load((published / "CITATION.cff").read_text())
    for k in ("cff-version", "message", "title", "authors", "version", "date-released", "license"):
        assert k in cff, k
    assert cff["version"] == "1.2.3" and str(cff["date-released"]) == "2025-01-31"
    assert (published / "LICENSE").read_text() == LICENSE_TEXT
    card = (published / "README.md").read_text()
    fm = yaml.safe_load(card.split("---\n")[1])
    assert fm["license"] == "cc-by-4.0" and {"ar", "fa"} <= set(fm["language"])
    configs = {c["config_name"]: c["data_files"][0]["path"] for c in fm["configs"]}
    assert configs["events"] == "events.parquet" and set(configs) == {p.stem for p in published.glob("*.parquet")}
    for section in ("## What it is", "## Tables", "## Sources", "## Annotation process", "## Limitations and bias", "## Licensing", "## Citation"):
        assert section in card
    for col in load_contract().table("events").column_names:
        assert f"`{col}`" in card


def test_unreleased_has_no_date(tmp_path: Path) -> None:
    d = tmp_path / "p"
    write_tables(tiny_tables(), d)
    write_metadata(d, "0.1.0", None)
    cff = yaml.safe_load((d / "CITATION.cff").read_text())
    assert "date-released" not in cff and cff["version"] == "0.1.0"
    assert "created" not in json.loads((d / "datapackage.json").read_text())


def test_license_data_file_matches_generated_text() -> None:
    assert (ROOT / "LICENSE-DATA").read_text(encoding="utf-8") == LICENSE_TEXT
