"""Human correction records (``annotations/*.yaml``): models, JSON Schema, loading and checking.

A file is a YAML mapping ``{annotator?: <default>, records: [<record>, ...]}``.
Every record is validated by the pydantic models below (unknown fields are
errors, the ``action`` field selects the record type) and every quote is
checked against the raw document text *before* anything is applied
(:mod:`pipeline.correct` applies them).

This module is on the path of ``backchannel check``: it must stay light
(no pandas, pyarrow or pandera imports).  The vocabularies come straight from
``schemas/contract.yaml``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, Optional, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator, model_validator

from .errors import BackchannelError

__all__ = [
    "Record",
    "AnnotationsInvalid",
    "load_records",
    "load_file",
    "annotations_doc_schema",
    "annotations_doc_schema_json",
    "find_span",
    "read_texts",
    "SETTABLE_FIELDS",
    "SCHEMA_HEADER",
    "RECORD_ADAPTER",
    "AnnotationFile",
]

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_PATH = ROOT / "schemas" / "contract.yaml"
SCHEMA_PATH = ROOT / "schemas" / "annotation.schema.json"
SCHEMA_HEADER = "# yaml-language-server: $schema=../schemas/annotation.schema.json"
DOCS_HINT = "see docs/annotations.md (record format) or schemas/annotation.schema.json"

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=1)
def _contract_raw() -> dict[str, Any]:
    with CONTRACT_PATH.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)


def _vocab(name: str) -> tuple[str, ...]:
    return tuple(_contract_raw()["vocabularies"][name])


def _lit(name: str) -> Any:
    return Literal[_vocab(name)]  # type: ignore[valid-type]


@functools.lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def _check_iso3(v: str | None) -> str | None:
    if v is not None and v not in _iso3():
        raise ValueError(f"{v!r} is not an ISO 3166-1 alpha-3 country code (e.g. IRN, USA, OMN, QAT)")
    return v


# fields of the events table a person may set (the rest are derived or the machine's)
SETTABLE_FIELDS = (
    "event_type", "format", "secrecy", "certainty", "date_start", "date_end", "date_precision", "date_edtf",
    "location_city", "location_country", "parties", "topics", "outcome",
)
# events columns that may legitimately be null (from the contract)
NULLABLE_EVENT_FIELDS = frozenset(
    k for k, v in (_contract_raw()["tables"]["events"]["columns"] or {}).items() if (v or {}).get("nullable")
)

EVENT_ID = r"^ev_[0-9a-f]{12}$"
MENTION_ID = r"^mn_[0-9a-f]{12}$"
ACTOR_ID = _contract_raw()["fields"]["actor_id"]["pattern"]
DOC_ID = _contract_raw()["fields"]["doc_id"]["pattern"]
ISO3 = r"^[A-Z]{3}$"
EDTF = r"^[0-9X]{4}(-[0-9X]{2}){0,2}[~?%]?(/[0-9X]{4}(-[0-9X]{2}){0,2}[~?%]?)?$"

Str = Annotated[str, Field(min_length=1)]
Iso3 = Annotated[str, Field(pattern=ISO3, description="ISO 3166-1 alpha-3 code")]


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ----------------------------------------------------------------------------- targets and quotes


class Quote(_M):
    """A verbatim span of one document. prefix/suffix (text right before/after) pick one occurrence."""

    doc_id: Annotated[str, Field(pattern=DOC_ID, description="Document id (seed file name without .txt).")]
    quote: Annotated[Str, Field(description="Verbatim text copied from the document.")]
    prefix: Optional[Str] = Field(None, description="Text immediately before the quote, to pick one of several occurrences.")
    suffix: Optional[Str] = Field(None, description="Text immediately after the quote, to pick one of several occurrences.")


class EventRef(_M):
    """Target an event by its id."""

    event_id: Annotated[str, Field(pattern=EVENT_ID, description="An event_id, e.g. ev_0123456789ab.")]


Target = Annotated[
    Union[EventRef, Quote],
    Field(description="{event_id: ev_...} or a text anchor {doc_id, quote, prefix?, suffix?}: the event whose mention overlaps the quote."),
]


class MentionSpec(Quote):
    """A new evidence span for an added event."""

    date_text: Optional[Str] = Field(None, description="The date expression as written in this span, if any.")
    date_calendar: Optional[_lit("date_calendar")] = Field(None, description="Calendar of date_text.")  # type: ignore[valid-type]


# ----------------------------------------------------------------------------- payloads


def _fields_doc(name: str) -> str:
    return _contract_raw()["fields"][name]["description"]


class _EventFieldsBase(_M):
    @field_validator("location_country", check_fields=False)
    @classmethod
    def _country(cls, v):
        return _check_iso3(v)

    @field_validator("parties", check_fields=False)
    @classmethod
    def _parties(cls, v):
        if v is None:
            return v
        for p in v:
            _check_iso3(p)
        return sorted(set(v))

    @field_validator("topics", check_fields=False)
    @classmethod
    def _topics(cls, v):
        return v if v is None else sorted(set(v))

    @model_validator(mode="after")
    def _dates(self):
        s, e = getattr(self, "date_start", None), getattr(self, "date_end", None)
        if s is not None and e is not None and e < s:
            raise ValueError(f"date_end {e.isoformat()} is before date_start {s.isoformat()}")
        for d in (s, e):
            if d is not None and d < dt.date(1900, 1, 1):
                raise ValueError(f"date {d.isoformat()} is before 1900-01-01")
        return self


def _f(name: str, **kw) -> Any:
    return Field(None, description=_fields_doc(name), **kw)


class SetFields(_EventFieldsBase):
    """Event fields to change. Omitted fields are unchanged; date_end and date_edtf are derived when omitted."""

    event_type: _lit("event_type") = _f("event_type")  # type: ignore[valid-type]
    format: _lit("format") = _f("format")  # type: ignore[valid-type]
    secrecy: _lit("secrecy") = _f("secrecy")  # type: ignore[valid-type]
    certainty: _lit("certainty") = _f("certainty")  # type: ignore[valid-type]
    date_start: dt.date = _f("date_start")
    date_end: Optional[dt.date] = _f("date_end")
    date_precision: _lit("date_precision") = _f("date_precision")  # type: ignore[valid-type]
    date_edtf: Annotated[str, Field(pattern=EDTF)] = _f("date_edtf")
    location_city: Optional[Str] = _f("location_city")
    location_country: Optional[Iso3] = _f("location_country")
    parties: list[Iso3] = _f("parties")
    topics: list[_lit("topic")] = _f("topics")  # type: ignore[valid-type]
    outcome: _lit("outcome") = _f("outcome")  # type: ignore[valid-type]

    def given(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in SETTABLE_FIELDS if k in self.model_fields_set}


class EventFields(SetFields):
    """All fields of a new event (date_end, date_edtf derived when omitted)."""

    event_type: _lit("event_type") = Field(description=_fields_doc("event_type"))  # type: ignore[valid-type]
    date_start: dt.date = Field(description=_fields_doc("date_start"))
    date_precision: _lit("date_precision") = Field(description=_fields_doc("date_precision"))  # type: ignore[valid-type]
    parties: list[Iso3] = Field(description=_fields_doc("parties"))
    format: _lit("format") = Field("unknown", description=_fields_doc("format"))  # type: ignore[valid-type]
    secrecy: _lit("secrecy") = Field("unknown", description=_fields_doc("secrecy"))  # type: ignore[valid-type]
    certainty: _lit("certainty") = Field("reported", description=_fields_doc("certainty"))  # type: ignore[valid-type]
    topics: list[_lit("topic")] = Field(default_factory=list, description=_fields_doc("topics"))  # type: ignore[valid-type]
    outcome: _lit("outcome") = Field("unknown", description=_fields_doc("outcome"))  # type: ignore[valid-type]

    def given(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in SETTABLE_FIELDS}
        for k in ("date_end", "date_edtf"):
            if k not in self.model_fields_set:
                out.pop(k)
        return out


class Participant(_M):
    actor_id: Annotated[str, Field(pattern=ACTOR_ID, description=_fields_doc("actor_id") + " Must exist in pipeline/reference/actors.yaml.")]
    name_original: Annotated[Str, Field(description="The name exactly as written in the evidence quote.")]
    role: Optional[Str] = Field(None, description=_fields_doc("role"))
    side: Annotated[Iso3, Field(description=_fields_doc("side"))]

    @field_validator("side")
    @classmethod
    def _side(cls, v):
        return _check_iso3(v)


class Mediator(_M):
    actor_id: Annotated[str, Field(pattern=ACTOR_ID, description=_fields_doc("actor_id") + " Must exist in pipeline/reference/actors.yaml.")]
    name_original: Annotated[Str, Field(description="The name exactly as written in the evidence quote.")]
    mediation_role: _lit("mediation_role") = Field(description=_fields_doc("mediation_role"))  # type: ignore[valid-type]


class ActorKey(_M):
    actor_id: Annotated[str, Field(pattern=ACTOR_ID)]


class MediatorKey(_M):
    actor_id: Annotated[str, Field(pattern=ACTOR_ID)]
    mediation_role: Optional[_lit("mediation_role")] = Field(None, description="Only this role (default: every role of the actor).")  # type: ignore[valid-type]


class MergeSpec(_M):
    into: Target
    events: Annotated[list[Target], Field(min_length=1, description="Events merged into `into` (they disappear; their mentions, participants and mediators move).")]


class SplitSpec(_M):
    mentions: Annotated[
        list[Str],
        Field(min_length=1, description="Mentions of the target event that become a new event: mention ids (mn_...) or (part of) their quotes."),
    ]
    event: SetFields = Field(default_factory=SetFields, description="Fields of the new event that differ from the original event.")


# ----------------------------------------------------------------------------- records


class _Common(_M):
    reason: Annotated[Str, Field(description="Why the change is right, in your words.")]
    evidence: Annotated[
        Union[Quote, Annotated[list[Quote], Field(min_length=1)]],
        Field(description="Verbatim quote(s) from the documents that support the record."),
    ]
    annotator: Optional[Str] = Field(None, description="Who made the correction (defaults to the file's top-level annotator).")
    date: dt.date = Field(description="When the correction was made (YYYY-MM-DD).")
    expect: Optional["ExpectFields"] = Field(None, description="Guard: field values the target event must have before the change.")

    def evidence_list(self) -> list[Quote]:
        return list(self.evidence) if isinstance(self.evidence, list) else [self.evidence]


class ExpectFields(SetFields):
    """Values the target event must have before the change (any settable field)."""

    summary: Optional[str] = Field(None, description="Current summary.")
    verified: Optional[bool] = Field(None, description="Current verified flag.")

    def given(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.model_fields_set}


class Confirm(_Common):
    """The event is right as extracted: mark it verified."""

    action: Literal["confirm"]
    target: Target


class Reject(_Common):
    """The event is not a diplomatic contact: remove it with its mentions, participants and mediators."""

    action: Literal["reject"]
    target: Target


class SetRecord(_Common):
    """Change fields of an event."""

    action: Literal["set"]
    target: Target
    set: SetFields

    @model_validator(mode="after")
    def _nonempty(self):
        if not self.set.model_fields_set:
            raise ValueError("`set` names no field")
        return self


class AddParticipant(_Common):
    action: Literal["add_participant"]
    target: Target
    participant: Participant


class RemoveParticipant(_Common):
    action: Literal["remove_participant"]
    target: Target
    participant: ActorKey


class AddMediator(_Common):
    action: Literal["add_mediator"]
    target: Target
    mediator: Mediator


class RemoveMediator(_Common):
    action: Literal["remove_mediator"]
    target: Target
    mediator: MediatorKey


class AddEvent(_Common):
    """An event the machine missed."""

    action: Literal["add_event"]
    event: EventFields
    mentions: Annotated[list[MentionSpec], Field(min_length=1)]
    participants: list[Participant] = Field(default_factory=list)
    mediators: list[Mediator] = Field(default_factory=list)


class Merge(_Common):
    """Several events are the same contact."""

    action: Literal["merge"]
    merge: MergeSpec


class Split(_Common):
    """Some mentions of an event report another contact."""

    action: Literal["split"]
    target: Target
    split: SplitSpec


_Common.model_rebuild()

RecordBody = Annotated[
    Union[Confirm, Reject, SetRecord, AddParticipant, RemoveParticipant, AddMediator, RemoveMediator, AddEvent, Merge, Split],
    Field(discriminator="action"),
]
RECORD_ADAPTER: TypeAdapter = TypeAdapter(RecordBody)


class AnnotationFile(_M):
    """An annotation file: a list of correction records."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="Backchannel annotation file")

    annotator: Optional[Str] = Field(None, description="Default annotator for records that do not name one.")
    records: list[RecordBody] = Field(description="Correction records, applied all-or-nothing by `dvc repro`.")


