"""Quality commands for the ``backchannel`` CLI (registered by pipeline/cli.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("site")
    def site(
        data_dir: Path = typer.Argument(..., help="Published folder (the *.parquet tables and quality.json)."),
        out: Optional[Path] = typer.Option(None, help="HTML file to write (default: DATA_DIR/site/index.html)."),
        version: str = typer.Option("", help="Dataset version shown on the page (default: params.yaml `version`)."),
    ) -> None:
        """Rebuild the static dataset page from a published folder (the publish stage does this too).

        Example: backchannel site data/published --out /tmp/index.html
        """
        from .errors import BackchannelError
        from .io import read_dir
        from .runner import PUBLISHED_TABLES
        from .site import build_site

        try:
            tables = read_dir(data_dir, PUBLISHED_TABLES)
        except BackchannelError as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(e.exit_code)
        qf = Path(data_dir) / "quality.json"
        quality = json.loads(qf.read_text(encoding="utf-8")) if qf.exists() else {}
        if not version:
            from . import __version__

            version = __version__
            if Path("params.yaml").exists():
                import yaml

                version = str((yaml.safe_load(Path("params.yaml").read_text(encoding="utf-8")) or {}).get("version") or version)
        target = out or Path(data_dir) / "site" / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(build_site(tables, quality, version))
        typer.echo(str(target))
