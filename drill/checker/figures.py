"""The figures a reply states, read against the scenario's facts.

A figure is a price, a percentage ("koko lipun hinta", "a full refund": 100 %), kilometres,
hours ("la 12–20", "weekdays 8–16": opening or staffed hours, which the facts give), a delay
in minutes or hours in a sentence about being late ("5 minutes behind", "tunnin myöhässä"), a clock time ("klo 18", "at 9", "18:40"; in words, "kahdeksalta", "half past nine", read on a
twelve-hour dial), a date ("2.12.", "2 December", "joulukuun 2."), a duration ("five working
days", "14 vrk", "kolmen vuoden") or a count of something ("20,000 passengers", "kaksi lasta"),
half price as 50 %, numbers in digits or words, Finnish formats normalised ("5,15 €" == "€5.15"). It informs when
the facts (ground rules' notes, briefing, facts with their keys' words, the good options, the
personas' followers, the item's own text) hold the same figure, and is a wrong fact when they
hold a different figure of the same kind ABOUT THE SAME THING: a fact's sentence and the
reply's sentence share a content word. A figure about something the facts do not mention is
neither. The organisation's own numbers and web addresses inform too (contacts()).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.words import backend, clause_span, forms, one_of, sentence_span, split_readings

NUMBER = r"(\d+(?:[.,]\d+)?)"
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fourteen": 14,
    "thirty": 30, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50, "kaksitoista": 12, "kaksikymmentä": 20,
    "kolmekymmentä": 30, "viisikymmentä": 50, "yksi": 1, "yhden": 1, "kaksi": 2, "kahden": 2, "kolme": 3, "kolmen": 3, "neljä": 4, "neljän": 4, "viisi": 5,
    "viiden": 5, "kuusi": 6, "kuuden": 6, "seitsemän": 7, "kahdeksan": 8, "yhdeksän": 9, "kymmenen": 10,
    "sata tuhatta": 100_000, "a hundred thousand": 100_000, "muutama sata": 300, "a few hundred": 300, "pari sataa": 200,
    "a couple of hundred": 200, "pari": 2, "parin": 2, "parissa": 2,
}
FI_UNITS = ("yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän")
WORD_NUMBERS |= {f"{unit}toista": n + 11 for n, unit in enumerate(FI_UNITS)} | {f"{unit}kymmentä": 10 * (n + 1) for n, unit in enumerate(FI_UNITS) if n}
"""Finnish teens and tens as written ('kolmetoista', 'kolmekymmentä'); their other cases Voikko reads (see _numerals_as_digits)."""
SPELLED = r"(" + one_of(WORD_NUMBERS) + r")\b"
"""A number in words ('five euros', 'viisi prosenttia')."""
AMOUNT = r"(\d+|" + one_of(WORD_NUMBERS) + r")"
WEEKDAYS = ("monda", "tuesd", "wedne", "thurs", "frida", "satur", "sunda", "maana", "tiist", "keski", "torst", "perja", "lauan", "sunnu")
"""A weekday's first letters, English then Finnish: its index modulo seven is the day."""
FI_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")
MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
UNIT_DAYS = {"day": 1, "päiv": 1, "vrk": 1, "vuorokau": 1, "arkipäiv": 1, "pankkipäiv": 1, "week": 7, "viiko": 7, "month": 30,
             "kuukau": 30, "year": 365, "vuo": 365}
FI_HOURS = (("yksi", "yhden", "yhdeltä", "yhteen"), ("kaksi", "kahden", "kahdelta", "kahteen"), ("kolme", "kolmen", "kolmelta", "kolmeen"),
            ("neljä", "neljän", "neljältä", "neljään"), ("viisi", "viiden", "viideltä", "viiteen"), ("kuusi", "kuuden", "kuudelta", "kuuteen"),
            ("seitsemän", "seitsemältä", "seitsemään"), ("kahdeksan", "kahdeksalta", "kahdeksaan"), ("yhdeksän", "yhdeksältä", "yhdeksään"),
            ("kymmenen", "kymmeneltä", "kymmeneen", "kymmentä"), ("yksitoista", "yhdentoista", "yhdeltätoista", "yhteentoista"),
            ("kaksitoista", "kahdentoista", "kahdeltatoista", "kahteentoista"))
EN_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
HOUR_WORDS = {form: hour for hour, forms in enumerate(FI_HOURS, 1) for form in forms} | {w: h for h, w in enumerate(EN_HOURS, 1)}
_ANY_HOUR = one_of(HOUR_WORDS)
_AT_HOUR = "|".join(f for forms in FI_HOURS for f in forms if f.endswith(("ltä", "lta", "ltätoista", "ltatoista")))
FROM_HOURS = {form: hour for hour, form in enumerate(("yhdestä", "kahdesta", "kolmesta", "neljästä", "viidestä", "kuudesta", "seitsemästä",
                                                      "kahdeksasta", "yhdeksästä", "kymmenestä", "yhdestätoista", "kahdestatoista"), 1)}