# ----------------------------------------------------------------------------- JSON Schema


def _strip_null_defaults(o: Any) -> Any:
    if isinstance(o, dict):
        return {k: _strip_null_defaults(v) for k, v in o.items() if not (k == "default" and v is None)}
    if isinstance(o, list):
        return [_strip_null_defaults(v) for v in o]
    return o


def annotations_doc_schema() -> dict[str, Any]:
    s = _strip_null_defaults(AnnotationFile.model_json_schema())
    s = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://backchannel.example/schemas/annotation.schema.json",
        "$comment": "Generated from pipeline/annotations.py by `backchannel docs`. Do not edit by hand.",
        **s,
    }
    return s


def annotations_doc_schema_json() -> str:
    return json.dumps(annotations_doc_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# ----------------------------------------------------------------------------- loaded records


@dataclass(frozen=True)
class Record:
    """One validated record plus where it came from."""

    file: str  # path as given
    name: str  # file name (record ids use it)
    index: int  # 1-based position in the file
    line: int  # 1-based line of the record
    body: Any  # one of the RecordBody models

    @property
    def record_id(self) -> str:
        return f"{self.name}#{self.index}"

    @property
    def action(self) -> str:
        return self.body.action

    @property
    def place(self) -> str:
        return f"line {self.line}"

    @property
    def annotator(self) -> str:
        return self.body.annotator or ""

    def error(self, problem: str, fix: str) -> BackchannelError:
        return BackchannelError(self.file, f"record {self.record_id} ({self.action}): {problem}", fix, self.place)


class AnnotationsInvalid(BackchannelError):
    """Several bad records at once; the message lists all of them (the first one's file/line as place)."""

    def __init__(self, errors: list[BackchannelError]):
        first = errors[0]
        super().__init__(first.file, first.problem, first.fix, first.place)
        self.errors = errors
        Exception.__init__(self, "\n".join(str(e) for e in errors) + (f"\n{len(errors)} errors" if len(errors) > 1 else ""))


# ----------------------------------------------------------------------------- YAML with lines


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _dupe_keys(node: yaml.Node, file: str) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for k, v in node.value:
            key = getattr(k, "value", None)
            if key in seen:
                raise BackchannelError(
                    file, f"key {key!r} appears twice in one mapping (first at line {seen[key]})", "keep one of them", f"line {_line(k)}"
                )
            seen[key] = _line(k)
            _dupe_keys(v, file)
    elif isinstance(node, yaml.SequenceNode):
        for v in node.value:
            _dupe_keys(v, file)


def _node_at(node: yaml.Node, loc: tuple) -> yaml.Node:
    """The deepest node along a pydantic error location (for a precise line)."""
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
            if nxt is None:
                key = next((k for k, v in node.value if getattr(k, "value", None) == part), None)
                return key or node
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
    return node


def _bad_scalar(node: yaml.Node, file: str) -> tuple[int, str] | None:
    if isinstance(node, yaml.ScalarNode):
        try:
            yaml.SafeLoader("").construct_object(node)
        except Exception:
            return _line(node), node.value
        return None
    kids = [x for kv in node.value for x in kv] if isinstance(node, yaml.MappingNode) else list(node.value)
    for k in kids:
        r = _bad_scalar(k, file)
        if r:
            return r
    return None


def parse_yaml(text: str, file: str) -> tuple[Any, yaml.Node | None]:
    """(data, node tree) of a YAML document; syntax errors become BackchannelError with the line."""
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is not None:
                _dupe_keys(node, file)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        raise BackchannelError(
            file, f"YAML syntax error: {e.problem or e}" + (f" ({e.context})" if e.context else ""),
            "fix the YAML at that line (indentation, a missing ':' or an unclosed quote); quote values that contain ': ' or '#'",
            f"line {line}",
        ) from None
    except yaml.YAMLError as e:
        raise BackchannelError(file, f"YAML error: {e}", "fix the YAML", "line 1") from None
    except ValueError as e:  # e.g. an impossible date such as 2025-13-40
        bad = _bad_scalar(node, file) if "node" in locals() and node is not None else None
        raise BackchannelError(
            file, f"cannot read value {bad[1]!r}: {e}" if bad else f"cannot read a value: {e}",
            "write dates as valid YYYY-MM-DD", f"line {bad[0] if bad else 1}",
        ) from None
    return data, node


# ----------------------------------------------------------------------------- quotes


def find_all(text: str, quote: str, prefix: str | None = None, suffix: str | None = None) -> list[int]:
    out, i = [], text.find(quote)
    while i >= 0:
        if (prefix is None or text[:i].endswith(prefix)) and (suffix is None or text.startswith(suffix, i + len(quote))):
            out.append(i)
        i = text.find(quote, i + 1)
    return out


def _near_miss(text: str, quote: str) -> str:
    """A hint when the quote differs from the text only in letter variants, marks or spaces."""
    try:
        from .text import normalize
    except Exception:  # pragma: no cover - text module unavailable
        return ""
    try:
        v = normalize(text)
        q = normalize(quote).text.strip()
        if not q:
            return ""
        i = v.text.find(q)
        if i < 0:
            return ""
        s, e = v.to_raw(i, i + len(q))
        return f"; the document has a near match at [{s}:{e}]: {text[s:e]!r} (copy it exactly, including Arabic/Persian letter variants and zero-width characters)"
    except Exception:
        return ""


def find_span(text: str, q: Quote | MentionSpec, doc_file: str = "") -> tuple[int, int] | str:
    """The unique (start, end) of a quote in ``text``, or a description of what went wrong."""
    hits = find_all(text, q.quote, q.prefix, q.suffix)
    if len(hits) == 1:
        return hits[0], hits[0] + len(q.quote)
    if not hits:
        if q.prefix is not None or q.suffix is not None:
            n = len(find_all(text, q.quote))
            if n:
                return f"the quote occurs {n} time(s) in {q.doc_id} but never with the given prefix/suffix"
        return f"the quote {_short(q.quote)} is not in document {q.doc_id}" + _near_miss(text, q.quote)
    return f"the quote {_short(q.quote)} occurs {len(hits)} times in {q.doc_id} (at {', '.join(str(h) for h in hits[:5])})"


def _short(s: str, n: int = 60) -> str:
    return repr(s if len(s) <= n else s[:n] + "…")


def read_texts(corpus: Path) -> dict[str, str]:
    """{doc_id: raw text} of the *.txt files of a corpus folder (bytes decoded as in ingest)."""
    return {p.stem: p.read_bytes().decode("utf-8") for p in sorted(Path(corpus).glob("*.txt"))}


# ----------------------------------------------------------------------------- validation


_LOC_SKIP = {"function-after", "function-before", "function-wrap"}


def _describe_pydantic(e: ValidationError, node: yaml.Node | None, rec_line: int) -> tuple[str, str]:
    parts, fixes = [], []
    for err in e.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and (p.split("[")[0] in _LOC_SKIP or p in ("list[Quote]", "Quote", "EventRef", "list[str]"))))
        # the discriminator tag is the first element of the location: drop it
        if loc and isinstance(loc[0], str) and node is not None and isinstance(node, yaml.MappingNode):
            tag = next((v.value for k, v in node.value if getattr(k, "value", None) == "action"), None)
            if loc[0] == tag:
                loc = loc[1:]
        path = ".".join(str(p) for p in loc) or "(record)"
        where = ""
        if node is not None and loc:
            ln = _line(_node_at(node, loc))
            if ln != rec_line:
                where = f" (line {ln})"
        typ = err["type"]
        found = err.get("input")
        if typ == "extra_forbidden":
            parts.append(f"unknown field `{path}`{where}")
            fixes.append(f"remove `{loc[-1]}` or correct its spelling")
        elif typ == "missing":
            parts.append(f"missing field `{path}`{where}")
            fixes.append(f"add `{loc[-1]}`")
        elif typ == "union_tag_invalid":
            parts.append(f"unknown action {found.get('action') if isinstance(found, dict) else found!r}; expected one of {', '.join(_vocab('correction_action'))}")
            fixes.append("use one of the listed actions")
        elif typ == "union_tag_not_found":
            parts.append("the record has no `action`")
            fixes.append(f"add `action:` (one of {', '.join(_vocab('correction_action'))})")
        else:
            shown = _short(str(found)) if not isinstance(found, (dict, list)) else type(found).__name__
            parts.append(f"`{path}`{where}: expected {err['msg'][0].lower() + err['msg'][1:]}; found {shown}")
            fixes.append(f"correct `{path}`")
    fix = "; ".join(dict.fromkeys(fixes)) + f" ({DOCS_HINT})"
    return "; ".join(parts), fix


