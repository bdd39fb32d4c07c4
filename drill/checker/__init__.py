"""The reply checker: what a trainee wrote, read the way a shift lead would read it.

Pure and deterministic (no I/O, no Textual): given the scenario, the item answered, the route
and the text, it returns findings with their spans, the reply tags the findings stand for
(so a written reply is scored by the same dimensions as an authored option) and the nearest
authored option (whose consequences the world then plays out).

    review = check_reply(scenario, "price-critic", "public", "Hei Kaisa, ...", "fi")
    [f.check for f in review.findings]   # ['acknowledges', 'informs', ...]

The checks: personal_data, promise, wrong_fact, informs, redirect_reason_missing,
acknowledges, apologises, thanks, curt, blame, defensive, boilerplate, shouting,
sitrep_missing (escalation notes), must_mention and must_not (the author's own per inject).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from drill.checker.asserted import asserted, no_such, ruled_out
from drill.checker.claims import claims
from drill.checker.commitments import promises, to_colleague
from drill.checker.context import Context, context
from drill.checker.denials import denials
from drill.checker.echoes import echoes
from drill.checker.figures import contacts, facts, figures
from drill.checker.free import priced_free
from drill.checker.harm import harm_denied
from drill.checker.hours import round_the_clock
from drill.checker.informs import informs
from drill.checker.pending import pending
from drill.checker.personal import personal_data
from drill.checker.rates import rates
from drill.checker.reader import SURE, heaviest_sentence, verdicts
from drill.checker.risk import risk_played_down
from drill.checker.scope import played_down
from drill.checker.sole import sole
from drill.checker.states import states
from drill.checker.tone import moves_without_reason, shouting, sitrep_missing, tone
from drill.checker.waived import waived
from drill.checker.words import find, tokens
from drill.scenario import model as m
from drill.scenario.types import text_in
from drill.scenario.vocabulary import PRIVATE_CHANNELS

ROUTES = ("public", "private", "redirect", "status", "escalate")
PUBLIC_ROUTES = ("public", "status")
CHECKS = (
    "personal_data", "promise", "wrong_fact", "informs", "redirect_reason_missing", "acknowledges", "apologises", "thanks",
    "curt", "blame", "defensive", "boilerplate", "shouting", "sitrep_missing", "must_mention", "must_not",
)

TAGS: dict[str, str] = {
    "personal_data": "personal_data_public", "promise": "overpromise", "wrong_fact": "speculate", "informs": "inform",
    "acknowledges": "acknowledge", "apologises": "apologise", "thanks": "thank", "curt": "curt", "blame": "blame_customer",
    "defensive": "defensive", "boilerplate": "boilerplate",
}
"""The reply tag each finding stands for (the scoring and the world read tags)."""


@dataclass(frozen=True)
class Finding:
    check: str
    start: int
    end: int
    detail: str = ""
    """What exactly: 'phone', 'code', 'absolute', 'faster_than_promised'…"""

    def to_json(self) -> dict[str, Any]:
        return {"check": self.check, "start": self.start, "end": self.end, **({"detail": self.detail} if self.detail else {})}


@dataclass(frozen=True)
class Review:
    text: str
    findings: tuple[Finding, ...]
    tags: tuple[str, ...]
    nearest_option: str | None = None
    checks: frozenset[str] = field(default_factory=frozenset)

    def has(self, check: str) -> bool:
        return check in self.checks


def check_reply(scenario: m.Scenario, inject_id: str | None, route: str, text: str, lang: str, author: str = "", *,
                second_reader: bool = True) -> Review:
    """Every finding in a reply (or an escalation note) to one item: the rules' findings, then
    the second reader's word on them (reader.py; without it, the rules' reading alone: what the
    rules' own tests pin down and what the reader is trained on)."""
    ctx = context(scenario, inject_id, lang, author)
    toks = tokens(text, lang)
    found = _by_rules(text, toks, ctx, route, lang)
    if second_reader:
        found = _second_reading(text, toks, route, lang, found, scenario.id)
    checks = frozenset(f.check for f in found)
    tags = tuple(sorted({TAGS[c] for c in checks if c in TAGS} | _channel_tags(checks, toks, lang, route)))
    return Review(text, tuple(found), tags, nearest(ctx.inject, route, tags, written_value(checks)), checks)


