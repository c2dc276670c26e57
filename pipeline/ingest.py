"""ingest: manifest + raw texts -> ``documents`` and ``document_texts`` tables.

A pure function over in-memory inputs; :func:`read_corpus` does the I/O.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from pathlib import Path
from typing import Mapping

import pandas as pd

from .contract import coerce, load_contract
from .errors import BackchannelError

MANIFEST_COLUMNS = [
    "file",
    "lang",
    "publication_date",
    "publication_date_source",
    "publisher",
    "url",
    "title",
    "sha256",
    "notes",
]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_manifest(text: str, source: str, *, strict: bool = True) -> pd.DataFrame:
    """Parse a manifest CSV. ``strict`` (the seeds) requires every column; otherwise only ``file``."""
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    unknown = [h for h in header if h not in MANIFEST_COLUMNS]
    if unknown:
        raise BackchannelError(
            source, f"unknown column(s) {unknown}", f"use only these columns: {', '.join(MANIFEST_COLUMNS)}", "line 1"
        )
    required = MANIFEST_COLUMNS if strict else ["file"]
    missing = [c for c in required if c not in header]
    if missing:
        raise BackchannelError(source, f"missing column(s) {missing}", f"add them to the header line", "line 1")
    rows = []
    seen: dict[str, int] = {}
    for i, row in enumerate(reader, start=2):
        if None in row:
            raise BackchannelError(source, "more fields than the header has", "quote fields that contain commas", f"line {i}")
        row = {c: (row.get(c) or "").strip() for c in MANIFEST_COLUMNS}
        f = row["file"]
        if not f:
            raise BackchannelError(source, "empty 'file'", "name the document's file", f"line {i}")
        if f in seen:
            raise BackchannelError(source, f"{f!r} is listed twice (also line {seen[f]})", "keep one row per file", f"line {i}")
        seen[f] = i
        if row["lang"] and row["lang"] not in load_contract().vocabularies["lang"]:
            raise BackchannelError(source, f"lang {row['lang']!r} is not ar or fa", "write ar or fa (or leave it empty to detect it)", f"line {i}")
        if row["publication_date"]:
            if not _DATE.match(row["publication_date"]):
                raise BackchannelError(source, f"publication_date {row['publication_date']!r} is not YYYY-MM-DD", "write an ISO date or leave it empty", f"line {i}")
            try:
                pd.Timestamp(row["publication_date"])
            except ValueError:
                raise BackchannelError(source, f"publication_date {row['publication_date']!r} is not a real date", "fix the date", f"line {i}") from None
        src = row["publication_date_source"]
        if src and src not in load_contract().vocabularies["publication_date_source"]:
            raise BackchannelError(source, f"publication_date_source {src!r} is unknown", "write stated, inferred or unknown", f"line {i}")
        if row["publication_date"] and src == "unknown":
            raise BackchannelError(source, "a publication_date with source 'unknown'", "say whether it is stated or inferred", f"line {i}")
        if row["sha256"] and not re.fullmatch(r"[0-9a-f]{64}", row["sha256"]):
            raise BackchannelError(source, f"sha256 {row['sha256']!r} is not 64 lower-case hex digits", "paste the output of sha256sum", f"line {i}")
        if strict and not row["sha256"]:
            raise BackchannelError(source, f"{f}: no sha256", "add the output of `sha256sum`", f"line {i}")
        row["_line"] = i
        rows.append(row)
    return pd.DataFrame(rows, columns=MANIFEST_COLUMNS + ["_line"])


def ingest(
    manifest: pd.DataFrame,
    blobs: Mapping[str, bytes],
    *,
    manifest_name: str = "manifest.csv",
    corpus_name: str = ".",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Check the corpus against its manifest and build (documents, document_texts).

    ``blobs`` maps each .txt file name in the corpus folder to its bytes.
    Raises :class:`BackchannelError` naming the file for any problem; never returns partial tables.
    """
    documents, texts = ingest_texts(manifest, blobs, manifest_name=manifest_name, corpus_name=corpus_name)
    document_texts = coerce(pd.DataFrame(texts, columns=["doc_id", "text"]), "document_texts")
    return documents, document_texts


def file_stem(f: str) -> str:
    """``Path(f).stem``, with no Path object for a plain file name (pathlib's rule: the name less its last
    suffix, a suffix being a dot that neither starts nor ends the name, and what follows it)."""
    if not f or "/" in f or f == ".":
        return Path(f).stem
    i = f.rfind(".")
    return f[:i] if 0 < i < len(f) - 1 else f


