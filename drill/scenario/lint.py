"""Graph and authoring checks beyond validity: dead content, unscored options, missing texts.

A scenario can load and still be broken as a drill: an inject nothing brings in, a trigger
waiting on it, an ending shadowed by the fallback, a reply option no rule scores. These are
warnings (codes D4xx) so trainers see them before a room full of trainees does.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from drill.scenario import model as m
from drill.scenario.conditions import ActionCond, ArrivedCond, Cond, ElapsedCond, FiredCond, FloodCond, UnansweredCond, fold, walk
from drill.scenario.consequences import EndThen, SpawnThen, StartFloodThen
from drill.scenario.cues import longest_by_margin, self_grading
from drill.scenario.diagnostics import Diagnostic, Path_
from drill.scenario.fields import Text
from drill.scenario.load import Loaded
from drill.scenario.types import BUILTIN_SLOTS, format_duration, template_slots, text_in


class _Reach:
    """Which injects, triggers and floods can happen at all, by a fixed point over the graph."""

    def __init__(self, scenario: m.Scenario):
        self.s = scenario
        length = scenario.clock.length
        self.injects: set[str] = {i.id for i in scenario.injects if i.held or (i.at is not None and i.at <= length)}
        self.floods: set[str] = {f.id for f in scenario.floods if f.start is not None and f.start < length}
        self.triggers: set[str] = set()
        changed = True
        while changed:
            changed = False
            for inject in scenario.injects:
                if inject.id not in self.injects and inject.after and inject.after.inject in self.injects:
                    self.injects.add(inject.id)
                    changed = True
            for trigger in scenario.triggers:
                if trigger.id in self.triggers or not self.possible(trigger.when):
                    continue
                self.triggers.add(trigger.id)
                changed = True
                for then in trigger.then:
                    if isinstance(then, SpawnThen):
                        self.injects.add(then.spawn)
                    elif isinstance(then, StartFloodThen):
                        self.floods.add(then.start_flood)

    def possible(self, cond: Cond) -> bool:
        """Whether a condition could ever hold (conservative: unsure means yes, and so is any `not`)."""
        return fold(cond, self._possible_leaf, every=all, some=any, negated=lambda _: True)

    def _possible_leaf(self, cond: Cond) -> bool:
        if isinstance(cond, ActionCond):
            return cond.inject is None or cond.inject in self.injects
        if isinstance(cond, (ArrivedCond, UnansweredCond)):
            inject = cond.arrived if isinstance(cond, ArrivedCond) else cond.unanswered
            return inject in self.injects
        if isinstance(cond, FiredCond):
            return cond.fired in self.triggers
        if isinstance(cond, FloodCond):
            return cond.flood in self.floods
        if isinstance(cond, ElapsedCond):
            return cond.elapsed <= self.s.clock.length
        return True


_TEXT_TYPES = (Text, typing.get_args(Text)[0])


def _is_text(annotation: Any) -> bool:
    """Text, or Text | None (pydantic strips the Annotated wrapper off a required field's type)."""
    return annotation in _TEXT_TYPES or (
        typing.get_origin(annotation) in (typing.Union, types.UnionType) and Text in typing.get_args(annotation)
    )


def _texts(obj: Any, path: Path_) -> Iterator[tuple[Any, Path_]]:
    """Every Text value in a model tree, with its data path."""
    if isinstance(obj, BaseModel):
        for name, info in type(obj).model_fields.items():
            value, key = getattr(obj, name), info.alias or name
            if value is None:
                continue
            if _is_text(info.annotation):
                yield value, path + (key,)
            elif typing.get_origin(info.annotation) is list and typing.get_args(info.annotation)[0] == Text:
                for i, item in enumerate(value):
                    yield item, path + (key, i)
            else:
                yield from _texts(value, path + (key,))
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _texts(item, path + (i,))
    elif isinstance(obj, dict):
        for k, item in obj.items():
            yield from _texts(item, path + (k,))


def lint(loaded: Loaded) -> list[Diagnostic]:
    s = loaded.scenario
    diagnostics: list[Diagnostic] = []

    def warn(path: Path_, code: str, message: str) -> None:
        diagnostics.append(Diagnostic(*loaded.located.place(path), code, message))

    reach = _Reach(s)
    ended_by = {then.end for t in s.triggers if t.id in reach.triggers for then in t.then if isinstance(then, EndThen)}
    length = s.clock.length

    for i, inject in enumerate(s.injects):
        base: Path_ = ("injects", i)
        if inject.id not in reach.injects:
            warn(base + ("id",), "D401", f"inject {inject.id!r} can never arrive: give it 'at', 'after' or 'held: true', or spawn it from a trigger that can fire")
        if inject.at is not None and inject.at > length:
            warn(base + ("at",), "D408", f"inject {inject.id!r} is due after the scenario ends ({format_duration(length)})")
        if inject.wants_reply and inject.expect is None:
            warn(base + ("id",), "D405", f"inject {inject.id!r} needs a reply but has no 'expect': say what good handling is (reply_within, route, escalate)")
        for j, option in enumerate(inject.options):
            if not option.tags:
                warn(base + ("options", j, "id"), "D404", f"option {option.id!r} has no tags, so no scoring rule reads it: tag what it does (acknowledge, curt, …)")
        if inject.expect and inject.expect.route and inject.options:
            wanted = [inject.expect.route] if isinstance(inject.expect.route, str) else inject.expect.route
            if not any(o.route in wanted for o in inject.options):
                warn(base + ("expect", "route"), "D411", f"inject {inject.id!r} expects route {'/'.join(wanted)} but no option offers it")
    for i, option in enumerate(s.status_updates):
        if not option.tags:
            warn(("status_updates", i, "id"), "D404", f"status update {option.id!r} has no tags, so no scoring rule reads it")
    for base, options in _choice_points(s):
        _cues(s, base, options, warn)

    for i, trigger in enumerate(s.triggers):
        if trigger.id not in reach.triggers:
            warn(("triggers", i, "when"), "D402", f"trigger {trigger.id!r} can never fire: its condition waits on something that never happens")
    fallback_seen = False
    for i, ending in enumerate(s.endings):
        dead = ending.id not in ended_by and (fallback_seen or (ending.when is not None and not reach.possible(ending.when)))
        if dead:
            why = "an earlier ending without 'when' always wins first" if fallback_seen else "its condition can never hold"
            warn(("endings", i, "id"), "D403", f"ending {ending.id!r} can never be reached: {why}")
        fallback_seen = fallback_seen or ending.when is None
    if not fallback_seen:
        warn(("endings",), "D409", "every ending has a 'when': add a last one without it, for runs that match none")

    for i, flood in enumerate(s.floods):
        base = ("floods", i)
        if flood.id not in reach.floods:
            warn(base + ("id",), "D407", f"flood {flood.id!r} never starts: give it 'from' or start it from a trigger")
        known = BUILTIN_SLOTS | set(flood.slots)
        for j, template in enumerate(flood.templates):
            for slot in sorted(set(template_slots(template.text)) - known):
                warn(base + ("templates", j, "text"), "D410", f"unknown slot {{{slot}}}: use one of {', '.join(sorted(known))} or add it under 'slots'")

    declared = set(s.languages)
    for text, path in _texts(s, ()):
        if isinstance(text, dict):
            missing = sorted(declared - set(text))
            if missing:
                warn(path, "D406", f"text has no {', '.join(missing)} version, though the scenario declares {', '.join(s.languages)}")
    for cond_path in _conditions_outside_clock(s):
        warn(cond_path, "D408", "this time is after the scenario ends")
    return sorted(diagnostics)


def _choice_points(s: m.Scenario) -> Iterator[tuple[Path_, list[m.Option]]]:
    for i, inject in enumerate(s.injects):
        if inject.options:
            yield ("injects", i), inject.options
    if s.status_updates:
        yield (), s.status_updates


def _cues(s: m.Scenario, base: Path_, options: list[m.Option], warn: Any) -> None:
    """What gives the answer away (drill.scenario.cues) and what leaves the options unkeyed."""
    key = "options" if base else "status_updates"
    where = f"inject {s.injects[int(base[1])].id!r}" if base else "the status updates"
    for j, option in enumerate(options):
        if option.label is None:
            continue
        for lang in s.languages:
            word = self_grading(text_in(option.label, lang), lang)
            if word:
                warn(base + (key, j, "label"), "D413", f"the label of {option.id!r} grades itself ({word!r}): say what the reply does, not how good it is")
                break
    unkeyed = [o.id for o in options if o.value is None]
    if unkeyed:
        warn(base + (key, options.index(next(o for o in options if o.value is None)), "id"), "D415",
             f"{where}: {', '.join(unkeyed)} {'has' if len(unkeyed) == 1 else 'have'} no 'value', so tone & strategy guesses from tags: key each option (2 best … −2 harmful)")
        return
    values = [o.value for o in options]
    if base and (values.count(2) != 1):
        warn(base + ("id",), "D416", f"{where} should have exactly one best option (value 2); it has {values.count(2)}")
        return
    for lang in s.languages:
        lengths = [len(text_in(o.text, lang)) for o in options]
        longest = lengths.index(max(lengths))
        # several status updates may each be right at their moment: the cue is a best one
        # that is longer by a wide margin than every weaker one
        weaker = [n for i, n in enumerate(lengths) if values[i] != 2 or i == longest]
        if values[longest] == 2 and longest_by_margin(weaker, weaker.index(lengths[longest])):
            warn(base + (key, longest, "text"), "D414", f"{where}: the best option is the longest by a wide margin ({lang}: {lengths[longest]} characters, the next {sorted(weaker)[-2]}): a player who picks the longest text wins without reading")
            break


def _conditions_outside_clock(s: m.Scenario) -> Iterator[Path_]:
    for i, trigger in enumerate(s.triggers):
        for cond, path in walk(trigger.when, ("triggers", i, "when")):
            if isinstance(cond, ElapsedCond) and cond.elapsed > s.clock.length:
                yield path + ("elapsed",)