"""An hour things start from ('jo yhdeksästä', 'kahdeksasta alkaen'): only beside a word that makes it a time, since 'kuudesta' is also 'of six'."""
_FROM_HOUR = one_of(FROM_HOURS)
WORD_CLOCK = re.compile(
    rf"\b(?:(puoli|half past|quarter past|quarter to)\s+({_ANY_HOUR})|(?:klo|kello|at)\s+({_ANY_HOUR})(?!\s+of\b)|({_ANY_HOUR})\s+o'clock|(?:aamu|ilta|yö)?({_AT_HOUR})"
    rf"|(?:jo|klo|kello|aamu)\s*({_FROM_HOUR})|({_FROM_HOUR})\s+(?:alkaen|lähtien|eteenpäin))\b",
    re.IGNORECASE,
)
"""A time in words: 'puoli kymmenen', 'kahdeksalta' (also 'aamukahdeksalta'), 'at ten', "nine o'clock", 'half past nine',
'jo yhdeksästä'; not 'at one of our restaurants'."""
DELAYED = re.compile(r"\b(?:late(?!\s+(?:fee|payment|charge))|behind|delay\w*|slowed|myöhässä|myöhästy\w*|viive\w*|viivästy\w*|hidasta\w*|"
                     r"wait(?:ed|ing)?\b|odotus\w*|odotti\w*|odottaneet)",
                     re.IGNORECASE)
"""A sentence about a delay or a wait: its minutes and hours are how late or how long, which the facts give."""
SPAN = "span"
"""Marks a delay in minutes, (low, high, SPAN): one within the other's range is the same delay."""
FIGURES: dict[str, re.Pattern[str]] = {
    "delay": re.compile(rf"\b(?:{AMOUNT}(?:\s?[–-]\s?(\d+))?\s?(min\b|min\.|minut\w*|minuut\w*|h\b|hours?|tunni\w*|tunti\w*)"
                        r"|(half an hour|puoli tuntia|puolen tunnin|an hour|tunnin))", re.IGNORECASE),
    "money": re.compile(rf"(?:€\s?{NUMBER}|{NUMBER}\s?(?:€|e\b|eur\b|euro\w*)|\b{SPELLED}\s+euro\w*)", re.IGNORECASE),
    "cents": re.compile(rf"{NUMBER}\s?(?:snt\b|sentti\w*|cents?\b)", re.IGNORECASE),
    "percent": re.compile(rf"(?:{NUMBER}|\b{SPELLED})\s?(?:%|prosent\w*|per\s?cent)", re.IGNORECASE),
    "whole": re.compile(r"\b(?:koko|täysi|täyden|täyttä)\s+(?:lipun\s+)?(?:hinna\w*|hinnanpalautu\w*|summa\w*)"
                        r"|\b(?:full|whole|entire)\s+(?:ticket\s+)?(?:refund|fare|price|amount)\b", re.IGNORECASE),
    "half": re.compile(r"\b(?:puoleen|puolella|puoli|puolet)\s+(?:lipun\s+)?(?:hintaan|hinnalla|hintaa|hinnasta)|\bhalf(?:[- ]price|\s+(?:the\s+)?(?:price|fare))\b",
                       re.IGNORECASE),
    "road": re.compile(r"\b(?:highway|motorway|road|valtatie\w*|kantatie\w*|seututie\w*|vt\.?|kt\.?)\s?(\d{1,3})(?!\d|[.,]\d)", re.IGNORECASE),
    "km": re.compile(rf"{NUMBER}\s?(?:km|kilomet\w*)\b", re.IGNORECASE),
    "hours": re.compile(r"(?<![€$£])\b(?:klo\s?)?([01]?\d|2[0-3])(?:[.:]00)?\s?[–-]\s?([01]?\d|2[0-4])(?:[.:]00)?\b"
                       r"(?![.,]\d|\s?(?:min|%|€|km|snt|vrk|päiv|day|week|viik|h\b|per\b|an?\s|henk|hlö|ihmi|people|person|staff|työnt|employ))",
                        re.IGNORECASE),
    "clock": re.compile(r"(?:(?:klo|kello)\s?|at\s)\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\.\d)|\b([01]?\d|2[0-3]):([0-5]\d)\b|\b([01]?\d|2[0-3])\.([0-5]\d)\b(?!\.)"),
    "hour": re.compile(r"\b(?:klo|kello|at)\s?([01]?\d|2[0-3])(?![\d:%]|[.,]\d)(?:\s?(am|pm))?\b"
                       r"|\bfrom\s([01]?\d|2[0-3])(?:\s?(am|pm)\b|(?=\s+(?:this|today|tomorrow|in the|o'clock|onwards)\b))"
                       r"|\b(?:around|after)\s([01]?\d|2[0-3])(?![\d:%]|[.,]\d)(?:\s?(am|pm))?(?=\s*(?:[,.;!?–—]|$|when|and|or|then|tonight|today|this|tomorrow))",
                       re.IGNORECASE),
    "word_clock": WORD_CLOCK,
    "weekday": re.compile(r"\b(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|"
                          r"(maanantai|tiistai|keskiviik|torstai|perjantai|lauantai|sunnuntai)(?!-?ilta|-?aamu)\w*)\b", re.IGNORECASE),
    "date": re.compile(r"\b([1-9]|[12]\d|3[01])\.\s?(1[0-2]|[1-9])\.(?:\s?(20\d\d))?(?!\d)"
                       r"|\b([1-9]|[12]\d|3[01])\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*", re.IGNORECASE),
    "fi_date": re.compile(rf"\b({'|'.join(FI_MONTHS)})kuun\s+([1-9]|[12]\d|3[01])\.?|\b([1-9]|[12]\d|3[01])\.\s?({'|'.join(FI_MONTHS)})kuuta",
                          re.IGNORECASE),
    "duration": re.compile(rf"\b{AMOUNT}\s+(?:(?!(?:a|an|per|every|each)\b)\w+\s+)?((?:working |banking |business )?(?:days?|weeks?|months?|years?)\b|"
                           rf"(?:arki|pankki)?päiv\w*|vrk|vuorokau\w*|viiko\w*|kuukau\w*|vuo(?:tta|den|si|dessa)\b)", re.IGNORECASE),
}
"""An hour is 'at 9', 'klo 9', 'from 8 this morning', or 'around 9', 'after 8' where the hour ends
the phrase ('decision expected around 9, update then', 'call after 8 when the line opens'), not
'around 20 minutes' or 'after 2 days'."""
ONE_UNIT = re.compile(r"\b(vuoden|kuukauden|viikon|vuorokauden)\s+(?:sisällä|sisään|kuluessa|aikana)|\b(?:within|about|around|roughly|takes?|take)\s+(?:a|one)\s+"
                      r"(year|month|week|day)\b|\b(?:noin|arviolta|kestää|vie)\s+(?:yleensä\s+|noin\s+)?(vuoden|kuukauden|viikon|vuorokauden)\b",
                      re.IGNORECASE)