def _second_reading(text: str, toks: list, route: str, lang: str, found: list[Finding], drill: str) -> list[Finding]:
    """The reader's verdict per check it judges: a rule finding it does not bear out is dropped
    (unless the rules found that check in SURE places); a check it finds that no rule placed goes
    on the sentence that weighs most toward it."""
    placed = Counter(f.check for f in found)
    verdict = verdicts(toks, route, lang, set(placed), drill)
    if verdict.get("wrong_fact") and "wrong_fact" not in placed and _all_figures_confirmed(text, found):
        verdict["wrong_fact"] = False
    kept = [f for f in found if verdict.get(f.check, True) or placed[f.check] >= SURE]
    added = [Finding(check, *heaviest_sentence(text, toks, check, drill), "reader") for check, holds in verdict.items() if holds and check not in placed]
    return _in_order(kept + added)


def _all_figures_confirmed(text: str, found: list[Finding]) -> bool:
    """Whether the reply states figures and each lies in a passage the rules read as giving the
    facts right (a figure the facts hold, or a sentence that gives them): the reader cannot
    check a figure (it reads words, not facts), and a reply stating figures reads to it like
    the corpus's wrong ones ('the rise is 12 %, so the price is €5.15' rose to .9). Over six
    groups of corpus sets left out of its training in turn, not adding a wrong fact to such a
    reply moved the wrong facts' F1 by .001."""
    confirmed = [(f.start, f.end) for f in found if f.check == "informs"]
    said = figures(text)
    return bool(said) and all(any(a < end and start < b for a, b in confirmed) for _, _, start, end in said)


def _by_rules(text: str, toks: list, ctx: Context, route: str, lang: str) -> list[Finding]:
    """Every finding the rules make, one per span of a check."""
    found: list[Finding] = []
    public = in_public(route, ctx.inject)
    if public:
        found += [Finding("personal_data", a, b, what) for a, b, what in personal_data(text, toks, ctx)]
    if route != "escalate":  # a note to comms promises the public nothing
        found += [Finding("promise", a, b, what) for a, b, what in promises(text, toks, ctx)
                  if not (route == "private" and to_colleague(text, what, a, ctx.inject))]
    found += [Finding(check, a, b, detail) for check, a, b, detail in facts(text, ctx, route == "escalate")]
    if route != "escalate":  # a note to comms relays what is said, guesses included
        found += [Finding(check, a, b) for check, a, b in claims(text, ctx)]
        found += [Finding(check, a, b) for check, a, b in denials(text, toks, ctx)]
        found += [Finding(check, a, b) for check, a, b in asserted(text, toks, ctx)]
        found += [Finding(check, a, b) for check, a, b in ruled_out(text, ctx)]
        found += [Finding(check, a, b, "state") for check, a, b in no_such(text, ctx)]  # an exemption that does not exist: a promise and a wrong fact
        found += [Finding(check, a, b) for check, a, b in echoes(text, toks, ctx)]
        found += [Finding(check, a, b) for check, a, b in rates(text, ctx)]
        found += [Finding(check, a, b) for check, a, b in sole(text, toks, ctx)]
        found += [Finding(check, a, b) for check, a, b in harm_denied(text, toks, ctx)]
        found += [Finding(check, a, b) for check, a, b in played_down(text, ctx)]
        found += [Finding(check, a, b) for check, a, b in risk_played_down(text, toks, ctx)]
        found += [Finding(check, a, b) for check, a, b in waived(text, toks, ctx)]
        found += [Finding(check, a, b, "state") for check, a, b in priced_free(text, toks, ctx)]
        found += [Finding(check, a, b, "state") for check, a, b in states(text, toks, ctx)]
        found += [Finding(check, a, b, "state") for check, a, b in pending(text, toks, ctx)]
        found += [Finding(check, a, b, "state") for check, a, b in round_the_clock(text, toks, ctx)]
    found += [Finding(check, a, b) for check, a, b in contacts(text, ctx)]
    shouted = shouting(text, ctx.public)
    found += [Finding("shouting", a, b) for a, b in shouted]
    if route != "escalate":
        found += [Finding(check, a, b) for check, a, b in tone(text, toks, lang, public, any(f.check == "informs" for f in found), route == "status",
                                                                bool(shouted), "?" in ctx.inject_text,
                                                                ctx.inject is not None and ctx.inject.channel == "internal",
                                                                ctx.inject is not None and ctx.inject.is_criticism)]
        # a case is moved out of a thread: a status update answers no one, a message is already private
        moved = moves_without_reason(text, toks, lang, redirecting=route == "redirect" and public) if route in ("public", "redirect") else None
        if moved is not None:
            found.append(Finding("redirect_reason_missing", *moved))
    elif sitrep_missing(toks, lang):
        found.append(Finding("sitrep_missing", 0, len(text)))
    faults = [(f.start, f.end) for f in found if TAGS.get(f.check) in NEGATIVE_TAGS]
    found += [Finding(check, a, b) for check, a, b in informs(text, toks, ctx.public, lang, faults)]
    found += _authored(text, toks, ctx.inject, lang)
    found = _promise_or_fact(found)
    return _outermost(_in_order(set(found)))


