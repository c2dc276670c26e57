"""The static dataset page: one self-contained HTML file (no network, deterministic bytes).

:func:`build_site` returns the bytes of ``<published>/site/index.html``: what the
dataset is, a timeline of contacts by year coloured by mediator (inline SVG made
here), a searchable table of events with their evidence quotes (filled by a small
inline script from JSON embedded in the page), the quality summary and links to
the Parquet files (``../<table>.parquet``).

Everything that comes from the data is untrusted: text rendered here goes through
:func:`html.escape`; the JSON block escapes ``<``, ``>`` and ``&`` so no quote can
close the ``<script>`` element, and the script only ever sets ``textContent``.
"""

from __future__ import annotations

import html
import json
from typing import Any

import pandas as pd

from .quality import NO_MEDIATOR, mediator_labels, plot_tables

DOWNLOADS = ["events", "participants", "mediators", "mentions", "documents", "actors", "corrections_log"]
PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#882255", "#44AA99", "#999933", "#332288", "#AA4499"]
NO_MEDIATOR_COLOUR = "#B8B8B8"

_CSS = """
:root{--fg:#1b1f24;--muted:#5b6470;--line:#d8dde3;--bg:#fff;--accent:#0b5cad}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic","Vazirmatn",sans-serif;color:var(--fg);background:var(--bg);margin:0}
main{max-width:1100px;margin:0 auto;padding:1.5rem}
h1{margin:.2rem 0 .4rem;font-size:1.8rem}h2{margin-top:2.2rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
.muted{color:var(--muted)}.stats{display:flex;flex-wrap:wrap;gap:1.5rem;margin:1rem 0}
.stats div{min-width:7rem}.stats b{display:block;font-size:1.5rem}
a{color:var(--accent)}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f6f8;position:sticky;top:0}
#events td.q q{display:block;margin:.15rem 0;quotes:none;font-family:"Noto Naskh Arabic","Vazirmatn",serif}
#events td.q small{color:var(--muted)}
#events td:first-child{white-space:nowrap}
#filter{width:100%;max-width:32rem;padding:.45rem .6rem;font-size:1rem;border:1px solid var(--line);border-radius:4px}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.4rem 0;font-size:.85rem;list-style:none;padding:0}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px;border-radius:2px}
.chart{overflow-x:auto}.chart svg{max-width:100%;height:auto}
.ok{color:#1a7f37}.warn{color:#9a6700}.bad{color:#cf222e}
.kv td:first-child{width:16rem;color:var(--muted)}
"""

_JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("bc-data").textContent);
  var body = document.getElementById("events-body");
  var input = document.getElementById("filter");
  var count = document.getElementById("count");
  function cell(tr, text, cls) {
    var td = document.createElement("td");
    td.textContent = text == null ? "" : String(text);
    td.dir = "auto";
    if (cls) td.className = cls;
    tr.appendChild(td);
    return td;
  }
  var rows = data.events.map(function (e) {
    var tr = document.createElement("tr");
    tr.id = e.id;
    cell(tr, e.date);
    cell(tr, e.type + (e.certainty !== "reported" ? " (" + e.certainty + ")" : ""));
    cell(tr, e.parties);
    cell(tr, e.mediators);
    cell(tr, e.location);
    var s = cell(tr, e.summary);
    var id = document.createElement("small");
    id.className = "muted";
    id.textContent = " " + e.id + (e.verified ? " \\u2713 verified" : "");
    s.appendChild(id);
    var q = cell(tr, "", "q");
    e.quotes.forEach(function (m) {
      var el = document.createElement("q");
      el.textContent = m[0];
      el.setAttribute("dir", "rtl");
      el.setAttribute("lang", m[1]);
      q.appendChild(el);
      var src = document.createElement("small");
      src.textContent = m[2];
      q.appendChild(src);
    });
    tr.dataset.search = [e.id, e.date, e.type, e.certainty, e.parties, e.mediators, e.location, e.summary,
      e.quotes.map(function (m) { return m[0] + " " + m[2]; }).join(" ")].join(" ").toLowerCase();
    body.appendChild(tr);
    return tr;
  });
  function apply() {
    var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var n = 0;
    rows.forEach(function (tr) {
      var hay = tr.dataset.search;
      var show = words.every(function (w) { return hay.indexOf(w) >= 0; });
      tr.hidden = !show;
      if (show) n++;
    });
    count.textContent = n + " of " + rows.length + " events";
  }
  input.addEventListener("input", apply);
  if (location.hash.length > 1) { input.value = decodeURIComponent(location.hash.slice(1)); }
  apply();
})();
"""


def _e(v: Any) -> str:
    return html.escape("" if v is None else str(v), quote=True)


def _json_for_script(obj: Any) -> str:
    """JSON that is safe inside <script type="application/json">: no '<', '>' or '&' survives raw."""
    s = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _fmt_date(v: Any) -> str:
    return "" if v is None or pd.isna(v) else pd.Timestamp(v).date().isoformat()


def mediator_colours(by_year: pd.DataFrame) -> dict[str, str]:
    """Deterministic colour per mediator label: most frequent first, ties by name; grey for none."""
    totals = by_year.groupby("mediator")["n"].sum() if len(by_year) else pd.Series(dtype="int64")
    order = sorted((m for m in totals.index if m != NO_MEDIATOR), key=lambda m: (-int(totals[m]), m))
    out = {m: PALETTE[i % len(PALETTE)] for i, m in enumerate(order)}
    if NO_MEDIATOR in totals.index:
        out[NO_MEDIATOR] = NO_MEDIATOR_COLOUR
    return out


def timeline_svg(by_year: pd.DataFrame, colours: dict[str, str]) -> str:
    """Stacked bars: events per year (an event with two mediators counts once for each)."""
    w, h, left, right, top, bottom = 860, 280, 40, 10, 10, 34
    if by_year.empty:
        return f'<svg id="timeline" xmlns="http://www.w3.org/2000/svg" width="{w}" height="60" role="img" aria-label="No events"><text x="10" y="35">No events</text></svg>'
    y0, y1 = int(by_year["year"].min()), int(by_year["year"].max())
    years = list(range(y0, y1 + 1))
    totals = by_year.groupby("year")["n"].sum()
    ymax = max(1, int(totals.max()))
    step = max(1, -(-ymax // 5))
    ticks = list(range(0, ymax + step, step))
    ytop = ticks[-1]
    pw, ph = w - left - right, h - top - bottom
    bw = pw / len(years)
    order = list(colours)
    parts = [
        f'<svg id="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
        f'aria-label="Contacts by year, coloured by mediator" font-size="11" font-family="system-ui,sans-serif">'
    ]
    for t in ticks:
        y = top + ph - ph * t / ytop
        parts.append(f'<line x1="{left}" x2="{w - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e7eb"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#5b6470">{t}</text>')
    label_every = 1 if len(years) <= 20 else (2 if len(years) <= 40 else 5)
    for i, yr in enumerate(years):
        x = left + i * bw
        sub = by_year[by_year["year"] == yr]
        counts = dict(zip(sub["mediator"], sub["n"]))
        base = 0
        for m in order:
            n = int(counts.get(m, 0))
            if not n:
                continue
            y = top + ph - ph * (base + n) / ytop
            hh = ph * n / ytop
            parts.append(
                f'<rect class="bar" x="{x + bw * 0.12:.1f}" y="{y:.1f}" width="{bw * 0.76:.1f}" height="{hh:.1f}" fill="{colours[m]}">'
                f"<title>{yr} · {_e(m)}: {n}</title></rect>"
            )
            base += n
        if yr % label_every == 0 or label_every == 1:
            parts.append(f'<text x="{x + bw / 2:.1f}" y="{h - bottom + 15}" text-anchor="middle" fill="#5b6470">{yr}</text>')
    parts.append(f'<line x1="{left}" x2="{w - right}" y1="{top + ph}" y2="{top + ph}" stroke="#5b6470"/>')
    parts.append("</svg>")
    return "".join(parts)


def _events_json(tables: dict[str, pd.DataFrame]) -> list[dict[str, Any]]:
    ev = tables["events"].sort_values(["date_start", "event_id"], kind="mergesort")
    labels = mediator_labels(tables)
    mn = tables.get("mentions")
    docs = tables.get("documents")
    lang = dict(zip(docs["doc_id"], docs["lang"])) if docs is not None else {}
    quotes: dict[str, list[list[str]]] = {}
    if mn is not None:
        for r in mn.sort_values(["event_id", "doc_id", "char_start", "mention_id"], kind="mergesort").itertuples(index=False):
            quotes.setdefault(r.event_id, []).append([str(r.quote), str(lang.get(r.doc_id) or ""), str(r.doc_id)])
    out = []
    for r in ev.itertuples(index=False):
        loc = ", ".join(str(x) for x in (r.location_city, r.location_country) if isinstance(x, str) and x)
        out.append(
            {
                "id": r.event_id,
                "date": r.date_edtf or _fmt_date(r.date_start),
                "type": r.event_type,
                "certainty": r.certainty,
                "parties": " – ".join(list(r.parties) if r.parties is not None else []),
                "mediators": ", ".join(labels.get(r.event_id, [])),
                "location": loc,
                "summary": r.summary,
                "verified": bool(r.verified),
                "quotes": quotes.get(r.event_id, []),
            }
        )
    return out


def _pct(v: Any) -> str:
    try:
        return f"{100 * float(v):.1f} %"
    except (TypeError, ValueError):
        return "–"


def _quality_html(q: dict[str, Any]) -> str:
    rows = q.get("rows") or {}
    shares = q.get("shares") or {}
    quar = q.get("quarantined") or {}
    exp = q.get("expectations") or {}
    out = ['<table class="kv"><tbody>']
    for k in sorted(rows):
        out.append(f"<tr><td>rows in <code>{_e(k)}</code></td><td>{_e(rows[k])}</td></tr>")
    names = {"day_precision": "events dated to the day", "with_location": "events with a location", "with_mediator": "events with a mediator", "verified": "events verified by a person"}
    for k in sorted(shares):
        out.append(f"<tr><td>{_e(names.get(k, k))}</td><td>{_pct(shares[k])}</td></tr>")
    out.append(f"<tr><td>rows quarantined</td><td>{_e(quar.get('total', 0))}")
    by = quar.get("by_check") or quar.get("by_table") or {}
    if by:
        out.append(" (" + ", ".join(f"{_e(k)}: {_e(v)}" for k, v in sorted(by.items())) + ")")
    out.append("</td></tr>")
    if exp:
        failed = exp.get("failed") or {}
        crit, warn = int(failed.get("critical", 0)), int(failed.get("warning", 0))
        cls = "bad" if crit else ("warn" if warn else "ok")
        out.append(
            f'<tr><td>Great Expectations checks</td><td class="{cls}">{_e(exp.get("passed", 0))} of {_e(exp.get("n", 0))} passed'
            f"; failed: {crit} critical, {warn} warning</td></tr>"
        )
        fc = exp.get("failed_checks") or []
        if fc:
            out.append("<tr><td>failed checks</td><td>" + "<br>".join(_e(x) for x in fc) + "</td></tr>")
    fl = q.get("failures") or []
    if fl:
        out.append("<tr><td>row-level failures (quarantined)</td><td>" + "<br>".join(_e(x) for x in fl) + "</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def build_site(tables: dict[str, pd.DataFrame], quality: dict, version: str) -> bytes:
    """The dataset page as deterministic UTF-8 bytes (same inputs, same bytes)."""
    ev = tables["events"]
    plots = plot_tables(tables)
    by_year = plots["events_by_year"]
    colours = mediator_colours(by_year)
    events = _events_json(tables)
    n_docs = len(tables["documents"]) if "documents" in tables else 0
    n_mn = len(tables["mentions"]) if "mentions" in tables else 0
    span = ""
    if len(ev) and ev["date_start"].notna().any():
        span = f"{int(ev['date_start'].min().year)}–{int(ev['date_start'].max().year)}"
    legend = "".join(
        f'<li><span style="background:{c}"></span>{_e(m)} ({int(by_year.loc[by_year["mediator"] == m, "n"].sum())})</li>'
        for m, c in colours.items()
    )
    downloads = "".join(
        f'<li><a href="../{t}.parquet" download><code>{t}.parquet</code></a>'
        f'{" – " + _e(len(tables[t])) + " rows" if t in tables else ""}</li>'
        for t in DOWNLOADS
    )
    stats = "".join(
        f"<div><b>{_e(v)}</b>{_e(k)}</div>"
        for k, v in [("contacts", len(ev)), ("evidence quotes", n_mn), ("source documents", n_docs), ("years", span or "–")]
    )
    v = _e(version)
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Backchannel {v} – mediated Iran–US diplomatic contacts</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<header>
<p class="muted">Open dataset · version {v}</p>
<h1>Backchannel: mediated Iran–US diplomatic contacts</h1>
<p>Backchannel records contacts between Iran and the United States – talks, meetings, visits, exchanges of messages,
agreements and prisoner releases – with the third parties that hosted, facilitated, carried messages for or guaranteed them.
Every row is extracted from Arabic and Persian news text by a reproducible pipeline and backed by evidence:
the exact quote, with its offsets in the source document. Persons may have verified or corrected rows; those rows are marked verified.</p>
<div class="stats">{stats}</div>
</header>

<section id="timeline-section">
<h2>Contacts by year</h2>
<p class="muted">Bars are stacked by mediator; an event with two mediators counts once for each.</p>
<ul class="legend">{legend}</ul>
<div class="chart">{timeline_svg(by_year, colours)}</div>
</section>

<section id="events-section">
<h2>Events</h2>
<p><label for="filter">Search (any words, in English, Arabic or Persian; a URL <code>#word</code> pre-fills it): </label><br>
<input id="filter" type="search" placeholder="e.g. Oman nuclear 2013" autocomplete="off" dir="auto"> <span id="count" class="muted"></span></p>
<noscript><p>The table is filled by a small script; without JavaScript, download <code>events.parquet</code> and <code>mentions.parquet</code> below.</p></noscript>
<div style="overflow-x:auto">
<table id="events">
<thead><tr><th>date (EDTF)</th><th>type</th><th>parties</th><th>mediators</th><th>location</th><th>summary</th><th>evidence</th></tr></thead>
<tbody id="events-body"></tbody>
</table>
</div>
</section>

<section id="quality">
<h2>Data quality</h2>
{_quality_html(quality)}
<p class="muted">Full report: <a href="../quality.json"><code>quality.json</code></a>. Checks are described in <code>docs/quality.md</code>.</p>
</section>

<section id="downloads">
<h2>Download</h2>
<ul>{downloads}<li><a href="../quality.json"><code>quality.json</code></a> – quality report</li></ul>
<p class="muted">Apache Parquet files; column descriptions are stored in each file's metadata and in <code>docs/data-dictionary.md</code>.</p>
</section>
</main>
<script type="application/json" id="bc-data">{_json_for_script({"version": str(version), "events": events})}</script>
<script>{_JS}</script>
</body>
</html>
"""
    return doc.encode("utf-8")