"""A duration of one unit without its number ('vuoden sisällä', 'within a year'): how long, as 'kolmen vuoden kuluessa' is."""
OF_OURS = re.compile(r"(?<![\w.,/])(\d{1,3}(?:[ ,]\d{3})*)\s+of\s+(?:our|the|its|their|all)\s+([^\W\d_]{3,})", re.IGNORECASE)
"""A count said as a part of a whole ('all 40 of our restaurants'): a count of the thing after 'of'."""
YEAR = re.compile(r"(?:19|20)\d\d")
"""A year ('15 Oct 2026 may contain…'): never a count of what follows it."""
NOT_COUNTED = frozenset({"per", "and", "ja", "or", "tai", "the", "for", "with", "but", "mutta", "from", "kello", "klo", "until", "asti", "saakka"})
"""Words after a number that are not what it counts ('between 8 and 16', 'order 4471 and card details')."""
TIME_UNITS = ("min", "sek", "sec", "tunti", "tunni", "hour", "päiv", "day", "viiko", "week", "kuukau", "month", "vuo", "year", "vrk")
"""Units of time: what follows a number there is a duration or a delay, never a count of things."""
COUNT = re.compile(rf"(?<![\w.,/])(?<!\d\s)(\d{{1,3}}(?:[ ,]\d{{3}})+|{AMOUNT[1:-1]})\s+([^\W\d_]{{3,}})", re.UNICODE | re.IGNORECASE)
"""A count of something: '20,000 passengers', '12 400 matkustajaa', 'kaksi lasta'."""
STAMP = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,3}(?:klo\s?|at\s)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*:")
"""The time a status update is written, heading it ('Päivitys klo 20.30:', 'Update 06:50:'):
when it was said, neither a fact about the case nor a promise."""
TOPIC_STOP = frozenset({"about", "after", "their", "there", "which", "would", "koska", "kanssa", "mutta", "tämän", "sitten"})


HEADING_LINE = re.compile(r"^[^\n\d]{0,60}?((?:[01]?\d|2[0-3])[:.][0-5]\d)[ \t]*\n(?=\s*\S)")
"""A first line that ends in a time, the text going on below it ('RED PHONE 07:20', 'Outi – red
phone, 19:25', 'TIEDOTE klo 6.05'): a note's or an update's heading, in the terse style of notes,
unless the line times an event ('Online bank down since 07:20')."""
HEADING_WORDS = 6