def prepare(scenario: m.Scenario, inject_id: str | None, route: str, lang: str) -> None:
    """Read what a reply to this item will be checked against before the reply exists: the
    drill's facts, the states and statements they give, the item's own context (about 0.1 s
    for the first item of a drill). The editor calls it in a worker as it opens, so Ctrl+S
    waits only for the trainee's own words. A one-word reply runs every rule's reading of the
    drill (an empty one stops before some)."""
    check_reply(scenario, inject_id, route, "ok", lang)


def in_public(route: str, inject: m.Inject | None) -> bool:
    """Whether the reply is read by everyone: a public reply or a status update, and a redirect
    to a post or comment (it is posted in the thread: 'DM us, your number shows here'), not one
    to a call or a message (said on the phone, written in the message)."""
    return route in PUBLIC_ROUTES or (route == "redirect" and inject is not None and inject.channel not in PRIVATE_CHANNELS)


@lru_cache(maxsize=1024)
def is_sitrep(note: str) -> bool:
    """Whether an escalation note is a situation report, in Finnish or in English. Kept per
    note: a simulation's players write the same few notes in thousands of runs."""
    return any(not sitrep_missing(tokens(note, lang), lang) for lang in ("fi", "en"))


def _promise_or_fact(found: list[Finding]) -> list[Finding]:
    """A figure in a promise ('fixed by 20:00') is the promise, not a stated fact; but a bare
    time the facts give otherwise ('the branches open at 9' where they open at 10) is a wrong
    fact, not a commitment; a payment or fix sooner than the facts give ('within 2 days' where
    claims take five) is both, and so is a time the facts give for that very event, other than a
    fix ('texts by 9' where they go by 07:45), and so is a state the facts give otherwise ('all coaches are on
    schedule' where they are late: a certainty and a wrong fact), and so is more than the facts give
    ('the whole fare back' where they give 30 %)."""
    wrong = [f for f in found if f.check == "wrong_fact"]
    timed = [f for f in found if f.check == "promise" and f.detail == "time"]
    promised = [f for f in found if f.check == "promise" and f.detail not in ("time", "sooner", "more")]
    return [f for f in found
            if not (f.check == "wrong_fact" and f.detail not in ("state", "event") and any(p.start < f.end and f.start < p.end for p in promised))
            and not (f in timed and any(w.start < f.end and f.start < w.end for w in wrong))]


