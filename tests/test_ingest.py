"""ingest: every bad seed input stops with a message naming the file; nothing half-written."""

import hashlib
import shutil

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import BackchannelError
from pipeline.ingest import MANIFEST_COLUMNS, ingest, parse_manifest, read_corpus

HEADER = ",".join(MANIFEST_COLUMNS)


def manifest_for(files: dict[str, bytes], **over) -> str:
    lines = [HEADER]
    for name, data in files.items():
        row = {"file": name, "lang": "ar", "publication_date": "", "publication_date_source": "unknown", "publisher": "", "url": "", "title": "", "sha256": hashlib.sha256(data).hexdigest(), "notes": ""}
        row.update(over.get(name, {}))
        lines.append(",".join(row[c] for c in MANIFEST_COLUMNS))
    return "\n".join(lines) + "\n"


GOOD = {"a.txt": "أجرت إيران والولايات المتحدة محادثات في مسقط.".encode(), "b.txt": "دیدار در مسقط انجام شد.".encode()}


def run(files, manifest_text):
    return ingest(parse_manifest(manifest_text, "manifest.csv"), files, corpus_name="corpus")


def test_good_corpus():
    docs, texts = run(GOOD, manifest_for(GOOD))
    assert list(docs["doc_id"]) == ["a", "b"]
    assert docs.loc[0, "n_chars"] == len(GOOD["a.txt"].decode())
    assert texts.loc[1, "text"] == GOOD["b.txt"].decode()


def test_inputs_are_not_mutated():
    m = parse_manifest(manifest_for(GOOD), "manifest.csv")
    before = m.copy()
    ingest(m, dict(GOOD))
    assert m.equals(before)


@pytest.mark.parametrize(
    "mutate, match, names",
    [
        (lambda f, m: ({**f, "a.txt": f["a.txt"] + b"x"}, m), "sha256", "a.txt"),
        (lambda f, m: ({**f, "c.txt": "نص".encode()}, m), "not in manifest", "c.txt"),
        (lambda f, m: ({"a.txt": f["a.txt"]}, m), "has no file", "b.txt"),
        (lambda f, m: ({**f, "a.txt": b"  \n"}, manifest_for({**f, "a.txt": b"  \n"})), "empty", "a.txt"),
        (lambda f, m: ({**f, "a.txt": b"\xff\xfe bad"}, manifest_for({**f, "a.txt": b"\xff\xfe bad"})), "UTF-8", "a.txt"),
    ],
    ids=["sha-mismatch", "unlisted-file", "row-without-file", "empty-file", "not-utf8"],
)
def test_bad_corpus_names_the_file(mutate, match, names):
    files, m = mutate(dict(GOOD), manifest_for(GOOD))
    with pytest.raises(BackchannelError, match=match) as e:
        run(files, m)
    assert names in str(e.value)
    assert "fix:" in str(e.value)


@pytest.mark.parametrize(
    "text, match",
    [
        ("file,lang,colour\n", "unknown column"),
        (HEADER + "\na.txt,xx,,unknown,,,,%s,\n" % ("0" * 64), "not ar or fa"),
        (HEADER + "\na.txt,ar,2024-13-01,stated,,,,%s,\n" % ("0" * 64), "not a real date"),
        (HEADER + "\na.txt,ar,,unknown,,,,,\n", "no sha256"),
        (HEADER + "\na.txt,ar,,unknown,,,,%s,\na.txt,ar,,unknown,,,,%s,\n" % ("0" * 64, "0" * 64), "listed twice"),
    ],
)
def test_bad_manifest_names_file_and_line(text, match):
    with pytest.raises(BackchannelError, match=match) as e:
        parse_manifest(text, "seeds/manifest.csv")
    assert "seeds/manifest.csv:line" in str(e.value)


def test_lang_is_detected_when_missing(tmp_path):
    for name, data in GOOD.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "manifest.csv").write_text("file\na.txt\nb.txt\n", encoding="utf-8")
    docs, _ = read_corpus(tmp_path, strict=False)
    assert list(docs["lang"]) == ["ar", "fa"]


def test_the_seed_manifest_matches_the_seeds(root):
    docs, texts = read_corpus(root / "seeds", root / "seeds" / "manifest.csv", strict=True)
    assert len(docs) == 5
    assert set(docs["lang"]) == {"ar", "fa"}


def test_stage_ingest_leaves_no_partial_output_on_error(tmp_path, root):
    corpus = tmp_path / "seeds"
    shutil.copytree(root / "seeds", corpus)
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["stage", "ingest", "--corpus", str(corpus), "--manifest", str(corpus / "manifest.csv"), "--out", str(out)])
    assert r.exit_code == 0, r.output
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    victim = sorted(corpus.glob("*.txt"))[1]
    victim.write_bytes(victim.read_bytes() + b" tampered")
    r = CliRunner().invoke(app, ["stage", "ingest", "--corpus", str(corpus), "--manifest", str(corpus / "manifest.csv"), "--out", str(out)])
    assert r.exit_code == 2
    assert victim.name in r.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # old outputs untouched
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_ingest_texts_gives_the_texts_of_ingest(root):
    """ingest_texts (used by the streaming extractor) builds the same documents table as ingest, and
    its text rows are the document_texts table's rows; the extractor's inputs are the same."""
    from pipeline.extract import doc_inputs
    from pipeline.ingest import ingest_texts

    mpath = root / "seeds" / "manifest.csv"
    manifest = parse_manifest(mpath.read_text(encoding="utf-8"), str(mpath))
    blobs = {f: (root / "seeds" / f).read_bytes() for f in manifest["file"]}
    documents, document_texts = ingest(manifest, blobs)
    documents2, texts = ingest_texts(manifest, blobs)
    assert documents.equals(documents2)
    assert texts == document_texts.to_dict(orient="records")
    assert list(doc_inputs(documents, document_texts)) == list(doc_inputs(documents2, texts))


def test_prop_file_stem_is_paths_stem():
    from pathlib import Path

    from hypothesis import given, settings, strategies as st

    from pipeline.ingest import file_stem

    @settings(max_examples=500, deadline=None)
    @given(st.text(alphabet=st.sampled_from(["a", "ب", ".", "/", " ", "x", "_"]), max_size=10))
    def check(f):
        assert file_stem(f) == Path(f).stem

    check()
    for f in ["doc1.txt", ".txt", "a.", "a..txt", "..", ".", "", "dir/a.txt", "a.tar.gz"]:
        assert file_stem(f) == Path(f).stem