def _check_quotes(rec: Record, texts: dict[str, str] | None) -> list[BackchannelError]:
    """Every quote verbatim in its document, anchors unique, names inside evidence."""
    errs: list[BackchannelError] = []
    b = rec.body
    if texts is None:
        return errs

    def doc(q: Quote, what: str) -> str | None:
        if q.doc_id not in texts:
            errs.append(rec.error(f"{what}: no document {q.doc_id!r} in the corpus", "use the seed file name without .txt (see seeds/)"))
            return None
        return texts[q.doc_id]

    for i, q in enumerate(b.evidence_list()):
        t = doc(q, "evidence")
        if t is not None and not find_all(t, q.quote, q.prefix, q.suffix):
            r = find_span(t, q)
            errs.append(rec.error(f"evidence: {r}", "copy the quote verbatim from the document (`backchannel review DOC_ID` prints the text around each event)"))
    anchors: list[tuple[str, Quote]] = []
    if getattr(b, "target", None) is not None and isinstance(b.target, Quote):
        anchors.append(("target", b.target))
    if b.action == "merge":
        for i, t_ in enumerate([b.merge.into, *b.merge.events]):
            if isinstance(t_, Quote):
                anchors.append(("merge.into" if i == 0 else f"merge.events[{i - 1}]", t_))
    if b.action == "add_event":
        anchors.extend((f"mentions[{i}]", m) for i, m in enumerate(b.mentions))
    for what, q in anchors:
        t = doc(q, what)
        if t is None:
            continue
        r = find_span(t, q)
        if isinstance(r, str):
            errs.append(rec.error(f"{what}: {r}", "copy the quote verbatim; if it occurs several times add `prefix:`/`suffix:` (the text right before/after it)"))
    # names must be written in the evidence
    quotes = [q.quote for q in b.evidence_list()]
    if b.action == "add_event":
        quotes += [m.quote for m in b.mentions]
    names = []
    if b.action == "add_participant":
        names.append(("participant", b.participant.name_original))
    elif b.action == "add_mediator":
        names.append(("mediator", b.mediator.name_original))
    elif b.action == "add_event":
        names += [("participants", p.name_original) for p in b.participants] + [("mediators", m.name_original) for m in b.mediators]
    for what, n in names:
        if not any(n in q for q in quotes):
            errs.append(rec.error(f"{what}.name_original {n!r} does not occur in the evidence quote", "quote the sentence that names the actor, and copy the name exactly as written there"))
    return errs


