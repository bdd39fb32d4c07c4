"""Denials: a reply that says 'not' of what the drill holds true.

Two ways a shift worker denies a fact without a figure:
- what the facts state plainly ('accident insurance covers physiotherapy with a referral'),
  said not to be so ('physiotherapy is never covered', 'fysioterapiaa ei korvata');
- what the item accuses the organisation of, where the drill holds the accusation true ('you
  deleted my comment': 'we haven't deleted anything', 'nothing was hidden'). The author says so
  by the item's options: a denial among them is scored bad, none of the good ones denies, and the
  item is no rumour (a rumour's good answer denies it). Or the best answer owns up ('correct': 'we
  gave a time we shouldn't have', 'we shouldn't have asked'): what it says we did, a reply may not
  deny ('nobody gave you a time', 'we never asked anyone to remove videos'). A rule of ours said
  against the deed the item accuses us of in the past ('we don't delete comments', 'emme poista
  kommentteja' where the item says we deleted one) denies it too, unless the reply owns it.
The denied word is the one the negation governs (its first content word after 'not', 'ei',
'nothing'); it and the fact's word are compared by base form (Voikko, Snowball), or by a shared
beginning ('hid' and 'hidden').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drill.checker.context import Context
from drill.checker.lexicon import DEEDS, OUR_COMPANY
from drill.checker.words import Token, clause_span, readings, sentence_span, sentences_in, tokens, verb_bases
from drill.scenario.types import text_in

NEGATIONS = frozenset({"not", "never", "no", "nothing", "nobody", "none", "neither", "nor", "cannot",
                       "ei", "eikä", "emme", "en", "ette", "eivät", "enkä"})
"""Words that deny what follows them; English '-n't' too (`negates`)."""


UNMARKED_NOT = frozenset({"dont", "doesnt", "didnt", "havent", "hasnt", "hadnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt", "wouldnt",
                          "shouldnt", "wont", "mustnt", "aint"})
"""'-n't' typed without its apostrophe, as on a phone ('we havent deleted anything')."""


def negates(tok: Token) -> bool:
    """Whether a word denies what follows it: one of NEGATIONS, also with "'s" ("nothing's been
    hidden", "nobody's deleted"), or an English '-n't', with its apostrophe or without."""
    return bare(tok) in NEGATIONS or tok.lower.endswith(("n't", "n’t")) or tok.lower in UNMARKED_NOT


def bare(tok: Token) -> str:
    """A word without an English "'s" ("nothing's", "nobody's")."""
    return re.sub(r"['’]s$", "", tok.lower)
SKIP = frozenset({"have", "has", "had", "been", "be", "is", "are", "was", "were", "do", "does", "did", "ever", "really", "actually", "at", "all",
                  "any", "anything", "anyone", "one", "usually", "normally", "automatically", "a", "an", "the", "it", "this", "that", "we", "us",
                  "our", "your", "you", "they", "get", "got", "being", "simply", "just", "single", "ole", "ollut", "olla", "ollenkaan", "lainkaan",
                  "mitään", "yhtään", "koskaan", "kyllä", "tietenkään", "valitettavasti", "siitä", "sitä", "niitä", "meillä", "me", "mikään",
                  "mitenkään", "kukaan", "enää", "with", "from", "of", "to", "by", "for", "in", "on", "under", "so", "too", "also", "myös", "ne",
                  "se", "sitten", "tässä", "täällä", "here", "there"})
"""Auxiliaries, quantifiers and little words between a negation and what it denies."""
TOTAL = frozenset({"never", "nothing", "ollenkaan", "lainkaan", "koskaan", "mitään"})
"""Words that deny a fact outright, not a case of it: 'physiotherapy is never covered', 'ei
nostettu ollenkaan' (where 'her physiotherapy wasn't covered' may be her case's decision)."""
REACH = 4
"""How many words after the negation its word may be."""
NOT_A_DENIAL = re.compile(r"\b(?:should|shouldn't|shouldnt|ought|would|wouldn't|wouldnt|could|couldn't|couldnt|must|mustn't|mustnt|will|won't|wont|'ll|yet|only|just because|"
                          r"olisi|ois|pitänyt|pitäisi|kannata\w*|vielä|vain|pelkästään|enää|jatkossa|again|any more|anymore|until|ennen kuin|"
                          r"whether|if|jos|mikäli|onko|need|needs|tarvitse\w*|please|älä|älkää|as\s+\w+ly|as\s+(?:fast|soon|well|much|often|early|quick)|"
                          r"niin\s+\w+sti)\b", re.IGNORECASE)
