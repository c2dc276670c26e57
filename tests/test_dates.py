"""Tests for pipeline.dates: labelled seed expressions, unit forms, properties."""
from __future__ import annotations

import datetime as dt
import pathlib
import sys
from collections import defaultdict

import hijridate
import jdatetime
import pytest
import yaml
from hypothesis import given, settings, strategies as st

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.dates import DateMatch, find_dates  # noqa: E402

LABELS = ROOT / "tests" / "data" / "dates_labelled.yaml"


def load_labels():
    return yaml.safe_load(LABELS.read_text(encoding="utf-8"))


def _iso(x):
    return x.isoformat() if x else None


def judge(item, matches) -> bool:
    """Is the engine's answer on item['context'] right for item['text']?"""
    ctx, text = item["context"], item["text"]
    a = ctx.index(text)
    b = a + len(text)
    over = [(min(b, m.end_char) - max(a, m.start_char), m) for m in matches
            if m.start_char < b and m.end_char > a]
    exp = item["expected"]
    if exp is None:
        return not over
    if not over:
        return False
    m = max(over, key=lambda t: t[0])[1]
    if m.calendar != exp["calendar"] or m.date_precision != exp["date_precision"]:
        return False
    if exp.get("approximate"):
        if m.date_start is None or not m.approximate:
            return False
        return (exp["date_start"] <= _iso(m.date_start) <= _iso(m.date_end) <= exp["date_end"])
    return _iso(m.date_start) == exp["date_start"] and _iso(m.date_end) == exp["date_end"]


def evaluate_labelled(items=None, engine=None):
    """Run the engine over the labelled set; returns (overall, {form: (ok, n)}, failures)."""
    items = items if items is not None else load_labels()
    engine = engine or find_dates
    per = defaultdict(lambda: [0, 0])
    fails = []
    for it in items:
        pub = dt.date.fromisoformat(it["published"]) if it["published"] else None
        ok = judge(it, engine(it["context"], lang=it["lang"], published=pub))
        per[it["form"]][1] += 1
        per[it["form"]][0] += ok
        if not ok:
            fails.append(it)
    total = sum(v[0] for v in per.values()) / max(1, sum(v[1] for v in per.values()))
    return total, {k: tuple(v) for k, v in sorted(per.items())}, fails


def test_labelled_set_is_consistent():
    items = load_labels()
    assert len(items) >= 80
    seeds = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    for it in items:
        assert it["context"] in seeds[it["doc"]], it
        assert it["text"] in it["context"], it


def test_labelled_accuracy():
    total, per, fails = evaluate_labelled()
    # the threshold is a regression guard, not a target
    assert total >= 0.85, (total, [(f["text"], f["form"]) for f in fails])


# --------------------------------------------------------------------------- helpers
P = dt.date(2024, 3, 15)   # a Friday


def one(s, **kw):
    ms = find_dates(s, **kw)
    assert len(ms) == 1, (s, ms)
    m = ms[0]
    assert s[m.start_char:m.end_char] == m.text
    return m


def rng(m):
    return (_iso(m.date_start), _iso(m.date_end), m.date_precision, m.calendar)


# --------------------------------------------------------------------------- Gregorian
@pytest.mark.parametrize("s,exp", [
    ("وصل في 3 يناير 2024 إلى مسقط", ("2024-01-03", "2024-01-03", "day", "gregorian")),
    ("في ٣ كانون الثاني ٢٠٢٤ وصل", ("2024-01-03", "2024-01-03", "day", "gregorian")),
    ("في 15 حزيران/ يونيو 2025 م", ("2025-06-15", "2025-06-15", "day", "gregorian")),
    ("خلال آذار / مارس 2023", ("2023-03-01", "2023-03-31", "month", "gregorian")),
    ("في مارس (آذار) 2022", ("2022-03-01", "2022-03-31", "month", "gregorian")),
    ("في 1 تشرين الأول 2019", ("2019-10-01", "2019-10-01", "day", "gregorian")),
    ("يوم 30 أيلول 2020م.", ("2020-09-30", "2020-09-30", "day", "gregorian")),
    ("در ۲۵ مه ۱۹۸۶ رسید", ("1986-05-25", "1986-05-25", "day", "gregorian")),
    ("در ماه می ۲۰۰۳ بود", ("2003-05-01", "2003-05-31", "month", "gregorian")),
    ("روز ۱۰ ژانویه ۲۰۲۴", ("2024-01-10", "2024-01-10", "day", "gregorian")),
    ("در ژوئیه ۲۰۱۵ توافق شد", ("2015-07-01", "2015-07-31", "month", "gregorian")),
])
def test_gregorian(s, exp):
    assert rng(one(s)) == exp


def test_edtf_and_json():
    m = one("في 10 يناير 2024")
    assert m.edtf == "2024-01-10"
    j = m.to_json()
    assert set(j) == {"text", "start_char", "end_char", "date_start", "date_end",
                      "date_precision", "calendar", "edtf", "reason"}
    assert j["date_start"] == "2024-01-10"
    assert one("في مايو 2024").edtf == "2024-05"
    assert one("عام 2015").edtf == "2015"


# --------------------------------------------------------------------------- Solar Hijri
@pytest.mark.parametrize("s,exp", [
    ("روز ۷ مرداد ۹۷ با", ("2018-07-29", "2018-07-29", "day", "solar_hijri")),
    ("در ۲۹ آذر ۱۳۵۲ به", ("1973-12-20", "1973-12-20", "day", "solar_hijri")),
    ("در تیرماه ۱۴۰۲ گفت", ("2023-06-22", "2023-07-22", "month", "solar_hijri")),
    ("هشتم آبان ۱۳۸۰ گفت", ("2001-10-30", "2001-10-30", "day", "solar_hijri")),
    ("اول فروردین ۱۴۰۳", ("2024-03-20", "2024-03-20", "day", "solar_hijri")),
    ("بیست و نهم تیرماه ۱۳۶۷", ("1988-07-20", "1988-07-20", "day", "solar_hijri")),
    ("در سال ۱۳۵۶ نیز", ("1977-03-21", "1978-03-20", "year", "solar_hijri")),
    ("(۲۷-۱۲-۱۳۸۰– همان)", ("2002-03-18", "2002-03-18", "day", "solar_hijri")),
    ("تاریخ 1380/12/27 ثبت", ("2002-03-18", "2002-03-18", "day", "solar_hijri")),
    ("۱۲ دی ۱۳۹۸ ه.ش", ("2020-01-02", "2020-01-02", "day", "solar_hijri")),
    ("۱۲ بهمن ۱۳۵۷ هـ.ش", ("1979-02-01", "1979-02-01", "day", "solar_hijri")),
])
def test_solar(s, exp):
    assert rng(one(s, lang="fa")) == exp


def test_arabic_vs_persian_azar():
    assert one("في آذار 2024").date_start == dt.date(2024, 3, 1)
    assert one("در آذر ۱۴۰۲").date_start == dt.date(2023, 11, 22)


# --------------------------------------------------------------------------- Lunar Hijri
@pytest.mark.parametrize("s,exp", [
    ("في 15 رمضان 1445 هـ", ("2024-03-25", "2024-03-25", "day", "lunar_hijri")),
    ("۱ محرم ۱۴۴۶ ه.ق", ("2024-07-07", "2024-07-07", "day", "lunar_hijri")),
    ("في ذو الحجة 1444 هـ", ("2023-06-19", "2023-07-18", "month", "lunar_hijri")),
    ("10 ربيع الأول 1440 هـ", ("2018-11-18", "2018-11-18", "day", "lunar_hijri")),
])
def test_lunar(s, exp):
    assert rng(one(s, lang="ar")) == exp


# --------------------------------------------------------------------------- dual, ranges
def test_dual_calendar():
    m = one("در ۴ خرداد ۱۳۶۵ه.ش – ۲۵ مه ۱۹۸۶م بود")
    assert rng(m) == ("1986-05-25", "1986-05-25", "day", "gregorian")
    assert "Solar Hijri" in m.reason and "Gregorian" in m.reason
    m = one("سنة 1445 هـ الموافق 2024 م")
    assert m.calendar == "gregorian" and m.date_start == dt.date(2024, 1, 1)
    assert "Lunar Hijri" in m.reason


@pytest.mark.parametrize("s,exp", [
    ("في عامي 2023 و2024، شارك", ("2023-01-01", "2024-12-31", "year", "gregorian")),
    ("طی سالهای ۲۰۰۸ تا ۲۰۱۲، به", ("2008-01-01", "2012-12-31", "year", "gregorian")),
    ("من 2013 إلى 2015", ("2013-01-01", "2015-12-31", "year", "gregorian")),
    ("بين يناير ومارس 2024", ("2024-01-01", "2024-03-31", "month", "gregorian")),
    ("من 10 إلى 12 يناير 2024", ("2024-01-10", "2024-01-12", "day", "gregorian")),
])
def test_ranges(s, exp):
    assert rng(one(s)) == exp


