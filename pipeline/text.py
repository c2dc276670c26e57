"""Normalised matching view over Arabic/Persian text with an exact offset map.

``normalize(raw)`` returns a :class:`View` whose ``text`` is a folded version of
``raw`` (letter variants unified, marks/tatweel/zero-width characters removed,
digits made ASCII, whitespace collapsed, punctuation unified, Latin lower-cased)
and whose ``starts`` gives, for every view character, the index in ``raw`` of
the character it came from (plus a final ``len(raw)``).  ``View.to_raw`` maps a
view span back to a raw span whose normalisation is exactly the view slice.

The mapping is per raw character (context free) except for whitespace
collapsing, which is what makes the substring guarantee hold.
"""
from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left, bisect_right
import unicodedata
from dataclasses import dataclass
from itertools import product
from typing import Sequence

import numpy as np

from .cache import cached

__all__ = ["View", "normalize", "norm", "term_variants", "tolerant_pattern", "persian_reading", "paired_quotes", "reading", "sentences",
           "paragraphs", "detect_lang"]

# ---------------------------------------------------------------------------
# character table
# ---------------------------------------------------------------------------
_EXPLICIT = {
    # yeh / kaf
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u06cc": "\u06cc", "\u06d0": "\u06cc",
    "\u0626": "\u06cc", "\u0620": "\u06cc",
    "\u0643": "\u06a9", "\u06aa": "\u06a9",
    # alef variants
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u0672": "\u0627", "\u0673": "\u0627", "\u0675": "\u0627",
    # hamza seat waw
    "\u0624": "\u0648", "\u0676": "\u0648",
    # heh / teh marbuta
    "\u0629": "\u0647", "\u06c0": "\u0647", "\u06be": "\u0647", "\u06c1": "\u0647",
    "\u06d5": "\u0647", "\u06c3": "\u0647",
    # tatweel and small letters (Lm) are dropped
    "\u0640": "", "\u06e5": "", "\u06e6": "",
    # punctuation
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u201f": '"', "\u2033": '"', "\u2039": '"', "\u203a": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u060c": ",", "\u066c": ",", "\u061b": ";", "\u061f": "?", "\u066a": "%",
    "\u066b": ".", "\u06d4": ".",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
}
for _i in range(10):
    _EXPLICIT[chr(0x0660 + _i)] = str(_i)   # Arabic-Indic
    _EXPLICIT[chr(0x06F0 + _i)] = str(_i)   # Extended (Persian)


def _fold_char(c: str) -> str:
    """Context-free folding of one character (the reference definition)."""
    if c in _EXPLICIT:
        return _EXPLICIT[c]
    if c.isspace():
        return " "
    cat = unicodedata.category(c)
    if cat in ("Mn", "Me", "Cf"):
        return ""
    low = c.lower()
    dec = unicodedata.normalize("NFD", low)
    stripped = "".join(ch for ch in dec if unicodedata.category(ch) not in ("Mn", "Me"))
    if len(stripped) != 1:
        stripped = unicodedata.normalize("NFC", low)
        if len(stripped) != 1:
            stripped = c
    if stripped != c and stripped in _EXPLICIT:
        stripped = _EXPLICIT[stripped]
    # NFKC for Arabic presentation forms (may expand, e.g. lam-alef ligature)
    o = ord(c)
    if 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        k = unicodedata.normalize("NFKC", c)
        if k != c:
            stripped = "".join(_fold_char(x) for x in k if x != c)
    return stripped


def _build_tables():
    trans: dict[int, str | None] = {}
    irregular = []          # chars whose output length != 1
    for o in range(0x10000):
        if 0xD800 <= o <= 0xDFFF:
            continue
        c = chr(o)
        f = _fold_char(c)
        if f != c:
            trans[o] = f if f else None
        if len(f) != 1:
            irregular.append(c)
    return trans, irregular


_TRANS, _IRREGULAR = cached("fold-table", _build_tables)  # (on disk: ~0.2 s to build)
_IRREG_RE = re.compile("[" + "".join(re.escape(c) for c in _IRREGULAR) + "]")
_SPACES_RE = re.compile(" {2,}")
_DROPPED = frozenset(c for c in _IRREGULAR if _fold_char(c) == "")
_MARKLIKE = frozenset(c for c in _DROPPED
                      if unicodedata.category(c) in ("Mn", "Me") or c == "\u0640")