"""A clause that admits, promises, hedges or asks rather than denies: 'it should not have been
removed', 'we won't delete it again', 'not yet', 'not only', 'ei vielä', 'no need to'; or that
denies a degree, not the deed ('we didn't answer as quickly as we should have', 'emme vastanneet
niin nopeasti kuin')."""
CLAUSE = re.compile(r"[,;:–—()]|\b(?:but|and|because|so|mutta|ja|koska|joten|vaan)\b", re.IGNORECASE)
FACT_HEDGE = re.compile(r"\b(?:if|when|once|unless|will|may|might|can|jos|kun|mikäli|voi|voivat|saattaa)\b", re.IGNORECASE)
"""A fact sentence that says what would or may be, not what is: no denial contradicts it."""
STOP = frozenset({"which", "their", "there", "these", "those", "other", "about", "after", "jonka", "joka", "mutta", "koska", "kanssa", "sitten",
                  "tämän", "tämä", "meidän", "teidän", "sinun", "heidän"})


def denials(text: str, toks: list[Token], ctx: Context) -> Iterator[tuple[str, int, int]]:
    """('wrong_fact', start, end) for each clause that denies a fact the drill states or an
    accusation it holds true."""
    accused, owned = _accused(ctx), _owned(ctx)
    stated = _stated(ctx.facts, ctx.lang)
    if not accused and not owned and not stated:
        return
    org = _our_name(ctx)
    owning = bool(ADMITS.search(text))  # 'we never delete criticism; this one shouldn't have gone, sorry': the rule, and the deed owned
    for neg, word, clause in _denied_words(text, toks):
        others = [t for t in clause if t is not word and content_word(t)]
        ours = neg.lower in FIRST_PERSON or any(t.lower in FIRST_PERSON for t in clause if t.end <= neg.start)
        total = any(t.lower in TOTAL for t in clause) and not ours  # 'we never tell anyone' is a rule of ours, not a fact denied
        deed = _past(word, clause) and _by_us(neg, word, clause, org)
        rule = ours and not deed and not owning  # 'we don't delete comments', 'emme poista': as a rule of ours, it denies the deletion too
        outright = not [t for t in others if not negates(t)] or any(t.lower in TOTAL for t in clause)  # 'we don't delete anything', not 'we don't delete fair comments'
        said = any(_of_deed(word, lang, SAYING) for lang in SAYING)  # 'we don't give times' is a practice, no deed denied
        if ((deed and any(same_word(word, t) for t in accused))
                or (deed and any(_same_deed(word, t, ctx.lang) for t in owned) and not _said_instead(text, toks, word, ctx.lang))
                or (rule and any(same_word(word, t) and _was_done(t) for t in accused))
                or (rule and outright and not said and any(_same_deed(word, t, ctx.lang) for t in owned))
                or (total and any(any(same_word(word, t) for t in sentence) and any(same_word(o, t) for o in others for t in sentence) for sentence in stated))):
            yield "wrong_fact", neg.start, word.end


def _said_instead(text: str, toks: list[Token], word: Token, lang: str) -> bool:
    """Whether the reply's sentence says the deed in another verb of ours ('we never promised a
    time, we gave an estimate', 'emme luvanneet, kerroimme arvion'): it draws a line, it denies nothing."""
    s0, s1 = sentence_span(text, word.start)
    for i, t in enumerate(toks):
        if t is not word and s0 <= t.start < s1 and _same_deed(word, t, lang) and _ours_done(t, toks[max(0, i - 4):i]):
            c0 = clause_span(text, t.start, t.end, s0, s1, CLAUSE)[0]
            if not _negated([u for u in toks[max(0, i - 3):i] if u.start >= c0]):
                return True
    return False


