"""The scenario format, version 1: what a trainer writes, as immutable pydantic models.

These models, with the words in `vocabulary.py`, the conditions in `conditions.py` and the
consequences in `consequences.py`, are the single definition of the format: the loader
validates against them, `drill schema` exports them as JSON Schema (every field carries a
description for editor hover help), and the engine, scoring and report read them.
Cross-references between ids are checked afterwards in `refs.py`, where a wrong id can be
located in the file.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import Field, StrictBool, field_validator, model_validator

from drill.scenario.conditions import Condition
from drill.scenario.consequences import Consequence
from drill.scenario.fields import Duration, LocalDateTime, Rate, Text, Window
from drill.scenario.types import Lang, text_in
from drill.scenario.vocabulary import Channel, CrisisType, Dimension, Id, ItemKind, Level, Model, OptionValue, ReplyTag, Route

FORMAT_VERSION = 1

# --------------------------------------------------------------------------- the setting


class Organisation(Model):
    name: Text
    """The (fictional) organisation's name."""
    sector: Literal[
        "airline", "bank", "insurance", "health", "utility", "telecom", "retail", "public", "other"
    ] = "other"
    """Its sector. bank, insurance and health carry stricter secrecy: their customers' cases never belong in public."""
    description: Text | None = None
    """A line or two about the organisation, shown in the briefing."""


class Person(Model):
    name: str
    """Who holds this rung of the ladder, shown in the briefing (e.g. 'Aino Virtanen')."""
    role: Text | None = None
    """Their job title."""


class Ladder(Model):
    service: Person | None = None
    """Customer service: handles it alone."""
    comms: Person | None = None
    """Communications' red phone."""
    management: Person | None = None
    """Top management; waking them outside staffed hours has a cost unless the crisis calls for it."""


class GroundRules(Model):
    promised_response: Duration | None = None
    """The response time the organisation has promised in public (e.g. 1h). Replies are timed against it where an inject sets no target of its own."""
    staffed: Window | None = None
    """The hours social media is staffed, HH:MM-HH:MM (e.g. 07:00-22:00)."""
    promises_24_7: StrictBool = False
    """Whether the page promises round-the-clock answers (an empty promise if staffed hours say otherwise)."""
    ladder: Ladder = Ladder()
    """Who is on each rung of the escalation ladder."""
    identifiers: dict[Id, Annotated[str, Field(pattern=r"^[A9?*\- ]{3,40}$")]] = {}
    """The organisation's own customer identifiers as masks (A a letter, 9 a digit, ? either, * any run of digits and letters), e.g. {booking: AA9999, customer: "999999"}: the reply checker flags them in public text."""
    roles: dict[Id, Person] = {}
    """People beside the ladder whom an item may call for (e.g. dpo: the data-protection officer, legal, operations), by id; the trainee notifies them with an escalation."""
    notes: list[Text] = []
    """Any other ground rules the trainee was given, shown in the briefing."""


class Clock(Model):
    starts: LocalDateTime
    """When the scenario starts, ISO 8601 local time (e.g. 2026-11-14T06:00), so '03:00 on a Saturday' means something."""
    length: Annotated[Duration, Field(gt=0, le=7 * 24 * 3600)]
    """How long the scenario runs on the simulated clock (e.g. 3h; at most 7d)."""
    speed: float = Field(30.0, gt=0, le=3600)
    """Simulated seconds per real second when played in the TUI."""
    tick: Duration = 60
    """How often meters drift and time-based triggers are checked (default 1m)."""


class Meters(Model):
    heat: float = Field(10, ge=0, le=100)
    """Outrage, 0–100."""
    reach: float = Field(100, ge=0)
    """How many people have seen the crisis."""
    sentiment: float = Field(0, ge=-100, le=100)
    """Public mood toward the organisation, −100 to 100."""
    press: float = Field(0, ge=0, le=100)
    """Press interest, 0–100."""


class Drift(Model):
    """How meters move by themselves each tick."""

    heat_per_unanswered: float = 0.4
    """Heat added per tick for each authored item that needs a reply and has none."""
    heat_decay: float = 0.5
    """Heat that cools off per tick by itself."""
    reach_growth: float = 0.03
    """Share by which an unanswered item's reach grows per tick."""
    press_per_heat: float = 0.02
    """Press interest added per tick for each point of heat above 50."""


class Persona(Model):
    kind: Literal[
        "customer", "journalist", "employee", "manager", "influencer", "union", "authority", "other"
    ] = "customer"
    """What sort of person this is."""
    name: str
    """Display name."""
    handle: str | None = None
    """Their handle on the channel (e.g. @mattik)."""
    followers: int = Field(100, ge=0)
    """Followers, the starting reach of what they post."""


