"""The drill map as one self-contained HTML page: inline CSS and SVG, no script, no request.

A trainer opens it from disk, on a laptop without network, or mails it to a colleague; so
nothing may come from a CDN. Layout is plain arithmetic on the graph (time → x, one row per
element), so the same drill always gives the same bytes.
"""

from __future__ import annotations

from html import escape

from drill.authoring.graph import Graph, Node
from drill.i18n import t
from drill.scenario.types import format_duration

WIDTH, ROW, TOP = 1240, 24, 56
AXIS_X0, AXIS_X1, NONE_X, END_X = 170, 1010, 70, 1220
"""The time axis runs from AXIS_X0 to AXIS_X1; held and never-timed elements stand at NONE_X
left of it, endings at END_X right of it (their labels to their left)."""
_STEPS = [60 * m for m in (1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 720, 1440)]

CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#1d1d1f;max-width:1280px}
h1{font-size:1.4em;margin:0 0 .3em}
svg{display:block;background:#fbfbfd;border:1px solid #d2d2d7}
.axis line{stroke:#c7c7cc}.axis text{fill:#6e6e73;font-size:11px}
.node text{font-size:12px;fill:#1d1d1f}
.inject .mark{fill:#0a64c8}.held .mark{fill:#fff;stroke:#6b3fa0;stroke-width:2}
.trigger .mark{fill:#4d7a2a}.ending .mark{fill:#fff;stroke:#1d1d1f;stroke-width:1.5}
.flood .mark{fill:#f2c14e;fill-opacity:.35;stroke:#c79a1e}
.edge{fill:none;stroke:#8e8e93;stroke-width:1.2}
.node.warn .mark{fill:#d70015;stroke:#d70015;fill-opacity:.85}.node.warn.flood .mark{fill-opacity:.25}.node.warn text{fill:#b00012;font-weight:600}
.edge.warn{stroke:#d70015;stroke-dasharray:4 3}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #d2d2d7;padding:2px 8px;text-align:left;vertical-align:top}
tr.warn td{color:#b00012}
.key span{margin-right:1.2em}.key svg{display:inline;border:0;background:none;vertical-align:middle}
"""


def _x(graph: Graph, at: float | None, node: Node) -> float:
    if node.kind == "ending":
        return END_X
    if at is None:
        return NONE_X
    return round(AXIS_X0 + (AXIS_X1 - AXIS_X0) * min(at, graph.length) / graph.length, 1)


def _axis(graph: Graph, height: int) -> str:
    step = next((s for s in _STEPS if graph.length / s <= 12), _STEPS[-1])
    parts = [f'<text x="{NONE_X}" y="20" text-anchor="middle">{escape(t("graph.held", graph.lang))} · {escape(t("graph.never", graph.lang))}</text>']
    for tick in range(0, int(graph.length) + 1, step):
        x = _x(graph, tick, Node("inject", "", ""))
        parts.append(f'<line x1="{x}" y1="28" x2="{x}" y2="{height - 8}"/><text x="{x}" y="20" text-anchor="middle">{format_duration(tick)}</text>')
    return '<g class="axis">' + "".join(parts) + "</g>"


def _node(graph: Graph, node: Node, x: float, y: float) -> str:
    classes = " ".join(["node", node.kind] + (["held"] if node.held else []) + (["warn"] if node.warn else []) + [f"code-{c}" for c in node.codes])
    # a lint code already says it never happens; "no bot reached it" is news only without one
    problems = list(dict.fromkeys(node.codes)) or ([t("graph.unreached", graph.lang, runs=graph.runs)] if node.unreached else [])
    label = node.id + (f" · {', '.join(problems)}" if problems else "")
    tip = escape("\n".join([node.label, *node.messages]))
    if node.kind == "flood":
        x1 = _x(graph, node.until if node.until is not None else graph.length, node) if node.at is not None else x + 60
        mark = f'<rect class="mark" x="{x}" y="{y - 8}" width="{max(x1 - x, 4):.1f}" height="16" rx="3"/>'
    elif node.kind == "trigger":
        mark = f'<path class="mark" d="M{x} {y - 7}l7 7-7 7-7-7z"/>'
    elif node.kind == "ending":
        mark = f'<rect class="mark" x="{x - 8}" y="{y - 8}" width="16" height="16" rx="8"/>'
    elif node.held:
        mark = f'<rect class="mark" x="{x - 6}" y="{y - 6}" width="12" height="12"/>'
    else:
        mark = f'<circle class="mark" cx="{x}" cy="{y}" r="6"/>'
    text = f'<text x="{x - 14}" y="{y + 4}" text-anchor="end">' if node.kind == "ending" else f'<text x="{x + 12}" y="{y + 4}">'
    return f'<g id="{escape(node.key)}" class="{classes}"><title>{tip}</title>{mark}{text}{escape(label)}</text></g>'


def _edge(a: tuple[float, float], b: tuple[float, float], warn: bool, label: str) -> str:
    (x1, y1), (x2, y2) = a, b
    bend = max(30.0, abs(x2 - x1) / 3)
    d = f"M{x1} {y1}C{x1 + bend:.1f} {y1} {x2 - bend:.1f} {y2} {x2 - 9} {y2}"
    return f'<path class="edge{" warn" if warn else ""}" d="{d}" marker-end="url(#arrow)"><title>{escape(label)}</title></path>'


def svg(graph: Graph) -> str:
    order = sorted(graph.nodes, key=lambda n: (("flood", "inject", "trigger", "ending").index(n.kind), n.at is None, n.at or 0))
    height = TOP + ROW * len(order) + 16
    where = {n.key: (_x(graph, n.at, n), TOP + ROW * row) for row, n in enumerate(order)}
    warn = {n.key for n in graph.nodes if n.warn}
    edges = [_edge(where[e.source], where[e.target], e.source in warn or e.target in warn, e.label) for e in graph.edges]
    nodes = [_node(graph, n, *where[n.key]) for n in order]
    return (f'<svg viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-label="{escape(graph.title)}">'
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
            '<path d="M0 0L10 5 0 10z" fill="#8e8e93"/></marker></defs>'
            + _axis(graph, height) + "".join(edges) + "".join(nodes) + "</svg>")


def _table(graph: Graph) -> str:
    lang = graph.lang
    head = "".join(f"<th>{escape(t(f'graph.col.{c}', lang))}</th>" for c in ("kind", "id", "time", "what", "problems"))
    rows = []
    for n in graph.nodes:
        time = t("graph.held", lang) if n.held else format_duration(n.at) if n.at is not None else t("graph.never", lang)
        problems = [*n.messages, *([t("graph.unreached", lang, runs=graph.runs)] if n.unreached else [])]
        cls = ' class="warn"' if n.warn else ""
        rows.append(f'<tr{cls}><td>{escape(t(f"graph.kind.{n.kind}", lang))}</td><td>{escape(n.id)}</td>'
                    f"<td>{time}</td><td>{escape(n.label)}</td><td>{'<br>'.join(escape(p) for p in problems)}</td></tr>")
    return f"<table><caption>{escape(t('graph.table', lang))}</caption><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _key(lang: str) -> str:
    marks = {"inject": '<circle cx="8" cy="8" r="6" fill="#0a64c8"/>', "held": '<rect x="2" y="2" width="12" height="12" fill="#fff" stroke="#6b3fa0" stroke-width="2"/>',
             "trigger": '<path d="M8 1l7 7-7 7-7-7z" fill="#4d7a2a"/>', "flood": '<rect x="0" y="3" width="16" height="10" fill="#f2c14e" stroke="#c79a1e"/>',
             "ending": '<rect x="1" y="1" width="14" height="14" rx="7" fill="#fff" stroke="#1d1d1f"/>', "warn": '<circle cx="8" cy="8" r="6" fill="#d70015"/>'}
    items = "".join(f'<span><svg width="16" height="16" aria-hidden="true">{mark}</svg> {escape(t(f"graph.legend.{k}", lang))}</span>' for k, mark in marks.items())
    return f'<p class="key"><strong>{escape(t("graph.legend", lang))}:</strong> {items}</p>'


def html(graph: Graph) -> str:
    lang = graph.lang
    count = {k: sum(n.kind == k for n in graph.nodes) for k in ("inject", "trigger", "flood", "ending")}
    title = t("graph.title", lang, title=graph.title)
    intro = t("graph.intro", lang, injects=count["inject"], triggers=count["trigger"], floods=count["flood"], endings=count["ending"], length=format_duration(graph.length))
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>{escape(title)}</h1>\n<p>{escape(intro)}</p>\n"
            f"{_key(lang)}\n{svg(graph)}\n{_table(graph)}\n</body>\n</html>\n")
