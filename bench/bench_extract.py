"""Benchmark `backchannel extract` at scale (run on demand, never in the test suite).

Builds a synthetic corpus by recombining paragraphs of the seeds and of the golden
test sentences (deterministic), then runs the extractor end to end (ingest + extract
+ assemble + Parquet) in a fresh process per configuration and prints MB/s,
documents/s and peak RSS. Memory is measured at two corpus sizes to show it stays
flat (documents are streamed in batches).

    python bench/bench_extract.py                 # 20,000 documents, workers 1 and 2
    python bench/bench_extract.py --docs 2000     # quicker
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def paragraphs() -> dict[str, list[str]]:
    from pipeline.text import detect_lang

    out: dict[str, list[str]] = {"ar": [], "fa": []}
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        lang = detect_lang(text)
        out[lang].extend(x.strip() for x in text.split("\n") if len(x.strip()) > 40)
    for g in sorted((ROOT / "tests" / "golden").glob("*.yaml")):
        for item in yaml.safe_load(g.read_text(encoding="utf-8")):
            out[item["lang"]].append(item["text"])
    return out


def build_corpus(folder: Path, n_docs: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    paras = paragraphs()
    total = 0
    for i in range(n_docs):
        lang = "fa" if i % 3 == 0 else "ar"
        k = rng.randint(4, 12)
        text = "\n\n".join(rng.choice(paras[lang]) for _ in range(k)) + "\n"
        data = text.encode("utf-8")
        (folder / f"doc{i:06d}.txt").write_bytes(data)
        total += len(data)
    (folder / "manifest.csv").write_text("file,lang\n" + "".join(f"doc{i:06d}.txt,{'fa' if i % 3 == 0 else 'ar'}\n" for i in range(n_docs)), encoding="utf-8")
    return total


CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from pipeline.runner import extract_corpus
t = time.perf_counter()
stats = extract_corpus(Path(sys.argv[1]), Path(sys.argv[2]), workers=int(sys.argv[3]), batch_size=200, progress=False)
stats["wall"] = time.perf_counter() - t
stats["rss_self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
stats["rss_children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(stats))
"""


def run(corpus: Path, out: Path, workers: int) -> dict:
    r = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(out), str(workers)], capture_output=True, text=True, cwd=ROOT)
    if r.returncode != 0:
        raise SystemExit(r.stderr)
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rows = []
        for n in sorted({max(1, a.docs // 4), a.docs}):
            corpus = tmp / f"corpus{n}"
            corpus.mkdir()
            t = time.perf_counter()
            size = build_corpus(corpus, n)
            print(f"built {n} documents, {size / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s", flush=True)
            for w in a.workers if n == a.docs else [1]:
                s = run(corpus, tmp / f"out{n}_{w}", w)
                mb = s["bytes"] / 1e6
                rows.append((n, w, mb, s["wall"], mb / s["wall"], s["documents"] / s["wall"], max(s["rss_self_mb"], s["rss_children_mb"]), s["events"], s["mentions"]))
                print(f"docs={n:>6} workers={w}  {mb:7.1f} MB  {s['wall']:7.1f} s  {mb / s['wall']:5.2f} MB/s  {s['documents'] / s['wall']:7.0f} docs/s  "
                      f"peak RSS {rows[-1][6]:6.0f} MB  events={s['events']} mentions={s['mentions']}", flush=True)
        print("\n| documents | workers | MB | seconds | MB/s | docs/s | peak RSS (MB) |")
        print("|---|---|---|---|---|---|---|")
        for n, w, mb, wall, mbs, dps, rss, *_ in rows:
            print(f"| {n} | {w} | {mb:.1f} | {wall:.1f} | {mbs:.2f} | {dps:.0f} | {rss:.0f} |")


if __name__ == "__main__":
    main()
