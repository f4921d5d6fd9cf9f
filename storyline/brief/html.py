"""Render a briefing as one self-contained HTML file: inline CSS, JS and SVG, no network, phone-friendly.

Every shown sentence is a cited span; its citation button opens the source article in a dialog with
the cited words highlighted (the article texts travel inside the file as JSON).
"""

from __future__ import annotations

import json
import math
from datetime import date
from html import escape
from typing import Any

from storyline.brief.model import Briefing
from storyline.brief.render import count, quote_citations, quote_text, source_label, timeline_note
from storyline.timex.calendar import when_label

QUOTES_SHOWN = 3  # per speaker and kind; the rest fold away so an actor card stays readable on a phone
CELL_SOURCES_SHOWN = 2  # per positions cell (the latest); earlier ones fold away

_CSS = """
:root{--ink:#1d232a;--muted:#5b6570;--line:#d9dee3;--bg:#fbfbfa;--accent:#1f5f8b;--new:#2e7d32;--warn:#b3261e;--mark:#ffe58a}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:980px;margin:0 auto;padding:16px}
h1{font-size:1.45rem;line-height:1.3;margin:.2em 0 .3em}
h2{font-size:1.15rem;margin:1.8em 0 .6em;padding-bottom:.2em;border-bottom:2px solid var(--line)}
h3{font-size:1rem;margin:1em 0 .3em}
.meta{color:var(--muted);font-size:.9rem}
nav{position:sticky;top:0;background:var(--bg);border-bottom:1px solid var(--line);padding:6px 0;z-index:2;overflow-x:auto;white-space:nowrap}
nav a{color:var(--accent);text-decoration:none;margin-right:14px;font-size:.92rem}
ul.statements{list-style:none;padding:0;margin:0}
ul.statements li{margin:.45em 0;padding:.4em .6em;background:#fff;border:1px solid var(--line);border-radius:6px}
.stmt{quotes:none}
.lang{display:inline-block;font-size:.72rem;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 4px;margin-left:4px}
button.cite{font:inherit;font-size:.78rem;color:var(--accent);background:#eef4f8;border:1px solid #c9dbe8;border-radius:10px;padding:0 7px;margin:2px 2px 0 0;cursor:pointer}
button.cite:hover,button.cite:focus{background:#d8e8f3}
.badge{display:inline-block;font-size:.75rem;font-weight:600;border-radius:4px;padding:1px 6px;margin-right:6px;color:#fff;background:var(--muted)}
.b-corroborated{background:var(--new)}.b-contradicted{background:var(--warn)}.b-single-source{background:#7a6a2b}
.s-supports{background:#2e7d32}.s-opposes{background:#b3261e}.s-demands{background:#8e44ad}.s-conditions{background:#c77700}.s-undecided{background:#5b6570}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:10px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px}
.card h3{margin-top:0}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table.grid{border-collapse:collapse;min-width:560px;background:#fff}
table.grid th,table.grid td{border:1px solid var(--line);padding:6px;vertical-align:top;font-size:.9rem}
table.grid th{background:#f1f3f5;text-align:left}
table.grid td{min-width:120px;max-width:220px}
table.grid .meta{font-size:.78rem;line-height:1.3}
#positions .scroll{width:min(1260px,calc(100vw - 24px));margin-left:calc(50% - min(630px,50vw - 12px))}
table.grid tbody th{position:sticky;left:0;z-index:1}
table.grid details summary{font-size:.78rem;color:var(--muted);cursor:pointer}
svg{max-width:100%;height:auto;display:block}
svg text{font-family:inherit}
.event{margin:.6em 0 1em}
.event h3 .meta{font-weight:normal}
dialog{max-width:min(760px,94vw);width:100%;border:1px solid var(--line);border-radius:10px;padding:0}
dialog::backdrop{background:rgba(0,0,0,.35)}
dialog header{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:10px 14px}
dialog .text{padding:12px 14px;white-space:pre-wrap;max-height:70vh;overflow:auto}
dialog mark{background:var(--mark);padding:0 1px}
dialog button.close{float:right;font:inherit;border:1px solid var(--line);background:#fff;border-radius:6px;cursor:pointer}
.note{color:var(--muted);font-style:italic}
q.evidence{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden;font-size:.8rem;color:var(--muted);margin:4px 0}
@media (max-width:600px){body{font-size:15px}main{padding:10px}h1{font-size:1.2rem}
#positions .scroll{width:auto;margin-left:0}
table.grid{min-width:0;width:100%}table.grid thead{display:none}
table.grid,table.grid tbody,table.grid tr,table.grid th,table.grid td{display:block;max-width:none}
table.grid tr{margin-bottom:12px;border:1px solid var(--line);border-radius:8px;overflow:hidden}
table.grid tbody th{position:static;font-size:1rem}table.grid td{border-width:1px 0 0}
table.grid td.empty{display:none}
table.grid td::before{content:attr(data-issue);display:block;font-weight:600;font-size:.85rem;margin-bottom:2px}}
"""

