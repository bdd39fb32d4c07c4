"""Debrief report benchmark: render time and size for a run with 10,000 actions.

The run is real, built through the engine: a synthetic scenario of 100 complaints (each
answered with its best option), a ten-hour comment flood (status updates every half hour,
and every flood comment dismissed one by one until the run holds 10,000 accepted actions).
That is far busier than any trainee's run, so it bounds what the TUI's end screen and
`drill report` cost. Goals: the HTML debrief (record + render) under 150 ms and under 2 MB.
Beside it, the floor measured in the same run: the same environment rendering a plain table
of the action log's rows with their cells already formatted, one Jinja loop (`floor_ms`).

    python bench/report.py            # 10,000 actions, best of 3 (CPU time: median of 7)
    python bench/report.py --quick    # 1,000 actions, one pass
    python bench/report.py --json     # figures as JSON
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drill.engine.session import Session
from drill.report import build_record, render
from drill.report.render import clock, environment, offset
from drill.scenario.actions import Action
from drill.scenario.load import load_bytes
from drill.scoring.scorecard import score

GOAL_MS = 150.0
GOAL_BYTES = 2 * 1024 * 1024
INJECTS = 100


def scenario_text(injects: int = INJECTS) -> str:
    """A valid scenario (JSON is YAML) with many injects, a long flood and two triggers."""
    options = [
        {"id": "ack", "route": "public", "tags": ["acknowledge", "apologise", "move_private"], "text": "Sorry! Please send us a private message.", "feedback": "Good."},
        {"id": "dm", "route": "private", "tags": ["acknowledge", "inform"], "text": "Here are the details.", "feedback": "Fine."},
        {"id": "curt", "route": "public", "tags": ["curt"], "text": "Wait.", "feedback": "Curt.", "effects": {"heat": 5}},
    ]
    data = {
        "format": 1, "id": "bench-report", "title": "Report benchmark", "summary": "Many injects and a long flood.",
        "role": "Social-media shift", "organisation": {"name": "Bench Oy", "sector": "telecom"},
        "ground_rules": {"promised_response": "1h", "staffed": "00:00-24:00"},
        "clock": {"starts": "2026-11-16T06:00", "length": "10h"},
        "objectives": [{"id": "fast", "text": "Answer fast", "dimensions": ["timeliness", "coverage"]},
                       {"id": "right", "text": "Right channel and tone", "dimensions": ["channel_privacy", "tone_strategy", "transparency", "escalation"]}],
        "injects": [
            {"id": f"c{n:03d}", "at": f"{5 * n + 1}m", "author": f"Customer {n}", "text": f"Complaint number {n}: nothing works.",
             "expect": {"reply_within": "10m", **({"escalate": "comms"} if n % 25 == 0 else {})}, "options": options}
            for n in range(injects)
        ],
        "status_updates": [
            {"id": "holding", "route": "status_update", "tags": ["acknowledge", "inform"], "text": "We know, we are fixing it."},
            {"id": "update", "route": "status_update", "tags": ["inform", "instruct"], "text": "Next update within the hour."},
        ],
        "floods": [{"id": "outage", "from": "10m", "until": "9h50m", "rate": "20/m", "channels": ["facebook", "twitter"],
                    "templates": [{"text": "Is it down for {name} in {city} too?", "weight": 3}, {"text": "Still nothing!", "weight": 1}]}],
        "triggers": [
            {"id": "angry", "when": {"meter": "heat", "above": 80}, "then": [{"meter": "press", "add": 10}], "once": False},
            {"id": "curt-spreads", "when": {"action": "reply", "tag": "curt"}, "then": [{"meter": "heat", "add": 10}]},
        ],
        "endings": [{"id": "done", "title": "Done", "text": "The shift ended."}],
    }
    return json.dumps(data)


def busy_run(actions: int) -> Session:
    """Play the benchmark scenario through the engine until it holds `actions` accepted actions."""
    loaded = load_bytes(scenario_text().encode(), "bench-report.json")
    session = Session(loaded.scenario, 1, trainee="Bench", started="2026-11-16T06:00:00+02:00")
    answered: set[str] = set()
    dismissed = 0
    last_status = -1e9
    seen = 0
    while session.ended is None:
        budget = actions - len(session.actions)
        for item in session.authored:
            if budget > 0 and item.id not in answered and session.now - item.time >= 60:
                choice = "curt" if item.id.endswith("7") else "ack"
                if session.act(Action("reply", item.id, choice)).ok:
                    answered.add(item.id)
                    budget -= 1
                if item.id.endswith("00") and budget > 0 and session.act(Action("escalate", level="comms", note="outage")).ok:
                    budget -= 1
        if (budget > 0 and session.floods["outage"].count and session.now - last_status >= 1800
                and session.act(Action("status", option="holding" if last_status < 0 else "update")).ok):
                last_status = session.now
                budget -= 1
        while budget > 0 and seen < len(session.feed):
            item = session.feed[seen]
            seen += 1
            if item.flood and session.act(Action("dismiss", item.id)).ok:
                dismissed += 1
                budget -= 1
        session.advance_to(session.now + 60)
    return session


def timed(fn, repeat: int) -> tuple[float, object]:
    """Best wall time of `repeat` runs, in ms, and the result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000, result


