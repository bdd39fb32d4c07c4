"""Players that play scenarios without a person: the reference bots, the blind players, and
any player a trainer or researcher writes in a file of their own.

A player sees the run through a read-only `View` once per step and returns actions; `play`
drives a session to its end with one. The reference bots show a drill is winnable (ideal)
and that time matters (slow, passive). The blind players follow a fixed habit that needs no
reading of the situation (always the first option, the longest, management at once, only
status updates…): a drill whose scoring lets any of them reach S teaches nothing, and
`drill test` says so.

Writing your own: a class with `__init__(self, seed: int)` and `decide(self, view) -> list[Action]`,
loaded with `drill simulate SCENARIO --player my_bot.py:MyBot` (see `Player` and `View`).
"""

from __future__ import annotations

import importlib.util
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Unpack

from drill.engine.rules import LEVEL_RANK
from drill.scenario import model as m
from drill.scenario.actions import ROUTE_VERB, Action
from drill.scenario.types import text_in
from drill.scenario.vocabulary import LEVELS
from drill.scoring.dimensions import ACCEPTABLE, DEFAULT_HOLDING_WITHIN, option_quality, option_value, reply_target

if TYPE_CHECKING:
    from drill.engine.log import HeaderFields
    from drill.engine.session import Session
    from drill.engine.world import Escalation, FloodState, Item, Promise

STATUS_EVERY = 45 * 60
"""How often a bot refreshes its status update while a flood runs."""
REACTION = 60.0
"""A bot's reaction time: one tick."""


class View:
    """What a player may read of a running session, and nothing it could change with.

    The items are the engine's own records: read them, never assign to them (a player acts
    only through the actions it returns)."""

    __slots__ = ("_session",)

    def __init__(self, session: Session):
        self._session = session

    @property
    def scenario(self) -> m.Scenario:
        return self._session.scenario

    @property
    def now(self) -> float:
        """Simulated seconds since the start."""
        return self._session.now

    @property
    def authored(self) -> tuple[Item, ...]:
        """The authored items that have arrived, in arrival order."""
        return tuple(self._session.authored)

    def item(self, item_id: str) -> Item | None:
        return self._session.feed.get(item_id)

    @property
    def floods(self) -> dict[str, FloodState]:
        return dict(self._session.floods)

    def first_flood_start(self) -> float | None:
        return self._session.first_flood_start()

    @property
    def level(self) -> str:
        """The highest rung of the ladder told so far."""
        return self._session.level

    @property
    def escalations(self) -> tuple[Escalation, ...]:
        return tuple(self._session.escalations)

    @property
    def promises(self) -> tuple[Promise, ...]:
        """Follow-ups promised in replies, kept, broken or still open."""
        return tuple(self._session.promises)

    def options_for(self, item_id: str, verb: str | None = None) -> list[m.Option]:
        """The options offered now, in this run's order (see Session.options_for)."""
        return self._session.options_for(item_id, verb)

    def staffed_now(self) -> bool:
        return self._session.staffed_now()


class Player(Protocol):
    """Anything that decides: given the view once per step, the actions to take now."""

    def decide(self, view: View) -> list[Action]: ...


def answer(item: Item, option: m.Option) -> Action:
    return Action(ROUTE_VERB[option.route], item.id, option.id)


SITREP = {
    "en": "{what} Growing: dozens of comments already. I have answered in public and checked the facts. We need your decision on a statement.",
    "fi": "{what} Kasvaa: kommentteja on jo kymmeniä. Vastasin julkisesti ja tarkistin faktat. Tarvitaan päätös tiedotteesta.",
}
"""The ideal player's note when it escalates: what happened (the item in brief), how big, what
has been done and what is needed, the four parts of a situation report."""


def sitrep(inject: m.Inject, lang: str) -> str:
    what = " ".join(text_in(inject.text, lang).split()[:12])
    return SITREP.get(lang, SITREP["en"]).format(what=f"“{what}…”")


