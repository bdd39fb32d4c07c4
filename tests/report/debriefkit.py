"""A scripted run of deleted-comment that shows every debrief defect of issue 14 at once.

Times are fractional (a person acts between ticks), a weak status update is judged, a
comment in a flood is hidden and another escalated, two replies go out within ten seconds,
an item with a long id is answered and another is never answered. The report tests
(content, markdownlint, Chromium) all read this one run.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportkit import REPO

from drill.engine.session import Session
from drill.report import build_record
from drill.scenario.actions import Action
from drill.scenario.load import load
from drill.scoring.scorecard import score

ANSWERED_AT = 504.6
"""price-critic arrives at 08:31:00 and is answered at 08:38:24.6: 7m24.6s later."""


@lru_cache(maxsize=4)
def scripted(lang: str = "en"):
    """(session, scorecard) of the scripted run."""
    loaded = load(REPO / "scenarios" / "deleted-comment.yaml")
    session = Session(loaded.scenario, 1, lang=lang, trainee="Aino Virtanen")

    def act(action: Action) -> None:
        assert session.act(action).ok, action

    session.advance_to(ANSWERED_AT)
    act(Action("reply", "price-critic", "apologise-and-explain"))
    session.advance_to(750.0)
    act(Action("reply", "neighbour-pile-on", "own-the-tone"))
    session.advance_to(771.0)
    act(Action("status", option="price-boilerplate"))
    session.advance_to(1500.0)
    act(Action("reply", "fair-question", "typical-numbers"))
    session.advance_to(1510.0)
    act(Action("reply", "critic-thanks", "see-you-there"))
    session.advance_to(1530.5)
    comments = [i.id for i in session.feed if i.flood]
    act(Action("hide", comments[0]))
    act(Action("escalate", comments[1], level="comms", note="many asking the same"))
    session.advance_to(4300.0)
    act(Action("reply", "councillor-question", "straight-answer"))
    session.advance_to(float("inf"))
    return session, score(session)


def scripted_record(lang: str = "en") -> dict:
    return build_record(*scripted(lang))


LONG_ID = "a-complaint-about-a-parcel-that-never-came-and-the-shop-said-not"
"""64 characters, the longest id the format allows."""


def long_text() -> str:
    """The starter with the longest id, a link, an e-mail address and an emoji in its texts."""
    from drill.scenario.starter import starter_text

    text = starter_text("long").replace("late-parcel", LONG_ID)
    return text.replace("Does anyone there read these?", "Does anyone read these? https://example.com/order?id=1 or mail matti@example.com 📦")


@lru_cache(maxsize=2)
def long_record(lang: str = "en") -> dict:
    from drill.players import make_player
    from drill.scenario.load import load_bytes

    loaded = load_bytes(long_text().encode(), "long.yaml")
    session = Session(loaded.scenario, 2, lang=lang, trainee="Aino 🙂 https://example.org")
    player = make_player("random", 2)
    while session.ended is None:
        for action in player.decide(session):
            session.act(action)
        session.advance_to(session.now + 60)
    return build_record(session, score(session))


@lru_cache(maxsize=1)
def team_record() -> dict:
    """deleted-comment as a tabletop: a team with roles, a facilitator's held inject and two
    rated observations (the debrief's role table and observation lists)."""
    from dataclasses import replace

    from drill.players import make_player
    from drill.team import parse_team, team_header

    loaded = load(REPO / "scenarios" / "deleted-comment.yaml")
    session = Session(loaded.scenario, 1, team=team_header(parse_team("Aino:service,Mikko:comms,Sanna:management")),
                      facilitator=True, lang="en")
    player = make_player("random", 3)
    while session.ended is None:
        for action in player.decide(session):
            session.act(replace(action, role="comms" if action.verb in ("status", "escalate") else "service"))
        if session.now == 30 * 60:
            session.fire_held("radio-call")
            session.observe("Mikko waited for the manager | before *calling* the red phone", rating="M", objective="red-phone", role="comms")
            session.observe("Warm, human tone with Kaisa", rating="P", objective="keep-criticism-visible", role="service")
        if session.now == 120 * 60:
            session.finish_now()
            break
        session.advance_to(session.now + 60)
    return build_record(session, score(session))


WRITTEN_MODEL = "We are sorry your order is late, Matti. Please send us your order number in a private message so we can check it without showing it here."
WRITTEN_LEAKY = "Hi Matti, call us on 040 123 4567 or check order AB-2291 and we will fix it IMMEDIATELY, guaranteed"
WRITTEN_HOSTILE = "# not a heading\n| a | pipe |\n*stars* and `ticks` <b>bold</b> 1. not a list  AB-2291 !!!"


@lru_cache(maxsize=4)
def written_record(lang: str = "en", text: str = WRITTEN_LEAKY) -> dict:
    """A run on the engine fixture (with a model answer and facts added) where the trainee
    writes: a reply with personal data and a promise, a bare escalation note, a warm factual
    answer. The debrief reads each back with the checker's findings marked."""
    from drill.scenario.load import load_bytes

    source = (REPO / "tests" / "data" / "engine.yaml").read_text(encoding="utf-8")
    source = source.replace("    personal_data: true\n", f'    personal_data: true\n    model_answer: "{WRITTEN_MODEL}"\n', 1)
    source = source.replace("status_updates:", 'facts: {sunday_opens: "12:00", sunday_closes: "18:00"}\nstatus_updates:', 1)
    session = Session(load_bytes(source.encode(), "fixture.yaml").scenario, 1, lang=lang)
    for at, action in (
        (12 * 60, Action("reply", "complaint", text=text, lang="en")),
        (13 * 60, Action("escalate", "complaint", level="comms", note="call me")),
        (21 * 60, Action("reply", "question", text="Thanks for asking! We are open from 12:00 to 18:00 on Sundays.", lang="en")),
    ):
        session.advance_to(at)
        assert session.act(action).ok, action
    session.advance_to(float("inf"))
    return build_record(session, score(session), lang)


@lru_cache(maxsize=4)
def fork_record(lang: str = "en") -> dict:
    """A fork on deleted-comment beside its parent: the parent deletes the critic's comment
    first thing (decision 1) and goes on deleting; the fork answers it instead, then plays on
    as the ideal player would. Fixed start times, so the record is byte-stable."""
    from drill.fork import fork_point, start_fork
    from drill.players import make_player, play
    from drill.runlog import Journal

    loaded = load(REPO / "scenarios" / "deleted-comment.yaml")
    parent = play(loaded.scenario, make_player("deleter", 2), 2, scenario_digest=loaded.digest, started="2026-03-02T10:15:00")
    records = [{"t": t, "input": a.to_json()} for t, a in parent.log.inputs]
    journal = Journal(dict(parent.log.header), records, parent.now, True, False)
    point = fork_point(journal, Path("runs/deleted-comment-aino.jsonl"), 1)
    fork, _ = start_fork(loaded.scenario, journal, point, None, started="2026-03-02T11:00:00")
    fork.act(Action("reply", "price-critic", "apologise-and-explain"))
    play(loaded.scenario, make_player("ideal", 2), 2, session=fork)
    return build_record(fork, score(fork), lang, parent=(parent, score(parent), "deleted-comment-aino"))
