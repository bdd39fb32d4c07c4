"""Bots that play scenarios, so trainers can see a scenario is winnable and its scoring fair.

Each bot looks at the session once per tick and returns actions; `play` drives a session
to its end with one. The ideal bot is derived from the scenario's own expectations and the
scoring's judgement of each option, so it needs no scenario-specific knowledge.
"""

from __future__ import annotations

import random
from typing import Protocol

from drill.engine.rules import LEVEL_RANK
from drill.engine.session import Session
from drill.scenario import model as m
from drill.scenario.actions import ROUTE_VERB, Action
from drill.scoring.dimensions import DEFAULT_HOLDING_WITHIN, option_quality, reply_target, tone_value

STATUS_EVERY = 45 * 60
"""How often the ideal bot refreshes its status update while a flood runs."""
REACTION = 60.0
"""The ideal bot's reaction time: one tick."""


class Player(Protocol):
    def decide(self, session: Session) -> list[Action]: ...


class Passive:
    """Does nothing at all: the floor of the scoring."""

    def decide(self, session: Session) -> list[Action]:
        return []


class Ideal:
    """Answers every item with its best option, escalates as expected, keeps status updates current."""

    delay_factor = 0.0

    def __init__(self, seed: int = 0):
        self.handled: set[str] = set()
        self.last_status: float | None = None
        self.posted: list[str] = []

    def reply_delay(self, session: Session, inject: m.Inject) -> float:
        return REACTION

    def decide(self, session: Session) -> list[Action]:
        s = session.scenario
        actions: list[Action] = []
        for item in session.authored:
            if item.id in self.handled or item.removed:
                continue
            inject = s.injects_by_id[item.id]
            wanted = inject.expect.escalate if inject.expect else None
            if wanted and LEVEL_RANK[wanted] > LEVEL_RANK[session.level] and not any(a.verb == "escalate" and a.level == wanted for a in actions):
                actions.append(Action("escalate", level=wanted, note=f"{item.id} calls for it"))
            if not inject.options or not item.needs_reply:
                self.handled.add(item.id)
                continue
            if session.now - item.time < self.reply_delay(session, inject):
                continue
            offered = [o for o in inject.options if session.available(o)]
            if not offered:
                continue
            best = max(offered, key=lambda o: (option_quality(s, inject, o), -inject.options.index(o)))
            actions.append(Action(ROUTE_VERB[best.route], item.id, best.id))
            self.handled.add(item.id)
        actions.extend(self.status(session))
        return actions

    def status(self, session: Session) -> list[Action]:
        s = session.scenario
        if not s.status_updates:
            return []
        running = [f for f, st in session.floods.items() if st.running or st.count]
        if not running:
            return []
        first = min(e.t for e in session.log.events if e.kind == "flood_start")
        due = first + self.status_delay(session)
        if session.now < due:
            return []
        if self.last_status is not None and session.now - self.last_status < STATUS_EVERY:
            return []
        if self.last_status is not None and not any(st.running for st in session.floods.values()):
            return []
        offered = session.options_for("", "status")
        if not offered:
            return []
        best = max(offered, key=lambda o: (tone_value(s, o), o.id not in self.posted, -s.status_updates.index(o)))
        self.last_status = session.now
        self.posted.append(best.id)
        return [Action("status", option=best.id)]

    def status_delay(self, session: Session) -> float:
        return 0.0


class Slow(Ideal):
    """The ideal bot's choices, made late: 2.5 times each reply target (escalation stays on time)."""

    factor = 2.5

    def reply_delay(self, session: Session, inject: m.Inject) -> float:
        return self.factor * reply_target(session, inject)

    def status_delay(self, session: Session) -> float:
        return self.factor * (session.scenario.scoring.holding_within or DEFAULT_HOLDING_WITHIN)


class Deleter:
    """Deletes every critical item as it arrives: the mistake of the Midhill case."""

    def __init__(self, seed: int = 0):
        self.done: set[str] = set()

    def decide(self, session: Session) -> list[Action]:
        actions = []
        for item in session.authored:
            if item.id not in self.done and item.criticism and not item.removed:
                actions.append(Action("delete", item.id))
                self.done.add(item.id)
        return actions


class RandomPlayer:
    """Seeded random play: now and then a random choice on a random item, rarely a deletion.

    Mostly authored options (which may be good or bad), sometimes a status update, an
    escalation to a random level or a dismissal, and in one action in thirty a delete or hide:
    a careless trainee, not a saboteur, so its scores spread across the middle.
    """

    def __init__(self, seed: int = 0, rate: float = 0.25):
        self.rng = random.Random(f"random-player:{seed}")
        self.rate = rate

    def decide(self, session: Session) -> list[Action]:
        rng = self.rng
        if rng.random() > self.rate or not session.authored:
            return []
        item = rng.choice(session.authored)
        inject = session.scenario.injects_by_id[item.id]
        roll = rng.random()
        if roll < 0.72 and inject.options:
            option = rng.choice(inject.options)  # offered or not: a careless trainee may try
            return [Action(ROUTE_VERB[option.route], item.id, option.id)]
        if roll < 0.84 and session.scenario.status_updates:
            return [Action("status", option=rng.choice(session.scenario.status_updates).id)]
        if roll < 0.92:
            return [Action("escalate", level=rng.choice(m.LEVELS[1:]))]
        if roll < 0.967:
            return [Action("dismiss", item.id)]
        return [Action(rng.choice(["delete", "hide"]), item.id)]


PLAYERS: dict[str, type] = {"ideal": Ideal, "passive": Passive, "deleter": Deleter, "slow": Slow, "random": RandomPlayer}


def make_player(name: str, seed: int = 0) -> Player:
    cls = PLAYERS[name]
    return cls(seed) if cls is not Passive else cls()


def play(scenario: m.Scenario, player: Player, seed: int = 1, step: float | None = None, **header) -> Session:
    """Drive a session to its end, asking the player once per step (default: one tick)."""
    session = Session(scenario, seed, **header)
    step = float(step or scenario.clock.tick)
    while session.ended is None:
        for action in player.decide(session):
            session.act(action)
        session.advance_to(session.now + step)
    return session
