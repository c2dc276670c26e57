"""``backchannel review`` / ``fix`` / ``check``: the human-corrections workflow.

Module-level imports stay light: ``check`` must not import pandas or pandera.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any, List, Optional

import typer


def _params() -> dict:
    import yaml

    p = Path("params.yaml")
    return yaml.safe_load(p.read_text(encoding="utf-8")) if p.exists() else {}


def _path(key: str, default: str | None = None) -> Path:
    """A path declared in params.yaml (the one place paths live)."""
    value = _params().get("paths", {}).get(key, default)
    if value is None:
        raise typer.BadParameter(f"params.yaml declares no paths.{key}: run from the repository root or pass the folder")
    return Path(value)


def _fail(err: Exception) -> None:
    typer.echo(f"error: {err}", err=True)
    raise typer.Exit(getattr(err, "exit_code", 2))


# ----------------------------------------------------------------------------- check


def check(
    directory: Optional[Path] = typer.Argument(None, help="Folder (or one file) of annotation YAML (default: params.yaml paths.annotations)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Folder of the documents' .txt files (default: params.yaml paths.seeds)."),
) -> None:
    """Validate annotation files: schema, dates, and every quote against the documents.

    Fast (no tables needed); run by the pre-commit hook and CI.

    Example: backchannel check annotations/ --corpus seeds
    """
    from .annotations import annotation_files, load_records, read_texts
    from .errors import BackchannelError

    d = directory or _path("annotations", "annotations")
    c = corpus or _path("seeds", "seeds")
    try:
        texts = read_texts(c) if Path(c).is_dir() else None
        if texts is None:
            typer.echo(f"warning: no corpus folder {c}: quotes not checked", err=True)
        recs = load_records(d, texts)
    except BackchannelError as e:
        _fail(e)
    typer.echo(f"{d}: {len(recs)} record(s) in {len(annotation_files(d))} file(s) valid")


# ----------------------------------------------------------------------------- review


def _fmt(v: Any) -> str:
    if hasattr(v, "date") and callable(v.date):
        try:
            return v.date().isoformat()
        except Exception:
            pass
    if v is None or (isinstance(v, float) and v != v):
        return "—"
    if isinstance(v, (list, tuple)) or hasattr(v, "tolist") and not isinstance(v, (str, int, float, bool)):
        return "[" + ", ".join(str(x) for x in list(v)) + "]"
    return str(v)


def review_text(doc_id: str, data: Path, texts: dict[str, str]) -> str:
    """Markdown checklist of the machine's events for one document."""
    from .errors import BackchannelError
    from .io import read_dir

    t = read_dir(data, ["events", "participants", "mediators", "mentions"])
    m = t["mentions"]
    mine = m[m["doc_id"] == doc_id]
    text = texts.get(doc_id)
    if mine.empty and text is None:
        raise BackchannelError(str(data / "mentions.parquet"), f"no document {doc_id!r} (no mentions, no text)", "use a seed file name without .txt")
    eids = list(dict.fromkeys(mine.sort_values("char_start")["event_id"]))
    out = [f"# Review {doc_id}", "", f"Data: {data}. {len(eids)} event(s) mention this document.", ""]
    ev = t["events"].set_index("event_id")
    for eid in eids:
        e = ev.loc[eid]
        status = "(verified)" if e["verified"] else "(confidence %.2f)" % e["confidence"]
        out.append(f"## {eid}  {status}")
        out.append("")
        out.append(f"> {e['summary']}")
        out.append("")
        for k in ["event_type", "format", "secrecy", "certainty", "date_start", "date_end", "date_precision", "date_edtf", "location_city", "location_country", "parties", "topics", "outcome"]:
            out.append(f"- [ ] {k}: {_fmt(e[k])}")
        out.append("")
        out.append("Evidence:")
        for r in m[m["event_id"] == eid].sort_values(["doc_id", "char_start"]).itertuples():
            here = " (this document)" if r.doc_id == doc_id else ""
            out.append(f"- {r.mention_id} {r.doc_id}[{r.char_start}:{r.char_end}]{here} rule={r.rule} conf={r.confidence:.2f}")
            out.append(f"  «{r.quote}»")
            if r.date_text is not None and r.date_text == r.date_text:
                out.append(f"  date_text: «{r.date_text}» ({r.date_calendar})")
            if r.merge_reason is not None and r.merge_reason == r.merge_reason:
                out.append(f"  merged because: {r.merge_reason}")
        for name in ("participants", "mediators"):
            rows = t[name][t[name]["event_id"] == eid]
            out.append(f"{name.capitalize()}:" + ("" if len(rows) else " none"))
            for r in rows.to_dict(orient="records"):
                extra = f"side {r['side']}, role {_fmt(r['role'])}" if name == "participants" else r["mediation_role"]
                out.append(f"- [ ] {r['actor_id']} ({_fmt(r['name'])}) «{r['name_original']}» — {extra}")
        q = m[(m["event_id"] == eid) & (m["doc_id"] == doc_id)]["quote"].iloc[0]
        short = q if len(q) <= 60 else q[:60]
        out += [
            "",
            "Fix with:",
            f"    backchannel fix {eid} --confirm --reason '…' --quote '{short}' --doc {doc_id}",
            f"    backchannel fix {eid} --set field=value --expect field=old --reason '…' --quote '…' --doc {doc_id}",
            f"    backchannel fix {eid} --reject --reason '…' --quote '…' --doc {doc_id}",
            "",
        ]
    cues = _unused_cues(doc_id, text, data)
    if cues:
        out += ["## Cues the machine saw but did not turn into events", ""]
        out += [f"- {c}" for c in cues]
        out += ["", f"Add a missed event by hand (action add_event, see docs/annotations.md).", ""]
    return "\n".join(out)


