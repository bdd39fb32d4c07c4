"""Sentences for the debrief: evidence, consequences, levels, routes and verbs in the reader's language.

The scoring writes evidence as rule keys with raw parameters (seconds, level ids); a trainee
reads "Answered in 25m; the target was 15m". Turning one into the other lives here, once,
so the HTML, the Markdown and the xAPI export say the same thing in the same words.
"""

from __future__ import annotations

import string
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from drill.i18n import CATALOGUES, t
from drill.scenario import model as m
from drill.scenario.consequences import EndThen, MeterThen, SpawnThen, StartFloodThen, StopFloodThen
from drill.scenario.types import format_duration, text_in
from drill.scenario.vocabulary import METERS

TIME_PARAMS = ("elapsed", "target")


def level_name(level: str | None, lang: str) -> str:
    """A rung of the ladder by name; a role beside the ladder by its id (the scenario names it)."""
    if not level:
        return ""
    return t(f"report.level.{level}", lang) if has_key(f"report.level.{level}", lang) else level


def route_name(route: str | None, lang: str) -> str:
    return t(f"report.route.{route}", lang) if route else ""


def verb_name(verb: str | None, lang: str) -> str:
    return t(f"report.verb.{verb}", lang) if verb else ""


def dim_name(dimension: str, lang: str) -> str:
    return t(f"dim.{dimension}", lang)


def has_key(key: str, lang: str) -> bool:
    return key in CATALOGUES.get(lang, {}) or key in CATALOGUES["en"]


def explain(rule: str, params: dict[str, Any], lang: str) -> str:
    """The sentence for one evidence record, with times as durations and ids as names."""
    values: dict[str, Any] = dict(params)
    for name in TIME_PARAMS:
        if isinstance(params.get(name), (int, float)):
            values[f"{name}_h"] = format_duration(params[name])
    for name in ("level", "chosen", "called"):
        if name in params:
            values[name] = level_name(params[name], lang)
    if "route" in params:
        values["route"] = route_name(params["route"], lang)
    if params.get("wanted"):
        values["wanted"] = " / ".join(route_name(r, lang) for r in str(params["wanted"]).split("/"))
    wanted = _fields(t(f"rule.{rule}", lang))
    if wanted - set(values):
        plain = f"report.plain.{rule}"
        text = t(plain, lang) if has_key(plain, lang) else t(f"rule.{rule}", lang, **dict.fromkeys(wanted, "—") | values)
    else:
        text = t(f"rule.{rule}", lang, **values)
    if rule in ("reply_tone", "status_tone") and params.get("tags"):
        text = f"{text.rstrip('.')}: {tag_names(params['tags'], lang)}."
    return text


@lru_cache(maxsize=256)
def _fields(template: str) -> frozenset[str]:
    """The {names} a catalogue string asks for (a busy run explains hundreds of findings)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def tag_names(tags: list[str], lang: str) -> str:
    """Reply tags as words: 'acknowledge, move_private' → 'acknowledges, moves to private'."""
    return ", ".join(t(f"report.tag.{tag}", lang) for tag in tags)


def option_label(option: m.Option, lang: str, width: int = 70) -> str:
    """An option's label, or the start of its text."""
    label = text_in(option.label, lang)
    return label or short(text_in(option.text, lang), width)


def short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def effects(effects: m.MeterEffects, lang: str) -> list[str]:
    """'Heat +15', 'Sentiment −15' for each meter an option or inject moves."""
    out = []
    for name in METERS:
        value = getattr(effects, name)
        if value:
            out.append(f"{t(f'report.meter.{name}', lang)} {signed(value)}")
    return out


def signed(value: float) -> str:
    """+12, −3.5, 0: a change with its sign (a true minus sign)."""
    text = f"{abs(value):g}"
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else "0"


def consequence(then: Any, scenario: m.Scenario, lang: str) -> str:
    """One consequence of a trigger, as a sentence."""
    if isinstance(then, SpawnThen):
        inject = scenario.injects_by_id.get(then.spawn)
        text = short(text_in(inject.text, lang), 80) if inject else ""
        key = "report.then.spawn_after" if then.after else "report.then.spawn"
        return t(key, lang, item=then.spawn, text=text, after=format_duration(then.after))
    if isinstance(then, MeterThen):
        meter = t(f"report.meter.{then.meter}", lang)
        if then.add is not None:
            return f"{meter} {signed(then.add)}"
        return t("report.then.meter_set", lang, meter=meter, value=f"{then.set:g}")
    if isinstance(then, StartFloodThen):
        return t("report.then.start_flood", lang, flood=then.start_flood)
    if isinstance(then, StopFloodThen):
        return t("report.then.stop_flood", lang, flood=then.stop_flood)
    if isinstance(then, EndThen):
        ending = next((e for e in scenario.endings if e.id == then.end), None)
        return t("report.then.end", lang, ending=text_in(ending.title, lang) if ending else then.end)
    return str(then)


def ended_early(session, lang: str) -> str | None:
    """Why a run stopped before its scenario's end, for the end screen and the debrief."""
    if not session.ended_early:
        return None
    left = format_duration(session.scenario.clock.length - session.now)
    return t("report.ended_early", lang, time=f"{session.wall_time():%H:%M}", left=left)


def hhmm(starts: str, seconds: float) -> str:
    """The scenario's clock (HH:MM) at a sim time, from the record's ISO start. Seconds are
    rounded first, as the report's HH:MM:SS clock and its durations round them, so 59.6 s
    past a minute reads as the next minute everywhere."""
    return f"{datetime.fromisoformat(starts) + timedelta(seconds=round(seconds)):%H:%M}"


def why(rule: str, dimension: str, lang: str) -> str:
    """Why a rule's finding matters: its own words, else its dimension's."""
    key = f"report.why.{rule}"
    return t(key, lang) if has_key(key, lang) else t(f"report.why.dim.{dimension}", lang)


def item_ref(item: str | None, lang: str) -> str:
    """An item as the reader knows it: an inject by its authored id, a generated comment
    ('worried#2', the engine's own counter) as 'comment 2 of flood worried'."""
    if not item:
        return ""
    flood, _, number = item.rpartition("#")
    if not (flood and number.isdigit()):
        return item
    before, after = _flood_comment(flood, lang)
    return before + number + after


@lru_cache(maxsize=256)
def _flood_comment(flood: str, lang: str) -> tuple[str, str]:
    """The words around a flood comment's number ('comment ', ' of flood worried'), worked out
    once per flood: a busy shift's action log names thousands of its comments."""
    before, _, after = t("report.flood_comment", lang, flood=flood, n="\0").partition("\0")
    return before, after
