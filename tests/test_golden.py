"""Golden sentences (tests/golden/*.yaml): annotated ar/fa sentences, positives and negatives.

The floors below are regression guards at the level the rules reach today
(see docs/extraction.md); raise them when the extractor improves.
"""

from pathlib import Path

import pytest

from pipeline.extract.rules import RuleExtractor
from pipeline.golden import load_golden, score_item, summarize

GOLDEN = sorted((Path(__file__).parent / "golden").glob("extract_*.yaml"))
ITEMS = load_golden(GOLDEN)


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


def test_golden_files_are_well_formed(seed_texts):
    ids = [it["id"] for it in ITEMS]
    assert len(ids) == len(set(ids))
    assert sum(1 for it in ITEMS if it["lang"] == "ar") >= 30 and sum(1 for it in ITEMS if it["lang"] == "fa") >= 30
    assert sum(1 for it in ITEMS if not it.get("events")) >= len(ITEMS) // 3  # negatives
    for it in ITEMS:
        for e in it.get("events") or []:
            assert e["trigger"] in it["text"], (it["id"], e["trigger"])
        src = it.get("source", "")
        if src.startswith("seed:"):
            assert it["text"] in seed_texts[src[5:]], it["id"]


@pytest.mark.parametrize("lang, f1_floor, precision_floor", [("ar", 0.7, 0.9), ("fa", 0.8, 0.9)])
def test_event_detection_on_golden_sentences(extractor, lang, f1_floor, precision_floor):
    res = [score_item(it, extractor) for it in ITEMS if it["lang"] == lang]
    s = summarize(res)
    problems = [f"{r.id}: {p}" for r in res for p in r.problems]
    assert s["f1"] >= f1_floor, (s, problems)
    assert s["precision"] >= precision_floor, (s, problems)


def test_parties_and_dates_of_matched_events(extractor):
    s = summarize([score_item(it, extractor) for it in ITEMS])
    assert s["field_accuracy"]["parties"] >= 0.9, s
    assert s["field_accuracy"]["date_start"] >= 0.85, s


@pytest.mark.parametrize("item", [it for it in ITEMS if not it.get("events") and it.get("source") == "written"], ids=lambda it: it["id"])
def test_written_negatives_give_no_event(extractor, item):
    r = score_item(item, extractor)
    assert r.fp == 0, r.problems


def _texts(seed_texts):
    return list(seed_texts.values()) + [it["text"] for it in ITEMS]


