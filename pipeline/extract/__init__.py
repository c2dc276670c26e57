"""extract: documents -> events, participants, mediators, mentions, actors.

Extractors are pluggable: :data:`EXTRACTORS` maps a name (``params.yaml``
``extract.extractor``) to a factory. The default, ``rules``, uses
dictionaries, cue lexicons and the date engine only (no model downloads).
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

import pandas as pd

from ..contract import coerce, load_contract
from .base import ActorRef, Candidate, DocInput, Extractor, assemble

__all__ = ["ActorRef", "Candidate", "DocInput", "Extractor", "EXTRACTORS", "get_extractor", "extract_tables", "actors_table", "doc_inputs"]


def _rules(**options) -> Extractor:
    from .rules import RuleExtractor

    return RuleExtractor(**options)


EXTRACTORS: dict[str, Callable[..., Extractor]] = {"rules": _rules}


def get_extractor(name: str, **options) -> Extractor:
    """Build a registered extractor; ``options`` are its keyword parameters (from params.yaml)."""
    if name not in EXTRACTORS:
        raise ValueError(f"unknown extractor {name!r}; known: {sorted(EXTRACTORS)}")
    return EXTRACTORS[name](**options)


def actors_table() -> pd.DataFrame:
    """The reference actors as the published ``actors`` table."""
    from ..lexicon import load_actors

    a = load_actors()
    rows = []
    for s in a.states:
        rows.append({"actor_id": s.actor_id, "kind": "state", "name_en": s.name_en, "names_ar": sorted(set(s.names_ar)), "names_fa": sorted(set(s.names_fa)), "country": s.actor_id, "wikidata_id": None})
    for p in a.persons:
        rows.append({"actor_id": p.actor_id, "kind": "person", "name_en": p.name_en, "names_ar": sorted(set(p.names_ar)), "names_fa": sorted(set(p.names_fa)), "country": p.country, "wikidata_id": None})
    for o in a.organizations:
        rows.append({"actor_id": o.actor_id, "kind": "organization", "name_en": o.name_en, "names_ar": sorted(set(o.names_ar)), "names_fa": sorted(set(o.names_fa)), "country": o.country, "wikidata_id": None})
    return coerce(pd.DataFrame(rows, columns=load_contract().table("actors").column_names), "actors")


def doc_inputs(documents: pd.DataFrame, texts: pd.DataFrame | list[dict[str, str]]) -> Iterator[DocInput]:
    """The extractor's inputs: ``texts`` is the ``document_texts`` table or its rows (:func:`pipeline.ingest.ingest_texts`)."""
    if isinstance(texts, pd.DataFrame):
        text_by_id = dict(zip(texts["doc_id"], texts["text"]))
    else:
        text_by_id = {t["doc_id"]: t["text"] for t in texts}
    for doc_id, lang, pub in zip(documents["doc_id"], documents["lang"], documents["publication_date"]):
        yield DocInput(doc_id, text_by_id[doc_id], lang, None if pd.isna(pub) else pub.date())


def extract_candidates(docs: Iterable[DocInput], extractor: Extractor) -> list[Candidate]:
    out: list[Candidate] = []
    for d in docs:
        out.extend(extractor.extract(d))
    return out


def extract_tables(documents: pd.DataFrame, texts: pd.DataFrame, extractor: str | Extractor = "rules", **options) -> dict[str, pd.DataFrame]:
    """Pure stage function: ingest tables -> the five extraction tables."""
    ex = get_extractor(extractor, **options) if isinstance(extractor, str) else extractor
    actors = actors_table()
    tables = assemble(extract_candidates(doc_inputs(documents, texts), ex), actors)
    tables["actors"] = actors
    return tables