def test_decades_and_approx():
    m = one("في الثمانينيات")
    assert rng(m) == ("1980-01-01", "1989-12-31", "year", "gregorian") and m.approximate
    m = one("در دهه ۶۰ شمسی", lang="fa")
    assert m.calendar == "solar_hijri" and m.date_start == dt.date(1981, 3, 21) and m.approximate
    m = one("در اواخر سال ۱۳۵۳ توانست", lang="fa")
    assert m.approximate and dt.date(1974, 3, 21) < m.date_start < m.date_end == dt.date(1975, 3, 20)
    m = one("في أوائل مارس 2024")
    assert m.approximate and m.date_start == dt.date(2024, 3, 1) and m.date_end < dt.date(2024, 3, 15)
    m = one("في مطلع العام", published=P)
    assert m.approximate and m.date_start == dt.date(2024, 1, 1)
    assert "~" in m.edtf


# --------------------------------------------------------------------------- relative
@pytest.mark.parametrize("s,start,end,prec", [
    ("قال اليوم", "2024-03-15", "2024-03-15", "day"),
    ("وصل أمس", "2024-03-14", "2024-03-14", "day"),
    ("وصل أول أمس", "2024-03-13", "2024-03-13", "day"),
    ("يوم السبت", "2024-03-09", "2024-03-09", "day"),
    ("يوم الجمعة", "2024-03-15", "2024-03-15", "day"),
    ("الأربعاء الماضي", "2024-03-13", "2024-03-13", "day"),
    ("الشهر الماضي", "2024-02-01", "2024-02-29", "month"),
    ("الشهر المقبل", "2024-04-01", "2024-04-30", "month"),
    ("الأسبوع الماضي", "2024-03-02", "2024-03-08", "day"),  # (weeks start on Saturday)
    ("الأسبوع المقبل", "2024-03-16", "2024-03-22", "day"),  # («المقبل», 'next', holds the letters of «قبل», 'before')
    ("هفته آینده", "2024-03-16", "2024-03-22", "day"),
    ("العام الماضي", "2023-01-01", "2023-12-31", "year"),
    ("هذا العام", "2024-01-01", "2024-12-31", "year"),
    ("في 8 مايو الماضي", "2023-05-08", "2023-05-08", "day"),
    ("في 10 يناير", "2024-01-10", "2024-01-10", "day"),
    ("امروز گفت", "2024-03-15", "2024-03-15", "day"),
    ("دیروز گفت", "2024-03-14", "2024-03-14", "day"),
    ("پارسال", "2022-03-21", "2023-03-20", "year"),     # P is 25 Esfand 1402
    ("امسال", "2023-03-21", "2024-03-19", "year"),
    ("ماه گذشته", "2024-01-21", "2024-02-19", "month"),
    # a day of the last or the current month («الحادي والعشرين من الشهر الماضي»)
    ("في الحادي والعشرين من الشهر الماضي", "2024-02-21", "2024-02-21", "day"),
    ("في 9 من الشهر الماضي", "2024-02-09", "2024-02-09", "day"),
    ("في العاشر من الشهر الجاري", "2024-03-10", "2024-03-10", "day"),
    ("دور دوم مذاکرات روز گذشته در رم برگزار شد", "2024-03-14", "2024-03-14", "day"),  # 'the past day' = yesterday
    ("در سفر چهارشنبه گذشته‌اش به تهران", "2024-03-13", "2024-03-13", "day"),  # with the enclitic 'his'
])
def test_relative(s, start, end, prec):
    m = one(s, published=P)
    assert (_iso(m.date_start), _iso(m.date_end), m.date_precision) == (start, end, prec)
    assert "2024-03-15" in m.reason


def test_a_day_the_month_does_not_have_is_no_date():
    # February 2024 has 29 days: the 30th of last month is no date at all, not 1 March
    assert [m for m in find_dates("في الثلاثين من الشهر الماضي", published=P) if m.date_precision == "day"] == []


def test_relative_without_publication_date():
    for s in ("الأسبوع الماضي", "أمس", "سال گذشته", "8 مايو الماضي"):
        m = one(s)
        assert m.date_start is None and m.date_end is None
        assert m.calendar == "relative" and "unknown" in m.reason
    m = one("في 10 يناير")
    assert m.date_start is None and "unknown" in m.reason


# --------------------------------------------------------------------------- negatives
@pytest.mark.parametrize("s", [
    "5+1", "مذاکرات ۵+۱", "می‌کند", "میکند", "121 موقفاً", "دی‌ماه", "مهر و محبت",
    "تیر خلاص", "به مه رفت", "۱۲۰۰ نفر آمدند", "بنسبة 90٪،", "۵/۱ میلیارد تومان",
    "عدة مرات في اليوم", "۵ می‌کند", "قيمته 2000 دولار",
])
def test_negatives(s):
    assert find_dates(s, published=P) == []


def test_offsets_exact_with_diacritics_and_zwnj():
    s = "قالَ فـي ١٠ يَنايِر ٢٠٢٤م\u200c ثم"
    m = one(s)
    assert s[m.start_char:m.end_char] == m.text
    assert m.text.startswith("١٠") and m.date_start == dt.date(2024, 1, 10)


# --------------------------------------------------------------------------- properties
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
SOLAR_NAMES = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
               "آذر", "دی", "بهمن", "اسفند"]
GREG_MSA = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
            "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
GREG_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
            "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
LUNAR_NAMES = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
               "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2060, 12, 31)))
def test_prop_solar_roundtrip(g):
    j = jdatetime.date.fromgregorian(date=g)
    s = f"در {j.day} {SOLAR_NAMES[j.month - 1]} {j.year} گفت".translate(FA_DIG)
    m = one(s, lang="fa")
    assert m.date_start == g and m.calendar == "solar_hijri"


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from([GREG_MSA, GREG_LEV]), st.sampled_from([None, FA_DIG, AR_DIG]))
def test_prop_gregorian_roundtrip(g, names, digits):
    s = f"في {g.day} {names[g.month - 1]} {g.year} وصل"
    if digits:
        s = s.translate(digits)
    m = one(s, lang="ar")
    assert m.date_start == g and m.calendar == "gregorian"


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2070, 12, 31)))
def test_prop_lunar_roundtrip(g):
    h = hijridate.Gregorian(g.year, g.month, g.day).to_hijri()
    s = f"في {h.day} {LUNAR_NAMES[h.month - 1]} {h.year} هـ".translate(AR_DIG)
    m = one(s, lang="ar")
    assert m.date_start == g and m.calendar == "lunar_hijri"


def test_sorted_non_overlapping_on_seeds():
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        raw = p.read_text(encoding="utf-8")
        ms = find_dates(raw)
        assert all(isinstance(m, DateMatch) for m in ms)
        for a, b in zip(ms, ms[1:]):
            assert a.end_char <= b.start_char
        for m in ms:
            assert raw[m.start_char:m.end_char] == m.text


# --------------------------------------------------------------------------- trigger windows
WINDOW_CASES = [
    "اواخر السنه في عام 2015 وفي أوائل مارس 2024، ثم بين يناير ومارس 2024 ومن 10 إلى 12 يناير 2024",
    "الخميس، يوم 7 تشرين الأول /أكتوبر من العام الماضي و15 حزيران/ يونيو 2025 م.",
    "روز چهارشنبه بیست و هفتم آبان ماه(نوامبر) ۱۳۹۸ هجری خورشیدی. دیماه و ۱۰دی و دی‌ماه سال گذشته",
    "في الثمانينيات من القرن العشرين، دهه ۶۰ شمسی، ممارسة الآبار، مطلع العام الجاري، أول أمس",
    "در ماه می ۲۰۰۳ و ۲۵ مه ۱۹۸۶ و هشتم می گذشته؛ ومايو 2020، وبمارس، اليوم الأحد",
    "التقى في الحادي والعشرين من الشهر الماضي، وفي الثاني والعشرين من الشهر الجاري",
    "مذاکرات روز گذشته در رم، روز گذشته از سفر، روزگذشته",
]


def test_windowed_scan_equals_full_scan():
    from pipeline import dates as D
    from pipeline.text import normalize
    docs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for raw in docs + WINDOW_CASES + [" ".join(WINDOW_CASES)]:
        for lang, pub in (("ar", None), ("fa", P)):
            ctx = D._Ctx(normalize(raw).text, lang, pub)
            full = [(c.vs, c.ve, c.start, c.end, c.reason) for c in D._scan(ctx, full=True)]
            win = [(c.vs, c.ve, c.start, c.end, c.reason) for c in D._scan(ctx)]
            assert win == full



