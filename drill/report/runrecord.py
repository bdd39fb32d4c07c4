"""The run record's shape: what `drill.report.record.build_record` builds and its readers read.

The record stays a plain dict (it is written as JSON and rendered by Jinja as it is), so its
shape is a set of TypedDicts: the HTML and Markdown templates, the timeline chart, the hotwash,
the xAPI statements and `drill report` read the same fields by the same names, and mypy checks
each key they read against this one description. Deeper parts that only the templates walk
(objectives, roles, the dimension evidence, the compare section) stay open dicts.
"""

from __future__ import annotations

from typing import Any, TypedDict


class Ending(TypedDict):
    id: str | None
    title: str
    text: str
    outcome: str | None
    early: str | None
    """Why the run stopped before the scenario's end (drill.report.explain.ended_early), else None."""


class RunInfo(TypedDict):
    name: str
    """A file stem for the run: the journal's, or scenario, date, trainee and seed."""
    scenario: str
    seed: int
    engine: str | None
    journal_version: int | None
    scenario_version: str
    digest: str | None
    trainees: list[str]
    started: str | None
    team: list[dict[str, str]]
    facilitator: bool
    duration: float
    journal: str | None
    replay: str | None
    rebuild: str | None
    ending: Ending


class Organisation(TypedDict):
    name: str
    sector: str
    description: str


class ScenarioInfo(TypedDict):
    id: str
    version: str
    title: str
    summary: str
    organisation: Organisation
    role: str
    briefing: str
    starts: str
    """The scenario's clock start, ISO time: sim seconds are shown as wall-clock times from it."""
    length: int
    languages: list[str]


class DimensionLine(TypedDict):
    name: str
    label: str
    score: float
    rating: str
    rating_text: str
    weight: float


class Summary(TypedDict):
    overall: float
    rating: str
    rating_text: str
    dimensions: list[DimensionLine]
    critical: list[dict[str, Any]]
    """One entry per kind of critical error: id, name, count, first t, up to five item refs."""
    lessons: list[str]
    lines: list[str]


class Mark(TypedDict):
    t: float
    id: str | None


class InjectMark(TypedDict):
    t: float
    id: str
    channel: str


class FloodSpan(TypedDict):
    flood: str
    start: float
    stop: float | None


class ActionMark(TypedDict):
    t: float
    verb: str


class ReplySpan(TypedDict):
    item: str
    arrived: float
    answered: float | None
    target: float
    status: str
    """on_time, late, unanswered or removed."""


class LevelMark(TypedDict):
    t: float
    level: str


class Observation(TypedDict):
    t: float
    rating: str | None
    """P, S, M or U (HSEEP's ratings), else None."""
    text: str


class Command(TypedDict):
    t: float
    do: str
    inject: str | None


class Timeline(TypedDict):
    length: float
    end: float
    meters: list[list[float]]
    """[t, heat, reach, sentiment, press] at each tick."""
    injects: list[InjectMark]
    floods: list[FloodSpan]
    triggers: list[Mark]
    actions: list[ActionMark]
    replies: list[ReplySpan]
    escalations: list[LevelMark]
    observations: list[Observation]
    facilitator: list[Command]


class ExpectedEscalation(TypedDict):
    level: str
    level_name: str
    item: str
    need: float
    """When the need arose (sim seconds)."""
    deadline: float
    done: float | None


class EscalationInfo(TypedDict):
    score: float
    rating: str
    expected: list[ExpectedEscalation]
    actual: list[dict[str, Any]]
    verdicts: list[dict[str, Any]]


class Moment(TypedDict):
    """One key moment of the decision review (drill.report.moments): repeats of one decision are one moment."""

    n: int | None
    t: float
    last_t: float
    count: int
    verb: str
    """The action's verb, or "missed" for an item left unanswered."""
    verb_name: str
    item: str | None
    """The item's id, or the flood's for a flood comment."""
    flood: bool
    item_text: str
    author: str | None
    channel: str | None
    personal_data: bool
    sensitive: bool
    level: str | None
    note: str
    role: str | None
    role_name: str
    chosen: dict[str, Any] | None
    """The option chosen (id, label, short, text, route, tags, tag_names, quality, feedback)."""
    written: dict[str, Any] | None
    better: dict[str, Any] | None
    """A clearly better option that was on offer then, in the same shape as `chosen`."""
    effects: list[str]
    judged: list[dict[str, Any]]
    critical: list[str]
    caused: list[dict[str, Any]]


class ActionLine(TypedDict):
    n: int
    t: float
    verb: str
    verb_name: str
    item: str | None
    option: str | None
    level: str | None
    note: str
    role: str | None
    role_name: str
    who: str
    """The member and role who took it ('Aino (customer service)'), or the role alone."""
    ok: bool
    reason: str
    critical: list[str]


class Note(TypedDict):
    t: float
    kind: str
    """observation, facilitator, or another note kind from the journal."""
    text: str
    by: str
    rating: str | None
    objective: str | None
    role: str | None
    role_name: str


class ChartParts(TypedDict):
    """What the timeline chart is drawn from: a run record, or a fork's parent run in its compare section."""

    lang: str
    scenario: ScenarioInfo
    timeline: Timeline
    escalation: EscalationInfo


class RunRecord(ChartParts):
    record_version: int
    run: RunInfo
    objectives_authored: bool
    summary: Summary
    decisions: list[Moment]
    decisions_shown: int
    objectives: list[dict[str, Any]]
    improvement_plan: list[dict[str, str]]
    actions: list[ActionLine]
    notes: list[Note]
    dimensions: dict[str, Any]
    roles: list[dict[str, Any]]
    handoffs: list[dict[str, Any]]
    """In a team exercise, each escalation to another role and that role's first decision after it."""
    compare: dict[str, Any] | None
    """A fork beside its parent run (drill.report.compare), when there is one; its `timeline` is ChartParts."""
    hotwash: dict[str, Any]