def stamped(text: str) -> int:
    """Where the heading time of an update ends (0: none)."""
    found = STAMP.match(text)
    if (not found and (line := HEADING_LINE.match(text)) and len(re.findall(r"[^\W\d_]+", line.group())) <= HEADING_WORDS
            and not _events(text, *line.span(1))):
        found = line
    return found.end() if found else 0


STAMP_AFTER = re.compile(r"\s*:(?!\d)")
STAMP_TITLED = re.compile(r"\.(?:\s|$)")
"""After a heading's time a colon; a full stop where a comma sets the time after a title ('Outage notice, 07:40.')."""
STAMP_WORDS = 5


def is_stamp(text: str, start: int, end: int) -> bool:
    """A clock time that says when the text was written, wherever the heading is ('Jussi – red
    phone. Situation at 07:05: …', 'Outage notice, 07:40.'): it ends a short opening phrase and a
    colon or a full stop follows it. Neither a fact about the case nor a promise."""
    opening = max(text.rfind(mark, 0, start) for mark in ".!?\n–—") + 1
    titled = text[:start].rstrip().endswith(",") and STAMP_TITLED.match(text, end)
    return bool(STAMP_AFTER.match(text, end) or titled) and len(re.findall(r"\w+", text[opening:start])) <= STAMP_WORDS


DIAL = "12h"
"""Marks a time said in words, read on a twelve-hour dial."""


def same(a: object, b: object) -> bool:
    """Whether two figures of a kind are the same: a time in words is the same hour in the
    morning or the evening ('kahdeksalta' == 'klo 20'); a delay within the other's range ('20
    minutes late' where the facts say 15–30)."""
    if isinstance(a, tuple) and isinstance(b, tuple) and DIAL in a + b:
        return a[0] % 12 == b[0] % 12 and a[1] == b[1]
    if isinstance(a, tuple) and isinstance(b, tuple) and SPAN in a + b:
        return b[0] <= a[0] <= a[1] <= b[1] or a[0] <= b[0] <= b[1] <= a[1]
    return a == b


def among(value: object, values: object) -> bool:
    return any(same(value, v) for v in values)  # type: ignore[attr-defined]


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _amount(text: str) -> float:
    low = text.lower()
    return float(WORD_NUMBERS[low]) if low in WORD_NUMBERS else float(re.sub(r"[ ,]", "", low))


NUMERALS = {"kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7, "kahdeksan": 8, "yhdeksän": 9, "kymmenen": 10,
            "yksitoista": 11, "kaksitoista": 12}
NUMERALS |= {word: n for word, n in WORD_NUMBERS.items() if word.endswith(("toista", "kymmentä"))}
NUMERAL_START = re.compile(r"\b(?:kah|kak|kol|nel|vii|kuu|sei|yhd|kym)[^\W\d_]{3,}", re.IGNORECASE)
"""Words that may be a Finnish numeral in some case ('kuudesta', 'seitsemään', 'viidessä'): only these are looked up."""


def _numerals_as_digits(text: str) -> str:
    """The text with each Finnish numeral in a case the patterns do not list ('kuudesta seitsemään
    työntekijää', 'viidessä arkipäivässä') written as its digits, padded to the word's length so
    every span stays where it was. Voikko's base form decides (class 'lukusana'); without Voikko,
    and for the forms the patterns list (and the hours in words), the text is as it was."""
    if backend("fi") != "voikko":
        return text

    def digits(m: re.Match[str]) -> str:
        word = m.group()
        if word.lower() in WORD_NUMBERS or word.lower() in HOUR_WORDS or (word.lower() in FROM_HOURS and _from_hour(m)):
            return word
        value = next((NUMERALS[r[0]] for r in split_readings(forms(word, "fi")) if r[1] == "lukusana"
                      and r[3] != "plural" and r[0] in NUMERALS), None)  # 'kymmeniä kysymyksiä' is dozens, not ten
        return word if value is None else str(value).rjust(len(word))  # the digits end where the word ends, next to its unit

    return NUMERAL_START.sub(digits, text)


def _from_hour(m: re.Match[str]) -> bool:
    """Whether a numeral in the elative is an hour things start from ('jo yhdeksästä', 'kahdeksasta alkaen'), which WORD_CLOCK reads."""
    return bool(re.search(r"\b(?:jo|klo|kello|aamu)\s*$", m.string[:m.start()], re.IGNORECASE)
                or re.match(r"\s+(?:alkaen|lähtien|eteenpäin)\b", m.string[m.end():], re.IGNORECASE))


def _word_start(text: str, start: int) -> int:
    """A figure that starts inside a word starts with it: a numeral read as its digits is the whole word."""
    while 0 < start < len(text) and text[start - 1].isalpha() and text[start].isalnum():
        start -= 1
    return start


def _word_end(text: str, end: int) -> int:
    """A figure that ends inside a word ends with it: a numeral read as its digits is the whole word."""
    while end < len(text) and text[end].isalpha() and end > 0 and text[end - 1].isalnum():
        end += 1
    return end