def test_boundary_check_equals_its_definition(seed_texts):
    """The fast word-boundary tests accept exactly the matches the reference definition accepts:
    the anchored automaton of term_matches finds, in the seeds, the golden sentences and words built
    from clitic prefixes and suffixes, exactly the (term, start, end) that a plain automaton over
    every term followed by _boundary_ok_reference finds; and _boundary_ok agrees with that definition
    at every position of such words."""
    import ahocorasick

    from pipeline.extract.rules import NOT_CLITIC, PREFIXES, SUFFIXES, _boundary_ok, _boundary_ok_reference, lexicon, term_matches
    from pipeline.text import normalize

    from pipeline.extract.rules import _LAM_PREFIXES, _is_word, _kept_readings_reference

    lex = lexicon()
    plain = ahocorasick.Automaton()
    for term in lex.terms:
        plain.add_word(term, term)
    plain.make_automaton()
    # a term with the article, after the preposition ل, is written لل (للولايات): its form from the second
    # ل, right after ل / ول / فل at the start of a word, with the suffixes of any term
    short = ahocorasick.Automaton()
    for term in lex.terms:
        if term.startswith("ال") and len(term) > 3 and _is_word(term[0]) and all(_is_word(c) or c == " " for c in term):
            short.add_word("ل" + term[2:], "ل" + term[2:])
    short.make_automaton()

    def lam_ok(text, s, e):
        for p in _LAM_PREFIXES:
            a = s - len(p)
            if a >= 0 and text[a:s] == p and (a == 0 or not _is_word(text[a - 1])):
                k = 0
                while e + k < len(text) and _is_word(text[e + k]):
                    k += 1
                whole = text[a : e + k]
                return (k == 0 or text[e : e + k] in SUFFIXES) and whole not in NOT_CLITIC
        return False

    def kept(text, term, s, e):
        vals = lex.terms[term] if term in lex.terms else lex.terms["ال" + term[1:]]
        return _kept_readings_reference(text, s, e, vals, lex.not_clitic)

    def reference(text):
        out = [(term, end + 1 - len(term), end + 1) for end, term in plain.iter(text) if _boundary_ok_reference(text, end + 1 - len(term), end + 1)]
        out += [(term, end + 1 - len(term), end + 1) for end, term in short.iter(text) if lam_ok(text, end + 1 - len(term), end + 1)]
        return sorted((term, s, e, kept(text, term, s, e)) for term, s, e in out if kept(text, term, s, e))

    def fast(text):
        return sorted(term_matches(text, lex))

    n = 0
    texts = [normalize(raw).text for raw in _texts(seed_texts)]
    texts += [f"{p}{w}{suf}" for w in ("ایران", "لقاء", "مذاکره", "الولایات المتحده", "5+1", "وزیر") for p in ("", "و", "بال", "کو") for suf in ("", "ی", "ها", "ز", ".")]
    texts += ["الولایات\nالمتحده", "(ایران)", "«لا»", "_ایران", "ایران_", "\u064bایران", "للولایات المتحده", "وللامم المتحده،", "فللاتحاد الاوروبی", "بللولایات", "لولایات"]
    # names with affixes that are other words (false friends, a person's name or a title with an affix)
    texts += ["والریاضیین الریاضه ریاضی بحماسه مصرون", "الرییسیه والرییسی رییسی الرییسین", "مالیه لابیها ظریفی الظریف"]
    for text in texts:
        ref = reference(text)
        assert fast(text) == ref, text[:80]
        n += len(ref)
    assert n > 1000
    words = ["ایران", "زار", "لقاء", "سفر", "مذاکره"] + sorted(NOT_CLITIC)
    for w in words:
        for p in PREFIXES + ("", "ا", "کو", "وبالل"):
            for suf in SUFFIXES[::3] + ("ز", "هاش"):
                text = f"ب {p}{w}{suf}، و"
                for s in range(len(text)):
                    for e in range(s + 2, min(len(text), s + 8) + 1):
                        assert _boundary_ok(text, s, e) == _boundary_ok_reference(text, s, e), (text, s, e)


def test_extraction_does_not_depend_on_the_dictionary_cache(seed_texts, extractor):
    """Scanning with the per-language reading and word caches filled or empty gives the same hits."""
    from pipeline.extract.rules import scan
    from pipeline.text import normalize

    for raw in list(seed_texts.values())[:2]:
        v = normalize(raw)
        for lang in ("ar", "fa", None):
            warm = scan(v, extractor.lex, lang)
            saved = extractor.lex.by_lang, extractor.lex.words
            extractor.lex.by_lang, extractor.lex.words = {}, {}
            try:
                assert scan(v, extractor.lex, lang) == warm
            finally:
                extractor.lex.by_lang, extractor.lex.words = saved


def _scan_texts():
    """Random texts made of dictionary terms (of one and several words, with other characters),
    clitic prefixes, suffixes, words that are not terms and separators."""
    from hypothesis import strategies as st

    from pipeline.extract.rules import NOT_CLITIC, PREFIXES, SUFFIXES, lexicon

    terms = sorted(lexicon().terms)
    several = [t for t in terms if " " in t]
    other = sorted(lexicon().automaton.keys())
    word = st.one_of(
        st.sampled_from(terms),
        st.sampled_from(several),
        st.sampled_from(other),
        st.sampled_from(sorted(NOT_CLITIC)),
        st.sampled_from(["ایران", "امریکا", "عمان", "مسقط", "الولایات المتحده", "سلطنه عمان", "5+1", "al-maliki", "کتاب", "x"]),
    )
    piece = st.tuples(st.sampled_from(("",) + PREFIXES), word, st.sampled_from(SUFFIXES + ("ز", "")))
    sep = st.sampled_from([" ", " ", "  ", "\n", "، ", ". ", "-", "+", "(", "«", "_", "'", "\u064b", ""])
    return st.lists(st.tuples(piece, sep), max_size=14).map(lambda xs: "".join(p + w + s + sp for (p, w, s), sp in xs))


