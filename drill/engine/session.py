"""The engine: one run of a scenario on a simulated clock, pure and deterministic.

A Session owns the world and changes it only through `advance_to(t)` and `act(action)`.
Everything that happens goes into its RunLog: inputs (actions, with their sim time) and
events (arrivals, triggers, meters each tick, the ending). Discrete happenings wait in one
time-ordered queue; flood comments are generated a tick ahead and released as time passes.
Nothing here depends on how finely the caller slices time, so a replay of the same inputs
rebuilds the same state whatever its step.
"""

from __future__ import annotations

import bisect
import heapq
import random
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import repeat
from typing import Any, Unpack

from drill.engine.feed import FLOOD_REACH, Feed, PendingComment
from drill.engine.flood import FloodGenerator, slot_pools
from drill.engine.log import HeaderFields, RunLog
from drill.engine.rules import LEVEL_RANK, ROLE_VERBS, Check, compile_check, draw, gate, positive
from drill.engine.world import Escalation, FloodState, Item, MeterState, Promise
from drill.scenario import model as m
from drill.scenario.actions import ROUTE_VERB, Action
from drill.scenario.conditions import ActionCond, Cond, UnansweredCond
from drill.scenario.consequences import EndThen, MeterThen, SpawnThen, StartFloodThen, StopFloodThen
from drill.scenario.refs import all_conditions
from drill.scenario.types import in_window
from drill.scenario.vocabulary import CHANNELS, ITEM_KINDS, METERS

MAX_FLOOD_WAITING = 2000
"""Beyond this many waiting comments a flood adds no more heat per tick."""


def _arrival(pending: PendingComment) -> float:
    return pending[0]


@dataclass(frozen=True)
class Outcome:
    """What became of one action: accepted, or refused with a reason code and its parameters
    (translated where it is shown: `refused.<code>` in drill.i18n), and the authored feedback.
    Whether a decision was good is the scoring's to say, not the engine's."""

    ok: bool
    reason: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    feedback: Any = None


ADHOC = "adhoc"
"""The source (and id prefix) of a facilitator's ad-hoc inject: adhoc-1, adhoc-2, …"""


def refuse(reason: str, **params: Any) -> Outcome:
    return Outcome(False, reason, params)


@dataclass(frozen=True)
class Removal:
    """An item taken off the wall: deleted, hidden, or hidden by a reply that says so."""

    t: float
    item: str
    verb: str
    option: str | None = None


Pending = tuple[float, int, str, Any]
"""A discrete happening waiting in the queue: (time, sequence, kind, payload). Plain tuples,
ordered by time then sequence (unique, so the kind and payload are never compared)."""


