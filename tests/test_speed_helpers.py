"""The speed helpers added in the twenty-fourth session give the same results as the plain code they replace."""

from __future__ import annotations

import random

from pipeline import text as T


def test_lines_equal_line_pattern():
    """``_lines`` finds the spans ``_LINE_RE`` finds, with line feeds only and with the other line breaks."""
    rng = random.Random(24)
    alphabet = ["a", "ب", " ", "\n", "\n", "\t", "\u200c", "\r", "\u2028", "\u2029", "."]
    for k in range(3000):
        chars = alphabet if k % 2 else [c for c in alphabet if c not in "\r\u2028\u2029"]
        raw = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        assert list(T._lines(raw)) == [m.span() for m in T._LINE_RE.finditer(raw)], repr(raw)


def test_quote_check_equals_pattern():
    """``paired_quotes`` leaves a text alone exactly when ``_QUOTE_MARKS`` finds nothing in it."""
    for raw in ["", "بلا علامات", 'قال "نعم"', "“x”", "„x‟", "a\u201fb", "«x»"]:
        if not T._QUOTE_MARKS.search(raw):
            assert T.paired_quotes(raw) == raw
        else:
            assert any(c in raw for c in '"\u201c\u201d\u201e\u201f')


def test_arabic_letter_test_equals_pattern():
    """``_is_arabic_letter`` answers as ``_ARABIC_LETTER.match`` for every character of the Basic Multilingual Plane."""
    for code in range(0x10000):
        c = chr(code)
        assert T._is_arabic_letter(c) == bool(T._ARABIC_LETTER.match(c)), hex(code)
