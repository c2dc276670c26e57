"""Typed loaders for Backchannel's reference data (``pipeline/reference/*.yaml``).

Public API::

    load_actors() -> Actors          # .states, .persons, .organizations
    load_places() -> list[Place]
    load_cues()   -> Cues            # cues.format_indirect.ar, cues["topics"]["nuclear"].fa ...

All three loaders are cached (``functools.lru_cache``) and accept an optional
``path`` so tests can validate other files.  Any problem -- YAML syntax, schema,
cross-entry consistency -- raises :class:`LexiconError` whose message names the
file and the offending entry.

Validation (pydantic v2, ``extra='forbid'`` everywhere):

* ISO 3166-1 alpha-3 codes checked with pycountry (VAT = Holy See is included);
* ``actor_id`` / ``place_id`` unique and well-formed (``ISO3``, ``person:<slug>``,
  ``org:<slug>``, ``<slug>``);
* role dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and ``start <= end``;
* names / cue entries non-empty, stripped, without exact duplicates, in the
  right script (``*_ar`` / ``*_fa`` Arabic script; Persian lists must not use
  Arabic ي/ك/ى, Arabic lists must not use Persian ی/ک);
* non-empty ``source`` notes;
* a name shared (after folding) by two actors, or by two places, must be
  declared in ``ambiguous_names`` of each of them.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Literal, Optional, Union

import pycountry
import yaml
from pydantic import (BaseModel, ConfigDict, Field, ValidationError,
                      field_validator, model_serializer, model_validator)

__all__ = [
    "REFERENCE_DIR", "LexiconError", "LangList", "Capitals", "Role", "State",
    "Person", "Organization", "Actors", "Place", "PlacesFile", "CueGroup",
    "EventTypes", "Mediation", "Topics", "Roles", "Numbers", "Cues",
    "TOPIC_KEYS", "EVENT_TYPE_KEYS", "load_actors", "load_places", "load_cues",
    "date_bounds", "fold_key",
]

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"

TOPIC_KEYS = ("nuclear", "sanctions", "prisoners", "regional_security",
              "red_sea_shipping", "gaza", "iraq", "afghanistan", "syria",
              "lebanon_hostages", "arms", "oil", "other")
EVENT_TYPE_KEYS = ("talks", "meeting", "visit", "message_exchange", "agreement",
                   "prisoner_release", "series")


class LexiconError(ValueError):
    """A reference file is missing, unparsable or invalid."""


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_FA_FORBIDDEN = {"\u064a": "ي", "\u0643": "ك", "\u0649": "ى"}   # use ی / ک
_AR_FORBIDDEN = {"\u06cc": "ی", "\u06a9": "ک"}                 # use ي / ك
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"

_FOLD = {
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0626": "\u06cc",
    "\u0643": "\u06a9", "\u0629": "\u0647", "\u06c0": "\u0647", "\u0624": "\u0648",
    "\u0640": "",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)
    _FOLD[chr(0x06F0 + _i)] = str(_i)


def fold_key(s: str) -> str:
    """Aggressive folding used for collision checks between entries.

    Unifies alef / yeh / kaf / teh-marbuta variants, digits and case, and drops
    diacritics, tatweel, ZWNJ and all spaces/hyphens/dots (so ``احمدی‌نژاد``,
    ``احمدینژاد`` and ``احمدی نژاد`` share a key).  This is *not* the matcher's
    normaliser (see ``pipeline.text``); it only has to be at least as coarse.
    """
    out = []
    for c in s:
        c = _FOLD.get(c, c)
        if not c:
            continue
        if unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        if c.isspace() or c in "-.\u2010\u2011'\u2019":
            continue
        out.append(c.lower())
    return "".join(out)


def date_bounds(value: Union[str, date]) -> tuple[date, date]:
    """Earliest and latest day covered by ``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD``."""
    if isinstance(value, date):
        return value, value
    m = _DATE_RE.match(str(value).strip())
    if not m:
        raise ValueError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    y = int(m.group(1))
    if m.group(2) is None:
        return date(y, 1, 1), date(y, 12, 31)
    mo = int(m.group(2))
    if m.group(3) is None:
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    d = date(y, mo, int(m.group(3)))
    return d, d


def _check_iso3(code: str) -> str:
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
        raise ValueError(f"{code!r} is not an upper-case ISO 3166-1 alpha-3 code")
    if pycountry.countries.get(alpha_3=code) is None:
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-3 code known to pycountry")
    return code


def _check_strings(values: list[str], field: str, script: Optional[str]) -> list[str]:
    seen: set[str] = set()
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise ValueError(f"{field}: empty name/cue")
        if v != v.strip():
            raise ValueError(f"{field}: {v!r} has leading/trailing whitespace")
        if v in seen:
            raise ValueError(f"{field}: duplicate entry {v!r}")
        seen.add(v)
        if script in ("ar", "fa") and any(c.isalpha() for c in v) and not _ARABIC_SCRIPT.search(v):
            raise ValueError(f"{field}: {v!r} contains no Arabic-script letter")
        if script == "fa":
            bad = [n for c, n in _FA_FORBIDDEN.items() if c in v]
            if bad:
                raise ValueError(f"{field}: Persian entry {v!r} uses Arabic letter(s) {bad}; write ی/ک")
        if script == "ar":
            bad = [n for c, n in _AR_FORBIDDEN.items() if c in v]
            if bad:
                raise ValueError(f"{field}: Arabic entry {v!r} uses Persian letter(s) {bad}; write ي/ك")
        if script == "en" and _ARABIC_SCRIPT.search(v):
            raise ValueError(f"{field}: English entry {v!r} contains Arabic script")
    return values


def _script_of(field: str) -> Optional[str]:
    for s in ("ar", "fa", "en"):
        if field == s or field.endswith("_" + s):
            return s
    return None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Sourced(_Model):
    @field_validator("source", check_fields=False)
    @classmethod
    def _source_nonempty(cls, v: str) -> str:
        if not isinstance(v, str) or not v.strip():
            raise ValueError("source note must be a non-empty string")
        return v


# ---------------------------------------------------------------------------
# actors
# ---------------------------------------------------------------------------
class LangList(_Model):
    """A pair of Arabic / Persian lists (optionally with an English list)."""
    ar: list[str] = Field(default_factory=list)
    fa: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    notes: Optional[str] = None

    @field_validator("ar", "fa", "en")
    @classmethod
    def _strings(cls, v: list[str], info) -> list[str]:
        return _check_strings(v, info.field_name, info.field_name)

    def all(self) -> list[str]:
        return [*self.ar, *self.fa, *self.en]

    def __iter__(self) -> Iterator[str]:  # type: ignore[override]
        return iter(self.all())


Capitals = LangList


class _Named(_Sourced):
    """An entry known by names in English, Arabic and Persian (actors and places)."""
    name_en: str
    names_en: list[str] = Field(default_factory=list)
    names_ar: list[str]
    names_fa: list[str]
    ambiguous_names: list[str] = Field(default_factory=list)
    # whole words that read as one of the names with a clitic or an inflection but are other words
    # («الرياضة» 'sport' is not Riyadh + ة, «حماسة» 'enthusiasm' is not Hamas + ة): never matched
    false_friends_ar: list[str] = Field(default_factory=list)
    false_friends_fa: list[str] = Field(default_factory=list)
    notes: Optional[str] = None
    source: str

    @field_validator("name_en")
    @classmethod
    def _name_nonempty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("name_en must not be empty")
        return v

    @field_validator("names_en", "names_ar", "names_fa")
    @classmethod
    def _names(cls, v: list[str], info) -> list[str]:
        if not v:
            raise ValueError(f"{info.field_name}: at least one name is required")
        return _check_strings(v, info.field_name, _script_of(info.field_name))

    @field_validator("false_friends_ar", "false_friends_fa")
    @classmethod
    def _false_friends(cls, v: list[str], info) -> list[str]:
        for w in _check_strings(v, info.field_name, _script_of(info.field_name)):
            if " " in w:
                raise ValueError(f"{info.field_name}: {w!r} is not one word")
        return v

    def surface_forms(self) -> list[str]:
        """Every string that designates this entry (for actors also capitals, metonyms, adjectives)."""
        return [*self.names_en, *self.names_ar, *self.names_fa]

    @model_validator(mode="after")
    def _ambiguous_are_own(self):
        own = {fold_key(n) for n in self.surface_forms()}
        for a in self.ambiguous_names:
            if fold_key(a) not in own:
                raise ValueError(f"ambiguous name {a!r} is not one of this entry's names")
        for w in (*self.false_friends_ar, *self.false_friends_fa):
            if not any(fold_key(n) in fold_key(w) for n in own if n):
                raise ValueError(f"false friend {w!r} does not contain any of this entry's names")
        return self


class _Actor(_Named):
    actor_id: str


class State(_Actor):
    kind: Literal["state"] = "state"
    adjectives_ar: list[str] = Field(default_factory=list)
    adjectives_fa: list[str] = Field(default_factory=list)
    capitals: LangList = Field(default_factory=LangList)
    metonyms: LangList = Field(default_factory=LangList)
    # names that mean this state only unqualified and only in the press of one language
    # (Persian وزارت خارجه = Iran's foreign ministry); read per language by the extractor
    home_press: LangList = Field(default_factory=LangList)

    @field_validator("actor_id")
    @classmethod
    def _iso(cls, v: str) -> str:
        return _check_iso3(v)

    @field_validator("adjectives_ar", "adjectives_fa")
    @classmethod
    def _adj(cls, v: list[str], info) -> list[str]:
        return _check_strings(v, info.field_name, _script_of(info.field_name))

    def surface_forms(self) -> list[str]:
        return [*super().surface_forms(), *self.adjectives_ar, *self.adjectives_fa,
                *self.capitals.all(), *self.metonyms.all()]


class Role(_Model):
    title: str
    start: str
    end: Optional[str] = None
    detail: Optional[str] = None
    org: Optional[str] = None          # actor_id of an organization, e.g. "org:eu"

    @field_validator("title")
    @classmethod
    def _title(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("role title must not be empty")
        return v

    @field_validator("start", "end", mode="before")
    @classmethod
    def _date(cls, v):
        if v is None:
            return v
        if isinstance(v, (int, date)):      # YAML may parse 2013 or 2013-08-15 unquoted
            v = str(v)
        date_bounds(v)
        return v

    @model_validator(mode="after")
    def _order(self):
        if self.end is not None and date_bounds(self.start)[0] > date_bounds(self.end)[1]:
            raise ValueError(f"role {self.title!r}: start {self.start} is after end {self.end}")
        return self

    def covers(self, when: Union[str, date]) -> bool:
        """True if the role period overlaps ``when`` (a day, month or year)."""
        lo, hi = date_bounds(when)
        start = date_bounds(self.start)[0]
        end = date_bounds(self.end)[1] if self.end else date.max
        return start <= hi and lo <= end


class Person(_Actor):
    kind: Literal["person"] = "person"
    country: str
    roles: list[Role] = Field(default_factory=list)
    # a private go-between (an arms dealer, a lawyer) who acts for no state: never a side of a contact, nor does his
    # country mediate through him
    private: bool = False
    # a detainee: the state that held him (ISO3). His release names that state as the other side even where the
    # text does not («مایکل وایت … آزاد شد»: Iran held him)
    held_in: Optional[str] = None

    @field_validator("actor_id")
    @classmethod
    def _pid(cls, v: str) -> str:
        if not re.fullmatch(rf"person:{_SLUG}", v):
            raise ValueError(f"{v!r} must look like 'person:<lowercase-slug>'")
        return v

    @field_validator("country")
    @classmethod
    def _country(cls, v: str) -> str:
        return _check_iso3(v)

    @field_validator("held_in")
    @classmethod
    def _held_in(cls, v: Optional[str]) -> Optional[str]:
        return None if v is None else _check_iso3(v)

    def roles_on(self, when: Union[str, date]) -> list[Role]:
        return [r for r in self.roles if r.covers(when)]

    def held(self, title: str, when: Union[str, date]) -> bool:
        return any(r.title == title for r in self.roles_on(when))


class Organization(_Actor):
    kind: Literal["organization"]
    members: list[str] = Field(default_factory=list)
    country: Optional[str] = None
    # a standing body (a council, a tribunal): a session of it is the body's own meeting, never a round
    # between its members and another state
    standing_body: bool = False

    @field_validator("actor_id")
    @classmethod
    def _oid(cls, v: str) -> str:
        if not re.fullmatch(rf"org:{_SLUG}", v):
            raise ValueError(f"{v!r} must look like 'org:<lowercase-slug>'")
        return v

    @field_validator("members")
    @classmethod
    def _members(cls, v: list[str]) -> list[str]:
        for c in v:
            _check_iso3(c)
        if len(set(v)) != len(v):
            raise ValueError("duplicate member code")
        return v

    @field_validator("country")
    @classmethod
    def _country(cls, v: Optional[str]) -> Optional[str]:
        return None if v is None else _check_iso3(v)


def _check_shared_names(entries, id_attr: str, what: str) -> None:
    """Names shared by several entries must be declared ambiguous by each."""
    owners: dict[str, set[str]] = {}
    shown: dict[str, str] = {}
    by_id = {}
    for e in entries:
        eid = getattr(e, id_attr)
        by_id[eid] = e
        for n in e.surface_forms():
            k = fold_key(n)
            owners.setdefault(k, set()).add(eid)
            shown.setdefault(k, n)
    problems = []
    for key, ids in owners.items():
        if len(ids) < 2:
            continue
        for eid in sorted(ids):
            declared = {fold_key(a) for a in by_id[eid].ambiguous_names}
            if key not in declared:
                others = ", ".join(sorted(ids - {eid}))
                problems.append(f"{what} {eid}: name {shown[key]!r} is shared with {others} "
                                f"but not listed in its ambiguous_names")
    if problems:
        raise ValueError("; ".join(problems[:20]))


class Actors(_Model):
    states: list[State]
    persons: list[Person]
    organizations: list[Organization]

    @model_validator(mode="after")
    def _cross(self):
        seen: set[str] = set()
        for a in self.all():
            if a.actor_id in seen:
                raise ValueError(f"duplicate actor_id {a.actor_id!r}")
            seen.add(a.actor_id)
        orgs = {o.actor_id for o in self.organizations}
        for p in self.persons:
            for r in p.roles:
                if r.org is not None and r.org not in orgs:
                    raise ValueError(f"person {p.actor_id}: role {r.title!r} refers to unknown organization {r.org!r}")
        _check_shared_names(self.all(), "actor_id", "actor")
        return self

    def all(self) -> list[Union[State, Person, Organization]]:
        return [*self.states, *self.persons, *self.organizations]

    def get(self, actor_id: str):
        for a in self.all():
            if a.actor_id == actor_id:
                return a
        raise KeyError(actor_id)

    def __getitem__(self, actor_id: str):
        return self.get(actor_id)

    def find(self, name: str) -> list[Union[State, Person, Organization]]:
        """Actors with a surface form equal to ``name`` after :func:`fold_key`."""
        k = fold_key(name)
        return [a for a in self.all() if k in {fold_key(n) for n in a.surface_forms()}]


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------
class Place(_Named):
    place_id: str
    kind: Literal["city", "venue", "region"]
    country: Optional[str]
    city: Optional[str] = None  # a venue's city (English name): the contact's location_city (codebook section 8)

    @model_validator(mode="after")
    def _venue_city(self):
        if self.kind == "venue" and not self.city:
            raise ValueError(f"venue {self.place_id!r} needs `city:` (the English name of its city)")
        return self

    @field_validator("place_id")
    @classmethod
    def _pid(cls, v: str) -> str:
        if not re.fullmatch(_SLUG, v):
            raise ValueError(f"place_id {v!r} must be a lowercase ASCII slug")
        return v

    @field_validator("country")
    @classmethod
    def _country(cls, v: Optional[str]) -> Optional[str]:
        return None if v is None else _check_iso3(v)

    @model_validator(mode="after")
    def _needs_country(self):
        if self.kind in ("city", "venue") and self.country is None:
            raise ValueError(f"{self.kind} {self.place_id!r} needs a country")
        return self


class PlacesFile(_Model):
    places: list[Place]

    @model_validator(mode="after")
    def _cross(self):
        seen: set[str] = set()
        for p in self.places:
            if p.place_id in seen:
                raise ValueError(f"duplicate place_id {p.place_id!r}")
            seen.add(p.place_id)
        _check_shared_names(self.places, "place_id", "place")
        return self


# ---------------------------------------------------------------------------
# cues
# ---------------------------------------------------------------------------
class CueGroup(LangList):
    """A flat cue group: ``source`` plus ``ar`` / ``fa`` lists."""
    source: str

    @field_validator("source")
    @classmethod
    def _source(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("source note must be a non-empty string")
        return v


class SidedCueGroup(CueGroup):
    """A cue group whose terms name one pair of sides' deals (``deal_sides``: their proper names) or talks
    (``talks_sides``: the aim that makes talks theirs): ``sides`` are their ISO3 codes, ``from_year`` the first year
    the terms mean those sides (an older deal of the same name, the 1975 Iran–Iraq Algiers Agreement, is not theirs)."""
    sides: list[str]
    from_year: int

    @field_validator("sides")
    @classmethod
    def _iso3(cls, v: list[str]) -> list[str]:
        bad = [s for s in v if not re.fullmatch(r"[A-Z]{3}", s)]
        if bad or len(v) < 2:
            raise ValueError(f"sides must be two or more ISO3 codes, got {v!r}")
        return v


class _Nested(_Sourced):
    """A group of named LangLists; supports attribute and item access."""
    source: str
    notes: Optional[str] = None

    def keys(self) -> list[str]:
        return [k for k in type(self).model_fields if k not in ("source", "notes")]

    def items(self) -> list[tuple[str, LangList]]:
        return [(k, getattr(self, k)) for k in self.keys()]

    def __getitem__(self, key: str) -> LangList:
        if key not in self.keys():
            raise KeyError(key)
        return getattr(self, key)


class EventTypes(_Nested):
    talks: LangList
    meeting: LangList
    visit: LangList
    message_exchange: LangList
    agreement: LangList
    prisoner_release: LangList
    series: LangList


class Mediation(_Nested):
    host: LangList
    facilitator: LangList
    message_carrier: LangList
    guarantor: LangList


class Topics(_Nested):
    nuclear: LangList
    sanctions: LangList
    prisoners: LangList
    regional_security: LangList
    red_sea_shipping: LangList
    gaza: LangList
    iraq: LangList
    afghanistan: LangList
    syria: LangList
    lebanon_hostages: LangList
    arms: LangList
    oil: LangList
    other: LangList

    @model_validator(mode="after")
    def _nonempty(self):
        for k in self.keys():
            if k != "other" and not (self[k].ar and self[k].fa):
                raise ValueError(f"topic {k!r} needs both ar and fa cues")
        return self


class Roles(_Sourced):
    """``roles:`` in cues.yaml is a flat mapping ``{source, [notes], <English title>: {ar, fa}}``.

    Internally the titles live in ``.titles``; ``model_dump()`` gives the flat
    YAML shape back, so consumers see ``{"source": ..., "Foreign Minister": {...}}``.
    """
    source: str
    notes: Optional[str] = None
    titles: dict[str, LangList]

    @model_validator(mode="before")
    @classmethod
    def _collect(cls, data: Any) -> Any:
        if isinstance(data, dict) and "titles" not in data:
            data = dict(data)
            meta = {k: data.pop(k) for k in ("source", "notes") if k in data}
            data = {**meta, "titles": data}
        return data

    @model_serializer(mode="wrap")
    def _flat(self, handler):
        d = handler(self)
        titles = d.pop("titles", {})
        if d.get("notes") is None:
            d.pop("notes", None)
        return {**d, **titles}

    @field_validator("titles")
    @classmethod
    def _titles(cls, v: dict[str, LangList]) -> dict[str, LangList]:
        for t, ll in v.items():
            if not t.strip():
                raise ValueError("empty role title")
            if not (ll.ar and ll.fa):
                raise ValueError(f"role title {t!r} needs both ar and fa cues")
        return v

    def __getitem__(self, title: str) -> LangList:
        return self.titles[title]

    def lookup(self) -> dict[str, str]:
        """Map every Arabic/Persian title word to its English role title."""
        return _word_index(self.titles)


class Numbers(_Sourced):
    source: str
    notes: Optional[str] = None
    values: dict[int, LangList]

    def lookup(self) -> dict[str, int]:
        """Map every Arabic/Persian number word to its value."""
        return _word_index(self.values)


def _word_index(groups: dict[Any, LangList]) -> dict[str, Any]:
    """Every Arabic/Persian word of each group -> the group's key (first group wins)."""
    out: dict[str, Any] = {}
    for key, ll in groups.items():
        for w in (*ll.ar, *ll.fa):
            out.setdefault(w, key)
    return out