class Objective(Model):
    id: Id
    """The objective's id (dimensions and observations refer to it)."""
    text: Text
    """What the trainee should achieve, in a sentence."""
    dimensions: list[Dimension] = []
    """The scoring dimensions that measure it."""


# --------------------------------------------------------------------------- injects


class MeterEffects(Model):
    heat: float = 0
    """Change to heat."""
    reach: float = 0
    """Change to reach."""
    sentiment: float = 0
    """Change to sentiment."""
    press: float = 0
    """Change to press interest."""


class Option(Model):
    id: Id
    """The option's id, unique within its inject or status updates."""
    label: Text | None = None
    """A short label for the choice list (default: the start of the text)."""
    text: Text
    """The reply as it would be published or sent."""
    route: Route = "public"
    """Where it goes: public, private, phone, email, secure_chat, or status_update."""
    value: OptionValue | None = None
    """The author's key for this choice on this item: 2 the best answer, 1 good, 0 passable, −1 weak, −2 harmful. Tone & strategy scores it (2 → 100, 1 → 75, 0 → 50, −1 → 25, −2 → 0); without it, the value is derived from the tags. Each choice point should have one 2."""
    tags: list[ReplyTag] = []
    """What the reply does (acknowledge, apologise, move_private, deny, curt, …); the scoring rules read these."""
    feedback: Text | None = None
    """Coaching for the debrief (and at once in practice mode): why this choice is good or bad, naming the principle."""
    effects: MeterEffects = MeterEffects()
    """How the meters move when this option is chosen."""
    promise: Duration | None = None
    """If the reply promises a follow-up within a time (e.g. 'we'll get back within 2h'), that time; a promise not kept is a critical error."""
    covers: list[Id] = []
    """For status updates: the floods whose generic questions it answers (default: all running floods)."""
    hides: StrictBool = False
    """Sending it also hides the item it answers (e.g. 'we have hidden your comment because it shows your account number'): the moderation rules judge the hiding."""
    when: Condition | None = None
    """Offered only while this holds (e.g. {fired: strike-called-off} for the update that says so); default: always."""


class Expectation(Model):
    reply_within: Duration | None = None
    """Target reply time (default: the promised response time)."""
    route: Route | list[Route] | None = None
    """The right route(s) for the answer."""
    escalate: Level | None = None
    """The escalation level this inject calls for."""
    escalate_within: Duration | None = None
    """How soon after arrival the escalation should happen (default: 30m)."""
    notify: list[Id] = []
    """Roles beside the ladder (ground_rules.roles) this item calls for, notified within escalate_within."""


class After(Model):
    inject: Id
    """The inject this one follows."""
    wait: Duration = 0
    """How long after that inject arrived."""


class Inject(Model):
    id: Id
    """The inject's id."""
    at: Duration | None = None
    """Arrives at this sim time from the start (e.g. 12m)."""
    after: After | None = None
    """Arrives relative to another inject's arrival."""
    held: StrictBool = False
    """Held for the facilitator to fire by hand in a tabletop exercise (a trigger may spawn it too; a test fires it with a 'fire' step)."""
    channel: Channel = "facebook"
    """Where it appears."""
    kind: ItemKind = "comment"
    """What sort of item it is."""
    persona: Id | None = None
    """The persona who wrote it."""
    author: str | None = None
    """A display name, when no persona is given (default: a generated person)."""
    thread: Id | None = None
    """The inject whose thread this item belongs to."""
    text: Text
    """What the item says."""
    personal_data: StrictBool = False
    """It contains an identifiable customer's personal data (booking, account, address…)."""
    sensitive: StrictBool = False
    """It contains sensitive-sector data (health, finance, insurance): not even a private message will do."""
    criticism: StrictBool | None = None
    """It criticises the organisation (deleting or hiding it is then a critical error). Default: true when sentiment is negative."""
    abusive: StrictBool = False
    """It contains swearing, a threat or harassment: the moderation rules allow hiding it."""
    crisis_type: CrisisType | None = None
    """This item's own crisis type, when it differs from the scenario's (e.g. a safety rumour during a storm calls for denial with facts)."""
    sentiment: float = Field(-30, ge=-100, le=100)
    """The item's tone, −100 to 100."""
    reach: float | None = Field(None, ge=0)
    """Starting reach (default: the persona's followers, else 100)."""
    needs_reply: StrictBool | None = None
    """Whether it needs an answer (default: true when it has options or an expectation)."""
    expect: Expectation | None = None
    """What good handling looks like: reply time, route, escalation."""
    options: list[Option] = []
    """The authored replies the trainee can choose from (3–5 is typical)."""
    effects: MeterEffects = MeterEffects()
    """How the meters move when it arrives."""
    must_mention: list[Text] = []
    """What a written answer should say (a fact, a figure, a place to go), each as words or a figure the reply checker looks for."""
    must_not: list[Text] = []
    """Words or facts a written answer must not contain (e.g. a colleague's name, an unconfirmed cause)."""
    model_answer: Text | None = None
    """A model answer for the debrief, beside what the trainee wrote; lint checks it passes this inject's own checks."""

    @model_validator(mode="after")
    def _one_timing(self) -> Inject:
        given = [name for name in ("at", "after") if getattr(self, name) is not None]
        if len(given) > 1:
            raise ValueError("give an inject at most one of 'at' or 'after'")
        return self

    @property
    def wants_reply(self) -> bool:
        if self.needs_reply is not None:
            return self.needs_reply
        return bool(self.options) or self.expect is not None

    @property
    def is_criticism(self) -> bool:
        return self.criticism if self.criticism is not None else self.sentiment < 0