NOBODY = frozenset({"nobody", "no-one", "noone", "never", "kukaan", "kenenkään", "koskaan"})
PASSIVE_EN = frozenset({"been", "was", "were", "is", "are"})


@lru_cache(maxsize=64)
def _name_words(name: str) -> frozenset[str]:
    """The first five letters of each longer word of the organisation's name ('Koskilan Vesi ja
    Energia Oy' → 'koski', 'energ'): a case form ('Koskilan', 'Lumme Vakuutuksen') meets them."""
    return frozenset(w[:5] for w in re.findall(r"[^\W\d_]+", name.lower()) if len(w) >= 5)


def _our_name(ctx: Context) -> frozenset[str]:
    return _name_words(text_in(ctx.scenario.organisation.name, ctx.lang))


def _names_us(tok: Token, org: frozenset[str]) -> bool:
    """The organisation said in the third person, as officialese says 'we' ('Koskilan Vesi has not
    deleted…', 'yhtiö ei ole poistanut…')."""
    return tok.lower[:5] in org or tok.lower in OUR_COMPANY


def _by_us(neg: Token, word: Token, clause: list[Token], org: frozenset[str]) -> bool:
    """Whether a denial is of a deed of ours: said by us ('we never asked', 'emme ole antaneet',
    'Koskilan Vesi ei ole poistanut'), of anybody ('nobody gave you a time', 'kukaan ei luvannut'),
    or in the passive ('no reply has been deleted', 'ei ole poistettu'); not of another thing's ('it
    didn't answer anything')."""
    before = [t for t in clause if t.end <= neg.start]
    if any(_names_us(t, org) for t in before):
        return True
    between = [t.lower for t in clause if neg.end <= t.start < word.start]
    if neg.lower in FIRST_PERSON or bare(neg) in NOBODY or any(t.lower in FIRST_PERSON or t.lower in NOBODY for t in before):
        return True
    if neg.lower == "no" and between[:1] == ["one"]:  # 'no one'
        return True
    read = readings(word)
    if read:
        return any(r[8] == "past_passive" for r in read)
    return any(t in PASSIVE_EN for t in between)


def _same_deed(a: Token, b: Token, lang: str) -> bool:
    """The same word, or the same verb in another form ('ei antanut' and 'annoimme'), or a verb of
    the same deed ('never said' and 'we gave', 'emme poista' and 'poistimme': lexicon.DEEDS)."""
    if same_word(a, b) or not verb_bases(a.text, lang).isdisjoint(verb_bases(b.text, lang)):
        return True
    return any(_of_deed(a, lang, verbs) and _of_deed(b, lang, verbs) for verbs in DEEDS.values())


def _of_deed(tok: Token, lang: str, verbs: dict[str, frozenset[str]]) -> bool:
    said = verbs.get(lang, frozenset())
    return tok.lower in said or not (tok.forms | verb_bases(tok.text, lang)).isdisjoint(said)


SAYING = DEEDS["told"]
REPORTED = re.compile(r"would|will|'ll|should|could", re.IGNORECASE)
"""A denial of saying ('we never said it would be fixed by nine'): a modal after the verb is in the
words said, no hedge of the denial."""


def _denied_words(text: str, toks: list[Token]) -> Iterator[tuple[Token, Token, list[Token]]]:
    """(negation, the word it denies, the clause's words) for each plain denial in a statement."""
    for i, tok in enumerate(toks):
        if not negates(tok):
            continue
        s0, s1 = sentence_span(text, tok.start)
        if text[s1:s1 + 1] == "?":
            continue
        c0, c1 = clause_span(text, tok.start, tok.end, s0, s1, CLAUSE)
        near = [t for t in toks[i + 1:i + 1 + REACH] if t.start < c1 and content_word(t)]
        word = next((t for t in near if done_word(t)), near[0] if near else None)
        if word is None:
            continue
        said = any(_of_deed(word, lang, SAYING) for lang in SAYING)
        if not any(not (said and m.start() >= word.end and REPORTED.fullmatch(m.group())) for m in NOT_A_DENIAL.finditer(text, c0, c1)):
            yield tok, word, [t for t in toks if c0 <= t.start < c1]


