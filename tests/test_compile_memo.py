"""The speed helpers of the rules and text modules give the same results as the plain code they replace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract import rules


def _code(pattern: str, flags: int, optimize) -> list[int]:
    """The sre code ``re`` compiles ``pattern`` to, with ``optimize`` as the compiler's class optimiser."""
    comp = re._compiler
    saved = comp._optimize_charset
    comp._optimize_charset = optimize
    try:
        return comp._code(re._parser.parse(pattern, flags), flags)
    finally:
        comp._optimize_charset = saved


@pytest.mark.skipif(rules._optimize_charset is None, reason="re._compiler._optimize_charset not in this Python")
def _assert_keys_in_every_match(loose, texts):
    """Every match of each ``(pattern, keys, on_view)`` in ``texts`` (read as Arabic and as Persian) holds one of its
    keys in the view, and each pattern matches somewhere."""
    from bisect import bisect_left
    from pipeline.text import normalize, reading

    found = [0] * len(loose)
    for text in texts:
        for lang in ("ar", "fa"):
            raw = reading(text, lang)
            view = normalize(raw)
            for j, (pattern, keys, on_view) in enumerate(loose):
                for m in pattern.finditer(view.text if on_view else raw):
                    found[j] += 1
                    span = m.group() if on_view else view.text[bisect_left(view.starts, m.start()) : bisect_left(view.starts, m.end())]
                    assert rules._holds_any(span, keys), (m.group(), keys)
    assert all(found), found


def test_compile_same_code():
    """Every compiled pattern of the module: the code with the remembered class optimisation is the code
    re's own compiler makes (and a case-insensitive pattern of tolerant classes too)."""
    pats = [v for v in vars(rules).values() if isinstance(v, re.Pattern)]
    pats.append(rules._rx("(?:مذاكرات|گفت‌وگو|talks)", re.IGNORECASE))
    assert len(pats) > 150
    for p in pats:
        plain = _code(p.pattern, p.flags, rules._optimize_charset)
        assert _code(p.pattern, p.flags, rules._optimize_charset_once) == plain, p.pattern[:80]
        assert _code(p.pattern, p.flags, rules._optimize_charset_once) == plain, p.pattern[:80]  # (from the memo)


def test_put_chars_is_the_list_replacement():
    """``text._put_chars`` is the character-list definition: each offset's character replaced, one for one."""
    from hypothesis import given, strategies as st

    from pipeline.text import _put_chars

    @given(st.text(alphabet="ab «»\u0645\u06cc\u200c", max_size=30), st.data())
    def check(text, data):
        at = sorted(data.draw(st.sets(st.integers(0, max(0, len(text) - 1)), max_size=len(text))) if text else [])
        chars = data.draw(st.lists(st.sampled_from(["«", "»", "\u200c"]), min_size=len(at), max_size=len(at)))
        expected = list(text)
        for i, c in zip(at, chars):
            expected[i] = c
        assert _put_chars(text, at, chars) == "".join(expected)

    check()


def test_finditer_at_key_is_finditer():
    """``rules._finditer_at_key`` finds what ``finditer`` over the whole text finds (spans and groups), for the
    patterns it is used with and for one whose key may stand two characters after the match's start."""
    from hypothesis import given, settings, strategies as st

    from pipeline.text import norm

    two_back = rules._vx(r"(?<!\w)(?:[وف]ب|ب)?(هبط)(?: [^\s.]+){0,2}?(?= )")
    cases = [(rules._AR_ARRIVAL, rules._AR_ARRIVED_ANY, 1), (rules._AR_LANDING, rules._AR_LANDED_ANY, 1), (two_back, norm("هبط"), 2)]
    words = [norm(w) for w in ("وصل", "ووصل", "فوصل", "وصلا", "وصلوا", "هبط", "وهبط", "فبهبط", "بهبط", "هبطوا", "إلى", "الى", "في",
                               "ماكفارلين", "طهران", "الوصل", "وصلوصل", "هبطهبط")]

    def same(text):
        for pat, key, back in cases:
            got = [(m.span(), m.groups()) for m in rules._finditer_at_key(pat, text, key, back)]
            assert got == [(m.span(), m.groups()) for m in pat.finditer(text)], (pat.pattern[:40], text)

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.one_of(st.sampled_from(words), st.sampled_from([" ", "،", ".", "x", "و", "ف"])), max_size=30))
    def check(parts):
        same(" ".join(parts))
        same("".join(parts))

    check()
    for path in sorted((Path(__file__).resolve().parent / "golden").glob("*.yaml")):
        same(norm(path.read_text(encoding="utf-8")))


