"""Helpers for the report tests: scenarios, hostile texts, and bots playing with a journal.

Scenarios: the starter ('demo', from drill.scenario.starter, valid by construction), a
hostile variant of it whose texts carry HTML, script and template syntax, and every bundled
scenario that loads (others are still writing them; the tests hold for any valid scenario).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from drill.engine.session import Session
from drill.players import make_player, play
from drill.runlog import JournalWriter
from drill.scenario.load import Loaded, load
from drill.scenario.starter import starter_text
from drill.scoring.scorecard import Scorecard, score

REPO = Path(__file__).resolve().parents[2]
EVIL = "<script>window.__pwned=1;alert(1)</script> {{ 7*7 }} {% if 1 %}x{% endif %} | *bold* [link](javascript:alert(1))"
"""Text that would run, render or break the page if a report ever treated data as code."""
BOTS = ("ideal", "passive", "deleter", "slow", "random")


@dataclass
class Run:
    loaded: Loaded
    session: Session
    card: Scorecard
    journal: Path
    scenario_file: Path


def bundled() -> list[Path]:
    found = []
    for path in sorted((REPO / "scenarios").glob("*.yaml")):
        try:
            load(path)
        except Exception:  # a scenario still being written is not ours to test
            continue
        found.append(path)
    return found


def demo_text() -> str:
    return starter_text("demo")


def evil_text() -> str:
    """The starter with hostile texts everywhere a trainer writes, and a trigger on deletion."""
    data = yaml.safe_load(starter_text("evil"))
    data["title"] = {"en": f"Evil {EVIL}", "fi": f"Paha {EVIL}"}
    data["organisation"]["name"] = f"Org {EVIL}"
    data["objectives"][0]["text"] = {"en": f"Answer fast {EVIL}", "fi": f"Vastaa nopeasti {EVIL}"}
    inject = data["injects"][0]
    inject["text"] = {"en": f"Complaint {EVIL}", "fi": f"Valitus {EVIL}"}
    for option in inject["options"]:
        option["feedback"] = {"en": f"Feedback {option['id']} {EVIL}", "fi": f"Palaute {option['id']} {EVIL}"}
    inject["options"][2]["label"] = f"Curt {EVIL}"
    data["injects"].append({
        "id": "screenshot", "held": True, "channel": "twitter", "author": "Screenshotter",
        "text": {"en": "They deleted my comment! Screenshot attached.", "fi": "Poistivat kommenttini! Kuvakaappaus liitteenä."},
        "needs_reply": False,
    })
    data["triggers"].append({
        "id": "screenshot-spreads",
        "when": {"action": "delete", "inject": "late-parcel"},
        "then": [{"spawn": "screenshot", "after": "5m"}, {"meter": "heat", "add": 30}],
    })
    data["tests"] = []
    return json.dumps(data, ensure_ascii=False)


def record_run(loaded: Loaded, scenario_file: Path, bot: str, seed: int, journal: Path, extra=None, **header) -> Run:
    """Play a bot with the journal attached, as the TUI does, and score the run."""
    session = Session(loaded.scenario, seed, scenario_digest=loaded.digest, **header)
    writer = JournalWriter.start(session.log, journal)
    play(loaded.scenario, make_player(bot, seed), seed, session=session, each_step=extra)
    writer.close()
    return Run(loaded, session, score(session), journal, scenario_file)