FIRST_PERSON = frozenset({"we", "i", "emme", "en", "me", "minä", "mä"})
HAVE = frozenset({"have", "has", "had", "was", "were", "did", "been"})


def done_word(tok: Token) -> bool:
    """A Finnish verb or participle (Voikko), or an English past form: what a negation denies
    ('ei tänä vuonna nostettu', 'no reply has been deleted')."""
    return _past_form(tok) or any(r[1] == "teonsana" or r[8] for r in readings(tok))


IRREGULAR_PAST = frozenset({"gave", "given", "took", "taken", "told", "said", "sent", "made", "wrote", "written", "hid", "hidden", "put",
                            "got", "gotten", "left", "kept", "sold", "shown", "showed", "known", "knew", "saw", "seen", "did", "done",
                            "paid", "cut", "shut", "spoke", "spoken", "broke", "broken", "stole", "stolen", "promised", "forgot", "forgotten"})
"""English past forms that do not end in -ed."""


def _was_done(tok: Token) -> bool:
    """A verb of the accusation in the past ('deleted', 'hid', 'poisti'): the deed the item says we did."""
    read = readings(tok)
    if read:
        return any(r[1] == "teonsana" and r[6].startswith("past") for r in read)
    return _past_form(tok)


def _past_form(tok: Token) -> bool:
    """An English past tense or participle ('asked', 'deleted', 'gave', 'hidden'); Finnish words carry Voikko's readings instead."""
    return not any("|" in f for f in tok.forms) and (tok.lower in IRREGULAR_PAST or (len(tok.lower) >= 5 and tok.lower.endswith("ed")))


def _past(word: Token, clause: list[Token]) -> bool:
    """Whether a denial is of what happened ('we haven't deleted', 'nothing was hidden', 'emme ole
    poistaneet', 'ei poistettu'), not of what we do ('we don't delete', 'emme poista': a rule)."""
    read = readings(word)
    if read:
        return any(r[6] == "past_imperfective" or r[8].startswith("past") for r in read)
    return _past_form(word) or any(t.lower in HAVE or t.lower.startswith(("haven", "hasn", "hadn", "wasn", "weren", "didn")) for t in clause)


def content_word(tok: Token) -> bool:
    return len(tok.lower) >= 3 and tok.lower not in SKIP and tok.lower not in NEGATIONS and tok.lower not in STOP and not tok.lower.isdigit()


def same_word(a: Token, b: Token) -> bool:
    """The same word: a shared base form, or a shared beginning of all but one letter of the shorter, or a
    word of three letters with an ending of at most three after it ('hid', 'hidden'; not 'can', 'cancelled')."""
    if not a.forms.isdisjoint(b.forms) and len(a.lower) >= 4 and len(b.lower) >= 4:
        return True
    return _spelled_alike(a.lower, b.lower)