class Cues(_Model):
    event_types: EventTypes
    format_indirect: CueGroup
    format_direct: CueGroup
    secrecy_secret: CueGroup
    secrecy_public: CueGroup
    allegation: CueGroup
    denial: CueGroup
    confirmation: CueGroup
    mediation: Mediation
    outcome_agreement: CueGroup
    outcome_partial: CueGroup
    outcome_no_agreement: CueGroup
    negation: CueGroup
    future: CueGroup
    hypothetical: CueGroup
    statement: CueGroup
    opinion: CueGroup
    press_conference: CueGroup
    both_sides: CueGroup
    weak_contact: CueGroup
    same_place: CueGroup
    continuation: CueGroup
    day_after: CueGroup
    same_month: CueGroup
    same_year: CueGroup
    same_day: CueGroup
    present_time: CueGroup
    phone_call: CueGroup
    absent_side: CueGroup
    interview: CueGroup
    no_comment: CueGroup
    not_confirmed: CueGroup
    undelivered: CueGroup
    deal_object: CueGroup
    deal_name: CueGroup
    deal_sides: SidedCueGroup
    talks_sides: SidedCueGroup
    deal_concluded: CueGroup
    assets: CueGroup
    public_message: CueGroup
    no_trip: CueGroup
    captors: CueGroup
    freed_flight: CueGroup
    proposal: CueGroup
    informed: CueGroup
    process: CueGroup
    happening: CueGroup
    other_time: CueGroup
    sport: CueGroup
    cancelled: CueGroup
    stalled: CueGroup
    off_agenda: CueGroup
    un_session: CueGroup
    provision: CueGroup
    private_trip: CueGroup
    unilateral_release: CueGroup
    released_vessel: CueGroup
    series_adverb: CueGroup
    negation_before: CueGroup
    reveal: CueGroup
    era: CueGroup
    aim: CueGroup
    purpose: CueGroup
    habitual: CueGroup
    generic: CueGroup
    topics: Topics
    roles: Roles
    numbers: Optional[Numbers] = None

    def __getitem__(self, key: str):
        if key not in type(self).model_fields:
            raise KeyError(key)
        return getattr(self, key)

    def keys(self) -> list[str]:
        return list(type(self).model_fields)


