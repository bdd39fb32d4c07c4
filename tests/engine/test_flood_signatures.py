"""A generated comment signs with its own author's name (issue 14 item 6: 'Matti Salminen: … –Alexander')."""

from __future__ import annotations

from pathlib import Path

import pytest

from drill.engine.flood import name_part
from drill.engine.session import Session
from drill.scenario.load import load

LIBRARY = Path(__file__).parents[2] / "scenarios"


@pytest.mark.parametrize("drill", ["deleted-comment", "bank-outage"])
def test_every_signed_comment_signs_with_its_authors_name(drill):
    scenario = load(LIBRARY / f"{drill}.yaml").scenario
    session = Session(scenario, seed=3)
    session.advance_to(float(scenario.clock.length))
    signed = [i for i in session.feed if i.flood and "–" in i.text("en")]
    assert len(signed) > 20
    for item in signed:
        signature = item.text("en").rsplit("–", 1)[1].split(",")[0].strip()
        assert signature in (item.author, item.author.split()[0]), (item.author, item.text("en"))


@pytest.mark.parametrize(("name", "first", "last"), [
    ("Matti Salminen", "Matti", "Salminen"), ("Mrs. Megan Rice", "Megan", "Rice"), ("Dr Lucy Day", "Lucy", "Day"),
    ("Wesley Rojas DDS", "Wesley", "Rojas"), ("Svante Lövgren Bäckström", "Svante", "Bäckström"),
    ("Anna-Liisa Virtanen", "Anna-Liisa", "Virtanen"), ("Cher", "Cher", "Cher"),
])
def test_a_name_splits_into_its_first_and_last_name(name, first, last):
    assert (name_part(name, "first_name"), name_part(name, "last_name")) == (first, last)