@lru_cache(maxsize=65536)
def _spelled_alike(one: str, other: str) -> bool:
    """same_word's letters alone, once per pair of words (the checks compare every word of a reply
    with every word of the accusation)."""
    short, long = sorted((one, other), key=len)
    common = next((n for n, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return common >= max(4, len(short) - 1) or (len(short) == 3 and long.startswith(short) and len(long) <= 6)


def _accused(ctx: Context) -> tuple[Token, ...]:
    """The words of the accusation the drill holds true: the item's statements (not its questions),
    and the word each bad denial among its options denies where its clause shares a word with them
    ('we haven't removed any comments' of 'you deleted my comment')."""
    inject = ctx.inject
    if inject is None or inject.crisis_type == "rumour":
        return ()
    good = [o for o in inject.options if (o.value or 0) >= 1]
    denying = [o for o in inject.options if (o.value or 0) < 0 and "deny" in o.tags]
    if not good or any("deny" in o.tags for o in good):
        return ()
    if not denying:
        return ()
    return _accusation(text_in(inject.text, ctx.lang), tuple(text_in(o.text, ctx.lang) for o in denying), ctx.lang)


def _owned(ctx: Context) -> tuple[Token, ...]:
    """What the item's best answer owns up to (tagged 'correct'), where no good answer denies and
    the item is no rumour: the deeds it admits (_admitted)."""
    inject = ctx.inject
    if inject is None or inject.crisis_type == "rumour":
        return ()
    good = [o for o in inject.options if (o.value or 0) >= 1]
    if not good or any("deny" in o.tags for o in good):
        return ()
    best = max(o.value or 0 for o in good)
    return tuple(t for o in good if "correct" in o.tags and o.value == best for t in _admitted(text_in(o.text, ctx.lang), ctx.lang))


ADMITS = re.compile(r"\b(?:should(?:n't| not)? have|shouldn't have|hadn't|without (?:grounds|reason|a word)|sorry|apologi[sz]e|mistake|"
                    r"olisi pitänyt|ois pitäny|olisi saanut|olisi saaneet|olisi pitäneet|ilman perusteita|pahoittel\w*|anteeksi|virhe\w*)\b",
                    re.IGNORECASE)
"""A sentence that owns up to something ('we shouldn't have', 'without grounds', 'we're sorry')."""
LIGHT_VERBS = frozenset({"saada", "olla", "tehdä", "voida", "pitää", "got", "had", "did", "done", "made", "was", "were"})
"""Verbs that say little of a deed ('we got', 'saimme'): a reply's 'didn't get' denies nothing owned."""


@lru_cache(maxsize=256)
def _admitted(answer: str, lang: str) -> tuple[Token, ...]:
    """What the best answer owns up to that we did: the past verbs of ours in its sentences that
    own up ('we gave an estimate we hadn't confirmed, and we shouldn't have', 'we shouldn't have
    asked', 'poistimme kommentin, ja pahoittelemme'). The drill holds them true, so a reply that
    says we never did them denies what happened."""
    found: list[Token] = []
    for sentence, toks in sentences_in(answer, lang):
        if ADMITS.search(sentence):
            found += [t for i, t in enumerate(toks) if content_word(t) and t.lower not in LIGHT_VERBS and not (t.forms & LIGHT_VERBS)
                      and _ours_done(t, list(toks[max(0, i - 4):i])) and not _negated(list(toks[max(0, i - 3):i]))]
    return tuple(found)


def _negated(before: list[Token]) -> bool:
    """'an estimate we hadn't confirmed': what we did not do is nothing owned, nor what we should
    have done and did not ('we should have said so openly'); 'we shouldn't have asked' owns the asking."""
    if any(t.lower.startswith(("should", "ought")) for t in before):
        return not any(negates(t) for t in before)
    return any(negates(t) for t in before)


def _ours_done(tok: Token, before: list[Token]) -> bool:
    """A past verb of ours: Finnish in the first person plural ('poistimme', 'annoimme'), English
    a past form after 'we' ('we gave', 'we shouldn't have asked'); not what 'you said'."""
    read = readings(tok)
    if read:
        return any(r[3] == "plural" and r[4] == "1" and r[6].startswith("past") for r in read)
    return _past_form(tok) and any(t.lower in ("we", "we've", "we'd", "i", "i've") for t in before)


@lru_cache(maxsize=256)
def _accusation(item: str, denials_: tuple[str, ...], lang: str) -> tuple[Token, ...]:
    said = [t for t in tokens(item, lang) if content_word(t) and item[sentence_span(item, t.start)[1]:][:1] != "?"]
    denied = [(word, [t for t in clause if content_word(t)]) for denial in denials_ for _, word, clause in _denied_words(denial, tokens(denial, lang))]
    return tuple(said + [word for word, clause in denied if any(same_word(a, b) for a in said for b in clause)])


@lru_cache(maxsize=64)
def _stated(facts: str, lang: str) -> tuple[tuple[Token, ...], ...]:
    """The content words of each fact sentence that states what is, plainly (no negation, no
    condition, no 'may')."""
    found = []
    for sentence, toks in sentences_in(facts, lang):
        if any(t.lower in NEGATIONS or t.lower.endswith(("n't", "n’t")) for t in toks) or FACT_HEDGE.search(sentence):
            continue
        found.append(tuple(t for t in toks if content_word(t)))
    return tuple(found)
