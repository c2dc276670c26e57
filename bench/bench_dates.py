"""Benchmark: our date engine vs dateparser.search.search_dates.

Run: /work/.venv/bin/python bench/bench_dates.py
Accuracy on tests/data/dates_labelled.yaml (per form) and speed on the seed texts.

     /work/.venv/bin/python bench/bench_dates.py --corpus 1500
Speed of our engine alone on a synthetic corpus (bench_extract's), with the caller's
normalised view (as the extractor calls it) and without (find_dates normalises).
"""
from __future__ import annotations

import datetime as dt
import pathlib
import sys
import time
import warnings

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.dates import find_dates  # noqa: E402
from test_dates import evaluate_labelled, load_labels  # noqa: E402

warnings.filterwarnings("ignore")


def dateparser_right(item) -> bool:
    from dateparser.search import search_dates
    exp = item["expected"]
    pub = item["published"]
    settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(pub)} if pub else {}
    try:
        found = search_dates(item["context"], languages=[item["lang"]], settings=settings) or []
    except Exception:
        found = []
    if exp is None:
        return not found
    if exp["date_start"] is None:
        return False        # dateparser cannot say "unresolvable"; it invents a date
    return any(d.date().isoformat() == exp["date_start"] for _, d in found)


def main(reps: int = 5):
    items = load_labels()
    ours, per, fails = evaluate_labelled(items)
    dp_per = {}
    for it in items:
        ok = dateparser_right(it)
        a, n = dp_per.get(it["form"], (0, 0))
        dp_per[it["form"]] = (a + ok, n + 1)
    dp = sum(a for a, _ in dp_per.values()) / len(items)
    print(f"labelled set: {len(items)} expressions")
    print(f"{'form':40s} {'ours':>8s} {'dateparser':>11s}")
    for form, (a, n) in per.items():
        b = dp_per[form][0]
        print(f"{form:40s} {a:>3d}/{n:<4d} {b:>5d}/{n:<4d}")
    print(f"{'TOTAL':40s} {ours:8.1%} {dp:11.1%}")
    if fails:
        print("our misses:", ", ".join(f"{f['text']} [{f['form']}]" for f in fails))

    from dateparser.search import search_dates
    texts = [(p.read_text(encoding="utf-8"), "fa" if p.name.startswith("000") else "ar")
             for p in sorted((ROOT / "seeds").glob("*.txt"))]
    nbytes = sum(len(t.encode()) for t, _ in texts)
    search_dates(texts[1][0][:200], languages=["ar"])     # warm-up (model loading)
    find_dates(texts[1][0][:200])

    def timeit(fn):
        best = float("inf")
        for _ in range(reps):
            t0 = time.perf_counter()
            for t, lang in texts:
                fn(t, lang)
            best = min(best, time.perf_counter() - t0)
        return best

    t_ours = timeit(lambda t, lang: find_dates(t, lang=lang))
    t_dp = timeit(lambda t, lang: search_dates(t, languages=[lang]))
    print(f"speed over 5 seeds ({nbytes / 1e3:.0f} kB, best of {reps}): ours {t_ours * 1e3:.1f} ms "
          f"({nbytes / t_ours / 1e6:.2f} MB/s), dateparser {t_dp * 1e3:.0f} ms; "
          f"ratio {t_dp / t_ours:.0f}x")


def corpus_speed(n_docs: int, reps: int = 3):
    import tempfile

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_extract import build_corpus

    from pipeline.text import detect_lang, normalize

    with tempfile.TemporaryDirectory() as tmp:
        build_corpus(pathlib.Path(tmp), n_docs)
        texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(tmp).glob("*.txt"))]
    langs = [detect_lang(t) for t in texts]
    views = [normalize(t) for t in texts]
    nbytes = sum(len(t.encode()) for t in texts)
    for label, view_of in (("with view", lambda i: views[i]), ("without view", lambda i: None)):
        best = float("inf")
        for _ in range(reps):
            t0 = time.perf_counter()
            for i, t in enumerate(texts):
                find_dates(t, langs[i], None, view_of(i))
            best = min(best, time.perf_counter() - t0)
        print(f"{n_docs} docs, {nbytes / 1e6:.2f} MB, {label}: {best:.3f} s "
              f"({nbytes / best / 1e6:.2f} MB/s, best of {reps})")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--corpus":
        corpus_speed(int(sys.argv[2]))
    else:
        main()
