"""End to end: `dvc repro` in a scratch copy of the project builds valid, deterministic tables."""

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.contract import load_contract

pytestmark = pytest.mark.e2e

COPY = ["dvc.yaml", "params.yaml", "schemas", "seeds", "annotations", "pipeline", "reports", "registry", "releases", "tests/golden", "tests/heldout"]


def sh(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env={**os.environ, "DVC_NO_ANALYTICS": "1"})
    assert r.returncode == 0, f"{cmd}: {r.stdout}\n{r.stderr}"
    return r.stdout


@pytest.fixture(scope="module")
def project(tmp_path_factory, root):
    if shutil.which("dvc") is None or shutil.which("backchannel") is None:
        pytest.skip("dvc and backchannel must be installed (pip install -e .)")
    d = tmp_path_factory.mktemp("project")
    for name in COPY:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, d / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif src.exists():
            shutil.copy2(src, d / name)
    sh(["git", "init", "-q"], d)
    sh(["dvc", "init", "-q"], d)
    sh(["dvc", "config", "core.analytics", "false"], d)
    sh(["dvc", "repro"], d)
    return d


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.parquet"))}


def test_repro_publishes_every_table(project):
    pub = project / "data" / "published"
    assert sorted(p.stem for p in pub.glob("*.parquet")) == sorted(load_contract().published)
    assert (pub / "quality.json").exists()


def test_published_tables_validate_with_quotes_checked(project):
    r = subprocess.run(["backchannel", "validate", str(project / "data" / "published"), "--corpus", str(project / "seeds")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_noop_repro_changes_nothing_and_force_is_byte_identical(project):
    pub = project / "data" / "published"
    before = digests(pub)
    out = sh(["dvc", "repro"], project)
    assert "didn't change" in out or "up to date" in out.lower() or "Stage" in out
    sh(["dvc", "repro", "--force", "--quiet"], project)
    assert digests(pub) == before
    status = sh(["dvc", "status"], project)
    assert "changed" not in status


def test_broken_seed_stops_the_build_with_the_file_named(project, tmp_path):
    d = tmp_path / "broken"
    shutil.copytree(project, d, ignore=shutil.ignore_patterns(".dvc"))
    sh(["dvc", "init", "-q", "--force"], d)
    victim = sorted((d / "seeds").glob("*.txt"))[0]
    victim.write_bytes(victim.read_bytes() + b"!")
    pub_before = digests(d / "data" / "published")
    r = subprocess.run(["dvc", "repro", "--quiet"], cwd=d, capture_output=True, text=True)
    assert r.returncode != 0
    assert victim.name in (r.stdout + r.stderr)
    assert digests(d / "data" / "published") == pub_before