def test_sentence_gates_are_necessary():
    """The cheap tests before two sentence patterns hold wherever the patterns match: «ب…د» (``_SEEMS_ANY``) in a
    sentence where ``_SEEMS`` matches, a key of ``_LASTED_KEYS`` in the view of a sentence where ``_PLURAL_LASTED``
    matches (``RuleExtractor._holds_lasted``), on every golden and held-out item and on written variants."""
    import yaml

    from pipeline.text import normalize, reading, sentences

    ex = rules.RuleExtractor.__new__(rules.RuleExtractor)
    texts = ["دیدارها از پاییز ۲۰۰۱ تا بهار ۲۰۰۳ ادامه داشت.", "استمرت اللقاءات من خريف 2001 حتى ربيع 2003.",
             "واستمرّت الاجتماعاتُ أشهراً.", "تبدو مفاوضات إحياء الاتفاق اليوم أبعد.", "وبَدَتْ المحادثاتُ متعثرة.", "يبدو اللقاء قريباً"]
    for folder in ("golden", "heldout"):
        for path in sorted((Path(__file__).resolve().parent / folder).glob("*.yaml")):
            texts += [it["text"] for it in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    lasted = seems = 0
    for text in texts:
        for lang in ("ar", "fa"):
            raw = reading(text, lang)
            view = normalize(raw)
            for s, e in sentences(raw):
                if rules._PLURAL_LASTED.search(raw, s, e):
                    lasted += 1
                    assert ex._holds_lasted(view, s, e), raw[s:e]
                if any(rules._SEEMS.search(raw, s, k) for k in range(s, e + 1)):
                    seems += 1
                    assert rules._SEEMS_ANY.search(raw, s, e), raw[s:e]
                    assert rules._view_holds_in(view, s, e, rules._SEEMS_KEYS), raw[s:e]  # (its view: what the code reads)
    assert lasted and seems


def _gate_texts(extra: list[str]) -> list[str]:
    """Written variants, then every golden and held-out item."""
    import yaml

    texts = list(extra)
    for folder in ("golden", "heldout"):
        for path in sorted((Path(__file__).resolve().parent / folder).glob("*.yaml")):
            texts += [it["text"] for it in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    return texts


def test_view_key_gates_are_necessary():
    """The cheap tests on a sentence's view before raw patterns hold wherever the patterns match in the sentence: a
    key of ``_TO_RESUME_KEYS`` where ``_TO_RESUME`` matches a window ending in it, one of ``_NOT_EVEN_ONCE_KEYS`` where
    ``_NOT_EVEN_ONCE`` matches (``RuleExtractor._view_holds``), on every golden and held-out item and written variants."""
    from pipeline.text import normalize, reading, sentences

    ex = rules.RuleExtractor.__new__(rules.RuleExtractor)
    texts = _gate_texts([
        "ضوءاً أخضر لاستئنافِ المفاوضات.", "من أجل إحياءِ الاتفاق النووي.", "سعياً لإطلاق محادثات.", "لبدءِ الحوار.",
        "برای ازسرگیری مذاکرات.", "برای از سرگیری گفت‌وگوها.", "با هدف احیای برجام.", "به منظور آغاز مذاکرات.", "برای شروع گفت‌وگو.",
        "حتی یک بار رودررو ننشستند.", "لم يلتقيا ولو مرةً واحدة.", "لم يجتمع الوزيران ولا مرة واحدة.",
    ])
    # (_TO_RESUME without its anchors: a match of it ending anywhere in the sentence starts a match of this one)
    assert rules._TO_RESUME.pattern.count("$") == 2
    to_resume = re.compile(rules._TO_RESUME.pattern.replace("$", ""))
    found = {"resume": 0, "once": 0}
    for text in texts:
        for lang in ("ar", "fa"):
            raw = reading(text, lang)
            view = normalize(raw)
            for s, e in sentences(raw):
                if to_resume.search(raw, s, e):
                    found["resume"] += 1
                    assert ex._view_holds(view, s, e, rules._TO_RESUME_KEYS), raw[s:e]
                if rules._NOT_EVEN_ONCE.search(raw, s, e):
                    found["once"] += 1
                    assert ex._view_holds(view, s, e, rules._NOT_EVEN_ONCE_KEYS), raw[s:e]
    assert all(found.values()), found


def test_outlet_may_follow_wherever_an_outlet_follows():
    """``_outlet_may_follow`` holds at every raw position where ``_WITH_OUTLET`` or ``_FOX`` matches (a contact word
    ending there, its view end the first view character at or after it), on every golden and held-out item and written
    variants."""
    from bisect import bisect_left

    from pipeline.text import normalize, reading

    texts = _gate_texts([
        "گفت‌وگوی جمعه ۱۷ اسفند با فاکس بیزنس.", "حوار أجراه مع شبكة سي إن إن.", "مصاحبه‌ای با سی‌ان‌ان داشت.", "در گفت‌وگو با «نیویورک تایمز»",
        "مقابلة مع قناة الجزيرةِ", "گفتگو با فاکس نیوز", "لقاءٌ مع صحيفة واشنطن بوست", "مذاکره ٫ با بی‌بی‌سی", "مذاكرات۔ مع بي بي سي",
    ])
    found = 0
    for text in texts:
        for lang in ("ar", "fa"):
            raw = reading(text, lang)
            view = normalize(raw)
            keys = sorted(end - n + 1 for end, n in rules._OUTLET_KEY_AC.iter(view.text))
            if not keys:  # (no match anywhere)
                assert not (rules._WITH_OUTLET.search(raw) or rules._FOX.search(raw)), raw
                continue
            for b in range(len(raw) + 1):
                if rules._WITH_OUTLET.match(raw, b) or rules._FOX.match(raw, b):
                    found += 1
                    vend = bisect_left(view.starts, b)
                    assert rules._outlet_may_follow(raw, view, keys, (b, b, rules.Hit("cue", "k", vend, vend, "", None))), raw[b:]
    assert found


def test_view_window_gates_are_necessary():
    """The cheap tests inside ``_halted``, ``_never_said`` and ``_asked_whether`` hold wherever their patterns match:
    each function gives what its patterns alone give for a contact word ending at each word's end (what
    ``_FA_HALTED_AFTER`` reads) and starting at each word's start (what the others read) in every golden and held-out
    item and written variants."""
    from pipeline.text import normalize, reading

    texts = _gate_texts([
        "آمریکایی‌ها جلسه‌های ژنو را قطع کردند.", "أوقفت واشنطن محادثات جنيف.", "گفت‌وگوها متوقف شده است.", "وتوقفت المفاوضات النووية",
        "مذاکرات آنها را به حالت تعلیق درآورده بسیار طولانی‌تر از آنچه که هرگز فکرش را می‌کردیم معلق کردند",
        "مقام‌های قطری هیچ‌گاه نگفته‌اند که در این دو سفر پیامی میان تهران و واشنگتن جابه‌جا شده است.",
        "لم يقل قطُّ إن المحادثات جرت.", "لم يؤكد يوماً أن اللقاء عقد.", "در پاسخ به این پرسش که آیا نخست‌وزیر این بار پیامی از واشنگتن آورده است",
        "س: هل التقيتم بالأمريكيين؟", "وسئل عما إذا كان اللقاء قد عقد",
    ])
    found = {"halted": 0, "never": 0, "whether": 0}
    for text in texts:
        for lang in ("ar", "fa"):
            view = normalize(reading(text, lang))
            t = view.text
            for a in range(len(t) + 1):
                if t[a : a + 1] in (" ", "") and t[a - 1 : a] != " ":  # a word's end (what _FA_HALTED_AFTER reads)
                    h = rules.Hit("cue", "k", 0, a, "", None)
                    want = bool(rules._FA_HALTED_AFTER.match(t, a))
                    found["halted"] += want
                    assert rules._halted(t, h) == want, t[a : a + 120]
                if t[a - 1 : a] != " ":
                    continue
                # a word's start (what the other patterns read)
                h = rules.Hit("cue", "k", a, len(t), "", None)
                want = bool(rules._AR_HALTED_BEFORE.search(t, max(0, a - 40), a))
                found["halted"] += want
                assert rules._halted(t, h) == want, t[max(0, a - 40) : a]
                never = rules._opened_by(t, h, rules._NEVER_SAID_RE, 80)
                whether = rules._opened_by(t, h, rules._WHETHER, 70)
                found["never"] += never
                found["whether"] += whether
                assert rules._never_said(t, h) == never and rules._asked_whether(t, h) == whether, t[max(0, a - 80) : a]
    assert all(found.values()), found


def test_pattern_keys_are_in_every_match():
    """Every match of a pattern gated by plain words holds one of them in the view of its span: ``_RESIDENT_IN``,
    ``_OPPOSED_BY``, ``_STRIKE_BY`` (read before a state), ``_REJECTED_ANY`` («ض», which the view keeps as it is),
    ``_FA_ASKED_THAT`` (read on the view), with their end anchors dropped so that matches ending
    anywhere are found, on every golden and held-out item and written variants."""
    gated = [(rules._RESIDENT_IN, rules._RESIDENT_KEYS, False), (rules._OPPOSED_BY, rules._OPPOSED_KEYS, False),
             (rules._STRIKE_BY, rules._STRIKE_KEYS, False), (rules._REJECTED_ANY, ("ض",), False), (rules._FA_ASKED_THAT, rules._FA_ASKED_KEYS, True)]
    loose = []
    for pattern, keys, on_view in gated:
        assert "\\$" not in pattern.pattern
        loose.append((re.compile(pattern.pattern.replace("$", "")), keys, on_view))
    texts = _gate_texts([
        "اللبناني نزار زكا، المقيمِ الدائم في الولايات المتحدة", "تقيم في إيران", "ساکن آمریکا", "منذ مقتل سليماني بغارةٍ أمريكية",
        "پس از حمله پهپادی آمریکا", "بعد ضربات صاروخية إسرائيلية", "با وجود مخالفت واشنگتن", "بعد اعتراض الولايات المتحدة",
        "معارضة شديدة أمريكية", "انسحاب الولايات المتحدة", "رفضَه أيَّ تفاوض", "يرفض أية مفاوضات",
        "نه تهران و نه واشنگتن از بغداد نخواسته‌اند که میزبان گفت‌وگوی آن‌ها باشد", "خواستار شد که دور بعدی در مسقط برگزار شود",
        "پیشنهاد کرد که گفت‌وگو ادامه یابد",
    ])
    _assert_keys_in_every_match(loose, texts)


def test_other_matches_in_windows_is_the_whole_pass():
    """``_other_matches`` (the automaton run only in windows around the hints) gives the matches, in order, of one pass
    over the whole text with the boundary test, on every golden and held-out item, written variants and texts that put
    terms with other characters at the edges of windows."""
    import random

    from pipeline.text import normalize, reading

    lex = rules.lexicon()

    def whole(text):
        out = []
        if lex.other_hint.search(text):
            for end, (term, n, vals) in lex.automaton.iter(text):
                if rules._boundary_ok(text, end + 1 - n, end + 1):
                    out.append((term, end + 1 - n, end + 1, vals))
        return out

    terms = list(lex.automaton.keys())
    rng = random.Random(5)
    texts = _gate_texts(["عاقلانه، هوشمندانه و شرافتمندانه نیست", "مذاکره، عاقلانه، هوشمندانه و شرافتمندانه نیست.", "مجموعة 5+1 والمالكي"])
    for _ in range(300):  # terms and hint pairs packed close together, at the text's edges and far apart
        parts = [rng.choice(terms) if rng.random() < 0.5 else rng.choice(["ه،", "ه, ", " ", "و", "a.", "5+", "نیست", " " * rng.randint(1, 60)]) for _ in range(rng.randint(1, 12))]
        texts.append("".join(parts))
    found = 0
    for text in texts:
        for lang in ("ar", "fa"):
            t = normalize(reading(text, lang)).text
            got = []
            rules._other_matches(t, lex, got.append)
            assert got == whole(t), t
            found += len(got)
    assert found


def test_window_keys_are_in_every_match():
    """Every match of a pattern tried only where plain words stand holds one of them in the view of its span:
    ``_SINCE_PHRASE`` (raw text; a document whose view holds none of ``_SINCE_KEYS`` skips it), ``_REFUSES_ANY``,
    ``_COMES_AFTER``, ``_PLACED_BEFORE`` and ``_OUTLET_BEFORE`` (read on the view, in the window before a word), with
    their end anchors dropped so that matches ending anywhere are found, on every golden and held-out item and written
    variants; and every press noun of ``_OUTLET_NOUN`` holds a key of ``_OUTLET_KEYS`` or is ``_BARE_PRESS_NOUN``."""
    from pipeline.text import norm, normalize, reading

    gated = [(rules._SINCE_PHRASE, rules._SINCE_KEYS, False), (rules._REFUSES_ANY, (rules._REFUSE_KEY,), True),
             (rules._COMES_AFTER, rules._COMES_KEYS, True), (rules._PLACED_BEFORE, rules._PLACED_KEYS, True),
             (rules._OUTLET_BEFORE, rules._OUTLET_KEYS + (rules._BARE_PRESS_NOUN,), True)]
    loose = []
    for pattern, keys, on_view in gated:
        assert "\\$" not in pattern.pattern and pattern.pattern.endswith("$")
        loose.append((re.compile(pattern.pattern[:-1], pattern.flags), keys, on_view))
    texts = _gate_texts([
        "منذُ توقيع الاتفاق في 14 يوليو 2015", "مُنذ عامين", "از زمان توافق در ۲۳ تیر ۱۳۹۴", "از زمانِ امضای برجام",
        "فترفضُ طهران أيَّ لقاء مباشر", "رفضا الجلوس إلى طاولة واحدة", "وترفضان عقد أي اجتماع", "ورفضت إيران إجراء أي محادثات",
        "وتأتي الزيارة بعد أسبوع", "ويأتـي هذا الاجتماع غداة", "وجاءَ الاجتماع غداة خطاب", "وتزامنت محادثات مونترو مع الخطاب",
        "وانعقدت الجولة في ظل أجواء متوترة", "وجاء تسليم الرسالة في اليوم الذي", "ذكرت صحيفةُ واشنطن بوست", "زعمت صحيفة إسرائيلية",
        "وسائل الإعلام الأمريكية", "نقلت وكالة الأنباء العمانية", "وكالة للأنباء إيرانية", "موقع إخباري أمريكي", "به گزارش خبرگزاری رسمی عمان",
        "روزنامه‌های آمریکایی", "رسانه های ایرانی", "پایگاه خبری آمریکایی", "سایت خبری اسرائیلی", "مجلّة فرنسية", "جرائد عربية", "تلفزيون إيران",
        "إذاعة أمريكية", "نشریه آمریکایی", "تلویزیون ایران", "رادیو آمریکا", "صداوسیمای ایران", "وبإعلام أمريكي",
    ])
    _assert_keys_in_every_match(loose, texts)
    # (the press nouns of _OUTLET_NOUN, each alternative as written there)
    nouns = re.compile(rules._OUTLET_NOUN)
    for alt in ("صحيفة", "صحف", "جريدة", "جرائد", "مجلة", "إعلام", "وسائل الإعلام", "تلفزيون", "إذاعة", "وكالة الأنباء", "وكالة للأنباء",
                "موقع إخباري", "موقع الإلكتروني", "روزنامه", "روزنامه‌های", "رسانه", "رسانه‌ها", "خبرگزاری", "نشریه", "تلویزیون", "رادیو",
                "صداوسیما", "پایگاه خبری", "سایت خبری"):
        assert nouns.fullmatch(norm(alt)) and rules._holds_any(norm(alt), rules._OUTLET_KEYS + (rules._BARE_PRESS_NOUN,)), alt
    # (and a random sample of view texts: every match of _OUTLET_NOUN holds a key)
    for text in texts:
        for m in re.finditer(rules._OUTLET_NOUN, normalize(text).text):
            assert rules._holds_any(m.group(), rules._OUTLET_KEYS + (rules._BARE_PRESS_NOUN,)), m.group()


def test_every_outlet_name_holds_an_outlet_key():
    """``_not_outlets`` looks for an outlet's name (``_OUTLET_NAME``) only where a key of ``_OUTLET_KEYS`` starts in the
    name's window: every name holds one."""
    from pipeline.text import norm

    names = [norm(n) for n in rules._NEWS_OUTLETS]
    assert names and all(rules._holds_any(n, rules._OUTLET_KEYS) for n in names)
    for n in names:
        m = rules._OUTLET_NAME.search(" " + n + " ")
        assert m is not None and rules._holds_any(m.group(), rules._OUTLET_KEYS), n


def test_sentence_key_gates_are_necessary():
    """The plain words the sentence rules look for in a sentence's view (``RuleExtractor._view_holds``) or in the view
    before a state before running a pattern in the sentence hold wherever the pattern matches there: ``_ATTEMPT_KEYS``
    (``_ATTEMPT_TO_ARRANGE``, ``_ATTEMPT_VERB``), ``_FAMILY_KEYS``, ``_NO_REPLY_KEYS``, ``_NO_EVIDENCE_KEYS``,
    ``_HAPPENED_KEYS``, ``_SEAT_KEYS`` (``_OUTLET_SEAT``, ``_ENVOY_POSTED``), ``_TOPIC_KEYS`` and ``_NOT_THIS_KEYS``, on
    every golden and held-out item and written variants."""
    from bisect import bisect_left

    from pipeline.text import normalize, reading, sentences

    ex = rules.RuleExtractor.__new__(rules.RuleExtractor)
    texts = _gate_texts([
        "تلاش امانوئل مکرون برای برقراری تماس تلفنی.", "مکرون می‌کوشد یک گفت‌وگو ترتیب دهد.", "في محاولةٍ لترتيب لقاء.", "في مسعى لعقد اجتماع.",
        "كوشش برای ترتیب دادن دیدار.", "در آلمان با خانواده‌اش دیدار کرد.", "التقى أسرته.", "التقى مع عائلته.", "مع ذويه.",
        "ولم يصدر حتى الآن ردٌّ أمريكي رسمي على الرسالة.", "لم تتلقَّ أي جواب عن الرسالة.", "عدم وجود أدلة على أنهم التقوا.",
        "لا يوجد دليلٌ على اللقاء.", "ليس هناك ما يثبت.", "لم يعثر على إثباتات.", "چند ساعت پس از حمله پهپادی آمریکا در فرودگاه بغداد.",
        "بعد اغتيال قاسم سليماني في بغداد.", "غارةٌ على دمشق.", "روزنامه عربی چاپ لندن.", "سفیر وقت ایران در فرانسه.",
        "صحيفة الشرق الأوسط الصادرة في لندن.", "مندوب إيران لدى الأمم المتحدة.", "تناول الملفَّ الإيراني.", "پرونده هسته‌ای ایران.",
        "المؤتمر الدولي حول أفغانستان.", "لكنها رسالة سعودية لا أمريكية.", "پیامی عربستانی بود، نه آمریکایی.", "رسالة ليست أمريكية.",
    ])
    end = re.compile(r"\$(?=\)|\||$)")  # (a pattern anchored at its window's end: a match ending anywhere in the sentence)
    gates = [
        (rules._ATTEMPT_TO_ARRANGE, rules._ATTEMPT_KEYS), (rules._ATTEMPT_VERB, rules._ATTEMPT_KEYS), (rules._FAMILY, rules._FAMILY_KEYS),
        (rules._NO_REPLY_TO, rules._NO_REPLY_KEYS), (rules._NO_EVIDENCE, rules._NO_EVIDENCE_KEYS), (rules._HAPPENED_AT, rules._HAPPENED_KEYS),
        (rules._OUTLET_SEAT, rules._SEAT_KEYS), (rules._ENVOY_POSTED, rules._SEAT_KEYS), (rules._TOPIC_OF, rules._TOPIC_KEYS),
        (rules._NOT_THIS_STATE, rules._NOT_THIS_KEYS),
    ]
    found = [0] * len(gates)
    for text in texts:
        for lang in ("ar", "fa"):
            raw = reading(text, lang)
            view = normalize(raw)
            for s, e in sentences(raw):
                for k, (pat, keys) in enumerate(gates):
                    for m in re.compile(end.sub("", pat.pattern), pat.flags).finditer(raw, s, e):
                        found[k] += 1
                        # (the view of the match's own text holds a key: so does any window of the sentence holding it)
                        vs, ve = bisect_left(view.starts, m.start()), bisect_left(view.starts, m.end())
                        assert any(key in view.text[vs:ve] for key in keys), (m.group(), keys)
                        assert ex._view_holds(view, s, e, keys), raw[s:e]
    assert all(found), found
