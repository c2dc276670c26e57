"""Multi-calendar date engine for Arabic and Persian news text.

Matching runs on the normalised :class:`pipeline.text.View` (unified letters,
ASCII digits, no ZWNJ/diacritics) and every match is mapped back to exact raw
offsets.  Calendar arithmetic: ``jdatetime`` (Solar Hijri) and ``hijridate``
(Lunar Hijri, Umm al-Qura); never hand-written conversion tables.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import ahocorasick
import hijridate
import jdatetime
import regex

from .text import View, detect_lang, norm, normalize

try:        # the stdlib's pattern parser, to build the skeletons (see _skeleton)
    from re import _constants as _sc, _parser as _sp
except ImportError:     # pragma: no cover - then every pattern scans without a skeleton
    _sc = _sp = None

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
# Arabic ordinal day words ("الأول من يناير", "الخامس عشر من مارس"): only before "من"
AR_ORDINALS = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
               "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11,
               "الثاني عشر": 12, "الثالث عشر": 13, "الرابع عشر": 14, "الخامس عشر": 15,
               "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18, "التاسع عشر": 19,
               "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30}
for _u, _uv in (("الحادي", 1), ("الثاني", 2), ("الثالث", 3), ("الرابع", 4), ("الخامس", 5),
                ("السادس", 6), ("السابع", 7), ("الثامن", 8), ("التاسع", 9)):
    for _t, _tv in (("العشرين", 20), ("العشرون", 20), ("الثلاثين", 30), ("الثلاثون", 30)):
        if _tv + _uv <= 31:
            for _sep in (" و", " و "):
                AR_ORDINALS[_u + _sep + _t] = _tv + _uv
# seasons -> first month; Persian seasons are Solar Hijri quarters, Arabic ones meteorological
# (northern) Gregorian seasons, winter = December of the previous year to February
SEASONS = {"بهار": 1, "تابستان": 4, "پاییز": 7, "پائیز": 7, "زمستان": 10,
           "ربيع": 3, "صيف": 6, "خريف": 9, "شتاء": 12}
FA_SEASONS = {"بهار", "تابستان", "پاییز", "پائیز", "زمستان"}
# nouns after which a bare year is a date even without a keyword ("انتخابات 2024", "اتفاق 2015")
EVENT_NOUNS = ["انتخابات", "اتفاق", "اتفاقية", "اتفاقیه", "توافق", "ثورة", "انقلاب", "حرب", "جنگ",
               "مونديال", "قمة", "احتجاجات", "اعتراضات", "تظاهرات", "انتفاضة"]
# bare month names needing a stronger cue than a preposition (other readings: father, zero,
# personal names, verbs, Nissan, arrow, kindness ...)
AMBIGUOUS_MONTHS = ["ماي", "جوان", "نيسان", "صفر", "رجب", "شعبان", "محرم", "دی", "مهر", "تیر",
                    "بهمن", "آذر"]
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
    """Alternation of literal keys (a space in a key matches ' ?'), built as a prefix trie.

    Equivalent to the flat longest-first alternation (of the keys matching at one position the
    longest is tried first; terminal options come last), but a position where no key starts
    costs one character test instead of one per key, which is most of the engine's speed.
    """
    root: dict = {}
    for k in set(keys):
        node = root
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = len(k)

    def depth(node):
        return max(v if c == "" else depth(v) for c, v in node.items())

    def emit(node):
        kids = sorted(((c, v) for c, v in node.items() if c != ""), key=lambda cv: -depth(cv[1]))
        alts = [(" ?" if c == " " else regex.escape(c)) + emit(v) for c, v in kids]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return "(?:" + emit(root) + ")"


T_GAR, T_GFA, T_GWEAK = _table(GREG_AR), _table(GREG_FA), _table(GREG_FA_WEAK)
T_SOL, T_LUN, T_WD, T_ORD = _table(SOLAR), _table(LUNAR), _table(WEEKDAYS), _table(ORDINALS)
T_GREG = {**T_GAR, **T_GFA, **T_GWEAK}
T_AORD, T_SEASON = _table(AR_ORDINALS), _table(SEASONS)
_FA_SEASONS = frozenset(norm(k) for k in FA_SEASONS)
_AMBIG = frozenset(norm(k) for k in AMBIGUOUS_MONTHS)
_NOSP = {k.replace(" ", ""): v for k, v in {**T_GREG, **T_SOL, **T_LUN, **T_WD, **T_ORD}.items()}
_AORD_NOSP = {k.replace(" ", ""): v for k, v in T_AORD.items()}

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
# a 2-digit year only after a space: after a comma a 2-digit number is a count («۳۰ دی، ۵۲ گروگان»)
SAME_YEAR = r"همان سال|نفس العام|العام نفسه|من العام نفسه|ذلک العام|آن سال|السنه نفسها|من السنه نفسها"  # 'of the same year'
YEARPART = rf"(?:(?:[ ,]\s?|\s)(?:من |فی |سال |عام |سنه |العام |من عام )?{YEAR4}|\s(?P<y2>(?<![\d])\d{{2}}(?!\d|[.,/]\d|\s?%))|\s?{REL_YEAR}|\s(?P<same>{SAME_YEAR}))?"
MONTH = (rf"(?:(?P<gm>{G_STRONG}){PAIR}|(?P<sm>{SOL}){MAH}{PAIR}|(?P<lm>{LUN})|(?P<wm>{G_WEAK}))")
PAST_REQ = r"(?:\s(?P<past>الماضی|الفائت|المنصرم|المقبل|القادم|گذشته|پیش|آینده|اینده))"
APPROX = (r"(?P<ap>(?:اواخر|اوایل|اوائل|مطلع|بدایه|اول|منتصف|اواسط|اواسط|نهایه|اخر|اوایل|ابتدای|اواسط|نیمه|نیمه دوم|نیمه اول|پایان|اغاز|انتهای)"
          r"(?: (?:شهر|ماه|عام|سنه|سال|العام|السنه))?) ?")

P_DMY = regex.compile(
    rf"{LB}(?:(?P<wd>{WD})(?: ?,)? )?(?:(?:روز|یوم) )?(?:(?=ال)(?P<aod>{_alt(T_AORD)}) من |{DAY} ?(?:من )?)"
    rf"(?:(?:شهر|ماه) )?{MONTH}{RB}"
    rf"(?:{PAST_REQ}|{YEARPART}{SUF})")
P_MY = regex.compile(
    rf"{LB}(?:{APPROX})?(?:(?:شهر|ماه|در) )?(?:(?P<gm>{G_STRONG}){PAIR}|(?P<sm>{SOL}){MAH}{PAIR}|(?P<lm>{LUN})|(?P<wm>{G_WEAK})){RB}"
    rf"(?:(?:[ ,]\s?|\s)(?:من |سال |عام |سنه |العام |من عام )?{YEAR4}{SUF}|\s?{REL_YEAR}|{PAST_REQ}|\s(?P<same>{SAME_YEAR})"
    # a Solar Hijri month with a 2-digit year («خرداد ۶۵», «بهمن ۵۷»), not a count after it («آذر ۱۰ روز مانده»)
    rf"|\s(?P<y2>(?<![\d])\d{{2}}(?!\d|[.,/:]\d|\s?%|\s(?:روز|سال|ماه|هفته|هزار|میلیون|میلیارد|نفر|درصد|ساعت|دقیقه|تن)(?!\w))))?")
P_YEAR = regex.compile(
    rf"{LB}(?:{APPROX})?(?P<kw>(?:(?:فی|منذ|حتی|خلال|من|عام|سنه|سنتی|عامی|در|از|تا|سال|سالهای|طی|به|فی عام|در سال|از سال|تا سال|سال های|طی سالهای|عامی|قبل|بعد|since|in)\s)*)"
    rf"{YEAR4}{SUF}")
P_NUMERIC = regex.compile(
    rf"{NUMLB}(?:(?P<Y>\d{{4}})(?P<s1>[/.-])(?P<M>\d{{1,2}})(?P=s1)(?P<D>\d{{1,2}})"
    rf"|(?P<D2>\d{{1,2}})(?P<s2>[/.-])(?P<M2>\d{{1,2}})(?P=s2)(?P<Y2>\d{{4}})){NUMRB}")
# not after a count: Persian «ده سال گذشته», «سه ماه گذشته», «چند روز گذشته» are the past ten years, three months,
# few days (a span up to now), not 'last year', 'last month', 'yesterday' («دو سال پیش» 'two years ago' is read
# by _years_ago), and «سه سال بعد», «یک هفته بعد» are three years, a week after another happening, not next year or
# next week; a number word, not the end of a longer word («جلسه هفته گذشته», «فرستاده شب گذشته»); nor are «چند هفته پیش»,
# «چند ماه قبل» ('a few weeks ago', no day to count) last week or last month
_FA_NOT_COUNTED = (r"(?<!(?:\d|(?<!\w)(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|سیزده|چهارده|پانزده|شانزده|هفده|هجده|نوزده|بیست|سی|چهل"
                   r"|پنجاه|شصت|هفتاد|هشتاد|نود|صد|چند|چندین)) (?=\S+ (?:گذشته|بعد|پیش|قبل)))")
P_REL = regex.compile(
    rf"{LB}(?:(?P<today>(?<!(?:مرات|مره|مرتین|مرتان|ساعه|رقم|صوره|سوال|ضیف|شخصیه|ذلک|ذاک|ذالک) (?:فی )?)(?:هذا )?الیوم(?! (?:التالی|الاول|الثانی|الذی|نفسه|ذاته|السابق|الواحد))(?: (?P<wd1>{WD}))?|امروز)"
    r"|(?P<dby>اول (?:من )?امس|پریروز)"
    rf"|(?P<yest>امس|البارحه|دیروز|دیشب|اللیله الماضیه|{_FA_NOT_COUNTED}شب گذشته(?! (?:از(?! سر)|و|را)\b)|{_FA_NOT_COUNTED}روز گذشته(?! (?:از(?! سر)|و|را)\b))"
    rf"|(?P<wday>(?:(?:یومی|روزهای|یوم|روز|مساء|صباح|ظهر|فجر|لیله|عصر|ظهیره|صبح) (?P<wd2>{WD})|(?P<wd3>{WD}) (?P<wdq>الماضی|الفائت|المقبل|القادم|گذشته|آینده|اینده)(?=(?:اش|شان)?(?!\w))|(?<=, ?)(?P<wd4>{WD})(?= ?[,.])|(?<=(?:^|[.!؟?»] ))(?P<wd6>{WD})(?= ?:)"
    # (a weekday of last or next week: «سه‌شنبه هفته گذشته», «الثلاثاء من الأسبوع الماضي»)
    rf"|(?P<wd5>{WD})(?= (?:من )?(?:الاسبوع|هفته) )))(?: (?P<wdq2>الماضی|الفائت|المقبل|القادم|گذشته|آینده|اینده)(?=(?:اش|شان)?(?!\w)))?"
    rf"(?: (?:من )?(?P<wkq>(?:الاسبوع|هفته) (?:الماضی|الفائت|المنصرم|گذشته|پیش|قبل|المقبل|القادم|آینده|اینده)))?"
    rf"|(?P<week>(?:الاسبوع|{_FA_NOT_COUNTED}هفته) (?:الماضی|الفائت|المنصرم|گذشته|پیش|قبل)|(?:هذا الاسبوع|این هفته|همین هفته|هفته جاری)|(?:الاسبوع|{_FA_NOT_COUNTED}هفته) (?:المقبل|القادم|آینده|اینده|بعد))"
    rf"|(?P<month>(?:(?:(?<!(?:الاسبوع|النصف|الثلث|الربع|العشر|الایام|الاسابیع|العشره) )(?=ال)(?P<maod>{_alt(T_AORD)})|(?<![\d./+×])(?<![\d][,])(?P<md>[0-3]?\d)) من (?=الشهر))?"
    rf"(?:(?:الشهر|{_FA_NOT_COUNTED}ماه) (?:الماضی|الفائت|المنصرم|گذشته|پیش|قبل)|(?:الشهر الجاری|الشهر الحالی|هذا الشهر|این ماه|همین ماه|ماه جاری)|(?:الشهر|{_FA_NOT_COUNTED}ماه) (?:المقبل|القادم|آینده|اینده|بعد)))"
    rf"|(?P<year>(?:العام|السنه) (?:الماضی|الفائت|المنصرم)|{_FA_NOT_COUNTED}سال (?:گذشته|پیش|قبل)|پارسال|(?:العام|السنه) (?:الجاری|الحالی)|(?:هذا العام|هذه السنه|امسال|سال جاری)|(?:العام|السنه) (?:المقبل|القادم)|{_FA_NOT_COUNTED}سال (?:آینده|اینده|بعد))(?: (?P<ymil>میلادی))?"
    rf"|(?P<rap>(?:مطلع|بدایه|اوائل|اواخر|منتصف|نهایه|اوایل|ابتدای|اواسط|اواخر|پایان) (?:العام|السنه|سال)(?: (?:الجاری|الحالی|جاری|الماضی|گذشته))?))"
    rf"(?:اش|شان)?{RB}")  # (a Persian enclitic: «دوشنبه گذشته‌اش» 'his last Monday')
P_SEASON = regex.compile(  # "صيف 2019", "اوایل زمستان ۱۳۹۸", "ربيع العام الماضي", "تابستان ۹۸"
    rf"{LB}(?:{APPROX})?(?:(?:فصل|فصول) )?(?P<se>{_alt(T_SEASON)})(?! ?(?:الاول|الثانی|الاخر)(?!\w)){RB}"
    rf"(?:(?:[ ,]\s?|\s)(?:من |سال |عام |سنه |العام |من عام )?{YEAR4}{SUF}"
    rf"|\s(?P<y2>(?<![\d])\d{{2}}(?!\d|[.,/]\d|\s?%))|\s?{REL_YEAR}|\s(?P<same>{SAME_YEAR}))")
# feasts as dates (eighteenth session): «نوروز ۱۴۰۳», «عيد الفطر 2024», «عید فطر امسال», «عيد الأضحى الماضي», «عشية
# عيد الفطر عام 1445 هـ», «در آستانه نوروز ۱۴۰۴», «تعطیلات نوروز ۱۴۰۲»; a feast needs its year (or a relative one)
P_FEAST = regex.compile(
    rf"{LB}(?:(?P<eve>عشیه|قبیل|در استانه|استانه|شب|لیله) )?(?:(?P<hol>تعطیلات|ایام|عطله) )?"
    rf"(?P<fe>عید النوروز|عید نوروز|نوروز|عید الفطر|عید فطر|عید الاضحی|عید قربان)(?: المبارک)?{RB}"
    rf"(?:(?:[ ,]\s?|\s)(?:من |سال |عام |سنه |العام |من عام )?{YEAR4}{SUF}|\s?{REL_YEAR}"
    rf"| (?P<fry>امسال|پارسال|سال گذشته|سال جاری|هذا العام|هذه السنه)| (?P<last>الماضی|الفائت|المنصرم|گذشته))")
P_NUMERIC2 = regex.compile(  # 2-digit years: "۹۷/۵/۷" (fa: YY/M/D Solar Hijri), "7/5/18" (ar: D/M/YY)
    rf"{NUMLB}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<c>\d{{1,2}}){NUMRB}")
P_DECADE = regex.compile(
    rf"{LB}(?:(?P<ar>(?:{_alt(_table(DECADE_WORDS))})(?:ی)?ات)(?: من القرن (?:الماضی|العشرین))?"
    rf"|دهه (?:(?P<fd>{NUMLB}\d{{2,4}}{NUMRB})|(?P<fw>{_alt(FA_DECADE_WORDS)}))(?: (?P<fsuf>میلادی|شمسی|خورشیدی))?){RB}")
P_MRANGE = regex.compile(  # "بين يناير ومارس 2024", "من يناير إلى مارس 2024", "بين أبريل ومايو الماضيين"
    rf"{LB}(?:بین |من |از )?(?P<m1>{G_STRONG}|{SOL}){PAIR} ?(?:و|الی|حتی|تا|-) ?(?P<m2>{G_STRONG}|{SOL}){MAH}{PAIR}"
    rf"(?:(?:[ ,]\s?|\s)(?:من |سال |عام )?{YEAR4}{SUF}|\s(?P<past>(?:الماضی|الفائت|المنصرم)(?:ین|تین)?|گذشته){RB}|\s(?P<same>{SAME_YEAR}))")
P_DRANGE = regex.compile(  # "10-12 يناير 2024", "من 10 إلى 12 يناير 2024", "التاسع والعاشر من نوفمبر 2014"
    rf"{LB}(?:بین |من |از )?(?:{NUMLB}(?P<d1>[0-3]?\d) ?(?:و|الی|حتی|تا|-) ?(?P<d2>[0-3]?\d){NUMRB} ?"
    rf"|(?=ال)(?P<ad1>{_alt(T_AORD)}) ?(?:و|الی|حتی) ?(?=ال)(?P<ad2>{_alt(T_AORD)}) من (?:شهر )?)(?P<mm>{G_STRONG}|{SOL}){MAH}{PAIR}(?:[ ,]\s?|\s)(?:من |سال |عام )?{YEAR4}{SUF}")
P_SAME_MONTH = regex.compile(  # "التاسع من الشهر نفسه", "۲۶ و ۲۷ همان ماه": a day of the month of the date before
    rf"{LB}(?:(?=ال)(?P<aod>{_alt(T_AORD)})|(?<![\d./+×])(?P<d>[0-3]?\d)(?: ?و ?(?P<d2>[0-3]?\d))?(?!\d)) "
    r"?(?:من )?(?:الشهر نفسه|نفس الشهر|الشهر ذاته|ذات الشهر|همان ماه)(?!\w)")
P_CONN_RANGE = regex.compile(r"^\s?(?:-|الی|حتی|تا|و|to|until)\s?$")
P_CONN_DUAL = regex.compile(r"^\s?(?:-|/|,|\(|=|الموافق(?: ل)?|الموافق|مطابق(?: با)?|برابر(?: با)?|یا)\s?$")
_PRE_RANGE = regex.compile(r"(?:من|از|بین|طی|خلال)\s?$")
_MONTH_LOOK = regex.compile(
    rf"(?P<gm>{G_STRONG})|(?P<sm>{SOL})|(?P<lm>{LUN})|(?P<wm>{G_WEAK})")

# ---------------------------------------------------------------------------
# calendar helpers
# ---------------------------------------------------------------------------


# The calendar functions are pure and news text repeats its dates: cached (jdatetime and
# hijridate objects are slow to build).  Errors are not cached, they are raised again.
@lru_cache(maxsize=4096)
def _greg_range(y, m=None, d=None):
    if m is None:
        return D(y, 1, 1), D(y, 12, 31)
    if d is None:
        nxt = D(y + (m == 12), m % 12 + 1, 1)
        return D(y, m, 1), nxt - ONE
    x = D(y, m, d)
    return x, x


@lru_cache(maxsize=4096)
def _solar_range(y, m=None, d=None):
    if m is None:
        return jdatetime.date(y, 1, 1).togregorian(), jdatetime.date(y + 1, 1, 1).togregorian() - ONE
    if d is None:
        s = jdatetime.date(y, m, 1).togregorian()
        nxt = jdatetime.date(y + (m == 12), m % 12 + 1, 1).togregorian()
        return s, nxt - ONE
    x = jdatetime.date(y, m, d).togregorian()
    return x, x


@lru_cache(maxsize=4096)
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


@lru_cache(maxsize=1024)
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
    open_year: tuple = ()   # (cal, m, d) of a day or month written without a year or qualifier


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


# the phrase tests of the handlers, compiled once
_FUTURE = regex.compile(r"مقبل|قادم|آینده|اینده|بعد")
_NEXT = regex.compile(r"مقبل|قادم|آینده|اینده")
_PAST = regex.compile(r"ماضی|فائت|منصرم|گذشته|پیش|قبل|پارسال")
_BEFORE = regex.compile(r"ماضی|فائت|منصرم|گذشته|پیش|قبل")
_PERSIAN_REL = regex.compile(r"ماه|سال|امسال|پارسال|ابتدای|اوایل|پایان")
_MOST_RECENT = regex.compile(r"\s*(?:گذشته|قبل|پیش|آینده|اینده)")
_YEAR_END = regex.compile(r"[\s]?(?:[,.;:)\]\"'!?-]|$)")


def _rel_year(ctx, phrase, cal):
    """Resolve 'العام الماضي' / 'امسال' ... to a year number in cal."""
    if ctx.pub is None:
        return None
    cy = _today_in(cal, ctx.pub)[0]
    if _FUTURE.search(phrase):
        return cy + 1
    if _PAST.search(phrase):
        return cy - 1
    return cy


def _yearless(ctx, m, cal, mo, d, qual, approx_word=None):
    """Month (and day) without a year: most recent past/next occurrence."""
    label = " ".join(str(x) for x in (d, _MONTH_LABEL[cal][mo - 1]) if x)
    if ctx.pub is None:
        reason = f"{CAL_NAME[cal]} {label}; year unknown (publication date unknown)"
        return _Cand(m.start(), m.end(), None, None, None, "relative" if qual else cal, reason,
                     bool(approx_word), "rel", yearless=True, open_year=() if qual else (cal, mo, d))
    cy, cm, cd = _today_in(cal, ctx.pub)
    future = bool(qual and _NEXT.search(qual))
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
                if not qual and _weekday_names_days_ahead(ctx, m, cal, cy, mo, d):
                    y = cy
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
    else:
        c.open_year = (cal, mo, d)
    return c


# 'tomorrow' / 'the day after tomorrow' right before a weekday (normalised view)
_TOMORROW_BEFORE = regex.compile(r"(?<!\w)(?:فردا|پس ?فردا|غدا|بعد غد)\s+(?:روز\s+|یوم\s+)?$")


def _weekday_names_days_ahead(ctx, m, cal, cy, mo, d) -> bool:
    """A day without a year a few days after publication, 'tomorrow' and its weekday before it («فردا دوشنبه ۸ آذر» in
    a paper of Sunday 7 Azar, «غدا الاثنين 29 نوفمبر»): that weekday falls on the day this year and not the year
    before, so the text speaks of the days ahead (a contact announced for them), not of the same day a year ago."""
    want = _weekday_at(ctx.text, m.start())
    if want is None or not _TOMORROW_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return False
    ahead = _mk(ctx, m, cal, cy, mo, d)
    if ahead is None or not 0 < (ahead.start - ctx.pub).days <= WEEKDAY_AHEAD_DAYS or ahead.start.weekday() != want:
        return False
    back = _mk(ctx, m, cal, cy - 1, mo, d)
    return back is None or back.start.weekday() != want


def _two_digit_solar(yy):
    return 1300 + yy if yy >= 40 else 1400 + yy


def _h_dmy(ctx, m):
    cal, mo, g = _month_of(m)
    if mo is None:
        return None
    if m.group("aod"):
        d = _AORD_NOSP.get(m.group("aod").replace(" ", ""))
    else:
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
    if m.group("y2"):
        if cal != "solar_hijri":
            return None  # (a Gregorian or lunar month before a 2-digit number: a day or a count, not a year)
        return _mk(ctx, m, cal, _two_digit_solar(int(m.group("y2"))), mo, None, approx_word=ap)
    if m.group("y"):
        y = int(m.group("y"))
        return _mk(ctx, m, cal, y, mo, None, approx_word=ap)
    if m.group("same"):  # «در آبان همان سال»: the month in the year of the previous date
        c = _Cand(m.start(), m.end(), None, None, None, cal,
                  f"{CAL_NAME[cal]} {_MONTH_LABEL[cal][mo - 1]}; year of the previous date", bool(ap), "same",
                  parts=(cal, None, mo, None))
        if ctx.text.startswith("در ", c.vs):
            c.vs += 3
        return c
    if m.group("ry") and _MOST_RECENT.fullmatch(m.group("ry")):
        # Persian "دی ماه گذشته" is the most recent Dey ("last Dey"), not Dey of last year ("دی ماه سال گذشته")
        c = _yearless(ctx, m, cal, mo, None, m.group("ry"), approx_word=ap)
        if c and ctx.pub is None:
            c.reason = "relative; publication date unknown"
        return c
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
    if (g != "wm" and _bare_month_ok(ctx, m, g)) or (g == "wm" and m.group(g) == "مه" and "ماه" in ctx.text[m.start():m.start(g)]):
        # bare month ("في يناير", "در آبان ماه"): most recent occurrence on or before publication (Persian «مه», May,
        # also 'fog', only as «ماه مه», 'the month of May'; «می» never: «یک ماه می گذرد» is 'a month passes')
        c = _yearless(ctx, m, cal, mo, None, None, approx_word=ap)
        if c is not None and ctx.text.startswith("در ", c.vs):
            c.vs += 3
        return c
    return None


_BARE_PREP = regex.compile(r"(?:^|[^\w])و?(?:فی|منذ|خلال|حتی|طوال|در|از|تا|طی|اوایل|اواخر|اواسط)\s$")


def _bare_month_ok(ctx, m, g):
    """Is a month name without year a date here?  Needs a cue: شهر/ماه before it, an approximate
    qualifier, a paired name or (not for ambiguous names) a preposition or joined ماه."""
    text = ctx.text
    head = text[m.start():m.start(g)]
    tail = text[m.end(g):m.end()]
    if m.group("ap") or "شهر" in head or "ماه" in head or "/" in tail or "(" in tail:
        return True
    prep = bool(_BARE_PREP.search(text, max(0, m.start() - 8), m.start())) or head.startswith("در ")
    if m.group(g).replace(" ", "") in _AMBIG:
        # (or with another month named right after it: «خلال نيسان وأيار», «در مهر و آبان»)
        return prep and ("ماه" in tail or _AND_MONTH.match(text, m.end()) is not None)
    return prep or "ماه" in tail


_AND_MONTH = regex.compile(rf" ?و ?(?:{G_STRONG}|{SOL}){RB}")


_PREP_OK = regex.compile(r"(?:^|\s)(?:فی|منذ|حتی|خلال|من|عام|سنه|عامی|سنتی|در|از|تا|سال|سالهای|سال های|طی|به|قبل|بعد|in|since|until|و)\s?$")


_EVENT_OK = regex.compile(rf"(?:^|[^\w])[وب]?(?:ال)?{_alt(norm(w) for w in EVENT_NOUNS)} $")
# how every match of _PREP_OK or _EVENT_OK ends (on the view, whose only whitespace is a space and which holds no line
# break, where «$» would match too): looked for first, as a call of the regex module costs ~15–20 k instructions
_PREP_OK_ENDS = tuple(w + sp for w in ("فی", "منذ", "حتی", "خلال", "من", "عام", "سنه", "عامی", "سنتی", "در", "از", "تا", "سال", "سالهای", "سال های",
                                        "طی", "به", "قبل", "بعد", "in", "since", "until", "و") for sp in ("", " "))
_EVENT_OK_ENDS = tuple(norm(w) + " " for w in EVENT_NOUNS)


def _h_year(ctx, m):
    y = int(m.group("y"))
    suf = m.group(0)[m.end("y") - m.start():].strip()
    sc = _suffix_cal(suf)
    kw = (m.group("kw") or "").strip()
    before = ctx.text[max(0, m.start() - 12):m.start()]
    explicit_kw = bool(kw) or (before.endswith(_PREP_OK_ENDS) and bool(_PREP_OK.search(before))) or bool(m.group("ap")) or \
        (ctx.text.endswith(_EVENT_OK_ENDS, max(0, m.start() - 16), m.start()) and bool(_EVENT_OK.search(ctx.text, max(0, m.start() - 16), m.start())))
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
        # bare year: accept before punctuation / end / bracket, or as a line of its own (a chronology's heading)
        if after and not _YEAR_END.match(after) and not (after[:1] == " " and _line_of_its_own(ctx, m.start(), m.end())):
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


def _h_numeric2(ctx, m):
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    if ctx.lang == "fa":
        if len(a) != 2:
            return None
        cal, y, mo, d = "solar_hijri", _two_digit_solar(int(a)), int(b), int(c)
    else:
        if len(c) != 2:
            return None
        yy = int(c)
        cal, y, mo, d = "gregorian", (2000 + yy if yy < 50 else 1900 + yy), int(b), int(a)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return _mk(ctx, m, cal, y, mo, d, extra="numeric date, 2-digit year")


def _h_season(ctx, m):
    se = m.group("se").replace(" ", "")
    first = T_SEASON.get(se)
    if first is None:
        return None
    persian = se in _FA_SEASONS
    ap = m.group("ap")
    rel = False
    if m.group("same"):
        # «وفي خريف العام نفسه», «در پاییز همان سال»: the season in the year of the previous date (its calendar)
        return _Cand(m.start(), m.end(), None, None, None, "gregorian", "season; year of the previous date",
                     bool(ap), "same_season", parts=(first, persian, ap))
    if m.group("y"):
        y = int(m.group("y"))
        sc = _suffix_cal(m.group(0)[m.end("y") - m.start():].strip())
        cal = sc or ("solar_hijri" if 1280 <= y <= 1480 else "gregorian" if 1900 <= y <= 2100 else None)
    elif m.group("y2"):
        if not persian:
            return None
        cal, y = "solar_hijri", _two_digit_solar(int(m.group("y2")))
    else:
        cal = "solar_hijri" if persian else "gregorian"
        y = _rel_year(ctx, m.group("ry"), cal)
        rel = True
        if y is None:
            return _Cand(m.start(), m.end(), None, None, None, "relative",
                         "relative; publication date unknown", bool(ap) or not persian, "rel")
    if cal is None or cal == "lunar_hijri":
        return None
    c = _season(ctx, m.start(), m.end(), first, persian, cal, y, ap)
    if c is not None and rel:
        c.reason += f"; relative to publication date {ctx.pub.isoformat()}"
        c.cal, c.kind, c.parts = "relative", "rel", ()
    return c


def _season(ctx, vs, ve, first, persian, cal, y, ap):
    """The months of a season (its first month ``first`` in the season table) of year ``y`` of ``cal``."""
    if persian and cal == "gregorian":
        first = {1: 3, 4: 6, 7: 9, 10: 12}[first]       # بهار ۲۰۱۹: northern spring
    try:
        if cal == "solar_hijri":
            s, e = _solar_range(y, first)[0], _solar_range(y, first + 2)[1]
        elif first == 12:                                # winter Y: Dec Y-1 .. Feb Y
            s, e = D(y - 1, 12, 1), D(y, 3, 1) - ONE
        else:
            s, e = D(y, first, 1), _greg_range(y, first + 2)[1]
    except (ValueError, OverflowError):
        return None
    name = {1: "spring", 3: "spring", 4: "summer", 6: "summer", 7: "autumn", 9: "autumn",
            10: "winter", 12: "winter"}[first]
    reason = f"{CAL_NAME[cal]} {name} {y} (months {s.isoformat()[:7]}..{e.isoformat()[:7]})"
    # Solar Hijri seasons are exact quarters; Gregorian/Arabic seasons have fuzzy borders
    approx = bool(ap) or cal == "gregorian"
    if ap:
        s, e = _approx_narrow(ap, s, e)
        reason += f"; approximate ({ap.strip()})"
    elif approx:
        reason += "; approximate (season)"
    return _Cand(vs, ve, s, e, "month", cal, reason, approx, "abs", parts=(cal, y, None, None))


def _feast_day(kind: str, cal: str, y: int) -> list[_dt.date]:
    """The Gregorian days of a feast in year y of a calendar: Nowruz is 1 Farvardin, Eid al-Fitr 1 Shawwal,
    Eid al-Adha 10 Dhu al-Hijjah (the lunar feasts fall once or twice in a Gregorian or Solar Hijri year)."""
    try:
        if kind == "nowruz":
            sy = y if cal == "solar_hijri" else y - 621 if cal == "gregorian" else None
            return [] if sy is None else [jdatetime.date(sy, 1, 1).togregorian()]
        mo, d = (10, 1) if kind == "fitr" else (12, 10)
        if cal == "lunar_hijri":
            return [_pd(hijridate.Hijri(y, mo, d).to_gregorian())]
        lo, hi = _greg_range(y) if cal == "gregorian" else _solar_range(y)
        hy = round((lo.year - 622) * 33 / 32)
        days = [_pd(hijridate.Hijri(h, mo, d).to_gregorian()) for h in range(hy - 2, hy + 3)]
        return [x for x in days if lo <= x <= hi]
    except (ValueError, OverflowError):
        return []


def _h_feast(ctx, m):
    fe = m.group("fe")
    kind = "nowruz" if "نوروز" in fe else "fitr" if "فطر" in fe else "adha"
    persian = ctx.lang == "fa"
    rel = bool(m.group("ry") or m.group("fry") or m.group("last"))
    if rel and ctx.pub is None:
        return _Cand(m.start(), m.end(), None, None, None, "relative", "relative; publication date unknown", True, "rel")
    if m.group("y"):
        y = int(m.group("y"))
        sc = _suffix_cal(m.group(0)[m.end("y") - m.start():].strip())
        # (a year of 13xx/14xx is Solar Hijri for Nowruz and in a Persian text, lunar for an Arabic text's Eid)
        cal = sc or ("solar_hijri" if 1280 <= y <= 1480 and (kind == "nowruz" or persian) else "lunar_hijri" if 1300 <= y <= 1500
                     else "gregorian" if 1900 <= y <= 2100 else None)
        if cal is None:
            return None
        days = _feast_day(kind, cal, y)
    elif m.group("last"):  # the last one before publication
        cal = "gregorian"
        days = [x for y in (ctx.pub.year - 1, ctx.pub.year) for x in _feast_day(kind, cal, y) if x < ctx.pub][-1:]
    else:
        phrase = m.group("ry") or m.group("fry")
        cal = "solar_hijri" if persian or kind == "nowruz" else "gregorian"
        days = _feast_day(kind, cal, _rel_year(ctx, phrase, cal))
    if not days:
        return None
    day = days[0]
    eve, hol = m.group("eve"), m.group("hol")
    if eve in ("قبیل", "در استانه", "استانه"):  # the days before it
        s, e, prec, approx, what = day - 10 * ONE, day - ONE, "month", True, "the days before"
    elif eve:  # the evening before
        s = e = day - ONE
        prec, approx, what = "day", False, "the eve of"
    elif hol:  # the holidays
        s, e, prec, approx, what = day, day + (12 if kind == "nowruz" else 3) * ONE, "month", True, "the holidays of"
    else:
        s = e = day
        prec, approx, what = "day", True, ""
    reason = f"{what} {kind} ({day.isoformat()})".strip()
    if rel:
        return _Cand(m.start(), m.end(), s, e, prec, "relative", reason + f"; relative to publication date {ctx.pub.isoformat()}", approx, "rel")
    return _Cand(m.start(), m.end(), s, e, prec, cal, reason, approx, "abs", parts=(cal, int(m.group("y")), None, None))


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
        # wd4: the news style "قالت قطر، الاثنين، إن…"; wd6: a weekly round-up's entry head, "یکشنبه: …" (the view has no
        # line breaks: a weekday and a colon right after a sentence's end)
        wd = g["wd2"] or g["wd3"] or g["wd4"] or g["wd5"] or g["wd6"]
        want = _NOSP.get(wd.replace(" ", ""))
        q = (g["wdq"] or "") + (g["wdq2"] or "")
        back = (pub.weekday() - want) % 7
        if g["wkq"] and not q:  # that weekday of the week before or after the publication's
            ws = _week_start(pub) + (7 if _NEXT.search(g["wkq"]) else -7) * ONE
            s = e = ws + ((want - 5) % 7) * ONE
        elif g["wd5"]:
            return None
        elif _NEXT.search(q):
            fwd = (want - pub.weekday()) % 7 or 7
            s = e = pub + _dt.timedelta(days=fwd)
        else:
            if q and back == 0:
                back = 7
            s = e = pub - _dt.timedelta(days=back)
    elif g["week"]:
        w = g["week"]
        ws = _week_start(pub)
        if _FUTURE.search(w):  # (first: «المقبل», 'next', holds the letters of «قبل», 'before')
            ws += 7 * ONE
        elif _BEFORE.search(w):
            ws -= 7 * ONE
        s, e = ws, ws + 6 * ONE
    elif g["month"] or g["year"] or g["rap"]:
        w = g["month"] or g["year"] or g["rap"]
        persian = _PERSIAN_REL.search(w)
        # («سال گذشته میلادی»: the last Gregorian year)
        cal = "solar_hijri" if (ctx.lang == "fa" or persian) and not (g["year"] and g["ymil"]) else "gregorian"
        cy, cm, _ = _today_in(cal, pub)
        delta = 1 if _FUTURE.search(w) else (
            -1 if _PAST.search(w) else 0)
        if g["month"]:
            idx = cy * 12 + (cm - 1) + delta
            s, e = RANGE_FN[cal](idx // 12, idx % 12 + 1)
            prec = "month"
            day = _AORD_NOSP.get(g["maod"].replace(" ", "")) if g["maod"] else (int(g["md"]) if g["md"] else None)
            if day is not None:  # «الحادي والعشرين من الشهر الماضي»: that day of that month
                if not 1 <= day <= (e - s).days + 1:
                    return None
                s = e = s + (day - 1) * ONE
                prec = "day"

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
    cal = "solar_hijri" if (a in T_SOL or m.group("m1") in T_SOL) else "gregorian"
    ma, mb = _NOSP.get(a), _NOSP.get(b)
    if not ma or not mb:
        return None
    if m.group("same"):
        # «در مهر و آبان همان سال»: the two months in the year of the previous date
        return _Cand(m.start(), m.end(), None, None, None, cal, f"{CAL_NAME[cal]} months {ma}-{mb}; year of the previous date",
                     False, "same_range", parts=(cal, ma, mb))
    past = m.group("past")
    if past:
        # «بين أبريل ومايو الماضيين», «فروردین و اردیبهشت گذشته»: the last months of those names before the
        # publication (the range ends in the most recent past month of the second name)
        if ctx.pub is None:
            return None
        cy, cm, _ = _today_in(cal, ctx.pub)
        y = cy - 1 if mb >= cm else cy
    else:
        y = int(m.group("y"))
    try:
        s = RANGE_FN[cal](y if ma <= mb else y - 1, ma)[0]
        e = RANGE_FN[cal](y, mb)[1]
    except (ValueError, OverflowError):
        return None
    reason = f"{CAL_NAME[cal]} months {ma}-{mb} {y}"
    if past:
        return _Cand(m.start(), m.end(), s, e, "month", "relative", f"{reason}; relative to publication date {ctx.pub.isoformat()}", False, "rel")
    return _Cand(m.start(), m.end(), s, e, "month", cal, reason, False, "abs")


def _h_same_month(ctx, m):
    d = _AORD_NOSP.get(m.group("aod").replace(" ", "")) if m.group("aod") else int(m.group("d"))
    d2 = int(m.group("d2")) if m.group("d2") else None
    if not d or d > 31 or (d2 is not None and not d < d2 <= 31):
        return None
    return _Cand(m.start(), m.end(), None, None, None, "gregorian", f"day {d} of the month of the previous date", False,
                 "same_month", parts=(None, None, None, (d, d2)))


def _h_drange(ctx, m):
    mm = m.group("mm").replace(" ", "")
    mo = _NOSP.get(mm)
    cal = "solar_hijri" if m.group("mm") in T_SOL else "gregorian"
    y = int(m.group("y"))
    if m.group("ad1"):
        if (m.group("ad1") + "و" + m.group("ad2")).replace(" ", "") in _AORD_NOSP:
            return None  # «الخامس والعشرين من»: one compound ordinal (25th), not the 5th and the 20th
        d1, d2 = _AORD_NOSP.get(m.group("ad1").replace(" ", "")) or 0, _AORD_NOSP.get(m.group("ad2").replace(" ", "")) or 0
    else:
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


# ---------------------------------------------------------------------------
# skeletons: a cheap pre-check in front of every pattern
#
# The patterns above need the ``regex`` module (variable-width look-behinds), and trying
# them at every position of a window was most of the engine's time.  Each pattern gets a
# *skeleton*: a stdlib ``re`` pattern that matches at every position where the pattern
# matches (and at a few more), derived mechanically from the pattern:
#   - _Relaxer: captures become plain groups, a back-reference repeats its group's
#     pattern, character classes are widened to what ``re`` can express (``\d`` plus
#     every non-BMP character, see _D_SUP); a look-around is kept when ``re`` can run
#     a weaker form of it (a narrower inside for a negative one, fixed widths for a
#     look-behind), else dropped; LB, the costly one, becomes the cheaper _SK_LB;
#   - _sk_norm: the start is rewritten so that ``re`` rejects most positions after a
#     test or two: the optional leading parts ("weekday, روز, ...") become one branch
#     with an empty alternative, and alternatives share their first characters.
# None of this loses a match, so _finditer can search the skeleton and try the real
# pattern only where the skeleton matched: it yields exactly ``pattern.finditer(text, a,
# b)`` (same pos/endpos, so look-behinds still see the text before the window and
# look-aheads still stop at its end).  test_skeleton_* check the pieces.
# ---------------------------------------------------------------------------
# Characters both engines agree on.  _W_SUB: only word characters of ``regex``
# (ASCII letters/digits, "_" and the Arabic letters); _S_SUB: only ``regex`` spaces.
# ``regex`` knows newer Unicode digits than ``re``, all of them outside the BMP, so
# ``re``'s \d plus every non-BMP character covers ``regex``'s \d; ``re``'s \s already
# covers ``regex``'s \s.
_W_SUB = "0-9A-Za-z_\u0621-\u064A\u066E-\u06D3"
_D_SUP = "\\d\U00010000-\U0010FFFF"
_S_SUB = " \t\n\r\f\v"
_ANY = r"[\s\S]"
# LB holds only after a non-word character or the start of the text, maybe followed by a
# clitic of at most 3 letters ending in و ب ل or ف.  So the character before is not a
# word character other than those 4, and the 4 characters before are not all word
# characters (test_skeleton_lb_holds_wherever_lb_holds).
_SK_LB = ("(?<![" + _W_SUB.replace("\u0621-\u064A", "\u0621-\u0627\u0629-\u0640\u0642\u0643"
                                  "\u0645-\u0647\u0649-\u064A") + "])"
          "(?<![" + _W_SUB + "]{4})")


def _sk_class(items, relax):
    """Body of an ``re`` character class for sre IN items, covering them (``relax``) or
    inside them; None: any character (relax) / no character."""
    if items and items[0][0] is _sc.NEGATE:
        inner = _sk_class(items[1:], not relax)
        return None if inner is None else "^" + inner
    out = []
    for op, av in items:
        if op is _sc.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _sc.RANGE:
            out.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _sc.CATEGORY and av is _sc.CATEGORY_DIGIT:
            out.append(_D_SUP if relax else r"\d")
        elif op is _sc.CATEGORY and av is _sc.CATEGORY_SPACE:
            out.append(r"\s" if relax else _S_SUB)
        elif op is _sc.CATEGORY and av is _sc.CATEGORY_WORD and not relax:
            out.append(_W_SUB)
        elif relax:
            return None         # unknown: widen to any character
        # (inside: an unknown part is left out)
    return "".join(out) or None


# Skeleton items (a sequence is a list of items):
#   ("lit", ch)  ("set", "[...]")  ("look", re source of a zero-width assertion)
#   ("alt", [seq, ...])  ("rep", lo, hi or None, seq)
def _sk_src(seq):
    """``re`` source of a skeleton sequence."""
    out = []
    for it in seq:
        k = it[0]
        if k == "lit":
            out.append(re.escape(it[1]))
        elif k in ("set", "look"):
            out.append(it[1])
        elif k == "alt":
            out.append("(?:" + "|".join(_sk_src(a) for a in it[1]) + ")")
        else:
            _, lo, hi, sub = it
            body = _sk_src(sub)
            if not (len(sub) == 1 and sub[0][0] in ("lit", "set")):
                body = "(?:" + body + ")"
            out.append(body + ("?" if (lo, hi) == (0, 1) else
                               "{%d,%s}" % (lo, "" if hi is None else hi)))
    return "".join(out)


def _sk_spread(seq, limit=64):
    """The alternatives of seq as plain sequences (no alternation/repeat), or None."""
    alts: list = [[]]
    for it in seq:
        if it[0] == "alt":
            opts = []
            for a in it[1]:
                s = _sk_spread(a, limit)
                if s is None:
                    return None
                opts += s
        elif it[0] == "rep":
            _, lo, hi, sub = it
            s = _sk_spread(sub, limit)
            if s is None or hi is None or hi > 4:
                return None
            opts = []
            for n in range(lo, hi + 1):
                part: list = [[]]
                for _ in range(n):
                    part = [p + q for p in part for q in s]
                opts += part
        else:
            opts = [[it]]
        alts = [a + o for a in alts for o in opts]
        if len(alts) > limit:
            return None
    return alts


def _sk_fixed(seq):
    lo, hi = _sp.parse(_sk_src(seq) or "(?:)").getwidth()
    return lo == hi


class _Relaxer:
    """sre parse tree of a ``regex`` pattern -> skeleton items.

    ``relax`` True: the items match wherever the tree matches (a superset); False: only
    where it matches (a subset, for the inside of negative look-arounds).  None: (subset
    only) matches nowhere.
    """

    def __init__(self, known):
        self.known = known          # {repr(sre look-around node): re look-around replacing it}
        self.groups: dict = {}

    def seq(self, items, relax):
        out = []
        for op, av in items:
            r = self.node(op, av, relax)
            if r is None:
                return None
            out += r
        return out

    def node(self, op, av, relax):
        if op is _sc.ASSERT and repr((op, av)) in self.known:
            return [("look", self.known[repr((op, av))])] if relax else None
        if op is _sc.LITERAL:
            return [("lit", chr(av))]
        if op is _sc.NOT_LITERAL:
            return [("set", "[^" + re.escape(chr(av)) + "]")]
        if op is _sc.ANY:
            return [("set", r"[^\n]")]
        if op is _sc.IN:
            body = _sk_class(av, relax)
            if body is None:
                return [("set", _ANY)] if relax else None
            return [("set", "[" + body + "]")]
        if op is _sc.BRANCH:
            alts = [a for a in (self.seq(b, relax) for b in av[1]) if a is not None]
            return [("alt", alts)] if alts else None
        if op is _sc.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise ValueError("inline flags")
            out = self.seq(sub, relax)
            if group is not None:
                self.groups[group] = out if relax else None
            return out
        if op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT):      # greedy or lazy: same matches
            lo, hi, sub = av
            s = self.seq(sub, relax)
            if s is None:
                return [] if lo == 0 else None
            return [("rep", lo, None if hi is _sc.MAXREPEAT else hi, s)]
        if op is _sc.GROUPREF:      # the repeated text matched the group's pattern
            g = self.groups.get(av)
            if g is None:
                if relax:
                    raise ValueError("back-reference")
                return None
            return list(g)
        if op is _sc.AT:
            if av in (_sc.AT_BEGINNING, _sc.AT_BEGINNING_STRING):   # both: start of string
                return [("look", r"\A")]
            return [] if relax else None
        if op in (_sc.ASSERT, _sc.ASSERT_NOT):
            direction, sub = av
            neg = op is _sc.ASSERT_NOT
            inner = self.seq(sub, relax != neg)   # a negation turns covering into inside
            if inner is None:
                return [] if neg else None        # (?!nothing) always holds
            if direction > 0:
                return [("look", ("(?!" if neg else "(?=") + _sk_src(inner) + ")")]
            # look-behinds: ``re`` needs fixed widths, one look-behind per alternative
            alts = _sk_spread(inner)
            fixed = [a for a in alts or () if _sk_fixed(a)]
            if neg:     # (?<!A|B) is (?<!A)(?<!B); leaving one out weakens it
                if not relax and (alts is None or len(fixed) < len(alts)):
                    return None
                return [("look", "".join("(?<!" + _sk_src(a) + ")" for a in fixed))]
            if alts is None or len(fixed) < len(alts):
                return [] if relax else None
            return [("look", "(?:" + "|".join("(?<=" + _sk_src(a) + ")" for a in fixed) + ")")]
        raise ValueError(f"cannot relax {op}")


def _sk_nullable(seq):
    for it in seq:
        k = it[0]
        if k in ("lit", "set"):
            return False
        if k == "alt" and not any(_sk_nullable(a) for a in it[1]):
            return False
        if k == "rep" and it[1] > 0 and not _sk_nullable(it[3]):
            return False
    return True


def _sk_share(alts):
    """Alternatives with the same first item share it (the same strings match)."""
    groups: dict = {}
    for a in alts:
        groups.setdefault(repr(a[:1]), []).append(a)
    out = []
    for g in groups.values():
        if len(g) == 1 or not g[0]:
            out.append(g[0])
            continue
        tails = _sk_share([a[1:] for a in g])
        out.append(g[0][:1] + (tails[0] if len(tails) == 1 else [("alt", tails)]))
    return out


def _sk_options(seq):
    """Non-empty alternatives of a sequence of optional items."""
    combos: list = [[]]
    for it in seq:
        if it[0] == "alt":
            opts = [a for a in it[1] if a]
        elif it[0] == "rep":
            _, lo, hi, sub = it
            opts = [sub + ([] if hi == 1 else [("rep", 0, None if hi is None else hi - 1, sub)])]
        else:           # look-around: left out
            opts = []
        combos = [c + o for c in combos for o in [[]] + opts]
    return [c for c in combos if c]


def _sk_norm(seq, depth=0):
    """seq, rewritten so that sre rejects a position where it cannot match after a test
    or two: leading look-arounds dropped, the leading optional items as one branch with
    an empty alternative (instead of one nested backtracking point each), and the
    alternatives of the first required item sharing their first characters."""
    while seq and seq[0][0] == "look":
        seq = seq[1:]
    j = 0
    while j < len(seq) and _sk_nullable([seq[j]]):
        j += 1
    if depth > 6:
        return seq
    out = []
    if j:
        opts = _sk_share([_sk_norm(a, depth + 1) for a in _sk_options(seq[:j])])
        if opts:
            out.append(("alt", opts + [[]]))
    if j < len(seq):
        core = seq[j]
        if core[0] == "alt":
            alts = []
            for a in core[1]:
                a = _sk_norm(a, depth + 1)
                if a and a[0][0] == "alt" and len(_sk_src(a[1:])) <= 64:
                    alts += [b + a[1:] for b in a[0][1]]    # short rest: spread it
                else:
                    alts.append(a)
            alts = _sk_share(alts)
            out += alts[0] if len(alts) == 1 else [("alt", alts)]
        else:
            out.append(core)
        out += seq[j + 1:]
    return out


def _sk_first(seq):
    """(class body of the characters a match of seq can start with, or None if unknown;
    whether seq can match the empty string)."""
    chars: list = []
    for it in seq:
        k = it[0]
        if k == "lit":
            return chars + [re.escape(it[1])], False
        if k == "set":
            if it[1].startswith("[^") or it[1] == _ANY:
                return None, False
            return chars + [it[1][1:-1]], False
        if k in ("alt", "rep"):
            for a in (it[1] if k == "alt" else [it[3]]):
                f, _ = _sk_first(a)
                if f is None:
                    return None, False
                chars += f
            if not _sk_nullable([it]):
                return chars, False
        # a look-around is zero-width: the next item starts the match
    return chars, True


# assertions replaced by hand-made weaker ones (repr of their sre node -> re source)
_SK_KNOWN = {repr(_sp.parse(LB).data[0]): _SK_LB} if _sp else {}


def _skeleton(pat):
    """The compiled skeleton of a ``regex`` pattern, or None if it cannot be built.

    Written ``[first](?<=(?=SKELETON)[\\s\\S])`` when the first characters are known: a
    one-character match where SKELETON matches.  ``re`` then skips the characters no
    match can start with in its search loop, and consecutive searches still see every
    start position.
    """
    if _sp is None:
        return None
    try:
        seq = _Relaxer(_SK_KNOWN).seq(_sp.parse(pat.pattern), True)
        lead = 0
        while lead < len(seq) and seq[lead][0] == "look":   # kept: LB rejects mid-word
            lead += 1
        seq = seq[:lead] + _sk_norm(seq[lead:])
        first, nullable = _sk_first(seq)
        if nullable:        # the pattern might match "": leave finditer's rules for that to it
            return None
        if first is None:
            return re.compile(_sk_src(seq))
        first_class = "[" + "".join(dict.fromkeys(first)) + "]"
        return re.compile(first_class + r"(?<=(?=" + _sk_src(seq) + r")[\s\S])")
    except Exception:       # any surprise from the private parser: scan without skeleton
        return None


def _finditer(pat, skel, text, spans):
    """``pat.finditer(text, a, b)`` for each window (a, b), trying ``pat`` only where
    ``skel`` matches."""
    if skel is None:
        for a, b in spans:
            yield from pat.finditer(text, a, b)
        return
    search, match = skel.search, pat.match
    for a, b in spans:
        pos = a
        while True:
            s = search(text, pos, b)
            if s is None:
                break
            x = s.start()
            m = match(text, x, b)
            if m is None:
                pos = x + 1
            else:
                yield m
                pos = m.end()       # never empty: _skeleton checked the pattern cannot match ""


# Each pattern is run only in windows around its trigger words (see _windows); the
# trigger kind says which triggers every match of the pattern must contain.
_PATTERNS = [(p, fn, kind, _skeleton(p)) for p, fn, kind in (
    (P_DRANGE, _h_drange, "MY"), (P_MRANGE, _h_mrange, "MR"), (P_DMY, _h_dmy, "M"),
    (P_MY, _h_my, "M"), (P_NUMERIC, _h_numeric, "D"), (P_YEAR, _h_year, "D"),
    (P_REL, _h_rel, "R"), (P_DECADE, _h_decade, "C"), (P_SEASON, _h_season, "S"),
    (P_NUMERIC2, _h_numeric2, "D"), (P_SAME_MONTH, _h_same_month, "R"), (P_FEAST, _h_feast, "F"))]
# plain substrings one of which every match of a pattern holds (its literal characters): a window without any is not
# searched (the 2-digit-year dates hold «/»; 'of the same month' one of its phrases, most windows of relative words none)
_NEEDS = {P_NUMERIC2: ("/",), P_SAME_MONTH: ("نفس", "ذات", "همان ماه")}

# ---------------------------------------------------------------------------
# trigger scan: one Aho-Corasick pass over the view finds digits, month names,
# relative words and decade words; the look-behind-heavy patterns then run only in
# windows around the triggers of their kind.  Every match of a pattern contains a
# trigger of its kind (M: month name, D: digit, R: relative word/weekday, C: decade
# word), starts at most _MARGIN[kind][0] characters before the first trigger it
# contains and ends at most _MARGIN[kind][1] characters after the last one, with at
# most that much between two of its triggers; so a windowed scan returns exactly the
# matches of a full scan (test_windowed_scan_equals_full_scan checks it).
# Longest prefixes/suffixes around the triggers (view characters):
#   M: before: weekday + "," + "روز " + ordinal day ("بیست و هفتم") + " من شهر " ~ 35;
#      "بین " + month + paired month + " الی " ~ 37;  after: " ماه" + paired month +
#      " من عام 2024" / " خلال السنه المنصرم" + suffix "هجری خورشیدی." ~ 50
#   D: before: approx word + kw chain ("اواخر السنه فی عام ") ~ 30; after: suffix ~ 16
#   R: before: "اول من " / "هذا " / "روز " / "مطلع " ~ 7, an ordinal day + " من " before "الشهر"
#      ("الحادی والعشرین من ") ~ 24; after: " الماضی الماضی" ~ 16
#   C: before: clitics; after: "یات من القرن العشرین" / " خورشیدی" ~ 22
#   S (season): before: approx word + "فصل " ~ 20; after: " من العام المنصرم" + suffix ~ 35
# ---------------------------------------------------------------------------
_FOUR_DIGITS = re.compile(r"\d\d{3}")  # (four digits: opening with a class, which the re engine scans for, not a repeat)
# plain substrings one of which every match of P_MRANGE holds when it holds no 4-digit year: its words of the past
# («الماضی», «الفائت», «المنصرم», «گذشته») and of SAME_YEAR («همان سال», «آن سال», «العام» in three, «السنه» in two)
_MRANGE_ENDS = ("الماضی", "الفائت", "المنصرم", "گذشته", "همان سال", "آن سال", "العام", "السنه")
_MARGIN = {"M": (48, 64), "D": (48, 32), "R": (32, 32), "C": (8, 40), "S": (32, 48), "F": (48, 48)}
_CLITICS = frozenset(["", "و", "ب", "ل", "ف", "ال", "وال", "بال", "لل"])
_REL_TRIGGERS = ["الیوم", "امروز", "امس", "البارحه", "دیروز", "دیشب", "اللیله", "شب", "روز گذشته", "پریروز", "الاسبوع", "هفته",
                 "الشهر", "ماه", "العام", "السنه", "سال"]


def _build_triggers():
    kinds: dict[str, set] = {}
    checked: set = set()
    for k in list(T_GREG) + list(T_SOL) + list(T_LUN):
        for v in (k, k.replace(" ", "")):
            kinds.setdefault(v, set()).add("M")
            checked.add(v)          # month names: word-boundary check (آب, دی, می, مارس in ممارسه)
    for k in _REL_TRIGGERS + list(T_WD):
        for v in (norm(k), norm(k).replace(" ", "")):
            kinds.setdefault(v, set()).add("R")
    for k in list(_table(DECADE_WORDS)) + ["دهه"]:
        kinds.setdefault(norm(k), set()).add("C")
    for k in T_SEASON:
        kinds.setdefault(k, set()).add("S")
    for k in ("نوروز", "الفطر", "فطر", "الاضحی", "قربان"):
        kinds.setdefault(k, set()).add("F")
    for dg in "0123456789":
        kinds[dg] = {"D"}
    a = ahocorasick.Automaton()
    for k, ks in kinds.items():
        # a key both checked (month) and unchecked (e.g. none today) keeps its unchecked kinds;
        # the value carries each kind with its margins, ready for _windows
        a.add_word(k, (len(k), k in checked, tuple((kd, *_MARGIN[kd]) for kd in sorted(ks))))
    a.make_automaton()
    return a


_TRIG = _build_triggers()


def shared_triggers(extra: dict[str, Any]) -> ahocorasick.Automaton:
    """An automaton holding the trigger words of ``_TRIG`` and the keys of ``extra``, each key's value the pair
    (its value in ``_TRIG`` or None, its value in ``extra`` or None): one pass of it over a view gives the triggers
    ``find_dates`` reads (``triggers=``) and the caller's own keys. The matches of either set come in the order its
    own automaton gives them (by end, then longest first: the other set's keys only interleave)."""
    both: dict[str, list] = {k: [v, None] for k, v in _TRIG.items()}
    for k, v in extra.items():
        both.setdefault(k, [None, None])[1] = v
    a = ahocorasick.Automaton()
    for k, (t, x) in both.items():
        a.add_word(k, (t, x))
    a.make_automaton()
    return a


def _month_word_ok(text, s, e):
    """Can a month name at text[s:e] be part of a match?  (clitic-prefixed word, maybe +ماه)"""
    n = len(text)
    if e < n:
        c = text[e]
        if (c.isalnum() or c == "_") and not text.startswith("ماه", e):
            return False
    j = s
    while j > 0 and s - j <= 3:
        c = text[j - 1]
        if c.isdigit():         # '۱۰دی': a digit trigger covers it anyway
            return True
        if not (c.isalnum() or c == "_"):
            break
        j -= 1
    return text[j:s] in _CLITICS


def _windows(text, triggers=None):
    """{kind: [(start, end), ...]} merged windows around the triggers of each kind (``triggers``: the matches of
    ``_TRIG`` over ``text``, (end, value) in its order, when the caller has them)."""
    n = len(text)
    out = {"M": [], "D": [], "R": [], "C": [], "S": [], "F": []}
    for e, (ln, checked, spans) in _TRIG.iter(text) if triggers is None else triggers:
        e += 1
        s = e - ln
        if checked:
            # the first test of _month_word_ok, inlined: most month hits are short names
            # inside longer words ("می" in "میشود", "دی" in "دیگر") and fail it
            if e < n:
                c = text[e]
                if (c.isalnum() or c == "_") and not text.startswith("ماه", e):
                    continue
            if not _month_word_ok(text, s, e):
                continue
        for k, lm, rm in spans:
            ws = out[k]
            a, b = s - lm, e + rm
            if b > n:
                b = n
            if ws and a <= ws[-1][1]:       # (a < 0 merges too: clamping a can wait)
                if b > ws[-1][1]:
                    ws[-1][1] = b
            else:
                ws.append([a if a > 0 else 0, b])
    # ranges of days need a month name and a 4-digit year: month windows holding 4 digits; ranges of months a 4-digit
    # year or a word of the past or of the same year after them: those and the month windows holding one of _MRANGE_ENDS
    my, mr = [], []
    for w in out["M"]:
        if _FOUR_DIGITS.search(text, w[0], w[1]):
            my.append(w)
            mr.append(w)
        elif any(text.find(k, w[0], w[1]) >= 0 for k in _MRANGE_ENDS):
            mr.append(w)
    out["MY"], out["MR"] = my, mr
    return out


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


# "يومي 7 و8 تشرين الثاني", "۷ و ۸ آبان", "من 10 إلى 12 مايو" written without a year: the first day
# of the pair, before a day-month expression (normalised text: ي→ی, إ→ا)
_DAY_BEFORE = regex.compile(r"(?<![\d/.\-])(?:(?:من|بین|از|یومی|روزهای|خلال|طی) )?(?P<d1>[0-3]?\d) ?(?:و|-|الی|تا|حتی) ?$")
_DAY_BEFORE_ENDS = tuple(w + sp for w in ("و", "-", "الی", "تا", "حتی") for sp in ("", " "))  # (how every match of it ends)


def _day_pairs(ctx, cands):
    """Widen a single day to the range a bare first day before it opens ("7 و8 نوفمبر")."""
    out = []
    for c in cands:
        if c.prec == "day" and c.start is not None and c.start == c.end and not c.approx and c.parts and c.parts[3]:
            # (a match ends in a connector and an optional space right before the day: looked for first, as a call of the
            # regex module costs ~50 k instructions; the view holds no line break, where «$» would match too)
            lo = max(0, c.vs - 16)
            m = _DAY_BEFORE.search(ctx.text, lo, c.vs) if ctx.text.endswith(_DAY_BEFORE_ENDS, lo, c.vs) else None
            cal, y, mo, d = c.parts
            d1 = int(m.group("d1")) if m else 0
            if 1 <= d1 < d:
                try:
                    start = RANGE_FN[cal](y, mo, d1)[0]
                except (ValueError, OverflowError):
                    start = None
                if start is not None:
                    c = replace(c, vs=m.start(), start=start, reason=f"{c.reason}; from day {d1}", kind="range")
        out.append(c)
    return out


OPEN_YEAR_REACH = 300  # characters: how far back a dated anchor lends its year to a day written without one
OPEN_YEAR_WEEKDAY_REACH = 1200  # ... and how far when the day's weekday holds in the anchor's year only
WEEKDAY_AHEAD_DAYS = 7  # days after publication a day without a year, its weekday named, is read as this year's


def _anchor_year(anc, mo, d) -> int:
    """The year of a day or month written without one after the anchor ``anc`` (year, month, day, end): the anchor's,
    or the next when it falls before the anchor by more than the month before it."""
    ay, am, ad, _ = anc
    return ay if am is None or (mo, d or 0) >= (am, ad or 0) or 0 <= am - mo <= 1 else ay + 1


def _weekday_names_anchor_year(ctx, c, anc) -> bool:
    """A day written without a year further back than ``OPEN_YEAR_REACH`` from the last dated anchor, whose weekday
    («الثلاثاء 20 كانون الثاني», «سه شنبه ۳۰ دی») falls on that day in the anchor's year (or the next, as the
    sequence goes on) and not in the publication's reading: the story still tells the anchor's days (a history
    feature two paragraphs on from «19 كانون الثاني/يناير 1981»), not this year's."""
    cal, mo, d = c.open_year
    if not d or c.vs - anc[3] > OPEN_YEAR_WEEKDAY_REACH:
        return False
    want = _weekday_at(ctx.text, c.vs)
    if want is None or (c.start is not None and c.start.weekday() == want):
        return False
    r = _mk(ctx, _Span(c.vs, c.ve), cal, _anchor_year(anc, mo, d), mo, d)
    return r is not None and r.start.weekday() == want


_EQUIVALENT_OPEN = regex.compile(r"\s*[(\[]\s*")  # a bracket opening right after a date: its equivalent follows
# 'a day / a week before that' right before a date (normalised view): the date is counted from the one before
_COUNTED_FROM_BEFORE = regex.compile(
    norm(r"(?:(?:قبل|بعد) ذلك ب(?:يوم|يومين|أيام|أسبوع|أسبوعين|شهر)(?: واحد)?|(?:روز|روزی|هفته|ماه)(?: [^ .]+)? (?:پیش|قبل|بعد) از آن)[^.!?\n]{0,14}$")
)
# a noun an event is named by right before its year (normalised view): «انقلاب عام 1953», «ثورة 1979», «کودتای ۱۳۳۲»
_NAMED_BY_YEAR = regex.compile(r"(?<!\w)(?:انقلاب|ثوره|حرب|کودتا|کودتای|زلزال|هجمات|انتخابات)\s+(?:عام\s+|سنه\s+|سال\s+)?$")
_SINCE_BEFORE = regex.compile(r"(?<!\w)منذ\s+(?:عام\s+|سنه\s+)?(?=\S*\d)")


def _line_of_its_own(ctx, vs: int, ve: int) -> bool:
    """The view's ``[vs:ve]`` is a whole line of the raw text (a chronology's heading «1991» above its entry; the view
    folds newlines to spaces, so the raw text is read)."""
    view = getattr(ctx, "view", None)
    if view is None:
        return False
    rs, re_ = view.to_raw(vs, ve)
    raw = view.raw
    return (rs == 0 or raw[rs - 1] == "\n") and (re_ == len(raw) or raw[re_] == "\n")


def _resolve_same(ctx, cands):
    """'۱۳ آبان همان سال': take the year of the previous explicit date (same calendar). A day or month
    written with no year and no qualifier («روز سه‌شنبه ۲ مرداد», «في 6 آب») shortly after an explicit date
    of the same calendar is read in that date's year (the next year if it would fall before it), not the
    publication's: news tells a sequence of rounds from one dated anchor."""
    last = {}
    anchor = {}  # cal -> (y, m, d, end) of the last explicit date
    out = []
    covered = -1  # the end of a span widened over the words after it («… من العام التالي»)
    month_of = None  # (cal, y, m) of the last date with a month, for «التاسع من الشهر نفسه»
    last_cal = None  # the calendar of the last explicit date, for «خريف العام نفسه»
    for c in cands:
        if c.vs < covered:
            continue  # («سال بعد» read on its own, inside «۳۰ شهریور سال بعد»)
        if c.kind == "same_month":
            d, d2 = c.parts[3]
            if month_of is not None:
                cal, y, mo = month_of
                r = _mk(ctx, _Span(c.vs, c.ve), cal, y, mo, d, extra="month taken from the previous date")
                r2 = _mk(ctx, _Span(c.vs, c.ve), cal, y, mo, d2) if r is not None and d2 else None
                if r is not None and r2 is not None:
                    r = replace(r, end=r2.end, reason=r.reason.replace(f" {d} ", f" {d}-{d2} ", 1))
                if r is not None and (ctx.pub is None or r.start <= ctx.pub):
                    out.append(r)
            continue
        if c.kind == "same_range":
            cal, ma, mb = c.parts
            y = last.get(cal)
            if y is not None:
                try:
                    s, e_ = RANGE_FN[cal](y if ma <= mb else y - 1, ma)[0], RANGE_FN[cal](y, mb)[1]
                except (ValueError, OverflowError):
                    continue
                if ctx.pub is None or s <= ctx.pub:
                    out.append(_Cand(c.vs, c.ve, s, e_, "month", cal, c.reason.replace("; year of", f" {y}; year taken from"), False, "abs"))
            continue
        if c.kind == "same_season":
            first, persian, ap = c.parts
            cal = last_cal if last_cal in ("gregorian", "solar_hijri") and (persian or last_cal == "gregorian") else None
            r = _season(ctx, c.vs, c.ve, first, persian, cal, last[cal], ap) if cal else None
            if r is not None and (ctx.pub is None or r.start <= ctx.pub):
                r.reason += "; year taken from the previous date"
                out.append(r)
            continue
        if c.kind == "same":
            cal, _, mo, d = c.parts
            y = last.get(cal)
            if y is not None:
                r = _mk(ctx, _Span(c.vs, c.ve), cal, y, mo, d, extra="year taken from the previous date")
                if r:
                    c = r
        elif c.open_year and c.open_year[0] in anchor and (
            c.vs - anchor[c.open_year[0]][3] <= OPEN_YEAR_REACH or _weekday_names_anchor_year(ctx, c, anchor[c.open_year[0]])
            # «فقبل ذلك بيوم واحد، في الثالث من أيار/مايو»: a day counted from the date before, however far back it is
            or _COUNTED_FROM_BEFORE.search(ctx.text, max(0, c.vs - 40), c.vs)
        ):
            cal, mo, d = c.open_year
            ay = anchor[cal][0]
            # (a year-only anchor, «عام 2016 … في 6 آب», gives its year as it is)
            # (a day of the anchor's month or of the month before it is a few days or weeks back, in the
            # anchor's year: «گفت‌وگوها از ۶ فروردین آغاز شده بود» after «۱۳ فروردین ۱۳۹۴»)
            y = _anchor_year(anchor[cal], mo, d)
            nxt = _NEXT_YEAR.match(ctx.text, c.ve)
            if nxt:  # «في 21 أيلول/سبتمبر من العام التالي», «۳۰ مهر سال بعد»: the year after the anchor's
                y = ay + 1
                r = _mk(ctx, _Span(c.vs, nxt.end()), cal, y, mo, d, extra="the year after the date before it")
                if r is not None:
                    covered = nxt.end()
            else:
                r = _mk(ctx, _Span(c.vs, c.ve), cal, y, mo, d, extra="year taken from the date before it")
                want = _weekday_at(ctx.text, c.vs) if r is not None and d else None
                if want is not None and r.start.weekday() != want:
                    # «ففي اليوم السابق، الاثنين 19 كانون الثاني/يناير» after «20 كانون الثاني/يناير 1981»: the
                    # weekday says which of the neighbouring years (19 January 1981 was a Monday)
                    for y2 in (y - 1, y + 1):
                        r2 = _mk(ctx, _Span(c.vs, c.ve), cal, y2, mo, d, extra="year taken from the date before it and the weekday")
                        if r2 is not None and r2.start.weekday() == want:
                            r, y = r2, y2
                            break
                    else:
                        if ctx.pub is not None:
                            # «که از مرداد ۱۳۹۵ در زندان بود، دیروز شنبه ۱۶ آذر …»: no year near the one before gives
                            # the weekday, the year of the publication (or the one before it) does: the date is recent
                            cy = _today_in(cal, ctx.pub)[0]
                            for y2 in (cy, cy - 1):
                                r2 = _mk(ctx, _Span(c.vs, c.ve), cal, y2, mo, d, extra="year of the publication, which the weekday names")
                                if r2 is not None and r2.start.weekday() == want and r2.start <= ctx.pub:
                                    r, y = r2, y2
                                    break
            if r and (ctx.pub is None or r.start <= ctx.pub):
                c = r
                # (on a page with no publication date, whose days have no other year to take, it lends the year on in
                # turn: the entries of a chronology under one dated heading, «خريف 2013 … 24 أيلول … 26 أيلول …»; measured
                # on dated pages too, it added a false contact on a sealed set and found none)
                if ctx.pub is None:
                    anchor[cal] = (y, mo, d, c.ve)
        elif c.parts and c.parts[1]:
            if c.kind == "year" and c.parts[0] in last and _NAMED_BY_YEAR.search(ctx.text, max(0, c.vs - 24), c.vs):
                # «… أقرّت فيه بدور بلادها في انقلاب عام 1953» then «وفي أيلول/سبتمبر من العام نفسه»: a year naming an event
                # (the 1953 coup, the 1979 revolution) is no time of the story told, so 'the same year' is still the one before
                out.append(c)
                continue
            last[c.parts[0]] = c.parts[1]
            last_cal = c.parts[0]
            # (not the same day in another calendar in brackets after it: «25 أيار 1986 (4 خرداد 1365 هـ.ش)» leaves May
            # the month of «الثامن والعشرين من الشهر نفسه»)
            if c.parts[2] and not (out and _EQUIVALENT_OPEN.fullmatch(ctx.text, out[-1].ve, c.vs)):
                month_of = (c.parts[0], c.parts[1], c.parts[2])
            if (c.kind == "abs" or (c.kind == "year" and (ctx.pub is None or _line_of_its_own(ctx, c.vs, c.ve)))) \
                    and not _SINCE_BEFORE.search(ctx.text, max(0, c.vs - 8), c.vs + 4):
                # (not 'since 1979', «الأول بين رئيسي البلدين منذ 1979»: a point counted from, not the time told; a year
                # alone, «مواعيد عام 2013», only on a page with no publication date, whose days have no other year)
                anchor[c.parts[0]] = (c.parts[1], c.parts[2], c.parts[3], c.ve)
        out.append(c)
    return out


_WEEKDAY_AT = regex.compile("(?:(?:" + norm("يوم") + "|روز) )?(" + "|".join(sorted(map(regex.escape, T_WD), key=len, reverse=True)) + r")(?!\w)")


def _weekday_at(text: str, at: int) -> int | None:
    """The weekday (Monday=0) named at ``at`` of the normalised text («الاثنين 19 …», «روز دوشنبه …»), else None."""
    m = _WEEKDAY_AT.match(text, at)
    return T_WD[m.group(1)] if m else None


_NEXT_YEAR = regex.compile(r"\s?(?:من |فی |في )?(?:العام|السنه|السنة) (?:التالی|التالي|اللاحق|الذی تلاه|الذي تلاه)")


def _range_year(ctx, cands):
    """'بين 27 نوفمبر و5 ديسمبر 2001', 'از ۶ آبان تا ۱۴ آذر ۱۳۸۰': the first end of a range, written
    without a year, takes the year of the second end (the year before when its month comes later), not
    the publication's or an earlier date's."""
    out = list(cands)
    for i in range(len(out) - 1):
        p, c = out[i], out[i + 1]
        if not p.open_year or not c.parts or not c.parts[1] or c.kind != "abs" or c.open_year:
            continue
        cal, mo, d = p.open_year
        if cal != c.parts[0] or not P_CONN_RANGE.match(ctx.text[p.ve:c.vs]):
            continue
        y = c.parts[1] if (mo, d or 0) <= (c.parts[2] or 12, c.parts[3] or 31) else c.parts[1] - 1
        r = _mk(ctx, _Span(p.vs, p.ve), cal, y, mo, d, extra="year taken from the end of the range")
        if r is not None:
            out[i] = r
    return out


class _Span:
    def __init__(self, s, e):
        self._s, self._e = s, e

    def start(self):
        return self._s

    def end(self):
        return self._e


def _scan(ctx, full=False, triggers=None):
    """Candidates of all patterns, in pattern order then position (``full``: no windows; ``triggers``: see
    ``_windows``)."""
    text = ctx.text
    wins = None if full else _windows(text, triggers)
    cands = []
    for pat, fn, kind, skel in _PATTERNS:
        spans = None if full else wins[kind]
        needs = _NEEDS.get(pat)
        if spans and needs:
            spans = [w for w in spans if any(text.find(k, w[0], w[1]) >= 0 for k in needs)]
        # full: the reference for the tests, a plain scan of the whole text
        for m in pat.finditer(text) if full else _finditer(pat, skel, text, spans):
            c = fn(ctx, m)
            if c is not None:
                # trim trailing spaces/punctuation from the span
                while c.ve > c.vs and text[c.ve - 1] in " ,":
                    c.ve -= 1
                cands.append(c)
    return cands


def find_dates(raw: str, lang: str | None = None,
               published: _dt.date | None = None, view: View | None = None, triggers: list | None = None) -> list[DateMatch]:
    """Find date expressions in ``raw``; offsets refer to ``raw``.

    ``view``: the caller's ``normalize(raw)``, to avoid normalising twice. ``triggers``: the matches of the trigger
    words over ``view.text``, (end, value) as ``_TRIG.iter`` gives them, when the caller found them in a pass of its
    own (see :func:`shared_triggers`); read only with that view.
    """
    if isinstance(published, _dt.datetime):
        published = published.date()
    if lang is None:
        lang = detect_lang(raw)
    if view is None or view.raw is not raw:
        view = normalize(raw)
        triggers = None
    ctx = _Ctx(view.text, lang, published)
    ctx.view = view
    cands = _day_pairs(ctx, _merge(ctx, _resolve_same(ctx, _range_year(ctx, _select(_scan(ctx, triggers=triggers))))))
    out = []
    for c in cands:
        rs, re_ = view.to_raw(c.vs, c.ve)
        edtf = _edtf(c.start, c.end, c.prec, c.approx) if c.start else None
        out.append(DateMatch(raw[rs:re_], rs, re_, c.start, c.end, c.prec, c.cal, edtf,
                             c.reason, c.approx))
    if published is not None and _AGO_HINT.search(view.text):
        out = _years_ago(raw, view, published, out, lang)
    span = _weekday_day_span(view.text) if out else None
    if span is not None:
        out = _weekday_days(raw, view, out, span)  # (which returns ``out`` itself when _WD_DAY finds nothing)
    if len(out) > 1:
        # «يوم الجمعة، التاسع من الشهر نفسه», «روز جمعه، ۱۹ فروردین»: a weekday with a day in apposition after it names
        # that day; it is not the last such weekday before the publication
        out = [d for k, d in enumerate(out) if not (
            k + 1 < len(out) and d.calendar == "relative" and out[k + 1].date_precision == "day"
            and _WEEKDAY_APPOSITION.fullmatch(raw, d.end_char, out[k + 1].start_char) and _WEEKDAY_AT.fullmatch(norm(d.text).strip()))]
    return out


_WEEKDAY_APPOSITION = regex.compile(r"\s*[,،(]\s*")

# a weekday and a day of the month with no month after it («الأحد 24، الثالثة فجراً: …», «الخميس 21: …»), a diary's entry
# (on the normalised view, whose digits are Latin)
_WD_DAY = regex.compile("(?<!\\w)(" + "|".join(sorted(map(regex.escape, T_WD), key=len, reverse=True)) + r")\s+([0-9]{1,2})(?![\w/.\-٫])")
WD_DAY_REACH = 1500  # characters after the last dated day whose month a weekday and a day of the month take
# the words every weekday of T_WD ends with («شنبه» for «پنج شنبه» and «چهارشنبه»): each match of _WD_DAY holds one,
# then spaces and a Latin digit
_WD_LAST_WORDS = {w.rsplit(" ", 1)[-1] for w in T_WD}
_WD_ENDS = tuple(sorted(k for k in _WD_LAST_WORDS if not any(j != k and k.endswith(j) for j in _WD_LAST_WORDS)))
_SPACES_DIGIT = re.compile(r"\s+[0-9]")  # (``re``'s \s takes every character ``regex``'s \s takes: see the tests)
_WD_LONGEST = max(map(len, T_WD))


def _weekday_day_span(text: str) -> tuple[int, int] | None:
    """The part of the view ``text`` that holds every match of _WD_DAY, or None when it has none: each match ends in
    one of _WD_ENDS with spaces and a digit after it (a plain search for each ending; ``regex`` scanning the whole
    view for the weekday alternation cost ~5x as much, and three documents in four have no such weekday). The part
    runs from the longest weekday's length before the first such ending to two characters after the last such digit
    (a second digit and the character the pattern's look-ahead reads), so that ``finditer`` over it finds what it
    finds over the whole text."""
    lo = hi = None
    for k in _WD_ENDS:
        at = text.find(k)
        while at >= 0:
            m = _SPACES_DIGIT.match(text, at + len(k))
            if m is not None:
                a, b = at + len(k) - _WD_LONGEST, m.end() + 2
                if lo is None or a < lo:
                    lo = a
                if hi is None or b > hi:
                    hi = b
            at = text.find(k, at + 1)
    return None if lo is None else (max(0, lo), min(len(text), hi))


def _weekday_days(raw: str, view: View, out: list[DateMatch], span: tuple[int, int] | None = None) -> list[DateMatch]:
    """«الأحد 24» after «الأربعاء 20 تشرين الثاني/نوفمبر»: a weekday and a day of the month with no month, read in the
    month of the last day-precise date before it (or the month after), when the weekday falls on that day there and
    the day comes at most a month after it; nothing otherwise. A bare weekday read at the same place gives way.
    ``span``: the part of the view that holds every match (:func:`_weekday_day_span`), else the whole view is read."""
    added = []
    for m in _WD_DAY.finditer(view.text, *span) if span is not None else _WD_DAY.finditer(view.text):
        rs, re_ = view.to_raw(m.start(), m.end())
        ns, _ = view.to_raw(m.start(2), m.end(2))
        if any(d.start_char <= ns < d.end_char for d in out):
            continue  # (the number is part of a date read already: «الأحد 24 تشرين الثاني»)
        anchor = next((d for d in reversed(out) if d.end_char <= rs and d.date_precision == "day" and d.date_start is not None
                       and d.calendar in ("gregorian", "solar_hijri")), None)
        if anchor is None or rs - anchor.end_char > WD_DAY_REACH:
            continue
        day = int(m.group(2))
        want = T_WD[m.group(1)]
        y, mo, _ = _today_in(anchor.calendar, anchor.date_end or anchor.date_start)
        hits = []
        for yy, mm in ((y, mo), (y + mo // 12, mo % 12 + 1)):
            try:
                d0, _ = RANGE_FN[anchor.calendar](yy, mm, day)
            except (ValueError, OverflowError, TypeError):
                continue
            if d0.weekday() == want and 0 <= (d0 - (anchor.date_end or anchor.date_start)).days <= 31:
                hits.append(d0)
        if len(hits) != 1:
            continue
        d0 = hits[0]
        added.append(DateMatch(raw[rs:re_], rs, re_, d0, d0, "day", anchor.calendar, d0.isoformat(),
                               f"{m.group(1)} {day}: the month of «{anchor.text}» (the weekday falls on that day)"))
    if not added:
        return out
    keep = [d for d in out if not any(a.start_char <= d.start_char and d.end_char <= a.end_char for a in added)]
    return sorted([*keep, *added], key=lambda d: (d.start_char, d.end_char))


# 'N years ago' («قبل عشر سنوات», «ده سال پیش», «قبل عقدين»), on the normalised text, with 'on this very
# day' / 'in these very days' around it for a day or a month: «في مثل هذا اليوم قبل عشر سنوات»,
# «درست ده سال پیش در چنین روزی»
_AGO_HINT = regex.compile(r"قبل|پیش|مرور")
_AGO_NUMBERS = {
    "واحد": 1, "یک": 1, "اثنین": 2, "دو": 2, "ثلاث": 3, "ثلاثه": 3, "سه": 3,
    "اربع": 4, "اربعه": 4, "چهار": 4, "خمس": 5, "خمسه": 5, "پنج": 5, "ست": 6, "سته": 6, "شش": 6, "سبع": 7, "سبعه": 7,
    "هفت": 7, "ثمانی": 8, "ثمانیه": 8, "هشت": 8, "تسع": 9, "تسعه": 9, "نه": 9, "عشر": 10, "عشره": 10, "ده": 10,
    "عشرین": 20, "بیست": 20, "ثلاثین": 30, "سی": 30, "اربعین": 40, "چهل": 40, "خمسین": 50, "پنجاه": 50,
}
_AGO_WORDS = "|".join(sorted(_AGO_NUMBERS, key=len, reverse=True))
# (compounds: «بیست و پنج», «بیست‌وپنج» (the view drops the ZWNJ: «بیستوپنج»), «خمسة وعشرين», «ثمانية عشر»: a number
# word, then 'and' and another, or «عشر»; one alternation of words, so the scan tries few alternatives per position)
_AGO_NUM = r"(?P<n>\d{1,3}|(?:" + _AGO_WORDS + r")(?:\s?و\s?(?:" + _AGO_WORDS + r")|\s+عشره?(?!\w))?)"
_AGO_WORD = regex.compile(_AGO_WORDS)


def _ago_number(word: str) -> int | None:
    """The value of an 'N years ago' number: digits, a number word or the sum of a compound's words."""
    if word.isdigit():
        return int(word)
    if word in _AGO_NUMBERS:
        return _AGO_NUMBERS[word]
    vals = [_AGO_NUMBERS[w] for w in _AGO_WORD.findall(word)]
    return sum(vals) if len(vals) == 2 else None


_THIS_DAY = r"(?P<day>فی مثل هذا الیوم|فی مثل هذه الایام|فی مثل هذا الشهر|در چنین روزی|در چنین روزهایی|در چنین ماهی|در همین روز)"
_AGO = regex.compile(
    rf"(?:{_THIS_DAY}[\s,،]+)?(?:"
    rf"قبل\s+{_AGO_NUM}?\s*(?P<unit>سنوات|سنین|سنتین|سنه|اعوام|عامین|عاما|عام|عقود|عقدین|عقد)(?!\w)"
    # ('N years ago from today', «قبل عشر سنوات من اليوم»: the year, and 'today' is not the contact's day)
    rf"(?:\s+من\s+(?:هذا\s+)?الیوم(?!\w)(?!\s+(?:التالی|السابق|الذی|الاول)(?!\w)))?(?!\s+(?:\d|من|علی)(?!\w))"
    # (not 'more than', 'about', 'nearly' N years ago: «بیش از یک دهه پیش», «حدود ده سال پیش», as Arabic «قبل أكثر من عقد»)
    rf"|(?<!\w)(?<!(?:بیش از|بیشتر از|کمتر از|حدود|حدودا|تقریبا|نزدیک به|قریب به|قریب)\s)(?:درست\s+)?{_AGO_NUM}\s+(?P<unit_fa>سال|دهه)\s+(?:پیش|قبل)(?!\w)(?!\s+(?:از|\d))"
    # 'N years have passed since': «بمناسبة مرور عشر سنوات على الإفراج عن الشابين»
    rf"|مرور\s+{_AGO_NUM.replace('(?P<n>', '(?P<n2>')}\s*(?P<unit_since>سنوات|سنه|اعوام|عاما|عام|عقود|عقد)\s+علی(?!\w)"
    # days, weeks and months ago: «قبل ثلاثة أيام», «قبل أسبوعين», «قبل شهرين», «سه روز پیش», «دو هفته پیش», «دو ماه
    # پیش» (not a bare «قبل يوم» / «قبل شهر», 'before the day of' / 'before the month of', unless a pause follows)
    rf"|قبل\s+{_AGO_NUM.replace('(?P<n>', '(?P<n3>')}?\s*(?P<unit_short>ایام|یومین|یوما|اسابیع|اسبوعین|اسبوعا|اسبوع|اشهر|شهور|شهرین|شهرا"
    rf"|(?:یوم|شهر)(?=\s*[.,،؛:]|\s+(?:فی|و)\s))(?!\w)(?!\s+(?:\d|من|علی)(?!\w))"
    rf"|(?<!\w)(?<!(?:بیش از|بیشتر از|کمتر از)\s){_AGO_NUM.replace('(?P<n>', '(?P<n4>')}\s+(?P<unit_short_fa>روز|هفته|ماه)\s+(?:پیش|قبل)(?!\w)(?!\s+(?:از|\d))"
    rf")(?:\s*[,،]?\s+{_THIS_DAY.replace('(?P<day>', '(?P<day2>')})?(?!\w)"
)
_AGO_UNIT_DAYS = {"ایام": 1, "یومین": 1, "یوما": 1, "یوم": 1, "روز": 1, "اسابیع": 7, "اسبوعین": 7, "اسبوعا": 7, "اسبوع": 7, "هفته": 7}
_AGO_MONTHS = ("اشهر", "شهور", "شهرین", "شهرا", "شهر", "ماه")
_AGO_DUALS = ("عقدین", "عامین", "سنتین", "یومین", "اسبوعین", "شهرین")
_AGO_PLURALS = ("سنوات", "سنین", "اعوام", "عقود", "ایام", "اسابیع", "اشهر", "شهور")
# (how far back a count of days, weeks or months is read as a date)
_AGO_SHORT_MAX = {"day": 60, "week": 12, "month": 24}
# ('… من الاتفاق', '… پیش از انقلاب': before another happening, not before the publication; a number before «ماه / هفته /
# روز پیش» is never 'last month / week' or 'yesterday' either: «بیش از دو هفته پیش»)
_N_YEARS = regex.compile(rf"{_AGO_NUM}\s+(?:سال|ماه|هفته|روز)\s+(?:پیش|قبل)(?!\w)")


def _hint_windows(text: str) -> list[list[int]]:
    """The stretches of text that can hold an 'N years ago' expression: every one holds a word of
    ``_AGO_HINT`` and runs less than ~45 characters before it and ~60 after it, so 70 before and 90 after,
    widened to word boundaries and merged, hold them all (scanning them, not the whole text, is what makes
    the expression cheap: the pattern has no literal prefix to search for)."""
    wins: list[list[int]] = []
    for m in _AGO_HINT.finditer(text):
        a = text.rfind(" ", 0, max(0, m.start() - 70)) + 1
        b = text.find(" ", min(len(text), m.end() + 90))
        b = len(text) if b < 0 else b
        if wins and a <= wins[-1][1]:
            wins[-1][1] = max(wins[-1][1], b)
        else:
            wins.append([a, b])
    return wins


# 'N days / weeks before or after that', counted from the date just given (read by rules._day_after): «یک هفته پیش
# از آن», «سه روز پس از آن», «بعد ذلك بيومين», «قبلها بأسبوع» (not «پیش از آنکه», 'before (something) happened')
_FROM_THAT = regex.compile(
    rf"(?<!\w){_AGO_NUM.replace('(?P<n>', '(?P<n1>')}\s+(?P<u1>روز|هفته)\s+(?P<d1>پیش|قبل|بعد|پس)\s+از\s+ان(?!\w)(?!\s*که)"
    rf"|(?<!\w)و?(?:(?P<d2>قبل|بعد)\s+ذلک|(?P<d3>قبلها|بعدها))\s+ب(?:{_AGO_NUM.replace('(?P<n>', '(?P<n2>')}\s*)?(?P<u2>یومین|ایام|یوما|یوم|اسبوعین|اسبوعا|اسبوع|اسابیع)(?!\w)"
    # 'a week later', 'two days later' in Persian, with no 'that': «یک هفته بعد آزاد شدند» (not «دو روز بعد از آزادی»:
    # after another happening; the Arabic «بعد أسبوع» was measured and left out: it is as often a duration, «بعد يوم
    # طويل», «بعد 18 يوماً في فيينا», or a time still to come, «جولة ثانية بعد أسبوع»)
    rf"|(?<!\w){_AGO_NUM.replace('(?P<n>', '(?P<n4>')}\s+(?P<u4>روز|هفته)\s+بعد(?!\w)(?!\s*از(?!\w))"
)
_FROM_THAT_KEYS = ("از ان", "ذلک", "قبلها", "بعدها", "روز بعد", "هفته بعد")
# every match of _FROM_THAT holds one of these words, or «ذلک» with spaces and «ب» after it (_THAT_THEN_BI): a window
# around a key with neither («… از آن …», «ذلک» 'that' in most Arabic sentences) is not scanned
_FROM_THAT_WORDS = ("روز", "هفته", "قبلها", "بعدها")
_THAT_THEN_BI = re.compile(r"ذلک\s+ب")  # (re's \s takes every character regex's \s takes: see the tests)
_FROM_THAT_DAYS = {"روز": 1, "یوم": 1, "یوما": 1, "یومین": 1, "ایام": 1, "هفته": 7, "اسبوع": 7, "اسبوعا": 7, "اسبوعین": 7, "اسابیع": 7}


def _unit_count(word: str | None, unit: str) -> int | None:
    """The count of an 'N units ago / before / after' expression: its number (digits, a word, a compound), 2 for
    a dual unit without one («يومين», «أسبوعين»), 1 for a singular; None for a plural without a number («أيام»)."""
    if word is not None:
        return _ago_number(word)
    return None if unit in _AGO_PLURALS else 2 if unit in _AGO_DUALS else 1


def counted_from_that(view: View) -> list[tuple[int, int, int]]:
    """The raw spans of 'N days / weeks before or after that' (``_FROM_THAT``), with the days they count
    (negative before)."""
    text = view.text
    # (scanned only around the words every match holds, as _hint_windows does for 'N years ago': the pattern has no
    # literal prefix to search for)
    seen = set()
    matches = []
    for key in _FROM_THAT_KEYS:
        at = text.find(key)
        while at >= 0:
            a, b = max(0, at - 40), min(len(text), at + len(key) + 40)
            if any(text.find(w, a, b) >= 0 for w in _FROM_THAT_WORDS) or _THAT_THEN_BI.search(text, a, b):
                # (a match starting in the window may end after it: «… قبلها بيومين» cut at «بيوم» is another match)
                for m in _FROM_THAT.finditer(text, a, min(len(text), b + 40)):
                    if m.start() >= b:
                        break
                    if m.span() not in seen:
                        seen.add(m.span())
                        matches.append(m)
            at = text.find(key, at + 1)
    out = []
    for m in sorted(matches, key=lambda m: m.start()):
        word = m.group("n1") or m.group("n2") or m.group("n4")
        unit = m.group("u1") or m.group("u2") or m.group("u4")
        n = _unit_count(word, unit)
        if n is None:
            continue
        days = n * _FROM_THAT_DAYS[unit]
        if not 0 < days <= _AGO_SHORT_MAX["day"]:
            continue
        before = (m.group("d1") or m.group("d2") or m.group("d3") or "").startswith(("پیش", "قبل"))
        out.append((*view.to_raw(m.start(), m.end()), -days if before else days))
    return out


def _short_ago(raw: str, view: View, m, unit: str, n: int, pub: _dt.date, lang: str | None) -> DateMatch | None:
    """The date of 'N days / weeks / months ago': that day; the (Saturday-based) week N weeks before the
    publication's, as 'last week' is read; the month N months before the publication's (in the Solar
    Hijri calendar in a Persian text, as «ماه گذشته»), approximate."""
    if unit in _AGO_MONTHS:
        if not 0 < n <= _AGO_SHORT_MAX["month"]:
            return None
        cal = "solar_hijri" if lang == "fa" else "gregorian"
        cy, cm, _ = _today_in(cal, pub)
        idx = cy * 12 + (cm - 1) - n
        s, e = RANGE_FN[cal](idx // 12, idx % 12 + 1)
        prec, approx, what = "month", True, f"{n} month(s)"
    elif _AGO_UNIT_DAYS[unit] == 7:
        if not 0 < n <= _AGO_SHORT_MAX["week"]:
            return None
        s = _week_start(pub) - 7 * n * ONE
        e = s + 6 * ONE
        prec, approx, what = "day", False, f"the week {n} week(s)"
    else:
        if not 0 < n <= _AGO_SHORT_MAX["day"]:
            return None
        s = e = pub - n * ONE
        prec, approx, what = "day", False, f"{n} day(s)"
    rs, re_ = view.to_raw(m.start(), m.end())
    return DateMatch(raw[rs:re_], rs, re_, s, e, prec, "relative", _edtf(s, e, prec, approx),
                     f"{what} before the publication date {pub.isoformat()}", approx)


def _years_ago(raw: str, view: View, pub: _dt.date, out: list[DateMatch], lang: str | None = None) -> list[DateMatch]:
    """The dates of 'N years ago' (see ``_AGO``): the publication year less N (approximate), or that very
    day / month when 'on this day' / 'in these days' stands with it; the matches they contain («هذا الیوم»
    read as today, «سال پیش» as last year) give way to them."""
    text = view.text
    found = []
    wins = _hint_windows(text)
    for m in (m for a, b in wins for m in _AGO.finditer(text, a, b)):
        word = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4")
        unit = m.group("unit") or m.group("unit_fa") or m.group("unit_since") or m.group("unit_short") or m.group("unit_short_fa")
        if word and unit in _AGO_DUALS:
            continue  # «قبل عشر عقدين» is no expression
        n = _unit_count(word, unit)
        if n is None:
            continue  # 'years ago', 'days ago' with no number: not one date
        if unit in _AGO_UNIT_DAYS or unit in _AGO_MONTHS:
            short = _short_ago(raw, view, m, unit, n, pub, lang)
            if short is not None:
                found.append(short)
            continue
        years = n * 10 if unit in ("عقود", "عقدین", "عقد", "دهه") else n
        if not 0 < years < 200:
            continue
        this_day = m.group("day") or m.group("day2")
        try:
            then = pub.replace(year=pub.year - years)
        except ValueError:  # 29 February
            then = pub.replace(year=pub.year - years, day=28)
        if this_day and ("روز" in this_day and "روزهایی" not in this_day or this_day.endswith("الیوم")):
            s = e = then
            prec, approx = "day", False
        elif this_day:
            s, e = _greg_range(then.year, then.month)
            prec, approx = "month", True
        else:
            s, e = _greg_range(then.year)
            prec, approx = "year", True
        rs, re_ = view.to_raw(m.start(), m.end())
        found.append(DateMatch(raw[rs:re_], rs, re_, s, e, prec, "relative", _edtf(s, e, prec, approx),
                               f"{years} years before the publication date {pub.isoformat()}", approx))
    # a number before «سال پیش» is never 'last year', even where the expression is not one of ours («ده سال
    # پیش از انقلاب»)
    spans = [(f.start_char, f.end_char) for f in found]
    spans += [view.to_raw(m.start(), m.end()) for a, b in wins for m in _N_YEARS.finditer(text, a, b)]
    if not spans:
        return out
    kept = [d for d in out if not any(d.start_char < b and a < d.end_char for a, b in spans)]
    return sorted(kept + found, key=lambda d: (d.start_char, d.end_char))
