"""The on-disk cache of derived data (pipeline.cache): keyed, rebuilt when unreadable, and a cached
lexicon is the lexicon."""

import pickle

from pipeline import cache


def test_cached_builds_once_then_reads(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKCHANNEL_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"value": [1, 2, 3]}

    assert cache.cached("thing", build) == {"value": [1, 2, 3]}
    assert cache.cached("thing", build) == {"value": [1, 2, 3]}
    assert len(calls) == 1
    (entry,) = tmp_path.glob("thing-*.pickle")
    assert cache.fingerprint() in entry.name
    entry.write_bytes(b"not a pickle")  # a damaged entry is built again and replaced
    assert cache.cached("thing", build) == {"value": [1, 2, 3]} and len(calls) == 2
    assert pickle.loads(entry.read_bytes()) == {"value": [1, 2, 3]}
    assert not list(tmp_path.glob(".thing-*"))  # no temporary files left


def test_cache_off_and_unwritable(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setenv("BACKCHANNEL_CACHE_DIR", "off")
    assert cache.cache_dir() is None
    cache.cached("thing", lambda: calls.append(1))
    cache.cached("thing", lambda: calls.append(1))
    assert len(calls) == 2
    blocked = tmp_path / "file"
    blocked.write_text("x")
    monkeypatch.setenv("BACKCHANNEL_CACHE_DIR", str(blocked / "sub"))  # cannot be created: no cache, no error
    assert cache.cached("thing", lambda: 7) == 7


def test_a_cached_lexicon_is_the_lexicon(tmp_path, monkeypatch, seed_texts):
    """The lexicon read back from the cache has the same terms, readings and automata as a fresh build,
    and extracts the same candidates."""
    import datetime as dt

    from pipeline.extract.base import DocInput
    from pipeline.extract.rules import RuleExtractor, build_lexicon

    monkeypatch.setenv("BACKCHANNEL_CACHE_DIR", str(tmp_path))
    fresh = build_lexicon()
    cache.cached("lexicon", build_lexicon)
    back = cache.cached("lexicon", lambda: None)
    assert back is not None
    assert back.terms == fresh.terms and back.roles == fresh.roles and back.groups == fresh.groups
    assert list(back.anchored.items()) == list(fresh.anchored.items())
    assert list(back.automaton.items()) == list(fresh.automaton.items())
    for name in ("states", "persons", "orgs", "places"):
        assert getattr(back, name) == getattr(fresh, name), name
    a, b = RuleExtractor(), RuleExtractor()
    a.lex, b.lex = fresh, back
    for i, (k, text) in enumerate(sorted(seed_texts.items())):
        doc = DocInput(k, text, "fa" if i == 0 else "ar", dt.date(2025, 6, 9))
        assert a.extract(doc) == b.extract(doc)


def test_old_entries_are_pruned(tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("BACKCHANNEL_CACHE_DIR", str(tmp_path))
    for i in range(5):  # entries of earlier versions of the package, oldest first
        p = tmp_path / f"thing-old{i}.pickle"
        p.write_bytes(pickle.dumps(i))
        os.utime(p, (1000 + i, 1000 + i))
    (tmp_path / "other-old.pickle").write_bytes(b"")
    cache.cached("thing", lambda: "new")
    left = sorted(p.name for p in tmp_path.glob("thing-*.pickle"))
    assert len(left) == cache.KEEP and f"thing-{cache.fingerprint()}.pickle" in left
    assert "thing-old4.pickle" in left and "thing-old0.pickle" not in left
    assert (tmp_path / "other-old.pickle").exists()
