"""Check that a change of the extractor's code leaves its output byte-identical (run on demand).

    python bench/check_identical.py save  DIR     # record the outputs of the current code in DIR
    python bench/check_identical.py check DIR     # compare the current code's outputs with DIR

Outputs recorded (every one compared byte for byte):

- the candidates and decisions of ``RuleExtractor`` and the dates of ``find_dates`` for every item
  of tests/golden/*.yaml and tests/heldout/*.yaml, every seed and every document of a synthetic
  corpus (``--docs``, 3,000 by default, built as bench/bench_extract.py builds it);
- the Parquet files of ``extract_corpus`` on the seeds and on that corpus, with 1 and 2 workers;
- the Parquet files of the seeds' ``stage ingest`` + ``stage extract`` (as dvc.yaml runs them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _items() -> list[tuple[str, str, str, dt.date | None]]:
    out = []
    for folder in ("golden", "heldout"):
        for p in sorted((ROOT / "tests" / folder).glob("*.yaml")):
            for it in yaml.safe_load(p.read_text(encoding="utf-8")) or []:
                pub = it.get("published")
                if pub is not None and not isinstance(pub, dt.date):
                    pub = dt.date.fromisoformat(str(pub))
                out.append((f"{folder}/{it['id']}", it["text"], it["lang"], pub))
    return out


def _docs(corpus: Path) -> list[tuple[str, str, str, dt.date | None]]:
    from pipeline.extract import doc_inputs
    from pipeline.ingest import read_corpus

    documents, texts = read_corpus(corpus, strict=False)
    return [(d.doc_id, d.text, d.lang, d.publication_date) for d in doc_inputs(documents, texts)]


def canon(x):
    """A picklable, hash-order-free form of a candidate, decision or date (sets sorted)."""
    import dataclasses

    if dataclasses.is_dataclass(x):
        return (type(x).__name__, tuple((f.name, canon(getattr(x, f.name))) for f in dataclasses.fields(x)))
    if isinstance(x, (set, frozenset)):
        return ("set", tuple(sorted(canon(v) for v in x)))
    if isinstance(x, (list, tuple)):
        return tuple(canon(v) for v in x)
    return repr(x)


def per_document(docs) -> dict[str, bytes]:
    """name -> pickled (decisions, candidates, dates) of one document."""
    from pipeline.dates import find_dates
    from pipeline.extract.base import DocInput
    from pipeline.extract.rules import RuleExtractor

    ex = RuleExtractor()
    out = {}
    for name, text, lang, pub in docs:
        doc = DocInput(name, text, lang, pub)
        run = ex._run(doc)
        dates = find_dates(text, lang=lang, published=pub)
        out[name] = pickle.dumps(canon(([d for _, d in run], [c for c, _ in run], dates)), protocol=4)
    return out


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(Path(folder).glob("*.parquet"))}


def collect(work: Path, n_docs: int) -> dict[str, dict[str, bytes]]:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_extract import build_corpus

    from pipeline.runner import extract_corpus

    corpus = work / "corpus"
    corpus.mkdir()
    build_corpus(corpus, n_docs)
    seeds = work / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    res: dict[str, dict[str, bytes]] = {}
    res["items"] = per_document(_items())
    res["seeds"] = per_document(_docs(seeds))
    res["corpus"] = per_document(_docs(corpus))
    for name, folder in (("seeds", seeds), ("corpus", corpus)):
        for w in (1, 2):
            out = work / f"out-{name}-{w}"
            extract_corpus(folder, out, workers=w, batch_size=200 if name == "corpus" else 2, progress=False)
            res[f"extract-{name}-{w}"] = _files(out)
    env_py = sys.executable
    ing, ext = work / "ingested", work / "extracted"
    for cmd in (
        ["stage", "ingest", "--corpus", str(ROOT / "seeds"), "--manifest", str(ROOT / "seeds" / "manifest.csv"), "--out", str(ing)],
        ["stage", "extract", "--in", str(ing), "--out", str(ext), "--extractor", "rules", "--required-parties", "IRN,USA", "--registry", str(ROOT / "registry" / "event_ids.csv")],
    ):
        subprocess.run([env_py, "-c", "import sys; from pipeline.cli import entrypoint; sys.argv[0] = 'backchannel'; entrypoint()", *cmd], check=True, cwd=ROOT)
    res["stage-ingest"] = _files(ing)
    res["stage-extract"] = _files(ext)
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["save", "check"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--docs", type=int, default=3000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        res = collect(Path(tmp), a.docs)
    if a.mode == "save":
        a.dir.mkdir(parents=True, exist_ok=True)
        (a.dir / "outputs.pickle").write_bytes(pickle.dumps(res, protocol=4))
        n = sum(len(v) for v in res.values())
        print(f"saved {n} outputs in {a.dir}")
        return
    ref = pickle.loads((a.dir / "outputs.pickle").read_bytes())
    bad = 0
    for group in sorted(set(ref) | set(res)):
        r, c = ref.get(group, {}), res.get(group, {})
        diff = sorted(k for k in set(r) | set(c) if r.get(k) != c.get(k))
        same = len(set(r) | set(c)) - len(diff)
        print(f"{group:22s} {same:5d} identical, {len(diff)} different {diff[:5] if diff else ''}")
        bad += len(diff)
    digest = hashlib.sha256(pickle.dumps(sorted((g, sorted(v.items())) for g, v in res.items()))).hexdigest()[:16]
    print("IDENTICAL" if not bad else f"DIFFERENT: {bad} outputs", digest)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