def _in_order(found: Iterable[Finding]) -> list[Finding]:
    """Findings by place, the widest first, then by check and detail: a total order, so which of
    two findings of one check on one span is kept ('guaranteed': an absolute, a certainty) never
    depends on a set's order, which changes from one process to the next."""
    return sorted(found, key=lambda f: (f.start, -f.end, f.check, f.detail))


def _outermost(found: list[Finding]) -> list[Finding]:
    """One finding per span of a check: a code inside a phone number is the phone number."""
    kept: list[Finding] = []
    for f in found:
        if not any(k.check == f.check and k.start <= f.start and f.end <= k.end for k in kept):
            kept.append(f)
    return kept


def _authored(text: str, toks: list, inject: m.Inject | None, lang: str) -> list[Finding]:
    """The author's own demands on this item: what a good answer mentions, what it must not say."""
    if inject is None:
        return []
    out = []
    for phrase in inject.must_not:
        out += [Finding("must_not", a, b, text_in(phrase, lang)) for a, b in find(toks, (text_in(phrase, lang),), lang)]
    missing = [text_in(p, lang) for p in inject.must_mention if not find(toks, (text_in(p, lang),), lang)]
    if missing:
        out.append(Finding("must_mention", 0, len(text), "; ".join(missing)))
    return out


def _channel_tags(checks: frozenset[str], toks: list, lang: str, route: str) -> set[str]:
    from drill.checker.lexicon import words

    moving = route == "redirect" or bool(find(toks, words("moves", lang), lang))
    if not moving or route == "escalate":
        return set()
    return {"move_private"} | ({"explain_reason"} if "redirect_reason_missing" not in checks else set())


VERB_ROUTES = {"public": ("public",), "private": ("private",), "redirect": ("phone", "email", "secure_chat"), "status": ("status_update",)}
CHECK_ROUTE = {"reply": "public", "private": "private", "redirect": "redirect", "status": "status"}
"""The checker's route for each verb that sends a reply."""


def nearest(inject: m.Inject | None, route: str, tags: tuple[str, ...], value: int) -> str | None:
    """The authored option on the same route nearest the written reply (`closest`), whose
    consequences the world plays out; none when every option there carries a fault the reply
    did not make. The written reply is scored by its own findings (`value`), never the option's."""
    if inject is None or route not in VERB_ROUTES:
        return None
    found = closest([o for o in inject.options if o.route in VERB_ROUTES[route]], tags, value)
    return found.id if found is not None and not unearned(found, tags, value) else None


def written_option(scenario: m.Scenario, action: Any) -> m.Option:
    """The option a written reply stands for: its own text, the tags its findings stand for
    (they decide how it is scored), and the id, effects and covered floods of the nearest
    authored option on its route (so triggers and the meters react as they would to that
    option). Its promise is not carried over: the trainee did not write it. Nor is a fault
    the reply did not make, nor a good answer it is not: where the nearest option leaks data or
    overpromises and the reply does not, is a bad answer and the reply scores above 0 with no
    fault, or is a good answer and the reply has a fault it lacks (`unearned`), the reply keeps
    the floods it answers but no option's id or effects (no authored option says what it is; a
    public answer to an item whose good answers are all private)."""
    lang = action.lang or scenario.languages[0]
    route = CHECK_ROUTE[action.verb]
    inject = scenario.injects_by_id.get(action.item or "") if action.verb != "status" else None
    review = check_reply(scenario, inject.id if inject else None, route, action.text or "", lang)
    pool = list(scenario.status_updates) if action.verb == "status" else [o for o in (inject.options if inject else []) if o.route in VERB_ROUTES[route]]
    value = written_value(review.checks)
    near = closest(pool, review.tags, value)
    plays = near if near is not None and not unearned(near, review.tags, value) else None
    wanted = inject.expect.route if inject is not None and inject.expect and inject.expect.route else None
    wanted_routes = [wanted] if isinstance(wanted, str) else list(wanted or [])
    routes = VERB_ROUTES[route]
    sent = next((r for r in wanted_routes if r in routes), near.route if near is not None else routes[0])
    return m.Option(
        id=plays.id if plays is not None else "written", text={lang: action.text or ""}, route=sent, tags=list(review.tags),
        value=written_value(review.checks),
        effects=plays.effects if plays is not None else m.MeterEffects(), covers=list(near.covers) if near is not None else [],
    )


