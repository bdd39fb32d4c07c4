"""A note to comms relays when things happened on the run's clock: when someone called or wrote
(the reporter called at 10:12), when we posted or hid something, and the time heading a note are no wrong fact though no fact gives them; a time of something the
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


@pytest.mark.parametrize(("drill", "inject", "lang", "text", "route"), [
    ("empty-promise", "journalist", "en", "Outi – red phone, 19:25\n- core router down since 18:40, no ETA yet\n- need: a line for the reporter", "escalate"),
    ("deleted-comment", "journalist-call", "fi", "Mari / punainen puhelin 10.05\n- toimittaja soitti poistetusta kommentista\n- tarvitaan: lausunto", "escalate"),
    ("strike-threat", None, "fi", "TIEDOTE klo 6.05\n- tämän päivän lennot lentävät normaalisti\n- lisätietoa sivullamme", "status"),
])
def test_a_time_that_ends_a_notes_first_line_is_its_heading(drill, inject, lang, text, route):
    assert not review(drill, inject, text, lang, route).has("wrong_fact")


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "Jussi – status posted 07:05, wall calmer; a reporter called about the outage that began at 06:12."),
    ("fi", "Jussi – tilannepäivitys julkaistu 7.05, tilinumerokommentti piilotettu 7.12; toimittaja soitti katkosta."),
])
def test_when_we_posted_or_hid_something_is_the_runs_clock(lang, note):
    assert not review("bank-outage", "journalist-call", note, lang, "escalate").has("wrong_fact")


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "Online bank went down at 07:20\nWe are working on it and will update this page."),
    ("fi", "Verkkopankki kaatui klo 7.20\nKorjaamme vikaa ja päivitämme tälle sivulle."),
])
def test_a_first_line_that_times_the_event_is_no_heading(lang, reply):
    assert review("bank-outage", "first-angry", reply, lang).has("wrong_fact")