_JS = """
(function(){
  var data=JSON.parse(document.getElementById('articles').textContent);
  var dlg=document.getElementById('source');
  var body=dlg.querySelector('.text'), head=dlg.querySelector('.head');
  function show(id,s,e){
    var a=data[id]; if(!a){return;}
    head.textContent=(a.outlet||'unknown outlet')+' · '+(a.published?a.published.slice(0,10):'undated')+' · '+(a.language||'?')+(a.title?' — '+a.title:'');
    body.textContent='';
    body.appendChild(document.createTextNode(a.text.slice(0,s)));
    var m=document.createElement('mark'); m.textContent=a.text.slice(s,e); body.appendChild(m);
    body.appendChild(document.createTextNode(a.text.slice(e)));
    if(typeof dlg.showModal==='function'){dlg.showModal();}else{dlg.setAttribute('open','');}
    m.scrollIntoView({block:'center'});
  }
  document.addEventListener('click',function(ev){
    var b=ev.target.closest('button.cite');
    if(b){ev.preventDefault();show(b.dataset.a,+b.dataset.s,+b.dataset.e);}
  });
  dlg.querySelector('button.close').addEventListener('click',function(){dlg.close();});
})();
"""


def _cite(c: dict[str, Any]) -> str:
    label = f"{c.get('outlet') or 'unknown outlet'} · {c.get('published') or 'undated'}"
    return (
        f'<button class="cite" type="button" data-a="{escape(c["article_id"])}" data-s="{c["start"]}" '
        f'data-e="{c["end"]}" title="open the source passage">{escape(label)}</button>'
    )


def _statement(st: dict[str, Any], label: str | None = None) -> str:
    c = st["citation"]
    lang = escape(c.get("language") or "")
    cites = "".join(_cite(x) for x in [c, *st.get("also", [])])
    tag = f'<span class="lang">{escape(label or lang)}</span>' if (label or lang) else ""
    return f'<li><q class="stmt" lang="{lang}">{escape(c["text"])}</q>{tag}<br>{cites}</li>'


def _statements(items: list[dict[str, Any]], labelled: bool = False) -> str:
    return (
        '<ul class="statements">'
        + "".join(_statement(s, s.get("label") if labelled else None) for s in items)
        + "</ul>"
    )


