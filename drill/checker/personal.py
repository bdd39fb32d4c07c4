"""Personal data in a public text: what identifies a customer or their case.

Phone numbers by `phonenumbers` (region FI), IBANs and Finnish personal identity codes by
`python-stdnum`, e-mail and street addresses and the hotel they stay at, the case's codes (booking, order and customer
numbers: the item's own, the organisation's masks, or any code the organisation does not
publish), the author's surname, a name the item's author forbids (`must_not: ["Emma"]`: the
filmed cashier; not one the organisation's texts name), and health or finance details said of the person. Whatever
the organisation itself publishes (its notes, briefing, facts) is not a customer's data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import phonenumbers
from stdnum import iban
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.fi import hetu

from drill.checker.context import CODE, Context, code_shape, figures, is_code
from drill.checker.lexicon import words
from drill.checker.words import Token, clause_span, find, names_another_thing, readings, sentence_span, verb_bases
from drill.scenario.types import text_in
from drill.scenario.vocabulary import PRIVATE_CHANNELS

EMAIL = re.compile(r"[\w.+-]+(?:@|\s?[(\[]at[)\]]\s?)[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
"""An e-mail address, also as written to dodge harvesters ('sanni.rautio(at)gmail.com', '[at]')."""
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b")
HETU = re.compile(r"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b", re.IGNORECASE)
ROAD = r"(?:katu|tie|kuja|polku|väylä|raitti|ranta|kaari|rinne|puistikko|tori|aukio|penger)"
ROAD_INFLECTED = r"(?:katu|kadu|tie|kuja|polku|polu|väylä|raitti|raiti|ranta|ranna|kaari|kaare|rinne|rintee|puistikko|puistiko|tori|aukio|penger|penkere)"
CASE_ENDING = r"(?:n|lla|llä|lle|lta|ltä|ssa|ssä|sta|stä|en|een|an|än|hen)?"
STREET = re.compile(
    rf"\b(?P<street>[A-ZÅÄÖ][a-zåäö]+{ROAD_INFLECTED}){CASE_ENDING}\s+(?P<number>\d+[a-zA-Z]?(?:\s?[A-Z]\s?\d+)?)\b"
    rf"|\b(?P<number_first>\d+[a-zA-Z]?)\s+(?P<road>[A-ZÅÄÖ][a-zåäö]+{ROAD})\b"
    r"|\b\d+\s+[A-Z][a-z]+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Way|Drive)\b"
)
"""A street address: a Finnish street in any case with its number ('Kaarnatiellä 7', 'Koivukujalle
3 B 12'), the number first as English writes it ('7 Kaarnatie'), or an English street."""
LODGING = re.compile(r"\b(?:Hotel|Hotelli|Hostel|Hostelli|Motel|Motelli|Hotellin|Hotelliin|Hotellissa)\s+([A-ZÅÄÖ][\w-]+)")
"""Where the customer is staying, by name ('taxi to Hotel Koskenranta'): in public it tells where
to find them, as a street address does; not a hotel the organisation's own texts name."""
POSSESSIVE = re.compile(r"(?:si|nne|nsa|nsä)$")
CARD_TAIL = re.compile(
    r"\b(?:card|kortt?i\w*|account|tili\w*)\b[^.!?\n]{0,40}?(?:\bend(?:ing|s)(?:\s+in)?|päätty\w*|loppu\w*)\D{0,20}?(\d{4})\b"
    r"|(?:[*•]{2,}|\b[xX]{4,})[\s-]?(\d{4})\b",
    re.IGNORECASE,
)
"""A card or an account told by its last four digits ('card ending 5520', 'kortti, joka päättyy
numeroihin 5520', 'tili, joka loppuu 4571', '**** 5520'): with the name beside it, it is the card."""
EXPIRY = re.compile(
    r"\b(?:exp(?:iry|ires|\.)?|valid\s+(?:until|thru|through|to)|voimassa(?:\s+\w+)?|vanhenee|päättymispäivä\w*)\W{0,3}((?:0?[1-9]|1[0-2])\s?/\s?(?:\d{2}|20\d{2}))(?![\d/])",
    re.IGNORECASE,
)
"""A card's expiry date (MM/YY) after the words that introduce one."""
CASE_NUMBER = re.compile(
    r"\b(?:order|booking|claim|case|ticket|reference|customer|account|invoice|membership"
    r"|tilau|varau|vahinko|asiakas|lasku|viite|tiketti|tapaus|jäsen|tili)\w*"
    r"(?:\s+(?:no\.?|nro\.?|number|numero|#))?\s*[#:]?\s*(\d{4,}(?:[ -]\d{2,})*)(?![\w,.]\d|\s?(?:€|e\b|eur|%|kpl|pcs|h\b|min))",
    re.IGNORECASE,
)
"""A short number named as the case's ('your order 4471', 'tilausnumero 4471'): the drill's codes
are longer, a customer's order number need not be."""
YEAR = re.compile(r"(?:19|20)\d{2}")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _customers(code: str, facts_shapes: frozenset[str], ctx: Context) -> bool:
    """Whether a code is a customer's: not one the organisation publishes, not of the shape of the
    facts' own (a batch number like L2609 is a fact, right or wrong), not its phone series."""
    return code not in ctx.public_codes and code_shape(code) not in facts_shapes and not _like_ours(_digits(code), ctx.public)


@cache
def _loose(code: str) -> re.Pattern[str]:
    """A code in any case, its characters spaced or hyphenated anyhow: still the same booking."""
    chars = [re.escape(c) for c in code if c.isalnum()]
    return re.compile(r"(?<![\w-])" + r"[\s-]?".join(chars) + r"(?![\w-])", re.IGNORECASE)


def _mask(mask: str) -> re.Pattern[str]:
    parts = {"A": "[A-Z]", "9": r"\d", "?": "[A-Z0-9]", "*": "[A-Z0-9]+", "-": "-", " ": r"\s?"}
    return re.compile(r"(?<![\w-])" + "".join(parts.get(c, re.escape(c)) for c in mask) + r"(?![\w-])")


def personal_data(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[int, int, str]]:
    """(start, end, what) for each piece of a customer's personal data in the text: the
    specific kinds first, then any other code of a case (not one already named)."""
    named = list(_specific(text, ctx))
    yield from named
    facts_shapes = ctx.fact_code_shapes
    for found in CODE.finditer(text):  # a code the organisation does not publish is a customer's
        overlaps = any(a < found.end() and found.start() < b for a, b, _ in named)
        if is_code(found.group()) and not overlaps and _customers(found.group(), facts_shapes, ctx) and not _own_reference(found.group(), ctx):
            yield found.start(), found.end(), "code"
    for code in ctx.own_codes:  # the item's own code as a hurried hand writes it: 'k7qx2m', 'HLB 8T4', 'kl58214'
        if _customers(code, facts_shapes, ctx):
            for found in _loose(code).finditer(text):
                yield found.start(), found.end(), "code"
    for mask in ctx.scenario.ground_rules.identifiers.values():  # the organisation's own formats, spaced or not
        for found in _mask(mask).finditer(text):
            yield found.start(), found.end(), "code"
    yield from _surname(text, toks, ctx)
    yield from _forbidden_names(toks, ctx)
    yield from _private_details(text, toks, ctx)
    yield from _case_figures(text, ctx)


NAME = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?")
"""A name as an author lists it in `must_not` ('Emma', 'Jere'): one capitalised word."""


def _forbidden_names(toks: list[Token], ctx: Context) -> Iterator[tuple[int, int, str]]:
    """A person's name the item's author lists under `must_not`: the drill says this person is
    not to be named here (staff whose names the rules protect, a customer the thread is not
    about), so naming them in public identifies them, in any inflection ('Emman'). A status update
    is read under every post, so a name any public item forbids is forbidden in it."""
    items = [ctx.inject] if ctx.inject is not None else [i for i in ctx.scenario.injects if i.channel not in PRIVATE_CHANNELS]
    names = tuple(dict.fromkeys(name for item in items for phrase in item.must_not
                                if NAME.fullmatch(name := text_in(phrase, ctx.lang)) and name not in ctx.public))
    for a, b in find(toks, names, ctx.lang):
        yield a, b, "name"


def _case_figures(text: str, ctx: Context) -> Iterator[tuple[int, int, str]]:
    """Numbers that tell the case in other shapes than a code: a card's last four or its expiry,
    a short number named as an order's or a claim's, and any figure the customer gave of
    themselves in the item (their sum, order number, card digits) said back in public."""
    for found in CARD_TAIL.finditer(text):
        group = 1 if found.group(1) else 2
        yield found.start(group), found.end(group), "card"
    for found in EXPIRY.finditer(text):
        yield found.start(1), found.end(1), "card"
    given = _given_figures(ctx.public)
    for found in CASE_NUMBER.finditer(text):
        digits = _digits(found.group(1))
        if digits not in given and not YEAR.fullmatch(digits):
            yield found.start(1), found.end(1), "code"
    for start, end, digits in figures(text):
        if digits in ctx.own_figures:
            yield start, end, "own_figure"


@cache
def _given_figures(public: str) -> frozenset[str]:
    return frozenset(d for _, _, d in figures(public))


def _specific(text: str, ctx: Context) -> Iterator[tuple[int, int, str]]:
    public_digits = ctx.public_digits
    for match in phonenumbers.PhoneNumberMatcher(text, "FI"):
        digits = _digits(match.raw_string)
        if digits and digits not in public_digits and not _like_ours(digits, ctx.public):
            yield match.start, match.end, "phone"
    for found in EMAIL.finditer(text):
        domain = re.split(r"@|[(\[]at[)\]]", found.group().lower())[-1].rpartition(".")[0]
        if found.group().lower() not in ctx.public_lower and domain not in ctx.own_domains:
            yield found.start(), found.end(), "email"
    for found in IBAN.finditer(text):
        if _account(found.group()) and _digits(found.group()) not in public_digits:
            yield found.start(), found.end(), "iban"
    for found in HETU.finditer(text):
        # a code with a wrong check character still tells a reader whose it is
        yield found.start(), found.end(), "identity_code" if hetu.is_valid(found.group()) else "identity_code_like"
    for found in STREET.finditer(text):
        street, number = found.group("street") or found.group("road"), found.group("number") or found.group("number_first")
        if not (street and _public_place(street, number, ctx.public)):
            yield found.start(), found.end(), "address"
    for found in LODGING.finditer(text):
        if found.group(1).lower()[:5] not in ctx.public_lower:
            yield found.start(), found.end(), "address"


def _account(number: str) -> bool:
    """An IBAN, or one with a wrong check digit ('FI2157800720034571' mistyped): like a mistyped
    identity code, it still tells a reader whose account it is; not a shape no country uses."""
    try:
        iban.validate(number)
    except InvalidChecksum:
        return True
    except ValidationError:
        return False
    return True


def _own_reference(code: str, ctx: Context) -> bool:
    """A code in a status update that no item gives: the organisation's own reference for the
    incident ('incident INC-0115', 'tiketti ST-1610'). An update is said to everyone, so only a
    code a customer gave (their booking, in their post) can be one customer's there."""
    return ctx.inject is None and _loose(code).search(ctx.seen) is None


def _like_ours(digits: str, public: str) -> bool:
    """A number of the organisation's own series ('010 555 4400' beside its '010 555 4040'): the
    same length and all but the last four digits the same is its switchboard, misremembered
    (a wrong fact), not a customer's phone."""
    return any(len(digits) == len(own) and digits[:-4] == own[:-4] for own in _own_phones(public))


@cache
def _own_phones(public: str) -> frozenset[str]:
    return frozenset(_digits(m.raw_string) for m in phonenumbers.PhoneNumberMatcher(public, "FI"))


def _public_place(street: str, number: str, public: str) -> bool:
    """A street the organisation's own texts name, in any case ('Valtatie 5' or 'valtatiellä 5' where
    the notes say 'valtatiellä 5'): a road or a branch everyone knows, not a customer's home."""
    return bool(re.search(rf"\b{re.escape(street[:-2])}\w*\s+{re.escape(number.strip())}(?!\w)", public, re.IGNORECASE))


def _surname(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[int, int, str]]:
    """The surname (in any case ending) of the author or of any customer in the scenario: a
    first-name greeting is fine, 'Hanna Virtanen and family' in a status update is not."""
    stems, surnames = tuple(_surname_stems(ctx.customers)), _surnames(ctx.customers)
    pairs = _full_names(ctx.customers)
    previous = 0
    for tok in toks:  # Voikko's base form finds a surname whose stem changes: 'Rinteen' is Rinne's, 'Lammen' Lampi's
        theirs = tok.lower.startswith(stems) or not surnames.isdisjoint(tok.forms)
        # written in lower case ('tiina virtanen', typed fast on a phone) only right after that person's first
        # name, a space between: alone, 'virta' or 'joki' are words
        before = text[previous:tok.start].lower()
        if theirs and (tok.text[:1].isupper() or any(before == f"{first} " and tok.lower.startswith(stem) for first, stem in pairs)):
            yield tok.start, tok.end, "name"
        previous = tok.start


@cache
def _surnames(names: tuple[str, ...]) -> frozenset[str]:
    """The surnames of the people in `names` (a handle or an association has none), lower case."""
    found = set()
    for name in names:
        parts = [p for p in name.split() if len(p) > 2]
        if len(parts) >= 2 and _person(name):
            found.add(parts[-1].lower())
    return frozenset(found)


@cache
def _surname_stems(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_stem(surname) for surname in _surnames(names))


def _stem(surname: str) -> str:
    # Finnish -nen names inflect on the stem: Lehtonen, Lehtosen, Lehtoselle
    return surname[:-3] if surname.endswith("nen") and len(surname) > 6 else surname[: max(4, len(surname) - 2)]


@cache
def _full_names(names: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """(first name, surname stem) of each person in `names`, lower case."""
    return frozenset((name.split()[0].lower(), _stem(name.split()[-1].lower())) for name in names if _person(name))


def _person(name: str) -> bool:
    """A person's name is two or three capitalised words ('Hanna Kettunen'); a handle
    ('Routavaaran_Jarkko') or an association ('Pyöräilyseura Ketju ry') has no surname to hide."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(re.fullmatch(r"[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?", p) for p in parts)


@cache
def _first_names(names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The customers' first names, and the same less their last letter (Hanna, Hannan, Hannalla)."""
    firsts = {n.split()[0].lower() for n in names if len(n.split()) > 1 and len(n.split()[0]) > 3}
    return frozenset(firsts), frozenset(f[:-1] for f in firsts)


EVERYONE = re.compile(r"\b(?:every(?:one|body)|all (?:customers|of (?:you|them))|kaikille|kaikkien|jokaiselle)\b", re.IGNORECASE)
"""A sum said of everyone ('December's €49.90 refunded to everyone affected') is the price, not this customer's bill."""


def _private_details(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[int, int, str]]:
    """Health or finance details said of the person: a term in a sentence that addresses them
    ('your pension', 'Hannan lääkärintodistus') or tells what was decided or done in their case
    ('fysioterapia hylättiin, koska todistuksessa on vanha rannevamma': one person's case, not the
    rule, unless the sentence refuses to tell it or makes it a condition), or a sum of their case said back anywhere in the
    reply ('€49.90 a month and nothing works', 'ne 49,90 € tulee takaisin'): the thread it is
    said in tells whose bill it is; not a sum said of everyone."""
    lang = ctx.lang
    addressed = [(a, b) for a, b in find(toks, words("second_person", lang), lang) if not _anyone(text, toks, a, b, lang)]
    firsts, stems = _first_names(ctx.customers)
    # 'Hannan lääkärintodistus', "Hanna's certificate", 'koska Hanna antoi luvan': a customer named, not greeted
    addressed += [(t.start, t.end) for i, t in enumerate(toks)
                  if t.text[:1].isupper() and any(t.lower.startswith(stem) for stem in stems)
                  and not (t.lower in firsts and _greeted(text, toks, i))]
    sums = [(a, b) for a, b, digits in figures(text) if digits in ctx.own_sums and not EVERYONE.search(text, *_clause(text, a))]
    yield from ((start, end, "private_detail") for start, end in sums)
    told, untold = find(toks, words("case_told", lang), lang) + _denied_then(toks), find(toks, words("case_not_told", lang), lang)
    for start, end in _terms(toks, lang, "private_terms"):
        sentence = _clause(text, start)
        near = any(sentence[0] <= a < sentence[1] for a, _ in addressed)
        own = lang == "fi" and any(t.start >= sentence[0] and t.end <= sentence[1] and _yours(t) for t in toks)
        if near or own or _case_told(sentence, told, untold):
            yield start, end, "private_detail"
    for start, end in _terms(toks, lang, "case_terms"):
        if _case_told(_clause(text, start), told, untold):
            yield start, end, "private_detail"


def _anyone(text: str, toks: list[Token], start: int, end: int, lang: str) -> bool:
    """Whether a 'you' is anyone, not the person: in a condition ('don't eat it if you're allergic',
    'jos sulla on oireita, soita 112'), unless it is 'your' ('if your fracture still hurts')."""
    if find([t for t in toks if t.start == start], words("your", lang), lang):
        return False
    c0, c1 = clause_span(text, start, end, *sentence_span(text, start))
    return bool(find([t for t in toks if c0 <= t.start < c1], words("anyone_if", lang), lang))


def _denied_then(toks: list[Token]) -> list[tuple[int, int]]:
    """A Finnish decision denied in the past: 'ei' and, a word or two on, the past passive participle
    of a verb that decides a claim ('fysioterapiaa ei korvattu', 'korvausta ei ole myönnetty'); not
    the present ('ei korvata'), nor another past ('jota ei ole merkitty pakkaukseen')."""
    deciding = frozenset(words("decision_verbs", "fi"))
    return [(t.start, u.end) for i, t in enumerate(toks) if "ei" in t.forms for u in toks[i + 1:i + 3]
            if any(r[8] == "past_passive" for r in readings(u)) and verb_bases(u.text, "fi") & deciding]


def _case_told(sentence: tuple[int, int], told: list[tuple[int, int]], untold: list[tuple[int, int]]) -> bool:
    """Whether a sentence tells what was decided or done in one case ('hylättiin', 'our handler
    misread'), not as a condition nor in refusing to tell it ('jos…', 'emme voi kertoa, miksi…')."""
    return any(sentence[0] <= a < sentence[1] for a, _ in told) and not any(sentence[0] <= a < sentence[1] for a, _ in untold)


GREETERS = frozenset({"hei", "moi", "moikka", "terve", "huomenta", "kiitos", "kiitti", "hi", "hello", "hey", "dear", "thanks", "thank",
                      "you", "morning", "sorry", "anteeksi"})
"""Words a first-name greeting follows ('Hei Hanna', 'Thank you Hanna')."""


def _greeted(text: str, toks: list[Token], i: int) -> bool:
    """Whether the name at token i greets (after a greeting word, or opening a sentence and set off
    by a comma: 'Hanna, …') rather than speaks of the person ('koska Hanna antoi luvan')."""
    if i > 0 and toks[i - 1].lower in GREETERS:
        return True
    opens = i == 0 or bool(re.search(r"[.!?\n]\s*$", text[toks[i - 1].end:toks[i].start]))
    return opens and text[toks[i].end:toks[i].end + 1] in (",", "!", ":")


CLAUSE_BREAK = re.compile(r";")
"""Where a sentence turns to another matter, a semicolon ('salaries are credited in the background;
to check your own account, call…'): a detail and a 'you' either side of it are not said of each other."""


def _clause(text: str, at: int) -> tuple[int, int]:
    start, end = sentence_span(text, at)
    breaks = [m.span() for m in CLAUSE_BREAK.finditer(text, start, end)]
    return max([b for _, b in breaks if b <= at], default=start), min([a for a, _ in breaks if a >= at], default=end)


def _yours(tok: Token) -> bool:
    """A Finnish word with the second-person possessive suffix ('eläkkeesi', 'korvauksenne'), or a
    verb that tells what this person did ('kerroit', 'jouduitte': the second person past, every
    reading of it, so not 'voit', which is also the present that gives anyone advice): Voikko's
    reading where it knows the word (so 'tänne' is not 'your'), else the ending."""
    read = readings(tok)
    if read:
        told = [r[6] == "past_imperfective" and r[5] == "indicative" for r in read if r[4] == "2"]
        return any(r[9] in ("2s", "2p") for r in read) or (bool(told) and all(told))
    return bool(POSSESSIVE.search(tok.lower))


def _terms(toks: list[Token], lang: str, kind: str) -> list[tuple[int, int]]:
    """Health and finance terms of a lexicon kind, also as the last part of a compound
    ('pähkinäallergia', 'rannemurtuma'): Finnish builds the specific from the general."""
    found = {(a, b) for a, b in find(toks, words(kind, lang), lang) if not names_another_thing(toks, a, words(kind, lang))}
    parts = [p.rstrip("-") for p in words(kind, lang) if p.endswith("-") and " " not in p]
    found |= {(t.start, t.end) for t in toks if any(part in t.lower[1:] for part in parts)}
    people = {t.start for t in toks if t.lower.startswith(words("private_terms_people", lang))}
    return sorted((a, b) for a, b in found if a not in people)