# --------------------------------------------------------------------------- floods


class FloodTemplate(Model):
    text: Text
    """The comment, with {slots}: name, first_name, city, phone, email, booking, account, date, or a slot of the flood's own."""
    weight: int = Field(1, ge=1)
    """How often this template is picked relative to the others."""
    personal_data: StrictBool = False
    """Comments from this template carry personal data."""
    sentiment: float = Field(-30, ge=-100, le=100)
    """The comments' tone."""
    needs_reply: StrictBool = True
    """Whether these comments wait for an answer."""
    criticism: StrictBool | None = None
    """The comments criticise the organisation (hiding them is then a critical error). Default: true when sentiment is below −30; a worried question ('is my flight cancelled?') is not criticism."""
    abusive: StrictBool = False
    """The comments contain swearing or threats: the moderation rules allow hiding them."""

    @property
    def is_criticism(self) -> bool:
        return self.criticism if self.criticism is not None else self.sentiment < -30


class Flood(Model):
    id: Id
    """The flood's id."""
    start: Duration | None = Field(None, alias="from")
    """Starts at this sim time (leave out if a trigger starts it)."""
    until: Duration | None = None
    """Stops at this sim time (default: the end)."""
    rate: Rate
    """How many comments arrive, e.g. 40/m."""
    heat_gain: float = Field(0, ge=0, le=10)
    """How much the rate grows with heat: rate × (1 + heat_gain × heat / 100)."""
    channels: list[Channel] = Field(["facebook"], min_length=1)
    """The channels the comments appear on, picked in turn at random."""
    templates: list[FloodTemplate] = Field(min_length=1)
    """Weighted comment templates."""
    slots: dict[str, list[str]] = {}
    """Slot values of the flood's own (e.g. flight: [AY123, AY456])."""
    answered_by: Literal["status_update", "nothing"] = "status_update"
    """What answers its generic questions: a status update covering it, or nothing."""
    status_lapse: Duration = Field(3600, gt=0)
    """How long a status update answers the comments that arrive after it (default 1h); after that it is stale and new comments wait for a fresh one."""
    heat: float = 0.02
    """Heat added per tick for each hundred comments waiting for an answer."""


# --------------------------------------------------------------------------- triggers, endings


class Trigger(Model):
    id: Id
    """The trigger's id."""
    when: Condition
    """The condition that fires it."""
    then: list[Consequence] = Field(min_length=1)
    """What happens when it fires."""
    once: StrictBool = True
    """Fire only once (default) or each time the condition becomes true again."""


class Ending(Model):
    id: Id
    """The ending's id."""
    title: Text
    """Its headline."""
    text: Text
    """What it means for the organisation, shown on the end screen and in the debrief."""
    outcome: Literal["good", "mixed", "bad"] = "mixed"
    """How it went. A bad ending rules out the top rating (P) however the decisions scored."""
    scores: dict[Dimension, Annotated[float, Field(ge=0, le=100)]] = {}
    """What this ending shows that no single decision measured, as a value 0–100 on a dimension (e.g. {transparency: 20} when the press ran the story without a comment); scored once, as its own evidence."""
    when: Condition | None = None
    """Chosen at the end when this holds (the first ending that holds wins; one without 'when' is the fallback)."""


# --------------------------------------------------------------------------- scoring, tests


class Scoring(Model):
    weights: dict[Dimension, float] = {}
    """Weights per dimension (defaults: timeliness 2, escalation 2, channel_privacy 2, tone_strategy 1.5, transparency 1.5, coverage 1)."""
    falloff: float = Field(2.5, gt=1)
    """A reply this many times its target scores 0 on timeliness."""
    holding_within: Duration | None = None
    """Time by which the first status update is due (only when the scenario has floods)."""
    crisis_type: CrisisType = "accident"
    """The crisis type (SCCT): rumours call for denial with facts; preventable crises for apology and correction."""


