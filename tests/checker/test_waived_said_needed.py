"""The waived receipt said needed for a refund in the many ways people write it (waived.py):
bringing or showing it, having it with you, the Finnish adessive and compounds ('kuitilla',
'ostokuitin'), officialese ('on presentation of'), spoken Finnish ('tarttee olla mukana').
Sentences written for these tests, not taken from the corpus. Not: the receipt waived too, a
condition, a question, 'with or without'; nor 'with' and the adessive where no refund is spoken
of (the drills' texts are 'without' states too: 'ilman sijaisia')."""

from __future__ import annotations

import pytest
from checkerkit import review, spans, voikko

SAID_NEEDED = [
    ("en", "Pirjo, pop the pack back to the shop along with your receipt and they'll sort the refund."),
    ("en", "Refunds are made on presentation of the original receipt."),
    ("en", "bring receipt + pack to the shop, money back"),
    ("en", "Just show your receipt at the till and you'll get your money back! 😊"),
    ("en", "Please note the receipt must be shown at the checkout for a refund."),
    ("en", "Hand in the receipt at the service desk and they will refund you."),
    pytest.param("fi", "Pirjo, vie paketti kauppaan ja ota ostokuitti mukaan, niin saat rahat takaisin.", marks=voikko),
    pytest.param("fi", "Kuitti tarttee olla mukana kaupassa, muuten rahoja ei saa takas", marks=voikko),
    pytest.param("fi", "Rahat palautetaan myymälässä kuitin kanssa.", marks=voikko),
    pytest.param("fi", "Kuitilla saat rahat takaisin mistä tahansa kaupasta.", marks=voikko),
    pytest.param("fi", "Muistakaa näyttää kuitti kassalla, niin saatte rahat takaisin!", marks=voikko),
    pytest.param("fi", "Palautus edellyttää ostokuitin esittämistä myymälässä.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), SAID_NEEDED)
def test_the_waived_receipt_said_needed_is_a_wrong_fact(lang, text):
    assert spans(review("single-admin", "worried-grandma", text, lang), "wrong_fact")


NOT_NEEDED = [
    ("en", "Pirjo, bring just the pack back to the shop, the receipt isn't needed."),
    ("en", "Return it with or without a receipt, the shop refunds it either way."),
    ("en", "If you still have the receipt, feel free to bring it along."),
    ("en", "Kept the receipt? Doesn't matter, the shop refunds the pack anyway."),
    ("en", "Take the pack back to the shop and they'll refund it, no questions asked."),
    pytest.param("fi", "Vie paketti kauppaan, kuittia ei tarvita.", marks=voikko),
    pytest.param("fi", "Kuitin kanssa tai ilman, rahat saa takaisin.", marks=voikko),
    pytest.param("fi", "Palauta paketti kauppaan, älä murehdi kuitista.", marks=voikko),
    pytest.param("fi", "Jos kuitti on tallessa, voit ottaa sen mukaan.", marks=voikko),
    pytest.param("fi", "Kuitti ei oo pakollinen, pelkkä paketti riittää", marks=voikko),
    ("en", "Thanks Sari, log in with the password Paula gave and post the notice."),
    pytest.param("fi", "Kirjaudu sisään Paulan salasanalla ja julkaise tiedote.", marks=voikko),
]


@pytest.mark.parametrize(("lang", "text"), NOT_NEEDED)
def test_the_receipt_waived_asked_or_conditional_is_no_wrong_fact(lang, text):
    assert not spans(review("single-admin", "worried-grandma", text, lang), "wrong_fact")