def test_weekday_day_span_holds_every_match():
    # the plain test before _weekday_days: every weekday ends with one of its words, and wherever _WD_DAY matches
    # (seeds, the window cases, each weekday with spaces and digits around it, runs of them) the span it gives is
    # found and finditer over it gives the matches of the whole text
    from pipeline import dates as D
    from pipeline.text import normalize
    assert all(w.endswith(D._WD_ENDS) for w in D.T_WD)
    texts = [normalize(p.read_text(encoding="utf-8")).text for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [normalize(raw).text for raw in WINDOW_CASES]
    texts += [f"{pre}{w}{sp}{n}{post}" for w in D.T_WD for pre in ("", "و", "x ") for sp in (" ", "  ", "\u00a0", "\n\t", "\u2003")
              for n in ("5", "24", "123") for post in ("", " ", "/", "a")]
    matched = 0
    for t in texts + [" ".join(texts[k : k + 7]) for k in range(0, len(texts), 5)]:
        full = [(m.span(), m.groups()) for m in D._WD_DAY.finditer(t)]
        span = D._weekday_day_span(t)
        if full:
            matched += 1
            assert span is not None, t
        if span is not None:
            assert [(m.span(), m.groups()) for m in D._WD_DAY.finditer(t, *span)] == full, t
    assert matched > 100

# --------------------------------------------------------------------------- skeletons
def test_every_pattern_has_a_skeleton():
    from pipeline import dates as D
    # a pattern the relaxer cannot handle still scans right (plain finditer), only slower
    assert all(skel is not None for _, _, _, skel in D._PATTERNS)


def test_skeleton_classes_cover_regex_classes():
    import re
    import regex
    from pipeline import dates as D
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    rx = {c: set(regex.findall(c, every)) for c in (r"\d", r"\w", r"\s")}
    assert rx[r"\d"] <= set(re.findall(f"[{D._D_SUP}]", every))        # covers
    assert set(re.findall(r"\s", every)) >= rx[r"\s"]                  # covers
    assert set(re.findall(f"[{D._W_SUB}]", every)) <= rx[r"\w"]        # inside
    assert set(re.findall(f"[{D._S_SUB}]", every)) <= rx[r"\s"]        # inside
    assert set(re.findall(r"\d", every)) <= rx[r"\d"]                  # inside


def test_skeleton_lb_holds_wherever_lb_holds():
    import itertools
    import re
    import regex
    from pipeline import dates as D
    lb, sk = regex.compile(D.LB), re.compile(D._SK_LB)
    for alphabet, longest in (("وبلفاxم1ـ_، \u064e", 4), ("وبلا x", 6)):
        for n in range(longest + 1):
            for chars in itertools.product(alphabet, repeat=n):
                s = "".join(chars)
                for x in range(n + 1):
                    if lb.match(s, x):
                        assert sk.match(s, x), (s, x)


_SCAN_TOKENS = (["يناير", "مارس", "ماي", "مايو", "آب", "تشرين الأول", "آذار", "دی", "دیماه", "مه", "می",
                 "اردیبهشت", "آبان", "رمضان", "ذو الحجة", "الاثنين", "پنج شنبه", "بیست و هفتم", "الخامس عشر",
                 "صيف", "تابستان", "الثمانينيات", "دهه", "اليوم", "امروز", "أمس", "العام", "الماضي", "گذشته",
                 "سال", "عام", "في", "من", "در", "از", "و", "ب", "ال", "اواخر", "ماه", "شهر", "روز", "هـ", "م",
                 "ش", "هجری شمسی", "ممارسة", "میشود", "بين", "إلى", "تا", "الموافق"]
                + ["3", "12", "31", "1403", "2024", "٢٠٢٤", "۱۳۹۸", "7/5/18", "2024-01-10", "10/01/2024",
                   "10-12"]
                + ["", "", ",", "،", "/", "-", ".", "(", ")", "%", "\n", "ـ", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_TOKENS), min_size=1, max_size=40), st.data())
def test_skeleton_scan_equals_plain_scan(tokens, data):
    from pipeline import dates as D
    from pipeline.text import normalize
    text = normalize(" ".join(tokens)).text
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    for pat, _, _, skel in D._PATTERNS:
        for s, e in ((0, len(text)), (a, b)):       # whole text and a window
            want = [(m.span(), m.groupdict()) for m in pat.finditer(text, s, e)]
            got = [(m.span(), m.groupdict()) for m in D._finditer(pat, skel, text, [(s, e)])]
            assert got == want, (pat.pattern[:40], text, s, e)


# --------------------------------------------------------------------------- new forms
@pytest.mark.parametrize("s,lang,exp", [
    ("وصل في يناير إلى مسقط", None, ("2024-01-01", "2024-01-31", "month", "gregorian")),
    ("في أبريل قال", None, ("2023-04-01", "2023-04-30", "month", "gregorian")),
    ("التقى في مارس", None, ("2024-03-01", "2024-03-31", "month", "gregorian")),
    ("في شهر آب", None, ("2023-08-01", "2023-08-31", "month", "gregorian")),
    ("در آبان ماه(نوامبر) عملیاتی", "fa", ("2023-10-23", "2023-11-21", "month", "solar_hijri")),
    ("در دی ماه", "fa", ("2023-12-22", "2024-01-20", "month", "solar_hijri")),
    ("در اسفند گفت", "fa", ("2024-02-20", "2024-03-19", "month", "solar_hijri")),
])
def test_bare_month(s, lang, exp):
    m = one(s, lang=lang, published=P)
    assert rng(m) == exp and "year inferred" in m.reason
    m = one(s, lang=lang)
    assert m.date_start is None and m.date_end is None and "unknown" in m.reason


@pytest.mark.parametrize("s,lang,exp", [
    # an ambiguous month name (Nissan, kindness) with another month named right after it
    ("رعت خمس جولات خلال نيسان وأيار، من دون", None, ("2023-04-01", "2023-04-30", "month", "gregorian")),
    ("در مهر و آبان دو دور برگزار شد", "fa", ("2023-09-23", "2023-10-22", "month", "solar_hijri")),
])
def test_ambiguous_bare_month_paired_with_the_next_month(s, lang, exp):
    assert rng(one(s, lang=lang, published=P)) == exp


@pytest.mark.parametrize("s", ["يتذكر مراسل غطى ذلك اليوم أن القلق كان سيد الموقف", "ومنذ ذلك اليوم لم يلتقيا"])
def test_that_day_is_not_today(s):
    # «ذلك اليوم» is 'that day', told before; only «اليوم» / «هذا اليوم» is the publication day
    assert find_dates(s, "ar", P) == []


@pytest.mark.parametrize("s", ["مارس الضغط", "در مهر", "دی‌ماه", "مهر و محبت", "تیر خلاص",
                               "بيانات 2019 تشير", "ربيع الأول", "في نيسان وتويوتا"])
def test_bare_month_negatives(s):
    assert find_dates(s, published=P) == []


@pytest.mark.parametrize("s,lang,exp,approx", [
    ("في صيف 2019 وصل", None, ("2019-06-01", "2019-08-31", "month", "gregorian"), True),
    ("شتاء 2019", None, ("2018-12-01", "2019-02-28", "month", "gregorian"), True),
    ("ربيع العام الماضي", None, ("2023-03-01", "2023-05-31", "month", "relative"), True),
    ("تابستان ۹۸", "fa", ("2019-06-22", "2019-09-22", "month", "solar_hijri"), False),
    ("تابستان امسال", "fa", ("2023-06-22", "2023-09-22", "month", "relative"), False),
    ("در زمستان ۱۳۹۸", "fa", ("2019-12-22", "2020-03-19", "month", "solar_hijri"), False),
])
def test_seasons(s, lang, exp, approx):
    m = one(s, lang=lang, published=P)
    assert rng(m) == exp and m.approximate == approx


def test_season_qualified():
    m = one("اوایل زمستان ۱۳۹۸ بود", lang="fa")
    assert m.approximate and m.calendar == "solar_hijri" and m.date_precision == "month"
    assert dt.date(2019, 12, 22) == m.date_start < m.date_end < dt.date(2020, 2, 1)
    m = one("ربيع العام الماضي")
    assert m.date_start is None and "unknown" in m.reason


@pytest.mark.parametrize("s,lang,exp", [
    ("۹۷/۵/۷ ساعت", "fa", ("2018-07-29", "2018-07-29", "day", "solar_hijri")),
    ("بتاريخ 7/5/18 أعلن", "ar", ("2018-05-07", "2018-05-07", "day", "gregorian")),
    ("في الأول من يناير 2024", None, ("2024-01-01", "2024-01-01", "day", "gregorian")),
    ("الخامس عشر من مارس", None, ("2024-03-15", "2024-03-15", "day", "gregorian")),
    ("الحادي والعشرين من سبتمبر 2001", None, ("2001-09-21", "2001-09-21", "day", "gregorian")),
    ("تشرين الثاني نوفمبر 2019", None, ("2019-11-01", "2019-11-30", "month", "gregorian")),
    ("انتخابات 2024 الرئاسية", None, ("2024-01-01", "2024-12-31", "year", "gregorian")),
    ("اتفاق 2015 النووي", None, ("2015-01-01", "2015-12-31", "year", "gregorian")),
    ("انتخابات ۱۴۰۰ ریاست", "fa", ("2021-03-21", "2022-03-20", "year", "solar_hijri")),
])
def test_new_forms(s, lang, exp):
    assert rng(one(s, lang=lang, published=P)) == exp


