"""Chart geometry for the debrief's SVG timeline, computed from the run record.

Templates should draw, not calculate: every coordinate is worked out here and rounded, so
the SVG stays small and byte-stable, and a custom template can restyle the chart without
redoing the arithmetic. Marks that would land on the same pixel are merged, so a run with
ten thousand actions still gives a chart of a few hundred shapes; actions of different kinds
that would touch are stacked instead, so none hides another, and a merged mark says how
many it stands for. The meters have a scale on each side (0–100; sentiment −100…+100), and
the left margin widens until every reply label fits whole.
"""

from __future__ import annotations

from functools import cache
from operator import itemgetter
from typing import Any

from drill.i18n import t as tr
from drill.report.explain import hhmm, item_ref
from drill.report.runrecord import ActionMark, ChartParts, ExpectedEscalation, LevelMark, RunRecord, Timeline
from drill.scenario.types import format_duration
from drill.scenario.vocabulary import LEVELS

WIDTH = 960
LEFT = 160
"""The narrowest left margin; it widens to fit the longest reply label whole."""
RIGHT = 44
"""Room for the sentiment scale on the right."""
LABEL_CHAR, LABEL_GAP = 6.1, 6
"""Width of a character of a reply label (10 px monospace) and the gap before the plot."""
METER_TOP, METER_HEIGHT = 30, 140
MARK_GAP = 4.0
"""Action marks closer than this (in pixels) would touch: they are stacked, not overdrawn."""
COUNT_ROOM = 14.0
"""A mark standing for several actions says how many when the next mark is this far away."""
LANE = 22
REPLY_ROW = 14
MAX_REPLY_ROWS = 24
LEVEL_STEP = 16
NICE_STEPS = (60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400)
METER_NAMES = ("heat", "reach", "sentiment", "press")
OBSERVATION_TITLE = 160
"""Characters of an observation shown in its tooltip (the full text is in the report below)."""


def _r(value: float) -> float:
    return round(value, 1)


def _axis_step(span: float, most: int = 12) -> int:
    return next((s for s in NICE_STEPS if span / s <= most), NICE_STEPS[-1])