def cpu_median(fn, repeat: int) -> float:
    """Median CPU time (process_time) of `repeat` runs, in ms: steadier than wall time on a
    machine shared with other work."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


FLOOR_ROW = ("<tr><td>{{ a['n'] }}</td><td>{{ a['clock'] }}</td><td>{{ a['time'] }}</td><td>{{ a['verb'] }}</td><td>{{ a['on'] }}</td>"
             "<td>{{ a['choice'] }}</td><td>{{ a['outcome'] }}</td><td>{{ a['note'] }}</td></tr>")


def floor(record) -> float:
    """Wall ms for the floor: the HTML environment rendering the action log as a plain table of
    its rows, every cell already a string, in one loop (no filters, lookups or translations)."""
    cells = [{"n": a["n"], "clock": str(clock(a["t"], record["scenario"]["starts"])), "time": str(offset(a["t"])), "verb": a["verb_name"],
              "on": a["item"] or "", "choice": a["option"] or a["level"] or "", "outcome": "✓" if a["ok"] else a["reason"], "note": a["note"]}
             for a in record["actions"]]
    template = environment("html").from_string("<table>{% for a in rows %}" + FLOOR_ROW + "\n{% endfor %}</table>")
    template.render(rows=cells[:10])
    return timed(lambda: template.render(rows=cells), 3)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1,000 actions, one pass (a smoke run for CI)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--actions", type=int, default=None, help="accepted actions in the run (default 10,000)")
    args = parser.parse_args(argv)
    wanted = args.actions or (1000 if args.quick else 10_000)
    repeat = 1 if args.quick else 3

    start = time.perf_counter()
    session = busy_run(wanted)
    play_s = time.perf_counter() - start
    score_ms, card = timed(lambda: score(session), 1)
    render(build_record(session, card), "html")  # warm the template cache, as a running TUI would be
    record_ms, record = timed(lambda: build_record(session, card), repeat)
    figures: dict[str, object] = {
        "actions": len(session.actions), "items": len(session.feed), "play_s": round(play_s, 2),
        "score_ms": round(score_ms, 1), "record_ms": round(record_ms, 1),
    }
    for fmt in ("html", "md", "json", "xapi"):
        ms, text = timed(lambda fmt=fmt: render(record, fmt), repeat)
        figures[f"{fmt}_ms"] = round(ms, 1)
        figures[f"{fmt}_bytes"] = len(text.encode("utf-8"))
    figures["html_total_ms"] = round(record_ms + figures["html_ms"], 1)
    figures["html_total_cpu_ms"] = round(cpu_median(lambda: render(build_record(session, card), "html"), 1 if args.quick else 7), 1)
    figures["floor_ms"] = round(floor(record), 1)
    figures["goal_ms"] = GOAL_MS
    figures["goal_bytes"] = GOAL_BYTES
    figures["ok"] = figures["html_total_ms"] < GOAL_MS and figures["html_bytes"] < GOAL_BYTES
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"run: {figures['actions']:,} actions, {figures['items']:,} feed items (played in {play_s:.1f} s, scored in {score_ms:.0f} ms)")
        print(f"run record: {record_ms:.0f} ms")
        for fmt in ("html", "md", "json", "xapi"):
            print(f"{fmt:<5} render {figures[fmt + '_ms']:>7.1f} ms   size {figures[fmt + '_bytes'] / 1024:>8.0f} KiB")
        verdict = "ok" if figures["ok"] else "OVER GOAL"
        print(f"HTML debrief (record + render): {figures['html_total_ms']:.0f} ms, {figures['html_bytes'] / 1024 / 1024:.2f} MiB "
              f"(goal < {GOAL_MS:.0f} ms, < 2 MiB): {verdict}")
        print(f"  CPU time, median: {figures['html_total_cpu_ms']:.0f} ms; floor, a plain Jinja table of the same "
              f"{figures['actions']:,} rows: {figures['floor_ms']:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