def _unused_cues(doc_id: str, text: str | None, data: Path) -> list[str]:
    if text is None:
        return []
    try:
        from .extract import DocInput
        from .extract import rules

        fn = getattr(rules, "unused_cues", None)
        if fn is None:
            return []
        lang = "fa"
        try:
            from .text import detect_lang

            lang = detect_lang(text)
        except Exception:
            pass
        found = fn(DocInput(doc_id, text, lang, None))
    except Exception:  # the extractor does not expose cues: skip
        return []
    out = []
    for c in found or []:
        if isinstance(c, dict):
            s, e = c.get("char_start"), c.get("char_end")
            out.append(f"[{s}:{e}] «{c.get('text') or c.get('cue') or (text[s:e] if s is not None else c)}»")
        elif hasattr(c, "char_start"):
            out.append(f"[{c.char_start}:{c.char_end}] «{text[c.char_start:c.char_end]}»" + (f" ({c.reason})" if getattr(c, "reason", None) else ""))
        else:
            out.append(str(c))
    return out


def review(
    doc_id: str = typer.Argument(..., help="Document id (seed file name without .txt)."),
    data: Optional[Path] = typer.Option(None, "--data", help="Tables folder (default: params.yaml paths.extracted, then paths.published)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Folder of the documents' .txt files (default: params.yaml paths.seeds)."),
) -> None:
    """Print the machine's events for one document as a checklist to review: fields, evidence quotes with offsets, participants, mediators, and ready-made `backchannel fix` commands.

    Example (doc ids are the seed file names without .txt): backchannel review <doc_id> > review.md
    """
    from .annotations import read_texts
    from .errors import BackchannelError

    if data is None:
        for key in ("extracted", "published"):
            data = _path(key)
            if (data / "events.parquet").exists():
                break
    c = corpus or _path("seeds", "seeds")
    texts = read_texts(c) if Path(c).is_dir() else {}
    try:
        typer.echo(review_text(doc_id, Path(data), texts))
    except BackchannelError as e:
        _fail(e)


