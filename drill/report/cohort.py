"""`drill cohort`: a trainer's view of many trainees' runs, as HTML (the debrief's sandboxed
Jinja machinery) or CSV for a spreadsheet.

What it shows: trainees × drills (runs, first, best and latest score, the trend from first to
latest); each trainee's and the whole cohort's weakest dimension; each trainee's progress over
time as an inline SVG chart (one line per drill); and per inject how the cohort answered it
(the spread of options chosen and of written replies' findings, the median time it waited,
the mean quality of the answers), the hardest inject first. The data comes from
drill.history.cohort in a few grouped queries. Names are shown only to whoever runs it
against the database: with `anonymise` each trainee is a stable pseudonym (a keyed hash of
the normalised name, the key kept in the user folder or DRILL_PSEUDONYM_KEY), so a report can
be shared without names.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import secrets
import statistics
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any

from drill.history import History
from drill.history.cohort import CohortData, Filters, cohort_data
from drill.history.names import pseudonym
from drill.i18n import t
from drill.paths import user_dir
from drill.report.explain import dim_name
from drill.scenario.types import format_duration, text_in

CHART_W, CHART_H, PAD = 360, 120, 24
COLOURS = ("#1565c0", "#2e7d32", "#b34700", "#6a1b9a", "#00838f", "#c62828", "#5d4037", "#37474f")
"""One colour per drill in a trainee's chart (eight, then again)."""


def pseudonym_secret() -> bytes:
    """The key of the pseudonyms: DRILL_PSEUDONYM_KEY, else a random key made once and kept in
    the user folder (so the same trainee has the same pseudonym in every report)."""
    given = os.environ.get("DRILL_PSEUDONYM_KEY")
    if given:
        return given.encode("utf-8")
    path = user_dir() / "pseudonym.key"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="ascii") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text(encoding="ascii").strip().encode("ascii")


TEXTS_VERSION = 1


@lru_cache(maxsize=64)
def texts(scenario_id: str, lang: str) -> dict[str, str]:
    """The library drill's inject texts ('inject') and option texts ('inject/option'), short,
    in one language; empty for a drill not in the library. Kept in the user's cache by the
    file's size and modification time: loading the eight library drills costs more than the
    rest of a cohort report."""
    from drill import __version__
    from drill.library import LibraryError, find, load_named

    path = find(scenario_id)
    if path is None:
        return {}
    info = path.stat()
    stamp = [info.st_size, info.st_mtime_ns, __version__, TEXTS_VERSION, lang]
    cache_file = user_dir() / "cache" / "texts" / f"{path.stem}.{lang}.json"
    try:
        cached = json.loads(cache_file.read_text(encoding="utf-8"))
        if cached.get("stamp") == stamp:
            return cached["texts"]
    except (OSError, ValueError, AttributeError):
        pass
    try:
        scenario = load_named(str(path)).scenario
    except LibraryError:
        return {}
    found = {}
    for inject in scenario.injects:
        found[inject.id] = _short(text_in(inject.text, lang))
        for option in inject.options:
            found[f"{inject.id}/{option.id}"] = _short(text_in(option.text, lang), 70)
    with contextlib.suppress(OSError):  # a read-only home only costs the next report its speed
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        cache_file.write_text(json.dumps({"stamp": stamp, "texts": found}, ensure_ascii=False), encoding="utf-8")
    return found