@lru_cache(maxsize=4096)
def figures(text: str) -> tuple[tuple[str, float | tuple, int, int], ...]:
    """(kind, value, start, end) of every figure in a text; a count's kind is the first
    letters of what it counts ('n:passe'). Read once per text: the rules ask of the same
    sentence many times."""
    return tuple(_figures(text))


def figures_within(text: str, start: int, end: int) -> tuple[tuple[str, float | tuple, int, int], ...]:
    """The figures of `text[start:end]`, placed in it: the whole text's, read once, rather than
    the part read again."""
    return tuple((kind, value, a - start, b - start) for kind, value, a, b in figures(text) if start <= a and b <= end)


def _figures(text: str) -> Iterator[tuple[str, float | tuple, int, int]]:
    said, text = text, _numerals_as_digits(text)
    taken: list[tuple[int, int]] = []
    for kind, pattern in FIGURES.items():
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            value = _value(kind, m)
            if value is None or (kind == "delay" and not DELAYED.search(_sentence_around(text, m.start()))):
                continue
            taken.append((m.start(), m.end()))
            yield {"cents": "money", "whole": "percent", "half": "percent", "hour": "clock", "word_clock": "clock", "fi_date": "date"}.get(kind, kind), value, _word_start(said, m.start()), _word_end(said, m.end())
    for m in ONE_UNIT.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            unit = (m.group(1) or m.group(2) or m.group(3)).lower()
            yield "duration", float(UNIT_DAYS[next(k for k in sorted(UNIT_DAYS, key=len, reverse=True) if unit.startswith(k))]), m.start(), m.end()
    for m in OF_OURS.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            yield f"n:{m.group(2).lower()[:5]}", _amount(m.group(1)), m.start(), m.start() + len(m.group(1))
    for m in COUNT.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken) or (not m.group(1)[0].isdigit() and _amount(m.group(1)) < 2):
            continue
        if YEAR.fullmatch(m.group(1)):
            continue
        if m.group(2).lower().startswith(TIME_UNITS) or m.group(2).lower() in NOT_COUNTED:  # how long, a rate, a list: not a count of things
            continue
        if m.group(2).lower() in WORD_NUMBERS or m.group(2).lower() in NUMERALS:  # 'neljästä kaksi': two of the four, no count of 'kaksi'
            continue
        yield f"n:{m.group(2).lower()[:5]}", _amount(m.group(1)), _word_start(said, m.start()), _word_end(said, m.start() + len(m.group(1)))


def _value(kind: str, m: re.Match[str]) -> float | tuple | None:
    groups = [g for g in m.groups() if g]
    if kind == "delay":  # in minutes; a range '15–30 min' as it is
        if m.group(4):
            return (30, 30, SPAN) if m.group(4).lower().startswith(("half", "puol")) else (60, 60, SPAN)
        per = 1 if m.group(3).lower().startswith("min") else 60
        low = _amount(m.group(1)) * per
        return low, (int(m.group(2)) * per if m.group(2) else low), SPAN
    if kind == "hours":
        return int(m.group(1)), int(m.group(2))
    if kind == "road":  # a numbered road ('highway 5', 'valtatiellä 5', 'vt 5'): which road is a named fact
        return int(m.group(1))
    if kind == "whole":  # 'koko lipun hinta', 'a full refund': all of it
        return 100.0
    if kind == "half":  # 'half price', 'puoleen hintaan': half of it off, as '30 % off' is 30
        return 50.0
    if kind == "cents":
        return round(_number(groups[0]) / 100, 2)
    if kind == "clock":  # '2.12.' with its closing full stop is a date, unless 'klo' or a colon says it is a time
        return int(groups[0]), int(groups[1])
    if kind == "hour":  # 'at 9', 'klo 9', or an hour things start from ('from 8 this morning')
        said, half = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
        return int(said) + (12 if (half or "").lower() == "pm" and int(said) < 12 else 0), 0
    if kind == "word_clock":  # on a twelve-hour dial: 'kahdeksalta' is 8 or 20
        said = next(g for g in m.groups()[1:] if g).lower()
        hour = HOUR_WORDS.get(said) or FROM_HOURS[said]
        offset = {"puoli": -30, "half past": 30, "quarter past": 15, "quarter to": -15}.get((m.group(1) or "").lower(), 0)
        minutes = (hour * 60 + offset) % 720
        return minutes // 60, minutes % 60, DIAL
    if kind == "weekday":  # which day: 'extra flights on Saturday' where the facts give Sunday and Monday
        return float(WEEKDAYS.index((m.group(1) or m.group(2)).lower()[:5]) % 7 + 1)
    if kind == "date":
        month = int(m.group(2)) if m.group(2) else MONTHS[m.group(5)[:3].lower()]
        return int(m.group(1) or m.group(4)), month
    if kind == "fi_date":
        month_name = (m.group(1) or m.group(4)).lower()
        return int(m.group(2) or m.group(3)), FI_MONTHS.index(month_name) + 1
    if kind == "duration":
        unit = m.group(2).lower().split()[-1]
        days = next((n for stem, n in sorted(UNIT_DAYS.items(), key=lambda kv: -len(kv[0])) if unit.startswith(stem)), None)
        return None if days is None else _amount(m.group(1)) * days
    return round(_amount(groups[0]) if groups[0].lower() in WORD_NUMBERS else _number(groups[0]), 2)


