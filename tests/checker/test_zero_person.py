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


@pytest.mark.parametrize(("fires", "quiet"), [
    ("If people read the notice first, there'd be fewer questions.", "If customers read this and have questions, we'd be glad to help."),
    ("If everyone checked the app before travelling, nobody would be waiting in the rain.", "If people have questions, they'd be welcome to DM us."),
    ("If folks looked at the timetable, they'd know.", "If folks looked at the timetable, they saw the 7.10 was late."),
])
def test_people_at_large_failing_to_look_blames(fires, quiet):
    """'if people read the announcement first there'd be less to complain about': what everyone fails to do,
    as the condition of an outcome, in the plain past or present too; an outcome of ours is an offer."""
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Jos ihmiset lukisivat tiedotteen ensin, turhia kysymyksiä olisi vähemmän.", "Jos asiakkaat haluaisivat lisätietoja, autamme mielellämme."),
    ("Jos porukka vaan lukis ohjeet, ei tarvis kysellä.", "Jos kaikki lukisivat tämän ja kertoisivat eteenpäin, olisimme kiitollisia."),
    ("Jos kaikki katsoisivat sovelluksesta, kukaan ei seisoisi sateessa.", "Jos kuljettaja katsoisi sovelluksesta, hän näkisi reitin."),
])
def test_finnish_people_at_large_failing_to_look_blames(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