def _coverage_svg(cells: list[dict[str, Any]], what: str) -> str:
    days = sorted({c["day"] for c in cells})
    keys = sorted({c["key"] for c in cells})
    if not days:
        return ""
    cw = max(8, min(40, 560 // max(1, len(days))))
    left, rh = 150, 18
    width, height = left + cw * len(days) + 10, 24 + rh * len(keys) + 20
    top = max(c["articles"] for c in cells)
    parts = [f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="coverage by {what} and day">']
    for r, key in enumerate(keys):
        y = 20 + r * rh
        parts.append(f'<text x="{left - 6}" y="{y + 13}" font-size="11" text-anchor="end">{escape(key[:24])}</text>')
    for c in cells:
        x, y = left + days.index(c["day"]) * cw, 20 + keys.index(c["key"]) * rh
        op = 0.25 + 0.75 * c["articles"] / top
        parts.append(
            f'<rect x="{x + 1}" y="{y + 1}" width="{cw - 2}" height="{rh - 2}" fill="#1f5f8b" opacity="{op:.2f}">'
            f"<title>{escape(c['key'])} {escape(c['day'])}: {c['articles']} article(s)</title></rect>"
        )
    for i in sorted({0, len(days) - 1}):
        parts.append(f'<text x="{left + i * cw}" y="14" font-size="10">{escape(days[i])}</text>')
    parts.append("</svg>")
    return "".join(parts)


# Granularities a timeline's axis is drawn for: coarser dates ("last year", "in March") are context, and
# one of them months away must not squeeze the story's days into a blob at one end of the axis.
_FINE = frozenset({"day", "weekend", "week"})
_FOCUS_MARGIN_DAYS = 3


def _timeline_svg(events: list[dict[str, Any]]) -> str:
    """The events on a time axis spanning the story's dated days; earlier or later context sits beyond a
    break at either end. Fine dates are filled dots, coarse ones (month, year) hollow."""
    if not events:
        return ""
    days = [date.fromisoformat(e.get("start") or e["date"][:10]) for e in events]
    fine = [d for e, d in zip(events, days, strict=True) if e.get("granularity") in _FINE] or days
    lo = min(fine).toordinal() - _FOCUS_MARGIN_DAYS
    hi = max(fine).toordinal() + _FOCUS_MARGIN_DAYS
    width, pad, gutter = 720, 40, 70
    before = any(d.toordinal() < lo for d in days)
    after = any(d.toordinal() > hi for d in days)
    x0 = pad + (gutter if before else 0)
    x1 = width - pad - (gutter if after else 0)
    parts = [f'<svg viewBox="0 0 {width} 110" role="img" aria-label="timeline">']
    parts.append(f'<line x1="{x0}" y1="60" x2="{x1}" y2="60" stroke="#9aa5b1" stroke-width="2"/>')
    for shown, x_break, x_end in ((before, x0, pad), (after, x1, width - pad)):
        if shown:  # a dashed stretch: time passes here that the axis does not draw to scale
            parts.append(
                f'<line x1="{x_end}" y1="60" x2="{x_break}" y2="60" stroke="#9aa5b1" stroke-width="2" '
                'stroke-dasharray="4 4"/>'
            )
    row_ends = {30: -999.0, 95: -999.0}  # right edge of the last label above and below the axis
    for i, (e, d) in enumerate(zip(events, days, strict=True)):
        t = d.toordinal()
        if t < lo:
            x = pad + 12.0
        elif t > hi:
            x = width - pad - 12.0
        else:
            x = x0 + (x1 - x0) * (t - lo) / max(1, hi - lo)
        n = sum(1 + len(s.get("also", [])) for s in e["statements"])
        r = 5 + min(9, 2 * n)
        label = when_label(e["date"])
        style = 'fill="#1f5f8b"' if e.get("granularity") in _FINE else 'fill="#fff" stroke="#1f5f8b" stroke-width="2"'
        parts.append(
            f'<a href="#ev-{i}"><circle cx="{x:.1f}" cy="60" r="{r}" {style} opacity=".85">'
            f"<title>{escape(label)}: {n} source sentence(s)</title></circle></a>"
        )
        half = 3.4 * len(label)  # about half the label's width at font size 12
        lx = min(max(x, half), width - half)
        row = next((y for y, end in row_ends.items() if lx - half > end + 8), None)
        if row is not None:  # a label with no room on either side is left to the dot's tooltip
            parts.append(f'<text x="{lx:.1f}" y="{row}" font-size="12" text-anchor="middle">{escape(label)}</text>')
            row_ends[row] = lx + half
    parts.append("</svg>")
    return "".join(parts)


def _network_svg(actors: list[dict[str, Any]], edges: list[dict[str, Any]]) -> str:
    if not actors:
        return ""
    width, height = 640, 440
    cx, cy, radius = width / 2, height / 2, 160
    pos = {}
    for i, a in enumerate(actors):
        angle = 2 * math.pi * i / len(actors) - math.pi / 2
        pos[a["entity_id"]] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    top = max([e["sentences"] for e in edges] + [1])
    parts = [f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="entity network">']
    for e in edges:
        if e["a"] in pos and e["b"] in pos:
            (x1, y1), (x2, y2) = pos[e["a"]], pos[e["b"]]
            w = 1 + 5 * e["sentences"] / top
            parts.append(
                f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#9aa5b1" stroke-width="{w:.1f}" opacity=".7">'
                f"<title>named together in {e['sentences']} sentence(s)</title></line>"
            )
    most = max(a["mentions"] for a in actors) or 1
    for a in actors:
        x, y = pos[a["entity_id"]]
        r = 8 + 14 * math.sqrt(a["mentions"] / most)
        fill = "#8e44ad" if a["type"] == "PER" else "#c77700"
        anchor = "start" if x > cx + 5 else ("end" if x < cx - 5 else "middle")
        dx = r + 4 if anchor == "start" else (-r - 4 if anchor == "end" else 0)
        dy = 4 if anchor != "middle" else (r + 14 if y > cy else -r - 6)
        parts.append(
            f'<a href="#actor-{escape(_slug(a["entity_id"]))}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{fill}" opacity=".9">'
            f"<title>{escape(a['name'])}: {a['mentions']} mentions</title></circle>"
            f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" font-size="13" text-anchor="{anchor}">{escape(a["name"])}</text></a>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _slug(value: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in value)


def to_html(briefing: Briefing) -> str:
    """The briefing as one self-contained HTML document."""
    b = briefing.to_dict()
    h = b["header"]
    out: list[str] = []
    span = f"{h['first'] or '?'} – {h['last'] or '?'}"
    out.append(f"<h1>{escape(h['title'])}</h1>")
    meta = (
        f"{span} · {count(h['articles'], 'article')} · {count(len(h['outlets']), 'outlet')} · "
        f"{count(len(h['languages']), 'language')} ({escape(', '.join(h['languages']))}) · story {escape(h['story_id'])}"
    )
    if h["undated_articles"]:
        meta += f" · {h['undated_articles']} undated"
    if h.get("as_of"):
        meta += f" · as known on {escape(h['as_of'][:10])}"
    out.append(f'<p class="meta">{meta}</p>')
    if h.get("title_citation"):
        out.append(f'<p class="meta">title taken from {_cite(h["title_citation"])}</p>')
    out.append("<details><summary>Coverage by outlet and language over time</summary>")
    out.append(_coverage_svg(h["coverage_by_outlet"], "outlet") + _coverage_svg(h["coverage_by_language"], "language"))
    out.append("</details>")
    out.append(
        '<nav><a href="#new">What\'s new</a><a href="#summary">Summary</a><a href="#timeline">Timeline</a>'
        '<a href="#actors">Actors</a><a href="#positions">Positions</a><a href="#sources">Sources</a></nav>'
    )

    out.append('<section id="new"><h2>What\'s new</h2>')
    if b["whats_new_since"] is None:
        out.append('<p class="note">First briefing of this story: build it with --since DATE to see what is new.</p>')
    elif not b["whats_new"]:
        out.append(f'<p class="note">Nothing new since {escape(b["whats_new_since"])}.</p>')
    else:
        out.append(f'<p class="meta">Reported after {escape(b["whats_new_since"])} and by no earlier article:</p>')
        out.append(_statements(b["whats_new"], labelled=True))
    out.append("</section>")

    out.append(
        '<section id="summary"><h2>Summary</h2><p class="meta">Sentences quoted from the articles, in their original language.</p>'
    )
    out.append(_statements(b["summary"], labelled=True) + "</section>")

    out.append('<section id="timeline"><h2>Timeline</h2>' + _timeline_svg(b["timeline"]))
    names = {a["entity_id"]: a["name"] for a in b["actors"]}
    for i, ev in enumerate(b["timeline"]):
        who = [names[p] for p in ev.get("participants", []) if p in names]
        with_whom = f" · with {escape(', '.join(who))}" if who else ""
        out.append(
            f'<div class="event" id="ev-{i}"><h3>{escape(when_label(ev["date"]))} <span class="meta">{escape(timeline_note(ev))} · '
            f"{escape(', '.join(ev['outlets']) or 'unknown outlet')}{with_whom}</span></h3>{_statements(ev['statements'])}</div>"
        )
    out.append("</section>")

    out.append(
        '<section id="actors"><h2>Actors</h2>' + _network_svg(b["actors"], b.get("network", [])) + '<div class="cards">'
    )
    for a in b["actors"]:
        variants = "; ".join(f"<b>{escape(lang)}</b> {escape(', '.join(v))}" for lang, v in a["variants"].items())
        roles = " ".join(f"<q>{escape(r['text'])}</q> {_cite(r)}" for r in a["roles"])
        party = f" · speaks for {escape(a['party'])}" if a.get("party") else ""
        out.append(f'<div class="card" id="actor-{escape(_slug(a["entity_id"]))}"><h3>{escape(a["name"])}</h3>')
        out.append(
            f'<p class="meta">{escape(a["type"])}{party} · {count(a["articles"], "article")} · '
            f"{count(a['mentions'], 'mention')}</p>"
        )
        out.append(f"<p>{variants}</p>")
        if roles:
            out.append(f"<p>Role as reported: {roles}</p>")
        for kind, heading in (("direct", "Direct quotes"), ("reported", "Reported quotes"), ("stance", "Stances")):
            qs = [q for q in a["quotes"] if q["kind"] == kind]
            if qs:
                out.append(f"<h3>{heading} ({len(qs)})</h3>")
                # An interrupted quote shows its pieces joined; every piece and copy has its own source button.
                # A quote through the actor's office is labelled so ("en · via his office"), a joint statement with
                # the others who said it ("en · with Nancy Pelosi").
                qs = [
                    {
                        "citation": dict(q["citation"], text=quote_text(q)),
                        "also": quote_citations(q)[1:],
                        "label": " · ".join(
                            filter(
                                None,
                                [
                                    q["citation"].get("language"),
                                    q.get("via") and f"via {q['via']}",
                                    q.get("quoted_by") and f"quoted by {q['quoted_by']}",
                                    q.get("joint") and f"with {', '.join(q['joint'])}",
                                ],
                            )
                        ),
                    }
                    for q in qs
                ]
                out.append(_statements(qs[:QUOTES_SHOWN], labelled=True))
                if len(qs) > QUOTES_SHOWN:
                    rest = qs[QUOTES_SHOWN:]
                    out.append(
                        f"<details><summary>{len(rest)} more</summary>{_statements(rest, labelled=True)}</details>"
                    )
        out.append("</div>")
    out.append("</div></section>")

    p = b["positions"]
    out.append('<section id="positions"><h2>Positions</h2>')
    if p["cells"]:
        cells = {(c["party"], c["issue"]): c for c in p["cells"]}
        out.append('<div class="scroll"><table class="grid"><thead><tr><th>party</th>')
        out.append("".join(f"<th>{escape(i['name'])}</th>" for i in p["issues"]) + "</tr></thead><tbody>")
        for party in p["parties"]:
            out.append(f"<tr><th>{escape(party['name'])}</th>")
            for issue in p["issues"]:
                c = cells.get((party["key"], issue["key"]))
                if c is None:
                    out.append('<td class="empty"></td>')
                    continue
                changes = " → ".join(dict.fromkeys(h["stance"] for h in c["history"]))
                note = ' <span class="meta">(analyst correction)</span>' if c.get("corrected") else ""
                out.append(
                    f'<td data-issue="{escape(issue["name"])}"><span class="badge s-{escape(c["stance"])}">'
                    f"{escape(c['stance'])}</span>{note}"
                )
                if changes and changes != c["stance"]:
                    out.append(f'<div class="meta">over time: {escape(changes)}</div>')
                if c["evidence"]:
                    latest = c["evidence"][-1]["citation"]
                    out.append(
                        f'<q class="evidence" lang="{escape(latest.get("language") or "")}">{escape(latest["text"])}</q>'
                    )
                # The latest sources show; older ones fold away so a long-running point keeps its cell short.
                shown, folded = c["evidence"][-CELL_SOURCES_SHOWN:], c["evidence"][:-CELL_SOURCES_SHOWN]
                out.append("".join(_cite(e["citation"]) for e in shown))
                if folded:
                    chips = "".join(_cite(e["citation"]) for e in folded)
                    out.append(f"<details><summary>{len(folded)} earlier</summary>{chips}</details>")
                out.append("</td>")
            out.append("</tr>")
        out.append("</tbody></table></div>")
    else:
        out.append('<p class="note">No stances found in the text.</p>')
    out.append("</section>")

    out.append('<section id="sources"><h2>Sources and claims</h2>')
    for c in b["claims"]:
        label = source_label(c, "outlets")
        conflict = f' <span class="meta">{escape(c["conflict"])}</span>' if c.get("conflict") else ""
        sourcing = f' <span class="meta">sourcing: {escape(", ".join(c["sourcing"]))}</span>' if c["sourcing"] else ""
        out.append(
            f'<div class="event"><span class="badge b-{escape(c["label"])}">{escape(label)}</span>{conflict}{sourcing}'
        )
        out.append(_statements(c["statements"], labelled=True) + "</div>")
    out.append("</section>")
    if b["notes"]:
        out.append(
            "<section><h2>Notes</h2><ul>" + "".join(f"<li>{escape(n)}</li>" for n in b["notes"]) + "</ul></section>"
        )

    # "<" written as a JSON escape: no article text can close the data block or open a tag.
    articles = json.dumps(b["articles"], ensure_ascii=False).replace("<", "\\u003c")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; img-src data:\">"
        f"<title>{escape(h['title'])} — storyline briefing</title><style>{_CSS}</style></head><body><main>"
        + "\n".join(out)
        + '</main><dialog id="source" aria-label="source passage"><header><button class="close" type="button">close</button>'
        '<div class="head"></div></header><div class="text"></div></dialog>'
        f'<script type="application/json" id="articles">{articles}</script><script>{_JS}</script></body></html>\n'
    )