def _short(text: str, width: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def _trend(first: float, latest: float) -> str:
    return "↑" if latest > first + 0.5 else "↓" if latest < first - 0.5 else "→"


def _chart(series: dict[str, list[tuple[float, float]]], drills: list[str], span: tuple[float, float]) -> dict[str, Any]:
    """A progress chart's geometry: a polyline per drill, x by date across the cohort's span."""
    t0, t1 = span
    width, height = CHART_W - 2 * PAD, CHART_H - 2 * PAD

    def x(moment: float) -> float:
        return PAD + (width * (moment - t0) / (t1 - t0) if t1 > t0 else width / 2)

    def y(value: float) -> float:
        return PAD + height * (1 - value / 100)

    lines = []
    for drill, points in sorted(series.items()):
        colour = COLOURS[drills.index(drill) % len(COLOURS)]
        coords = [(round(x(m), 1), round(y(v), 1)) for m, v in points]
        lines.append({"drill": drill, "colour": colour, "points": " ".join(f"{a},{b}" for a, b in coords), "last": coords[-1]})
    return {"w": CHART_W, "h": CHART_H, "pad": PAD, "grid": [{"y": round(y(v), 1), "label": v} for v in (0, 50, 100)], "lines": lines}


def build_cohort(data: CohortData, lang: str, filters: Filters, anonymise: bool = False) -> dict[str, Any]:
    """The cohort report's data, every text in the report's language."""
    secret = pseudonym_secret() if anonymise else b""
    names: dict[str, str] = {}
    who: defaultdict[int, list[str]] = defaultdict(list)
    for run, key, name in data.people:
        who[run].append(key)
        if key not in names:
            names[key] = pseudonym(key, secret) if anonymise else name
    drills = sorted({scenario for _, scenario, _, _, _ in data.runs})
    stamps = {run: when.timestamp() for run, _, when, _, _ in data.runs if when is not None}
    span = (min(stamps.values()), max(stamps.values())) if stamps else (0.0, 0.0)
    per: defaultdict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    for run, scenario, _, overall, _ in data.runs:  # oldest first, so each list is too
        for key in who[run]:
            per[(key, scenario)].append((run, overall))
    trainees = []
    for key in sorted(names, key=lambda k: names[k].casefold()):
        cells, series = {}, {}
        for drill in drills:
            done = per.get((key, drill))
            if not done:
                continue
            scores = [overall for _, overall in done]
            cells[drill] = {"runs": len(done), "first": scores[0], "best": max(scores), "latest": scores[-1],
                            "trend": _trend(scores[0], scores[-1]), "change": round(scores[-1] - scores[0], 1)}
            dated = [(stamps[run], overall) for run, overall in done if run in stamps]
            if dated:
                series[drill] = dated
        dim, score = _weakest(data.trainee_dimensions.get(key, {})) or ("", 0.0)
        trainees.append({"name": names[key], "cells": cells, "chart": _chart(series, drills, span) if series else None,
                         "weakest": {"id": dim, "label": dim_name(dim, lang) if dim else "", "score": round(score, 1)}})
    teams = []
    team_runs = Counter(team for _, _, _, _, team in data.runs if team)
    for label, means in sorted(data.team_dimensions.items()):
        weakest_name, weakest_score = _weakest(means) or ("", 0.0)
        teams.append({"members": ", ".join(names.get(k, "—") for k in label.split(", ")), "runs": team_runs[label],
                      "weakest": {"id": weakest_name, "label": dim_name(weakest_name, lang) if weakest_name else "", "score": round(weakest_score, 1)}})
    cohort = data.cohort_dimensions
    team_dims = [{"id": n, "label": dim_name(n, lang), "score": round(cohort[n], 1)} for n in sorted(_in_order(cohort), key=cohort.__getitem__)]
    return {
        "lang": lang, "anonymised": anonymise, "filters": describe(filters, lang),
        "counts": {"runs": len(data.runs), "trainees": len(names), "drills": len(drills)},
        "drills": drills, "colours": {d: COLOURS[i % len(COLOURS)] for i, d in enumerate(drills)},
        "trainees": trainees, "team": team_dims, "teams": teams, "injects": _injects(data, lang),
    }


def _in_order(means: dict[str, float]) -> list[str]:
    """Dimension names in the scorecard's order (others after, by name): of two dimensions
    with the same mean, the weakest is the one the scorecard lists first."""
    from drill.scoring.dimensions import DIMENSION_RULES

    order = {name: n for n, name in enumerate(DIMENSION_RULES)}
    return sorted(means, key=lambda name: (order.get(name, len(order)), name))


def _weakest(means: dict[str, float]) -> tuple[str, float] | None:
    """The dimension with the lowest mean, and the mean; None without any."""
    if not means:
        return None
    name = min(_in_order(means), key=means.__getitem__)
    return name, float(means[name])


def _injects(data: CohortData, lang: str) -> list[dict[str, Any]]:
    """Per inject: the answers' spread, their mean quality and median wait; hardest first."""
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for row in data.answers:
        entry = grouped.setdefault((row["scenario"], row["inject"]), {"answers": 0, "scored": 0.0, "weight": 0, "choices": []})
        entry["answers"] += row["count"]
        if row["score"] is not None:
            entry["scored"] += float(row["score"]) * row["count"]
            entry["weight"] += row["count"]
        entry["choices"].append({"option": row["option"], "count": row["count"], "score": None if row["score"] is None else round(float(row["score"]), 1)})
    for key, entry in grouped.items():
        entry["findings"] = data.findings.get(key, {})
        entry["waits"] = data.waits.get(key, [])
    out = []
    for (scenario, inject), entry in grouped.items():
        total = entry["answers"]
        choices = sorted(entry["choices"], key=lambda c: (-c["count"], c["option"] or ""))
        for choice in choices:
            choice["share"] = round(100 * choice["count"] / total, 1)
            choice["label"] = texts(scenario, lang).get(f"{inject}/{choice['option']}", "") if choice["option"] else t("cohort.written", lang)
        out.append({
            "scenario": scenario, "inject": inject, "text": texts(scenario, lang).get(inject, ""), "answers": total,
            "score": round(entry["scored"] / entry["weight"], 1) if entry["weight"] else None,
            "median_wait": format_duration(statistics.median(entry["waits"])) if entry["waits"] else "—",
            "choices": choices, "findings": sorted(entry["findings"].items(), key=lambda kv: (-kv[1], kv[0])),
        })
    return sorted(out, key=lambda i: (i["score"] is None, i["score"] if i["score"] is not None else 0, i["scenario"], i["inject"]))


def describe(f: Filters, lang: str) -> list[str]:
    """The filters in words, for the report's header."""
    said = []
    if f.since is not None:
        said.append(t("cohort.filter.since", lang, date=f.since.date().isoformat()))
    if f.drill is not None:
        said.append(t("cohort.filter.drill", lang, drill=f.drill))
    if f.team is not None:
        said.append(t("cohort.filter.team", lang, name=f.team))
    if f.practice is not None:
        said.append(t("cohort.filter.practice" if f.practice else "cohort.filter.assessed", lang))
    if f.trainee is not None:
        said.append(t("cohort.filter.trainee", lang, name=f.trainee))
    return said


def cohort_report(store: History, filters: Filters, lang: str, anonymise: bool = False) -> dict[str, Any]:
    return build_cohort(cohort_data(store, filters), lang, filters, anonymise)


def render_html(report: dict[str, Any]) -> str:
    from drill.report.render import environment

    lang = report["lang"]

    def tr(key: str, **params: Any) -> str:
        return t(key, lang, **params)

    return environment("html").get_template("cohort.html.j2").render(report=report, t=tr)


def render_csv(report: dict[str, Any]) -> str:
    """Trainees × drills, one row each, UTF-8 with a byte-order mark (spreadsheets then read
    ä and ö right) and CRLF line ends as RFC 4180 has them."""
    lang = report["lang"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([t(f"cohort.csv.{c}", lang) for c in ("trainee", "drill", "runs", "first", "best", "latest", "trend", "weakest", "weakest_score")])
    for trainee in report["trainees"]:
        for drill, cell in trainee["cells"].items():
            writer.writerow([trainee["name"], drill, cell["runs"], cell["first"], cell["best"], cell["latest"], cell["change"],
                             trainee["weakest"]["label"], trainee["weakest"]["score"]])
    return "\ufeff" + out.getvalue()