def load_file(path: Path, texts: dict[str, str] | None = None) -> list[Record]:
    """Validate one annotation file; raise (all problems at once) or return its records."""
    path = Path(path)
    file = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise BackchannelError(file, f"not valid UTF-8 (byte {e.start})", "save the file as UTF-8", "line 1") from None
    data, node = parse_yaml(text, file)
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise BackchannelError(file, f"expected a mapping with `records:`; found {type(data).__name__}", "start the file with `records:` and list the records under it", "line 1")
    unknown = [k for k in data if k not in ("records", "annotator")]
    if unknown:
        kn = next(k for k, v in node.value if k.value == unknown[0])
        raise BackchannelError(file, f"unknown top-level key {unknown[0]!r}; expected `records:` and optionally `annotator:`", "move it into a record or remove it", f"line {_line(kn)}")
    if "records" not in data:
        raise BackchannelError(file, "no `records:` list", "add `records:` with a list of records", "line 1")
    default_ann = data.get("annotator")
    if default_ann is not None and not (isinstance(default_ann, str) and default_ann.strip()):
        raise BackchannelError(file, f"top-level annotator: expected a name, found {default_ann!r}", "write your name or handle", "line 1")
    recs_node = next(v for k, v in node.value if k.value == "records")
    items = data["records"]
    if items is None:
        return []
    if not isinstance(items, list):
        raise BackchannelError(file, f"`records` must be a list; found {type(items).__name__}", "write each record as a list item starting with '- '", f"line {_line(recs_node)}")
    out: list[Record] = []
    errs: list[BackchannelError] = []
    for i, (raw, rnode) in enumerate(zip(items, recs_node.value), start=1):
        line = _line(rnode)
        if isinstance(raw, dict) and raw.get("annotator") is None and default_ann is not None and "annotator" not in raw:
            raw = {**raw, "annotator": default_ann}
        try:
            body = RECORD_ADAPTER.validate_python(raw)
        except ValidationError as e:
            problem, fix = _describe_pydantic(e, rnode, line)
            errs.append(BackchannelError(file, f"record {path.name}#{i}: {problem}", fix, f"line {line}"))
            continue
        rec = Record(file, path.name, i, line, body)
        if not body.annotator:
            errs.append(rec.error("no annotator", "add `annotator:` to the record or a top-level `annotator:` to the file"))
        errs.extend(_check_quotes(rec, texts))
        out.append(rec)
    if errs:
        raise AnnotationsInvalid(errs)
    return out


