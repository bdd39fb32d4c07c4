"""What `drill graph` draws: every inject, flood, trigger and ending, their times and arrows,
and what is wrong with each.

One model feeds the HTML, Mermaid and dot pictures, so they cannot disagree. Nothing here
decides reachability again: the lint pass (drill.scenario.lint) gives each element its codes,
attributed by where in the file the diagnostic points, and the bots' runs
(drill.sim.simulate) say what no bot reached.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from drill.scenario import model as m
from drill.scenario.conditions import ActionCond, ArrivedCond, Cond, ElapsedCond, FiredCond, FloodCond, UnansweredCond, fold, walk
from drill.scenario.consequences import EndThen, MeterThen, SpawnThen, StartFloodThen, StopFloodThen
from drill.scenario.lint import lint
from drill.scenario.load import Loaded
from drill.scenario.types import format_duration, text_in
from drill.sim import BOTS, simulate

KINDS = ("flood", "inject", "trigger", "ending")
_LISTS = {"flood": "floods", "inject": "injects", "trigger": "triggers", "ending": "endings"}
NEVER_CODES = frozenset({"D401", "D402", "D403", "D407"})
"""Lint codes that mean "this never happens": drawn in the warning colour."""


@dataclass
class Node:
    kind: str
    id: str
    label: str
    at: float | None = None
    """The earliest sim time it can happen (by the graph, not a run); None for held or never."""
    until: float | None = None
    held: bool = False
    codes: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    unreached: bool = False
    """No bot run reached it (held injects excepted: bots never fire them)."""

    @property
    def key(self) -> str:
        return f"{self.kind}-{self.id}"

    @property
    def warn(self) -> bool:
        return self.unreached or any(c in NEVER_CODES for c in self.codes)


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str


@dataclass
class Graph:
    scenario: str
    title: str
    length: float
    nodes: list[Node]
    edges: list[Edge]
    lang: str = "en"
    runs: int = 0
    """Seeds each bot played to find unreached content (0: no bot runs)."""

    def node(self, key: str) -> Node:
        return next(n for n in self.nodes if n.key == key)


def build(loaded: Loaded, lang: str = "en", runs: int = 2, seed: int = 1) -> Graph:
    """The graph of a drill, with lint codes and the content `runs` seeds of every bot missed."""
    s = loaded.scenario
    nodes = {n.key: n for n in _nodes(s, lang)}
    edges = _edges(s)
    _place(s, nodes)
    _attribute(loaded, nodes)
    if runs:
        coverage = simulate(s, runs, seed, BOTS, jobs=1)["coverage"]
        for plural, seen in coverage.items():
            for id_ in seen["never"]:
                node = nodes[f"{plural[:-1]}-{id_}"]
                node.unreached = not node.held
    return Graph(s.id, text_in(s.title, lang), float(s.clock.length), list(nodes.values()), edges, lang, runs)


def _nodes(s: m.Scenario, lang: str) -> list[Node]:
    found = [Node("flood", f.id, f.id, until=f.until) for f in s.floods]
    found += [Node("inject", i.id, text_in(i.text, lang), held=i.held) for i in s.injects]
    found += [Node("trigger", t.id, "; ".join(_then(x) for x in t.then)) for t in s.triggers]
    found += [Node("ending", e.id, text_in(e.title, lang)) for e in s.endings]
    return found


def _then(then: Any) -> str:
    if isinstance(then, MeterThen):
        return f"{then.meter} = {then.set:g}" if then.set is not None else f"{then.meter} {then.add or 0:+g}"
    if isinstance(then, SpawnThen):
        return f"spawn {then.spawn}" + (f" +{format_duration(then.after)}" if then.after else "")
    if isinstance(then, StartFloodThen):
        return f"start {then.start_flood}"
    if isinstance(then, StopFloodThen):
        return f"stop {then.stop_flood}"
    return f"end {then.end}"


def condition_edges(cond: Cond, target: str) -> list[Edge]:
    """Arrows from what a condition waits on to what it guards; meters and clocks have no node."""
    edges = []
    for c, path in walk(cond):
        neg = "not " if "not" in path else ""
        if isinstance(c, ActionCond) and c.inject:
            edges.append(Edge(f"inject-{c.inject}", target, neg + " ".join(x for x in (c.action, c.option, c.tag and f"#{c.tag}") if x)))
        elif isinstance(c, ArrivedCond):
            edges.append(Edge(f"inject-{c.arrived}", target, neg + "arrived"))
        elif isinstance(c, UnansweredCond):
            edges.append(Edge(f"inject-{c.unanswered}", target, neg + f"unanswered {format_duration(c.for_)}"))
        elif isinstance(c, FiredCond):
            edges.append(Edge(f"trigger-{c.fired}", target, neg + "fired"))
        elif isinstance(c, FloodCond):
            edges.append(Edge(f"flood-{c.flood}", target, neg + f"> {c.unanswered_above} unanswered"))
    return edges


def _edges(s: m.Scenario) -> list[Edge]:
    edges = [Edge(f"inject-{i.after.inject}", f"inject-{i.id}", f"+{format_duration(i.after.wait)}") for i in s.injects if i.after]
    for t in s.triggers:
        edges += condition_edges(t.when, f"trigger-{t.id}")
        for then in t.then:
            if isinstance(then, SpawnThen):
                edges.append(Edge(f"trigger-{t.id}", f"inject-{then.spawn}", f"+{format_duration(then.after)}" if then.after else "spawn"))
            elif isinstance(then, StartFloodThen):
                edges.append(Edge(f"trigger-{t.id}", f"flood-{then.start_flood}", "start"))
            elif isinstance(then, StopFloodThen):
                edges.append(Edge(f"trigger-{t.id}", f"flood-{then.stop_flood}", "stop"))
            elif isinstance(then, EndThen):
                edges.append(Edge(f"trigger-{t.id}", f"ending-{then.end}", "end"))
    for e in s.endings:
        if e.when is not None:
            edges += condition_edges(e.when, f"ending-{e.id}")
    return edges


def _place(s: m.Scenario, nodes: dict[str, Node]) -> None:
    """Earliest times by a fixed point: an inject after another, a trigger when its condition
    could first hold, what it spawns after that. Estimates for the picture, not the engine."""
    for i in s.injects:
        nodes[f"inject-{i.id}"].at = None if i.held else i.at
    for f in s.floods:
        nodes[f"flood-{f.id}"].at = f.start
    for _ in range(len(nodes) + 1):
        changed = False

        def settle(key: str, t: float | None) -> None:
            nonlocal changed
            node = nodes[key]
            if t is not None and not node.held and (node.at is None or t < node.at):
                node.at, changed = t, True

        for i in s.injects:
            if i.after:
                parent = nodes[f"inject-{i.after.inject}"].at
                settle(f"inject-{i.id}", None if parent is None else parent + i.after.wait)
        for t in s.triggers:
            when = _cond_time(t.when, nodes)
            settle(f"trigger-{t.id}", when)
            if when is None:
                continue
            for then in t.then:
                if isinstance(then, SpawnThen):
                    settle(f"inject-{then.spawn}", when + then.after)
                elif isinstance(then, StartFloodThen):
                    settle(f"flood-{then.start_flood}", when)
        if not changed:
            break
    for e in s.endings:
        nodes[f"ending-{e.id}"].at = s.clock.length


def _cond_time(cond: Cond, nodes: dict[str, Node]) -> float | None:
    """The earliest time a condition could first hold, or None if never (a `not` counts as from the start)."""
    return fold(cond, lambda c: _leaf_time(c, nodes), every=_last, some=_first, negated=lambda _: 0.0)


def _last(times: Iterable[float | None]) -> float | None:
    """all of them: the last to hold, once each of them can."""
    every = list(times)
    known = [t for t in every if t is not None]
    return max(known) if known and len(known) == len(every) else None


def _first(times: Iterable[float | None]) -> float | None:
    """any of them: the first to hold."""
    known = [t for t in times if t is not None]
    return min(known) if known else None


def _leaf_time(c: Cond, nodes: dict[str, Node]) -> float | None:
    if isinstance(c, (ActionCond, ArrivedCond, UnansweredCond)):
        inject = c.inject if isinstance(c, ActionCond) else c.arrived if isinstance(c, ArrivedCond) else c.unanswered
        if inject is None:
            return 0.0
        t = nodes[f"inject-{inject}"].at
        return None if t is None else t + (c.for_ if isinstance(c, UnansweredCond) else 0)
    if isinstance(c, FiredCond):
        return nodes[f"trigger-{c.fired}"].at
    if isinstance(c, FloodCond):
        return nodes[f"flood-{c.flood}"].at
    if isinstance(c, ElapsedCond):
        return float(c.elapsed)
    return 0.0


def _attribute(loaded: Loaded, nodes: dict[str, Node]) -> None:
    """Each lint diagnostic goes to the element whose span in its file holds its position.

    An element's span runs from its own start to the next element's or top-level key's start
    in the same file (a drill folder's inject files each hold their own), so a code lands on
    the inject, trigger, flood or ending it is about, whatever field the lint pass pointed at."""
    located = loaded.located
    starts: dict[str, list[tuple[tuple[int, int], str | None]]] = {}

    def start(path: tuple, key: str | None, is_key: bool = False) -> None:
        file, line, col = located.place(path, key=is_key)
        starts.setdefault(file, []).append(((line, col), key))

    for k in located.data:
        start((k,), None, is_key=True)
    for kind in KINDS:
        for i, item in enumerate(located.data.get(_LISTS[kind]) or []):
            if isinstance(item, dict) and f"{kind}-{item.get('id')}" in nodes:
                start((_LISTS[kind], i), f"{kind}-{item['id']}")
    for spans in starts.values():
        spans.sort(key=lambda span: span[0])
    for d in lint(loaded):
        spans = starts.get(d.file, [])
        at = bisect_right([s[0] for s in spans], (d.line, d.col)) - 1
        key = spans[at][1] if at >= 0 else None
        if key is not None:
            nodes[key].codes.append(d.code)
            nodes[key].messages.append(f"{d.code} {d.message}")