class Passive:
    """Does nothing at all: the floor of the scoring."""

    def __init__(self, seed: int = 0):
        pass

    def decide(self, view: View) -> list[Action]:
        return []


class Ideal:
    """Answers every item with its best option, escalates each item as it calls for, keeps
    status updates current while a flood runs."""

    statuses = True

    def __init__(self, seed: int = 0):
        self.handled: set[str] = set()
        self.escalated: set[str] = set()
        self.open: list[Item] = []
        """The items arrived so far that are neither handled nor removed, in arrival order: the
        only ones a decision can still concern (both only ever become true)."""
        self.seen = 0
        """How many authored items have arrived by the last decision."""
        self.last_status: float | None = None
        self.posted: list[str] = []
        self.sent: set[tuple[str, str]] = set()

    def follow_up(self, view: View) -> list[Action]:
        """Keep each promise halfway to its deadline, with the best reply not yet sent."""
        s = view.scenario
        actions = []
        for promise in view.promises:
            if promise.kept_at is not None or promise.broken or promise.item not in s.injects_by_id:
                continue
            if view.now < promise.made_at + (promise.due - promise.made_at) / 2:
                continue
            inject = s.injects_by_id[promise.item]
            left = [o for o in view.options_for(promise.item)
                    if (promise.item, o.id) not in self.sent and option_value(s, inject, o) >= ACCEPTABLE]
            if left:
                best = max(left, key=lambda o: option_quality(s, inject, o))
                self.sent.add((promise.item, best.id))
                actions.append(Action(ROUTE_VERB[best.route], promise.item, best.id))
        return actions

    def reply_delay(self, view: View, inject: m.Inject) -> float:
        return REACTION

    def status_delay(self, view: View) -> float:
        return 0.0

    def decide(self, view: View) -> list[Action]:
        s = view.scenario
        actions: list[Action] = []
        authored = view.authored
        self.open += authored[self.seen:]
        self.seen = len(authored)
        for item in self.open:
            inject = s.injects_by_id[item.id]
            if item.id not in self.escalated:
                self.escalated.add(item.id)
                actions += self.escalate(inject, item, s.languages[0])
            if item.id in self.handled or item.removed:
                continue
            if not inject.options or not item.needs_reply:
                self.handled.add(item.id)
                continue
            if view.now - item.time < self.reply_delay(view, inject):
                continue
            offered = view.options_for(item.id)
            if not offered:
                continue
            best = max(offered, key=lambda o: option_quality(s, inject, o))  # ties: the first shown
            actions.append(answer(item, best))
            self.handled.add(item.id)
            self.sent.add((item.id, best.id))
        self.open = [item for item in self.open if item.id not in self.handled and not item.removed]
        actions += self.follow_up(view)
        if self.statuses:
            actions.extend(self.status(view))
        return actions

    def escalate(self, inject: m.Inject, item: Item, lang: str) -> list[Action]:
        expect = inject.expect
        if expect is None:
            return []
        wanted = [expect.escalate] if expect.escalate and LEVEL_RANK[expect.escalate] > 0 else []
        note = sitrep(inject, lang)
        return [Action("escalate", item.id, level=level, note=note) for level in wanted + list(expect.notify)]

    def status(self, view: View) -> list[Action]:
        s = view.scenario
        first = view.first_flood_start()
        if not s.status_updates or first is None or view.now < first + self.status_delay(view):
            return []
        if self.last_status is not None and (view.now - self.last_status < STATUS_EVERY or not any(st.running for st in view.floods.values())):
            return []
        offered = view.options_for("", "status")
        if not offered:
            return []
        best = max(offered, key=lambda o: (option_value(s, None, o), o.id not in self.posted))
        self.last_status = view.now
        self.posted.append(best.id)
        return [Action("status", option=best.id)]


class Slow(Ideal):
    """The ideal bot's choices, made late: 2.5 times each reply target (escalation stays on time)."""

    factor = 2.5

    def reply_delay(self, view: View, inject: m.Inject) -> float:
        return self.factor * reply_target(view, inject)

    def status_delay(self, view: View) -> float:
        return self.factor * (view.scenario.scoring.holding_within or DEFAULT_HOLDING_WITHIN)