def topic(sentence: str) -> frozenset[str]:
    """What a sentence is about, roughly: the first five letters of its longer words (so
    'refunded' and 'refunds', 'matkustajat' and 'matkustajaa' meet), in either language."""
    return frozenset(w[:5] for w in re.findall(r"[^\W\d_]{5,}", sentence.lower()) if w not in TOPIC_STOP)


EVENTS = {
    "@start": r"since|began|begun|begins|(?<!the )start|started|starts|alko\w*|alkae\w*|alkaa|alkanut|alkavat|katkesi|kaatui|went down",
    "@open": r"open\w*|auki|avautu\w*|avataan|avoinna|aukeaa|aukeavat",
    "@close": r"clos\w*|sulje\w*|sulkeutu\w*|suljetaan|kiinni",
    "@back": r"restored|back up|palasi|palautu\w*|palaa|toimi\w* taas|works again|working again|fixed|korjattu|korjaantu\w*",
    "@arrive": r"arriv\w*|saapu\w*|perillä|perille|there by",
    "@leave": r"depart\w*|leaves?|lähte\w*|lähtö\w*|lähtee",
    "@decide": r"decision|decide\w*|päätös\w*|päätetään|päättää",
    "@send": r"texts?|sms|tekstiviest\w*|tekstari\w*|sent|send|lähetet\w*|lähetämme",
    "@weekdays": r"arki\w*|weekdays?|ma–pe|mon–fri",
    "@holidays": r"pyh\w*|holidays?|juhlapyh\w*|christmas|joulu\w*",
    "@weekend": r"viikonlop\w*|weekends?|la–su|sat–sun",
}
"""What happens at a time, in either language, and which days hours are for: a reply's time and a
fact's time on the same event ('the outage began at 7' and 'down since 06:12', 'katko alkoi klo 7'),
or hours on the same days ('pyhinä klo 8–16' and 'holidays 9–23'), are about the same thing even
where they share no other word."""
EVENT = {mark: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for mark, words in EVENTS.items()}


TIMED = frozenset({"clock", "date", "hours"})
"""The kinds of figure an event has one of: a reply's is read against the facts' for the same event."""


EVENT_CLAUSE = re.compile(r"[,;()–—]|:(?!\d)|\b(?:and|but|while|ja|mutta|kun|vaikka)\b", re.IGNORECASE)


def _events(text: str, start: int, end: int) -> frozenset[str]:
    """The events the clause around a figure times ('katko alkoi klo 7', not the next clause's 'since 06:12')."""
    s0, s1 = sentence_span(text, start, SENTENCE_END)
    c0, c1 = clause_span(text, start, end, s0, s1, EVENT_CLAUSE)
    clause = text[c0:start] + " " + text[end:c1]  # the figure's own 'alkaen' ('kymmenestä alkaen') times no event
    events = frozenset(mark for mark, pattern in EVENT.items() if pattern.search(clause))
    if "@open" in events and (RANGE_END_BEFORE.search(text, s0, start) or RANGE_END_AFTER.match(text, end)):
        return (events - {"@open"}) | {"@close"}  # 'open from 12:00 to 18:00': the second time is when it closes
    return events


RANGE_END_BEFORE = re.compile(r"(?:\b(?:to|until|till)|[–-])\s*$", re.IGNORECASE)
RANGE_END_AFTER = re.compile(r"\s*(?:asti|saakka)\b", re.IGNORECASE)
"""The end of a span of opening hours: 'from 12 to 18', '12–18', 'until 18', 'klo 18 asti'."""


def about(sentence: str) -> frozenset[str]:
    """A sentence's topic and the events it times (EVENTS)."""
    return topic(sentence) | {mark for mark, pattern in EVENT.items() if pattern.search(sentence)}


SENTENCE_END = re.compile(r"(?:(?<!\d)\.|[!?])\s|\n")
"""Where a sentence ends: not at the full stop of a date or an ordinal ('ti 2.12. klo 18')."""


def _sentence_around(text: str, at: int) -> str:
    start, end = sentence_span(text, at, SENTENCE_END)
    return text[start:end]


