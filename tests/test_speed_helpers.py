"""The speed helpers added in the twenty-fourth and twenty-fifth sessions give the same results as the plain code they
replace."""

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


def test_date_pattern_needs_are_in_every_match():
    """Every match of a date pattern with plain substrings in ``dates._NEEDS`` holds one of them (so a window without
    any holds no match), on the seeds and on texts written to match."""
    from pathlib import Path

    from pipeline import dates as D

    root = Path(__file__).resolve().parent.parent
    texts = [T.normalize(p.read_text(encoding="utf-8")).text for p in sorted((root / "seeds").glob("*.txt"))]
    texts += [T.normalize(t).text for t in (
        "في ۹۷/۵/۷ و 7/5/18 و12/3/99.", "التقيا في التاسع من الشهر نفسه ثم في 12 من الشهر ذاته", "في 3 و4 نفس الشهر",
        "في العاشر من ذات الشهر", "روزهای ۲۶ و ۲۷ همان ماه", "۲۶ همان ماه")]
    for pat, needs in D._NEEDS.items():
        found = 0
        for t in texts:
            for m in pat.finditer(t):
                found += 1
                assert any(k in m.group() for k in needs), (m.group(), needs)
        assert found, pat.pattern[:40]


def _joined_spaces_reference(t: str) -> list[int]:
    """``_joined_spaces`` as it was written with the one pattern ``_PERSIAN_JOINS``."""
    out = []
    for m in T._PERSIAN_JOINS.finditer(t):
        i = m.start()
        prev = t[i - 1] if i else " "
        if t[i] == " ":
            if (prev == "\u0647" if m.group()[1:] in T._AFTER_HEH else "\u0621" <= prev <= "\u06cc"):
                out.append(i)
        elif prev in T._WORD_OPENERS or prev.isspace():
            out.extend(m.start(g) for g in (1, 2, 3, 4, 5) if m.start(g) >= 0)
    return out


def test_joined_spaces_equal_the_one_pattern():
    """The three patterns of ``_joined_spaces`` find the spaces ``_PERSIAN_JOINS`` finds: on the seeds, the golden
    Persian items and random strings of the pieces its branches are made of."""
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    for g in sorted((root / "tests" / "golden").glob("*.yaml")):
        texts += [it["text"] for it in yaml.safe_load(g.read_text(encoding="utf-8")) or [] if it.get("lang") == "fa"]
    rng = random.Random(24)
    pieces = ["می", "نمی", " ", "  ", "ها", "های", "هایی", "ی", "ه", "تر", "ین", "ای", "اند", "ام", "اید", "گفت", "جست", "و", "گو",
              "جو", "رفت", "آمد", "شنود", "ن", "ک", "کننده", "گان", "\u200c", ".", "«", "س", "ر", "\n", "ایرانی", "آمریکایی", "معامله", "گر", "گران"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(40000)]
    found = 0
    for t in texts:
        want = _joined_spaces_reference(t)
        found += len(want)
        assert T._joined_spaces(t) == want, t
    assert found > 100


def test_other_hints_find_what_other_hint_finds():
    """The lexicon's ``other_hints`` (a pattern for each character) find, together, the places ``other_hint`` finds:
    on the golden items and on random strings of the hint pairs' characters."""
    from pathlib import Path

    import yaml

    from pipeline.extract import rules

    lex = rules.lexicon()
    assert lex.other_hints
    root = Path(__file__).resolve().parent.parent
    texts = []
    for g in sorted((root / "tests" / "golden").glob("*.yaml")):
        texts += [T.normalize(it["text"]).text for it in yaml.safe_load(g.read_text(encoding="utf-8")) or []]
    chars = sorted(set("".join(p.pattern for p in lex.other_hints)) | set("ab1 .-,'+هةۀس"))
    rng = random.Random(7)
    texts += ["".join(rng.choice(chars) for _ in range(rng.randint(0, 20))) for _ in range(20000)]
    found = 0
    for t in texts:
        want = [m.start() for m in lex.other_hint.finditer(t)]
        found += len(want)
        assert sorted(m.start() for p in lex.other_hints for m in p.finditer(t)) == want, t
    assert found