@pytest.mark.parametrize(
    "text, expected",
    [("مساء الخميس", "2015-04-02"), ("صباح الأحد", "2015-03-29"), ("صبح پنجشنبه", "2015-04-02"), ("عصر شنبه", "2015-03-28")],
)
def test_weekday_with_time_of_day_is_relative_to_publication(text, expected):
    from pipeline.dates import find_dates

    found = find_dates(text, published=dt.date(2015, 4, 3))
    assert [f.date_start.isoformat() for f in found] == [expected]
    assert find_dates(text)[0].date_start is None  # no publication date: not pinned


def test_bare_weekday_between_commas_is_the_news_style_date():
    from pipeline.dates import find_dates

    found = find_dates("أعلنت قطر، الاثنين، إتمام الصفقة", published=dt.date(2023, 9, 19))
    assert [(f.text, f.date_start) for f in found] == [("الاثنين", dt.date(2023, 9, 18))]
    assert find_dates("جاء الاثنان معا إلى الاجتماع", published=dt.date(2023, 9, 19)) == []


def test_persian_month_with_gozashteh_is_the_most_recent_one_not_last_years():
    from pipeline.dates import find_dates

    pub = dt.date(2024, 3, 15)  # 25 Esfand 1402
    assert find_dates("در دی‌ماه گذشته در مسقط", published=pub)[0].date_start == dt.date(2023, 12, 22)  # Dey 1402
    assert find_dates("دی ماه سال گذشته", published=pub)[0].date_start == dt.date(2022, 12, 22)  # Dey 1401


def test_a_number_after_a_comma_is_not_a_two_digit_year():
    ds = find_dates("فردای آن روز، سه‌شنبه ۳۰ دی، ۵۲ گروگان آزاد شدند.", lang="fa", published=dt.date(2024, 1, 1))
    assert [d.text for d in ds] == ["سه‌شنبه ۳۰ دی"]
    assert [d.date_start for d in find_dates("روز سه‌شنبه ۹ مرداد ۹۷ خبر دادند", lang="fa")] == [dt.date(2018, 7, 31)]


@pytest.mark.parametrize("pub", [None, dt.date(2024, 1, 1)])
def test_a_day_without_a_year_takes_the_year_of_the_date_before_it(pub):
    t = "عقدت الجولة الثانية يوم 24 تموز/ يوليو 2007. وبعد أقل من أسبوعين، في 6 آب/ أغسطس، اجتمعت اللجنة."
    ds = find_dates(t, lang="ar", published=pub)
    assert [(d.date_start, d.date_precision) for d in ds] == [(dt.date(2007, 7, 24), "day"), (dt.date(2007, 8, 6), "day")]
    # a month before the anchor's falls in the next year
    ds = find_dates("التقيا في 20 ديسمبر 2019، ثم في 5 يناير.", lang="ar", published=pub)
    assert ds[-1].date_start == dt.date(2020, 1, 5)
    # too far from any dated anchor: the publication year as before
    far = "التقيا في 20 مارس 2019. " + "كلام " * 80 + "ثم في 5 مايو."
    d = find_dates(far, lang="ar", published=dt.date(2024, 6, 1))[-1]
    assert d.date_start == dt.date(2024, 5, 5)


def test_the_weekday_picks_the_year_of_a_day_before_its_anchor():
    # 15 December 1980 was a Monday: the month before the anchor's year, not 15 December 1981 (a Tuesday)
    t = "كان ذلك يوم الثلاثاء 20 كانون الثاني/يناير 1981. وقبل ذلك، الاثنين 15 كانون الأول/ديسمبر، التقى الوسطاء بالوفد."
    assert [d.date_start for d in find_dates(t, lang="ar", published=dt.date(2021, 1, 20))][-1] == dt.date(1980, 12, 15)
    # without a weekday the day is read in the anchor's year, as before
    t2 = t.replace("الاثنين ", "في ")
    assert [d.date_start for d in find_dates(t2, lang="ar", published=dt.date(2021, 1, 20))][-1] == dt.date(1981, 12, 15)


def test_a_day_of_the_anchors_month_or_the_month_before_is_in_its_year():
    t = "توافق در ۱۳ فروردین ۱۳۹۴ در لوزان حاصل شد. گفت‌وگوها از ۶ فروردین آغاز شده بود."
    assert [d.date_start for d in find_dates(t, lang="fa", published=None)][-1] == dt.date(2015, 3, 26)
    t = "كان ذلك يوم الثلاثاء 20 كانون الثاني/يناير 1981. وفي 19 كانون الثاني/يناير وقّع كريستوفر النصوص."
    assert [d.date_start for d in find_dates(t, lang="ar", published=dt.date(2021, 1, 20))][-1] == dt.date(1981, 1, 19)


def test_a_month_of_the_same_year_takes_the_previous_dates_year():
    ds = find_dates("بامداد یکشنبه ۳ آذر ۱۳۹۲ توافق شد. دور پیشین که در آبان همان سال برگزار شده بود", lang="fa", published=None)
    assert [(d.text, d.edtf, d.date_precision) for d in ds][-1] == ("آبان همان سال", "2013-10-23/2013-11-21", "month")


@pytest.mark.parametrize(
    "text, lang, edtf",
    [
        ("وصل في أيار/مايو 1986. وفي خريف العام نفسه التقى المبعوثون", "ar", "1986-09~/1986-11~"),
        ("كان ذلك عام 2024. وفي أواخر صيف العام نفسه التقيا", "ar", "2024-08-02~/2024-08-31~"),
        ("در خرداد ۱۳۶۵ رسید. در پاییز همان سال دیدار کردند", "fa", "1986-09-23/1986-12-21"),
        ("در مه 1986 رسید. در پاییز همان سال دیدار کردند", "fa", "1986-09~/1986-11~"),
    ],
)
def test_a_season_of_the_same_year_takes_the_previous_dates_year_and_calendar(text, lang, edtf):
    assert find_dates(text, lang, dt.date(2025, 11, 3))[-1].edtf == edtf
    # with no date before it, it names no time
    assert find_dates(text.split(". ")[1], lang, dt.date(2025, 11, 3)) == []


@pytest.mark.parametrize("text, edtf", [
    ("مک‌فارلین خرداد ۶۵ با یک هواپیما به تهران آمد", "1986-05-22/1986-06-21"),
    ("پیروزی انقلاب در بهمن ۵۷", "1979-01-21/1979-02-19"),
])
def test_a_solar_hijri_month_with_a_two_digit_year(text, edtf):
    assert [d.edtf for d in find_dates(text, "fa", dt.date(2025, 5, 20))] == [edtf]
    # not a count after the month, nor a Gregorian month
    assert find_dates("تا آذر ۱۰ روز مانده است", "fa", dt.date(2025, 5, 20)) == []
    assert find_dates("مايو 86", "ar", dt.date(2025, 5, 20)) == []


def test_two_months_of_the_same_year_take_the_previous_dates_year():
    ds = find_dates("در شهریور ۱۳۶۵ بهرمانی به واشنگتن سفر کرد. در مهر و آبان همان سال سه دیدار دیگر برگزار شد.", "fa", dt.date(2025, 5, 20))
    assert [d.edtf for d in ds] == ["1986-08-23/1986-09-22", "1986-09-23/1986-11-21"]
    assert find_dates("در مهر و آبان همان سال سه دیدار دیگر برگزار شد.", "fa", dt.date(2025, 5, 20)) == []


def test_a_year_heading_a_chronologys_entry_lends_its_year_to_a_month_in_it():
    text = ("تسلسل زمني.\n\n1991\nالدبلوماسي الإيطالي جاندومينيكو بيكو ينقل الرسائل بين البيت الأبيض والرئيس الإيراني حتى خرج "
            "آخر الرهائن الأمريكيين في لبنان في كانون الأول/ديسمبر.")
    assert [d.edtf for d in find_dates(text, "ar", dt.date(2025, 4, 9))] == ["1991", "1991-12"]
    # a number inside a line is no heading
    assert [d.edtf for d in find_dates("وصل عدد الزوار إلى 1991 زائراً في كانون الأول/ديسمبر.", "ar", dt.date(2025, 4, 9))] == ["2024-12"]


def test_a_pair_of_weekdays_starts_on_the_first():
    ds = find_dates("که روزهای سه‌شنبه و چهارشنبه برگزار شد", lang="fa", published=dt.date(2022, 6, 30))
    assert [d.date_start for d in ds] == [dt.date(2022, 6, 28)]
    ds = find_dates("التقيا يومي الثلاثاء والأربعاء", lang="ar", published=dt.date(2022, 6, 30))
    assert [d.date_start for d in ds] == [dt.date(2022, 6, 28)]


