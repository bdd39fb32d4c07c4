"""Defensive as the organisation clearing itself: denying what it is accused of, framing the
reply as a correction of the customer, or placing the cause anywhere but with itself.

The lexicon lists the stock phrases ('we did nothing wrong', 'ei meidän vika'); these rules read
the shapes such phrases share, so new wordings meet them:
- a denial with us, or no one of ours, as the subject of an act someone accuses us of ('we never
  asked anyone to remove anything', 'nobody here gave you a time', 'emme ole luvanneet');
- a reply framed as setting the customer straight ('to be fair', 'for the record', 'just to
  correct you');
- the cause placed elsewhere with ours denied ('down to our partner, not anything we did', 'se
  johtuu huhuista eikä meistä', "that's not on us", "the union's decision, not ours");
- the organisation ranked above the rest ('among the fairest on the market', 'alan kärkeä');
- what we did made small ('we only did what she asked', 'kollega tarkoitti vain');
- what went wrong laid at the customer's own hands ('he posted it himself', 'laittoi itse');
- our record said to be spotless ('correct all along', "we haven't been quiet at all");
- the critic's account discredited: it shows only part of what happened ('the clip doesn't show
  the whole story', 'there's more to this', 'videolta puuttuu alku', 'ei kerro koko totuutta'),
  or it is called misleading, one-sided or exaggerated ('the article is misleading');
- what we removed said to have broken our rules ('removed because it broke our rules');
- removal denied in the passive or as our way ('nothing has been deleted', "we don't delete
  complaints", 'mitään ei ole sensuroitu', 'there was no such reply');
- our own words defended: the promise said to stand, or read as narrower than it was said ('the
  promise absolutely stands', 'lupaus pitää', 'the 24/7 refers to our phone line', 'only an
  estimate, not a promise', 'part of our marketing').
Not the critic gainsaid ('ei pidä paikkaansa', "that's not true"): in the tuning replies that
opens a correction with the facts far more often than an argument.
"""

from __future__ import annotations

import re

ACCUSED = r"(?:said|say|promised?|asked|ask|removed?|deleted?|hidden|hid|ignored?|lied|blamed?|claimed?|stated|gave|given|told|censor\w*|silenc\w*|refused)"
DENIAL = re.compile(
    rf"\b(?:we|our staff)\s+(?:(?:have|has|had|did|do|does|were|are)\s*(?:n't|\s+not)\s+|never\s+|(?:have|has|had)\s+never\s+)"
    rf"(?:ever\s+|once\s+)?{ACCUSED}\b"
    rf"|\b(?:nobody|no one|none of us)\s+(?:\w+\s+){{0,3}}?(?:(?:has|had|have|did|ever)\s+)?(?:ever\s+)?{ACCUSED}\b"
    r"|\b(?:emme|me ei|ei me|kukaan ei|kukaan meistä ei|kukaan täällä ei)\s+(?:\w+\s+){0,2}?"
    r"(?:luvann|luvattu|lupasi|sanon|sanott|sanoi|poistan|poistett|poisti|pyytän|pyysi|piilottan|piilotett|piilotti|vaienn|vaiettu|väittän|väitti|antan|antoi|kieltän|sensuroin|sensuroit|ignoroin|ignoroit)\w*",
    re.IGNORECASE)
"""We, or no one of ours, did not do what we are accused of: a denial of an act ('we never said',
'nobody here gave you a time', 'emme ole poistaneet', 'kukaan ei luvannut'); not a denial of a
service ('we haven't fixed it yet', 'emme vielä tiedä')."""
SETTING_STRAIGHT = re.compile(r"\b(?:to be fair|for the record|just to correct you|to correct you|let's be clear|let me be clear|"
                              r"oikaistakseni|oikaisuna|selvyyden vuoksi todettakoon|reilusti sanottuna)\b", re.IGNORECASE)