def geometry(record: ChartParts) -> dict[str, Any]:
    """Everything the SVG template draws, in pixels."""
    lang = record["lang"]
    tl = record["timeline"]
    span = max(tl["length"], tl["end"], 1.0)
    longest = max((len(rep["item"]) for rep in tl["replies"][:MAX_REPLY_ROWS]), default=0)
    left = min(WIDTH // 2, max(LEFT, int(LABEL_GAP + 8 + longest * LABEL_CHAR + 0.999)))
    plot = WIDTH - left - RIGHT

    @cache  # a busy run has many actions, ticks and marks at the same moment
    def x(t: float) -> float:
        return _r(left + plot * min(max(t, 0.0), span) / span)

    starts = record["scenario"]["starts"]
    step = _axis_step(span)
    ticks = [{"x": x(s), "label": hhmm(starts, s)} for s in range(0, int(span) + 1, step)]

    y = METER_TOP
    meters = _meters(tl["meters"], x, y, lang)
    y += METER_HEIGHT + 14
    events_y = y
    injects = _dedupe([{"x": x(i["t"]), "title": f"{format_duration(i['t'])} {i['id']}"} for i in tl["injects"]])
    triggers = _dedupe([{"x": x(i["t"]), "title": f"{format_duration(i['t'])} {i['id']}"} for i in tl["triggers"]])
    floods = [
        {"x": x(f["start"]), "w": _r(max(1.0, x(f["stop"] if f["stop"] is not None else tl["end"]) - x(f["start"]))), "title": f["flood"]}
        for f in tl["floods"]
    ]
    y += LANE
    actions_y = y
    actions = _action_marks(tl["actions"], x, actions_y + 2, lang)
    y += LANE
    facilitator_y: int | None = None
    observations: list[dict[str, Any]] = []
    commands: list[dict[str, Any]] = []
    if tl["observations"] or tl["facilitator"]:
        facilitator_y = y
        observations, commands = _facilitator(tl, x, starts, lang)
        y += LANE
    y += 6
    replies_y = y
    y += REPLY_ROW  # the lane's name on a row of its own: long labels need the margin
    replies = []
    for n, rep in enumerate(tl["replies"][:MAX_REPLY_ROWS]):
        row_y = y + n * REPLY_ROW
        end = rep["answered"] if rep["answered"] is not None else tl["end"]
        replies.append({
            "y": row_y, "label": rep["item"], "status": rep["status"],
            "target_x": x(rep["arrived"]), "target_w": _r(max(1.0, x(rep["arrived"] + rep["target"]) - x(rep["arrived"]))),
            "bar_x": x(rep["arrived"]), "bar_w": _r(max(2.0, x(end) - x(rep["arrived"]))),
            "title": f"{rep['item']}: {tr('report.reply.' + rep['status'], lang)}",
        })
    more_replies = max(0, len(tl["replies"]) - MAX_REPLY_ROWS)
    y += max(1, len(replies)) * REPLY_ROW + (REPLY_ROW if more_replies else 0) + 10
    y += 14
    escalation = _escalation(tl["escalations"], record["escalation"]["expected"], x, y, tl["end"], lang)
    y += LEVEL_STEP * (len(LEVELS) - 1) + 14
    axis_y = y + 4
    return {
        "width": WIDTH, "height": axis_y + 24, "left": left, "right": WIDTH - RIGHT, "ticks": ticks, "axis_y": axis_y,
        "label_char": LABEL_CHAR, "label_gap": LABEL_GAP,
        "meters": meters, "events_y": events_y, "injects": injects, "triggers": triggers, "floods": floods,
        "actions_y": actions_y, "actions": actions, "facilitator_y": facilitator_y, "observations": observations,
        "commands": commands, "replies_y": replies_y, "replies": replies, "more_replies": more_replies,
        "more_replies_y": replies_y + REPLY_ROW * (len(replies) + 1) + 10,
        "escalation": escalation, "ended_x": x(tl["end"]) if tl["end"] < span else None,
    }


def _facilitator(tl: Timeline, x, starts: str, lang: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The facilitator's lane: observations (a badge with the rating) and commands (fired
    held injects, the end), each titled with its time and words."""

    observations = _dedupe([
        {"x": x(o["t"]), "rating": o["rating"] or "", "title": f"{hhmm(starts, o['t'])} {o['rating'] or '–'}: {o['text'][:OBSERVATION_TITLE]}"}
        for o in tl["observations"]
    ], key="rating")
    commands = _dedupe([
        {"x": x(c["t"]), "title": f"{hhmm(starts, c['t'])} " + tr(f"report.facilitator.{c['do']}", lang, inject=c["inject"] or "")}
        for c in tl["facilitator"]
    ])
    return observations, commands


def _dedupe(marks: list[dict[str, Any]], key: str | None = None) -> list[dict[str, Any]]:
    """One mark per pixel column (and kind): the SVG stays small however busy the run."""
    seen: dict[tuple, dict[str, Any]] = {}
    for mark in marks:
        k = (round(mark["x"]), mark.get(key) if key else None)
        if k in seen:
            seen[k]["count"] += 1
        else:
            seen[k] = {**mark, "count": 1}
    return list(seen.values())


def _action_marks(actions: list[ActionMark], x, top: float, lang: str, height: float = 16.0) -> list[dict[str, Any]]:
    """One mark per verb among actions that would touch (closer than MARK_GAP): a reply and a
    status update a few seconds apart are stacked in the lane, each its own colour; repeats
    of one verb are one mark that says how many, where there is room to say it."""
    clusters: list[list[tuple[float, str, float]]] = []
    for mark in sorted([(x(a["t"]), a["verb"], a["t"]) for a in actions], key=itemgetter(0)):
        if clusters and mark[0] - clusters[-1][0][0] < MARK_GAP:
            clusters[-1].append(mark)
        else:
            clusters.append([mark])
    out: list[dict[str, Any]] = []
    for n, cluster in enumerate(clusters):
        verbs: dict[str, list[float]] = {}
        for _, verb, t in cluster:
            verbs.setdefault(verb, []).append(t)
        slot = height / len(verbs)
        room = n + 1 == len(clusters) or clusters[n + 1][0][0] - cluster[0][0] >= COUNT_ROOM
        for k, (verb, times) in enumerate(verbs.items()):
            y1 = _r(top + k * slot)
            y2 = _r(top + (k + 1) * slot - (1 if len(verbs) > 1 else 0))
            out.append({
                "x": cluster[0][0], "verb": verb, "count": len(times), "y1": y1, "y2": y2,
                "label": str(len(times)) if len(times) > 1 and room else "", "label_y": _r((y1 + y2) / 2 + 3),
                "title": f"{format_duration(times[0])} {tr('report.verb.' + verb, lang)}",
            })
    return out


def _meters(rows: list[list[float]], x, top: int, lang: str) -> dict[str, Any]:
    """Polylines for heat and press on 0–100 (the left scale), sentiment on −100…+100 (the
    right scale) and reach scaled to its own peak; a key above the panel says which is which."""
    bottom = top + METER_HEIGHT
    peak = max((r[2] for r in rows), default=0.0) or 1.0

    def y(value: float, low: float, high: float) -> float:
        return _r(bottom - METER_HEIGHT * (value - low) / (high - low))

    scales = {"heat": (0.0, 100.0), "reach": (0.0, peak), "sentiment": (-100.0, 100.0), "press": (0.0, 100.0)}
    lines: list[dict[str, Any]] = []
    for col, name in enumerate(METER_NAMES, 1):
        low, high = scales[name]
        points: dict[float, float] = {}
        for row in rows:
            points[x(row[0])] = y(row[col], low, high)
        lines.append({
            "name": name, "label": tr(f"report.meter.{name}", lang),
            "points": " ".join(f"{px:g},{py:g}" for px, py in points.items()),
            "last": rows[-1][col] if rows else None,
        })
    key_x = 8.0
    for line in lines:
        if line["name"] == "sentiment":
            line["label"] = tr("report.axis.right", lang, meter=line["label"])
        elif line["name"] == "reach":
            line["label"] = f"{line['label']} (≤ {round(peak)})"
        line["key_x"] = _r(key_x)
        key_x += 30 + len(line["label"]) * 6.2 + 16
    return {
        "top": top, "bottom": bottom, "mid": _r(top + METER_HEIGHT / 2), "lines": lines, "reach_peak": round(peak),
        "key_y": top - 12,
        "axis_left": [{"y": y(v, 0.0, 100.0), "label": str(v)} for v in (0, 25, 50, 75, 100)],
        "axis_right": [{"y": y(v, -100.0, 100.0), "label": label} for v, label in ((-100, "−100"), (0, "0"), (100, "+100"))],
    }


def _escalation(steps: list[LevelMark], expected: list[ExpectedEscalation], x, top: int, end: float, lang: str) -> dict[str, Any]:
    """A step line up the ladder (service at the bottom) and the expected deadlines."""
    rank = {level: n for n, level in enumerate(LEVELS)}
    bottom = top + LEVEL_STEP * (len(LEVELS) - 1)

    def y(level: str) -> float:
        return bottom - LEVEL_STEP * rank[level]

    path, highest = [f"M{x(0):g},{y('service'):g}"], 0
    for step in steps:  # the highest rung told so far; roles beside the ladder are not on it
        if rank.get(step["level"], -1) > highest:
            highest = rank[step["level"]]
            path.append(f"H{x(step['t']):g}V{y(step['level']):g}")
    path.append(f"H{x(end):g}")
    return {
        "top": top, "bottom": bottom, "path": "".join(path),
        "levels": [{"y": y(level), "label": tr(f"report.level_short.{level}", lang)} for level in LEVELS],
        "deadlines": [{"x": x(e["deadline"]), "y": y(e["level"]), "title": f"{e['level_name']} {format_duration(e['deadline'])}"}
                      for e in expected if e["level"] in rank],
    }


def rows(record: RunRecord) -> list[dict[str, Any]]:
    """The timeline as a table for text formats: every happening with the meters at that moment.

    Individual actions are left to the appendix; the key moments of the decision review stand
    for them here, so the table stays readable for a run of any length.
    """
    lang = record["lang"]
    tl = record["timeline"]
    events: list[tuple[float, int, str]] = []
    events += [(i["t"], 0, tr("report.row.inject", lang, item=i["id"], channel=i["channel"])) for i in tl["injects"]]
    for f in tl["floods"]:
        events.append((f["start"], 1, tr("report.then.start_flood", lang, flood=f["flood"])))
        if f["stop"] is not None:
            events.append((f["stop"], 1, tr("report.then.stop_flood", lang, flood=f["flood"])))
    events += [(e["t"], 3, tr("report.trigger", lang, id=e["id"])) for e in tl["triggers"]]
    events += [(o["t"], 4, tr("report.row.observation", lang, rating=o["rating"] or "–", text=o["text"])) for o in tl["observations"]]
    events += [(c["t"], 4, tr(f"report.facilitator.{c['do']}", lang, inject=c["inject"] or "")) for c in tl["facilitator"]]
    for mo in record["decisions"][: record["decisions_shown"]]:
        target = (tr("report.flood_item", lang, flood=mo["item"]) if mo["flood"] else item_ref(mo["item"], lang)) if mo["item"] else (
            tr(f"report.level.{mo['level']}", lang) if mo["level"] else (mo["chosen"] or {}).get("id", ""))
        events.append((mo["t"], 2, f"{mo['verb_name']}: {target}" + (f" ×{mo['count']}" if mo["count"] > 1 else "")))
    events.sort(key=lambda e: (e[0], e[1]))
    meters = tl["meters"]
    out, k = [], 0
    for t, _, text in events:
        while k + 1 < len(meters) and meters[k + 1][0] <= t:
            k += 1
        out.append({"t": t, "text": text, "meters": meters[k][1:] if meters else [None] * 4})
    return out
