"""What a reply commits the organisation to.

A promise is a commitment the ground rules do not back: an absolute ("24/7", "aina",
"never again", "heti" for a fix), compensation nobody approved, a response time shorter than
the published one, a time outside staffed hours, a deadline the facts do not give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.figures import among, figures, figures_within, is_stamp, known_figures, own_time, stamped, topic
from drill.checker.lexicon import ALIKE_GIFTS, words
from drill.checker.words import EMOJI_CHARS, Token, clause_span, find, literal, may_be_imperative, names_another_thing, readings, sentence_span, tokens
from drill.scenario.model import Inject

WORD_NUMBERS = {"the": 1, "yhden": 1, "kahden": 2, "kolmen": 3, "neljän": 4, "viiden": 5, "kymmenen": 10, "puolen": 0.5, "parin": 2,
                "yhdessä": 1, "kahdessa": 2, "kolmessa": 3, "neljässä": 4, "viidessä": 5, "kymmenessä": 10, "puolessa": 0.5, "parissa": 2,
                "one": 1, "an": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "half an": 0.5, "a couple of": 2,
                "a few": 3, "muutaman": 3, "muutamassa": 3, "minutes": 3, "vartin": 0.25, "vartissa": 0.25}
APPROX = r"(?:(?:about|around|roughly|approximately|just|noin|n\.|arviolta|alle)\s+)?"
DURATION = re.compile(
    rf"(?:within|in|under|inside of)\s+{APPROX}(\d+|an?|the|one|two|three|four|five|ten|half an|a couple of|a few)\s+(min\w*|hours?|hrs?|h)\b"
    rf"|(?:{APPROX}(\d+|yhden|kahden|kolmen|neljän|viiden|kymmenen|puolen|parin|muutaman|vartin)\s+)?(minuutin|tunnin)\s+(?:sisällä|sisään|kuluessa|päästä|aikana)"
    rf"|\b{APPROX}(\d+|yhdessä|kahdessa|kolmessa|neljässä|viidessä|kymmenessä|puolessa|parissa|muutamassa)\s+(minuutissa|tunnissa)\b"
    r"|\b(?:within|in)\s+(minutes)()\b(?!\s+of\b)|\b(vartin)\s+(?:sisällä|sisään|kuluessa|päästä)()|\b(vartissa)()\b",
    re.IGNORECASE,
)
ROUND_THE_CLOCK = re.compile(r"\b24\s?/\s?7\b|\b24\s?h\b|\b24\s?(?:hours|hrs|h|tuntia)\s+(?:a|per|vuorokaudessa|päivässä)(?:\s+day)?\b|\b(?:day and night|night and day|day or night|night or day|yötä päivää|päivin öin|"
                             r"öin ja päivin|yöllä tai päivällä|päivällä tai yöllä|(?:a)?round the clock|ympäri vuorokauden|vuorokauden ympäri|ympärivuorokautise\w*|kellon ympäri|"
                             r"every hour of the day|at any hour|whatever the hour)\b", re.IGNORECASE)
"""Service said to run at every hour: it commits whoever says it, unless a fact says it of the same thing (the card blocking line)."""
DEADLINE = re.compile(
    r"\bvielä\s+(?:tänään|tällä viikolla)\b|(?<!best )\b(?:by|before|until)\s+(?:\d{1,2}(?:[:.]\d{2})?(?!\.?\d)(?!\s?(?:%|per\s?cent|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))\s?(?:am|pm)?|noon|lunch(?:time)?|midnight|tonight|tomorrow|(?:the )?end of (?:the )?(?:day|week|today)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:today|this (?:morning|afternoon|evening|week))\b"
    r"|\b(?:within the (?:day|week)|by (?:close of business|cob|eod|the weekend)|before the (?:day|week) is (?:out|over)|before the weekend|later today)\b"
    r"|\b(?:tämän|saman)\s+(?:päivän|viikon|illan|aamupäivän|iltapäivän)\s+(?:aikana|kuluessa|mittaan|sisällä|sisään)\b"
    r"|\b(?:klo\s?)?\d{1,2}(?:[:.]\d{2})?\s+mennessä\b|\b\w+\s+mennessä\b|(?<!parasta )\bennen\s+(?:klo\s?)?\d{1,2}\b(?!\.\d{1,2}\.)"
    r"|\bennen\s+(?:puol(?:ta|en)\s?päivää|keskiyötä|iltaa|huomista|viikonloppua|(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)\w*)"
    r"|\bennen\s+(?:yhtä|kahta|kolmea|neljää|viittä|kuutta|seitsemää|kahdeksaa|yhdeksää|kymmentä|yhtätoista|kahtatoista)\b"
    r"|\b(?:tänään|tällä viikolla|aamupäivän aikana|iltapäivän aikana|huomenna|huomiseen|aamupäivällä|iltapäivällä|(?:tänä )?aamupäivänä|(?:tänä )?iltapäivänä|tänä aamuna)\b"
    r"|\b(?:huomiseksi|illaksi|aamuksi|(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)ksi)\b"
    r"|\bviimeistään(?:\s+(?:klo\s?)?\d{1,2}(?:[:.]\d{2})?\b)?|\bat the (?:very )?latest\b"
    r"|\b(?:by|before)\s+(?:half past |quarter (?:past|to) )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+(?:days?|weeks?|hours?|minutes?))",
    re.IGNORECASE,
)
BY_THEN = re.compile(r"\b(?:mennessä|viimeistään|at the (?:very )?latest)\b", re.IGNORECASE)
"""A deadline word speaks of what will be so, whatever the verb ('rahat on tilillä puoleenpäivään
mennessä': the Finnish present is the future)."""
WHETHER = re.compile(r"\b(?:if|whether|jos|mikäli)\b", re.IGNORECASE)
"""'If the flight will go', 'whether her flight will leave': the outcome asked or supposed, not assured."""
WHEN = re.compile(r"\b(?:kun|when|once|until|till|kunnes)\b", re.IGNORECASE)
"""Before a word of certainty in its clause, a condition: 'kerromme vasta kun se on varma' promises nothing certain."""
WORK_DONE = re.compile(r"\s*(?:maintenance|work|works|update|upgrade|huolt\w*|päivity\w*|töi\w*|työ\w*)\b", re.IGNORECASE)
"""A night that names when work was done ('after overnight maintenance', 'yöllä tehdyn huollon'), not when we answer."""
QUOTING_PAGE = re.compile(r"\b(?:page|site|sivu\w*|sivulla\w*|says|lukee|mainos\w*|kampanj\w*)\b", re.IGNORECASE)
"""A pledge said as the page's ('vaikka sivullamme niin luvataan', 'as our page promises'): reported, not made anew."""
LOOKED_INTO = re.compile(r"\b(?:check|look into|look at|see about|investigate|review|tarkist\w*|selvit\w*|katso\w*)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
"""Compensation as the thing looked into ('we'll check the refund there', 'selvitämme hyvityksen'), not given."""
OF_THE_CLOCK = re.compile(r"\d\s?(?:am|pm)?\s*$", re.IGNORECASE)
"""A time of day right after an hour ('from 8 this morning', 'klo 9 tänään') says which 8, no deadline: the hour is the figure."""
NOT_UNTIL = re.compile(r"\b(?:vasta|not until|not before|no earlier than|aikaisintaan)\s+$", re.IGNORECASE)
"""'päätetään vasta iltapäivällä', 'not until this afternoon': how late, not a time we promise."""
DAY_PART = re.compile(r"today|this (?:morning|afternoon|evening)|tänään|tänä (?:aamuna|aamupäivänä|iltapäivänä|iltana)", re.IGNORECASE)
HUNDRED = re.compile(r"\b(?:100\s?%|100[- ]?prosenttisesti|sataprosenttisesti|a hundred per\s?cent)\s*(?:(?:sure|certain|secure|safe|protected|guaranteed)\b"
                     r"|(?:varm|turva|suojat|taat)\w*)", re.IGNORECASE)
"""An outcome or a safety assured in full ('100% secure', 'sataprosenttisesti turvassa'), in any tense."""
EVENT_DEADLINE = re.compile(r"\bennen\s+(?!kuin\b)[^\W\d_]+|\bbefore\s+(?:your|the|her|his|their)\s+[^\W\d_]+"
                            r"|\bennen\s+kuin\s+(?:\w+\s+)?(?:saavu\w*|ole\w*\s+perillä|pääse\w*|lähde\w*|lähte\w*|tule\w*|nouse\w*)"
                            r"|\bbefore\s+(?:you|she|he|they)(?:['’]re|\s+are)?\s+(?:reach|arrive|get|land|board|leave|set off|head)\w*", re.IGNORECASE)
"""A deadline set by an event, not a clock ('ennen haastattelua', 'before your interview'):
a promise only where the clause itself delivers or fixes something ('tuodaan se ... ennen
haastattelua'), not where it hands over ('jotta hän ehtii soittaa ennen julkaisua')."""
FREE = re.compile(r"(?<![\w-])(?<!feel )(?<!toll )(?<!for )(free)\s+(?!of\b|to\b|from\b|and\b|for\b|time\b|advice\b)[^\W\d_]", re.IGNORECASE)
"""'free' before what is given ('a free box of biscuits', 'free milkshakes for a year'): a gift, so
compensation; not 'feel free to', 'free of charge' (the lexicon's), 'nut-free'."""
FREE_AFTER = re.compile(r"\b(?:months?|weeks?|years?|days?|nights?|meals?|tickets?|trips?)(?:['’]s|\s+(?:is|are|will be))?\s+(free)\b(?!\s+(?:of|to|from|for)\b)",
                        re.IGNORECASE)
"""'free' after what is given ('everyone gets a month free', "your next meal's free"): a gift as 'a free month' is."""
ON_US = re.compile(r"\b(?!(?:that|this|it|which|what|part|one|blame|fault|mistake|error|responsibility)\b)[^\W\d_]+(?:'s|’s|\s+(?:is|are|will be))\s+(on\s+(?:us|the house))\b",
                   re.IGNORECASE)
"""'the milkshakes are on us': a gift, so compensation; not 'that's on us', 'the fault is on us' (ours to own)."""
CLAUSE = re.compile(r"[,;:–—]\s")
NORMALLY = re.compile(r"\b(?:normaalisti|normally|as normal)$")
DAYS = re.compile(r"\b(?:today|tomorrow|tonight|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tänään|tämän päivän|huomenna|"
                  r"huomise\w*|viikonlop\w*|maanantai\w*|tiistai\w*|keskiviikko\w*|torstai\w*|perjantai\w*|lauantai\w*|sunnuntai\w*)\b", re.IGNORECASE)


def _normal_backed(said: str, clause: str, about: frozenset[str], facts: str) -> bool:
    """'Tämän päivän lennot lentää normaalisti' is backed where a fact says 'normaalisti' of the same
    flights on the same day, whatever verb form either uses; 'your flight on Friday flies as normal'
    is not backed by today's flights."""
    if not NORMALLY.search(said):
        return False
    days = {d.lower()[:5] for d in DAYS.findall(clause)}
    last = said.rsplit(" ", 1)[-1]
    return any(literal(last).search(fact) and not (about - topic(said)).isdisjoint(theirs) and days <= {d.lower()[:5] for d in DAYS.findall(fact)}
               for fact, theirs in _backing(facts))


GIVEN_BACK = frozenset({"takaisin", "takas", "back"})
"""A sum given back ('saat koko lipun hinnan takaisin', 'the whole fare back')."""
BACK = frozenset({"takaisin", "takasin"})
"""'Takaisin' (back: 'tullaan takaisin', 'rahat takaisin') also reads as the conditional of 'taata'
(I would guarantee), and its spoken 'takasin' ('saat rahat takasin') as its past; they pledge nothing."""
PLEDGE = re.compile(r"\b(?:guarantee[ds]?|taattu\w*|takaamme|takaan|taataan|voimme taata|voin luvata|voimme luvata|can promise)\b", re.IGNORECASE)
"""A guarantee commits in any tense ('our wifi never drops, guaranteed', 'voin luvata'), as a gift does."""
SWEARING = re.compile(r"(?:promis|lupa|luva|guarant|taata|takaa)", re.IGNORECASE)
"""A promise or guarantee made in the reply's own words: a fact sentence that merely uses the word
('a broken promise would be worse than none') backs none."""
HAND_OVER = re.compile(r"\b(?:jotta|miten|kuinka|so that|so (?!we\b|i\b)[^\W\d_]+ can|how)\b", re.IGNORECASE)
"""A purpose clause or an indirect question: the event is what the other is helped towards, not a delivery date
('so Mari can ring you before your deadline'; 'so we can' is ours)."""
AS_SOON_AS = re.compile(r",?\s+(?:kun|as|when|once)\b", re.IGNORECASE)
LATE = re.compile(r"\b(?:(tonight|this evening|tänä iltana|illalla|iltaisin|in the evenings?|koko illan|all evening)"
                  r"|(overnight|tonight at midnight|yöllä|yön aikana|öisin|koko yön|all night|through the night|at night|keskellä yötä|yöhön (?:asti|saakka)|läpi yön|"
                  r"myöhään yöllä|late into the night|"
                  r"in the middle of the night|at midnight|keskiyöllä|puoleenyöhön|(?:until|till) midnight))\b", re.IGNORECASE)
EVENING, NIGHT = 20 * 60, 2 * 60
"""When 'tonight' and 'overnight' fall (minutes after midnight): outside staffed hours that end before them."""
DAY = 24 * 3600
"""An answer a day or more away is a decision's time ('within 24 hours'), not the social-media reply time."""


def promises(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[int, int, str]]:
    """(start, end, what) for each commitment the ground rules do not back.

    A commitment is a sentence that speaks of what will happen ("we'll", "it'll be",
    "korjaamme", "korvataan", "saat") and fixes something: an absolute (24/7, always, heti),
    certainty (definitely, varmasti, make sure), compensation, a deadline or a time, or a
    response time shorter than the published one. A negated sentence ("we can't promise",
    "emme voi luvata") commits to nothing, nor does the part of one before or after a turn
    ("we can't share it here, but it'll go her way": the second part commits); a time or
    payment the facts give is backed."""
    bounds = list(_sentences(text))
    for a, b, what in _commitments(text, toks, ctx):
        start, stop = _part(text, a, next(((s, e) for s, e in bounds if s <= a < e), None))
        if not _negated(text[start:stop], ctx.lang):
            yield a, b, what


def _commitments(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[int, int, str]]:
    lang, backed = ctx.lang, ctx.facts_lower
    clocks = known_figures(ctx).get("clock", set())
    durations = known_figures(ctx).get("duration", set())
    heading = stamped(text)
    for start, end in _sentences(text):
        sentence = text[start:end]
        words_ = [t for t in toks if start <= t.start < end]
        if sentence.rstrip().endswith("?"):  # a question commits to nothing
            continue
        about = topic(sentence)
        if _empty_promise(ctx):  # 'yes, the promise holds', 'lupaus pitää kyllä paikkansa': the page's empty promise made again
            for m in PROMISE_HOLDS.finditer(sentence):
                if not _denied(words_, start + m.start(), text):
                    yield start + m.start(), start + m.end(), "absolute"
        for m in ROUND_THE_CLOCK.finditer(sentence):  # 24/7 commits whoever says it
            if (not _round_the_clock_backed(ctx, about, _reported_clause(sentence, m.start()), sentence) and not QUOTED.search(sentence, 0, m.start())
                    and not _denied(words_, start + m.start(), text)):  # 'the “24/7” line', 'somessa ei oo 24/7-päivystystä'
                yield start + m.start(), start + m.end(), "absolute"
        for a, b in find(words_, words("on_schedule", lang), lang):  # the Finnish present is the future: no 'will' needed
            said = text[a:b].lower()
            backed_here = _backed_in(said, about, ctx.facts) or _normal_backed(said, _clause_of(sentence, a - start), about, ctx.facts)
            if (not backed_here and _clause_commits(text, words_, a, lang) and _uncertain_future(ctx.facts) and not _hedged(text, words_, a, lang)
                    and not WHETHER.search(text, _clause_span(text, a)[0], a)):
                yield a, b, "certainty"
        hundred = [(start + m.start(), start + m.end()) for m in HUNDRED.finditer(sentence)]
        for a, b in find(words_, words("outcome", lang), lang) + hundred:  # an outcome guaranteed commits in any tense: 'this won't happen again', 'ei toistu'
            if (not _backed_in(text[a:b].lower(), about, ctx.facts) and _clause_commits(text, words_, a, lang) and not _hedged(text, words_, a, lang)
                    and not _not_all(words_, a) and not ((a, b) in hundred and _denied(words_, a, text))):
                yield a, b, "certainty"
        replies = find(words_, words("answering", lang) + words("updating", lang), lang)
        fixes = [(a, b) for a, b in find(words_, words("fixing", lang), lang) if not any(r0 <= a and b <= r1 for r0, r1 in replies)]  # the 'back' of 'call you back' fixes nothing
        fixing = bool(fixes)
        treats = [(start + m.start(1), start + m.end(1)) for m in ON_US.finditer(sentence)] if lang == "en" else []  # ours by the words
        gifts = [(start + m.start(1), start + m.end(1)) for free in (FREE, FREE_AFTER) for m in free.finditer(sentence)] + treats if lang == "en" else []
        entitled = bool(find(words_, words("entitled", lang), lang))  # 'eläkeläiset voivat saada alennusta', "you're entitled to": what they will get
        if not (_committing(words_, lang) or fixing or gifts or entitled or PLEDGE.search(sentence) or BY_THEN.search(sentence)):  # a gift commits in any tense ('the kids get free milkshakes')
            continue
        for a, b in find(words_, words("absolute", lang), lang):
            if text[a:b].lower() in BACK:
                continue
            if ((SWEARING.match(text, a) or not _gift_backed(text[a:b].lower(), text[a:b].lower(), about, ctx.facts))  # 'the card blocking line is open round the clock' is a fact
                    and (_clause_commits(text, words_, a, lang) or PLEDGE.fullmatch(text, a, b))  # 'voin luvata': 'voin' is also the past
                    and not _as_a_rule(text, words_, a, b, lang) and not _no_pledge(words_, a, text[a:b])
                    and not (SWEARING.match(text, a) and QUOTING_PAGE.search(sentence))):  # 'vaikka sivullamme niin luvataan'
                yield a, b, "absolute"
        calling = find(words_, words("answering", lang), lang)
        if fixing or calling:  # 'heti' in an instruction to the customer or a forward to a colleague promises no fix, nor a call
            for a, b in find(words_, words("at_once", lang), lang):
                if not fixing and not any(_same_clause(text, a, c) for c, _ in calling):  # 'välitän hänelle heti, ja hän soittaa': the forward is at once
                    continue
                if any(_same_clause(text, a, c) for c, _ in calling) and _after_their_step(text, words_, a, lang):
                    continue
                if (not AS_SOON_AS.match(text, b) and _clause_commits(text, words_, a, lang, strict=True)  # 'heti kun palvelu palaa': as soon as, a condition, not a time
                        and not _denied(words_, a, text)):  # "phone data won't work right now": how things are now, no time
                    yield a, b, "absolute"
        for a, b in find(words_, words("certainty", lang), lang):
            if (_clause_commits(text, words_, a, lang) and not _feeling(text, words_, a, lang) and not WHEN.search(text, max(_clause_span(text, a)[0], start), a)  # 'kerromme, kun se on varma'
                    and not (_denied(words_, a, text) and not ADVERB.search(text, a, b))):  # "that's not certain", 'ei oo varmaa'; 'ei varmasti toistu' assures
                yield a, b, "certainty"
        for a, b in find(words_, words("compensation", lang), lang) + gifts:
            said = text[a:b].lower()
            if (names_another_thing(words_, a, words("compensation", lang)) or _by_the_terms(text, words_, a, lang) or _their_step(words_, a, lang)
                    or LOOKED_INTO.search(text, max(0, a - 30), a)):
                continue
            stem = said[: max(4, len(said) - 3)]  # a word the facts never use, or one we give, neither backed by a fact on the same thing
            key = "free" if said in ("for free", "free of charge") else said if " " in said else said[:5]  # a phrase is backed by itself: 'covers all flights' backs no 'cover the ticket'
            if (not _denied(words_, a, text) and not _gift_backed(said, key, about, ctx.facts) and not DEFERRED.search(text, *_part(text, a))
                    and (stem not in backed or _we_do(words_, a, lang) or (a, b) in treats)):
                yield a, b, "compensation"
        for a, b in find(words_, words("whole_sum", lang), lang):  # 'refund your whole ticket' where the facts give 30 %
            c0, c1 = _clause_span(text, a)
            clause = [t for t in words_ if c0 <= t.start < c1]
            said = text[a:b].lower()
            if ((find(clause, words("compensation", lang), lang) or any(t.lower in GIVEN_BACK for t in clause))
                    and not _gift_backed(said, said, about, ctx.facts) and _clause_commits(text, words_, a, lang) and not _denied(words_, a, text)):
                yield a, b, "more"  # a promise and, where the facts give a part, a wrong figure
        for m in DEADLINE.finditer(sentence):
            said = m.group()
            if (DAY_PART.fullmatch(said) and OF_THE_CLOCK.search(sentence, 0, m.start())) or NOT_UNTIL.search(sentence, 0, m.start()):
                continue
            backed_here = ((_backed_time(said, backed, clocks) and not (said.lower().startswith("viimeistään") and _uncertain_future(ctx.facts)))
                           if re.search(r"\d", said)
                           else _backed_in_clause(said.lower(), topic(_clause_of(sentence, m.start())), ctx.facts) if said.lower().startswith("vielä")
                           else _backed_in(said.lower(), about, ctx.facts))
            if (not backed_here and start + m.start() >= heading  # a bare 'this morning' must stand in a clause that itself commits: 'sorry to all waiting this morning' sets no time
                    and _clause_commits(text, words_, start + m.start(), lang, strict=bool(DAY_PART.fullmatch(said)))):
                yield start + m.start(), start + m.end(), "deadline"
        for m in EVENT_DEADLINE.finditer(sentence):
            clause_start, clause_end = clause_span(sentence, m.start(), m.end(), marks=CLAUSE)
            clause = [t for t in words_ if start + clause_start <= t.start < start + clause_end]
            own = [t for t in clause if not start + m.start() <= t.start < start + m.end()]  # 'ennen kuin lähdet': the event's verb delivers nothing
            if find(own, words("fixing", lang), lang) and not HAND_OVER.search(sentence, clause_start, m.start()) and not _advice(clause, lang):
                yield start + m.start(), start + m.end(), "deadline"
        staffed = ctx.scenario.ground_rules.staffed
        for kind, value, a, b in [*figures_within(text, start, end), *_few_days(sentence)]:
            if (kind == "clock" and not among(value, clocks) and fixes and start + a >= heading and not is_stamp(text, start + a, start + b)
                    and not own_time(text, start + a, start + b, value, ctx)):  # 'before your 13:00 interview': their time, not ours
                yield start + a, start + b, "time"  # 'the bus is in Lahti at 7.10': a time nobody gave
            elif (kind == "clock" and isinstance(value, tuple) and not among(value, clocks) and replies and staffed is not None and not staffed[0] <= value[0] * 60 + value[1] < staffed[1]
                  and any(_same_clause(text, start + a, r) for r, _ in replies) and _clause_commits(text, words_, start + a, lang, strict=True)):
                yield start + a, start + b, "outside_staffed"  # 'palaan asiaan klo 23', 'I'll reply at 9 pm': an answer when nobody is on shift
            elif kind == "duration" and (fixing or replies) and value not in durations and start + a >= heading:  # 'the money is on your account in 2 days', 'vastaamme viikon sisällä'
                yield start + a, start + b, "sooner" if _sooner(value, durations, text, words_, start + a, lang) else "time"
        promised = ctx.scenario.ground_rules.promised_response
        for m in DURATION.finditer(sentence):
            amount, unit = next((m.group(i) or "1", m.group(i + 1)) for i in (1, 3, 5, 7, 9, 11) if m.group(i + 1) is not None)  # 'within 30 min', 'tunnin sisällä', 'puolessa tunnissa', 'vartissa'
            count = WORD_NUMBERS.get(amount.lower()) if not amount.isdigit() else int(amount)
            seconds = (count or 1) * (60 if unit.lower().startswith("min") or amount.lower() == "minutes" else 3600)
            answering = bool(replies) and not any(_same_clause(text, start + m.start(), a) for a, _ in fixes)
            if answering and promised and seconds < promised:  # a reply or update time ('we answer within 30 min'), not a fix beside a call
                yield start + m.start(), start + m.end(), "faster_than_promised"
            elif answering and seconds >= DAY and not _backed_duration(seconds, ctx.facts) and not _intended(text, words_, start + m.start(), lang):
                yield start + m.start(), start + m.end(), "deadline"  # 'we'll get back to you within 24 hours': a decision's time, which the facts do not give
            elif not answering and not _backed_duration(seconds, _about_fixes(ctx.facts)) and not _intended(text, words_, start + m.start(), lang):
                yield start + m.start(), start + m.end(), "deadline"  # a fix or a payment by then
        if staffed is not None:
            for m in LATE.finditer(sentence):
                if re.search(r"\b(?:for|of)\s+$", sentence[:m.start()]):  # 'any credit for tonight': what is paid for, not when we answer
                    continue
                at = EVENING if m.group(1) else NIGHT
                if (not staffed[0] <= at < staffed[1] and _clause_commits(text, words_, start + m.start(), lang, strict=True)
                        and not WORK_DONE.match(sentence, m.end()) and not _others_work(text, words_, start + m.start(), lang)):
                    yield start + m.start(), start + m.end(), "outside_staffed"
        if _weekdays_only(ctx.public):
            for m in WEEKEND.finditer(sentence):
                clause = [t for t in words_ if start + m.start() - 200 <= t.start and _same_clause(text, t.start, start + m.start())]
                if find(clause, words("answering", lang), lang) and _clause_commits(text, words_, start + m.start(), lang, strict=True):
                    yield start + m.start(), start + m.end(), "outside_staffed"


def _others_work(text: str, toks: list[Token], at: int, lang: str) -> bool:
    """Whether the clause around `at` says others work then, with no word of ours or of answering
    ('mutta korjaajat tekevät töitä koko illan', 'the crew is working through the night'): their hours, not ours."""
    start, end = _clause_span(text, at)
    clause = [t for t in toks if start <= t.start < end]
    return (bool(WORKING.search(text, start, end)) and not find(clause, words("answering", lang) + words("serving", lang), lang)
            and not any(t.lower in FIRST_PERSON or t.lower.endswith("mme") for t in clause))


WORKING = re.compile(r"\b(?:töi\w*|työ\w*|work(?:s|ing)?)\b", re.IGNORECASE)
"""Work said as work ('tekevät töitä', 'is working'): the technicians' effort, not an answer or a visit promised
('asentaja korjaa sen tänä iltana', 'a technician will be there tonight' still promise)."""


WEEKEND = re.compile(r"\b(?:viikonloppu\w*|lauantai(?:na|sin)|sunnuntai(?:na|sin)|(?:at|over|on|during) (?:the )?weekends?|weekends|"
                     r"(?:all|this|the whole|throughout the|through the) weekend|on (?:saturday|sunday)s?)\b", re.IGNORECASE)
"""The weekend said as when we answer ('over the weekend', 'all weekend', 'koko viikonlopun')."""
WEEKDAYS_ONLY = re.compile(r"\b(?:weekdays|arkisin|arkipäivisin|ma–pe|mon–fri)\b", re.IGNORECASE)
EVERY_DAY = re.compile(r"\b(?:every day|daily|joka päivä|päivittäin|la–su|sat–sun)\b", re.IGNORECASE)


THEIR_STEP = frozenset({"send", "dm", "message", "pm", "drop", "leave", "give", "text", "email", "e-mail", "inbox"})
"""English imperatives of a step the customer takes first ('Send us your number and I'll call you right away')."""


def _after_their_step(text: str, toks: list[Token], at: int, lang: str) -> bool:
    """Whether a call 'at once' waits on the customer's own step said before it in the sentence
    ('laita numerosi, niin soitan heti', 'send us your number and I'll ring you straight away'):
    an offer whose time they set, not a time we promise."""
    start, _ = sentence_span(text, at)
    before = [t for t in toks if start <= t.start < at]
    if lang == "en":
        return any(t.lower in THEIR_STEP for t in before[:3])
    return any(may_be_imperative(t) for t in before[:3])


def _their_step(toks: list[Token], at: int, lang: str) -> bool:
    """Whether the word at `at` is an order to the customer ('palauta tuote kauppaan, niin saat
    rahat takaisin', 'hae korvausta lomakkeella'): what they do, not what we give."""
    return lang == "fi" and any(t.start == at and _only_imperative(t) for t in toks)


@lru_cache(maxsize=64)
def _weekdays_only(public: str) -> bool:
    """Whether the organisation's texts give weekday hours and no daily ones ('Vastaamme arkisin klo
    8–16'): then answering at the weekend is answering outside staffed hours. Once per drill."""
    return bool(WEEKDAYS_ONLY.search(public)) and not EVERY_DAY.search(public)


FEW_DAYS = re.compile(r"\b(parin|muutaman|a couple of|a few)\s+(?:(?:arki|pankki)?päivän\s+(?:sisällä|kuluessa|päästä|aikana)|(?:working |banking |business )?days)\b",
                      re.IGNORECASE)


def _few_days(sentence: str) -> Iterator[tuple[str, float, int, int]]:
    """A duration of days said without a figure ('parin päivän sisällä', 'in a few days'), as
    figures() gives '2 days': two for a couple, three for a few."""
    for m in FEW_DAYS.finditer(sentence):
        yield "duration", 2.0 if m.group(1).lower() in ("parin", "a couple of") else 3.0, m.start(), m.end()


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentences; a full stop after a number is a date's or an ordinal's ('24.–26.12.'), not an end;
    an emoji before a capital ends one ('…ennen haastattelua, lupaan 🙏 Laita meille…')."""
    start = 0
    for m in re.finditer(rf"(?:(?<!\d)\.|[!?\n])[.!?\n]*(?:\s|$)|[{EMOJI_CHARS}]\ufe0f?\s+(?=[A-ZÅÄÖ])|$", text):
        if m.end() > start:
            yield start, m.end()
        start = m.end()


CLAUSE_MARKS = re.compile(r"[,;:–—](?=\s)|[()]|\b(?:ja|sekä|mutta|joten|and|but|so)\b|\bniin\b(?!\s+(?:kuin|pian|paljon|että|hyvin|kauan|nopeasti|usein|mon\w+|ikävä\w*|pahoillani)\b)", re.IGNORECASE)
PAST_EN = frozenset({"was", "were", "did", "had", "went", "came", "got"})


def _clause_commits(text: str, toks: list[Token], at: int, lang: str, strict: bool = False) -> bool:
    """Whether the clause around `at` may commit: not an indirect question or a purpose ('miten …
    hoidetaan tänä iltana'), not hedged intent before it ('we aim to fix it by noon', 'pyrimme
    korjaamaan sen tänään', 'we hope this won't happen again'), not a past event ('se purettiin yöllä'); strict (an evening or a night
    outside staffed hours, 'heti', 'right now'), it must itself speak of what will happen or of a fix
    ('we're getting many messages tonight', 'top three right now' commit to nothing)."""
    start, end = _clause_span(text, at)
    clause = [t for t in toks if start <= t.start < end]
    if HAND_OVER.search(text, start, at) or _advice(clause, lang) or _intended(text, toks, at, lang) or THEIR_TIME.match(text, start):
        return False
    if _committing(clause, lang) or find(clause, words("fixing", lang), lang):
        return True
    return not strict and not any(_past(t, lang) for t in clause)


THEIR_TIME = re.compile(r"[\s,]*(?:kun|koska|when|because)\s+(?!(?:we|i|we'll|i'll|me|mä|mää)\s|[^\W\d_]+mme\b)", re.IGNORECASE)
"""A clause that says when or why, of someone else ('ymmärrän huolen, kun lapsenlapsi tulee jo huomenna'):
their day, not a time we set ('kun korjaamme sen huomenna' is ours)."""
COMPLEMENT = re.compile(r"\s*(?:että|ettei|that)\b", re.IGNORECASE)


def _intended(text: str, toks: list[Token], at: int, lang: str) -> bool:
    """Whether the clause says, before `at`, what we aim or hope for ('we're trying to get it
    fixed within the hour', 'pyrimme siihen, että…'): an intent, which the labels do not count as a promise."""
    start, _ = _clause_span(text, at)
    if COMPLEMENT.match(text, start) and start > 0:  # 'pyrimme siihen, ettei tämä toistu': the aim is the clause before
        start = _clause_span(text, start - 2)[0]
    return bool(find([t for t in toks if start <= t.start < at], words("intent", lang), lang))


def _clause_of(text: str, at: int) -> str:
    """The clause around `at` ('our promise stands – we're here 24/7': the second clause)."""
    start, end = _clause_span(text, at)
    return text[start:end]


def _reported_clause(text: str, at: int) -> str:
    """The clause around `at`, with the clause it goes on from where it opens with 'että', 'which',
    'joka' (`REPORTED`): the page's words reported ('lukee, että vastaamme 24/7') are the page's."""
    start, end = _clause_span(text, at)
    if start > 0 and REPORTED.match(text, start):
        start = _clause_span(text, max(0, start - 2))[0]
    return text[start:end]


def _clause_span(text: str, at: int) -> tuple[int, int]:
    return clause_span(text, at, at, marks=CLAUSE_MARKS)


def _sooner(days: object, durations: set, text: str, toks: list[Token], at: int, lang: str) -> bool:
    """Whether a duration promises this customer a fix or a payment sooner than any the facts give
    ('we'll pay it out within 2 days', 'korvaus on tililläsi parissa päivässä' where claims take
    five working days): a promise as well as a wrong fact. Not a general claim ('most claims are
    settled within two days') nor advice ('pay your bills a couple of days early')."""
    start, end = _clause_span(text, at)
    clause = [t for t in toks if start <= t.start < end]
    return (bool(durations) and all(days < d for d in durations) and _clause_commits(text, toks, at, lang)
            and (_committing(clause, lang) or _to_you(clause, lang)))


def _to_you(clause: list[Token], lang: str) -> bool:
    """Whether a clause speaks of the customer's own ('your account', 'tililläsi': Voikko's possessive)."""
    return bool(find(clause, words("second_person", lang), lang)) or any(
        r[9] in ("2s", "2p") for t in clause for r in readings(t))


def _same_clause(text: str, a: int, b: int) -> bool:
    """Whether nothing that ends a clause (a comma, 'ja', 'and') stands between two places."""
    low, high = min(a, b), max(a, b)
    return not CLAUSE_MARKS.search(text, low, high)


def _feeling(text: str, toks: list[Token], at: int, lang: str) -> bool:
    """Whether the clause around `at` speaks of how someone will feel ('hän ilahtuu varmasti', 'the
    driver will certainly be delighted'): a warm guess, no commitment."""
    start, end = _clause_span(text, at)
    return bool(find([t for t in toks if start <= t.start < end], words("feeling", lang), lang))


ADVERB = re.compile(r"(?:ly|sti)\b", re.IGNORECASE)
"""A word of certainty said as an adverb ('certainly', 'varmasti'): a negation before it is what is assured."""
HEDGE = re.compile(r"\b(?:toistaiseksi|toistaiseks|toistaseks|tällä hetkel|tällä hetkellä|tätä nykyä|vielä|for now|so far|currently|at the moment|right now|as of now|still)\b", re.IGNORECASE)


def _hedged(text: str, toks: list[Token], at: int, lang: str) -> bool:
    """Whether the clause says how things stand now ('KJ412 on toistaiseksi aikataulussa', 'on
    schedule for now') or what would have been ('olisit tiennyt ajoissa'): a state, not an assurance."""
    start, end = _clause_span(text, at)
    clause = [t for t in toks if start <= t.start < end]
    conditional = any(r[5] == "conditional" for t in clause for r in readings(t))
    return bool(HEDGE.search(text, start, end)) or conditional or (lang == "en" and any(t.lower in ("would", "could") for t in clause))


NEGATING = frozenset({"ei", "eikä", "ettei", "en", "et", "emme", "ette", "eivät", "jottei"})
FIRST_PERSON = frozenset({"we", "we'll", "we're", "i", "i'll", "i'm", "me", "minä", "meidän", "meillä", "mä"})


def _advice(clause: list[Token], lang: str) -> bool:
    """Advice to the customer: what they should do ('kannattaa aina lukea', 'it's best to always
    check'), or a Finnish imperative ('tarkista aina'); what they will do is not ours to promise.
    Not 'we must always…'."""
    if any(t.lower in FIRST_PERSON or t.lower.endswith("mme") for t in clause):
        return False
    imperative = lang != "en" and any(_only_imperative(t) and NEGATING.isdisjoint(w.lower for w in clause[:i])
                                      for i, t in enumerate(clause))  # 'eikä tällaista tapahdu': the negative verb's other half, no order
    return imperative or any(not _comes(clause, a) for a, _ in find(clause, words("must", lang) + words("advice", lang), lang))


COMES = frozenset({"tulee", "kuuluu"})
"""Finnish verbs that order only with an infinitive ('sinun tulee tarkistaa'); alone they come or
belong ('hyvitys tulee kyllä varmasti', 'korvaus tulee kuntoon'): what will happen, no advice."""


def _comes(clause: list[Token], at: int) -> bool:
    """Whether 'tulee' or 'kuuluu' at `at` has no infinitive after it in the clause (read by Voikko;
    without its readings every one stays an order)."""
    tok = next(t for t in clause if t.start == at)
    read = [r for t in clause if t.start > at for r in readings(t)]
    return tok.lower in COMES and bool(read) and not any(r[5] == "A-infinitive" for r in read)


def _only_imperative(tok: Token) -> bool:
    """A Finnish verb read only as an imperative ('laita', 'tarkista'): 'saa' is also 'gets', and
    'jokainen saa vastauksen' is no order."""
    moods = {r[5] for r in readings(tok) if r[5]}
    return moods == {"imperative"}


def _past(tok: Token, lang: str) -> bool:
    """A finite verb in the past tense ('purettiin', 'kaatui', 'was')."""
    if lang == "en":
        return tok.lower in PAST_EN
    return any(r[5] == "indicative" and r[6] == "past_imperfective" for r in readings(tok))


def _committing(toks: list[Token], lang: str) -> bool:
    """Whether a sentence speaks of what will happen: 'we'll', 'it'll be', a Finnish verb in
    the first person plural ('korjaamme') or the passive ('korvataan'); not one in the past
    ('poistimme kommentin tänä aamuna', 'korjasimme vian eilen': what we did, no commitment)."""
    if find(toks, words("future_we", lang), lang):
        return True
    if lang == "en":  # the future, whoever its subject: 'this will never happen again', "she'll be fine"
        return any(t.lower in ("will", "shall") or t.lower.endswith(("'ll", "’ll")) for t in toks)
    if lang == "fi":
        return any((t.lower.endswith(PASSIVE_ENDINGS) and len(t.lower) > 5 and t.lower not in ("emme", "olemme", "ollaan") and _verb_now(t))
                   or t.lower in ("saat", "saatte", "tulee", "ehdit", "lentää", "valmistuu") or _i_will(t)
                   or (i > 0 and toks[i - 1].lower in ("ei", "eikä") and _passive_now(t)) for i, t in enumerate(toks))
    return False


PASSIVE_ENDINGS = ("mme", "taan", "tään", "daan", "dään", "llaan", "llään", "nnaan", "nnään", "rraan", "rrään")
"""Endings of 'we' and the passive present, which Finnish uses for the future: 'korjaamme', 'korvataan', and
the l-, n- and r-stem verbs' 'palvellaan', 'tullaan', 'mennään' (so spoken Finnish's 'we'). Not 'ollaan':
'ollaan pahoillamme' is how we are, not what we will do."""


STATES = frozenset({"olla", "ymmärtää", "toivoa", "pahoitella", "kiittää", "tietää", "uskoa", "nähdä", "kuulla", "haluta", "pyytää",
                    "voida", "tajuta", "myöntää", "luulla", "tuntea", "muistaa", "harmitella", "valitella", "arvata", "ihmetellä",
                    "olettaa", "epäillä", "arvostaa", "surra", "joutua", "tarkoittaa", "huomata", "suositella", "ehdottaa"})
"""Verbs of knowing, feeling, asking or advising: 'ymmärrän', 'toivon' say how things stand, not what I will do."""


def _verb_now(tok: Token) -> bool:
    """Whether a Finnish word may be other than a verb in the past: 'poistimme' is read only so,
    'korjaamme' and 'laatupäällikkömme' are not (ours speaks of what our own will do)."""
    read = readings(tok)
    return not read or any(r[1] != "teonsana" or r[6] != "past_imperfective" for r in read)


def _passive_now(tok: Token) -> bool:
    """A Finnish passive present, read where its negation stands before it ('sinulta ei peritä
    maksua', 'ei makseta'): what will (not) be done, as 'peritään' is, its -taan ending not there
    to see. Alone the form is also the infinitive ('olisi pitänyt vastata')."""
    return any(r[4:7] == ("4", "indicative", "present_simple") for r in readings(tok))


def _i_will(tok: Token) -> bool:
    """A Finnish verb of doing in the first person singular present ('soitan', 'palaan', 'tarkistan'):
    the Finnish present is the future, and 'soitan sulle vielä tänään' commits me as 'soitamme' does us."""
    return any(r[1] == "teonsana" and r[3:7] == ("singular", "1", "indicative", "present_simple") and r[0] not in STATES for r in readings(tok))


@lru_cache(maxsize=64)
def _about_fixes(facts: str) -> str:
    """The facts' sentences about a fix, a payment or a delivery, less those about answering or
    updating: 'we answer within the hour', 'next update within the hour' and 'the phone queue is
    30–40 minutes' back no repair in an hour."""
    kept = []
    for start, end in _sentences(facts):
        sentence = facts[start:end]
        said = [(tokens(sentence, lang), lang) for lang in ("fi", "en")]
        if (any(find(toks, words("fixing", lang), lang) for toks, lang in said)
                and not any(find(toks, words(kind, lang), lang) for toks, lang in said for kind in ("answering", "updating"))):
            kept.append(sentence)
    return "".join(kept).lower()


@lru_cache(maxsize=64)
def _backing(facts: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The facts' sentences that state something (not those that refuse or deny it: 'we won't
    promise compensation' backs no compensation), each with its topic."""
    found = []
    for start, end in _sentences(facts):
        sentence = facts[start:end]
        if not (_negated(sentence, "fi") or _negated(sentence, "en") or DEFERRED.search(sentence)):
            found.append((sentence.lower(), topic(sentence)))
    return tuple(found)


DEFERRED = re.compile(r"\b(?:päätetään|käsitellään|ratkaistaan|arvioidaan|will be (?:decided|handled|assessed|reviewed)|(?:is|are) (?:decided|handled|assessed) "
                      r"(?:under|after|case by case|later)|to be decided|decided (?:later|afterwards|after)|case by case|tapauskohtaisesti)\b", re.IGNORECASE)
"""A sentence that leaves a decision for later ('hyvitykset käsitellään sopimusehtojen mukaan vian
jälkeen', 'refunds are handled under the contract terms'): it neither makes nor backs a commitment."""


@lru_cache(maxsize=64)
def _uncertain_future(facts: str) -> bool:
    """Whether the scenario's outcome is still open: its facts or notes say nobody knows yet, or
    give an estimate, not a certainty ('korjausaikaa ei tiedetä', 'not certain', 'päätös tulee
    klo 7.15'). Only then is 'on time', 'aikataulussa' an assurance nobody can give. Once per drill."""
    return bool(OPEN.search(facts))


OPEN = re.compile(r"\b(?:ei tiedetä|ei vielä tiedossa|ei varma|epävarma\w*|unknown|not (?:yet )?(?:known|certain|decided)|nobody knows|"
                  r"no one knows|päätös\w* (?:tulee|tehdään)|decision (?:is )?(?:due|expected)|estimate\w*|arvio\w*|uhka\w*|threat\w*|"
                  r"roadworks|tietyö\w*|myöhäs\w*|delay\w*)\b", re.IGNORECASE)
"""Words by which the facts leave the outcome open: a fix time unknown, a decision pending, a
strike threatened, a delay on the road."""


def _backed_in(said: str, about: frozenset[str], facts: str) -> bool:
    """Whether a fact sentence says this ('korva', 'today') about the same thing: it shares a
    content word with the reply's sentence, other than the word itself."""
    own = topic(said)
    return any(literal(said).search(sentence) and not (about - own).isdisjoint(theirs - own) for sentence, theirs in _backing(facts))


def _gift_backed(said: str, key: str, about: frozenset[str], facts: str) -> bool:
    """Whether a fact gives this gift on the same thing, in the reply's word (`key`) or another of
    its group ('your money back' where a fact refunds the ticket, 'ilmaiseksi' where it moves the
    flight 'maksutta'; 'summa palautetaan' where a fact returns the price: a word of the group anywhere
    in the phrase). Another word is backed only by its own clause of the fact: 'a small pet in
    a carrier travels free; a bigger dog needs a ticket' gives no dog a free ride."""
    alike = [word for group in ALIKE_GIFTS if any(literal(g, r"(?<!\w)").search(said) for g in group) for word in group]
    rest = about - topic(said)
    return _backed_in(key, about, facts) or any(_backed_in_clause(word, rest, facts) for word in alike)


def _backed_in_clause(said: str, about: frozenset[str], facts: str) -> bool:
    """Whether a fact says this ('vielä tänään': before the day is out) of the same thing in its own
    clause: 'ravintolapäällikkö soittaa sinulle vielä tänään' backs no refund to the card before
    the day is out, though the sentence speaks of the card too."""
    own = topic(said)
    for sentence, _ in _backing(facts):
        for m in literal(said).finditer(sentence):
            if not (about - own).isdisjoint(topic(_clause_of(sentence, m.start())) - own):
                return True
    return False


QUOTING = re.compile(rf"\b(?:lupa\w*|luvat\w*|promise\w*|marketing|said|text|teksti\w*|pidä|true|totta|campaign|claim|wording|slogan|väite\w*|"
                     rf"tarkoit\w*|means|meant|refers?|referring|viittaa\w*|about section|bio|esittely\w*|profiil\w*)\b|{QUOTING_PAGE.pattern}",
                     re.IGNORECASE)
"""A sentence about the page's 24/7 promise ('the 24/7 message is marketing', '24/7 tarkoittaa
lomaketta', 'take the 24/7 claim off our bio'): it mentions the promise, it does not make it."""
REPORTED = re.compile(r"\s*(?:että|joka|jossa|which|that|where)\b", re.IGNORECASE)
"""A clause that goes on from the one before ('sivulla lukee, että vastaamme 24/7', 'the 24/7
refers to the form, which is open round the clock'): it is said under that clause's words."""


QUOTED = re.compile(r"[“”\"«»]\s*$")
"""24/7 right after a quotation mark: the page's words quoted, not said anew."""


def _as_a_rule(text: str, toks: list[Token], a: int, b: int, lang: str) -> bool:
    """An 'always' or 'never' that says how we work as a rule, not what this customer gets: by the
    law, rules or terms ('toimimme aina lain mukaan', 'decisions are always based on the policy
    terms'), a warning ('we will never ask for your card number'), 'not always' ('ei se aina mee'), or an
    open door ('palaute on aina tervetullutta', 'questions are always welcome')."""
    start, end = _clause_span(text, a)
    clause = [t for t in toks if start <= t.start < end]
    before = [t.lower for t in clause if t.end <= a][-3:]
    always = text[a:b].lower() in ("aina", "always")
    return (bool(find(clause, words("as_a_rule", lang), lang)) or (always and not NEGATING.union({"not"}).isdisjoint(before))
            or (always and bool(find(clause, words("welcome", lang), lang))))


def _by_the_terms(text: str, toks: list[Token], at: int, lang: str) -> bool:
    """Whether compensation is said as the terms give it ('korvaamme sen, mikä ehtojen mukaan
    kuuluu korvata', 'we pay what the policy terms cover'): the rule, not a new commitment."""
    start, stop = _part(text, at)
    return bool(find([t for t in toks if start <= t.start < stop], words("as_a_rule", lang), lang))


def _part(text: str, at: int, sentence: tuple[int, int] | None = None) -> tuple[int, int]:
    """The part of the sentence around `at` (or of the given one) between turns ('hyvitykset käsitellään ehtojen mukaan,
    mut sulle tulee puolet takas': the gift is made after the turn, whatever the part before defers)."""
    start, end = sentence or sentence_span(text, at)
    start = max([m.end() for m in TURN.finditer(text, start, at)], default=start)
    stop = TURN.search(text, at, end)
    return start, stop.start() if stop else end


TURN = re.compile(r"\b(?:but|mutta|mut|however|kuitenkin)\b", re.IGNORECASE)
"""Where a sentence turns to another matter ('…unless the club bought the add-on, but we'll upgrade it free'; spoken 'mut')."""


PROMISE_HOLDS = re.compile(r"\b(?:(?:the |our |that )?promise (?:still )?(?:holds|stands|is (?:still )?(?:valid|real|true|kept)|still applies|applies)"
                           r"|lupaus (?:(?:on|kyllä|edelleen|yhä|vieläkin)\s+)*(?:pitää|voimassa|pätee|totta))\w*", re.IGNORECASE)
"""The page's promise said to hold."""


def _empty_promise(ctx: Context) -> bool:
    """Whether the drill's page promises round-the-clock answers its staffed hours do not keep."""
    rules = ctx.scenario.ground_rules
    return bool(rules.promises_24_7 and rules.staffed is not None)


def _round_the_clock_backed(ctx: Context, about: frozenset[str], clause: str, sentence: str) -> bool:
    """24/7 is backed where a fact says it of the same thing (the card blocking line); where the
    page's own 24/7 is the empty promise (it says 24/7 and staffed hours end), only a sentence
    about that promise is not a new one (its clause: "our promise stands – we're here 24/7" makes it).
    A phone number in the sentence that a fact gives round the clock backs it in any words."""
    if _empty_promise(ctx):
        return bool(QUOTING.search(clause))
    about = about - topic(" ".join(AROUND_THE_CLOCK))  # the hours in one language do not back them in the other by sharing their words
    numbers = {re.sub(r"\D", "", n) for n in PHONE_LIKE.findall(sentence)}  # 'Lost card: 010 555 2999, round the clock': that line's hours
    return any(_backed_in(said, about, ctx.facts) or any(n in re.sub(r"\D", "", fact) for n in numbers for fact, _ in _backing(ctx.facts) if said in fact)
               for said in AROUND_THE_CLOCK)


PHONE_LIKE = re.compile(r"\d{2,4}(?:[ -]?\d{2,4}){2,}")
"""A phone number in a sentence (three groups of digits or more)."""


AROUND_THE_CLOCK = ("24/7", "24 h", "ympäri vuorokauden", "vuorokauden ympäri", "round the clock", "day and night", "yötä päivää")
"""How the facts say a service never closes."""


def _we_do(toks: list[Token], at: int, lang: str) -> bool:
    """Whether the word at `at` is a thing we do or will do: a Finnish verb in the first person
    plural or the passive present ('korvaamme', 'hyvitetään'), an English one after 'we'll',
    'you'll get' ('we'll refund', "you'll get compensation"). A noun ('korvaushakemus') is none."""
    tok = next(t for t in toks if t.start == at)
    if lang != "en":
        if any(r[1] == "teonsana" and r[6] == "present_simple" and (r[4] == "4" or (r[3] == "plural" and r[4] == "1")) for r in readings(tok)):
            return True
        return any(t.lower in ("saat", "saatte", "saadaan") or (t.lower in ("saa", "saavat") and i > 0 and toks[i - 1].lower in EVERYONE_FI)
                   for i, t in enumerate(toks))  # 'saatte hyvityksen', 'jokainen saa hyvityksen': they get it, we give it
    before = [t.lower for t in toks if t.end <= at][-4:]
    return any(w in ("we'll", "you'll", "i'll", "will", "get", "receive") for w in before)


EVERYONE_FI = frozenset({"jokainen", "kaikki", "asiakkaat", "asiakkaamme"})
"""Who gets a gift in 'jokainen saa', 'kaikki saavat': every customer, so we give it."""
DENIALS = frozenset({"ei", "eikä", "emme", "en", "not", "no", "never", "nobody", "none"})
NEGATION_VERBS = frozenset({"ei", "eikä", "emme", "eivät"})
DENIAL_REACH = 3
"""How far after a compensation word a Finnish negation verb still denies it."""


def _no_pledge(toks: list[Token], at: int, said: str) -> bool:
    """'No promised times from me', 'emme lupaa': the word of pledging itself right after a
    negation ('never again', 'ei … enää koskaan' still pledge)."""
    before = [t.lower for t in toks if t.end <= at]
    return bool(before) and before[-1] in DENIALS and said.lower().startswith(("promis", "guarant", "luva", "lupa", "taat", "taa"))


def _denied(toks: list[Token], at: int, text: str = "") -> bool:
    """Whether the word at `at` follows a negation ('ei hyvitetä', 'no refund') or one earlier in
    its clause ("an evening's outage isn't grounds for a refund"), or a Finnish negation verb
    follows it closely, the object put first ('EU-korvauksia ei valitettavasti makseta')."""
    clause_start = max((m.end() for m in CLAUSE_MARKS.finditer(text, 0, at)), default=0) if text else at
    stop = CLAUSE_MARKS.search(text, at + 1) if text else None  # 'saat maksun takas, ei hätää': the next clause denies nothing of it
    before = [t.lower for t in toks if t.end <= at]
    in_clause = [t.lower for t in toks if clause_start <= t.start and t.end <= at]
    after = [t.lower for t in toks if t.start > at and (stop is None or t.start < stop.start())][:DENIAL_REACH]
    return ((bool(before) and before[-1] in DENIALS) or not NEGATION_VERBS.isdisjoint(after)
            or any(w in DENIALS or w.endswith(("n't", "n’t")) for w in in_clause))


def _not_all(toks: list[Token], at: int) -> bool:
    """Whether 'everyone' at `at` is denied by the word before it ('not everyone will fit', 'eivät kaikki mahdu')."""
    before = [t.lower for t in toks if t.end <= at]
    first = next(t.lower for t in toks if t.start == at)
    return bool(before) and before[-1] in DENIALS | NEGATION_VERBS and first in ("everyone", "everybody", "kaikki")


def _said_in(phrase: str, backed: str) -> bool:
    return bool(literal(phrase.lower(), r"\b", r"\b").search(backed))


def _backed_time(said: str, backed: str, clocks: set) -> bool:
    """A time the facts give: the same clock time, the same number of minutes or hours, or the
    same word ('today' where the notes say what happens today)."""
    times = [value for kind, value, _, _ in figures(said) if kind == "clock"] + [
        (int(m.group(1)) % 12 + (12 if m.group(3).lower() == "pm" else 0), int(m.group(2) or 0)) for m in MERIDIEM.finditer(said)]
    if times:
        return all(among(t, clocks) for t in times)
    hour = BARE_HOUR.fullmatch(said.strip())
    if hour:  # 'by 9', '10 mennessä': an hour of the clock, in the morning or the evening, not any 9 in the facts
        h = int(hour.group(1) or hour.group(2))
        return among((h, 0), clocks) or (h < 12 and among((h + 12, 0), clocks))
    digits = re.findall(r"\d+", said)
    if digits:
        return all(re.search(rf"(?<![\d.,:]){d}(?![\d.,:]\d)", backed) for d in digits)
    return _said_in(said, backed) and not re.search(r"\b(?:by|before|ennen|mennessä|vielä)\b", said.lower())


BARE_HOUR = re.compile(r"(?:by|before|until|ennen)\s+([01]?\d|2[0-4])|([01]?\d|2[0-4])\s+mennessä", re.IGNORECASE)
"""A deadline at an hour said without minutes ('back by 9', 'ennen 10', '9 mennessä')."""
MERIDIEM = re.compile(r"\b(?:by|before|until)\s+(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?(am|pm)\b", re.IGNORECASE)
"""'by 2 pm', 'before 11am': a clock time the figures read only after 'at'; not a time the facts give
because a '2' stands somewhere in them."""


FACT_DURATION = re.compile(r"(?<![\d.,:])(\d+)(?:\s?[–-]\s?(\d+))?\s?(min\b|min\.|minuut\w*|minut\w*|h\b|hours?|tunni\w*|tunti\w*)"
                           r"|\b((?:puolen )?tunnin (?:sisällä|kuluessa|päästä)|puolessa tunnissa|tunnissa|(?:within|in|under) (?:half an|an|the|one) hour)\b", re.IGNORECASE)


def _backed_duration(seconds: int | float, facts: str) -> bool:
    """Whether the facts give this many minutes or hours (or a range that holds it) for a fix or
    a payment: the number alone ('10' in a date, '5' in a price) backs no '10 minutes'."""
    for m in FACT_DURATION.finditer(facts):
        if m.group(4):
            given = (1800, 1800) if m.group(4).lower().startswith(("puol", "half")) else (3600, 3600)
        else:
            per = 60 if m.group(3).lower().startswith("min") else 3600
            given = (int(m.group(1)) * per, int(m.group(2) or m.group(1)) * per)
        if given[0] <= seconds <= given[1]:
            return True
    return False


REFUSING = re.compile(r"\b(?:we|i)(?:\s+(?:just|simply|really|still|honestly))?\s+(?:can't|cannot|can not|won't|will not|are not going to|"
                      r"aren't going to|'re not going to|am not going to|'m not going to)\b|\b(?:we're|i'm)\s+not\s+going\s+to\b", re.IGNORECASE)
"""A refusal is ours: 'we can't promise', 'I won't guess'. 'The strike won't affect your flight',
'your bill won't go up' say what will (not) happen: a commitment, not a refusal of one."""


def _negated(sentence: str, lang: str) -> bool:
    """A sentence that denies or refuses a commitment ("we can't promise", "en voi luvata")."""
    low = sentence.lower()
    if lang != "fi" and REFUSING.search(low):
        return True
    return bool(NEGATING_MARKS["fi" if lang == "fi" else "en"].search(low))


NEGATING_MARKS = {lang: re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, marks))})(?!\w)") for lang, marks in (
    ("fi", ("emme", "en voi", "ei voida", "ei voi", "en lupaa", "ei pidä", "ei ole totta", "ei ollut lupaus", "en arvaa")),
    ("en", ("no promise", "don't promise", "not promise", "isn't true", "wasn't a promise", "never a promise", "not a promise", "no amounts",
            "never said", "didn't say", "did not say", "never promised", "didn't promise", "did not promise")))}