"""A reply framed as putting the customer right."""
NOT_US = re.compile(r",\s*(?:and\s+)?not (?:ours|us|customer service|our staff|our team)\b|,\s*(?:eikä|ei)\s+asiakaspalvelu\w*"
                    r"|\b(?:is|are|was|were)(?:n't|\s+not)\s+(?:\w+\s+)?our\s+(?:fault|doing|responsibility|mistake)\b"
                    r"|\b(?:ei|eivät|eikä)\s+(?:ole\s+|oo\s+)?(?:\w+\s+)?meidän\s+vastuulla\w*"
                    r"|\b(?:came|comes|come)\s+from\b[^.!?]{0,60}?\bnot\s+from\s+us\b"
                    r"|\b(?:not (?:on|down to|caused by|by) us|not anything we did|nothing we did|not our doing"
                    r"|(?:hardly|not really|not|never|no way|in no way)\s+(?:\w+\s+)?our\s+(?:fault|doing|responsibility|mistake)"
                    r"|(?:eikä|ei) (?:meistä|meidän takia|meidän takiamme|meidän syytämme)"
                    r"|,\s*(?:eikä|ei)\s+(?:pankin|yhtiön|meidän|firman)\s+(?:omi\w+\s+)?\w+|\bomissa\s+järjestelmissä\s+ei\s+ole"
                    r"|(?:vika|virhe|syy)\s+ei\s+ole\s+meidän|ei\s+(?:tää|tämä|se|tuo)\s+(?:ole\s+)?meidän\s+(?:vika|virhe|syy)"
                    r"|(?:don't|do not|can't|cannot)\s+blame\s+us|\bälk?ää\w*\s+syyt\w*\s+meitä)\b", re.IGNORECASE)
"""The cause placed elsewhere and ours denied ('down to the data centre, not anything we did',
'set by the board, not by us', 'the time came from IT, not from us' (not 'hear it from the handler,
not from us': who tells her), 'the board sets prices, not customer service', "that's hardly our fault", "hotels booked separately aren't our responsibility",
'vika ei ole meidän', 'ei oo meidän vastuulla', "don't blame us"); not 'our problem', which the
labels read as a brush-off."""
PUT_OUT_FI = (r"(?:laittoi|laittoivat|laittanut|laittanu|laittaneet|julkaisi|julkaisivat|julkaissut|julkaissu|julkaisseet"
              r"|kirjoitti|kirjoittivat|kirjoittanut|kirjoittanu|kirjoittaneet|jakoi|jakoivat|jakanut|jakanu|jakaneet"
              r"|postasi|postasivat|postannut|postannu|postanneet)")
"""Putting a detail out in Finnish, told of a third person (past, perfect or pluperfect, written or
spoken): not 'kirjoitin', 'julkaisimme', what we did, nor 'laitoit itse', which says it to the
customer's face (blame, fault.py)."""
THEIR_OWN_DOING = re.compile(
    r"\b(?:posted|shared|published|put|wrote)\b[^.!?]{0,100}?\b(?:himself|herself|themselves|themself)\b"
    rf"|\b{PUT_OUT_FI}\b[^.!?]{{0,60}}?\b(?:itse|ite)\b"
    rf"|(?<!\bolen )(?<!\bolemme )(?<!\boon )\b(?:itse|ite)\s+(?:\w+\s+){{0,2}}?{PUT_OUT_FI}\b"
    r"|\balready\s+(?:\w+\s+){0,2}?in\s+(?:her|his|their|\w+'s)\s+own\s+(?:comment|post|tweet|message|update)s?\b"
    r"|\bin\s+(?:her|his|their|\w+'s)\s+own\s+(?:comment|post|tweet|message|update)s?\s+(?:before we|to begin with|in the first place)\b"
    r"|\bjo\s+(?:\w+\s+){0,2}?(?:asiakkaan|hänen|\w+n)\s+omassa\s+(?:kommenti|julkaisu|viesti|päivitykse|postaukse)\w*",
    re.IGNORECASE)