# ----------------------------------------------------------------------------- fix


def _kv(items: list[str], opt: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for it in items:
        if "=" not in it:
            raise typer.BadParameter(f"{opt} {it!r}: expected field=value (e.g. secrecy=secret, parties=IRN,USA, location_city=null)")
        k, v = it.split("=", 1)
        k = k.strip()
        v = v.strip()
        if k in ("parties", "topics"):
            out[k] = [x.strip() for x in v.split(",") if x.strip()]
        elif v in ("null", "none", ""):
            out[k] = None
        else:
            out[k] = v
    return out


def _git_user() -> str | None:
    try:
        r = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5)
        return r.stdout.strip() or None
    except Exception:
        return None


def fix(
    target: str = typer.Argument(..., help="An event_id (ev_...) or a quote from --doc that lies in the event's mention."),
    set_: List[str] = typer.Option([], "--set", help="field=value to change (repeatable). Lists comma-separated: parties=IRN,USA. null clears."),
    confirm: bool = typer.Option(False, "--confirm", help="The event is right: mark it verified."),
    reject: bool = typer.Option(False, "--reject", help="Not a diplomatic contact: remove the event."),
    add_participant: Optional[str] = typer.Option(None, "--add-participant", help="actor_id of a participant to add (with --name, --side, optional --role)."),
    remove_participant: Optional[str] = typer.Option(None, "--remove-participant", help="actor_id of a participant to remove."),
    add_mediator: Optional[str] = typer.Option(None, "--add-mediator", help="actor_id of a mediator to add (with --name, --mediation-role)."),
    remove_mediator: Optional[str] = typer.Option(None, "--remove-mediator", help="actor_id of a mediator to remove."),
    name: Optional[str] = typer.Option(None, "--name", help="The actor's name exactly as written in the quote."),
    side: Optional[str] = typer.Option(None, "--side", help="ISO3 of the side the participant represented."),
    role: Optional[str] = typer.Option(None, "--role", help="The participant's title, in English."),
    mediation_role: Optional[str] = typer.Option(None, "--mediation-role", help="host | facilitator | message_carrier | guarantor."),
    reason: str = typer.Option(..., "--reason", help="Why the change is right."),
    quote: str = typer.Option(..., "--quote", help="Verbatim evidence quote from the document."),
    doc: Optional[str] = typer.Option(None, "--doc", help="Document of the quote (default: the only document containing it)."),
    annotator: Optional[str] = typer.Option(None, "--annotator", help="Your name (default: the file's annotator, then git user.name)."),
    file: Optional[Path] = typer.Option(None, "--file", help="Annotation file to append to (default: annotations/<doc>.yaml)."),
    expect: List[str] = typer.Option([], "--expect", help="field=value the event must have now (guard against stale fixes; repeatable)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Folder of the documents (default: params.yaml paths.seeds)."),
) -> None:
    """Append one correction record to an annotation file (validated exactly like `dvc repro` will).

    Examples:

      backchannel fix ev_0123456789ab --set secrecy=secret --expect secrecy=unknown --reason 'the article says the talks were secret' --quote 'مذاکرات محرمانه' --doc <doc_id>

      backchannel fix ev_0123456789ab --add-participant person:abbas-araghchi --name 'عراقچی' --side IRN --role 'Foreign Minister' --reason 'named in the text' --quote 'عراقچی در مسقط' --annotator alice
    """
    import yaml

    from .annotations import (
        RECORD_ADAPTER, SCHEMA_HEADER, AnnotationsInvalid, Quote, is_event_id, load_file, read_texts, record_to_yaml_data,
    )
    from .errors import BackchannelError

    actions = [a for a, on in (("set", bool(set_)), ("confirm", confirm), ("reject", reject), ("add_participant", bool(add_participant)),
                               ("remove_participant", bool(remove_participant)), ("add_mediator", bool(add_mediator)), ("remove_mediator", bool(remove_mediator))) if on]
    if len(actions) != 1:
        raise typer.BadParameter("give exactly one of --set, --confirm, --reject, --add-participant, --remove-participant, --add-mediator, --remove-mediator")
    action = actions[0]
    c = corpus or _path("seeds", "seeds")
    texts = read_texts(c) if Path(c).is_dir() else {}
    if doc is None:
        docs = [d for d, t in texts.items() if quote in t]
        if len(docs) != 1:
            raise typer.BadParameter(f"--quote is in {len(docs)} documents{': ' + ', '.join(docs[:5]) if docs else ''}; pass --doc")
        doc = docs[0]
    tgt: dict[str, Any] = {"event_id": target} if is_event_id(target) else {"doc_id": doc, "quote": target}
    out_file = file or Path(_path("annotations", "annotations")) / f"{doc}.yaml"
    default_ann = None
    if out_file.exists():
        try:
            default_ann = (yaml.safe_load(out_file.read_text(encoding="utf-8")) or {}).get("annotator")
        except Exception:
            default_ann = None
    ann = annotator or default_ann or _git_user()
    if not ann:
        raise typer.BadParameter("no annotator: pass --annotator NAME (or set git user.name)")
    rec: dict[str, Any] = {"action": action}
    if action != "add_event":
        rec["target"] = tgt
    if action == "set":
        rec["set"] = _kv(set_, "--set")
    elif action == "add_participant":
        rec["participant"] = {"actor_id": add_participant, "name_original": name, "side": side, **({"role": role} if role else {})}
    elif action == "remove_participant":
        rec["participant"] = {"actor_id": remove_participant}
    elif action == "add_mediator":
        rec["mediator"] = {"actor_id": add_mediator, "name_original": name, "mediation_role": mediation_role}
    elif action == "remove_mediator":
        rec["mediator"] = {"actor_id": remove_mediator, **({"mediation_role": mediation_role} if mediation_role else {})}
    if expect:
        rec["expect"] = _kv(expect, "--expect")
    rec.update({"reason": reason, "evidence": {"doc_id": doc, "quote": quote}, "annotator": ann, "date": dt.date.today().isoformat()})
    try:
        body = RECORD_ADAPTER.validate_python(rec)
    except Exception as e:  # pydantic ValidationError: same message as the file loader gives
        from .annotations import _describe_pydantic

        problem, fx = _describe_pydantic(e, None, 0) if hasattr(e, "errors") else (str(e), "")
        _fail(BackchannelError(str(out_file), f"the new record is invalid: {problem}", fx))
    data = record_to_yaml_data(body)
    data["date"] = body.date
    if default_ann and data.get("annotator") == default_ann:
        data.pop("annotator")
    item = yaml.safe_dump([data], allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
    item = "".join("  " + ln + "\n" for ln in item.splitlines())
    out_file.parent.mkdir(parents=True, exist_ok=True)
    old = out_file.read_text(encoding="utf-8") if out_file.exists() else None
    if old is None or not old.strip():
        new = f"{SCHEMA_HEADER}\nrecords:\n{item}"
    else:
        new = old if old.startswith(SCHEMA_HEADER) else f"{SCHEMA_HEADER}\n{old}"
        if not new.endswith("\n"):
            new += "\n"
        new += item
    out_file.write_text(new, encoding="utf-8")
    try:
        recs = load_file(out_file, texts or None)
    except BackchannelError as e:
        if old is None:
            out_file.unlink()
        else:
            out_file.write_text(old, encoding="utf-8")
        _fail(e if isinstance(e, AnnotationsInvalid) else e)
    typer.echo(f"appended {recs[-1].record_id} ({action}) to {out_file} at line {recs[-1].line}")


def register(app: typer.Typer) -> None:
    app.command("review")(review)
    app.command("fix")(fix)
    app.command("check")(check)