class TestExpect(Model):
    ending: Id | None = None
    """The ending the run must reach."""
    score_at_least: float | None = Field(None, ge=0, le=100)
    """Lowest acceptable overall score."""
    score_at_most: float | None = Field(None, ge=0, le=100)
    """Highest acceptable overall score."""
    rating: Literal["P", "S", "M", "U"] | None = None
    """The overall rating the run must get."""
    critical: list[str] | None = None
    """The critical errors the run must have (by name, e.g. deleted_criticism); [] means none."""
    reached: list[Id] = []
    """Injects, triggers or endings that must be reached."""
    not_reached: list[Id] = []
    """Injects, triggers or endings that must not be reached."""


class ScenarioTest(Model):
    id: Id
    """The test's id."""
    seed: int = 1
    """The random seed."""
    player: Literal["ideal", "passive", "deleter", "slow", "random"] | None = None
    """Play with a bot instead of steps."""
    steps: list[str] = []
    """Steps, each 'TIME VERB ARGS': '3m reply inject.option', '5m escalate comms', '10m status option', '4m delete inject', '6m dismiss inject', and the facilitator's '20m fire held-inject'."""
    expect: TestExpect = TestExpect()
    """What the run must show."""


class Scenario(Model):
    format: Literal[1]
    """The format version; always 1."""
    id: Id
    """The scenario's id."""
    version: str = "1"
    """The scenario's own version, shown in reports."""
    title: Text
    """Its title."""
    summary: Text
    """A sentence or two for the picker."""
    languages: list[Lang] = Field(["en"], min_length=1)
    """The languages every text is written in."""
    locale: str = "en_US"
    """Faker locale for generated names and places (fi_FI for Finnish)."""
    difficulty: Literal["intro", "easy", "medium", "hard"] = "medium"
    """How demanding it is."""
    role: Text
    """Who the trainee plays (e.g. 'the social-media shift at customer service')."""
    briefing: Text | None = None
    """The situation at the start, shown before play."""
    objectives: list[Objective] = []
    """What the trainee should achieve."""
    organisation: Organisation
    """The organisation in the drill."""
    ground_rules: GroundRules = GroundRules()
    """The rules the trainee works by."""
    clock: Clock
    """The simulated clock."""
    meters: Meters = Meters()
    """Starting values of the meters."""
    drift: Drift = Drift()
    """How the meters move by themselves."""
    personas: dict[Id, Persona] = {}
    """The people in the scenario, by id."""
    injects: list[Inject] = Field(min_length=1)
    """The authored items that arrive during play."""
    status_updates: list[Option] = []
    """Status updates (holding statements) the trainee can post for everyone."""
    answers: Literal["write", "pick", "both"] = "both"
    """How trainees answer: write their own replies (checked by the reply checker), pick authored options, or both (write by default; quick pick with Ctrl+O or `drill play --pick`)."""
    forking: Literal["always", "after_first_attempt"] = "always"
    """When a trainee may try again from one of their decisions (a fork): always, or only after the first attempt is finished and recorded in history (an assessed drill). DRILL_FORKING sets it for a whole session."""
    facts: dict[Id, Text] = {}
    """The facts a reply may state, as data (e.g. {price_per_m3: "5,15 €", rise: "12 %"}): the reply checker marks a figure that contradicts them as a wrong fact and one that matches as informing. Figures in the ground rules' notes, the briefing and the authored options keyed 1 or 2 count as facts too."""
    floods: list[Flood] = []
    """Generated comment floods."""
    triggers: list[Trigger] = []
    """What happens in response to what the trainee does or does not do."""
    endings: list[Ending] = Field(min_length=1)
    """How it can end."""
    scoring: Scoring = Scoring()
    """Scoring settings."""
    tests: list[ScenarioTest] = []
    """Scripted plays that must behave as written (run by `drill test`)."""

    @field_validator("status_updates")
    @classmethod
    def _status_route(cls, options: list[Option]) -> list[Option]:
        for option in options:
            if option.route != "status_update":
                raise ValueError(f"status update {option.id!r} must have route status_update")
        return options

    @cached_property
    def injects_by_id(self) -> dict[str, Inject]:
        """Injects by id (ids are unique once `refs.check` has passed)."""
        return {inject.id: inject for inject in self.injects}

    @cached_property
    def floods_by_id(self) -> dict[str, Flood]:
        return {flood.id: flood for flood in self.floods}

    @cached_property
    def status_by_id(self) -> dict[str, Option]:
        return {option.id: option for option in self.status_updates}

    def text(self, value: str | dict[str, str] | None, lang: str) -> str:
        return text_in(value, lang)

    def option_for(self, action: Any) -> Option | None:
        """The authored option an action chose (a status update or an inject's option), or
        None: the one lookup the engine, scoring, report and UI share."""
        if action.option is None:
            return None
        if action.verb == "status":
            return self.status_by_id.get(action.option)
        inject = self.injects_by_id.get(action.item or "")
        return next((o for o in inject.options if o.id == action.option), None) if inject else None