"""What went wrong laid at the customer's own hands ('he posted the card number himself', 'asiakas
laittoi itse asiakasnumeronsa tänne', 'on ite laittanu ne julki', 'oli itse jakanut'), or the
detail said to have been in their own post already ('was already in her own comment', 'oli jo
asiakkaan omassa kommentissa'): said to clear us, whatever else follows. Not what we wrote ourselves
('olen itse kirjoittanut'), nor advice to edit their own post."""
OUR_RECORD = re.compile(
    r"\b(?:has|have)\s+(?:always\s+)?been\s+(?:correct|accurate|right|up to date|adequate|sufficient|fine)\s+(?:all along|the whole time|throughout)\b"
    r"|\b(?:has|have)\s+always\s+been\s+(?:correct|accurate|adequate|sufficient|enough|fine)\b"
    r"|\bwe\s+(?:have(?:n't|\s+not)|haven't)\s+been\s+(?:quiet|silent|hiding)\b(?:\s+at\s+all)?"
    r"|\bon\s+ollut\s+(?:koko\s+ajan|aina)\s+(?:oikein|ajan\s+tasalla|riittävä\w*|kunnossa)\b"
    r"|\b(?:decision|\w*päätös|\w*ratkaisu)\s+(?:\w+\s+){0,2}?(?:is|was|has been|on|oli)\s+(?:tehty\s+|made\s+)?(?:fully\s+|täysin\s+)?"
    r"(?:in line with|in accordance with|according to|correct|ehtojen|ehtojemme|lain|sääntöjen)\b(?!\s+(?:and|ja)\s+(?:we|me)\b)"
    r"|\b(?:was|were)\s+(?:assessed|handled|processed)\s+(?:properly|correctly|by the book)\b"
    r"|\bnormaal\w*\s+(?:\w+\s+)?miehit\w*|\bnormal(?:ly)?\s+staff(?:ed|ing)\b|\b(?:on\s+)?aina\s+miehitetty\b|\bmiehitetään\s+aina\b|\b(?:always|has always been)\s+(?:\w+\s+)?staffed\b|\bplanned\s+staffing\b"
    r"|\bmiehity\w*\s+(?:\w+\s+){0,3}?suunnitelman\s+mukai\w*"
    r"|\bno\s+rules\s+(?:were|have\s+been|had\s+been)\s+broken\b|\b(?:mitään\s+)?sääntöjä\s+ei\s+(?:ole\s+|oo\s+)?rikottu\b",
    re.IGNORECASE)
"""Our record said to be spotless in answer to a complaint ('our page has been correct all along',
'staffing has always been adequate', "we haven't been quiet at all", 'miehitys on ollut aina riittävä'),
the decision complained of said to be right ('päätös on ehtojen mukainen', 'the claim was assessed
properly'), the staffing said to be as planned ('ravintolamme on aina miehitetty suunnitelman mukaan',
'always fully staffed', 'miehitys oli suunnitelman mukainen'), no rules said to be broken ('so no rules
were broken here', 'sääntöjä ei rikottu')."""

PART_OF_IT = re.compile(
    r"\b(?:doesn't|does not|don't|do not|didn't|won't|can't|cannot|never)\s+(?:show|tell|give|capture|reflect)\s+(?:you\s+)?(?:the\s+)?"
    r"(?:whole|full|entire|complete)\s+(?:story|truth|picture|situation|context)"
    r"|\b(?:only|just)\s+(?:shows?|tells?|captures?|gives?)\s+(?:you\s+)?(?:a\s+|one\s+)?(?:part|half|side|fraction|the end|the last)\b"
    r"|\bmore to (?:this|the|it than)\b|\b(?:hear|hearing|get|getting)\s+(?:both|two)\s+sides\b|\bget the full (?:facts|story|picture)\b"
    r"|\b(?:leaves?|left)\s+(?:that|this)\s+out\b"
    r"|\b(?:ei|eivät)\s+(?:\w+\s+)?(?:kerro|näytä|näy|anna)\s+(?:\w+\s+)?koko\s+(?:totuu|kuva|tarin|tilante)\w*"
    r"|\bkoko\s+totuus\s+ei\s+(?:näy|selviä)\b|\b(?:puuttuu|puuttui)\s+(?:\w+\s+)?(?:alku|loppu|tausta)\b|\balkaa\s+vasta\s+(?:siitä|kun)\b"
    r"|\bwhat\s+(?:the\s+)?(?:video|clip|footage|post|story|article|screenshot|photo)s?\s+(?:doesn't|does not|didn't|don't|won't)\s+(?:show|tell)\b"
    r"|\b(?:telling|told|tell|tells|show|shows|showing|explain\w*)\s+(?:\w+\s+){0,2}?what\s+(?:really|actually)\s+happened\b"
    r"|\bwhat\s+(?:really|actually)\s+happened\s+(?:is|was)\b|\b(?:look at|see|consider)\s+the\s+(?:whole|full|bigger)\s+picture\b"
    r"|\b(?:gives?|paints?)\s+(?:a|the)\s+(?:wrong|false|misleading)\s+(?:impression|picture)\b"
    r"|\b(?:kert|kerro)\w*[\s,]+(?:\w+\s+){0,2}?(?:mitä|miten)\s+oikeasti\s+(?:tapahtui|meni|kävi)\b"
    r"|\b(?:näyttää|näyttävät|kertoo|kertovat|näkyy)\s+(?:vain|vaan|ainoastaan)\s+(?:puolet|osan|palan|lopun)\b"
    r"|\b(?:antaa|antavat|saa)\s+(?:\w+\s+){0,2}?väärän\s+kuvan\b",
    re.IGNORECASE)