@lru_cache(maxsize=256)
def _true_figures(source: str) -> tuple[tuple[str, object, frozenset[str]], ...]:
    """(kind, value, topic) of every figure in a text the scenario holds true, read once per
    text: the scenario's facts are one long text shared by all its items."""
    return tuple((kind, value, about(_sentence_around(source, start))) for kind, value, start, end in figures(source)
                 if not (kind == "clock" and is_stamp(source, start, end)))  # 'Situation at 07:00:' says when a note was written, of nothing


def known(ctx: Context, relaying: bool = False) -> dict[str, list[tuple[object, frozenset[str]]]]:
    """The scenario's true figures by kind, each with the topic of its sentence: the facts'
    and the item's own (a customer may state their own bill); relaying (a note to comms),
    every item's too, since the note reports what was said."""
    found: dict[str, list[tuple[object, frozenset[str]]]] = {}
    for source in (ctx.facts, ctx.seen if relaying else ctx.inject_text):
        for kind, value, about in _true_figures(source):
            found.setdefault(kind, []).append((value, about))
    return found


def known_figures(ctx: Context) -> dict[str, set]:
    """The true values by kind."""
    return {kind: {value for value, _ in values} for kind, values in known(ctx).items()}


def facts(text: str, ctx: Context, relaying: bool = False) -> Iterator[tuple[str, int, int, str]]:
    """('wrong_fact' | 'informs', start, end, detail) for each figure the reply (or, relaying, the
    note to comms) states that the facts speak to; detail 'event' where the facts time the very
    event the reply times ('texts by 9' where they go by 07:45): wrong even inside a promise. Not
    a fix ('korjattu puoli yhdeksään mennessä'): the facts' fix time is an estimate, and another
    one is a promise."""
    truth = known(ctx, relaying)
    heading = stamped(text)
    for kind, value, start, end in figures(text):
        if start < heading:
            continue
        stamp = kind == "clock" and (is_stamp(text, start, end) or (relaying and bool(CONTACTED.search(text, max(0, start - 30), start))))
        said_about = about(_sentence_around(text, start))
        if kind not in truth:
            if kind.startswith("n:") and not relaying and _miscounted(value, said_about - {kind[2:]}, truth) and value not in _counts_of(ctx.inject_text):  # a note counts the live wall
                yield "wrong_fact", start, end, ""  # 'six staff per shift' where the facts count 'three people per shift'
            continue
        events = _events(text, start, end) if kind in TIMED and not relaying else frozenset()  # a note relays what others said was when
        timed = [v for v, t in truth[kind] if not t.isdisjoint(events)]
        if timed and not stamp and among(value, [v for v, t in truth[kind] if len((t & said_about) - events) >= SAME_THING]):
            yield "informs", start, end, ""  # 'talks at the Conciliator's began at 06:30' where the meeting there was called for 06:30
        elif timed and not stamp:  # the facts time this event: its time is this slot's value ('began at 7' where it began at 06:12)
            scheduled = [v for v, t in truth[kind] if not t.isdisjoint(events - {"@back"})]  # a fix time is an estimate: said otherwise, a promise
            yield ("informs", start, end, "") if among(value, timed) else ("wrong_fact", start, end, "event" if scheduled else "")
        elif (kind == "weekday" and not PLANNED.search(_sentence_around(text, start))
              and (close := [v for v, t in truth[kind] if len((said_about & t) - DAYS) >= CLOSE and t & DAY_SETS <= said_about])
              and not among(value, close)):
            yield "wrong_fact", start, end, ""  # 'extra flights on Saturday' where the extra flights are on Sunday and Monday
        elif among(value, (v for v, _ in truth[kind])):
            if kind != "weekday":  # naming the right day is no information given ('on Friday'), naming the wrong one is wrong
                yield "informs", start, end, ""
        elif stamp or (kind == "clock" and not relaying and own_time(text, start, end, value, ctx)):
            continue
        elif kind.startswith("n:") and _counted_elsewhere(value, said_about - {kind[2:]}, truth):
            continue  # 'two people missing' where the facts say 'two of the four off sick'
        elif kind.startswith("n:") or kind in ("hours", "delay") or any(not t or not said_about.isdisjoint(t) for _, t in truth[kind]):
            yield "wrong_fact", start, end, ""  # hours ('la 12–20') are opening or staffed hours, which the facts give


def own_time(text: str, start: int, end: int, value: object, ctx: Context) -> bool:
    """Whether a time is one an item gives for a thing of the customer's own that the reply names
    right beside it ('job interview at 13:00': 'before your 13:00 interview', 'klo 13
    haastatteluun'), a thing no time of the facts is said of ('reached the bus station at 13:00'
    times what the facts time): the reply repeats their appointment, it states no fact and
    promises no time."""
    theirs = _beside(text, start, end) - {w for _, t in known(ctx).get("clock", []) for w in t}
    return bool(theirs) and any(kind == "clock" and same(value, given) and theirs & said for kind, given, said in _true_figures(ctx.seen))


