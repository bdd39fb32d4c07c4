"""What the play screen repaints under a flood: one beat for the status bar and the scrollbar,
the scrollbar only when its thumb moves, the side panel without a layout (issue 19)."""

from __future__ import annotations

from drill.tui.screens.play import PlayScreen
from drill.tui.widgets.pace import Beat

SIZE = (120, 36)


class Host:
    """A stand-in for the screen: records the timers the beat sets."""

    def __init__(self) -> None:
        self.timers: list = []

    def set_timer(self, delay, callback) -> None:
        self.timers.append(callback)


def test_the_paints_of_a_beat_run_in_one_timer_callback_once_each():
    host, painted = Host(), []
    beat = Beat(host, 0.25)  # type: ignore[arg-type]  # only set_timer is used
    status, scrollbar = (lambda: painted.append("status")), (lambda: painted.append("scrollbar"))
    for paint in (status, scrollbar, status):
        beat.request(paint)
    assert len(host.timers) == 1 and painted == []
    host.timers[0]()
    assert painted == ["status", "scrollbar"]


async def _flooded(app_for, pilot, minutes: float):
    app = pilot.app
    await pilot.press("enter")
    app.advance(minutes * 60)
    await pilot.pause()
    assert isinstance(app.screen, PlayScreen)
    return app.screen


def _scrollbar_column(app, feed) -> list:
    x = feed.region.x + 1 + feed.scrollable_content_region.width
    return [[(s.text, s.style) for s in line.crop(x, x + 1)] for line in app.screen._compositor.render_strips()]


async def test_the_scrollbar_repaints_only_when_its_thumb_moves_and_is_drawn_right(app_for, monkeypatch):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _flooded(app_for, pilot, 45)  # 15 minutes of a flood of one a second
        feed, repaints = screen.feed, []
        bar = feed.vertical_scrollbar
        original = type(bar).refresh
        monkeypatch.setattr(type(bar), "refresh", lambda self, *a, **k: (repaints.append(1), original(self, *a, **k))[1])
        for _ in range(60):  # up through the rows: the view scrolls one row at a time
            await pilot.press("up")
            await pilot.pause()
        scrolls = 60 - feed.size.height
        assert 0 < len(repaints) < scrolls / 2  # ~900 rows: the thumb moves an eighth of a cell every ~3.5 rows
        drawn = _scrollbar_column(app, feed)
        bar.refresh()
        await pilot.pause()
        assert _scrollbar_column(app, feed) == drawn


async def test_a_selection_repaints_the_side_panel_without_a_layout(app_for):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _flooded(app_for, pilot, 31)
        detail, layouts = screen.detail, []
        original = detail.refresh
        detail.refresh = lambda *a, **k: (layouts.append(k.get("layout", False)), original(*a, **k))[1]
        heights = set()
        for _ in range(12):  # flood comments of one line and of two (personal data), authored items
            await pilot.press("up")
            await pilot.pause()
            heights.add(detail.lines)
        assert len(heights) > 1 and layouts and not any(layouts)


def _rows_shown(app, feed) -> list[str]:
    """The feed's rows as drawn, without its border, label and scrollbar."""
    region = feed.scrollable_content_region
    strips = app.screen._compositor.render_strips()[region.y:region.bottom]
    return ["".join(s.text for s in strip.crop(region.x, region.right)) for strip in strips]


async def test_the_ages_on_screen_move_with_the_clock_while_rows_arrive_below(app_for):
    """Scrolled up through a flood (the view holds still), the rows on screen still say how long
    each has waited: a minute passing repaints them even when new rows arrived out of view."""
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _flooded(app_for, pilot, 45)
        feed = screen.feed
        for _ in range(60):
            await pilot.press("up")
        await pilot.pause()
        before, seen = _rows_shown(app, feed), feed.seen
        app.advance(3 * 60)
        await pilot.pause()
        assert feed.seen > seen and not feed.follow  # rows came in below the window
        assert _rows_shown(app, feed) != before  # and the ages shown moved on
