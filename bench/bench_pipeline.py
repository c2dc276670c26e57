"""Time the whole pipeline on the seeds (run on demand): `dvc repro --force` and a no-op `dvc repro`,
in a scratch copy of the project so the working tree is untouched.

    python bench/bench_pipeline.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPY = ["dvc.yaml", "params.yaml", "schemas", "seeds", "annotations", "pipeline", "reports", "registry", "releases", "tests/golden", "tests/heldout"]


def sh(cmd: list[str], cwd: Path) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, env={**os.environ, "DVC_NO_ANALYTICS": "1"})
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for name in COPY:
            src = ROOT / name
            (shutil.copytree(src, d / name, ignore=shutil.ignore_patterns("__pycache__")) if src.is_dir() else shutil.copy2(src, d / name))
        sh(["git", "init", "-q"], d)
        sh(["dvc", "init", "-q"], d)
        sh(["dvc", "repro", "-q"], d)  # warm-up (imports, caches)
        full = [sh(["dvc", "repro", "--force", "-q"], d) for _ in range(a.runs)]
        noop = [sh(["dvc", "repro", "-q"], d) for _ in range(a.runs)]
    print(f"dvc repro --force (5 stages + evaluate): best {min(full):.2f} s, median {sorted(full)[len(full) // 2]:.2f} s")
    print(f"no-op dvc repro:                         best {min(noop):.2f} s, median {sorted(noop)[len(noop) // 2]:.2f} s")


if __name__ == "__main__":
    main()
