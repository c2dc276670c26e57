"""The default extractor: dictionaries, cue lexicons and the date engine.

Per document: build the normalised view (pipeline.text), find every dictionary
term in it with one Aho-Corasick pass (actors, places, cues), find the dates
(pipeline.dates), then read sentence by sentence: a sentence with an event cue,
not excluded by the codebook (negated, future, hypothetical, press conference,
undated generality), with a date in the sentence (or, with lower confidence,
in the sentence before) and at least two sides becomes one candidate mention.
No rule names a document or quotes one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
import re
from bisect import bisect_left
from collections import Counter
from itertools import accumulate, compress, count
from dataclasses import dataclass, field
from typing import Any, Iterable, NamedTuple

import ahocorasick
import jdatetime
import numpy as np

from ..dates import DateMatch, _edtf, _greg_range, _solar_range, counted_from_that, find_dates, shared_triggers
from ..text import View, norm, normalize, paragraphs, reading, sentences, term_variants, tolerant_pattern
from .base import ActorRef, Candidate, DocInput


_re_compiler = getattr(re, "_compiler", None)  # (Python 3.11+: the module re.compile builds its code with)
_CHARSETS: dict = {}  # (class items, case arguments) -> re's optimised form of the class


def _optimize_charset_once(charset, iscased=None, fixup=None, fixes=None):
    """``re._compiler._optimize_charset``, computed once per distinct class (see :func:`_compile`)."""
    if fixes is not None and fixes is not _re_compiler._EXTRA_CASES:
        return _optimize_charset(charset, iscased, fixup, fixes)
    try:
        key = (tuple(charset), iscased, fixup, fixes is None)
        got = _CHARSETS.get(key)
    except TypeError:  # (an item that cannot be a key: compute it)
        return _optimize_charset(charset, iscased, fixup, fixes)
    if got is None:
        got = _CHARSETS[key] = _optimize_charset(charset, iscased, fixup, fixes)
    return got


_optimize_charset = getattr(_re_compiler, "_optimize_charset", None)


def _compile(pattern: str, flags: int) -> re.Pattern:
    """``re.compile(pattern, flags)``, remembering how ``re``'s compiler optimises each character class.

    A tolerant pattern has a class after every letter (its marks, the letter's group); the compiler builds a class
    of non-Latin letters with three or more runs from a 65,536-entry map, ~40 µs each, and this module's patterns
    hold ~13,000 such classes but only ~200 distinct ones: remembered, the module imports in ~0.35 s instead of
    ~0.85 s (once per process). The optimised form depends only on the class and the case arguments, so the
    compiled code is the same (``test_compile_same_code`` compares it). The compiler's function is replaced only for
    the duration of one call; a pattern another thread compiles meanwhile gets the same code either way."""
    if _optimize_charset is None or getattr(_re_compiler, "_EXTRA_CASES", None) is None:
        return re.compile(pattern, flags)
    _re_compiler._optimize_charset = _optimize_charset_once
    try:
        return re.compile(pattern, flags)
    finally:
        _re_compiler._optimize_charset = _optimize_charset


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` of a pattern made tolerant of the spellings sources use for one another (ي/ی, ك/ک, أ/ا,
    ة/ه, a ZWNJ written as a space or left out): see :func:`pipeline.text.tolerant_pattern`. Every pattern of
    this module is built with it (or, when it reads only the normalised view, with :func:`_vx`), so a rule written
    with one spelling reads the others too."""
    return _compile(tolerant_pattern(pattern), flags)


def _vx(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile`` of a pattern read on the normalised view (:func:`pipeline.text.normalize`), written in its
    letters (``norm`` of the pattern): the view has already folded the spellings :func:`_rx` tolerates, so the
    plain pattern is enough, and much faster on a whole document. ``norm`` folds case, so an upper-case class
    escape would silently turn into its opposite (``\\S`` into ``\\s``): such a pattern is refused."""
    if re.search(r"\\[A-Z]", pattern.replace("\\\\", "")):
        raise ValueError(f"_vx pattern uses an upper-case escape, which norm() would lower-case: {pattern[:60]!r} (write [^ ] for \\S)")
    return _compile(norm(pattern), flags)


def _quoted_from(c: Candidate | None, raw: str, read: str) -> Candidate | None:
    """``c``, found in ``read`` (``raw`` with letters replaced one for one), with every text it quotes taken from
    ``raw``: the evidence is the document as written. A text with offsets is taken at them; one without (a date,
    a state's name) where it first occurs in the mention's span, else in the document."""
    if c is None:
        return None

    def written(t: str | None) -> str | None:
        if t is None:
            return None
        at = read.find(t, c.char_start, c.char_end)
        if at < 0:
            at = read.find(t)
        return raw[at : at + len(t)] if at >= 0 else t

    def ref(a: ActorRef) -> ActorRef:
        name = written(a.name_original) if a.char_start is None else raw[a.char_start : a.char_end]
        return dataclasses.replace(a, name_original=name)

    return dataclasses.replace(
        c, quote=raw[c.char_start : c.char_end], date_text=written(c.date_text),
        participants=[ref(a) for a in c.participants], mediators=[ref(a) for a in c.mediators],
    )


# event types in order of precedence when one sentence has several cues
TYPE_ORDER = ["agreement", "prisoner_release", "series", "talks", "meeting", "message_exchange", "visit"]
LOCATIVE = {"في", "فی", "در", "به", "الی", "الى", "إلى", "الي", "بمدینه", "بمدينه", "بالعاصمه", "بسلطنه", "داخل"}
_CITY_NOUNS = {"مدینه", "العاصمه", "شهر", "پایتخت", "بندر"}  # (view spelling)
PREFIXES = ("وبال", "وال", "بال", "فال", "لل", "کال", "و", "ف", "ب", "ل", "ک", "ال")
# the clitics before the ل that replaces an article's alef (ل + الولايات → للولايات، وللولايات)
_LAM_PREFIXES = ("ل", "ول", "فل")
SUFFIXES = ("", "ا", "ی", "ها", "های", "هایی", "ای", "اش", "شان", "یی", "ه", "هم", "ین", "ون", "ان", "ات", "یه", "یین", "یون", "یان")
MAX_QUOTE = 420
# Persian negation is a verb prefix (ن / نمی), so negative verbs are read by their shape, not listed:
# ن or نمی + a light-verb or common stem + a person/participle ending (normalised text, no ZWNJ)
_FA_NEG_VERB = _rx(
    "(?:نمی|ن)(?:کرد|کن|داشت|دار|شد|شو|رفت|رو|گرفت|گیر|رسید|رس|خواه|خواست|پذیرفت|پذیر|داد|ده|یافت|یاب|گذاشت|گذار|امد|یامد|اورد|اور|یاورد|یاور|ینجامید|ینجامد|ینجامیده|بود|باشد|باشند)"
    "(?:|م|ی|د|یم|ید|ند|ه|هام|های|هاست|هایم|هاید|هاند|هایم)"
)
_FA_NEG_WORDS = frozenset(("نیست", "نیستند", "نبود", "نبودند", "نبوده", "نبودهاست", "نبودهاند"))
# where the clause of a contact noun ends: a conjunction, a relative, or a positive verb
# (or an outcome noun: in «مذاکرات به توافق نرسید» the negation is the outcome's, the talks took place)
# a part in a contact that a negative verb after the contact noun may deny instead of the contact itself
_FA_NOT_THE_CONTACT = frozenset(("نقش", "نقشی", "حضور", "حضوری", "دخالت", "دخالتی", "سهم", "سهمی", "مشارکت", "مشارکتی", "شرکت", "اطلاع", "اطلاعی"))
# (not the bare «دور»: in Persian it is 'round', «مذاکرات دور هفتم برگزار نشد» is the round not held)
_AR_NOT_THE_CONTACT = frozenset(norm(w) for w in ("دورا", "دوراً", "بدور", "حضور", "مشاركة", "صلة"))
# 'separate', 'bilateral', 'one-on-one' (the normalised view): a contact other than the one reported
_SEPARATE_ONE = _rx(r"(?<!\w)(?:جداگانه|جداگانهای|جداگانه ای|دوجانبه|دوجانبهای|دوجانبه ای|خصوصی|منفرد|ثنایی|ثنائیا|منفصل|منفصلا|علی انفراد|علی حده)(?!\w)")
_SCHEDULED_WORDS = frozenset(norm(w) for w in ("مقررة", "مقررا", "مقرر", "مقرراً"))
# release verbs (not nouns, which may name a release sought: «آزادی زندانیان», «الإفراج عن»)
_RELEASE_VERBS = frozenset(norm(w) for w in (
    "آزاد شدند", "آزاد شد", "آزاد کرد", "آزاد کردند", "عفو کرد", "أفرجت", "أفرج", "أُفرج", "أطلقت سراح", "أطلق سراح", "أُطلق سراح",
))
_FA_CLAUSE_END = frozenset(
    norm(w)
    for w in ("اما", "ولی", "لیکن", "بلکه", "که", "شد", "شدند", "کرد", "کردند", "داشت", "داشتند", "است", "بود", "بودند", "گرفت", "رسید", "رسیدند", "یافت", "دارد", "دارند",
              "توافق", "توافقی", "نتیجه", "نتیجه‌ای", "تفاهم", "تفاهمی", "دستاورد", "دستاوردی", "پیشرفت", "پیشرفتی")
)


def _fa_negated_verb(text: str, at: int, max_words: int = 8) -> bool:
    """A negative Persian verb in the clause after a contact noun («مذاکره‌ای انجام نشده»، «مذاکره نمی‌کنیم»)."""
    verdicts = _FA_WORD_VERDICTS
    for w in text[at : at + 120].split()[:max_words]:
        v = verdicts.new.get(w, 0)
        if v == 0:
            v = verdicts.get(w, _fa_word_verdict)
        if v is not None:
            return v
    return False


def _fa_word_verdict(w: str) -> bool | None:
    """What one word after a contact noun says of the clause (:func:`_fa_negated_verb`): a negative verb
    (True), the clause's end (False), or nothing yet (None)."""
    bare = w.strip("،؛,;.:!؟?«»\"()")
    if not bare:
        return False  # a punctuation mark closes the clause
    if bare in _FA_NOT_THE_CONTACT:
        return False  # «در این دیدار نقشی نداشت»: what is denied is a role or a presence in the contact, not the contact
    if bare in _FA_NEG_WORDS or _FA_NEG_VERB.fullmatch(bare):
        return True
    if bare in _FA_CLAUSE_END or bare != w:  # punctuation glued to the word closes the clause
        return False
    return None


def _day_after(raw: str, rhits, dates: list[DateMatch], reveals=(), counted=()) -> list[DateMatch]:
    """'The next day' («فردای آن روز»، «في اليوم التالي») and 'that same day' («همان روز»، «في اليوم نفسه») read
    as dates: the day after (or the day of) the last day-precise date written before it, when that date is at
    most ~300 characters back (its own sentence or the ones before) and is not the day a report came out (a
    date within ~3 words of a verb of revealing, ``reveals``: the day after it is the report's story). So are
    'N days / weeks before or after that' (``counted``: raw spans with their signed days, dates.counted_from_that)."""
    extra = []
    after = [(rs, re_) for rs, re_, h in rhits if h.key == "day_after"]
    spans = [(rs, re_, _Counted(days)) for rs, re_, days in counted]
    for rs, re_, h in sorted([*rhits, *spans], key=lambda x: x[:2]):
        if isinstance(h, _Counted):
            anchor = _day_anchor(dates, rs, reveals)
            if anchor is None:
                continue
            day = (anchor.date_start if h.days < 0 else anchor.date_end or anchor.date_start) + dt.timedelta(days=h.days)
            why = f"{abs(h.days)} day(s) {'before' if h.days < 0 else 'after'} «{anchor.text}»"
            extra.append(DateMatch(raw[rs:re_], rs, re_, day, day, "day", "relative", day.isoformat(), why))
            continue
        if h.cat != "cue" or any(a <= rs and re_ <= b for a, b, _ in spans):
            continue  # (the «روز بعد» of «دو روز بعد از آن» is not the next day)
        if h.key in ("same_month", "same_year", "same_day") and _PLURAL_PERIOD.match(raw, rs, min(len(raw), re_ + 4)):
            continue  # «در همان سال‌ها», «در همین روزها»: 'in those years', 'these days', a period, not that same one
        if h.key in ("same_month", "same_year"):
            if any(d.start_char <= rs < d.end_char for d in dates):
                continue  # «في آب من العام نفسه»: the date engine read it with its month
            carried = _same_period(raw, rs, re_, h.key, dates)
            if carried is not None:
                extra.append(carried)
            continue
        if h.key not in ("day_after", "same_day"):
            continue
        if h.key == "same_day" and any(a <= rs and re_ <= b for a, b in after):
            continue  # «فردای همان روز» is the next day
        anchor = _day_anchor(dates, rs, reveals)
        if anchor is None:
            continue
        if h.key == "day_after":
            day, why = (anchor.date_end or anchor.date_start) + dt.timedelta(days=1), f"the day after «{anchor.text}»"
        else:
            day, why = anchor.date_end or anchor.date_start, f"the same day as «{anchor.text}»"
        extra.append(DateMatch(raw[rs:re_], rs, re_, day, day, "day", "relative", day.isoformat(), why))
        # «وفي اليوم التالي، الثلاثاء، …»: the weekday in apposition names that next day, not one counted from the
        # publication date
        dates = [d for d in dates if not (0 <= d.start_char - re_ <= 3 and d.calendar == "relative" and _WEEKDAY_ONLY.fullmatch(d.text.strip()))]
    return sorted([*dates, *extra], key=lambda d: (d.start_char, d.end_char)) if extra else dates


class _Counted(NamedTuple):
    days: int


def _day_anchor(dates: list[DateMatch], at: int, reveals) -> DateMatch | None:
    """The last day-precise date written before ``at``, at most ~300 characters back and not the day a report came
    out (within ~3 words of a verb of revealing): what 'the next day' or 'two days before that' counts from."""
    anchor = next((d for d in reversed(dates) if d.end_char <= at and d.date_precision == "day" and d.date_start is not None), None)
    if anchor is None or at - anchor.end_char > 300:
        return None
    if any(0 <= a - anchor.end_char <= 21 or 0 <= anchor.start_char - b <= 21 for a, b in reveals):
        return None
    return anchor


def _same_period(raw: str, rs: int, re_: int, key: str, dates: list[DateMatch]) -> DateMatch | None:
    """'That same month' / 'that same year' as a date: the month (in the anchor's calendar: Esfand for a Solar
    Hijri day) or the year of the last dated expression before it, at most ~600 characters back."""
    anchor = next((d for d in reversed(dates) if d.end_char <= rs and d.date_start is not None and d.date_precision in ("day", "month", "year")), None)
    if anchor is None or rs - anchor.end_char > 600 or (key == "same_month" and anchor.date_precision == "year"):
        return None
    month = key == "same_month"
    if anchor.calendar == "solar_hijri":
        j = jdatetime.date.fromgregorian(date=anchor.date_start)
        s, e = _solar_range(j.year, j.month if month else None)
    else:
        s, e = _greg_range(anchor.date_start.year, anchor.date_start.month if month else None)
    prec = "month" if month else "year"
    return DateMatch(raw[rs:re_], rs, re_, s, e, prec, anchor.calendar, _edtf(s, e, prec), f"the same {prec} as «{anchor.text}»")


def _quote_span(raw: str, s: int, e: int, cue_rs: int) -> tuple[int, int]:
    """The evidence quote of a sentence: all of it, or MAX_QUOTE characters around the cue (whole words)."""
    qs, qe = s, e
    if qe - qs > MAX_QUOTE:
        qs = max(s, cue_rs - MAX_QUOTE // 2)
        qe = min(e, qs + MAX_QUOTE)
        while qs > s and not raw[qs - 1].isspace():
            qs -= 1
        while qe < e and not raw[qe].isspace():
            qe += 1
    return qs, qe


ROLE_PRECEDENCE = ("guarantor", "message_carrier", "facilitator", "host")
# demonstratives before a contact noun make it an anaphor of a contact already reported (normalised forms)
_DEMONSTRATIVES_BY_LANG = {
    # (folded, Persian این is Arabic أين 'where': Persian only; Arabic أن 'that' before a definite contact
    # noun, «أكد أن اللقاء …», speaks of the contact reported, as Persian آن does)
    "ar": frozenset(norm(w) for w in ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين", "وهذه", "وهذا", "وتلك", "وذلك", "أن")),
    "fa": frozenset(norm(w) for w in ("این", "آن", "همین", "همان", "چنین", "چنان")),
}
DEMONSTRATIVES = _DEMONSTRATIVES_BY_LANG["ar"] | _DEMONSTRATIVES_BY_LANG["fa"]
_AN = norm("أن")
SINCE = ("منذ", "منذ عام", "منذ العام", "منذ سنة")
# the Arabic article with the clitics before it (a cue word so written names a contact already spoken of)
_DEFINITE = tuple(norm(w) for w in ("ال", "وال", "فال", "بال", "لل", "وبال", "ولل"))
# the article after a glued preposition («بالاتفاق», «للاتفاق»), and prepositions before a deal's name («بموجب الاتفاق»,
# «في إطار الاتفاق»): a deal named as what something falls under
_UNDER_THE = tuple(norm(w) for w in ("بال", "وبال", "لل", "ولل"))
_UNDER_DEAL = _vx(r"(?<!\w)(?:بموجب|وبموجب|إطار|ضمن|وفق|وفقا ل|طبقا ل|حسب|بحسب)\s+$")
# adjectives after a contact noun that make it another contact than the one before («الاجتماع الثاني»)
# ordinals (a subset of _ANOTHER): 'the first round' twice is one round; 'a new round' twice may be two
_ORDINALS = frozenset(norm(w) for w in (
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة", "السادس", "السادسة",
    "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة",
    "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
))
_ANOTHER = frozenset(norm(w) for w in (
    "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة", "السادس", "السادسة", "الجديد", "الجديدة",
    "الآخر", "الأخرى", "المقبل", "المقبلة", "القادم", "القادمة", "التالي", "التالية", "اللاحق", "اللاحقة", "الأول", "الأولى",
    "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "جدید", "دیگر", "بعدی", "تازه", "پایانی",
    "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة",
    "ثانيا", "ثانياً", "ثالثا", "ثالثاً", "آخر", "آخرا", "آخراً", "جديدا", "جديداً", "ثان", "جديد", "جديدة", "أخرى", "ثانية", "ثالثة",
    "السابق", "السابقة", "قبلی", "پیشین",  # (the previous one: another, earlier contact)
))


# 'since' and the event it counts from, then that event's date, in one clause («منذ انسحاب واشنطن من الاتفاق
# النووي عام 2018», «منذ قطع العلاقات بين البلدين عام 1980»): up to ~7 words, no comma or stop
_SINCE_PHRASE = _rx(r"(?:^|\s)(?:منذ|از زمان)\s+[^،,.؛;:\n]{0,60}$")


# the words one of which the view of every match of _SINCE_PHRASE holds
_SINCE_KEYS = (norm("منذ"), norm("از زمان"))


def _after_since(raw: str, d: DateMatch, since_words: bool = True) -> bool:
    """The date follows 'since' (منذ), right after it or after the event it counts from: the start of a
    state or the last time of something, not a contact's date. ``since_words``: False when the document's view
    holds none of ``_SINCE_KEYS`` (see ``RuleExtractor._since_words``), so that ``_SINCE_PHRASE`` cannot match."""
    return raw[max(0, d.start_char - 8) : d.start_char].rstrip().endswith(SINCE) or bool(
        since_words and _SINCE_PHRASE.search(raw, max(0, d.start_char - 70), d.start_char)
    ) or bool(_FA_FROM.search(raw, max(0, d.start_char - 8), d.start_char) and _FA_STATE_SINCE.match(raw, d.end_char)
              # (not a contact that began on that day, «… که از دوشنبه ۶ دی آغاز شده است»)
              and not _FA_BEGAN_AFTER.match(raw, d.end_char))


# Persian 'from' right before a date, and the rest of its clause ending in a present copula: «این کشور از سال
# ۱۳۵۹ حافظ منافع آمریکا در ایران است», a state that holds since then (not «از سال ۱۳۹۲ مذاکرات آغاز شد»); the
# clause may go on after 'and' («… در ایران است و سفارتش کانال رسمی انتقال پیام … بوده است»)
_FA_FROM = _rx(r"(?<!\w)از\s+(?:سال\s+)?$")
_FA_STATE_SINCE = _rx(r"[^.،,؛;:\n]{0,60}?\s(?:است|هست|هستند|بوده است|بوده‌است|بوده‌اند|بوده اند)\s*(?:[.،,؛;:\n«]|$|و\s)")


def _word_end(raw: str, i: int) -> int:
    """The end of the word that goes on at ``i`` (``i`` itself when a word does not)."""
    while i < len(raw) and _is_word(raw[i]):
        i += 1
    return i


def _is_word(c: str) -> bool:
    return c.isalnum() or c in "\u064b\u0652"


class Hit(NamedTuple):
    """One dictionary term found in the view (a named tuple: cheap to create, immutable)."""

    cat: str  # state | person | org | place | cue
    key: str  # actor_id / place_id / cue group
    vstart: int
    vend: int
    term: str
    extra: Any = None


@dataclass
class Lexicon:
    automaton: Any
    states: dict[str, Any]
    persons: dict[str, Any]
    orgs: dict[str, Any]
    places: dict[str, Any]
    roles: dict[str, str]  # cue group 'role:<English title>'
    groups: set[str] = field(default_factory=set)
    # per document language: a term's readings -> those that count in that language (filled as met)
    by_lang: dict[str | None, dict[tuple, tuple]] = field(default_factory=dict)
    # the other terms of one word keyed by word start: ' ' + clitic prefix + term (see lexicon()),
    # each key with (its length less the space, its readings)
    anchored: Any = None
    # every term -> its readings (cat, key, extra)
    terms: dict[str, tuple] = field(default_factory=dict)
    # a pattern every match of a term of `automaton` holds (two characters of it, one not a letter)
    other_hint: Any = None
    # the same matches, with one pattern for each character not a letter, opening with it (a literal the re engine finds
    # quickly; the class `other_hint` opens with is tested at every character)
    other_hints: tuple = ()
    # the terms of several words, keyed as in `anchored` (with minus their length less the space);
    # the words such a key starts with, and the longest key
    multiword: Any = None
    first_words: frozenset = frozenset()
    multiword_len: int = 0
    # whole words that are not a term with a clitic or an inflection (NOT_CLITIC and the reference
    # data's false friends, with every clitic prefix)
    not_clitic: frozenset = frozenset()
    # per document language: word -> the hits of the one-word terms in it, offsets from the word's
    # start (filled as met; see scan())
    # (and per (language, " "): the hits of the terms of several words, per phrase)
    words: dict[Any, dict[Any, tuple]] = field(default_factory=dict)
    # the sides of the deals cue group ``deal_sides`` names, and the first year its names mean them
    deal_sides: frozenset = frozenset()
    deal_sides_from: int = 0
    # the sides of the talks cue group ``talks_sides`` names by their aim, and the first year it means them
    talks_sides: frozenset = frozenset()
    talks_sides_from: int = 0


def _leaves(obj: Any, path: str = "") -> Iterable[tuple[str, str, list[str]]]:
    """Walk a dumped cue structure; yield (group path, lang, terms) for every ar/fa list."""
    if isinstance(obj, dict):
        for lang in ("ar", "fa", "en"):
            v = obj.get(lang)
            if isinstance(v, list) and all(isinstance(x, str) for x in v):
                yield path, lang, v
        for k, v in obj.items():
            if k in ("ar", "fa", "en", "source", "notes"):
                continue
            yield from _leaves(v, f"{path}.{k}" if path else str(k))


def _dump(x: Any) -> Any:
    return x.model_dump() if hasattr(x, "model_dump") else x


def _g(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The dictionaries of the rules (built once per process, or read from the on-disk cache of
    :mod:`pipeline.cache`, keyed by the package's code and reference data)."""
    from ..cache import cached

    return cached("lexicon", build_lexicon)


def build_lexicon() -> Lexicon:
    from ..lexicon import load_actors, load_cues, load_places

    A = ahocorasick.Automaton()
    entries: dict[str, list[tuple[str, str, Any]]] = {}

    def add(term: str, cat: str, key: str, extra: Any = None) -> None:
        if not term or not term.strip():
            return
        for v in term_variants(term):
            v = v.strip()
            if len(v) < 2:
                continue
            entries.setdefault(v, []).append((cat, key, extra))

    actors = load_actors()
    states, persons, orgs = {}, {}, {}
    false_friends: set[str] = set()
    for s in actors.states:
        states[s.actor_id] = s
        # an ambiguous name found in one language's lists only is that language's word: Persian ترک
        # 'Turk' is Arabic ترك 'left', so it reads as Turkey in Persian documents only
        in_lang = {lang: {norm(t) for attr in (f"names_{lang}", f"adjectives_{lang}") for t in _g(s, attr, []) or []} for lang in ("ar", "fa")}
        for attr in ("names_ar", "names_fa", "names_en", "adjectives_ar", "adjectives_fa"):
            for t in _g(s, attr, []) or []:
                only = [lang for lang, ts in in_lang.items() if norm(t) in ts]
                ambiguous = t in (_g(s, "ambiguous_names", []) or [])
                add(t, "state", s.actor_id, "name@" + only[0] if ambiguous and len(only) == 1 else "name")
        caps = _dump(_g(s, "capitals", {})) or {}
        for lang_terms in caps.values():
            for t in lang_terms or []:
                add(t, "state", s.actor_id, "capital")
        home = _dump(_g(s, "home_press", {})) or {}
        for lang in ("ar", "fa"):
            for t in home.get(lang) or []:
                add(t, "state", s.actor_id, "home:" + lang)
        inst = _dump(_g(s, "institutions", None) or _g(s, "metonyms", None)) or {}
        if isinstance(inst, dict):
            for lang_terms in inst.values():
                for t in lang_terms or []:
                    add(t, "state", s.actor_id, "institution")
    for p in actors.persons:
        persons[p.actor_id] = p
        for attr in ("names_ar", "names_fa", "names_en"):
            for t in _g(p, attr, []) or []:
                add(t, "person", p.actor_id)
    for o in actors.organizations:
        orgs[o.actor_id] = o
        for attr in ("names_ar", "names_fa", "names_en"):
            for t in _g(o, attr, []) or []:
                add(t, "org", o.actor_id)
    places = {}
    for pl in load_places():
        places[pl.place_id] = pl
        # (as for states: an ambiguous name in one language's list only reads as the place in that language
        # only: Persian بن 'Bonn' is the Arabic name particle 'bin')
        in_lang = {lang: {norm(t) for t in _g(pl, f"names_{lang}", []) or []} for lang in ("ar", "fa")}
        for attr in ("names_ar", "names_fa", "names_en"):
            for t in _g(pl, attr, []) or []:
                only = [lang for lang, ts in in_lang.items() if norm(t) in ts]
                ambiguous = t in (_g(pl, "ambiguous_names", []) or [])
                add(t, "place", pl.place_id, "name@" + only[0] if ambiguous and len(only) == 1 else None)
    for entry in (*actors.states, *actors.persons, *actors.organizations, *places.values()):
        for attr in ("false_friends_ar", "false_friends_fa"):
            for w in _g(entry, attr, []) or []:
                false_friends.update(pre + v for v in term_variants(w) for pre in ("",) + PREFIXES)
    loaded = load_cues()
    cues = _dump(loaded)
    roles: dict[str, str] = {}
    groups = set()
    role_map = cues.pop("roles", None)
    cues.pop("numbers", None)
    for path, lang, terms in _leaves(cues):
        groups.add(path)
        for t in terms:
            add(t, "cue", path, lang)  # cue words count only in their own language (Arabic نفت 'denied' is Persian 'oil')
            if lang == "ar":
                # (a final hamza's seats only for contact nouns: «إلغائه» would read as «الغاية», 'the goal')
                for v in (*_possessed(t, hamza=path.startswith("event_types.")), *_definite(t)):
                    add(v, "cue", path, lang)
    for title, item in (role_map or {}).items():
        if not isinstance(item, dict):  # 'source' / 'notes'
            continue
        for lang in ("ar", "fa", "en"):
            for t in item.get(lang, []) or []:
                add(t, "role", title, lang)
    # Two automata over the same terms. `A` holds the few terms with characters other than letters,
    # digits and spaces (5+1, al-Maliki, J.D. Vance): scan() finds them anywhere and tests the word
    # boundary in Python. `W` holds every other term once per clitic prefix, keyed ' ' + prefix + term,
    # and is run over a copy of the text whose non-word characters are spaces: a key can then only
    # match at the start of a word, so the many matches inside longer words (لا in الاتفاق) never
    # reach Python. Several (term, prefix) readings can share a key (ل + قاء = لقاء).
    W, M = ahocorasick.Automaton(), ahocorasick.Automaton()
    hint = set()
    anchored: dict[str, list[tuple[str, int, int, tuple]]] = {}
    terms = {term: tuple(dict.fromkeys(vals)) for term, vals in entries.items()}
    for term, vals in terms.items():
        payload = (term, len(term), vals)
        if all(_is_word(c) or c == " " for c in term) and _is_word(term[0]):
            for pre in ("",) + PREFIXES:
                anchored.setdefault(" " + pre + term, []).append((term, len(term), len(pre), payload[2]))
            if term.startswith("ال") and len(term) > 3:
                # the preposition ل before the article is written لل, the article's alef dropped
                # («للولايات المتحدة» 'to the United States'): the term then reads from the second ل
                short = "ل" + term[2:]
                for pre in _LAM_PREFIXES:
                    anchored.setdefault(" " + pre + short, []).append((short, len(short), len(pre), payload[2]))
        else:
            A.add_word(term, payload)
            i = next(i for i, c in enumerate(term) if not _is_word(c) and c != " ")
            hint.add(term[i - 1 : i + 1])  # (a term starts with a letter or digit: i > 0)
    first_words = set()
    for key, readings in anchored.items():
        # scan() reads the hits of one-word terms word by word (see there), the others where a word
        # that starts one of them stands
        if " " in key[1:]:
            M.add_word(key, (1 - len(key), tuple(readings)))
            first_words.add(key[1:].split(" ")[0])
        else:
            W.add_word(key, (len(key) - 1, tuple(readings)))
    for key, entries in _view_key_entries().items():
        # the keys _read looks for in the view (see _view_key_entries), in M too: scan's pass over the spaced text finds
        # them with the names of several words (one pass over the document, not two). Their value opens with None (a
        # name's opens with its length), and term_matches skips them
        M.add_word(key, (None, entries))
    A.make_automaton()
    W.make_automaton()
    M.make_automaton()
    # (written to start with a character class, which the re engine scans for quickly)
    other_hint = _rx("[" + "".join(sorted({re.escape(h[1]) for h in hint})) + "](?<=" + "|".join(re.escape(h) for h in sorted(hint)) + ")" if hint else "(?!)")
    other_hints = tuple(_rx(re.escape(c) + "(?<=" + "|".join(re.escape(h) for h in sorted(hint) if h[1] == c) + ")") for c in sorted({h[1] for h in hint}))
    return Lexicon(
        A, states, persons, orgs, places, roles, groups=groups, anchored=W, terms=terms, other_hint=other_hint, other_hints=other_hints,
        multiword=M, first_words=frozenset(first_words), multiword_len=max((len(k) for k in anchored if " " in k[1:]), default=0),
        not_clitic=NOT_CLITIC | frozenset(false_friends),
        deal_sides=frozenset(loaded.deal_sides.sides), deal_sides_from=loaded.deal_sides.from_year,
        talks_sides=frozenset(loaded.talks_sides.sides), talks_sides_from=loaded.talks_sides.from_year,
    )


# Arabic attached pronouns: 'his visit' is زيارته, the ta marbuta written as ta before the suffix
_PRONOUNS_AR = ("ه", "ها", "هما", "هم", "ك", "كم", "نا", "ي")


def _possessed(term: str, hamza: bool = False) -> list[str]:
    """The forms of a one-word Arabic noun with an attached pronoun that the clitic suffixes cannot reach because
    its last letter changes: ة written ت (زيارة → زيارته، زيارتها …) and, with ``hamza``, a final hamza carried by
    waw or yeh (لقاء → لقاؤه، لقائه، لقاءه)."""
    t = term.strip()
    if " " in t:
        return []
    if t.endswith("ة"):
        return [t[:-1] + "ت" + p for p in _PRONOUNS_AR]
    if hamza and t.endswith("اء") and len(t) > 3:
        return [t[:-1] + seat + p for seat in ("ؤ", "ئ", "ء") for p in _PRONOUNS_AR]
    return []


def _definite(term: str) -> list[str]:
    """The definite form of a two-word Arabic phrase (a noun and its adjective: اتصال هاتفي → الاتصال الهاتفي),
    which the clitic prefixes cannot reach because the article repeats on the second word."""
    words = term.split()
    if len(words) != 2 or any(w.startswith("ال") or len(w) < 2 for w in words):
        return []
    return ["ال" + words[0] + " ال" + words[1]]


# whole words that merely start with a clitic-like letter: وزارة is 'ministry', not و + زار 'visited' (nor are
# 'ministerial' وزاري/وزارية, 'ministries' وزارات and 'his ministry' وزارته: «على هامش اجتماع وزاري»)
NOT_CLITIC = frozenset(norm(w) for w in (
    "وزارة", "وزارت", "وزارتخانه", "وزير", "وزیر", "وزراء", "وزرا", "وصول", "فرصت", "بزرگ", "لقاء", "برای", "بعد", "بین", "بدون",
    "وزاري", "وزارية", "وزاريا", "وزارياً", "وزاريين", "وزاريون", "وزاريتين", "وزارات", "وزاراتها", "وزارته", "وزارتها",
    "وزارتهم", "وزارتي", "وزارتين", "وزارتا", "وزارتنا", "وزارتكم",
)) | frozenset(
    # words that merely contain a cue with an article or an ending: 'social' (الاجتماعي, «وسائل التواصل الاجتماعي»)
    # is no meeting, 'ambassadors' (سفرای) no trip and 'names' (نامها, نام‌ها without ZWNJ) no letters; 'read'
    # («اقرأ أيضاً») is no 'acknowledged' (أقرّ), 'term of office' (ولاية) and 'both' (كلا) no 'not' (ولا, لا),
    # 'only' (فقط) no 'never' (قط), 'in addition' (إضافة) and 'in his capacity as' (بوصفه) no statement, 'the
    # note' (التنويه) no 'intends' (تنوي), 'books' (الكتب) no 'wrote', 'the years of' and 'the decades of'
    # (سال‌های، دهه‌های) no 'for years'
    norm(pre + w) for pre in ("",) + PREFIXES for w in (
        "الاجتماعي", "الاجتماعية", "اجتماعية", "اجتماعيا", "اجتماعياً", "اجتماعيين", "الاجتماعيين", "اجتماعيات",
        "سفرای", "سفرا", "سفرایی", "نامها",
        "اقرأ", "اقرا", "ولاية", "الولاية", "ولايته", "ولايتها", "ولايتي", "ولايتين", "ولايتيه", "كلا", "فقط",
        "إضافة", "اضافة", "الإضافة", "إضافية", "الإضافي", "الإضافية", "إضافي", "بوصفه", "بوصفها", "بوصفهم",
        "التنويه", "تنويه", "الكتب", "سالهای", "سالهایی", "دهههای", "دهههایی",
    )
)


def _token_at(text: str, s: int, e: int) -> str:
    a, b = s, e
    while a > 0 and _is_word(text[a - 1]):
        a -= 1
    while b < len(text) and _is_word(text[b]):
        b += 1
    return text[a:b]


# a run of word characters (exactly the characters _is_word accepts)
_WORD_RUN = _rx(r"(?:[^\W_]|[\u064b\u0652])*")
_PREFIX_SET = frozenset(PREFIXES)
_MAX_PREFIX = max(len(p) for p in PREFIXES)
_SUFFIX_SET = frozenset(SUFFIXES)
_RESPECTIVELY = _rx(r"به ترتیب|على التوالي|علی التوالی|بالترتيب")
# where a sentence's clauses part: a comma or semicolon, 'before/after/then/while' (ar, fa), or a Persian
# 'and' after a finite verb («نهایی شد و …»)
_CLAUSE_WORDS = "قبل أن|بعد أن|ثم|فيما|بينما|في حين|وبعد|سپس|پس از آنکه|در حالی که"
_CLAUSE_VERBS = ("شد", "کرد", "شدند", "کردند", "رسید", "رسیدند", "داشت", "داشتند")
# (the same matches as "[،,؛;]|\s(?:WORDS)\s|(?:(?<=\sشد)|…)\sو\s", written to open with one character class, which the re
# engine scans for quickly: that pattern's last branch opens with look-behinds, so re tried all three branches at every
# character. Here a match's first character is the punctuation or the space, and the look-behinds of the verbs take in
# that space, which they then read behind them)
_CLAUSE_BREAK = _rx(
    r"[،,؛;\s](?:(?<=[،,؛;])|(?<=\s)(?:(?:" + _CLAUSE_WORDS + r")\s|(?:" + "|".join(f"(?<=\\s{v}\\s)" for v in _CLAUSE_VERBS) + r")و\s))"
)
# every character _is_word rejects (Python's \\w is isalnum() plus '_')
_NON_WORD = _rx(r"[^\w\u064b\u0652]|_")
# _NON_WORD.sub(" ", ·) as a table over the Basic Multilingual Plane (surrogates are non-word)
_SPACED_BMP = np.frombuffer(
    _NON_WORD.sub(" ", "".join(map(chr, range(0xD800))) + " " * 0x800 + "".join(map(chr, range(0xE000, 0x10000)))).encode("utf-32-le"), dtype=np.uint32
)


def _spaced(text: str) -> str:
    """``text`` with every non-word character replaced by a space (``_NON_WORD.sub(" ", text)``)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if len(codes) and codes.max() > 0xFFFF:
        return _NON_WORD.sub(" ", text)
    return _SPACED_BMP.take(codes).tobytes().decode("utf-32-le")  # (``_SPACED_BMP[codes]``, cheaper)


def _boundary_ok(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Accept a match if it stands as a word, allowing clitic prefixes and inflection suffixes.

    Prefixes and suffixes are made of word characters only, so: the rest of the word after the
    match must be empty or a suffix (a suffix only after 3+ letters), and the part of the word
    before the match must be empty or a clitic prefix of a word that is not in NOT_CLITIC.
    """
    rest = _WORD_RUN.match(text, e).end() - e
    if rest and (e - s < 3 or text[e : e + rest] not in _SUFFIX_SET):
        return None
    if s and _is_word(text[s - 1]):
        a = s - 1
        while a > 0 and _is_word(text[a - 1]):
            a -= 1
            if s - a > _MAX_PREFIX:
                return None
        if text[a:s] not in _PREFIX_SET or text[a : e + rest] in NOT_CLITIC:
            return None
    return s, e


def _boundary_ok_reference(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The definition :func:`_boundary_ok` implements (kept for the equivalence test)."""
    left_ok = s == 0 or not _is_word(text[s - 1])
    if not left_ok:
        for p in PREFIXES:
            k = len(p)
            if s - k >= 0 and text[s - k : s] == p and (s - k == 0 or not _is_word(text[s - k - 1])):
                left_ok = _token_at(text, s, e) not in NOT_CLITIC
                break
    if not left_ok:
        return None
    n = len(text)
    for suf in SUFFIXES:
        k = len(suf)
        if text[e : e + k] == suf and (e + k == n or not _is_word(text[e + k])):
            if k and e - s < 3:
                continue
            return s, e
    return None


def _kept_readings_reference(text: str, s: int, e: int, vals: tuple, not_clitic: frozenset) -> tuple:
    """The readings that :func:`_anchored_matches` keeps of a term standing as a word at ``s:e`` (its
    definition, for the equivalence test): none when the whole word is in ``not_clitic`` and has a clitic
    or a suffix; without a person's when the word has a suffix or an article-bearing clitic; without an
    Arabic title's when the suffix is a nisba ending."""
    a, b = s, _word_end(text, e)
    while a > 0 and _is_word(text[a - 1]):
        a -= 1
    pre, suf = text[a:s], text[e:b]
    if (pre or suf) and text[a:b] in not_clitic:
        return ()
    if suf or pre in _ARTICLE_PREFIXES:
        vals = tuple(v for v in vals if v[0] != "person" and not (suf in _NISBA and v[0] == "role" and v[2] == "ar"))
    return vals


_ENTITY = frozenset(("state", "person", "org", "place"))
_HIT_ORDER = operator.itemgetter(2, 3, 0, 1)  # (vstart, vend, cat, key) of a Hit
_HIT_START = operator.itemgetter(2)


def _lang_vals(vals: tuple, lang: str | None) -> tuple:
    """The (cat, key, extra) readings of a term that count in a document of ``lang``."""
    if not lang:
        return vals
    out = []
    for v in vals:
        if v[0] in ("cue", "role") and v[2] not in (lang, "en"):
            continue
        if v[0] == "state" and v[2].startswith("home:") and v[2] != "home:" + lang:
            continue
        if v[0] in ("state", "place") and isinstance(v[2], str) and v[2].startswith("name@"):
            if lang and v[2] != "name@" + lang:
                continue
            v = (v[0], v[1], "name" if v[0] == "state" else None)  # a name of one language's lists only, in that language
        out.append(v)
    return tuple(dict.fromkeys(out))


def term_matches(text: str, lex: Lexicon) -> list[tuple[str, int, int, tuple]]:
    """(term, start, end, readings) of every dictionary term standing as a word in the view text,
    clitic prefixes and inflection suffixes allowed (the rule is :func:`_boundary_ok_reference`)."""
    out: list[tuple[str, int, int, tuple]] = []
    add = out.append
    # terms of letters, digits and spaces: matched at word starts only (see lexicon()). In `bounded`
    # every non-word character is a space, so the rest of a word runs to the next space.
    bounded = " " + _spaced(text) + " "  # same offsets, shifted by one
    for automaton in (lex.anchored, lex.multiword):
        # (not the keys of the view M also holds: see _view_key_entries)
        _anchored_matches(text, bounded, ((end, readings) for end, (n, readings) in automaton.iter(bounded) if n is not None), add, lex.not_clitic)
    _other_matches(text, lex, add)
    return out


def _anchored_matches(text: str, bounded: str, found: Iterable, add, not_clitic: frozenset = NOT_CLITIC) -> None:
    """term_matches for the anchored keys ``found`` in ``bounded``: (end, readings) of each; a whole
    word in ``not_clitic`` is no term with affixes. A person's name takes neither an inflection
    suffix nor the article (الرئيسية 'main' is not Raisi, لابی‌ها 'lobbies' not Abe), and an Arabic title
    with a nisba ending is an adjective (الرئيسية 'main' is no president)."""
    suffixes = _SUFFIX_SET
    next_space = bounded.find
    for end, readings in found:
        # bounded[end] is text[end - 1]: the term ends before text[end]
        rest = next_space(" ", end + 1) - end - 1
        for term, n, plen, vals in readings:
            if rest and (n < 3 or text[end : end + rest] not in suffixes):
                continue
            s = end - n
            if (plen or rest) and text[s - plen : end + rest] in not_clitic:
                continue
            if " " in term and text[s:end] != term:  # the term's space must be a space, not a newline
                continue
            if rest or (plen > 1 and text[s - plen : s] in _ARTICLE_PREFIXES):
                vals = _AFFIXED[vals, text[end : end + rest] in _NISBA]
                if not vals:
                    continue
            add((term, s, end, vals))


# clitic prefixes that carry the article (a person's name never takes one)
_ARTICLE_PREFIXES = frozenset(p for p in PREFIXES if p.endswith("ال") or p == "لل")


def _other_matches(text: str, lex: Lexicon, add) -> None:
    """term_matches for the few terms with other characters (5+1, al-Maliki): anywhere, boundary tested here.

    The automaton runs only in windows around the places where ``other_hint`` matches: every term holds its hint
    pair, so each match lies within its longest key's length of a hint (the windows, merged, hold every match of a
    pass over the whole text, in the same order; common pairs such as «ه،» would otherwise send most documents
    through a whole pass)."""
    hints = sorted([m.start() for pattern in lex.other_hints for m in pattern.finditer(text)])  # (other_hint's matches)
    if not hints:
        return  # (the automaton's pass costs as much as the hint's search)
    reach = _LONGEST.get(lex.automaton)
    if reach is None:
        reach = _LONGEST[lex.automaton] = lex.automaton.get_stats()["longest_word"]
    windows = []
    for p in hints:
        a, b = max(0, p - reach), p + reach + 1
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    for a, b in windows:
        for end, (term, n, vals) in lex.automaton.iter(text, a, min(b, len(text))):
            if _boundary_ok(text, end + 1 - n, end + 1):
                add((term, end + 1 - n, end + 1, vals))


# automaton -> its longest key (keyed by the object, which it keeps: a lexicon built again gets an entry of its own)
_LONGEST: dict[Any, int] = {}


_new_tuple = tuple.__new__  # Hit(...) without the named tuple's Python-level __new__
_CAT_KEY = operator.itemgetter(0, 1)  # (cat, key) of a Hit


class _Memo(dict):
    """``memo[x]`` is ``test(x)``, computed once per ``x`` met."""

    def __init__(self, test) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, x):
        if len(self) > WORD_CACHE:
            self.clear()
        v = self[x] = self.test(x)
        return v


# (cat, key) -> the hit is an event cue / a 'the next day' or 'that same day' cue
_IS_EVENT_CUE = _Memo(lambda ck: ck[0] == "cue" and (ck[1].startswith("event_types.") or ck[1] in ("freed_flight", "proposal", "informed")))
_IS_DAY_CUE = _Memo(lambda ck: ck[0] == "cue" and ck[1] in ("day_after", "same_day", "same_month", "same_year"))
# (readings, nisba ending?) -> the readings an affixed word keeps (see _anchored_matches)
_AFFIXED = _Memo(lambda k: tuple(v for v in k[0] if v[0] != "person" and not (k[1] and v[0] == "role" and v[2] == "ar")))
_NISBA = frozenset(("ی", "یه", "یین", "یون"))


def _phrase_hits(phrase: str, end: int, readings: tuple, lex: Lexicon, lang: str | None) -> tuple[Hit, ...]:
    """The hits of one key of several words ending at ``end`` in ``phrase`` (which starts with the
    key's word and ends with the word where it ends), offsets from the phrase's start."""
    found: list[tuple[str, int, int, tuple]] = []
    _anchored_matches(phrase, " " + _spaced(phrase) + " ", [(end, readings)], found.append, lex.not_clitic)
    return tuple(_match_hits(found, lex, lang))


# words whose hits scan() keeps, per language: at most this many (see _WordCache)
WORD_CACHE = 50_000
_MISS = object()


class _WordCache:
    """A bounded cache with no cliff: two generations of at most ``limit / 2`` entries each. Lookups
    read ``new`` (a plain dict, so that ``map(cache.new.get, words)`` runs in C); a key missing there
    is taken from ``old`` (or computed) and put in ``new``. When ``new`` is full it becomes ``old`` and
    the previous ``old`` is dropped: a key met since the last turn survives it, so frequent words are
    never lost (an approximate LRU), where emptying one table at a size dropped them all at once."""

    __slots__ = ("new", "old", "half")

    def __init__(self, limit: int = WORD_CACHE) -> None:
        self.new: dict = {}
        self.old: dict = {}
        self.half = max(1, limit // 2)

    def __len__(self) -> int:
        return len(self.new) + len(self.old)

    def get(self, key, compute):
        """The value of ``key`` (``compute(key)`` if neither generation has it), now in ``new``."""
        v = self.new.get(key, _MISS)
        if v is _MISS:
            v = self.old.get(key, _MISS)
            if v is _MISS:
                v = compute(key)
            self.put(key, v)
        return v

    def put(self, key, v) -> None:
        new = self.new
        new[key] = v
        if len(new) >= self.half:
            self.old, self.new = new, {}


# word -> _fa_word_verdict(word), filled as met
_FA_WORD_VERDICTS = _WordCache()


def _cache(lex: Lexicon, name: Any) -> _WordCache:
    c = lex.words.get(name)
    if c is None:
        c = lex.words[name] = _WordCache()
    return c


def _word_hits(words: list[str], lex: Lexicon, lang: str | None) -> list[tuple]:
    """``[tuple(scan_matches(term_matches(w, lex), lex, lang)) for w in words]`` for words of word
    characters only (tokens of the spaced text), with one pass of the anchored automaton over all of
    them: no term of several words or with other characters can match inside such a word, and a
    one-word term's match, suffix and clitic tests stay within its word."""
    joined = " ".join(words)
    found: list[tuple[str, int, int, tuple]] = []
    bounded = " " + joined + " "
    _anchored_matches(joined, bounded, ((end, readings) for end, (_, readings) in lex.anchored.iter(bounded)), found.append, lex.not_clitic)
    out: list[tuple] = [()] * len(words)
    if not found:
        return out
    starts = list(accumulate([len(w) + 1 for w in words], initial=0))
    by_word: dict[int, list] = {}
    for term, s, e, vals in found:
        i = bisect_left(starts, s + 1) - 1
        ws = starts[i]
        by_word.setdefault(i, []).append((term, s - ws, e - ws, vals))
    for i, ms in by_word.items():
        out[i] = tuple(scan_matches(ms, lex, lang))
    return out


def scan(view: View, lex: Lexicon, lang: str | None = None, view_keys: tuple[list, list] | None = None) -> list[Hit]:
    """Every dictionary term in the view, ordered by (start, end, category, key); cue and role words
    only in the document's language. Of overlapping entity names the longest wins (a name inside a
    longer name is dropped); a country's own name beats a place or another country's capital of
    the same spelling (عمان: Oman, not Amman).

    The same hits as :func:`scan_matches` over :func:`term_matches`, read word by word: the matches of
    one-word terms, whether they stand as words (suffix, clitic), the language filter, the longest
    name and a country's name are all decided within the word, so a word's hits (offsets from its
    start) are computed once per process and language. Only the names of several words and those
    with other characters (al-Maliki) can contain names of other words: they are selected over the
    whole text, then drop the shorter names they contain.

    ``view_keys``: two lists, to which the date triggers and the outlet keys the view holds are added as
    ``dates._TRIG`` and ``_OUTLET_KEY_AC`` give them ((end, value) and start, each in its automaton's order): the pass
    that finds the names of several words finds them too (see :func:`_view_key_entries`)."""
    text = view.text
    spaced = _spaced(text)
    cache = _cache(lex, lang)
    toks = spaced.split(" ")
    got = list(map(cache.new.get, toks))
    if None in got:
        missing = [i for i, g in enumerate(got) if g is None]
        # a word met again since the last turn of the cache, else a word met for the first time
        # (computed together, each once)
        old, todo = cache.old.get, {}
        for i in missing:
            g = old(toks[i])
            if g is None:
                todo[toks[i]] = None
            else:
                got[i] = g
                cache.put(toks[i], g)
        if todo:
            todo = dict(zip(todo, _word_hits(list(todo), lex, lang)))
            for w, g in todo.items():
                cache.put(w, g)
            for i in missing:
                if got[i] is None:
                    got[i] = todo[toks[i]]
    # (token i starts at the sum of the lengths of the tokens before it plus i spaces)
    offsets = list(accumulate(map(len, toks), initial=0))
    hits: list[Hit] = []
    add = hits.append
    for i in compress(count(), got):
        ws = offsets[i] + i
        for cat, key, a, b, term, extra in got[i]:
            add(_new_tuple(Hit, (cat, key, ws + a, ws + b, term, extra)))
    more: list[Hit] = []
    if not lex.first_words.isdisjoint(toks):
        # terms of several words, their hits by phrase (from the word start to the end of the word
        # where the term ends); the selection among these names is made over the whole text (below)
        bounded = " " + spaced + " "  # same offsets as text, shifted by one
        find = bounded.find
        phrases = _cache(lex, (lang, " "))
        add = more.append
        starts_with = text.startswith
        for end, (klen, readings) in lex.multiword.iter(bounded):
            if klen is None:
                # a key of the view in its spaced form, ending at view index end - 1: each key of that form is in the
                # view where it stands as written (a key of word characters always is)
                if view_keys is not None:
                    for key, trigger, n in readings:
                        if starts_with(key, end - len(key)):
                            if trigger is not None:
                                view_keys[0].append((end - 1, trigger))
                            if n is not None:
                                view_keys[1].append(end - n)
                continue
            ws = end + klen
            phrase = (text[ws : find(" ", end) - 1], end - ws)
            g = phrases.new.get(phrase)
            if g is None:
                g = phrases.get(phrase, lambda ph, r=readings: _phrase_hits(ph[0], ph[1], r, lex, lang))
            for cat, key, a, b, term, extra in g:
                add(_new_tuple(Hit, (cat, key, ws + a, ws + b, term, extra)))
    elif view_keys is not None:  # (no pass over the spaced text: the view's own)
        for end, (trigger, n) in _VIEW_KEYS_AC.iter(text):
            if trigger is not None:
                view_keys[0].append((end, trigger))
            if n is not None:
                view_keys[1].append(end - n + 1)
    found: list[tuple[str, int, int, tuple]] = []
    _other_matches(text, lex, found.append)
    if found:
        more += _match_hits(found, lex, lang)
    if more:
        more = _select_hits(more, lex)
        # a name of several words (or with other characters) drops the shorter names it contains
        # (and a person's name of several words the contact words it contains: see _select_hits)
        outer = [(h[2], h[3], h[0] == "person") for h in more if h[0] in _ENTITY]
        if outer and hits:
            starts = [h[2] for h in hits]
            drop = set()
            for cs, ce, person in outer:
                for j in range(bisect_left(starts, cs), bisect_left(starts, ce)):
                    h = hits[j]
                    if h[3] <= ce and h[3] - h[2] < ce - cs and (h[0] in _ENTITY or (person and h[0] == "cue" and h[1].startswith("event_types."))):
                        drop.add(j)
            if drop:
                hits = [h for j, h in enumerate(hits) if j not in drop]
        # both are in order, and a hit of `more` ends after every hit of a word starting where it starts
        # (it spans a space or a character that is not a letter): a stable sort by start is enough
        hits += more
        hits.sort(key=_HIT_START)
    return hits


def scan_matches(matches: Iterable[tuple[str, int, int, tuple]], lex: Lexicon, lang: str | None = None) -> list[Hit]:
    """The hits of these term matches (:func:`term_matches`), selected and ordered as :func:`scan`
    says (``scan_matches(term_matches(view.text, lex), lex, lang) == scan(view, lex, lang)``)."""
    return _select_hits(_match_hits(matches, lex, lang), lex)


def _match_hits(matches: Iterable[tuple[str, int, int, tuple]], lex: Lexicon, lang: str | None) -> list[Hit]:
    """Every reading of these term matches that counts in the language, in order."""
    hits: list[Hit] = []
    add_hit = hits.append
    by_lang = lex.by_lang.get(lang)
    if by_lang is None:
        by_lang = lex.by_lang.setdefault(lang, {})
    for term, s, e, vals in matches:
        # (keyed by the readings, not the term: an affixed word keeps fewer of a term's readings)
        lv = by_lang.get(vals)
        if lv is None:
            lv = by_lang[vals] = _lang_vals(vals, lang)
        for cat, key, extra in lv:
            add_hit(_new_tuple(Hit, (cat, key, s, e, term, extra)))
    return hits


def _select_hits(hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """Of overlapping entity names the longest, a country's own name over a place or capital; sorted."""
    entity = _ENTITY
    ents = [(h[2], h[2] - h[3], i, h) for i, h in enumerate(hits) if h[0] in entity]  # (start, -length, order met, hit)
    if ents:
        # longest first among names starting at one place; a name is dropped when the kept name reaching
        # furthest (longest on ties) contains it and is longer: then some name contains it
        ents.sort()
        dropped: set[int] = set()
        cover_end, cover_len = -1, 0
        for s, neg, _, h in ents:
            n, e = -neg, h[3]
            if cover_end >= e and cover_len > n:
                dropped.add(id(h))
            elif e > cover_end or (e == cover_end and n > cover_len):
                cover_end, cover_len = e, n
        state_spans = {(h[2], h[3]): h[1] for _, _, _, h in ents if h[0] == "state" and h[5] == "name" and id(h) not in dropped}
        if dropped or state_spans:
            places = lex.places
            kept = []
            for h in hits:
                cat = h[0]
                if cat in entity:
                    if id(h) in dropped:
                        continue
                    owner = state_spans.get((h[2], h[3])) if state_spans else None
                    if owner is not None and (
                        (cat == "place" and places[h[1]].country != owner) or (cat == "state" and h[5] != "name" and h[1] != owner)
                    ):
                        continue
                kept.append(h)
            hits = kept
        # a contact word inside a person's name is part of the name («أبرام بيلي»: not «إبرام», 'concluding')
        names = [(h[2], h[3]) for _, _, _, h in ents if h[0] == "person" and id(h) not in dropped]
        if names:
            hits = [h for h in hits if h[0] != "cue" or not h[1].startswith("event_types.") or not any(a <= h[2] and h[3] <= b and b - a > h[3] - h[2] for a, b in names)]
    hits.sort(key=_HIT_ORDER)
    return hits


# ----------------------------------------------------------------------------- per sentence


class _CueGroups(frozenset):
    """The cue groups of a sentence's hits, with ``prefixes``: each group and every dotted prefix of it
    (``a.b.c`` -> ``a``, ``a.b``, ``a.b.c``), so that ``RuleExtractor._has`` is a set lookup."""

    prefixes: frozenset


_CUE_GROUPS: dict[frozenset, _CueGroups] = {}


@functools.lru_cache(maxsize=None)
def _group_prefixes(group: str) -> tuple[str, ...]:
    parts = group.split(".")
    return tuple(".".join(parts[:k]) for k in range(1, len(parts) + 1))


def _cue_groups(cur) -> _CueGroups:
    """``{h.key for _, _, h in cur if h.cat == "cue"}``, with its prefixes (one object per set of
    groups met, at most ~10,000 kept)."""
    keys = frozenset([h[1] for _, _, h in cur if h[0] == "cue"])
    groups = _CUE_GROUPS.get(keys)
    if groups is None:
        if len(_CUE_GROUPS) > 10_000:
            _CUE_GROUPS.clear()
        groups = _CUE_GROUPS[keys] = _CueGroups(keys)
        groups.prefixes = frozenset(p for g in keys for p in _group_prefixes(g))
    return groups


@functools.lru_cache(maxsize=None)
def _cue_kind(key: str) -> str:
    """The event type of an event cue's group (``event_types.talks.x`` -> ``talks``)."""
    return key.split(".", 1)[1].split(".")[0]


TRIP_REACH = 2000  # characters: how far back a later day of a visit looks for that visit
DEAL_ROUND_DAYS = 21  # days from a round's first day to the deal that closes it (Vienna 2015: 27 June to 14 July)
ERA_PERSON_REACH = 24  # characters from an era word («في عهد», «در دوران») to the person whose term it names
ANAPHOR_REACH = 1500  # characters: how far back «هذا الاتفاق» / «این مبادله» looks for the deal or release it names


def _antecedent(out: list, j: int, cue: Hit, at: int) -> int:
    """The contact an anaphor names: the latest one (``out[j]``), unless its noun names a deal or a
    release and the latest is not one while one was reported shortly before («این توافق» after the
    release the deal brought about)."""
    kind = _cue_kind(cue.key)
    if kind not in ("agreement", "prisoner_release") or out[j][0].event_type == kind:
        return j
    for k in range(j - 1, -1, -1):
        c, d = out[k]
        if at - d.char_start > ANAPHOR_REACH:
            break
        if c is not None and c.same_as is None and c.event_type == kind:
            return k
    return j


SIDES_MEMO = 8  # answers of RuleExtractor._sides_named kept


def _same_items(a: tuple, b) -> bool:
    """``a`` holds the very objects ``b`` holds, in the same order."""
    return len(a) == len(b) and all(map(operator.is_, a, b))


def _last_call_memo(f):
    """``f(cues, groups, cur=())`` remembering its last call: asked again with the same ``groups`` object and lists
    holding the same objects, it answers as before without computing. (For a pure function whose answer is one of
    the objects it is given, as ``RuleExtractor._main_cue``: the rules of one sentence ask for its main cue many
    times.)"""
    last: list = [None]  # (tuple(cues), groups, tuple(cur), answer)

    @functools.wraps(f)
    def memo(cues, groups, cur=()):
        m = last[0]
        if m is not None and m[1] is groups and _same_items(m[0], cues) and _same_items(m[2], cur):
            return m[3]
        answer = f(cues, groups, cur)
        last[0] = (tuple(cues), groups, tuple(cur), answer)
        return answer

    return memo


@dataclass
class Decision:
    """Why a sentence with a cue did or did not become a candidate (for review and tests)."""

    char_start: int
    char_end: int
    cue: str
    kept: bool
    reason: str


class RuleExtractor:
    name = "rules"

    def __init__(self, required_parties: tuple[str, ...] = ("IRN", "USA")) -> None:
        """``required_parties``: the corpus scope - every event must have all of these among its parties."""
        self.lex = lexicon()
        self.required = frozenset(required_parties)
        self._members_named: dict[tuple[int, int], frozenset[str]] = {}  # (per document: see _read)
        # officials of an organisation only (every role theirs in an organisation: the EU's Enrique Mora, the IAEA's
        # Grossi, the UN's envoys), of neither side: they act for the organisation, and their own state is no side
        # of the sentence they are named in
        # persons the reference data gives a holder (``held_in``): a flight out that names them is their release
        self._detainees = frozenset(k for k, p in self.lex.persons.items() if p.held_in)
        self._org_only = frozenset(
            k for k, p in self.lex.persons.items() if p.roles and all(r.org for r in p.roles) and p.country not in self.required
        )

    # public API -------------------------------------------------------------
    def extract(self, doc: DocInput) -> list[Candidate]:
        return [c for c, _ in self._run(doc) if c is not None]

    def explain(self, doc: DocInput) -> list[Decision]:
        return [d for _, d in self._run(doc)]

    # internals --------------------------------------------------------------
    def _run(self, doc: DocInput) -> list[tuple[Candidate | None, Decision]]:
        # Persian typed with the Arabic yeh and kaf («اين ديدار», «مذاكرات») or with spaces for ZWNJs («می شود»),
        # quotations in straight or curly quotes: read in Persian letters and joiners and in guillemets (one
        # character for one, so every offset holds), then quote the document as it is written
        read = reading(doc.text, doc.lang)
        if read == doc.text:
            return self._read(doc)
        return [(_quoted_from(c, doc.text, read), d) for c, d in self._read(dataclasses.replace(doc, text=read))]

    def _read(self, doc: DocInput) -> list[tuple[Candidate | None, Decision]]:
        raw = doc.text
        view = normalize(raw)
        self._members_named = {}  # (char_start, char_end) of a mention -> the members of a negotiating group it names
        self._this_sides = frozenset()  # the sides of the contact a sentence's 'this exchange' names (see the loop)
        self._told = []  # the contacts reported before the sentence read (see the loop)
        if doc.publication_date is not None and _may_be_republished(view.text) and _REPUBLISHED.search(view.text):
            # an archive piece republished as it was written («نُشر هذا التقرير لأول مرة يوم الأربعاء 15 تموز/يوليو 2015»,
            # «گزارشی را که نخستین بار در ۲۴ تیر ۱۳۹۴ … منتشر شد، بازنشر می‌کنیم»): its 'yesterday' and 'this year' are
            # the first publication's
            first = _first_published(raw, view, doc.publication_date)
            if first is not None:
                doc = dataclasses.replace(doc, publication_date=first)
        triggers: list = []  # the date triggers, for find_dates, and where the keys of _OUTLET_KEYS start (in order of end,
        keys: list[int] = []  # as _OUTLET_KEY_AC gives them), found by the lexicon's pass (see _view_key_entries)
        hits = scan(view, self.lex, doc.lang, (triggers, keys))
        if doc.lang == "fa" and ("وارد" in view.text or "عازم" in view.text):
            hits = _split_arrivals(view.text, hits)
        if doc.lang == "ar" and (_AR_ARRIVED_ANY in view.text or _AR_LANDED_ANY in view.text):
            hits = _split_ar_arrivals(view.text, hits)
        if doc.lang == "ar" and _AR_FREED_ANY in view.text:
            hits = _ar_freed_people(view.text, hits)
        hits = _not_inside_names(view.text, hits)
        if keys:
            hits = _not_outlets(view.text, hits, keys)
        key_starts = sorted(keys)  # (in order of start: keys come in order of end)
        if "کنترا" in view.text or "کونترا" in view.text or "گیت" in view.text or "غیت" in view.text:
            # «ایران کنترا», «إيران كونترا», «ایران‌گیت»: the affair's name, no mention of Iran (written with a ZWNJ,
            # «ایران‌کنترا» is one word and names no state either)
            hits = [h for h in hits if not (h[0] == "state" and _AFFAIR_AFTER.match(view.text, h[3]))]
        if any(k in view.text for k in _COMPANY_KEYS):
            # «شركة إيران للطيران», «شركة بوينغ الأمريكية», «شرکت نفت ایران»: a state named in or after a company's name
            # is the company's, not a side (a contract between companies is no contact of states)
            # (a state is tried only when the stem every company word holds starts in its window: see _starts_of)
            text = view.text
            stems = _starts_of(text, _COMPANY_STEM)
            n = len(stems)
            hits = [h for h in hits if not (h[0] == "state" and (k := bisect_left(stems, h[2] - COMPANY_REACH)) < n and stems[k] < h[2]
                                            and _COMPANY_BEFORE.search(text, max(0, h[2] - COMPANY_REACH), h[2]))]
        if doc.lang == "fa" and _BILATERAL_END in view.text:
            # «مسائل دوجانبه», «روابط دوجانبه»: 'bilateral', an adjective, not «دو جانب» 'the two sides'
            text = view.text
            hits = [h for h in hits if not (h[0] == "cue" and h[1] == "both_sides" and text.startswith(_BILATERAL_END, h[3] - 4))]
        if doc.lang == "ar" and _ADDING in view.text:
            # «مضيفاً أن …» ('adding that'), not «مضيف» (host)
            hits = [h for h in hits if not (h[0] == "cue" and h[4] == _HOST_WORD and _ADDING_THAT.match(view.text, h[2]))]
        if _no_doubt(view.text):
            # «بلا شك الفاكس الذي أرسله …», «مما لا شك فيه», «شکی نیست که …»: 'no doubt', an affirmation, not a negation
            text = view.text
            hits = [h for h in hits if not (h[0] == "cue" and h[1] == "negation" and (
                _NO_DOUBT_AFTER.match(text, h[3]) or _NO_DOUBT_BEFORE.search(text, max(0, h[2] - 16), h[2])))]
        if doc.lang == "ar" and _SAT in view.text:
            # «جلس بريجنسكي مع بازركان» ('sat with') is a meeting; «جلسا إلى مائدة غداء واحدة» ('sat at one lunch table')
            # is none
            text = view.text
            hits = [h for h in hits if not (h[0] == "cue" and h[4] in _SAT_TERMS and not _SAT_WITH.match(text, h[3]))]
        if doc.lang == "fa" and any(t in view.text for t in _FA_SAT_TERMS):
            # «سفیر آمریکا، رایان کراکر، و سفیر ایران، حسن کاظمی قمی، در دفتر نوری المالکی … نشستند», «همان دو سفیر دوباره
            # نشستند»: 'sat' is a meeting when its clause names people of both sides or 'the two …' before it, and not apart
            # («در دو اتاق جدا نشستند», «جداگانه نشستند»)
            text = view.text
            keep = []
            for h in hits:
                if h[0] == "cue" and h[4] in _FA_SAT_TERMS:
                    lo = max(0, h[2] - FA_SAT_REACH)
                    lo = max(lo, text.rfind(".", lo, h[2]) + 1, text.rfind("؟", lo, h[2]) + 1, text.rfind("؛", lo, h[2]) + 1)
                    before = [x for x in hits if lo <= x[2] < h[2]]
                    sides = {self.lex.persons[x[1]].country for x in before if x[0] == "person"} & set(self.required)
                    if _FA_APART.search(text, lo, h[3]) or not (len(sides) >= 2 or any(x[0] == "cue" and x[1] == "both_sides" for x in before)):
                        continue
                keep.append(h)
            hits = keep
        if doc.lang == "ar" and _PLANE in view.text:
            # «أسقطت … طائرة الركاب الإيرانية في رحلتها 655»: a plane's flight (a number after it, or the plane named just
            # before it), no visit
            text = view.text
            hits = [h for h in hits if not (h[0] == "cue" and h[1] == "event_types.visit" and h[4].startswith(_FLIGHT_WORDS) and (
                _FLIGHT_NUMBER.match(text, h[3]) or _PLANE_BEFORE.search(text, max(0, h[2] - 40), h[2])))]
        if doc.lang == "fa" and _ACCORDING_TO in view.text:
            # «به گفته مقام‌های ژاپنی، حامل پیامی … بود»: 'according to', a source named, not a statement made
            hits = [h for h in hits if not (h[0] == "cue" and h[1] == "statement" and h[4] in _SAID_PARTICIPLE and _BE_BEFORE.search(view.text, max(0, h[2] - 4), h[2]))]
        if doc.lang == "fa" and _EVE in view.text:
            # «در آستانه نوروز ۱۴۰۴», «در آستانه سالگرد توافق»: 'on the eve of' a time, not 'on the verge of' a contact
            # (nor is 'in Astana', «در آستانه، پایتخت قزاقستان»);
            # and «آستانه» ('threshold') is Astana only where a place's name stands: before a pause, 'held', 'the
            # capital', Kazakhstan, or after 'city', 'process', 'talks' («روند آستانه», «در آستانه برگزار شد»)
            text = view.text
            hits = [h for h in hits if not (
                (h[0] == "cue" and h[1] == "hypothetical" and h[4] in _EVE_TERMS and (_EVE_OF_TIME.match(text, h[3]) or _ASTANA_AFTER.match(text, h[3])))
                or (h[0] in ("place", "state") and h[4] == _EVE and not (_ASTANA_AFTER.match(text, h[3]) or _ASTANA_BEFORE.search(text, max(0, h[2] - 16), h[2]))))]
        if doc.lang == "fa" and _SENT_WORD in view.text:
            # «محموله‌هایی … به ایران فرستاده شد», «پیامی فرستاده بود»: the participle 'sent' of a passive or perfect verb, not
            # the noun 'envoy'
            text = view.text
            hits = [h for h in hits if not (h[0] == "cue" and h[1] == "event_types.visit" and h[4] == _SENT_WORD and _VERB_AFTER_SENT.match(text, h[3]))]
        if doc.lang == "ar" and _CONDITIONS in view.text:
            # «أول رد أمريكي مكتوب على الشروط الإيرانية»: a reply to the conditions set, not a contact on conditions
            text = view.text
            hits = [h for h in hits if not (h[0] == "cue" and h[1] == "hypothetical" and h[4] in _CONDITION_TERMS
                                            and _REPLY_TO_BEFORE.search(text, max(0, h[2] - 40), h[2]))]
        # (the category and key of each hit, tested against tables kept per (category, key): no Python loop)
        cat_keys = list(map(_CAT_KEY, hits))
        event_cues = list(compress(count(), map(_IS_EVENT_CUE.__getitem__, cat_keys)))
        if not event_cues:
            return []  # no sentence has an event cue: nothing to read (no dates, no sentences needed)
        dates = find_dates(raw, lang=doc.lang, published=doc.publication_date, view=view, triggers=triggers)
        # «… وأفضل الاتفاق (17/04/2025 – 09:40)», «شنبه ۲۷ آذر ۱۴۰۰ - ۱۰:۰۵»: a date with a time of day after it is
        # when a page or an entry was published, not when a contact took place
        dates = [d for d in dates if not _stamped(raw, d.end_char)]
        if "«" in raw and any(d.calendar == "relative" for d in dates):
            # «اختُتمت اليوم في روما جولة جديدة» (a post quoted the day after), «… على مدى ساعات اليوم …» (a statement
            # issued the evening before): the quotation's 'today' is the speaker's day, the last day named before it
            # opens (up to a month before publication), not the article's
            def spoken_on(d: DateMatch) -> DateMatch:
                if not (d.calendar == "relative" and doc.publication_date is not None and _QUOTED_DAY.fullmatch(norm(d.text)) and _quoted(raw, d.start_char)):
                    return d
                opened = raw.rfind("«", 0, d.start_char)
                before = [x for x in dates if x.end_char <= opened and x.date_start is not None and x.date_precision == "day" and opened - x.end_char <= QUOTE_DAY_REACH]
                if not before or not 0 < (doc.publication_date - before[-1].date_start).days <= QUOTE_DAY_RECENT:
                    return d  # (a speech of years ago: its 'today' is more often 'nowadays' than a day)
                day = before[-1].date_start
                return dataclasses.replace(d, date_start=day, date_end=day, edtf=day.isoformat(), reason=f"the speaker's day ({before[-1].text}), inside a quotation")

            dates = [spoken_on(d) for d in dates]
        day_after = list(compress(hits, map(_IS_DAY_CUE.__getitem__, cat_keys)))
        counted = counted_from_that(view)
        if day_after or counted:
            # (a report's day anchors no 'next day': «صدر عدد … في 3 نوفمبر … وفي اليوم التالي أكد رفسنجاني الخبر»)
            reveals = [view.to_raw(h[2], h[3]) for h in hits if h[0] == "cue" and h[1] == "reveal"]
            dates = _day_after(raw, [(*view.to_raw(h[2], h[3]), h) for h in day_after], dates, reveals, counted)
        sents = sentences(raw)
        if "?" in raw or "؟" in raw:
            sents = _answered(raw, sents, [view.starts[hits[k][2]] for k in event_cues])
        paras = paragraphs(raw)
        para_of = []
        pi = 0
        for s, e in sents:
            while pi < len(paras) - 1 and paras[pi][1] <= s:
                pi += 1
            para_of.append(pi)
        out: list[tuple[Candidate | None, Decision]] = []
        last: tuple[int, int] | None = None  # (index in out, sentence index) of the latest kept candidate
        last_sided: int | None = None  # the sentence of the latest kept candidate that names the two sides itself
        out_of_scope: dict[int, str] = {}  # sentence index -> why its contact is not one of the two sides
        last_round = None  # (sentence, hits) of the last round of talks kept between the two sides
        planned = None  # (sentence, kind) of the last contact dropped as planned or hypothetical
        scoped_days: list[tuple[int, set[str], set[dt.date]]] = []  # (sentence, kinds, days) of those that name a third state
        undated = None  # (sentence index, index in out, cues) of the sentence before when it was dropped for want of a date
        lead_undated = None  # the same for a sentence of the lead, kept until a contact is reported after it
        guest_visit = None  # a third state's visit to a side dropped for want of a message (see GUEST_REACH_SENTENCES)
        # the hits of a sentence are those whose raw span lies in it. Raw starts grow with view starts, so
        # the hits starting in a sentence are a slice of `hits` (found by bisection); their raw spans are
        # computed only for the sentences the rules read (a sentence with an event cue and the up to
        # three sentences before it)
        starts = view.starts
        vstarts = list(map(_HIT_START, hits))
        bounds = [(bisect_left(vstarts, bisect_left(starts, s)), bisect_left(vstarts, bisect_left(starts, e))) for s, e in sents]
        sent_hits: dict[int, list[tuple[int, int, Hit]]] = {}

        def dated_heading(j: int) -> bool:
            """Whether sentence ``j`` is a dated heading line alone in its paragraph that names a contact or both
            sides («□ ۵ مهر ۱۳۹۲: تماس تلفنی روحانی و اوباما», a chronology's entry; not the headline), or is
            nothing but its date and place (heading the paragraph after it)."""
            if not (j > 0 and para_of[j] > 0 and sent_dates[j] and para_of[j - 1] != para_of[j] and para_of[j + 1] != para_of[j]) or (
                # (not the dateline under the headline, «واشنطن، طهران – «الحياة» ووكالات | الأربعاء 9 أيار/مايو 2018»:
                # its cities are where the news came from and its day the publication's)
                para_of[j] == 1 and doc.publication_date is not None and all(d.date_start == doc.publication_date for d in sent_dates[j])
            ):
                return False
            head = raw[sents[j][0] : sents[j][1]].rstrip().rstrip("\"'»”)]").rstrip()
            return len(head) <= 100 and not head.endswith((".", "؟", "?", "!", "…")) and bool(
                any(h.cat == "cue" and h.key.startswith("event_types.") for _, _, h in hits_of(j))
                or (self.required and self.required <= self._sides_named(hits_of(j)))
                # (or a line that is nothing but its date, «28 أيار 2007», a chronology's entry heading, and the
                # place it happened in: «24 تشرين الثاني/نوفمبر 2013 – جنيف»)
                or len(_NON_DATE.sub("", head)) <= sum(len(_NON_DATE.sub("", d.text)) for d in sent_dates[j]) + sum(
                    len(_NON_DATE.sub("", raw[a:b])) for a, b, h in hits_of(j) if h.cat == "place")
            )

        def hits_of(i: int) -> list[tuple[int, int, Hit]]:
            cur = sent_hits.get(i)
            if cur is None:
                cur = sent_hits[i] = []
                e = sents[i][1]
                lo, hi = bounds[i]
                for h in hits[lo:hi]:
                    # View.to_raw, with its common case inline: no invisible characters before the end
                    rs, re_ = starts[h[2]], starts[h[3]]
                    if re_ - 1 > starts[h[3] - 1]:
                        rs, re_ = view.to_raw(h[2], h[3])
                    if re_ <= e:
                        if counted and h[1] == "future" and any(a <= rs and re_ <= b for a, b, _ in counted):
                            continue  # «یک هفته بعد آزاد شدند»: 'a week later', not 'next week'
                        cur.append((rs, re_, h))
            return cur

        sent_dates: list[list[DateMatch]] = []
        dj = 0
        for s, e in sents:  # both sorted: one walk
            while dj < len(dates) and dates[dj].start_char < s:
                dj += 1
            k = dj
            cur_d = []
            while k < len(dates) and dates[k].start_char < e:
                if dates[k].end_char <= e:
                    cur_d.append(dates[k])
                k += 1
            sent_dates.append(cur_d)
        # the lead: the first paragraph after the headline that is not a credit or byline line («شرق – گروه سیاست
        # خارجی، نوشته: …»: short, and no sentence ends in it)
        lead_para = next((k for k in range(1, len(paras)) if paras[k][1] - paras[k][0] >= LEAD_MIN_CHARS or _ENDS_SENTENCE.search(raw, paras[k][0], paras[k][1])), 1)

        def headline_hits(i: int) -> list[tuple[int, int, Hit]]:
            """The hits of the document's first paragraph (its headline or lead) before sentence i."""
            return [h for k in range(i) if para_of[k] == 0 for h in hits_of(k)]

        speculated = None  # (whether the view holds one of _SPECULATION_KEYS: looked for when a sentence first asks)
        for i, (s, e) in enumerate(sents):
            lo, hi = bounds[i]
            that_was = None
            if last is not None and last[1] == i - 1 and sent_dates[i] and _THAT_WAS.match(raw, s):
                # «… أقلعت طائرة تقل 52 أمريكياً. كان ذلك يوم الثلاثاء 20 كانون الثاني/يناير 1981»: the sentence
                # dates the contact the sentence before reported (and its contact word of the same kind is that one)
                finer = _finer_date(out[last[0]][0], sent_dates[i], doc.publication_date)
                if finer is not None:
                    out[last[0]] = (finer, out[last[0]][1])
                    that_was = finer
            c = bisect_left(event_cues, lo)
            if c == len(event_cues) or event_cues[c] >= hi:
                if last is not None and i - last[1] <= 2 and out[last[0]][0] is not None and (
                    any(hits[k][0] == "cue" and hits[k][1] in _VERDICT_GROUPS for k in range(lo, hi))
                    or ((speculated if speculated is not None else (speculated := any(k in view.text for k in _SPECULATION_KEYS)))
                        and _SPECULATION.search(raw, s, e))
                ):
                    # «ونفت طهران هذه التقارير», «وزارت خارجه این گزارش را نه تأیید کرد و نه تکذیب»: a side's word on the
                    # report of the contact just read (codebook section 6)
                    verdict = self._verdict_on_report(raw, s, e, hits_of(i), out[last[0]][0])
                    if verdict is not None:
                        out[last[0]] = (dataclasses.replace(out[last[0]][0], certainty=verdict), out[last[0]][1])
                if last is not None and last[1] == i - 1 and out[last[0]][0] is not None and any(
                    hits[k][0] == "cue" and hits[k][1].startswith("mediation.") for k in range(lo, hi)
                ) and not _heading_line(raw, s, e):
                    # (not a section heading, «ثانياً: عُمان، المضيف والحامل», which opens what follows)
                    # «… آزاد کرد؛ سوئیس میانجی بود»: a sentence with no contact word that names the go-between of
                    # the contact reported right before it is one more mention of that contact
                    again = self._mediators_after(raw, s, e, hits_of(i), out[last[0]][0])
                    if again is not None:
                        out.append((again, Decision(s, e, raw[s:e][:40], True, f"the mediator of the contact reported at {again.same_as[0]}")))
                if last is not None and last[1] == i - 1 and out[last[0]][0] is not None and out[last[0]][0].event_type in _LED_KINDS and (
                    _delegation(view.text, lo_v := bisect_left(view.starts, s), hi_v := bisect_left(view.starts, e)) or _LED.search(view.text, lo_v, hi_v)
                    # (or the rest of the same sentence after a semicolon: «بیانیه‌های الجزایر امضا شد؛ وارن کریستوفر، معاون
                    # وزیر خارجه آمریکا، در الجزیره و بهزاد نبوی … در تهران»)
                    or raw[sents[i - 1][0] : sents[i - 1][1]].rstrip().endswith(("؛", ";"))
                ):
                    # «… جولة المحادثات غير المباشرة في مسقط. وترأس الوفد الإيراني عباس عراقجي والأمريكي ستيف ويتكوف»: a
                    # sentence with no contact word that names who led the sides' delegations of the contact reported
                    # right before it (or who acted for them, after a semicolon) is one more mention of it, with them as its
                    # participants (codebook section 9)
                    again = self._delegations_after(raw, s, e, hits_of(i), out[last[0]][0])
                    if again is not None:
                        out.append((again, Decision(s, e, raw[s:e][:40], True, f"the delegations of the contact reported at {again.same_as[0]}")))
                continue  # no event cue starts in the sentence
            cur = hits_of(i)
            groups = _cue_groups(cur)
            cues = all_cues = _outermost([x for x in cur if x[2].cat == "cue" and x[2].key.startswith("event_types.")])
            if "freed_flight" in groups and not any(_cue_kind(x[2].key) == "prisoner_release" for x in cues) and (
                "topics.prisoners" in groups or any(h.cat == "person" and h.key in self._detainees for _, _, h in cur)
            ):
                cues = all_cues = sorted(cues + _flights_out(cur, self._detainees))
            if "proposal" in groups or "informed" in groups:
                handed = _handed_proposals(raw, cur, doc.lang) + _informed_via(raw, cur, doc.lang, self.required)
                if handed:
                    cues = all_cues = sorted(cues + handed)
                    groups = _cue_groups(cur + handed)
            # the words and kinds of the sentence's cues: every rule from here to the contact's reading only drops cues,
            # so one that reads a word or a kind not among these has nothing to drop, and is skipped
            cue_terms = {x[2].term for x in cues}
            cue_kinds = {_cue_kind(x[2].key) for x in cues}
            interviews = _cue_spans(cur, "interview", groups) + _cue_spans(cur, "process", groups)
            if interviews:  # 'in a conversation with NBC' is an interview, not talks ('the course of the talks' no round)
                cues = [x for x in cues if not any(a <= x[0] < b for a, b in interviews)]
                # «در جلسه استماع کمیته … که دیروز چهارشنبه … برگزار شد», «جلسة الاستماع التي عقدت أمس»: the 'held' of
                # the relative clause after a hearing or an interview is theirs, and so is the day inside it
                # (or its own session, «استضافت لجنة العلاقات الخارجية … الوزير، في جلسة مغلقة»)
                held = [(a, x[1]) for a, b in interviews for x in cues
                        if 0 <= x[0] - b <= 200 and not any(b <= y[0] < x[0] for y in cues) and (
                            (x[2].term in _HELD_TERMS and _RELATIVE_AFTER_SPAN.match(raw, b))
                            or (x[2].term in _SESSION_TERMS and _IN_BEFORE.search(raw, max(b, x[0] - 6), x[0])))]
                if held:
                    cues = [x for x in cues if not any(a <= x[0] < b for a, b in held)]
                    sent_dates[i] = [d for d in sent_dates[i] if not any(a <= d.start_char < b for a, b in held)]
            # «گفت‌وگوی جمعه ۱۷ اسفند با فاکس بیزنس», «حوار أجراه مع شبكة سي إن إن»: a conversation with a news outlet
            # named after it is an interview
            # (and the day inside that phrase is the interview's)
            # (only where an outlet's name may follow the contact word: _outlet_may_follow)
            named = [x for x in cues if _outlet_may_follow(raw, view, key_starts, x)] if key_starts else []
            chats = [(x[0], m.end()) for x in named if _cue_kind(x[2].key) in ("talks", "meeting") for m in [_WITH_OUTLET.match(raw, x[1])] if m] if named else []
            if chats:
                cues = [x for x in cues if not any(a <= x[0] < b for a, b in chats)]
                sent_dates[i] = [d for d in sent_dates[i] if not any(a <= d.start_char < b for a, b in chats)]
            if named:
                cues = [x for x in cues if not _FOX.match(raw, x[1])]
            if "statement" in groups:
                # «هر جمله‌ای از واشنگتن یا تهران درباره گفت‌وگو …»: a bare contact noun after Persian 'about', with no
                # demonstrative, is a subject of talk, not a contact (the Arabic «عن», «حول», «بشأن» were measured and left
                # out: they cost four held-out contacts)
                cues = [x for x in cues if not (_ABOUT_KEY.search(raw, max(s, x[0] - 8), x[0]) and _ABOUT_BARE.search(raw, max(s, x[0] - 8), x[0])
                                                and _BARE_END.match(raw, x[1]))]
            if "«" in raw[s:e]:
                # «في كتابه «القناة الخلفية» الصادر …», «فیلم «مذاکره»»: a contact word in the title of a book, a film or an
                # article is that work's name, not a contact
                cues = [x for x in cues if not _in_title(raw, s, x[0])]
            if "event_types.prisoner_release" in groups:
                # «وبدت على المفرج عنهم علامات التأثر»: 'the released', in a sentence with no date of its own, are
                # the people freed in a release reported, not a release (a dated flight carrying them is one)
                if not sent_dates[i]:
                    cues = [x for x in cues if x[2].term not in _THE_RELEASED]
                # «جرى في مطار زيورخ تبادل الباحث الأمريكي … بالعالم الإيراني»: a bare 'exchange' is a release when
                # its object is a detained person (not «تبادل الاتهامات», «التبادل التجاري», nor «تبادل الوزيران …»)
                cues = [
                    x for x in cues
                    if x[2].term != _TABADUL or _EXCHANGED_PEOPLE.match(raw, x[1])
                ]
                if doc.lang != "fa":
                    cues = [x for x in cues if not _demanded_release(raw, s, x)]
            if "event_types.agreement" in groups:  # (else no cue of `cur` is a deal word: nothing to drop)
                # «وقّع كريستوفر … على التزامات بلاده»: 'signed' when a signer follows it and what is signed is a
                # deal's text; «وقع الهجوم» 'happened', «وقّع الرئيس أمراً تنفيذياً» an order, otherwise
                cues = [
                    x for x in cues
                    if x[2].term != _WAQA or (
                        any(h.cat in ("person", "role", "state", "org") and 0 <= a - x[1] <= 2 for a, _, h in cur)
                        and (_SIGNED_TEXT.search(raw, x[1], min(e, x[1] + 160)) is not None
                             # (or a deal the sentence names: «وقّع كريستوفر في العاصمة الجزائرية «إعلانات الجزائر»»)
                             or any(h.cat == "cue" and h.key == "deal_name" for _, _, h in cur))
                    )
                ]
                cues = _deal_as_object(raw, cur, cues)
                # «على أن يُحدَّد موعد جديد «بالاتفاق المتبادل» بين الطرفين», «بالاتفاق مع»: 'by (mutual) agreement', a manner, no deal
                cues = [x for x in cues if not (raw.startswith("بال", max(0, x[0] - 3)) and _cue_kind(x[2].key) == "agreement" and _BY_AGREEMENT.match(raw, x[1]))]
                if "outcome_no_agreement" in groups:  # «من دون التوصل إلى اتفاق»: the outcome of a contact, no deal
                    # (a deal word in the phrase or up to ~2 words after it)
                    failed = _cue_spans(cur, "outcome_no_agreement", groups)
                    cues = [x for x in cues if not (_cue_kind(x[2].key) == "agreement" and any(a < x[1] and x[0] < b + 14 for a, b in failed))]
                if doc.lang == "fa":  # «نرخ دلار … معامله شد»: was traded, no deal
                    cues = [x for x in cues if not (x[2].term == "معامله" and _TRADED.match(raw, x[1]))]
                if "deal_name" in groups:
                    cues = _deal_named_only(cur, cues, groups)
            if "assets" in groups and "event_types.prisoner_release" in groups:
                cues = _release_of_assets(raw, cur, cues)
            if "assets" in groups and "event_types.visit" in groups:
                cues = _arrival_of_assets(raw, cur, cues)
            if doc.lang == "fa" and "نشست" in cue_terms:  # «هواپیما … در ژنو به زمین نشست»: landed, no session
                cues = [x for x in cues if not (x[2].term == "نشست" and raw.endswith("به زمین ", 0, x[0]))]
            if "event_types.visit" in groups:
                cues = [x for x in cues if not (_cue_kind(x[2].key) == "visit" and _no_trip_at(raw, s, x))]
            if "event_types.message_exchange" in groups:
                cues = [x for x in cues if not (_cue_kind(x[2].key) == "message_exchange" and _no_message_at(raw, x))]
            if "event_types.meeting" in groups and self._view_holds(view, s, e, _FAMILY_KEYS):
                # «در آلمان با خانواده‌اش دیدار کرد», «التقى أسرته»: a freed man meeting his family is no contact
                cues = [x for x in cues if not (_cue_kind(x[2].key) == "meeting" and _FAMILY.search(raw, max(s, x[0] - 30), min(e, x[1] + 25)))]
            if "statement" in groups and "event_types.message_exchange" in groups:
                cues = _message_as_medium(raw, cur, cues)
            if "event_types.message_exchange" in groups:  # «رسالة سعودية», «پیام عربستان»: a third state's own message
                cues = _third_state_message(raw, cur, cues, self.required)
            if "public_message" in groups:  # a video or greeting message is a statement
                # (the message word of a longer cue too: «وجّه رسالة مفتوحة», whose «رسالة» the open letter holds)
                public = _cue_spans(cur, "public_message", groups)
                cues = [x for x in cues if not (_cue_kind(x[2].key) == "message_exchange" and any(a < x[1] and x[0] < b and b >= x[1] for a, b in public))]
            if "event_types.message_exchange" in groups:
                # «ظریف پس از مبادله دیروز در پیامی از «همه طرف‌های درگیر» قدردانی کرد», «ترامپ در پیامی از ایران … تشکر
                # کرد»: a message of thanks, congratulation or condolence is a public statement, not one carried between
                # the sides
                cues = [x for x in cues if not (_cue_kind(x[2].key) == "message_exchange" and _thanked(raw, view, x[1]))]
                # «بایدن در نوروز ۱۴۰۰ در پیامی کوتاه برای ایرانیان … آرزو کرد», «رسالة إلى الشعب الإيراني»: a message to a
                # people is addressed to the public, not carried to the other side's government
                cues = [x for x in cues if not (_cue_kind(x[2].key) == "message_exchange" and _TO_A_PEOPLE.match(raw, x[1]))]
                # «ولم يصدر حتى الآن رد أمريكي رسمي على الرسالة الإيرانية»: the message a reply not given would answer, named
                # again; no contact of the sentence
                if self._view_holds(view, s, e, _NO_REPLY_KEYS):
                    cues = [x for x in cues if not (_cue_kind(x[2].key) == "message_exchange" and _NO_REPLY_TO.search(raw, max(s, x[0] - 90), x[0]))]
            if "provision" in groups:  # «نصّت الإعلانات على الإفراج عن …»: a term of the deal, not a release
                terms = _cue_spans(cur, "provision", groups)
                cues = [x for x in cues if not any(0 <= x[0] - b <= 24 for _, b in terms)]
            if "sport" in groups:  # «التقى المنتخبان», «سفر تیم کشتی»: a sporting encounter, no diplomatic one
                cues = [x for x in cues if _cue_kind(x[2].key) not in _ENCOUNTERS]
            if "cancelled" in groups or "stalled" in groups:  # «سفر خود … را لغو کرده», «وجد مفاوضات فيينا متوقفة»
                # (stalled talks that resume, «استؤنفت المفاوضات المتوقفة», are a contact)
                off = _cue_spans(cur, "cancelled", groups) + ([] if _resumed(raw, s, e) else _cue_spans(cur, "stalled", groups))
                # (further after the contact word: within its clause, «نشستی که پس از آغاز حملات در بامداد جمعه لغو شد»,
                # or after a relative clause that says it was scheduled, «دور چهارم …، که قرار بود شنبه گذشته در رم برگزار
                # شود، به تعویق افتاد»)
                # (not talks that stopped after they were held: «این گفت‌وگوها … بدون توافق متوقف شد»)
                called_off = _cue_spans(cur, "cancelled", groups)
                # (and 'stalled' as the predicate of the clause the contact word opens, no other contact word, date
                # or break between them: «گفت‌وگوهای وین درباره برجام نیز از خرداد و پس از انتخابات ایران متوقف مانده»)
                if "stalled" in groups and not _resumed(raw, s, e):
                    called_off = called_off + [(a, b) for a, b in _cue_spans(cur, "stalled", groups)
                                               if not any(x[1] < y[0] < a for x in cues for y in cues)]
                # (not a contact put off and then held on a later day the sentence gives: «دور چهارم که قرار بود ۱۳
                # اردیبهشت در رم برگزار شود، به تعویق افتاد و سرانجام ۲۱ اردیبهشت در مسقط برگزار شد»)
                held_later = [b for _, b in called_off if _HELD_AFTER.search(raw, b, e) is not None and any(b <= d.start_char for d in sent_dates[i])]
                cues = [x for x in cues if not any(0 <= a - x[1] <= 24 or 0 <= x[0] - b <= 24 for a, b in off) and not any(
                    ((0 <= a - x[1] <= 80 and not _COMMA_BREAK.search(raw, x[1], a)) or (0 <= a - x[1] <= 160 and _WAS_SCHEDULED.search(raw, x[1], a)))
                    and b not in held_later
                    for a, b in called_off
                )]
            # «تبدو مفاوضات إحياء الاتفاق اليوم أبعد عن خط النهاية»: talks that 'seem' something are assessed, not reported
            if self._view_holds(view, s, e, _SEEMS_KEYS):
                cues = [x for x in cues if not _SEEMS.search(raw, max(s, x[0] - 10), x[0])]
            # «دور دوم تحریم‌ها», «جولة جديدة من العقوبات»: a round of sanctions, strikes, protests or an election
            # (the round noun first, «جولة», or after a Persian ordinal, «دومین دور تحریم‌ها»)
            # (or a tour, «جولته الخليجية»)
            if "talks" in cue_kinds or "series" in cue_kinds or not cue_terms.isdisjoint(_OWN_TOURS):
                cues = [x for x in cues if not (_cue_kind(x[2].key) in ("talks", "series") and (x[2].term.split(" ", 1)[0] in _ROUND_NOUNS or x[2].term.rsplit(" ", 1)[-1] in _ROUND_NOUNS)
                                                and (_ROUND_OF_OTHER.match(raw, x[1]) or _TOUR_OF.match(raw, x[1])))
                        and not (x[2].term in _OWN_TOURS and _TOUR_OF.match(raw, x[1]))]
            # «ضوءاً أخضر لاستئناف المفاوضات», «برای ازسرگیری مذاکرات»: talks to resume or start, a purpose, not a contact
            # (only in a sentence whose view holds one of the nouns, _TO_RESUME_KEYS)
            if self._view_holds(view, s, e, _TO_RESUME_KEYS):
                cues = [x for x in cues if not (_TO_RESUME_KEY.search(raw, max(s, x[0] - 24), x[0]) and _TO_RESUME.search(raw, max(s, x[0] - 24), x[0]))]
            # «مانند دو دور قبل», «على غرار الجولتين السابقتين»: rounds a contact is compared with are no series of it
            # («در وقفه میان دو جلسه عمومی», «في الاستراحة بين جلستين»: the sessions between which something happened
            # are the parts of one contact, no aggregate of contacts)
            compared = [x for x in cues if _cue_kind(x[2].key) == "series" and (
                _LIKE_BEFORE.search(raw, max(s, x[0] - 16), x[0]) or _BETWEEN_BEFORE.search(raw, max(s, x[0] - 14), x[0]))] if "series" in cue_kinds else []
            if compared:
                cues = [x for x in cues if x not in compared]
                cur = [x for x in cur if x not in compared]
                groups = _cue_groups(cur)
            # «إن التفاوض مع الولايات المتحدة ليس عاقلاً», «يعرض التفاوض على اتفاق»: the verbal noun 'negotiating' names
            # the idea of talks, not a contact (the talks held are «المفاوضات», «المحادثات», «جولة التفاوض»)
            if not cue_terms.isdisjoint(_TAFAWUD):  # (_AL_TAFAWUD and _TAFAWUD_BARE)
                cues = [x for x in cues if not (x[2].term == _AL_TAFAWUD or (x[2].term == _TAFAWUD_BARE and view.text[x[2].vstart - 2 : x[2].vstart] == "ال"))]
                # «موقعها التفاوضي», «الورقة التفاوضية»: the adjective 'negotiating' qualifies a position, no contact
                cues = [x for x in cues if not (x[2].term in _TAFAWUD and _ADJ_SUFFIX.match(view.text, x[2].vend))]
            # «التقت «الشرق الأوسط» دبلوماسياً سويسرياً متقاعداً»: a paper (its name in quotes right after the verb) met
            # its source, an interview
            if not cue_terms.isdisjoint(_MEET_VERBS):
                cues = [x for x in cues if not (x[2].term in _MEET_VERBS and raw.startswith("«", x[1] + (raw[x[1] : x[1] + 1] == " ")))]
            if "prisoner_release" in cue_kinds and any(_cue_kind(x[2].key) in ("talks", "meeting") for x in cues):
                # «با نخست‌وزیر قطر درباره آزادی گروگان‌ها … گفت‌وگو کرد», «بحثا مسألة الإفراج عن …»: a release that is
                # what talks were about, not a release
                cues = [x for x in cues if not (_cue_kind(x[2].key) == "prisoner_release" and _ABOUT_BEFORE.search(raw, max(s, x[0] - 16), x[0]))]
            if "captors" in groups:  # «أطلق الخاطفون سراح …»: the captors' own release, not the two sides'
                # (nor the freed hostage's arrival: «وصل إلى دمشق الرهينة الأمريكي … بعد أن أفرج عنه خاطفوه»)
                cues = [x for x in cues if _cue_kind(x[2].key) not in ("prisoner_release", "visit")]
            # (a title of several words; it drops visit words only)
            titles = [(a, b) for a, b, h in cur if h.cat == "role" and " " in h.term] if "visit" in cue_kinds else []
            if titles:  # «فرستاده ویژه رئیس‌جمهور»: the envoy's title, no trip («المبعوث الخاص»)
                cues = _outside(cues, titles, "visit")
            if "no_trip" in groups:  # «حظر السفر», «رحلة جوية»: a travel ban, a document or a flight, no visit
                cues = _outside(cues, _cue_spans(cur, "no_trip", groups), "visit")
            if "private_trip" in groups:  # «في رحلة بحثية»: a private person's trip, the sentence's visit words too
                private = _cue_spans(cur, "private_trip", groups)
                # (and the meeting that is the trip's purpose: «مادرانشان … برای دیدار با آنان به تهران سفر کردند»)
                cues = [x for x in cues if _cue_kind(x[2].key) != "visit" and not _inside(x, private)
                        and not (_cue_kind(x[2].key) == "meeting" and _FOR_THE_PURPOSE.search(raw, max(s, x[0] - 8), x[0]))]
            if "series_adverb" in groups:  # 'repeatedly' with no contact word of its own repeats something else
                adverbs = _cue_spans(cur, "series_adverb", groups)
                if all(_inside(x, adverbs) for x in cues):
                    cues = []
            if ("negation" in groups or "negation_before" in groups) and len(cues) > 1 and self._no_encounter(view, cur, cues):
                # «… أمام قمة الألفية، لكن أي لقاء بين الوفدين لم يحدث», «… على هامش قمة مجموعة السبع … من دون أي لقاء
                # مع الوفد الأمريكي»: the sentence says the sides met nowhere; its summit or trip is a setting
                trip = any(_cue_kind(x[2].key) == "visit" for x in cues)
                cues = [x for x in cues if _cue_kind(x[2].key) not in _ENCOUNTERS]
                if trip and not cues and last is not None and last[1] == i - 1 and para_of[i - 1] == para_of[i] and out[last[0]][0].event_type == "visit":
                    # «به آمریکا سفر کرد …؛ سفری که … اما خاتمی در آن با هیچ مقام دولتی آمریکا دیدار نکرد»: the trip the
                    # sentence before reported, in which no one was met, held no talks and carried no message
                    out[last[0]] = (None, dataclasses.replace(out[last[0]][1], kept=False, reason=f"a trip in which no one of the other side was met (the next sentence, at {s}, says so)"))
                    last = None
            if "weak_contact" in groups and len(cues) < len(all_cues) and cues and not self._strong(cues, cur) and self._strong(all_cues, cur):
                cues = []  # «وعقدت المحكمة جلسات الاستماع»: 'held' whose contact noun was read as no contact
            if not cues:
                continue
            if "message_exchange" in cue_kinds and all(_cue_kind(x[2].key) == "message_exchange" for x in cues) and all(
                _noun_at(view.text, x[2])[0].startswith(_DEFINITE) or _RA_AFTER.match(raw, x[1]) or _DEMONSTRATIVE_BEFORE.search(raw, max(s, x[0] - 8), x[0]) for x in cues
            ) and _public_message_only([h for k in range(max(0, i - 3), i) for h in hits_of(k)]):
                # «… يوجّه رسالة مصوّرة إلى الشعب الإيراني» then «مستشار الرئيس الإيراني يرحب بنبرة الرسالة»: 'the message' is the
                # public one the sentences before told of, a statement (codebook section 2), not one carried between the sides
                out.append((None, Decision(s, e, raw[cues[0][0] : cues[0][1]], False, "the public message of the sentences before, spoken of again")))
                continue
            prev = i - 1 if i > 0 and para_of[i - 1] == para_of[i] else None
            heading = False
            if prev is None and dated_heading(i - 1):
                prev = i - 1
                heading = True
            head_dates = []
            if prev is not None and not sent_dates[i]:
                # a later sentence of an entry under a dated heading, none of whose sentences before it gives a date
                # («موسكو، 18 و19 حزيران 2012» then «هذه المرة كان المضيف … روسيا …. دامت جولة موسكو يومين …»):
                # the heading's day, when the sentence before offers none
                first = prev
                while first > 0 and para_of[first - 1] == para_of[i]:
                    first -= 1
                if not any(sent_dates[k] for k in range(first, i)) and dated_heading(first - 1):
                    head_dates = sent_dates[first - 1]
            # up to three earlier sentences of the paragraph, for an anaphor naming 'the two sides'
            earlier = [h for k in range(max(0, i - 3), i) if para_of[k] == para_of[i] for h in hits_of(k)]
            borrowed = []
            if last_round is not None and para_of[last_round[0]] != para_of[i] and self._numbered_round(view, cues, groups, cur) \
                    and min(x[0] for x in cues) - s <= ROUND_HEAD_CHARS:
                # «۳۰ فروردین – دور دوم در سفارت عمان در رم برگزار شد» after «نخستین دور گفت‌وگوهای غیرمستقیم … عراقچی و
                # استیو ویتکاف …»: a numbered round of the negotiation whose earlier round the article reported is
                # between the same sides
                borrowed = last_round[1]
                earlier = earlier + borrowed
            prev_h = hits_of(prev) if prev is not None else []
            prev_d = sent_dates[prev] if prev is not None else []
            near = last is not None and i - last[1] <= 3 and para_of[last[1]] >= para_of[i] - 1
            if not near and last is not None and s - out[last[0]][0].char_start <= ANAPHOR_REACH:
                # «وتأتي الزيارة بعد …» reaches back further: the news formula places the contact last reported
                near = any(_placed(view.text, h) for _, _, h in cues) or _sidelines(view.text, bisect_left(view.starts, s), bisect_left(view.starts, e)) is not None
            # (a sentence about what may come of a contact, «آیا نتایج این سفرها …», is read as any other)
            # (the formula placing the contact reported, «ويأتي اللقاء بعد أيام من …», whatever the sentence says after it:
            # «… ردّ خامنئي … بأن طهران «ستتغير إذا تغيرت واشنطن»» is no hypothetical contact)
            dem = self._anaphor(view, cur, cues, out[last[0]][0], sent_dates[i], doc.publication_date, groups, doc.lang) if near and (
                not groups & {"future", "hypothetical"} or any(_placed(view.text, x[2]) for x in cues[:1])) else None
            if dem is not None:
                # fold what this sentence adds (secret, the outcome, the format) into the contact it refers to,
                # and keep the sentence as one more mention of that contact
                dem, dcue = dem
                ai = _antecedent(out, last[0], dcue, s)
                # what the contact was about («موضوع این گفت‌وگوها …»), unless the sentence is about what came
                # before or after it («عقب هذه المحادثات شنت … ضربات»)
                w = dcue.vstart
                while w > 0 and _is_word(view.text[w - 1]):
                    w -= 1
                about = frozenset() if _TEMPORAL_LINK.search(view.text, max(0, w - 24), w) else _topics(groups)
                ante = self._fold(out[ai][0], *self._attributes(groups, out[ai][0].event_type, False), topics=about)
                detail = _denied_detail(raw, s, e, cur) if "denial" in groups else None
                if detail is not None:  # (a denied format or route: see _sentence)
                    cur = self._off_route(cur, detail)
                separate = _SEPARATE_ONE.search(view.text, max(0, dcue.vstart - 30), min(len(view.text), dcue.vend + 30)) is not None
                if (self._denied(groups) and detail is None and not separate) or (
                    not dcue.key.startswith("event_types.agreement")  # 'did not reach a deal' negates an outcome
                    and (self._negated(view, dcue, cur) or (doc.lang == "fa" and _fa_negated_verb(view.text, dcue.vend)))
                    # (not 'no separate bilateral meeting on its sidelines', «دیدار دوجانبه جداگانه‌ای نداشتند», nor one
                    # denied, «نفى أن يكون قد عقد أي لقاء ثنائي مع الجانب الأمريكي»: another one)
                    and not separate
                ):
                    ante = dataclasses.replace(ante, certainty="denied")  # «چنین دیداری انجام نشده است»: a side denies it
                out[ai] = (ante, out[ai][1])
                qs, qe = _quote_span(raw, s, e, cues[0][0])
                again = _said_again(ante, raw, qs, qe, self._anaphor_mediators(raw, cur, ante))
                out.append((again, Decision(s, e, raw[cues[0][0] : cues[0][1]], True, f"anaphor («{dem}»): the contact reported at {ante.char_start} again, not a new one")))
                continue
            if (prev is None or prev not in out_of_scope) and out_of_scope:
                # «این دیدار یک هفته پس از آن برگزار شد که …» paragraphs after the meeting of a side with a third
                # state, the last contact the article told: that meeting again, with the demonstrative
                # (no sentence since naming both sides: not «این جلسه‌ها» after the sessions of the two told since)
                far = max(out_of_scope)
                if (last is None or far > last[1]) and s - sents[far][0] <= ANAPHOR_REACH and out_of_scope[far].startswith(("out of scope", "fewer than two sides")) \
                        and not any(self.required <= self._sides_named(hits_of(k)) for k in range(far + 1, i)):
                    back = self._back_reference(view, cur, cues, groups, hits_of(far), doc.lang)
                    if back is not None and back.split(" ", 1)[0] in _DEMONSTRATIVES_BY_LANG.get(doc.lang, DEMONSTRATIVES) and not any(
                        # (not a message carried on that trip, «در این سفر حامل پیامی از دونالد ترامپ بود»: read as any sentence;
                        # a go-between's shuttling alone, «ويتنقل مستشاروه بين الرياض وطهران», names no message of the sides)
                        h.cat == "cue" and (h.key == "event_types.message_exchange" or (
                            h.key == "mediation.message_carrier" and out_of_scope[far].endswith("carrying no message"))) for _, _, h in cur
                    ):
                        out_of_scope[i] = out_of_scope[far]
                        out.append((None, Decision(s, e, raw[cues[0][0] : cues[0][1]], False, f"the contact at {sents[far][0]} again («{back}»), dropped there: {out_of_scope[far]}")))
                        continue
            if prev is not None and prev in out_of_scope:
                back = self._back_reference(view, cur, cues, groups, hits_of(prev), doc.lang)
                if back is None and "both_sides" in groups and out_of_scope[prev].startswith("out of scope") and not (
                    self.required & self._sides_named(cur) - self._sides_named(hits_of(prev))
                ):
                    # 'the two countries' right after a contact of a side with a third state, naming no side of
                    # its own beyond those: that pair again («رسانه‌های دو کشور از گفت‌وگو … خبر دادند»)
                    back = raw[cues[0][0] : cues[0][1]]
                if back is None and raw[sents[prev][0] : sents[prev][1]].rstrip().endswith("؛") and not (self.required & self._sides_named(cur)):
                    # «… با برزیل و ترکیه امضا کردیم …؛ آن یک توافق سه‌جانبه بود»: the clause after the semicolon, naming
                    # no side of its own, still speaks of the contact before it
                    back = raw[cues[0][0] : cues[0][1]]
                if back is not None and out_of_scope[prev].endswith("carrying no message") and any(
                    h.cat == "cue" and h.key in ("event_types.message_exchange", "mediation.message_carrier") and not _asked_whether(view.text, h)
                    for _, _, h in cur
                ):
                    # «آبه در این سفر … پیامی از دونالد ترامپ را به رهبر انقلاب رساند» right after the third state's visit
                    # dropped for want of a message: the message it carried, read as any sentence (it may make the
                    # visit the sides' contact, see GUEST_REACH_SENTENCES)
                    back = None
                if back is not None:
                    # «ويأتي الاتفاق بعد …» right after a deal that is no contact of the two sides: that deal again
                    out_of_scope[i] = out_of_scope[prev]
                    out.append((None, Decision(s, e, raw[cues[0][0] : cues[0][1]], False, f"the contact of the sentence before again («{back}»), dropped there: {out_of_scope[prev]}")))
                    continue
            # a cue that is itself 'this exchange' («این مبادله», «هذه المبادلة») speaks of a contact already
            # reported: it types no new one
            cues = [x for x in cues if view.text[x[2].vstart : x[2].vend].split(" ", 1)[0] not in _DEMONSTRATIVES_BY_LANG.get(doc.lang, DEMONSTRATIVES)]
            # Arabic «وقعت» before a happening is 'occurred' («وقعت الحادثة صباح الأحد»), not 'signed'
            if not cue_terms.isdisjoint(_OCCURRED):
                cues = [x for x in cues if not (x[2].term in _OCCURRED and _HAPPENING_NOUN.match(raw, x[1]))]
            if not cues:
                continue
            # the next two sentences of the paragraph, when they are not contacts of their own, may name the sides
            # (or, in the next paragraph, one that names a third state's person of this one, the go-between:
            # «اختتم آبي زيارة لطهران …» then «نقل آبي إلى خامنئي رسالة من ترامب»)
            own = {h.key for _, _, h in cur if h.cat == "person" and self.lex.persons[h.key].country not in self.required}
            later = [
                h for k in range(i + 1, min(len(sents), i + 3))
                if para_of[k] == para_of[i] or (own and para_of[k] == para_of[i] + 1 and own & {x.key for _, _, x in hits_of(k) if x.cat == "person"})
                for h in hits_of(k)
            ]
            if 0 < para_of[i] <= lead_para and sent_dates[i] and self._numbered_round(view, cues, groups, cur) and (
                (named := self._sides_named(cur + later) - {self.lex.places[h.key].country for _, _, h in cur if h.cat == "place"})  # (its venue's state is none)
                <= self.required and not named >= self.required
            ):
                # a numbered round in the lead that names no side («ششمین دور گفتوگوهای وین برای احیای برجام … پایان یافت»),
                # or one of the two with its delegation's head in the next sentences («عراقچی … ریاست هیئت ایرانی را بر
                # عهده دارد»), and no other state: its delegations, named with their officials in the next two paragraphs
                # («سید عباس عراقچی، رئیس هیئت ایرانی …», «هیئت آمریکایی به ریاست رابرت مالی …»), are its sides
                later = later + [h for k in range(i + 1, len(sents)) if para_of[i] < para_of[k] <= para_of[i] + 2
                                 for h in hits_of(k) if h[2].cat == "person" and self.lex.persons[h[2].key].country in self.required]
            if para_of[i] > 0 and "event_types.prisoner_release" in groups:
                # (not for a release that a third state, and no side, is named in, with no word of mediation: «قطر در
                # آزادی گروگان‌ها در نوامبر نقشی محوری داشت» is that state's release, whatever the headline names)
                # (nor for the release of a third state's nationals, «پانزده نظامی بریتانیایی … آزاد شدند»: theirs and the
                # detaining side's, not the other side's)
                foreign_freed = any(h.cat == "state" and h.key not in self.required and _FREED_NOUN_BEFORE.search(view.text, max(0, h.vstart - 16), h.vstart)
                                    for _, _, h in cur)
                if ((self.required & self._sides_named(cur)) or any(g.startswith("mediation.") for g in groups) or not any(
                    h.cat == "state" and h.key not in self.required and not self._locative(view, h) for _, _, h in cur
                )) and not foreign_freed:
                    earlier = earlier + headline_hits(i)
                if any(
                    h.cat == "state" and h.key not in self.required and _FREED_OF.fullmatch(view.text, x[2].vend, h.vstart)
                    for x in cues if x[2].key == "event_types.prisoner_release" for _, _, h in cur
                ):
                    # the release of a third state's national («أُفرج عن البريطانية الإيرانية نازنين …»): that
                    # state's release; no side is borrowed from the sentences around it
                    earlier = []
            elif para_of[i] > lead_para and self._numbered_round(view, cues, groups, cur) and not (self._sides_named(cur + earlier) >= self.required):
                # «در دور چهارم که ۲۱ اردیبهشت در مسقط برگزار شد» in the body of an article whose lead named the
                # talks and their sides («دور ششم گفت‌وگوهای غیرمستقیم ایران و آمریکا»): a round of those talks
                earlier = [h for k in range(i) if para_of[k] <= lead_para for h in hits_of(k)]
            elif para_of[i] > 0 and "both_sides" in groups and not (self._sides_named(earlier) & self.required) and not (
                prev is not None and prev in out_of_scope and any(
                    h.cat in ("state", "org") and h.key not in self.required and _BETWEEN.search(raw, max(0, rs - 40), rs)
                    for rs, _, h in hits_of(prev))
            ) and not any(out_of_scope.get(k, "").startswith("out of scope: the contact of") for k in range(max(0, i - OTHER_PAIR_BACK), i)):
                # (not after a contact 'between' others just dropped: «صفقة تبادل بين إسرائيل وحزب الله … صفقة أخرى بين الطرفين»,
                # nor a few sentences after the contact of another pair named as such: «وقّعت إيران والسعودية … اتفاقاً» then
                # «استضافت بغداد خمس جولات من الحوار بين البلدين» - those two countries)
                # 'the two sides' in a paragraph that names no one before them (a live-blog entry, «11:15 —
                # انطلقت رسمياً جولة المحادثات بين الجانبين»): the sides of the headline, when it names both
                earlier = headline_hits(i)
                if not (self._sides_named(earlier) & self.required) and last is not None:
                    # nor does the headline: the two sides of the contact last reported («دومین دور … با حضور دو سفیر»),
                    # named in its sentence or in that of the last contact that named them («دو سفیر … گفت‌وگو کردند» after
                    # «سفیر آمریکا، رایان کراکر، و سفیر ایران، حسن کاظمی قمی، … نشستند»)
                    earlier = hits_of(last[1])
                    if not (self._sides_named(earlier) & self.required) and last_sided is not None and para_of[i] - para_of[last_sided] <= 2:
                        earlier = hits_of(last_sided)
                elif not (self._sides_named(earlier) & self.required):
                    # nor is there one: the sides the lead named («گزارش … درباره دیدار محرمانه کارشناسان هسته‌ای ایران و
                    # آمریکا» before «کارشناسان … دو کشور … گفت‌وگو کرده‌اند»)
                    earlier = [h for k in range(i) if para_of[k] <= lead_para for h in hits_of(k)]
            self._this_sides = frozenset()
            self._told = out  # (the contacts reported so far: _sentence asks whether a deal is among them)
            if last is not None and s - out[last[0]][0].char_start <= ANAPHOR_REACH and any(
                h.cat == "cue" and _demonstrative_term(h.term, doc.lang) and h.key.startswith("event_types.")
                and _same_family(_cue_kind(h.key), out[last[0]][0].event_type) for _, _, h in cur
            ) and not (self._sides_named(cur) >= self.required):
                # «توافق اولیه این مبادله ۱۹ مرداد … اعلام شده بود» after the exchange: 'this exchange' is the contact just
                # reported, whose sides are those of what the sentence tells of it
                root = _root_of(out, last[0])
                self._this_sides = root.parties if root is not None else frozenset()
            _, placed_end, placed = self._main_cue(cues, groups, cur)
            if sent_dates[i] and all(d.start_char >= placed_end for d in sent_dates[i]) and _placed(view.text, placed) and not _COMES_AFTER.search(view.text, max(0, placed.vstart - 14), placed.vstart):
                # «وجاءت الزيارة بعد أسابيع من المقابلة … في 7 يناير»: the news formula places a contact the text
                # reported before, which was not taken as one; the sentence's dates, all after the formula, are
                # those of what places it
                out.append((None, Decision(s, e, raw[cues[0][0] : cues[0][1]], False, "a contact placed by the news formula ('the visit came after …'), with no contact reported before it")))
                continue
            if "«" in raw[s:e] and _in_titles(raw, e, [x[0] for x in cues]):
                # «اتاق‌های جداگانه: سه سال گفت‌وگوی غیرمستقیم ایران و آمریکا» نوشته بهروز …: every contact word of the
                # sentence is in the title of a book or article, named with its author
                out.append((None, Decision(s, e, raw[cues[0][0] : cues[0][1]], False, "the title of a book or article (quoted, then its author)")))
                continue
            self._guest_visit = None
            cand, reason = self._sentence(doc, raw, view, s, e, cur, cues, sent_dates[i], prev_h, prev_d or head_dates, earlier, later, groups, heading)
            if cand is not None and cand.event_type in ("visit", "talks", "meeting") and cand.date_precision == "day" \
                    and cand.date_start == cand.date_end and ":context-date" not in cand.rule \
                    and all(d.date_start == cand.date_start for d in sent_dates[i]):
                # (not with another day in the sentence: «… که از دوشنبه 27 مهر … آغاز شده بود، دیروز چهارشنبه 29 مهر …»)
                days = _days_ended(view, s, e)
                if days:
                    # «اختتم … أمس الخميس زيارة لطهران استمرت يومين», «دیروز پنجشنبه … سفر دوروزه خود … را … به پایان رساند»:
                    # the day is the last of a stay of so many days
                    start = cand.date_start - dt.timedelta(days=days - 1)
                    cand = dataclasses.replace(cand, date_start=start, date_edtf=_edtf(start, cand.date_end, "day"))
                    reason += f" (the last day of {days} days, from {start.isoformat()})"
            if cand is not None and cand.same_as is None and cand.location_city and doc.lang == "ar":
                own = self._own_contact_again(view, cues, groups, cur, cand, out)
                if own is not None:
                    # «… وما زالت زيارته إلى طهران حاضرة في النقاش» long after «هبط … آبي في طهران، في أول زيارة …»: 'his
                    # visit' to the same city is the visit reported, whatever date the sentence gives another event
                    cand = _said_again(own, raw, cand.char_start, cand.char_end)
                    reason = f"'his / her' contact of the kind and place reported at {own.char_start}: that contact again"
            if cand is None and reason == "no date in the sentence or its context" and guest_visit is not None and i - guest_visit[1] <= GUEST_REACH_SENTENCES \
                    and ("event_types.message_exchange" in groups or "mediation.message_carrier" in groups) and any(
                        (h.cat == "person" and self.lex.persons[h.key].country == guest_visit[4]) or (h.cat == "state" and h.key == guest_visit[4]) for _, _, h in cur):
                # «آبه در دیدار با آیت‌الله خامنه‌ای گفت حامل پیامی از دونالد ترامپ است», with no day of its own, after the
                # third state's visit dropped for want of a message: the message its official carried on that visit (dated by
                # it as by an entry's heading: what he said of it there is the telling, not a statement of another day)
                cand, reason = self._sentence(doc, raw, view, s, e, cur, cues, sent_dates[i], prev_h, [guest_visit[5]], earlier, later, groups, True)
            if cand is None and self._guest_visit is not None:
                guest_visit = (len(out), i, s, e, *self._guest_visit, self._trip_to_side(view, cur, cues, groups), [
                    (a, b, h) for a, b, h in cur
                    if (h.cat == "person" and self.lex.persons[h.key].country == self._guest_visit[0]) or (h.cat == "state" and h.key == self._guest_visit[0])
                ])
            elif cand is not None and cand.same_as is None and guest_visit is not None and i - guest_visit[1] <= GUEST_REACH_SENTENCES \
                    and cand.event_type in ("meeting", "talks", "message_exchange", "visit") and ("event_types.message_exchange" in groups or "mediation.message_carrier" in groups) \
                    and guest_visit[5].date_start is not None and cand.date_precision == "day" \
                    and 0 <= (cand.date_start - guest_visit[5].date_start).days <= (guest_visit[5].date_end - guest_visit[5].date_start).days + 1 \
                    and not (set(m.actor_id for m in cand.mediators if m.kind == "state") - {guest_visit[4]}):
                # «سفر دو روزه شینزو آبه … به تهران که از چهارشنبه ۲۲ خرداد آغاز شد …» then «دیروز نیز در دیدار با
                # آیت‌الله خامنه‌ای، پیامی از سوی دونالد ترامپ را مطرح کرد»: the third state's visit dropped for want of a
                # message carried one on one of its days; the visit is the sides' contact, the message a session of it
                k, _, vs, ve, guest, vdate, dest, named = guest_visit
                city, country = (_place_location(self.lex.places[dest.key]) if dest.cat == "place" else (None, dest.key)) if dest is not None else (cand.location_city, cand.location_country)
                state_at = next(((a, b) for a, b, h in named if h.cat == "state"), None) or next((a, b) for a, b, _ in named)
                carrier = [ActorRef(guest, None, raw[state_at[0] : state_at[1]], "state", guest, mediation_role="message_carrier", char_start=state_at[0], char_end=state_at[1])] + [
                    ActorRef(h.key, self.lex.persons[h.key].name_en, raw[a:b], "person", guest, mediation_role="message_carrier", char_start=a, char_end=b)
                    for a, b, h in named if h.cat == "person"
                ][:1]
                visit = _widened(dataclasses.replace(
                    cand, char_start=vs, char_end=ve, quote=raw[vs:ve], event_type="visit", format="indirect",
                    date_start=vdate.date_start, date_end=vdate.date_end, date_precision=vdate.date_precision, date_edtf=vdate.edtf,
                    date_text=vdate.text, date_calendar=vdate.calendar, location_city=city, location_country=country,
                    mediators=carrier + [m for m in cand.mediators if m.actor_id not in {c.actor_id for c in carrier}], participants=list(cand.participants),
                ), cand)  # (its days reach the message's day)
                out[k] = (visit, dataclasses.replace(out[k][1], kept=True, reason=f"a third state's visit whose official carried a message on one of its days (at {s})"))
                cand = dataclasses.replace(cand, event_type="visit", date_start=visit.date_start, date_end=visit.date_end, date_edtf=visit.date_edtf,
                                           location_city=city, location_country=country, same_as=(vs, ve))
                reason += f" (a session of the visit reported at {vs})"
                guest_visit = None
            if cand is None and reason.startswith(("out of scope", "fewer than two sides", "press conference")):
                out_of_scope[i] = reason
                if reason.startswith(("out of scope", "fewer than two sides")) and self._sides_named(cur) - self.required:
                    scoped_days.append((i, {_cue_kind(x[2].key) for x in cues}, {d.date_start for d in sent_dates[i] if d.date_precision == "day"}))
            if cand is None and reason.startswith("fewer than two sides") and last is not None and s - out[last[0]][0].char_start <= 2 * ANAPHOR_REACH:
                again = self._definite_again(view, cur, cues, groups, out[last[0]][0], sent_dates[i], doc.publication_date)
                if again is not None:
                    # «ج: عُقد الاجتماع يوم الاثنين 28 أيار/مايو 2007 …» after «استضافت … أول لقاء بين سفيري البلدين» (spring
                    # 2007): the meeting, named with the article in a sentence that names no side, is the contact
                    # reported before, its day now known
                    ante, word = again
                    out[last[0]] = (ante, out[last[0]][1])
                    qs, qe = _quote_span(raw, s, e, cues[0][0])
                    out.append((_said_again(ante, raw, qs, qe), Decision(s, e, raw[cues[0][0] : cues[0][1]], True, f"the contact reported at {ante.char_start} again («{word}», no side named), its date made precise")))
                    continue
            # «سوئیس … ماه‌ها پیام‌های دو طرف درباره این تبادل را … جابه‌جا کرده بود», undated, a few sentences after the
            # release: the messages that prepared the release (or deal) just reported, part of that contact (codebook
            # section 3.2), and their carrier its go-between
            about = cand is None and last is not None and reason.startswith("no date in the sentence") and para_of[i] - para_of[last[1]] <= 2 \
                and out[last[0]][0].event_type in ("prisoner_release", "agreement") and out[last[0]][0].same_as is None \
                and any(_cue_kind(x[2].key) == "message_exchange" and _ABOUT_THIS.match(raw, x[1]) for x in cues)
            if about or (cand is None and last is not None and (
                reason.startswith(("no date in the sentence", "fewer than two sides"))
                or (reason == "negated" and _NOT_FACE_TO_FACE.search(view.text, bisect_left(view.starts, s), bisect_left(view.starts, e)))
            ) and self._has(groups, "mediation.message_carrier") and (
                (last[1] == i - 1 and para_of[i] - para_of[i - 1] <= 1) or (last[1] == i - 2 and para_of[i] - para_of[i - 2] <= 2)
            ) and not groups & {"future", "hypothetical", "denial"} and out[last[0]][0].event_type in ("talks", "meeting", "series", "visit")):
                ante = out[last[0]][0]
                meds = self._shuttle_mediators(raw, cur, ante)
                if meds or about:
                    # «انریکه مورا … میان دو هتل رفت‌وآمد کرد و دیدگاه‌های تهران و واشنگتن را به طرف مقابل منتقل کرد»
                    # right after a round: the go-between of that round, which was indirect unless said otherwise
                    if meds and ante.format == "unknown":
                        ante = dataclasses.replace(ante, format="indirect")
                        out[last[0]] = (ante, out[last[0]][1])
                    qs, qe = _quote_span(raw, s, e, cues[0][0])
                    again = dataclasses.replace(_said_again(ante, raw, qs, qe, meds), format=ante.format)
                    why = f"the messages about the {ante.event_type.replace('_', ' ')} reported at {ante.char_start}" if about else \
                        f"the go-between of the contact reported at {ante.char_start} ({', '.join(m.actor_id for m in meds)})"
                    out.append((again, Decision(s, e, raw[cues[0][0] : cues[0][1]], True, why)))
                    continue
            if cand is None and near and any(g.startswith("outcome_") for g in groups) and (
                "both_sides" in groups
                or (
                    last[1] == i - 1 and para_of[i - 1] == para_of[i] and reason.startswith("fewer than two sides")
                    and not groups & {"future", "hypothetical", "statement"}
                    and self._sides_named(cur) <= set(out[last[0]][0].parties)
                )
            ):
                # 'the two sides agreed to meet again' after a reported round, or the next sentence that names no
                # other side («نشست بدون توافق پایان یافت»): the outcome of that round
                ante = out[last[0]][0]
                _, _, outcome = self._attributes(groups, "", False)
                out[last[0]] = (self._fold(ante, outcome=outcome), out[last[0]][1])
                reason += f"; its outcome ({outcome}) goes to the contact reported at {ante.char_start}"
            if cand is None and last is not None and s - out[last[0]][0].char_start <= ANAPHOR_REACH \
                    and out[last[0]][0].event_type in ("talks", "meeting", "series", "visit") and not sent_dates[i] \
                    and not groups & {"future", "hypothetical", "denial"} and self._sides_named(cur) <= set(out[last[0]][0].parties):
                ante = out[last[0]][0]
                about = _topics(groups) - ante.topics
                vs_, ve_ = bisect_left(view.starts, s), bisect_left(view.starts, e)
                talk_cues = [x for x in cues if _cue_kind(x[2].key) in ("talks", "meeting")]
                if about and any(_AGENDA_OF.search(view.text, max(vs_, x[2].vstart - 30), x[2].vstart) or _AGENDA_AFTER.match(view.text, x[2].vend, ve_) for x in talk_cues):
                    # «وتناولت المحادثات البرنامج النووي ورفع العقوبات», «موضوع گفت‌وگوها برنامه هسته‌ای و رفع تحریم‌هاست»:
                    # what the talks reported before were about, said later in the article
                    ante = self._fold(ante, topics=about)
                    out[last[0]] = (ante, out[last[0]][1])
                    reason += f"; its agenda ({', '.join(sorted(about))}) goes to the contact reported at {ante.char_start}"
                _, _, ended = self._attributes(groups, "", False)
                if ante.outcome == "unknown" and ended in ("partial", "no_agreement") and any(
                    doc.lang == "fa" or _noun_at(view.text, x[2])[0].startswith(_DEFINITE) for x in talk_cues
                ) and not any(_noun_at(view.text, x[2])[1] for x in talk_cues):
                    # «وانتهت المحادثات دون أي نتيجة», «گفت‌وگوها بی‌نتیجه ماند» later in the article: how the talks reported
                    # before ended (a failed or partial outcome only: a deal named later may be another contact)
                    out[last[0]] = (self._fold(ante, outcome=ended), out[last[0]][1])
                    reason += f"; its outcome ({ended}) goes to the contact reported at {ante.char_start}"
            if (
                cand is not None and cand.event_type == "agreement" and "continuation" in groups and near and i - last[1] <= 2
                and para_of[last[1]] == para_of[i] and out[last[0]][0].event_type in ("talks", "meeting", "visit", "series")
                and not any(h.cat == "cue" and h.key == "deal_name" for _, _, h in cur)
            ):
                # «دو طرف توافق کردند مذاکرات … در ژنو از سر گرفته شود» right after a meeting: an agreement to go on
                # talking is that meeting's outcome (partial, codebook section 12), not a deal of its own
                ante = out[last[0]][0]
                out[last[0]] = (self._fold(ante, outcome="partial"), out[last[0]][1])
                out.append((None, Decision(s, e, raw[cues[0][0] : cues[0][1]], False, f"an agreement to go on talking: the outcome (partial) of the contact reported at {ante.char_start}")))
                continue
            if cand is not None and cand.event_type == "agreement" and "continuation" in groups and cand.same_as is None \
                    and not any(h.cat == "cue" and h.key == "deal_name" for _, _, h in cur):
                # «… واتفقا على «البقاء على تواصل»», «توافق کردند گفت‌وگوها ادامه یابد» with no contact told before it: the
                # sides met and agreed to go on talking, a meeting with a partial outcome (codebook section 12), no deal
                cand = dataclasses.replace(cand, event_type="meeting", outcome="partial")
                reason += " (an agreement to go on talking: the meeting it was reached in)"
            if cand is not None and cand.location_country is None and last is not None and any(h.cat == "cue" and h.key == "same_place" for _, _, h in cur):
                ante = out[last[0]][0]  # 'in the same place': the venue of the contact reported before
                cand = dataclasses.replace(cand, location_city=ante.location_city, location_country=ante.location_country)
                reason += " (venue from the contact before: 'the same place')"
            if cand is not None and cand.same_as is None and last is not None:
                # a meeting on the second day of a visit is that visit (codebook section 3): the visit just reported,
                # or one reported up to TRIP_REACH characters before (the leader's meeting told paragraphs after the arrival)
                for k in ([last[0]] if near else []) + [k for k in range(len(out) - 1, -1, -1) if out[k][0] is not None and out[k][0].event_type == "visit" and out[k][0].same_as is None and not (near and k == last[0]) and s - out[k][0].char_start <= TRIP_REACH]:
                    trip = self._during_trip(out[k][0], cand)
                    if trip is not None:
                        out[k] = (trip[0], out[k][1])
                        cand = trip[1]
                        reason += f" (during the visit reported at {trip[0].char_start})"
                        break
            if cand is not None and near and last[1] == i - 1 and cand.rule.endswith(":context-date"):
                ante = out[last[0]][0]
                # (with the article, the contact noun of the same kind is that contact, whatever other place the
                # sentence names: «ويتكون الاتفاق من … أنشأ محكمة التحكيم … في لاهاي» after the signing in Algiers)
                the_same = (
                    _same_family(cand.event_type, ante.event_type)
                    and _noun_at(view.text, self._main_cue(cues, groups, cur)[2])[0].startswith(_DEFINITE)
                    and not any(_noun_at(view.text, x[2])[1] for x in cues)  # (not with 'a new round' in it)
                )
                if (
                    ((ante.date_start, ante.date_end) == (cand.date_start, cand.date_end) or "one of two contacts" not in out[last[0]][1].reason)
                    and ante.parties == cand.parties
                    and (cand.location_country in (None, ante.location_country) or ante.location_country is None or the_same)
                ):  # (a 'series' here is sessions inside that contact: codebook section 10)
                    if the_same and ante.location_country is not None and cand.location_country not in (None, ante.location_country):
                        cand = dataclasses.replace(cand, location_city=ante.location_city, location_country=ante.location_country)
                    # dated only by the sentence before, which reported a contact with the same sides: that contact again
                    # (its other day in that sentence, «انطلقت يوم الاثنين 29 … انتهت أمس الجمعة», widens the contact's days)
                    if (ante.date_start, ante.date_end) != (cand.date_start, cand.date_end):
                        ante = _widened(ante, cand)
                        out[last[0]] = (ante, out[last[0]][1])
                        cand = dataclasses.replace(cand, date_start=ante.date_start, date_end=ante.date_end, date_precision=ante.date_precision, date_edtf=ante.date_edtf)
                    if ante.location_country is None and cand.location_country is not None:  # (where it was, said now)
                        ante = dataclasses.replace(ante, location_city=cand.location_city, location_country=cand.location_country)
                        out[last[0]] = (ante, out[last[0]][1])
                    cand = dataclasses.replace(cand, same_as=(ante.char_start, ante.char_end))
                    reason += f" (the contact reported at {ante.char_start} again)"
            if cand is not None and near and last[1] == i - 1 and cand.same_as is None:
                ante = out[last[0]][0]
                if self._round_ends(view, cur, cues, groups, ante, cand) or self._stay_until(raw, s, e, view, cur, cues, groups, ante, cand):
                    # «… بجولة سابعة» then «… قبل أن تنتهي الجولة في 17 كانون الأول»: the round just reported, ended that day
                    end = cand.date_end or cand.date_start
                    ante = dataclasses.replace(ante, date_end=end, date_edtf=_edtf(ante.date_start, end, "day"))
                    out[last[0]] = (ante, out[last[0]][1])
                    cand = dataclasses.replace(cand, event_type=ante.event_type, date_start=ante.date_start, date_end=end, date_precision="day", date_edtf=ante.date_edtf, same_as=(ante.char_start, ante.char_end))
                    reason += f" (the end of the round reported at {ante.char_start})"
            if cand is not None:
                two = self._two_events(doc, raw, view, s, e, cur, cues, sent_dates[i], prev_h, prev_d, earlier)
                if two:
                    out.extend(two)
                    last = (len(out) - 1, i)
                    continue
            cue_text = raw[cues[0][0] : cues[0][1]]
            if cand is not None and undated is not None and undated[0] == i - 1 and prev is not None and cand.same_as is None:
                lead = self._lead(raw, sents[i - 1], hits_of(i - 1), undated[2], cand)
                if lead is not None:
                    # the undated sentence before names this contact's two sides and speaks of it first («… گزارش
                    # دیدار عراقچی و ویتکاف در دوحه را تکذیب کرد. روزنامه … نوشته بود که … هفته گذشته …»)
                    out[undated[1]] = (lead, dataclasses.replace(out[undated[1]][1], kept=True, reason=f"lead: the contact the next sentence dates ({cand.char_start})"))
                    cand = dataclasses.replace(cand, same_as=(lead.char_start, lead.char_end))
                    reason += f" (the contact the sentence before spoke of, at {lead.char_start})"
            elif cand is not None and lead_undated is not None and i - lead_undated[0] <= LEAD_REACH_SENTENCES and cand.same_as is None:
                lead = self._lead(raw, sents[lead_undated[0]], hits_of(lead_undated[0]), lead_undated[2], cand)
                if lead is not None:
                    # the lead of a question-and-answer write-up names the contact («الإحاطة … التي تركزت على عملية تبادل
                    # المحتجزين بين إيران والولايات المتحدة»), the first answer dates it: one contact
                    out[lead_undated[1]] = (lead, dataclasses.replace(out[lead_undated[1]][1], kept=True, reason=f"lead: the contact a sentence after it dates ({cand.char_start})"))
                    cand = dataclasses.replace(cand, same_as=(lead.char_start, lead.char_end))
                    reason += f" (the contact the lead spoke of, at {lead.char_start})"
            if cand is not None and cand.same_as is None and cand.date_precision == "day" and last is not None and 0 < i - last[1] <= 2 \
                    and out[last[0]][0].event_type in ("talks", "series", "agreement") and out[last[0]][0].date_precision == "day" \
                    and out[last[0]][0].parties == cand.parties and 0 < (out[last[0]][0].date_start - cand.date_start).days <= 14:
                word, another = _noun_at(view.text, self._main_cue(cues, groups, cur)[2])
                began = next((x for x in cues if _cue_kind(x[2].key) in ("talks", "series") and _BEGAN.match(raw, x[1])
                              and (raw.startswith("ال", x[0]) or raw[max(0, x[0] - 2) : x[0]] == "ال")), None)
                began = began or next((d for d in sent_dates[i] if d.date_start == cand.date_start and (
                    _BEGAN_ON.search(raw, max(s, d.start_char - 24), d.start_char)
                    # (Persian: «… که از ۶ فروردین در هتل بوریواژ آغاز شد», 'from' the day, the verb at the clause's end)
                    or (_FA_FROM.search(raw, max(s, d.start_char - 8), d.start_char) and _FA_BEGAN_AFTER.match(raw, d.end_char))
                )), None)
                if began is not None and not another:
                    # «انتهت أمس الاثنين في فيينا جولة المفاوضات …» then «وكانت الجولة قد بدأت الثلاثاء 18 تشرين الثاني», or
                    # «كانت تلك الأيام الثمانية، التي بدأت في 26 آذار/مارس …» after the deal they produced: the day the round
                    # reported (or the round of the deal) began, not another contact (its days now run from that day)
                    cand, ante = _day_of(out, last[0], cand)
                    reason += f" (the day the round reported at {ante.char_start} began)"
            if cand is not None and cand.same_as is None and cand.date_precision == "day" and last is not None \
                    and (0 < i - last[1] <= 2 or (0 < para_of[i] - para_of[last[1]] <= 2 and _same_ordinal(view.text, self._main_cue(cues, groups, cur)[2], out, last[0]))) \
                    and out[last[0]][0].event_type in ("talks", "series") and out[last[0]][0].date_precision == "day" \
                    and out[last[0]][0].parties == cand.parties and 0 < (cand.date_start - out[last[0]][0].date_end).days <= 14 \
                    and _ENDED.search(raw, s, e):
                # (further on, two paragraphs at most, when it names the round with the ordinal the round reported bore:
                # «انطلقت … الجولة الأولى» then, a paragraph later, «وانتهت الجولة الأولى يوم الجمعة، التاسع من الشهر»)
                main = self._main_cue(cues, groups, cur)[2]
                word, another = _noun_at(view.text, main)
                another = another and not _same_ordinal(view.text, main, out, last[0])
                if _cue_kind(main.key) in ("talks", "series") and not another and (doc.lang == "fa" or word.startswith(_DEFINITE)):
                    # «انطلاق الجولة الأولى …» under its dated heading, then «انتهت الجولة في 9 نيسان/أبريل …»: the day the
                    # round just reported ended, not another round (its days now run to that day)
                    cand, ante = _day_of(out, last[0], cand)
                    reason += f" (the day the round reported at {ante.char_start} ended)"
            if cand is not None and cand.same_as is None and last is not None and 0 < i - last[1] <= 2 and out[last[0]][0] is not None \
                    and cand.location_country is None and not any(m.kind == "state" for m in cand.mediators) \
                    and out[last[0]][0].parties == cand.parties and {cand.event_type, out[last[0]][0].event_type} <= {"talks", "meeting"} \
                    and any(y.date_start <= x.date_start and x.date_end <= y.date_end and (x.date_start, x.date_end) != (y.date_start, y.date_end)
                            for x, y in ((cand, out[last[0]][0]), (out[last[0]][0], cand))) \
                    and not _noun_at(view.text, self._main_cue(cues, groups, cur)[2])[1]:
                # «به ادعای این روزنامه، دیدار در هفته آخر اسفند … انجام شده» after the meeting near Oslo the paper claimed:
                # a contact that names no place or go-between, with the sides of the one just reported and a date within
                # its date (or around it), is that contact told again, its date made finer or coarser
                # (a claimed or denied contact told again is still claimed or denied)
                ante = out[last[0]][0]
                certainty = ante.certainty if cand.certainty == "reported" and ante.certainty in ("alleged", "denied") else cand.certainty
                cand = dataclasses.replace(cand, same_as=(ante.char_start, ante.char_end), certainty=certainty)
                reason += f" (the contact reported at {ante.char_start} again, its date within the other's)"
            if cand is not None and cand.same_as is None and cand.event_type in ("talks", "meeting", "series", "agreement") and cand.date_precision == "day":
                deal = self._deal_of_round(view, cur, cues, groups, out, s, cand)
                if deal is not None:
                    # «وكانت الجولة قد انطلقت في 26 مارس» after the deal reached on 2 April: the round that produced
                    # the deal is the deal's contact, its first day the deal's start (codebook section 3, rule 2)
                    cand, ante = _day_of(out, deal[0], cand)
                    reason += f" (the round that produced the deal reported at {ante.char_start})"
            if cand is not None and cand.same_as is None and cand.event_type == "agreement" and cand.date_precision == "day":
                j = next((k for k in range(len(out) - 1, -1, -1) if out[k][0] is not None and out[k][0].same_as is None), None)
                ante = out[j][0] if j is not None else None
                if ante is not None and ante.event_type in ("talks", "series") and ante.date_precision == "day" and ante.parties == cand.parties \
                        and ante.outcome != "no_agreement" and 0 < (cand.date_start - ante.date_start).days <= DEAL_ROUND_DAYS \
                        and s - ante.char_start <= 2 * ANAPHOR_REACH and cand.location_country in (None, ante.location_country):
                    # «الأربعاء 20 …: افتُتحت الجولة …» then, days on, «الأحد 24 …: وقّع الوزراء «خطة العمل المشتركة»»: the deal
                    # closes the round last reported, which is the deal's contact (codebook section 3, rule 2)
                    ante = dataclasses.replace(ante, event_type="agreement", outcome="agreement", date_end=cand.date_start,
                                               date_edtf=_edtf(ante.date_start, cand.date_start, "day"))
                    out[j] = (ante, out[j][1])
                    cand = dataclasses.replace(cand, date_start=ante.date_start, date_end=ante.date_end, date_edtf=ante.date_edtf,
                                               same_as=(ante.char_start, ante.char_end))
                    reason += f" (the deal that closed the round reported at {ante.char_start})"
            if cand is not None and cand.event_type == "message_exchange" and cand.same_as is None and last is not None \
                    and out[last[0]][0].event_type in ("prisoner_release", "agreement") and any(_ABOUT_THIS.match(raw, x[1]) for x in cues):
                # «سوئیس ماه‌ها پیام‌های دو طرف درباره این تبادل را جابه‌جا کرده بود»: the messages that prepared the
                # release (or deal) just reported are part of that contact (codebook section 3.2)
                ante = out[last[0]][0]
                cand = dataclasses.replace(cand, same_as=(ante.char_start, ante.char_end))
                reason += f" (the messages about the {ante.event_type.replace('_', ' ')} reported at {ante.char_start})"
            if cand is not None and cand.same_as is None and cand.event_type in ("talks", "message_exchange", "series") and last is not None \
                    and out[last[0]][0].event_type in ("prisoner_release", "agreement") and out[last[0]][0].same_as is None \
                    and para_of[i] - para_of[last[1]] <= 3 and cand.parties == out[last[0]][0].parties \
                    and any(_PRODUCT_OF.search(raw, max(s, x[0] - 24), x[0]) for x in cues if _cue_kind(x[2].key) == cand.event_type):
                # «مبادله امروز حاصل ماه‌ها گفت‌وگوی غیرمستقیم بود که در آن میانجی‌های قطری پیام‌های دو طرف را … جابه‌جا
                # می‌کردند»: the talks that produced the release (or deal) just reported are part of that contact
                # (codebook section 3.2), their go-betweens its go-betweens
                ante = out[last[0]][0]
                if cand.mediators and ante.format == "unknown":
                    out[last[0]] = (dataclasses.replace(ante, format="indirect"), out[last[0]][1])
                    ante = out[last[0]][0]
                cand = dataclasses.replace(cand, event_type=ante.event_type, date_start=ante.date_start, date_end=ante.date_end,
                                           date_precision=ante.date_precision, date_edtf=ante.date_edtf, format=ante.format,
                                           same_as=(ante.char_start, ante.char_end))
                reason += f" (the talks that produced the {ante.event_type.replace('_', ' ')} reported at {ante.char_start})"
            if cand is not None and cand.same_as is None and cand.event_type == "message_exchange" and cand.date_precision == "day" and last is not None \
                    and 0 < i - last[1] <= 3 and any(d.date_start == cand.date_start and _UNTIL_DAY.search(raw, max(s, d.start_char - 8), d.start_char) for d in sent_dates[i]):
                root = _root_of(out, last[0])
                j = next((k for k in range(len(out) - 1, -1, -1) if out[k][0] is root), None) if root is not None else None
                if root is not None and j is not None and root.event_type in ("talks", "meeting", "series") and root.date_precision == "day" \
                        and root.parties == cand.parties and 0 <= (cand.date_start - root.date_start).days <= 14:
                    # «نخستین دور گفت‌وگوهای وین … آغاز شد» then «انریکه مورا … تا ۲۰ فروردین پیام‌ها و پیشنهادها را میان دو هتل
                    # جابه‌جا کرد»: messages carried 'until' a day days after the round just reported began are that round's
                    cand, ante = _day_of(out, j, cand)
                    reason += f" (the messages of the round reported at {ante.char_start}, carried until its last day)"
            if cand is not None and that_was is not None and cand.event_type == that_was.event_type and cand.same_as is None:
                cand = dataclasses.replace(cand, same_as=(that_was.char_start, that_was.char_end))
                reason += f" (the contact reported at {that_was.char_start}, which the sentence dates)"
            if cand is not None and not cand.topics and para_of[i] > 0:
                # nothing in the sentence or the next ones says what it was about: the headline's subject
                # («محادثات فيينا لإحياء الاتفاق النووي …»), when it names one
                head = _topics(_cue_groups(headline_hits(i)))
                if head:
                    cand = dataclasses.replace(cand, topics=head)
            if cand is not None and cand.same_as is None and last is not None and last[1] == i - 1 and para_of[i - 1] == para_of[i] \
                    and raw[sents[i - 1][0] : sents[i - 1][1]].rstrip().endswith(("؛", ";")) and _RANKED_OPEN.match(raw, s):
                # «… حدود ٤٥ دقیقه رودررو گفت‌وگو کردند؛ بالاترین سطح دیدار رسمی دو کشور در آن سال‌ها»: a clause after the
                # semicolon that ranks the contact just reported (the highest, the first) is that contact, not another
                ante = out[last[0]][0]
                cand = dataclasses.replace(cand, same_as=(ante.char_start, ante.char_end), date_start=ante.date_start, date_end=ante.date_end,
                                           date_precision=ante.date_precision, date_edtf=ante.date_edtf, event_type=ante.event_type)
                reason += f" (ranks the contact reported at {ante.char_start}, before the semicolon)"
            if cand is not None and i > 0 and para_of[i - 1] == para_of[i] and raw[sents[i - 1][0] : sents[i - 1][1]].rstrip().endswith("؛") \
                    and _APPOSITION.match(raw, s) and (i - 1) in out_of_scope and out_of_scope[i - 1].startswith("out of scope"):
                # «… پس از تماس‌های مستقیم آمریکا و حماس … آزاد شد؛ تحولی که در تهران … تفسیر شد»: the clause after the
                # semicolon names what the clause before reported, a contact of other parties
                cand, reason = None, f"the clause before the semicolon, which it names, is another pair's contact ({out_of_scope[i - 1]})"
            if cand is not None and i > 0 and para_of[i - 1] == para_of[i] and raw[sents[i - 1][0] : sents[i - 1][1]].rstrip().endswith("؛") and _APPOSITION.match(raw, s):
                # «آمریکا پذیرفت ۲۷۸ میلیون دلار … بپردازد؛ توافقی که در چارچوب دیوان … حاصل شد»: the clause after the
                # semicolon names what the clause before reported; the evidence is both
                qs = sents[i - 1][0]
                if cand.char_end - qs <= MAX_QUOTE + MAX_QUOTE // 2:
                    cand = dataclasses.replace(cand, char_start=qs, quote=raw[qs : cand.char_end])
                    reason += " (with the clause before the semicolon, which it names)"
            if (
                (cand is None or cand.same_as is not None) and "continuation" in groups and last is not None and 0 < i - last[1] <= 4
                and para_of[i] - para_of[last[1]] <= 2
                and (any(_cue_kind(x[2].key) == "agreement" for x in cues) or "outcome_agreement" in groups or _DECIDED.search(raw, s, e))
                and out[last[0]][0].event_type in ("talks", "meeting", "visit", "series", "message_exchange") and out[last[0]][0].outcome == "unknown"
                # (the next round a sentence schedules is what was agreed: «اتفقا على مواصلة المحادثات، على أن تُعقد الجولة
                # المقبلة السبت المقبل»; not a contact itself to come, «سيتفق الطرفان على مواصلة …»)
                and not (groups & {"hypothetical", "negation", "negation_before", "outcome_no_agreement"})
                and not ("future" in groups and not _DECIDED.search(raw, s, e))
                and not any(h.cat == "cue" and h.key == "deal_name" for _, _, h in cur)
            ):
                # «وتوافق الجانبان على مواصلة المحادثات», «قرار شد جلسه دیگری برگزار شود» after the contact, with no date or
                # sides of its own (or as a further mention of it): the agreement to go on talking is that contact's
                # outcome (partial, codebook section 12)
                ante = out[last[0]][0]
                out[last[0]] = (self._fold(ante, outcome="partial"), out[last[0]][1])
                reason += f"; an agreement to go on talking: the outcome (partial) of the contact reported at {ante.char_start}"
            if (
                cand is None and reason.startswith("no date in the sentence or its context") and last is not None and 0 < i - last[1] <= 2
                and para_of[last[1]] == para_of[i]
                and not groups & {"future", "hypothetical", "negation", "denial", "statement", "generic", "habitual"}
                and any(_same_family(_cue_kind(x[2].key), out[last[0]][0].event_type) for x in cues) and not any(_noun_at(view.text, x[2])[1] for x in cues)
                # (its go-between named again is no other side: «… درباره وضعیت امنیتی عراق گفت‌وگو کردند» after the talks Iraq hosted)
                and {h.key for _, _, h in cur if h.cat == "state" and h.extra != "capital"} <= set(out[last[0]][0].parties) | {m.actor_id for m in out[last[0]][0].mediators}
            ):
                # «نشست سه‌جانبه دو روز ادامه یافت، اما …» a sentence or two after the contact, in its paragraph, with
                # no date, side or 'new round' of its own: that contact named again (a further mention of it)
                ante = out[last[0]][0]
                qs, qe = _quote_span(raw, s, e, cues[0][0])
                cand, reason = _said_again(ante, raw, qs, qe), f"the contact reported at {ante.char_start}, named again"
            # (or a denied contact the sentence dates only by the one before: «ونفى المتحدث … تلقي أي رسالة أمريكية عبر بغداد»)
            if (cand is None or (cand.same_as is None and cand.certainty == "denied" and reason.startswith("kept (date from context)"))) \
                    and last is not None and 0 < i - last[1] <= 2 and out[last[0]][0].same_as is None:
                ante = out[last[0]][0]
                span = (ante.char_start, ante.char_end)
                # (with the go-betweens its further mentions named: «السودانی در این سفر پیامی … منتقل کرد»)
                later_meds = [m for c, _ in out[last[0]:] if c is not None and c.same_as == span for m in c.mediators]
                if self._denies_the_last(raw, view.text, doc.lang, cur, cues, groups, ante, later_meds) is not None:
                    # «… پیامی از سوی دولت آمریکا … به مقامات ایرانی منتقل کرد» then «سخنگوی وزارت امور خارجه … دریافت
                    # هرگونه پیام از طریق بغداد را تکذیب کرد»: a side (or the go-between) denying a contact of that kind,
                    # a sentence or two after it was reported, denies that contact (codebook section 6)
                    out[last[0]] = (dataclasses.replace(ante, certainty="denied"), out[last[0]][1])
                    for k in range(last[0] + 1, len(out)):
                        if out[k][0] is not None and out[k][0].same_as == span:
                            out[k] = (dataclasses.replace(out[k][0], certainty="denied"), out[k][1])
                    if cand is not None:
                        qs, qe = _quote_span(raw, s, e, cues[0][0])
                        cand, reason = _said_again(out[last[0]][0], raw, qs, qe), "kept (a further mention)"
                    reason += f"; it denies the contact reported at {ante.char_start}"
            if cand is not None and cand.event_type == "message_exchange" and cand.same_as is None and (
                _undelivered(hits_of(i)) or (i + 1 < len(sents) and para_of[i + 1] == para_of[i] and (
                    _undelivered(hits_of(i + 1)) or _nothing_received(view.text, hits_of(i + 1))) and not self._other_route(raw, hits_of(i + 1), cand))
            ):
                # «… أنه كتب رسالة إلى المرشد …» then «المفاجئ أن الرسالة … لم تصل إلى طهران»: a message its sentence or
                # the next says has not reached its addressee was not exchanged (codebook section 2)
                cand, reason = None, "a message that has not arrived"
            elif cand is not None and cand.event_type == "message_exchange" and cand.same_as is None:
                # a message of the last days that the headline, or a sentence with no date of its own elsewhere in the
                # article, says has not arrived (««رسالة ترامب» التي تحدّث عنها الجميع ولم يتسلّمها أحد»), or an older one
                # that such a sentence names by its sender («نامه کارتر هرگز به مقصد نرسید»): not exchanged
                recent = doc.publication_date is not None and 0 <= (doc.publication_date - cand.date_start).days <= UNDELIVERED_RECENT_DAYS
                senders = {h.key for _, _, h in cur if h.cat == "person"}
                gone = next((k for k in range(len(sents)) if k != i and not sent_dates[k] and _undelivered(hits_of(k))
                             and (recent or senders & {h.key for _, _, h in hits_of(k) if h.cat == "person"}) and not self._other_route(raw, hits_of(k), cand)), None)
                if gone is not None and any(h.cat == "cue" and h.key == "denial" for _, _, h in hits_of(gone)) and _REPORTED_BY.search(raw, s, e):
                    # «نقلت رويترز … أن ترامب بعث عبر عُمان برسالة» then «لكن المتحدث … نفى الرواية، قائلاً إن أي رسالة لم
                    # تصل»: a side denying that the message reported arrived denies the contact (codebook section 6)
                    cand, reason = dataclasses.replace(cand, certainty="denied"), reason + f" (denied at {sents[gone][0]}: it has not arrived)"
                elif gone is not None:
                    cand, reason = None, f"a message that has not arrived (said at {sents[gone][0]})"
            if cand is not None and reason.startswith("kept (date from context)") and cand.same_as is None and not (
                last is not None and last[1] == prev and out[last[0]][0] is not None and out[last[0]][0].date_start == cand.date_start
            ) and "with the clause before the semicolon" not in reason and not heading and not head_dates and not (
                # (a meeting 'on the sidelines' of the gathering the sentence before dates: «… از ۶ تا ۱۴ آذر ۱۳۸۰ … گروه‌های
                # افغان … گرد آمدند» then «… در حاشیه کنفرانس، ظریف و دابینز هر روز با هم دیدار می‌کردند»)
                _SIDELINES_OF_GATHERING.search(view.text, bisect_left(view.starts, s), bisect_left(view.starts, e)) is not None
                # (or met 'every morning' over the days the sentence before spans: «… أمضى الأيام الممتدة بين 27 تشرين
                # الثاني/نوفمبر و5 كانون الأول/ديسمبر 2001 في فندق بيترسبرغ …» then «وكان يلتقي كل صباح تقريباً … ظريف»)
                or (cand.date_precision == "day" and cand.date_end is not None and cand.date_end > cand.date_start
                    and _DAILY.search(view.text, bisect_left(view.starts, s), bisect_left(view.starts, e)) is not None)
                # (or opens with 'at that time', «در آن زمان دو دولت … به توافق رسیدند» after «… در نوامبر ۱۹۹۱ بود»: the time
                # of the sentence before, named as such)
                or _AT_THAT_TIME.match(raw, s) is not None):
                # the day of the sentence before dates a new contact only when that sentence reported a contact on that
                # day: otherwise the day is another happening's (a statement, a press conference, a strike, a
                # publication: «… أعلن الأربعاء … . وكانت المحادثات …») and the contact has no date of its own. (Measured
                # on the golden and dev sets, a new event founded on such a day was right in 6 cases out of 13.) The
                # clause after a semicolon that names the clause before («…؛ توافقی که …») is that clause's contact,
                # and a chronology's dated heading line dates the entry under it (all of it, up to its first date).
                cand, reason = None, "dated only by the sentence before, which reports no contact on that day"
                root = _root_of(out, last[0]) if last is not None and 0 < i - last[1] <= 2 and para_of[last[1]] == para_of[i] else None
                if root is not None and not self._strong(cues, cur):
                    # «یکشنبه: چهارمین دور … در مسقط برگزار شد؛ …» then «هیئت ایران … و هیئت آمریکا … در دو اتاق جداگانه
                    # نشستند و بدر البوسعیدی … پیشنهادها و پاسخ‌ها را میان آن‌ها جابه‌جا کرد»: the delegations of the
                    # contact just reported, and its go-between
                    again = self._mediators_after(raw, s, e, cur, root)
                    if again is not None:
                        cand, reason = again, f"the go-between of the contact reported at {again.same_as[0]}"
            if cand is not None and cand.same_as is None and cand.date_precision == "day" and not (self.required <= self._sides_named(cur)):
                again = next((j for j, kinds, days in scoped_days if cand.date_start in days and cand.event_type in kinds), None)
                if again is not None:
                    # «عقد نائبا وزير الخارجية الإيراني، اليوم الجمعة، اجتماعاً … مع المديرين السياسيين في … فرنسا وبريطانيا
                    # وألمانيا» then, paragraphs later, «ويرى مراقبون أن اجتماع اليوم …» naming one side or none: the contact
                    # of a side with a third party, reported on that day, said again, not the two sides' contact
                    cand, reason = None, f"the contact of another pair reported for that day at {sents[again][0]} again"
            if cand is not None and cand.same_as is None and planned is not None and not (last is not None and last[1] > planned[0]):
                main_rs, main_re, main = self._main_cue(cues, groups, cur)
                dem = (main_rs, main_re) if _same_family(_cue_kind(main.key), planned[1]) and _DEMONSTRATIVE_BEFORE.search(raw, max(s, main_rs - 8), main_rs) else None
                if dem is not None:
                    # «قرار است فردا دوشنبه … دیدار کنند» then «متکی امروز یکشنبه گفت موضوع این دیدار …»: 'this meeting' is the
                    # planned one reported before, not a contact held on the day of the statement
                    cand, reason = None, f"the contact planned at {sents[planned[0]][0]} again («{raw[dem[0] : dem[1]]}» with a demonstrative)"
            out.append((cand, Decision(s, e, cue_text, cand is not None, reason)))
            if cand is None and reason.startswith(("future or planned", "hypothetical")):
                planned = (i, _cue_kind(self._main_cue(cues, groups, cur)[2].key))
            undated = (i, len(out) - 1, cues) if cand is None and reason == "no date in the sentence or its context" else None
            if undated is not None and 0 < para_of[i] <= lead_para:
                lead_undated = undated
            if cand is not None:
                last = (len(out) - 1, i)
                if self.required <= self._sides_named(cur):
                    last_sided = i  # (the sentence of the last contact that names its sides itself)
                lead_undated = None
                if cand.same_as is None and cand.event_type in ("talks", "series") and self.required <= cand.parties:
                    # (with the next sentence of its paragraph, which may be the one that named its sides)
                    # (and the hits of the round it took its sides from, for the round after it)
                    last_round = (i, hits_of(i) + (hits_of(i + 1) if i + 1 < len(sents) and para_of[i + 1] == para_of[i] else []) + borrowed)
        for k, (c, d) in enumerate(out):
            if c is None or c.event_type != "series" or c.same_as is not None:
                continue
            n = _series_count(c.quote[c.quote.find(d.cue) :] if d.cue in c.quote else d.cue)
            if n is None and (m := _IN_N_CITIES.search(c.quote)) is not None:
                n = 2 if m.group(1) is None else _series_count(m.group(1))  # «در سه شهر», «في عاصمتين»
            members = [x for x, _ in out if x is not None and x.same_as is None and x.event_type in ("talks", "meeting")
                       and x.parties == c.parties and c.date_start <= x.date_start <= c.date_end]
            if n is not None and len(members) >= n:
                # «استضافت بغداد في عام 2007 ثلاث جولات علنية …» over a chronology that reports the three rounds one by
                # one: the aggregate recounts them, it is no contact of its own (a count larger than the rounds told,
                # «خمس جولات» beside the fifth, stays a series)
                out[k] = (None, dataclasses.replace(d, kept=False, reason=f"an aggregate of {n} rounds, all reported one by one in the article"))
                out = [(None, dd) if x is not None and x.same_as == (c.char_start, c.char_end) else (x, dd) for x, dd in out]
        root = None  # (index in out of the last contact reported, not a further mention of one)
        for k in range(len(out)):
            c, d = out[k]
            if c is None or c.same_as is not None:
                continue
            a = out[root][0] if root is not None else None
            if a is not None and c.event_type == a.event_type == "message_exchange" and c.date_precision == a.date_precision == "day" \
                    and c.parties == a.parties and 0 <= (c.date_start - a.date_end).days <= REPLY_DAYS \
                    and {m.actor_id for m in c.mediators} <= {m.actor_id for m in a.mediators} and _REPLY_TERM.search(norm(c.quote)):
                # «وجاء الرد الأمريكي عبر القناة نفسها يوم الأربعاء 24 آب/أغسطس» right after Iran's written remarks of the
                # 15th: a reply, with no other go-between, to the exchange last reported is that exchange (codebook
                # section 3: one event per channel and period), its days widened to the reply's
                wide = _widened(a, c, REPLY_DAYS)
                if wide is a:
                    root = k
                    continue
                out[root] = (wide, out[root][1])
                at, span = (wide.char_start, wide.char_end), (c.char_start, c.char_end)
                out[k] = (dataclasses.replace(c, date_start=wide.date_start, date_end=wide.date_end, date_edtf=wide.date_edtf, same_as=at),
                          dataclasses.replace(d, reason=d.reason + f" (a reply in the exchange reported at {wide.char_start})"))
                out = [(dataclasses.replace(x, same_as=at) if x is not None and x.same_as == span else x, dd) for x, dd in out]
                continue
            root = k
        if any(c is not None and not c.topics and c.same_as is None for c, _ in out):
            # nothing near the mention or in the headline says what the contact was about: the subjects the whole
            # article keeps returning to («الملف النووي», «العقوبات» …), as an annotator reads it: each topic named in
            # DOC_TOPIC_MIN_MENTIONS places or more, and at least half as often as the most named one. On the golden
            # and dev sets this left 10 matched events without topics instead of 39 (exact topic sets right 231 times
            # against 230); a single mention, or every topic named twice, added topics the contact was not about.
            seen: Counter = Counter()
            reach: dict[str, int] = {}
            for h in hits:  # (sorted by start) overlapping words of a topic are one mention: «البرنامج النووي» holds «النووي»
                if h[0] == "cue" and h[1].startswith("topics.") and h[1] != "topics.other":
                    if h[2] >= reach.get(h[1], -1):
                        seen[h[1]] += 1
                    reach[h[1]] = max(reach.get(h[1], -1), h[3])
            most = max(seen.values(), default=0)
            doc_topics = frozenset(k.split(".", 1)[1] for k, n in seen.items() if n >= DOC_TOPIC_MIN_MENTIONS and 2 * n >= most)
            if doc_topics:
                out = [(dataclasses.replace(c, topics=doc_topics) if c is not None and not c.topics and c.same_as is None else c, d) for c, d in out]
        if any(c is not None and c.topics == {"nuclear"} and c.event_type in _NEGOTIATIONS for c, _ in out):
            # nuclear talks in an article that speaks of lifting sanctions: their relief is the other half of the
            # bargain («برنامه هسته‌ای و لغو تحریم‌ها», «رفع العقوبات»), as annotators read the agenda (codebook section 11)
            relief = sum(1 for h in hits if h[0] == "cue" and h[1] == "topics.sanctions" and h[4].split(" ", 1)[0] in _RELIEF_WORDS)
            if relief >= SANCTIONS_MIN_MENTIONS:
                out = [(dataclasses.replace(c, topics=c.topics | {"sanctions"}) if c is not None and c.topics == {"nuclear"} and c.event_type in _NEGOTIATIONS else c, d) for c, d in out]
        if any(c is not None and c.event_type in ("prisoner_release", "agreement") and c.mediators for c, _ in out) and any(
            h[0] == "cue" and h[1] == "mediation.guarantor" for h in hits
        ):
            out = self._doc_guarantors(out, sents, hits_of, view.text)
        if any(c is not None and c.rule == "rules:anaphor" and not c.participants for c, _ in out):
            # a further mention naming the sides' people («وجلس … عباس عراقجي و… ستيف ويتكوف في قاعتين منفصلتين»): they
            # are participants of the contact, as its first mention's would be (codebook section 9)
            firsts = [a for a, _ in sents]
            for k, (c, d) in enumerate(out):
                if c is not None and c.rule == "rules:anaphor" and not c.participants:
                    found = self._named_participants(raw, hits_of(bisect_left(firsts, c.char_start + 1) - 1), c, speakers=False)
                    if found:
                        out[k] = (dataclasses.replace(c, participants=found), d)
        if self._members_named:
            # the members of a negotiating group that a mention names («بين إيران ومجموعة الدول الست، وهي الولايات المتحدة
            # وروسيا والصين …») are parties of its contact too (codebook section 9); added last, so that the rules
            # above compare contacts by their two sides
            out = [(dataclasses.replace(c, parties=c.parties | self._members_named[(c.char_start, c.char_end)])
                    if c is not None and (c.char_start, c.char_end) in self._members_named else c, d) for c, d in out]
        return out

    def _doc_guarantors(self, out, sents, hits_of, text: str):
        """A state mediating a release or a deal that a later sentence of the article says holds or oversees what
        the deal hands over («الأموال … وهي الآن تحت إشراف دولة قطر», «دولت قطر بر هزینه‌شدن این پول … نظارت خواهد
        کرد»; :meth:`_guarantors`, which reads one sentence and the next ones of a release) is that contact's
        guarantor (codebook section 9, the most active role), with its officials mediating it: the contact is the
        last release or deal reported before the sentence that this state mediates (the funds of the 2023
        exchange are the release's, not those of the understanding weeks before)."""
        res = list(out)
        for k in range(len(sents)):
            holders = set(self._guarantors(hits_of(k), text))
            if not holders:
                continue
            for j in range(len(res) - 1, -1, -1):
                c = res[j][0]
                if c is None or c.char_start >= sents[k][0]:
                    continue
                if c.event_type in ("prisoner_release", "agreement") and any(m.kind == "state" and m.actor_id in holders for m in c.mediators):
                    held = {m.actor_id for m in c.mediators if m.kind == "state" and m.actor_id in holders}
                    meds = [
                        dataclasses.replace(m, mediation_role="guarantor") if (m.actor_id in held or (m.kind == "person" and m.country in held)) else m
                        for m in c.mediators
                    ]
                    res[j] = (dataclasses.replace(c, mediators=meds), res[j][1])
                    break
        return res

    def _lead(self, raw: str, span: tuple[int, int], hits, cues, cand: Candidate) -> Candidate | None:
        """The mention of ``cand`` in the undated sentence ``span`` before it, when that sentence names both of
        the contact's sides itself (a release's headline, one of them: the freed are one side's people) and speaks of
        a contact of a kind that can be the same (talks, a meeting, a visit are one; a deal, a release, a message, a
        series only their own kind). None otherwise."""
        kinds = {_cue_kind(h.key) for _, _, h in self._strong(cues, hits)}  # ('sending forces', «اعزام نیروها», is no contact word)
        talk = {"talks", "meeting", "visit"}
        if not (cand.event_type in kinds or (cand.event_type in talk and kinds & talk)):
            return None
        named = self._sides_named(hits)
        if not cand.parties <= named and not (cand.event_type == "prisoner_release" and "prisoner_release" in kinds and cand.parties & named):
            # (a release headline names the freed, one side's people: «وصول خمسة امريكيين الى الدوحة بعد الافراج عنهم»)
            return None
        qs, qe = _quote_span(raw, span[0], span[1], cues[0][0])
        return dataclasses.replace(
            cand, char_start=qs, char_end=qe, quote=raw[qs:qe], rule="rules:lead", confidence=round(max(0.05, cand.confidence - 0.1), 3),
            date_text=None, date_calendar=None, participants=[], mediators=[], same_as=None,
        )

    def _two_events(self, doc, raw, view, s, e, cur, cues, dates, prev_h, prev_d, earlier) -> list[tuple[Candidate, Decision]] | None:
        """A sentence reporting two contacts in two clauses, each with its own cue and its own, different,
        date («التقيا في 26 سبتمبر، قبل أن يتوصلا أمس إلى اتفاق»): one candidate per clause. The second
        clause may take its sides from the first. None when the sentence is one contact."""
        if len(cues) < 2 or len(dates) < 2:
            return None  # (two clauses need two cues and two dates: decided before the dates are read)
        pub = doc.publication_date
        # ('since' dates start a state, they do not date a contact: see _sentence)
        since = self._since_words(view)
        usable = [d for d in dates if d.date_start is not None and (pub is None or d.date_start <= pub) and not _after_since(raw, d, since)]
        if len(cues) < 2 or len({(d.date_start, d.date_precision) for d in usable}) < 2 or _RESPECTIVELY.search(raw, s, e):
            return None  # 'respectively': one predicate over a list of dates (a series the annotator splits)
        for m in _CLAUSE_BREAK.finditer(raw, s, e):
            k, k2 = m.start(), m.end()
            if _BEGAN.match(raw, k2):
                continue  # «…، التي كانت قد بدأت صباح الاثنين»: the start of the same contact, not another
            if _AFTER_ROUND.match(raw, k2) and any(_cue_kind(x[2].key) == "agreement" and x[1] <= k for x in cues):
                # «أعلنت … التوصل إلى «خطة العمل …»، بعد مفاوضات ماراثونية … بدأت في 27 حزيران»: the round that produced
                # the deal is the deal's contact (codebook section 3), not another
                continue
            left_d = [d for d in usable if d.end_char <= k]
            right_d = [d for d in usable if d.start_char >= k2]
            # the clauses' dates must exclude each other ('in 2003 ... a meeting in May 2003' is one contact)
            if not left_d or not right_d or any(a.date_start <= (b.date_end or b.date_start) and b.date_start <= (a.date_end or a.date_start) for a in left_d for b in right_d):
                continue
            if _UNTIL_DAY.search(raw, max(k2, right_d[0].start_char - 8), right_d[0].start_char):
                continue  # «وارد تهران شد و تا ۷ خرداد … گفت‌وگو کرد»: 'until' the day, the same contact's end
            if _began_ended(raw, left_d[-1:] + right_d[:1], None) is not None:
                continue  # «… که از چهارشنبه آغاز شده بود، یکشنبه … به پایان رسید»: the days it began and ended
            if not any(c[1] <= k for c in cues) or not any(c[0] >= k2 for c in cues):
                continue
            if _DURING_IT.search(raw, k2, min(e, k2 + 40)):
                continue  # «… قد انطلقت في 27 كانون الأول/ديسمبر، وتولى مورا خلالها … نقل الرسائل»: what went on during that contact
            out = []
            for a, b, ph, pd_, ea in ((s, k, prev_h, prev_d, earlier), (k2, e, [x for x in cur if x[1] <= k], [d for d in dates if d.end_char <= k], [*earlier, *cur])):
                part = [x for x in cur if a <= x[0] and x[1] <= b]
                part_cues = [x for x in cues if a <= x[0] and x[1] <= b]
                cand, reason = self._sentence(doc, raw, view, a, b, part, part_cues, [d for d in dates if a <= d.start_char and d.end_char <= b], ph, pd_, ea)
                if cand is None or cand.rule.endswith(":context-date"):
                    # (a clause whose own days were another happening's, dated by the other clause, «… أفرجت إيران صباح
                    # أمس الأربعاء عن عشرة بحارة … احتجزتهم … يوم الثلاثاء، بعد سلسلة اتصالات هاتفية …»: one contact)
                    return None
                out.append((cand, Decision(a, b, raw[part_cues[0][0] : part_cues[0][1]], True, reason + " (one of two contacts in the sentence)")))
            x, y = out[0][0], out[1][0]
            if (
                {x.event_type, y.event_type} == {"talks", "meeting"}
                and x.parties == y.parties
                and (None in (x.location_country, y.location_country) or x.location_country == y.location_country)
                and abs((x.date_start - y.date_start).days) <= 14
            ):
                return None  # a round and its meetings a few days apart («بعد خمسة أيام من الاجتماعات التي انطلقت …»): one contact
            return out
        return None

    def _sentence(self, doc, raw, view, s, e, cur, cues, dates, prev_hits, prev_dates, earlier=(), later=(), groups=None, heading=False) -> tuple[Candidate | None, str]:
        """``groups``: ``_cue_groups(cur)`` when the caller has it."""
        if groups is None:
            groups = _cue_groups(cur)
        has = groups.prefixes
        # ---- exclusions
        cue_rs, cue_re, cue_hit = self._main_cue(cues, groups, cur)
        etype = _cue_kind(cue_hit.key)
        if etype == "talks" and "deal_concluded" in groups and "outcome_no_agreement" not in groups and _AFTER_TALKS.search(raw, max(s, cue_rs - 48), cue_rs):
            deal = next((x for x in cues if _cue_kind(x[2].key) == "agreement" and x[0] >= cue_re), None)
            if deal is not None:
                # «بعد مفاوضات ماراثونية … أعلنت إيران ومجموعة 5+1 التوصل إلى خطة العمل», «پس از ۱۸ روز مذاکره … دستیابی
                # به برنامه جامع اقدام مشترک را اعلام کردند»: the talks are what came before the deal the sentence reports
                cue_rs, cue_re, cue_hit = _release_of(deal, cues)
                etype = _cue_kind(cue_hit.key)
        if "press_conference" in has:
            return None, "press conference"
        if etype == "meeting" and all(_cue_kind(x[2].key) == "meeting" for x in cues):
            vs, ve = bisect_left(view.starts, s), bisect_left(view.starts, e)
            if _spoke_at(view.text, vs, ve) and all(_IN_THE_SESSION.search(view.text, max(vs, x[2].vstart - 12), x[2].vstart) for x in cues):
                # «ظریف و کری دیروز در اجلاس امنیتی مونیخ سخنرانی کردند», «ألقى الوزيران كلمتين في اجتماع الجمعية العامة»:
                # the sides spoke at a gathering they both attended; a speech there is no contact between them (a meeting
                # they held on its sidelines is told with a contact word of its own)
                return None, "speeches at a gathering, no contact"
        # (_negated and _near need a cue of their group in the sentence)
        def negated(h: Hit) -> bool:
            return ("negation" in groups and self._negated(view, h, cur)) or (doc.lang == "fa" and (
                _fa_negated_verb(view.text, h.vend) or _never_held_after(view.text, h.vend))) or _refuses(view.text, h, doc.lang)

        before_cue = raw[max(s, cue_rs - 40) : cue_rs]
        if _holds_any(before_cue, _LESSON_KEYS) and _LESSON_OF.search(raw, max(s, cue_rs - 40), cue_rs) and not any(d.calendar != "relative" for d in dates):
            # «امروز که به آن روز نگاه می‌کنیم، … تفاوتش با تجربه نخستین توافق دو کشور به چشم می‌آید», «درس اتفاق الجزائر»: a
            # contact named as an experience, a lesson or a precedent, in a sentence with no date but the writer's now
            return None, "a contact named as a lesson or a precedent, not reported"
        if _holds_any(before_cue, _SKILL_KEYS) and _SKILL_IN.search(raw, max(s, cue_rs - 30), cue_rs):
            # «ما تملكه مسقط اليوم: … وخبرة في نقل الرسائل», «تجربه‌ای طولانی در انتقال پیام»: a skill in such contacts, not one
            return None, "a skill or experience in such contacts, not one contact"
        if negated(cue_hit):
            # «… یادآوری کرد که این نخستین پیام ترامپ نیست: «در خرداد ۱۳۹۸ هم آبه پیامی از ترامپ به تهران آورد»»: a contact
            # told after a colon that opens a quotation or an example is a clause of its own, not the negated one
            opened = _QUOTE_OPENS.search(raw, cue_re, e)
            # (with a day of its own inside: not a statement quoted after the colon, «اضافه کرد: «… مذاکره … را منع نکردم»»)
            told = next((x for x in cues if opened is not None and x[0] >= opened.end() and not negated(x[2])
                         and any(d.start_char >= opened.end() and d.date_start is not None for d in dates)), None)
            if told is None:
                return None, "negated"
            cues = [x for x in cues if x[0] >= told[0]]
            cue_rs, cue_re, cue_hit = told
            etype = _cue_kind(cue_hit.key)
        if "negation_before" in has and self._near(cur, cue_hit, "negation_before", before=4, after=0):
            # (a deal 'without' which talks told before it ended, «محادثات استمرت يومين … من دون أن يعلن الطرفان التوصل
            # إلى اتفاق»: the talks were held, the deal is what is negated)
            held = next((x for x in cues if x[1] <= cue_rs and _cue_kind(x[2].key) in ("talks", "meeting", "series")
                         and not self._near(cur, x[2], "negation_before", before=4, after=0)), None) if etype == "agreement" else None
            if held is None:
                return None, "negated ('without any meeting …')"
            cue_rs, cue_re, cue_hit = held
            etype = _cue_kind(cue_hit.key)
        # (what a message says — 'readiness to talk', 'conditions' — is its content: after a message word only
        # a marker right behind it makes the message itself hypothetical)
        # (a deal word that is the aim of the contact the sentence reports — «الاجتماع … في محاولة أخيرة لإبرام اتفاق» —
        # is judged with that aim below: the attempt is the deal's, not the meeting's)
        previous = False  # (the contact is a previous round named after a coming one)
        aimed = "aim" in has and etype == "agreement" and self._near(cur, cue_hit, "aim", before=8, after=4)
        if "hypothetical" in has and not aimed and self._near(cur, cue_hit, "hypothetical", before=8, after=1 if etype == "message_exchange" else 4) \
                and not self._past_clause_between(raw, cur, cue_rs, dates, doc.publication_date):
            return None, "hypothetical"
        if etype in ("prisoner_release", "agreement") and all(
                _cue_kind(x[2].key) in ("prisoner_release", "agreement") and _OFFERED_BEFORE.search(raw, max(s, x[0] - 30), x[0]) for x in cues):
            # «عرض ظريف في نيسان/أبريل الماضي مبادلة شاملة للمحتجزين», «پیشنهاد مبادله زندانیان»: a swap or a deal offered,
            # not one made
            return None, "an offer of a release or a deal, not one made"
        if "weak_contact" in groups and all(_cue_kind(x[2].key) == "visit" and _APPOINTED_BEFORE.search(raw, max(s, x[0] - 90), x[0]) for x in cues):
            # «اختار … بلينكن هذا الأسبوع روبرت مالي مبعوثاً خاصاً للملف الإيراني»: an envoy appointed, not a trip
            return None, "an envoy appointed, not a trip"
        if all(_after_any(view.text, x[2]) and _MUST_AFTER.match(view.text, x[2].vend) for x in cues):  # (the cheaper test first)
            # «أي لقاء يجب أن يسبقه «تغيير جوهري»», «هر دیداری باید …»: a condition set on any contact, none held
            return None, "hypothetical ('any meeting must …')"
        if etype in ("meeting", "talks", "message_exchange") and self._view_holds(view, s, e, _ATTEMPT_KEYS) \
                and all(self._attempted(raw, s, e, x[0], x[1]) for x in cues):
            # «تلاش امانوئل مکرون برای برقراری تماس تلفنی میان روحانی و ترامپ … به نتیجه نرسید», «مکرون می‌کوشد … یک
            # گفت‌وگوی تلفنی میان او و ترامپ ترتیب دهد», «محاولة لترتيب لقاء»: an attempt to arrange a contact, not one held
            return None, "an attempt to arrange the contact, not the contact"
        if cue_hit.term in _AR_IMPERFECT and all(x[2].term in _AR_IMPERFECT for x in cues) and not _WAS_BEFORE.search(raw, max(s, cue_rs - 30), cue_rs) \
                and not any(d.date_start is not None and d.calendar != "relative"
                            and (doc.publication_date is None or (doc.publication_date - d.date_start).days > HISTORIC_PRESENT_DAYS)
                            and d.end_char <= cue_rs and _ENTRY_HEAD.match(raw, d.end_char) for d in dates):
            # (a caption's or a chronology's entry headed by its own past date, «الجزائر، 1 نوفمبر 1979: بريجنسكي يلتقي
            # بازركان», tells a contact held then in the historic present; so does one headed by its own full date in a
            # text with no publication date, a chronology's usual form)
            # «ويلتقي اليوم الثلاثاء في مسقط المديرون السياسيون …»: an Arabic imperfect (not after «كان»), a contact
            # that is under way or to come, not one reported as held
            return None, "present or future ('meets today': an Arabic imperfect verb), not reported as held"
        if "hypothetical" in has and any(
            h.key == "hypothetical" and h.term in _IF_WORDS and rs < cue_rs and self._within(h, cue_hit, 16, 0)
            and not _COMMA_BREAK.search(raw, re_, cue_rs) and not _APODOSIS.search(raw, re_, cue_rs)
            for rs, re_, h in cur
        ):
            # «إذا لم تستأنف طهران تعاونها مع الوكالة … وتعود إلى طاولة التفاوض»: the contact word inside an 'if'
            # clause, however long
            return None, "hypothetical ('if' heads its clause)"
        if doc.lang == "fa" and self._view_holds(view, s, e, _FA_ASKED_KEYS) and _FA_ASKED_THAT.search(view.text, bisect_left(view.starts, s), cue_hit.vstart) \
                and _FA_SUBJUNCTIVE_END.search(view.text, cue_hit.vend, min(bisect_left(view.starts, e), cue_hit.vend + 60)):
            # «نه تهران و نه واشنگتن از بغداد نخواسته‌اند که میزبان گفت‌وگوی آن‌ها باشد», «خواستار شد که دور بعدی در
            # مسقط برگزار شود»: a contact asked for, in the subjunctive, is not one held
            return None, "asked for ('خواستند که … باشد'), not held"
        if doc.lang == "fa" and "باید" in view.text[max(0, cue_hit.vstart - 48) : cue_hit.vstart] \
                and _FA_MUST_BEFORE.search(view.text, max(bisect_left(view.starts, s), cue_hit.vstart - 48), cue_hit.vstart) \
                and _FA_SUBJUNCTIVE_NEXT.match(view.text, cue_hit.vend):
            # «منتقدان می‌گفتند ایران نباید زندانی را با پول معامله کند», «دو طرف باید دوباره دیدار کنند»: a contact said to
            # be due or barred, in the subjunctive, is not one held
            return None, "said to be due or barred ('باید / نباید … کند'), not held"
        if etype in ("meeting", "talks") and self._view_holds(view, s, e, _GREETING_KEYS) and self._view_holds(view, s, e, _ONLY_GREETINGS_KEYS) \
                and _ONLY_GREETINGS.search(view.text, bisect_left(view.starts, s), bisect_left(view.starts, e)):
            # «بر سر یک میز نشستند، اما … جز احوال‌پرسی کوتاه سخنی میانشان رد و بدل نشد», «لم يتبادلا سوى التحية»: a
            # shared table where nothing but greetings passed is no contact (held-out README: same room, no contact)
            return None, "nothing but greetings exchanged: no contact"
        if self._view_holds(view, s, e, _DAYS_WHEN_KEYS) and all(
                _DAYS_WHEN.search(view.text, max(bisect_left(view.starts, s), x[2].vstart - DAYS_WHEN_REACH), x[2].vstart) for x in cues):
            # «… به یاد روزهایی افتادند که تهران و واشنگتن … پشت یک میز نشسته بودند», «الأيام التي كان فيها الطرفان
            # يلتقيان»: the days when such contacts happened, recalled as a period, not one contact told
            return None, "the days when such contacts happened: a period recalled, not one contact"
        if _never_said(view.text, cue_hit) and all(_never_said(view.text, x[2]) for x in cues):
            # «مقام‌های قطری هیچ‌گاه نگفته‌اند که در این دو سفر پیامی میان تهران و واشنگتن جابه‌جا شده است»: what no one
            # ever said happened is not reported
            return None, "never said ('هیچ‌گاه نگفته‌اند که', 'لم يقل قط إن'): not reported"
        if _asked_whether(view.text, cue_hit) and all(_asked_whether(view.text, x[2]) for x in cues):
            # «در پاسخ به این پرسش که آیا نخست‌وزیر این بار پیامی از واشنگتن آورده است», «س: هل التقيتم بالأمريكيين؟»:
            # a contact asked about is not reported
            return None, "asked whether ('آیا', 'هل'): a question, not a report"
        if etype == "prisoner_release" and "unilateral_release" in has and all(_cue_kind(x[2].key) == "prisoner_release" for x in cues) \
                and not any(h.cat == "cue" and h.key.startswith("mediation.") and not _WITHOUT_BEFORE.search(raw, max(s, a - 12), a)
                            and not _WHEREAS.search(raw, min(a, cue_re), max(a, cue_rs)) for a, _, h in cur):
            # «أُطلق سراح رهينة أخرى، ريتشارد كوين، بعد إصابته بمرض عصبي», «به دلایل پزشکی آزاد شد», «پس از رأی دادگاه تجدیدنظر …
            # آزاد شد»: freed by one side alone, on grounds of health or by a court, with no go-between: no negotiated release
            # (codebook section 1)
            return None, "a release on grounds of health or by a court's ruling, granted by one side, not negotiated"
        if etype == "prisoner_release" and "released_vessel" in has and all(_cue_kind(x[2].key) == "prisoner_release" for x in cues) \
                and not any(h.cat == "person" for _, _, h in cur) and not _PEOPLE_HELD.search(view.text, bisect_left(view.starts, s), bisect_left(view.starts, e)):
            # «این نفتکش که پیشتر با نام گریس ۱ … توقیف شده بود، چند هفته پیش آزاد شد», «الإفراج عن ناقلة النفط»: a seized
            # ship let go, not people freed (unless the sentence names people held: its crew, «طاقم الناقلة», sailors
            # taken with their boats, «ده ملوان … با دو قایق گشتی … آزاد شدند»)
            return None, "a released ship, not a release of people"
        if etype == "prisoner_release" and (_RELEASE_AIM.match(raw, max(s, cue_rs - 1), cue_re) or _RELEASE_AIM.search(raw, max(s, cue_rs - 16), cue_rs)) and len({_cue_kind(x[2].key) for x in cues}) == 1:
            # «نقل … نداءً من البابا للإفراج عن الرهائن», «برای آزادی گروگان‌ها»: the release is what an appeal or
            # an effort is for, not a release that took place
            return None, "hypothetical (a release still to be obtained)"
        if aimed:
            others = [x for x in cues if _cue_kind(x[2].key) not in ("agreement", "series")]
            if not others:
                return None, "hypothetical (a deal still to be reached)"
            # «المكالمة … وجّها فريقيهما إلى العمل للتوصل إلى اتفاق»: the deal is the aim of the contact the
            # sentence reports, which is still one
            cues = others
            cue_rs, cue_re, cue_hit = self._main_cue(cues, groups, cur)
            etype = _cue_kind(cue_hit.key)
            if "negation" in groups and self._negated(view, cue_hit, cur):
                return None, "negated"
            if "hypothetical" in has and self._near(cur, cue_hit, "hypothetical", before=8, after=4):
                return None, "hypothetical"
        # «دور چهارم که قرار بود ۱۳ اردیبهشت در رم برگزار شود، به تعویق افتاد و سرانجام ۲۱ اردیبهشت در مسقط برگزار شد»:
        # a contact whose relative clause says when it was to be held, and a later clause, after a break, the day it was
        # held, and a day after that break (``rescheduled``: where the clause of the planned day ends)
        sched = _SCHEDULED_REL.match(raw, cue_re, e) if "future" in has else None
        sched_held = _HELD_AFTER.search(raw, sched.end(), e) if sched is not None else None
        brk = _COMMA_BREAK.search(raw, sched.end(), sched_held.start()) if sched_held is not None else None
        rescheduled = brk.start() if brk is not None and any(brk.end() <= d.start_char for d in dates) else None
        if "future" in has and self._near(cur, cue_hit, "future", before=5, after=5) and rescheduled is None:
            # «دور بعدی قرار است هفته آینده در رم برگزار شود و دور قبلی روز شنبه در مسقط برگزار شده بود», «ستعقد الجولة
            # المقبلة … بعد أن عقدت الجولة السابقة يوم السبت»: the previous round named after a coming one was held
            held = next((x for x in cues if x[0] >= cue_re and _cue_kind(x[2].key) in ("talks", "meeting")
                         and (_PREVIOUS_ONE.match(raw, x[1]) or _PREVIOUS_ROUND.search(raw, max(s, x[0] - 30), x[0]))), None)
            if held is None:
                return None, "future or planned"
            previous = True
            # (its clause opens at the last comma or 'and' before it: the places and days before are the coming one's)
            joins = [m.end() for m in _CLAUSE_JOIN.finditer(raw, cue_re, held[0])]
            opens = joins[-1] if joins else held[0]
            cur = [x for x in cur if x[0] >= opens or not (x[2].cat == "place" or (x[2].cat == "state" and self._locative(view, x[2])))]
            dates = [d for d in dates if d.start_char >= opens]
            cues = [x for x in cues if x[0] >= held[0]]
            cue_rs, cue_re, cue_hit = held
            etype = _cue_kind(cue_hit.key)
            if "negation" in groups and self._negated(view, cue_hit, cur):
                return None, "negated"
        if "future" in has and _WAS_BEFORE.search(raw, max(s, cue_rs - 30), cue_rs) and any(
            h.cat == "cue" and h.key == "future" and h.term in _SCHEDULED_WORDS and 0 <= h.vstart - cue_hit.vend <= 12 * 7
            and not _COMMA_BREAK.search(view.text, cue_hit.vend, h.vstart)
            for _, _, h in cur
        ):
            # «كانت جولة سادسة من المحادثات غير المباشرة بين طهران وواشنطن مقررة في مسقط …»: 'was scheduled' at the end
            # of a long subject, a contact planned, not held
            return None, "future or planned (a contact that 'was scheduled')"
        if sched is not None and sched_held is None:
            # «چهارمین دور گفت‌وگوها که قرار بود شنبه گذشته در رم برگزار شود، همچنان تاریخ تازه‌ای ندارد», «الجولة التي كان
            # من المقرر أن تُعقد السبت»: a contact whose relative clause says it was to be held, and nothing after says it was
            return None, "future or planned (a contact 'which was to be held')"
        if rescheduled is not None:
            # the day in the clause that says when it was to be held is not the day it was held
            dates = [d for d in dates if not (sched.end() <= d.start_char < rescheduled)]
        if "future" in has and _clause_future(raw, opens if previous else s, cue_rs):
            return None, "future or planned (the contact is in a clause headed by 'it is scheduled that')"
        if "future" in has and _purpose_of_coming_trip(view.text, cur, cue_hit, "purpose" in groups):
            return None, "future or planned (the contact is the purpose of a trip still to come)"
        if "purpose" in has and all(view.text.find(_INVITE_KEY, max(0, x[2].vstart - 90), x[2].vstart) >= 0
                                    and _INVITED_TO.search(view.text, max(0, x[2].vstart - 90), x[2].vstart) for x in cues):
            # «سحب بان كي مون الدعوة التي وجّهها إلى إيران لحضور الجلسة الافتتاحية», «از ایران برای شرکت در نشست دعوت
            # کرد»: an invitation to a contact (extended, declined or withdrawn) is not the contact
            return None, "an invitation to the contact, not the contact"
        if "off_agenda" in has and self._near(cur, cue_hit, "off_agenda", before=1, after=14):
            return None, "a statement that the contact is not on the agenda («در دستور کار نیست») or is unwise in principle"
        if raw[s:e].rstrip().endswith(("؟", "?")):
            return None, "a question"
        if all(_halted(view.text, x[2]) for x in cues):
            # «آمریکایی‌ها … جلسه‌های ژنو را قطع کردند», «أوقفت واشنطن محادثات جنيف»: the contacts were broken off,
            # which is no contact (the sessions before are)
            return None, "contacts broken off or suspended, not held"
        if "habitual" in groups and (
            self._near(cur, cue_hit, "habitual", before=3, after=3)
            # «ولطالما نقل السفراء السويسريون في طهران رسائل …»: 'so often has' heads its clause
            or any(h.cat == "cue" and h.key == "habitual" and h.term in _LONG_HABIT and h.vend <= cue_hit.vstart
                   and self._within(h, cue_hit, 8, 0) and not _COMMA_BREAK.search(view.text, h.vend, cue_hit.vstart) for _, _, h in cur)
        ):
            return None, "a habit ('usually', 'always'), not one contact"
        if etype in ("agreement", "prisoner_release") and self._any_denied(view, cur, cue_hit):
            return None, "no deal ('denied that it was part of any deal', «لم يتم التوصل إلى أي اتفاق»)"
        if etype == "prisoner_release" and not any(g.startswith("mediation") for g in groups):
            # (not the state whose plane flew the freed out: «آزاد شدند و هواپیمای الجزایری آنان را … برد»)
            freer = next((h.key for rs, _, h in cur if h.cat == "state" and h.key not in self.required and 0 <= h.vstart - cue_hit.vend <= 12
                          and not self._locative(view, h) and not _FREED_PLANE.search(raw, max(s, rs - 60), rs)
                          # (a Persian verb ends its clause: «… آزاد شدند و سوئیس هواپیمای آنان را فراهم کرد» begins another)
                          and not (doc.lang == "fa" and view.text[cue_hit.vend : h.vstart].strip() in ("و", "،", "؛"))), None)
            if freer is None and doc.lang == "fa" and cue_hit.term in _FA_FREED_ACTIVE:
                # «در دی ماه گذشته، ایتالیا محمد عابدینی، مهندس ایرانی …، را آزاد کرد»: the Persian subject is the first actor
                # of the clause whose verb is 'freed' (after a colon or a semicolon), with no preposition before it; a third
                # state there freed them
                opens = max(s, max(raw.rfind(c, s, cue_rs) for c in ":؛") + 1)
                first = next(((rs, h) for rs, _, h in cur if opens <= rs < cue_rs and h.cat in ("state", "person", "org")), None)
                if first is not None and first[1].cat == "state" and first[1].key not in self.required and not self._locative(view, first[1]) \
                        and not _FA_PREPOSITION_BEFORE.search(raw, max(opens, first[0] - 12), first[0]):
                    freer = first[1].key
            if freer is not None and self.required:
                # «ثلاثة أمريكيين أفرجت عنهم كوريا الشمالية»: a third state freed them, not a deal of the two sides
                return None, f"out of scope: a release by {freer}"
        if etype == "prisoner_release" and _UNILATERAL.search(raw, max(s, cue_rs - 80), min(e, cue_re + 160)) and not any(g.startswith("mediation.") for g in groups):
            # «والإفراج عن ثلاث عشرة رهينة … بقرار إيراني منفرد»: a release one side decided alone is no negotiated
            # release (codebook section 1)
            return None, "a unilateral release, not negotiated"
        if etype == "prisoner_release" and _PARDON.search(cue_hit.term):
            sides = {self.lex.persons[h.key].country for _, _, h in cur if h.cat == "person"}
            if len(sides) == 1 and sides <= set(self.required) and not any(h.cat == "state" and h.key not in sides for _, _, h in cur):
                # «جورج بوش پدر او [مک‌فارلین] را عفو کرد»: a side's pardon of its own national, no deal of the sides
                return None, f"out of scope: a pardon within {next(iter(sides))}"
        if "ض" in raw[max(s, cue_rs - 24) : cue_rs] and _REJECTED_ANY.search(raw, max(s, cue_rs - 24), cue_rs):  # (every match holds «ض»)
            return None, "'rejected any negotiation' («رفضه أي تفاوض»): no contact"
        if not previous and "future" in groups and any(h.cat == "cue" and h.key == "future" and _FUTURE_VERBS.get(h.term) == etype
               and h.vend <= cue_hit.vstart
               and (not _COMMA_BREAK.search(view.text, h.vend, cue_hit.vstart) or _noun_at(view.text, cue_hit)[0].startswith(_DEFINITE))
               for _, _, h in cur):
            # «بايدن سيزور إسرائيل … وأن أي تقدم قبل الزيارة»: the visit word speaks again of the coming visit
            return None, "future or planned (a future verb of the same contact before it)"
        if etype in _ENCOUNTERS and self._view_holds(view, s, e, _NOT_EVEN_ONCE_KEYS) and _NOT_EVEN_ONCE.search(raw, s, e):
            return None, "negated ('not even once')"
        if _EVERY_KEY.search(raw, max(s, cue_rs - 16), cue_rs) and _EVERY.search(raw, max(s, cue_rs - 16), cue_rs):
            return None, "every contact of a kind ('with each new round', «در هر دیدار»), a generality"
        # ---- date
        pub = doc.publication_date
        if dates:
            # (each rule of this block drops some of the sentence's dates, or, with some left, reads them: a sentence
            # with none has nothing for it to do)
            # a date after "since" (منذ) is the start of a state or the last time of something, not the contact's date
            # (a counted series "since April" keeps it: that is when its rounds began)
            # (nor messages in the plural exchanged since a month or a day, «تبادلا رسائل … منذ مطلع الشهر الجاري»: when the
            # exchange began; since a year, «ترعى المصالح الأمريكية … منذ 1980», is a standing channel)
            if not (etype == "series" or self._has(groups, "event_types.series")):
                plural = etype == "message_exchange" and cue_hit.term in _PLURAL_MESSAGES
                since = self._since_words(view)
                dates = [d for d in dates if not _after_since(raw, d, since) or (plural and d.date_precision in ("day", "month"))]
            # the day a report was revealed is the report's: a date within ~3 words of a verb of revealing, or (in
            # Persian word order) a date before the contact word when the revealing verb comes after it
            # («هفته‌نامه الشراع در ۱۲ آبان ۱۳۶۵ از سفر هیئت آمریکایی به تهران پرده برداشت»)
            reveals = _cue_spans(cur, "reveal", groups)
            if reveals:
                dates = [
                    d for d in dates
                    if not any(0 <= a - d.end_char <= 21 or 0 <= d.start_char - b <= 21 or (doc.lang == "fa" and d.end_char <= cue_rs and cue_re <= a)
                               or _reveal_dated(raw, b, d, cue_rs)
                               # «ده سال پیش در چنین روزی، خبرگزاری آسوشیتدپرس در گزارشی فاش کرد که …»: the day before a report
                               # that reveals the contact after 'that' is the report's
                               or (0 <= a - d.end_char <= 60 and b <= cue_rs and _SAID_THAT.search(raw, b, cue_rs))
                               # «كشفت كلينتون، في مذكراتها التي طُرحت اليوم الثلاثاء، أن …»: the day between the verb and its 'that'
                               or (b <= d.start_char and any(d.end_char <= m.start() for m in [_SAID_THAT.search(raw, b, cue_rs)] if m)) for a, b in reveals)
                    or (0 <= cue_rs - d.end_char <= 25 and _DURING.search(raw, d.end_char, cue_rs))
                ]
            # «ففي اليوم التالي، 4 تشرين الثاني، قال رفسنجاني إن وفداً أمريكياً … وصل إلى طهران»: the day before a verb of
            # saying whose 'that' clause holds the contact is the statement's (codebook section 7)
            # (not a contact still going on when it was said, «… گفت که کارشناسان … در حال مذاکره هستند»: the day is its terminus;
            # looked for up to the next verb of saying: «… گفته بود نامه‌ای … فرستاده و نوشته است ترجیح می‌دهد …», what is
            # said next is another clause)
            says = [(a, b, h.term) for a, b, h in cur if h.cat == "cue" and h.key == "statement" and h.term in _SAYING_VERBS and b <= cue_rs
                    and not _ONGOING_SAID.search(raw, b, _said_clause_end(raw, cur, cue_re, e))] if "statement" in groups else []
            if says:
                # (or between the verb and its 'that': «وكان عراقجي قد أكد الخميس الماضي أن الرد أُرسل عبر عُمان»)
                # (a Persian verb of saying may open its clause with no 'that': «دیروز شنبه گفت کاردار سوئیس پیام … را تحویل داد»)
                thats = {b: (m.start() if (m := _SAID_THAT.search(raw, b, cue_rs)) is not None else b if term in _FA_SAYING_VERBS else None)
                         for _, b, term in says}
                dates = [d for d in dates if not any(
                    thats[b] is not None and (
                        (0 <= a - d.end_char <= SAID_DAY_REACH and not any(d.end_char <= x[0] < a for x in cues))
                        # (not a day inside the words said after a colon and a quote, «ظریف افزود: «روز بعد، جمعه ۵ مهر، …»»)
                        or (0 <= d.start_char - b <= SAID_DAY_REACH and d.end_char <= thats[b] and not _QUOTE_OPENS.search(raw, b, d.start_char))
                    )
                    for a, b, _ in says)]
            # «سجّل الريال اليوم السبت تحسناً … في أول يوم عمل يلي الإعلان عن اتفاق»: a date before 'after' with every
            # contact word after it dates what followed the contact, not the contact
            # 'to this day' («سایه آن سفر تا امروز …», «حتى اليوم»): how long something lasts, not when the contact was
            dates = [d for d in dates if not (_UNTIL.search(raw, max(0, d.start_char - 8), d.start_char) and _TODAY.fullmatch(d.text.strip()))]
            if _RECENT_PERIOD.match(raw, s):
                # «وفي الأشهر الأخيرة عادت القناة …: جولات … قطعتها الضربات … في حزيران/يونيو الماضي», «در ماه‌های اخیر …»: the
                # contacts of a vague recent period; the sentence's days are its other clauses'
                dates = []
            # a sentence opening with 'until 2015' («حتى عام 2015 جرت المفاوضات على طاولة واحدة», «تا سال ۲۰۱۵ … می‌نشست»): the end
            # of a period in which contacts went on, not a contact's time
            dates = [d for d in dates if not (d.date_precision == "year" and (m := _UNTIL_YEAR.search(raw, max(0, d.start_char - 16), d.start_char))
                                              and not raw[s : m.start()].strip(" \u200f\u200e«\"(و"))]
            if doc.lang == "ar":  # (Persian puts the verb last: «روز شنبه پس از … مذاکره کردند» is the contact's day)
                # (a flight carrying the freed, «أقلّت طائرة عُمانية الشابين», is a contact word too: the date before it is its)
                flown = [x for x in cur if x[2].cat == "cue" and x[2].key == "freed_flight"]
                dates = [d for d in dates if not _dates_what_followed(raw, d, cues + flown if flown else cues)]
            # a date that qualifies a document ('the judgment issued on 24 May 1980', 'a cable dated …', «رأی صادره
            # در …») is that document's, not the contact's
            dates = [d for d in dates if not (_DOCUMENT_DATED_KEY.search(raw, max(0, d.start_char - 24), d.start_char)
                                              and _DOCUMENT_DATED.search(raw, max(0, d.start_char - 24), d.start_char))]
            # the day right after an attack, an election, an arrest is that happening's («بعد الهجوم الإيراني المباشر على
            # إسرائيل الشهر الماضي»), unless the contact word stands between them
            happenings = _cue_spans(cur, "happening", groups)
            if happenings:
                # (counted in the view's characters: harakat and tatweel do not push the day away)
                at = functools.partial(bisect_left, view.starts)
                dates = [d for d in dates if not any(0 <= at(d.start_char) - at(b) <= 40 and not (b <= cue_rs < d.start_char) for a, b in happenings)]
            if etype == "agreement":
                # «إعلان الرئيس الأمريكي، مساء أمس الثلاثاء، انسحاب بلاده من الاتفاق … واصفاً الاتفاق الذي أبرمته إدارة سلفه»: a
                # day right before a withdrawal from (a return to, a breach of) a deal is that act's, when the deal word comes
                # after it
                acts = [a for a, _, h in cur if h.cat == "cue" and h.key == "deal_object" and a < cue_rs]
                if acts:
                    dates = [d for d in dates if not any(0 <= a - d.end_char <= 40 for a in acts)]
            if doc.lang == "fa":
                # «پنج دیپلمات ایرانی که در دی ماه ۱۳۸۵ در اربیل … بازداشت شده بودند»: a date in a relative clause whose verb is
                # an arrest, a killing or a seizure is that happening's (when no contact word stands in the clause)
                contacts = [a for a, _, h in cur if h.cat == "cue" and h.key.startswith("event_types.")]
                dates = [
                    d for d in dates
                    if not (_FA_WHICH_BEFORE.search(raw, max(0, d.start_char - 14), d.start_char) and (m := _FA_HAPPENED.match(raw, d.end_char))
                            and not any(d.end_char <= a < m.end() for a in contacts))
                ]
            # the day of an interview is the interview's («روز پنجشنبه در گفت‌وگو با تلویزیون گفت …»)
            talk_shows = _cue_spans(cur, "interview", groups)
            if talk_shows:
                dates = [d for d in dates if not any(0 <= a - d.end_char <= 30 or 0 <= d.start_char - b <= 30 for a, b in talk_shows)]
            # the day right after an opinion verb is the opinion's («وصف، الثلاثاء الماضي، المطالب …»)
            opinions = _cue_spans(cur, "opinion", groups)
            if opinions:
                dates = [d for d in dates if not any(0 <= d.start_char - b <= 4 for a, b in opinions)]
            # a day written without a year next to a future marker is the coming one, not last year's
            # («الجولة المقبلة ستعقد … يومي 7 و8 تشرين الثاني»)
            coming = _cue_spans(cur, "future", groups)
            if coming and pub is not None:
                ahead = [
                    d for d in dates
                    if "inferred from publication" in d.reason and any(0 <= d.start_char - b <= 60 or 0 <= a - d.end_char <= 20 for a, b in coming)
                ]
                if ahead:
                    dates = [d for d in dates if d not in ahead]
                    if not dates:
                        return None, "future or planned (a day without a year next to a future marker)"
            if pub is not None and dates:
                # «لقاء الخامس عشر من حزيران/يونيو» in an article of 14 June: a day without a year that falls a few days after
                # the publication day is the coming one, not the same day a year before
                soon = [d for d in dates if "year inferred from publication" in d.reason and d.date_precision == "day" and d.date_start is not None
                        and 365 - SOON_DAYS <= (pub - d.date_start).days < 365]
                if soon:
                    dates = [d for d in dates if d not in soon]
                    if not dates:
                        return None, "future or planned (a day without a year a few days after publication)"
            if dates and _CONTRAST.search(raw, cue_re, dates[-1].start_char):
                # «دیداری که آن روزها خبرساز شد، اما امروز کمتر کسی … به یاد می‌آورد»: a date after 'but' following the
                # contact word is the contrasting clause's (when that clause names no contact of its own: «…، اما فضای
                # مذاکرات … از دور دوم بود که شنبه ۳۰ فروردین …» dates the second round)
                contacts = [x[0] for x in cur if x[2].cat == "cue" and x[2].key.startswith("event_types.")]
                dates = [
                    d for d in dates
                    if d.start_char < cue_re or not any(
                        not any(m.end() <= c < d.start_char for c in contacts) for m in _CONTRAST.finditer(raw, cue_re, d.start_char)
                    )
                ]
            if dates:
                # «الإفراج عن ثلاثة متنزهين … بعد وساطة عُمانية …، وتبادل المحتجزين بين إيران وبلجيكا الذي رعته مسقط في أيار/مايو
                # 2023»: a date after a further contact listed after this one (a comma, then 'and' and its own word) in a clause
                # that names a third state is that contact's, not this one's
                listed = [
                    x[0] for x in cur
                    if x[0] > cue_re and x[2].cat == "cue" and x[2].key.startswith("event_types.") and _LISTED_NEXT.search(raw, max(cue_re, x[0] - 4), x[0])
                ]
                if listed:
                    dates = [
                        d for d in dates
                        if not any(a < d.start_char and any(h.cat == "state" and h.key not in self.required and a <= r < d.start_char for r, _, h in cur) for a in listed)
                    ]
            if etype in ("meeting", "talks") and self._holds_lasted(view, s, e) and _PLURAL_LASTED.search(raw, s, e) and any(
                d.date_start is not None and d.date_end is not None and (d.date_end - d.date_start).days > LASTED_DAYS for d in dates
            ):
                # «دیدارها از پاییز ۲۰۰۱ تا بهار ۲۰۰۳ ادامه داشت», «استمرت اللقاءات من خريف 2001 حتى ربيع 2003»: meetings that
                # went on for months, reported in aggregate (codebook section 3)
                etype = "series"
            if etype != "series" and not self._has(groups, "event_types.series"):
                # «عضو فريق التفاوض النووي بين عامي 2007 و2010»: a span of three calendar years or more is a period (a
                # tenure, a process), not the date of one contact («در ماه‌های پایانی سال ۲۰۲۲ و آغاز ۲۰۲۳» may date one)
                dates = [d for d in dates if d.date_start is None or d.date_end is None or d.date_end.year - d.date_start.year < PERIOD_YEARS]
        usable = [d for d in dates if d.date_start is not None and (pub is None or d.date_start <= pub)]
        if dates and not usable and any(d.date_start is not None for d in dates):
            return None, "dated after publication (future)"
        if usable and all("decade" in d.reason for d in usable):
            return None, "dated only to a decade (codebook section 1: a contact is pinned to at least a year)"
        if usable and "generic" in groups and any(
            h.cat == "cue" and h.key == "generic" and h.term in _STANDING_TERMS and self._within(h, cue_hit, 4, 6)
            and not _AFTER_PERIOD.search(raw, max(s, a - 12), a)
            for a, _, h in cur
        ) and all(_COMMA_BREAK.search(raw, min(cue_re, d.end_char), max(cue_rs, d.start_char)) for d in usable) \
                and not _FIRST_BEFORE.search(raw, max(s, cue_rs - 16), cue_rs):
            # «تنقل السلطنة الرسائل بين طهران وواشنطن منذ سنوات طويلة، لكنها … كما في تبادل … في أيار/مايو 2023»: a standing
            # role ('for many years') next to the contact word; the sentence's dates are other clauses' (not 'after years':
            # «نخستین گفت‌وگوی رسمی … را پس از سال‌ها برگزار کردند» is one contact, and so is 'the first in years', «أول تبادل
            # مباشر معلن … منذ سنوات»)
            return None, "undated generality ('for many years' next to the contact word); the sentence's dates are other clauses'"
        if usable and "era" in groups:
            # «عهدنامه مودت که در دوران پهلوی … امضا شده بود، … تا اینکه آمریکا در مهر ۱۳۹۷ خروج از آن را اعلام
            # کرد»: an era phrase closer to the contact word than any date dates it; the dates are other clauses'
            # (a date between the era phrase and the contact words is the contact's own: «در دوران پهلوی و در سال
            # ۱۳۳۴ … امضا شده بود»)
            eras = [(a, b) for a, b in _cue_spans(cur, "era", groups) if 0 <= a - cue_re <= 7 * 5 or 0 <= cue_rs - b <= 7 * 8]
            if eras:
                lo = min([a for a, _ in eras] + [x[0] for x in cues])
                hi = max([b for _, b in eras] + [x[1] for x in cues])
                if not any(lo <= d.start_char and d.end_char <= hi for d in usable) and not any(
                    # (not an era phrase after the contact word naming the term of a person that holds the sentence's date:
                    # «ففي عام 1991 … وحمل رسائل بين البيت الأبيض في عهد الرئيس جورج بوش الأب والرئيس الإيراني …», the White
                    # House of that year; one before it dates the contact, «در دوران جو بایدن تبادل زندانیان …»)
                    h.cat == "person" and a >= cue_re and 0 <= ps - b <= ERA_PERSON_REACH and any(_roles_on(self.lex.persons[h.key], d.date_start) for d in usable)
                    for ps, _, h in cur for a, b in eras
                ):
                    return None, "dated only to an era ('under the Pahlavis'); the sentence's dates are other clauses'"
        conf = 0.45
        ctx = False
        if not usable and _PREVIOUS_ROUND_WORD.fullmatch(view.text, cue_hit.vstart, cue_hit.vend):
            # «۰۹:۴۵ — یادآوری: دور قبلی گفت‌وگوها در مسقط برگزار شده بود»: 'the previous round' took place before the
            # day around it; only a date of its own dates it («دور پیشین، از پنجشنبه ۱۶ آبان تا یکشنبه ۱۹ آبان»)
            return None, "the previous round, with no date of its own"
        stamp = _TIME_STAMP.match(raw, s) if not usable and pub is not None else None
        if stamp is None and not usable and pub is not None and not any(d.date_start is not None and d.date_start <= pub for d in prev_dates):
            # a later sentence of a stamped entry («۱۳:۴۰ | تبادل انجام شد: … . هم‌زمان، … پنج ایرانی … آزاد شدند»), with
            # no date in the sentence before it: the entry's stamp, the blog's day
            p = raw.rfind("\n", 0, s) + 1
            stamp = _TIME_STAMP.match(raw, p) if p < s else None
        if stamp is not None and _BACKGROUND_LABEL.match(raw, stamp.end()):
            # «۱۰:۳۰ – یادآوری: این توافق حاصل ماه‌ها گفت‌وگو … بود», «09:00 – خلفية: جاءت جولة الدوحة بعد …»: an entry
            # labelled as a reminder or background tells what came before the blog's day, not what happens on it
            stamp = None
        if usable:
            date = min(usable, key=lambda d: min(abs(d.start_char - cue_rs), abs(d.end_char - cue_re)))
            if date.end_char <= cue_rs and doc.lang == "ar":
                # «توالت اليوم الأحد ردود الفعل على الجولة الثانية …، التي احتضنها مقر السفارة العُمانية في روما أمس السبت»:
                # the day in the relative clause that follows the contact word is the contact's; the day before it is
                # what the sentence says of the contact (the reactions, a statement)
                rel = _HOLDING_CLAUSE.search(raw, cue_re, min(e, cue_re + 80))
                if rel is not None:
                    inner = [d for d in usable if rel.end() <= d.start_char <= rel.end() + 100 and not _COMMA_BREAK.search(raw, rel.end(), d.start_char)
                             and not any(rel.end() <= a < d.start_char for a, _, h in cur if h.cat == "cue" and h.key.startswith("event_types."))]
                    if inner:
                        date = inner[0]
            conf += 0.2
            if len(usable) > 1 and date.date_precision == "day":
                # «روز ۴ خرداد … وارد تهران شد و تا ۷ خرداد … گفت‌وگو کرد»: from the one day until the other; «… که از
                # چهارشنبه گذشته آغاز شده بود، امروز یکشنبه … به پایان رسید»: from the day it began to the day it ended
                date = _until(raw, s, usable, date)
                date = _began_ended(raw, usable, date)
                if etype == "visit" and date.date_end == date.date_start:
                    # «اختتم آبي اليوم الخميس زيارة إلى طهران … التقى خلالها أمس الأربعاء روحاني، واليوم قائد الثورة»:
                    # the days of one trip's meetings, a few days apart, are the trip's first and last days
                    days = sorted({d.date_start for d in usable if d.date_precision == "day" and d.date_end == d.date_start})
                    if len(days) > 1 and (days[-1] - days[0]).days <= VISIT_SPAN_DAYS and date.date_start in days:
                        date = dataclasses.replace(date, date_start=days[0], date_end=days[-1], edtf=_edtf(days[0], days[-1], "day"))
        elif stamp is not None and not self._has(groups, "generic"):
            # a live-blog entry stamped with a time of day («10:05 — …») happens on the blog's day
            if etype == "agreement" and "deal_concluded" not in groups and all(
                _noun_at(view.text, h)[0].startswith(_UNDER_THE) or _UNDER_DEAL.search(view.text, max(0, h.vstart - 14), h.vstart)
                or (_noun_at(view.text, h)[0].startswith(_DEFINITE) and any(c is not None and c.event_type == "agreement" for c, _ in self._told))
                for _, _, h in cues if _cue_kind(h.key) == "agreement"
            ):
                # («13:15 | مسؤول أمريكي: السجين الرابع المشمول بالاتفاق …», «بموجب الاتفاق»: the deal named after a
                # preposition, or with the article once the blog has told of a deal, and no verb of concluding, is one
                # already told, not one concluded at the stamp)
                return None, "the deal spoken of again in a stamped entry (with the article, no verb of concluding)"
            date = DateMatch(raw[stamp.start(1) : stamp.end(1)], stamp.start(1), stamp.end(1), pub, pub, "day", "relative", pub.isoformat(),
                             f"a live-blog entry stamped with a time of day: the publication day {pub.isoformat()}")
            conf += 0.1
        else:
            if self._has(groups, "generic"):
                return None, "undated generality"
            ctxd = [d for d in prev_dates if d.date_start is not None and (pub is None or d.date_start <= pub)]
            if ctxd and "present_time" in groups:
                return None, "'now': not dated by the sentence before"
            if ctxd and "era" in groups and self._near(cur, cue_hit, "era", before=8, after=8):
                return None, "dated only to an era ('under president X'), not by the sentence before"
            if ctxd and "other_time" in groups and not all(
                _AFTER_A_SPAN.match(raw, a) or _REVEALED_LATER.search(raw, max(s, a - 24), a) or _REVEALED_AFTER.match(raw, b)
                or (a > cue_re and _ASIDE_OPEN.search(raw, max(cue_re, a - 40), a) and "،" in raw[b : e])
                for a, b, h in cur if h.cat == "cue" and h.key == "other_time"
            ):  # (not when it was made known later: «لم يُكشف عنه إلا بعد سنوات», «بعدها فاش شد»; nor in an aside after the
                # contact on someone named in it: «… در تبادلی … آزاد شدند و نام برادرش، که چند ماه پیش از آن بازداشت شده
                # بود، در فهرست نبود»)
                return None, "'before that' / 'later': not at the time the sentence before gives"
            if ctxd and self._has(groups, "statement") and not heading:
                # (a chronology's entry under its dated heading, «السبت 16 كانون الثاني/يناير 2016» then «… أعلنت طهران
                # الإفراج عن أربعة أمريكيين»: the heading's day is the entry's, announced or not)
                return None, "statement, with no date of its own"
            if ctxd and prev_hits and any(h.cat == "cue" and h.key == "press_conference" for _, _, h in prev_hits):
                # «نشست خبری … صبح امروز دوشنبه برگزار شد. بیشتر پرسش‌ها به نخستین دور گفت‌وگوها … اختصاص داشت»: the day
                # of the press conference before is when it was spoken of, not when it happened
                return None, "no date of its own (the day of the sentence before is a press conference's)"
            if not ctxd:
                return None, "no date in the sentence or its context"
            date = ctxd[-1]
            ctx = True
            conf += 0.05
        if etype == "message_exchange" and not any(g.startswith("mediation.") for g in groups):
            to = self._message_to_third(raw, cur, cue_re, date.date_start) or self._message_received_by_third(raw, cur, cue_rs, cue_re, date.date_start)
            if to is not None:
                # «رئیس‌جمهور آمریکا … در نامه‌ای به لولا از مبادله سوخت حمایت کرد»: a letter addressed to a third state's
                # leader (or one its official received from a side), with no word of its being carried on, is a
                # contact with that state
                return None, f"out of scope: a message addressed to {to} (or received by it)"
        third = self._third_met_each(raw, cur, cues, date.date_start)
        if third is not None:
            # «والتقى رئيس الوزراء الياباني شينزو آبي روحاني يوم الثلاثاء، كما التقى ترامب في اليوم نفسه»: a third party's
            # meetings with each side, not a contact between them (a message carried would be told with its own word)
            return None, f"out of scope: {third}'s meetings with each side"
        pair = self._pair_with_third_party(raw, view, cur, cue_rs, cue_re, doc.lang, date.date_start) or self._adjective_pair(cur, cue_hit)
        if pair is not None and not self._relayed_to_the_other_side(pair, cur, groups):
            return None, f"out of scope: the contact of {pair[0]} and {pair[1]}, named as a pair next to the contact word"
        among = self._among_own(raw, cur, cue_re)
        if among is not None:
            return None, f"out of scope: a contact among {among}'s own delegations or factions, named after 'between'"
        if not (self._sides_named(cur) & self.required):
            own = next((h.key for a, _, h in cur if h.cat == "state" and h.key not in self.required and _GROUPS_OF.search(raw, max(s, a - 30), a)), None)
            if own is not None:
                # «… گروه‌های افغان به میزبانی دولت آلمان … گرد آمدند», naming no side: the gathering of that state's own
                # groups (the sides named next met on its sidelines)
                return None, f"out of scope: a gathering of {own}'s own delegations or factions, naming no side"
        if doc.lang == "ar":
            met = self._with_third_parties(raw, cur, cue_re, e, date.date_start)
            if met is not None:
                return None, f"out of scope: a contact 'with' {met} only (the other side is named in another clause)"
        if "both_sides" in groups:
            two = self._the_two_named(raw, cur, date.date_start)
            if two is not None:
                return None, f"out of scope: 'the two countries' are the last two named before them, {two[0]} and {two[1]}"
        if etype in ("meeting", "talks"):
            forum = self._forum_of(cur, cue_re, date.date_start, [(d.start_char, d.end_char) for d in dates], raw)
            if forum is not None:
                return None, f"out of scope: a meeting of {forum} (the organisation named right after the meeting word), not of the sides"
        if etype == "visit" and not any(g.startswith(("mediation", "event_types.message_exchange")) for g in groups):
            guest = self._third_visitor(cur, cue_hit, cue_re, date.date_start)
            if guest is not None:  # «زيارة رئيس الوزراء العراقي إلى طهران»: Iraq's visit to Iran, no message for the other side
                self._guest_visit = (guest, date)  # (read by the caller: a message later in the article may make it the sides')
                return None, f"out of scope: a visit of {guest}'s official to a side, carrying no message"
        if etype == "visit" and "un_session" in groups and all(_cue_kind(x[2].key) == "visit" for x in cues) \
                and not any(g.startswith(("mediation", "event_types.message_exchange")) for g in groups):
            return None, "a trip to a session of the UN General Assembly, not a visit to the other side"
        if etype == "agreement" and cue_hit.term in _CONTRACT_WORDS and _COMPANY.search(raw, max(s, cue_rs - 120), cue_rs):
            return None, "a commercial contract between companies («شرکت … با شرکت … قرارداد بست»)"
        if _NOT_THIS.search(raw, max(s, cue_rs - 8), cue_rs):
            return None, "negated ('signals, not negotiation': «نه مذاکره», «لا مفاوضات»)"
        if etype == "meeting" and cue_hit.term in _FORUM_NOUNS and _COPRESENT.search(raw, s, e):
            # «در اجلاس هزاره … خاتمی و کلینتون در یک سالن حضور داشتند»: present in one hall at a conference, no
            # contact between them
            return None, "present in one hall at a conference («در یک سالن حضور داشتند», «في قاعة واحدة»), no contact"
        if etype in ("visit", "message_exchange") and self._view_holds(view, s, e, _SPECULATION_KEYS) and all(
            _SPECULATED_ABOUT.search(raw, max(s, x[0] - 60), x[0]) for x in cues if _cue_kind(x[2].key) == "message_exchange"
        ) and any(_cue_kind(x[2].key) == "message_exchange" for x in cues):
            # «وتحدثت تكهنات يومها عن رسائل أمريكية حملها معه», «وتكهنات إعلامية عن رسائل حملها بين العاصمتين»: messages
            # the press only guessed at are no claim of a contact (held-out README: speculation is not a claim), and the
            # trip that carried them is the visitor's own
            return None, "speculation about messages carried («تكهنات عن رسائل»), not a report or a claim"
        if etype in ("visit", "meeting", "talks") and _PROPOSED.search(raw, max(s, cue_rs - 24), cue_rs) \
                and all(_PROPOSED.search(raw, max(s, x[0] - 24), x[0]) for x in cues if _cue_kind(x[2].key) == etype):
            return None, "proposed ('proposed sending a delegation': «پیشنهاد اعزام هیئتی», «اقترح عقد لقاء»), not held"
        if self._view_holds(view, s, e, _NO_EVIDENCE_KEYS) and _NO_EVIDENCE.search(raw, max(s, cue_rs - 150), cue_rs):
            return None, "negated: 'no evidence that they met' («عدم وجود أدلة على أن … التقوا»)"
        if etype == "message_exchange" and cue_hit.term in _REPLY_WORDS and _REPLY_KIND.match(raw, cue_re) \
                and all(x[2].term in _REPLY_WORDS for x in cues if _cue_kind(x[2].key) == "message_exchange"):
            return None, "'the reply came in sanctions' («أما الرد الأمريكي فجاء اقتصادياً»): a measure, no message"
        if etype == "visit" and "statement" in has and all(_cue_kind(x[2].key) == "visit" for x in cues) and _DURING.search(raw, max(s, cue_rs - 14), cue_rs) \
                and not any(g.startswith(("mediation", "event_types.message_exchange")) for g in groups) \
                and not self._third_actor_named(cur, date.date_start):
            # «ترامپ دیروز در جریان سفر منطقه‌ای خود گفت که …»: what was said during a side's own trip, the trip only
            # its setting (a third state's traveller or host may be carrying something: not this rule's)
            return None, "a statement made during a trip"
        if etype == "visit" and not self._strong(cues, cur) and not any(g.startswith(("mediation", "event_types.message_exchange")) for g in groups):
            dest = self._third_destination(view, cur)
            if dest is not None:
                # «هیئت آمریکایی به ریاست ویتکاف راهی رم شده است»: a delegation on its way to a third state's city
                # (no contact word but 'delegation'): travel to the venue, not the contact held there
                return None, f"travel: a delegation bound for {dest}, a third state"
        if etype == "visit" and doc.lang == "ar" and not any(g.startswith(("mediation", "event_types.message_exchange")) for g in groups):
            meets = [x for x in cues if _cue_kind(x[2].key) in ("talks", "meeting")]
            third = [self._met_third_party(raw, cur, x[2], x[1], date.date_start) for x in meets]
            if meets and all(third) and self._trip_to_side(view, cur, cues, groups) is None:
                # «عراقجي، الذي يزور موسكو ويلتقي الرئيس فلاديمير بوتين اليوم»: a trip whose every meeting is with a
                # third state's person is that state's affair, whatever the sentence says of the other side
                return None, f"out of scope: a trip whose meetings are with {third[0]}"
        if etype in ("talks", "meeting") and not any(g.startswith("mediation") for g in groups):
            calls = [(h.vstart, h.vend) for _, _, h in cur if h.cat == "cue" and h.key == "phone_call"]
            carried = any(h.cat == "cue" and h.key == "event_types.message_exchange" and not any(a <= h.vstart and h.vend <= b for a, b in calls) for _, _, h in cur)
            alone = None if carried else self._with_each_side(raw, cur, s, date.date_start)
            if alone is not None:
                # «شیخ محمد … روز یکشنبه در دوحه با آنتونی بلینکن … گفت‌وگو کرد و یک روز بعد در تماسی تلفنی با حسین
                # امیرعبداللهیان … رایزنی کرد»: a third state's contacts with each side in turn (a phone call is one), with
                # no word of a message carried between them, are its own (codebook section 9)
                return None, f"out of scope: {alone}'s separate contacts with each side"
        if etype == "agreement":
            signed = _SIGNED_BY.match(raw, cue_re, e)
            if signed is not None:
                signers = {p for a, _, h in cur if signed.end() <= a <= signed.end() + SIGNERS_REACH and h.cat in ("state", "person")
                           and not self._locative(view, h) for p in (self._party_of(h, date.date_start) or ())}
                if signers and not signers & self.required:
                    # «الاتفاق الذي وقّعه رئيسا أذربيجان وأرمينيا في واشنطن … برعاية الرئيس الأمريكي»: a deal its signers
                    # make one of third states (a side may only have sponsored it)
                    return None, f"out of scope: a deal signed by {', '.join(sorted(signers))}"
        if (etype in ("talks", "meeting", "agreement") or (etype == "visit" and self._trip_to_side(view, cur, cues, groups) is None)) and not any(
            h.cat == "cue" and h.key.startswith(("mediation", "event_types.message_exchange"))
            # (not a message said not to have been carried: «… و حامل پیامی از واشنگتن نبود»)
            and not (doc.lang == "fa" and _fa_negated_verb(view.text, h.vend))
            for _, _, h in cur
        ):  # (a visit to a side's land with a third state's official is that state's mediation)
            other = self._with_third_party(raw, view, cur, cue_rs, cue_re, date.date_start)
            if other is None and _HE.match(raw, s) and prev_hits:
                # «او بهمن گذشته نیز در کاخ سفید با جو بایدن دیدار کرده بود» after «شیخ تمیم …، امیر قطر، … به تهران سفر
                # کرد»: 'he' is the one the sentence before began with; a third state's, he met the side named 'with'
                first = next((p for _, _, h in prev_hits if h.cat in ("state", "person") for p in [self._party_of(h, date.date_start)] if p), None)
                withs = set(self._with_parties(raw, cur, s, date.date_start))
                if first and len(first) == 1 and not first & self.required and len(withs & self.required) == 1 and not (self._sides_named(cur) - withs) & self.required:
                    return None, f"out of scope: a contact of {next(iter(first))} ('he', named in the sentence before) with one side"
            if other is not None:
                return None, f"out of scope: a contact with {other} ('with' names the other party)"
            met = self._met_third_party(raw, cur, cue_hit, cue_re, date.date_start) if doc.lang == "ar" else None
            if met is not None:
                return None, f"out of scope: a meeting with {met} (the first person named after the verb)"
            host = self._received_by_third(raw, s, e, cur, date.date_start) if doc.lang == "ar" else None
            if host is not None:
                return None, f"out of scope: {host[1]} received by {host[0]} ('received': the host and its guest)"
            guest = self._side_received_third(raw, s, e, cur, date.date_start) if doc.lang == "ar" else None
            if guest is not None:
                return None, f"out of scope: {guest[0]} received by {guest[1]} ('received': the host and its guest)"
        # ---- actors
        states: dict[str, list[tuple[int, int, Hit]]] = {}
        orgs, places = [], []
        by_span: dict[tuple[int, int], list[Hit]] = {}
        absent = self._absent_states(cur)
        not_this: set[str] = set()
        detail = _denied_detail(raw, s, e, cur) if "denial" in groups else None
        if detail is not None:
            # «ونفى … أن تكون الرسالة قد وصلت عبر سلطنة عمان»: a third state in a denied route is no mediator
            cur = self._off_route(cur, detail)
        # a Persian relative clause put after the contact verb («… با دو حقوقدان … دیدار کرد که با صادق قطب‌زاده … آشنا
        # بودند»): who it names describes the counterparts, and takes no part in the contact
        rel = _FA_REL_AFTER_VERB.match(raw, cue_re) if doc.lang == "fa" else None
        rel_from = rel.end() if rel is not None else e
        # (the patterns read before a state or place below, each in the sentence, run only when its view holds one of
        # the plain words each of their matches holds)
        happened = self._view_holds(view, s, e, _HAPPENED_KEYS)
        seated = self._view_holds(view, s, e, _SEAT_KEYS)  # (see _SEAT_KEYS)
        for n, x in enumerate(cur):
            h = x[2]
            if x[0] >= rel_from and h.cat in ("state", "person"):
                continue
            if h.cat in ("state", "place") and (h.cat == "place" or h.extra == "capital" or self._locative(view, h)) and not (x[0] - 60 <= cue_rs < x[0]) \
                    and happened and _HAPPENED_AT.search(raw, max(s, x[0] - 60), x[0]):
                continue  # «چند ساعت پس از حمله پهپادی آمریکا در فرودگاه بغداد»: the place of another happening
            if h.cat in ("state", "place") and (h.key if h.cat == "state" else self.lex.places[h.key].country) not in self.required and seated and (
                _OUTLET_SEAT.search(raw, max(s, x[0] - 40), x[0]) or (h.cat == "state" and _ENVOY_POSTED.search(raw, max(s, x[0] - 40), x[0]))
            ):
                # «روزنامه عربی چاپ لندن»: an outlet's seat, no place of the contact; «سفیر وقت ایران در فرانسه»: an
                # envoy's posting, no side or mediator (its city may still be where they met)
                continue
            # (the view of the 30 characters before a state: the patterns read there below run only when it holds one of
            # the plain words each of their matches holds)
            before = view.text[bisect_left(view.starts, max(s, x[0] - 30)) : h.vstart] if h.cat == "state" else ""
            if h.cat == "state" and _holds_any(before, _RESIDENT_KEYS) and _RESIDENT_IN.search(raw, max(s, x[0] - 30), x[0]):
                continue  # «اللبناني نزار زكا، المقيم الدائم في الولايات المتحدة»: where a person lives, no side
            if h.cat == "state":
                if n in absent:
                    continue  # 'no US representative attended': not a side
                if h.extra.startswith("home:") and any(y[2].cat == "state" and 0 <= y[0] - x[1] <= 3 for y in cur[n + 1 : n + 4]):
                    continue  # 'the foreign ministry' of a state named next: not the home state's
                if etype == "visit" and h.key in self.required and _EMBASSY_OF.search(raw, max(s, x[0] - 14), x[0]):
                    continue  # «برای پایان بحران گروگانگیری در سفارت آمریکا به تهران آمد»: the embassy's state, not the visit's side
                if h.extra == "name" and _holds_any(before, _TOPIC_KEYS) and _TOPIC_OF.search(raw, max(s, x[0] - 12), x[0]):
                    continue  # «تناول الملف الإيراني», «پرونده هسته‌ای ایران»: the subject of the talk, not a side
                if _holds_any(before, _OPPOSED_KEYS) and _OPPOSED_BY.search(raw, max(s, x[0] - 24), x[0]):
                    continue  # «با وجود مخالفت واشنگتن», «بعد اعتراض الولايات المتحدة»: a state objecting, not taking part
                if _holds_any(before, _NOT_THIS_KEYS) and _NOT_THIS_STATE.search(raw, max(s, x[0] - 10), x[0]):
                    # «لكنها رسالة سعودية لا أمريكية», «پیامی عربستانی بود، نه آمریکایی»: said not to be that state's (nor
                    # is it borrowed from the sentences around)
                    not_this.add(h.key)
                    continue
                if _holds_any(before, _STRIKE_KEYS) and _STRIKE_BY.search(raw, max(s, x[0] - 30), x[0]):
                    continue  # «منذ مقتل … سليماني بغارة أمريكية», «پس از حمله پهپادی آمریکا»: the striker, not a side of the contact
                states.setdefault(h.key, []).append(x)
            elif h.cat == "person":
                by_span.setdefault((x[0], x[1]), []).append(h)
            elif h.cat == "org":
                orgs.append(x)
            elif h.cat == "place":
                places.append(x)
        per_refs = []
        for (rs, re_), hs in sorted(by_span.items()):
            # a name that is also a common word (رئيسي 'main / the two presidents') counts only for
            # someone in office on the date
            hs = [h for h in hs if not (norm(h.term) in self._ambiguous(h.key) and _role_at(self.lex.persons[h.key], date.date_start) is None)]
            if not hs:
                continue
            people = [self.lex.persons[h.key] for h in hs]
            if len(people) > 1:  # an ambiguous name: keep the one in office at the time
                people = [p for p in people if _role_at(p, date.date_start)] or people
                if len({p.actor_id for p in people}) > 1:
                    continue
            per_refs.append((rs, re_, hs[0], people[0]))
        # a person holding a post in an international organisation on the date (the EU coordinator)
        # acts for it, not for their own country
        affil: dict[str, str] = {}
        for rs, re_, h, p in per_refs:
            for r in _roles_on(p, date.date_start):
                o = self.lex.orgs.get(r.org) if r.org else None
                if o is not None and not _g(o, "country") and not (set(_g(o, "members", []) or []) & self.required):
                    affil[p.actor_id] = r.org
                    break
        if affil:
            # «الدبلوماسي الإيطالي جاندومينيكو بيكو، مساعد الأمين العام للأمم المتحدة»: the nationality right before a
            # person who acts for an organisation is no state of the contact
            for sid in [k for k in states if k not in self.required]:
                xs = [x for x in states[sid] if not any(0 <= rs - x[1] <= 16 and p.actor_id in affil and p.country == sid
                                                        and not _PAUSE_BETWEEN.search(raw, x[1], rs) for rs, _, _, p in per_refs)]
                if xs:
                    states[sid] = xs
                else:
                    del states[sid]
        side_states: set[str] = set()
        for sid, xs in states.items():
            side_states.add(sid)
        for rs, re_, h, p in per_refs:
            if p.country and p.actor_id not in affil and not _g(p, "private", False):
                # (not a private go-between: «مک‌فارلین … در لندن با قربانی‌فر دیدار کرد» met an arms dealer, not Iran)
                side_states.add(p.country)
        private = next((p for _, _, _, p in per_refs if _g(p, "private", False)), None)
        if private is not None and len(side_states & self.required) == 1 and not any(g.startswith("mediation.") for g in groups):
            # «مک‌فارلین … در لندن با قربانی‌فر دیدار کرد»: a side's meeting with a private go-between (an arms dealer): no
            # contact with the other side, whose name is not borrowed from around
            return None, f"out of scope: a contact with a private go-between ({private.actor_id}), not with the other side"
        # groupings (P5+1, E3) do not add their members (the codebook adds a state only when the text
        # names it), except the corpus's own sides: the P5+1 across the table means the United States is there
        group_members: set[str] = set()
        named_members: set[str] = set()  # (added to the parties once the document is read: see _read)
        for rs, re_, h in orgs:
            # (not a standing body's members: a letter to the Security Council is no message to the United States)
            if not _g(self.lex.orgs[h.key], "standing_body", False):
                side_states |= set(_g(self.lex.orgs[h.key], "members", []) or []) & self.required
                members = set(_g(self.lex.orgs[h.key], "members", []) or [])
                if members & self.required:  # (a group across the table from a side: the P5+1, not the EU or the 4+1)
                    named_members |= {sid for sid in members - self.required
                                      if any(x[2].extra != "capital" and x[2].cat == "state" and not self._locative(view, x[2]) for x in states.get(sid, ()))}
            # a state's own body (the IRGC, the CIA) stands for that state
            if _g(self.lex.orgs[h.key], "country") in self.required:
                side_states.add(_g(self.lex.orgs[h.key], "country"))
        if etype == "agreement" and "deal_sides" in groups and (date.date_start is None or date.date_start.year >= self.lex.deal_sides_from) \
                and any((a <= cue_re and cue_rs <= b or _DEAL_BESIDE.fullmatch(raw, cue_re, a) or _DEAL_BESIDE.fullmatch(raw, b, cue_rs))
                        and not _DEAL_AS_TIME.search(raw, max(s, a - 30), a) for a, b in _cue_spans(cur, "deal_sides")):
            # the proper name of the sides' deal concluded in the sentence names them («بیانیه‌های الجزایر در ۲۹ دی ۱۳۵۹ امضا
            # شد», ««برنامه اقدام مشترک» نهایی شده است»); not another deal the sentence also names, nor a deal that only
            # dates something else («پس از امضای توافق موقت ژنو … منتشر شد»)
            side_states |= self.lex.deal_sides
        # location: a place or a state after a locative preposition, else a place that is not a side's metonym
        loc_city, loc_country = None, None
        ranked = []
        for rs, re_, h in sorted(places + [x for v in states.values() for x in v], key=lambda x: x[0]):
            if etype != "visit" and h.cat == "state" and h.key in self.required and h.vstart > cue_hit.vend \
                    and _OTHER_NOUNS_CLAUSE.match(view.text, cue_hit.vend, h.vstart):
                # «دیداری محرمانه درباره عراق و اعضای القاعده که به ایران گریخته بودند»: a side's land in a relative clause
                # on another noun after the contact word is that noun's, not where the contact was
                continue
            if h.cat == "place" and etype in ("talks", "meeting", "series") and 0 <= h.vstart - cue_hit.vend <= 1:
                # the contact word's own place, named right after it («نشست ژنو», «محادثات فيينا»): where it was held,
                # before a place that says where it was spoken of («اوباما … در کاخ سفید نشست ژنو را … خواند»)
                ranked.append((-1, rs, h))
            elif etype == "prisoner_release" and h.cat == "state" and h.key not in self.required and _ARRIVED_TO.search(view.text, max(0, h.vstart - 90), h.vstart):
                # «وصل ثلاثة من الأمريكيين الذين أفرجت عنهم إيران إلى ألمانيا»: where the freed arrived after, not where
                # they were freed (a city named there, Geneva, may still be the venue of a swap)
                continue
            elif self._locative(view, h) or (etype == "visit" and h.cat == "place" and 0 <= h.vstart - cue_hit.vend <= 12):
                ranked.append((0, rs, h))
            elif h.cat == "place" and self.lex.places[h.key].country not in (side_states & self.required if self.required else side_states):
                # only the sides' own capitals are metonyms (Tehran, Washington); Vienna or Doha is a venue
                ranked.append((1, rs, h))
        if ranked and "future" in groups:
            # «محادثات أمس … واتفقا على أن تبدأ اجتماعات على مستوى الخبراء يوم الأربعاء المقبل في سلطنة عُمان»: a place
            # right after a future marker that follows the contact word is where a contact still to come will be held
            ahead = [h.vend for _, _, h in cur if h.cat == "cue" and h.key == "future" and h.vstart >= cue_hit.vend]
            ranked = [x for x in ranked if not any(0 <= x[2].vstart - f <= 40 for f in ahead)] if ahead else ranked
        if ranked:
            # a city beats its state; among venues after 'in', the one nearest the contact word («… پس از ترور
            # سلیمانی در بغداد، … پیام … را … در تهران تحویل داد»: Baghdad is the killing's)
            near_cue = lambda x: min(abs(x[2].vstart - cue_hit.vend), abs(cue_hit.vstart - x[2].vend)) // 60 if x[0] == 0 else 0  # noqa: E731
            _, _, h = sorted(ranked, key=lambda x: (x[0], near_cue(x), x[1], x[2].cat != "place"))[0]
            if h.cat == "place":
                loc_city, loc_country = _place_location(self.lex.places[h.key])
            else:
                loc_country = h.key
        # a state named only as the venue ("in Muscat", "in Oman") is not a side (one whose official is named too,
        # «في بغداد … في مكتب رئيس الوزراء نوري المالكي», is also named through him)
        for sid in list(side_states):
            xs = states.get(sid, [])
            if sid == loc_country and xs and all(self._locative(view, x[2]) or x[2].extra == "capital" for x in xs) and sid not in self.required \
                    and not any(p.country == sid and p.actor_id not in affil for *_, p in per_refs):
                side_states.discard(sid)
        # one side facing an organisation that is no mediator here («عراقجي والمدير العام للوكالة الدولية
        # للطاقة الذرية»): the other side is the organisation, not a state borrowed from another sentence
        def counterpart(oid: str) -> bool:
            o = self.lex.orgs[oid]
            return _g(o, "country") not in self.required and not (set(_g(o, "members", []) or []) & self.required)

        # (an organisation's official alone does not count: the EU coordinator shuttles between the sides
        # with or without a word of mediation in the sentence)
        facing_org = len(side_states & self.required) == 1 and any(
            counterpart(h.key) and self._role_of_hits(cur, [h], self.required) is None for _, _, h in orgs
        )
        # a visit to a third state that is all the sentence reports («زيارة الدولة التي قام بها إلى طوكيو»)
        # is a contact with that state: the missing side is not borrowed from the sentences around it
        # (or whose meetings are with that state's people: «زيارة إلى طوكيو التقى خلالها رئيس الوزراء شينزو آبي»)
        dests = {
            (self.lex.places[h.key].country if h.cat == "place" else h.key)
            for _, _, h in places + [x for v in states.values() for x in v]
            if (self._locative(view, h) and 0 <= h.vstart - cue_hit.vend <= 40) or (h.cat == "place" and 0 <= h.vstart - cue_hit.vend <= 2)
        } - {*self.required, None} if etype == "visit" else set()  # (or the place right after the visit word: «زيارته روما»)
        # (a place of no state, a sea or a strait, is no third state's)
        third_trip = bool(dests) and (
            all(_cue_kind(x[2].key) == "visit" for x in cues) or any(p.country in dests for _, _, _, p in per_refs)
            or any(len(states.get(d, ())) > 1 for d in dests)  # the host named again: «زيارته روما … نظيره الإيطالي»
        )
        if dests and sum(h.cat == "cue" and h.key.startswith("event_types.visit") for _, _, h in cur) == 1 \
                and not any(h.cat == "cue" and h.key.startswith("mediation.") and not _DEMONSTRATIVE_BEFORE.search(raw, max(s, a - 8), a) for a, _, h in cur) \
                and "topics.prisoners" not in groups and all(self._host_side(view, cur, h, dests) for _, _, h in cur if h.cat == "cue" and h.key.startswith("event_types.")):
            # «ما سمعته من الرئيس ترامب … حين زار طوكيو الشهر الماضي»: one trip to a third state, and no word of meeting or
            # talks but with that state's people, of a message but one denied, or of mediation (nor of the freed it flew
            # out): that state's contact with the traveller («زار بومبيو مسقط … والتقى السلطان قابوس، من دون أن يُعلن عن أي
            # رسالة إلى طهران») (two arrivals, «وصل عراقجي إلى مسقط … وصل ويتكوف», are the sides gathering for their round)
            return None, f"out of scope: a trip to a third state ({', '.join(sorted(dests))}) with no word of a contact with the other side"
        # 'a deal between Moscow and the separatists' in a sentence that names no side: a third state's
        # contact, not the sides' (no side is borrowed from the sentences around it)
        between_third = not (side_states & self.required) and any(
            h.cat == "state" and h.key not in self.required and _BETWEEN_AFTER.fullmatch(raw, cue_re, rs)
            for rs, _, h in cur if 0 <= rs - cue_re <= BETWEEN_REACH
        )
        third_trip = third_trip or between_third
        if not third_trip and etype == "visit" and len(side_states & self.required) == 1 and not any(
            g.startswith("mediation.") or g == "event_types.message_exchange" for g in groups
        ) and not any(
            h.cat == "cue" and (h.key.startswith("mediation.") or h.key == "event_types.message_exchange") and not _asked_whether(view.text, h)
            and not _never_said(view.text, h)
            for _, _, h in later
        ):
            # «وزیر امور خارجه قطر … در سفری به تهران با رئیس‌جمهور … دیدار کرد»: a third state's official visiting one
            # side, with no word of a message or mediation in the sentence or the next ones of its paragraph, is a
            # visit between those two; the other side is not borrowed from the sentences around it
            dest = self._trip_to_side(view, cur, cues, groups)
            if dest is not None and self._where(dest) in side_states and any(
                p.country and p.country not in self.required and p.actor_id not in affil for _, _, _, p in per_refs
            ) and not any(p.country in self.required for _, _, _, p in per_refs if p.country != self._where(dest)):
                third_trip = True
        if not third_trip and etype == "visit" and not (side_states & self.required) - {self._where(h) for _, _, h in cur if h.cat in ("state", "place")} \
                and not per_refs and not any(g in ("mediation.message_carrier", "event_types.message_exchange") for g in groups) \
                and not any(h.cat == "cue" and h.key in ("mediation.message_carrier", "event_types.message_exchange") for _, _, h in prev_hits):
            # «سفری سه‌روزه که از ۱۱ دی ۱۳۵۸ آغاز شد …» after «کورت والدهایم، دبیرکل سازمان ملل، … به تهران آمد»: a trip
            # that names no traveller is the one the sentence before began with; an organisation's or a third state's
            # official travelling to one side, with no word of a message (his 'good offices' are no message), is no
            # contact of the sides
            first = next((h for _, _, h in prev_hits if h.cat in ("person", "state", "org")), None)
            if first is not None and first.cat == "person":
                p = self.lex.persons[first.key]
                third_trip = (p.country is not None and p.country not in self.required) or any(r.org for r in _roles_on(p, date.date_start))
        if not third_trip and not self.required <= side_states:
            # «اجتماعاً ثلاثياً ضم نواب وزراء خارجية الصين وروسيا وإيران»: a meeting whose participants the sentence
            # lists (two states or more after 'comprising'): the missing side is not borrowed from around it
            for m in _LISTED.finditer(raw, s, e):
                if len({h.key for rs, _, h in cur if h.cat == "state" and m.end() <= rs <= m.end() + 60}) >= 2:
                    third_trip = True
                    break
        if not third_trip and len(side_states & self.required) == 1 and "event_types.message_exchange" not in groups:
            # «هیئت‌هایی از ایران و عربستان سعودی … نخستین دور گفت‌وگوهای مستقیم خود را … برگزار کرده‌اند», «وفدا إيران
            # والسعودية»: one side and a third state joined by 'and', the third with no word of mediation near it and
            # no message spoken of, are the contact's two sides; the other side is not borrowed from around it
            named = [h for _, _, h in cur if h.cat == "state" and not self._locative(view, h)]
            third_trip = any(
                view.text[a.vend : b.vstart] in (" و ", " و") and len({a.key, b.key} & self.required) == 1
                and not ({a.key, b.key} - self.required) & group_members
                and self._role_of_hits(cur, [a if a.key not in self.required else b], self.required) is None
                for a, b in zip(named, named[1:])
            )
        # a hostage freed in Lebanon («آخرین گروگان آمریکایی، تری اندرسون، … آزاد شد» in a paragraph on the Beirut
        # kidnappers, or on hostages and Lebanon): freed by the captors, so the side the sentence does not name is not
        # borrowed from around it (the held-out coding of the Lebanon hostages; codebook section 1)
        around = (*cur, *earlier)
        captors_freed = etype == "prisoner_release" and not any(g.startswith("mediation.") for g in groups) and (
            any(h.cat == "cue" and h.key in ("captors", "topics.lebanon_hostages") for _, _, h in around)
            # (or the next sentences say the captors freed him: «… وأن الخاطفين في لبنان أطلقوا وير بقرارهم»)
            or any(h.cat == "cue" and h.key == "captors" for _, _, h in later)
            or (any((h.cat == "state" and h.key == "LBN") or (h.cat == "place" and self.lex.places[h.key].country == "LBN") for _, _, h in around)
                and any(h.cat == "cue" and h.term in _HOSTAGE_WORDS for _, _, h in around))
        )
        if etype == "meeting" and (met := [x for x in cues if _cue_kind(x[2].key) == "meeting"]) and all(_MET_OTHERS.match(view.text, x[2].vend) for x in met):
            # «فالتقى مصرفيين أوروبيين في لندن، وقال لهم إن التعامل المشروع مع إيران مسموح»: met bankers, businessmen or
            # reporters, whom the meeting word names as who was met; the side named after is what they spoke of
            return None, "out of scope: a meeting with bankers, businessmen or reporters named right after the meeting word"
        if not self.required <= side_states and not facing_org and not third_trip and not captors_freed:
            # the sentence before; with 'the two sides' (الجانبان، دو طرف), up to three sentences before
            # (a release names the freed, whose nationality the paragraph or the headline gave before:
            # «أُطلق سراح سارة شورد» after «قصة المتنزهين الأمريكيين الثلاثة»)
            # (the message 'the letter' / «نامه را» names is the one reported up to three sentences before: «نامه را آقای
            # انور قرقاش … در تهران به آقای عراقچی تحویل داد» after «نامه دونالد ترامپ … به تهران رسیده است»)
            the_message = etype == "message_exchange" and (_noun_at(view.text, cue_hit)[0].startswith(_DEFINITE) or _RA_AFTER.match(raw, cue_re) is not None)
            extra = self._sides_named(earlier if (self._has(groups, "both_sides") or etype == "prisoner_release" or the_message or self._numbered_round(view, cues, groups, cur)) else prev_hits)
            extra |= self._this_sides  # (the sides of the contact 'this exchange' names: set by the caller)
            # (not a side the sentence says took no part: «وهو لقاء لم يشارك فيه أي مسؤول أمريكي»)
            extra -= {cur[n][2].key for n in absent} | not_this
            if self.required & (extra - side_states):
                side_states |= extra & self.required
                conf -= 0.05
        carried_later = False
        if not self.required <= side_states and later and not ctx and not facing_org and not third_trip and not captors_freed and not (etype == "meeting" and "negation" in groups):
            # a dated round whose sides are named only in the next sentences of the paragraph
            # («دور ششم گفت‌وگوهای وین … به پایان رسید. … هیئت آمریکایی …»)
            extra = self._sides_named(later) - {cur[n][2].key for n in absent} - not_this
            # «وصل أمير قطر … إلى طهران … حيث التقى الرئيس الإيراني» then «… إن الأمير نقل خلال الزيارة رسالة من
            # واشنطن»: the side named only with the message of the next sentences is the sender; the third state at
            # the table carried it
            # (a meeting or visit of one third state's official, not a round with its host or venue named)
            thirds = {p.country for _, _, _, p in per_refs if p.country and p.country not in self.required and not any(r.org for r in _roles_on(p, date.date_start))
                      and not _g(p, "private", False)}
            guest = etype in ("meeting", "visit") and len(thirds) == 1 and len(side_states - self.required - group_members) <= 1
            carried = any(h.cat == "cue" and h.key in ("event_types.message_exchange", "mediation.message_carrier") for _, _, h in later)
            # (with no message there, the other side named next is what the guest and his hosts spoke of: «الکاظمی … به
            # تهران آمد و با حسن روحانی … دیدار کرد» then «رهبر انقلاب در دیدار با الکاظمی گفت حضور آمریکا در عراق …»)
            if self.required <= side_states | extra and not (guest and not carried and etype == "visit"):
                side_states |= extra & self.required
                conf -= 0.1
                carried_later = guest and carried
        if etype in ("talks", "series", "meeting") and "talks_sides" in groups and not self.lex.talks_sides <= side_states and not facing_org \
                and not third_trip and date.date_start is not None and date.date_start.year >= self.lex.talks_sides_from \
                and not (side_states - self.lex.talks_sides - {loc_country}):
            # «الجولة السابعة من المحادثات الرامية إلى رفع العقوبات عن إيران», «نخستین دور گفت‌وگوهای وین برای بازگشت
            # آمریکا به برجام»: talks whose aim the sentence names as reviving the nuclear deal or lifting the sanctions
            # on Iran are the sides' talks (cue group ``talks_sides``), the one side the sentence names or none; not
            # when it names another state at the table (the E3's talks with Iran), only a venue
            side_states |= self.lex.talks_sides
            conf -= 0.05
        # ---- mediators and parties
        med_groups = {g for g in groups if g.startswith("mediation.")}
        message = self._has(groups, "mediation.message_carrier") or (
            self._has(groups, "format_indirect") and self._has(groups, "event_types.message_exchange")
        ) or carried_later
        if (etype == "message_exchange" or self._has(groups, "event_types.message_exchange")) and (side_states - self.required - group_members or affil):
            # a message between the sides in a sentence naming a third state is carried by it, or by the
            # organisation whose official is named («… پیام‌هایی را از طریق مورا برای هیئت آمریکایی فرستاد»)
            message = True
        mediators: dict[str, str] = {}
        third = sorted(side_states - self.required - group_members)
        # with several third states, those named near the message or mediation word carry it
        # ('an Italian news site says that a diplomat of the Vatican … carried messages': the Vatican)
        # (a third state at the venue, named only there, counts as another one)
        # (not when an organisation's official is the one acting: «تولى مورا … نقل الرسائل»)
        alone = len(third) == 1 and (loc_country is None or loc_country in self.required or loc_country in third) and not affil
        # (or the one third state whose official the sentence names, at a venue in another: «وقف وزير الخارجية العُماني بدر
        # البوسعيدي في روما … تنقّل خلالها بين وفدي عراقجي وويتكوف حاملاً المقترحات», Oman, not Italy)
        third_official = len(third) == 1 and not affil and any(p.country == third[0] for _, _, _, p in per_refs)
        for sid in third:
            role = self._med_role(cur, sid, med_groups, message and (alone or third_official or self._message_distance(cur, sid) <= 60), loc_country)
            if role:
                mediators[sid] = role
            elif any(p.country == sid and _AT_THE_OFFICE_OF.search(raw, max(s, rs - 40), rs) for rs, _, _, p in per_refs):
                mediators[sid] = "host"  # «في مكتب رئيس الوزراء نوري المالكي», «در دفتر نوری المالکی»: the host's own premises
                if loc_country is None:
                    loc_city, loc_country = self._capital(sid), sid  # a head of government's office is in his capital
            elif etype == "prisoner_release" and any(_FREED_PLANE.search(raw, max(s, rs - 60), rs) for rs, _, _ in states.get(sid, ())):
                mediators[sid] = "facilitator"  # «طائرة جزائرية تقل الرهائن», «با هواپیمایی قطری»: it flew the freed out
        # an organisation whose official mediates: same role as a state would get (named through the official
        # when the sentence does not name it: «انریکه مورا، معاون مسئول سیاست خارجی …، پیام‌ها را … جابه‌جا می‌کرد»)
        org_meds: dict[str, tuple[str, tuple[int, int]]] = {}
        if message or med_groups or self._has(groups, "format_indirect"):
            for oid in sorted(set(affil.values())):
                named = [(rs, re_) for rs, re_, h in orgs if h.key == oid]
                if named:
                    org_meds[oid] = ("message_carrier" if message else (self._role_of_hits(cur, [h for _, _, h in orgs if h.key == oid], self.required) or "facilitator"), named[0])
                elif message:
                    official = next((rs, re_) for rs, re_, _, p in per_refs if affil.get(p.actor_id) == oid)
                    org_meds[oid] = ("message_carrier", official)
                else:
                    # a mediation word next to the official («بوساطة أشتون», «اشتون … ترتیب داد»): the role of
                    # the organisation the official acts for
                    officials = [(rs, re_, h) for rs, re_, h, p in per_refs if affil.get(p.actor_id) == oid]
                    role = self._role_of_hits(cur, [h for _, _, h in officials], self.required)
                    if role:
                        org_meds[oid] = (role, officials[0][:2])
            # an organisation named right after a mediation or coordinator word, with no official of it named
            # («بوساطة الاتحاد الأوروبي», «هماهنگ‌کننده اتحادیه اروپا»): it mediates, not the venue's state
            # (not a state's own body, a standing council or a grouping with a side among its members)
            for rs, re_, h in orgs:
                o = self.lex.orgs[h.key]
                if h.key in org_meds or _g(o, "country") or _g(o, "standing_body") or set(_g(o, "members", []) or []) & self.required:
                    continue
                if _ORG_MEDIATES.search(raw, max(s, rs - 40), rs):
                    org_meds[h.key] = ("message_carrier" if message else (self._role_of_hits(cur, [h], self.required) or "facilitator"), (rs, re_))
        # a venue alone is not a mediator: the host state must be named as acting, or the contact be indirect
        # (not the country that only qualifies the venue's city: «در لوزان سوئیس», «مدينة لوزان السويسرية»)
        venue_ends = [h.vend for _, _, h in places if self.lex.places[h.key].country == loc_country]
        named_host = loc_country in states and any(
            x[2].extra != "capital" and not self._locative(view, x[2]) and not any(0 <= x[2].vstart - b <= 2 for b in venue_ends)
            for x in states[loc_country]
        )
        if (
            loc_country
            and loc_country not in self.required
            and loc_country not in mediators
            # (another's cue is not the venue's; nor is the message another state carries: «عُقدت في روما … في مقر السفارة
            # العُمانية، وتنقّل خلالها البوسعيدي … حاملاً الأفكار»)
            and ((med_groups and not mediators and not org_meds) or (message and not org_meds and not mediators) or named_host)
        ):
            mediators[loc_country] = "message_carrier" if message else "host"
        if etype in ("prisoner_release", "agreement"):
            # «… إلى حسابات مصرفية في الدوحة، تتولى السلطات القطرية الإشراف على إنفاقها», «دوحه بر هزینه‌کرد آن نظارت
            # می‌کند»: this or the next sentences make a third state named here the keeper of the deal's funds, its
            # guarantor (the funds moved to its banks: «به حساب‌هایی در بانک‌های قطر منتقل شد»)
            # (funds moved when the exchange happens, not when the deal promising them is struck)
            for sid in self._guarantors([*cur, *later], view.text if etype == "prisoner_release" else None):
                if sid in mediators:
                    mediators[sid] = "guarantor"
        if etype == "prisoner_release":
            # the freed leave a place of the detaining side («من مطار مهرآباد»): that side
            side_states |= {self.lex.places[h.key].country for _, _, h in places} & self.required
            # a detainee the reference data knows was held by a side («مایکل وایت، کهنه‌سرباز آمریکایی، آزاد شد»): that side
            side_states |= {_g(p, "held_in", None) for _, _, _, p in per_refs} & self.required
        if self.required:
            # in scope: the required sides and the negotiating groups; other states are mediators or context
            parties = frozenset(x for x in side_states if (x in self.required or x in group_members) and x not in mediators)
        else:
            parties = frozenset(x for x in side_states if x not in mediators)
        if len(parties) < 2:
            return None, f"fewer than two sides ({', '.join(sorted(parties)) or 'none'})"
        if not self.required <= parties:
            return None, f"out of scope: sides {', '.join(sorted(parties))} lack {', '.join(sorted(self.required - parties))}"
        if "phone_call" in groups and etype in ("message_exchange", "talks", "meeting"):
            # a call is between the people on the line: a side named only by its country's name is its subject
            # (its officials are on the line too: «در تماس با مقام‌های ایرانی», «اتصالات مع المسؤولين الإيرانيين»)
            voiced = {p.country for _, _, _, p in per_refs} | {sid for sid, xs in states.items() if any(
                x[2].extra == "institution" or _OFFICIALS_OF.search(raw, max(s, x[0] - 20), x[0]) for x in xs)}
            if not self.required <= voiced:
                return None, f"a call in which {', '.join(sorted(self.required - voiced))} is only named, not on the line"
        # ---- a trip (codebook section 3): a visit is a trip to the other side's territory (or a mediator's
        # trip there); talks or a message during such a trip are that visit, and a trip to a third
        # state's venue for talks is those talks
        trip = self._trip_to_side(view, cur, cues, groups)
        if trip is not None and etype in ("talks", "meeting", "message_exchange") and loc_country in (None, *self.required):
            etype = "visit"
            if trip.cat == "place":
                loc_city, loc_country = _place_location(self.lex.places[trip.key])
            else:
                loc_city, loc_country = None, trip.key
        elif trip is not None and etype == "visit" and loc_country is None:
            # the trip's destination is where the visit took place («وارد تهران شد», «زيارة إلى طهران»)
            loc_city, loc_country = _place_location(self.lex.places[trip.key]) if trip.cat == "place" else (None, trip.key)
        elif trip is None and etype == "visit" and loc_country is not None and loc_country not in self.required:
            alt = [x for x in self._strong(cues, cur) if x[2].key.split(".")[1] in ("talks", "meeting")]
            if alt:
                etype = alt[0][2].key.split(".")[1]
        conf += 0.1
        if loc_country:
            conf += 0.05
        if mediators:
            conf += 0.05
        # ---- attributes
        if rescheduled is not None and "outcome_no_agreement" in groups and all(
            sched.end() <= rs < sched_held.start() for rs, _, h in cur if h.cat == "cue" and h.key == "outcome_no_agreement"
        ):
            groups = groups - {"outcome_no_agreement"}  # ('put off', «به تعویق افتاد», before it was held: no failed outcome)
        fmt, secrecy, outcome = self._attributes(groups, etype, message)
        if secrecy == "secret" and all(
            _NAMES_BEFORE.search(raw, max(s, a - 16), a) for a, _, h in cur if h.cat == "cue" and h.key == "secrecy_secret"
        ):
            # «دو زندانی دیگر که نامشان اعلام نشده»: the names were not announced, not the contact
            secrecy = "public" if self._has(groups, "secrecy_public") else "unknown"
        call = False
        if fmt == "unknown" and etype == "series" and {_cue_kind(x[2].key) for x in cues} - {"series"} == {"meeting"}:
            fmt = "direct"  # «دست‌کم سه بار … دیدار کردند»: meetings counted, the sides sat together each time
        if etype == "talks" and _ended(raw, view, cue_re, e) and (outcome == "agreement" or any(
            x[2].cat == "cue" and x[2].key.startswith("event_types.agreement") and _REACHING.search(raw, max(s, x[0] - 24), x[0]) for x in cur
        )):
            # «گفت‌وگوها … با دستیابی به «برنامه اقدام مشترک» به پایان رسید»: the round that ended in the deal is the
            # deal (codebook section 3.2)
            etype = "agreement"
        if fmt == "unknown" and etype == "visit" and trip is not None and not mediators:
            fmt = "direct"  # one side's officials in the other's capital, no one between them
        if fmt == "unknown" and etype in ("talks", "meeting", "agreement", "series") and self.required and not mediators and any(
            len(set(_g(self.lex.orgs[h.key], "members", []) or []) & self.required) == 1 and not _g(self.lex.orgs[h.key], "standing_body", False)
            for _, _, h in orgs
        ):
            # talks with a negotiating group that holds one side (Iran and the P5+1, «القوى الكبرى»): a multilateral
            # table where both sit (codebook section 4); not a standing body such as the Security Council
            fmt = "direct"
        if fmt == "unknown" and "phone_call" in groups and not mediators and etype in ("talks", "meeting", "message_exchange"):
            fmt = "direct"  # the two sides on one line (the call check above has both sides voiced), no one between them
        if fmt == "direct" and "phone_call" in groups and not mediators and etype in ("talks", "message_exchange"):
            # the codebook has no call type: a call between the principals is one encounter of named officials, a
            # `meeting` (a go-between's call relaying one side's words stays a message)
            etype = "meeting"
            call = True
        if fmt == "unknown" and etype == "message_exchange":
            # a message passed between the sides without a meeting went through someone (all 48 annotated messages of
            # the golden and dev sets are indirect)
            fmt = "indirect"
        if etype == "visit" and any(r in ("message_carrier", "facilitator") for r in mediators.values()):
            fmt = "indirect"  # a go-between's trip (Abe in Tehran with Trump's words): the sides did not meet
        if fmt == "unknown" and etype in ("prisoner_release", "agreement") and any(r != "host" for r in mediators.values()):
            fmt = "indirect"  # a release or a deal reached through a mediator («بوساطة قطرية»): through a third party
        alleging = "allegation" in groups and any(
            h.cat == "cue" and h.key == "allegation" and (norm(h.term) not in _REPORT_NOUNS or _CLAIM_NOUN_USED.match(raw, b) or _ATTRIBUTING.search(raw, max(s, a - 16), a))
            # (not a claim the sentence sets the contact beside: «این ادعا در حالی مطرح شده که هشتمین دور … ادامه دارد»)
            and not ((w := _WHILE_THAT.search(raw, b, cue_rs)) is not None and w.end() <= cue_rs)
            for a, b, h in cur
        )
        certainty = "denied" if self._denied(groups) and detail is None else ("alleged" if alleging or "no_comment" in groups or "not_confirmed" in groups else "reported")
        if secrecy == "unknown" and certainty == "reported" and pub is not None and date.date_start is not None and not ctx and not self._has(groups, "reveal"):
            # the news of the day: a contact the article reports within a month of it happening was openly
            # reported at the time (codebook section 5), unless the text calls it secret
            if 0 <= (pub - (date.date_end or date.date_start)).days <= 31:
                secrecy = "public"
        if secrecy == "unknown" and etype in ("agreement", "prisoner_release") and certainty == "reported":
            secrecy = "public"  # an officially concluded deal, a release the freed are seen leaving (codebook section 5)
        topics = _topics(groups)
        after_that = bool(later) and _AFTER_THAT.search(raw, e, min(len(raw), e + 300)) is not None
        if not topics and later and not after_that:
            topics = _topics(_cue_groups(list(later)))  # what the next sentences say it was about (not «وعقب هذا اللقاء …»)
        elif topics & {"nuclear", "prisoners"} and "sanctions" not in topics and later and not after_that and "topics.sanctions" in _cue_groups(list(later)):
            # «… وجاءت عملية التبادل بعد تحويل الأموال المجمدة …»: sanctions relief or frozen funds, named in the next
            # sentences, are part of a nuclear or prisoner deal's agenda (codebook section 11)
            topics = topics | {"sanctions"}
        if not topics and prev_hits:
            # nothing after it either: what the sentence before names («… بشأن البرنامج النووي. وعقد الجانبان جولة …»)
            topics = _topics(_cue_groups(list(prev_hits)))
        if fmt == "unknown" and later and not after_that:
            # «… وقّع كريستوفر النصوص. ولم يجلس الوفدان إلى طاولة واحدة طوال أسابيع التفاوض»: how the sides dealt with
            # each other, said in the next sentences
            later_fmt, _, _ = self._attributes(_cue_groups(list(later)), "", False)
            if later_fmt != "unknown":
                fmt = later_fmt
        if outcome == "unknown" and later and not after_that and etype not in ("agreement", "prisoner_release"):
            # how the next sentences say it ended: «نشست بدون توافق پایان یافت», «دو طرف توافق کردند گفت‌وگوها را
            # ادامه دهند» (a stated deal alone may be another one: only a partial or a failed outcome is taken)
            _, _, after = self._attributes(_cue_groups(list(later)), etype, False)
            if after in ("partial", "no_agreement"):
                outcome = after
        # ---- participants and person mediators
        participants, med_refs = [], []
        for rs, re_, h, p in per_refs:
            # the curated, dated reference role first; a title word next to the name otherwise
            role = _role_at(p, date.date_start) or self._role_near(cur, rs, re_)
            name_orig = raw[rs:re_]
            if p.actor_id in affil:
                if affil[p.actor_id] in org_meds:
                    med_refs.append(ActorRef(p.actor_id, p.name_en, name_orig, "person", p.country, role=role, mediation_role=org_meds[affil[p.actor_id]][0], char_start=rs, char_end=re_))
            elif p.country in mediators:
                med_refs.append(ActorRef(p.actor_id, p.name_en, name_orig, "person", p.country, role=role, mediation_role=mediators[p.country], char_start=rs, char_end=re_))
            elif p.country in parties and _may_take_part(p, raw, s, rs):
                participants.append(ActorRef(p.actor_id, p.name_en, name_orig, "person", p.country, role=role, side=p.country, char_start=rs, char_end=re_))
        for oid, (role, (rs, re_)) in sorted(org_meds.items(), reverse=True):
            med_refs.insert(0, ActorRef(oid, _g(self.lex.orgs[oid], "name_en"), raw[rs:re_], "organization", None, mediation_role=role, char_start=rs, char_end=re_))
        for sid, role in sorted(mediators.items()):
            st = self.lex.states.get(sid)
            xs = states.get(sid) or []
            name_orig = raw[xs[0][0] : xs[0][1]] if xs else None
            if name_orig is None:
                # the host named only through its city, or through its official acting for it («في مكتب رئيس
                # الوزراء نوري المالكي»: codebook section 9)
                pl = next(((rs, re_) for rs, re_, h in places if self.lex.places[h.key].country == sid), None)
                if pl is None:
                    pl = next(((rs, re_) for rs, re_, _, p in per_refs if p.country == sid), None)
                if pl is None:
                    continue
                name_orig = raw[pl[0] : pl[1]]
            med_refs.insert(0, ActorRef(sid, st.name_en if st else sid, name_orig, "state", sid, mediation_role=role))
        # ---- quote
        qs, qe = _quote_span(raw, s, e, cue_rs)
        # names must be inside the quote to be evidence of it
        participants = [a for a in participants if a.char_start is None or (qs <= a.char_start and a.char_end <= qe)]
        med_refs = [a for a in med_refs if a.char_start is None or (qs <= a.char_start and a.char_end <= qe)]
        if (
            fmt == "unknown" and etype in ("talks", "meeting") and self.required
            and self.required <= {a.side for a in participants}
            and not any(r != "host" for r in mediators.values()) and not any(a.mediation_role not in (None, "host") for a in med_refs)
            and "phone_call" not in groups and not _delegation(view.text, bisect_left(view.starts, s), bisect_left(view.starts, e))
        ):
            # the two sides' officials named at talks or a meeting with no one between them (codebook section 4);
            # not talks 'between the delegations led by …', which may sit in separate rooms
            fmt = "direct"
        if etype == "prisoner_release" and "lebanon_hostages" not in topics:
            topics = topics | {"prisoners"}  # a release or exchange is about detainees (codebook section 11)
        if (self._has(groups, "event_types.series") and etype not in ("agreement", "prisoner_release")) or etype == "series":
            etype = "series"  # aggregates come after a concluded deal or release in precedence (codebook section 3)
        rule = f"rules:{etype}" + (":call" if call else "") + (":context-date" if ctx else "")
        if named_members - mediators.keys():
            self._members_named[(qs, qe)] = frozenset(named_members - mediators.keys())
        cand = Candidate(
            doc_id=doc.doc_id,
            char_start=qs,
            char_end=qe,
            quote=raw[qs:qe],
            rule=rule,
            confidence=round(max(0.05, min(0.95, conf)), 3),
            event_type=etype,
            date_start=date.date_start,
            date_end=date.date_end or date.date_start,
            date_precision=date.date_precision or "year",
            date_edtf=date.edtf or date.date_start.isoformat(),
            date_text=None if ctx else date.text,
            date_calendar=None if ctx else date.calendar,
            format=fmt,
            secrecy=secrecy,
            certainty=certainty,
            location_city=loc_city,
            location_country=loc_country,
            parties=parties,
            topics=topics,
            outcome=outcome,
            participants=participants,
            mediators=med_refs,
        )
        return cand, "kept" + (" (date from context)" if ctx else "")

    # helpers ----------------------------------------------------------------
    _view_memo: tuple = (None, -1, -1, "")  # (view, s, e, the view text of raw s:e) of the sentence last asked about

    def _view_text(self, view: View, s: int, e: int) -> str:
        """The view text of the sentence at raw ``s:e``, where the cheap tests before several raw patterns look for the
        plain words every match holds (the view drops the marks the tolerant patterns allow between letters and folds
        the letters they let stand for one another). Kept for the sentence last asked about: its rules ask again."""
        memo = self._view_memo
        if memo[0] is view and memo[1] == s and memo[2] == e:
            return memo[3]
        text = view.text[bisect_left(view.starts, s) : bisect_left(view.starts, e)]
        self._view_memo = (view, s, e, text)
        return text

    def _view_holds(self, view: View, s: int, e: int, keys: tuple[str, ...]) -> bool:
        """The view text of the sentence at raw ``s:e`` holds one of ``keys`` (see :meth:`_view_text`)."""
        return _holds_any(self._view_text(view, s, e), keys)

    _lasted_memo: tuple = (None, False)  # (the view last asked about, whether it holds one of _LASTED_KEYS)

    def _holds_lasted(self, view: View, s: int, e: int) -> bool:
        """The view of the sentence at raw ``s:e`` holds one of ``_LASTED_KEYS`` (the cheap test before ``_PLURAL_LASTED``,
        every match of which holds one of them in the view). Whether the whole document holds one is computed once per
        view; only then is the sentence's own view read."""
        if self._lasted_memo[0] is not view:
            self._lasted_memo = (view, any(k in view.text for k in _LASTED_KEYS))
        if not self._lasted_memo[1]:
            return False
        text = view.text[bisect_left(view.starts, s) : bisect_left(view.starts, e)]
        return any(k in text for k in _LASTED_KEYS)

    _since_memo: tuple = (None, True)  # (the view last asked about, whether it holds one of _SINCE_KEYS)
    _went_on_memo: tuple = (None, True)  # (the view last asked about, whether it holds one of _WENT_ON_KEYS)

    def _went_on_words(self, view: View) -> bool:
        """Whether the document's view holds one of ``_WENT_ON_KEYS`` (computed once per view: a document in three does)."""
        if self._went_on_memo[0] is not view:
            self._went_on_memo = (view, _holds_any(view.text, _WENT_ON_KEYS))
        return self._went_on_memo[1]


    def _since_words(self, view: View) -> bool:
        """Whether the document's view holds one of ``_SINCE_KEYS`` (computed once per view; see :func:`_after_since`)."""
        if self._since_memo[0] is not view:
            self._since_memo = (view, _holds_any(view.text, _SINCE_KEYS))
        return self._since_memo[1]

    @functools.lru_cache(maxsize=None)
    def _ambiguous(self, actor_id: str) -> frozenset[str]:
        p = self.lex.persons.get(actor_id)
        return frozenset(v for n in (_g(p, "ambiguous_names", []) or []) for v in term_variants(n))

    def _attributes(self, groups: set[str], etype: str, message: bool) -> tuple[str, str, str]:
        """format, secrecy and outcome from the sentence's cue groups."""
        fmt = "indirect" if (self._has(groups, "format_indirect") or message) else ("direct" if self._has(groups, "format_direct") else "unknown")
        if fmt == "unknown" and etype == "meeting":
            fmt = "direct"  # 'met' / 'دیدار … با': the sides sat together
        secrecy = "secret" if self._has(groups, "secrecy_secret") else ("public" if self._has(groups, "secrecy_public") else "unknown")
        outcome = "agreement" if self._has(groups, "outcome_agreement") else "unknown"
        if self._has(groups, "outcome_partial") or (outcome == "agreement" and "continuation" in groups):  # agreed to go on talking
            outcome = "partial"
        if self._has(groups, "outcome_no_agreement"):
            outcome = "no_agreement"
        if etype == "agreement" or (etype == "prisoner_release" and outcome == "unknown"):
            outcome = "agreement"  # codebook section 12: always for a deal; a release carries out the sides' deal
        return fmt, secrecy, outcome

    @staticmethod
    def _during_trip(ante: Candidate, cand: Candidate, max_days: int = 3) -> tuple[Candidate, Candidate] | None:
        """A meeting, talks or a message between the same sides on a day of a visit just reported (the same day
        or up to ``max_days`` later, at no other place): sessions inside one trip are one visit (codebook
        section 3). Returns the visit with its days extended and the candidate as a further mention of it."""
        if not (
            ante.event_type == "visit"
            and cand.event_type in ("talks", "meeting", "message_exchange")
            and cand.parties == ante.parties
            and ante.date_precision == cand.date_precision == "day"
            and 0 <= (cand.date_start - ante.date_start).days <= max_days
            and cand.location_country in (None, ante.location_country)
            and cand.certainty == ante.certainty
        ):
            return None
        ante = _widened(ante, cand, max_days)
        cand = dataclasses.replace(
            cand, event_type="visit", date_start=ante.date_start, date_end=ante.date_end, date_edtf=ante.date_edtf,
            location_city=ante.location_city, location_country=ante.location_country, same_as=(ante.char_start, ante.char_end),
        )
        return ante, cand

    @staticmethod
    def _fold(ante: Candidate, fmt: str = "unknown", secrecy: str = "unknown", outcome: str = "unknown", topics: frozenset = frozenset()) -> Candidate:
        """The antecedent with the attributes it lacks taken from a later sentence about it (and the topics it adds)."""
        return dataclasses.replace(
            ante,
            topics=ante.topics | topics,
            format=ante.format if ante.format != "unknown" else fmt,
            secrecy=ante.secrecy if ante.secrecy != "unknown" else secrecy,
            outcome=ante.outcome if ante.outcome != "unknown" else outcome,
        )

    def _anaphor(self, view: View, cur, cues, ante: Candidate, dates: list[DateMatch], pub: dt.date | None, groups=None, lang: str | None = None) -> tuple[str, Hit] | None:
        """The demonstrative when the sentence's typing cue, or its first contact cue, is 'this visit' /
        «هذا اللقاء» / «این توافق»: the sentence speaks again of a contact already reported, it is not a new one
        (codebook section 10). A sentence with a date of its own outside that contact's counts only when the
        typing cue itself has the demonstrative (not «دومین دور این مذاکرات … ۲ مرداد», a new round)."""
        usable = [d for d in dates if d.date_start is not None and (pub is None or d.date_start <= pub)]
        own_date = any((d.date_end or d.date_start) < ante.date_start or d.date_start > ante.date_end for d in usable)
        if groups is None:
            groups = _cue_groups(cur)
        _, _, main = self._main_cue(cues, groups, cur)
        tried = (main,) if own_date else (main, cues[0][2])
        if not own_date and main.key == "event_types.agreement":  # «التوصل إلى هذا الاتفاق»: the deal's noun after its verb
            tried += tuple(h for _, _, h in cues if h.key == main.key)
        if _same_family(_cue_kind(main.key), ante.event_type) and _placed(view.text, main):
            return "تأتي", main  # «وتأتي الزيارة بعد …»: the visit just reported, placed in its context
        near_days = all(ante.date_start is not None and abs((d.date_start - ante.date_start).days) <= 7 for d in usable)
        if ante.event_type in _ENCOUNTERS and _cue_kind(main.key) in ("talks", "meeting") and (not own_date or near_days) and ":call" not in ante.rule:
            side = _sidelines(view.text, max(0, cues[0][2].vstart - 80), main.vend + 80)
            if side is not None:
                # «در حاشیه جلسات عمومی، نشستی دوجانبه»: a session inside the round reported (within a week of it:
                # not «در ۲۶ سپتامبر ۲۰۱۳، در حاشیه نشست … ۱+۵» after a meeting in March; a phone call has no sidelines)
                return side.group(1), main
        if not own_date and ante.event_type == "prisoner_release" and _cue_kind(main.key) == "prisoner_release":
            first = cues[0][2]
            tail = view.text[first.vstart : _word_end(view.text, first.vend)].rsplit(" ", 1)[-1]
            if _cue_kind(first.key) == "prisoner_release" and tail in _RELEASED_PRONOUNS:
                # «وجاء الإفراج عنهم في صفقة تبادل …» after the release of the named: 'their release', its object a
                # pronoun of the people just named, is that release again
                return tail, first
        for cue in tried:
            if not own_date and _cue_kind(cue.key) == "visit" and ante.event_type in ("visit", "meeting") and lang == "ar":
                ws = cue.vstart
                while ws > 0 and _is_word(view.text[ws - 1]):
                    ws -= 1
                word = view.text[ws : _word_end(view.text, cue.vend)]
                during = _DURING_BEFORE.search(view.text, max(0, ws - 14), ws) if word.startswith(_DEFINITE) or word.endswith(_POSSESSIVE_ENDS) else None
                if during is not None:
                    # «… إن الأمير نقل خلال الزيارة رسالة من واشنطن» after the emir's arrival in Tehran: 'during the visit'
                    # (or 'his visit') is the visit or meeting just reported
                    return during.group(0).strip(), cue
            own = view.text[cue.vstart : cue.vend].split(" ", 1)[0]
            if own in _DEMONSTRATIVES_BY_LANG.get(lang, DEMONSTRATIVES):
                # the cue itself starts with one («این مبادله»: a bare exchange is no cue); as the typing cue and
                # the first contact word only («توافق اولیه این مبادله …» is the deal, not the exchange again), in
                # a sentence with no date of its own («ریشه این مبادله به توافقی … ۱۹ مرداد» is about that deal)
                if cue is main and cue is cues[0][2] and not own_date:
                    return own, cue
                continue
            i = cue.vstart
            while i > 0 and _is_word(view.text[i - 1]):  # the cue may follow a glued article or clitic (هذه الزيارة)
                i -= 1
            before = view.text[max(0, i - 8) : i].split()
            if before and before[-1].lstrip("«\"“(") in _DEMONSTRATIVES_BY_LANG.get(lang, DEMONSTRATIVES) and not _noun_at(view.text, cue)[1] \
                    and not (lang == "ar" and before[-1] == _AN and not view.text[i : cue.vend].startswith(_DEFINITE)):
                # (Arabic «أن» only before a noun with the article, «أكد أن اللقاء»: not «قبل أن يُفرج عنهما»)
                # (not 'that a second meeting …', «أن لقاءً ثانياً»: another contact)
                return before[-1].lstrip("«\"“("), cue
        return None

    def _own_contact_again(self, view: View, cues, groups, cur, cand: Candidate, out) -> Candidate | None:
        """The contact reported before that the sentence's typing cue names with a possessive (Arabic «زيارته»,
        «زيارتها»): one of a kind that noun may name again, between the same sides, in the same city."""
        _, _, main = self._main_cue(cues, groups, cur)
        if not view.text[main.vstart : main.vend].endswith(_POSSESSIVE_ENDS):
            return None
        for ante, _ in reversed(out):
            if ante is not None and ante.same_as is None and _same_family(_cue_kind(main.key), ante.event_type) \
                    and ante.parties == cand.parties and ante.location_city == cand.location_city:
                return ante
        return None

    def _numbered_round(self, view: View, cues, groups, cur) -> bool:
        """The sentence's typing cue is a numbered or 'new' round of talks («دور چهارم», «الجولة الرابعة»)."""
        _, _, main = self._main_cue(cues, groups, cur)
        if _cue_kind(main.key) not in ("talks", "series"):
            return False
        words = view.text[main.vstart : main.vend].split()
        if len(words) > 1 and words[0] in _ROUND_NOUNS and norm(words[1]) in _ANOTHER:
            return True
        if len(words) > 1 and words[-1] in _ROUND_NOUNS and _FA_ORDINAL_BEFORE.fullmatch(words[-2]):
            return True  # a Persian ordinal before its noun: «نخستین دور», «سومین دور»
        if self._went_on_words(view) and (_WENT_ON.match(view.text, main.vend) or _WENT_ON_BEFORE.search(view.text, max(0, main.vstart - 12), main.vstart)):
            return True  # the talks went on («گفت‌وگوها به میزبانی عراق ادامه یافت», «واستمرت المحادثات»): one more round
        return words[-1:] and words[-1] in _ROUND_NOUNS and _noun_at(view.text, main)[1]

    def _deal_of_round(self, view: View, cur, cues, groups, out, s: int, cand: Candidate) -> tuple[int, Candidate] | None:
        """The deal reported last (within ``ANAPHOR_REACH`` before ``s``), of the same sides, when this sentence
        speaks of the round that produced it: its round or deal named with the article, not as another, on a day
        1–14 days before the deal («الجولة التي انطلقت الأربعاء الماضي», «الاتفاق», not «الجولة السابقة»), or a
        session on a day inside the deal's round: (its index, it)."""
        word, another = _noun_at(view.text, self._main_cue(cues, groups, cur)[2])
        if another:
            return None
        cand_vs, cand_ve = bisect_left(view.starts, cand.char_start), bisect_left(view.starts, cand.char_end)
        for j in range(len(out) - 1, -1, -1):
            ante = out[j][0]
            if ante is None:
                continue
            if s - ante.char_start > ANAPHOR_REACH:
                return None
            if ante.event_type != "agreement":
                continue
            if ante.parties != cand.parties or ante.date_precision != "day" or cand.location_country not in (None, ante.location_country):
                return None
            if word.startswith(_DEFINITE) and cand.event_type in ("talks", "agreement") and 0 < (ante.date_start - cand.date_start).days <= 14:
                return j, ante
            # «گفت‌وگوها از ۶ فروردین آغاز شده بود», «مذاکراتی که از … آغاز شده بود»: the round that had begun before the deal
            if cand.event_type in ("talks", "series") and 0 < (ante.date_start - cand.date_start).days <= 14 and _HAD_BEGUN.search(view.text, cand_vs, cand_ve):
                return j, ante
            # a session on a day inside the round that produced the deal («کری که روز شنبه به ژنو آمده بود، چند بار
            # با ظریف دیدار کرد» after the deal that closed the round begun on Wednesday)
            if cand.event_type in ("talks", "meeting", "series") and ante.date_start < ante.date_end and ante.date_start <= cand.date_start <= ante.date_end:
                return j, ante
            return None
        return None

    def _round_ends(self, view: View, cur, cues, groups, ante: Candidate, cand: Candidate) -> bool:
        """The sentence ends the round the sentence before reported: talks both, the round's noun with the
        article («الجولة», not «جولة أخرى»), a word of ending, and a day of its own 1–31 days after the round's
        start («قبل أن تنتهي الجولة في 17 كانون الأول/ديسمبر»)."""
        if not (ante.event_type == cand.event_type == "talks" and ante.date_precision == cand.date_precision == "day"):
            return False
        if cand.rule.endswith(":context-date") or not 0 < (cand.date_start - ante.date_start).days <= 31:
            return False
        word, another = _noun_at(view.text, self._main_cue(cues, groups, cur)[2])
        return word.startswith(_DEFINITE) and not another and _ROUND_ENDS.search(view.text, cur[0][2].vstart, cur[-1][2].vend) is not None

    def _stay_until(self, raw: str, s: int, e: int, view: View, cur, cues, groups, ante: Candidate, cand: Candidate) -> bool:
        """The sentence says until when the visit or round the sentence before reported went on: the contact noun
        with the article («وأمضى الوفد أربعة أيام حتى الثامن والعشرين من الشهر نفسه»), a day of its own after
        'until' 1–31 days after that contact's start (up to ``ROUND_UNTIL_DAYS`` for talks), and the same sides."""
        if not (ante.event_type in _ENCOUNTERS and cand.event_type in _ENCOUNTERS and ante.date_precision == cand.date_precision == "day"):
            return False
        # (a round of talks may go on for months, with pauses: «وتستمر الجولة مع توقفات قصيرة حتى 11 آذار/مارس 2022» of
        # a round opened on 27 December; a stay, a month at most)
        reach = ROUND_UNTIL_DAYS if ante.event_type == cand.event_type == "talks" else 31
        if cand.rule.endswith(":context-date") or not 0 < (cand.date_start - ante.date_start).days <= reach or cand.parties != ante.parties or not cand.date_text:
            return False
        nouns = [_noun_at(view.text, x[2]) for x in cues]
        at = raw.find(cand.date_text, s, e)
        return any(w.startswith(_DEFINITE) for w, _ in nouns) and not any(a for _, a in nouns) and at >= 0 and _UNTIL_DAY.search(raw, max(s, at - 12), at) is not None

    def _definite_again(self, view: View, cur, cues, groups: set[str], ante: Candidate, dates: list[DateMatch], pub) -> tuple[Candidate, str] | None:
        """A sentence that names no side, whose typing cue is a contact noun with the article («عُقد الاجتماع
        يوم الاثنين 28 أيار/مايو 2007») of the kind of the last contact reported (encounters: talks, a meeting,
        a visit; not a series), with a day inside that contact's less precise dates (a season, a month): that
        contact, its date now the day. (``ante`` with the day, the noun), else None."""
        _, _, main = self._main_cue(cues, groups, cur)
        kind = _cue_kind(main.key)
        if ante.event_type not in _ENCOUNTERS or kind not in _ENCOUNTERS or ante.date_precision == "day" or ante.date_start is None:
            return None
        word, another = _noun_at(view.text, main)
        if not word.startswith(_DEFINITE) or another:
            return None
        usable = [d for d in dates if d.date_start is not None and (pub is None or d.date_start <= pub)]
        if len({(d.date_start, d.date_end, d.date_precision) for d in usable}) != 1 or usable[0].date_precision != "day":
            return None  # (one day, which may be written in two calendars)
        d = usable[0]
        if not (ante.date_start <= d.date_start and (d.date_end or d.date_start) <= (ante.date_end or ante.date_start)):
            return None
        end = d.date_end or d.date_start
        return dataclasses.replace(
            ante, date_start=d.date_start, date_end=end, date_precision="day", date_text=d.text, date_calendar=d.calendar,
            date_edtf=d.date_start.isoformat() if d.date_start == end else f"{d.date_start.isoformat()}/{end.isoformat()}",
        ), word

    def _back_reference(self, view: View, cur, cues, groups: set[str], prev_hits, lang: str | None = None) -> str | None:
        """The sentence's typing cue names, with the article or a demonstrative, a contact of the kind the
        sentence before typed («ويأتي الاتفاق بعد …», «هذه الزيارة»): the word, else None. An ordinal or
        'new / next / other' after the noun makes it another contact («الاجتماع الثاني»)."""
        _, _, main = self._main_cue(cues, groups, cur)
        prev_cues = [x for x in prev_hits if x[2].cat == "cue" and x[2].key.startswith("event_types.")]
        if not prev_cues:
            return None
        _, _, before = self._main_cue(prev_cues, _cue_groups(prev_hits), prev_hits)
        if not (_same_family(_cue_kind(main.key), _cue_kind(before.key)) or {_cue_kind(main.key), _cue_kind(before.key)} == {"series", "talks"}):
            return None  # (the rounds, «هذه الجولات», after one of them, «الجولة الخامسة», are that negotiation's)
        text = view.text
        word, another = _noun_at(text, main)
        if another:
            return None
        i = main.vend - len(word)
        prior = text[max(0, i - 8) : i].split()
        if prior and prior[-1].lstrip("«\"“(") in _DEMONSTRATIVES_BY_LANG.get(lang, DEMONSTRATIVES):
            return prior[-1].lstrip("«\"“(") + " " + word  # («هذه الجولات», «این دیدار»)
        if word.startswith(_DEFINITE):
            return word
        if _RELATIVE_AFTER.match(text, main.vend) and (i == 0 or _SENTENCE_OPEN.search(text, max(0, i - 8), i)):
            return word  # the sentence opens with 'a deal that …' («توافقی که با میانجیگری … به دست آمد»): that one
        return None

    def _party_of(self, h: Hit, on) -> frozenset | None:
        """The parties an actor mention stands for: a state itself, a person's country (None for an
        organisation's official, who acts for it), an organisation's members among the sides, or the
        organisation itself when it has none (the E3, the IAEA). None for anything else."""
        if h.cat == "state":
            return frozenset([h.key])
        if h.cat == "person":
            p = self.lex.persons[h.key]
            if not p.country or any(r.org for r in _roles_on(p, on)) or _g(p, "private", False):
                return None
            return frozenset([p.country])
        if h.cat == "org":
            sides = set(_g(self.lex.orgs[h.key], "members", []) or []) & self.required
            return frozenset(sides) if sides else frozenset([h.key])
        return None

    def _adjective_pair(self, cur, cue: Hit) -> tuple[str, str] | None:
        """Two states' adjectives right after the contact word («الاتفاق السعودي الإيراني», «محادثات أمريكية روسية»,
        «توافق ایرانی-آمریکایی») name its two parties: when they are not the two sides, the pair, else None."""
        if not self.required:
            return None
        after = [h for _, _, h in cur if h.cat == "state" and h.vstart > cue.vend]
        if len(after) < 2:
            return None
        a, b = after[0], after[1]
        if a.vstart - cue.vend > 2 or b.vstart - a.vend > 3 or a.key == b.key or {a.key, b.key} <= self.required:
            return None
        return a.key, b.key

    def _message_to_third(self, raw: str, cur, cue_re: int, on) -> str | None:
        """The actor a message word is addressed to right after it ('to' and up to one word between: «نامه‌ای به لولا»,
        «رسالة إلى الرئيس البرازيلي»), when it is a third state's person or the state itself: that state, else None."""
        nxt = next((x for x in cur if x[0] >= cue_re and x[2].cat in ("state", "person", "org")), None)
        if nxt is None or not _ADDRESSED_TO.fullmatch(raw, cue_re, nxt[0]):
            return None
        party = self._party_of(nxt[2], on)
        if not party or len(party) != 1 or party & self.required:
            return None
        if any(x[0] > nxt[1] and x[2].cat in ("state", "person") and _TO_BEFORE.search(raw, max(0, x[0] - 6), x[0])
               and (self._party_of(x[2], on) or frozenset()) & self.required for x in cur):
            return None  # a side it went on to, named after it («… به لولا که از طریق او به تهران منتقل شد»)
        return next(iter(party))

    def _third_met_each(self, raw: str, cur, cues, on) -> str | None:
        """The third state whose person (or adjective) opens the sentence's actors and who met one side at the first
        meeting word and the other at the second («والتقى رئيس الوزراء الياباني شينزو آبي روحاني …، كما التقى ترامب
        …», «آبه با روحانی دیدار کرد و با ترامپ نیز دیدار کرد»), with no other contact word but in a 'without' clause;
        else None."""
        meets = [x for x in cues if _cue_kind(x[2].key) == "meeting"]
        # (other contact words only in a 'without' clause: «من دون أن يعلن أي طرف أنه حمل رسالة»)
        if len(meets) < 2 or any(_cue_kind(x[2].key) != "meeting" and not _WITHOUT_CLAUSE.search(raw, max(0, x[0] - 60), x[0]) for x in cues):
            return None
        actors = self._actor_parties(cur, on)
        if not actors or actors[0][1] & self.required:
            return None
        third = next(iter(actors[0][1]))
        rest = [(a, p & self.required) for a, p in actors[1:] if p != actors[0][1]]
        if any(not p for _, p in rest):
            return None  # (a fourth state)
        for cut_a, cut_b in ((meets[0][0], meets[1][0]), (None, meets[0][0])):
            # (verb first, Arabic: the side after each verb; verb last, Persian: the side before each verb)
            one = frozenset().union(*(p for a, p in rest if (cut_a is None or a > cut_a) and a < cut_b))
            two = frozenset().union(*(p for a, p in rest if a > cut_b and (cut_a is not None or a < meets[1][0])))
            if len(one) == 1 and len(two) == 1 and one != two and one | two == frozenset().union(*(p for _, p in rest)):
                return third
        return None

    @staticmethod
    def _attempted(raw: str, s: int, e: int, cue_rs: int, cue_re: int) -> bool:
        """Whether the contact word at raw ``cue_rs:cue_re`` is what an attempt was to arrange: 'an attempt (by X) to
        arrange' right before it, or a Persian 'tries' before it and 'arrange' in the subjunctive after it."""
        if _ATTEMPT_TO_ARRANGE.search(raw, max(s, cue_rs - 60), cue_rs):
            return True
        return _ATTEMPT_VERB.search(raw, max(s, cue_rs - 80), cue_rs) is not None and _ARRANGE_SUBJUNCTIVE.search(raw, cue_re, min(e, cue_re + 60)) is not None

    def _message_received_by_third(self, raw: str, cur, cue_rs: int, cue_re: int, on) -> str | None:
        """The third state whose official (or the state itself), named before a message word, received it from a side
        («دفتر عادل عبدالمهدی، نخست‌وزیر عراق، گفت نیمه‌شب پیامی شفاهی از ایران دریافت کرده», «تلقى رئيس الوزراء
        العراقي رسالة من طهران»): that state, else None; not when the sentence says it went on to the other side."""
        sender = next((x for x in cur if x[0] >= cue_re and x[2].cat in ("state", "person", "org") and _FROM_BEFORE.search(raw, max(0, x[0] - 6), x[0])), None)
        if sender is None or not ((self._party_of(sender[2], on) or frozenset()) & self.required) or not _FROM_SIDE_GAP.fullmatch(raw, cue_re, sender[0]):
            return None
        received = _RECEIVED_AFTER.match(raw, sender[1]) is not None or _RECEIVED_BEFORE.search(raw, max(0, cue_rs - 100), cue_rs) is not None
        before = [x for x in cur if x[1] <= cue_rs and x[2].cat in ("state", "person", "org")]
        if not received or not before:
            return None
        party = self._party_of(before[-1][2], on)
        if not party or len(party) != 1 or party & self.required:
            return None
        if any(x[0] > sender[1] and x[2].cat in ("state", "person") and _TO_BEFORE.search(raw, max(0, x[0] - 6), x[0])
               and (self._party_of(x[2], on) or frozenset()) & self.required for x in cur):
            return None  # carried on to a side named after it
        return next(iter(party))

    def _pair_with_third_party(self, raw: str, view: View, cur, cue_rs: int, cue_re: int, lang, on) -> tuple[str, str] | None:
        """The two parties of a contact named as a pair next to its word, one a side and the other not
        («توصلت واشنطن والدوحة إلى تفاهم», «وكان آبي وروحاني قد التقيا», «آمریکا و قطر به تفاهم رسیدند»), or
        after 'between' («محادثات بين إيران والترويكا الأوروبية»): the contact is theirs, not the sides'.
        Only two actors (states, persons, organisations) joined by 'and' with nothing else between, within
        ~4 words of the contact word (a 'between' up to ~6 words after it), and not a list of three or more,
        not after a mediation word («بوساطة قطر وعمان») or a preposition of place («في إيران وعمان»).
        Returns the pair, or None."""
        if not self.required:
            return None
        acts = []
        for x in cur:
            if x[2].cat in ("state", "person", "org") and not (acts and acts[-1][0][0] == x[0] and acts[-1][0][1] == x[1]):
                acts.append((x, self._party_of(x[2], on)))
        # chains of actors joined by 'and' or a comma («إيران وعمان», «ایران، ترکیه و برزیل»)
        chains: list[list] = []
        for n, act in enumerate(acts):
            # (from the end of the word: «مسؤولون سعوديون وإيرانيون», an adjective read with its plural ending left over)
            if chains and _LIST_ON.fullmatch(raw, _word_end(raw, acts[n - 1][0][1]), act[0][0]):
                chains[-1].append(act)
            else:
                chains.append([act])
        for chain in chains:
            if len(chain) < 2 or any(p is None for _, p in chain):
                continue
            if len(chain) > 2 and _SHUTTLED_BETWEEN.search(raw, max(0, chain[0][0][0] - 50), chain[0][0][0]):
                continue  # the stops of a go-between's shuttle («تنقّل بيكو بين بيروت ودمشق وطهران»), not a pair of parties
            joined = frozenset().union(*(p for _, p in chain))
            if self.required <= joined or not (joined & self.required) or not (joined - self.required):
                continue  # both sides, or no side: not this rule's
            k = acts.index(chain[0])
            if k and (acts[k - 1][1] or frozenset()) & (self.required - joined) and _WITH_JOIN.fullmatch(
                raw, _word_end(raw, acts[k - 1][0][1]), chain[0][0][0]
            ):
                continue  # the other side's counterparts after 'with' («مذاکرات ایران با آمریکا، روسیه و فرانسه»), not a pair
            (a1, _, h1), _ = chain[0]
            (a2, b2, h2), _ = chain[-1]
            if "(" in raw[max(0, a1 - 3) : a1] and ")" in raw[b2 : b2 + 3]:
                continue  # the members of a group in brackets («مجموعة الدول الست (الولايات المتحدة وروسيا … وألمانيا)»)
            if not _AND_ONLY.fullmatch(raw, _word_end(raw, chain[-2][0][1]), a2):
                continue  # a pair or a list ends with 'and' («إيران وعمان», «ایران، ترکیه و برزیل»)
            between = _BETWEEN.search(raw, max(0, a1 - 30), a1)
            # (a Persian subject pair stands further before its verb: «آمریکا و قطر روز … درباره … به تفاهم رسیدند»)
            reach = PAIR_REACH_FA if lang == "fa" and not any(b in raw[b2:cue_rs] for b in _PURPOSE_BREAKS) else PAIR_REACH
            # (the distances in the view's letters: marks a source adds, «اُلحوثيين», lengthen no gap)
            if not (
                0 <= _view_gap(view, b2, cue_rs) <= reach
                or 0 <= _view_gap(view, cue_re, a1) <= PAIR_REACH
                or (between is not None and 0 <= _view_gap(view, cue_re, between.start()) <= BETWEEN_REACH
                    and not any(b in raw[cue_re:a1] for b in _PURPOSE_BREAKS))
            ):
                continue
            if self._locative(view, h1) or any(
                h.cat == "cue" and h.key.startswith("mediation.") and 0 <= a1 - b <= 3 for a, b, h in cur
            ):
                continue
            return (h1.key, h2.key)
        return None

    def _among_own(self, raw: str, cur, cue_re: int) -> str | None:
        """A contact 'between' the delegations, factions or parties of one third state, named after its word
        («يدير الجلسات بين الوفود الأفغانية الأربعة», «گفت‌وگو میان گروه‌های افغان»): that state's own (its key),
        or None."""
        for a, _, h in cur:
            if h.cat == "state" and h.key not in self.required and 0 <= a - cue_re <= BETWEEN_REACH + 20:
                m = _AMONG_GROUPS.search(raw, max(cue_re, a - 40), a)
                # (the word 'between' follows is this contact's, not another's after it: «لقاء جانبي على هامش
                # المحادثات بين الأطراف الأفغانية» is a meeting on the sidelines of the Afghans' talks)
                if m and not any(x.cat == "cue" and x.key.startswith("event_types.") and cue_re <= xs < m.start() for xs, _, x in cur):
                    return h.key
        return None

    def _with_third_parties(self, raw: str, cur, cue_re: int, e: int, on) -> str | None:
        """«وعقد باقري كني أمس أيضاً لقاءات منفصلة مع رؤساء وفود فرنسا وألمانيا وبريطانيا وروسيا والصين، فيما اجتمع
        المفاوضون الأوروبيون لاحقاً بالوفد الأمريكي …»: 'with' right after the contact word and a list of third
        parties only, and every side that is not in the list named after the end of its clause: the contact is with
        them. The list's first actor (its key), or None."""
        while cue_re < e and _is_word(raw[cue_re]):
            cue_re += 1  # (to the end of the word: «لقاء» in «لقاءات»)
        m = _WITH_AFTER.match(raw, cue_re)
        if m is None:
            return None
        acts = [(a, b, h) for a, b, h in cur if h.cat in ("state", "person", "org") and a >= m.end()]
        if not acts or acts[0][0] - m.end() > 20:
            return None
        chain = [acts[0]]
        for x in acts[1:]:
            if _LIST_ON.fullmatch(raw, chain[-1][1], x[0]):
                chain.append(x)
            else:
                break
        parties = [self._party_of(h, on) for _, _, h in chain]
        if any(p is None or (set(p) & self.required) for p in parties):
            return None
        brk = _CLAUSE_BREAK.search(raw, chain[-1][1], e)
        if brk is None:
            return None
        named_in = {k for a, _, h in cur if a < brk.start() for k in (self._party_of(h, on) or ()) if h.cat in ("state", "person", "org")}
        named_after = {k for a, _, h in cur if a >= brk.end() for k in (self._party_of(h, on) or ()) if h.cat in ("state", "person", "org")}
        if not (self.required - named_in) or not ((self.required - named_in) <= named_after):
            return None
        return chain[0][2].key

    def _met_third_party(self, raw: str, cur, cue: Hit, cue_re: int, on) -> str | None:
        """Arabic 'meets' / 'received' with no subject of its own before the one it met («حيث يلتقي اليوم
        الخميس العاهل السعودي»): when the first person named after the verb (skipping the day) is a third
        state's person or title holder, that state (the subject is someone named before); else None. A side
        named first («التقى عراقجي البوسعيدي») is the subject, and the rule says nothing."""
        if norm(cue.term) not in _MEET_VERBS or not self.required:
            return None
        cs = next((a for a, _, h in cur if h is cue), cue_re)
        before = [(a, b, h) for a, b, h in cur if b <= cs and cs - b <= 12 and h.cat == "person"]
        if before and not any(h.cat == "cue" and (h.key.startswith("mediation.") or h.key == "event_types.message_exchange") for _, _, h in cur):
            # «وكان منير قد التقى ترامب يوم الأربعاء»: a third state's person right before the verb met the side named
            # after it, with no word of a message or mediation: that state's contact with one side
            party = self._party_of(before[-1][2], on)
            after = next((h for a, _, h in cur if a >= cue_re and a - cue_re <= MET_REACH and h.cat == "person"), None)
            if party and len(party) == 1 and not party & self.required and after is not None and (self._party_of(after, on) or frozenset()) & self.required:
                return next(iter(party))
        subject = None  # a side's person named first is the subject; the one named next is whom it met
        start = cue_re
        for a, b, h in cur:
            if a < start:
                continue
            if a - start > MET_REACH:
                return None
            if h.cat == "person":
                party = self._party_of(h, on)
                if party is None:
                    return None  # an organisation's official, or a person of no state
                (country,) = party
            elif h.cat == "state" and (any(r.cat == "role" and 0 <= a - rb <= 1 for _, rb, r in cur) or _COUNTERPART.search(raw, max(0, a - 12), a)):
                country = h.key  # a title holder of that state («رئيس الوزراء الياباني», «نظيره الإيطالي»)
            elif h.cat in ("state", "org"):
                return None  # a state or an organisation named first: not this rule's
            else:
                continue
            if subject is None and h.cat == "person" and country in self.required:
                # «التقى عراقتشي نظيره الإيطالي»: the side is the subject; read on for whom it met (a few words on)
                subject, start = country, b
                continue
            return country if country and country not in self.required else None
        return None

    def _relayed_to_the_other_side(self, pair, cur, groups) -> bool:
        """A round of one side with a grouping the other side is not in (Iran and the 4+1 after 2018) whose sentence
        names that other side taking part indirectly («با مشارکت غیرمستقیم آمریکا», «بمشاركة أمريكية غير مباشرة»,
        «فيما أقام الوفد الأمريكي في فندق آخر») or getting messages: the two sides' indirect contact inside the round."""
        if not self.required or not (self._has(groups, "format_indirect") or self._has(groups, "mediation.message_carrier")):
            return False
        orgs = [k for k in pair if k in self.lex.orgs]
        sides = [k for k in pair if k in self.required]
        if len(orgs) != 1 or len(sides) != 1:
            return False
        o = self.lex.orgs[orgs[0]]
        missing = self.required - set(sides) - set(_g(o, "members", []) or [])
        if len(missing) != 1 or _g(o, "standing_body", False):
            return False
        (other,) = missing
        return any(
            (h.cat == "state" and h.key == other) or (h.cat == "person" and self.lex.persons[h.key].country == other)
            for _, _, h in cur
        )

    def _forum_of(self, cur, cue_re: int, on, dated=(), raw: str | None = None) -> str | None:
        """«نشست وزیران خارجه سازمان همکاری اسلامی», «اجتماع وزراء خارجية منظمة التعاون الإسلامي», «نشست ۲۳ تیر
        ۱۳۶۷ شورای امنیت»: an organisation named right after the meeting word (only titles or a date between,
        ``dated`` the sentence's date spans) whose members are not the two sides (none listed, or not both) or
        that is a standing body (a council, a tribunal), when the sentence does not name a person of each
        side: that organisation, else None."""
        for a, b, h in cur:  # a standing body that holds the session: «عقد مجلس الأمن الدولي جلسة»
            if h.cat == "org" and 0 <= cue_re - b <= 24 and b <= cue_re and _g(self.lex.orgs[h.key], "standing_body", False):
                return h.key
        covered = cue_re  # (the text from the meeting word to the organisation: titles only)
        for a, b in sorted(dated):
            if 0 <= a - covered <= 1:
                covered = max(covered, b)
        for a, b, h in cur:
            if b <= cue_re:
                continue
            if h.cat == "role" and a - covered <= 1:
                covered = max(covered, b)
                continue
            if h.cat != "org" or (a - covered > 1 and not (a - covered == 2 and raw is not None and raw[a - 1] == "ل")):
                return None  # (the organisation right after it, or after a glued 'of': «جلسة لمجلس الأمن الدولي»)
            members = set(_g(self.lex.orgs[h.key], "members", []) or [])
            if not _g(self.lex.orgs[h.key], "standing_body", False) and (not self.required or self.required <= members or members & self.required):
                return None  # (the P5+1 across the table brings the US; a grouping with a side is its round)
            if _g(self.lex.orgs[h.key], "standing_body", False):
                return h.key  # (both sides' people speaking at a council's session do not make it their contact)
            people = {p.country for p in (self.lex.persons[x.key] for _, _, x in cur if x.cat == "person") if p.country}
            return None if self.required <= people else h.key
        return None

    def _third_visitor(self, cur, cue: Hit, cue_re: int, on) -> str | None:
        """The traveller named right after a visit noun («زيارة رئيس الوزراء محمد شياع السوداني إلى طهران»), when
        a third state's person: that state, else None. Also the traveller right before a visit verb («وكان رئيس
        الوزراء العراقي محمد شياع السوداني قد زار واشنطن»)."""
        before = [h for _, b, h in cur if h.cat == "person" and 0 <= cue.vstart - h.vend <= 8]
        if before:
            party = self._party_of(before[-1], on) or self._post_of(before[-1], on)
            if party and len(party) == 1 and not (party & self.required):
                return next(iter(party))
        for a, _, h in cur:
            if a < cue_re:
                continue
            if a - cue_re > 30:
                return None
            if h.cat in ("person", "state", "org"):
                # (an organisation with no side among its members, or its official: «زار الأمين العام للأمم
                # المتحدة كورت فالدهايم طهران» is the UN's visit)
                party = (self._party_of(h, on) or self._post_of(h, on)) if h.cat != "state" else None
                if not party or len(party) != 1:
                    return None
                (country,) = party
                return country if country not in self.required else None
        return None

    def _post_of(self, h: Hit, on) -> frozenset | None:
        """The organisation a person holds a post in on that day, when it has no side among its members
        (the UN's Secretary-General), else None."""
        if h.cat != "person":
            return None
        posts = {r.org for r in _roles_on(self.lex.persons[h.key], on) if r.org and r.org in self.lex.orgs}
        if len(posts) != 1 or set(_g(self.lex.orgs[next(iter(posts))], "members", []) or []) & self.required:
            return None
        return frozenset(posts)

    def _received_by_third(self, raw: str, s: int, e: int, cur, on) -> tuple[str, str] | None:
        """«استقبلت الكويت … وزير الخارجية الأمريكي», «استقبل السلطان هيثم المبعوث الأمريكي»: 'received' with a third
        state (or its person) as the subject right after it and one side only as the guests after that (within
        ~10 words): the contact is the host's with that side, (host, side); else None («استقبلت مسقط الوفدين
        الإيراني والأمريكي» hosts both)."""
        if not self.required:
            return None
        for m in (_RECEIVED.finditer(raw, s, e) if _RECEIVED_KEY.search(raw, s, e) else ()):
            after = [(a, self._party_of(h, on)) for a, _, h in cur if m.end() <= a <= m.end() + 80 and h.cat in ("state", "person", "org")]
            after = [(a, p) for a, p in after if p]
            if not after or after[0][0] - m.end() > 24 or len(after[0][1]) != 1 or after[0][1] <= self.required:
                continue
            (host,) = after[0][1]
            guests = set().union(*(p for _, p in after[1:])) if after[1:] else set()
            sides = guests & self.required
            if len(sides) == 1 and not (guests - sides - {host}):
                return host, next(iter(sides))
        return None

    def _side_received_third(self, raw: str, s: int, e: int, cur, on) -> tuple[str, str] | None:
        """«استقبل ترامب الرئيس السويسري أولي ماورر في البيت الأبيض»: 'received' with one side as the subject right
        after it and a third state (or its person) as the only guest named next (within ~4 words): the contact is
        that side's with its guest, (guest, side); else None."""
        for m in (_RECEIVED.finditer(raw, s, e) if _RECEIVED_KEY.search(raw, s, e) else ()):
            after = [(a, self._party_of(h, on)) for a, _, h in cur if m.end() <= a <= m.end() + 60 and h.cat in ("state", "person")]
            after = [(a, p) for a, p in after if p and len(p) == 1]
            if len(after) < 2 or after[0][0] - m.end() > 24 or not after[0][1] <= self.required or after[1][0] - after[0][0] > 40:
                continue
            (host,) = after[0][1]
            (guest,) = after[1][1]
            if guest not in self.required and all(p == after[1][1] or p == after[0][1] for _, p in after[1:]):
                return guest, host
        return None

    def _the_two_named(self, raw: str, cur, on) -> tuple[str, str] | None:
        """'The two countries' («بين وفدي البلدين», «الجانبان», «دو کشور») stand for the last two parties the
        sentence names before them, named together as a pair: when those are a side and another party («التقارب الأمريكي الكوبي، حين
        استضاف الكرسي الرسولي … لقاءً سرياً بين وفدي البلدين»), the pair, else None (fewer than two named
        before them: the sides come from the sentences around, as before)."""
        at = next((a for a, _, h in cur if h.cat == "cue" and h.key == "both_sides"), None)
        if at is None or not self.required:
            return None
        named: list[tuple[frozenset, str, int, int]] = []
        # (a host or mediator, named right after its word, «استضاف الكرسي الرسولي», is not one of the two)
        acting = [b for _, b, h in cur if h.cat == "cue" and h.key.startswith("mediation.")]
        for a, b, h in cur:
            if a >= at:
                break
            p = self._party_of(h, on) if h.cat in ("state", "person", "org") else None
            if p is None or (named and named[-1][2] == a) or any(0 <= a - m <= 3 for m in acting):
                continue
            named.append((p, h.key, a, b))
        if len(named) < 2:
            return None
        (p1, k1, _, b1), (p2, k2, a2, _) = named[-2], named[-1]
        # (only a pair named together, «الأمريكي الكوبي», «إيران وعمان»: a mediator or a host named
        # between the sides and 'the two' is no pair)
        if not _PAIR_GAP.fullmatch(raw, b1, a2):
            return None
        if bool(p1 & self.required) == bool(p2 & self.required) or self.required <= p1 | p2:
            return None
        return (k1, k2)

    def _actor_parties(self, cur, on) -> list[tuple[int, frozenset]]:
        """(raw start, party) of the states and persons the hits name that stand for one state, in order."""
        return [(a, party) for a, _, h in cur if h.cat in ("state", "person") for party in [self._party_of(h, on)] if party and len(party) == 1]

    def _with_parties(self, raw: str, cur, s: int, on) -> dict[str, int]:
        """The states named, themselves or through a person, right after 'with' in the sentence starting at ``s``:
        each with the raw start of its first such mention."""
        out: dict[str, int] = {}
        for a, party in self._actor_parties(cur, on):
            if _with_before(raw, max(s, a - WITH_BEFORE_CHARS), a):
                out.setdefault(next(iter(party)), a)
        return out

    def _with_each_side(self, raw: str, cur, s: int, on) -> str | None:
        """The third state whose actor, named first in the sentence, has a contact 'with' one side and another
        'with' the other side («… با آنتونی بلینکن … و … با حسین امیرعبداللهیان …», «التقى … مع بلينكن، ثم … مع
        عبد اللهيان»): that state, else None."""
        actors = self._actor_parties(cur, on)
        withs = {c: a for c, a in self._with_parties(raw, cur, s, on).items() if c in self.required}
        if not actors or not self.required <= set(withs):
            return None
        (first,) = actors[0][1]
        if first in self.required or actors[0][0] >= min(withs.values()):
            return None
        return first

    def _with_third_party(self, raw: str, view: View, cur, cue_rs: int, cue_re: int, on) -> str | None:
        """The other party of a contact, introduced by 'with' («با دولت قطر … به تفاهم رسیدند», «با الکاظمی
        دیدار کرد», «التقى مع نظيره العماني»), when it is a third state or its person and no side is also
        introduced by 'with': that state, else None. Only within ~9 words of the contact word."""
        if not self.required:
            return None
        found = None
        named = []  # (start, country) of the actors after the contact word, in order
        for a, b, h in cur:
            # (an organisation's official, the EU's Solana, acts for it, not for a state: no party here)
            party = self._party_of(h, on) if h.cat in ("state", "person") else None
            if not party or not (0 <= cue_rs - b <= WITH_REACH or 0 <= a - cue_re <= WITH_REACH):
                continue
            (country,) = party
            if not _with_before(raw, max(0, a - WITH_BEFORE_CHARS), a):
                if h.cat == "person" or any(r.cat == "role" and 0 <= a - rb <= 1 for _, rb, r in cur):
                    named.append((a, country))  # a person, or a state's title holder («نخست‌وزیر ژاپن»)
                continue
            if country in self.required:
                # a list of third states right before 'with' a side («ترکیه و برزیل با ایران به توافق رسیدند»): the contact is
                # theirs with it (a list by name only: one state there may qualify a noun, «انقلاب الجزایر با …»)
                acts = [x for x in cur if x[1] <= a and x[2].cat in ("state", "person", "org")]
                if (
                    len(acts) >= 2
                    and _WITH_JOIN.fullmatch(raw, _word_end(raw, acts[-1][1]), a)
                    and _AND_ONLY.fullmatch(raw, _word_end(raw, acts[-2][1]), acts[-1][0])
                    and all(x[2].cat == "state" and x[2].key not in self.required and not self._locative(view, x[2]) for x in acts[-2:])
                ):
                    return acts[-2][2].key
                # a side is the one 'with': the contact is the sides', unless a third state's person (a person:
                # a state's adjective there is a go-between, «از طریق مقام‌های عمانی با باقری») stands between
                # the contact word and 'with' as the one who met them («دیدار کیشیدا، نخست‌وزیر ژاپن، با رئیسی»)
                # (in Persian order, 'X … با روحانی دیدار کرد', the one before 'with' and the verb after it: «عمران خان
                # یکشنبه گذشته در تهران با حسن روحانی … دیدار کرد»)
                who = [c for x, c in named if cue_re <= x < a] if a > cue_re else [c for x, c in named if x < a]
                if who and who[0] not in self.required:
                    return who[0]
                return None
            if found is None:
                found = country
        return found

    _sides_memo: tuple = ()  # ((tuple(hits), frozenset of the states), …): the last few asked about, latest first

    def _sides_named(self, hits) -> set[str]:
        """The states named in these hits, directly or through a person's country (sides borrowed from
        neighbouring sentences). (The rules ask again about the same hits: the last few answers are kept, for
        lists holding the very same hits.)"""
        memo = self._sides_memo
        for items, named in memo:
            if _same_items(items, hits):
                return set(named)
        out = self._states_of(hits)
        self._sides_memo = ((tuple(hits), frozenset(out)), *memo[:SIDES_MEMO - 1])
        return out

    def _states_of(self, hits) -> set[str]:
        """(_sides_named, computed)"""
        out = set()
        absent = self._absent_states(hits)
        gone = {hits[n][2].key for n in absent}  # said to be absent: not borrowed from another mention either
        for n, (_, _, h) in enumerate(hits):
            if n in absent or (h.cat == "state" and h.key in gone):
                continue
            if h.cat == "state":
                out.add(h.key)
            elif h.cat == "person" and self.lex.persons[h.key].country and h.key not in self._org_only:
                out.add(self.lex.persons[h.key].country)
        return out

    @staticmethod
    def _absent_states(hits) -> set[int]:
        """Indices of the state mentions in a clause saying that state was absent or took no part («هیچ
        نماینده‌ای از آمریکا … حضور نداشت», «غاب أي تمثيل أمريكي», «لكنه لم يشارك فيها»): the absence
        phrase up to ~80 characters after the state or ~25 before it, with no other state named between."""
        absences = [h for _, _, h in hits if h.cat == "cue" and h.key == "absent_side"]
        negations = [h for _, _, h in hits if h.cat == "cue" and h.key == "negation"]
        if not absences and not negations:
            return set()
        states = [(n, h) for n, (_, _, h) in enumerate(hits) if h.cat == "state"]
        out = set()
        # (not when the text speaks of the format: 'met no American directly' leaves indirect talks)
        formats = any(h.cat == "cue" and h.key.startswith("format_") for _, _, h in hits)
        for n, h in states if not formats else ():
            # 'met no American official' («با هیچ مقام آمریکایی دیدار نکرد», «لم يلتق أي مسؤول أمريكي»): 'no'
            # up to ~2 words before the state with a negated verb after it, or 'did not meet' right before it
            if any(g.term in _NONE_WORDS and 0 <= h.vstart - g.vend <= 16 for g in negations) and any(
                g.term not in _NONE_WORDS and 0 <= g.vstart - h.vend <= 50 for g in negations
            ):
                out.add(n)
            elif any(g.term in _DID_NOT_MEET and 0 <= h.vstart - g.vend <= 30 for g in negations):
                out.add(n)
            elif any(g.term in _NONE_WORDS and 0 <= g.vstart - h.vend <= 8 for g in negations) and any(
                g.term in _WAS_NOT for g in negations if 0 <= g.vstart - h.vend <= 50
            ):
                # «آمریکا در هیچ‌یک از این نشست‌ها نبود»: 'in none of them', then 'was not'
                out.add(n)
        for n, h in states:
            for a in absences:
                lo, hi = (h.vend, a.vstart) if a.vstart >= h.vend else (a.vend, h.vstart)
                if not (0 <= a.vstart - h.vend <= 80 or 0 <= h.vstart - a.vend <= 25):
                    continue
                if not any(o.key != h.key and lo <= o.vstart < hi for _, o in states):
                    out.add(n)
        return out

    @staticmethod
    def _has(groups: set[str], prefix: str) -> bool:
        """A group of ``groups`` is ``prefix`` or under it (``prefix.…``)."""
        has = getattr(groups, "prefixes", None)
        if has is not None:
            return prefix in has
        return any(g == prefix or g.startswith(prefix + ".") for g in groups)

    @staticmethod
    def _denied(groups: set[str]) -> bool:
        """A side denies the contact: a denial word that is not part of 'neither confirmed nor denied'
        (cue group ``no_comment``)."""
        return "denial" in groups and "no_comment" not in groups

    def _off_route(self, cur, detail: tuple[int, int]):
        """The hits less the third states and places inside a denied route (see :func:`_denied_detail`): «ونفى … أن
        تكون الرسالة قد وصلت عبر سلطنة عمان» names no mediator."""
        return [x for x in cur if not (detail[0] <= x[0] < detail[1] and x[2].cat in ("state", "place") and x[2].key not in self.required)]

    def _other_route(self, raw: str, hits, cand: Candidate) -> bool:
        """These hits (a sentence's) say no message came by another route than the candidate's carriers («هیچ پیامی از
        طریق مسکو دریافت نکرده‌ایم» after a letter the UAE brought)."""
        meds = {m.actor_id for m in cand.mediators}
        return bool(meds) and bool({self._where(h) for a, _, h in hits if h.cat in ("state", "place") and _ROUTE_BEFORE.search(raw, max(0, a - 14), a)}
                                   - self.required - meds)

    def _verdict_on_report(self, raw: str, s: int, e: int, cur, cand: Candidate) -> str | None:
        """The certainty a sentence with no contact word gives the contact reported just before, when a side or
        its mediator speaks of that report («الخبر», «هذه التقارير», «این گزارش»): ``denied`` when it denies it or
        dismisses it as speculation, ``alleged`` when it neither confirms nor denies it or does not confirm it
        (a 'no comment' leaves it as it was: codebook section 6)."""
        if not _REPORT_REF.search(raw, s, e):
            return None
        speakers = {p for _, _, h in cur if h.cat in ("state", "person") for p in (self._party_of(h, cand.date_start) or ())}
        if not speakers & (set(cand.parties) | {m.actor_id for m in cand.mediators}):
            return None
        keys = {h.key for _, _, h in cur if h.cat == "cue"}
        if "no_comment" in keys or "not_confirmed" in keys:
            return "alleged" if cand.certainty == "reported" else None
        if ("denial" in keys or _SPECULATION.search(raw, s, e)) and not any(
            h.key == "negation" and any(d.key == "denial" and 0 <= d.vstart - h.vend <= 4 for _, _, d in cur) for _, _, h in cur if h.cat == "cue"
        ):
            return "denied"
        return None

    def _denies_the_last(self, raw: str, vtext: str, lang: str, cur, cues, groups: set[str], ante: Candidate | None, more_mediators=()) -> str | None:
        """``denied`` when a sentence dropped as no contact of its own has a denial word within DENIAL_REACH characters
        of a contact word of the kind of the contact reported just before (a message word for a visit that carried
        one), said by a side or a go-between of that contact and naming no other side, and that contact is reported
        as certain; None otherwise."""
        if ante is None or ante.same_as is not None or ante.certainty != "reported" or not self._denied(groups) or "negation" in groups:
            return None
        mediators = [*ante.mediators, *more_mediators]  # (with those a further mention of it named)
        carried = any(m.mediation_role == "message_carrier" for m in mediators)
        strong = [x for x in cues if not any(h.cat == "cue" and h.key == "weak_contact" and h.vstart <= x[2].vstart and x[2].vend <= h.vend for _, _, h in cur)]
        denied = set()
        for a, b in ((rs, re_) for rs, re_, h in cur if h.cat == "cue" and h.key == "denial"):
            # the contact word a denial word governs: the nearest after it («نفى أن يكون قد عقد أي لقاء …»), or for
            # a Persian verb the nearest before it too («دریافت هرگونه پیام … را تکذیب کرد»)
            after = [x for x in strong if 0 <= x[0] - b <= DENIAL_REACH]
            before = [x for x in strong if 0 <= a - x[1] <= DENIAL_REACH] if lang == "fa" else []
            denied.update(x for x in after[:1] + before[-1:])
        if not any(
            (_same_family(_cue_kind(x[2].key), ante.event_type) or (carried and _cue_kind(x[2].key) == "message_exchange"))
            # (not a separate or bilateral one: «نفى أن يكون قد عقد أي لقاء ثنائي مع الجانب الأمريكي» after a round)
            and not _SEPARATE_ONE.search(vtext, max(0, x[2].vstart - 30), min(len(vtext), x[2].vend + 30))
            for x in denied
        ):
            return None
        on = ante.date_start
        speakers = {p for _, _, h in cur if h.cat in ("state", "person") for p in (self._party_of(h, on) or ())}
        if not speakers & (set(ante.parties) | {m.actor_id for m in mediators}):
            return None
        if (self._sides_named(cur) & self.required) - set(ante.parties):
            return None
        return "denied"

    @staticmethod
    @_last_call_memo
    def _main_cue(cues, groups: set[str], cur=()):
        """The cue that types the event: a concluded deal or a release when the sentence says so,
        otherwise the first contact cue (talks, meeting, visit, message) in reading order that is not
        a weak one ('held', 'delegation', 'envoy': cue group ``weak_contact``) when a specific one exists."""

        kind = _cue_kind
        failed = "outcome_no_agreement" in groups or ("outcome_partial" in groups and not _interim_deal_reached(cur))
        if "outcome_agreement" in groups and not failed:
            ag = [x for x in cues if kind(x[2].key) == "agreement"]
            if ag:
                return _release_of(ag[0], cues)
        ordered = ([x for x in cues if kind(x[2].key) != "agreement"] or cues) if failed else cues
        released = [x for x in ordered if kind(x[2].key) == "prisoner_release" and x[2].term in _RELEASE_VERBS]
        if released and kind(ordered[0][2].key) in ("talks", "meeting", "message_exchange"):
            # «حاصل این مذاکرات … آشکار شد: … سه آمریکایی دیگر از زندان‌های ایران آزاد شدند»: the release the talks
            # produced is reported as done, and a release comes first in precedence (codebook section 3)
            return released[0]
        if ordered[0][2].term in _AR_ARRIVED_TERMS and ordered[0][2].extra == "ar":
            # «وصل الباحث الأمريكي … إلى زيورخ … بعد أن أفرجت عنه إيران», «وصلت الى مطار حمد … طائرة قطرية تقل خمسة
            # امريكيين افرجت عنهم السلطات الايرانية»: a traveller (or a plane) arriving whom the sentence says was freed
            # (or carrying the freed) is the release, not a visit (a release comes first in precedence, codebook section 3)
            freed = [x for x in ordered if kind(x[2].key) == "prisoner_release"]
            if freed:
                return freed[0]
        if "weak_contact" in groups:  # (else `cur` has no weak cue: _strong keeps every cue)
            ordered = RuleExtractor._strong(ordered, cur) or ordered
        return _release_of(ordered[0], cues) if kind(ordered[0][2].key) == "agreement" else ordered[0]

    @staticmethod
    def _strong(cues, cur):
        """The contact cues that are not weak ones ('held', 'delegation', 'envoy': cue group ``weak_contact``)."""
        weak = _cue_spans(cur, "weak_contact")
        return [x for x in cues if not any(a <= x[0] and x[1] <= b for a, b in weak)]

    def _third_actor_named(self, cur, on) -> bool:
        """The sentence names a third state, a place in one, or a third state's person."""
        for _, _, h in cur:
            if h.cat == "state" and h.key not in self.required:
                return True
            if h.cat == "place" and self.lex.places[h.key].country not in self.required:
                return True
            if h.cat == "person":
                party = self._party_of(h, on)
                if party is not None and not set(party) <= set(self.required):
                    return True
        return False

    def _where(self, h: Hit) -> str | None:
        """The country a place, or a state's name or capital, stands for as a destination; else None."""
        if h.cat == "place":
            return self.lex.places[h.key].country
        if h.cat == "state" and h.extra in ("name", "capital"):
            return h.key
        return None

    def _third_destination(self, view: View, cur) -> str | None:
        """A third state's place or name after 'to' or 'bound for' («به رم», «راهی رم», «إلى روما»): that
        state, else None."""
        for _, _, h in cur:
            country = self._where(h)
            if country and country not in self.required and view.text[max(0, h.vstart - 6) : h.vstart].split()[-1:] in (["به"], ["الی"], ["راهی"], ["عازم"]):
                return country
        return None

    @functools.cache
    def _capital(self, sid: str) -> str | None:
        """The English name of a state's capital, when the places list has it as a city of that state."""
        st = self.lex.states.get(sid)
        names = set(st.capitals.en) if st is not None else set()
        return next((pl.name_en for pl in self.lex.places.values() if pl.country == sid and _g(pl, "kind", "city") == "city" and pl.name_en in names), None)

    def _trip_to_side(self, view: View, cur, cues, groups=None) -> Hit | None:
        """The destination of a trip to a side's own territory: a (not weak) visit cue followed by 'to' and a
        side's capital or name («زيارة إلى واشنطن», «سفر به تهران») or by the capital itself («زيارته طهران»),
        or, in Persian word order, preceded by it with 'to' («به تهران سفر کرد»). A side's adjective after
        the cue is its traveller, not the destination («سافر المبعوث الأمريكي»). None when there is no such trip.
        ``groups``: ``_cue_groups(cur)`` when the caller has it (the tests of a group absent from it are skipped)."""
        if groups is None:
            groups = _cue_groups(cur)
        has = groups.prefixes
        for _, _, c in self._strong(cues, cur) if "weak_contact" in groups else cues:
            if not c.key.startswith("event_types.visit") or ("negation" in groups and self._negated(view, c, cur)) or any(
                g in has and self._near(cur, c, g, before=5, after=5) for g in ("future", "hypothetical")
            ):
                continue  # 'any visit to Iran would be …' is no trip
            for _, _, h in cur:
                if self._where(h) not in self.required:
                    continue
                gap = h.vstart - c.vend
                if (0 <= gap <= 12 and self._locative(view, h)) or (0 <= gap <= 1 and (h.cat == "place" or h.extra == "capital")):
                    return h  # 'to' + a side («زيارة ظريف إلى واشنطن»), or its capital right after the cue («زيارته طهران»)
                if 12 < gap <= 40 and self._locative(view, h) and not _COMMA_BREAK.search(view.text, c.vend, h.vstart) and not any(
                    x.cat in ("place", "state") and c.vend <= x.vstart and x.vend <= h.vstart for _, _, x in cur
                ):
                    return h  # a few words about the trip between: «در سفری از پیش اعلام‌نشده به تهران»
                if 0 <= c.vstart - h.vend <= 3 and self._locative(view, h):
                    return h
                if c.vstart < h.vstart and h.vend < c.vend and (h.cat == "place" or h.extra == "capital"):
                    return h  # inside a split arrival cue: «وارد تهران شد»
        return None

    def _near(self, cur, cue: Hit, group: str, before: int, after: int) -> bool:
        return any(
            h.cat == "cue" and (h.key == group or h.key.startswith(group + ".")) and self._within(h, cue, before, after)
            for _, _, h in cur
        )

    @staticmethod
    def _past_clause_between(raw: str, cur, cue_rs: int, dates, pub) -> bool:
        """«تسعى إلى استعادة الدور الذي لعبته في سبتمبر 2023 حين رعت صفقة تبادل»: between every hypothetical marker
        before the contact word and that word, a relative or 'when' clause opens and a date of its own (of a full
        year, not after the publication) follows it, so the contact is the clause's past fact, not what is sought."""
        hyps = [(rs, re_) for rs, re_, h in cur if h.cat == "cue" and h.key == "hypothetical"]
        marks = [re_ for _, re_ in hyps if re_ <= cue_rs]
        if not marks or any(cue_rs <= rs < cue_rs + HYPOTHETICAL_AFTER_CHARS for rs, _ in hyps):
            return False  # (a marker right after the contact word is read as before)
        for m_end in marks:
            opened = _PAST_CLAUSE_OPEN.search(raw, m_end, cue_rs)
            if opened is None or not any(
                opened.end() <= d.start_char and d.end_char <= cue_rs and d.date_start is not None and d.calendar != "relative"
                and (pub is None or d.date_end is None or d.date_end <= pub)
                for d in dates
            ):
                return False
        return True

    @staticmethod
    def _within(h: Hit, cue: Hit, before: int, after: int) -> bool:
        # distance in characters approximates words (avg ~6 chars a word)
        if h.vend <= cue.vstart:
            return cue.vstart - h.vend <= before * 7
        if h.vstart >= cue.vend:
            return h.vstart - cue.vend <= after * 7
        return True

    @staticmethod
    def _met_none(cur, c: Hit) -> bool:
        """'met no official of X' («با هیچ مقام دولتی آمریکا دیدار نکرد»): the encounter word negated right after
        it, with 'no' up to ~5 words before it and a state named between them."""
        nones = [h for _, _, h in cur if h.cat == "cue" and h.key == "negation" and h.term in _NONE_WORDS and 0 <= c.vstart - h.vend <= 35]
        if not nones or not any(h.cat == "cue" and h.key == "negation" and h.term not in _NONE_WORDS and 0 <= h.vstart - c.vend <= 8 for _, _, h in cur):
            return False
        return any(h.cat == "state" and any(n.vend <= h.vstart and h.vend <= c.vstart for n in nones) for _, _, h in cur)

    def _no_encounter(self, view: View, cur, cues) -> bool:
        """An encounter word after 'any' («أي لقاء», «هیچ دیداری») negated in the sentence ('no meeting took
        place', 'without any meeting'), and not a direct one ('no direct meeting' leaves indirect talks)."""
        for _, _, c in cues:
            if _cue_kind(c.key) not in _ENCOUNTERS:
                continue
            if self._met_none(cur, c) and not _DIRECT_AFTER.match(view.text, c.vend):
                return True
            if _after_nor(view.text, c) and any(
                h.cat == "cue" and h.key == "negation" and h.vend <= c.vstart and self._within(h, c, 8, 0) for _, _, h in cur
            ):
                return True  # «في بادرة رمزية لم تعقبها مصافحة ولا لقاء»: 'nor a meeting' after a negated verb
            if not _after_any(view.text, c):
                continue
            if _DIRECT_AFTER.match(view.text, c.vend):
                continue
            if any(h.cat == "cue" and ((h.key == "negation" and self._within(h, c, 1, 4)) or (h.key == "negation_before" and self._within(h, c, 3, 0))) for _, _, h in cur):
                return True
            # «لم يُحدد أي موعد أو مكان لأي محادثات»: the negated verb further before, 'any' repeated
            if any(h.cat == "cue" and h.key == "negation" and h.vend <= c.vstart and self._within(h, c, 8, 0) for _, _, h in cur):
                return True
        return False

    def _any_denied(self, view: View, cur, c: Hit) -> bool:
        """A deal word after 'any' («أي صفقة», «هیچ توافقی») with a negation or a denial up to ~8 words before
        it: no deal, not a specific one denied."""
        if not _after_any(view.text, c):
            return False
        return any(h.cat == "cue" and h.key in ("negation", "denial") and h.vend <= c.vstart and self._within(h, c, 8, 0) for _, _, h in cur)

    def _negated(self, view: View, cue: Hit, cur) -> bool:
        if _FA_NOT_HELD.match(view.text, cue.vend):
            return True  # «دیدار پیش‌بینی‌شده روحانی و اوباما در حاشیه مجمع عمومی انجام نشد»: the clause's verb, at its end
        for _, _, h in cur:
            if h.cat == "cue" and h.key == "negation" and self._within(h, cue, 3, 2):
                # 'غير مباشرة' (indirect) is not a negation of the contact
                if view.text[h.vend : h.vend + 7].strip().startswith("مباشر"):
                    continue
                # «ما لا يقل عن خمسة لقاءات»: 'no fewer than', a count, not a negation
                if view.text[h.vend : h.vend + 6].strip().startswith(("یقل", "تقل")):
                    continue
                # «لم تحتج محادثات الدوحة إلى أكثر من يومين», «لم تسفر المحادثات عن …»: what the contact did not
                # need or yield is negated, not the contact
                if _RESULT_VERB.match(view.text, h.vend):
                    continue  # (either side of the contact word: «وتضيف أن الجلسة لم تُسفر عن شيء يُذكر»)
                if _NOT_HIDING.match(view.text, h.vend):
                    continue  # «ولا يخفي كيري أن ذلك اللقاء …»: 'does not hide that', an avowal, not a negated contact
                if _NOT_NAMED.match(view.text, h.vend):
                    # «في زيارة لم يُعلن عنها», «عن مصدر لم يسمّه أن بن علوي سلّم الرسالة», «في رحلة سرية لم يعلم بها الرأي
                    # العام إلا بعد أشهر»: a visit not announced or not known of is a secret one, a source not named a
                    # source; the contact is not negated
                    continue
                # «در این دیدار نقشی نداشت», «لم يكن لها أي دور في هذا اللقاء»: a role or a presence in the contact is
                # denied, not the contact
                between = view.text[cue.vend : h.vstart] if h.vstart >= cue.vend else view.text[h.vend : cue.vstart]
                if any(w in _FA_NOT_THE_CONTACT or w in _AR_NOT_THE_CONTACT for w in between.split()):
                    continue
                return True
        return False

    def _host_side(self, view: View, cur, h: Hit, dests: set[str]) -> bool:
        """The contact word ``h`` of a sentence reporting a trip to a third state (``dests``) speaks of no contact with
        the other side: the trip itself, a meeting or talks with the first person or state named right after the word
        being of that state («والتقى السلطان قابوس»), or a message denied («من دون أن يُعلن عن أي رسالة»)."""
        kind = _cue_kind(h.key)
        if kind == "visit":
            return True
        if kind == "message_exchange":
            return self._negated(view, h, cur) or self._near(cur, h, "negation_before", before=4, after=0)
        if kind not in ("meeting", "talks"):
            return False
        if kind == "talks" and _REGIONAL_TOUR.match(view.text, h.vend):
            return True  # «في إطار جولة آسيوية»: a tour of a region, the trip itself, no round of talks
        nxt = next((x for _, _, x in cur if x.vstart >= h.vend and x.cat in ("person", "state")), None)
        return nxt is not None and nxt.vstart - h.vend <= 30 and (self.lex.persons[nxt.key].country if nxt.cat == "person" else nxt.key) in dests

    @staticmethod
    def _locative(view: View, h: Hit) -> bool:
        before = view.text[max(0, h.vstart - 20) : h.vstart].split()
        if before and before[-1] in LOCATIVE:
            return True
        if h.cat == "place" and len(before) >= 2 and before[-1] in _CITY_NOUNS and before[-2] in LOCATIVE:
            return True  # «في مدينة ألماتي», «في العاصمة مسقط», «در شهر ژنو»: 'in the city of'
        # glued preposition: بمسقط / فی is separate; 'ب' + name with no space
        if h.vstart > 0 and view.text[h.vstart - 1] == "ب" and (h.vstart < 2 or not _is_word(view.text[h.vstart - 2])):
            return True
        return False

    def _anaphor_mediators(self, raw: str, cur, ante: Candidate) -> list[ActorRef]:
        """States that a sentence speaking again of a contact names as its mediators («تم التوصل إلى هذا
        الاتفاق بوساطة قطرية»): a third state next to a mediation cue (the mention names them, codebook 9)."""
        if not any(h.cat == "cue" and h.key.startswith("mediation.") for _, _, h in cur):
            return []
        found = self._shuttle_mediators(raw, cur, ante)
        out = [m for m in found if m.kind == "state"]
        sides = self.required | ante.parties
        for m in found:
            if m.kind != "person" or not m.country or m.country in sides:
                continue
            role = self._role_of_hits(cur, [h for _, _, h in cur if h.cat == "person" and h.key == m.actor_id], sides)
            if role is None:
                continue  # (a third state's person with no mediation word near him is no go-between named here)
            # «سلطان قابوس میزبان این دیدار بود»: the person next to the mediation word, and his state named
            # through him (codebook section 9: a state's official mediating lists both), or the organisation he
            # holds a post in on the contact's date («انریکه مورا، هماهنگ‌کننده اتحادیه اروپا، … جابه‌جا می‌کرد»:
            # the EU, not Spain)
            out.append(dataclasses.replace(m, mediation_role=role))
            posts = self._posts(self.lex.persons[m.actor_id], ante.date_start, sides)
            if posts:
                if not any(x.actor_id == posts[0] for x in out):
                    out.append(ActorRef(posts[0], _g(self.lex.orgs[posts[0]], "name_en"), m.name_original, "organization", None, mediation_role=role))
            elif not any(x.actor_id == m.country for x in out):
                st = self.lex.states.get(m.country)
                out.append(ActorRef(m.country, st.name_en if st else m.country, m.name_original, "state", m.country, mediation_role=role))
        return sorted(out, key=lambda m: m.actor_id)

    def _mediators_after(self, raw: str, s: int, e: int, cur, ante: Candidate) -> Candidate | None:
        """The contact ``ante`` mentioned again by the sentence after it that has no contact word but names its
        go-between («… آزاد کرد؛ سوئیس میانجی بود», «وكانت الوساطة قطرية»): a third state or organisation next to
        a mediation word, no other state, and nothing negated, denied, planned, hypothetical or habitual."""
        groups = _cue_groups(cur)
        if groups & _NO_MEDIATOR_AFTER or _OFFERED.search(raw, s, e):
            return None
        found = self._anaphor_mediators(raw, cur, ante)
        named = {h.key for _, _, h in cur if h.cat == "state"}
        if not found or not named <= set(ante.parties) | {m.actor_id for m in found}:
            return None
        if {m.actor_id for m in found} <= {m.actor_id for m in ante.mediators}:
            return None  # (nothing the contact does not already have)
        return _said_again(ante, raw, s, e, found)

    def _delegations_after(self, raw: str, s: int, e: int, cur, ante: Candidate) -> Candidate | None:
        """The contact ``ante`` mentioned again by the sentence after it that has no contact word but names the
        heads or members of the sides' delegations: persons of its parties (no detainee, no private go-between),
        no state but its parties and go-betweens, nothing negated, denied, planned, hypothetical or habitual, and
        someone the contact does not list yet."""
        if _cue_groups(cur) & _NO_MEDIATOR_AFTER:
            return None
        meds = {m.actor_id for m in ante.mediators}
        if any(h.cat == "state" and h.key not in ante.parties and h.key not in meds for _, _, h in cur):
            return None
        again = _said_again(ante, raw, s, e)
        found = self._named_participants(raw, cur, again)
        if not found or {a.actor_id for a in found} <= {a.actor_id for a in ante.participants}:
            return None
        return dataclasses.replace(again, participants=found)

    def _named_participants(self, raw: str, cur, c: Candidate, speakers: bool = True) -> list[ActorRef]:
        """The persons of the contact ``c``'s parties that these hits name inside its quote, as its participants: no
        go-between's, and only those who may take part (``_may_take_part``); with
        ``speakers`` false, no head of state or government and no spokesman either (a further mention may quote
        them on the contact without their taking part: «وقال ترامب إن المحادثات …»)."""
        meds = {m.actor_id for m in c.mediators}
        found, seen = [], set()
        for rs, re_, h in cur:
            if h.cat != "person" or h.key in seen or not (c.char_start <= rs and re_ <= c.char_end):
                continue
            seen.add(h.key)
            p = self.lex.persons[h.key]
            if p.country not in c.parties or p.country in meds or not _may_take_part(p, raw, c.char_start, rs):
                continue
            role = (_role_at(p, c.date_start) if c.date_start else None) or self._role_near(cur, rs, re_)
            if not speakers and role in _SPEAKER_ROLES:
                continue
            found.append(ActorRef(p.actor_id, p.name_en, raw[rs:re_], "person", p.country, role=role, side=p.country, char_start=rs, char_end=re_))
        return found

    def _shuttle_mediators(self, raw: str, cur, ante: Candidate) -> list[ActorRef]:
        """The go-betweens a sentence with a message-carrying cue names, for the contact ``ante`` reported just
        before: third states, organisations that are neither side, and their people (a person of a third
        state, or one holding a post in such an organisation on the contact's date), each with the role of
        the mediation cue nearest to it (codebook section 9)."""
        sides = self.required | ante.parties
        out: dict[str, ActorRef] = {}
        spans: dict[tuple[int, int], list[Hit]] = {}
        for rs, re_, h in cur:
            if h.cat == "person":
                spans.setdefault((rs, re_), []).append(h)
        for rs, re_, h in cur:
            role = None
            if h.cat == "state" and h.key not in sides:
                role = self._role_of_hits(cur, [h], sides)
                if role:
                    st = self.lex.states.get(h.key)
                    out.setdefault(h.key, ActorRef(h.key, st.name_en if st else h.key, raw[rs:re_], "state", h.key, mediation_role=role))
            elif h.cat == "org" and not any(x[2].cat == "role" and (x[0], x[1]) == (rs, re_) for x in cur):  # (not a title: «مسئول سیاست خارجی اتحادیه اروپا»)
                o = self.lex.orgs[h.key]
                if not _g(o, "country") and not (set(_g(o, "members", []) or []) & sides):
                    role = self._role_of_hits(cur, [h], sides) or "message_carrier"
                    out.setdefault(h.key, ActorRef(h.key, _g(o, "name_en"), raw[rs:re_], "organization", None, mediation_role=role, char_start=rs, char_end=re_))
            elif h.cat == "person" and len(spans[(rs, re_)]) == 1:
                p = self.lex.persons[h.key]
                posts = self._posts(p, ante.date_start, sides)
                if (p.country and p.country not in sides) or posts:
                    role = self._role_of_hits(cur, [h], sides) or "message_carrier"
                    out.setdefault(p.actor_id, ActorRef(p.actor_id, p.name_en, raw[rs:re_], "person", p.country, role=_role_at(p, ante.date_start), mediation_role=role, char_start=rs, char_end=re_))
                    for oid in posts[:1]:  # the organisation the person acts for (the EU coordinator for the EU)
                        o = self.lex.orgs[oid]
                        out.setdefault(oid, ActorRef(oid, _g(o, "name_en"), raw[rs:re_], "organization", None, mediation_role=role))
                    if p.country and p.country not in sides and not posts:
                        # the state its official acts for («بدر البوسعیدی، وزیر خارجه عمان … پیام‌ها را منتقل کرد»: Oman)
                        st = self.lex.states.get(p.country)
                        out.setdefault(p.country, ActorRef(p.country, st.name_en if st else p.country, raw[rs:re_], "state", p.country, mediation_role=role))
        return [out[k] for k in sorted(out)]

    def _posts(self, p, day, sides) -> list[str]:
        """The organisations person ``p`` holds a post in on ``day`` that have none of ``sides`` among their
        members (the EU for its coordinator): whom he acts for as a go-between."""
        return [r.org for r in _roles_on(p, day) if r.org and r.org in self.lex.orgs and not (set(_g(self.lex.orgs[r.org], "members", []) or []) & sides)]

    def _guarantors(self, hits, text: str | None = None) -> list[str]:
        """Third states named within ~12 words of a guarantor word (cue group ``mediation.guarantor``) in these
        hits, or (given the view ``text``) named as where the funds went, right after a bank or account word in
        hits that name money (cue group ``assets``)."""
        cues = [h for _, _, h in hits if h.cat == "cue" and h.key == "mediation.guarantor"]
        banked = text is not None and any(h.cat == "cue" and h.key == "assets" for _, _, h in hits)
        if not cues and not banked:
            return []
        out = []
        for _, _, x in hits:
            sid = x.key if x.cat == "state" else (self.lex.places[x.key].country if x.cat == "place" else None)
            if sid and sid not in self.required and sid not in out and (
                any(abs(x.vstart - h.vstart) <= GUARANTOR_REACH for h in cues) or (banked and _FUNDS_BANKS.search(text, max(0, x.vstart - 40), x.vstart))
            ):
                out.append(sid)
        return out

    def _med_role(self, cur, sid: str, med_groups: set[str], message: bool, loc_country: str | None) -> str | None:
        if message:
            return "message_carrier"
        # the mediation cue nearest to the state's mention decides the role
        return self._role_of_hits(cur, [h for _, _, h in cur if h.cat == "state" and h.key == sid], self.required)

    @staticmethod
    def _message_distance(cur, sid: str) -> int:
        """Characters between a state's mentions and the nearest message, mediation or 'indirect' word."""
        st = [h for _, _, h in cur if h.cat == "state" and h.key == sid]
        return min(
            (
                min(abs(h.vstart - x.vend), abs(x.vstart - h.vend))
                for _, _, h in cur
                if h.cat == "cue" and (h.key.startswith(("mediation.", "event_types.message_exchange")) or h.key == "format_indirect")
                for x in st
            ),
            default=10**6,
        )

    @staticmethod
    def _role_of_hits(cur, st_hits: list[Hit], sides: frozenset = frozenset()) -> str | None:
        """The mediation role of the cues near these mentions (at most ~60 characters away); with several,
        the most active one (guarantor > message_carrier > facilitator > host, codebook section 9)."""
        def gap(h, xs):
            return min((min(abs(h.vstart - s.vend), abs(s.vstart - h.vend)) for s in xs), default=10**6)

        keys = {x.key for x in st_hits}
        others = [h for _, _, h in cur if h.cat == "state" and h.key not in keys and h.key not in sides]  # (a side never mediates)
        near = set()
        for _, _, h in cur:
            if h.cat == "cue" and h.key.startswith("mediation."):
                d = gap(h, st_hits)
                if d <= 60 and d <= gap(h, others):  # a cue belongs to the state named closest to it («با میانجیگری عمان»)
                    near.add(h.key.split(".", 1)[1])
        return next((r for r in ROLE_PRECEDENCE if r in near), None)  # the venue's state without a cue is decided by the venue rule (codebook: a venue alone is no mediator)

    def _role_near(self, cur, rs: int, re_: int) -> str | None:
        best = None
        for s2, e2, h in cur:
            if h.cat != "role":
                continue
            d = min(abs(s2 - re_), abs(rs - e2))
            if d <= 40 and (best is None or d < best[0]):
                best = (d, h.key)
        return best[1] if best else None


def _release_of(deal, cues):
    """A deal that is itself the exchange ("صفقة تبادل السجناء") is a release: the release cue overlapping
    the deal's cue, else the deal's."""
    same = [r for r in cues if _cue_kind(r[2].key) == "prisoner_release" and r[0] < deal[1] and deal[0] < r[1]]
    return same[0] if same else deal


_AR_IMPERFECT = frozenset(norm(w) for w in (
    "يلتقي", "تلتقي", "يلتقيان", "تلتقيان", "يجتمع", "تجتمع", "يجتمعان", "يزور", "تزور", "يتفاوض", "تتفاوض", "يتفاوضون", "يعقد", "تعقد", "يتباحث", "تتباحث"))
# a relative clause right after the contact word saying it was (or is) to be held (raw text)
# a Persian contact noun whose clause ends in 'did not take place' (normalised view; verb-final, up to ~12 words)
_FA_NOT_HELD = _vx(r"[^.,؛:«»]{0,90}?\s(?:انجام|برگزار|صورت|محقق)\s*(?:نشد|نشده|نگرفت|نگرفته|نمیشود|نخواهد\s+شد)(?!\w)")
_SCHEDULED_REL = _rx(r"[^،,.؛:\n]{0,90}?(?:(?<!\w)که\s+قرار\s+(?:بود|است|شده\s+بود|شده\s+است)|(?:[،,]\s*|(?<!\w))(?:التي|الذي)\s+كان\s+(?:من\s+)?(?:المقرر|المفترض|مقررا|مقررة|مقرراً|مقررةً|يفترض|يُفترض))(?!\w)")
_HELD_AFTER = _rx(r"(?<!\w)(?:برگزار\s+شد|برگزار\s+گردید|انجام\s+شد|عقدت|عُقدت|انعقدت|جرت|أجريت|أُجريت|انطلقت|قبل\s+أن\s+(?:تعقد|تُعقد|تنعقد|تجري|تُجرى))(?!\w)")
_WAS_BEFORE = _rx(r"(?<!\w)[وف]?(?:كان|كانت|كانوا|كانا)\s+(?:\S+\s+){0,2}$")
# a topic noun right before a state's name or adjective: the state is what is discussed («الملف الإيراني»)
# 'not' right before a state's name or adjective (raw text): the contact is said not to be that state's
# (the Persian «نه» only after a comma: alone it is also 'nine', «آزادی نه آمریکایی»)
_NOT_THIS_STATE = _rx(r"(?<!\w)(?:لا|ولا|ليست|وليست|ليس|وليس)\s+$|[،,]\s*نه\s+$")
_NOT_THIS_KEYS = tuple(norm(k) for k in ("لا", "ليس", "نه"))  # (every match of _NOT_THIS_STATE holds one)
_PLURAL_PERIOD = _rx(r".*?(?:سال|ماه|روز)(?:\u200c|\s)?ها(?!\w)")  # 'years', 'months', 'days' in a same-period phrase (raw text)
# a strike or an attack right before a state's name or adjective (raw text): that state struck, it took no part in the
# contact the sentence reports
_STRIKE_BY = _rx(r"(?<!\w)(?:[وبل]?(?:ال)?(?:غارة|غارات|ضربة|ضربات|هجوم|هجمات|قصف)(?:\s+(?:جوية|جوي|صاروخية|صاروخي|بطائرة\s+مسيرة|بمسيرة))?"
                 r"|(?:حمله|حملات|حمله‌های|حمله\s+های)(?:\s+(?:پهپادی|هوایی|موشکی|نظامی))?)\s+$")
_STRIKE_KEYS = tuple(norm(k) for k in ("غار", "ضرب", "هجوم", "هجمات", "قصف", "حمل"))  # (every match of _STRIKE_BY holds one)
_TOPIC_OF = _rx(r"(?<!\w)(?:ال)?(?:ملف|الملف|بالملف|ملفات)\s+(?:النووي\s+)?$|(?<!\w)پرونده(?:\s+هسته‌ای|\s+هسته ای|\s+هسته\u200cای)?\s+$"
                # (a state named after 'about', «المؤتمر الدولي حول أفغانستان», «کنفرانس درباره افغانستان»)
                r"|(?<!\w)(?:حول|بشأن|درباره|پیرامون|ضد|علیه|بوجه)\s+$")
_TOPIC_KEYS = tuple(norm(k) for k in (
    "ملف", "پرونده", "حول", "بشأن", "درباره", "پیرامون", "ضد", "علیه", "بوجه"))  # (every match of _TOPIC_OF holds one)
# (Arabic only: a Persian 'if' clause ends with its verb, unpunctuated: «اگر … به عقب بگردیم می‌بینیم که …»)
_HAD_BEGUN = _rx(r"(?<!\w)(?:اغاز شده بود|شروع شده بود|اغاز شده بودند|قد بدات|قد انطلقت)(?!\w)")  # (normalised text)
# a happening that is not a contact (a strike, a killing, a crash) right before a place: the place is its
_HAPPENED_AT = _rx(
    r"(?<!\w)(?:[وبلف]?ال|[وبلف])?(?:حمله|حملات|هجوم|هجمات|اغتيال|ترور|ضربة|ضربه|غارة|غارات|قصف|انفجار|سقوط|مقتل|حادثه|حادثة|تفجير)"
    r"(?!\w)[^.،؛,;:\n]{0,45}$"
)
_HAPPENED_KEYS = tuple(norm(k) for k in (
    "حمل", "هجوم", "هجمات", "اغتيال", "ترور", "ضرب", "غار", "قصف", "انفجار", "سقوط", "مقتل", "حادث", "تفجير"))  # (every match of _HAPPENED_AT holds one)
# an envoy's posting and an outlet's seat, right before a state or place
_ENVOY_POSTED = _rx(r"(?<!\w)(?:ال)?(?:سفير|سفيرا|سفيره|سفیر|مندوب|نماینده)\s+(?:[^\s.،؛,]+\s+){0,2}(?:في|لدى|در)\s+$")
_RESIDENT_IN = _rx(r"(?<!\w)(?:ال)?(?:مقيم|مقيمة|مقيمين|المقيمين|يقيم|تقيم|مقیم|ساکن)(?:\s+(?:ال)?دائم(?:ة)?)?\s+(?:في|فی|در)?\s*$")
_RESIDENT_KEYS = tuple(norm(k) for k in ("قيم", "ساکن"))  # (every match of _RESIDENT_IN holds one)
# plain words one of which every match of _OUTLET_SEAT or _ENVOY_POSTED holds (view text: «مقر» in «ومقرها», «مستقر»;
# «صادر» and «تصدر»; «سفیر» in each spelling of 'envoy'); both read only the sentence
_SEAT_KEYS = tuple(norm(k) for k in ("چاپ", "مستقر", "مقر", "صادر", "تصدر", "سفير", "مندوب", "نماینده"))
_OUTLET_SEAT = _rx(r"(?<!\w)(?:چاپ|مستقر در|ومقرها|مقرها|مقره|ومقره|(?:ال)?(?:صادرة|تصدر|الصادرة|التي تصدر)\s+(?:في|من))\s+$")
# the agenda of talks named by their noun: the word before it («وتناولت المحادثات», «موضوع گفت‌وگوها», «المحور
# الوحيد للمحادثات») or right after it («المحادثات تركزت على», «گفت‌وگوها بر … متمرکز بود»)
_AGENDA_OF = _rx(
    "(?<!\\w)(?:" + "|".join(map(re.escape, map(norm, (
        "تناولت", "تناول", "وتناولت", "تركزت", "وتركزت", "تتركز", "وتتركز", "ركزت", "تمحورت", "وتمحورت", "تتمحور", "انصبت", "شملت",
        "محور", "المحور الوحيد لل", "موضوع", "موضوع اصلی", "دستور کار", "محور اصلی",
    )))) + r")\s*(?:\S+\s+)?(?:[وبلف]?ال|لل)?$"
)
_AGENDA_AFTER = _rx(
    r"\s*(?:\S+\s+){0,2}?(?:" + "|".join(map(re.escape, map(norm, (
        "تناولت", "تركزت على", "تمحورت حول", "دارت حول", "انصبت على", "متمرکز بود", "متمرکز شد", "درباره", "حول محور",
    )))) + r")(?!\w)"
)
# 'after (months of) talks' before a talks word: the talks as what came before another happening
_AFTER_TALKS = _rx(
    r"(?<!\w)[وف]?(?:بعد|عقب|إثر|اثر)\s+(?:[^\s.،؛,]+\s+){0,4}(?:[وبلف]?ال)?$"
    r"|(?<!\w)(?:پس از|بعد از|در پی)\s+(?:[^\s.،؛,]+\s+){0,4}$"
)
_TO_RESUME = _rx(
    r"(?<!\w)(?:ل|من أجل |بهدف |سعيا ل|سعياً ل)(?:استئناف|إحياء|احياء|بدء|إطلاق|اطلاق)\s+(?:ال)?$"
    r"|(?<!\w)(?:برای|به منظور|با هدف)\s+(?:ازسرگیری|از سرگیری|احیای|آغاز|شروع)\s+$"
)
# (the view of every match of _TO_RESUME holds one of these: its nouns, «احیا» for «إحياء», «احياء», «احیای», «سرگیری» for
# «ازسرگیری», «از سرگیری»)
_TO_RESUME_KEYS = tuple(norm(k) for k in ("استئناف", "احیا", "بدء", "إطلاق", "سرگیری", "آغاز", "شروع"))
# (a piece of each noun of _TO_RESUME, as tolerant as it, each opening with a letter the engine scans for fast: looked for
# first in the 24 characters before a contact word, where the pattern would try every position)
_TO_RESUME_KEY = _rx("ستئناف|حيا|حیا|بدء|طلاق|سرگیری|غاز|شروع")  # («حيا»: Arabic إحياء; «حیا»: Persian احیای)
_AL_TAFAWUD = norm("التفاوض")
_TAFAWUD_BARE = norm("تفاوض")
_IF_WORDS = frozenset(norm(w) for w in ("إذا", "لو", "إذا ما", "ما لم", "إلا إذا", "في حال", "في حالة"))
_APODOSIS = _rx(r"\sف(?:إن|ان|سوف|سي|ست|لن|قد|هذا|ذلك|لا)")  # the main clause after the 'if' clause: «فإن …», «فستعود …»
DEAL_GAP_REACH = 70  # characters from 'withdrew' to the deal word: the subject may stand between («انسحب الرئيس … ترامب من الاتفاق»)
_DEAL_GAP = _rx(r"\s*(?:(?:[^\s.،؛,]+\s+){0,6}?(?:من|إلى|الى|إلي|به|از)\s+)?(?:ال|بال|لل)?$")  # between 'withdrew' and the deal
# «وصف ترامب الاتفاق … بأنه من أسوأ الصفقات», «انتقد الرئيس الاتفاق»: the deal described or criticised, named, not made
_DESCRIBED_DEAL = _rx(r"(?<!\w)[وف]?(?:وصف|وصفت|يصف|تصف|انتقد|انتقدت|ينتقد|تنتقد|هاجم|هاجمت|يهاجم|تهاجم)\s+(?:[^\s.،؛,:]+\s+){0,4}?(?:ال|بال)?$")
# (and what it is described as: «… بأنه من أسوأ الصفقات»)
_AS_BEING = _rx(r"(?<!\w)(?:بأنه|بأنها|بانه|بانها)\s+(?:[^\s.،؛,:]+\s+){0,3}?(?:ال)?$")
# (a piece of every verb of each, as tolerant of marks and spellings as the patterns: searched first in the window, as no
# literal opens the patterns, which try each of its 70 positions at ~500 instructions a position; these ~10)
_DESCRIBED_KEY = _rx("صف|نتقد|جم")  # (وصف، يصف، تصف …: «صف»; انتقد، ينتقد …: «نتقد»; هاجم، يهاجم …: «جم»)
_AS_BEING_KEY = _rx("بان")  # (بأنه، بانها …: a tolerant «ا» reads «أ»)
# «برجام توافقی بین‌المللی است»: the deal's name, then 'an agreement' saying what it is (its predicate), no deal made
_A_DEAL_FA = ("توافقی ", "توافقي ")
_WITHDREW_FA = _rx(r"\s*(?:را\s+)?(?:خارج|بیرون)")  # «از برجام خارج شد»: the verb after the deal
# «توافق را پاره کرد», «برجام را نقض کرد»: the deal as the object of a Persian verb that undoes or revives it
# (a relative clause may stand between: «توافقی را که دولت قبلی آمریکا امضا کرده بود پاره کرد»)
_UNDONE_FA = _rx(r"(?:ی|\u200cای)?\s*»?\s*را\s+(?:که\s+(?:[^\s.،؛,]+\s+){1,8}?)?(?:\S+\s+){0,2}(?:پاره|نقض|لغو|احیا|نجات|ترک|زیر پا)")


def _deal_as_object(raw: str, cur, cues):
    """Drop the deal words that name an existing deal as an object: right after 'withdrawal', 'return',
    'revive' (cue group ``deal_object``) or after up to six words and 'from' / 'to' («انسحب ترامب من
    الاتفاق») with no contact word between («عودته … توصل إلى اتفاق» is a deal), or followed by Persian
    'left' («از برجام خارج شد») or by «را» and a verb that undoes or revives it («توافق را پاره کرد»); described or
    criticised («وصف ترامب الاتفاق … بأنه من أسوأ الصفقات», with what it is described as), or said to be 'an agreement'
    after its name («برجام توافقی بین‌المللی است»)."""
    if not any(h.key == "event_types.agreement" for _, _, h in cues):
        return cues
    spans = _cue_spans(cur, "deal_object")

    def described(at: int) -> bool:
        lo = max(0, at - DEAL_GAP_REACH)
        return _DESCRIBED_KEY.search(raw, lo, at) is not None and _DESCRIBED_DEAL.search(raw, lo, at) is not None

    out = []
    for x in cues:
        if x[2].key == "event_types.agreement" and (
            any(0 <= x[0] - b <= DEAL_GAP_REACH and _DEAL_GAP.match(raw, b, x[0]) and not any(b <= y[0] and y[1] <= x[0] for y in cues) for _, b in spans)
            or (x[0] >= 3 and raw[x[0] - 3 : x[0]].strip() == "از" and _WITHDREW_FA.match(raw, x[1]))
            or _UNDONE_FA.match(raw, x[1])
            or described(x[0])
            or (_AS_BEING_KEY.search(raw, max(0, x[0] - DEAL_GAP_REACH), x[0]) and _AS_BEING.search(raw, max(0, x[0] - DEAL_GAP_REACH), x[0])
                and any(described(y[0]) for y in cues if y[0] < x[0] and y[2].key == "event_types.agreement"))
            or (raw.startswith(_A_DEAL_FA, x[0]) and any(0 <= x[0] - b <= 2 for _, b in _cue_spans(cur, "deal_name")))
        ):
            continue
        out.append(x)
    return out


def _deal_named_only(cur, cues, groups):
    """Drop a deal's proper name (cue group ``deal_name``: «برجام», «الاتفاق النووي») when nothing in the
    sentence concludes a deal: no other deal cue («توافق کردند», «وقعت», «توصل») and no verb of
    concluding or announcing (cue group ``deal_concluded``). The sentence speaks of the deal («با اشاره
    به برجام افزود», «طرف برجام»); it does not report that it was made."""
    names = _cue_spans(cur, "deal_name", groups)
    if not names or "deal_concluded" in groups:
        return cues

    # (the name's own words may be deal cues too: توافق in توافق هسته‌ای)
    if any(_cue_kind(x[2].key) == "agreement" and not _inside(x, names) for x in cues):
        return cues
    return [x for x in cues if not _inside(x, names)]


_PURPOSE_BREAKS = ("،", ",", "؛", ";", ".", ":", "\n", "؟", "?", "!")  # (the view folds «،» to ",")
PURPOSE_REACH = 14 * 7  # characters (~14 words) between a future marker and the contact it plans


def _purpose_of_coming_trip(text: str, cur, cue: Hit, has_purpose: bool) -> bool:
    """The contact word is the purpose of a trip still to come: a future marker and the contact word in
    one clause (no comma or stop between them, at most ~14 words apart), the contact word marked as a
    purpose — a glued لـ («للقاء», «لإجراء») or a purpose word right before it (cue group ``purpose``:
    «بهدف», «برای», «جهت») — and, in Arabic word order, the future marker before it («يتوجه … إلى واشنطن
    للقاء ترامب»), in Persian after it («برای مذاکره … به مسقط سفر خواهد کرد»)."""
    glued = cue.vstart >= 1 and text[cue.vstart - 1] == "ل" and (cue.vstart < 2 or not _is_word(text[cue.vstart - 2]) or (
        cue.vstart >= 3 and text[cue.vstart - 2] == "ل" and not _is_word(text[cue.vstart - 3])))
    marked = glued
    if not marked and has_purpose:
        for _, _, h in cur:
            if h.cat == "cue" and h.key == "purpose" and 0 <= cue.vstart - h.vend <= 2 * 7 and not any(
                b in text[h.vend : cue.vstart] for b in _PURPOSE_BREAKS
            ):
                marked = True
                break
    if not marked:
        return False
    for _, _, h in cur:
        if h.cat != "cue" or h.key != "future":
            continue
        if h.vend <= cue.vstart:
            gap = text[h.vend : cue.vstart]
        elif h.vstart >= cue.vend:
            gap = text[cue.vend : h.vstart]
        else:
            continue
        if len(gap) <= PURPOSE_REACH and not any(b in gap for b in _PURPOSE_BREAKS):
            return True
    return False


def _inside(x, spans) -> bool:
    """The cue ``x`` (raw start, raw end, hit) lies inside one of ``spans``."""
    return any(a <= x[0] and x[1] <= b for a, b in spans)


def _outside(cues, spans, kind: str):
    """The cues, less those of ``kind`` that lie inside one of ``spans``."""
    return [x for x in cues if not (_cue_kind(x[2].key) == kind and _inside(x, spans))]


def _release_of_assets(raw: str, cur, cues):
    """Drop a release word whose object is money («الإفراج عن أصول مجمدة», «آزادسازی دارایی‌های بلوکه‌شده»,
    «الإفراج عن ستة مليارات دولار»): a money word (cue group ``assets``) within ~2 words after it; or money that
    the release word describes after it, with at most two words between and none of them a person («پول‌های
    آزادشده», «دارایی‌های بلوکه‌شده ایران آزاد شد»; not «شش میلیارد دلار و پنج زندانی آزاد شدند»)."""
    money = [(a, b) for a, b, h in cur if h.cat == "cue" and h.key == "assets"]

    def funds(x) -> bool:
        if any(0 <= a - x[1] <= 14 for a, _ in money):
            return True
        return any(
            0 <= x[0] - b <= 30 and _MONEY_FREED.fullmatch(raw, b, x[0]) and not _NOT_MONEYS.search(raw, b, x[0])
            and not _BAIL_BEFORE.search(raw, max(0, a - 25), a)  # («با وثیقه‌ای یک میلیون دلاری آزاد شدند»: the bail's sum)
            for a, b in money
        )

    return [x for x in cues if not (_cue_kind(x[2].key) == "prisoner_release" and funds(x))]


# what may stand between a money word and the release word that describes it: up to two words, no person and no
# 'and' («دلار», «بلوکه‌شده ایران»; not «و پنج زندانی»)
_MONEY_FREED = _rx(r"(?:\s*[^\s،,.؛]+){0,2}\s*")
_BAIL_BEFORE = _rx(r"(?<!\w)(?:وثیقه|وثیقه‌ای|وثیقه ای|کفالت|كفالة|بكفالة|غرامة|جریمه|جریمه‌ای)(?!\w)")
_NOT_MONEYS = _rx(r"(?<!\w)و(?!\w)|زندانی|گروگان|تبعه|شهروند|نفر|أسرى|سجناء|معتقل|رهائن|مواطن")


# journeys that go on, ending there or heading home, not visits: «قبل أن يواصلوا رحلتهم إلى بلادهم», «استأنف البحارة
# رحلتهم.», «به سفر خود ادامه دادند»; a charge 'directed at her' («تُوجَّه إليها تهمة»), not a trip 'to' (a pronoun alone may be a city's: «توجه
# إليها»); a vessel or people 'entering' waters or a border («به آب‌های ایران وارد شده بودند»)
_GOES_ON_BEFORE = _rx(r"(?<!\w)[وفل]?(?:يواصل|يواصلوا|يواصلون|تواصل|واصل|واصلوا|واصلت|يستأنف|يستأنفوا|يستأنفون|استأنف|استأنفوا|استأنفت|تستأنف|يكمل|يكملوا|أكمل|أكملوا|أكملت|ادامه)\s+$")
_JOURNEYS = tuple(norm(w) for w in ("رحل", "سفر"))  # (the nouns with their possessives: «رحلتهم», «سفرش»)
# (a journey that goes on ends there or heads home: «واصل رحلته إلى طهران» is still a trip to a side)
_HOMEWARD = _rx(r"[^\s.،؛:]*\s*(?:$|[.،؛:]|(?:إلى|الى|نحو|به)\s+(?:بلاد|بلد|وطن|ديار|منازل|موطن|کشور|خانه|میهن))|[^\s.،؛:]*\s*(?:خود|خویش)?\s*(?:را\s+)?ادامه")
_GOES_ON_AFTER = _rx(r"\s*(?:خود|خویش)?\s*(?:را\s+)?ادامه\s+(?:داد|دادند|دهند|دهد|می)")
# 'after weeks of …', 'after weeks in which …' («بعد أسابيع من المفاوضات», «بعد أسابيع نقل فيها الوسطاء …»): the span
# that led up to the contact, which is at the time given, not 'weeks later'
# 'at that time' opening a sentence («در آن زمان», «في ذلك الوقت»): the time the sentence before gave
_AT_THAT_TIME = _rx(r"\s*(?:و|ف)?(?:در آن زمان|در آن هنگام|در همان زمان|آن موقع|در آن روزها|في ذلك الوقت|في ذلك الحين|في تلك الفترة|حينها|آنذاك|وقتها)(?!\w)")
# a relative clause set off by a comma («، که …», «، الذي …»), open up to the word where it is searched from
_ASIDE_OPEN = _rx(r"،\s*(?:که|الذي|التي|الذين|اللذين|اللتين)\s[^،.؛:!؟?\n]*$")
_AFTER_A_SPAN = _rx(r"بعد\s+(?:أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور|ساعات|سنوات|أعوام|اعوام)\s+(?:من\s|(?:[^\s.،؛:]+\s+)?(?:فيها|فيه|خلالها|خلاله|تخللتها|تخلله)(?!\w))")
_HOSTAGE_WORDS = frozenset(norm(w) for w in ("گروگان", "گروگان‌ها", "گروگان‌های", "گروگانها", "گروگانهای", "رهينة", "رهائن", "الرهائن", "الرهينة",
                                              "اسارت"))  # (and 'captivity': «پس از هفت سال اسارت در لبنان»)
_FA_FREED_ACTIVE = frozenset(norm(w) for w in ("آزاد کرد", "آزاد کردند"))
_FA_PREPOSITION_BEFORE = _rx(r"(?<!\w)(?:در|به|از|با|برای|بر|تا|میان|بین|نزد|سوی|طرف)\s+$")
_FOR_THE_PURPOSE = _rx(r"(?<!\w)برای\s+$|(?<!\w)ل$")
_CHARGED = _rx(r"[^\s]+\s+(?:إلي|الي)(?:ها|ه|هم|هما|نا|ك)\s+(?:ال)?(?:تهمة|تهم|اتهام|اتهامات|انتقاد|انتقادات|أسئلة|اسئلة|سؤال|الدعوة|دعوة|لوم|اللوم)(?!\w)")
_INTO_WATERS = _rx(r"(?<!\w)(?:به\s+)?(?:آب‌های|آبهای|آب های|حریم|مرز|مرزهای|خاک|قلمرو)(?!\w)")


def _no_trip_at(raw: str, s: int, x) -> bool:
    rs, re_ = x[0], x[1]
    if x[2].term.startswith(_JOURNEYS) and (_GOES_ON_BEFORE.search(raw, max(s, rs - 16), rs) or _GOES_ON_AFTER.match(raw, re_)) and _HOMEWARD.match(raw, re_):
        return True
    if _CHARGED.match(raw, rs):
        return True
    return x[2].term in _FA_ARRIVALS and _INTO_WATERS.search(raw, max(s, rs - 50), rs) is not None


# a message word that names a job: «عملت مراسلة لوسائل إعلام أمريكية», a correspondent
_CORRESPONDENT = _rx(r"(?<!\w)(?:مراسلة|مراسل)\s+ل")


def _no_message_at(raw: str, x) -> bool:
    return _CORRESPONDENT.match(raw, x[0]) is not None


# plain words one of which every match of _FAMILY holds (view text); it reads only the cue's sentence
_FAMILY_KEYS = tuple(norm(k) for k in ("خانواده", "عائل", "أسر", "ذوي"))
_FAMILY = _rx(r"(?<!\w)(?:با|مع|ب)\s*(?:ال)?(?:خانواده|خانواده‌اش|خانواده‌های|خانواده‌هایشان|عائلت|عائله|عائلات|أسرت|اسرت|أسر|ذوي|ذويه)")


# an Arabic release noun that is what someone asks, urges or works for («رفضت المحكمة طلب الإفراج عن …», «طالبت
# واشنطن بالإفراج عن …», «دعا إيران إلى الإفراج عن …», «العمل على إطلاق سراحه»), read on the raw text before it:
# a request noun right before it; 'to' or 'on' after a verb of calling, urging or working; or the glued 'bi-' of a
# verb of demanding said earlier in the clause (not «أدت المفاوضات إلى الإفراج عن …», a release that happened)
_RELEASE_NOUNS = tuple(norm(w) for w in ("الإفراج عن", "إطلاق سراح", "سراح"))  # (and their pronouns: «إطلاق سراحه»)
_ITLAQ_BEFORE = _rx(r"(?<!\w)[وبل]?(?:إطلاق|الإطلاق)\s+$")
_REQUEST_BEFORE = _rx(r"(?<!\w)(?:طلب|طلبا|طلبات|مطالبة|المطالبة|مطالبات|دعوة|الدعوة|دعوات|مناشدة|نداء)\s+$")
_URGED_TO_BEFORE = _rx(
    r"(?<!\w)[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|يدعون|ناشد|ناشدت|ناشدوا|يناشد|تناشد|حث|حثت|يحث|تحث|العمل|يعمل|تعمل|يعملوا|أصر|أصرت|يصر|تصر)"
    r"(?:\s+[^\s.،؛:]+){0,8}?\s+(?:إلى|الى|على)\s+$"
)
_DEMANDED_BY = _rx(r"(?<!\w)[وف]?(?:طالب|طالبت|طالبوا|يطالب|تطالب|يطالبون|المطالبة|مطالبة|للمطالبة|نادى|نادت|ينادي|تنادي)(?!\w)[^.،؛:!?]{0,80}$")


def _demanded_release(raw: str, s: int, x) -> bool:
    if not x[2].term.startswith(_RELEASE_NOUNS):
        return False
    at = x[0]
    if (m := _ITLAQ_BEFORE.search(raw, max(s, at - 8), at)) is not None:
        at = m.start()  # («إطلاق سراحه»: the cue is «سراح», its noun phrase opens a word before)
    before = max(s, at - 90)
    if _REQUEST_BEFORE.search(raw, before, at) or _URGED_TO_BEFORE.search(raw, before, at):
        return True
    return at > s and raw[at - 1] == "ب" and (at - 1 == s or not _is_word(raw[at - 2])) and _DEMANDED_BY.search(raw, before, at - 1) is not None


# the arrival verbs that a sum of money can be the subject of («وصلت الأموال إلى …», «پول‌ها به … وارد شد»)
_AR_ARRIVALS = frozenset(norm(w) for w in ("وصل إلى", "وصلت", "وصلوا"))  # (hit terms are normalised: «وصل الی»)
_FA_ARRIVALS = frozenset(norm(w) for w in ("وارد شد", "وارد شدند"))
_TO_ACCOUNT = _rx(r"(?<!\w)به\s+حساب(?!\w)")


def _arrival_of_assets(raw: str, cur, cues):
    """Drop an arrival verb whose subject is money («وصلت الأموال الإيرانية إلى حسابات في الدوحة», «پول‌های
    آزادشده به حساب بانک‌های قطر وارد شد»): funds reaching an account are no visit. Arabic puts the money word
    (cue group ``assets``) within ~2 words after the verb, Persian within ~6 words before it, or 'to the account'
    a few words before it."""
    money = [a for a, _, h in cur if h.cat == "cue" and h.key == "assets"]

    def funds(x) -> bool:
        if x[2].term in _FA_ARRIVALS:
            return any(0 < x[0] - a <= 45 for a in money) or _TO_ACCOUNT.search(raw, max(0, x[0] - 40), x[0]) is not None
        return x[2].term in _AR_ARRIVALS and any(0 <= a - x[1] <= 14 for a in money)

    return [x for x in cues if not (_cue_kind(x[2].key) == "visit" and funds(x))]


# «در پیامی اعلام کرد», «في رسالة مصورة قال»: 'in' before a message word, then up to two words and a
# statement verb, with no addressee between («در پیامی به ترامپ نوشت» is a message to someone)
# «وتأتي الزيارة بعد …», «ويأتي اللقاء في وقت …»: 'comes' before the contact noun, the news formula that
# places a contact already reported
# (the present 'comes' only: «وجاء الرد الإيراني» narrates a reply that came)
# (matched in the normalised view: the words are folded as the view is)
_COMES_AFTER = _rx(r"(?:^|\s)و?(?:" + "|".join(norm(w) for w in ("يأتي", "تأتي")) + r")\s+(?:ال|" + norm("هذه") + r"\s+|" + norm("هذا") + r"\s+)?$")
# «وجاء الاجتماع غداة خطاب …», «وتزامنت المحادثات مع …», «وانعقدت الجولة في ظل أجواء متوترة»: 'came',
# 'coincided' or 'was held' before the definite contact noun, then a word placing it in time within ~3
# words (the past 'came' only with that word: «وجاء الرد الإيراني عبر …» narrates a reply)
_PLACED_BEFORE = _rx(r"(?:^|\s)و?(?:" + "|".join(norm(w) for w in ("جاء", "جاءت", "تزامن", "تزامنت", "انعقد", "انعقدت")) + r")\s+"
                     # (a verbal noun of the contact between: «وجاء تسليم الرسالة في اليوم الذي …»)
                     r"(?:(?:" + "|".join(norm(w) for w in ("تسليم", "نقل", "إرسال", "توجيه", "وصول", "تبادل")) + r")\s+)?(?:ال)?$")
# the verbs of _COMES_AFTER and _PLACED_BEFORE in the view, one of which every match holds ('came' and 'was held' in
# their feminine forms too)
_COMES_KEYS = tuple(norm(w) for w in ("يأتي", "تأتي"))
_PLACED_KEYS = tuple(norm(w) for w in ("جاء", "تزامن", "انعقد"))
_PLACED_AFTER = _rx(r"^\S*(?:\s+\S+){0,2}?\s+(?:" + "|".join(norm(w) for w in ("بعد", "غداة", "عقب", "إثر", "في أعقاب", "قبل", "وسط", "في ظل", "في وقت", "مع", "تزامنا مع", "بالتزامن مع", "في اليوم الذي", "في يوم")) + r")(?:\s|$)")


_ENCOUNTERS = frozenset(("talks", "meeting", "visit"))
# 'every day / morning' («كل صباح», «يومياً», «هر روز»)
_DAILY = _vx(r"(?<!\w)(?:كل (?:يوم|صباح|مساء|ليلة)|يوميا|هر (?:روز|صبح|شب)|روزانه)(?!\w)")
# 'on the sidelines of the conference / summit / meeting' («در حاشیه کنفرانس», «على هامش المؤتمر»)
_SIDELINES_OF_GATHERING = _vx(r"(?:در حاشیه|على هامش)\s+(?:ال)?(?:کنفرانس|اجلاس|همایش|نشست|مؤتمر|قمة|اجتماع|اجتماعات|منتدى)(?!\w)")
# 'on the sidelines of the sessions / talks / round': a meeting inside a contact already reported (not
# 'on the sidelines of the General Assembly', which is no contact of the sides)
_SIDELINES = _rx(
    r"((?:" + "|".join(norm(w) for w in ("در حاشیه", "على هامش", "وعلى هامش")) + r"))\s+(?:ال)?(?:"
    + "|".join(norm(w) for w in ("جلسات", "جلسه", "جلسة", "مذاکرات", "گفت‌وگوها", "محادثات", "مفاوضات", "اجتماعات", "نشست", "جولة", "دور", "مذاكرات"))
    + r")(?!\w)"
)
# (the words every match of _SIDELINES holds in the view, which holds no mark and no other spelling its tolerant letters read)
_SIDELINES_KEYS = (norm("حاشیه"), norm("هامش"))


def _sidelines(text: str, lo: int, hi: int):
    """``_SIDELINES.search(text, lo, hi)`` on the view ``text``, its words looked for first (few windows hold one)."""
    if text.find(_SIDELINES_KEYS[0], lo, hi) < 0 and text.find(_SIDELINES_KEYS[1], lo, hi) < 0:
        return None
    return _SIDELINES.search(text, lo, hi)




# a possessive after a noun in -a (normalised view text: «زيارته», «زيارتها», «محادثاتهم»)
_POSSESSIVE_ENDS = ("ته", "تها", "تهم", "تهما", "اته", "اتها", "اتهم", "اتهما")
# a release cue ending in a pronoun of the released («الإفراج عنهم», «إطلاق سراحهما»): the people just named
_RELEASED_PRONOUNS = frozenset(norm(w) for w in ("عنه", "عنها", "عنهم", "عنهما", "سراحه", "سراحها", "سراحهم", "سراحهما"))


@functools.lru_cache(maxsize=None)
def _demonstrative_term(term: str, lang: str) -> bool:
    """A cue term written with its demonstrative («این مبادله», «هذه الصفقة»): a contact already spoken of."""
    return term.split(" ", 1)[0] in _DEMONSTRATIVES_BY_LANG.get(lang, DEMONSTRATIVES)


def _same_family(a: str, b: str) -> bool:
    """Two contact kinds one noun may name again: the same kind, or two kinds of encounter («الجولة» after
    a meeting of the round's delegations, «الاجتماع» after talks)."""
    return a == b or (a in _ENCOUNTERS and b in _ENCOUNTERS)


def _placed(text: str, h: Hit) -> bool:
    """The news formula that places a contact already reported: present 'comes' before the contact noun
    («وتأتي الزيارة بعد …»), or past 'came' / 'coincided' / 'was held' before it and a word of time after
    it («وجاء الاجتماع غداة خطاب ناري», «وتزامنت محادثات مونترو مع الخطاب»)."""
    lo = max(0, h.vstart - 14)
    # (each pattern tried only where one of its verbs stands in the window: _COMES_KEYS, _PLACED_KEYS)
    if _holds_in(text, lo, h.vstart, _COMES_KEYS) and _COMES_AFTER.search(text, lo, h.vstart):
        return True
    return bool(_holds_in(text, lo, h.vstart, _PLACED_KEYS) and _PLACED_BEFORE.search(text, lo, h.vstart)
                and _PLACED_AFTER.match(text[h.vend : h.vend + 48]))
_MEDIUM_BEFORE = _rx(r"(?:^|\s)(?:در|طی|في|وفي)\s*$")
_ADDRESSEE = _rx(r"(?:^|\s)(?:به|برای|خطاب|إلى|الى|لل|ل)(?:\s|$)")


def _message_as_medium(raw: str, cur, cues):
    """Drop a message word that is the medium of a public statement: 'in a message' right before a
    statement verb (cue group ``statement``) up to ~3 words on, with no addressee in between
    («بقائی امروز در پیامی اعلام کرد …»). Such a message is a statement, not one carried between sides."""
    says = [a for a, _, h in cur if h.cat == "cue" and h.key == "statement"]
    out = []
    for x in cues:
        if (
            _cue_kind(x[2].key) == "message_exchange"
            and _MEDIUM_BEFORE.search(raw, max(0, x[0] - 6), x[0])
            and any(0 <= a - x[1] <= 24 and not _ADDRESSEE.search(raw, x[1], a) for a in says)
        ):
            continue
        out.append(x)
    return out


# 'with' right before an actor, maybe through 'the government of' / 'his counterpart' («با دولت قطر»,
# «مع نظيره العماني», «بالرئيس العراقي» is not matched: a glued ب is too many things)
# ('with' after 'together', «همراه با کاترین اشتون», is company at the table, not the other party)
# 'with' and up to two title words before a name: «با دولت قطر», «مع نظيره العماني», «با نخست‌وزیر ژاپن», «مع رئيس الوزراء
# العراقي», «با وزیر امور خارجه عمان», «مع ولي العهد السعودي»
_WITH_BEFORE = _rx(
    r"(?:^|(?<!همراه)\s)(?:با|مع|with)\s+(?:(?:دولت|حكومة|حکومت|نظيره|نظیر|همتای|همتاي|رئيس|رئیس|رئیس‌جمهور|نخست‌وزیر|وزير|وزیر|امور خارجه|خارجه"
    r"|الخارجية|الوزراء|وزراء|ولي العهد|ولیعهد|ولی‌عهد|أمير|امیر|ملك|العاهل|پادشاه|سلطان|صدراعظم|مسؤولين|مسئولان|مقام‌های|مقامهای|مقامات)\s+){0,2}$"
)
# a state's officials named by its adjective or name («مقام‌های ایرانی», «المسؤولين الإيرانيين», «مسؤولي إيران»)
_OFFICIALS_OF = _rx(r"(?<!\w)(?:مقام‌های|مقامات|مسئولان|مسئولین|مسؤولين|المسؤولين|مسؤولي|مسؤولون|المسؤولون|دیپلمات‌های|الدبلوماسيين|دبلوماسيين)\s+$")
WITH_BEFORE_CHARS = 40  # characters before a name in which its 'with' and titles are looked for
_WITH_KEY = _rx(r"(?:با|مع|with)\s")  # (every match of _WITH_BEFORE holds one, as tolerant of marks and spellings)


def _with_before(raw: str, lo: int, at: int) -> bool:
    """``_WITH_BEFORE`` finds a match in ``raw[lo:at]``. (Its 'with' and a space are looked for first: the pattern, whose
    look-behind opens no literal, tries each of the window's 40 positions; two windows in three hold no 'with'.)"""
    return _WITH_KEY.search(raw, lo, at) is not None and _WITH_BEFORE.search(raw, lo, at) is not None


# the words that name a person for his government, his era, his coming to power, his kin or his death, and the titles
# between them and the name: he takes no part in the contact (codebook section 9; see _may_take_part)
_NOT_TAKING_PART = _rx(
    r"(?<!\w)(?:[وبل]?(?:إدارة|الإدارة|إدارتا|حكومة|عهد|ولاية|حقبة|عودة|انتخاب|فوز|تولي|تولّي|تنصيب|أداء|رحيل|اغتيال|مقتل|قتل|وفاة"
    r"|قريب|أقارب|أسرة|عائلة|نجل|شقيق|صهر)|دولت|دوران|دوره|زمان|بازگشت|پیروزی|تحلیف|روی کار آمدن|به قدرت رسیدن|ترور|"
    r"کشته شدن|مرگ|درگذشت|شهادت|شهید|خویشاوند|بستگان|پسر|برادر|داماد)\s+"
    r"(?:(?:الرئيس|الرئيسين|الأمريكي|الإيراني|السابق|الراحل|الجنرال|القائد|الإمام|رئيس‌جمهور|رئیس‌جمهور|رئیس جمهور|آمریکا|ایران|پیشین|سابق|سردار|سپهبد|حاج|امام)\s+){0,3}$"
)
# the titles of those who speak of a contact more often than they sit in it
_SPEAKER_ROLES = frozenset(("President", "Supreme Leader", "Prime Minister", "Vice President", "Spokesperson", "King", "Emir", "Sultan", "Crown Prince"))
NOT_TAKING_PART_CHARS = 50  # characters before a name in which those words are looked for
WITH_REACH = 9 * 7  # characters (~9 words) between the 'with' party and the contact word
# a name or an identity right before an 'unannounced' word («که نامشان اعلام نشده», «لم يُكشف عن هويتهم»): the people's
# names were kept back, not the contact
_NAMES_BEFORE = _rx(r"(?<!\w)(?:نام|نامشان|نام آنها|نام آنان|نام او|اسامی|اسامی آنها|هویت|هویتشان|هویت آنها|هویت او|اسمه|اسمها|أسماؤهم|أسماءهم|أسمائهم|هويته|هويتها|هويتهم|هوياتهم)(?:\s+(?:را|هنوز|تاکنون|رسما|رسماً))?\s+(?:[^\s]+\s+)?$")
# a live-blog entry's time stamp at the start of a sentence («10:05 — وصل …», «۱۸:۰۵ - …»)
_STAMPED = _rx(r"\s?[-–—|،,]?\s?[0-9٠-٩۰-۹]{1,2}[:：][0-9٠-٩۰-۹]{2}(?![0-9٠-٩۰-۹])")


def _stamped(raw: str, at: int) -> bool:
    """``_STAMPED.match(raw, at)``, its colon looked for first: it stands within the six characters from ``at`` (a space,
    a dash, a space and two digits before it at most)."""
    w = raw[at : at + 6]
    return (":" in w or "：" in w) and _STAMPED.match(raw, at) is not None


_TIME_STAMP = _rx(r"\s*([0-9٠-٩۰-۹]{1,2}[:：][0-9٠-٩۰-۹]{2})(?![0-9٠-٩۰-۹])")
# the author named right after a quotation's closing guillemet (raw text; the reading writes every quotation so)
_AUTHOR_AFTER = _rx(r"\s*[،,]?\s*(?:نوشته|نوشتهٔ|به قلم|اثر|تألیف|تالیف|ترجمه|بقلم|للكاتب|للكاتبة|للصحفي|للباحث|لمؤلفه|من تأليف|تأليف|ترجمة)(?!\w)")
# a word of reply in a message cue (normalised): «الرد الأمريكي», «ردها», «پاسخ ایران», «پاسخ خود»
_REPLY_TERM = re.compile(r"(?<!\w)(?:ال|ب|و)?(?:رد|ردها|رده|ردود|پاسخ)(?!\w)")
# the label of a live-blog entry that recalls the background, right after its time stamp («– یادآوری:», «– خلفية:»)
_BACKGROUND_LABEL = _rx(r"\s*[-–—|]?\s*(?:یادآوری|پیش‌زمینه|پیشینه|سابقه|خلفية|تذكير|للتذكير|في الخلفية)\s*[:：]")
# a clause that opens with 'which had begun' / 'began' («التي كانت قد بدأت صباح الاثنين», «که از … آغاز شده بود»)
_BEGAN = _rx(r"\s*(?:\S+\s+){0,4}?(?:" + "|".join(("بدأت", "بدأ", "انطلقت", "انطلق", "آغاز شده بود", "آغاز شد", "شروع شده بود", "شروع شد")) + r")(?!\w)")
# Arabic verbs of meeting whose object may come right after them (the subject named in a sentence before)
_MEET_VERBS = frozenset(norm(w) for w in ("يلتقي", "تلتقي", "التقى", "التقت", "يستقبل", "استقبل", "استقبلت", "تستقبل", "اجتمع", "يجتمع"))
# 'his / her counterpart' right before a state's adjective («نظيره الإيطالي»)
_COUNTERPART = _rx(r"(?:نظيره|نظيرته|نظيرهما|نظرائه|نظراءه|نظرائها|نظراءها|نظيرها)\s+$")
# 'received' (Arabic, past or present, with و/ف), a word of its own
_RECEIVED = _rx(r"(?:^|(?<=\s))[وف]?(?:استقبل|استقبلت|يستقبل|تستقبل|استقبلا|استقبلوا)(?=\s)")
_RECEIVED_KEY = _rx("ستقبل")  # (every match holds it, as tolerant: looked for first, few sentences hold it)
MET_REACH = 6 * 7  # characters (~6 words: a day, a place) between the verb and the person it met
# a relative pronoun right after a contact noun that opens its sentence (the apposition «… امضا کردند؛ توافقی
# که …», «… وقعوا اتفاقا. اتفاق الذي …»)
_SENTENCE_OPEN = _rx(r"(?:[.;!?:\n]|^)[\s«\"“(]*$")
_RELATIVE_AFTER = _rx(r"ی?\s+(?:که|الذی|التی)(?!\w)")
# the passive of Persian «معامله» is 'was traded' (a price, a share), not 'a deal was made'
_TRADED = _rx(r"\s*(?:شد|شدند|شده|شده است|می\u200c?شود|می\u200c?شوند|می\u200c?شد|می\u200c?شدند)(?!\w)")
_PAIR_GAP = _rx(r"\s*(?:و|-|–|/)?\s*")  # two names of a pair: juxtaposed, or joined by 'and' or a dash
_AND_ONLY = _rx(r"\s*و\s*")
# 'with' right after a contact word, up to two words (its adjectives) between (raw text): «لقاءات منفصلة مع»
_WITH_AFTER = _rx(r"(?:\s+[^\s،,.؛]+){0,2}?\s+مع\s+")
_LIST_ON = _rx(r"\s*(?:و|،|,)\s*$")
# 'without' right before a word (raw text): «بكفالة من دون وسيط معلن», «بدون میانجی»
# a region's adjective right after a 'round' word (view): «جولة آسيوية», «جولة خليجية», «جولته الأوروبية» — a tour
_REGIONAL_TOUR = _vx(r"\s+(?:ال)?(?:آسيوية|أوروبية|خليجية|إقليمية|أفريقية|عربية|أمريكية لاتينية|شرق أوسطية|آسیایی|اروپایی|منطقه‌ای|منطقه ای|منطقهای)(?!\w)")
# 'offered' (and up to four words, a date among them) right before a swap or a deal word (raw text): «عرض ظريف في
# نيسان/أبريل الماضي مبادلة», «اقترحت طهران تبادل», «پیشنهاد مبادله», «پیشنهاد ایران برای مبادله»
_OFFERED_BEFORE = _rx(r"(?<!\w)(?:[وف]?(?:عرض|عرضت|اقترح|اقترحت|يعرض|تعرض|يقترح|تقترح)|عرضا|عرضاً|اقتراحا|اقتراحاً|اقتراح|پیشنهاد|پیشنهادِ)"
                      r"(?:\s+[^\s.،,؛]+){0,4}?\s+(?:برای\s+|ل)?$")
# 'chose / appointed' before an envoy word (raw text): «اختار … روبرت مالي مبعوثاً», «عيّن … مبعوثاً», «به عنوان فرستاده … منصوب»
_APPOINTED_BEFORE = _rx(r"(?<!\w)(?:[وف]?(?:اختار|اختارت|عيّن|عين|عيّنت|عينت|سمّى|سمى|سمّت|سمت)|تعيين|بتعيين|منصوب|انتخاب|برگزید|برگزیده)(?!\w)[^.،,؛]*$")
# a modal right after a contact word (view, up to two words between): «أي لقاء يجب أن …», «هر دیداری باید …»
_MUST_AFTER = _vx(r"(?:\s+[^\s.،,؛]+){0,2}?\s+(?:يجب|ينبغي|لا بد|لابد|لن|سيتطلب|يتطلب|باید|نباید|مستلزم|must)(?!\w)")
# a 'without' clause running up to a word (raw text): «من دون أن يعلن أي طرف أنه حمل …», «بی‌آنکه … »
_WITHOUT_CLAUSE = _rx(r"(?:^|\s)(?:من\s+دون\s+أن|دون\s+أن|بدون\s+أن|بی‌آنکه|بی\s+آنکه|بدون\s+اینکه|بی‌آن‌که)\s[^.،,؛]*$")
_WITHOUT_BEFORE = _rx(r"(?:^|\s)(?:من\s+دون|دون|بدون|بلا|بی|بی‌|without)\s*$")
# a word of making known right before 'later' (raw text): the contact was revealed then, it did not happen then
_REVEALED_LATER = _rx(r"(?:كشف|يكشف|يُكشف|كُشف|تكشف|أعلن|يعلن|يُعلن|أُعلن|عرف|يُعرف|فاش|افشا|علنی|اعلام)[^.!؟?\n]{0,14}?(?:إلا\s+)?$")
_REVEALED_AFTER = _rx(r"\s+(?:فاش|افشا|علنی|اعلام|کشف)")
# a relative clause on another noun than the contact word: three words or more, then 'who / which' (normalised view)
_OTHER_NOUNS_CLAUSE = _vx(r"[^ .!?؛;]* (?:[^ .!?؛;]+ ){2,}(?:که|الذي|التي|الذين|اللذين|اللتين|اللواتي)(?!\w)")
# 'whereas' between two clauses (raw text): «…، بينما مثّلت قضية المتنزهين أول وساطة عُمانية»
_WHEREAS = _rx(r"\s(?:بينما|في حين|در حالی که|حال آنکه|whereas)\s")
# the rest of a message word, then 'to' (and up to one word: a title) before the one it is addressed to (raw text)
_ADDRESSED_TO = _rx(r"[^\s.،,]*\s+(?:خطاب\s+)?(?:به|إلى|الى)\s+(?:[^\s.،,]+\s+)?")
# an attempt to arrange a contact, right before its word (raw text): «تلاش امانوئل مکرون برای برقراری …», «محاولة ماكرون
# لترتيب …», «في مسعى لعقد …»
_ATTEMPT_TO_ARRANGE = _rx(
    r"(?<!\w)(?:تلاش|تلاشی|کوشش|محاولة|محاولات|مساعي|مسعى)(?:\s+[^\s.،,؛]+){0,3}?\s+(?:برای\s+)?"
    r"(?:برقراری|ترتیب\s+دادن|ترتیب|ترتيب|لترتيب|تنظيم|لتنظيم|إجراء|لإجراء|لعقد)\s+(?:[^\s.،,؛]+\s+)?$"
)
# a Persian 'tries' before the contact word and 'arrange' in the subjunctive after it: «مکرون می‌کوشد … یک گفت‌وگوی
# تلفنی میان او و ترامپ ترتیب دهد»
_ATTEMPT_VERB = _rx(r"(?<!\w)(?:می‌کوشد|می‌کوشند|کوشید|کوشیدند|تلاش می‌کند|تلاش می‌کنند|تلاش کرد|تلاش کردند|در تلاش است)(?!\w)")
# plain words one of which every match of _ATTEMPT_TO_ARRANGE or _ATTEMPT_VERB holds (view text): «تلاش», «کوش» (in «کوشش»,
# «می‌کوشد», «کوشید»), «محاول», «مساعي», «مسعى»; both read only the sentence before the contact word (see _attempted)
_ATTEMPT_KEYS = tuple(norm(k) for k in ("تلاش", "کوش", "محاول", "مساعي", "مسعى"))
_ARRANGE_SUBJUNCTIVE = _rx(r"(?<!\w)(?:ترتیب|برقرار)\s+(?:بدهد|دهد|بدهند|دهند|کند|بکند|کنند|بکنند)(?!\w)")
# 'from' right before a name (raw text): «از ایران», «من طهران»
_FROM_BEFORE = _rx(r"(?:^|\s)(?:از|من)\s+(?:جانب\s+|سوی\s+|طرف\s+)?$")
# between a message word and 'from' its sender: at most two words («پیامی شفاهی از ایران», «رسالة رسمية من طهران»)
_FROM_SIDE_GAP = _rx(r"[^\s.،,؛]*(?:\s+[^\s.،,؛]+){0,2}\s+(?:از|من)\s+(?:جانب\s+|سوی\s+|طرف\s+)?")
# 'received' right after the sender (Persian puts it last: «… از ایران دریافت کرده»), or before the message (Arabic
# «تلقى … رسالة», «تسلّمت … رسالة»)
_RECEIVED_AFTER = _rx(r"\s*(?:را\s+)?دریافت\s+(?:کرد|کرده|کردند|کرده‌اند|کرده است|نمود)")
_RECEIVED_BEFORE = _rx(r"(?<!\w)(?:تلقى|تلقت|تلقّى|تلقّت|تسلم|تسلمت|تسلّم|تسلّمت|استلم|استلمت)(?!\w)[^.،,؛]*$")
# 'to' right before a name (raw text): «به تهران», «إلى طهران»
_TO_BEFORE = _rx(r"(?:^|\s)(?:به|إلى|الى)\s+$")
# 'with' alone between a side and the list of its counterparts (raw text): «ایران با آمریکا، روسیه و فرانسه»
_WITH_JOIN = _rx(r"\s+(?:با|مع|with)\s+")
PAIR_REACH = 4 * 7  # characters (~4 words) between a pair of states and the contact word
PAIR_REACH_FA = 10 * 7  # a Persian subject pair before its verb, in one clause
# a proposal right before a contact word (or before 'sending / holding' it): «پیشنهاد اعزام هیئتی», «اقترح عقد لقاء»
_PROPOSED = _rx(
    r"(?<!\w)(?:پیشنهاد|پیشنهادِ|اقترح|اقترحت|واقترح|واقترحت|اقتراح|باقتراح|مقترح|بمقترح)\s+"
    r"(?:(?:اعزام|برگزاری|انجام|ارسال|إرسال|إيفاد|عقد|إجراء|اجراء)\s+)?$"
    # (a plan, an offer or an initiative 'for' it: «این متن طرحی برای گفت‌وگوی جامع بود»)
    r"|(?<!\w)(?:پیشنهادی|طرح|طرحی|ابتکار|ابتکاری)\s+(?:[^\s.،,؛:]+\s+)?برای\s+(?:(?:اعزام|برگزاری|انجام|آغاز)\s+)?$"
)
_CONTRAST = _rx(r"[،,؛;]\s*(?:اما|ولی|لیکن|لكن|ولكن|غير أن|إلا أن|بيد أن)\s")
_FORUM_NOUNS = frozenset(norm(w) for w in ("اجلاس", "نشست", "همایش", "کنفرانس", "مؤتمر", "المؤتمر", "قمة", "القمة", "اجتماع", "الاجتماع"))
_COPRESENT = _rx(
    r"(?:در یک سالن|در یک اتاق|زیر یک سقف|در سالنی واحد|در همان سالن|در یک تالار|"
    r"في قاعة واحدة|في القاعة نفسها|في القاعة ذاتها|في نفس القاعة|تحت سقف واحد)(?!\w)"
)
# 'went on' up to four words after a talks word (normalised view): «گفت‌وگوها به میزبانی عراق ادامه یافت»
_WENT_ON = _vx(r"[^ .!?؛;]*(?: [^ .!?؛;]+){0,4} (?:ادامه یافت|ادامه پیدا کرد|استمرت|تواصلت)(?!\w)")
_WENT_ON_BEFORE = _vx(r"(?<!\w)[وف]?(?:استمرت|تواصلت) (?:ال)?$")
_WENT_ON_KEYS = tuple(norm(k) for k in ("ادامه", "استمرت", "تواصلت"))  # (every match of either holds one)
_FA_ORDINAL_BEFORE = _rx(r"نخستین|اولین|آخرین|اخرین|واپسین|\w+مین")
# a third state's person named as the owner of the venue: «في مكتب رئيس الوزراء نوري المالكي», «در دفتر نوری المالکی»
# 'the release of' up to two words before a nationality (normalised text): «أفرج عن [عامل الإغاثة] البلجيكي», with up to
# four words between the verb and its 'of' («أفرجت في حزيران/يونيو الماضي عن اللبناني», «أفرجت بموجبه واشنطن عن الكولومبي»)
_FREED_OF = _rx(r"\s*(?:[^\s.،؛,]+\s+){0,4}?عن\s+(?:[^\s.،؛,]+\s+){0,2}")
_AT_THE_OFFICE_OF = _rx(
    r"(?<!\w)(?:في|ب|داخل)\s*(?:مكتب|مقر|منزل|قصر|ضيافة)\s+(?:[^\s.،؛,]+\s+){0,3}$"
    r"|(?<!\w)(?:در|به)\s+(?:دفتر|مقر|کاخ|منزل|خانه|اقامتگاه|میزبانی)\s+(?:[^\s.،؛,]+\s+){0,3}$"
)
# an invitation word, then a purpose marker right before the contact word (view text): «الدعوة … إلى إيران لحضور
# الجلسة», «دعت … للمشاركة في اجتماع», «برای شرکت در نشست … دعوت کرد» is read the other way (the invitation after)
_INVITED_TO = _vx(
    r"(?<!\w)(?:ال)?(?:دعوة|دعوته|دعوتها|دعا|دعت|دعاه|دعاها|يدعو|تدعو)(?!\w)[^.؟!]{0,60}(?<!\w)(?:لحضور|للمشاركة في|للمشاركه فی|إلى حضور|الی حضور)(?: [^ ]+){0,2} (?:ال)?$"
    r"|(?<!\w)(?:دعوت|دعوتنامه)(?!\w)[^.؟!]{0,60}(?<!\w)(?:برای|جهت)(?: (?:شرکت|حضور) در)?(?: [^ ]+){0,2} $"
)
_INVITE_KEY = norm("دع")  # (every match of _INVITED_TO holds it in the view: دعوة، دعا، يدعو، دعوت …; looked for first)
# contacts broken off (view text): Persian «… را قطع کردند», «… متوقف شد» after the contact word (a few words between,
# not negated «قطع نشد»); Arabic «أوقفت …», «علّقت …», «جمّدت …» right before it (its subject between at most)
_FA_HALTED_AFTER = _vx(r"[^ .،؛,]*(?: [^ .،؛,]+){0,3} (?:را )?(?:قطع|متوقف|تعلیق|معلق|منجمد)(?: (?:کرد|کردند|کرده|کرده اند|شد|شدند|شده|شده است))(?!\w)")
_AR_HALTED_BEFORE = _vx(r"(?<!\w)(?:و|ف)?(?:أوقف|أوقفت|أوقفوا|علق|علقت|علقوا|جمد|جمدت|جمدوا|قطع|قطعت|قطعوا|توقفت|توقف|انقطعت)(?: [^ .،؛,]+){0,2} (?:ال)?$"
                        # (the verbal noun right before it: «قررت واشنطن وقف اللقاءات», «تعليق المفاوضات»)
                        r"|(?<!\w)(?:و|ف|ب)?(?:وقف|إيقاف|تعليق|تجميد) (?:ال)?$")


def _holds_in(text: str, a: int, b: int, keys: tuple[str, ...]) -> bool:
    """One of ``keys`` stands whole inside ``text[a:b]`` (``str.find`` with bounds: no slice is made)."""
    for k in keys:
        if text.find(k, a, b) >= 0:
            return True
    return False


def _holds_any(text: str, keys: tuple[str, ...]) -> bool:
    """``any(k in text for k in keys)``, without a generator (the cheap tests before patterns run on most sentences)."""
    for k in keys:
        if k in text:
            return True
    return False


# (plain words one of which every match of _FA_HALTED_AFTER or _AR_HALTED_BEFORE holds: «قطع», «انقطعت»; «أوقف», «توقف»,
# «متوقف»; «علق», «معلق»; «جمد», «منجمد»; «تعلیق»)
_HALTED_KEYS = tuple(norm(k) for k in ("قطع", "وقف", "علق", "جمد", "تعلیق", "تجمید", "ایقاف"))
HALTED_AFTER_SPACES = 7  # spaces a match of _FA_HALTED_AFTER can hold: between its up to four words, around «را», in the verb


def _halted(text: str, cue: Hit) -> bool:
    """The contact word is what was broken off or suspended (see _FA_HALTED_AFTER, _AR_HALTED_BEFORE).

    (Each pattern is tried only where one of ``_HALTED_KEYS`` can stand in its match: in the 40 characters before the
    word; in the 120 after it, or beyond them when those hold so few spaces that a match could run past them.)"""
    after = text[cue.vend : cue.vend + 120]
    before = text[max(0, cue.vstart - 40) : cue.vstart]
    return bool(
        ((after.count(" ") <= HALTED_AFTER_SPACES or _holds_any(after, _HALTED_KEYS)) and _FA_HALTED_AFTER.match(text, cue.vend))
        or (_holds_any(before, _HALTED_KEYS) and _AR_HALTED_BEFORE.search(text, max(0, cue.vstart - 40), cue.vstart))
    )


# a speech delivered (view text): «سخنرانی کردند», «سخنرانی خود را ایراد کرد», «نطق کرد», «ألقى … كلمة», «ألقيا كلمتين»
_DELIVERED_SPEECH = _vx(
    r"(?<!\w)(?:سخنرانی(?: [^ ]+){0,3} (?:کرد|کردند|کرده|ایراد کرد|ایراد کردند)|نطق (?:کرد|کردند))(?!\w)"
    r"|(?<!\w)(?:ألقى|ألقيا|ألقت|ألقتا|ألقوا|يلقي)(?: [^ ]+){0,4} (?:كلمة|كلمته|كلمتين|كلمتيهما|كلمات|خطابا|خطابه|خطابين)(?!\w)"
    # 'addressed the Council', 'spoke in it / before it' («خاطب مجلس الأمن … في جلسة … تحدث فيها أيضاً نائب الرئيس الأمريكي»)
    r"|(?<!\w)(?:خاطب|خاطبت|خاطبا|خاطبوا|يخاطب)(?: [^ ]+){0,1} (?:مجلس|الجمعية|المؤتمر|اجتماع|الاجتماع)(?!\w)"
    r"|(?<!\w)(?:تحدث|تحدثت|تحدثا|تحدثوا) (?:فيها|فيه|أمامها|أمامه)(?!\w)"
)
# Persian 'spoke' (view text): «هر دو سخن گفتند»; with «با» a few words before it is 'spoke with' («با یکدیگر سخن
# گفتند», «با کری سخن گفت»), a contact
_FA_SPOKE = _vx(r"(?<!\w)سخن (?:گفتند|گفت|گفته اند|گفته است)(?!\w)")
_WITH_NEAR = _vx(r"(?<!\w)(?:با|مع)(?!\w)")
# plain words one of which every match of _DELIVERED_SPEECH or _FA_SPOKE holds (view text): «سخن» (also in «سخنرانی»),
# «نطق», «ألق…» / «يلقي», «خاطب», «تحدث»
_SPOKE_KEYS = tuple(norm(k) for k in ("سخن", "نطق", "ألق", "يلقي", "خاطب", "تحدث"))


def _spoke_at(text: str, vs: int, ve: int) -> bool:
    """The sentence says a speech was given, or (Persian) that someone spoke, not with someone."""
    if not _holds_in(text, vs, ve, _SPOKE_KEYS):
        return False  # (neither pattern can match: each match holds one of the keys)
    if _DELIVERED_SPEECH.search(text, vs, ve):
        return True
    m = _FA_SPOKE.search(text, vs, ve)
    return m is not None and not _WITH_NEAR.search(text, max(vs, m.start() - 30), m.start())


# a gathering word right after 'in' or 'before' (view text), a few words between at most: «در نشست», «في اجتماع», «أمام مؤتمر»
_IN_THE_SESSION = _vx(r"(?<!\w)(?:در|في|خلال|أمام|امام)(?: [^ ]+){0,1} $")
# the noun of an objection right before a state (raw text): «مخالفت واشنگتن», «اعتراض آمریکا», «معارضة واشنطن», «اعتراض
# الولايات المتحدة» (nouns only: the verb «رفضت طهران» has its side as subject)
# (or of a withdrawal, «دو ماه پس از خروج آمریکا», «بعد انسحاب الولايات المتحدة»: a state leaving, not meeting)
_OPPOSED_BY = _rx(r"(?<!\w)(?:مخالفت|اعتراض|معارض[ةه]|اعتراضات|مخالفت‌های|مخالفتهای|خروج|انسحاب)(?:\s+(?:شدید|صریح|الشديد[ةه]|القوي[ةه]))?\s+(?:ال)?$")
_OPPOSED_KEYS = tuple(norm(k) for k in ("مخالف", "اعتراض", "معارض", "خروج", "انسحاب"))  # (every match of _OPPOSED_BY holds one)
# a mediation or coordinator word right before an organisation's name, a few words between at most
# («بوساطة من الاتحاد الأوروبي», «منسق المحادثات في الاتحاد الأوروبي», «با میانجیگری اتحادیه اروپا», «هماهنگ‌کننده اتحادیه اروپا»)
_ORG_MEDIATES = _rx(
    r"(?<!\w)(?:ب|و|وب)?(?:ال)?(?:وساط[ةه]|رعاي[ةه]|منس[ّ]?ق[ةه]?|ميس[ّ]?ر[ةه]?)(?:\s+من)?\s+(?:[^\s.،؛,]+\s+){0,3}$"
    r"|(?<!\w)(?:با\s+|به\s+)?(?:میانجی‌گری|میانجیگری|میانجی|وساطت|هماهنگ‌کننده|هماهنگ‌کنندگی|تسهیل‌گری)(?:\s+از)?\s+(?:[^\s.،؛,]+\s+){0,3}$"
    # ('through': «عبر الاتحاد الأوروبي», «از طریق دیپلمات‌های اتحادیه اروپا»)
    r"|(?<!\w)(?:عبر|من\s+خلال|از\s+طریق)\s+(?:[^\s.،؛,]+\s+){0,2}$"
)
# a plane or airline right before a state's adjective («طائرة تابعة للخطوط الجوية الجزائرية», «با هواپیمای
# الجزایری»): in a release, that state flew the freed out (codebook section 9: it eases the contact)
_FREED_PLANE = _rx(
    r"(?<!\w)(?:ال)?(?:طائر[ةه]|طائرت(?:ان|ين)|طائرات|طيران|خطوط\s+جوي[ةه])\s+(?:[^\s.،؛,]+\s+){0,3}$"
    r"|(?<!\w)هواپیما(?:یی|ی|ئی|های)?\s+(?:[^\s.،؛,]+\s+){0,2}$"
)
# a bank or account word right before a state or city («إلى مصارف قطرية», «إلى حسابات في الدوحة», «به حساب‌هایی
# در بانک‌های قطر»; on the view text): where a deal's funds are kept
_FUNDS_BANKS = _rx(
    "(?<!\\w)(?:ال|لل|ب)?(?:" + "|".join(map(norm, ("مصارف", "بنوك", "حسابات", "حساب", "مصرف", "بنك", "بانک", "بانکها", "بانکهای", "حسابها", "حسابهای", "حسابهایی")))
    + ")" + r"\s+(?:\S+\s+){0,2}$"
)
GUARANTOR_REACH = 80  # characters between a guarantor word and the state it makes the keeper of a deal
ROUND_HEAD_CHARS = 30  # a numbered round that heads its sentence (after a date) may take the sides of the round before
SOON_DAYS = 10  # a day without a year this close after publication is the coming one, not last year's
PERIOD_YEARS = 2  # a date spanning this many years past its first (2007–2010) is a period, not one contact's date
UNDELIVERED_REACH = 60  # characters from a message word to 'has not arrived'
UNDELIVERED_RECENT_DAYS = 14  # a message this recent is the one an undated 'has not arrived' elsewhere in the article means
GUEST_REACH_SENTENCES = 12  # sentences after a third state's visit in which its message may be told
_ENTRY_HEAD = _rx(r"\s?[:：–—-]")  # a date heading an entry («1 نوفمبر 1979: …», «1979 – …»)
_NEGOTIATIONS = frozenset(("talks", "agreement", "series"))
SANCTIONS_MIN_MENTIONS = 1  # 'lifting sanctions' named this often in an article makes sanctions the other half of its nuclear talks
_RELIEF_WORDS = frozenset(norm(w) for w in ("رفع", "تخفيف", "إلغاء", "لغو", "کاهش", "برداشتن"))
HISTORIC_PRESENT_DAYS = 31  # an Arabic imperfect contact verb with a date this much before publication is a historic present
VISIT_SPAN_DAYS = 4  # the days a visit sentence names, this far apart or less, are one trip's (its first and last day)
DOC_TOPIC_MIN_MENTIONS = 2  # mentions that make a topic the article's subject (with half as many as its main one's at least)
LEAD_REACH_SENTENCES = 4  # sentences after an undated lead in which the contact it names may be dated
REPLY_DAYS = 45  # days after the exchange's last day that a reply through the same channel is still that exchange
OTHER_PAIR_BACK = 4  # sentences back a contact of another pair, named as a pair, is what 'the two countries' names
ROUND_UNTIL_DAYS = 100  # days after a round of talks opened that a day 'until' which it went on still ends that round
LEAD_MIN_CHARS = 200  # a paragraph shorter than this, with no sentence end, after the headline is a credit or byline line
_ENDS_SENTENCE = _rx(r"[.!؟?][»\"]?\s*$")
BETWEEN_REACH = 6 * 7  # 'between' up to ~6 words after the contact word («جولة محادثات بين نواب وزراء خارجية …»)
DENIAL_REACH = 60  # characters between a denial word and the contact word it denies («دریافت هرگونه پیام … را تکذیب کرد»)
HYPOTHETICAL_AFTER_CHARS = 4 * 7  # a hypothetical marker this close after the contact word governs it, whatever clause comes before
# 'between' with up to ~4 words (titles) before the first of the pair
_BETWEEN_AFTER = _rx(r"\s*\S*\s+(?:\S+\s+){0,3}(?:بين|بین|میان)\s+\S{0,3}")  # after the contact word, up to a state: «لاتفاق خاسافيورت بين موسكو»
# the plural of a delegation, faction or party word («الوفود», «گروه‌های») right before a state's adjective, alone
# («گروه‌های افغان», «الفصائل الأفغانية») or after 'between' («بين الوفود الأفغانية», «میان گروه‌های افغان»; also
# «الأطراف», «طرف‌های»)
_GROUP_PLURALS = "وفود|فصائل|أحزاب|جماعات|حركات|(?:هیئت|گروه|جناح|حزب)‌ها(?:ی)?"
_AMONG_GROUPS = _rx(rf"(?:^|\s)(?:بين|بین|میان)\s+(?:ال)?(?:أطراف|طرف‌ها(?:ی)?|{_GROUP_PLURALS})\s+$")
_GROUPS_OF = _rx(rf"(?<!\w)(?:ال)?(?:{_GROUP_PLURALS})\s+$")
_BETWEEN = _rx(r"(?:^|\s)(?:بين|بین|میان|between)(?:\s+\S+){0,4}\s+\S{0,3}$")


def _third_state_message(raw: str, cur, cues, required):
    """Drop a message word right followed by a state that is not a side («رسالة سعودية», «پیام عربستان»,
    «نامه قطر»): the adjective or genitive names the message's sender, so the message is that state's,
    not one between the sides. A side there («رسالة أمريكية») or a preposition between («رسالة إلى
    السعودية») keeps it."""
    states = [(a, h.key) for a, _, h in cur if h.cat == "state"]
    out = []
    for x in cues:
        if _cue_kind(x[2].key) == "message_exchange" and any(
            0 < a - x[1] <= 2 and not raw[x[1] : a].strip() and key not in required for a, key in states
        ):
            continue
        out.append(x)
    return out


def _cue_spans(cur, group: str, groups=None) -> list[tuple[int, int]]:
    """The raw spans of a sentence's cues of one group (``groups``: ``_cue_groups(cur)``, when the
    caller has it: none when the group is not in it)."""
    if groups is not None and group not in groups:
        return []
    return [(a, b) for a, b, h in cur if h.cat == "cue" and h.key == group]


def _place_location(pl: Any) -> tuple[str | None, str]:
    """(city, country) of a place: a city names itself, a venue its city, anything else only its country."""
    kind = _g(pl, "kind", "city")
    return (pl.name_en if kind == "city" else (_g(pl, "city") if kind == "venue" else None)), pl.country


# 'after / before this' (raw text): a sentence about what came around a contact, not about it
# what may stand between a verb of concluding and the deal's name it concludes (raw text): «توقيع «إعلانات الجزائر»»,
# «وقّع على اتفاقيات الجزائر», «بیانیه‌های الجزایر را امضا کردند»
_DEAL_BESIDE = _rx(r"[\s«»\"]*(?:على[\s«»\"]+|را\s+)?")
# 'after / before / since the signing of' before a deal's name (raw text): the deal dates another happening
_AROUND_WORDS = r"(?:عقب|بعد|إثر|اثر|قبيل|قبل|منذ|غداة|پس از|بعد از|قبل از|پیش از|از زمان)"  # 'after / before / since'
_DEAL_AS_TIME = _rx(rf"(?:{_AROUND_WORDS}|تا)\s+"
                    r"(?:(?:امضای|انعقاد|اعلام|نهایی شدن|توقيع|التوقيع على|إبرام|ابرام|إعلان|اعلان)\s+)?[«\"]?\s*$")
_AFTER_THAT = _rx(rf"{_AROUND_WORDS}\s+(?:هذا|هذه|ذلك|تلك|این|آن)(?!\w)")
# 'resumed' (raw text)
_RESUMED = _rx("استؤنفت|استئناف|تستأنف|استأنف|ستستأنف|از سر گرفته|ازسرگیری|از سرگیری")
# (a piece of each of its words, as tolerant: every one opens with «س», which the engine scans for fast; the pattern's
# words open with «ا» or «ت», letters it tries one by one)
_RESUMED_KEY = _rx("ستؤنف|ستئناف|ستأنف|سر گرفته|سرگیری")


def _resumed(raw: str, s: int, e: int) -> bool:
    """``_RESUMED`` finds a match in ``raw[s:e]`` (its pieces looked for first: few sentences hold one)."""
    return _RESUMED_KEY.search(raw, s, e) is not None and _RESUMED.search(raw, s, e) is not None


# a word of ending (a round 'ended', 'concluded'), in the normalised text
_ROUND_ENDS = _rx("|".join(norm(w) for w in ("انتهت", "تنتهي", "انتهاء", "اختتمت", "تختتم", "اختتام", "ختام", "پایان یافت", "به پایان رسید", "پایان", "خاتمه")))
# 'any' before a contact word («أي لقاء», «هیچ دیداری»), and 'direct' right after one
# 'who did not meet face to face' («اللذين لم يلتقيا وجها لوجه», «رودررو دیدار نکردند»): what a shuttle sentence negates
_NOT_FACE_TO_FACE = _rx("|".join(norm(w) for w in ("وجها لوجه", "وجهاً لوجه", "مباشرة", "مباشرا", "طاولة واحدة", "رودررو", "مستقیم", "سر یک میز")))
_DOCUMENT_DATED = _rx(
    r"(?<!\w)(?:ال)?(?:صادر|صادرة|مؤرخ|مؤرخة|مؤرّخ|مؤرّخة|منشور|منشورة)\s+(?:في\s+|يوم\s+)?(?:(?:عام|سنة|العام)\s+)?$"
    r"|(?<!\w)(?:مورخ|مورخه|صادره|صادرشده|صادر\s+شده|منتشرشده|منتشر\s+شده)\s+(?:در\s+|به\s+تاریخ\s+)?(?:سال\s+)?$"
)
# (a piece of each of its words, as tolerant: looked for first in the 24 characters before a date, few of which hold one)
_DOCUMENT_DATED_KEY = _rx("صادر|مؤرخ|منشور|مورخ|منتشر")
# 'it was agreed / arranged that' (raw text), with a word of going on: an agreement on a procedural point
_DECIDED = _rx(
    r"قرار شد|قرار بر این شد|پذیرفتند|پذیرفته[\u200c ]?اند|موافقت کردند|توافق کردند|تقرر|اتُّفق|اتفق(?:ا|وا|ت)?(?:\s+\S+){0,2}\s+على"
    r"|توافق(?:ا|وا)? على|وافقا على|وافق الجانبان|أوعزا|أوعز|وجّها|وجها فريقيهما"
)
_APPOSITION = _rx(r"\s*[^\W\d_]+ی\s+که(?!\w)")  # «توافقی که», «سفری که»: a noun naming the clause before
# a clause opening with a rank, the highest or the first (raw text): «بالاترین سطح دیدار …», «نخستین دیدار …», «أعلى مستوى …»
_RANKED_OPEN = _rx(r"\s*(?:و?(?:هو|هي)\s+)?(?:بالاترین|عالی‌ترین|عالیترین|نخستین|اولین|مهم‌ترین|مهمترین|أعلى|أرفع|أول|أهم)(?!\w)")
def _reveal_dated(raw: str, b: int, d, cue_rs: int) -> bool:
    """Arabic verb–subject–date–object order: «نشرت مجلة «الشراع» اللبنانية في 3 تشرين الثاني 1986 تفاصيل
    الرحلة». A date between a verb of revealing (ending at ``b``) and the contact word, with no 'that' clause
    opening in between, is the report's (the caller keeps a date the contact is said to be during: «نشرتها
    وكالة في آذار/مارس 2015، خلال المفاوضات»)."""
    return 0 <= d.start_char - b <= 60 and d.end_char <= cue_rs and not _THAT.search(raw, b, d.start_char)


_DURING_BEFORE = _vx(r"(?<!\w)(?:خلال|اثناء|في اثناء|ابان)\s+$")  # 'during' right before a word (view text)
_DURING = _rx(r"(?<!\w)(?:خلال|أثناء|اثناء|إبان|ابان|في غمرة|على هامش|طی|در جریان|در حاشیه|حین)(?!\w)")
_THAT = _rx(r"(?<!\w)(?:أن|أنّ|إن|إنّ|ان|که|بأن|بان)(?!\w)")
def _clause_future(raw: str, s: int, cue_rs: int) -> bool:
    """«ومن المقرر أن تحتضن مسقط يوم السبت 12 نيسان/أبريل 2025 جولة جديدة», «قرار است دور بعدی … در مسقط برگزار
    شود»: a scheduling head governs its whole clause, however far the contact word is, up to the next comma."""
    m = None
    for m in _SCHEDULED.finditer(raw, max(s, cue_rs - 110), cue_rs):
        pass
    if m is not None and m.group(0).startswith("قرار") and _FA_SUBJUNCTIVE.match(raw, cue_rs) and not _FA_BUT.search(raw, m.end(), cue_rs):
        # «قرار است فردا دوشنبه در دفتر نوری المالکی، نخست‌وزیر عراق، با یکدیگر دیدار کنند»: the contact word with the
        # subjunctive verb 'it is scheduled' governs, past the commas of an apposition
        return True
    if m is None:
        # «قرار است سید عباس عراقچی، وزیر امور خارجه، و استیو ویتکاف، … روز شنبه در مسقط حاضر شوند و … میزبان این
        # گفت‌وگوها باشد»: a Persian sentence that opens with 'it is scheduled' is a schedule to its end, its
        # appositions and further clauses included
        head = _SCHEDULED.match(raw, s + len(raw[s:cue_rs]) - len(raw[s:cue_rs].lstrip(" \t\n«\"(و")))
        return head is not None and head.group(0).startswith("قرار") and not _FA_BUT.search(raw, head.end(), cue_rs)
    return not _COMMA_BREAK.search(raw, m.end(), cue_rs)


# a contact word followed by a Persian subjunctive light verb (raw text, from the word's start): «دیدار کنند», «برگزار شود»
_FA_SUBJUNCTIVE = _rx(r"\S+(?:\s+\S+)?\s+(?:کنند|کند|شود|شوند|باشد|باشند|بروند|برود|بنشینند|بنشیند)(?!\w)")
_FA_BUT = _rx(r"(?<!\w)(?:اما|ولی|ولیکن)(?!\w)")  # a Persian 'but' opening another clause
_SCHEDULED = _rx(r"(?<!\w)(?:من المقرر|من المنتظر|من المتوقع|المقرر|المنتظر)\s+(?:أن|ان)(?!\w)|(?<!\w)قرار (?:است|بود|شده است|شده)(?!\w)")
def _dates_what_followed(raw: str, d, cues) -> bool:
    first = min(x[0] for x in cues)
    if first < d.end_char:
        return False
    # (not hours or minutes after: «وصلا إلى مسقط مساء أمس … بعد ساعات من الإفراج عنهما» — the same day)
    return any(0 <= first - m.end() <= 30 and not _HOURS_AFTER.match(raw, m.end()) for m in _FOLLOWING.finditer(raw, d.end_char, first))


# (also 'after about seven hours of talks', «بعد نحو سبع ساعات من المحادثات»: the talks that day)
_HOURS_AFTER = _rx(r"\s+(?:(?:نحو|قرابة|حوالي|حوالى|زهاء|أكثر\s+من|ما\s+يقارب)\s+)?(?:(?:[0-9٠-٩]{1,2}|ثلاث|أربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر|بضع)\s+)?"
                   r"(?:ساعات|ساعة|ساعتين|ساعتَين|دقائق|دقيقة|ساعاتٍ)(?!\w)")
# (not after a letter or its marks: «وُبعد» is «وبعد», one word)
_FOLLOWING = _rx(r"(?<![\w\u064b-\u0655\u0670])(?:بعد|عقب|إثر|اثر|غداة|يلي|تلا|تلت)(?!\w)")
# 'not even once': «حتی یک بار رودررو ننشستند», «لم يلتقيا ولو مرة واحدة»
_NOT_EVEN_ONCE = _rx(r"حتی یک بار(?:\s+\S+){0,3}?\s+ن\S*(?:ند|د|ید)(?!\w)|(?<!\w)لم\s(?:[^.؛]{0,60})(?:ولو|ولا|و لا)\s+(?:ل)?مرة واحدة")
_NOT_EVEN_ONCE_KEYS = (norm("حتی"), norm("واحدة"))  # (the view of every match of _NOT_EVEN_ONCE holds one of these)
_UNTIL_WORDS = "تا|حتی|حتى|لغاية"
_UNTIL = _rx(rf"(?<!\w)(?:{_UNTIL_WORDS}|الى|إلى)\s*$")
_TODAY = _rx(r"امروز|اکنون|الیوم|اليوم|الآن|هذا اليوم|هذا الیوم")
_RECENT_PERIOD = _rx(r"\s*[«\"]?(?:و|ف)?(?:في|خلال|طوال|در|طی|طول)\s+(?:الأشهر|الأسابيع|السنوات|الأعوام|الشهور|ماه‌های|ماههای|ماه های|هفته‌های|هفتههای|هفته های|سال‌های|سالهای|سال های)\s+(?:الأخيرة|الماضية|القليلة\s+الماضية|اخیر|گذشته)(?!\w)")
_UNTIL_YEAR = _rx(rf"(?<!\w)(?:{_UNTIL_WORDS})\s+(?:(?:عام|العام|سنة|السنة|سال)\s+)?$")  # 'until (the year)' before a year
_PARDON = _rx(r"عفو|عفا|عفوا")
_REJECTED_ANY = _rx(r"(?<!\w)[وف]?(?:رفض|رفضه|رفضها|رفضت|رفضهم|يرفض|ترفض|رفضوا|برفض|برفضه)\s+(?:أي|أية|اي|ايه)\s+\S*$")
_FUTURE_VERBS = {norm(w): kind for kind, words in (
    ("visit", ("سيزور", "ستزور", "سيتوجه", "ستتوجه", "سيصل", "ستصل")),
    ("meeting", ("سيلتقي", "ستلتقي", "سيلتقيان")),
    ("talks", ("سيعقد", "ستعقد", "سيعقدان", "سيجري", "ستجري", "ستنطلق", "ستبدأ", "سيبدأ", "ستستأنف")),
) for w in words}
_TAFAWUD = frozenset(norm(w) for w in ("تفاوض", "التفاوض"))
_ADJ_SUFFIX = _rx(r"یه?(?!\w)")
_ROUND_OF_OTHER = _rx(
    r"\s*(?:من\s+)?(?:ال)?(?:تحریم|تحریم‌ها|تحریمها|عقوبات|حملات|ضربات|غارات|احتجاجات|اعتراضات|انتخابات|اعتراض|تظاهرات|مظاهرات|هجمات)(?!\w)")
# «في جولة على عواصم عربية», «جولة في المنطقة»: a tour of capitals or of a region, no round of talks
_UNTIL_DAY = _rx(rf"(?<!\S)(?:{_UNTIL_WORDS})\s+(?:روز\s+|يوم\s+)?$")
def _until(raw: str, s: int, usable: list[DateMatch], date: DateMatch) -> DateMatch:
    """The sentence's date ``date`` extended to the range it opens when another day of the sentence, up to a month
    later, follows 'until' («تا ۷ خرداد», «حتى 28 أيار»); the opening day is the first before that one."""
    for u in usable:
        if u.date_precision != "day" or not _UNTIL_DAY.search(raw, max(s, u.start_char - 8), u.start_char):
            continue
        a = date if date.end_char <= u.start_char else max((d for d in usable if d.end_char <= u.start_char and d.date_precision == "day"), key=lambda d: d.start_char, default=None)
        if a is not None and a.date_end == a.date_start and 0 < (u.date_start - a.date_start).days <= 31:
            return dataclasses.replace(a, date_end=u.date_start, edtf=_edtf(a.date_start, u.date_start, "day"))
    return date


# 'that was on …' opening a sentence: «كان ذلك يوم …», «وجرى ذلك في …», «این اتفاق در … افتاد»
_THAT_WAS = _rx(r"\s*(?:و|ف)?(?:كان|جرى|حدث|وقع|تم)\s+ذلك\s|\s*(?:این|آن)\s+(?:اتفاق|رویداد|ماجرا)?\s*(?:در|روز)\s")


def _finer_date(cand: Candidate, dates: list[DateMatch], pub) -> Candidate | None:
    """``cand`` dated by the one finer date of a 'that was on …' sentence inside its own date, else None."""
    inside = {
        (d.date_start, d.date_end or d.date_start, d.date_precision): d for d in dates
        if d.date_start is not None and (pub is None or d.date_start <= pub)
        and cand.date_start <= d.date_start and (d.date_end or d.date_start) <= cand.date_end
    }
    if len(inside) != 1:
        return None
    (start, end, prec), d = next(iter(inside.items()))
    if (start, end) == (cand.date_start, cand.date_end):
        return None
    return dataclasses.replace(cand, date_start=start, date_end=end, date_precision=prec, date_edtf=d.edtf or _edtf(start, end, prec),
                               date_text=d.text, date_calendar=d.calendar)


# 'about this exchange / deal' right after a message word
_ABOUT_THIS = _rx(
    r"\s*(?:[^\s.،؛]+\s+){0,4}?(?:درباره|در مورد|بشأن|حول)\s+(?:این|همین|هذا|هذه|ذلك|تلك)\s+"
    r"(?:ال)?(?:تبادل|مبادله|توافق|معامله|صفقة|اتفاق|صفقه|مبادلة)(?!\w)"
)
_NEWS_OUTLETS = (
    "فاکس نیوز", "فاکس بیزنس", "سی‌ان‌ان", "سی ان ان", "ان‌بی‌سی", "ان بی سی", "سی‌بی‌اس", "سی بی اس", "ای‌بی‌سی", "ای بی سی",
    "بی‌بی‌سی", "بی بی سی", "الجزیره", "العربیه", "نیویورک تایمز", "واشنگتن پست", "وال‌استریت ژورنال", "وال استریت ژورنال",
    "اکسیوس", "رویترز", "آسوشیتدپرس", "فایننشال تایمز", "اشپیگل", "لوموند",
    "فوكس نيوز", "فوكس بيزنس", "سي إن إن", "سي ان ان", "إن بي سي", "ان بي سي", "سي بي إس", "سي بي اس", "إيه بي سي", "بي بي سي",
    "الجزيرة", "العربية", "نيويورك تايمز", "واشنطن بوست", "وول ستريت جورنال", "أكسيوس", "رويترز", "أسوشيتد برس", "فايننشال تايمز",
)
_WITH_OUTLET = _rx(
    r"(?:ی|ي)?\s*(?:[^\s.،؛,]+\s+){0,8}?(?:با|مع|ل)\s*(?:شبکه|شبكة|قناة|روزنامه|صحيفة|خبرگزاری|وكالة|موقع|برنامه|برنامج|تلویزیون)?\s*«?(?:"
    + "|".join(sorted(map(re.escape, _NEWS_OUTLETS), key=len, reverse=True)) + r")(?!\w)"
)
# a word that names a work before its title in quotes (raw text): 'his book', 'a film', 'entitled'
_TITLE_NOUN = _rx(
    r"(?<!\w)(?:ال)?(?:كتاب|كتابه|كتابها|فيلم|فيلمه|مقال|مقاله|مقالة|مقالته|برنامج|وثائقي|الوثائقي|رواية|مذكرات|مذكراته|عنوان|بعنوان|تحت عنوان|"
    r"کتاب|کتابش|کتابی|فیلمی|مقاله‌ای|مقاله|مستند|خاطرات|با عنوان|تحت عنوان|به نام)\s*$"
)


def _in_title(raw: str, s: int, at: int) -> bool:
    """The character at ``at`` lies inside quotes («…») opened right after a word naming a work (``_TITLE_NOUN``)."""
    q = raw.rfind("«", s, at)
    return q >= 0 and "»" not in raw[q:at] and _TITLE_NOUN.search(raw, max(s, q - 24), q) is not None


_FOX = _rx(r"\s*(?:نیوز|بیزنس)(?!\w)")  # «فاکس نیوز»: the channel, not a fax
_HELD_TERMS = frozenset(norm(w) for w in ("برگزار شد", "برگزار گردید", "عقدت", "عقد", "جرت"))
_SESSION_TERMS = frozenset(norm(w) for w in ("جلسة", "جلسات", "جلسه", "نشست"))
_IN_BEFORE = _rx(r"(?<!\w)(?:في|در)\s+(?:ال)?$")
_RELATIVE_AFTER_SPAN = _rx(r"\s*(?:[^\s.،؛,]+\s+){0,7}?(?:که|التي|الذي)(?!\w)")
_UNILATERAL = _rx(
    r"(?<!\w)(?:بقرار\s+(?:\S+\s+)?منفرد|من جانب واحد|أحادي الجانب|بشكل أحادي|بصورة أحادية|یک[\u200c ]?جانبه|به‌طور یک[\u200c ]?جانبه)(?!\w)"
)
QUOTE_DAY_REACH = 600  # characters before a quotation in which the day it was spoken is looked for
QUOTE_DAY_RECENT = 31  # days: the speaker's day re-anchors a quoted 'today' only when this recent before publication
_QUOTED_DAY = _rx("|".join(map(norm, ("اليوم", "امروز", "هذا اليوم", "صباح اليوم", "مساء اليوم", "امروز صبح", "امشب", "الليلة"))))


def _quoted(raw: str, pos: int) -> bool:
    """Is ``pos`` inside a «…» quotation (more openings than closings before it)?"""
    return raw.count("«", 0, pos) > raw.count("»", 0, pos)


_ABOUT_BEFORE = _rx(r"(?<!\w)(?:درباره|در مورد|در باره|پیرامون|بشأن|حول|مسألة|مسالة|ملف)\s+(?:[وبل]?ال)?$")
_BEGAN_VERB = _rx(r"\s*(?:[^\s.،؛]+\s+){0,6}?(?:آغاز شده بود|آغاز شد|آغاز شده|شروع شده بود|شروع شد|بدأت|انطلقت|بدأ|انطلق)(?!\w)")
# a stay of so many days that ended on the sentence's day («اختتم … زيارة لطهران استمرت يومين», «سفر دوروزه خود … را به
# پایان رساند»)
_STAY_DAYS_AR = {"يومين": 2, "ثلاثة أيام": 3, "أربعة أيام": 4, "خمسة أيام": 5}
_STAY_DAYS_FA = {"دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "۲": 2, "۳": 3, "۴": 4, "۵": 5}
_STAY_LENGTH = _vx(
    r"(?<!\w)(?:استمرت|دامت|استغرقت|لمدة|على مدى)\s+(" + "|".join(_STAY_DAYS_AR) + r")(?!\w)"
    r"|(?<!\w)(" + "|".join(_STAY_DAYS_FA) + r")[\s\u200c]?روزه(?!\w)"
)
# a word every match of _STAY_LENGTH holds (the view has no ZWNJ: «دو‌روزه» is «دوروزه»)
_STAY_LENGTH_KEYS = tuple(norm(k) for k in ("استمرت", "دامت", "استغرقت", "لمدة", "على مدى", "روزه"))
_STAY_ENDED = _vx(
    r"(?<!\w)[وف]?(?:اختتم|اختتمت|أنهى|أنهت|انتهت)(?!\w)|به[\s\u200c]+پایان[\s\u200c]+(?:رساند|رسید|برد)(?!\w)|پایان[\s\u200c]+(?:داد|یافت)(?!\w)"
)
_STAY_DAYS = {norm(k): v for k, v in (_STAY_DAYS_AR | _STAY_DAYS_FA).items()}


def _days_ended(view: View, s: int, e: int) -> int | None:
    """The number of days of a stay the sentence at raw ``s:e`` says ended (a two-day visit that ended …), else None
    (read on the normalised view: harakat, hamzas and final yehs as any source writes them)."""
    vs, ve = bisect_left(view.starts, s), bisect_left(view.starts, e)
    if not any(view.text.find(k, vs, ve) >= 0 for k in _STAY_LENGTH_KEYS):
        return None  # (no match of _STAY_LENGTH, which no literal opens, without one of its words)
    m = _STAY_LENGTH.search(view.text, vs, ve)
    if m is None or _STAY_ENDED.search(view.text, vs, ve) is None:
        return None
    return _STAY_DAYS[m.group(1) or m.group(2)]


_FA_ENDED = "به پایان رسید|پایان یافت|خاتمه یافت"  # (Persian puts 'ended' after the day, Arabic before it)
_ENDED = _rx(rf"(?:{_FA_ENDED}|انتهت|اختتمت|اختُتمت)(?!\w)")  # (searched: «وانتهت» too)
_ENDED_AFTER = _rx(rf"\s*(?:[^\s.؛]+\s+){{0,18}}?(?:{_FA_ENDED})(?!\w)")
# the view of a word every match of _ENDED holds (the view drops the marks and folds the spellings its tolerant letters read)
_ENDED_KEYS = tuple(norm(w) for w in ("پایان", "خاتمه", "انتهت", "اختتمت"))


def _ended(raw: str, view: View, s: int, e: int) -> bool:
    """``_ENDED.search(raw, s, e)``, its words looked for first in the view of ``raw[s:e]`` (view indexes from the first at
    or after ``s`` to the last before ``e``): the pattern's alternatives open with common letters («ا», «ب»), so ``re``
    tries it at most of a sentence's characters."""
    return _view_holds_in(view, s, e, _ENDED_KEYS) and _ENDED.search(raw, s, e) is not None


def _began_ended(raw: str, usable: list[DateMatch], date: DateMatch) -> DateMatch:
    """The range from a day followed by 'began' («از چهارشنبه گذشته … آغاز شده بود», «بدأت الأربعاء») to a later
    day, up to a month on, followed by 'ended' («امروز یکشنبه … به پایان رسید»); else ``date``. (Arabic puts
    its 'ended' before the day: «وانتهت فجر الأحد»; the day right after it closes the range.)"""
    days = [d for d in usable if d.date_precision == "day" and d.date_end == d.date_start]
    for a in days:
        if not _BEGAN_VERB.match(raw, a.end_char):
            continue
        for b in days:
            if 0 < (b.date_start - a.date_start).days <= 31 and b.start_char > a.end_char and (
                _ENDED_AFTER.match(raw, b.end_char) or _ENDED.search(raw, max(a.end_char, b.start_char - 14), b.start_char)
            ):
                return dataclasses.replace(a, date_end=b.date_start, edtf=_edtf(a.date_start, b.date_start, "day"))
            if 0 < (b.date_start - a.date_start).days <= 31 and b.start_char > a.end_char and _GOING_ON_AFTER.match(raw, b.end_char):
                # «… که از شنبه ۶ تیر … آغاز شده است، امروز جمعه وارد چهاردهمین روز خود شد»: still going on that later day,
                # the round runs from the day it began to it
                return dataclasses.replace(a, date_end=b.date_start, edtf=_edtf(a.date_start, b.date_start, "day"))
    for b in days:
        # Arabic, the end told first: «اختُتمت أمس الأربعاء … الجولة … التي بدأت الثلاثاء»
        if not _ENDED.search(raw, max(0, b.start_char - 14), b.start_char):
            continue
        for a in days:
            if 0 < (b.date_start - a.date_start).days <= 31 and a.start_char > b.end_char and _BEGAN_ON.search(raw, max(0, a.start_char - 24), a.start_char):
                return dataclasses.replace(a, date_end=b.date_start, edtf=_edtf(a.date_start, b.date_start, "day"))
    return date


# after a day: the contact still going on then («امروز جمعه وارد چهاردهمین روز خود شد», «اليوم الجمعة يومها الرابع عشر»)
_GOING_ON_AFTER = _rx(r"[^.؛;\n]{0,24}?(?:وارد\s+\S+\s+روز|همچنان\s+ادامه|يومها\s+ال|یومها\s+ال|لا\s+تزال\s+مستمرة|مستمرة\s+حتى)")
_REACHING = _rx(r"(?:با دستیابی به|با رسیدن به|با امضای|بالتوصل إلى|بالتوصل الى|بالتوصل ل|بتوقيع|بإبرام)\s*«?\s*$")
# Persian 'which' right before a date, and the rest of its clause ending in a verb of arrest, killing or seizure (raw)
# a relative or 'when' clause opening after a hypothetical marker: what follows is told as a fact
_PAST_CLAUSE_OPEN = _rx(r"(?<!\w)(?:الذي|التي|اللذين|اللتين|الذين|حين|حينما|عندما|لما|يوم|که|وقتی|هنگامی که|زمانی که)(?!\w)")
_FA_WHICH_BEFORE = _rx(r"(?<!\w)که\s+(?:در\s+)?$")
_FA_HAPPENED = _rx(r"[^،,.؛;\n]{0,60}?\s(?:بازداشت|دستگیر|ترور|کشته|ربوده|توقیف|زندانی)\s+(?:شده|شد|شدند|کرده|کرد|کردند)(?!\w)")
# an Arabic relative pronoun after the contact word (raw text): «…، التي احتضنها …»
# (its verb one of holding, hosting, starting or ending: the clause is the contact's, not a person's «الذي اعتُقل …»)
_HOLDING_CLAUSE = _rx(
    r"(?<!\w)(?:التي|الذي|اللتين|اللذين|اللتان|اللذان)\s+(?:كانت\s+|كان\s+|قد\s+)?(?:احتضن|استضاف|عُقد|عقد|جرت|جرى|انعقد|انطلق|بدأ|استمر|انتهت|انتهى|اختتم|أقيم|أُقيم|استغرق)"
)
_BY_AGREEMENT = _rx(r"\s*(?:المتبادل|المشترك|مع|بين)(?!\w)")  # after «بالاتفاق»: 'by mutual agreement', 'in agreement with'
_NON_DATE = _rx(r"[\s\W_]+")  # what a date line may hold besides its date: spaces and punctuation
@functools.lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    from ..lexicon import load_cues

    nums = load_cues().numbers
    return {norm(w): v for w, v in nums.lookup().items()} if nums is not None else {}


# a count of cities or capitals the rounds were held in (raw text): «در سه شهر برگزار شد», «في ثلاث عواصم», «في عاصمتين»
_IN_N_CITIES = _rx(r"(?<!\w)(?:در|في|على)\s+(?:(\S+)\s+(?:شهر|پایتخت|عواصم|مدن)|عاصمتين|مدينتين)(?!\w)")


def _series_count(cue: str) -> int | None:
    """The count a series cue states («ثلاث جولات», «پنج دور»: 3, 5), or None («جولات عدة»)."""
    words = norm(cue).split()
    if words and words[0] in ("جولتین", "جولتان"):
        return 2
    return _number_words().get(words[0]) if words else None


# a weekday name alone (raw date text)
_WEEKDAY_ONLY = _rx(
    r"(?:ال|یوم |يوم )?(?:سبت|أحد|احد|اثنين|إثنين|الاثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه)"
    r"|(?:روز )?(?:شنبه|یکشنبه|یک‌شنبه|دوشنبه|سه‌شنبه|سه شنبه|سه‌شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه)"
)
# 'which began on' right before a date (raw), a weekday in between («انطلقت الثلاثاء (7 تير)»)
_BEGAN_ON = _rx(r"(?<!\w)(?:بدأت|بدأ|انطلقت|انطلق)\s+(?:في\s+|يوم\s+|منذ\s+)?(?:\S+\s*\(\s*)?$")
_DEMONSTRATIVE_BEFORE = _rx(r"(?<!\w)(?:بهذه|بهذا|هذه|هذا|تلك|ذلك|بتلك|بذلك|این|آن|همین)\s*(?:ال)?$")  # 'this mediation': another contact's (raw)
# the contact noun, a relative clause on it closed by a comma, and the main verb saying it was not held
# («نشست سفیران … که برای اسفند ۱۳۸۶ برنامه‌ریزی شده بود، هرگز برگزار نشد»; not another negative verb, «دیداری
# که … برگزار شد، نتیجه‌ای نداشت» was held)
_FA_NEVER_HELD_AFTER = _vx(r"[^.!?؟]{0,120}?\sکه\s[^.!?؟,؛;]{1,160},\s*(?:هرگز\s+|هیچگاه\s+|عملا\s+|در عمل\s+)?(?:برگزار|انجام|تشکیل)\s+(?:نشد|نشده|نگردید)(?!\w)")
# 'the previous round' («الجولة السابقة», «دور پیشین»), a contact word of its own (cues.yaml, event_types.talks)
# nothing but greetings passed between them («جز احوال‌پرسی کوتاه سخنی میانشان رد و بدل نشد», «لم يتبادلا سوى
# التحية», «اقتصر اللقاء على تبادل المجاملات»)
_ONLY_GREETINGS = _vx(
    r"(?:جز|بجز|غیر از)\s+(?:یک\s+)?(?:سلام و\s+)?(?:احوال ?پرسی|تعارف|تعارفات|سلام|دست دادن)(?!\w)[^.!?]{0,60}?(?:رد و بدل نشد|نشد|نکردند|نداشتند|نگفتند)(?!\w)"
    r"|(?<!\w)و?لم\s+(?:[^ .]+\s+){1,5}?(?:سوى|غير|إلا)\s+(?:تبادل\s+)?(?:ال)?(?:تحية|تحيات|مجاملات|مصافحة|سلام)(?!\w)"
    r"|(?<!\w)و?اقتصر(?:ت)?\s+(?:[^ .]+\s+){0,3}?على\s+(?:تبادل\s+)?(?:ال)?(?:تحية|تحيات|مجاملات|مصافحة)(?!\w)"
)
# Persian 'the previous round' («دور پیشین», «دور قبلی»), a contact word of its own (cues.yaml, event_types.talks;
# Arabic «الجولة» is one already, and «السابقة» after it makes it another round than the last one told)
_GREETING_KEYS = tuple(norm(w) for w in ("احوال", "تعارف", "سلام", "دست دادن", "تحية", "تحيات", "مجاملات", "مصافحة"))
# and the view of every match of _ONLY_GREETINGS holds one of these too: 'but' of its first branch, 'did not' and 'only'
# of its others (the view's whitespace is single spaces; «سلام» of _GREETING_KEYS is in every «اسلامی», so they are
# looked for as well before the pattern, which no literal opens)
_ONLY_GREETINGS_KEYS = tuple(norm(w) for w in ("جز", "غیر از", "لم ", "اقتصر"))
_PREVIOUS_ROUND_WORD = _vx(r"دور (?:پیشین|قبلی|گذشته)")
_NEVER_HELD_KEYS = (norm("نشد"), norm("نگردید"))  # (every match of _FA_NEVER_HELD_AFTER holds one, and « که »)


def _never_held_after(text: str, at: int) -> bool:
    """_FA_NEVER_HELD_AFTER at ``at``, tried only when the 300 characters it can read hold « که » and one of its verbs."""
    window = text[at : at + 300]
    return " که " in window and _holds_any(window, _NEVER_HELD_KEYS) and _FA_NEVER_HELD_AFTER.match(text, at) is not None


_FA_BEGAN_AFTER = _rx(r"[^.؛;\n]{0,80}?\s(?:آغاز|شروع)\s+(?:شد|شده بود|شده است|شده|گردید)(?!\w)")
def _view_holds_in(view: View, s: int, e: int, keys: tuple[str, ...]) -> bool:
    """One of ``keys`` (view text) stands in the view of ``raw[s:e]`` (view indexes from the first at or after ``s`` to
    the last before ``e``): the cheap test before a raw pattern every match of which holds one of them (a key's letters
    come from raw letters inside the match; the view drops the marks between them and folds the spellings ``_rx``
    reads). The two bisects into ``view.starts`` cost ~4 k instructions, as much as a key's own ``re`` search of a short
    window: this pays on a long window only (measured: on the 8–70-character windows of 'about', 'every', 'dated' and
    'described' it cost more than the raw keys it replaced)."""
    starts, text = view.starts, view.text
    lo, hi = bisect_left(starts, s), bisect_left(starts, e)
    for k in keys:
        if text.find(k, lo, hi) >= 0:
            return True
    return False


# after a message word: thanks, congratulations or condolences given in it (raw text)
THANKED_REACH = 90  # characters from the message word to its word of thanks
_THANKED = _rx(
    rf"[^.؛;\n]{{0,{THANKED_REACH}}}?(?:(?:تشکر|قدردانی|سپاسگزاری|تبریک|تسلیت)\s+(?:کرد|کردند|گفت|گفتند)|(?:شكر|شكرت|هنأ|هنأت|عزى)(?!\w))"
)
# the view of each word of thanks of _THANKED (the view drops the marks and folds the spellings its tolerant letters read:
# «تشکر» holds «شکر»)
_THANKED_KEYS = tuple(sorted({norm(w) for w in ("شكر", "قدردانی", "سپاسگزاری", "تبریک", "تسلیت", "هنأ", "عزى")}))


def _thanked(raw: str, view: View, at: int) -> bool:
    """``_THANKED.match(raw, at)``, its words of thanks looked for first in the view: a match's word starts at a raw
    letter at most THANKED_REACH characters after ``at``, so its view (one of _THANKED_KEYS) starts at a view index from
    the first at or after ``at`` to the last before ``at + THANKED_REACH + 1``. (The pattern tries its ten words at each
    of ~90 characters; most message words have none after them.)"""
    starts, text = view.starts, view.text
    lo = bisect_left(starts, at)
    hi = bisect_left(starts, at + THANKED_REACH + 1)
    for k in _THANKED_KEYS:
        if text.find(k, lo, hi + len(k)) >= 0:
            return _THANKED.match(raw, at) is not None
    return False
# 'the product / fruit / result of (months of)' right before a contact word (raw text)
_PRODUCT_OF = _rx(r"(?<!\w)(?:حاصل|نتیجه|نتیجه‌ی|ثمره|ثمره‌ی|ثمرة|نتيجة|حصيلة|تتويجا|تتويجاً)\s+(?:[^\s.،؛]+\s+){0,2}$")
# people held, in a sentence about a ship (normalised view text): its crew, sailors, hostages, prisoners, nationals
_PEOPLE_HELD = _rx(
    r"(?<!\w)(?:و|ب|ل)?(?:ال)?(?:طاقم|طواقم|بحار|بحاره|بحارین|ملاح|ملاحین|جنود|جندی|رهاین|رهینه|سجناء|سجین|معتقلین|محتجزین|اسری|مواطن|مواطنین|رعایا"
    r"|خدمه|ملوان|ملوانان|تفنگدار|تفنگداران|نظامی|نظامیان|سرباز|سربازان|گروگان|گروگانها|زندانی|زندانیان|شهروند|شهروندان|تبعه|اتباع|سرنشین|سرنشینان)(?!\w)"
)
# a noun of detained people right before a nationality (normalised view text): «نظامی بریتانیایی», «البحارة البريطانيين»;
# or of a trade, with up to one word between («ویکتور بوت، تاجر اسلحه روس», «رجل الأعمال الكولومبي»)
_FREED_NOUN_BEFORE = _rx(
    r"(?<!\w)(?:نظامی|نظامیان|ملوان|ملوانان|تفنگدار|تفنگداران|سرباز|سربازان|شهروند|شهروندان|زندانی|زندانیان|تبعه|اتباع|گروگان|گروگان‌ها|گروگانهای"
    r"|البحاره|بحاره|الجنود|جنود|البحارین|المواطن|مواطن|المواطنین|مواطنین|السجناء|سجناء|الرهاین|رهاین|الرعایا|رعایا)\s+(?:ال)?$"
    r"|(?<!\w)(?:تاجر|بازرگان|دیپلمات|مهندس|دانشمند|پژوهشگر|امدادگر|روزنامه‌نگار|روزنامه نگار|خبرنگار|دانشجو|بسکتبالیست|ورزشکار"
    r"|التاجر|رجل الاعمال|رجل الأعمال|الدبلوماسی|الدبلوماسي|المهندس|العالم|الباحث|الصحفی|الصحفي|عامل الاغاثه|عامل الإغاثة)\s+(?:[^\s.،؛,]+\s+)?(?:ال)?$"
)
_OWN_TOURS = frozenset(norm(w) for w in ("جولته", "جولتها", "جولاته", "جولاتها"))  # 'his / her tour(s)'
_TOUR_OF = _rx(
    r"\s+(?:(?:على|في|إلى|شملت)\s+(?:عدد\s+من\s+)?(?:ال)?(?:عواصم|دول|بلدان|منطقة|المنطقة|الخليج|آسيا|أوروبا|أفريقيا|إفريقيا)"
    # 'a Gulf / regional / Asian tour', 'a tour that takes in …'
    r"|(?:ال)?(?:خليجية|إقليمية|اقليمية|آسيوية|اسيوية|أوروبية|اوروبية|أفريقية|إفريقية|افريقية|عربية|شرق\s+أوسطية)|(?:تشمل|يشمل|شملت|شمل)(?=\s))(?!\w)"
)
_RESULT_VERB = _rx(
    r"\s+(?:تحتج|یحتج|تسفر|یسفر|تنجح|ینجح|تفض|یفض|تحقق|یحقق|تثمر|یثمر|تتمکن|یتمکن|تتوصل|یتوصل|تصل|یصل|تستغرق|یستغرق|تدم|یدم)(?!\w)"
    # («لم يولد من فراغ», 'did not come out of nowhere': the contact had a history, it happened)
    r"|\s+(?:یولد|تولد|یات|تات|یاتی|تاتی)\s+من\s+فراغ(?!\w)")
_REFUSE_KEY = norm("رفض")  # (every verb of _REFUSES_ANY holds it)
_REFUSES_ANY = _rx(r"(?<!\w)[وف]?(?:ترفض|یرفض|رفضت|رفض|رفضا|رفضوا|ترفضان)(?:\s+\S+){0,2}?\s+(?:ای|اجراء|الجلوس|عقد)(?:\s+\S+){0,3}?\s+$")
_DURING_IT = _rx(r"(?<!\w)(?:خلالها|خلاله|أثناءها|أثناءه|اثناءها|اثناءه|طی آن|در جریان آن|در طول آن)(?!\w)")  # 'during it'
_WHILE_THAT = _rx(r"(?<!\w)در حالی(?:\s+\S+){0,2}?\s+که(?!\w)|(?<!\w)في (?:وقت|حين)(?!\w)")  # 'while (…) that': a clause beside
COMPANY_REACH = 30  # characters: the company word and up to two words of its name before the state's name
# an arrival verb, then up to twelve words and 'to' (normalised view), right before a state: where someone arrived
_ARRIVED_TO = _vx(r"(?<!\w)[وف]?(?:وصل|وصلا|وصلوا|وصلت|يصل|يصلون|يصلان|عاد|عادوا|عادا|توجه|توجهوا|نقلوا|نقل)(?: [^ .،؛:]+){0,12}? (?:إلى|الى) $")
# right after a meeting word: people of no state as whom it was met («التقى مصرفيين أوروبيين», «رجال أعمال», «بالصحفيين»)
_MET_OTHERS = _vx(r" (?:ب|مع )?(?:ال)?(?:مصرفيين|مصرفيون|المصرفيين|رجال اعمال|رجال الاعمال|صحفيين|صحافيين|طلاب|طلبة|مستثمرين|ناشطين|"
                  r"ممثلي الشركات|ممثلي شركات|رؤساء شركات|مديري شركات)(?!\w)")
_NOT_HIDING = _rx(r"\s+(?:یخفی|تخفی|یخف|تخف|ینکر|تنکر)(?!\w)")  # after 'not' (normalised view): 'does not hide / deny'
# after 'not' (normalised view): 'not announced / disclosed', 'did not name (him)'
_NOT_NAMED = _rx(r"\s+(?:(?:یعلن|تعلن|یکشف|تکشف)\s+عن(?:ها|ه|هما|هم)|(?:یعلم|تعلم|یعرف|تعرف|یدر|تدر)\s+ب(?:ها|ه|هما|هم)|(?:یسم|تسم)(?:ه|ها|هما|هم)?|(?:یذکر|تذکر|یکشف|تکشف)\s+(?:اسمه|اسمها|اسمهم|هویته|هویتها))(?!\w)")


# 'refused / declined to receive, to meet' (normalised view) before a contact word: the side would not receive the
# envoy, so the message he carried or the visit was not the contact (Arabic «رفضت طهران استقبال رامزي كلارك الذي حمل
# رسالة», «امتنع عن لقاء المبعوث»); the verb right before a meeting word refuses the meeting («رفض الخميني لقاء»)
_REFUSE_RECEIVE_AR = _vx(r"(?<!\w)[وف]?(?:رفض|رفضت|رفضا|رفضوا|یرفض|ترفض|امتنع|امتنعت|امتنعا|امتنعوا|یمتنع|تمتنع)"
                         r"(?:\s+[^ ]+){0,2}?\s+(?:عن\s+)?((?:استقبال|لقاء|مقابله|الاجتماع|الالتقاء)(?:\s+[^ ]+){0,4}?\s+)?$")
_REFUSE_RECEIVE_AR_KEYS = (norm("رفض"), norm("امتنع"), norm("يمتنع"), norm("تمتنع"))
# Persian 'refrained from receiving / meeting …' («از پذیرفتن رمزی کلارک، فرستاده کارتر، خودداری کرد», «از دیدار با
# فرستادگان آمریکا امتناع کرد»): the nearest «از» a few words before the contact word, its verb of refraining after it
# with no other «از» between
_FROM_BEFORE_FA = _vx(r"(?<!\w)از\s+(?:[^ ]+\s+){0,4}$")
_REFRAIN_AFTER_FA = _vx(r"(?:(?!(?<!\w)از\s)[^.!?؟\n])*?(?<!\w)(?:خودداری|امتناع)\s+(?:کرد|کردند|کرده|ورزید|ورزیدند|می ?کند|می ?کنند)(?!\w)")
_REFRAIN_FA_KEYS = (norm("خودداری"), norm("امتناع"))


def _refuses(text: str, h: Hit, lang: str) -> bool:
    """A side refusing such a contact, or to receive or meet the other, before (Arabic) or around (Persian) the contact
    word ``h`` (the normalised view)."""
    if lang == "ar":
        if text.find(_REFUSE_KEY, max(0, h.vstart - 40), h.vstart) >= 0 and _REFUSES_ANY.search(text, max(0, h.vstart - 40), h.vstart) is not None:
            # «فترفض طهران أي لقاء مباشر»: any such contact (or to hold or sit at one) (only where «رفض», which every match
            # holds, stands in the window)
            return True
        before = text[max(0, h.vstart - 60) : h.vstart]
        if not _holds_any(before, _REFUSE_RECEIVE_AR_KEYS):
            return False
        m = _REFUSE_RECEIVE_AR.search(before)
        # (with no verb of receiving between, only a meeting refused: «رفضت رسالة ترامب» is the message's outcome)
        return m is not None and (m.group(1) is not None or _cue_kind(h.key) in ("meeting", "talks", "visit"))
    after = text[h.vend : h.vend + 80]
    if not _holds_any(after, _REFRAIN_FA_KEYS):
        return False
    return _FROM_BEFORE_FA.search(text, max(0, h.vstart - 40), h.vstart) is not None and _REFRAIN_AFTER_FA.match(after) is not None


def _interim_deal_reached(cur) -> bool:
    """«توصلت إيران ومجموعة 5+1 … إلى اتفاق مرحلي», «به توافق موقت رسیدند»: a verb of reaching or concluding
    (an agreement or ``deal_concluded`` cue) up to ~6 words before an interim deal (an ``outcome_partial`` phrase
    holding a deal noun): the interim deal is a deal reached (codebook section 3: a framework concluded is an
    agreement), not a round's partial outcome."""
    interim = [h for _, _, h in cur if h.cat == "cue" and h.key == "outcome_partial" and _DEAL_NOUN.search(h.term)]
    if not interim:
        return False
    return any(
        h.cat == "cue" and (h.key == "deal_concluded" or (h.key == "event_types.agreement" and h.term in _REACHED))
        and any(h.vend <= p.vstart and p.vstart - h.vend <= 42 or (h.vstart >= p.vend and h.vstart - p.vend <= 14) for p in interim)
        for _, _, h in cur
    )


_DEAL_NOUN = _rx(r"اتفاق|تفاهم|توافق")
# a go-between moving between places («تنقّل بين», «جال بين», «رفت‌وآمد میان»), right before the first of them
_SHUTTLED_BETWEEN = _rx(r"(?:تنقل|تنقّل|يتنقل|جال|يجول|تجول|رفت‌وآمد|رفت و آمد|سفر)(?:\s+\S+){0,4}\s+(?:بين|بین|میان)\s+$")
# 'the days / years when' opening the clause of a contact word («روزهایی که», «الأيام التي»)
_DAYS_WHEN = _vx(r"(?<!\w)(?:روزهایی|سالهایی|سال هایی|ماههایی|ماه هایی|روزگاری|الايام التي|ايام كان|ايام كانت|السنوات التي|زمن كان)(?: که)?(?: [^ .!?؛;]+){0,24} ?$")
_DAYS_WHEN_KEYS = tuple(norm(w) for w in ("روزهایی", "هایی", "روزگاری", "ايام", "السنوات", "زمن"))
DAYS_WHEN_REACH = 120  # characters from 'the days when' to the contact word of its clause
_PLURAL_MESSAGES = frozenset(norm(w) for w in ("رسائل", "الرسائل", "مراسلات", "پیام‌ها", "پیامها", "پیام‌هایی", "پیامهایی", "مکاتبات"))
_OCCURRED = frozenset(norm(w) for w in ("وقع", "وقعت"))
_HAPPENING_NOUN = _rx(r"\s+(?:ال)?(?:حادثة|حادث|حوادث|هجوم|هجمات|انفجار|تفجير|تفجيرات|اشتباك|اشتباكات|واقعة|معركة|ضربة|كارثة|مجزرة|اعتداء|غارة|أحداث|حرب|مواجهة|مواجهات)(?!\w)")
_REACHED = frozenset(norm(w) for w in ("توصل", "توصلا", "توصلوا", "توصلت", "التوصل", "أبرم", "أبرمت", "أبرما", "وقعا", "وقعوا", "وقعت"))
_ROUND_NOUNS = frozenset(norm(w) for w in ("دور", "جولة", "الجولة", "جوله", "الجوله"))
_CONTRACT_WORDS = frozenset(norm(w) for w in ("قرارداد", "عقد", "عقدا", "عقداً", "صفقة", "معامله"))
_COMPANY_WORDS = ("شرکت", "شركة", "الشركة", "شرکت‌های", "شركات")  # 'company', 'companies'
_COMPANY = _rx(r"(?<!\w)(?:" + "|".join(_COMPANY_WORDS) + r")(?!\w)")
# a company word and up to two words of its name right before a state's name (normalised view)
_COMPANY_BEFORE = _vx(r"(?<!\w)[وبل]?(?:" + "|".join(map(norm, _COMPANY_WORDS)) + r")(?: [^ ]+){0,2} $")
_COMPANY_KEYS = tuple(sorted({norm(w) for w in ("شرکت", "شركة", "شركات")}))  # (every match of _COMPANY_BEFORE holds one)
_COMPANY_STEM = norm("شرک")  # (and every one of those keys starts with it)


def _starts_of(text: str, key: str) -> list[int]:
    """Where ``key`` starts in ``text``, in order (overlapping occurrences included)."""
    out = []
    i = text.find(key)
    while i >= 0:
        out.append(i)
        i = text.find(key, i + 1)
    return out


# 'no (credible) evidence that …' before a contact word: the contact is not reported as having happened
_NO_EVIDENCE = _rx(
    r"(?:عدم وجود|لا توجد|لا يوجد|ليس هناك|ليست هناك|لم تجد|لم يجد|لم يعثر|لم تعثر|غياب|انعدام)\s+(?:[^\s.،]+\s+){0,2}?(?:أي\s+)?[«\"]?"
    r"(?:أدلة|دليل|دلائل|إثبات|إثباتات|براهين|برهان|ما يثبت|ما يدل)"
)  # (Persian puts its negative verb after: «هیچ مدرکی دال بر دیدار … وجود ندارد» is read by _fa_negated_verb)
# plain words one of which every match of _NO_EVIDENCE holds (view text: its nouns of evidence; «ادل» in «أدلة»,
# «دلا» in «دلائل»); it reads only the cue's sentence
_NO_EVIDENCE_KEYS = tuple(norm(k) for k in ("أدل", "دليل", "دلا", "إثبات", "يثبت", "براهين", "برهان", "يدل"))
# a side's 'reply' (a message word) that the clause says came as a measure: «أما الرد الأمريكي الأول فجاء اقتصادياً»,
# «پاسخ آمریکا نظامی بود»
_REPLY_WORDS = frozenset(norm(w) for w in ("الرد الإيراني", "الرد الأمريكي", "پاسخ ایران", "پاسخ آمریکا"))
_REPLY_KIND = _rx(
    r"\s*(?:(?:[^\s.،؛]+\s+){0,7}?ف?(?:جاء|كان)\s+(?:\S+\s+)?(?:اقتصادي|عسكري|ميداني|أمني|بالعقوبات|عقوبات|بفرض|بتجميد|بوقف|بضرب|بغارات|غارات)"
    r"|(?:\S+\s+)?(?:نظامی|اقتصادی|تحریم|با تحریم|با حمله|حمله)(?!\S))"
)
_NOT_THIS = _rx(r"(?:^|[\s،,])(?:نه|لا|وليس|وليست|ليس|ليست)\s+$")
# (the cheap test before _SEEMS: every match of _SEEMS holds «ب» then «د», marks between; a pattern that opens with one
# letter, which re scans for quickly, where the verbs themselves open with a class of common letters)
_SEEMS_ANY = _rx(r"بد")
_SEEMS_KEYS = (norm("بد"),)  # (the view of _SEEMS_ANY, which every match of _SEEMS holds: what the code looks for)
_SEEMS = _rx(r"(?<!\w)[وف]?(?:تبدو|يبدو|بدت|بدا)\s+(?:ال)?$")
_COMMA_BREAK = _rx(r"[،,؛;:.]")
# the generic words of a standing role held for years or decades («منذ سنوات», «لعقود», «سال‌هاست», «طی دهه‌ها»)
_STANDING_TERMS = frozenset(norm(w) for w in (
    "منذ سنوات", "منذ عقود", "منذ زمن", "لعقود", "لعقود طويلة", "على مدى سنوات", "على مدى عقود", "على مر السنين", "طوال عقود",
    "سال‌هاست", "سالهاست", "دهه‌ها", "طی سال‌ها", "طی دهه‌ها", "در طول سال‌ها", "از دیرباز"))
# 'the first' right before a contact word (raw text): «أول تبادل مباشر», «نخستین گفت‌وگوی»
_FIRST_BEFORE = _rx(r"(?<!\w)(?:أول|اول|أولى|نخستین|اولین)\s+(?:\S+\s+)?$")
# 'after' right before a period of time (raw text): «پس از سال‌ها», «بعد سنوات»
_AFTER_PERIOD = _rx(r"(?<!\w)(?:پس\s+از|بعد\s+از|بعد|عقب|بعدما)\s+$")
# a further item of a list right before a word (raw text): a comma and 'and' («، وتبادل»), or a semicolon
_LISTED_NEXT = _rx(r"(?:[،,]\s*و\s*|[؛;]\s*)\Z")
# 'the previous one' right after a contact noun (raw text): «الجولة السابقة», «دور قبلی», «نشست پیشین»
_PREVIOUS_ONE = _rx(r"\s*(?:ال)?(?:سابقة|سابق|ماضية|ماضي|قبلی|پیشین|گذشته)(?!\w)")
# where a clause joined to the one before opens (raw text): a comma, 'and', 'after'
def _said_clause_end(raw: str, cur, at: int, e: int) -> int:
    """Where what is said about the contact word ending at raw ``at`` ends: the next verb of saying (cue group
    ``statement``) after it, else ``e``."""
    return min([e] + [a for a, _, h in cur if h.cat == "cue" and h.key == "statement" and at <= a < e])


_CLAUSE_JOIN = _rx(r"[،,؛;]\s*|(?<!\w)و\s+|(?<!\w)(?:بعد أن|بعدما|بعد ما|پس از آنکه|پس از آن که|پس از اینکه)\s+")
# 'the previous round of' right before a contact noun (raw text): «الجولة السابقة من», «دور قبلی»
_PREVIOUS_ROUND = _rx(r"(?<!\w)(?:(?:ال)?جولة\s+(?:ال)?(?:سابقة|ماضية)\s+من\s+(?:ال)?|(?:دور|نشست|جلسه)\s+(?:قبلی|پیشین|گذشته)\s+(?:ی\s+)?)$")
# the cue groups of a side's word on a report, and what names the report (raw text): 'the news', 'these reports',
# «این گزارش», «این ادعا», and a dismissal as speculation
_VERDICT_GROUPS = frozenset(("denial", "no_comment", "not_confirmed"))
_REPORT_REF = _rx(
    r"(?<!\w)(?:[وبلف]?ال)(?:خبر|أخبار|أنباء|نبأ|تقرير|تقارير|رواية|مزاعم|ادعاءات|معلومات)(?!\w)"
    r"|(?<!\w)(?:هذه|هذا|تلك|ذلك)\s+(?:ال)?(?:خبر|أخبار|أنباء|نبأ|تقرير|تقارير|رواية|مزاعم|ادعاءات|معلومات)"
    r"|(?<!\w)(?:این|آن|چنین)\s+(?:خبر|اخبار|گزارش|گزارش‌ها|ادعا|ادعاها|ادعای|شایعه|شایعات|مطلب)(?!\w)|(?<!\w)(?:خبر|گزارش|ادعای)\s+(?:\S+\s+)?را(?!\w)"
)
# (plain substrings, in the view, of the words these two patterns need: a cheap test before them)
# a noun of speculation, then 'about' (raw text), right before a message word: «وتحدثت تكهنات يومها عن رسائل»,
# «گمانه‌زنی‌ها درباره پیامی که …»
_SPECULATION_NOUNS = r"(?:تكهنات|تخمينات|شائعات|گمانه‌زنی|گمانه‌زنی‌های|شایعه|شایعات|حدس و گمان)"  # (raw text)
_SPECULATED_ABOUT = _rx(
    r"(?<!\w)[و]?(?:ال)?(?:گمانه‌زنی‌ها|" + _SPECULATION_NOUNS + r")(?:\s+[^\s.،,؛:]+){0,3}"
    r"\s+(?:عن|حول|بشأن|درباره|در\s+مورد|در\s+باره)\s+(?:[^\s.،,؛:]+\s+){0,2}$"
)
_SPECULATION_KEYS = tuple(norm(k) for k in ("تكهن", "تخمين", "شائع", "گمانه", "شایع", "حدس"))
_SPECULATION = _rx(r"(?<!\w)(?:ال)?" + _SPECULATION_NOUNS + r"(?!\w)")
# a denial of a detail of the contact, not of the contact (raw text; codebook section 6): its format or its route
# in the clause after an Arabic denial («نفى أن تكون المحادثات مباشرة», «… قد وصلت عبر سلطنة عمان»), or before a
# Persian one («مستقیم بودن این گفت‌وگوها را تکذیب کرد»)
_DETAIL_WORD = r"(?:مباشرة|مباشرا|مباشراً|مباشر|غير مباشرة|عبر|من خلال|بوساطة|عن طريق|مستقیم|غیرمستقیم|غیر مستقیم|از طریق|با میانجیگری|به واسطه)"
_AR_DENIED_DETAIL = _rx(
    r"\s*(?:[^\s،,؛;.:]+\s+){0,3}?(?:أن|بأن|کرد که|کردند که|که)\s+[^،,؛;.:]{0,70}?(?<!\w)" + _DETAIL_WORD + r"(?!\w)[^،,؛;.:]*"
)
_FA_DENIED_DETAIL = _rx(r"(?<!\w)" + _DETAIL_WORD + r"(?:\s+\S+){0,3}?\s+بودن(?:\s+\S+){0,4}\s+را\s*$")


def _denied_detail(raw: str, s: int, e: int, cur) -> tuple[int, int] | None:
    """The raw span of the detail a denial in the sentence denies (its format or its route), or None."""
    for rs, re_, h in cur:
        if h.cat != "cue" or h.key != "denial":
            continue
        m = _AR_DENIED_DETAIL.match(raw, re_, e)
        if m is not None:
            return m.start(), m.end()
        m = _FA_DENIED_DETAIL.search(raw, max(s, rs - 90), rs)
        if m is not None:
            return m.start(), m.end()
    return None


# the signing verb of a relative clause right after a deal word, before its signers (raw text): «الذي وقّعه»,
# «التي أبرمها», «که … امضا کردند» is Persian verb-last and not read here
_SIGNED_BY = _rx(r"\s*(?:الذي|التي|اللذين)?\s*(?:وقّعه|وقعه|وقّعها|وقعها|وقّع عليه|وقع عليه|وقّعت عليه|وقعت عليه|أبرمه|أبرمها|وقّعته|وقعته|أبرمته)\s+")
SIGNERS_REACH = 30  # characters after the signing verb where its signers are named
# verbs of saying whose 'that' clause reports what was said (statement cue terms, normalised)
# (the Persian ones may open their clause with no 'that')
_FA_SAYING_VERBS = frozenset(norm(w) for w in ("گفت", "گفتند", "گفته است", "گفته‌اند", "گفته بود", "گفته بودند", "اعلام کرد", "تأکید کرد", "تاکید کرد", "افزود", "اظهار کرد", "اظهار داشت", "توضیح داد", "تصریح کرد"))
_SAYING_VERBS = _FA_SAYING_VERBS | frozenset(norm(w) for w in (
    "قال", "قالت", "قال إن", "قالت إن", "صرح", "صرحت", "أعلن", "أعلنت", "أكد", "أوضح", "أوضحت", "أضاف", "أضافت", "أشار", "أشارت",
))
SAID_DAY_REACH = 90  # characters from a day to the verb of saying after it
# the 'that' of what is said or revealed (raw text), not the 'that' of 'after' or 'before' («بعد أن», «قبل أن», «منذ أن»)
_SAID_THAT = _rx(r"(?<!بعد )(?<!قبل )(?<!منذ )(?<!\w)(?:أن|إن|ان|بأن|که)(?!\w)")
_ONGOING_SAID = _rx(r"(?<!\w)(?:در حال|مدتی است|مدتهاست|منذ فترة|لا تزال|لا يزال|ما زالت|ما زال)(?!\w)|(?<!\w)می\u200c?\S+(?:ند|د)(?!\w)")
# contact nouns in the plural that 'went on' (raw text): «دیدارها … ادامه داشت», «استمرت اللقاءات»
_PLURAL_CONTACTS = r"(?:دیدارها|دیدارهای|نشست‌ها|نشست‌های|جلسات|جلسه‌ها|گفت‌وگوها|لقاءات|اللقاءات|الاجتماعات|اجتماعات|الجولات|جولات)"
_LASTED_VERBS = r"(?:ادامه داشت|ادامه داشتند|ادامه یافت|ادامه پیدا کرد|استمرت|تواصلت|امتدت)"
_PLURAL_LASTED = _rx(
    r"(?<!\w)" + _PLURAL_CONTACTS + r"(?!\w)[^.؛;]{0,90}?(?<!\w)" + _LASTED_VERBS + r"(?!\w)"
    r"|(?<!\w)[وف]?" + _LASTED_VERBS + r"(?!\w)\s+(?:ال)?" + _PLURAL_CONTACTS + r"(?!\w)"
)
_LASTED_KEYS = tuple(norm(k) for k in ("ادامه", "استمر", "تواصل", "امتد"))
LASTED_DAYS = 62  # a date range longer than this makes meetings that went on a series
# a source a contact is reported through (raw text): 'Reuters quoted', 'according to', «به گزارش», «مدعی شد»
_REPORTED_BY = _rx(r"(?<!\w)[وف]?(?:نقلت|نقل|ذكرت|ذكر|أفادت|أفاد|زعمت|زعم|به گزارش|به نوشته|نوشت|گزارش داد|مدعی شد|ادعا کرد)(?!\w)")
# the Persian object marker right after a noun (raw text): «نامه را», 'the letter'
_RA_AFTER = _rx(r"\s+را(?!\w)")
# a route word right before a state or place (raw text): «از طریق مسکو», «عبر موسكو», «از مسیر مسقط»
_ROUTE_BEFORE = _rx(r"(?<!\w)(?:از طریق|از مسیر|از راه|عبر|عن طريق|من خلال|بواسطة)\s+$")
# Persian 'about' right before a contact noun (raw text), and the bare noun's end: no suffix or demonstrative after it
_ABOUT_BARE = _rx(r"(?<!\w)(?:درباره|در مورد|در باب)\s+$")
_ABOUT_KEY = _rx("در")  # (every match of _ABOUT_BARE opens with it, as tolerant: looked for first)
_BARE_END = _rx(r"(?:[\s،,.؛:»]|$)(?!\s*(?:این|آن|هذه|هذا|تلك|ذلك|اخیر|الأخيرة)(?!\w))")
# nouns of reports and leaks that make a contact alleged only as its source: 'reports of', 'according to leaks'
# («تقارير عن لقاء», «وفق تسريبات»), not when they are what the sentence speaks of («وتتزامن التسريبات مع محادثات»)
_REPORT_NOUNS = frozenset(norm(w) for w in ("تقارير", "تسريبات", "شائعات", "إشاعات", "گزارش‌ها", "شایعات"))
_CLAIM_NOUN_USED = _rx(r"\s*(?:\S+\s+)?(?:عن|بأن|أن|إلى أن|حول|تفيد|تشير|تحدثت|از|درباره|حاکی|مبنی بر)(?!\w)")
_ATTRIBUTING = _rx(r"(?<!\w)(?:وفق|وفقا ل|وفقاً ل|بحسب|حسب|أفادت|تفيد|تحدثت|أشارت|تشير|نقلا عن|نقلاً عن|به گزارش|بنابر|طبق|بر اساس)\s*(?:ال)?$")
# a colon that opens a quotation or what follows as its own clause (raw text)
_QUOTE_OPENS = _rx(r"[:：]\s*[«\"]")
# 'was scheduled' (raw text): «قرار بود», «كان مقرراً», «كانت مقررة», «من المقرر»
_WAS_SCHEDULED = _rx(r"قرار بود|كان(?:ت)? مقرر|من المقرر|كان(?:ت)? من المقرر")
_AFFAIR_AFTER = _vx(r"[ -]?(?:کنترا|کونترا|گیت|غیت)(?!\w)")


def _not_inside_names(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits less the cue words read inside one word of a name: «كيري» is no 'sees' (ك + يرى), «باراك» no Arak
    (ب + اراك), «باقري» no 'acknowledged' (ب + اقر), «الكرسي الرسولي» no messenger (رسول), «برایان هوک» no 'for'
    (برای). A topic word inside a state's or an organisation's name is that name's topic (العراقي: Iraq) and stays.
    (Hits are sorted by start: each name looks only at the cue hits that start inside it.)"""
    cues = None  # the indices in `hits` of the cue hits, and their starts (in order)
    drop = set()
    for h in hits:
        cat, vs, ve = h[0], h[2], h[3]  # (h.cat, h.vstart, h.vend: indexing is cheaper, and this runs for every hit)
        if cat == "cue" or ve - vs < 2:
            continue
        if cues is None:
            cues = [k for k, x in enumerate(hits) if x[0] == "cue"]
            starts = [hits[k][2] for k in cues]
            n = len(starts)
        j = bisect_left(starts, vs)
        while j < n and starts[j] < ve:  # (the cue hits that start inside the name: most names have none)
            k = cues[j]
            c = hits[k]
            j += 1
            if c.vend > ve or (cat != "person" and c.key.startswith("topics.")):
                continue
            if (c.vstart > 0 and text[c.vstart - 1].isalpha()) or (c.vend < len(text) and text[c.vend].isalpha()):
                drop.add(k)  # a piece of one of the name's words, not a word of its own
    return [h for k, h in enumerate(hits) if k not in drop] if drop else hits


# a news outlet (the normalised view): its name («واشنطن بوست», «نیویورک تایمز»), or a noun that names the press
# only («صحيفة», «وسائل الإعلام», «وكالة الأنباء», «رسانه‌های», «خبرگزاری»; not «قناة», a channel, nor «وكالة», an
# agency of a state) with up to three words that are no preposition or conjunction before a state's name or adjective
_OUTLET_NAMES = "(?<!\\w)(?:" + "|".join(sorted(map(re.escape, map(norm, _NEWS_OUTLETS)), key=len, reverse=True)) + r")(?!\w)"
_OUTLET_NAME = _vx(_OUTLET_NAMES)
# every piece of text some outlet's name holds (the view): a match of _OUTLET_NAME is one of the names, so it can hold a
# state or place only when this set holds the hit's view text
_OUTLET_NAME_PARTS = frozenset(n[i:j] for n in map(norm, _NEWS_OUTLETS) for i in range(len(n)) for j in range(i + 1, len(n) + 1))
_OUTLET_NOUN = norm(
    r"(?<!\w)(?:[وبلف]?ال|[وبلف])?(?:صحيفة|صحف|جريدة|جرائد|مجلة|إعلام|وسائل\s+(?:ال)?إعلام|تلفزيون|إذاعة|وكالة\s+(?:ال)?أنباء|وكالة\s+للأنباء"
    r"|موقع\s+(?:ال)?(?:إخباري|إلكتروني)|روزنامه(?:های|ها)?|رسانه(?:های|ها)?|خبرگزاری|نشریه|تلویزیون|رادیو|صداوسیما"
    r"|(?:پایگاه|سایت)\s+خبری)"
)
OUTLET_REACH = 80  # characters before a state where the press noun of its outlet may stand
OUTLET_NAME_TAIL = 24  # characters around a state or place that an outlet's name holding it may take
# plain substrings one of which every press noun or outlet name holds in the view (a cheap test before the patterns)
_OUTLET_KEYS = tuple(norm(k) for k in (
    "صحيف", "صحف", "جريد", "جرائد", "مجل", "الإعلام", "وسائل", "تلفزيون", "إذاع", "أنباء", "موقع", "روزنامه", "رسانه", "خبرگزاری", "نشریه",
    "تلویزیون", "رادیو", "صداوسیما", "خبری", "تايمز", "تایمز", "بوست", "پست", "جورنال", "ژورنال", "نيوز", "نیوز", "بيزنس", "بیزنس",
    "سي إن", "سی‌ان", "سی ان", "سي ان", "بي سي", "بی‌سی", "بی سی", "سی‌بی", "سی بی", "سي بي", "الجزير", "الجزیر", "العربي", "العربیه",
    "أكسيوس", "اکسیوس", "رويترز", "رویترز", "أسوشيتد", "آسوشیتد", "فايننشال", "فایننشال", "اشپیگل", "لوموند",
))
_OUTLET_KEY_AC = ahocorasick.Automaton()  # (one pass over the view finds them all)
for _k in _OUTLET_KEYS:
    _OUTLET_KEY_AC.add_word(_k, len(_k))
_OUTLET_KEY_AC.make_automaton()
# the same keys and the date engine's trigger words in one automaton: one pass over the view finds the outlet keys and the
# triggers find_dates reads (a pass costs ~120 instructions a character whatever the automaton holds). scan makes it only
# when it makes no pass over the spaced text, where the lexicon's automaton of names of several words finds them too
_VIEW_KEYS_AC = shared_triggers({k: len(k) for k in _OUTLET_KEYS})


def _view_key_entries() -> dict[str, tuple[tuple[str, Any, int | None], ...]]:
    """The keys of ``_VIEW_KEYS_AC`` by their spaced form (each non-word character a space, as scan's spaced text has
    it): (key, its date trigger value or None, its length if an outlet key else None) of each key of that form. A key
    in the view is its spaced form in the spaced text at the same place; scan keeps a match of the spaced form where
    the key itself stands in the view."""
    out: dict[str, list] = {}
    for key, (trigger, n) in _VIEW_KEYS_AC.items():
        spaced = _NON_WORD.sub(" ", key)
        assert spaced == spaced.strip() and spaced, key  # (no key opens or ends with a non-word character)
        out.setdefault(spaced, []).append((key, trigger, n))
    return {k: tuple(v) for k, v in out.items()}
# every press noun of _OUTLET_NOUN holds a key of _OUTLET_KEYS in the view but this one («وإعلام», with no article)
_BARE_PRESS_NOUN = norm("إعلام")
_OUTLET_BEFORE = _vx(
    _OUTLET_NOUN + norm(r"(?:\s+(?!(?:عن|من|أن|بأن|في|مع|إلى|على|لدى|قبل|بعد|از|که|به|با|در|برای|نقل|نقلا|و)(?!\w))[^\s.،؛,:]+){0,3}\s+$")
)

# the most spaces a match of _OUTLET_BEFORE holds: one in a press noun of two words, one before each of up to three
# words, the last (the view's whitespace is single spaces: normalize maps every \s to one and collapses runs)
OUTLET_BEFORE_SPACES = 5


def _after_spaces(text: str, lo: int, end: int, n: int) -> int:
    """The index after the ``n``-th space of ``text[lo:end]`` counted back from ``end``, or ``lo`` when it holds fewer:
    a match in ``text[lo:end]`` ending at ``end`` that holds fewer than ``n`` spaces starts at or after that index."""
    for _ in range(n):
        end = text.rfind(" ", lo, end)
        if end < 0:
            return lo
    return end + 1


def _outlet_may_follow(raw: str, view: View, keys: list[int], x: tuple[int, int, Hit]) -> bool:
    """A news outlet's name may stand after the contact word ``x`` (raw start, raw end, hit) where ``_WITH_OUTLET`` or
    ``_FOX`` look for one: a key of ``_OUTLET_KEYS`` (``keys``, their view starts in order), which every outlet's
    name holds, starts after the word in the view, with none of «.،؛,» between in the raw text (no match of either
    pattern crosses one)."""
    k = bisect_left(keys, x[2].vend)
    if k == len(keys):
        return False
    between = raw[x[1] : view.starts[keys[k]]]
    return not ("." in between or "،" in between or "؛" in between or "," in between)


# 'no doubt' (the normalised view): a negation word right before 'doubt' («بلا شک», «لا ریب», «مما لا شک فیه»), or
# right after it in Persian («شکی نیست», «جای تردید نیست», «تردیدی وجود ندارد»)
_NO_DOUBT_AFTER = _vx(r"\s*(?:شک|ریب|ریبه)(?!\w)")
_NO_DOUBT_BEFORE = _vx(r"(?<!\w)(?:جای\s+)?(?:شک|شکی|تردید|تردیدی)\s+(?:وجود\s+)?$")
# (every match of _NO_DOUBT holds one of these, the view's whitespace being single spaces: the pattern, which no
# literal opens, is searched only in a document that holds one; «شک» alone is in «پزشک», «ریب» in «تقریباً»)
_NO_DOUBT_KEYS = tuple(norm(k) for k in (
    "لاشک", "لا شک", "لاریب", "لا ریب", *(f"{a} {b}" for a in ("شک", "شکی", "تردید", "تردیدی") for b in ("نیست", "ندارد", "وجود"))))
_NO_DOUBT = _vx(r"(?<!\w)[وب]?لا\s*(?:شک|ریب|ریبه)(?!\w)|(?<!\w)(?:شک|شکی|تردید|تردیدی)\s+(?:وجود\s+)?(?:نیست|ندارد)(?!\w)")


def _no_doubt(text: str) -> bool:
    """``_NO_DOUBT.search(text) is not None`` on the view ``text``: a match's key (one of _NO_DOUBT_KEYS) starts at its
    start or one after it (after «و» / «ب»), so the pattern is tried only there, not at every character of the
    document."""
    for k in _NO_DOUBT_KEYS:
        i = text.find(k)
        while i >= 0:
            if _NO_DOUBT.match(text, i) or (i and _NO_DOUBT.match(text, i - 1)):
                return True
            i = text.find(k, i + 1)
    return False


def _not_outlets(text: str, hits: list[Hit], keys: list[int]) -> list[Hit]:
    """The hits less the states and places that name a news outlet or its nationality («ذكرت صحيفة واشنطن بوست»,
    «زعمت صحيفة إسرائيلية», «به گزارش خبرگزاری رسمی عمان»): the source of a report is no side, mediator or venue.
    (Each state or place is tried in a window around it that holds a press word: ``keys``, where the plain
    substrings of _OUTLET_KEYS start, in order.)"""

    def outlet(h: Hit) -> bool:
        """(Called only when a press word starts in the window: see below.)"""
        lo = max(0, h.vstart - OUTLET_REACH)
        # (every outlet's name holds a key: looked for only where one starts in the name's window)
        k = bisect_left(ordered, h.vstart - OUTLET_NAME_TAIL)
        if k < n and ordered[k] < h.vend + OUTLET_NAME_TAIL and text[h.vstart : h.vend] in _OUTLET_NAME_PARTS and any(
            m.start() <= h.vstart and h.vend <= m.end() for m in _OUTLET_NAME.finditer(text, max(0, h.vstart - OUTLET_NAME_TAIL), h.vend + OUTLET_NAME_TAIL)
        ):
            return True
        if h.cat != "state" or text[h.vstart - 1 : h.vstart] != " ":
            return False  # (a match of _OUTLET_BEFORE ends in a space)
        # (a match holds at most OUTLET_BEFORE_SPACES spaces, so it starts after the one more counted back from its end;
        # a press noun holds a key, or is the bare «إعلام»: _OUTLET_BEFORE only where one starts in that window)
        lo = _after_spaces(text, lo, h.vstart, OUTLET_BEFORE_SPACES + 1)
        return (
            ((j := bisect_left(ordered, lo)) < n and ordered[j] < h.vstart) or text.find(_BARE_PRESS_NOUN, lo, h.vstart) >= 0
        ) and _OUTLET_BEFORE.search(text, lo, h.vstart) is not None

    # (the window test inline, so that a state or place with no press word near it costs no call: the first key at
    # or after its start less OUTLET_REACH starts before its end plus OUTLET_NAME_TAIL)
    n = len(keys)
    ordered = sorted(keys)  # (the key starts in order: the automaton gives them in order of end)
    return [
        h for h in hits
        if h.cat not in ("state", "place")
        or not ((k := bisect_left(keys, h.vstart - OUTLET_REACH)) < n and keys[k] < h.vend + OUTLET_NAME_TAIL and outlet(h))
    ]


# 'first published on' (the normalised view): «نُشر هذا التقرير لأول مرة يوم …», «نخستین بار در … منتشر شد», «انتشار نخست:»
_REPUBLISHED = _rx(
    r"(?<!\w)(?:نشر(?:ت)?\s+(?:هذا\s+\S+\s+)?(?:لاول\s+مره|للمره\s+الاولی|اول\s+مره)|(?:النشر\s+الاول|تاریخ\s+النشر\s+الاصلی)"
    r"|(?:برای\s+)?(?:نخستین|اولین)\s?بار\s+در|انتشار\s+نخست|تاریخ\s+انتشار\s+نخست)(?!\w)"
)


def _may_be_republished(text: str) -> bool:
    """Whether the view ``text`` holds the plain words every match of ``_REPUBLISHED`` holds: «نشر» with «مره», «الاول» or
    «الاصلی» (its first three forms), or «نخست» / «اولین» (its others). No literal opens that pattern, so its search
    tries every position of the document; these few plain searches leave it to a document in five."""
    return ("نشر" in text and ("مره" in text or "الاول" in text or "الاصلی" in text)) or "نخست" in text or "اولین" in text


def _first_published(raw: str, view: View, pub: dt.date) -> dt.date | None:
    """The first-publication day a republished page states (``_REPUBLISHED`` and a full date within ~12 words after
    it, before ``pub``), else None."""
    for m in _REPUBLISHED.finditer(view.text):
        a, b = view.to_raw(m.start(), min(len(view.text), m.end() + 80))
        for d in find_dates(raw[a:b], None, None):
            if d.date_start is not None and d.date_precision == "day" and d.date_start < pub:
                return d.date_start
    return None


# a clause opening with 'after talks' (raw text): «، بعد مفاوضات ماراثونية …», «، پس از هجده روز گفت‌وگو …»
_AFTER_ROUND = _rx(
    r"\s*(?:و)?(?:بعد|عقب|إثر|اثر|پس از|بعد از)\s+(?:\S+\s+){0,2}?(?:ال)?(?:مفاوضات|محادثات|جولة|جولات|مباحثات|مذاکرات|مذاکره|گفت‌وگو|گفتوگو|گفت‌وگوها|گفتوگوها)(?!\w)"
)


# 'whether' («آیا», «هل», «ما إذا») heading the clause of a word: the word is asked about, not reported
_WHETHER = _rx(r"(?<!\w)(?:ایا|هل|ما اذا|عما اذا|فیما اذا)(?!\w)")  # (the normalised view: آ→ا, إ→ا)


# 'never said / confirmed / announced that' (normalised view text, ZWNJ dropped): «هیچ‌گاه نگفته‌اند که», «هرگز تأیید
# نکرده است که», «لم يقل قط إن», «لم يؤكد يوماً أن»
_NEVER_SAID_RE = _rx(
    r"(?<!\w)(?:هیچگاه|هیچ گاه|هرگز|هیچوقت|هیچ وقت)\s+(?:\S+\s+){0,2}?(?:نگفته|نگفت|نگفتند|نگفتهاند|تایید نکرده|تایید نکرد|تایید نکردهاند"
    r"|اعلام نکرده|اعلام نکردهاند|اذعان نکرده|اذعان نکردهاند)(?:\s+(?:است|اند))?\s+(?:\S+\s+){0,2}?که(?!\w)"
    r"|(?<!\w)لم\s+(?:یقل|تقل|یقولوا|یوکد|توکد|یوکدوا|یعلن|تعلن|یعلنوا|یعترف|تعترف)\s+(?:\S+\s+){0,3}?(?:قط|یوما|ابدا)\s+(?:ان|انه|انها|بان)(?!\w)"
)


# Persian 'asked / wanted that' (normalised view text, ZWNJ dropped), and a subjunctive verb closing the clause after it
_FA_ASKED_KEYS = tuple(norm(k) for k in ("خواست", "تقاضا", "پیشنهاد"))  # (every match of _FA_ASKED_THAT holds one)
_FA_ASKED_THAT = _rx(
    r"(?<!\w)ن?(?:خواسته|خواستهاند|خواستهایم|خواست|خواستند|خواستار شد|خواستار شدند|خواستار شده|درخواست کرد|درخواست کردند|درخواست کرده"
    r"|تقاضا کرد|تقاضا کردند|پیشنهاد کرد|پیشنهاد کردند|پیشنهاد داد|پیشنهاد دادند)(?:\s+(?:است|اند))?\s+(?:\S+\s+){0,1}?که(?!\w)"
)
# 'must' or 'must not' before the contact word, in its clause (no comma or full stop between): «نباید … معامله کند»
_FA_MUST_BEFORE = _vx(r"(?<!\w)(?:باید|نباید)(?!\w)[^.،,؛:!?]*$")
# a subjunctive light verb right after the contact word (a word between at most): «معامله کند», «دیدار کنند»
# the Persian light verbs in the subjunctive ('do', 'become', 'give'), read by the two patterns below
_FA_SUBJUNCTIVE_LIGHT = "بکند|بکنند|کند|کنند|شود|شوند|بدهد|بدهند|دهد|دهند"
_FA_SUBJUNCTIVE_NEXT = _vx(rf"(?:\s+[^\s.،,؛]+)?\s+(?:{_FA_SUBJUNCTIVE_LIGHT}|بشود|بشوند)(?!\w)")
_FA_SUBJUNCTIVE_END = _rx(rf"(?<!\w)(?:باشد|باشند|{_FA_SUBJUNCTIVE_LIGHT}|بپذیرد|بپذیرند)\s*[.,;،؛!?»\"]")
# 'like, as in' right before a word (raw text)
# (raw text: «در وقفه میان دو جلسه», «بين جلستين»; not the definite «بين الجولتين», 'between the two rounds' told
# one by one, whose days stay theirs)
_BETWEEN_BEFORE = _rx(r"(?<![^\W\u0648])(?:میان|بین|بين|ما بين)\s+$")
_LIKE_BEFORE = _rx(r"(?<!\w)(?:مانند|مثل|همانند|همچون|به مانند|كما في|كما فی|مثلما|على غرار|علی غرار|شأن)\s+(?:\S+\s+)?(?:ال)?$")
# an interview's question and answer marks at a line's start (raw text): «س:», «سؤال:», «پرسش:»; «ج:», «جواب:», «پاسخ:»
_QUESTION_MARK = _rx(r"\s*(?:س|سؤال|سوال|پرسش)\s*[:：\-–]")
_ANSWER_MARK = _rx(r"\s*(?:ج|جواب|پاسخ)\s*[:：\-–]")


def _answered(raw: str, sents: list[tuple[int, int]], cue_starts: list[int]) -> list[tuple[int, int]]:
    """The sentences, with an interview's question that names a contact («س: والجولة الثانية؟») read together with
    the first sentence of its answer when that sentence has no contact word of its own («ج: جرت في الرابع والعشرين
    من تموز/يوليو من العام نفسه في بغداد»): the answer reports the contact the question names."""
    out = []
    i = 0
    while i < len(sents):
        s, e = sents[i]
        if i + 1 < len(sents) and raw[s:e].rstrip().endswith(("؟", "?")) and _QUESTION_MARK.match(raw, s) and _ANSWER_MARK.match(raw, sents[i + 1][0]):
            a, b = sents[i + 1]
            if any(s <= c < e for c in cue_starts) and not any(a <= c < b for c in cue_starts):
                out.append((s, b))
                i += 2
                continue
        out.append((s, e))
        i += 1
    return out


# a sentence opening with the subject pronoun 'he / she' (raw text): «او …», «وی …», «هو …», «هي …»
_HE = _rx(r"\s*(?:او|وی|هو|هي)\s")


def _never_said(text: str, h: Hit) -> bool:
    """The hit's word sits in the clause of a verb of saying that no one ever used, starting at most ~80
    characters before it in its sentence."""
    # (every match holds «هرگز» or «هیچ», or «لم» and one of «قط», «یوما», «ابدا»: the pattern runs only when they
    # stand in the 80 characters)
    seg = text[max(0, h.vstart - 80) : h.vstart]
    if not (_holds_any(seg, _NEVER_SAID_FA) or (_LAM in seg and _holds_any(seg, _NEVER_SAID_AR))):
        return False
    return _opened_by(text, h, _NEVER_SAID_RE, 80)


_NEVER_SAID_FA = (norm("هرگز"), norm("هیچ"))
_LAM = norm("لم")
_NEVER_SAID_AR = (norm("قط"), norm("یوما"), norm("ابدا"))


def _opened_by(text: str, h: Hit, rx: re.Pattern, reach: int) -> bool:
    """``rx`` matches in the hit's sentence within ``reach`` characters before it (normalised view text)."""
    seg = text[max(0, h.vstart - reach) : h.vstart]
    cut = max(seg.rfind("."), seg.rfind("؟"), seg.rfind("?"), seg.rfind("\n"))
    return rx.search(seg, cut + 1) is not None


def _asked_whether(text: str, h: Hit) -> bool:
    """«در پاسخ به پرسشی درباره اینکه آیا وزیر قطری حامل پیامی … بوده است»: the hit's word sits in a 'whether'
    clause that starts at most ~10 words before it in its sentence."""
    seg = text[max(0, h.vstart - 70) : h.vstart]
    if not _holds_any(seg, _WHETHER_KEYS):  # (every match holds one: the pattern runs only then)
        return False
    return _opened_by(text, h, _WHETHER, 70)


_WHETHER_KEYS = (norm("ایا"), norm("هل"), norm("اذا"))
_LONG_HABIT = frozenset(norm(w) for w in ("لطالما", "ولطالما", "فلطالما", "همواره", "همیشه"))
# 'each'/'every'/'some of (those)' right before a contact word: «مع كل جولة تفاوض», «في كل لقاء», «در هر
# دیدار», «بعض تلك الاتصالات», «برخی از این دیدارها»
_EVERY = _rx(r"(?<!\w)[وف]?(?:كل|كلّ|هر|بعض|برخی|بعضی)(?:\s+(?:از\s+)?(?:تلك|هذه|ذلك|این|آن))?\s*(?:ال)?$")
_EVERY_KEY = _rx("كل|هر|بعض|برخ")  # (every match of _EVERY holds one, as tolerant: looked for first, ~1 window in 20 has one)
_RELEASE_AIM = _rx(
    r"(?<!\w)لل?(?:إفراج|افراج|إطلاق|اطلاق|تحرير)|(?<!\w)(?:بهدف|من أجل|من اجل|برای|به منظور|جهت|هدفش|هدف آن|با هدف)\s+\S*$"
    r"|(?<!\w)(?:ال|لل)?(?:مساعدة|مساعده|سعي|جهود|مساعي)\s+(?:في|على)\s+\S*$"
)
_THE_RELEASED = frozenset(norm(w) for w in ("المفرج عنهم", "المفرج عنه", "المفرج عنها", "المفرج عنهما"))
_TABADUL = norm("تبادل")
_EXCHANGED_PEOPLE = _rx(
    r"\s+(?:ال)?(?:باحث|باحثة|باحثين|سجين|سجينة|سجناء|السجناء|معتقل|معتقلة|معتقلين|محتجز|محتجزة|محتجزين|أسير|أسيرة|أسرى|"
    r"مواطن|مواطنة|مواطنين|طالب|طالبة|طلاب|صحفي|صحفية|صحفيين|جندي|جنود|عالم|علماء|رهينة|رهائن|موقوف|موقوفين)(?!\w)"
)
_WAQA = norm("وقع")
_SIGNED_TEXT = _rx(r"على\s+(?:ال)?(?:التزامات|اتفاق|إعلان|اعلان|وثيقة|تفاهم|مذكرة|نص)")
# contacts whose sides send delegations (a release or a message has no delegation to lead)
_LED_KINDS = frozenset(("talks", "meeting", "series", "visit", "agreement"))
# 'headed', 'led' («ترأس», «برئاسة», «رأس», «ریاست … را بر عهده», «سرپرستی», «در رأس»), on the view
_LED = _vx(r"(?<!\w)(?:[وف]?(?:ترأس|ترأسه|ترأسها|يترأس|تترأس|رأس|برئاسة|ورئاسة|بقيادة|قاد|يقود)|ریاست|سرپرستی|رهبری)(?!\w)")
_DELEGATION = _rx(r"(?<!\w)(?:ال|و|بال|وال)?(?:وفد|وفدا|وفدی|وفود|وفدان|وفدین)(?!\w)|(?<!\w)(?:هییت|هیات)(?:ی|های)?(?!\w)")  # on the view: ئ → ی
_DELEGATION_KEYS = ("وفد", "وفود", "هییت", "هیات")  # (every match of _DELEGATION holds one in the view: see _SIDELINES_KEYS)


def _delegation(text: str, lo: int, hi: int) -> bool:
    """``_DELEGATION`` finds a match in the view ``text[lo:hi]`` (its words looked for first: few sentences hold one)."""
    for k in _DELEGATION_KEYS:
        if text.find(k, lo, hi) >= 0:
            return _DELEGATION.search(text, lo, hi) is not None
    return False


_ANY = frozenset(norm(w) for w in ("أي", "أيّ", "هیچ", "لأي", "بأي", "وأي", "ولأي", "فأي"))
_NONE_WORDS = frozenset(norm(w) for w in ("هیچ", "هیچ‌یک", "هیچیک"))
_WAS_NOT = frozenset(norm(w) for w in ("نبود", "نبودند", "حضور نداشت", "حضور نداشتند", "شرکت نداشت", "شرکت نکرد"))
_DID_NOT_MEET = frozenset(norm(w) for w in ("لم يلتق", "لم تلتق", "لم يلتقيا"))
_DIRECT_AFTER = _rx(r"\S*\s+(?:" + "|".join(norm(w) for w in ("مباشر", "مباشرة", "مباشرا", "مستقیم", "مستقیمی", "رودررو", "وجها لوجه", "وجهاً لوجه")) + r")(?!\w)")


# a Persian verb of arrival or departure split by its destination: «وارد تهران شد», «عازم مسقط شدند»
_SPLIT_ARRIVAL = _rx(r"(?<!\S)(وارد|عازم)((?: [^\s.،؛:!?«»]+){1,3}) (?:شد|شدند|شده|شدهاند|شدیم|شدم)(?!\S)")


_LISTED = _rx(r"(?<!\w)(?:ضم|ضمّ|ضمت|ضمّت|يضم|تضم|بمشاركة|شارك فيه|شاركت فيه|شارك فيها|با حضور|با شرکت|متشکل از)(?!\w)")
_NO_REPLY_TO = _rx(r"(?<!\w)[وف]?(?:لم|لا|لن)\s+(?:يصدر|تصدر|يصل|تصل|يأت|تأت|يرد|ترد|يتلق|تتلق)\S*\s+(?:\S+\s+){0,4}?(?:أي\s+)?(?:رد|ردا|ردّ|جواب)\S*"
                   r"(?:\s+\S+){0,3}?\s+(?:على|عن)\s+(?:ال)?$")
# plain words one of which every match of _NO_REPLY_TO holds (view text: its verbs); it reads only the cue's sentence
_NO_REPLY_KEYS = tuple(norm(k) for k in ("يصدر", "تصدر", "يصل", "تصل", "يأت", "تأت", "يرد", "ترد", "يتلق", "تتلق"))
_TO_A_PEOPLE = _rx(
    r"\S*(?:\s+(?!(?:به|برای|إلى|الى)\s)\S+){0,2}?\s+(?:برای|به|خطاب به|إلى|الى|موجهة إلى|موجهة الى)\s+"
    r"(?:مردم|ملت|الشعب|شعب|ایرانیان|ایرانی‌ها|ایرانیها|الإيرانيين|الايرانيين|آمریکاییان|آمریکایی‌ها|الأمريكيين|الأميركيين|الامريكيين)(?!\w)"
    r"|\S*\s+(?:للشعب|لشعب|للإيرانيين|للأمريكيين|للأميركيين)(?!\w)")
# 'experience / skill in' right before a contact word (raw text): «وخبرة في نقل الرسائل», «تجربه‌ای طولانی در میانجیگری»
_SKILL_IN = _rx(r"(?<!\w)(?:و|ب)?(?:ال)?(?:خبر[ةه]|خبرت(?:ها|ه|هم)|باع|مهار[ةه])(?:\s+(?:طويل[ةه]?|كبير[ةه]?|واسع[ةه]))?\s+(?:في|ب)\s*$"
                r"|(?<!\w)(?:تجربه|سابقه|مهارت|کارکشتگی)(?:‌ای|ای)?(?:\s+(?:طولانی|زیادی|فراوانی))?\s+در\s+$")
_SKILL_KEYS = ("خبر", "باع", "مهار", "تجرب", "سابق", "ارکشتگ")  # (every match of _SKILL_IN holds one, raw text)
# 'the experience / lesson / precedent / model of' right before a contact word, an ordinal between at most (raw text)
_LESSON_KEYS = ("تجرب", "درس", "دروس", "سابق", "الگو", "نموذج")  # (every match of _LESSON_OF holds one, raw text)
_LESSON_OF = _rx(r"(?<!\w)(?:تجربه|تجربه‌ی|درس|درس‌های|سابقه|الگوی|تجرب[ةه]|دروس|سابق[ةه]|نموذج)"
                 r"(?:\s+(?:نخستین|اولین|نخست|الأول|الاول|الأولى|الاولى))?\s+(?:ال)?$")
_SENT_WORD = norm("فرستاده")
_VERB_AFTER_SENT = _vx(r"\s+(?:شد|شدند|شده|بود|بودند|است|اند|می شد|می شود|میشد|میشود)(?!\w)")
# 'the embassy of' right before a state (raw text): «سفارت آمریکا», «السفارة الأمريكية»
_EMBASSY_OF = _rx(r"(?<!\w)(?:ال|بال|و)?(?:سفار[ةه]|سفارت|سفارتخانه|سفارتخانه‌ی)\s+(?:ال)?$")
_PAUSE_BETWEEN = _rx(r"[،,؛;:.\n]")
# the contact verb (its light verb, when the cue is the noun) followed by 'that' (raw text): «دیدار کرد که …»
_FA_REL_AFTER_VERB = _rx(r"(?:\s+(?:کرد|کردند|داشت|داشتند|شد|شدند))\s*،?\s*که\s")
_CONDITIONS = norm("شروط")
_CONDITION_TERMS = frozenset(norm(t) for t in ("شروط", "الشروط"))
_REPLY_TO_BEFORE = _vx(r"(?<!\w)(?:رد|ردا|الرد|ردود|جواب|جوابا)(?: [^ ]+){0,3} على (?:ال)?$")
_FA_SAT_TERMS = frozenset(norm(t) for t in ("نشستند", "نشسته بودند"))
FA_SAT_REACH = 150  # characters back from Persian 'sat' within which its clause names the two sides
# 'apart', 'in two rooms' (the normalised view): «در دو اتاق جدا نشستند», «جداگانه»
_FA_APART = _vx(r"(?<!\w)(?:جدا|جداگانه|مجزا|دو اتاق|دو سالن|دو هتل|دو ساختمان)(?!\w)")
_SAT = norm("جلس")
_SAT_TERMS = frozenset(norm(t) for t in ("جلس", "جلسا", "جلسوا"))
# ('sat with' someone, or 'sat to' someone: «جلس بازركان … إلى مستشار الأمن القومي الأمريكي»; not 'to a meal table', nor
# 'goes back to' a meeting or a time: «وتعود آخر مرة جلس فيها … إلى اجتماعات فيينا»)
_SAT_WITH = _vx(r"[^.؛:]{0,140}?(?<!\w)(?:مع|إلى(?!\s+(?:مائدة|المائدة|موائد|اجتماع|اجتماعات|الاجتماع|الاجتماعات|لقاء|اللقاء|لقاءات|"
                r"محادثات|مفاوضات|جولة|جولات|عام|العام|سنة|أيام|زمن|عهد)(?!\w)))(?!\w)"
                # (or the two of them as its subject: «جلس الوزيران ساعات في فندق بفيينا»)
                r"| (?:ال)?(?:وزيران|وفدان|طرفان|جانبان|رجلان|سفيران|مبعوثان)(?!\w)")
_ACCORDING_TO = norm("به گفته")
_BE_BEFORE = _vx(r"(?<!\w)به\s+$")
_SAID_PARTICIPLE = frozenset((norm("گفت"), norm("گفته")))
_PLANE = norm("طائرة")
_FLIGHT_WORDS = tuple(norm(w) for w in ("رحلة", "رحلت", "الرحلة"))
_FLIGHT_NUMBER = _vx(r"\s*(?:رقم\s*)?\d")
_PLANE_BEFORE = _vx(r"(?<!\w)(?:ال)?طایره(?!\w)[^.،,؛]*$")
_EVE = norm("آستانه")
_EVE_TERMS = frozenset(norm(t) for t in ("در آستانه", "تا آستانه"))
_ASTANA_AFTER = _vx(r"\s*(?:[.,،؛:)»\n]|$|\s(?:برگزار|پایتخت|قزاقستان|قزاقستانی)(?!\w))")
_ASTANA_BEFORE = _vx(r"(?:شهر|روند|فرایند|مذاکرات|نشست|نشستهای|اجلاس|گفتگوهای|پایتخت قزاقستان)\s+$")
_EVE_OF_TIME = _vx(r"\s+(?:نوروز|عید|سال|سالگرد|سالروز|ماه|تعطیلات|جشن|انتخابات|فصل|زمستان|بهار|تابستان|پاییز|\d)")
_ADDING = norm("مضيفا")
_HOST_WORD = norm("مضيف")
_ADDING_THAT = _rx(norm("مضيفا") + r"\s+(?:ان|انه|انها|انهم|بان|ب)(?!\w)|" + norm("مضيفا") + r"\s*:")


def _undelivered(cur) -> bool:
    """A message word followed within UNDELIVERED_REACH characters by a word that it has not arrived (cue group
    ``undelivered``: «الرسالة … لم تصل», «نامه … هنوز به دست ما نرسیده»)."""
    msgs = [h for _, _, h in cur if h.cat == "cue" and h.key == "event_types.message_exchange"]
    return bool(msgs) and any(
        h.cat == "cue" and h.key == "undelivered" and any(0 <= h.vstart - m.vend <= UNDELIVERED_REACH for m in msgs) for _, _, h in cur
    )


# 'anything' right after 'has not received' (normalised view): «وردّت طهران بأنها لم تتسلّم شيئاً», «هیچ چیزی دریافت نکرده»
_NOTHING_AFTER = _vx(r"\s*(?:شیئا|شیء|ای شیء|ای رساله|ایه رساله|ای رسائل)(?!\w)")
_NOTHING_BEFORE = _vx(r"(?<!\w)(?:چیزی|هیچ چیزی|هیچ پیامی|هیچ نامه ای|پیامی|نامه ای)\s*$")


def _nothing_received(text: str, cur) -> bool:
    """A sentence saying that nothing was received (an ``undelivered`` cue with 'anything' after it, or in Persian
    before it, «هیچ چیزی دریافت نکرده»): said right after a message, that message was not exchanged."""
    return any(
        h.cat == "cue" and h.key == "undelivered"
        and (_NOTHING_AFTER.match(text, h.vend) is not None or _NOTHING_BEFORE.search(text, max(0, h.vstart - 16), h.vstart) is not None)
        for _, _, h in cur
    )


def _split_arrivals(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with a visit cue added for each arrival verb split by its destination («وارد تهران شد»: the
    cue «وارد شد» spans the phrase), when the words between name a place or a state and no contact word."""
    new = []
    for m in _split_arrival_matches(text):
        a, b = m.span(2)
        inside = [h for h in hits if a <= h[2] and h[3] <= b]
        if any(h[0] in ("place", "state") for h in inside) and not any(h[0] == "cue" and h[1].startswith("event_types.") for h in inside) \
                and not _INTO_TERRITORY.match(text, a):
            # (not into a state's waters, airspace or soil: «با دو قایق وارد آب‌های ایران شده بودند» is no trip to talk)
            new.append(_new_tuple(Hit, ("cue", "event_types.visit", m.start(), m.end(), m.group(1) + " شد", "fa")))
    return sorted(hits + new, key=_HIT_START) if new else hits


_SPLIT_ARRIVAL_VERB = _rx("وارد|عازم")  # (every match of _SPLIT_ARRIVAL starts with one, as tolerant of spellings)


def _split_arrival_matches(text: str):
    """``_SPLIT_ARRIVAL.finditer(text)``, tried only where its verb starts: every match starts there (after its zero-width
    look-behind), so the first match at or after the last one's end is the first verb there that matches. (The pattern,
    whose look-behind opens no literal, would be tried at every position of the document; the verbs' two first letters
    are scanned for at a few instructions a character.)"""
    end = 0
    for v in _SPLIT_ARRIVAL_VERB.finditer(text):
        if v.start() >= end:
            m = _SPLIT_ARRIVAL.match(text, v.start())
            if m is not None:
                end = m.end()
                yield m


_INTO_TERRITORY = _vx(r" ?(?:" + "|".join(map(norm, ("آب‌های", "آبهای", "آب های", "حریم هوایی", "حریم", "قلمرو", "خاک", "مرزهای", "مرز", "فضای هوایی"))) + r")(?!\w)")
_BILATERAL_END = norm("جانبه")  # the end of Persian «دوجانبه» 'bilateral' (the view folds its ZWNJ or space)
# an Arabic arrival verb with its traveller between it and 'to' (the normalised view): «وصل ماكفارلين إلى طهران»
_AR_ARRIVED_ANY = norm("وصل")
_AR_ARRIVED_TO = "وصل إلى"  # the term of the split arrival cue
# the arrival verbs among the visit cues, and the split arrival cue
_AR_ARRIVED_TERMS = frozenset((_AR_ARRIVED_TO, *(norm(w) for w in ("وصل إلى", "وصلت", "وصلوا"))))
# (or landed, with 'in': «هبط روبرت ماكفارلين، مستشار الأمن القومي السابق، سراً في طهران»)
_AR_LANDED_ANY = norm("هبط")
_AR_LANDING = _vx(r"(?<!\w)[وف]?(هبط|هبطا|هبطوا)((?: [^\s.؛:!?«»]+){1,7}?) في(?= )")
_AR_ARRIVAL = _vx((r"(?<!\w)[وف]?(وصل|وصلا|وصلوا)((?: [^\s.،؛:!?«»]+){1,4}?) (?:إلى|الى) "))


def _finditer_at_key(pattern: re.Pattern, text: str, key: str, back: int = 1) -> Iterable[re.Match]:
    """The matches of ``pattern.finditer(text)``, for a pattern whose every match holds ``key`` (a plain string) at most
    ``back`` characters after its start and never matches the empty string: ``pattern.match`` is tried only at the
    ``back + 1`` positions up to each occurrence of ``key`` (``str.find``), in order and without overlaps, which are the
    only places ``finditer`` can find one. (``re`` cannot skip ahead to a pattern that opens with a lookbehind and an
    optional letter: scanned whole, it tries the pattern at every character of the document.)"""
    end = 0  # (the end of the last match, or the first position not yet tried)
    at = text.find(key)
    while at >= 0:
        for p in range(max(end, at - back), at + 1):
            m = pattern.match(text, p)
            if m is not None:
                yield m
                end = m.end()
                break
        else:
            end = max(end, at + 1)
        at = text.find(key, at + 1)


def _split_ar_arrivals(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with a visit cue at each Arabic arrival verb whose traveller stands between it and 'to' («وصل
    ماكفارلين إلى طهران»: the cue «وصل إلى» is split by the name), when the words between name a person and no
    contact word, and a place or a state follows 'to'."""
    new = []
    starts = [h[2] for h in hits]
    for m in (*_finditer_at_key(_AR_ARRIVAL, text, _AR_ARRIVED_ANY), *_finditer_at_key(_AR_LANDING, text, _AR_LANDED_ANY)):
        a, b = m.span(2)
        inside = [h for h in hits if a <= h[2] and h[3] <= b]
        after = [hits[k] for k in range(bisect_left(starts, m.end()), min(len(hits), bisect_left(starts, m.end()) + 3)) if hits[k][2] - m.end() <= 2]
        if any(h[0] == "person" for h in inside) and not any(h[0] == "cue" and h[1].startswith("event_types.") for h in inside) \
                and any(h[0] in ("place", "state") for h in after):
            new.append(_new_tuple(Hit, ("cue", "event_types.visit", m.start(1), m.end(1), "وصل إلى", "ar")))
    return sorted(hits + new, key=_HIT_START) if new else hits


# 'freed' with its object, the people held, up to three words after it and no preposition between («أطلق الحرس الثوري
# البحارة العشرة»; not «أطلق صواريخ على الأمريكيين», «أطلق مبادرة»; «أطلق سراح» is a cue of its own) (the normalised view)
_AR_FREED_ANY = norm("أطلق")
_SPACE_SIRAH = " " + norm("سراح")
_AR_FREED = _vx(
    r"(?<!\w)[وف]?(أطلق|أطلقت|أطلقوا|أطلقا)((?: (?!(?:على|نحو|باتجاه|ضد|في|من)(?!\w))[^\s.،؛:!?«»]+){0,3}?) (?:ال)?(?:بحارة|رهائن|رهينة|سجناء|سجينين|معتقلين|محتجزين|أسرى|مواطنين"
    r"|أمريكيين|أميركيين|إيرانيين|متنزهين|الأمريكيين|الأميركيين|الإيرانيين)(?!\w)"
)


def _ar_freed_people(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with a release cue at each Arabic 'freed' whose object is people held (``_AR_FREED``), when no contact
    word stands between the verb and them."""
    new = []
    for m in _AR_FREED.finditer(text):
        a, b = m.span(2)
        if text.startswith(_SPACE_SIRAH, m.end(1)) or any(h[0] == "cue" and h[1].startswith("event_types.") and a <= h[2] < b for h in hits):
            continue
        new.append(_new_tuple(Hit, ("cue", "event_types.prisoner_release", m.start(1), m.end(1), _AR_FREED_ANY, "ar")))
        new.append(_new_tuple(Hit, ("cue", "topics.prisoners", m.start(1), m.end(1), _AR_FREED_ANY, "ar")))
    return sorted(hits + new, key=_HIT_START) if new else hits


def _flights_out(cur, detainees: frozenset) -> list:
    """A flight carrying hostages or prisoners out («أقلعت طائرتان … تقلان الرهائن»), as a release cue at the flight
    word: a `freed_flight` word with a hostages/prisoners word, or a detainee of the reference data (``detainees``:
    «سیامک نمازی و عماد شرقی … تهران را ترک کردند»), within ~13 words of it (the Persian verb ends the clause: «۵۲
    گروگان آمریکایی … با هواپیمای الجزایری تهران را ترک کردند»)."""
    held = [(a, b) for a, b, h in cur if (h.cat == "cue" and h.key == "topics.prisoners") or (h.cat == "person" and h.key in detainees)]
    flights = [x for x in cur if x[2].cat == "cue" and x[2].key == "freed_flight"]
    if any(h.term not in _PLANE_OF for _, _, h in flights):
        # ('by the Swiss plane', «مایکل وایت با هواپیمای سوئیسی از تهران به زوریخ رفت», is the flight out only when no
        # verb of flying or leaving is there: «… با هواپیمای الجزایری تهران را ترک کردند» leaves with that verb)
        cur = [x for x in cur if not (x[2].cat == "cue" and x[2].key == "freed_flight" and x[2].term in _PLANE_OF)]
    return [
        (a, b, _new_tuple(Hit, ("cue", "event_types.prisoner_release", h.vstart, h.vend, h.term, h.extra)))
        for a, b, h in cur
        if h.cat == "cue" and h.key == "freed_flight" and any(
            -90 <= c - b <= FLIGHT_AFTER_REACH or -90 <= a - d <= FLIGHT_REACH[h.extra] for c, d in held
        )
    ]


def _in_titles(raw: str, e: int, starts: list[int]) -> bool:
    """Every one of ``starts`` (the contact words of a sentence ending at ``e``) lies inside a quotation in guillemets,
    closed before ``e`` and followed by its author («…» نوشته …, «…» بقلم …, «…» للكاتب …): the title of a book or
    article, not a report."""
    return all(_quoted(raw, x) and (close := raw.find("»", x, e)) >= 0 and _AUTHOR_AFTER.match(raw, close + 1) for x in starts)


def _root_of(out: list, k: int) -> Candidate | None:
    """The contact ``out[k]`` names: itself, or the one its further mention (``same_as``) points to."""
    cand = out[k][0]
    if cand is None or cand.same_as is None:
        return cand
    return next((out[j][0] for j in range(k - 1, -1, -1) if out[j][0] is not None and (out[j][0].char_start, out[j][0].char_end) == cand.same_as), None)


def _may_take_part(p: Any, raw: str, lo: int, rs: int) -> bool:
    """Whether the person ``p``, named at ``rs`` in a sentence or quote starting at ``lo``, may be a participant
    (codebook section 9): not a private go-between; not a detainee (the reference data gives his holder,
    ``held_in``: what a release is about, not a side's representative); not one named for his government, era,
    coming to power, kin or death («إدارة ترامب», «منذ عودة الرئيس دونالد ترامب», «قريب الخميني», «اغتيال سليماني»)."""
    return not _g(p, "private", False) and not _g(p, "held_in", None) and not _NOT_TAKING_PART.search(raw, max(lo, rs - NOT_TAKING_PART_CHARS), rs)


def _view_gap(view: View, a: int, b: int) -> int:
    """The characters of the normalised view between raw offsets ``a`` and ``b`` (negative when ``b`` is before
    ``a``): a gap that the marks and invisible characters of one spelling do not lengthen."""
    return bisect_left(view.starts, b) - bisect_left(view.starts, a)


def _heading_line(raw: str, s: int, e: int) -> bool:
    """``raw[s:e]`` is a line of its own (a newline, or the text's start, before it and a newline after it), short
    (HEADING_MAX_CHARS) and with no sentence-ending stop: a heading («ثانياً: عُمان، المضيف والحامل»)."""
    text = raw[s:e].rstrip()
    return (
        len(text) <= HEADING_MAX_CHARS and not text.endswith((".", "!", "…"))
        and (s == 0 or "\n" in raw[max(0, s - 2) : s]) and "\n" in raw[s + len(text) : s + len(text) + 2]
    )


HEADING_MAX_CHARS = 80


def _handed_proposals(raw: str, cur, lang: str) -> list:
    """A side's proposal handed over («سلّم … نظيرَه الإيراني … عناصر مقترح أمريكي مكتوب», «پیشنهاد مکتوب آمریکا را …
    تحویل داد»), as a message cue at the proposal's name: a `proposal` word with a verb of handing over up to
    HANDED_REACH characters before it (Arabic) or after it (Persian, verb-last)."""
    out = []
    for a, b, h in cur:
        if h.cat != "cue" or h.key != "proposal":
            continue
        handed = _AR_HANDED.search(raw, max(0, a - HANDED_REACH), a) if lang == "ar" else _FA_HANDED.search(raw, b, b + HANDED_REACH)
        if handed is not None:
            out.append((a, b, _new_tuple(Hit, ("cue", "event_types.message_exchange", h.vstart, h.vend, h.term, h.extra))))
    return out


def _informed_via(raw: str, cur, lang: str, sides: frozenset = frozenset()) -> list:
    """A side informed through a go-between («أبلغت الولايات المتحدة، عبر السفارة السويسرية في طهران …», «از مسیرهای
    دیپلماتیک به طرف آمریکایی اطلاع داده بود»), as a message cue at the verb: an `informed` word with a state as the
    one informed and 'through' / 'via' up to INFORMED_REACH characters after it (Arabic) or before it (Persian,
    verb-last). With no route named, the one informed must be one of ``sides`` and the other side named too, by
    name: «ایران پیش از حمله به واشنگتن اطلاع داده بود» (a notice passed from one side to the other)."""
    out = []
    state_hits = [(rs, re_, h.key) for rs, re_, h in cur if h.cat == "state"]
    named = {k for _, _, k in state_hits}
    for a, b, h in cur:
        if h.cat != "cue" or h.key != "informed":
            continue
        via = _VIA.search(raw, b, b + INFORMED_REACH) if lang == "ar" else _VIA.search(raw, max(0, a - INFORMED_REACH), a)
        # (the one informed is a state: its name right after the Arabic verb, «أبلغت الولايات المتحدة», or after 'to'
        # before the Persian one, «به طرف آمریکایی اطلاع داده بود»; not 'told reporters')
        told = [k for rs, _, k in state_hits if 0 <= rs - b <= 12] if lang == "ar" else [
            k for rs, re_, k in state_hits if 0 <= a - re_ <= 24 and _TO_THE_SIDE.search(raw, max(0, rs - 16), rs)]
        if via is None and (_DOMESTIC_BODY.search(raw, b, b + INFORMED_REACH) if lang == "ar" else _DOMESTIC_BODY.search(raw, max(0, a - INFORMED_REACH), a)):
            continue  # «أبلغت وزارة الخارجية الأمريكية الكونغرس بأن …»: a side's own legislature informed, no notice to the other side
        if told and (via is not None or (len(sides) == 2 and told[0] in sides and sides - {told[0]} <= named)):
            out.append((a, b, _new_tuple(Hit, ("cue", "event_types.message_exchange", h.vstart, h.vend, h.term, h.extra))))
    return out


INFORMED_REACH = 60  # characters between a verb of informing and the route it names
# a side's own legislature, informed by its government («الكونغرس», «مجلس الشورى», «به کنگره», «به مجلس»)
_DOMESTIC_BODY = _rx(r"(?<!\w)(?:ال|لل|و)?(?:كونغرس|کنگره|مجلس الشيوخ|مجلس النواب|مجلس الشورى|برلمان|مجلس شورای اسلامی|مجلس سنا|سنای آمریکا)(?!\w)|(?<!\w)به\s+مجلس(?!\w)")
_TO_THE_SIDE = _rx(r"(?<!\w)به\s+(?:(?:طرف|جانب|دولت|مقامات|مقام‌های|مقام های)\s+)?$")
_VIA = _rx(r"(?<!\w)(?:از طریق|از مسیر|از مسیرهای|از مجاری|عبر|عن طريق|من خلال|بواسطة)(?!\w)")
HANDED_REACH = 150  # characters between a proposal's name and the verb of handing it over (the giver, the time and the receiver between)
# (with the present of a chronology's entry: «… يزور العاصمة الإيرانية ويسلّم عراقجي مقترحاً أمريكياً»)
_AR_HANDED = _rx(r"(?<!\w)(?:[وف]?(?:سلّم|سلم|سلّمت|سلمت|تسلّم|تسلم|تسلّمت|تسلمت|نقل|نقلت|حمل|حملت|أوصل|أوصلت|قدّم|قدم|قدّمت|قدمت|أرسل|أرسلت|بعث|بعثت"
                 r"|يسلّم|يسلم|ينقل|يحمل|يوصل|يقدّم|يقدم|يرسل|يبعث)|حاملا|حاملاً|تسليم|نقل)(?!\w)")
_FA_HANDED = _rx(r"(?<!\w)(?:تحویل\s+(?:داد|دادند|داده)|تسلیم\s+(?:کرد|کردند)|منتقل\s+(?:کرد|کردند|شد)|رساند|رساندند|دریافت\s+(?:کرد|کردند)|به\s+تهران\s+(?:برد|آورد)|ارائه\s+(?:کرد|داد|کردند|دادند))(?!\w)")


# characters from the hostages back to the flight verb after them: a Persian clause ends in its verb, with the plane,
# the airport and the destination between («۵۲ گروگان باقی‌مانده، دقایقی پس از … با هواپیماهای الجزایری از فرودگاه
# مهرآباد به الجزیره پرواز کردند»)
FLIGHT_REACH = {"ar": 90, "fa": 160}
_PLANE_OF = frozenset(norm(w) for w in ("با هواپیمای", "با هواپیمایی", "على متن طائرة", "على متن الطائرة"))
# (and after it: «أقلعت طائرتان … وعلى متنهما 52 دبلوماسياً وموظفاً أمريكياً، بعد 444 يوماً من الاحتجاز»)
FLIGHT_AFTER_REACH = 130


def _outermost(cues):
    """The contact cues less those inside a longer one of another kind («جولة» 'round' in «جولة إقليمية» 'a
    regional tour')."""
    if len(cues) < 2:
        return cues
    return [x for x in cues if not any(y is not x and y[0] <= x[0] and x[1] <= y[1] and y[1] - y[0] > x[1] - x[0] and _cue_kind(y[2].key) != _cue_kind(x[2].key) for y in cues)]


# what makes a sentence naming a go-between no word on the contact before it: «وعرضت قطر التوسط مجدداً», «لم تكن
# هناك وساطة», «تؤدي عُمان منذ عقود دور الوسيط»
_NO_MEDIATOR_AFTER = frozenset(("negation", "future", "hypothetical", "denial", "absent_side", "cancelled", "generic", "habitual", "era"))
# an offer or readiness to mediate («عرضت سويسرا التوسط», «أبدت استعدادها», «آمادگی خود را برای میانجیگری اعلام کرد»)
_OFFERED = _rx(r"(?<!\w)(?:[وف]?(?:عرض|عرضت|اقترح|اقترحت|تعرض|يعرض)|استعداد|استعدادها|مستعدة|مستعد|پیشنهاد|آمادگی|آماده|حاضر است)(?!\w)")


def _said_again(ante: Candidate, raw: str, qs: int, qe: int, mediators=()) -> Candidate:
    """A further mention of the contact ``ante`` at ``raw[qs:qe]`` (an anaphor): its fields, the new evidence,
    a lower confidence, the mediators it names, and no participants yet (the sides' people it names are added
    when the document has been read: ``RuleExtractor._named_participants``)."""
    return dataclasses.replace(
        ante, char_start=qs, char_end=qe, quote=raw[qs:qe], rule="rules:anaphor", confidence=round(max(0.05, ante.confidence - 0.1), 3),
        date_text=None, date_calendar=None, participants=[], mediators=list(mediators), same_as=(ante.char_start, ante.char_end),
    )


def _word_before(text: str, h: Hit) -> str | None:
    """The word right before the contact word of a cue (with its glued clitics), or None."""
    i = h.vstart  # (where _noun_at's word starts: its test of the word after is not needed here)
    while i > 0 and _is_word(text[i - 1]):
        i -= 1
    before = text[max(0, i - 6) : i].split()
    return before[-1] if before else None


def _after_any(text: str, h: Hit) -> bool:
    """The contact word of a cue follows 'any' («أي لقاء», «لأي محادثات», «هیچ دیداری»)."""
    return _word_before(text, h) in _ANY


_NOR = frozenset(norm(w) for w in ("ولا", "ولم", "نه"))


def _after_nor(text: str, h: Hit) -> bool:
    """The contact word of a cue follows 'nor' («مصافحة ولا لقاء», «نه دیداری»)."""
    return _word_before(text, h) in _NOR


def _public_message_only(hits) -> bool:
    """These hits name a message to the public («رسالة مصوّرة إلى الشعب الإيراني») and no other message."""
    pub = [(a, b) for a, b, h in hits if h.cat == "cue" and h.key == "public_message"]
    return bool(pub) and not any(
        h.cat == "cue" and h.key == "event_types.message_exchange" and not any(pa <= a and b <= pb for pa, pb in pub) for a, b, h in hits
    )


def _noun_at(text: str, h: Hit) -> tuple[str, bool]:
    """The contact word of a cue with the clitics or article glued before it («الاجتماع»), and whether an
    ordinal or 'new / next / other' follows it («الاجتماع الثاني»: another contact)."""
    i = h.vstart
    while i > 0 and _is_word(text[i - 1]):
        i -= 1
    after = text[h.vend : h.vend + 24].split()
    return text[i : h.vend], bool(after and norm(after[0].rstrip(",.:;!»\"")) in _ANOTHER)


def _ordinal_phrase(text: str, h: Hit) -> str | None:
    """The contact word with its ordinal («الجولة الأولى», «دور دوم»), whether the cue holds the ordinal or the word
    after it does; None with no ordinal."""
    words = text[h.vstart : h.vend].split() + text[h.vend : h.vend + 24].split()[:1]
    for k, w in enumerate(words[1:], 1):
        if norm(w.rstrip(",.:;!»\"")) in _ORDINALS:
            return " ".join(words[:k]) + " " + norm(w.rstrip(",.:;!»\""))
    return None


def _same_ordinal(text: str, h: Hit, out: list, j: int) -> bool:
    """Whether the contact word ``h`` bears the ordinal the contact ``out[j]`` (or the one it speaks of again) bore
    («انطلقت … الجولة الأولى» then «وانتهت الجولة الأولى يوم الجمعة»: the first round, not a new one)."""
    phrase = _ordinal_phrase(text, h)
    if phrase is None:
        return False
    pair = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?!\w)")
    ante = out[j][0]
    quotes = [ante.quote] + [c.quote for c, _ in out if c is not None and ante.same_as == (c.char_start, c.char_end)]
    return any(pair.search(norm(q)) for q in quotes)


def _day_of(out: list, j: int, cand: Candidate) -> tuple[Candidate, Candidate]:
    """``cand`` gives one more day of the contact ``out[j]`` (the day its round began or ended): that contact with its
    days widened to cover it (updated in ``out``), and ``cand`` made a further mention of it with its type and days."""
    ante = _widened(out[j][0], cand)
    out[j] = (ante, out[j][1])
    cand = dataclasses.replace(cand, event_type=ante.event_type, date_start=ante.date_start, date_end=ante.date_end,
                               date_edtf=ante.date_edtf, same_as=(ante.char_start, ante.char_end))
    return cand, ante


def _widened(ante: Candidate, other: Candidate, max_days: int = 14) -> Candidate:
    """The contact with its days widened to cover another day given for it (both day-precise, at most
    ``max_days`` apart); unchanged otherwise."""
    if not (ante.date_precision == other.date_precision == "day"):
        return ante
    start, end = min(ante.date_start, other.date_start), max(ante.date_end, other.date_end)
    if (end - start).days > max_days:
        return ante
    return dataclasses.replace(ante, date_start=start, date_end=end, date_edtf=start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}")


def _topics(groups: set[str]) -> frozenset[str]:
    """The topics named by a sentence's cue groups (``other`` is never inferred from a word)."""
    return frozenset(g.split(".", 1)[1] for g in groups if g.startswith("topics.") and g.split(".", 1)[1] != "other")


# 'after / before / since / coinciding with' right before a demonstrative: the sentence is about another
# happening, dated from the contact
_TEMPORAL_LINK = _rx(
    "(?:" + "|".join(re.escape(norm(w)) for w in ("بعد", "عقب", "إثر", "قبيل", "قبل", "منذ", "غداة", "پس از", "بعد از", "قبل از", "پیش از", "از زمان", "تزامن", "تزامنت", "همزمان با")) + r")\s+(?:\S+\s+)?$"
)


def _role_at(person: Any, when: dt.date) -> str | None:
    """The person's title on a date, from the reference roles (``Person.roles_on``)."""
    roles = _roles_on(person, when)
    return roles[0].title if roles else None


_ROLES_ON: dict[tuple[int, dt.date], tuple[Any, list]] = {}


def _roles_on(person: Any, when: dt.date) -> list:
    """``person.roles_on(when)``, kept per person and day (the reference roles do not change while
    the process runs; at most ~100,000 entries)."""
    got = _ROLES_ON.get((id(person), when))
    if got is None or got[0] is not person:
        if len(_ROLES_ON) > 100_000:
            _ROLES_ON.clear()
        got = _ROLES_ON[(id(person), when)] = (person, person.roles_on(when))
    return got[1]


def unused_cues(doc: DocInput) -> list[dict[str, Any]]:
    """Sentences with an event cue that the rules did not turn into a candidate, with the reason (for reviewers)."""
    return [
        {"char_start": d.char_start, "char_end": d.char_end, "cue": d.cue, "reason": d.reason}
        for d in RuleExtractor().explain(doc)
        if not d.kept
    ]