class IdealNoStatus(Ideal):
    """The ideal bot that never posts a status update: what a flood costs when ignored."""

    statuses = False


class IdealManagementAtStart(Ideal):
    """The ideal bot that also wakes top management at the very start, about nothing."""

    def decide(self, view: View) -> list[Action]:
        first = [] if view.escalations else [Action("escalate", level="management", note="just in case")]
        return first + super().decide(view)


class Deleter:
    """Deletes every critical item as it arrives: the mistake of the Midhill case."""

    def __init__(self, seed: int = 0):
        self.done: set[str] = set()

    def decide(self, view: View) -> list[Action]:
        actions = []
        for item in view.authored:
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

    def decide(self, view: View) -> list[Action]:
        rng = self.rng
        items = view.authored
        if rng.random() > self.rate or not items:
            return []
        item = rng.choice(items)
        inject = view.scenario.injects_by_id[item.id]
        roll = rng.random()
        if roll < 0.72 and inject.options:
            option = rng.choice(inject.options)  # offered or not: a careless trainee may try
            return [answer(item, option)]
        if roll < 0.84 and view.scenario.status_updates:
            return [Action("status", option=rng.choice(view.scenario.status_updates).id)]
        if roll < 0.92:
            return [Action("escalate", item.id, level=rng.choice(LEVELS[1:]))]
        if roll < 0.967:
            return [Action("dismiss", item.id)]
        return [Action(rng.choice(["delete", "hide"]), item.id)]


# ---------------------------------------------------------------------- blind players

Pick = Callable[[list[m.Option], str], list[m.Option]]
"""A habit: from the options offered (in the run's order) and a language, the ones to send."""


def _length(option: m.Option, lang: str) -> int:
    return len(text_in(option.text, lang))


HABITS: dict[str, Pick] = {
    "first": lambda options, lang: options[:1],
    "last": lambda options, lang: options[-1:],
    "longest": lambda options, lang: [max(options, key=lambda o: _length(o, lang))],
    "shortest": lambda options, lang: [min(options, key=lambda o: _length(o, lang))],
    "redirect": lambda options, lang: [min(options, key=lambda o: (o.route not in ("phone", "email", "secure_chat"), o.route != "private"))],
    "several": lambda options, lang: list(options),
}
"""How each blind player picks, without reading a word."""


class Blind:
    """A fixed habit that needs no reading of the situation: answer every item at once by the
    habit, post a status update by the same habit while a flood runs, and escalate by rote
    (never, at the start, or on every item)."""

    habit = "first"
    escalate_at_start: str | None = None
    escalate_every_item: str | None = None
    answers = True

    def __init__(self, seed: int = 0):
        self.handled: set[str] = set()
        self.last_status: float | None = None
        self.started = False

    def decide(self, view: View) -> list[Action]:
        pick, lang = HABITS[self.habit], view.scenario.languages[0]
        actions: list[Action] = []
        if not self.started:
            self.started = True
            if self.escalate_at_start:
                actions.append(Action("escalate", level=self.escalate_at_start))
        for item in view.authored:
            if item.id in self.handled or view.now - item.time < REACTION:
                continue
            self.handled.add(item.id)
            if self.escalate_every_item:
                actions.append(Action("escalate", item.id, level=self.escalate_every_item))
            offered = view.options_for(item.id) if self.answers and item.needs_reply and not item.removed else []
            actions += [answer(item, o) for o in (pick(offered, lang) if offered else [])]
        first = view.first_flood_start()
        running = any(st.running for st in view.floods.values())
        if first is not None and running and (self.last_status is None or view.now - self.last_status >= STATUS_EVERY):
            offered = view.options_for("", "status")
            if offered:
                self.last_status = view.now
                actions += [Action("status", option=o.id) for o in pick(offered, lang)[:1]]
        return actions


