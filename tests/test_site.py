"""The static dataset page: escaping, determinism, size, and a real render in headless Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_quality import make_tables  # noqa: E402  (the shared small valid dataset)

from pipeline.site import build_site  # noqa: E402

XSS = "<script>alert(1)</script>"
QUALITY = {
    "rows": {"events": 100, "mentions": 100},
    "shares": {"day_precision": 0.34, "with_location": 0.25, "with_mediator": 0.75, "verified": 0.25},
    "quarantined": {"total": 2, "by_table": {"events": 1, "mentions": 1}, "by_check": {"events.allowed:event_type": 1, "mentions.parent_quarantined": 1}},
    "failures": ["critical:events.allowed:event_type"],
    "expectations": {"n": 140, "passed": 139, "failed": {"critical": 0, "warning": 1}, "failed_checks": ["warning:events.share:day_precision"], "success": True},
}


@pytest.fixture(scope="module")
def site():
    t, _ = make_tables(100, quote=f"قال {XSS} المتحدث")
    return t, build_site(t, QUALITY, "0.1.0")


def test_quotes_are_escaped(site):
    _, page = site
    text = page.decode("utf-8")
    # the only raw <script> tags are the page's own two
    assert XSS not in text
    assert text.count("<script") == 2
    assert "alert(1)" in text  # the quote is there, escaped inside the JSON block
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in text
    data = re.search(r'<script type="application/json" id="bc-data">(.*?)</script>', text, re.S).group(1)
    assert "</" not in data and "<" not in data
    parsed = json.loads(data)
    assert parsed["events"][0]["quotes"][0][0] == f"قال {XSS} المتحدث"


def test_text_rendered_in_python_is_html_escaped():
    t, _ = make_tables(4)
    t["mediators"].loc[0, "country"] = None
    t["mediators"].loc[0, "name"] = '<b onclick="x">Evil & Co</b>'
    page = build_site(t, {**QUALITY, "failures": ["<img src=x onerror=alert(1)>"]}, '0.1.0"><script>').decode()
    assert '<b onclick="x">' not in page and "&lt;b onclick=&quot;x&quot;&gt;Evil &amp; Co&lt;/b&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert '0.1.0"><script>' not in page


def test_deterministic_self_contained_and_small(site):
    t, page = site
    assert build_site(t, QUALITY, "0.1.0") == page
    assert len(page) < 300_000, f"{len(page)} bytes"
    text = page.decode()
    # no network: nothing is fetched from anywhere (links to ../*.parquet are downloads, not fetches)
    assert not re.search(r'(src|href)\s*=\s*"(https?:)?//', text)
    assert "@import" not in text and "fetch(" not in text
    for name in ("events", "mentions", "participants", "mediators", "documents", "actors"):
        assert f'href="../{name}.parquet"' in text
    assert '<svg id="timeline"' in text and 'class="bar"' in text
    assert 'dir="auto"' in text and '"rtl"' in text
    assert "1 critical" not in text and "139 of 140 passed" in text


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        p = shutil.which(name)
        if p:
            return p
    return None


@pytest.mark.skipif(_chromium() is None, reason="headless Chromium not installed (as root: apt-get update && apt-get install -y chromium); .ci/run installs it")
def test_renders_in_headless_chromium(site, tmp_path):
    _, page = site
    f = tmp_path / "site" / "index.html"
    f.parent.mkdir()
    f.write_bytes(page)
    f.with_name("index.html")
    cmd = [
        _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000", "--dump-dom", f.as_uri(),
    ]
    env = dict(os.environ, HOME=str(tmp_path))
    r = subprocess.run(cmd, capture_output=True, timeout=90, env=env)
    dom = r.stdout.decode("utf-8", "replace")
    assert r.returncode == 0 and "</html>" in dom, r.stderr.decode("utf-8", "replace")[-2000:]
    body = dom.split('<tbody id="events-body">', 1)[1].split("</tbody>", 1)[0]
    assert body.count("<tr ") == 100, "the script did not fill the events table"
    assert 'id="ev_000000000000"' in body
    assert '<q dir="rtl" lang="ar">' in body
    # the untrusted quote is text in the DOM, never markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>alert(1)" not in body
    assert '<svg id="timeline"' in dom and dom.count('class="bar"') >= 4
    assert re.search(r'<span id="count"[^>]*>100 of 100 events</span>', dom)