"""The critic's evidence said to show only part of what happened ("a 34-second clip doesn't show
the whole situation", 'there's more to this story', 'videolta puuttuu alku', 'video ei kerro
koko totuutta', 'what the video doesn't show', 'video näyttää vain puolet', 'kuvakaappauksista saa
väärän kuvan'), or someone thanked for telling what really happened ('thanks for telling people what
really happened', 'hyvä että joku kertoo, miten oikeasti meni'; not 'we're finding out what really
happened', 'selvitämme, mitä oikeasti tapahtui'): our side argued instead of the complaint answered."""
THEIR_STORY = re.compile(
    r"\b(?:story|article|video|clip|headline|post|claims?|report|piece|footage)\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:misleading|one-sided|exaggerated)\b"
    r"|\bmisleading\s+(?:story|article|video|clip|headline|post|claims?|report|piece|footage)\b"
    r"|\b(?:video|clip|footage|post|story|article)\s+exaggerates\b"
    r"|\b(?:juttu|artikkeli|video|uutinen|otsikko|väite|väitteet|kirjoitus|julkaisu)\s+(?:on|oli|ovat)\s+(?:\w+\s+)?(?:harhaanjohtav|yksipuolin|liioitel)\w*"
    r"|\b(?:broke|break|breaks|breaking|violated|violate|violates|violating|in breach of)\s+(?:our|the)\s+(?:\w+\s+)?(?:rules|guidelines|house rules)\b"
    r"|(?<!\bei )(?<!\beikä )(?<!\beivät )\brikko\w*\s+(?:\w+\s+)?\w*(?:sääntöj|sääntö|ohjei)\w*|\b\w*(?:sääntöj|ohjeit)\w*\s+rikko\w*",
    re.IGNORECASE)
"""The critic's account called misleading, one-sided or exaggerated ('the article is misleading',
'juttu on yksipuolinen'), or what we removed said to have broken our rules, in any tense ('it broke our
discussion rules', 'we only remove comments that break our rules', 'sääntöjä rikkovat kommentit
lähtee'; not 'ei rikkonut sääntöjä', nor 'any rules'): the organisation cleared by discrediting the other side."""

NOTHING_REMOVED = re.compile(
    r"\b(?:nothing|no comments?|no posts?|no replies)\s+(?:\w+\s+)?(?:has|have|had|was|were)\s+(?:ever\s+)?(?:been\s+)?(?:deleted|removed|hidden|censored|taken down)\b"
    r"|\bwe\s+(?:don't|do not|never)\s+(?:delete|remove|hide|censor)\s+(?:anything|complaints|criticism|critical\s+\w+)\b"
    r"|\bthere (?:was|is|were) no such (?:reply|comment|post|message)\b"
    r"|\b(?:mitään|yhtään\s+\w+)\s+ei\s+(?:ole\s+)?(?:poistettu|piilotettu|sensuroitu)\b"
    r"|\bei\s+(?:\w+\s+)?(?:ole\s+|oo\s+)?(?:poistettu|piilotettu|sensuroitu)\s+(?:\w+\s+)?(?:mitään|yhtään)\b"
    r"|\bemme\s+(?:poista|piilota|sensuroi)\s+(?:\w+\s+)?(?:mitään|kritiikkiä|palautetta|kommentteja)\b"
    r"|\b(?:ei|mitään ei)\s+(?:ole\s+)?(?:vaiettu|salattu|pimitetty|salailtu)\b|\b(?:emme|me ei)\s+(?:ole\s+)?(?:pimittäneet|salanneet|salailleet)\b",
    re.IGNORECASE)
