"""Release commands: ``backchannel release`` and ``backchannel metadata`` (registered by pipeline/cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def release(
        major: bool = typer.Option(False, "--major", help="Schema change (renamed/removed column, changed type or meaning)."),
        minor: bool = typer.Option(False, "--minor", help="New data (new events or documents)."),
        patch: bool = typer.Option(False, "--patch", help="Corrections only."),
        dry_run: bool = typer.Option(False, "--dry-run", help="Build, validate and print the plan and changelog entry; change nothing."),
        date: Optional[str] = typer.Option(None, "--date", help="Release date YYYY-MM-DD (default: today)."),
        no_push: bool = typer.Option(False, "--no-push", help="Skip `dvc push` (for local trials only)."),
    ) -> None:
        """Cut a dataset release: build, validate, diff, bump params.yaml, metadata, registry, CHANGELOG, dvc push, git commit + tag.

        Without a level flag the level is detected (major for an incompatible schema change, minor for new events or
        documents, patch for corrections); a flag smaller than the detected level is refused.

        Examples:

          backchannel release --dry-run

          backchannel release --patch
        """
        import datetime as dt

        from .release import ReleaseError
        from .release import release as run

        levels = [n for n, f in (("major", major), ("minor", minor), ("patch", patch)) if f]
        if len(levels) > 1:
            typer.echo("error: pass at most one of --major, --minor, --patch", err=True)
            raise typer.Exit(2)
        if date:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                typer.echo(f"error: --date {date!r} is not YYYY-MM-DD", err=True)
                raise typer.Exit(2)
        try:
            run(Path("."), levels[0] if levels else None, dry_run=dry_run, date=date, push=not no_push, echo=typer.echo)
        except ReleaseError as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(1)

    @app.command()
    def metadata(
        published: Optional[Path] = typer.Option(None, "--published", help="Published folder (default: params.yaml paths.published)."),
        params_file: Path = typer.Option(Path("params.yaml"), "--params", help="params.yaml with version and release_date."),
    ) -> None:
        """Write changes.parquet (diff against the previous release) and the metadata files into the published folder.

        Run by the publish stage of dvc.yaml; deterministic (the date comes from params.yaml).

        Example: backchannel metadata --published data/published
        """
        from .release import finalize_published, read_params

        if not params_file.exists():
            typer.echo(f"error: {params_file}: no such file; run from the repository root", err=True)
            raise typer.Exit(2)
        d = published or Path(read_params(params_file)["paths"]["published"])
        if not (d / "events.parquet").exists():
            typer.echo(f"error: {d}/events.parquet missing; run the publish stage first", err=True)
            raise typer.Exit(2)
        finalize_published(d, params_file)
        typer.echo(f"{d}: changes.parquet and metadata written")
