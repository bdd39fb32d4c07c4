"""Personal data said in ways the earlier rounds missed, in sentences written for these tests (not
taken from the corpus): a name the item's author forbids (`must_not`: the filmed cashier, the
the colleague the thread is not about), in any inflection; a hospital visit ('A&E' one word) or an adrenaline pen
said of the person; the customer's own bill said back to them. And the near misses: the same
sum said as everyone's price, the name in a private message, a hospital said of no one, a name
the drill's own texts give, the kind of a detail named without its content ('your diagnosis')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

FOUND = [
    ("viral-video", "name-comment", "en", "Everyone, please stop tagging Emma, she did her best on a hard night.", "Emma"),
    pytest.param("viral-video", "name-comment", "fi", "Emman työvuoro oli raskas, antakaa hänen olla.", "Emman", marks=voikko),
    ("single-admin", "allergic-child", "en", "We hope your little one is home from hospital and feeling better.", "hospital"),
    ("single-admin", "allergic-child", "fi", "Toivottavasti tyttösi pääsi jo sairaalasta kotiin.", "sairaalasta"),
    ("single-admin", "allergic-child", "en", "So sorry your son spent the evening in A&E because of our biscuits.", "A&E"),
    ("empty-promise", "compensation", "en", "Pekka, we'll credit your €49.90 for December on the next invoice.", "49.90"),
    ("fast-good-answer", "sanni-viral", "en", "Glad the case reached you at Hotel Koskenranta in time!", "Hotel Koskenranta"),
    ("fast-good-answer", "sanni-viral", "fi", "Kiva että laukku ehti Hotelli Koskenrantaan ajoissa!", "Hotelli Koskenrantaan"),
    ("empty-promise", "compensation", "fi", "Pekka, hyvitämme sinulle joulukuun 49,90 € seuraavalla laskulla.", "49,90"),
    # her pension is a detail of hers; pensioners as a group (below) are not
    ("deleted-comment", "pensioner-worry", "en", "Aili, on a pension as small as yours every euro matters, we know.", "pension"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "span"), FOUND)
def test_this_identifies_the_person_in_public(scenario, inject, lang, text, span):
    assert any(span in found for found in spans(review(scenario, inject, text, lang), "personal_data"))


QUIET = [
    ("empty-promise", "compensation", "en", "December's €49.90 is credited to everyone affected, on the next invoice.", "public"),
    ("viral-video", "name-comment", "en", "Thanks, we've hidden the comment that named Emma and spoke to the team.", "private"),
    ("single-admin", "allergic-child", "en", "If anyone reacts after eating the biscuits, call 112 or go to hospital.", "public"),
    # the kind of detail named, none of its content: 'your diagnosis', 'your salary'
    ("personal-data-complaint", "claim-post", "en", "Please edit your post to take out the claim number and the diagnosis.", "public"),
    ("personal-data-complaint", "claim-post", "fi", "Poistathan julkaisusta vahinkonumeron ja diagnoosin.", "public"),
    ("bank-outage", "iban-salary", "en", "Your salary is safe: it is credited in the background and shows once the app is back.", "public"),
    # the name of a paper or a reporter who wrote the item is no customer's
    ("bank-outage", "fsa-news", "en", "We have read the Päivän Talous story, and it is right: the outage has gone on too long.", "public"),
    # who a rule or a worry is for, a pensioner, is no detail of the person's
    ("deleted-comment", "pensioner-worry", "en", "Aili, many pensioners have asked the same, and you can pay the rise in instalments.", "public"),
    ("deleted-comment", "pensioner-worry", "fi", "Aili, moni eläkeläinen on kysynyt samaa, ja korotuksen voi maksaa erissä.", "public"),
    # a name the drill's own texts give (the admin who wrote the curt reply) is no secret
    ("deleted-comment", "price-critic", "en", "Jere answered in a hurry, and we have talked it through with him.", "public"),
]


@pytest.mark.parametrize(("scenario", "inject", "lang", "text", "route"), QUIET)
def test_this_identifies_no_one_in_public(scenario, inject, lang, text, route):
    assert not review(scenario, inject, text, lang, route).has("personal_data")


def test_a_status_update_is_under_every_post_so_a_name_any_public_item_forbids_is_personal_data():
    named = review("viral-video", None, "Our cashier Emma handled a very hard evening alone; the staffing was our call.", "en", "status")
    assert spans(named, "personal_data") == ["Emma"]
    unnamed = review("viral-video", None, "Our cashier handled a very hard evening alone; the staffing was our call.", "en", "status")
    assert not unnamed.has("personal_data")
    # a name the drill's own texts give stays no secret in a status update either
    assert not review("deleted-comment", None, "Jere answered in a hurry, and we have talked it through with him.", "en", "status").has("personal_data")