BESIDE = 2
"""How many words either side of a time name what it is the time of ('before your 13:00 interview')."""


def _beside(text: str, start: int, end: int) -> frozenset[str]:
    s0, s1 = sentence_span(text, start, SENTENCE_END)
    return topic(" ".join(text[s0:start].split()[-BESIDE:] + text[end:s1].split()[:BESIDE]))


CONTACTED = re.compile(r"\b(?:called|rang|phoned|emailed|e-mailed|messaged|wrote|texted|got in touch|contacted|reached us|soitti|soittanut|"
                       r"meilasi|laittoi|lähetti|kirjoitti|otti yhteyttä|tekstasi|viestitti|"
                       r"posted|published|hidden|sent out|julkaistu|julkaistiin|piilotettu|piilotettiin|lähetetty)\b[^.;:!?]*$", re.IGNORECASE)
"""A note that says when someone contacted us ('she called at 09:40') or when we posted or hid
something ('status posted 07:05', 'piilotettu 18.22') tells the run's clock, which no fact gives:
like a note's heading time, it is neither right nor wrong."""


SAME_THING = 2
"""Content words a reply's sentence shares with a fact sentence that gives the same time: it speaks
of that thing, though by another event word ('the talks began' for 'the meeting was called for')."""
DAYS = frozenset(WEEKDAYS)
CLOSE = 2
"""A weekday is read against the days of the fact sentences that share this many words with the
reply's sentence, besides the days ('extra flights on Saturday' against 'six extra flights on
Sunday and Monday', not against 'the strike on Friday and Saturday'); not in a plan or a condition
('if Friday is cancelled we'll put you on a Sunday flight': a promise matter)."""
DAY_SETS = frozenset({"@weekdays", "@holidays", "@weekend"})
"""A fact about weekend (or weekday, holiday) hours is no fact about the day a reply names for another thing."""
PLANNED = re.compile(r"\b(?:if|jos|mikäli|will|would|shall|voisi\w*)\b|'ll\b", re.IGNORECASE)


CONTACT = re.compile(r"\b[\w-]+\.(?:fi|com|eu|net|org)(?:/[\w/-]*\w)?|(?<![\d-])0\d{1,3}(?:[ -]?\d{2,4}){1,3}(?![\d-])|\b112\b")
"""A web address or phone number: where the organisation points people ('kajava.fi/lakko', '010 555 4040')."""


def contacts(text: str, ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('informs', start, end) for each of the organisation's own addresses and numbers the reply
    gives; ('wrong_fact', start, end) for a number of the organisation's own series that it does
    not give ('040 555 0910' where the media line is 040 555 0190): a number misremembered."""
    digits = ctx.public_digits
    for m in CONTACT.finditer(text):
        said = m.group()
        if said.lower() in ctx.public_lower if not said[0].isdigit() else re.sub(r"\D", "", said) in digits:
            yield "informs", m.start(), m.end()
        elif said[0].isdigit() and _of_our_series(re.sub(r"\D", "", said), ctx.public):
            yield "wrong_fact", m.start(), m.end()


SERIES = 6
"""The leading digits that make a number one of a series ('040 555', '010 555'): the organisation's lines share them."""


def _of_our_series(digits: str, public: str) -> bool:
    """Whether a number has the length and the leading digits of one of the organisation's own."""
    return len(digits) > SERIES and any(len(own) == len(digits) and own[:SERIES] == digits[:SERIES] for own in _our_numbers(public))


@lru_cache(maxsize=64)
def _our_numbers(public: str) -> frozenset[str]:
    return frozenset(re.sub(r"\D", "", m.group()) for m in CONTACT.finditer(public) if m.group()[0].isdigit())


def _miscounted(value: object, about: frozenset[str], truth: dict[str, list[tuple[object, frozenset[str]]]]) -> bool:
    """Whether the facts count something in a sentence on the same topic, never this many."""
    same = [v for kind, values in truth.items() if kind.startswith("n:") for v, t in values if len(about & (t - {kind[2:]})) >= 2]
    return bool(same) and value not in same


@lru_cache(maxsize=256)
def _counts_of(item: str) -> frozenset[object]:
    """The counts an item gives of its own ('14 kids', '14 lasta'): said back in another case ('14
    lapsen porukka'), they are the customer's, no count the facts make."""
    return frozenset(value for kind, value, _, _ in figures(item) if kind.startswith("n:"))


def _counted_elsewhere(value: object, about: frozenset[str], truth: dict[str, list[tuple[object, frozenset[str]]]]) -> bool:
    """Whether the facts give the same count of something else in a sentence on the same topic:
    the reply counts the same people or things by another name."""
    return any(kind.startswith("n:") and v == value and not about.isdisjoint(t - {kind[2:]}) for kind, values in truth.items() for v, t in values)
