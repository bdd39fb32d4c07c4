"""The lazy feed: flood comments stay compact until read, and read the same as if they never were.

Each test compares what the feed shows with what the engine's own counts and the rules of
the game say (ids count up per flood in arrival order, a status update answers what waits and
covers what arrives within its lapse), so a comment made an Item late cannot say something
other than one made an Item early.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

import drill.engine.feed as feed_module
from drill.engine.session import Session
from drill.players import make_player, play
from drill.scenario.actions import Action
from drill.scenario.load import load_bytes
from drill.scoring.scorecard import score

DATA = Path(__file__).parent.parent / "data"

M = 60.0
FLOOD = """floods:
  - id: wave
    from: 30m
    until: 60m
    rate: 1/s
    channels: [facebook, twitter]
    templates:
      - {text: "Where is my parcel, {name} from {city} asks", weight: 3}
      - {text: "Booking {booking} still missing", weight: 1, personal_data: true}
    heat: 0
"""


def scenario_with(floods: str):
    """The engine fixture with other floods in place of its one."""
    text = (DATA / "engine.yaml").read_text(encoding="utf-8")
    assert FLOOD in text
    return load_bytes(text.replace(FLOOD, floods).encode(), "engine.yaml").scenario


LAPSED = scenario_with(FLOOD.replace("    heat: 0\n", "    heat: 0\n    status_lapse: 5m\n").replace(
    '{text: "Booking {booking} still missing", weight: 1, personal_data: true}',
    '{text: "Booking {booking} still missing", weight: 1, personal_data: true}\n      - {text: "Just saying hi", weight: 2, needs_reply: false}'))
"""One flood whose status updates go stale after 5 minutes, and a third of whose comments need no reply."""
TWO = scenario_with(FLOOD + FLOOD.replace("floods:\n", "").replace("id: wave", "id: echo").replace("from: 30m", "from: 40m"))
"""Two floods at once from 40m: their comments interleave in the feed."""
BIG = scenario_with(FLOOD.replace("rate: 1/s", "rate: 6/s"))
"""A flood of 10,800 comments."""


@pytest.fixture
def made(monkeypatch):
    """Every flood comment the feed makes an Item, in order."""
    items: list = []

    class Counted(feed_module.Item):
        __slots__ = ()

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            items.append(self)

    monkeypatch.setattr(feed_module, "Item", Counted)
    return items


def test_ids_count_up_per_flood_in_arrival_order_and_lookup_agrees(fixture_scenario):
    s = Session(fixture_scenario, seed=3)
    s.advance_to(2 * 60 * M)
    feed = s.feed
    assert [i.seq for i in feed] == list(range(len(feed)))
    flood = [i for i in feed if i.flood]
    assert [i.id for i in flood] == [f"wave#{n}" for n in range(1, s.floods["wave"].count + 1)]
    assert [i.time for i in flood] == sorted(i.time for i in flood)
    assert [i.id for i in feed if not i.flood] == [i.id for i in s.authored]
    for item in (flood[0], flood[777], flood[-1], s.authored[0]):
        assert feed.get(item.id) is item and feed.by_id(item.id) is item and item.id in feed and item in feed
        assert feed[item.seq] is item  # the same object every time: what an action changes stays
    assert feed[-1] is feed[len(feed) - 1] and feed[3:6] == [feed[3], feed[4], feed[5]]
    for missing in ("wave#0", "wave#01", f"wave#{len(flood) + 1}", "wave#", "wave#x", "nope", "nope#1", "#1"):
        assert feed.get(missing) is None and missing not in feed
        with pytest.raises(KeyError):
            feed.by_id(missing)


def test_two_floods_at_once_interleave_and_each_counts_its_own(made):
    s = Session(TWO, seed=2)
    s.advance_to(2 * 60 * M)
    assert not made
    rows = [(i.source, i.id, i.time) for i in s.feed if i.flood]
    assert [t for _, _, t in rows] == sorted(t for _, _, t in rows)
    sources = [src for src, _, _ in rows]
    assert sum(a != b for a, b in pairwise(sources)) > 100  # they do interleave
    for flood in ("wave", "echo"):
        ids = [i for src, i, _ in rows if src == flood]
        assert ids == [f"{flood}#{n}" for n in range(1, s.floods[flood].count + 1)]
    fresh = Session(TWO, seed=2)
    fresh.advance_to(2 * 60 * M)
    for item_id in ("echo#1", "wave#900", "echo#1200", f"echo#{s.floods['echo'].count}"):  # by id first, never by place
        assert (fresh.feed.by_id(item_id).seq, fresh.feed.by_id(item_id).time) == (s.feed.by_id(item_id).seq, s.feed.by_id(item_id).time)


def test_a_flood_of_ten_thousand_is_not_made_items_until_read(made):
    s = Session(BIG, seed=1)
    s.advance_to(2 * 60 * M)
    assert s.floods["wave"].count == len(s.feed) - len(s.authored) == 10_800
    assert s.flood_waiting("wave") == 10_800 and s.waiting_count() >= 10_800
    assert made == []
    last = s.feed[-1]
    assert made == [last] and last.id == "wave#10800"
    middle = s.feed.get("wave#5000")
    assert made == [last, middle] and s.feed.get("wave#5000") is middle and len(made) == 2
    assert "wave#5001" in s.feed and len(made) == 2  # asking whether it arrived reads nothing


def test_a_whole_simulated_run_reads_no_comment(made):
    session = play(BIG, make_player("ideal", 1), 1)
    card = score(session)
    assert session.floods["wave"].count == 10_800 and card.overall > 0
    assert made == []


def test_answered_by_a_status_update_the_same_whenever_read(made):
    """Comments read while they wait, then answered, say what comments first read at the end
    say; and both follow the rule: answered when the update comes, or on arrival while it is
    fresh (5m), else waiting for the next."""
    early = Session(LAPSED, seed=4)
    early.advance_to(40 * M)
    read_early = [early.feed[n] for n in range(0, len(early.feed), 3)]
    assert any(i.flood and i.waiting for i in read_early)
    early.act(Action("status", option="holding"))
    early.advance_to(50 * M)
    read_early += [early.feed[n] for n in range(1, len(early.feed), 3)]
    early.act(Action("status", option="holding"))
    early.advance_to(2 * 60 * M)

    late = Session(LAPSED, seed=4)
    late.advance_to(40 * M)
    late.act(Action("status", option="holding"))
    late.advance_to(50 * M)
    late.act(Action("status", option="holding"))
    late.advance_to(2 * 60 * M)

    def state(s):
        return [(i.id, i.time, i.needs_reply, i.answered_at, i.answered_by, i.waiting) for i in s.feed]

    assert state(early) == state(late)
    comments = [i for i in late.feed if i.flood]
    needing = [i for i in comments if i.needs_reply]
    assert 0 < len(needing) < len(comments)
    for i in comments:
        if not i.needs_reply:
            assert (i.answered_at, i.waiting) == (None, False)
        elif i.time <= 40 * M:
            assert (i.answered_at, i.answered_by) == (40 * M, "status")
        elif i.time <= 45 * M:
            assert (i.answered_at, i.answered_by) == (i.time, "status")
        elif i.time <= 50 * M:
            assert (i.answered_at, i.answered_by) == (50 * M, "status")
        elif i.time <= 55 * M:
            assert i.answered_at == i.time
        else:
            assert i.answered_at is None and i.waiting


def test_what_the_needs_answer_filter_sees_is_what_waits():
    """The UI's 'needs answer' filter keeps `item.waiting`: it sees the authored items still
    unanswered and exactly the flood comments the engine counts as waiting, not a hidden one."""
    s = Session(LAPSED, seed=5)
    s.advance_to(40 * M)
    s.act(Action("status", option="holding"))
    s.advance_to(52 * M)
    waiting = [i for i in s.feed if i.waiting]
    flood_waiting = [i for i in waiting if i.flood]
    assert len(flood_waiting) == s.flood_waiting("wave") > 0
    assert all(i.time > 45 * M and i.needs_reply for i in flood_waiting)
    assert [i for i in waiting if not i.flood] == [i for i in s.authored if i.waiting]
    assert len(waiting) == s.waiting_count()
    hidden = flood_waiting[0]
    assert s.act(Action("hide", hidden.id)).ok
    assert s.feed.by_id(hidden.id) is hidden and hidden.hidden
    assert hidden not in [i for i in s.feed if i.waiting]
    unread = f"wave#{s.floods['wave'].count}"
    s.advance_to(53 * M)
    assert s.act(Action("hide", unread)).ok  # an action on a comment nobody has read yet
    assert s.feed.by_id(unread).hidden and not s.feed.by_id(unread).waiting