def test_paired_quotes_equal_the_pattern_per_paragraph():
    """``paired_quotes`` (the quote marks found by plain searches) writes the guillemets where reading each paragraph's
    marks with ``_QUOTE_MARKS`` does, on random texts of quote marks, words and line breaks."""

    def reference(raw):
        if not T._QUOTE_MARKS.search(raw):
            return raw
        marks, chars = [], []
        for a, b in T.paragraphs(raw):
            at = [m.start() for m in T._QUOTE_MARKS.finditer(raw, a, b)]
            if not at or (len(at) % 2 and at[0] != a):
                continue
            if len(at) % 2:
                marks.append(at.pop(0))
                chars.append("\u00ab")
            for k, i in enumerate(at):
                marks.append(i)
                chars.append("\u00bb" if k % 2 else "\u00ab")
        return T._put_chars(raw, marks, chars) if marks else raw

    rng = random.Random(3)
    pieces = ['"', "\u201c", "\u201d", "\u201e", "\u201f", "«", "كلمة", " ", "\n", "\n\n", "\r\n", " \u2029", "."]
    for _ in range(20000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert T.paired_quotes(raw) == reference(raw), repr(raw)


def _golden_views() -> list[str]:
    """The view text of every golden and held-out item, read as Arabic and as Persian."""
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent
    out = []
    for folder in ("golden", "heldout"):
        for g in sorted((root / folder).glob("*.yaml")):
            for it in yaml.safe_load(g.read_text(encoding="utf-8")) or []:
                out += [T.normalize(T.reading(it["text"], lang)).text for lang in ("ar", "fa")]
    return out


def test_spoke_at_keys_are_in_every_match():
    """``_spoke_at`` tries its two patterns only in a sentence whose view holds one of ``_SPOKE_KEYS``: every match of
    ``_DELIVERED_SPEECH`` and ``_FA_SPOKE`` holds one (on the golden and held-out items and written variants), and the
    gated function answers as the two patterns do on random windows."""
    from pipeline.extract import rules

    texts = [T.normalize(t).text for t in (
        "ظریف و کری دیروز در اجلاس امنیتی مونیخ سخنرانی کردند.", "سخنرانی خود را ایراد کرد", "نطق کرد", "ألقى الوزيران كلمتين",
        "ألقيا كلمتيهما", "ألقت كلمة", "ألقوا خطابا", "يلقي الرئيس خطابه", "خاطب مجلس الأمن", "يخاطب الجمعية", "تحدثت فيها",
        "تحدثوا أمامه", "هر دو سخن گفتند", "با کری سخن گفت", "وقد سخن گفته است")] + _golden_views()
    found = 0
    for t in texts:
        for pattern in (rules._DELIVERED_SPEECH, rules._FA_SPOKE):
            for m in pattern.finditer(t):
                found += 1
                assert rules._holds_any(m.group(), rules._SPOKE_KEYS), m.group()
    assert found >= 15

    def reference(text, vs, ve):
        if rules._DELIVERED_SPEECH.search(text, vs, ve):
            return True
        m = rules._FA_SPOKE.search(text, vs, ve)
        return m is not None and not rules._WITH_NEAR.search(text, max(vs, m.start() - 30), m.start())

    rng = random.Random(25)
    for t in texts:
        for _ in range(4):
            vs = rng.randint(0, len(t))
            ve = rng.randint(vs, len(t))
            assert rules._spoke_at(t, vs, ve) == reference(t, vs, ve), (t, vs, ve)
        assert rules._spoke_at(t, 0, len(t)) == reference(t, 0, len(t)), t


def test_shared_triggers_give_each_automatons_matches():
    """The rule extractor's one pass (``rules._VIEW_KEYS_AC``, built by ``dates.shared_triggers``, or the lexicon's pass
    over the spaced text in ``scan``) gives the date triggers ``dates._TRIG`` gives and the outlet keys
    ``rules._OUTLET_KEY_AC`` gives, each in its own order, and ``find_dates`` reading those triggers finds what it finds
    alone: on the seeds, the golden items and random strings of the keys' pieces (and of first words of names)."""
    from pathlib import Path

    import yaml

    from pipeline import dates as D
    from pipeline.extract import rules

    root = Path(__file__).resolve().parent.parent
    raws = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    for g in sorted((root / "tests" / "golden").glob("*.yaml")):
        raws += [it["text"] for it in yaml.safe_load(g.read_text(encoding="utf-8")) or []]
    rng = random.Random(26)
    keys = [k for k, _ in D._TRIG.items()] + list(rules._OUTLET_KEYS)
    pieces = keys + [k[: len(k) // 2] for k in keys] + [k[len(k) // 2 :] for k in keys] + [" ", " ", "،", ".", "و", "ال", "\u200c"]
    raws += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    lex = rules.lexicon()
    names = [k[1:] for k in lex.first_words][:300]  # (some first words of names of several words, for scan's pass)
    raws += ["".join(rng.choice(pieces + names) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    found, multiword_pass = [0, 0], [0, 0]
    for i, raw in enumerate(raws):
        view = T.normalize(raw)
        triggers, outlet = [], []
        for end, (t, n) in rules._VIEW_KEYS_AC.iter(view.text):
            if t is not None:
                triggers.append((end, t))
            if n is not None:
                outlet.append(end - n + 1)
        assert triggers == list(D._TRIG.iter(view.text)), raw
        assert outlet == [end - n + 1 for end, n in rules._OUTLET_KEY_AC.iter(view.text)], raw
        # (and scan finds them in its pass over the spaced text, with the names of several words, or in the view's)
        found_by_scan: tuple[list, list] = ([], [])
        for lang in ("ar", "fa"):
            found_by_scan = ([], [])
            assert rules.scan(view, lex, lang, found_by_scan) == rules.scan(view, lex, lang), raw
            assert found_by_scan == (triggers, outlet), raw
        multiword_pass[not lex.first_words.isdisjoint(rules._spaced(view.text).split(" "))] += 1
        found[0] += len(triggers)
        found[1] += len(outlet)
        if i < 600 or i % 50 == 0:  # (find_dates is slower: the real texts and a sample of the random ones)
            for lang in ("ar", "fa"):
                assert D.find_dates(raw, lang, None, view, triggers=triggers) == D.find_dates(raw, lang, None, view), raw
    assert found[0] > 1000 and found[1] > 100
    assert min(multiword_pass) > 100  # (both ways of scan were tried)


def test_spaced_equals_the_pattern():
    """``rules._spaced`` (a table lookup with ``take``) is ``_NON_WORD.sub(" ", text)``: on random texts of letters,
    marks, digits, punctuation and spaces of both scripts, and of any characters."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from pipeline.extract import rules

    alphabet = "ابتةيیکك\u064b\u0652\u0640\u200c\u200d«»،؛.-_ \n1۱١aZé\u00a0\ufeff"

    @settings(max_examples=400, deadline=None)
    @given(st.one_of(st.text(alphabet=alphabet, max_size=50), st.text(max_size=30)))
    def check(t):
        assert rules._spaced(t) == rules._NON_WORD.sub(" ", t)

    check()


def test_republished_gate_holds_every_match():
    """``_may_be_republished`` is true of every text ``_REPUBLISHED`` finds a match in (the written forms, the golden and
    held-out items, and random texts of its words and letters)."""
    from pipeline.extract import rules

    written = [T.normalize(t).text for t in (
        "نُشر هذا التقرير لأول مرة يوم الأربعاء 15 تموز/يوليو 2015", "نشرت هذه المقالة للمرة الأولى", "نشر لأول مرة", "نشرت اول مرة في",
        "النشر الأول: 3 آذار", "تاريخ النشر الأصلي 2019", "گزارشی را که نخستین بار در ۲۴ تیر ۱۳۹۴ منتشر شد", "برای اولین بار در",
        "اولینبار در", "انتشار نخست: ۱۳۹۹", "تاریخ انتشار نخست")]
    found = 0
    for t in written + _golden_views():
        if rules._REPUBLISHED.search(t):
            found += 1
            assert rules._may_be_republished(t), t
    assert found >= len(written)
    words = ["نشر", "نشرت", "هذا", "التقریر", "لاول", "مره", "للمره", "الاولی", "اول", "النشر", "الاول", "تاریخ", "الاصلی", "برای",
             "نخستین", "اولین", "بار", "در", "انتشار", "نخست", "و", "ال", ""]
    rng = random.Random(27)
    for _ in range(20000):
        t = rng.choice(["", " "]).join(rng.choice(words) + rng.choice([" ", "  ", "", "\n", "،"]) for _ in range(rng.randint(1, 8)))
        if rules._REPUBLISHED.search(t):
            assert rules._may_be_republished(t), t



def test_month_range_matches_hold_a_year_or_an_end_word():
    """Every match of ``P_MRANGE`` holds 4 digits or one of ``dates._MRANGE_ENDS`` (so it is looked for only in the
    month windows holding either), on the seeds and on ranges written with each ending it reads."""
    from pathlib import Path

    from pipeline import dates as D

    root = Path(__file__).resolve().parent.parent
    texts = [T.normalize(p.read_text(encoding="utf-8")).text for p in sorted((root / "seeds").glob("*.txt"))]
    ranges = ["بين يناير ومارس", "من أبريل إلى مايو", "بين حزيران/يونيو وتموز/يوليو", "از فروردین تا خرداد", "تیر و مرداد ماه", "آذر-دی"]
    ends = [" 2024", " ۱۴۰۲", " من عام 2015", " الماضيين", " الماضيتين", " الفائت", " المنصرم", " گذشته", " همان سال", " نفس العام",
            " العام نفسه", " من العام نفسه", " ذلك العام", " آن سال", " السنة نفسها", " من السنة نفسها"]
    texts += [T.normalize(f"وقال إنه {r}{end} التقى الوفدان.").text for r in ranges for end in ends]
    found = without_year = 0
    for t in texts:
        for m in D.P_MRANGE.finditer(t):
            found += 1
            if not D._FOUR_DIGITS.search(m.group()):
                without_year += 1
                assert any(k in m.group() for k in D._MRANGE_ENDS), m.group()
    assert found > 20 and without_year > 20, (found, without_year)


def _random_matches(rng: random.Random, pattern, words: list[str], rounds: int, sizes: tuple[int, int], seps: list[str]):
    """The (raw, view text) of those of ``rounds`` random texts (``sizes`` of ``words`` with marks, joined by one of
    ``seps``) whose view ``pattern`` matches: what a key gate's test checks holds a key."""
    for _ in range(rounds):
        parts = [_with_marks(rng, rng.choice(words)) for _ in range(rng.randint(*sizes))]
        raw = rng.choice(seps).join(parts)
        v = T.normalize(raw).text
        if pattern.search(v):
            yield raw, v


def _with_marks(rng: random.Random, word: str) -> str:
    """``word`` with harakat, tatweel or madda after some of its letters (the raw spellings ``_rx`` patterns read)."""
    return "".join(c + "".join(rng.choice("\u064e\u064f\u0650\u0651\u0652\u064b\u0640\u0653\u0670") for _ in range(rng.choice((0, 0, 0, 1, 2))))
                   for c in word)


def test_described_deal_keys_are_in_every_match():
    """``_DESCRIBED_KEY`` and ``_AS_BEING_KEY`` find something in every window where ``_DESCRIBED_DEAL`` or ``_AS_BEING``
    (searched first in ``_deal_as_object``) find a match: on the written forms, every verb of the patterns with marks and
    other spellings, and random texts of their words."""
    from pipeline.extract import rules

    verbs = ["وصف", "وصفت", "يصف", "تصف", "انتقد", "انتقدت", "ينتقد", "تنتقد", "هاجم", "هاجمت", "يهاجم", "تهاجم", "یصف", "ینتقد", "یهاجم"]
    being = ["بأنه", "بأنها", "بانه", "بانها", "بإنه", "بانة"]
    words = ["ترامب", "الرئيس", "الاتفاق", "من", "أسوأ", "الصفقات", "بال", "ال", "و", "ف", "صفقة", "جمهورية", "نصف", "،", "."]
    rng = random.Random(30)
    found = [0, 0]
    for k in range(20000):
        parts = [rng.choice(words) for _ in range(rng.randint(0, 6))]
        parts.insert(rng.randint(0, len(parts)), rng.choice(["", "و", "ف"]) + _with_marks(rng, rng.choice(verbs)))
        if k % 2:
            parts.insert(rng.randint(0, len(parts)), _with_marks(rng, rng.choice(being)))
        t = rng.choice([" ", "  ", "\u00a0"]).join(parts) + rng.choice([" ", " ال", " بال", " الاتفاق", ""])
        at = rng.randint(0, len(t))
        lo = max(0, at - rules.DEAL_GAP_REACH)
        if rules._DESCRIBED_DEAL.search(t, lo, at):
            found[0] += 1
            assert rules._DESCRIBED_KEY.search(t, lo, at), t[lo:at]
        if rules._AS_BEING.search(t, lo, at):
            found[1] += 1
            assert rules._AS_BEING_KEY.search(t, lo, at), t[lo:at]
    assert min(found) > 500, found


def test_company_stem_gate():
    """Every match of ``_COMPANY_BEFORE`` holds ``_COMPANY_STEM`` (so a state is tried only where it starts in its
    window), and ``_starts_of`` gives every start of a key, overlapping ones included."""
    from pipeline.extract import rules

    words = [T.normalize(w).text for w in ("شرکت", "شركة", "الشركة", "شرکت‌های", "شركات", "وشركة", "بشرکت", "لشركات")]
    names = [T.normalize(w).text for w in ("نفت", "إيران", "للطيران", "بوينغ", "الأمريكية", "ملی", "", "شرکت")]
    rng = random.Random(30)
    found = 0
    for _ in range(5000):
        t = " ".join([rng.choice(names)] + [rng.choice(words + names) for _ in range(rng.randint(1, 5))]) + " "
        for m in rules._COMPANY_BEFORE.finditer(t):
            found += 1
            assert rules._COMPANY_STEM in m.group(), m.group()
        for key in (rules._COMPANY_STEM, "ا", "اا", "ش"):
            assert rules._starts_of(t, key) == [i for i in range(len(t)) if t.startswith(key, i)]
    assert found > 500
    assert all(k.startswith(rules._COMPANY_STEM) for k in rules._COMPANY_KEYS)
    assert rules._starts_of("aaaa", "aa") == [0, 1, 2] and rules._starts_of("", "a") == []



def test_every_with_and_arrival_keys():
    """``_EVERY_KEY`` and ``_WITH_KEY`` find something in every window where ``_EVERY`` or ``_WITH_BEFORE`` find a match
    (on random texts of their words, with marks and other spellings), and ``_split_arrival_matches`` gives the matches
    ``_SPLIT_ARRIVAL.finditer`` gives."""
    from pipeline.extract import rules

    rng = random.Random(31)
    every = ["كل", "كلّ", "کل", "هر", "بعض", "برخی", "بعضی", "برخي", "بعضي"]
    dem = ["", "تلك", "هذه", "ذلك", "این", "آن", "از این", "از آن"]
    withs = ["با", "مع", "with", "بأ", "همراه با"]
    titles = ["دولت", "حكومة", "نظيره", "همتای", "رئيس", "وزیر", "امور خارجه", "ولي العهد", "مقام‌های", "مقامات", "ملك"]
    words = ["قطر", "الجولة", "دیدار", "و", "ف", "ال", "العماني", "،", ".", "مع", "با", "هر", "کلی", "بعضها", "لقاء"]
    found = [0, 0]
    for _ in range(20000):
        parts = [rng.choice(words) for _ in range(rng.randint(0, 5))]
        parts.insert(rng.randint(0, len(parts)), rng.choice(["", "و", "ف"]) + _with_marks(rng, rng.choice(every)) + " " + rng.choice(dem))
        parts.insert(rng.randint(0, len(parts)), _with_marks(rng, rng.choice(withs)) + " " + " ".join(rng.choice(titles) for _ in range(rng.randint(0, 2))))
        t = rng.choice([" ", "  ", "\n", "\u00a0"]).join(parts) + rng.choice([" ", " ال", ""])
        at = rng.randint(0, len(t))
        lo = max(0, at - rng.choice((16, 40)))
        if rules._EVERY.search(t, lo, at):
            found[0] += 1
            assert rules._EVERY_KEY.search(t, lo, at), t[lo:at]
        if rules._WITH_BEFORE.search(t, lo, at):
            found[1] += 1
            assert rules._WITH_KEY.search(t, lo, at), t[lo:at]
        assert rules._with_before(t, lo, at) == (rules._WITH_BEFORE.search(t, lo, at) is not None)
    assert min(found) > 500, found

    verbs = ["وارد", "عازم", "وَارِد", "عـازم", "وأرد", "عإزم", "واردات"]
    middle = ["تهران", "ایران", "مسقط", "ژنو", "آب‌های", "شد", "شدند", "شده", "و", "،", "«", "وارد", "عازم", "؟"]
    found = 0
    for _ in range(5000):
        t = " ".join(rng.choice(verbs + middle + middle) for _ in range(rng.randint(1, 14)))
        want = [(m.span(), m.groups()) for m in rules._SPLIT_ARRIVAL.finditer(t)]
        found += len(want)
        assert [(m.span(), m.groups()) for m in rules._split_arrival_matches(t)] == want, t
    assert found > 1000, found


def test_resumed_received_and_dated_keys():
    """``_RESUMED_KEY``, ``_RECEIVED_KEY`` and ``_DOCUMENT_DATED_KEY`` find something in every window where ``_RESUMED``,
    ``_RECEIVED`` or ``_DOCUMENT_DATED`` find a match (their words with marks and other spellings, in random texts), and
    ``_resumed`` answers as ``_RESUMED``."""
    from pipeline.extract import rules

    groups = [
        (rules._RESUMED, rules._RESUMED_KEY, ["استؤنفت", "استئناف", "تستأنف", "استأنف", "ستستأنف", "از سر گرفته", "ازسرگیری", "از سرگیری"]),
        (rules._RECEIVED, rules._RECEIVED_KEY, ["استقبل", "استقبلت", "يستقبل", "یستقبل", "تستقبل", "استقبلا", "استقبلوا", "وإستقبل", "فاستقبلت"]),
        (rules._DOCUMENT_DATED, rules._DOCUMENT_DATED_KEY, ["صادر", "الصادرة", "مؤرخ", "المؤرخة", "مؤرّخ", "مؤرّخة", "منشور", "المنشورة",
                                                           "مورخ", "مورخه", "صادره", "صادرشده", "صادر شده", "منتشرشده", "منتشر شده"]),
    ]
    after = ["", "في", "يوم", "عام", "سنة", "العام", "در", "به تاریخ", "سال", "في يوم"]
    words = ["الرئيس", "المحادثات", "و", "،", ".", "مذاکرات", "رسالة", "ستة", "قبل", "سر", "گرفته"]
    rng = random.Random(32)
    found = [0, 0, 0]
    for _ in range(20000):
        for g, (pattern, key, forms) in enumerate(groups):
            parts = [rng.choice(words) for _ in range(rng.randint(0, 4))]
            parts.insert(rng.randint(0, len(parts)), rng.choice(["", "و", "ف"]) + _with_marks(rng, rng.choice(forms)) + " " + rng.choice(after))
            t = rng.choice([" ", "  ", "\n"]).join(parts) + rng.choice([" ", ""])
            e = rng.randint(0, len(t))
            s = max(0, e - rng.choice((24, 60, len(t))))
            if pattern.search(t, s, e):
                found[g] += 1
                assert key.search(t, s, e), t[s:e]
            if g == 0:
                assert rules._resumed(t, s, e) == (pattern.search(t, s, e) is not None)
    assert min(found) > 500, found


def test_resume_about_and_view_keys():
    """``_TO_RESUME_KEY`` and ``_ABOUT_KEY`` find something in every raw window where ``_TO_RESUME`` or ``_ABOUT_BARE`` find
    a match; on the view of random texts (marks and other spellings folded), every match of ``_SIDELINES``,
    ``_DELEGATION``, ``_INVITED_TO``, ``_WENT_ON`` and ``_WENT_ON_BEFORE`` holds one of their keys, and ``_sidelines`` and
    ``_delegation`` answer as the patterns."""
    from pipeline.extract import rules

    rng = random.Random(33)
    raw_groups = [
        (rules._TO_RESUME, rules._TO_RESUME_KEY, ["لاستئناف", "من أجل إحياء", "بهدف احياء", "سعيا لبدء", "سعياً لإطلاق", "لاطلاق", "لإحياء",
                                                  "برای ازسرگیری", "به منظور از سرگیری", "با هدف احیای", "برای آغاز", "برای شروع"], ["", "ال"]),
        (rules._ABOUT_BARE, rules._ABOUT_KEY, ["درباره", "در مورد", "در باب", "ودرباره"], [""]),
    ]
    words = ["المفاوضات", "مذاکرات", "و", "،", ".", "در", "حيا", "آغازین", "برای"]
    found = [0, 0]
    for _ in range(20000):
        for g, (pattern, key, forms, tails) in enumerate(raw_groups):
            parts = [rng.choice(words) for _ in range(rng.randint(0, 3))]
            parts.append(_with_marks(rng, rng.choice(forms)))
            t = " ".join(parts) + rng.choice([" ", "  ", "\n"]) + rng.choice(tails)
            e = len(t) - rng.choice((0, 0, 1, 2))
            s = max(0, e - rng.choice((8, 24)))
            if pattern.search(t, s, e):
                found[g] += 1
                assert key.search(t, s, e), t[s:e]
    assert min(found) > 500, found

    view_words = ["در حاشیه", "على هامش", "وعلى هامش", "جلسات", "محادثات", "الجولة", "نشست", "وفد", "الوفد", "وفدا", "وفود", "وفدين",
                  "هیئت", "هيأت", "هیات", "هیئتی", "دعوة", "دعاه", "يدعو", "لحضور", "للمشاركة في", "دعوت", "برای", "شرکت در",
                  "ادامه یافت", "ادامه پیدا کرد", "استمرت", "تواصلت", "المحادثات", "گفت‌وگوها", "و", "،", ".", "ال", "إيران"]
    found = 0
    for _ in range(6000):
        v = T.normalize(" ".join(_with_marks(rng, rng.choice(view_words)) for _ in range(rng.randint(1, 10)))).text
        lo = rng.randint(0, len(v))
        hi = rng.randint(lo, len(v))
        for m in rules._SIDELINES.finditer(v):
            found += 1
            assert any(k in m.group() for k in rules._SIDELINES_KEYS), m.group()
        for m in rules._DELEGATION.finditer(v):
            found += 1
            assert any(k in m.group() for k in rules._DELEGATION_KEYS), m.group()
        for m in rules._INVITED_TO.finditer(v):
            found += 1
            assert rules._INVITE_KEY in m.group(), m.group()
        for pattern in (rules._WENT_ON, rules._WENT_ON_BEFORE):
            for m in pattern.finditer(v):
                found += 1
                assert any(k in m.group() for k in rules._WENT_ON_KEYS), m.group()
        want = rules._SIDELINES.search(v, lo, hi)
        got = rules._sidelines(v, lo, hi)
        assert (got and got.span()) == (want and want.span())
        assert rules._delegation(v, lo, hi) == (rules._DELEGATION.search(v, lo, hi) is not None)
    assert found > 2000, found


def test_thanked_gate_equals_pattern():
    """``_thanked`` answers as ``_THANKED.match`` after random points of random raw texts holding its words of thanks with
    marks, other spellings, ligatures, invisible characters and line breaks."""
    from pipeline.extract import rules

    rng = random.Random(34)
    thanks = ["تشکر کرد", "قدردانی کردند", "سپاسگزاری گفت", "تبریک گفتند", "تسلیت کرد", "شكر", "شكرت", "هنأ", "هنأت", "عزى", "عزي",
              "هنا", "تشكر کرد", "شکر", "عزیز"]
    words = ["پیام", "رسالة", "في", "از", "همه", "طرف‌ها", "و", "،", ".", "؛", "\n", "الرئيس", "\u200c", "\ufefb", "  ", "\u200f", "x"]
    found = 0
    for _ in range(6000):
        parts = [rng.choice(words) for _ in range(rng.randint(0, 25))]
        for _ in range(rng.randint(1, 2)):
            parts.insert(rng.randint(0, len(parts)), _with_marks(rng, rng.choice(thanks)))
        raw = rng.choice([" ", " ", "  ", ""]).join(parts)
        view = T.normalize(raw)
        for at in {rng.randint(0, len(raw)) for _ in range(6)} | {0}:
            want = rules._THANKED.match(raw, at) is not None
            found += want
            assert rules._thanked(raw, view, at) == want, (raw, at)
    assert found > 2000, found


def test_no_doubt_keys_hold_every_match():
    """Every match of ``_NO_DOUBT`` in the view of random raw texts (its words with marks, ZWNJ, spacing and other
    spellings) holds one of ``_NO_DOUBT_KEYS``: the gate that searches the pattern only in a document holding a key
    loses no match."""
    from pipeline.extract import rules

    rng = random.Random(30)
    words = ["لا", "ولا", "بلا", "شك", "شک", "ريب", "ریب", "ريبة", "شکی", "تردید", "تردیدی", "وجود", "نیست", "ندارد", "پزشک",
             "تقریباً", "أن", "که", "،", ".", "\u200c", "  ", "\n", "x"]
    found = 0
    for raw, v in _random_matches(rng, rules._NO_DOUBT, words, 6000, (1, 12), [" ", " ", "  ", "\u200c", ""]):
        found += 1
        assert any(k in v for k in rules._NO_DOUBT_KEYS), raw
    assert found > 500, found


def test_no_doubt_equals_pattern_search():
    """``_no_doubt`` (the pattern tried only at its keys) answers as ``_NO_DOUBT.search`` on the view of random raw texts of
    its words with marks, ZWNJ, spacing, prefixes and other spellings."""
    from pipeline.extract import rules

    rng = random.Random(31)
    words = ["لا", "ولا", "بلا", "شك", "شک", "ريب", "ریب", "ريبة", "شکی", "تردید", "تردیدی", "وجود", "نیست", "ندارد", "پزشک",
             "تقریباً", "أن", "که", "،", ".", "\u200c", "  ", "\n", "x", "و", "ب", "فلا", "لاشك"]
    found = [0, 0]
    for _ in range(8000):
        parts = [_with_marks(rng, rng.choice(words)) for _ in range(rng.randint(1, 12))]
        raw = rng.choice([" ", " ", "  ", "\u200c", ""]).join(parts)
        v = T.normalize(raw).text
        want = rules._NO_DOUBT.search(v) is not None
        found[want] += 1
        assert rules._no_doubt(v) == want, raw
    assert min(found) > 1000, found


def test_outlet_before_window():
    """``_not_outlets`` drops the same hits as the plain version it replaces (``_OUTLET_NAME`` tried around every state or
    place, ``_OUTLET_BEFORE`` searched from OUTLET_REACH before each state wherever a key or the bare «إعلام» starts
    there), on random views of press nouns, outlets' names, words, prepositions, states and places; and
    ``_after_spaces`` is the index after the n-th space counted back."""
    from bisect import bisect_left

    from pipeline.extract import rules

    def plain(text, hits, keys):
        ordered, n = sorted(keys), len(keys)

        def outlet(h):
            lo = max(0, h.vstart - rules.OUTLET_REACH)
            if any(m.start() <= h.vstart and h.vend <= m.end()
                   for m in rules._OUTLET_NAME.finditer(text, max(0, h.vstart - rules.OUTLET_NAME_TAIL), h.vend + rules.OUTLET_NAME_TAIL)):
                return True
            return h.cat == "state" and (
                ((j := bisect_left(ordered, lo)) < n and ordered[j] < h.vstart) or text.find(rules._BARE_PRESS_NOUN, lo, h.vstart) >= 0
            ) and rules._OUTLET_BEFORE.search(text, lo, h.vstart) is not None

        return [h for h in hits if h.cat not in ("state", "place") or not (
            (k := bisect_left(keys, h.vstart - rules.OUTLET_REACH)) < n and keys[k] < h.vend + rules.OUTLET_NAME_TAIL and outlet(h))]

    nouns = ["صحيفة", "الصحيفة", "وصحف", "جريدة", "مجلة", "الإعلام", "وإعلام", "إعلام", "وسائل الإعلام", "وسائل إعلام", "تلفزيون",
             "وكالة الأنباء", "وكالة أنباء", "وكالة للأنباء", "موقع إخباري", "الموقع الإلكتروني", "روزنامه", "رسانه‌های", "خبرگزاری",
             "نشریه", "پایگاه خبری", "سایت خبری", "رادیو", "صداوسیما"]
    words = ["رسمی", "عمان", "إسرائيلية", "عن", "من", "في", "از", "به", "و", "نقلا", "الرسمية", "«", "(", ".", "،", ":", "x", "الكبيرة",
             "واشنطن بوست", "نیویورک تایمز", "قالت", "ذكرت"]
    states = ["إيران", "ایران", "أمريكا", "عمان", "قطر", "واشنطن", "نيويورك", "واشنگتن", "نیویورک", "الجزيرة", "العربية", "بوست"]
    rng = random.Random(31)
    dropped = named = 0
    for _ in range(4000):
        parts = [rng.choice(words + nouns + states) for _ in range(rng.randint(1, 14))]
        for _ in range(rng.randint(1, 3)):
            parts.insert(rng.randint(0, len(parts)), rng.choice(nouns))
        raw = rng.choice([" ", " ", "  ", "\n", "\u00a0 "]).join(parts)
        text = T.normalize(raw).text
        hits = []
        for s in states:
            v = T.normalize(s).text
            i = text.find(v)
            while i >= 0:
                hits.append(rules.Hit(rng.choice(["state", "state", "place", "cue"]), s, i, i + len(v), v))
                i = text.find(v, i + 1)
        keys = [end - ln + 1 for end, ln in rules._OUTLET_KEY_AC.iter(text)]
        want = plain(text, hits, keys)
        dropped += len(hits) - len(want)
        named += any(m.start() <= h.vstart and h.vend <= m.end() for h in hits for m in rules._OUTLET_NAME.finditer(text))
        assert rules._not_outlets(text, hits, keys) == want, raw
    assert dropped > 1000 and named > 500, (dropped, named)
    for name in rules._NEWS_OUTLETS:  # (a match of _OUTLET_NAME is a whole name, so its text is in _OUTLET_NAME_PARTS)
        v = T.normalize(name).text
        assert rules._OUTLET_NAME.fullmatch(v) and v in rules._OUTLET_NAME_PARTS, name
    rng = random.Random(32)
    for _ in range(2000):
        t = "".join(rng.choice("ab  ") for _ in range(rng.randint(0, 20)))
        lo, end = sorted(rng.randint(0, len(t)) for _ in range(2))
        n = rng.randint(1, 6)
        sp = [i for i in range(lo, end) if t[i] == " "]
        assert rules._after_spaces(t, lo, end, n) == (sp[-n] + 1 if len(sp) >= n else lo)


def test_stay_length_keys_hold_every_match():
    """Every match of ``_STAY_LENGTH`` in the view of random raw texts (its words with marks, ZWNJ, spacing and digits)
    holds one of ``_STAY_LENGTH_KEYS``."""
    from pipeline.extract import rules

    rng = random.Random(31)
    words = ["استمرت", "دامت", "استغرقت", "لمدة", "على", "مدى", "على مدى", "يومين", "ثلاثة", "أيام", "أربعة", "خمسة", "دو", "سه", "چهار",
             "پنج", "۲", "۳", "4", "روزه", "‌روزه", "سفر", "زيارة", "،", ".", "x"]
    found = 0
    for raw, v in _random_matches(rng, rules._STAY_LENGTH, words, 12000, (1, 10), [" ", " ", "  ", "‌", ""]):
        found += 1
        assert any(k in v for k in rules._STAY_LENGTH_KEYS), raw
    assert found > 500, found


def test_only_greetings_keys_hold_every_match():
    """Every match of ``_ONLY_GREETINGS`` in the view of random raw texts (its words with marks, ZWNJ and spacing) holds
    one of ``_GREETING_KEYS`` and one of ``_ONLY_GREETINGS_KEYS``."""
    from pipeline.extract import rules

    rng = random.Random(31)
    words = ["جز", "بجز", "غیر از", "غير", "یک", "سلام و", "احوال‌پرسی", "احوال پرسی", "تعارف", "تعارفات", "سلام", "دست دادن", "رد و بدل نشد",
             "نشد", "نکردند", "نداشتند", "لم", "ولم", "يتبادلا", "سوى", "إلا", "تبادل", "التحية", "تحيات", "مجاملات", "المصافحة",
             "اقتصر", "واقتصرت", "اللقاء", "على", "اسلامی", "العالم", ".", "x"]
    found = 0
    for raw, v in _random_matches(rng, rules._ONLY_GREETINGS, words, 20000, (2, 9), [" ", " ", "  ", "\u200c", "\n"]):
        found += 1
        assert any(k in v for k in rules._GREETING_KEYS) and any(k in v for k in rules._ONLY_GREETINGS_KEYS), raw
    assert found > 300, found


def test_ended_equals_pattern_search():
    """``_ended`` answers as ``_ENDED.search`` over random spans of random raw texts of its words with marks, other
    spellings, ZWNJ, ligatures and line breaks."""
    from pipeline.extract import rules

    rng = random.Random(31)
    words = ["به پایان رسید", "به پايان رسيد", "پایان یافت", "پایان\u200cیافت", "خاتمه یافت", "خاتمة يافت", "انتهت", "وانتهت", "اختتمت",
             "اختُتمت", "أختتمت", "انتهى", "پایان", "الجولة", "دور", "امروز", "،", ".", "\n", "\u200c", "\ufefb", "  ", "x"]
    found = 0
    for _ in range(6000):
        parts = [_with_marks(rng, rng.choice(words)) for _ in range(rng.randint(1, 10))]
        raw = rng.choice([" ", " ", "  ", ""]).join(parts)
        view = T.normalize(raw)
        for _ in range(4):
            s, e = sorted(rng.randint(0, len(raw)) for _ in range(2))
            want = rules._ENDED.search(raw, s, e) is not None
            found += want
            assert rules._ended(raw, view, s, e) == want, (raw, s, e)
    assert found > 2000, found


def test_view_holds_in_equals_plain_find():
    """``_view_holds_in`` answers as looking for the keys in the view of the raw slice, over random raw texts with marks,
    ZWNJ, ligatures and runs of spaces, and random spans."""
    from pipeline.extract import rules

    rng = random.Random(35)
    pieces = ["در", "د", "ر", "َ", "ـ", "\u200c", " ", "  ", "\n", "\ufefb", "صف", "كل", "ک", "x"]
    for _ in range(5000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        view = T.normalize(raw)
        s, e = sorted(rng.randint(0, len(raw)) for _ in range(2))
        keys = tuple(rng.sample(["در", "صف", "کل", "لا", " ", "ر"], rng.randint(1, 3)))
        lo, hi = sum(1 for x in view.starts[:-1] if x < s), sum(1 for x in view.starts[:-1] if x < e)
        assert rules._view_holds_in(view, s, e, keys) == any(k in view.text[lo:hi] for k in keys), (raw, s, e, keys)


def test_seems_keys_hold_every_match():
    """Every window where ``_SEEMS`` matches in random raw texts of its verbs (marks, tatweel, other spellings) holds
    ``_SEEMS_KEYS`` in its view (the sentence test before the pattern)."""
    from pipeline.extract import rules

    rng = random.Random(36)
    words = ["تبدو", "يبدو", "یبدو", "بدت", "بدا", "وبدت", "فيبدو", "المفاوضات", "ال", "و", "،", ".", "بعيدة", "\n"]
    found = 0
    for _ in range(6000):
        raw = rng.choice([" ", "  ", " \u200c"]).join(_with_marks(rng, rng.choice(words)) for _ in range(rng.randint(1, 8)))
        view = T.normalize(raw)
        for k in range(len(raw) + 1):
            if rules._SEEMS.search(raw, max(0, k - 10), k):
                found += 1
                assert rules._view_holds_in(view, 0, len(raw), rules._SEEMS_KEYS), raw
                break
    assert found > 1000, found


def test_clause_break_equals_plain_pattern():
    """``_CLAUSE_BREAK`` (written to open with a character class) finds the same matches as the plain pattern it replaces,
    over random raw texts of its words, the Persian verbs and 'and', punctuation, marks and whitespace, and random spans."""
    from pipeline.extract import rules

    plain = rules._rx(r"[،,؛;]|\s(?:" + rules._CLAUSE_WORDS + r")\s|(?:" + "|".join(f"(?<=\\s{v})" for v in rules._CLAUSE_VERBS)
                      + r")\sو\s")
    words = ["قبل أن", "بعد أن", "ثم", "فيما", "بينما", "في حين", "وبعد", "سپس", "پس از آنکه", "در حالی که", "شد", "کرد", "شدند", "کردند",
             "رسید", "رسیدند", "داشت", "داشتند", "داشتن", "و", "وشد", "،", ",", "؛", ";", ".", "الجولة", "مذاکرات", "x"]
    rng = random.Random(37)
    found = 0
    for _ in range(6000):
        parts = [_with_marks(rng, rng.choice(words)) if rng.random() < 0.3 else rng.choice(words) for _ in range(rng.randint(1, 12))]
        raw = "".join(p + rng.choice([" ", " ", "  ", "\n", "\u00a0", "", "،"]) for p in parts)
        s, e = sorted(rng.randint(0, len(raw)) for _ in range(2))
        for a, b in ((0, len(raw)), (s, e)):
            want = [m.span() for m in plain.finditer(raw, a, b)]
            found += len(want)
            assert [m.span() for m in rules._CLAUSE_BREAK.finditer(raw, a, b)] == want, (raw, a, b)
            assert (m.span() if (m := rules._CLAUSE_BREAK.search(raw, a, b)) else None) == (want[0] if want else None)
    assert found > 20000, found


def test_day_before_ends_hold_every_match():
    """Wherever ``dates._DAY_BEFORE`` finds a match before a day in the view of a random text, the window ends in one of
    ``_DAY_BEFORE_ENDS`` (the test ``_day_pairs`` makes before the pattern)."""
    from pipeline import dates as D

    rng = random.Random(38)
    words = ["من", "بين", "از", "یومی", "روزهای", "خلال", "طی", "7", "۱۲", "٣", "31", "4", "و", "-", "الی", "إلى", "تا", "حتى", "في", "x",
             "/", "."]
    found = 0
    for _ in range(20000):
        raw = "".join(rng.choice(words) + rng.choice([" ", "", "", "\n", "  "]) for _ in range(rng.randint(1, 7)))
        t = T.normalize(raw).text
        end = rng.choice((len(t), rng.randint(0, len(t))))
        lo = max(0, end - 16)
        if D._DAY_BEFORE.search(t, lo, end):
            found += 1
            assert t.endswith(D._DAY_BEFORE_ENDS, lo, end), (t, end)
    assert found > 400, found


def test_prep_and_event_ends_hold_every_match():
    """Wherever ``dates._PREP_OK`` or ``dates._EVENT_OK`` finds a match before a year in the view of a random text, the
    text before the year ends in one of ``_PREP_OK_ENDS`` / ``_EVENT_OK_ENDS`` (the tests ``_h_year`` makes first)."""
    from pipeline import dates as D

    rng = random.Random(39)
    words = ["في", "منذ", "حتى", "خلال", "من", "عام", "سنة", "عامي", "سنتي", "در", "از", "تا", "سال", "سال‌های", "سالهای", "سال های", "طی",
             "به", "قبل", "بعد", "in", "In", "since", "until", "و", "x", "،", "(", *D.EVENT_NOUNS, "والانتخابات", "بالاتفاق", "الحرب"]
    found = [0, 0]
    for _ in range(20000):
        raw = "".join(rng.choice(words) + rng.choice([" ", " ", "", "\n", "  ", "\u00a0"]) for _ in range(rng.randint(1, 5)))
        t = T.normalize(raw).text + "1980"
        at = len(t) - 4
        before = t[max(0, at - 12):at]
        if D._PREP_OK.search(before):
            found[0] += 1
            assert before.endswith(D._PREP_OK_ENDS), before
        if D._EVENT_OK.search(t, max(0, at - 16), at):
            found[1] += 1
            assert t.endswith(D._EVENT_OK_ENDS, max(0, at - 16), at), t
    assert min(found) > 1000, found


def test_four_digits_pattern():
    """``dates._FOUR_DIGITS`` (written to open with a class) finds what ``\\d{4}`` finds, over random windows of random
    texts of digits of several scripts, letters and spaces."""
    import re

    from pipeline import dates as D

    plain = re.compile(r"\d{4}")
    rng = random.Random(41)
    found = 0
    for _ in range(20000):
        t = "".join(rng.choice("0123456789۱۲٣ اب x") for _ in range(rng.randint(0, 14)))
        s, e = sorted(rng.randint(0, len(t)) for _ in range(2))
        want = (m.span() if (m := plain.search(t, s, e)) else None)
        found += want is not None
        assert (m.span() if (m := D._FOUR_DIGITS.search(t, s, e)) else None) == want, (t, s, e)
    assert found > 1000, found


def test_stamped_equals_pattern():
    """``_stamped`` answers as ``_STAMPED.match`` at random points of random texts of time stamps, dashes, spaces and digits
    of the three scripts."""
    from pipeline.extract import rules

    rng = random.Random(43)
    pieces = [" ", "\n", "-", "–", "—", "|", "،", ",", "1", "10", "٠٩", "۱۸", ":", "：", "05", "۰۵", "٣٠", "وصل", "x", "  ", "10:05",
              "۱۸:۰۵", "9：30", " - 10:05", "—٠٩:٣٠", "123:45"]
    found = 0
    for _ in range(20000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        at = rng.randint(0, len(t))
        want = rules._STAMPED.match(t, at) is not None
        found += want
        assert rules._stamped(t, at) == want, (t, at)
    assert found > 1000, found
