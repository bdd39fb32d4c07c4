"""What the checker knows about the situation a reply answers: the item, its author, the
scenario's public texts (whose numbers, addresses and figures are the organisation's own) and
its facts.

Built once per (scenario, inject) and cached: a reply is checked in a few milliseconds, and a
trainee writes many on one item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from drill.scenario import model as m
from drill.scenario.types import LocalText, text_in

CODE = re.compile(
    r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{3,14}[A-Z0-9](?![\w-])"
    r"|(?<![\w.,])\d{2,8}(?:[ -]\d{2,8}){0,3}(?![\w.,])"
)
"""A code a customer's case is known by: letters and digits together (QX4471, ORD-20931), or a
run of digits, perhaps in groups (an order or customer number: 48213377, 4402 1187)."""
THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+")
YEARS = re.compile(r"(?:19|20)\d{2}-(?:19|20)\d{2}")
"""A span of years ('2027-2036'), not a number."""
FIGURE = re.compile(r"(?<![\w.,])\d+(?:(?:[ .,/]|\s?/\s?)\d+)*")
"""A figure as written: 640, €21,000, 23.80, 4921 3300 1847 5520, 08/29."""
CLOCK = re.compile(r"\d{1,2}[.:]\d{2}")
MONEY = re.compile(r"€|\beur|\beuro", re.IGNORECASE)
DOMAIN = re.compile(r"\b([a-z0-9-]+)\.(?:fi|com|net|org|eu|se)\b", re.IGNORECASE)
LEGAL_FORMS = frozenset({"oy", "oyj", "ab", "ry", "ltd", "inc", "plc", "llc", "gmbh", "as"})
UNAFFECTED_KEY = re.compile(r"unaffected|not_|excluded|safe", re.IGNORECASE)
"""A fact's key that says its codes are the ones not hit ('unaffected_batches')."""


def is_code(found: str) -> bool:
    """Letters and digits together, or at least six digits that are not a plain number
    written in thousands (10 000 passengers) nor a span of years (2027-2036)."""
    if any(c.isalpha() for c in found):
        return True
    return sum(c.isdigit() for c in found) >= 6 and not THOUSANDS.fullmatch(found) and not YEARS.fullmatch(found)


def code_shape(code: str) -> str:
    """A code's letters as A and digits as 9 ('A9999' for batch L2607): a code of the facts'
    shape is one of theirs, or claims to be."""
    return re.sub(r"\d", "9", re.sub(r"[^\W\d_]", "A", code.upper()))


def _texts(value: LocalText | None, langs: list[str]) -> list[str]:
    return [text_in(value, lang) for lang in langs] if value else []


@dataclass(frozen=True)
class Context:
    scenario: m.Scenario
    inject: m.Inject | None
    lang: str
    author: str
    """Who wrote the item (persona, author or the run's generated name)."""
    public: str
    """The organisation's own texts (notes, briefing, description, facts): whatever appears in
    them (its phone number, web address, figures) is public, not a customer's data."""
    facts: str
    """Where the scenario's true figures are written: facts, notes, briefing, the authored
    options keyed 1 or 2, and each persona's followers (a note to comms says how far it reaches)."""
    customers: tuple[str, ...]
    """The full names of the item's author (unless a persona other than a customer: a reporter, a
    paper) and of every customer in the scenario: a surname of theirs in public identifies them."""
    inject_text: str
    """The item's own words (a customer may state their own figures)."""
    seen: str
    """Every item's words: what a note to comms may relay ('the reporter's story goes out at 14')."""
    own_codes: frozenset[str]
    """Codes in the item itself: the customer's own booking or order number."""
    public_codes: frozenset[str]
    """Codes the organisation publishes (flight numbers, product batches) or that are in its notes."""
    public_digits: str
    """The digits of `public` run together: a phone number the organisation gives is in them."""
    own_figures: frozenset[str]
    """The figures a customer gave of themselves in an item that carries personal data (its sum,
    order number, card digits, expiry), as digits, less those the organisation's texts or its good
    public answers give (a sum its good private message repeats is still the customer's): the
    reply that repeats them in public repeats the customer's data."""
    own_sums: frozenset[str]
    """The sums of money the item's author gave of themselves ('I pay €49.90 a month'), in this
    item or another of theirs, or the thread's opening post gave (the case the thread is about: her
    €640 claim, answered under her update or her husband's comment), as digits, less those the
    organisation's texts give, whether or not the item is marked as carrying personal data: said
    back to them in public, it is their own bill."""
    own_domains: frozenset[str]
    """The organisation's own mail and web domains (less '.fi'): those in its public texts and its
    name run together or word by word ('Vaskelan Leipomo Oy' → 'vaskelanleipomo', 'vaskelan'), so
    'claims@lumme.fi' is its address, not a customer's."""
    public_lower: str
    """`public` in lower case: every reply's words are looked up in it."""
    facts_lower: str
    """`facts` in lower case, the same way."""
    fact_codes: frozenset[str]
    """The codes the scenario's facts give, letters and digits together (a batch, a flight)."""
    fact_code_shapes: frozenset[str]
    """Their shapes (see code_shape)."""
    unaffected_codes: frozenset[str]
    """Those given under a key that says they are not hit (UNAFFECTED_KEY)."""


_CACHE: dict[tuple[int, str | None, str, str], Context] = {}


