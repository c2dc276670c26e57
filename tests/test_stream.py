"""The streaming extractor (`backchannel extract` on a corpus folder) against the in-memory stage:
candidates spilled to disk and assembled a group of events at a time give the same tables, byte for byte."""

import datetime as dt
import shutil

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import actors_table, doc_inputs, extract_candidates, get_extractor
from pipeline.extract.base import ROW_TABLES, MergeKey, assemble, assemble_rows, merge_key
from pipeline.ingest import ingest, parse_manifest
from pipeline.io import write_dir
from pipeline.runner import extract_corpus


def _seed_corpus(root, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in sorted((root / "seeds").glob("*.txt")):
        shutil.copy(p, corpus / p.name)
    shutil.copy(root / "seeds" / "manifest.csv", corpus / "manifest.csv")
    return corpus


def test_streaming_extract_writes_the_same_bytes_as_the_in_memory_stage(root, tmp_path):
    corpus = _seed_corpus(root, tmp_path)
    # two workers and batches of two documents: several batches, candidates spilled, merged across batches
    stats = extract_corpus(corpus, tmp_path / "stream", workers=2, batch_size=2, progress=False)
    mpath = corpus / "manifest.csv"
    manifest = parse_manifest(mpath.read_text(encoding="utf-8"), str(mpath), strict=False)
    blobs = {f: (corpus / f).read_bytes() for f in manifest["file"]}
    documents, texts = ingest(manifest, blobs, manifest_name=str(mpath), corpus_name=str(corpus))
    cands = extract_candidates(doc_inputs(documents, texts), get_extractor("rules"))
    tables = assemble(cands, actors_table())
    tables["actors"] = actors_table()
    tables["documents"] = documents
    write_dir(tables, tmp_path / "memory")
    assert stats["events"] == len(tables["events"]) > 5 and stats["documents"] == len(documents)
    for name in tables:
        assert (tmp_path / "stream" / f"{name}.parquet").read_bytes() == (tmp_path / "memory" / f"{name}.parquet").read_bytes(), name


def test_grouped_assembly_equals_one_group(seed_texts):
    """Assembling a few mentions at a time (whole events per group) gives the rows of one big group."""
    ex = get_extractor("rules")
    from pipeline.extract.base import DocInput

    cands = [c for i, (k, t) in enumerate(sorted(seed_texts.items())) for c in ex.extract(DocInput(k, t, "fa" if i == 0 else "ar"))]
    keys = [merge_key(c, i) for i, c in enumerate(cands)]
    loads = []

    def load(refs):
        loads.append(len(refs))
        return [cands[i] for i in refs]

    def rows(chunk):
        out = {t: [] for t in ROW_TABLES}
        for part in assemble_rows(keys, load, actors_table(), chunk=chunk):
            for t in ROW_TABLES:
                out[t].extend(part[t])
        return out

    one = rows(10**6)
    loads.clear()
    small = rows(2)
    assert small == one
    assert len(loads) > 3 and sum(loads) == len(cands)


_DAYS = [dt.date(2013, 3, 1), dt.date(2013, 3, 5), dt.date(2013, 3, 31), dt.date(2014, 1, 1), dt.date(2014, 12, 31), dt.date(2015, 6, 1)]


@st.composite
def _merge_keys(draw):
    """Merge keys drawn from a few values each, so that many share dates, sides, places and mediators."""
    n = draw(st.integers(0, 60))
    keys = []
    for i in range(n):
        a = draw(st.sampled_from(_DAYS))
        b = draw(st.sampled_from([d for d in _DAYS if d >= a]))
        keys.append(
            MergeKey(
                draw(st.sampled_from(["d1", "d2", "d3"])), i, i + 5, draw(st.booleans()), draw(st.booleans()), a, b,
                draw(st.sampled_from(["day", "month", "year"])), draw(st.sampled_from(["2013", "2013-03"])),
                draw(st.sampled_from([frozenset(), frozenset({"IRN", "USA"}), frozenset({"IRN", "USA", "OMN"})])),
                draw(st.sampled_from([None, "OMN", "CHE", "IRN", "USA"])), draw(st.sampled_from([None, "Muscat"])),
                draw(st.sampled_from([frozenset(), frozenset({"OMN"}), frozenset({"QAT"}), frozenset({"OMN", "QAT"})])),
                i,
                # an anaphor of an earlier mention (of its document, if there is one) or not
                (lambda j: (j, j + 5) if j is not None else None)(draw(st.one_of(st.none(), st.integers(0, i - 1))) if i else None),
            )
        )
    return keys


@settings(max_examples=300, deadline=None)
@given(_merge_keys())
def test_clustering_equals_its_definition(keys):
    """The clustering with cached verdicts (per candidate signature and set of member signatures)
    gives the clusters, members and merge reasons of the plain definition."""
    from pipeline.extract.base import _cluster, _cluster_reference

    assert _cluster(keys) == _cluster_reference(keys)


def test_a_workers_input_error_reaches_the_caller(root, tmp_path):
    """An input error found in a worker (an empty file) is raised by extract_corpus as it is with one
    process: the error survives the trip back from the worker."""
    import pickle

    import pytest

    from pipeline.errors import BackchannelError, ValidationFailed

    corpus = _seed_corpus(root, tmp_path)
    (corpus / sorted(corpus.glob("*.txt"))[2].name).write_bytes(b"  \n")
    for workers in (1, 2):
        with pytest.raises(BackchannelError, match="the file is empty") as err:
            extract_corpus(corpus, tmp_path / f"out{workers}", workers=workers, batch_size=2, progress=False)
        assert err.value.fix.startswith("add the document")
    # a file listed in the manifest but missing: found by the worker that reads the batch
    (corpus / sorted(corpus.glob("*.txt"))[2].name).unlink()
    for workers in (1, 2):
        with pytest.raises(BackchannelError, match="has no file in"):
            extract_corpus(corpus, tmp_path / f"out{workers}", workers=workers, batch_size=2, progress=False)
    assert not (tmp_path / "out2").exists()
    e = ValidationFailed("x.parquet", "bad shape", "fix it", "line 2")
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is ValidationFailed and str(back) == str(e) and vars(back) == vars(e)


def test_streaming_extract_in_small_event_groups_writes_the_same_bytes(root, tmp_path, monkeypatch):
    """Events assembled by the workers a few at a time (several groups, event IDs numbered across
    groups) give the tables of one group."""
    import pipeline.runner as runner

    corpus = _seed_corpus(root, tmp_path)
    extract_corpus(corpus, tmp_path / "one", workers=1, progress=False)
    monkeypatch.setattr(runner, "EVENT_GROUP", 3)
    extract_corpus(corpus, tmp_path / "small", workers=2, batch_size=2, progress=False)
    for f in sorted((tmp_path / "one").glob("*.parquet")):
        assert (tmp_path / "small" / f.name).read_bytes() == f.read_bytes(), f.name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=300), st.lists(st.integers(0, 40), max_size=5)), max_size=40))