def test_prop_scan_equals_its_definition(extractor):
    """scan (word by word, with its caches) gives exactly the hits of its definition on random texts
    of dictionary terms, in every language."""
    from hypothesis import given, settings

    from pipeline.extract.rules import scan, scan_matches, term_matches
    from pipeline.text import normalize

    @settings(max_examples=400, deadline=None)
    @given(_scan_texts())
    def check(raw):
        v = normalize(raw)
        for lang in ("ar", "fa", None):
            got = scan(v, extractor.lex, lang)
            assert got == scan_matches(term_matches(v.text, extractor.lex), extractor.lex, lang)
            assert got == _scan_reference(v, extractor.lex, lang)

    check()


def test_a_second_mention_of_the_same_contact_is_not_a_false_event():
    import datetime as dt

    from pipeline.extract.base import Candidate

    text = "First sentence about the Muscat round. Second sentence about the same round."

    class Two:
        name = "two"

        def extract(self, doc):
            def cand(s, e, city):
                return Candidate(doc.doc_id, s, e, text[s:e], "t", 0.5, "talks", dt.date(2025, 4, 12), dt.date(2025, 4, 12), "day", "2025-04-12",
                                 location_city=city, location_country="OMN", parties=frozenset({"IRN", "USA"}))
            return [cand(0, 38, "Muscat"), cand(39, len(text), None)]

    item = {"id": "x", "lang": "ar", "text": text, "events": [{"trigger": "Muscat round", "location_city": "Muscat"}]}
    ev = score_item(item, Two())
    assert (ev.tp, ev.fp, ev.fn) == (1, 0, 0) and ev.field_hits == {"location_city": [True]}
    mn = score_item(item, Two(), level="mention")
    assert (mn.tp, mn.fp, mn.fn) == (1, 1, 0)
    # two expected contacts merged into one predicted event: the second is missed
    item2 = dict(item, events=[{"trigger": "Muscat round"}, {"trigger": "same round"}])
    assert (score_item(item2, Two()).tp, score_item(item2, Two()).fn) == (1, 1)


def _scan_reference(view, lex, lang):
    """The definition of rules.scan (before it was tuned): every reading of every term match, the
    longest of overlapping entity names, a country's own name over a place or capital, sorted."""
    from pipeline.extract.rules import _ENTITY, _HIT_ORDER, Hit, _lang_vals, term_matches

    hits = [Hit(cat, key, s, e, term, extra) for term, s, e, vals in term_matches(view.text, lex) for cat, key, extra in _lang_vals(vals, lang)]
    ent = sorted((h for h in hits if h.cat in _ENTITY), key=lambda h: (h.vstart, -(h.vend - h.vstart)))
    kept, cover = [], (-1, 0)
    for h in ent:
        n = h.vend - h.vstart
        if cover[0] >= h.vend and cover[1] > n:
            continue
        kept.append(h)
        if (h.vend, n) > cover:
            cover = (h.vend, n)
    state_spans = {(h.vstart, h.vend): h.key for h in kept if h.cat == "state" and h.extra == "name"}
    kept = [
        h
        for h in kept
        if not (
            (h.vstart, h.vend) in state_spans
            and (
                (h.cat == "place" and lex.places[h.key].country != state_spans[(h.vstart, h.vend)])
                or (h.cat == "state" and h.extra != "name" and h.key != state_spans[(h.vstart, h.vend)])
            )
        )
    ]
    # a contact word inside a person's name is part of the name («أبرام بيلي»: not «إبرام», 'concluding')
    names = [(h.vstart, h.vend) for h in kept if h.cat == "person"]
    rest = [h for h in hits if h.cat not in _ENTITY and not (
        h.cat == "cue" and h.key.startswith("event_types.") and any(a <= h.vstart and h.vend <= b and b - a > h.vend - h.vstart for a, b in names)
    )]
    return sorted(kept + rest, key=_HIT_ORDER)


def test_scan_equals_its_definition(seed_texts, extractor):
    """The tuned scan (entity selection by containment, hits built without the named tuple's
    constructor) gives exactly the hits of its definition, in every language, on the seeds, the
    golden sentences and texts made of overlapping names."""
    from pipeline.extract.rules import scan
    from pipeline.text import normalize

    texts = _texts(seed_texts) + ["عمان وسلطنه عمان ومسقط عمان", "الولايات المتحدة الأمريكية والولايات وزارة الخارجية الأمريكية", "ایالات متحده آمریکا و آمریکا"]
    n = 0
    for raw in texts:
        v = normalize(raw)
        for lang in ("ar", "fa", None):
            got = scan(v, extractor.lex, lang)
            assert got == _scan_reference(v, extractor.lex, lang), raw[:80]
            n += len(got)
    assert n > 1000