class Prepared:
    """What every run of a scenario derives from it alike, worked out once per scenario and
    process and shared by its runs (`prepared`): a simulation plays the same scenario
    thousands of times, and each run would otherwise compile the same conditions and lay
    out the same schedule. Read-only once built."""

    def __init__(self, scenario: m.Scenario):
        self.scenario = scenario
        self.tick = float(scenario.clock.tick)
        self.length = float(scenario.clock.length)
        self.meters = scenario.meters.model_dump()
        self.chance_keys = {id(c): ".".join(map(str, p)) for c, p in all_conditions(scenario)}
        self.checks = {id(c): compile_check(c) for c, _ in all_conditions(scenario)}
        """Every condition in the scenario (options', status updates', triggers', endings' and
        their parts), compiled, by the condition's id."""
        gates = [(t, gate(t.when)) for t in scenario.triggers]
        self.watch = [(t, t.id, t.once, g.settled, g.live, g.not_before) for t, g in gates]
        """Per trigger: itself, its id, whether it fires once, and its condition split into what
        changes only with discrete state and what is read afresh (rules.Gate)."""
        self.triggers = {t.id for t in scenario.triggers}
        self.readers = {kind: frozenset(t.id for t, g in gates if kind in g.reads) for kind in ("done", "arrived", "fired", "level")}
        """Per kind of discrete state (rules.SETTLED_BY), the triggers whose settled parts read it."""
        self.followers: dict[str, list[tuple[str, float]]] = {}
        """Per inject, the injects that come a while after it arrives: (id, wait)."""
        for other in scenario.injects:
            if other.after is not None and not other.held:
                self.followers.setdefault(other.after.inject, []).append((other.id, other.after.wait))
        self.templates = {
            f.id: [(t.text, t.needs_reply, t.personal_data, t.is_criticism, t.sentiment, t.abusive) for t in f.templates] for f in scenario.floods
        }
        self.lapse = {f.id: float(f.status_lapse) for f in scenario.floods}
        drift = scenario.drift
        self.drift = (drift.heat_per_unanswered, drift.heat_decay, drift.reach_growth, drift.press_per_heat)
        """The drift's rates, and per flood its heat and its rate and heat gain, read out of the
        scenario once: a run reads them every tick, and reading a pydantic model's field costs
        more than a tuple's."""
        self.flood_heat = [(f.id, f.heat) for f in scenario.floods]
        self.flood_rates = {f.id: (f.rate, f.heat_gain) for f in scenario.floods}
        self.start = self._schedule()

    def _schedule(self) -> list[Pending]:
        """The queue a run starts with: every tick, the timed injects, the floods that start
        on their own and the end of the clock, in order (a sorted list is a heap)."""
        s = self.scenario
        start: list[tuple[float, str, Any]] = []
        t = 0.0
        while t < s.clock.length:
            start.append((t, "tick", None))
            t += self.tick
        start += [(float(i.at), "inject", i.id) for i in s.injects if i.at is not None and not i.held]
        start += [(float(f.start), "flood_start", (f.id, f.until)) for f in s.floods if f.start is not None]
        start.append((self.length, "clock_end", None))
        return sorted((time, seq, kind, payload) for seq, (time, kind, payload) in enumerate(start, 1))

    def check(self, cond: Cond) -> Check:
        """A condition's compiled check: the scenario's own from here, any other compiled now
        (a written reply's option)."""
        return self.checks.get(id(cond)) or compile_check(cond)


_PREPARED: dict[int, Prepared] = {}
PREPARED_KEPT = 8
"""How many scenarios' preparations a process keeps (a simulation needs one, a test run a few)."""


def prepared(scenario: m.Scenario) -> Prepared:
    """The scenario's preparation, made on its first run in this process."""
    found = _PREPARED.get(id(scenario))
    if found is None or found.scenario is not scenario:
        if len(_PREPARED) >= PREPARED_KEPT:
            del _PREPARED[next(iter(_PREPARED))]
        found = _PREPARED[id(scenario)] = Prepared(scenario)
    return found