def _fold_astral(s: str) -> str:
    # astral plane characters: handled on the slow path (rare)
    return "".join(_fold_char(c) if ord(c) > 0xFFFF else c for c in s)


@dataclass(frozen=True)
class View:
    raw: str
    text: str
    starts: Sequence[int]  # an array("q"): raw index of every view character, then len(raw)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map view span [start, end) to a raw span [rs, re).

        ``norm(raw[rs:re]) == text[start:end]`` holds for every span that does
        not cut through a single raw character expanding to several view
        characters (only Arabic presentation-form ligatures do that); such
        spans are widened to the whole raw character.  Trailing invisible
        characters (ZWNJ, bidi marks, surplus whitespace) are not included;
        trailing combining marks of the last letter are.
        """
        n = len(self.text)
        if not (0 <= start <= end <= n):
            raise IndexError(f"bad view span {(start, end)} for length {n}")
        if start == end:
            p = self.starts[start]
            return p, p
        rs = self.starts[start]
        re_ = self.starts[end]
        last = self.starts[end - 1]
        raw = self.raw
        while re_ - 1 > last and raw[re_ - 1] in _DROPPED_OR_SPACE and raw[re_ - 1] not in _MARKLIKE:
            re_ -= 1
        return rs, re_


class _SpaceSet:
    def __contains__(self, c):
        return c.isspace() or c in _DROPPED


_DROPPED_OR_SPACE = _SpaceSet()


def _normalize_reference(raw: str) -> View:
    """The definition :func:`normalize` implements (per-character folding, then whitespace
    collapse), also its path for the rare texts it does not vectorise."""
    astral = bool(raw) and not raw.isascii() and max(raw) > "\uffff"
    # pass 1: per-character folding
    if astral:
        parts, starts1 = [], []
        for i, c in enumerate(raw):
            f = _fold_char(c) if ord(c) > 0xFFFF else (c.translate(_TRANS))
            parts.append(f)
            starts1.extend([i] * len(f))
        t1 = "".join(parts)
    else:
        t1 = raw.translate(_TRANS)
        if len(t1) == len(raw) and not _IRREG_RE.search(raw):
            starts1 = range(len(raw))
        else:
            starts1 = []
            ext = starts1.extend
            prev = 0
            trans = _TRANS
            for m in _IRREG_RE.finditer(raw):
                s = m.start()
                if s > prev:
                    ext(range(prev, s))
                f = trans.get(ord(raw[s]))
                if f:
                    ext([s] * len(f))
                prev = s + 1
            ext(range(prev, len(raw)))
    # pass 2: whitespace collapse
    if "  " in t1:
        keep_text = []
        starts = []
        prev = 0
        for m in _SPACES_RE.finditer(t1):
            s = m.start() + 1
            keep_text.append(t1[prev:s])
            starts.extend(starts1[prev:s])
            prev = m.end()
        keep_text.append(t1[prev:])
        starts.extend(starts1[prev:])
        text = "".join(keep_text)
    else:
        text = t1
        starts = starts1
    starts = array("q", starts)
    starts.append(len(raw))
    return View(raw=raw, text=text, starts=starts)


# the folding table as arrays over the Basic Multilingual Plane: the code point each character
# becomes (itself when unchanged) and its kind: kept (0), dropped (1), or folded to several
# characters (2: presentation-form ligatures, which send a text to the reference path)
_NP_MAP = np.arange(0x10000, dtype=np.uint32)
_NP_KIND = np.zeros(0x10000, dtype=np.uint8)
for _o, _f in _TRANS.items():
    if _f is None:
        _NP_KIND[_o] = 1
    elif len(_f) == 1:
        _NP_MAP[_o] = ord(_f)
    else:
        _NP_KIND[_o] = 2
_NP_KIND[0xD800:0xE000] = 2  # (never met: a lone surrogate cannot be encoded)
_SPACE = ord(" ")


def normalize(raw: str) -> View:
    """Build the matching view of ``raw`` with its offset map.

    The same view as :func:`_normalize_reference`, computed on arrays: each code point is looked up
    in the folding table, dropped characters are removed (their raw index with them), and a space
    right after a space is removed (whitespace collapse keeps the first space of a run).
    """
    try:
        codes = np.frombuffer(raw.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # lone surrogates
        return _normalize_reference(raw)
    if not len(codes) or codes.max() > 0xFFFF:
        return _normalize_reference(raw)
    # (``take`` is ``a[indices]`` for in-range indices, without the general indexing machinery: about half the cost)
    kind = _NP_KIND.take(codes)
    if kind.any():
        if (kind == 2).any():
            return _normalize_reference(raw)
        idx = np.flatnonzero(kind == 0)
        folded = _NP_MAP.take(codes.take(idx))
    else:
        idx = np.arange(len(codes))
        folded = _NP_MAP.take(codes)
    space = folded == _SPACE
    dup = space[1:] & space[:-1]
    if dup.any():
        keep = np.ones(len(folded), dtype=bool)
        keep[1:] = ~dup
        folded = folded[keep]
        idx = idx[keep]
    starts = array("q", idx.astype(np.int64).tobytes())
    starts.append(len(raw))
    return View(raw=raw, text=folded.tobytes().decode("utf-32-le"), starts=starts)


def norm(s: str) -> str:
    """View text only (same mapping as :func:`normalize`)."""
    t = s.translate(_TRANS)
    if s and not s.isascii() and max(s) > "\uffff":
        t = _fold_astral(s).translate(_TRANS)
    return _SPACES_RE.sub(" ", t)


# ---------------------------------------------------------------------------
# spelling-tolerant patterns over raw text
# ---------------------------------------------------------------------------
# letters Arabic sources write for one another (the view folds each group to one letter): a pattern written
# with one of them matches the others in raw text too. Alef with madda (آ) is left out, and so are the Persian
# yeh and kaf: folded with the Arabic letters in patterns, Persian words would match Arabic ones («طی» 'during',
# «طي» 'folding'; «آن» 'that', «أن»). Persian text written with the Arabic letters is read through
# :func:`persian_reading` instead.
_LETTER_GROUPS = ("\u064a\u0649", "\u0627\u0623\u0625\u0671", "\u0647\u0629\u06c0")
_LETTER_CLASS = {c: g for g in _LETTER_GROUPS for c in g}
# a space written where Persian puts a ZWNJ: after the verb prefixes «می», «نمی»; before the plural «ها», «های», the
# comparative «تر», «ترین», the agent noun «کننده» («مذاکره کننده» is a negotiator, not talks) and the surname ending «پور»
# («صالحی پور» is one name, not Salehi); after a final «ه»,
# before «ای» and the verb endings «اند», «ام», «ایم», «اید»; around the «و» of the compounds «گفت‌وگو», «جست‌وجو»,
# «رفت‌وآمد», «گفت‌وشنود» («گفت وگو», «گفت و گو»: not «گفت» 'said' and a word); inside the dual nationality
# «ایرانی‌آمریکایی» (one person, not the two sides); inside the agent noun «معامله‌گر», «معامله‌گران» (traders, not a deal)
_FA_LETTER = "[\u0621-\u06cc]"
_FA_NOT_LETTER = "(?![\u0621-\u06cc\u200c])"
# (each branch starts with a letter or a space, which the regex engine scans for quickly; what must come before
# a match, a word's start or a letter, is checked in :func:`_joined_spaces`)
_PERSIAN_JOINS = re.compile(
    f"(?:نمی|می)( )(?={_FA_LETTER})"
    f"| (?:ها|های|هایی|هایش|هایشان|ترین|تر|کننده|کنندگان|پور){_FA_NOT_LETTER}"
    f"| (?:ای|اند|ام|ایم|اید){_FA_NOT_LETTER}"
    f"|(?:گفت|جست|رفت)( )?و( )?(?=(?:گو|جو|آمد|شنود)(?:ها|های|ی|یی)?(?!{_FA_LETTER}))"
    f"|ایرانی( )(?=(?:آمریکایی|امریکایی){_FA_NOT_LETTER})"
    f"|معامله( )(?=گر(?:ان|ی|ها|های)?{_FA_NOT_LETTER})"
)
_AFTER_HEH = frozenset(("ای", "اند", "ام", "ایم", "اید"))
_WORD_OPENERS = frozenset(" \t\n\r«\"(\u200c")


# _PERSIAN_JOINS in three patterns, one for each kind of branch, each opening with a literal that the re engine finds
# quickly (the one pattern opened with a space, «م», «ن» and «ر» among its first characters, and tried its branches at
# each): the prefix «می» (a match of «نمی» starts one character before), the suffixes after a space, the compounds
# from the «ت» of their first word. Their matches are those of _PERSIAN_JOINS, but for a suffix whose space is the one
# after «می» (the prefix's match takes it first): no other match of one can overlap a match of another.
_JOIN_PREFIX = re.compile(f"می( )(?={_FA_LETTER})")
_JOIN_SUFFIX = re.compile(f" (?:ها|های|هایی|هایش|هایشان|ترین|تر|کننده|کنندگان|پور|ای|اند|ام|ایم|اید){_FA_NOT_LETTER}")
_JOIN_COMPOUND = re.compile(f"ت(?<=گفت|جست|رفت)( )?و( )?(?=(?:گو|جو|آمد|شنود)(?:ها|های|ی|یی)?(?!{_FA_LETTER}))")
# the dual nationality «ایرانی‌آمریکایی» written apart («پزشک ایرانی آمریکایی»: one person, not the two sides)
_JOIN_DUAL = re.compile(f"ایرانی( )(?=(?:آمریکایی|امریکایی){_FA_NOT_LETTER})")  # (not «… ایرانی آمریکایی‌ها را»)
# the agent noun «معامله‌گر», «معامله‌گران» written apart ('traders', «معامله گران»: not a deal)
_JOIN_AGENT = re.compile(f"معامله( )(?=گر(?:ان|ی|ها|های)?{_FA_NOT_LETTER})")
# (each with a literal every match holds: the pattern runs only on a text that holds it)
_JOIN_WORDS = (("ایرانی ", _JOIN_DUAL), ("معامله گر", _JOIN_AGENT))


def _joined_spaces(t: str) -> list[int]:
    """The offsets of the spaces :data:`_PERSIAN_JOINS` finds that stand where Persian puts a ZWNJ, in order (found
    with the three patterns above)."""
    out = []
    for m in _JOIN_PREFIX.finditer(t):  # a prefix: at a word's start
        i = m.start()
        if i and t[i - 1] == "\u0646":  # «نمی»
            i -= 1
        prev = t[i - 1] if i else " "
        if prev in _WORD_OPENERS or prev.isspace():
            out.append(m.start(1))
    for m in _JOIN_SUFFIX.finditer(t):  # a suffix: after a letter, or after a final «ه» for «ای» and the verb endings
        i = m.start()
        if i >= 2 and t.startswith("می", i - 2):
            continue  # (the space of a prefix's match)
        prev = t[i - 1] if i else " "
        if (prev == "\u0647" if m.group()[1:] in _AFTER_HEH else "\u0621" <= prev <= "\u06cc"):
            out.append(i)
    for m in _JOIN_COMPOUND.finditer(t):  # a compound: at a word's start
        i = m.start() - 2
        prev = t[i - 1] if i else " "
        if prev in _WORD_OPENERS or prev.isspace():
            out.extend(m.start(g) for g in (1, 2) if m.start(g) >= 0)
    for key, pattern in _JOIN_WORDS:  # the dual nationality, the agent noun: at a word's start
        if key in t:
            for m in pattern.finditer(t):
                i = m.start()
                prev = t[i - 1] if i else " "
                if prev in _WORD_OPENERS or prev.isspace():
                    out.append(m.start(1))
    out.sort()
    return out


def persian_reading(raw: str) -> str:
    """``raw`` as Persian rules read it, one character for one (every offset is kept):
    the Arabic yeh, alef maqsura and kaf (ي ى ك, Persian typed on an Arabic keyboard or converted by an old
    system) written as the Persian ی and ک, and a space where Persian joins a prefix, a suffix or a compound
    with a ZWNJ («می شود», «گفت و گو ها», «هسته ای») written as that ZWNJ."""
    t = raw
    if "\u064a" in t or "\u0649" in t or "\u0643" in t:  # (str.replace: several times faster than str.translate)
        t = t.replace("\u064a", "\u06cc").replace("\u0649", "\u06cc").replace("\u0643", "\u06a9")
    if " " not in t:
        return t
    spaces = _joined_spaces(t)
    if not spaces:
        return t
    return _put_chars(t, spaces, ["\u200c"] * len(spaces))


def _put_chars(text: str, at: list[int], chars: list[str]) -> str:
    """``text`` with the character at each offset of ``at`` (increasing) replaced by the character of ``chars`` of
    the same index; built from slices (``list(text)`` of Arabic text makes one string object per character)."""
    parts = []
    last = 0
    for i, c in zip(at, chars):
        parts.append(text[last:i])
        parts.append(c)
        last = i + 1
    parts.append(text[last:])
    return "".join(parts)


_QUOTE_MARKS = re.compile('["\u201c\u201d\u201e\u201f]')


def paired_quotes(raw: str) -> str:
    """``raw`` with the straight and curly double quotes of each line (" “ ” „), when they pair up, written as
    the guillemets « » Arabic and Persian rules look for: opening, closing, opening… One character for one.
    In a line with an odd number of them, one at the line's start opens a quotation that runs on to the next
    paragraph and the others pair up; otherwise such a line is left as it is (an inch mark, a typo)."""
    if not ('"' in raw or "\u201c" in raw or "\u201d" in raw or "\u201e" in raw or "\u201f" in raw):
        return raw  # (no character of _QUOTE_MARKS: plain searches, faster than the pattern's class at every character)
    marks: list[int] = []  # the offsets of the quotes to write as guillemets, in order, and the guillemet of each
    chars: list[str] = []
    # (the offsets of the characters of _QUOTE_MARKS, by plain searches; each paragraph's, its slice of them)
    quotes = []
    for q in '"\u201c\u201d\u201e\u201f':
        i = raw.find(q)
        while i >= 0:
            quotes.append(i)
            i = raw.find(q, i + 1)
    quotes.sort()
    for a, b in paragraphs(raw):
        at = quotes[bisect_left(quotes, a) : bisect_left(quotes, b)]
        if not at or (len(at) % 2 and at[0] != a):
            continue
        if len(at) % 2:
            # a paragraph of a quotation that runs on to the next one opens with the mark and does not close
            marks.append(at.pop(0))
            chars.append("\u00ab")
        for k, i in enumerate(at):
            marks.append(i)
            chars.append("\u00bb" if k % 2 else "\u00ab")
    return _put_chars(raw, marks, chars) if marks else raw


def reading(raw: str, lang: str | None) -> str:
    """The text sentence rules read for ``raw``, one character for one: quotes paired as guillemets
    (:func:`paired_quotes`) and, in Persian, :func:`persian_reading`. Quotes of evidence are taken from
    ``raw`` at the same offsets."""
    t = paired_quotes(raw)
    return persian_reading(t) if lang == "fa" else t


_ZWNJ = "\u200c"
_QUANTIFIERS = "?*+{"
_MARKS = "[\u064b-\u0655\u0670\u0640]*"  # harakat, madda and hamza above or below, superscript alef, tatweel


def tolerant_pattern(pattern: str) -> str:
    """Rewrite a regular expression written for raw Arabic/Persian text so that it also matches the
    spellings Arabic sources use interchangeably: yeh and alef maqsura (ي ى), alef with or without
    hamza (ا أ إ ٱ), heh and teh marbuta (ه ة ۀ); and, outside lookbehinds, harakat and tatweel
    after any letter («عُقدت», «اجتماعاً», «أنّ») and a ZWNJ written as a space or left out («می‌شود»,
    «می شود», «میشود»).

    Each such letter becomes the class of its group (inside a class: the group's letters; a range's
    end is left alone). Every other construct is copied unchanged, so what the pattern matched it
    still matches at the same start (its end may take in a final letter's marks); inside a lookbehind
    letters keep their width, so lookbehinds stay fixed-width.
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    class_start = -1
    stack: list[bool] = []  # for each open group: is it a lookbehind?
    in_behind = 0
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            if pattern.startswith("u200c", i + 1) or pattern.startswith("u200C", i + 1):
                c, width = _ZWNJ, 6
            else:
                out.append(pattern[i : i + 2])
                i += 2
                continue
        else:
            width = 1
        nxt = pattern[i + width] if i + width < n else ""
        if in_class:
            if c == "]" and i > class_start:
                in_class = False
                out.append(c)
            elif c in _LETTER_CLASS and pattern[i - 1 : i] != "-" and nxt != "-":
                out.append(_LETTER_CLASS[c])
            else:
                out.append(pattern[i : i + width])
        elif c == "[":
            in_class = True
            class_start = i + 1 + (pattern[i + 1 : i + 2] == "^")
            out.append(c)
        elif c == "(":
            behind = pattern.startswith("(?<=", i) or pattern.startswith("(?<!", i)
            stack.append(behind)
            in_behind += behind
            out.append(c)
        elif c == ")":
            if stack and stack.pop():
                in_behind -= 1
            out.append(c)
        elif "\u0621" <= c <= "\u06d3" and not in_behind:
            # a letter, then any harakat or tatweel («عُقدت», «اجتماعاً», «أنّ», «المـفاوضات»)
            unit = ("[" + _LETTER_CLASS[c] + "]" if c in _LETTER_CLASS else c) + _MARKS
            out.append("(?:" + unit + ")" if nxt and nxt in _QUANTIFIERS else unit)
        elif c in _LETTER_CLASS:
            out.append("[" + _LETTER_CLASS[c] + "]")
        elif c == _ZWNJ and not in_behind:
            out.append("[\u200c ]" if nxt and nxt in _QUANTIFIERS else "[\u200c ]?")
        else:
            out.append(pattern[i : i + width])
        i += width
    return "".join(out)


# ---------------------------------------------------------------------------
# dictionary term variants
# ---------------------------------------------------------------------------
_BOUNDARY_RE = re.compile("[\u200c\u200d\\s]+")


def term_variants(term: str, max_boundaries: int = 6) -> set[str]:
    """Normalised variants of a term, tolerant to ZWNJ / space / no separator.

    Each ZWNJ or space inside the term may appear in text as nothing or as a
    space.  A part starting with the conjunction-like ``و`` (گفت‌وگو,
    جست‌وجو) after a space may also be written with a space after ``و``.
    """
    parts = [norm(p).strip() for p in _BOUNDARY_RE.split(term.strip())]
    parts = [p for p in parts if p]
    if not parts:
        return set()
    if len(parts) - 1 > max_boundaries:
        choices = [("",) * (len(parts) - 1), (" ",) * (len(parts) - 1)]
    else:
        choices = product(("", " "), repeat=len(parts) - 1)
    out = set()
    for seps in choices:
        base = [parts[0]]
        alt = [parts[0]]
        has_alt = False
        for sep, p in zip(seps, parts[1:]):
            base.append(sep + p)
            if sep == " " and len(p) > 1 and p[0] == "\u0648":
                alt.append(" \u0648 " + p[1:])
                has_alt = True
            else:
                alt.append(sep + p)
        out.add("".join(base))
        if has_alt:
            out.add("".join(alt))
    return out


# ---------------------------------------------------------------------------
# segmentation
# ---------------------------------------------------------------------------
_URL_EMAIL_RE = re.compile(
    r"(?:https?://|www\.)[^\s\"'«»<>()]+[^\s\"'«»<>().,;:!?؟،؛]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ir|gov|edu|info|io|co|uk|int)\b(?:/[^\s\"'«»<>()]*)?",
    re.IGNORECASE)
_ABBREV = {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc",
           "ltd", "co", "no", "gen", "col", "lt", "sgt", "rep", "sen", "gov",
           "e.g", "i.e", "approx", "jan", "feb", "mar", "apr", "jun", "jul",
           "aug", "sep", "sept", "oct", "nov", "dec", "fig", "p", "pp"}
# a run of sentence-final punctuation, or one line break (written so that the pattern starts with a
# character class, which the re engine scans for quickly; the same matches as "[.!?…]+|\n")
_TERM_RE = re.compile(r"[.!?\u061f\u061b;\u06d4\n](?:(?<!\n)[.!?\u061f\u061b;\u06d4]+)?")
_TERMINATORS = ".!?\u061f\u061b;\u06d4\n"  # (the class of _TERM_RE)
_RUN_TERMINATORS = frozenset(".!?\u061f\u061b;\u06d4")  # (what extends a run: all but the line break)


def _term_spans(raw: str) -> list[tuple[int, int]]:
    """``[m.span() for m in _TERM_RE.finditer(raw)]``: each terminator's places found with ``str.find`` (a C loop over
    the text, ~1–2 instructions a character) instead of the engine's test of every character against the class (~55),
    then the runs taken as the pattern takes them: from each place not inside the last run, one line break, or
    punctuation and the punctuation right after it."""
    places = []
    for c in _TERMINATORS:
        i = raw.find(c)
        while i >= 0:
            places.append(i)
            i = raw.find(c, i + 1)
    places.sort()
    out = []
    n = len(raw)
    end = 0
    for p in places:
        if p < end:
            continue  # (taken by the run before)
        end = p + 1
        if raw[p] != "\n":
            while end < n and raw[end] in _RUN_TERMINATORS:
                end += 1
        out.append((p, end))
    return out


_CLOSERS = "\"'»”’)]}›"
_LATIN_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_LATIN_BEFORE_DOT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.\n")
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")


def _is_arabic_letter(c: str) -> bool:
    """``_ARABIC_LETTER.match(c)`` for one character, by comparisons (a call of the pattern costs more)."""
    return "\u0620" <= c <= "\u064a" or "\u066e" <= c <= "\u06d3" or c == "\u06d5" or "\u06fa" <= c <= "\u06ff"


def _is_boundary(raw: str, s: int, e: int, protected) -> bool:
    tok = raw[s:e]
    if tok == "\n":
        return True
    if protected(s):
        return False
    if tok != ".":
        return True
    before = raw[s - 1] if s > 0 else ""
    after = raw[e] if e < len(raw) else ""
    # decimals and dotted numeric dates: 3.5, 10.01.2024
    if before.isdigit() and after.isdigit():
        return False
    # (the pattern ends at the dot, or before a line break just before it: skipped when neither can be)
    m = _LATIN_WORD_BEFORE.search(raw, max(0, s - 20), s) if before in _LATIN_BEFORE_DOT else None
    if m:
        word = m.group(1)
        start_ok = m.start() == 0 or not raw[m.start() - 1].isalpha()
        if start_ok:
            if len(word) == 1 or (len(word.replace(".", "")) <= 3 and "." in word):
                return False        # initials: U.S., J. Smith
            if word.lower().rstrip(".") in _ABBREV:
                return False
    # Arabic-script single letter + dot glued to the next letter: ه.ش ، ه.ق ، ق.م
    if after and _is_arabic_letter(after):
        j = s - 1
        while j >= 0 and raw[j] == "\u0640":
            j -= 1
        if j >= 0 and _is_arabic_letter(raw[j]) and (j == 0 or not _is_arabic_letter(raw[j - 1])):
            return False
    if after and after.isdigit() and not before.isspace():
        return False          # "1.5" style with Arabic digits etc.
    return True


# every match of _URL_EMAIL_RE contains one of these (its three alternatives' fixed parts)
_URL_EMAIL_HINT = re.compile(r"://|www\.|@|\.(?:com|org|net|ir|gov|edu|info|io|co|uk|int)\b", re.IGNORECASE)


# every match of _URL_EMAIL_HINT holds "://", "@", or a dot after w/W ("www.") or before a character that
# starts a domain ending under IGNORECASE (C E G I N O U, either case, İ ı): tested first, with plain searches
_URL_EMAIL_PRE = re.compile("\\.(?:(?<=[wW]\\.)|[CEGINOUcegnoiu\u0130\u0131])")


def _protected_spans(raw: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and domain names (no sentence boundary inside them)."""
    if not (("://" in raw or "@" in raw or _URL_EMAIL_PRE.search(raw)) and _URL_EMAIL_HINT.search(raw)):
        return []
    return [(m.start(), m.end()) for m in _URL_EMAIL_RE.finditer(raw)]


def sentences(raw: str) -> list[tuple[int, int]]:
    """Raw spans of sentences, stripped of surrounding whitespace."""
    prot = _protected_spans(raw)
    prot_starts = [a for a, _ in prot]

    def protected(i: int) -> bool:
        # the spans are sorted and disjoint: only the last one starting at or before i can hold i
        k = bisect_right(prot_starts, i) - 1
        return k >= 0 and i < prot[k][1]

    cuts = []
    n = len(raw)
    for s, e in _term_spans(raw):
        if raw[s] == "\n" or _is_boundary(raw, s, e, protected):  # (a line break always is: the test inlined)
            while e < n and raw[e] in _CLOSERS:
                e += 1
            cuts.append((s, e))
    spans = []
    prev = 0
    for s, e in cuts:
        if s < prev:
            continue
        end = e if raw[s] != "\n" else s
        spans.append((prev, end))
        prev = e
    spans.append((prev, len(raw)))
    out = []
    for a, b in spans:  # (_strip_span, inline)
        while a < b and (raw[a].isspace() or raw[a] in _INVISIBLE):
            a += 1
        while b > a and (raw[b - 1].isspace() or raw[b - 1] in _INVISIBLE):
            b -= 1
        if a < b:
            out.append((a, b))
    return out


_INVISIBLE = "\u200c\u200f\u200e\ufeff"  # stripped from spans' ends as whitespace is


def _strip_span(raw: str, a: int, b: int):
    while a < b and (raw[a].isspace() or raw[a] in _INVISIBLE):
        a += 1
    while b > a and (raw[b - 1].isspace() or raw[b - 1] in _INVISIBLE):
        b -= 1
    return (a, b) if a < b else None


_LINE_RE = re.compile(r"[^\r\n\u2028\u2029]+")


def _lines(raw: str):
    """The (start, end) of each match of _LINE_RE in ``raw``, in order: when the line feed is the only line break in
    ``raw`` (the common case), the runs between line feeds, found by plain searches (the pattern tests its negated
    class at every character)."""
    if "\r" in raw or "\u2028" in raw or "\u2029" in raw:
        for m in _LINE_RE.finditer(raw):
            yield m.span()
        return
    n = len(raw)
    find = raw.find
    a = 0
    while a < n:
        b = find("\n", a)
        if b < 0:
            b = n
        if b > a:
            yield a, b
        a = b + 1


def paragraphs(raw: str) -> list[tuple[int, int]]:
    """Raw spans of paragraphs: split on line breaks (blank lines included)."""
    out = []
    for a, b in _lines(raw):
        sp = _strip_span(raw, a, b)
        if sp:
            out.append(sp)
    return out


# ---------------------------------------------------------------------------
# language detection
# ---------------------------------------------------------------------------
# (letter evidence only from letters of one language: Persian text is often written with the Arabic yeh and kaf,
# ي ك, so they, and ی ک, decide only a tie; its function words are read in either spelling)
_FA_CHARS = re.compile("[\u067e\u0686\u0698\u06af\u06f0-\u06f9]")
_AR_CHARS = re.compile("[\u0629\u0660-\u0669]")
_FA_WORDS = re.compile(r"(?<!\S)(?:است|ا[یي]ن|را|[کك]ه|با|از|م[یي]|ها[یي]|شد|[کك]رد|بود)(?!\S)")
_AR_WORDS = re.compile(r"(?<!\S)(?:في|التي|الذي|على|إلى|أن|هذا|هذه|كان|قد|عن)(?!\S)")


def detect_lang(raw: str) -> str:
    """'fa' or 'ar' from script evidence (letters, digits, function words)."""
    sample = raw[:20000]
    fa = len(_FA_CHARS.findall(sample)) + 3 * len(_FA_WORDS.findall(sample))
    ar = len(_AR_CHARS.findall(sample)) + 3 * len(_AR_WORDS.findall(sample))
    if fa == ar:  # (a short text with neither: the yeh and kaf it is written with decide)
        fa, ar = sample.count("\u06cc") + sample.count("\u06a9"), sample.count("\u064a") + sample.count("\u0643")
    return "fa" if fa > ar else "ar"
