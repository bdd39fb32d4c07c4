"""A note to comms relays when things happened on the run's clock: when someone called or wrote
(the reporter called at 10:12) is no wrong fact though no fact gives it; a time of something the
facts do time still is. Sentences written for these tests."""

from __future__ import annotations

import pytest
from checkerkit import review


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "Mari – a reporter from Koskilan Sanomat called at 10:12 about the deleted comment; the story goes online today."),
    ("fi", "Mari – Koskilan Sanomien toimittaja soitti klo 10.12 poistetusta kommentista, juttu julkaistaan tänään."),
])
def test_when_someone_called_is_the_runs_clock(lang, note):
    assert not review("deleted-comment", "journalist-call", note, lang, "escalate").has("wrong_fact")


def test_a_time_the_facts_give_otherwise_is_still_wrong():
    note = "Outi – a reporter emailed about tonight's outage, which started at 17:10; deadline 21:30."
    assert review("empty-promise", "journalist", note, "en", "escalate").has("wrong_fact")