SEVERE = frozenset({"personal_data", "promise", "wrong_fact", "blame", "curt", "must_not"})
MILD = frozenset({"defensive", "boilerplate", "shouting", "redirect_reason_missing", "must_mention"})
WARM = frozenset({"acknowledges", "apologises", "thanks"})


def written_value(checks: frozenset[str]) -> int:
    """A written reply's key on the authored scale, from its findings: any severe fault −2,
    a milder one −1; without faults, facts given warmly 2, facts or warmth alone 1, neither 0.
    So a warm, factual reply with nothing wrong in it scores as the best option does."""
    if checks & SEVERE:
        return -2
    if checks & MILD:
        return -1
    return 2 if "informs" in checks and checks & WARM else 1 if "informs" in checks or checks & WARM else 0


def closest(pool: list[m.Option], tags: tuple[str, ...], value: int) -> m.Option | None:
    """The option whose faults are most nearly the reply's (of those the checker can read),
    then whose value is nearest the reply's own (`written_value`), then whose tags overlap most
    (Jaccard), then whose tone (tags for and against) is nearest, then the first in the file.
    Faults first: a warm reply that leaks nothing is nearer a plain answer than the warm option
    that leaks the booking code, and a curt one nearer the curt option. Value next: a warm,
    factual reply scored as the best option is met as the best option is, not as a joke that
    shares fewer of the tags the checker cannot read ('humour', 'instruct')."""
    if not pool:
        return None
    mine = set(tags)
    faults = _faults(tags)

    def overlap(option: m.Option) -> float:
        theirs = set(option.tags)
        return len(mine & theirs) / len(mine | theirs) if mine | theirs else 1.0

    def polarity(found: set[str]) -> int:
        return len(found - NEGATIVE_TAGS) - len(found & NEGATIVE_TAGS)

    return max(pool, key=lambda o: (-len(_faults(o.tags) ^ faults), -abs((o.value or 0) - value), overlap(o),
                                    -abs(polarity(set(o.tags)) - polarity(mine)), -pool.index(o)))


def unearned(option: m.Option, tags: Iterable[str], value: int) -> bool:
    """Whether an option carries a fault (one the checker can read) that the written reply does
    not, or is a bad answer (below 0, for a fault the checker cannot read: a stall, a denial)
    met by a reply with no fault that scores above 0 (a warm, factual public answer to an item
    whose every public option is faulty), or is a good answer (above 0) met by a reply with a
    fault it does not carry (a warm reply that names the filmed employee is not the warm answer
    that protects her)."""
    faults = _faults(tags)
    return (bool(_faults(option.tags) - faults) or ((option.value or 0) < 0 < value and not faults)
            or ((option.value or 0) > 0 and bool(faults - _faults(option.tags))))


def _faults(tags: Iterable[str]) -> frozenset[str]:
    return frozenset(tags) & READABLE_FAULTS


NEGATIVE_TAGS = frozenset({"curt", "defensive", "sarcastic", "boilerplate", "blame_customer", "overpromise", "speculate",
                           "personal_data_public", "deny", "stall"})
"""Tags that make a reply worse: 'nearest' weighs a reply's tone by them when no tag is shared."""
READABLE_FAULTS = frozenset(TAGS.values()) & NEGATIVE_TAGS
"""The faults a finding stands for; an option's others (deny, stall, sarcastic) the checker
cannot read in a text, so they count neither for nor against a written reply's match."""
