"""A health detail in a sentence that tells what was decided or done in the case ('fysioterapia
hylättiin, koska todistuksessa on vanha rannevamma', 'our handler misread the old fracture'), in
sentences written for these tests (not taken from the corpus): a decision told in the past is one
person's case, so its health detail is theirs even where no 'you' or name stands beside it (a
reply to her husband, a word to everyone following). An injury is one in any form ('ranteen
vamma', 'vammasta'). And the near misses: the same words as a condition ('jos korvaus hylättiin'),
as a refusal to tell ('emme voi kertoa, miksi…'), as the general rule (present tense: 'ei korvata'), another past denied ('jota ei ole merkitty'), and
in a private message."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("personal-data-complaint", "relative", "fi", "Juha, todistuksessa mainitun vanhan rannevamman takia fysioterapia hylättiin.", "rannevamman"),
    ("personal-data-complaint", "relative", "fi", "juha, lääkärintodistukses oli merkintä vanhasta vammasta nii siks fysiot ei korvattu",
     "lääkärintodistukses"),
    ("personal-data-complaint", "relative", "en", "Juha, the physio was turned down because the certificate mentions an old wrist injury.",
     "wrist injury"),
    ("personal-data-complaint", "hanna-resolved", "en", "Glad it's sorted! Our handler misread the old fracture on the certificate.", "fracture"),
    pytest.param("personal-data-complaint", "hanna-resolved", "fi", "Käsittelijämme tulkitsi virheellisesti lääkärintodistuksen aiemman merkinnän.",
                 "lääkärintodistuksen", marks=voikko),
    pytest.param("personal-data-complaint", "hanna-resolved", "fi", "Käsittelijä sekoitti vanhan vamman ja uuden murtuman, pahoittelut!", "vamman",
                 marks=voikko),
    ("personal-data-complaint", "relative", "fi", "juha, fysioterapiaa ei oo korvattu kun todistukses on vanha rannevamma", "rannevamma"),
    ("personal-data-complaint", "claim-post", "en",
     "The physiotherapy costs were declined on the grounds of a previous injury recorded in the medical certificate.", "previous injury"),
    pytest.param("personal-data-complaint", "claimant-angry", "fi", "Hanna, korvaus evättiin, koska todistuksessa on merkintä aiemmasta rannevammasta.",
                 "rannevammasta", marks=voikko),
    pytest.param("personal-data-complaint", "hanna-resolved", "fi", "Hyviä uutisia: ranteen vamma luettiin alun perin väärin, ja fysioterapia korvataan!",
                 "vamma", marks=voikko),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
def test_the_case_told_with_its_health_detail(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "personal_data"))


QUIET = [
    ("personal-data-complaint", "appeal-question", "fi", "Jos korvaus hylättiin aiemman vamman takia, voit pyytää päätöksen tarkistamista.", "public"),
    ("personal-data-complaint", "relative", "fi", "Emme voi kertoa täällä, miksi fysioterapia hylättiin tai mitä lääkärintodistuksessa lukee.", "public"),
    ("personal-data-complaint", "relative", "en", "We can't discuss here why a claim was denied or what a medical certificate says.", "public"),
    ("personal-data-complaint", "club-share", "fi", "Tapaturmavakuutus korvaa pyöräilyssä sattuneiden vammojen hoitokulut.", "public"),
    # another past denied, of no decision: what the pack does not say
    ("single-admin", "allergy-blogger", "fi", "Erässä voi olla pähkinää, jota ei ole merkitty etikettiin, ja se on vaarallista allergikoille.",
     "public"),
    ("personal-data-complaint", "club-share", "fi", "Fysioterapiaa ei korvata ilman lähetettä, ja pyöräilyvammat korvataan normaalisti.", "public"),
    ("personal-data-complaint", "club-share", "en", "Cycling injuries are covered, and physiotherapy too with a doctor's referral.", "public"),
    ("personal-data-complaint", "relative", "en", "Juha, the physio was turned down because the certificate mentions an old wrist injury.", "private"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "route"), QUIET)
def test_no_case_told_here(scenario, inject, lang, text, route):
    assert not review(scenario, inject, text, lang, route).has("personal_data")
