"""Blame implied, with no word of fault: the commenter told to stop spreading or believing a
falsehood, their posts named as what only causes fear (drill/checker/reproof.py,
accuse.GERUND_JUDGED). Each family with replies of the same shape that must not blame: ours,
a sympathy, neutral advice, a welcome spreading. Sentences written for these tests, not taken
from the corpus."""

from __future__ import annotations

import pytest
from checkerkit import review, voikko


def blames(text: str, lang: str, route: str = "public") -> bool:
    return review("fast-good-answer", "cold-coach", text, lang, route).has("blame")


@pytest.mark.parametrize(("fires", "quiet"), [
    ("Don't believe rumours from the bus station, the coach runs as usual.", "We won't believe gossip either; the heater was checked this morning."),
    ("Please stop spreading things that aren't true about our drivers.", "A rumour that isn't true is going round, so here are the facts."),
    ("Don't share photos out of context, please.", "Thanks for sharing the photo, it helps us find the coach."),
    ("Forwarding that old notice only spreads confusion.", "Sharing the timetable helps other passengers, thanks."),
    ("Rumours like these only cause needless worry.", "Worry like yours is understandable, and the coach is on its way."),
])
def test_the_commenter_told_not_to_spread_or_believe_a_falsehood_blames(fires, quiet):
    assert blames(fires, "en")
    assert not blames(quiet, "en")


@voikko
@pytest.mark.parametrize(("fires", "quiet"), [
    ("Turha levitellä perättömiä juttuja, bussi lähtee normaalisti.", "Kiitos, että jaoit aikataulun, se auttaa muita matkustajia."),
    ("Tuollaiset kuulopuheet vain lisäävät turhaa pelkoa.", "Tällaiset viivästykset aiheuttavat pelkoa, ymmärrämme sen hyvin."),
    ("Tällaiset huhut ruokkivat vaan paniikkia, bussi on jo matkalla.", "Huhuja on liikkeellä, mutta tällaiset jutut tarkistamme aina itse."),
])
def test_a_finnish_order_not_to_spread_and_such_posts_only_causing_fear_blame(fires, quiet):
    assert blames(fires, "fi")
    assert not blames(quiet, "fi")