def _blind(name: str, habit: str, doc: str, **traits: Any) -> type[Blind]:
    return type(name, (Blind,), {"habit": habit, "__doc__": doc, **traits})


BLIND: dict[str, type] = {
    "first": _blind("First", "first", "Presses 1 on everything."),
    "last": _blind("Last", "last", "Always the last option shown."),
    "longest": _blind("Longest", "longest", "Always the longest text."),
    "shortest": _blind("Shortest", "shortest", "Always the shortest text."),
    "redirect": _blind("RedirectAll", "redirect", "Moves everything to phone, e-mail or secure chat where it can, else to a private message."),
    "several": _blind("Several", "several", "Sends every option offered to every item: something in there must be right."),
    "status-only": _blind("StatusOnly", "first", "Posts status updates and answers nobody.", answers=False),
    "comms-at-start": _blind("CommsAtStart", "first", "Calls the red phone at once, then presses 1 on everything.", escalate_at_start="comms"),
    "management-at-start": _blind("ManagementAtStart", "longest", "Wakes top management at once, then picks the longest text.", escalate_at_start="management"),
    "escalate-all": _blind("EscalateAll", "first", "Calls the red phone about every item and presses 1.", escalate_every_item="comms"),
}
"""Blind players: each must stay at or below 60 on average, and none may reach S."""

REFERENCE: dict[str, type] = {
    "ideal": Ideal, "slow": Slow, "passive": Passive, "ideal-no-status": IdealNoStatus,
    "ideal-management-at-start": IdealManagementAtStart,
}
"""What the blind players are measured against."""

PLAYERS: dict[str, type] = {**REFERENCE, "deleter": Deleter, "random": RandomPlayer, **BLIND}


class PlayerError(ValueError):
    """A player that cannot be loaded: the message says what to fix."""


def load_player_class(spec: str) -> type:
    """A player by name, or from a file: 'my_bot.py:MyBot'."""
    if spec in PLAYERS:
        return PLAYERS[spec]
    path, colon, name = spec.rpartition(":")
    if not colon or not path.endswith(".py"):
        raise PlayerError(f"no player {spec!r}: use one of {', '.join(PLAYERS)} or FILE.py:Class")
    file = Path(path)
    if not file.is_file():
        raise PlayerError(f"{path}: no such file")
    module_name = f"drill_player_{abs(hash(str(file.resolve())))}"
    loader = importlib.util.spec_from_file_location(module_name, file)
    if loader is None or loader.loader is None:
        raise PlayerError(f"{path}: not a Python file")
    module = importlib.util.module_from_spec(loader)
    sys.modules[module_name] = module
    try:
        loader.loader.exec_module(module)
    except Exception as exc:  # the file is someone else's code: say what broke, in one line
        raise PlayerError(f"{path}: {type(exc).__name__}: {exc}") from None
    cls = getattr(module, name, None)
    if not isinstance(cls, type) or not callable(getattr(cls, "decide", None)):
        raise PlayerError(f"{path}: no class {name!r} with a decide(view) method")
    return cls


def make_player(spec: str, seed: int = 0) -> Player:
    return load_player_class(spec)(seed)


def play(scenario: m.Scenario, player: Player, /, seed: int = 1, step: float | None = None, *,
         session: Session | None = None, each_step: Callable[[Session], None] | None = None, **header: Unpack[HeaderFields]) -> Session:
    """Drive a session to its end, asking the player once per step (default: one tick).
    Give a `session` to play one whose log already has a sink (a journal); `each_step` sees
    the session after each round of the player's actions (a scripted facilitator, say)."""
    from drill.engine.session import Session

    session = session if session is not None else Session(scenario, seed, **header)
    view = View(session)
    step = float(step or scenario.clock.tick)
    while session.ended is None:
        for action in player.decide(view):
            session.act(action)
        if each_step is not None:
            each_step(session)
        session.advance_to(session.now + step)
        session.log.checkpoint(session.now)
    return session