def annotation_files(directory: Path) -> list[Path]:
    d = Path(directory)
    if not d.exists():
        return []
    if d.is_file():
        return [d]
    return sorted([*d.glob("*.yaml"), *d.glob("*.yml")], key=lambda p: p.name)


def load_records(directory: Path, texts: dict[str, str] | None) -> list[Record]:
    """Load and validate every ``*.yaml`` in ``directory`` (schema, quotes, dates) before anything is applied.

    Records come back sorted by file name, then position. All problems of all files
    are reported at once (an :class:`AnnotationsInvalid`).
    """
    out: list[Record] = []
    errs: list[BackchannelError] = []
    for p in annotation_files(directory):
        try:
            out.extend(load_file(p, texts))
        except AnnotationsInvalid as e:
            errs.extend(e.errors)
        except BackchannelError as e:
            errs.append(e)
    if errs:
        raise AnnotationsInvalid(errs)
    return sorted(out, key=lambda r: (r.name, r.index))


def jsonable(o: Any) -> Any:
    """YAML data -> JSON data (dates as ISO strings), for jsonschema validation."""
    if isinstance(o, dict):
        return {str(k): jsonable(v) for k, v in o.items()}
    if isinstance(o, list):
        return [jsonable(v) for v in o]
    if isinstance(o, (dt.date, dt.datetime)):
        return o.isoformat()
    return o


def record_to_yaml_data(body: Any) -> dict[str, Any]:
    """A record model as plain YAML-ready data (fields in a readable order, unset fields omitted)."""
    d = json.loads(body.model_dump_json(exclude_unset=True, exclude_none=False))
    d = {"action": body.action, **{k: v for k, v in d.items() if k != "action"}}
    order = ["action", "target", "set", "participant", "mediator", "event", "mentions", "merge", "split", "expect", "reason", "evidence", "annotator", "date"]
    return {k: d[k] for k in sorted(d, key=lambda k: order.index(k) if k in order else 99)}


_ID_RE = re.compile(EVENT_ID)


def is_event_id(s: str) -> bool:
    return bool(_ID_RE.match(s))