def ingest_texts(
    manifest: pd.DataFrame,
    blobs: Mapping[str, bytes],
    *,
    manifest_name: str = "manifest.csv",
    corpus_name: str = ".",
) -> tuple[pd.DataFrame, list[dict[str, str]]]:
    """:func:`ingest` with the texts as they were decoded (rows of ``doc_id`` and ``text``, in the
    order of ``documents``) rather than as a table, for a caller that only reads them."""
    from .text import detect_lang

    listed = set(manifest["file"])
    unlisted = sorted(set(blobs) - listed)
    if unlisted:
        raise BackchannelError(
            f"{corpus_name}/{unlisted[0]}",
            f"this file is not in {manifest_name}" + (f" (nor are {unlisted[1:]})" if len(unlisted) > 1 else ""),
            f"add a row for it to {manifest_name}, or remove the file",
        )
    docs, texts = [], []
    cols = list(manifest.columns)
    for row in (dict(zip(cols, vals)) for vals in zip(*(manifest[c].tolist() for c in cols))):  # (to_dict(orient="records"), column-wise)
        f = row["file"]
        where = f"line {row['_line']}"
        if f not in blobs:
            raise BackchannelError(manifest_name, f"{f!r} has no file in {corpus_name}", "add the file or remove the row", where)
        data = blobs[f]
        path = f"{corpus_name}/{f}"
        if not data.strip():
            raise BackchannelError(path, "the file is empty", "add the document's text or remove it and its manifest row")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise BackchannelError(path, f"not valid UTF-8 (byte {e.start}: {data[e.start:e.start+1]!r})", "re-save the file as UTF-8", f"line {line}") from None
        if text.startswith("\ufeff"):
            raise BackchannelError(path, "starts with a byte-order mark", "save as UTF-8 without BOM")
        digest = hashlib.sha256(data).hexdigest()
        if row["sha256"] and row["sha256"] != digest:
            raise BackchannelError(
                path,
                f"sha256 is {digest}, the manifest ({manifest_name} {where}) says {row['sha256']}",
                "raw seeds are immutable: restore the original bytes, or, for a deliberately new version, update the manifest's sha256",
            )
        lang = row["lang"] or detect_lang(text)
        pub = row["publication_date"] or None
        src = row["publication_date_source"] or ("unknown" if not pub else "stated")
        doc_id = file_stem(f)
        docs.append(
            {
                "doc_id": doc_id,
                "file": f,
                "sha256": digest,
                "lang": lang,
                "title": row["title"] or None,
                "publisher": row["publisher"] or None,
                "url": row["url"] or None,
                "publication_date": pd.Timestamp(pub) if pub else pd.NaT,
                "publication_date_source": src,
                "n_chars": len(text),
            }
        )
        texts.append({"doc_id": doc_id, "text": text})
    dup = {i for i, n in Counter(d["doc_id"] for d in docs).items() if n > 1}
    if dup:
        raise BackchannelError(manifest_name, f"two files give the same doc_id {sorted(dup)}", "rename one of them")
    documents = coerce(pd.DataFrame(docs, columns=load_contract().table("documents").column_names), "documents")
    return documents, texts


def read_corpus(corpus_dir: Path, manifest_path: Path | None = None, *, strict: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    """I/O wrapper: read the manifest and every .txt file of ``corpus_dir``, then :func:`ingest`."""
    corpus_dir = Path(corpus_dir)
    manifest_path = Path(manifest_path) if manifest_path else corpus_dir / "manifest.csv"
    if not corpus_dir.is_dir():
        raise BackchannelError(str(corpus_dir), "no such folder", "pass a folder of .txt files with a manifest.csv")
    blobs = {p.name: p.read_bytes() for p in sorted(corpus_dir.glob("*.txt"))}
    if manifest_path.exists():
        try:
            text = manifest_path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise BackchannelError(str(manifest_path), f"not valid UTF-8 at byte {e.start}", "save the manifest as UTF-8") from None
        manifest = parse_manifest(text, str(manifest_path), strict=strict)
    elif strict:
        raise BackchannelError(str(manifest_path), "no manifest", "create it with the columns " + ",".join(MANIFEST_COLUMNS))
    else:
        manifest = pd.DataFrame([{**{c: "" for c in MANIFEST_COLUMNS}, "file": n, "_line": 0} for n in blobs], columns=MANIFEST_COLUMNS + ["_line"])
    return ingest(manifest, blobs, manifest_name=str(manifest_path), corpus_name=str(corpus_dir))