def context(scenario: m.Scenario, inject_id: str | None, lang: str, author: str = "") -> Context:
    """The context of one item, built once (a scenario is immutable; the cache keeps it alive,
    so its id cannot be reused by another while cached)."""
    key = (id(scenario), inject_id, lang, author)
    found = _CACHE.get(key)
    if found is None or found.scenario is not scenario:
        if len(_CACHE) > 512:
            _CACHE.clear()
        found = _CACHE[key] = _build(scenario, inject_id, lang, author)
    return found


def _build(scenario: m.Scenario, inject_id: str | None, lang: str, author: str) -> Context:
    langs: list[str] = list(scenario.languages)
    inject = scenario.injects_by_id.get(inject_id or "")
    rules = scenario.ground_rules
    public_parts = [*(t for note in rules.notes for t in _texts(note, langs)), *_texts(scenario.briefing, langs),
                    *_texts(scenario.organisation.description, langs), *(f"{key.replace('_', ' ')}: {t}" for key, f in scenario.facts.items() for t in _texts(f, langs))]
    public = "\n".join(public_parts)
    good = [o for i in scenario.injects for o in i.options if (o.value or 0) >= 1]
    good += [o for o in scenario.status_updates if (o.value or 0) >= 1]
    followers = [f"{p.name}: {p.followers} {word}" for p in scenario.personas.values() for word in ("followers", "seuraajaa")]
    facts = "\n".join([public, *(t for o in good for t in _texts(o.text, langs)), *followers])
    said_openly = "\n".join([public, *(t for o in good if o.route in ("public", "status_update") for t in _texts(o.text, langs))])
    slots = {v for f in scenario.floods for values in f.slots.values() for v in values}
    own_text = "\n".join(_texts(inject.text, langs)) if inject else ""
    name, customer = author, author
    if inject is not None and not name:
        persona = scenario.personas.get(inject.persona or "")
        name = persona.name if persona else (inject.author or "")
        customer = name if persona is None or persona.kind == "customer" else ""  # a paper's or a reporter's name is public
    return Context(
        scenario, inject, lang, name, public, facts,
        (customer, *(p.name for p in scenario.personas.values() if p.kind == "customer")), own_text,
        "\n".join(t for i in scenario.injects for t in _texts(i.text, langs)),
        frozenset(c for c in CODE.findall(own_text) if is_code(c)),
        frozenset(c for c in CODE.findall(public) if is_code(c)) | frozenset(c for s in slots for c in CODE.findall(s) if is_code(c)),
        re.sub(r"\D", "", public),
        _own_figures(own_text, said_openly) if inject is not None and inject.personal_data else frozenset(),
        frozenset(d for text in _case_texts(scenario, inject, langs) for a, b, d in figures(text) if MONEY.search(text[max(0, a - 2):b + 6]))
        - {d for _, _, d in figures(facts)},
        _own_domains("\n".join(_texts(scenario.organisation.name, langs)), public),
        public.lower(),
        facts.lower(),
        *_fact_codes(scenario, langs),
    )


def _fact_codes(scenario: m.Scenario, langs: list[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Every code the facts give, their shapes, and those given as unaffected."""
    given: set[str] = set()
    unaffected: set[str] = set()
    for key, value in scenario.facts.items():
        codes = {c for text in _texts(value, langs) for c in CODE.findall(text) if is_code(c) and any(ch.isalpha() for ch in c)}
        given |= codes
        if UNAFFECTED_KEY.search(key):
            unaffected |= codes
    return frozenset(given), frozenset(code_shape(c) for c in given), frozenset(unaffected)


def _case_texts(scenario: m.Scenario, inject: m.Inject | None, langs: list[str]) -> list[str]:
    """The words of the case an item belongs to: the item's, its author's other items' and its
    thread's opening post's (a customer's sum stays theirs wherever in the thread it is said back)."""
    if inject is None:
        return []
    root = scenario.injects_by_id.get(inject.thread or "")
    items = [i for i in scenario.injects if i is inject or i is root or (inject.persona and i.persona == inject.persona)]
    return [t for i in items for t in _texts(i.text, langs)]


def figures(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) for each figure of at least three digits in a text, not a clock time
    ('7.25', but '€23.80' is a sum): ages and counts of two digits say little of whom."""
    for found in FIGURE.finditer(text):
        digits = re.sub(r"\D", "", found.group())
        around = text[max(0, found.start() - 2):found.end() + 6]
        if len(digits) >= 3 and not (CLOCK.fullmatch(found.group()) and not MONEY.search(around)):
            yield found.start(), found.end(), digits


def _own_figures(own_text: str, facts: str) -> frozenset[str]:
    """A figure of the item whole and each group of four or more of its digits (a card number's
    last four: 'ending 5520'), less the figures of the organisation's texts."""
    given = {d for _, _, d in figures(facts)}
    own = set()
    for start, end, digits in figures(own_text):
        own |= {digits, *(g for g in re.split(r"\D+", own_text[start:end]) if len(g) >= 4)}
    return frozenset(own - given)


def _own_domains(name: str, public: str) -> frozenset[str]:
    """The domains in the organisation's texts and its name's words: one name per language, each
    run together as well."""
    domains = {d.lower() for d in DOMAIN.findall(public)}
    for each in name.split("\n"):
        words = [w for w in re.findall(r"[^\W_]+", each.lower()) if w not in LEGAL_FORMS]
        domains |= {w for w in words if len(w) >= 4} | {"".join(words), "-".join(words)}
    return frozenset(domains)
