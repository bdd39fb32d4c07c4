"""How a reply speaks: acknowledgement, apology, thanks, and the anti-patterns of DOMAIN.md
(curt, blaming the customer, defensive, boilerplate, shouting); whether a move to another
channel says why; whether an escalation note is a situation report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from drill.checker.accuse import to_another
from drill.checker.context import CODE
from drill.checker.defence import justifies
from drill.checker.fault import blame
from drill.checker.lexicon import CALLING_BACK, SENDING, TO_YOU, words
from drill.checker.words import EMOJI, Token, asks_of_you, clauses, find, first_name, literal, readings, sentence_span

SIGNALS = ("acknowledges", "apologises", "thanks", "curt", "blame", "defensive", "boilerplate")
GREETING = re.compile(r"^\s*(hei|moi|moikka|terve|hyvää|hi|hello|hey|dear|good (?:morning|afternoon|evening))\b", re.IGNORECASE)
SHOUT = re.compile(r"!{2,}|\b[A-ZÅÄÖ]{2,}\b(?:[\s,]+\b[A-ZÅÄÖ]{2,}\b)+|\b[A-ZÅÄÖ]{4,}\b(?!:)")
"""Repeated "!!", capitals for several words in a row, or one long word in capitals (not a heading: "UPDATE:")."""
BARE_WORDS = 3
"""A reply of this few words that only acknowledges or thanks ('We're aware.', 'Ymmärrän.', 'Thanks.',
'👍 thx') says nothing back: the courtesy alone does not warm it, as an apology would."""
CURT_MAX_WORDS = 8
"""A reply this short with no greeting, thanks, apology, acknowledgement or emoji reads as curt."""
REBUKE_MAX_WORDS = 16
"""A cold rebuke reads as curt (short, cold, dismissive) when it is short too, two short sentences
at most; a longer one argues, and is read as blame alone."""
SMIRK_MAX_WORDS = 18
"""A rebuke with a smiley and no figure ('Hi Olli! We've been posting all morning 🙂 Maybe scroll down before tweeting? 😉')
is curt in this many words: the cheer sharpens it rather than warming it."""
SHOUTED_MAX_WORDS = 20
"""A reply that shouts (capitals, '!!') a denial, a refusal or a rebuke, with no warmth, no fact
given and no figure, in this few words, is curt ('THIS IS NOT WHAT HAPPENED!!! Watch the whole story before you
share.'); a longer one argues, and an excited promise ('KORJATAAN HETI!!!') is no brush-off."""
GAINSAYING = re.compile(r"\b(?:not|no|never|nobody|nothing|ei|eikä|emme|en|et|ette|eivät|älä|älkää)\b|n't\b", re.IGNORECASE)
"""A denial or a refusal: what a shouted reply must say to be cold, not an over-eager 'LUPAAN!!!'."""
STOCK_MAX_WORDS = 30
"""Boilerplate is a stock phrase with nothing else of substance (LABELS.md): in a reply longer
than this the stock phrase is a courtesy around an answer."""
EMOJI_ALONE = 3
"""'ok 👍' is a brush-off with a thumb: an emoji softens a reply only beside more words than this."""


def shouting(text: str, public: str) -> list[tuple[int, int]]:
    """Spans in capitals or '!!!': codes and the organisation's own acronyms (in its public
    texts: 'FINE', 'IPTV') are not shouting."""
    found = []
    for m in SHOUT.finditer(text):
        said = [w for w in re.split(r"[\s,]+", m.group()) if w]
        if m.group().startswith("!") or not all(CODE.fullmatch(w) or literal(w, r"\b", r"\b").search(public) for w in said):
            found.append((m.start(), m.end()))
    return found


NOT_ACKNOWLEDGING = re.compile(
    r"(?:\b(?:don't|do not|dont|no need to|never|nothing to|no|älä|älkää|ei tarvitse|turha)|\b(?:what|when|once|as soon as|if|kun|mitä|jos)"
    r"|\b(?:any|all|mahdollis\w*|kaikki\w*)|\b(?:pitä\w*|should(?: have|'ve)?|ought to(?: have)?))\s+$",
    re.IGNORECASE)
"""Before a word of acknowledgement, what makes it none: reassurance ('don't worry', 'no worries',
'älä huoli') waves the feeling away, 'when we know' and 'what we know' speak of us, 'any
inconvenience' is stock, and what they should have understood ('sen olisi pitänyt ymmärtää',
'you should have understood') is a reproach."""
MISREAD = re.compile(r"\s+(?:\w+\s+)?(?:väärin|wrong(?:ly)?|mistaken|mixing|confusing|confused)\b", re.IGNORECASE)
"""After a word of understanding, what makes it a reproach: 'olet ymmärtänyt väärin', 'you understood it wrong',
'you must be mistaken', 'you must be mixing us up with someone else'."""

AWARE_OF_IT = re.compile(r"(?:we(?:'re|’re| are)\s+aware|tiedostamme)(?=\s+of\b|\s*[.!,;:]|\s*$|\s+(?:asian|asia|tilanteen|ongelman|vian|häiriön|videon|tämän|sen)\b)",
                         re.IGNORECASE)
"""'We're aware of the issue', 'We're aware.', 'Tiedostamme tilanteen': we know of it, said of us, not of what
the person goes through ('we're aware how stressful this is', 'tiedostamme, että tämä on hankalaa' recognise it)."""

EMERGENCY = re.compile(r"(?<!\d)(?<!\d )112(?!\d| \d)")
"""The emergency number on its own, not three digits of a phone number ('010 112 3456')."""

LOOKALIKE = re.compile(r"huolimat", re.IGNORECASE)
"""'huolimatta' (despite) and 'huolimaton' (careless): one of their readings is the verb 'huolia'."""


def tone(text: str, toks: list[Token], lang: str, public: bool, informs: bool, update: bool = False, shouted: bool = False,
         asked: bool = False, colleague: bool = False, criticised: bool = False) -> Iterator[tuple[str, int, int]]:
    """(check, start, end) for each tone signal found (informs: the reply gives a fact right;
    update: a status update, said to everyone; shouted: it shouts; asked: the item asks a question; colleague:
    the item is a colleague's internal message; criticised: the item criticises us); blame is read by fault.blame (who is made the
    subject of the fault). A status update is read as curt only by its words: it answers no one,
    so its shortness brushes no one off."""
    addresses = [(m.start(), m.end()) for m in ADDRESS.finditer(text)]  # 'kiitolinja.fi' thanks no one
    found: dict[str, list[tuple[int, int]]] = {name: [(a, b) for a, b in find(toks, words(name, lang), lang) if not any(s <= a < e for s, e in addresses)]
                                               for name in SIGNALS if name != "blame"}
    waited = find(toks, words("patience_thanks", lang), lang)  # 'thank you for your patience' thanks them for leaving us be
    found["acknowledges"] = [(a, b) for a, b in found["acknowledges"]
                             if not NOT_ACKNOWLEDGING.search(text, max(0, a - 24), a) and not LOOKALIKE.match(text, a)
                             and not MISREAD.match(text, b) and not any(s <= a < e for s, e in waited) and not AWARE_OF_IT.match(text, a)]  # 'thanks for your understanding' recognises nothing
    found["blame"] = blame(text, toks, lang, public, update)
    if len(toks) > STOCK_MAX_WORDS:  # 'kiitos viestistä' opening a long, specific answer is a courtesy, not boilerplate
        found["boilerplate"] = []
    hollow = find(toks, words("hollow_apology", lang), lang)  # 'sorry for your experience' names nothing that happened
    felt = [(a, b) for a, b in found["apologises"] if not any(s <= a < e for s, e in hollow)]
    # 'as I said' with nothing new said shuts the door; said before a fact given again, an offer or the private message
    # the answer went to it is a reproach around an answer, and beside an apology or the person's point granted a pointer
    # to where the answer is ('perustelut ovat vastauksessamme yllä')
    said_before = [] if informs or felt or found["acknowledges"] else [
        (a, b) for a, b in find(toks, words("said_before", lang), lang)
        if not to_another(text, toks, a, b, lang) and not any(find([t for t in toks if t.start >= b], words(kind, lang), lang) for kind in ("offer", "moves"))]
    # 'sorry for the wait, please be patient' is a courtesy; 'valitettavasti ei voi … Odota rauhassa.' regrets the limit, not the wait
    sorry = [(a, b) for a, b in felt if not text[a:b].lower().startswith("valitettav")]
    pleaded = [] if sorry else find(toks, words("patience_plea", lang), lang)
    # 'don't spread rumours' tells them they spread one (LABELS.md: blame); alone it is a cold lecture as
    # well, beside a fact given right it is blame around an answer, not a brush-off
    hushed = find(toks, words("hush", lang), lang)
    found["blame"] += hushed
    found["curt"] = [(a, b) for a, b in found["curt"] + said_before + pleaded + ([] if informs else hushed)
                     if not _reported(text, a) and not _reason(text, toks, a, lang) and not _but_helps(text, toks, b, lang)]
    thanked = [(a, b) for a, b in found["thanks"] if not any(s <= a < e for s, e in waited)]
    warm = felt or ((thanked or found["acknowledges"]) and len(toks) > BARE_WORDS)
    found["curt"] += closers(text, toks, lang)
    if asked and not informs and not found["acknowledges"] and _courtesy_only(text, toks, found["thanks"], lang):  # "We're aware, and thank you" recognises
        found["curt"].append((0, len(text.rstrip())))
    if not any(find(toks, words(kind, lang), lang) for kind in ("offer", "future_we")):
        # an eye rolled beside a fact given right sneers around an answer: blame or defence, not a brush-off
        # (a scoff said in words still brushes off: 'Yeah right, because a 12% rise is the end of the world');
        # an eye rolled in a reply that thanks the one it speaks to, in a sentence of its own, rolls it at others ('Thanks
        # Raimo! Some people just look for things to be upset about 🙄'): blame or defence, not the person brushed off;
        # rolled at the thanks itself ('Thanks for the lovely tweet 🙄') it sneers
        found["curt"] += [(a, b) for a, b in sarcasm(text, toks, lang)
                          if not (EYE_ROLL.fullmatch(text, a, b) and (informs or (thanked and not any(_same_sentence(text, t, a) for t, _ in thanked))))]
    by_rote = bool(thanked) and not felt and not found["acknowledges"] and all(any(s <= a < e for s, e in find(toks, words("stock_thanks", lang), lang))
                                                                              for a, _ in thanked)
    # thanked for criticism by rote and nothing else, the person is brushed off as by a stock apology ('Thank you
    # for your feedback. We value all comments.'); thanked so for praise or a question, or in their own words, not
    if _stock_only(text, toks, found["apologises"], lang, informs, addresses) or (criticised and by_rote and _stock_only(text, toks, thanked, lang, informs, addresses)):
        found["curt"].append((0, len(text.rstrip())))
    for a, b in find(toks, words("no_comment", lang), lang):  # 'no comment' shuts the door, unless said warmly with its reason
        start, end = sentence_span(text, a)
        if not (warm and find([t for t in toks if start <= t.start < end], words("because", lang), lang)):
            found["curt"].append((a, b))
    cleared = justifies(text, colleague)
    if not found["curt"] and not warm and not update:
        offers = find(toks, words("offer", lang), lang)  # 'laita yksärillä niin katsotaan': short, but a hand held out
        # a pledge exclaimed ('Tiedote tulee vartissa, lupaan sen!!!') is over-eager, not a brush-off; said flat it may be one
        warm_emoji = EMOJI.search(text) and len(toks) > EMOJI_ALONE  # a smiley softens a sentence, it does not make one
        brusque = (_length(toks, addresses) <= CURT_MAX_WORDS and not warm_emoji and not offers and not GREETING.match(text)
                   and not ("!" in text and find(toks, words("future_we", lang), lang)) and not _figured(text, toks, addresses))
        # in a cheerful brand voice a smiley after a rebuke is a smirk, not warmth ('Maybe scroll down before tweeting? 😉'):
        # it softens nothing (arguing our case beside it still reads as defence); a figure given is an answer begun
        smirk = bool(warm_emoji) and not re.search(r"\d", text)
        # a reply that argues its case is defensive, one that gives the facts helps, rather than a brush-off
        rebuke = (found["blame"] and not found["defensive"] and not informs and not (warm_emoji and not smirk) and not offers
                  and len(toks) <= (SMIRK_MAX_WORDS if smirk else REBUKE_MAX_WORDS)
                  and not _does_more(toks, lang))
        # a short reply that shouts at the person, with no fact given and nothing warm, is cold however it is worded
        # or that shouts and only sends them to look it up, whatever facts come first
        yelled = shouted and not warm_emoji and (
            (not informs and _length(toks, addresses) <= SHOUTED_MAX_WORDS and bool(found["blame"] or GAINSAYING.search(text))
             and not re.search(r"\d", text))
            or _sent_to_look(text, toks, lang))
        sent_away = ((found["defensive"] or cleared) and _sent_away(text, toks, lang)) or _elsewhere(text, toks, lang)
        waited_out = bool(waited) and not informs and not offers and not warm_emoji and _waited_out(text, toks, waited, addresses)
        # 'you'll get an answer in turn', 'vastaamme järjestyksessä': the person told to queue, with nothing given meanwhile
        queued = not informs and not offers and bool(find(toks, words("your_turn", lang), lang))
        if (brusque or rebuke or yelled or sent_away or waited_out or queued or _clipped(text, toks, addresses, lang, public)
                or _rests_its_case(text, toks, lang) or (not informs and _flat_no(text, toks, lang))):
            found["curt"] = [(0, len(text.rstrip()))]  # cold all through: no warmth to soften a rebuke or a one-liner
    # a refusal to take the matter up here is as cold behind a formula of thanks ('Kiitos kommentista. Työehdoista ei keskustella täällä.')
    if not found["curt"] and not update and (not warm or by_rote) and _refused_here(text, toks, lang):
        found["curt"] = [(0, len(text.rstrip()))]
    # a denial said in few words ('me ei koskaan luvattu mitään') is still a brush-off: read after the rebuke
    found["defensive"] += cleared
    for name in SIGNALS:
        for start, end in found[name]:
            yield name, start, end


def _same_sentence(text: str, one: int, other: int) -> bool:
    return sentence_span(text, one) == sentence_span(text, other)


def _courtesy_only(text: str, toks: list[Token], thanks: list[tuple[int, int]], lang: str) -> bool:
    """Whether a reply to a question is courtesy and nothing else: every sentence a thanks, a
    greeting or a wish ('Kiitos viestistä! Mukavaa matkaa 🙂', 'Thanks for reaching out! Have a
    great day!'): the question goes unanswered behind a smile. A figure, a question back, an offer
    or what we will do is an answer begun; an apology or feedback passed on is the stock reply that
    _stock_only and boilerplate read ('Kiitos palautteestasi, välitämme sen eteenpäin' is boilerplate, not curt)."""
    if "?" in text or any(c.isdigit() for c in text) or any(find(toks, words(kind, lang), lang) for kind in ("offer", "future_we", "moves", "forwarded", "apologises")):
        return False
    wishes = find(toks, words("wishes", lang), lang)  # the farewell that ends it: 'Thanks a lot, Arto!' alone is a thanks, read elsewhere
    courtesy = thanks + wishes
    if not wishes:
        return False
    sentences = [[t for t in toks if s <= t.start < e] for s, e in _sentences(text)]
    sentences = [said for said in sentences if said]
    greeting = [said for said in sentences if len(said) <= BARE_WORDS and GREETING.match(text, said[0].start)]  # 'Moi Jari!' alone
    return bool(sentences) and all(said in greeting or (len(said) <= COURTESY_WORDS and any(said[0].start <= a <= said[-1].start for a, _ in courtesy))
                                   for said in sentences)


WAITED_WORDS = 10
"""A reply that says this few words besides its thanks for their patience ('All messages are handled in
turn. Thank you for your patience.') has thanked them for waiting and told them nothing."""


def _waited_out(text: str, toks: list[Token], waited: list[tuple[int, int]], addresses: list[tuple[int, int]]) -> bool:
    """Whether a reply with no warmth (the caller's test: its only thanks is for their patience or
    understanding), no fact given and no offer is that thanks and a few stock words ('Vikaa korjataan.
    Kiitos kärsivällisyydestä.', 'We appreciate your patience. Updates will follow.'): the person is
    thanked for waiting and told to go on waiting, the stock apology's passive-aggressive twin. A
    greeting, a question, a figure or an address says something to them; a longer reply says more;
    a smiley beside them (the caller's test: 'Korjaus on käynnissä! Kiitos kärsivällisyydestä 🙏') softens it."""
    if GREETING.match(text) or "?" in text or any(c.isdigit() for c in text) or addresses:
        return False
    rest = [t for t in toks if not any(a <= t.start < b for a, b in waited)]
    return len(rest) <= WAITED_WORDS


COURTESY_WORDS = 6
"""A sentence of this few words with a thanks or a wish in it is that courtesy ('Thanks for your interest in
Kiitolinja!'); a longer one says something besides ('Lämmitys tarkistetaan ennen jokaista vuoroa, kiitos vinkistä!')."""


def _stock_only(text: str, toks: list[Token], formula: list[tuple[int, int]], lang: str, informs: bool, addresses: list[tuple[int, int]]) -> bool:
    """Whether a reply is a formula (`formula`: its spans) and 'your feedback has been passed on'
    (or a pointer to the website or a form in general) and nothing else ('Pahoittelemme kokemaasi.
    Palautteesi on välitetty eteenpäin.', 'Sorry for the inconvenience, we've passed on your
    feedback.', 'We apologise for any inconvenience. Please check our website.'): LABELS.md reads
    it as curt, the formula a courtesy and the forwarding or the pointer the end of the matter. A
    formula with stock lines only, every other sentence one ('We apologise for any inconvenience.
    Your feedback is important to us.', 'Pahoittelemme, ettei vastaus täyttänyt odotuksiasi. Kiitos
    palautteestasi.'), is curt too. Anything of substance beside them (a fact given
    right, an offer to look into it, a number, an address, a question, a reason, a longer answer)
    makes them a courtesy around an answer. The formula is an apology; or thanks by rote ('thank you
    for your feedback', not 'thanks for letting us know, Arto') where the item criticises us
    (tone()): on the tuning corpus 47 of 52 such replies to criticism were labelled curt, against
    22 of 41 to praise or a question."""
    sentences = _sentences(text)
    pointers = find(toks, words("pointers", lang), lang) + _site_pointers(toks, sentences, lang)
    stock = [span for kind in ("boilerplate", "forwarded") for span in find(toks, words(kind, lang), lang)] + pointers  # 'We apologise for any inconvenience. Your feedback is important to us.': a formula each, and more than the apology
    every = len(sentences) > 1 and bool(stock) and all(any(s <= a < e for a, _ in stock + formula) for s, e in sentences)
    if not formula or not (every or find(toks, words("forwarded", lang), lang) or pointers):
        return False
    substance = (informs or addresses or "?" in text or any(t.text.isdigit() for t in toks) or find(toks, words("offer", lang), lang)
                 or PURPOSE.search(text))
    return not substance and len(toks) <= STOCK_MAX_WORDS


SITE_POINTER_WORDS = 6
"""A sentence of this few words that names our site ('Lisätietoa löydät sivuiltamme.', 'More info on our
site.', 'All updates are on our homepage.') points to it in general; a longer one says what is there."""


def _site_pointers(toks: list[Token], sentences: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """Sentences that only point to our site in general, in any words (SITE_POINTER_WORDS), with
    no address or figure in them: the pointer of _stock_only."""
    found = []
    for start, end in sentences:
        said = [t for t in toks if start <= t.start < end]
        if len(said) <= SITE_POINTER_WORDS and find(said, words("our_site", lang), lang) and not any(c.isdigit() or c == "/" for t in said for c in t.text):
            found.append((start, end))
    return found


PURPOSE = re.compile(r"\b(?:because|so that|so (?:the|your|we|it|you)|in order to|jotta|koska|niin että)\b", re.IGNORECASE)
"""A reason or purpose given ('fill in the form so the case can be registered'): the reply explains, it does not only refer."""


EN_NOW = r"(?: about (?:it|this|that)| here| for you| on this| now| at this (?:point|stage)| from (?:here|our side|our end)| than that){0,2}"
"""What may close 'nothing more we can do': where or when it is so ('… about it', '… at this point')."""
EN_CLOSERS = (
    r"end of (?:story|discussion|conversation|debate|the matter)|no (?:further|more) (?:comments?|discussion|questions)"
    r"|nothing (?:further|more)(?: to (?:add|say|discuss)| (?:we|i) can (?:do|say|add)(?: about it| here| on this)?)?|that'?s (?:all|it|final)"
    r"|period|full stop|case closed|no way(?:\s+\w+){0,5}|rules are rules|that'?s (?:just )?(?:the way|how) it is"
    r"|that'?s (?:all|everything) (?:we|i) (?:can|could|have to|are able to|will|are going to) (?:say|tell you|share|add)(?:\s+\w+){0,4}"
    r"|that'?s (?:the end of (?:it|that|the matter|the discussion)|all there is to (?:it|say))"
    r"|there(?:'s| is) (?:really |simply |just )?(?:nothing|not (?:much|anything)) (?:more|else|further) (?:to (?:add|say|discuss)|(?:that )?(?:\w+\s+){1,2}can (?:add|say))"
    r"(?:\s+\w+){0,5}"
    r"|(?:we|i) (?:have|'ve got|'ve) (?:nothing|not much|no more) (?:more |further |else )?to (?:add|say)(?:\s+\w+){0,4}"
    r"|(?:we|i)(?:'ve| have)? (?:already )?said (?:all|everything|what) (?:that )?(?:we|i)(?:'re| are| were)? (?:have to|had to|are going to|going to|can|could|will|intend to|want to|wanted to) say(?:\s+\w+){0,4}"
    r"|(?:we|i) (?:won't|will not|shall not|are not going to|aren't going to|do not intend to|don't intend to) (?:be )?"
    r"(?:comment(?:ing)?|discuss(?:ing)?|respond(?:ing)?|reply(?:ing)?|engag(?:e|ing))(?:\s+\w+){0,3}? (?:further|any further|anymore|any more|with you)"
    r"|(?:we|i) (?:consider|regard) (?:this|the) (?:matter|case|issue|discussion|conversation) (?:as )?(?:closed|settled|resolved|finished)"
    r"|(?:this|the) (?:matter|case|issue|discussion|conversation) is (?:now )?(?:closed|over|settled|finished)(?:\s+\w+){0,3}"
    r"|(?:we(?:'ve| have)? )?already (?:answered|replied to|responded to|addressed) (?:this|that|it|your question|this question)(?: before| earlier| above)?"
    r"|we(?:'ve| have)? already (?:told|explained (?:to )?) ?you(?: why| this| that)?|we told you (?:already|before)"
    r"|as (?:we )?(?:already |have )?(?:said|stated|mentioned)(?: before| earlier| above)?"
    rf"|(?:there(?:'s| is) )?(?:not (?:much|a lot|anything)|little|nothing(?: much)?) (?:else|more|further) (?:that )?(?:we|i)(?:'re| am| are)? "
    rf"(?:can|could|are able to|am able to) (?:do|say|add){EN_NOW}"
    rf"|that'?s (?:about |pretty much |really |just )?(?:all|the most|everything) (?:we|i) (?:can|could) do{EN_NOW}"
    rf"|(?:we|i) (?:can't|cannot|can not|can't really) do (?:anything (?:more|else)|any ?more|much more|more){EN_NOW}"
    rf"|(?:we|i)(?:'ve|ve| have) done (?:all|everything|what) (?:we|i) can{EN_NOW}")
"""English sentences that shut the conversation: 'End of story', 'We won't comment further', 'Not much
else I can do', "That's about all we can do here", "We can't do anything more about it"."""
FI_CLOSERS = (
    r"piste|siinä kaikki|sillä selvä|asia on (?:sillä|nyt) selvä|ei muuta(?: kommentoitavaa| sanottavaa| lisättävää)?|ei (?:enempää|muita) kommentteja"
    r"|säännöt (?:ovat|on) sääntöjä|asia on (?:meidän osalta |osaltamme |meidän puolestamme |nyt )*(?:loppuun )?käsitelty"
    r"|(?:\w+\s+){0,2}(?:ei|eikä) (?:ole|oo) (?:\w+\s+){0,2}(?:lisättävää|sanottavaa|kommentoitavaa)"
    r"|(?:\w+\s+){0,2}(?:ei|eikä|emme) (?:\w+\s+){0,2}(?:käsitellä|keskustella|kommentoida|puida|kommentoi|keskustele)(?:\s+\w+){0,2}\s+(?:enempää|enää)"
    r"|(?:asiaan|tähän) ei (?:enää )?palata|emme (?:aio )?(?:enää )?palata (?:asiaan|tähän)"
    r"|(?:emme|me ei) (?:aio |aiota )?(?:keskustele|käsittele|puhu)\w* (?:\w+\s+){0,2}(?:sinun |teidän )?(?:kanssasi|kanssanne)"
    r"|(?:tämä )?keskustelu (?:asiasta )?on (?:nyt |tältä osin )?(?:päättynyt|päätetty|loppu|ohi)"
    r"|(?:tämän )?(?:enempää|muuta) (?:\w+\s+)?(?:en|emme|me ei|mä en|ei) (?:\w+\s+)?(?:voi|voida|pysty|pystytä|mahda)(?: \w+){0,3}"
    r"|(?:en|emme|me ei|mä en|ei) (?:\w+\s+){0,2}?(?:voi|voida|pysty|pystytä|mahda) (?:\w+\s+){0,2}?(?:muuta|enempää)(?! kuin)(?: \w+){0,2}"
    r"|(?:en|emme|me ei|mä en|ei) (?:\w+\s+)?(?:muuta|enempää) (?:voi|voida|pysty|pystytä|mahda)(?! kuin)(?: \w+){0,2}"
    r"|siinä (?:on )?kaikki,? mitä (?:voin|voimme|pystyn|pystymme|voidaan|pystytään) (?:asialle )?tehdä"
    r"|(?:olemme |me ollaan )?(?:jo )?(?:vastanneet|vastasimme) (?:tähän|siihen) (?:jo )?(?:aiemmin|aikaisemmin|ylempänä)?"
    r"|(?:me )?(?:kerroimme|kerrottiin|selitimme|sanoimme|sanottiin) (?:sinulle |teille )?jo(?: aiemmin)?(?: miksi)?")
"""Finnish sentences that shut the conversation: 'Piste', 'Asiaan ei palata', 'Muuta en voi tehdä', 'Ei
tässä muuta voi', 'Emme pysty tekemään enempää' (not 'emme voi muuta kuin pahoitella', an apology)."""
CLOSER = re.compile(rf"(?:and\s+|but\s+|so\s+|ja\s+|eikä\s+|mutta\s+|joten\s+)?(?:{EN_CLOSERS}|{FI_CLOSERS})\s*[.!]*", re.IGNORECASE)
"""A sentence, or the last clause of one, that shuts the conversation ('End of discussion.', 'No
further comment.', "That's all we can say on this.", 'We won't be commenting further.', 'Piste.',
'Tähän ei ole lisättävää.', 'Asiaan ei palata.', '…, eikä asiaa käsitellä tässä enempää.'): not
one that only ends what is known ('that's all we know so far')."""
CLAUSE_CUT = re.compile(r"[,;:–—]\s*|\s-\s")
JOINED = re.compile(r"(?:and|but|so|ja|eikä|mutta|joten)\s", re.IGNORECASE)
TAIL_WORDS = 3
"""A last clause joined on by a conjunction ('…, eikä asiaa käsitellä enempää') or this short ('…, piste!')
closes the whole reply; a longer one speaks of its own matter ('Sorry Arto, no way to travel in that cold')."""


def closers(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """Spans of closing formulas (see CLOSER), each a whole sentence or its last clause joined on, with
    nothing after them that helps: an offer, a next step, an address, a question ('Nothing more to
    add for now, we'll post again at 14' hands on the conversation rather than ending it)."""
    found = []
    for start, end in _sentences(text):
        said = text[start:end].strip()
        cuts = [m.end() for m in CLAUSE_CUT.finditer(said)]
        tails = [said[cut:] for cut in cuts[-1:] if JOINED.match(said, cut) or len(said[cut:].split()) <= TAIL_WORDS]
        if any(CLOSER.fullmatch(part) for part in [said, *tails]) and not _helps(text[end:], [t for t in toks if t.start >= end], lang):
            found.append((start, end))
    return found


EYE_ROLL = re.compile("[\U0001F644\U0001F612]")
"""🙄 and 😒: a reply that rolls its eyes at the person."""


def sarcasm(text: str, toks: list[Token], lang: str) -> list[tuple[int, int]]:
    """Spans where a reply mocks the person (DOMAIN.md: sarcastic replies feed the fire): an eye
    rolled (EYE_ROLL), a sneering thanks ('thanks for nothing', 'kiitos vaan taas'), or a scoff or
    praise said as a clause of its own, with nothing it praises ('Yeah right, because…', 'Niin
    varmaan.', 'Very helpful.', 'Tosi rakentavaa. 🙄'): 'Niin varmaan tuntuu pahalta' and 'Tosi
    hyödyllistä palautetta, kiitos!' say more in the same clause. A fact does not warm a sneer
    ('Yeah right, because a 12% rise is the end of the world'); the caller reads them only in a
    reply that offers nothing and says nothing we will do. Colloquial 'joo joo' is as often a
    friendly yes, and is not read."""
    found = [m.span() for m in EYE_ROLL.finditer(text)] + find(toks, words("sarcasm", lang), lang)
    for start, end in clauses(text):
        said = [t for t in toks if start <= t.start < end]
        scoff = find(said, words("scoffs", lang), lang)
        if scoff and all(scoff[0][0] <= t.start < scoff[0][1] for t in said):
            found.append(scoff[0])
    return found


def _helps(text: str, toks: list[Token], lang: str) -> bool:
    """Whether what is said after a closing formula still helps: an offer, what we will do, a move
    to another channel, an address or a number to use, a question to the person."""
    return "?" in text or bool(ADDRESS.search(text)) or any(find(toks, words(kind, lang), lang) for kind in ("offer", "future_we", "moves"))


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, its closing punctuation included."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?]+(?=\s|$)|\n", text):
        spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _refused_here(text: str, toks: list[Token], lang: str) -> bool:
    """Whether a reply with no warmth (the caller's test) and no greeting or name turns the
    matter away from where it was raised ('We don't discuss claims on Facebook.', 'Korttiasioita
    ei hoideta täällä.', 'Emme käsittele korvausasioita somessa'): the door shut on the person.
    Said with a greeting or warmth ('Hei Aleksi, … ei keskustella somessa') it is a rule, and
    followed by what is done instead ('…, but the heater is being checked') an answer, not a brush-off."""
    if GREETING.match(text) or _addressed(text):
        return False
    places = find(toks, words("public_place", lang), lang)
    for a, _ in find(toks, words("refuse_here", lang), lang):
        s0, s1 = sentence_span(text, a)
        if any(s0 <= p < s1 for p, _ in places) and not BUT.search(text, a, s1):
            return True
    return False


LOOK_IT_UP = re.compile(r"\s*(?:please\s+|just\s+|vaan\s+)?(?:check|see|look|read|visit|katso|katsokaa|lue|lukekaa|tarkista|tarkistakaa)\b",
                        re.IGNORECASE)


def _does_more(toks: list[Token], lang: str) -> bool:
    """Whether a reply says what we will do for them ('We'll post the new times here by nine'),
    besides passing the feedback on ('We'll pass it on' is the stock line, no help)."""
    stock = find(toks, words("forwarded", lang), lang)
    return any(not any(0 <= s - b <= STOCK_REACH for s, _ in stock) for a, b in find(toks, words("future_we", lang), lang))


STOCK_REACH = 12
"""How far after 'we'll' the stock line may start ('We'll pass it on', 'we'll gladly pass this on')."""


def _sent_to_look(text: str, toks: list[Token], lang: str) -> bool:
    """Whether a reply ends by sending the person to look it up ('Check the live map.', 'Katsokaa
    sivulta!!!') and nothing in it says what we will do: shouted (the caller's test), that is the
    whole answer, however many facts precede it ('The coach is LATE because of ROADWORKS. Check
    kiitolinja.fi/live!!!'); 'WE'LL POST AS SOON AS WE KNOW! Follow kajava.fi/lakko' hands on."""
    sentences = _sentences(text)
    return (bool(sentences) and bool(LOOK_IT_UP.match(text, sentences[-1][0]))
            and not any(find(toks, words(kind, lang), lang) for kind in ("offer", "future_we")))


def _sent_away(text: str, toks: list[Token], lang: str) -> bool:
    """Whether a reply with no warmth (the caller's test) that lays the matter at another's door
    (the caller's test: defensive) sends the person there to ask ('The strike is the union's call,
    not ours. Take it up with them.', 'Osingoista päättää kaupunki, ei me. Kysykää sieltä.'): its
    one piece of help is that we are the wrong address. A greeting speaks to them; advice on whom
    to ask ('kannattaa kysyä liitolta') is not an order to go, nor is one followed by what will
    be done there ('ask them at the desk, they'll rebook you')."""
    if GREETING.match(text):
        return False
    return any(ORDER_OPENS.search(text[sentence_span(text, a)[0]:a]) and not _helps(text[b:], [t for t in toks if t.start >= b], lang)
               for a, b in find(toks, words("send_away", lang), lang))


def _elsewhere(text: str, toks: list[Token], lang: str) -> bool:
    """Whether a reply with no warmth (the caller's test) hands the matter to someone else: 'not
    something we can help with', 'a matter for your doctor', "you'll have to ask the station
    staff", 'something you need to sort out with the biller' (the lexicon's 'elsewhere'), with
    nothing after it that helps (an offer, what we will do, an address). A cause said to be
    another's ('the strike is the union's decision, not ours') is defence, not this: it sends no one."""
    return any(not _helps(text[b:], [t for t in toks if t.start >= b], lang) for _, b in find(toks, words("elsewhere", lang), lang))


ORDER_OPENS = re.compile(r"(?:^\s*|[.!?,;:–—]\s*|\s-\s*|\b(?:so|and|then|just|please|niin|ja|joten|vaan)\s+)$", re.IGNORECASE)
"""What an order to go elsewhere follows: the start of its sentence or clause ('…, not ours. Ask
them.', '…, so take it up with them'), not a subject ("we'll take it up with the driver")."""


BUT = re.compile(r"\b(?:but|however|though|mutta|kuitenkin|vaan)\b", re.IGNORECASE)


CLIPPED_WORDS = 2
"""A last sentence of at most this many words ('Odota.', 'Read them.', 'Your call.') is clipped."""
CLIPPED_REPLY_MAX_WORDS = 30
"""A clipped last sentence cuts off a reply of at most this many words; after a longer one that has
said its piece ('…, lisätiedot kielopankki.fi/hairio. Ei kellonaikoja.') it is a note's shorthand."""
POINTER_MAX_WORDS = 18


def _clipped(text: str, toks: list[Token], addresses: list[tuple[int, int]], lang: str, public: bool) -> bool:
    """Whether a reply with no warmth (the caller's test) is clipped: its last
    sentence one or two words closed by a full stop, in a reply not long (CLIPPED_REPLY_MAX_WORDS) ('Odota.', 'Read them.', 'Your call.': the
    last word an order or a brush-off said flat, not a wish such as 'Hyvää matkaa.'; an opening
    'Selvä.' leads into what follows), or a short reply that points elsewhere, to an address or
    a number, or (in one sentence, or in its last) to a website by name or a form, and says little else ('It's all at
    koskilanvesi.fi/hinnat.', 'Soita 010 555 2999.', 'Please see the Food Authority website for
    recall information.'): the customer is sent away. Not when it offers help or says what we will do
    ('Selvitämme asiaa.', '…, and we'll help her'): a hand held out, however short. An
    exclamation or an emoji is spoken with some feeling, and is not read as clipped. A greeting or
    a name first speaks to the person, except in a public reply that ends on a clipped order with
    no question asked ('Hi Mikko, it's pinned at the top. Scroll up.'; a note to a colleague, 'Paula,
    lehti kirjoitti meistä. Soita.', is shorthand), or in a reply that only points elsewhere
    (_greeted_pointer)."""
    sentences = _sentences(text)
    if not sentences or EMOJI.search(text) or "!" in text:
        return False
    if GREETING.match(text) or _addressed(text):  # in public, a greeting does not soften an order that ends a reply: 'Hi Mikko, … Scroll up.'
        return _greeted_pointer(text, toks, sentences, addresses, lang) or (public and "?" not in text and len(sentences) > 1
                                                                             and _clipped_last(text, toks, sentences, lang))
    if _clipped_last(text, toks, sentences, lang):
        return True
    start, _ = sentences[-1]  # 'Please see the Food Authority website.', or a last word that sends them there ('…. Palautetta voi antaa nettisivujen kautta.')
    pointed = bool(addresses) or bool(find([t for t in toks if len(sentences) == 1 or t.start >= start], words("pointers", lang), lang))
    return not _our_part(toks, lang) and (_notes(text, sentences, toks, addresses) or (pointed and _length(toks, addresses) <= POINTER_MAX_WORDS))


def _clipped_last(text: str, toks: list[Token], sentences: list[tuple[int, int]], lang: str) -> bool:
    """Whether the last sentence is one or two words closed by a full stop, in a reply of at most
    CLIPPED_REPLY_MAX_WORDS: no figure, no wish, nothing we will do (see _clipped)."""
    start, end = sentences[-1]
    last = [t for t in toks if start <= t.start < end]
    said = text[start:end].strip()
    return (said.endswith(".") and 0 < len(last) <= CLIPPED_WORDS and not any(t.text.isdigit() for t in last) and not WISH.match(said)
            and not _our_part(last, lang) and len(toks) <= CLIPPED_REPLY_MAX_WORDS)


def _greeted_pointer(text: str, toks: list[Token], sentences: list[tuple[int, int]], addresses: list[tuple[int, int]], lang: str) -> bool:
    """Whether a reply is a greeting said on its own and one sentence that points elsewhere, to an
    address or our website in general ('Hi Elina. Information on our services can be found on our
    website.', 'Hei Arto. Lisätietoja löydät nettisivuiltamme.'): the greeting names the person and
    the pointer sends them away. A greeting that leads into the sentence ('Hi Elina, …') speaks to
    them, and is read as the caller reads it."""
    if len(sentences) != 2:
        return False
    (start, end), (after, _) = sentences
    greeting = [t for t in toks if start <= t.start < end]
    pointer = [t for t in toks if t.start >= after]
    pointed = any(a >= after for a, _ in addresses) or bool(find(pointer, words("pointers", lang), lang))
    return (len(greeting) <= BARE_WORDS and pointed and not _our_part(toks, lang)
            and _length(pointer, [(a, b) for a, b in addresses if a >= after]) <= POINTER_MAX_WORDS)


def _flat_no(text: str, toks: list[Token], lang: str) -> bool:
    """Whether a reply with no warmth (the caller's test) and no fact given (the caller's) opens on a
    bare refusal said as a sentence of its own ('No.', 'Nope.', 'Ei.', 'Ei käy.'): the answer is
    the refusal, and what follows argues it ('No. Strikes count as extraordinary circumstances.');
    'No, sorry, …' or 'Ei, vaan …' goes on in the same sentence, and is read by its words. A
    correction ('Ei pidä paikkaansa.', 'Not true.') disputes a claim rather than refusing the
    person, and is read by the rest of the reply."""
    sentences = _sentences(text)
    if not sentences:
        return False
    start, end = sentences[0]
    said = [t for t in toks if start <= t.start < end]
    if not said or not text[start:end].rstrip().endswith((".", "!")):
        return False
    return any(a == said[0].start and b == said[-1].end for a, b in find(said, words("flat_no", lang), lang))


def _rests_its_case(text: str, toks: list[Token], lang: str) -> bool:
    """Whether a reply with no warmth (the caller's test) ends on our own vindication ('We have
    nothing to hide.', 'Our record speaks for itself.', 'Meillä ei ole mitään salattavaa.'): the last
    word is that we are right, and the person is left with nothing to ask. Said before what we will
    do or an offer ('…, joten lähetämme raportin sinulle'), it opens an answer."""
    sentences = _sentences(text)
    if not sentences:
        return False
    start, _ = sentences[-1]
    return any(not _helps(text[b:], [t for t in toks if t.start >= b], lang)
               for _, b in find([t for t in toks if t.start >= start], words("vindicated", lang), lang))


def _our_part(toks: list[Token], lang: str) -> bool:
    """Whether these words offer help or say what we will do ('Selvitämme asiaa.', "We'll check
    the heater."): a hand held out, however short the reply."""
    return any(find(toks, words(kind, lang), lang) for kind in ("offer", "future_we"))


NOTE_WORDS, NOTES_MAX_WORDS = 6, 12
"""A reply in notes: two or more sentences of at most NOTE_WORDS words each, NOTES_MAX_WORDS in all."""
NAMED = re.compile(r",\s+[A-ZÅÄÖ][a-zåäö]+[.?]")
"""A name said at the end of a sentence, after a comma: the reply speaks to someone."""


def _notes(text: str, sentences: list[tuple[int, int]], toks: list[Token], addresses: list[tuple[int, int]]) -> bool:
    """Whether a reply is written in notes, not to a person: two or more sentences, each a few
    words ('Not a hack. Router fault after a software update. No data leaked.', 'Ei pidä
    paikkaansa. Päätös tulee n. klo 7.15.'): a verdict and a fact, nothing said to the one who
    asked. The caller has ruled out warmth, a greeting, an opening name, an emoji and an
    exclamation; a name later on ('Emme poistaneet mitään, Satu.') speaks to them too."""
    if NAMED.search(text):
        return False
    said = [[t for t in toks if a <= t.start < b] for a, b in sentences]
    said = [words for words in said if words]
    return len(said) > 1 and all(len(words) <= NOTE_WORDS for words in said) and _length(toks, addresses) <= NOTES_MAX_WORDS


WISH = re.compile(r"(?:hyvää|mukavaa|aurinkoista|tsemppiä|onnea|terveisin|tervetuloa|welcome|good|have|happy|merry|safe|stay|take|cheers|regards|best|all the best)\b",
                  re.IGNORECASE)
"""A short closing wish or sign-off ('Hyvää päivänjatkoa.', 'Good luck.', 'Regards.'): kind, however short."""
VOCATIVE = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?\s*[,:]")
"""A reply that opens with the customer's name ('Hanna, ...') speaks to them, not past them."""
TYPED_VOCATIVE = re.compile(r"^\s*([a-zåäö]+)(?:\s*[,:]|\s+(?:pls|plz)\b)")
"""The opening word of a reply typed fast, in lower case, before a comma or a 'pls' ('pekka, …',
'jari pls …'): a name if it reads as one (words.first_name), not 'joo, …' or 'ok, …'."""


def _addressed(text: str) -> bool:
    """Whether a reply opens with the person's name, capitalised or typed in lower case."""
    typed = TYPED_VOCATIVE.match(text)
    return bool(VOCATIVE.match(text)) or (typed is not None and first_name(typed.group(1)))


ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,3}\b(?:/\S*)?|\+?\d[\d ()-]{4,}\d")
"""A web or e-mail address or a phone number: one thing pointed at, however many tokens it splits into."""


FIGURED_MIN_WORDS = 6
"""A short reply of at least this many words that gives a figure ('opiskelija-ale on 50 %, näytä kortti netissä',
'tiedote tulee sivulle 15 min sisään') and trails off with no full stop is typed as phones are: an answer, not a
brush-off; closed by a stop ('Soita arkisin 8–16.', 'Decision around 9, update then.') it is said flat."""


def _figured(text: str, toks: list[Token], addresses: list[tuple[int, int]]) -> bool:
    """Whether a short reply gives a figure (a price, a share, a time), not only a number to call, and ends unstopped."""
    figures = [t for t in toks if any(c.isdigit() for c in t.text) and not any(a <= t.start < b for a, b in addresses)]
    return bool(figures) and _length(toks, addresses) >= FIGURED_MIN_WORDS and not text.rstrip().endswith(".")


def _length(toks: list[Token], spans: list[tuple[int, int]]) -> int:
    """A reply's length in words, an address or a number (spans) one word ('Please fill in the
    form at kiitolinja.fi/palaute.' is seven words, not nine)."""
    inside = sum(any(a <= t.start < b for a, b in spans) for t in toks)
    return len(toks) - inside + len(spans)


REPORTED = re.compile(r"\b(?:sano|väitt|väit|kirjoit|said|say|claim|wrote|told)\w*,?\s+(?:että|that)\s+(?:\S+\s+){0,3}$|[\"“”„«»][^\"“”„«»]*$",
                      re.IGNORECASE)
"""What someone said, quoted or reported ('we never said that complaining is pointless'): not our words now."""


def _reason(text: str, toks: list[Token], at: int, lang: str) -> bool:
    """Whether the words at `at` give a reason ('koska tiedot eivät kuulu tänne', 'because your
    details don't belong here'): why the case moves, not a door shut."""
    start, _ = sentence_span(text, at)
    return bool(find([t for t in toks if start <= t.start < at], words("cause", lang), lang))


def _but_helps(text: str, toks: list[Token], at: int, lang: str) -> bool:
    """Whether a brush-off phrase is turned by a 'but' in its own sentence into what can be done
    ('lakolle emme voi mitään, mutta voit siirtää lennon maksutta kajava.fi/lakko-sivulla',
    "we can't do anything about the strike, but you can move your flight at kajava.fi/lakko"):
    the limit said before the help, not the door shut."""
    _, end = sentence_span(text, at)
    turn = BUT.search(text, at, end)
    return turn is not None and _helps(text[turn.end():end], [t for t in toks if turn.end() <= t.start < end], lang)


def _reported(text: str, at: int) -> bool:
    start, _ = sentence_span(text, at)
    return bool(REPORTED.search(text[start:at]))


def moves_without_reason(text: str, toks: list[Token], lang: str, redirecting: bool) -> tuple[int, int] | None:
    """The span that moves the case to another channel when no reason is given (None: fine)."""
    calls = {t.start for t in toks if t.lower in CALLING_BACK}
    moves = [(a, b) for a, b in find(toks, words("moves", lang), lang)
             if a not in calls and not _we_contact(text, toks, a, b) and not _not_moving(text, toks, a, lang)]
    if not moves and not redirecting:
        return None
    if any(not any(a < e and s < b for s, e in moves) for a, b in find(toks, words("reason", lang), lang)):
        return None  # a reason of its own, not the channel's name ('private message', 'secure chat')
    if moves:
        return moves[0]
    return (toks[0].start, toks[-1].end) if toks else (0, 0)


def _we_contact(text: str, toks: list[Token], at: int, end: int) -> bool:
    """Whether the channel is one we reach the customer by ('we'll send you a meal voucher by
    private message', "we'll DM you"): we contacting them moves nothing of theirs."""
    start, _ = sentence_span(text, at)
    before = [t.lower for t in toks if start <= t.start and t.end <= at]
    after = next((t.lower for t in toks if t.start >= end), "")
    return any(a in SENDING and b in TO_YOU for a, b in pairwise(before)) or after in TO_YOU


def _not_moving(text: str, toks: list[Token], at: int, lang: str) -> bool:
    """Whether the sentence naming a channel moves nothing of this case: it tells how a procedure
    is done ('report the damage in Oma Lumme or by phone', 'lähetä kuitit sähköpostilla'), what
    would have been better ('a DM would have been quicker', 'ensi kerralla yksityisviestillä'),
    where to call in an emergency (112), or, in Finnish, asks nothing of the reader
    ('Messenger-viestit käsitellään saapumisjärjestyksessä', 'saimme sähköpostinne'). Without
    Voikko a Finnish sentence's verbs are not read, and the channel counts as a move."""
    start, end = sentence_span(text, at)
    sentence = [t for t in toks if start <= t.start < end]
    if EMERGENCY.search(text, start, end) or any(find(sentence, words(kind, lang), lang) for kind in ("procedure", "hindsight")):
        return True
    return lang == "fi" and any(readings(t) for t in sentence) and not any(asks_of_you(t) for t in sentence)


def sitrep_missing(toks: list[Token], lang: str) -> bool:
    """An escalation note is a situation report when it says enough of: how big it is, what
    has been done, what is needed (two of the three, in at least eight words). A word counts for
    one part only: 'comment' is not both the comments' number and the comment asked for. Who
    is asking (a journalist, the press) is what happened, not how big it is."""
    said: list[tuple[int, int]] = []
    parts = 0
    for kind in ("size", "done", "needed"):
        spans = [span for span in find(toks, words(kind, lang), lang) if span not in said]
        parts += bool(spans)
        said += spans
    parts += any(t.text.isdigit() for t in toks) and not find(toks, words("size", lang), lang)
    return len(toks) < 8 or parts < 2