@pytest.mark.parametrize(
    "text, lang, edtf",
    [
        ("عقدت المحادثات يومي 7 و8 تشرين الثاني في مسقط", "ar", "2024-11-07/2024-11-08"),
        ("من 10 إلى 12 مايو الماضي", "ar", "2024-05-10/2024-05-12"),
        ("مذاکرات روزهای ۷ و ۸ آبان برگزار شد", "fa", "2024-10-28/2024-10-29"),
        ("في عام 2024 و8 نوفمبر", "ar", "2024-11-08"),  # a year before, not a first day
        ("اعتقل 3 أشخاص في 8 نوفمبر", "ar", "2024-11-08"),
        ("يومي 9 و8 نوفمبر", "ar", "2024-11-08"),  # not a range
    ],
)
def test_a_bare_first_day_opens_a_yearless_range(text, lang, edtf):
    assert find_dates(text, lang, dt.date(2024, 12, 1))[-1].edtf == edtf


@pytest.mark.parametrize(
    "text, lang, pub, edtf",
    [
        ("انعقد بين 27 تشرين الثاني/نوفمبر و5 كانون الأول/ديسمبر 2001", "ar", None, "2001-11-27/2001-12-05"),
        ("بين 27 نوفمبر و5 ديسمبر 2001", "ar", dt.date(2025, 3, 1), "2001-11-27/2001-12-05"),
        ("من 27 ديسمبر إلى 5 يناير 2002", "ar", None, "2001-12-27/2002-01-05"),
        ("از ۶ آبان تا ۱۴ آذر ۱۳۸۰", "fa", dt.date(2025, 3, 1), "2001-10-28/2001-12-05"),
    ],
)
def test_the_first_end_of_a_cross_month_range_takes_the_year_of_the_second(text, lang, pub, edtf):
    assert find_dates(text, lang, pub)[-1].edtf == edtf


def test_a_month_after_a_season_anchor_does_not_crash():
    # a season («صيف 1985») is an anchor with a year and no month: a later month with no year
    # («أواخر أيار/مايو») takes its year rather than failing to compare months
    got = find_dates("شرعت في صيف 1985 بإرسال الشحنات. أما الرحلة فجرت في أواخر أيار/مايو.", published=P)
    assert [m.date_start.year for m in got] == [1985, 1985]


@pytest.mark.parametrize(
    "text, lang, edtf, prec",
    [
        ("في مثل هذا اليوم قبل عشر سنوات رنّ هاتف في السيارة.", "ar", "2013-09-27", "day"),
        ("في مثل هذه الأيام قبل عشرين عاماً دخل مصارعون أمريكيون طهران.", "ar", "2003-09~", "month"),
        ("قبل 10 سنوات التقى الوزيران.", "ar", "2013~", "year"),
        ("قبل عامين التقى الوزيران.", "ar", "2021~", "year"),
        ("درست ده سال پیش در چنین روزی نامه فرستاده شد.", "fa", "2013-09-27", "day"),
        ("ده سال پیش نامه فرستاده شد.", "fa", "2013~", "year"),
    ],
)
def test_years_ago_count_from_the_publication_date(text, lang, edtf, prec):
    ds = find_dates(text, lang=lang, published=dt.date(2023, 9, 27))
    assert [(d.edtf, d.date_precision) for d in ds] == [(edtf, prec)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("ده سال پیش از انقلاب نامه فرستاده شد.", "fa"),  # before another happening: no date
        ("قبل عشر سنوات من الثورة التقى الوزيران.", "ar"),
        ("قبل سنوات التقى الوزيران.", "ar"),  # no number: not one date
    ],
)
def test_years_before_another_happening_or_uncounted_are_no_date(text, lang):
    assert find_dates(text, lang=lang, published=dt.date(2023, 9, 27)) == []


def test_years_ago_need_a_publication_date():
    assert find_dates("قبل 10 سنوات التقى الوزيران.", lang="ar", published=None) == []


def test_a_day_of_the_following_year():
    ds = find_dates("في 14 أيلول/سبتمبر 2010 ثم في الحادي والعشرين من أيلول/سبتمبر من العام التالي", "ar", None)
    assert [(d.edtf, d.text.endswith("التالي")) for d in ds] == [("2010-09-14", False), ("2011-09-21", True)]


def test_n_years_since_counts_back_from_the_publication():
    text = "بمناسبة مرور عشر سنوات على الإفراج عن الشابين الأمريكيين"
    (d,) = find_dates(text, "ar", dt.date(2021, 9, 22))
    assert (d.edtf, d.date_precision) == ("2011~", "year")
    assert find_dates(text, "ar", None) == []


_AGO_WORDS = ["قبل", "پیش", "مرور", "عشر", "سنوات", "علی", "۱۰", "12", "سال", "دهه", "عاما", "فی مثل هذا الیوم",
              "در چنین روزی", "درست", "المقبل", "من", "از", "الاتفاق", "انقلاب", "و", "طهران", "x" * 40,
              "ثلاثه", "ایام", "اسبوعین", "شهر", "فی", "،", "روز", "هفته", "ماه", "دو", "الیوم", "حدود"]


@given(st.lists(st.sampled_from(_AGO_WORDS), max_size=60))
def test_the_years_ago_windows_hold_every_expression_of_a_full_scan(words):
    from pipeline.dates import _AGO, _N_YEARS, _hint_windows
    text = " ".join(words)
    wins = _hint_windows(text)
    for pat in (_AGO, _N_YEARS):
        full = [(m.start(), m.end()) for m in pat.finditer(text)]
        windowed = [(m.start(), m.end()) for a, b in wins for m in pat.finditer(text, a, b)]
        assert windowed == full


def test_two_arabic_ordinal_days_of_one_month_are_a_range():
    ds = find_dates("الاجتماع الذي استضافته العاصمة يومي السابع والثامن من آذار/مارس 2016", "ar", None)
    assert [(d.edtf, d.date_precision) for d in ds] == [("2016-03-07/2016-03-08", "day")]


def test_a_compound_arabic_ordinal_is_one_day_not_a_range():
    ds = find_dates("في الرابع والعشرين من تموز/يوليو 2017", "ar", None)
    assert [d.edtf for d in ds] == ["2017-07-24"]


@pytest.mark.parametrize("text, lang, want", [
    ("بیست‌وپنج سال پیش در چنین روزی", "fa", "1998-09-21"),
    ("بیست و پنج سال پیش در چنین روزی", "fa", "1998-09-21"),
    ("في مثل هذا اليوم قبل خمسة وعشرين عاما", "ar", "1998-09-21"),
    ("في مثل هذا اليوم قبل ثمانية عشر عاما", "ar", "2005-09-21"),
])
def test_compound_numbers_of_years_ago(text, lang, want):
    ds = find_dates(text, lang, dt.date(2023, 9, 21))
    assert [d.edtf for d in ds] == [want]


def test_a_day_of_the_same_month_takes_the_month_of_the_date_before():
    ds = find_dates("انطلقت المحادثات في السادس من نيسان/أبريل 2021، واستمرت الجولة الأولى حتى التاسع من الشهر نفسه.", "ar", None)
    assert [d.edtf for d in ds] == ["2021-04-06", "2021-04-09"]
    ds = find_dates("مذاکرات در ۶ دی ۱۳۹۴ انجام شد و زندانیان در روزهای ۲۶ و ۲۷ همان ماه آزاد شدند.", "fa", None)
    assert [d.edtf for d in ds] == ["2015-12-27", "2016-01-16/2016-01-17"]
    assert find_dates("في التاسع من الشهر نفسه", "ar", None) == []  # no month before it


def test_a_box_label_of_the_day_is_no_date():
    # «رقم اليوم» ('number of the day'), «سؤال اليوم»: a newsletter's box, not 'today'
    assert find_dates("رقم اليوم: ٣ – عدد الجولات التي عُقدت حتى الآن", "ar", dt.date(2025, 5, 7)) == []
    assert [d.edtf for d in find_dates("التقى الوزيران اليوم", "ar", dt.date(2025, 5, 7))] == ["2025-05-07"]


@pytest.mark.parametrize("text", ["در ده سال گذشته", "طی سه ماه گذشته", "در چند سال گذشته", "در دو هفته گذشته", "طی چند روز گذشته"])
def test_the_past_n_years_is_a_span_up_to_now_not_last_year(text):
    # «ده سال گذشته» is 'the past ten years', not «سال گذشته» 'last year'
    assert find_dates(text, lang="fa", published=dt.date(2024, 1, 10)) == []


