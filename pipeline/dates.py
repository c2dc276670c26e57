"""Multi-calendar date engine for Arabic and Persian news text.

Matching runs on the normalised :class:`pipeline.text.View` (unified letters,
ASCII digits, no ZWNJ/diacritics) and every match is mapped back to exact raw
offsets.  Calendar arithmetic: ``jdatetime`` (Solar Hijri) and ``hijridate``
(Lunar Hijri, Umm al-Qura); never hand-written conversion tables.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import hijridate
import jdatetime
import regex

from .text import detect_lang, norm, normalize

__all__ = ["DateMatch", "find_dates"]

D = _dt.date
ONE = _dt.timedelta(days=1)


@dataclass(frozen=True)
class DateMatch:
    text: str
    start_char: int
    end_char: int
    date_start: _dt.date | None
    date_end: _dt.date | None
    date_precision: str | None
    calendar: str
    edtf: str | None
    reason: str
    approximate: bool = False

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "start_char": self.start_char,
            "end_char": self.end_char,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "date_precision": self.date_precision,
            "calendar": self.calendar,
            "edtf": self.edtf,
            "reason": self.reason,
        }


# ---------------------------------------------------------------------------
# vocabularies (raw spellings; normalised when the regexes are built)
# ---------------------------------------------------------------------------
GREG_AR = {
    "يناير": 1, "كانون الثاني": 1, "جانفي": 1,
    "فبراير": 2, "شباط": 2, "فيفري": 2,
    "مارس": 3, "آذار": 3,
    "أبريل": 4, "ابريل": 4, "إبريل": 4, "نيسان": 4, "أفريل": 4,
    "مايو": 5, "أيار": 5, "ماي": 5,
    "يونيو": 6, "يونيه": 6, "حزيران": 6, "جوان": 6,
    "يوليو": 7, "يوليه": 7, "تموز": 7, "جويلية": 7,
    "أغسطس": 8, "اغسطس": 8, "آب": 8, "أوت": 8,
    "سبتمبر": 9, "أيلول": 9,
    "أكتوبر": 10, "اكتوبر": 10, "تشرين الأول": 10, "تشرين أول": 10,
    "نوفمبر": 11, "تشرين الثاني": 11, "تشرين ثاني": 11,
    "ديسمبر": 12, "كانون الأول": 12, "كانون أول": 12,
}
GREG_FA = {
    "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "آپریل": 4,
    "ژوئن": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "اگوست": 8,
    "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}
GREG_FA_WEAK = {"مه": 5, "می": 5, "مې": 5}       # only next to a day number or 4-digit year
SOLAR = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
LUNAR = {
    "محرم": 1, "محرم الحرام": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3,
    "ربيع الآخر": 4, "ربيع الثاني": 4, "ربيع الثانی": 4,
    "جمادى الأولى": 5, "جمادى الاولى": 5, "جمادی الاول": 5,
    "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادی الثانی": 6, "جمادى الآخر": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11, "ذیقعده": 11,
    "ذو الحجة": 12, "ذي الحجة": 12, "ذیحجه": 12,
}
WEEKDAYS = {  # python weekday(): Monday=0
    "السبت": 5, "الأحد": 6, "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1,
    "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "شنبه": 5, "یکشنبه": 6, "یک شنبه": 6, "دوشنبه": 0, "سه شنبه": 1, "سهشنبه": 1,
    "چهارشنبه": 2, "پنجشنبه": 3, "پنج شنبه": 3, "جمعه": 4,
}
_ORD_UNITS = {"یکم": 1, "اول": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5,
              "ششم": 6, "هفتم": 7, "هشتم": 8, "نهم": 9}
ORDINALS = dict(_ORD_UNITS)
ORDINALS.update({"نخستین روز": 1, "اولین روز": 1, "نخست": 1,
                 "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13, "چهاردهم": 14,
                 "پانزدهم": 15, "پونزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هفدم": 17,
                 "هجدهم": 18, "هیجدهم": 18, "نوزدهم": 19, "بیستم": 20, "سیام": 30,
                 "سی ام": 30, "سی‌ام": 30})
for _t, _tv in (("بیست", 20), ("سی", 30)):
    for _u, _uv in _ORD_UNITS.items():
        if _tv + _uv <= 31 and _u != "اول":
            for _sep in (" و ", "و", " و", "و "):
                ORDINALS[_t + _sep + _u] = _tv + _uv
DECADE_WORDS = {"العشرين": 1920, "الثلاثين": 1930, "الاربعين": 1940, "الخمسين": 1950,
                "الستين": 1960, "السبعين": 1970, "الثمانين": 1980, "التسعين": 1990,
                "عشرين": 1920, "ثلاثين": 1930, "اربعين": 1940, "خمسين": 1950,
                "ستين": 1960, "سبعين": 1970, "ثمانين": 1980, "تسعين": 1990}
FA_DECADE_WORDS = {"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60,
                   "هفتاد": 70, "هشتاد": 80, "نود": 90}


def _table(d):
    out = {}
    for k, v in d.items():
        out[norm(k)] = v
    return out


def _alt(keys):
    keys = sorted(set(keys), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(k).replace(r"\ ", " ?") for k in keys) + ")"


T_GAR, T_GFA, T_GWEAK = _table(GREG_AR), _table(GREG_FA), _table(GREG_FA_WEAK)
T_SOL, T_LUN, T_WD, T_ORD = _table(SOLAR), _table(LUNAR), _table(WEEKDAYS), _table(ORDINALS)
T_GREG = {**T_GAR, **T_GFA, **T_GWEAK}
_NOSP = {k.replace(" ", ""): v for k, v in {**T_GREG, **T_SOL, **T_LUN, **T_WD, **T_ORD}.items()}

# ---------------------------------------------------------------------------
# regex building blocks (on the view: ASCII digits, unified letters)
# ---------------------------------------------------------------------------
LB = r"(?<=(?:^|[^\w])(?:[وبلف]|ال|وال|بال|لل)?)"     # left boundary, clitics allowed
RB = r"(?!\w)"
NUMLB = r"(?<![\d./+×-])(?<![\d][,])"
NUMRB = r"(?![\d]|[.,/][\d]|\s?%)"
G_STRONG = _alt(list(T_GAR) + list(T_GFA))
G_WEAK = _alt(T_GWEAK)
SOL = _alt(T_SOL)
LUN = _alt(T_LUN)
WD = _alt(T_WD)
ORD = _alt(T_ORD)
MAH = r"(?: ?ماه)?"
# paired month names: "حزيران/ يونيو", "آذار / مارس", "مارس (آذار)", "آبان ماه(نوامبر)"
PAIR = rf"(?: ?(?:/|\() ?{G_STRONG}\)?)?"
SUF = (r"(?:\s?(?:ه\s?\.?\s?ش|ه\s?\.?\s?ق|هجری(?: شمسی| قمری| خورشیدی)?|هجریه?|ه|ق|ش|م"
       r"|میلادی|میلادیه|شمسی|خورشیدی|قمری)\.?(?!\w))?")
DAY = rf"(?:(?<![\d./+×])(?<![\d][,])(?P<d>[0-3]?\d){NUMRB}|(?P<od>{ORD}))"
YEAR4 = rf"{NUMLB}(?P<y>\d{{4}}){NUMRB}"
REL_YEAR = (r"(?P<ry>(?:من |فی |خلال )?(?:ال)?(?:عام|سنه) ?(?:ال)?(?:جاری|حالی|ماضی|مقبل|قادم|فائت|منصرم)"
            r"|(?:من |فی )?هذا (?:العام|السنه)|(?:سال )?(?:گذشته|جاری|آینده|اینده|قبل|پیش)(?!\w)|پارسال|امسال)")
YEARPART = rf"(?:(?:[ ,]\s?|\s)(?:(?:من |فی |سال |عام |سنه |العام |من عام )?{YEAR4}|(?P<y2>(?<![\d])\d{{2}}(?!\d|[.,/]\d|\s?%)))|\s?{REL_YEAR}|\s(?P<same>همان سال|نفس العام|العام نفسه|من العام نفسه|ذلک العام|آن سال|السنه نفسها|من السنه نفسها))?"
MONTH = (rf"(?:(?P<gm>{G_STRONG}){PAIR}|(?P<sm>{SOL}){MAH}{PAIR}|(?P<lm>{LUN})|(?P<wm>{G_WEAK}))")
PAST_REQ = r"(?:\s(?P<past>الماضی|الفائت|المنصرم|المقبل|القادم|گذشته|پیش|آینده|اینده))"
APPROX = (r"(?P<ap>(?:اواخر|اوایل|اوائل|مطلع|بدایه|اول|منتصف|اواسط|اواسط|نهایه|اخر|اوایل|ابتدای|اواسط|نیمه|نیمه دوم|نیمه اول|پایان|اغاز|انتهای)"
          r"(?: (?:شهر|ماه|عام|سنه|سال|العام|السنه))?) ?")

P_DMY = regex.compile(
    rf"{LB}(?:(?P<wd>{WD})(?: ?,)? )?(?:(?:روز|یوم) )?{DAY} ?(?:من )?(?:(?:شهر|ماه) )?{MONTH}{RB}"
    rf"(?:{PAST_REQ}|{YEARPART}{SUF})")
P_MY = regex.compile(
    rf"{LB}(?:{APPROX})?(?:(?:شهر|ماه|در) )?(?:(?P<gm>{G_STRONG}){PAIR}|(?P<sm>{SOL}){MAH}{PAIR}|(?P<lm>{LUN})|(?P<wm>{G_WEAK})){RB}"
    rf"(?:(?:[ ,]\s?|\s)(?:من |سال |عام |سنه |العام |من عام )?{YEAR4}{SUF}|\s?{REL_YEAR}|{PAST_REQ})?")
P_YEAR = regex.compile(
    rf"{LB}(?:{APPROX})?(?P<kw>(?:(?:فی|منذ|حتی|خلال|من|عام|سنه|سنتی|عامی|در|از|تا|سال|سالهای|طی|به|فی عام|در سال|از سال|تا سال|سال های|طی سالهای|عامی|قبل|بعد|since|in)\s)*)"
    rf"{YEAR4}{SUF}")
P_NUMERIC = regex.compile(
    rf"{NUMLB}(?:(?P<Y>\d{{4}})(?P<s1>[/.-])(?P<M>\d{{1,2}})(?P=s1)(?P<D>\d{{1,2}})"
    rf"|(?P<D2>\d{{1,2}})(?P<s2>[/.-])(?P<M2>\d{{1,2}})(?P=s2)(?P<Y2>\d{{4}})){NUMRB}")
P_REL = regex.compile(
    rf"{LB}(?:(?P<today>(?<!(?:مرات|مره|مرتین|مرتان|ساعه) (?:فی )?)(?:هذا )?الیوم(?! (?:التالی|الاول|الثانی|الذی|نفسه|ذاته|السابق))(?: (?P<wd1>{WD}))?|امروز)"
    r"|(?P<dby>اول (?:من )?امس|پریروز)"
    r"|(?P<yest>امس|البارحه|دیروز)"
    rf"|(?P<wday>(?:(?:یوم|روز) (?P<wd2>{WD})|(?P<wd3>{WD}) (?P<wdq>الماضی|الفائت|المقبل|القادم|گذشته|آینده|اینده)(?!\w)))(?: (?P<wdq2>الماضی|الفائت|المقبل|القادم|گذشته|آینده|اینده)(?!\w))?"
    r"|(?P<week>(?:الاسبوع|هفته) (?:الماضی|الفائت|المنصرم|گذشته|پیش|قبل)|(?:هذا الاسبوع|این هفته|هفته جاری)|(?:الاسبوع|هفته) (?:المقبل|القادم|آینده|اینده|بعد))"
    r"|(?P<month>(?:الشهر|ماه) (?:الماضی|الفائت|المنصرم|گذشته|پیش|قبل)|(?:الشهر الجاری|الشهر الحالی|هذا الشهر|این ماه|ماه جاری)|(?:الشهر|ماه) (?:المقبل|القادم|آینده|اینده|بعد))"
    r"|(?P<year>(?:العام|السنه) (?:الماضی|الفائت|المنصرم)|سال (?:گذشته|پیش|قبل)|پارسال|(?:العام|السنه) (?:الجاری|الحالی)|(?:هذا العام|هذه السنه|امسال|سال جاری)|(?:العام|السنه) (?:المقبل|القادم)|سال (?:آینده|اینده|بعد))"
    rf"|(?P<rap>(?:مطلع|بدایه|اوائل|اواخر|منتصف|نهایه|اوایل|ابتدای|اواسط|اواخر|پایان) (?:العام|السنه|سال)(?: (?:الجاری|الحالی|جاری|الماضی|گذشته))?))"
    rf"{RB}")
P_DECADE = regex.compile(
    rf"{LB}(?:(?P<ar>(?:{_alt(_table(DECADE_WORDS))})(?:ی)?ات)(?: من القرن (?:الماضی|العشرین))?"
    rf"|دهه (?:(?P<fd>{NUMLB}\d{{2,4}}{NUMRB})|(?P<fw>{_alt(FA_DECADE_WORDS)}))(?: (?P<fsuf>میلادی|شمسی|خورشیدی))?){RB}")
P_MRANGE = regex.compile(  # "بين يناير ومارس 2024", "من يناير إلى مارس 2024"
    rf"{LB}(?:بین |من |از )?(?P<m1>{G_STRONG}|{SOL}){PAIR} ?(?:و|الی|حتی|تا|-) ?(?P<m2>{G_STRONG}|{SOL}){MAH}{PAIR}(?:[ ,]\s?|\s)(?:من |سال |عام )?{YEAR4}{SUF}")
P_DRANGE = regex.compile(  # "10-12 يناير 2024", "من 10 إلى 12 يناير 2024"
    rf"{LB}(?:بین |من |از )?{NUMLB}(?P<d1>[0-3]?\d) ?(?:و|الی|حتی|تا|-) ?(?P<d2>[0-3]?\d){NUMRB} ?(?P<mm>{G_STRONG}|{SOL}){MAH}{PAIR}(?:[ ,]\s?|\s)(?:من |سال |عام )?{YEAR4}{SUF}")
P_CONN_RANGE = regex.compile(r"^\s?(?:-|الی|حتی|تا|و|to|until)\s?$")
P_CONN_DUAL = regex.compile(r"^\s?(?:-|/|,|\(|=|الموافق(?: ل)?|الموافق|مطابق(?: با)?|برابر(?: با)?|یا)\s?$")
_PRE_RANGE = regex.compile(r"(?:من|از|بین|طی|خلال)\s?$")
_MONTH_LOOK = regex.compile(
    rf"(?P<gm>{G_STRONG})|(?P<sm>{SOL})|(?P<lm>{LUN})|(?P<wm>{G_WEAK})")

# ---------------------------------------------------------------------------
# calendar helpers
# ---------------------------------------------------------------------------


def _greg_range(y, m=None, d=None):
    if m is None:
        return D(y, 1, 1), D(y, 12, 31)
    if d is None:
        nxt = D(y + (m == 12), m % 12 + 1, 1)
        return D(y, m, 1), nxt - ONE
    x = D(y, m, d)
    return x, x


def _solar_range(y, m=None, d=None):
    if m is None:
        return jdatetime.date(y, 1, 1).togregorian(), jdatetime.date(y + 1, 1, 1).togregorian() - ONE
    if d is None:
        s = jdatetime.date(y, m, 1).togregorian()
        nxt = jdatetime.date(y + (m == 12), m % 12 + 1, 1).togregorian()
        return s, nxt - ONE
    x = jdatetime.date(y, m, d).togregorian()
    return x, x


def _lunar_range(y, m=None, d=None):
    H = hijridate.Hijri
    if m is None:
        s = H(y, 1, 1).to_gregorian()
        e = H(y, 12, 1)
        return D(s.year, s.month, s.day), _pd(e.to_gregorian()) + (e.month_length() - 1) * ONE
    if d is None:
        h = H(y, m, 1)
        return _pd(h.to_gregorian()), _pd(h.to_gregorian()) + (h.month_length() - 1) * ONE
    x = _pd(H(y, m, d).to_gregorian())
    return x, x


def _pd(g):
    return D(g.year, g.month, g.day)


RANGE_FN = {"gregorian": _greg_range, "solar_hijri": _solar_range, "lunar_hijri": _lunar_range}
CAL_NAME = {"gregorian": "Gregorian", "solar_hijri": "Solar Hijri", "lunar_hijri": "Lunar Hijri"}


def _today_in(cal, pub):
    if cal == "solar_hijri":
        j = jdatetime.date.fromgregorian(date=pub)
        return j.year, j.month, j.day
    if cal == "lunar_hijri":
        h = hijridate.Gregorian(pub.year, pub.month, pub.day).to_hijri()
        return h.year, h.month, h.day
    return pub.year, pub.month, pub.day


def _edtf(s, e, prec, approx=False):
    """EDTF: '2024-01-10', '2024-05', '2015', intervals 'a/b', '~' for approximate."""
    if s is None:
        return None
    q = "~" if approx else ""
    if prec == "year" and (s.month, s.day) == (1, 1) and (e.month, e.day) == (12, 31):
        a, b = f"{s.year:04d}", f"{e.year:04d}"
    elif prec in ("year", "month") and s.day == 1 and (e + ONE).day == 1:
        a, b = f"{s.year:04d}-{s.month:02d}", f"{e.year:04d}-{e.month:02d}"
        if prec == "year" and not approx:
            a, b = s.isoformat(), e.isoformat()
    else:
        a, b = s.isoformat(), e.isoformat()
    if a == b:
        return a + q
    return f"{a}{q}/{b}{q}"


@dataclass
class _Cand:
    vs: int
    ve: int
    start: _dt.date | None
    end: _dt.date | None
    prec: str | None
    cal: str
    reason: str
    approx: bool = False
    kind: str = ""          # 'abs' | 'rel' | 'year' ...
    yearless: bool = False
    parts: tuple = ()       # (cal, y, m, d) of the explicit reading


class _Ctx:
    def __init__(self, text, lang, pub):
        self.text, self.lang, self.pub = text, lang, pub


def _suffix_cal(s: str | None):
    if not s:
        return None
    s = s.replace(" ", "").replace(".", "")
    if s in ("هش", "ش", "شمسی", "خورشیدی", "هجریشمسی", "هجریخورشیدی"):
        return "solar_hijri"
    if s in ("هق", "ق", "قمری", "هجریقمری", "ه", "هجری", "هجریه"):
        return "lunar_hijri"
    if s in ("م", "میلادی", "میلادیه"):
        return "gregorian"
    return None


def _year_cal(y: int, lang: str, suffix_cal):
    if suffix_cal:
        return suffix_cal
    if 1900 <= y <= 2100:
        return "gregorian"
    if 1280 <= y <= 1480:
        return "solar_hijri" if lang == "fa" else "lunar_hijri"
    return None


def _approx_narrow(word, s, e):
    """Narrow [s, e] for early/mid/late qualifiers (thirds)."""
    if not word:
        return s, e
    w = word
    n = (e - s).days + 1
    third = n // 3
    if any(k in w for k in ("اواخر", "نهایه", "پایان", "انتهای", "اخر", "نیمه دوم")):
        return e - (third - 1) * ONE if third > 1 else e, e
    if any(k in w for k in ("منتصف", "اواسط", "نیمه")) and "اول" not in w:
        return s + third * ONE, s + (2 * third - 1) * ONE
    if any(k in w for k in ("اوائل", "اوایل", "مطلع", "بدایه", "ابتدای", "اغاز", "اول", "نیمه اول")):
        return s, s + (third - 1) * ONE
    return s, e


def _mk(ctx, m, cal, y, mo, d, extra="", approx_word=None):
    try:
        s, e = RANGE_FN[cal](y, mo, d)
    except (ValueError, OverflowError, TypeError):
        return None
    prec = "day" if d else ("month" if mo else "year")
    reason = f"{CAL_NAME[cal]} " + " ".join(str(x) for x in (d, mo and _MONTH_LABEL[cal][mo - 1], y) if x)
    approx = bool(approx_word)
    if approx:
        s, e = _approx_narrow(approx_word, s, e)
        reason += f"; approximate ({approx_word.strip()})"
    if extra:
        reason += "; " + extra
    return _Cand(m.start(), m.end(), s, e, prec, cal, reason, approx, "abs", parts=(cal, y, mo, d))


_MONTH_LABEL = {
    "gregorian": ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"],
    "solar_hijri": ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr",
                    "Aban", "Azar", "Dey", "Bahman", "Esfand"],
    "lunar_hijri": ["Muharram", "Safar", "Rabi I", "Rabi II", "Jumada I", "Jumada II", "Rajab",
                    "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"],
}


def _month_of(m):
    for g, cal, tab in (("gm", "gregorian", T_GREG), ("sm", "solar_hijri", T_SOL),
                        ("lm", "lunar_hijri", T_LUN), ("wm", "gregorian", T_GWEAK)):
        v = m.group(g)
        if v:
            return cal, _NOSP.get(v.replace(" ", ""), tab.get(v)), g
    return None, None, None


def _rel_year(ctx, phrase, cal):
    """Resolve 'العام الماضي' / 'امسال' ... to a year number in cal."""
    if ctx.pub is None:
        return None
    cy = _today_in(cal, ctx.pub)[0]
    if regex.search(r"مقبل|قادم|آینده|اینده|بعد", phrase):
        return cy + 1
    if regex.search(r"ماضی|فائت|منصرم|گذشته|پیش|قبل|پارسال", phrase):
        return cy - 1
    return cy


def _yearless(ctx, m, cal, mo, d, qual, approx_word=None):
    """Month (and day) without a year: most recent past/next occurrence."""
    label = " ".join(str(x) for x in (d, _MONTH_LABEL[cal][mo - 1]) if x)
    if ctx.pub is None:
        reason = f"{CAL_NAME[cal]} {label}; year unknown (publication date unknown)"
        return _Cand(m.start(), m.end(), None, None, None, "relative" if qual else cal, reason,
                     bool(approx_word), "rel", yearless=True)
    cy, cm, cd = _today_in(cal, ctx.pub)
    future = bool(qual and regex.search(r"مقبل|قادم|آینده|اینده", qual))
    y = cy
    if future:
        if (mo, d or 0) <= (cm, cd if d else cm and cd):
            y = cy + 1
        if not d and mo <= cm:
            y = cy + 1
    else:
        if d:
            if (mo, d) > (cm, cd):
                y = cy - 1
        else:
            if mo > cm or (qual and mo == cm):
                y = cy - 1
    c = _mk(ctx, m, cal, y, mo, d, approx_word=approx_word)
    if c is None:
        return None
    how = "relative to publication date" if qual else "year inferred from publication date"
    c.reason = f"{c.reason}; {how} {ctx.pub.isoformat()}"
    c.kind = "rel"
    if qual:
        c.cal = "relative"
    return c


def _two_digit_solar(yy):
    return 1300 + yy if yy >= 40 else 1400 + yy


def _h_dmy(ctx, m):
    cal, mo, g = _month_of(m)
    if mo is None:
        return None
    d = int(m.group("d")) if m.group("d") else T_ORD.get(m.group("od")) or _NOSP.get(m.group("od").replace(" ", ""))
    if not d or d > 31:
        return None
    sc = _suffix_cal(m.group(0)[m.end("y") - m.start(0):] if m.group("y") else None) if False else None
    y = None
    suf_txt = m.group(0)[(m.end("y") if m.group("y") else m.end()) - m.start():]
    if m.group("y"):
        y = int(m.group("y"))
        sc = _suffix_cal(suf_txt.strip())
        if sc and sc != cal and cal != "gregorian":
            pass
    elif m.group("y2"):
        if cal != "solar_hijri":
            return None
        y = _two_digit_solar(int(m.group("y2")))
    if y is None and m.group("same"):
        c = _Cand(m.start(), m.end(), None, None, None, cal,
                  f"{CAL_NAME[cal]} {d} {_MONTH_LABEL[cal][mo - 1]}; year of the previous date", False, "same",
                  parts=(cal, None, mo, d))
        return c
    if y is None and m.group("ry"):
        y = _rel_year(ctx, m.group("ry"), cal)
        if y is None:
            return _Cand(m.start(), m.end(), None, None, None, "relative",
                         "relative; publication date unknown", False, "rel")
        c = _mk(ctx, m, cal, y, mo, d)
        if c:
            c.reason += f"; relative to publication date {ctx.pub.isoformat()}"
            c.cal = "relative"
            c.kind = "rel"
        return c
    if y is None:
        if g == "wm":
            return None
        return _yearless(ctx, m, cal, mo, d, m.group("past"))
    if cal == "gregorian" and not (1000 <= y <= 2200):
        return None
    return _mk(ctx, m, cal, y, mo, d)


def _h_my(ctx, m):
    cal, mo, g = _month_of(m)
    if mo is None:
        return None
    ap = m.group("ap")
    if m.group("y"):
        y = int(m.group("y"))
        return _mk(ctx, m, cal, y, mo, None, approx_word=ap)
    if m.group("ry"):
        y = _rel_year(ctx, m.group("ry"), cal)
        if y is None:
            return _Cand(m.start(), m.end(), None, None, None, "relative",
                         "relative; publication date unknown", bool(ap), "rel")
        c = _mk(ctx, m, cal, y, mo, None, approx_word=ap)
        if c:
            c.reason += f"; relative to publication date {ctx.pub.isoformat()}"
            c.cal, c.kind = "relative", "rel"
        return c
    if m.group("past") and g != "wm":
        c = _yearless(ctx, m, cal, mo, None, m.group("past"), approx_word=ap)
        if c and ctx.pub is None:
            c.reason = "relative; publication date unknown"
        return c
    return None


_PREP_OK = regex.compile(r"(?:^|\s)(?:فی|منذ|حتی|خلال|من|عام|سنه|عامی|سنتی|در|از|تا|سال|سالهای|سال های|طی|به|قبل|بعد|in|since|until|و)\s?$")


def _h_year(ctx, m):
    y = int(m.group("y"))
    suf = m.group(0)[m.end("y") - m.start():].strip()
    sc = _suffix_cal(suf)
    kw = (m.group("kw") or "").strip()
    before = ctx.text[max(0, m.start() - 12):m.start()]
    explicit_kw = bool(kw) or bool(_PREP_OK.search(before)) or bool(m.group("ap"))
    after = ctx.text[m.end():m.end() + 2]
    cal = _year_cal(y, ctx.lang, sc)
    if cal is None:
        return None
    if cal == "gregorian" and not sc and not (1900 <= y <= 2100):
        return None
    if cal != "gregorian" and not sc:
        if not (1280 <= y <= 1480) or not explicit_kw:
            return None
    if cal == "gregorian" and not sc and not explicit_kw:
        # bare year: accept before punctuation / end / bracket
        if after and not regex.match(r"[\s]?(?:[,.;:)\]\"'!?-]|$)", after):
            return None
    c = _mk(ctx, m, cal, y, None, None, approx_word=m.group("ap"))
    if c:
        # do not include the leading preposition words in the span
        ks = m.start("kw") if kw else None
        if kw and not m.group("ap"):
            c.vs = m.start("y")
        c.kind = "year"
    return c


def _h_numeric(ctx, m):
    if m.group("Y"):
        y, mo, d = int(m.group("Y")), int(m.group("M")), int(m.group("D"))
    else:
        y, mo, d = int(m.group("Y2")), int(m.group("M2")), int(m.group("D2"))
        if mo > 12 and d <= 12:
            mo, d = d, mo
    if 1280 <= y <= 1499:
        cal = "solar_hijri"
    elif 1900 <= y <= 2100:
        cal = "gregorian"
    else:
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return _mk(ctx, m, cal, y, mo, d, extra="numeric date")


def _week_start(x):  # Saturday-based week
    return x - _dt.timedelta(days=(x.weekday() - 5) % 7)


def _h_rel(ctx, m):
    pub = ctx.pub
    vs, ve = m.start(), m.end()
    g = m.groupdict()
    if pub is None:
        return _Cand(vs, ve, None, None, None, "relative", "relative; publication date unknown", False, "rel")
    reason = f"relative to publication date {pub.isoformat()}"
    prec = "day"
    approx = False
    if g["today"]:
        s = e = pub
        wd = g["wd1"]
        if wd:
            want = _NOSP.get(wd.replace(" ", ""))
            s = e = pub - _dt.timedelta(days=(pub.weekday() - want) % 7)
    elif g["dby"]:
        s = e = pub - 2 * ONE
    elif g["yest"]:
        s = e = pub - ONE
    elif g["wday"]:
        wd = g["wd2"] or g["wd3"]
        want = _NOSP.get(wd.replace(" ", ""))
        q = (g["wdq"] or "") + (g["wdq2"] or "")
        back = (pub.weekday() - want) % 7
        if regex.search(r"مقبل|قادم|آینده|اینده", q):
            fwd = (want - pub.weekday()) % 7 or 7
            s = e = pub + _dt.timedelta(days=fwd)
        else:
            if q and back == 0:
                back = 7
            s = e = pub - _dt.timedelta(days=back)
    elif g["week"]:
        w = g["week"]
        ws = _week_start(pub)
        if regex.search(r"ماضی|فائت|منصرم|گذشته|پیش|قبل", w):
            ws -= 7 * ONE
        elif regex.search(r"مقبل|قادم|آینده|اینده|بعد", w):
            ws += 7 * ONE
        s, e = ws, ws + 6 * ONE
    elif g["month"] or g["year"] or g["rap"]:
        w = g["month"] or g["year"] or g["rap"]
        persian = regex.search(r"ماه|سال|امسال|پارسال|ابتدای|اوایل|پایان", w)
        cal = "solar_hijri" if (ctx.lang == "fa" or persian) else "gregorian"
        cy, cm, _ = _today_in(cal, pub)
        delta = 1 if regex.search(r"مقبل|قادم|آینده|اینده|بعد", w) else (
            -1 if regex.search(r"ماضی|فائت|منصرم|گذشته|پیش|قبل|پارسال", w) else 0)
        if g["month"]:
            idx = cy * 12 + (cm - 1) + delta
            s, e = RANGE_FN[cal](idx // 12, idx % 12 + 1)
            prec = "month"
        else:
            s, e = RANGE_FN[cal](cy + delta)
            prec = "year"
            if g["rap"]:
                s, e = _approx_narrow(w, s, e)
                approx = True
    else:
        return None
    return _Cand(vs, ve, s, e, prec, "relative", reason, approx, "rel")


def _h_decade(ctx, m):
    if m.group("ar"):
        w = m.group("ar")
        base = None
        for k, v in DECADE_WORDS.items():
            if norm(k) in w:
                base = v
                break
        if base is None:
            return None
        cal = "gregorian"
    else:
        if m.group("fd"):
            n = int(m.group("fd"))
        else:
            n = FA_DECADE_WORDS.get(m.group("fw"), None) or _table(FA_DECADE_WORDS).get(m.group("fw"))
        suf = m.group("fsuf") or ""
        if n is None:
            return None
        if n >= 1000:
            base = n - n % 10
            cal = "gregorian" if 1900 <= base <= 2100 else "solar_hijri"
        elif n % 10 == 0 and n < 100:
            if suf == "میلادی" or (ctx.lang != "fa"):
                base, cal = 1900 + n, "gregorian"
            else:
                base, cal = 1300 + n, "solar_hijri"
        else:
            return None
    try:
        s = RANGE_FN[cal](base)[0]
        e = RANGE_FN[cal](base + 9)[1]
    except (ValueError, OverflowError):
        return None
    return _Cand(m.start(), m.end(), s, e, "year", cal,
                 f"{CAL_NAME[cal]} decade {base}s", True, "abs")


def _h_mrange(ctx, m):
    a = m.group("m1").replace(" ", "")
    b = m.group("m2").replace(" ", "")
    y = int(m.group("y"))
    cal = "solar_hijri" if (a in T_SOL or m.group("m1") in T_SOL) else "gregorian"
    ma, mb = _NOSP.get(a), _NOSP.get(b)
    if not ma or not mb:
        return None
    try:
        s = RANGE_FN[cal](y if ma <= mb else y - 1, ma)[0]
        e = RANGE_FN[cal](y, mb)[1]
    except (ValueError, OverflowError):
        return None
    return _Cand(m.start(), m.end(), s, e, "month", cal,
                 f"{CAL_NAME[cal]} months {ma}-{mb} {y}", False, "abs")


def _h_drange(ctx, m):
    mm = m.group("mm").replace(" ", "")
    mo = _NOSP.get(mm)
    cal = "solar_hijri" if m.group("mm") in T_SOL else "gregorian"
    y = int(m.group("y"))
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not mo or not (1 <= d1 < d2 <= 31):
        return None
    try:
        s = RANGE_FN[cal](y, mo, d1)[0]
        e = RANGE_FN[cal](y, mo, d2)[1]
    except (ValueError, OverflowError):
        return None
    return _Cand(m.start(), m.end(), s, e, "day", cal,
                 f"{CAL_NAME[cal]} days {d1}-{d2} month {mo} {y}", False, "abs")


_PATTERNS = [(P_DRANGE, _h_drange), (P_MRANGE, _h_mrange), (P_DMY, _h_dmy), (P_MY, _h_my),
             (P_NUMERIC, _h_numeric), (P_YEAR, _h_year), (P_REL, _h_rel), (P_DECADE, _h_decade)]


def _select(cands):
    cands.sort(key=lambda c: (-(c.ve - c.vs), c.vs))
    taken: list[_Cand] = []
    for c in cands:
        if all(c.ve <= t.vs or c.vs >= t.ve for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.vs)
    return taken


def _merge(ctx, cands):
    """Join dual-calendar expressions and ranges between neighbouring matches."""
    out: list[_Cand] = []
    text = ctx.text
    for c in cands:
        if out:
            p = out[-1]
            gap = text[p.ve:c.vs]
            if p.start and c.start and len(gap) <= 12:
                if p.cal != c.cal and "relative" not in (p.cal, c.cal) and P_CONN_DUAL.match(gap) \
                        and p.prec == c.prec and p.start <= c.end + 2 * ONE and c.start <= p.end + 2 * ONE:
                    g, o = (p, c) if p.cal == "gregorian" else (c, p)
                    end = c.ve
                    if gap.strip() == "(" and text[end:end + 1] == ")":
                        end += 1
                    out[-1] = _Cand(p.vs, end, g.start, g.end, g.prec, g.cal,
                                    f"{g.reason} = {o.reason}", g.approx or o.approx, "abs")
                    continue
                if P_CONN_RANGE.match(gap) and c.start >= p.start and \
                        (p.cal == c.cal or p.kind == c.kind == "year") and p.prec == c.prec:
                    vs = p.vs
                    pre = _PRE_RANGE.search(text, max(0, vs - 6), vs)
                    if pre:
                        vs = pre.start()
                    out[-1] = _Cand(vs, c.ve, p.start, c.end, p.prec, p.cal,
                                    f"range: {p.reason} to {c.reason}", p.approx or c.approx, "range")
                    continue
        out.append(c)
    return out


def _resolve_same(ctx, cands):
    """'۱۳ آبان همان سال': take the year of the previous explicit date (same calendar)."""
    last = {}
    out = []
    for c in cands:
        if c.kind == "same":
            cal, _, mo, d = c.parts
            y = last.get(cal)
            if y is not None:
                r = _mk(ctx, _Span(c.vs, c.ve), cal, y, mo, d, extra="year taken from the previous date")
                if r:
                    c = r
        elif c.parts and c.parts[1]:
            last[c.parts[0]] = c.parts[1]
        out.append(c)
    return out


class _Span:
    def __init__(self, s, e):
        self._s, self._e = s, e

    def start(self):
        return self._s

    def end(self):
        return self._e


def find_dates(raw: str, lang: str | None = None,
               published: _dt.date | None = None) -> list[DateMatch]:
    """Find date expressions in ``raw``; offsets refer to ``raw``."""
    if isinstance(published, _dt.datetime):
        published = published.date()
    if lang is None:
        lang = detect_lang(raw)
    view = normalize(raw)
    ctx = _Ctx(view.text, lang, published)
    cands = []
    for pat, fn in _PATTERNS:
        for m in pat.finditer(view.text):
            c = fn(ctx, m)
            if c is not None:
                # trim trailing spaces/punctuation from the span
                while c.ve > c.vs and view.text[c.ve - 1] in " ,":
                    c.ve -= 1
                cands.append(c)
    cands = _merge(ctx, _resolve_same(ctx, _select(cands)))
    out = []
    for c in cands:
        rs, re_ = view.to_raw(c.vs, c.ve)
        edtf = _edtf(c.start, c.end, c.prec, c.approx) if c.start else None
        out.append(DateMatch(raw[rs:re_], rs, re_, c.start, c.end, c.prec, c.cal, edtf,
                             c.reason, c.approx))
    return out
