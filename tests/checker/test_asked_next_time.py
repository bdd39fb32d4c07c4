"""Blame as a request for next time that governs the customer's act as an infinitive ('Jatkossa
pyydämme ottamaan yhteyttä vuoropäällikköön eikä kuvaamaan henkilökuntaa', 'Pyydämme jatkossa
lähettämään tilitiedot vain yksityisviestillä': fault._asks_customer). Each with a request of the
same shape that must not blame: one that asks our own staff, one that only moves the case now.
Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(scenario: str, inject: str, text: str) -> bool:
    return review(scenario, inject, text, "fi").has("blame")


@voikko
@pytest.mark.parametrize(("scenario", "inject", "fires", "quiet"), [
    ("viral-video", "video-post", "Jatkossa pyydämme ottamaan yhteyttä vuoropäällikköön paikan päällä eikä kuvaamaan henkilökuntaa.",
     "Jatkossa pyydämme vuoropäälliköitä ottamaan palautteen vastaan heti paikan päällä. Anteeksi, Janne."),
    ("bank-outage", "iban-salary", "Pyydämme jatkossa lähettämään tilitiedot vain yksityisviestillä.",
     "Pyydämme lähettämään tilitiedot yksityisviestillä, niin tarkistamme palkan tilanteen heti."),
    ("fast-good-answer", "bag-tweet", "Ensi kerralla pyydämme ilmoittamaan kadonneesta laukusta suoraan kuljettajalle.",
     "Jatkossa pyydämme kuljettajia tarkistamaan ruuman jokaisella pysäkillä. Pahoittelut, Sanni!"),
])
def test_a_request_for_next_time_of_the_customers_act_blames(scenario, inject, fires, quiet):
    assert blames(scenario, inject, fires)
    assert not blames(scenario, inject, quiet)