def test_last_year_month_week_day_without_a_count_are_still_read():
    got = [(d.text, d.date_precision) for t in ("سال گذشته", "ماه گذشته", "هفته گذشته", "روز گذشته")
           for d in find_dates(f"در {t} دیدار کردند", lang="fa", published=dt.date(2024, 1, 10))]
    assert got == [("سال گذشته", "year"), ("ماه گذشته", "month"), ("هفته گذشته", "day"), ("روز گذشته", "day")]


@pytest.mark.parametrize("text", ["بیش از یک دهه پیش", "حدود ده سال پیش", "نزدیک به بیست سال پیش"])
def test_more_than_or_about_n_years_ago_is_no_year(text):
    assert find_dates(f"آلماتی {text} میزبان گفت‌وگوها بود", lang="fa", published=dt.date(2025, 10, 30)) == []
    # (exactly N years ago still is)
    assert [d.date_start.year for d in find_dates("آلماتی ده سال پیش میزبان گفت‌وگوها بود", lang="fa", published=dt.date(2025, 10, 30))] == [2015]


def test_a_day_of_the_same_month_after_a_date_with_its_equivalent_in_brackets_takes_the_first_calendars_month():
    ms = find_dates("وصل في 25 أيار 1986 (4 خرداد 1365 هـ.ش) وبقي حتى الثامن والعشرين من الشهر نفسه.", lang="ar", published=dt.date(2016, 11, 3))
    assert [(m.date_start, m.calendar) for m in ms][-1] == (dt.date(1986, 5, 28), "gregorian")


@pytest.mark.parametrize("text, lang, edtf", [
    # days ago: that day
    ("اجتمع المبعوثان قبل ثلاثة أيام في الدوحة.", "ar", "2025-06-07"),
    ("اجتمع المبعوثان قبل يومين في الدوحة.", "ar", "2025-06-08"),
    ("فرستادگان پنج روز پیش در دوحه دیدار کردند.", "fa", "2025-06-05"),
    # weeks ago: the (Saturday-based) week that many weeks before the publication's, as 'last week'
    ("اجتمع المبعوثان قبل أسبوعين في الدوحة.", "ar", "2025-05-24/2025-05-30"),
    ("اجتمع المبعوثان قبل أسبوع في الدوحة.", "ar", "2025-05-31/2025-06-06"),
    ("فرستادگان دو هفته پیش در دوحه دیدار کردند.", "fa", "2025-05-24/2025-05-30"),
    # months ago: that month, approximate (Gregorian in Arabic, Solar Hijri in Persian)
    ("اجتمع المبعوثان قبل ثلاثة أشهر في الدوحة.", "ar", "2025-03~"),
    ("اجتمع المبعوثان قبل شهر، في الدوحة.", "ar", "2025-05~"),
    ("فرستادگان دو ماه پیش در دوحه دیدار کردند.", "fa", "2025-03-21~/2025-04-20~"),
])
def test_days_weeks_and_months_ago_count_from_the_publication_date(text, lang, edtf):
    assert [d.edtf for d in find_dates(text, lang=lang, published=dt.date(2025, 6, 10))] == [edtf]


@pytest.mark.parametrize("text, lang", [
    ("اجتمع المبعوثان قبل ثلاثة أيام من الانتخابات.", "ar"),  # before another happening
    ("فرستادگان ده روز پیش از انتخابات دیدار کردند.", "fa"),
    ("اجتمع المبعوثان قبل أيام.", "ar"),  # no count: not one day
    ("فرستادگان بیش از دو هفته پیش دیدار کردند.", "fa"),  # more than two weeks ago: not last week either
])
def test_days_or_weeks_before_another_happening_uncounted_or_more_than_are_no_date(text, lang):
    assert find_dates(text, lang=lang, published=dt.date(2025, 6, 10)) == []


def test_a_bare_day_or_month_after_before_is_the_day_or_month_named_not_an_age():
    # «قبل يوم الجمعة» 'before Friday', «قبل شهر رمضان» 'before Ramadan'
    got = [d.text for t in ("قبل يوم الجمعة", "قبل شهر رمضان") for d in find_dates(t, "ar", dt.date(2025, 6, 10))]
    assert got == ["يوم الجمعة", "شهر رمضان"]


@pytest.mark.parametrize("text, lang", [("وصل المبعوث الليلة الماضية.", "ar"), ("فرستاده دیشب رسید.", "fa"), ("فرستاده شب گذشته رسید.", "fa")])
def test_last_night_is_yesterday(text, lang):
    assert [d.edtf for d in find_dates(text, lang=lang, published=dt.date(2025, 6, 10))] == ["2025-06-09"]


def test_the_first_week_or_half_of_last_month_is_that_month_not_its_first_day():
    for t in ("في الأسبوع الأول من الشهر الماضي", "في النصف الأول من الشهر الماضي"):
        assert [(d.edtf, d.date_precision) for d in find_dates(t, "ar", dt.date(2025, 6, 10))] == [("2025-05", "month")]
    # (a day of last month still is that day)
    assert [d.edtf for d in find_dates("في الحادي والعشرين من الشهر الماضي", "ar", dt.date(2025, 6, 10))] == ["2025-05-21"]


@pytest.mark.parametrize("text, lang, edtf", [
    ("التقيا الثلاثاء من الأسبوع الماضي", "ar", "2025-06-03"),
    ("سه‌شنبه هفته گذشته دیدار کردند", "fa", "2025-06-03"),
    ("روز شنبه هفته آینده دیدار می‌کنند", "fa", "2025-06-14"),
])
def test_a_weekday_of_last_or_next_week_is_that_day(text, lang, edtf):
    assert [d.edtf for d in find_dates(text, lang=lang, published=dt.date(2025, 6, 10))] == [edtf]


def test_n_years_ago_from_today_is_that_year_not_today():
    ds = find_dates("قبل عشر سنوات من اليوم وقّع الطرفان الاتفاق", "ar", dt.date(2025, 6, 10))
    assert [(d.edtf, d.date_precision) for d in ds] == [("2015~", "year")]


def test_last_gregorian_year_in_persian_is_the_gregorian_year():
    ds = find_dates("سال گذشته میلادی دیدار کردند", "fa", dt.date(2025, 6, 10))
    assert [(d.date_start, d.date_end) for d in ds] == [(dt.date(2024, 1, 1), dt.date(2024, 12, 31))]
    # (without the word it is the last Solar Hijri year)
    assert find_dates("سال گذشته دیدار کردند", "fa", dt.date(2025, 6, 10))[0].date_start == dt.date(2024, 3, 20)


def test_a_word_ending_in_a_number_word_is_no_count():
    # «جلسه» ends in «سه» 'three', «فرستاده» in «ده» 'ten': «جلسه هفته گذشته» is last week's session
    assert [d.text for d in find_dates("جلسه هفته گذشته برگزار شد", "fa", dt.date(2025, 6, 10))] == ["هفته گذشته"]
    assert find_dates("سه هفته گذشته", "fa", dt.date(2025, 6, 10)) == []


@pytest.mark.parametrize("text, lang, edtf, prec", [
    # Nowruz is 1 Farvardin of its Solar Hijri year (or of the one beginning in a Gregorian year)
    ("پیام‌ها نوروز ۱۴۰۳ رد و بدل شد", "fa", "2024-03-20~", "day"),
    ("تبادلت الرسائل في عيد النوروز 2025", "ar", "2025-03-21~", "day"),
    # Eid al-Fitr is 1 Shawwal, Eid al-Adha 10 Dhu al-Hijjah, of a lunar year or within a Gregorian / Solar Hijri one
    ("التقى الوفدان في عيد الفطر 2024", "ar", "2024-04-10~", "day"),
    ("التقى الوفدان في عيد الفطر عام 1445 هـ", "ar", "2024-04-10~", "day"),
    ("هیئت‌ها عید قربان ۱۴۰۳ دیدار کردند", "fa", "2024-06-16~", "day"),
    # the eve is the day before; 'on the threshold of' the days before; the holidays the days after
    ("التقى الوفدان عشية عيد الفطر 2024", "ar", "2024-04-09", "day"),
    ("پیام در آستانه نوروز ۱۴۰۴ رسید", "fa", "2025-03-11~/2025-03-20~", "month"),
    ("هیئت‌ها در تعطیلات نوروز ۱۴۰۲ دیدار کردند", "fa", "2023-03-21~/2023-04-02~", "month"),
    # relative to the publication: this year's, the last one before it
    ("هیئت‌ها عید فطر امسال دیدار کردند", "fa", "2025-03-30~", "day"),
    ("التقى الوفدان في عيد الأضحى الماضي", "ar", "2024-06-16~", "day"),
])
def test_feasts_with_a_year_are_dates(text, lang, edtf, prec):
    ds = find_dates(text, lang=lang, published=dt.date(2025, 5, 1))
    assert [(d.edtf, d.date_precision) for d in ds] == [(edtf, prec)]