def test_prop_word_hits_equal_their_definition(extractor):
    """The words a document meets for the first time are scanned together (_word_hits): the same hits,
    word by word, as scanning each word alone (the definition, as scan() did it before)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from pipeline.extract.rules import _spaced, _word_hits, scan_matches, term_matches
    from pipeline.text import normalize

    @settings(max_examples=300, deadline=None)
    @given(st.lists(_scan_texts(), min_size=1, max_size=4))
    def check(raws):
        words = [w for raw in raws for w in _spaced(normalize(raw).text).split(" ")]
        for lang in ("ar", "fa", None):
            assert _word_hits(words, extractor.lex, lang) == [tuple(scan_matches(term_matches(w, extractor.lex), extractor.lex, lang)) for w in words]

    check()


def test_word_cache_is_bounded_and_keeps_what_is_met_again():
    """The word cache holds at most its limit and never empties at once: a key met in each
    generation survives the turns (no cliff), a key not met again is dropped after two turns."""
    from pipeline.extract.rules import _WordCache

    c = _WordCache(limit=10)
    calls = []

    def compute(k):
        calls.append(k)
        return k * 2

    for i in range(100):
        assert c.get(i, compute) == 2 * i
        assert c.get("hot", compute) == "hothot"
        assert len(c) <= 10
    assert calls.count("hot") == 1 and len(calls) == 101
    assert c.get(0, compute) == 0 and calls[-1] == 0  # long gone: computed again
    assert c.get(None, lambda k: None) is None and c.get(None, compute) is None  # a None value is a value


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Ali Bagheri Kani", "Ali Bagheri", True),
        ("Mohammad Javad Zarif", "Javad Zarif", True),
        ("Steve Witkoff", "Steven Witkoff", True),
        ("Majid Takht-Ravanchi", "Majid Takht Ravanchi", True),
        ("Abbas Araghchi", "Seyed Abbas Araghchi", True),
        ("Robert Malley", "Rob Malley", True),
        ("Robert Malley", "Robert Mood", False),
        ("William Burns", "Jake Sullivan", False),
        ("", "Jake Sullivan", False),
    ],
)
def test_same_person_reads_two_spellings_of_one_name(a, b, same):
    from pipeline.golden import same_person

    assert same_person(a, b) is same and same_person(b, a) is same


def test_participants_are_scored_on_matched_events_by_name_and_side():
    import datetime as dt

    from pipeline.extract.base import ActorRef, Candidate
    from pipeline.golden import score_participants

    # a match needs the same side; each predicted person is used once
    assert score_participants([("Ali Bagheri Kani", "IRN"), ("Robert Malley", "USA")], [("Ali Bagheri", "IRN"), ("Robert Malley", "IRN")]) == (1, 1, 1)
    assert score_participants([("Abbas Araghchi", "IRN")] * 2, [("Abbas Araghchi", "IRN")]) == (1, 0, 1)
    assert score_participants([], [("Donald Trump", "USA")]) == (0, 1, 0)

    text = "Araghchi and Witkoff met in Muscat. Trump spoke."

    class One:
        name = "one"

        def extract(self, doc):
            def ref(aid, name, side):
                return ActorRef(aid, name, name, "person", side, side=side)
            return [Candidate(doc.doc_id, 0, 35, text[:35], "t", 0.5, "talks", dt.date(2025, 4, 12), dt.date(2025, 4, 12), "day", "2025-04-12",
                              parties=frozenset({"IRN", "USA"}),
                              participants=[ref("person:abbas-araghchi", "Abbas Araghchi", "IRN"), ref("person:donald-trump", "Donald Trump", "USA")])]

    want = [{"name_en": "Abbas Araghchi", "side": "IRN"}, {"name_en": "Steve Witkoff", "side": "USA"}]
    item = {"id": "x", "lang": "ar", "text": text, "events": [{"trigger": "met in Muscat", "participants": want}]}
    for level in ("event", "mention"):
        r = score_item(item, One(), level=level)
        assert r.participants == (1, 1, 1), level
    s = summarize([score_item(item, One()), score_item(item, One())])
    assert s["participants"] == {"tp": 2, "fp": 2, "fn": 2, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    # an expected contact that does not list its participants does not score them
    item2 = {"id": "y", "lang": "ar", "text": text, "events": [{"trigger": "met in Muscat"}]}
    assert score_item(item2, One()).participants == (0, 0, 0)
