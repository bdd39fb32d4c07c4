"""Blame as the customer's omission said without naming them: Finnish 'jos' with the zero
person's conditional perfect of a verb of diligence ('jos olisi katsonut', 'jos olisi edes
seurannut tiedotteita': the generic 'you'), and English 'had you' with any past participle
('Had you kept valuables in your hand luggage, …'). Each with a reply of the same shape that must
not blame: a subject of ours or of our staff, what they underwent, a verb that is no diligence.
Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str) -> bool:
    return review("fast-good-answer", "late-coach", text, lang).has("blame")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Aikataulumuutokset olisi nähnyt sovelluksesta, jos olisi katsonut.",
     "Jos kuljettaja olisi katsonut peiliin, hän olisi nähnyt sinut pysäkillä – anteeksi."),
    ("Jos olisi seurannut tiedotteita, olisi tiennyt viivästyksestä.",
     "Jos olisimme seuranneet tiedotteita tarkemmin, olisimme kertoneet viivästyksestä ajoissa."),
    ("Jos olisi edes vilkaissut sovellusta, viivästys olisi selvinnyt.",
     "Jos olisi ollut tiedossa, että tietyö hidastaa näin paljon, olisimme kertoneet sen aamulla."),
])
def test_finnish_zero_person_omission_blames_a_subject_of_ours_or_theirs_does_not(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Had you kept the ticket in your hand luggage, this wouldn't be an issue.",
     "Had we kept the screens up to date, this wouldn't have happened. Sorry!"),
    ("Had you left ten minutes earlier, you'd have made the connection.",
     "Had you been told about the roadworks in time, the wait would have been easier, and that's on us."),
])
def test_english_had_you_with_an_irregular_participle_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")