"""Removal denied in the passive or as our way, in answer to being accused of it ('nothing has been
deleted from this page', "we don't delete complaints", 'mitään ei ole sensuroitu', 'täältä ei oo
poistettu mitään')."""
OUR_WORDS_STAND = re.compile(
    r"\b(?:promise|pledge)\s+(?:\w+\s+)?(?:absolutely|still|fully)\s+(?:stands|holds)\b|\blupaus\s+(?:\w+\s+)?pitää\b"
    r"|\b(?:promise|24/7|slogan|message|text)\s+(?:\w+\s+)?(?:refers to|applies to|applies under|only means)\b"
    r"|\b(?:24/7|lupaus|lupauksemme|teksti|mainos)\s+(?:\w+\s+)?tarkoittaa\b"
    r"|\b(?:only|just|merely)\s+an?\s+estimate\b|\b(?:oli|on)\s+vain\s+arvio\b|\barvio\s+oli\s+arvio\b|\b(?:eikä|ei)\s+mikään\s+lupaus\b"
    r"|\bpart of our marketing\b",
    re.IGNORECASE)
"""Our own words defended: the promise said to stand ('our promise absolutely stands', 'lupaus
pitää kyllä'), or read as narrower than it was said ('the 24/7 refers to our fault form', 'the
time was only an estimate', 'part of our marketing')."""


BOAST = re.compile(
    r"\b(?:vast|overwhelming)\s+majority\s+of\s+(?:\w+\s+)?(?:claims|cases|customers|passengers|complaints)\b"
    r"|\b(?:among|one of)\s+the\s+(?:\w+est|best|most\s+\w+)\b(?:\s+\w+){0,3}?\s+(?:in the (?:industry|country|sector|business|market|field)|on the market)\b"
    r"|\b(?:industry|market)-leading\b"
    r"|\b(?:alan|maan|markkinoiden)\s+(?:\w+\s+)?(?:\w+(?:impia|impien|immat|immista|impiin|immasta|impi|in)|parhai\w*|paras|kärkeä|kärjessä|huippua)\b",
    re.IGNORECASE)
"""The organisation ranked above the rest ('our terms are among the fairest on the market', 'hinnat
ovat maan edullisimpia', 'palkat ovat alan kärkeä', 'we pay the vast majority of claims'): praise
of itself in place of an answer."""
OURS_ONLY = re.compile(
    r"\bwe\s+(?:only|just|simply)\s+(?:did what|answered|replied|responded|reacted)\b"
    r"|\b(?:colleague|he|she|they|staff|employee|driver|cashier)\s+(?:only|just|simply)\s+meant\b|\btarkoitti\s+vain\b|\bvain\s+tarkoitti\b",
    re.IGNORECASE)
"""What we or ours did made small ('we only did what she asked', 'kollega tarkoitti vain, että…')."""


POLICY = re.compile(r"\b(?:do|does|never)(?:n't|\s+not)?\s+(?:ever\s+)?(?:say|promise|ask|remove|delete|hide|ignore|blame|claim|give|tell|censor|silence|refuse)$",
                    re.IGNORECASE)
"""'We never ask for card details here', "we don't delete criticism": how we work, in the present,
not a denial of what we are accused of having done."""


def justifies(text: str, colleague: bool = False) -> list[tuple[int, int]]:
    """Spans where the reply clears the organisation (the rules above). To a colleague, who posted
    what ('Hanna laittoi tiedot sinne itse') is a fact the decision rests on, not a plea."""
    return [m.span() for rule in (DENIAL, SETTING_STRAIGHT, NOT_US, THEIR_OWN_DOING, OUR_RECORD, PART_OF_IT, THEIR_STORY, NOTHING_REMOVED,
                                  OUR_WORDS_STAND, BOAST, OURS_ONLY)
            if not (colleague and rule is THEIR_OWN_DOING)
            for m in rule.finditer(text)
            if not (rule is DENIAL and POLICY.search(m.group()))]
