"""The streaming extractor (`backchannel extract` on a corpus folder) against the in-memory stage:
candidates spilled to disk and assembled a group of events at a time give the same tables, byte for byte."""

import shutil

from pipeline.extract import actors_table, doc_inputs, extract_candidates, get_extractor
from pipeline.extract.base import ROW_TABLES, assemble, assemble_rows, merge_key
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
