"""One clock rule for whatever is over the play screen (drill.tui.app.clock_rule): every dialog,
the facilitator's and the command palette's included, runs the clock at real time (×1); the
help stands still; the play screen runs the scenario's speed. The timer's tick is driven by
hand with a known stretch of real time, so the figures do not hang on the machine's load."""

from __future__ import annotations

import time

from tui_helpers import select

from drill.tui.screens.facilitator import PostModal
from drill.tui.screens.help import HelpScreen
from drill.tui.screens.modals import ChoiceModal, ConfirmModal, EscalateModal
from drill.tui.screens.play import PlayScreen

SIZE = (120, 36)
SPEED = 600
REAL = 0.5
"""Real seconds one tick is told have passed (the timer caps a tick at one second)."""


def moved_in_one_tick(app) -> float:
    """Sim seconds one tick of the timer moves after REAL seconds of real time."""
    before = app.session.now
    app.last_tick = time.monotonic() - REAL
    app.tick()
    return app.session.now - before


async def test_every_dialog_and_the_palette_run_the_clock_at_real_time_and_the_help_stands_still(app_for):
    app = app_for(journal=False, speed=SPEED, facilitator=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        app.advance(11 * 60)
        select(app, "complaint")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        assert moved_in_one_tick(app) >= REAL * SPEED  # the scenario's speed
        for keys, dialog in ((["r"], ChoiceModal), (["e"], EscalateModal), (["h"], ConfirmModal),
                             (["F", "w"], PostModal), (["ctrl+p"], None)):
            await pilot.press(*keys)
            await pilot.pause()
            name = type(app.screen).__name__
            assert isinstance(app.screen, dialog) if dialog else name == "CommandPalette", name
            assert REAL <= moved_in_one_tick(app) < 1.5, name  # real time (×1), not minutes at ×600
            await pilot.press("escape")
            await pilot.pause()
            if keys[0] == "F":
                await pilot.press("F")  # the panel closed again
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert moved_in_one_tick(app) == 0
        assert not app.clock.paused  # the help holds the clock without pausing it: nothing to restore
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen) and moved_in_one_tick(app) >= REAL * SPEED
