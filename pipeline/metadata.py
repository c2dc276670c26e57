"""Release metadata generated from the contract and the built tables, never kept by hand.

:func:`write_metadata` writes, next to the Parquet tables of ``data/published``:

- ``datapackage.json`` - Frictionless Data Package (v2 profile) with one resource per table;
- ``croissant.json``   - MLCommons Croissant 1.0 with FileObjects, RecordSets and RAI fields;
- ``README.md``        - the dataset card (Hugging Face front matter, one config per table);
- ``CITATION.cff``     - Citation File Format 1.2.0 with the release's version and date;
- ``LICENSE``          - the data terms (same text as the repository's LICENSE-DATA);
- ``SHA256SUMS``       - ``sha256sum -c`` compatible checksums of the Parquet files.

Everything is a function of the contract, the tables, ``version`` and ``date``
(the release date recorded in params.yaml, or ``None`` before the first
release), so ``dvc repro`` stays byte-identical.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from .contract import Table, load_contract, read_table

NAME = "backchannel"
TITLE = "Backchannel: mediated Iran–US diplomatic contacts"
DESCRIPTION = (
    "An open, versioned dataset of mediated and direct diplomatic contacts between Iran and the "
    "United States, extracted from Arabic and Persian news text by a reproducible rule-based "
    "pipeline and corrected by human annotators. Every event is backed by evidence quotes "
    "(document and character offsets)."
)
HOMEPAGE = "https://github.com/backchannel-data/backchannel"
AUTHORS = [{"name": "Backchannel contributors"}]
KEYWORDS = ["diplomacy", "Iran", "United States", "mediation", "event data", "Arabic", "Persian", "information extraction"]
LICENSE_ID = "CC-BY-4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENSE_TITLE = "Creative Commons Attribution 4.0 International"
UNRELEASED = "unreleased"
METADATA_FILES = ["datapackage.json", "croissant.json", "README.md", "CITATION.cff", "LICENSE", "SHA256SUMS"]

LICENSE_TEXT = """\
Backchannel dataset - data licence
==================================

1. Annotations and derived tables

The Backchannel tables (events, participants, mediators, mentions, actors,
documents, corrections_log, changes) and the annotations they are built from
are licensed under the Creative Commons Attribution 4.0 International licence
(CC BY 4.0): https://creativecommons.org/licenses/by/4.0/legalcode

You may share and adapt them for any purpose, provided you give appropriate
credit (cite the dataset and its version, see CITATION.cff), provide a link to
the licence and indicate if changes were made.

2. Source documents

The news articles the events are extracted from remain the copyright of their
publishers. They are NOT distributed with the dataset and are NOT covered by
the licence above. The dataset only publishes each document's provenance
(title, publisher, URL, date, SHA-256) and short evidence quotes (the
`quote` column of the mentions table) for the purposes of research, criticism
and verification. Rights holders who object to a quote can open an issue; the
quote will be removed in the next patch release.

3. No warranty

The data are provided "as is", without warranty of any kind. Extracted events
may be wrong or incomplete; see the dataset card for known limitations.

4. Code

