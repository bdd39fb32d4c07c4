"""The drill map as Mermaid and Graphviz dot, for documentation that renders diagrams itself.

Same graph as the HTML page (drill.authoring.graph); node names are positional (n0, n1, …)
because Mermaid's parser trips on hyphens in ids, and the drill's ids go in the labels.
"""

from __future__ import annotations

from drill.authoring.graph import Graph, Node
from drill.scenario.types import format_duration


def _label(node: Node) -> str:
    when = "held" if node.held else format_duration(node.at) if node.at is not None else "never"
    codes = ", ".join(dict.fromkeys(node.codes + (["unreached"] if node.unreached else [])))
    return f"{node.kind} {node.id} @ {when}" + (f" [{codes}]" if codes else "")


def _names(graph: Graph) -> dict[str, str]:
    return {n.key: f"n{i}" for i, n in enumerate(graph.nodes)}


def mermaid(graph: Graph) -> str:
    shapes = {"inject": ("([", "])"), "trigger": ("{{", "}}"), "flood": ("[/", "/]"), "ending": ("((", "))")}
    names = _names(graph)
    lines = ["flowchart LR"]
    for n in graph.nodes:
        left, right = ("[[", "]]") if n.held else shapes[n.kind]
        lines.append(f'  {names[n.key]}{left}"{_label(n).replace(chr(34), "#quot;")}"{right}')
    for e in graph.edges:
        lines.append(f'  {names[e.source]} -->|"{e.label}"| {names[e.target]}')
    lines.append("  classDef warn fill:#ffd6d9,stroke:#d70015,color:#b00012")
    warn = [names[n.key] for n in graph.nodes if n.warn]
    if warn:
        lines.append(f"  class {','.join(warn)} warn")
    return "\n".join(lines) + "\n"


def dot(graph: Graph) -> str:
    shapes = {"inject": "ellipse", "trigger": "diamond", "flood": "parallelogram", "ending": "doublecircle"}
    names = _names(graph)
    lines = [f'digraph "{graph.scenario}" {{', "  rankdir=LR;", '  node [fontname="sans-serif"];']
    for n in graph.nodes:
        style = ', color="#d70015", fontcolor="#b00012", style=bold' if n.warn else ""
        shape = "box" if n.held else shapes[n.kind]
        lines.append(f'  {names[n.key]} [shape={shape}, label="{_label(n).replace(chr(34), chr(92) + chr(34))}"{style}];')
    for e in graph.edges:
        lines.append(f'  {names[e.source]} -> {names[e.target]} [label="{e.label}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"
