"""Cross-references: every id a scenario names must exist, and ids must be unique.

Run as part of loading, so the engine can trust that `spawn: x` means an inject x exists.
Walks the models with the data path beside them, so each problem points at its line.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from drill.scenario import model as m
from drill.scenario.actions import StepError, parse_step
from drill.scenario.conditions import ActionCond, ArrivedCond, Cond, FiredCond, FloodCond, UnansweredCond, walk
from drill.scenario.consequences import EndThen, SpawnThen, StartFloodThen, StopFloodThen
from drill.scenario.diagnostics import Diagnostic, Path_, did_you_mean
from drill.scenario.vocabulary import LEVELS

if TYPE_CHECKING:
    from drill.scenario.load import Located

def all_conditions(scenario: m.Scenario) -> Iterator[tuple[Cond, Path_]]:
    """Every condition in a scenario (options', status updates', triggers' and endings'), with its data path."""
    for i, inject in enumerate(scenario.injects):
        for j, option in enumerate(inject.options):
            if option.when is not None:
                yield from walk(option.when, ("injects", i, "options", j, "when"))
    for i, option in enumerate(scenario.status_updates):
        if option.when is not None:
            yield from walk(option.when, ("status_updates", i, "when"))
    for i, trigger in enumerate(scenario.triggers):
        yield from walk(trigger.when, ("triggers", i, "when"))
    for i, ending in enumerate(scenario.endings):
        if ending.when is not None:
            yield from walk(ending.when, ("endings", i, "when"))


def check_references(scenario: m.Scenario, located: Located) -> list[Diagnostic]:
    problems: list[Diagnostic] = []

    def report(path: Path_, code: str, message: str) -> None:
        problems.append(Diagnostic(*located.place(path), code, message))

    def unique(items: list[Any], base: Path_, what: str) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for i, item in enumerate(items):
            if item.id in seen:
                report(base + (i, "id"), "D302", f"duplicate {what} id {item.id!r}: ids must be unique")
            seen.setdefault(item.id, item)
        return seen

    injects = unique(scenario.injects, ("injects",), "inject")
    floods = unique(scenario.floods, ("floods",), "flood")
    triggers = unique(scenario.triggers, ("triggers",), "trigger")
    endings = unique(scenario.endings, ("endings",), "ending")
    statuses = unique(scenario.status_updates, ("status_updates",), "status update")
    unique(scenario.objectives, ("objectives",), "objective")
    unique(scenario.tests, ("tests",), "test")
    for i, inject in enumerate(scenario.injects):
        unique(inject.options, ("injects", i, "options"), f"option (in inject {inject.id!r})")

    def ref(value: str | None, table: dict[str, Any] | Any, path: Path_, what: str) -> None:
        if value is not None and value not in table:
            report(path, "D301", f"no {what} with id {value!r}{did_you_mean(value, table)}")

    for i, inject in enumerate(scenario.injects):
        base: Path_ = ("injects", i)
        ref(inject.persona, scenario.personas, base + ("persona",), "persona")
        ref(inject.thread, injects, base + ("thread",), "inject")
        if inject.after is not None:
            ref(inject.after.inject, injects, base + ("after", "inject"), "inject")
            if inject.after.inject == inject.id:
                report(base + ("after", "inject"), "D301", f"inject {inject.id!r} cannot follow itself")
        if inject.expect is not None:
            for k, role in enumerate(inject.expect.notify):
                ref(role, scenario.ground_rules.roles, base + ("expect", "notify", k), "role (ground_rules.roles)")
        for j, option in enumerate(inject.options):
            for k, flood in enumerate(option.covers):
                ref(flood, floods, base + ("options", j, "covers", k), "flood")
    for i, option in enumerate(scenario.status_updates):
        for k, flood in enumerate(option.covers):
            ref(flood, floods, ("status_updates", i, "covers", k), "flood")

    for cond, path in all_conditions(scenario):
        if isinstance(cond, ActionCond):
            ref(cond.inject, injects, path + ("inject",), "inject")
            if cond.option is not None:
                if cond.action == "status" or cond.inject is None:
                    options = statuses if cond.action == "status" else {
                        o.id: o for i_ in scenario.injects for o in i_.options
                    }
                    ref(cond.option, options, path + ("option",), "option")
                elif cond.inject in injects:
                    own = {o.id: o for o in injects[cond.inject].options}
                    ref(cond.option, own, path + ("option",), f"option of inject {cond.inject!r}")
        elif isinstance(cond, UnansweredCond):
            ref(cond.unanswered, injects, path + ("unanswered",), "inject")
        elif isinstance(cond, ArrivedCond):
            ref(cond.arrived, injects, path + ("arrived",), "inject")
        elif isinstance(cond, FiredCond):
            ref(cond.fired, triggers, path + ("fired",), "trigger")
        elif isinstance(cond, FloodCond):
            ref(cond.flood, floods, path + ("flood",), "flood")

    for i, trigger in enumerate(scenario.triggers):
        for j, then in enumerate(trigger.then):
            path = ("triggers", i, "then", j)
            if isinstance(then, SpawnThen):
                ref(then.spawn, injects, path + ("spawn",), "inject")
            elif isinstance(then, StartFloodThen):
                ref(then.start_flood, floods, path + ("start_flood",), "flood")
            elif isinstance(then, StopFloodThen):
                ref(then.stop_flood, floods, path + ("stop_flood",), "flood")
            elif isinstance(then, EndThen):
                ref(then.end, endings, path + ("end",), "ending")

    anything = {**injects, **triggers, **endings, **floods}
    for i, test in enumerate(scenario.tests):
        base = ("tests", i)
        ref(test.expect.ending, endings, base + ("expect", "ending"), "ending")
        for key in ("reached", "not_reached"):
            for k, target in enumerate(getattr(test.expect, key)):
                ref(target, anything, base + ("expect", key, k), "inject, trigger, flood or ending")
        for k, text in enumerate(test.steps):
            try:
                step = parse_step(text)
            except StepError as exc:
                report(base + ("steps", k), "D412", str(exc))
                continue
            path = base + ("steps", k)
            if step.fire is not None:
                ref(step.fire, injects, path, "inject")
                if step.fire in injects and not injects[step.fire].held:
                    report(path, "D412", f"fire brings in a held inject, and {step.fire!r} is not held (it arrives by itself)")
                continue
            action = step.action
            assert action is not None
            if action.verb == "status":
                ref(action.option, statuses, path, "status update")
            elif action.verb == "escalate":
                levels = [*LEVELS, *scenario.ground_rules.roles]
                if action.level not in levels:
                    report(path, "D412", f"no escalation level or role {action.level!r}{did_you_mean(str(action.level), levels)}: use one of {', '.join(levels)}")
                if action.item is not None:
                    ref(action.item, injects, path, "inject")
            elif action.item is not None and "#" not in action.item:
                ref(action.item, injects, path, "inject")
                if action.option is not None and action.item in injects:
                    own = {o.id: o for o in injects[action.item].options}
                    ref(action.option, own, path, f"option of inject {action.item!r}")
    return sorted(problems)