The pipeline code that produces the dataset is licensed separately (MIT, see
the repository's LICENSE).
"""

_FRICTIONLESS_TYPES = {"string": "string", "int": "integer", "float": "number", "bool": "boolean", "date": "date", "list[string]": "array"}
_CROISSANT_TYPES = {"string": "sc:Text", "int": "sc:Integer", "float": "sc:Float", "bool": "sc:Boolean", "date": "sc:Date", "list[string]": "sc:Text"}
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"
CROISSANT_PARQUET = "application/x-parquet"


# ----------------------------------------------------------------------------- helpers


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def published_tables(published_dir: Path) -> list[Table]:
    """Contract tables of the published layer that have a Parquet file here, in contract order."""
    c = load_contract()
    d = Path(published_dir)
    return [c.table(n) for n in c.published if (d / f"{n}.parquet").exists()]


def _dump_json(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def _date(date: str | None) -> str | None:
    return None if not date or str(date) == UNRELEASED else str(date)[:10]


def _stats(published_dir: Path, tables: list[Table]) -> dict[str, Any]:
    d = Path(published_dir)
    names = {t.name for t in tables}
    st: dict[str, Any] = {"rows": {t.name: int(pd.read_parquet(d / f"{t.name}.parquet", columns=[t.primary_key[0]]).shape[0]) for t in tables}}
    if "documents" in names:
        docs = read_table(d / "documents.parquet", "documents")
        st["languages"] = {k: int(v) for k, v in docs["lang"].value_counts().sort_index().items()}
        pubs = docs["publisher"].fillna("(unknown publisher)")
        st["publishers"] = {k: int(v) for k, v in pubs.value_counts().sort_index().items()}
        dates = docs["publication_date"].dropna()
        st["doc_dates"] = (dates.min().date().isoformat(), dates.max().date().isoformat()) if len(dates) else None
    if "events" in names:
        ev = read_table(d / "events.parquet", "events")
        st["verified_share"] = round(float(ev["verified"].mean()), 4) if len(ev) else 0.0
        st["event_dates"] = (ev["date_start"].min().date().isoformat(), ev["date_start"].max().date().isoformat()) if len(ev) else None
    if "mentions" in names:
        mn = read_table(d / "mentions.parquet", "mentions")
        st["annotation_mentions"] = int(mn["rule"].str.startswith("annotation:").sum())
    return st


# ----------------------------------------------------------------------------- datapackage.json


def _constraints(col) -> dict[str, Any]:
    c: dict[str, Any] = {}
    if not col.nullable:
        c["required"] = True
    if col.allowed and not col.is_list:
        c["enum"] = list(col.allowed)
    if col.pattern:
        c["pattern"] = col.pattern
    if col.min is not None:
        c["minimum"] = col.min
    if col.max is not None:
        c["maximum"] = col.max
    return c


def datapackage(published_dir: Path, version: str, date: str | None) -> dict[str, Any]:
    d = Path(published_dir)
    tables = published_tables(d)
    present = {t.name for t in tables}
    stats = _stats(d, tables)
    resources = []
    for t in tables:
        f = d / f"{t.name}.parquet"
        fields = []
        for col in t.columns:
            fd: dict[str, Any] = {"name": col.name, "type": _FRICTIONLESS_TYPES[col.type], "description": col.description}
            if col.is_list:
                fd["itemType"] = "string"
            cons = _constraints(col)
            if cons:
                fd["constraints"] = cons
            fields.append(fd)
        schema: dict[str, Any] = {"fields": fields, "primaryKey": list(t.primary_key)}
        fks = [
            {"fields": list(fk.columns), "reference": {"resource": fk.table, "fields": list(fk.ref_columns)}}
            for fk in t.foreign_keys
            if fk.table in present
        ]
        if fks:
            schema["foreignKeys"] = fks
        resources.append(
            {
                "name": t.name,
                "type": "table",
                "path": f.name,
                "format": "parquet",
                "mediatype": PARQUET_MEDIATYPE,
                "description": t.description,
                "bytes": f.stat().st_size,
                "hash": "sha256:" + sha256_file(f),
                "schema": schema,
            }
        )
    pkg: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "version": version,
        "homepage": HOMEPAGE,
        "keywords": KEYWORDS,
        "licenses": [{"name": LICENSE_ID, "path": LICENSE_URL, "title": LICENSE_TITLE}],
        "contributors": [{"title": a["name"], "roles": ["creator"]} for a in AUTHORS],
        "sources": [{"title": f"{p} ({n} documents; quoted excerpts only, full text not redistributed)"} for p, n in stats.get("publishers", {}).items()],
        "resources": resources,
    }
    if _date(date):
        pkg["created"] = f"{_date(date)}T00:00:00Z"
    return pkg


# ----------------------------------------------------------------------------- croissant.json

CROISSANT_CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}


def _citation_text(version: str, date: str | None) -> str:
    year = _date(date)[:4] if _date(date) else "n.d."
    return f"Backchannel contributors ({year}). {TITLE} (version {version}) [Data set]. {HOMEPAGE}"


def _rai(stats: dict[str, Any]) -> dict[str, Any]:
    langs = ", ".join(f"{k}: {v}" for k, v in stats.get("languages", {}).items()) or "none"
    pubs = len(stats.get("publishers", {}))
    span = stats.get("doc_dates")
    span_s = f" published between {span[0]} and {span[1]}" if span else ""
    return {
        "rai:dataCollection": (
            f"Arabic and Persian news articles (documents by language - {langs}) from {pubs} publisher(s){span_s}, "
            "selected by keyword search for Iran–US contacts and recorded in a manifest with their provenance. "
            "Full texts stay in the private corpus; the documents table lists their provenance and SHA-256."
        ),
        "rai:dataCollectionType": ["Web Scraping", "Manual Human Curation"],
        "rai:dataPreprocessingProtocol": (
            "Texts are decoded as UTF-8 and kept byte-for-byte; offsets are Unicode code points into the raw text. "
            "Dates in Gregorian, solar Hijri and lunar Hijri calendars and relative dates are resolved to Gregorian ranges with EDTF precision."
        ),
        "rai:dataAnnotationProtocol": (
            "A rule-based extractor (actor gazetteers, cue lexicons, a date engine) proposes one candidate per evidence span; "
            "candidates describing the same contact are merged with an explicit merge_reason. Human annotators then confirm, "
            "reject, edit, add, merge or split events through YAML correction records; every change is logged in the "
            f"corrections_log table. Share of events verified by a person: {stats.get('verified_share', 0.0)}. "
            f"Mentions added by annotators: {stats.get('annotation_mentions', 0)}."
        ),
        "rai:dataAnnotationPlatform": "YAML correction records reviewed in git; command-line review tool (backchannel review).",
        "rai:dataAnnotationAnalysis": "Per-release quality report (quality.json): row counts, quarantined rows, failed checks and coverage shares.",
        "rai:dataBiases": (
            "Coverage follows what Arabic- and Persian-language outlets chose to report: secret contacts are under-represented "
            "until disclosed, state-aligned outlets frame contacts differently (denials, allegations), and the keyword selection "
            "favours contacts described with common diplomatic vocabulary. Mediators that are covered heavily in these media "
            "(e.g. Oman, Qatar) may be over-represented relative to others."
        ),
        "rai:dataLimitations": (
            "Events are extracted automatically and only partly verified (see `verified` and `confidence`). Dates may be approximate "
            "(see date_precision and date_edtf); relative dates depend on the publication date, which may itself be inferred. "
            "Alleged and denied contacts are included and flagged by `certainty`. The corpus is a sample, not a census of contacts. "
            "Not suitable for measuring the frequency of diplomacy over time without correcting for media coverage."
        ),
        "rai:dataUseCases": "Research on mediated diplomacy, event-data methodology, and benchmarking Arabic/Persian information extraction.",
        "rai:dataSocialImpact": (
            "The data concern public diplomacy by officials; misreading alleged contacts as facts could spread misinformation, "
            "which is why every row links to its evidence and certainty is explicit."
        ),
        "rai:personalSensitiveInformation": (
            "Names and titles of public officials and diplomats acting in an official capacity appear in participants, mediators "
            "and evidence quotes. No private individuals' personal data are collected on purpose; detained persons named in "
            "prisoner-release reports appear only as quoted by the press. No special-category data are inferred."
        ),
        "rai:dataReleaseMaintenancePlan": (
            "Semantic versioning (major = schema change, minor = new data, patch = corrections); each release ships a `changes` "
            "table and keeps deleted and merged event IDs as tombstones. Releases are git tags with DVC-tracked data."
        ),
    }


def croissant(published_dir: Path, version: str, date: str | None) -> dict[str, Any]:
    d = Path(published_dir)
    tables = published_tables(d)
    present = {t.name for t in tables}
    stats = _stats(d, tables)
    distribution = []
    for t in tables:
        f = d / f"{t.name}.parquet"
        distribution.append(
            {
                "@type": "cr:FileObject",
                "@id": f.name,
                "name": f.name,
                "description": t.description,
                "contentUrl": f.name,
                "contentSize": f"{f.stat().st_size} B",
                "encodingFormat": CROISSANT_PARQUET,
                "sha256": sha256_file(f),
            }
        )
    record_sets = []
    for t in tables:
        fields = []
        refs = {}
        for fk in t.foreign_keys:
            if fk.table in present:
                for col, ref in zip(fk.columns, fk.ref_columns):
                    refs.setdefault(col, f"{fk.table}/{ref}")
        for col in t.columns:
            fd: dict[str, Any] = {
                "@type": "cr:Field",
                "@id": f"{t.name}/{col.name}",
                "name": col.name,
                "description": col.description,
                "dataType": _CROISSANT_TYPES[col.type],
                "source": {"fileObject": {"@id": f"{t.name}.parquet"}, "extract": {"column": col.name}},
            }
            if col.is_list:
                fd["repeated"] = True
            if col.name in refs:
                fd["references"] = {"field": {"@id": refs[col.name]}}
            fields.append(fd)
        key = [{"@id": f"{t.name}/{k}"} for k in t.primary_key]
        record_sets.append(
            {
                "@type": "cr:RecordSet",
                "@id": t.name,
                "name": t.name,
                "description": t.description,
                "key": key[0] if len(key) == 1 else key,
                "field": fields,
            }
        )
    doc: dict[str, Any] = {
        "@context": CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "name": NAME,
        "alternateName": TITLE,
        "description": DESCRIPTION,
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "version": version,
        "license": LICENSE_URL,
        "url": HOMEPAGE,
        "citeAs": _citation_text(version, date),
        "creator": [{"@type": "sc:Organization", "name": a["name"]} for a in AUTHORS],
        "keywords": KEYWORDS,
        "inLanguage": ["ar", "fa", "en"],
        "isLiveDataset": False,
    }
    if _date(date):
        doc["datePublished"] = _date(date)
    doc.update(_rai(stats))
    doc["distribution"] = distribution
    doc["recordSet"] = record_sets
    return doc


# ----------------------------------------------------------------------------- CITATION.cff


def citation_cff(version: str, date: str | None) -> str:
    data: dict[str, Any] = {
        "cff-version": "1.2.0",
        "message": "If you use this dataset, please cite it as below (with its version).",
        "type": "dataset",
        "title": TITLE,
        "abstract": DESCRIPTION,
        "authors": AUTHORS,
        "version": version,
    }
    if _date(date):
        data["date-released"] = _date(date)
    data.update({"license": LICENSE_ID, "url": HOMEPAGE, "repository-code": HOMEPAGE, "keywords": KEYWORDS})
    header = "# Generated by pipeline/metadata.py from the release (do not edit by hand).\n"
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


# ----------------------------------------------------------------------------- dataset card


def _front_matter(tables: list[Table], stats: dict[str, Any]) -> str:
    n = stats["rows"].get("events", 0)
    size = "n<1K" if n < 1000 else ("1K<n<10K" if n < 10000 else "10K<n<100K")
    fm: dict[str, Any] = {
        "license": "cc-by-4.0",
        "language": ["ar", "fa", "en"],
        "pretty_name": TITLE,
        "tags": ["diplomacy", "event-data", "iran", "united-states", "mediation", "information-extraction"],
        "task_categories": ["token-classification", "text-classification"],
        "size_categories": [size],
        "configs": [
            {"config_name": t.name, "data_files": [{"split": "train", "path": f"{t.name}.parquet"}], **({"default": True} if t.name == "events" else {})}
            for t in tables
        ],
    }
    return "---\n" + yaml.safe_dump(fm, sort_keys=False, allow_unicode=True, width=100) + "---\n"


def dataset_card(published_dir: Path, version: str, date: str | None) -> str:
    d = Path(published_dir)
    tables = published_tables(d)
    stats = _stats(d, tables)
    rel = _date(date) or "not yet released"
    L = [_front_matter(tables, stats), f"# {TITLE}", "", "<!-- Generated by pipeline/metadata.py from schemas/contract.yaml and the build. Do not edit by hand. -->", ""]
    L += [f"**Version {version}** ({rel}). Licence: CC BY 4.0 for the tables; source documents remain their publishers' copyright.", ""]
    L += ["## What it is", "", DESCRIPTION, ""]
    L += ["| table | rows |", "|---|---|"] + [f"| `{t.name}` | {stats['rows'][t.name]} |" for t in tables] + [""]
    if stats.get("event_dates"):
        L += [f"Events dated from {stats['event_dates'][0]} to {stats['event_dates'][1]}.", ""]
    L += ["## Tables", "", "Generated from the data contract (`schemas/contract.yaml`). Types: `string`, `int`, `float`, `bool`, `date`, `list[string]`.", ""]
    present = {t.name for t in tables}
    for t in tables:
        L += [f"### `{t.name}`", "", t.description, "", f"Primary key: `{', '.join(t.primary_key)}`."]
        for fk in t.foreign_keys:
            if fk.table in present:
                L.append(f"Foreign key: `{', '.join(fk.columns)}` → `{fk.table}({', '.join(fk.ref_columns)})`.")
        L += ["", "| column | type | nullable | description |", "|---|---|---|---|"]
        for col in t.columns:
            desc = col.description.replace("|", "\\|")
            if col.allowed:
                desc += " Values: " + ", ".join(f"`{a}`" for a in col.allowed) + "."
            L.append(f"| `{col.name}` | {col.type} | {'yes' if col.nullable else 'no'} | {desc} |")
        L.append("")
    L += ["## Sources", ""]
    langs = stats.get("languages", {})
    if langs:
        L.append("Documents by language: " + ", ".join(f"{k} {v}" for k, v in langs.items()) + ".")
        L.append("")
        L += ["| publisher | documents |", "|---|---|"] + [f"| {p} | {n} |" for p, n in stats.get("publishers", {}).items()] + [""]
    L += ["Full texts are not redistributed; the `documents` table gives each source's title, publisher, URL, publication date and SHA-256 so it can be located and verified.", ""]
    rai = _rai(stats)
    L += ["## Annotation process", "", rai["rai:dataAnnotationProtocol"], "", rai["rai:dataPreprocessingProtocol"], ""]
    L += ["## Limitations and bias", "", rai["rai:dataBiases"], "", rai["rai:dataLimitations"], "", "**Personal information.** " + rai["rai:personalSensitiveInformation"], ""]
    L += ["## Versioning", "", rai["rai:dataReleaseMaintenancePlan"], "See `changes.parquet` for what changed per event.", ""]
    L += ["## Licensing", "", f"Tables and annotations: [{LICENSE_TITLE}]({LICENSE_URL}). Source documents remain the copyright of their publishers; only short evidence quotes are published. See `LICENSE`.", ""]
    L += ["## Citation", "", "```", _citation_text(version, date), "```", "", "Machine-readable: `CITATION.cff`. Checksums: `SHA256SUMS` (`sha256sum -c SHA256SUMS`).", ""]
    L += ["## Loading", "", "```python", "import pandas as pd", 'events = pd.read_parquet("events.parquet")', "```", ""]
    return "\n".join(L)


# ----------------------------------------------------------------------------- writer


def sha256sums(published_dir: Path) -> str:
    d = Path(published_dir)
    return "".join(f"{sha256_file(f)}  {f.name}\n" for f in sorted(d.glob("*.parquet")))


def write_metadata(published_dir: Path, version: str, date: str | None) -> list[Path]:
    """Write the metadata files into ``published_dir``; returns their paths. Deterministic."""
    d = Path(published_dir)
    if not any(d.glob("*.parquet")):
        raise FileNotFoundError(f"{d}: no Parquet tables to describe")
    out = {
        "datapackage.json": _dump_json(datapackage(d, version, date)),
        "croissant.json": _dump_json(croissant(d, version, date)),
        "README.md": dataset_card(d, version, date),
        "CITATION.cff": citation_cff(version, date),
        "LICENSE": LICENSE_TEXT,
        "SHA256SUMS": sha256sums(d),
    }
    paths = []
    for name, text in out.items():
        p = d / name
        p.write_text(text, encoding="utf-8", newline="\n")
        paths.append(p)
    return paths