class Session:
    def __init__(self, scenario: m.Scenario, seed: int = 1, log: RunLog | None = None, **header: Unpack[HeaderFields]):
        self.scenario = scenario
        self.seed = seed
        self.log = log if log is not None else RunLog.new(scenario, seed, **header)
        self.now: float = 0.0
        self.ended: str | None = None
        self.ended_early = False
        """The facilitator ended the exercise before the scenario's clock ran out: the ending is
        read from the state so far, and the debrief says the run was cut short."""
        self.authored: list[Item] = []
        """The authored items (injects) in arrival order: few, and what bots and the scoring walk."""
        self._unanswered: list[Item] = []
        """The authored items that were waiting for an answer at the last tick, and those arrived
        since, in arrival order: an item that stops waiting never waits again."""
        self._prep = prep = prepared(scenario)
        self.meters = MeterState(**prep.meters)
        self.level: str = "service"
        self.escalations: list[Escalation] = []
        self.removals: list[Removal] = []
        self.promises: list[Promise] = []
        self.actions: list[tuple[float, Action]] = []
        self.fired: set[str] = set()
        self._stale = set(prep.triggers)
        """The triggers whose settled parts (rules.Gate) read discrete state that has changed
        since they were last read (`_touch`); the others' hold the value kept in `_settled`."""
        self._settled: dict[str, bool] = {}
        self._watching = prep.watch
        """The triggers that can still fire (prep.watch less those fired that fire once)."""
        self._holding: set[str] = set()
        """The triggers whose condition held when last read: one fires when its condition becomes true."""
        self._chances: dict[int, bool] = {}
        self._done: set[tuple[str, str | None, str | None, str | None]] = set()
        """Every (verb, item, option, tag) pattern a done action matches, None standing for any: O(1) conditions."""
        self._patterns: list[set[tuple[str, str | None, str | None, str | None]]] = []
        """The patterns each accepted action matched, in order: which action a trigger answers to."""
        self._acting: int | None = None
        """The accepted action whose consequences are being played out, if any."""
        self._queue: list[Pending] = list(prep.start)
        self._seq = len(prep.start)
        self._pending_flood: list[PendingComment] = []
        self._flood_gens = {f.id: FloodGenerator(f, scenario.locale, seed) for f in scenario.floods}
        self.floods = {f.id: FloodState(f.id) for f in scenario.floods}
        self._first_flood: float | None = None
        """When the first flood started (the clock only runs forward, so the earliest start)."""
        self.feed = Feed(prep.templates, prep.lapse, self.floods, self._flood_gens)
        """Every item in arrival order, by place and by id (flood comments made Items when read)."""
        self._posts = 0
        """The facilitator's ad-hoc posts so far (their ids count up)."""
        self._orders: dict[str, list[m.Option]] = {}
        self._written: dict[tuple, m.Option] = {}

    # ------------------------------------------------------------------ time

    def _push(self, time: float, kind: str, payload: Any = None) -> None:
        self._seq += 1
        heapq.heappush(self._queue, (time, self._seq, kind, payload))

    def first_flood_start(self) -> float | None:
        """When the first flood of the run started, if one has."""
        return self._first_flood

    def next_event_time(self) -> float | None:
        """When the next thing happens (for fast-forward)."""
        candidates = [p[0] for p in self._queue if p[2] in ("inject", "flood_start", "clock_end")]
        if self._pending_flood:
            candidates.append(self._pending_flood[0][0])
        return min(candidates) if candidates else None

    def fast_forward(self, limit: float = 30 * 60, max_steps: int = 5000) -> None:
        """Skip to the next moment worth a decision: an authored item arrives, a flood starts or
        stops, or the run ends; never more than `limit` sim seconds at once. Generated comments
        are skipped (a running flood would otherwise make every step one comment long), in
        steps of at most one tick so triggers fire as they would in real time, and at most
        `max_steps` of them (a flood of thousands a minute)."""
        until, authored = self.now + limit, len(self.authored)
        step = float(self.scenario.clock.tick)
        running = {f for f, state in self.floods.items() if state.running}
        for _ in range(max_steps):
            upcoming = self.next_event_time()
            target = min(until, self.now + step, until if upcoming is None else upcoming)
            if target <= self.now:
                break
            self.advance_to(target)
            if self.ended is not None or len(self.authored) != authored:
                break
            if running != {f for f, state in self.floods.items() if state.running}:
                break

    def prepare(self) -> None:
        """Draw the generated content's pools now rather than at the first flood (safe from
        another thread: the pools are the same whoever draws them)."""
        slot_pools(self.scenario.locale)

    def advance_to(self, t: float) -> None:
        """Run everything due up to sim time t."""
        t = min(t, self._prep.length)
        queue = self._queue
        while self.ended is None and queue and queue[0][0] <= t:
            time, _, kind, payload = heapq.heappop(queue)
            self._release_flood(time)
            self.now = max(self.now, time)
            self._handle(kind, payload)
            self._check_triggers()
        if self.ended is None:
            self._release_flood(t)
            self.now = max(self.now, t)

    def advance(self, seconds: float) -> None:
        self.advance_to(self.now + seconds)

    def minute_of_day(self) -> int:
        when = self.scenario.clock.starts + timedelta(seconds=self.now)
        return when.hour * 60 + when.minute

    def wall_time(self, t: float | None = None):
        return self.scenario.clock.starts + timedelta(seconds=self.now if t is None else t)

    def staffed_now(self) -> bool:
        window = self.scenario.ground_rules.staffed
        return window is None or in_window(window, self.minute_of_day())

    # ------------------------------------------------------------------ happenings

    def _handle(self, kind: str, payload: Any) -> None:
        if kind == "tick":
            self._tick()
        elif kind == "inject":
            self._arrive(payload)
        elif kind == "flood_start":
            flood_id, until = payload
            self._start_flood(flood_id, until)
        elif kind == "flood_stop":
            self._stop_flood(payload)
        elif kind == "clock_end":
            self._finish(None)

    def _tick(self) -> None:
        prep = self._prep
        per_unanswered, decay, reach_growth, press_per_heat = prep.drift
        waiting_injects = self._unanswered = [i for i in self._unanswered if i.waiting]
        heat = per_unanswered * len(waiting_injects) - decay
        waiting = len(waiting_injects)
        for flood_id, flood_heat in prep.flood_heat:
            backlog = self.flood_waiting(flood_id)
            waiting += backlog
            heat += flood_heat * min(backlog, MAX_FLOOD_WAITING) / 100
        self.meters.add("heat", heat)
        growth = 0.0
        for item in waiting_injects:
            grown = item.reach * reach_growth
            item.reach += grown
            growth += grown
        self.meters.add("reach", growth)
        self.meters.add("press", press_per_heat * max(0.0, self.meters.heat - 50))
        self.meters.add("sentiment", -(self.meters.heat - 30) * 0.02)
        if self.promises:
            self._check_promises()
        for flood_id, state in self.floods.items():
            if state.running:
                self._generate(flood_id, self.now, prep.tick)
        # `waiting` is waiting_count(): nothing since the count above answers or releases an item
        self.log.event(self.now, "tick", meters=self.meters.as_dict(), waiting=waiting, items=len(self.feed))

    def author_of(self, inject: m.Inject) -> str:
        """Who an inject comes from: its persona, its author, or a name drawn for this run
        (from its own seed, so a facilitator's panel can name a held inject before it arrives)."""
        persona = self.scenario.personas.get(inject.persona) if inject.persona else None
        if persona is not None:
            return persona.name
        if inject.author:
            return inject.author
        names = slot_pools(self.scenario.locale)["name"]
        return names[random.Random(f"{self.seed}:author:{inject.id}").randrange(len(names))]

    def _arrive(self, inject_id: str) -> None:
        if inject_id in self.feed:
            return
        inject = self.scenario.injects_by_id[inject_id]
        persona = self.scenario.personas.get(inject.persona) if inject.persona else None
        author = self.author_of(inject)
        reach = inject.reach if inject.reach is not None else float(persona.followers if persona else 100)
        item = Item(
            len(self.feed),
            inject.id,
            self.now,
            inject.channel,
            inject.kind,
            author,
            inject.id,
            inject.text,
            thread=inject.thread,
            needs_reply=inject.wants_reply,
            personal_data=inject.personal_data,
            sensitive=inject.sensitive,
            criticism=inject.is_criticism,
            sentiment=inject.sentiment,
            reach=reach,
            abusive=inject.abusive,
        )
        self._add(item)
        self.authored.append(item)
        self._unanswered.append(item)
        self._apply_effects(inject.effects)
        self.meters.add("reach", reach)
        order = {"order": [o.id for o in self._ordered(inject.id, inject.options)]} if inject.options else {}
        self.log.event(self.now, "inject", item=inject.id, **order)
        for follower, wait in self._prep.followers.get(inject_id, ()):
            self._push(self.now + wait, "inject", follower)

    def _add(self, item: Item) -> None:
        self.feed.add(item)
        self._touch("arrived")

    def _start_flood(self, flood_id: str, until: float | None) -> None:
        state = self.floods[flood_id]
        if state.running:
            return
        state.running = True
        if state.started is None:
            state.started = self.now
            if self._first_flood is None:
                self._first_flood = self.now
        state.until = until
        if until is not None:
            self._push(float(until), "flood_stop", flood_id)
        self.log.event(self.now, "flood_start", flood=flood_id)
        tick = float(self.scenario.clock.tick)
        next_tick = (self.now // tick + 1) * tick
        self._generate(flood_id, self.now, next_tick - self.now)

    def _stop_flood(self, flood_id: str) -> None:
        state = self.floods[flood_id]
        if not state.running:
            return
        state.running = False
        self._pending_flood = [p for p in self._pending_flood if p[2] != flood_id or p[0] <= self.now]
        self.log.event(self.now, "flood_stop", flood=flood_id)

    def _generate(self, flood_id: str, start: float, length: float) -> None:
        state = self.floods[flood_id]
        if state.until is not None:
            length = min(length, state.until - start)
        if length <= 0:
            return
        rate, heat_gain = self._prep.flood_rates[flood_id]
        rate = rate * (1 + heat_gain * self.meters.heat / 100)
        gen = self._flood_gens[flood_id]
        times, drawn, state.carry = gen.draw(start, length, rate, state.carry)
        seq, count = self._seq, len(times)
        batch: list[PendingComment] = list(zip(times, range(seq + 1, seq + count + 1), repeat(flood_id), *drawn))
        self._seq = seq + count
        if batch:
            self._pending_flood = sorted(self._pending_flood + batch) if self._pending_flood else batch

    def _release_flood(self, t: float) -> None:
        """Move generated comments due by `t` into the feed (the hot path under a flood)."""
        pending = self._pending_flood
        if not pending or pending[0][0] > t:
            return
        cut = bisect.bisect_right(pending, t, key=_arrival)
        if cut == len(pending):
            due, self._pending_flood = pending, []
        else:
            due, self._pending_flood = pending[:cut], pending[cut:]
        self.feed.release(due)
        self.meters.add("reach", FLOOD_REACH * len(due))

    # ------------------------------------------------------------------ reading the state

    def flood_waiting(self, flood_id: str) -> int:
        """Comments of a flood that need an answer and are not covered by a fresh status update."""
        state = self.floods[flood_id]
        if not state.status_posts:
            return len(state.waiting_times)
        return len(state.waiting_times) - bisect.bisect_right(state.waiting_times, state.status_posts[-1] + self._prep.lapse[flood_id])

    def waiting_count(self) -> int:
        authored = sum(1 for i in self.authored if i.waiting)
        return authored + sum(self.flood_waiting(f) for f in self.floods)

    def has_done(self, verb: str, inject: str | None, option: str | None, tag: str | None) -> bool:
        """Whether the trainee has done an action matching every part given (None: any)."""
        return (verb, inject, option, tag) in self._done

    def chance(self, cond_id: int, probability: float) -> bool:
        """A chance condition's coin, drawn once per run (the same draw every time it is read)."""
        drawn = self._chances.get(cond_id)
        if drawn is None:
            drawn = self._chances[cond_id] = draw(self.seed, self._prep.chance_keys.get(cond_id, "?"), probability)
        return drawn

    def options_for(self, item_id: str, verb: str | None = None) -> list[m.Option]:
        """The authored options the trainee may choose now for a verb on an item (every verb
        when None), in this run's order: drawn from the seed, so the position of an option
        tells nothing (the TUI, the bots and the report all see this order)."""
        if verb == "status":
            pool = self._ordered("", self.scenario.status_updates)
        else:
            inject = self.scenario.injects_by_id.get(item_id)
            if inject is None:
                return []
            pool = self._ordered(inject.id, inject.options)
        return [o for o in pool if (verb is None or ROUTE_VERB[o.route] == verb) and self.available(o)]

    def _ordered(self, key: str, options: list[m.Option]) -> list[m.Option]:
        order = self._orders.get(key)
        if order is None:
            order = list(options)
            random.Random(f"{self.seed}:order:{key}").shuffle(order)
            self._orders[key] = order
        return order

    def option_for(self, action: Action) -> m.Option | None:
        """The option an action sent: an authored one, or the one a written reply stands for
        (its text, the tags the reply checker read in it, the nearest authored option's id
        and effects). The one lookup the engine, scoring and report share."""
        if action.text is None:
            return self.scenario.option_for(action)
        key = (action.verb, action.item, action.text, action.lang)
        written = self._written.get(key)
        if written is None:
            from drill.checker import written_option  # its lexicons and stemmers load on the first written reply, not at start-up

            written = self._written[key] = written_option(self.scenario, action)
        return written

    def available(self, option: m.Option) -> bool:
        """Whether an option is offered now (its `when`, if any, holds)."""
        return option.when is None or self._prep.check(option.when)(self)

    # ------------------------------------------------------------------ actions

    def act(self, action: Action) -> Outcome:
        """Apply one trainee action at the current sim time; refuse invalid ones with a reason."""
        self.log.input(self.now, action)
        offered = (
            [o.id for o in self.options_for("", "status")]
            if action.verb == "status"
            else ([o.id for o in self.options_for(action.item or "")] if action.verb in ROUTE_VERB.values() else None)
        )
        self._patterns.append(set())
        outcome = self._act(action) if self.ended is None else refuse("ended")
        self.log.event(
            self.now,
            "action",
            action=action.to_json(),
            ok=outcome.ok,
            reason=outcome.reason,
            **({"params": outcome.params} if outcome.params else {}),
            **({"offered": offered} if offered else {}),
        )
        if outcome.ok:
            self.actions.append((self.now, action))
            self._acting = len(self.actions) - 1
            self._check_triggers()
            self._acting = None
        else:
            self._patterns.pop()
        return outcome

    def _act(self, action: Action) -> Outcome:
        verb = action.verb
        allowed = ROLE_VERBS.get(action.role or "")
        if allowed is not None and verb not in allowed:
            return refuse("role_not_allowed", role=action.role, verb=verb)
        if verb == "escalate":
            return self._escalate(action)
        if verb == "status":
            return self._status(action)
        item = self.feed.get(action.item or "")
        if item is None:
            return refuse("no_item", item=action.item)
        if item.deleted:
            return refuse("deleted")
        if verb in ("delete", "hide"):
            if item.hidden and verb == "hide":
                return refuse("already_hidden")
            item.deleted = item.deleted or verb == "delete"
            item.hidden = True
            self.removals.append(Removal(self.now, item.id, verb))
            self._record(verb, item.id, None, ())
            return Outcome(True)
        if verb == "dismiss":
            if item.dismissed:
                return refuse("already_dismissed")
            item.dismissed = True
            self._record(verb, item.id, None, ())
            return Outcome(True)
        if verb not in ROUTE_VERB.values():
            return refuse("unknown_verb", verb=verb)
        if item.flood:
            return refuse("flood_item")
        option = self.option_for(action)
        if option is None:
            return refuse("not_an_option", option=action.option, item=item.id)
        if action.text is None:
            if not self.available(option):
                return refuse("not_available", option=option.id)
            if ROUTE_VERB[option.route] != verb:
                return refuse("wrong_verb", option=option.id, wanted=ROUTE_VERB[option.route], verb=verb)
            if self.has_done(verb, item.id, option.id, None):
                return refuse("already_sent")
        if item.answered_at is None:
            item.answered_at, item.answered_by = self.now, option.id
        self._keep_promises(item)
        self._apply_effects(option.effects)
        if option.promise is not None:
            self.promises.append(Promise(item.id, option.id, self.now, self.now + option.promise))
        self._record(verb, item.id, option.id, option.tags)
        if option.hides and not item.hidden:
            item.hidden = True
            self.removals.append(Removal(self.now, item.id, "hide", option.id))
            self._record("hide", item.id, None, ())
        return Outcome(True, feedback=option.feedback)

    def escalation_levels(self) -> list[str]:
        """Whom the trainee can escalate to: the ladder's rungs, then the scenario's other roles."""
        return [*LEVEL_RANK, *self.scenario.ground_rules.roles]

    def _escalate(self, action: Action) -> Outcome:
        """Tell a rung of the ladder (or a role beside it) about an item, or about nothing in
        particular. Each item can be escalated to each level once; the session's level is the
        highest rung told so far."""
        level = action.level or ""
        if level not in self.escalation_levels():
            return refuse("no_level", level=level, levels=", ".join(self.escalation_levels()))
        if action.item is not None and action.item not in self.feed:
            return refuse("no_item", item=action.item)
        if any(e.level == level and e.item == action.item for e in self.escalations):
            return refuse("already_escalated", level=level, item=action.item or "")
        if level in LEVEL_RANK and LEVEL_RANK[level] > LEVEL_RANK[self.level]:
            self.level = level
        self.escalations.append(Escalation(self.now, level, action.note, not self.staffed_now(), action.role, action.item, action.member))
        self._touch("level")
        self._record("escalate", action.item, level, ())
        return Outcome(True)

    def _status(self, action: Action) -> Outcome:
        option = self.option_for(action)
        if option is None:
            return refuse("no_status", option=action.option)
        if action.text is None and not self.available(option):
            return refuse("not_available", option=option.id)
        covers = option.covers or [f for f, st in self.floods.items() if st.running or st.count]
        for flood_id in covers:
            state = self.floods[flood_id]
            state.status_posts.append(self.now)
            self.feed.answer_flood(flood_id, self.now)
        self._apply_effects(option.effects)
        if option.promise is not None:
            self.promises.append(Promise("status", option.id, self.now, self.now + option.promise))
        self._keep_promises(None)
        self._record("status", None, option.id, option.tags)
        return Outcome(True, feedback=option.feedback)

    def _record(self, verb: str, item: str | None, option: str | None, tags: Any) -> None:
        found = {(v, i, o, t) for v in (verb, "any") for i in {item, None} for o in {option, None} for t in (None, *tags)}
        self._done |= found
        self._patterns[-1] |= found
        self._touch("done")

    def _apply_effects(self, effects: m.MeterEffects) -> None:
        for name in METERS:
            value = getattr(effects, name)
            if value:
                self.meters.add(name, value)

    def _keep_promises(self, item: Item | None) -> None:
        for promise in self.promises:
            if promise.kept_at is not None or promise.broken or promise.made_at == self.now:
                continue
            related = (item is None and promise.item == "status") or (item is not None and promise.item in (item.id, item.thread))
            if related:
                promise.kept_at = self.now

    def _check_promises(self) -> None:
        for promise in self.promises:
            if promise.kept_at is None and not promise.broken and self.now > promise.due:
                promise.broken = True
                self.log.event(self.now, "promise_broken", item=promise.item, option=promise.option)

    # ------------------------------------------------------------------ triggers and the end

    def _touch(self, kind: str) -> None:
        """Discrete state of this kind changed (an item arrived, an action was done, a trigger
        fired, the level rose): the triggers that read it are read again. A flood comment's
        release is not an arrival here: no id a condition names is a flood comment's."""
        self._stale |= self._prep.readers[kind]

    def _check_triggers(self) -> None:
        """Fire each trigger whose condition has become true, until none does. A trigger's
        settled parts are re-read only when what they read has changed, and its live parts only
        while the settled ones hold and the clock allows (rules.Gate): most triggers wait on an
        arrival, an action or a time, and this runs after every event."""
        if self.ended is not None:
            return
        stale, settled_as, fired, holding = self._stale, self._settled, self.fired, self._holding
        watching = self._watching
        for _ in range(len(self._prep.watch) + 1):
            fired_any = False
            for trigger, trigger_id, _once, settled, live, not_before in watching:
                if trigger_id in stale:
                    stale.discard(trigger_id)
                    holds = settled_as[trigger_id] = settled(self)
                elif live is None or not settled_as[trigger_id]:
                    continue  # its value has not changed since it was last read
                else:
                    holds = True
                if holds and live is not None:
                    holds = self.now >= not_before and live(self)
                if not holds:
                    if trigger_id in holding:
                        holding.remove(trigger_id)
                elif trigger_id not in holding:
                    holding.add(trigger_id)
                    self._fire(trigger)
                    if self.ended is not None:
                        return
                    fired_any = True
            if not fired_any:
                return
            watching = self._watching = [w for w in watching if not (w[2] and w[1] in fired)]

    def _fire(self, trigger: m.Trigger) -> None:
        self.fired.add(trigger.id)
        self._touch("fired")
        self.log.event(self.now, "trigger", trigger=trigger.id, **self._cause(trigger))
        for then in trigger.then:
            if isinstance(then, SpawnThen):
                if then.after:
                    self._push(self.now + then.after, "inject", then.spawn)
                else:
                    self._arrive(then.spawn)
            elif isinstance(then, MeterThen):
                if then.add is not None:
                    self.meters.add(then.meter, then.add)
                else:
                    self.meters.set(then.meter, float(then.set or 0))
            elif isinstance(then, StartFloodThen):
                self._start_flood(then.start_flood, self.now + then.for_ if then.for_ else self.scenario.floods_by_id[then.start_flood].until)
            elif isinstance(then, StopFloodThen):
                self._stop_flood(then.stop_flood)
            elif isinstance(then, EndThen):
                self._finish(then.end)
                return

    def _cause(self, trigger: m.Trigger) -> dict[str, Any]:
        """What set a trigger off, for the debrief: the action being played out (its effects
        crossed a threshold), else the last action its conditions name, else the item whose
        silence it waits on; nothing when time alone did it."""
        if self._acting is not None:
            return {"action": self._acting}
        conds = list(positive(trigger.when))
        wanted = [(c.action, c.inject, c.option, c.tag) for c in conds if isinstance(c, ActionCond)]
        for k in range(len(self.actions) - 1, -1, -1):
            if any(p in self._patterns[k] for p in wanted):
                return {"action": k}
        silent = next((c.unanswered for c in conds if isinstance(c, UnansweredCond)), None)
        return {"unanswered": silent} if silent else {}

    def _finish(self, ending_id: str | None) -> None:
        if self.ended is not None:
            return
        self._check_promises()
        if ending_id is None:
            ending_id = next(
                (e.id for e in self.scenario.endings if e.when is None or self._prep.check(e.when)(self)),
                self.scenario.endings[-1].id,
            )
        self.ended = ending_id
        self.log.event(self.now, "end", ending=ending_id, meters=self.meters.as_dict(), **({"early": True} if self.ended_early else {}))

    # ------------------------------------------------------------------ the facilitator

    def fire_held(self, inject_id: str) -> Outcome:
        """Bring in an inject by hand (a facilitator's held inject), journaled like a decision."""
        self.log.facilitator(self.now, {"do": "inject", "inject": inject_id})
        if self.ended is not None:
            return refuse("ended")
        if inject_id not in self.scenario.injects_by_id:
            return refuse("no_inject", inject=inject_id)
        if inject_id in self.feed:
            return refuse("already_arrived", inject=inject_id)
        self._arrive(inject_id)
        self._check_triggers()
        return Outcome(True)

    def post(self, text: str, channel: str = "facebook", author: str = "", kind: str = "comment") -> Outcome:
        """A facilitator's ad-hoc inject, written during the exercise: an item that wants an
        answer like any other, journaled so a replay brings it back. The scenario has no
        options or expectations for it: a written answer is checked, nothing else is scored."""
        self.log.facilitator(self.now, {"do": "post", "text": text, "channel": channel, "author": author, "kind": kind})
        if self.ended is not None:
            return refuse("ended")
        if channel not in CHANNELS:
            return refuse("no_channel", channel=channel, channels=", ".join(CHANNELS))
        if kind not in ITEM_KINDS:
            return refuse("no_kind", kind=kind, kinds=", ".join(ITEM_KINDS))
        if not text.strip():
            return refuse("empty_post")
        self._posts += 1
        item = Item(len(self.feed), f"{ADHOC}-{self._posts}", self.now, channel, kind, author.strip() or "?", ADHOC, text, needs_reply=True)
        self._add(item)
        self.log.event(self.now, "post", item=item.id)
        return Outcome(True, params={"item": item.id})

    def held_injects(self) -> list[m.Inject]:
        """Held injects not yet brought in, for the facilitator panel."""
        return [i for i in self.scenario.injects if i.held and i.id not in self.feed]

    def observe(self, text: str, rating: str | None = None, objective: str | None = None, role: str | None = None) -> None:
        """A facilitator's observation, kept in the run log and the journal."""
        self.log.note(self.now, "observation", text=text, rating=rating, objective=objective, role=role)

    def finish_now(self) -> None:
        """End the run at the current time (a facilitator's 'end exercise'), journaled."""
        if self.ended is None:
            self.log.facilitator(self.now, {"do": "end"})
            self.ended_early = self.now < self.scenario.clock.length
            self._finish(None)