def test_a_feast_without_a_year_is_no_date():
    assert find_dates("التقى الوفدان في عيد الفطر", "ar", dt.date(2025, 5, 1)) == []
    assert find_dates("هیئت‌ها عید فطر امسال دیدار کردند", "fa", None)[0].date_start is None


def test_on_an_undated_page_the_days_of_a_chronology_take_the_year_of_the_heading_one_after_another():
    text = ("مواعيد عام 2013.\n\n24 أيلول/سبتمبر\nخطاب في نيويورك أمام الجمعية العامة للأمم المتحدة، ولقاءات كثيرة على هامشه "
            "مع وفود عديدة من قارات مختلفة.\n\n26 أيلول/سبتمبر\nاجتماع وزاري في نيويورك على هامش الجمعية العامة بحضور وزراء "
            "خارجية عدة دول، ولقاء ثنائي طويل بين وزيرين.\n\n16 تشرين الأول/أكتوبر\nجولة في جنيف.")
    got = [d.date_start for d in find_dates(text, "ar", None)]
    assert got == [dt.date(2013, 1, 1), dt.date(2013, 9, 24), dt.date(2013, 9, 26), dt.date(2013, 10, 16)]
    # (on a dated page the day far from the heading takes the publication's year, as before)
    assert find_dates(text, "ar", dt.date(2020, 12, 1))[-1].date_start == dt.date(2020, 10, 16)


def test_a_year_after_since_lends_no_year():
    text = "وهو أول اتصال منذ 1979. وفي 16 تشرين الأول/أكتوبر عُقدت جولة في جنيف."
    assert [d.date_start for d in find_dates(text, "ar", None)] == [dt.date(1979, 1, 1), None]


def test_this_very_month_and_week_in_persian_are_this_month_and_week():
    # «همین» is 'this very' («همان», 'that same', looks back to a date before)
    got = [(d.text, d.date_start, d.date_precision) for t in ("اوایل همین ماه", "همین هفته") for d in find_dates(t, "fa", dt.date(2025, 5, 8))]
    assert got == [("همین ماه", dt.date(2025, 4, 21), "month"), ("همین هفته", dt.date(2025, 5, 3), "day")]


@pytest.mark.parametrize("text", ["مذاکره شد و سه سال بعد دوباره دیدار کردند", "دو ماه بعد آزاد شد", "یک هفته بعد آزاد شدند"])
def test_a_count_before_persian_later_is_no_next_year_month_or_week(text):
    # «سه سال بعد» is three years after something told before, not next year counted from the publication
    assert find_dates(text, "fa", dt.date(2025, 10, 21)) == []


def test_persian_n_days_or_weeks_later_counts_from_the_date_before():
    from pipeline.dates import counted_from_that
    from pipeline.text import normalize

    text = "در ۲۰ شهریور ۱۴۰۲ پول منتقل شد و یک هفته بعد زندانیان آزاد شدند، اما دو روز بعد از آزادی آنها بیانیه‌ای آمد."
    got = [(text[a:b], days) for a, b, days in counted_from_that(normalize(text))]
    assert got == [("یک هفته بعد", 7)]  # (not «دو روز بعد از آزادی»: two days after another happening)


def test_a_weekday_no_year_near_the_date_before_gives_takes_the_publications_year():
    # 16 Azar was a Saturday in 1398, not in 1394–1396: 'yesterday, Saturday 16 Azar' is recent, whatever 1395 says
    ds = find_dates("او که از مرداد 1395 در زندان بود، دیروز شنبه 16 آذر آزاد شد.", "fa", dt.date(2019, 12, 8))
    assert [d.date_start for d in ds][-1] == dt.date(2019, 12, 7)


def test_a_weekday_with_a_day_in_apposition_names_that_day():
    ds = find_dates("بدأت الجولة في 6 نيسان/أبريل 2021، وانتهت يوم الجمعة، التاسع من الشهر نفسه.", "ar", dt.date(2022, 4, 6))
    assert [d.date_start for d in ds] == [dt.date(2021, 4, 6), dt.date(2021, 4, 9)]
    # (a weekday alone still counts back from the publication)
    assert [d.date_start for d in find_dates("وانتهت الجولة يوم الجمعة.", "ar", dt.date(2022, 4, 6))] == [dt.date(2022, 4, 1)]


_FROM_THAT_WORDS = ["یک", "دو", "سه", "روز", "هفته", "پیش", "پس", "بعد", "از", "ان", "انکه", "قبل", "ذلک", "بثلاثه", "ایام", "بیومین",
                    "قبلها", "بعدها", "باسبوع", "و", "x" * 50, "12", "طهران"]


@given(st.lists(st.sampled_from(_FROM_THAT_WORDS), max_size=50))
def test_the_from_that_windows_hold_every_expression_of_a_full_scan(words):
    from pipeline.dates import _AGO_SHORT_MAX, _FROM_THAT, _FROM_THAT_DAYS, _ago_number, counted_from_that
    from pipeline.text import normalize

    view = normalize(" ".join(words))
    want = []
    for m in _FROM_THAT.finditer(view.text):  # the plain definition: one scan of the whole text
        word, unit = m.group("n1") or m.group("n2") or m.group("n4"), m.group("u1") or m.group("u2") or m.group("u4")
        n = _ago_number(word) if word else (2 if unit in ("یومین", "اسبوعین") else 1)
        if n is None or (word is None and unit in ("ایام", "اسابیع")) or not 0 < n * _FROM_THAT_DAYS[unit] <= _AGO_SHORT_MAX["day"]:
            continue
        before = (m.group("d1") or m.group("d2") or m.group("d3") or "").startswith(("پیش", "قبل"))
        want.append((*view.to_raw(m.start(), m.end()), -n * _FROM_THAT_DAYS[unit] if before else n * _FROM_THAT_DAYS[unit]))
    assert counted_from_that(view) == want


def test_the_from_that_gate_holds_in_every_match():
    # the cheap test before _FROM_THAT in counted_from_that: the span of every match holds one of _FROM_THAT_WORDS or
    # «ذلک», spaces and «ب» (spaces of any kind between)
    from pipeline import dates as D
    from pipeline.text import normalize

    raws = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] + [
        "وقبل ذلك\u00a0بيومين التقى الوفدان", "وبعد ذلك \n بأسبوع عاد", "قبلها بثلاثة أيام", "وبعدها بأسبوعين", "دو روز پس از آن آزاد شدند",
        "یک هفته بعد آزاد شدند", "سه هفته پیش از آن", "بعد ذلك\u2003بيوم واحد"]
    found = 0
    for raw in raws:
        text = normalize(raw).text
        for m in D._FROM_THAT.finditer(text):
            found += 1
            a, b = m.span()
            assert any(w in m.group() for w in D._FROM_THAT_WORDS) or D._THAT_THEN_BI.search(text, a, b), m.group()
    assert found >= 7



@pytest.mark.parametrize("text, lang, pub, first, last", [
    # the day it ended a dozen words before 'ended' (with ZWNJs written as spaces the same clause has more words:
    # «پیش نویس», «بین المللی»)
    ("گفت وگوهای سه روزه ایران و آمریکا در وین که از دوشنبه ٢٧ مهر آغاز شده بود، دیروز چهارشنبه ٢٩ مهر "
     "با ارائه پیش نویس توافقی از سوی محمد البرادعی، مدیرکل آژانس بین المللی، به پایان رسید.",
     "fa", "2009-10-22", "2009-10-19", "2009-10-21"),
    # yesterday with its weekday and day, then a long clause before 'ended'
    ("گفت‌وگوهای سه‌جانبه ظریف، کری و اشتون که یکشنبه ۱۸ آبان در مسقط آغاز شده بود، دیروز دوشنبه ۱۹ آبان پس از "
     "حدود ده ساعت گفت‌وگو در دو روز، بدون دستیابی به توافق به پایان رسید.",
     "fa", "2014-11-11", "2014-11-09", "2014-11-10"),
    # an Arabic round told end first, then the day it began
    ("اختتمت يوم الأربعاء 27 شباط/فبراير 2013 في ألماتي جولة المحادثات بين إيران والدول الست الكبرى التي بدأت "
     "يوم الثلاثاء 26 شباط/فبراير.",
     "ar", "2013-02-28", "2013-02-26", "2013-02-27"),
])
def test_a_round_that_began_and_ended_spans_both_days(text, lang, pub, first, last):
    from pipeline.extract.base import DocInput
    from pipeline.extract.rules import RuleExtractor
    (c,) = RuleExtractor().extract(DocInput("t", text, lang, dt.date.fromisoformat(pub)))
    assert (c.date_start, c.date_end) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("text, lang, pub, first, last", [
    # Arabic, the dual 'last' after two month names
    ("عُقدت الجولات بين أبريل ومايو الماضيين في مسقط وروما.", "ar", "2025-10-15", "2025-04-01", "2025-05-31"),
    # a range across the turn of the year ends in the last January
    ("استمرت الاتصالات من نوفمبر إلى يناير الماضي.", "ar", "2025-10-15", "2024-11-01", "2025-01-31"),
    # Persian, Solar Hijri months with 'last'
    ("گفت‌وگوها بین فروردین و اردیبهشت گذشته برگزار شد.", "fa", "2025-10-15", "2025-03-21", "2025-05-21"),
])
def test_two_months_with_last_are_the_last_such_months_before_publication(text, lang, pub, first, last):
    (d,) = find_dates(text, lang, dt.date.fromisoformat(pub))
    assert (d.date_start, d.date_end, d.date_precision) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last), "month")