# ---------------------------------------------------------------------------
# loading
# ---------------------------------------------------------------------------
def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise LexiconError(f"{path.name}: cannot read reference file {path}: {e}") from e
    try:
        # libyaml's parser (bundled with PyYAML's wheels) is ~10x faster than the pure-Python one
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        raise LexiconError(f"{path.name}: YAML syntax error: {e}") from e


def _entry_label(raw: Any, loc: tuple) -> str:
    """Human label for the entry at ``loc`` in the raw YAML data, e.g.
    ``persons[12] (person:mohammad-javad-zarif)``."""
    parts: list[str] = []
    node = raw
    label_id = None
    for step in loc:
        if isinstance(step, int) and isinstance(node, list):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{step}]"]
            node = node[step] if step < len(node) else None
            if isinstance(node, dict) and label_id is None:
                label_id = node.get("actor_id") or node.get("place_id")
        else:
            parts.append(str(step))
            node = node.get(step) if isinstance(node, dict) else None
    label = ".".join(parts) or "<file>"
    return f"{label} ({label_id})" if label_id else label


def _validate(model, raw: Any, path: Path):
    if not isinstance(raw, dict):
        raise LexiconError(f"{path.name}: top level must be a mapping, got {type(raw).__name__}")
    try:
        return model.model_validate(raw)
    except ValidationError as e:
        msgs = []
        for err in e.errors():
            msgs.append(f"{_entry_label(raw, tuple(err['loc']))}: {err['msg']}")
        raise LexiconError(f"{path.name}: " + " | ".join(msgs[:10])) from e


def _resolve(path: Union[str, Path, None], default: str) -> Path:
    return Path(path) if path is not None else REFERENCE_DIR / default


@lru_cache(maxsize=None)
def _load_actors(path: Path) -> Actors:
    return _validate(Actors, _read_yaml(path), path)


@lru_cache(maxsize=None)
def _load_places(path: Path) -> tuple[Place, ...]:
    return tuple(_validate(PlacesFile, _read_yaml(path), path).places)


@lru_cache(maxsize=None)
def _load_cues(path: Path) -> Cues:
    return _validate(Cues, _read_yaml(path), path)


def load_actors(path: Union[str, Path, None] = None) -> Actors:
    """States, persons and organizations from ``reference/actors.yaml``."""
    return _load_actors(_resolve(path, "actors.yaml"))


def load_places(path: Union[str, Path, None] = None) -> list[Place]:
    """Places from ``reference/places.yaml``."""
    return list(_load_places(_resolve(path, "places.yaml")))


def load_cues(path: Union[str, Path, None] = None) -> Cues:
    """Cue lexicons from ``reference/cues.yaml``."""
    return _load_cues(_resolve(path, "cues.yaml"))