def test_spill_reads_back_what_it_was_given(ops):
    """Candidates spilled to disk (appended without a seek each) read back whole, reads and puts interleaved."""
    from pipeline.runner import _Spill

    spill, refs = _Spill(), []
    try:
        for op in ops:
            if isinstance(op, bytes):
                refs.append((*spill.put(op), op))
            else:
                picked = [refs[i] for i in op if i < len(refs)]
                assert spill.read(picked) == [r[2] for r in picked]
        assert spill.read(refs) == [r[2] for r in refs]
    finally:
        spill.close()


def test_extract_corpus_leaves_the_garbage_collector_as_it_found_it(root, tmp_path):
    """extract_corpus keeps long-lived objects out of the collector's way while it runs (gc.freeze) and
    undoes it at the end, also after an error; a caller's own freeze is left alone."""
    import gc

    import pytest

    from pipeline.errors import BackchannelError

    corpus = tmp_path / "corpus"
    shutil.copytree(root / "seeds", corpus)
    assert gc.get_freeze_count() == 0
    extract_corpus(corpus, tmp_path / "out", progress=False)
    assert gc.get_freeze_count() == 0
    broken = tmp_path / "broken"
    shutil.copytree(corpus, broken)
    next(broken.glob("*.txt")).unlink()  # a manifest row without its file: an error while extracting
    with pytest.raises(BackchannelError):
        extract_corpus(broken, tmp_path / "out2", progress=False)
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        n = gc.get_freeze_count()
        extract_corpus(corpus, tmp_path / "out3", progress=False)
        # left frozen (not unfrozen: 0) and nothing of its own added (more than n); a frozen object the run
        # lets go of (a cache entry replaced) leaves the permanent generation, so the count may drop a little
        assert 0 < gc.get_freeze_count() <= n
    finally:
        gc.unfreeze()