def test_two_months_with_last_and_no_publication_date_give_no_range():
    assert all(d.date_start is None for d in find_dates("بين أبريل ومايو الماضيين", "ar", None))


@pytest.mark.parametrize("text, lang, day", [
    ("مرور رویدادهای هفته.\n\nیکشنبه: چهارمین دور گفت‌وگوها در مسقط برگزار شد.", "fa", "2025-05-11"),
    ("ملخص الأسبوع.\n\nالسبت: عقدت الجولة في روما.", "ar", "2025-05-10"),
])
def test_a_weekday_heading_an_entry_of_a_weekly_round_up_is_that_days_of_the_week(text, lang, day):
    # published on Friday 16 May 2025: the entry heads are the days of the week just ended
    (d,) = find_dates(text, lang, dt.date(2025, 5, 16))
    assert (d.date_start, d.date_precision) == (dt.date.fromisoformat(day), "day")


def test_a_weekday_and_a_colon_inside_a_sentence_is_no_entry_head():
    assert find_dates("قال المتحدث يوم الأحد: لم نتلق أي رسالة.", "ar", dt.date(2025, 5, 16))[0].text != "الأحد"


@pytest.mark.parametrize("pub", [None, dt.date(2024, 3, 1)])
def test_a_far_day_whose_weekday_holds_in_the_anchors_year_takes_that_year(pub):
    # 4 March 2003 was a Tuesday (4 March 2024 a Monday): two paragraphs on, the story still tells 2003's days
    t = "بدأت المحادثات يوم 3 آذار/مارس 2003 في جنيف.\n\n" + "كلام " * 80 + "\n\nوفي يوم الثلاثاء 4 آذار، التقى الوفدان مجددا."
    assert find_dates(t, lang="ar", published=pub)[-1].date_start == dt.date(2003, 3, 4)
    # a weekday that does not hold in the anchor's year lends nothing from that far
    wrong = t.replace("الثلاثاء", "الخميس")
    assert find_dates(wrong, lang="ar", published=pub)[-1].date_start == (dt.date(2023, 3, 4) if pub else None)


def test_in_a_single_day_is_no_today():
    # «مرات عدة في اليوم الواحد»: 'several times a day', a frequency, not the publication day
    assert find_dates("كانا يلتقيان مرات عدة في اليوم الواحد خلال الجولة.", lang="ar", published=dt.date(2015, 7, 14)) == []
    assert [d.date_start for d in find_dates("التقيا اليوم في فيينا.", lang="ar", published=dt.date(2015, 7, 14))] == [dt.date(2015, 7, 14)]


def test_a_weekday_and_a_day_of_the_month_take_the_month_of_the_day_before():
    t = "الاثنين 3 آذار/مارس 2014: افتتحت الجولة. الأربعاء 5: اجتماع الخبراء. السبت 8، فجراً: انتهت الجولة."
    ds = find_dates(t, lang="ar", published=dt.date(2014, 3, 10))
    assert [(d.text, d.date_start) for d in ds][1:] == [("الأربعاء 5", dt.date(2014, 3, 5)), ("السبت 8", dt.date(2014, 3, 8))]
    # a weekday that does not fall on that day there reads nothing from the number
    wrong = find_dates(t.replace("السبت 8", "الأحد 8"), lang="ar", published=dt.date(2014, 3, 10))
    assert dt.date(2014, 3, 8) not in [d.date_start for d in wrong]
    # Persian, in the Solar Hijri month of the day before
    fa = find_dates("دوشنبه ۱۲ اسفند ۱۳۹۲: آغاز دور. جمعه ۱۶: پایان دور.", lang="fa", published=dt.date(2014, 3, 10))
    assert [d.date_start for d in fa] == [dt.date(2014, 3, 3), dt.date(2014, 3, 7)]


def test_a_year_naming_an_event_is_not_the_same_year():
    # «انقلاب عام 1953» names the coup; 'of the same year' is the year of the date before it
    t = ("ألقت خطاباً في 17 آذار/مارس 2000 أقرّت فيه بدور بلادها في انقلاب عام 1953. "
         "وفي أيلول/سبتمبر من العام نفسه حضرت القمة.")
    ds = find_dates(t, lang="ar", published=dt.date(2022, 3, 24))
    assert ds[-1].date_start == dt.date(2000, 9, 1)
    # a plain year is the year before 'the same year'
    t2 = "ألقت خطاباً في آذار/مارس 2000 عن عام 1953. وفي أيلول/سبتمبر من العام نفسه حضرت القمة."
    assert find_dates(t2, lang="ar", published=dt.date(2022, 3, 24))[-1].date_start == dt.date(1953, 9, 1)


def test_a_day_counted_from_the_date_before_takes_its_year_however_far():
    t = ("صباح الأحد الرابع من أيار/مايو 2003 أرسل السفير الورقة. " + "وتضمنت الورقة عرضاً طويلاً لم يسبق أن قدّمته طهران علناً. " * 8
         + "فقبل ذلك بيوم واحد، في الثالث من أيار/مايو، التقى الرجلان في جنيف.")
    assert find_dates(t, lang="ar", published=dt.date(2023, 5, 4))[-1].date_start == dt.date(2003, 5, 3)


@pytest.mark.parametrize(
    "text, lang, pub, day",
    [
        # 8 Azar 1400 is Monday 29 November 2021, the day after the paper; 8 Azar 1399 was a Saturday
        ("هفتمین دور مذاکرات وین فردا دوشنبه ۸ آذر آغاز می‌شود.", "fa", dt.date(2021, 11, 28), dt.date(2021, 11, 29)),
        ("تستأنف المفاوضات بعد غد الثلاثاء 30 نوفمبر.", "ar", dt.date(2021, 11, 28), dt.date(2021, 11, 30)),
    ],
)
def test_tomorrow_and_its_weekday_before_a_day_without_a_year_is_the_days_ahead(text, lang, pub, day):
    assert [d.date_start for d in find_dates(text, lang, pub)] == [day]


def test_a_weekday_without_tomorrow_before_a_day_after_publication_is_last_years():
    # (no 'tomorrow': the day a year ago, as the publication's reading gives)
    assert [d.date_start for d in find_dates("وانطلقت الجولة الاثنين 29 نوفمبر.", "ar", dt.date(2021, 11, 28))] == [dt.date(2020, 11, 29)]


def test_the_month_of_may_in_persian_is_a_date_but_may_and_fog_alone_are_not():
    # «ماه مه», 'the month of May'; «مه» alone is also 'fog', «می» the verb prefix («یک ماه می گذرد», 'a month passes')
    assert [(d.date_start, d.date_precision) for d in find_dates("مک‌گورک در ماه مه به عمان سفر کرد.", "fa", dt.date(2023, 6, 12))] == [(dt.date(2023, 5, 1), "month")]
    assert find_dates("یک ماه می گذرد و هوا مه آلود است.", "fa", dt.date(2023, 6, 12)) == []


def test_a_few_weeks_ago_is_not_last_week():
    # «چند هفته پیش از آن», «چند ماه پیش»: a few weeks or months, no day to count; «هفته پیش» alone is last week
    assert find_dates("تفاهمی که این تبادل را ممکن کرد، چند هفته پیش از آن اعلام شده بود.", "fa", P) == []
    assert find_dates("او چند ماه پیش به مسقط رفت.", "fa", P) == []
    assert rng(one("او هفته پیش به مسقط رفت.", lang="fa", published=P))[2] == "day"


def test_a_from_that_expression_cut_by_a_window_edge_is_read_whole():
    # (found by the property test above: the window around «ذلک» ended inside «بیومین», which read «بیوم» as one day)
    from pipeline.dates import counted_from_that
    from pipeline.text import normalize

    view = normalize("ذلک یک یک یک یک هفته انکه بثلاثه قبلها بیومین")
    assert counted_from_that(view) == [(33, 45, -2)]


@pytest.mark.parametrize("s", ["قبل أربعين عاماً، في مثل هذا اليوم، هبطت طائرة.", "في مثل هذا اليوم، قبل أربعين عاماً، هبطت طائرة."])
def test_years_ago_on_this_day_with_a_comma_between(s):
    m = one(s, lang="ar", published=dt.date(2026, 5, 25))
    assert rng(m)[:3] == ("1986-05-25", "1986-05-25", "day")