"""Words that deny or refuse a commitment, as whole words ('emme', not 'palvelemme')."""


TIME_KINDS = frozenset({"deadline", "faster_than_promised", "time", "sooner", "duration"})
"""The kinds of promise that are a time (`promises`' third item)."""
RELAYED = re.compile(r"\b(?:customers?|passengers?|everyone|all of them|the public|people|the wall|post|tell them|text|"
                     r"asiakk\w*|matkustaj\w*|kaikille|seinälle|seinään|julkais\w*|tekstari\w*|tekstiviest\w*|sanon|kerron heille)\b", re.IGNORECASE)
"""A clause of a note to a colleague that speaks of what the public is told or gets."""
THOUGHT_MARK = re.compile(r"[;:–—]")
"""Where a thought of its own starts in a sentence; a comma joins what is said to whom ('sanon asiakkaille, että…')."""


def to_colleague(text: str, what: str, at: int, inject: Inject | None) -> bool:
    """Whether a time in a message to a colleague is a time for the colleague ('I'll send you a
    draft in a few minutes'), not one the public is told ('sanon asiakkaille, että korjattu
    yhdeksään mennessä'): the ground rules are what the public is promised."""
    if inject is None or inject.channel != "internal" or what not in TIME_KINDS:
        return False
    start, end = sentence_span(text, at)
    start = max([m.end() for m in THOUGHT_MARK.finditer(text, start, at)], default=start)
    stop = THOUGHT_MARK.search(text, at, end)
    return not RELAYED.search(text, start, stop.start() if stop else end)
