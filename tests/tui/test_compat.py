"""drill/tui/compat.py: a Textual timer resumed after a pause ticks within one interval."""

from __future__ import annotations

import asyncio
from time import monotonic

from textual.app import App

import drill.tui.compat  # noqa: F401  (the work-arounds, as DrillApp gets them)

EVERY = 0.2


async def test_a_timer_paused_past_its_ticks_ticks_again_within_an_interval():
    """The screen's update timer pauses itself after each frame and a repaint resumes it.
    Textual 8.2.8 then held the next tick back one to two intervals (a key pressed just after
    a frame waited up to 33 ms at 60 fps); due within one interval, it comes half an
    interval after a resume half-way between two due times (Textual's: one and a half)."""
    app = App()
    async with app.run_test():
        ticks: list[float] = []

        def tick() -> None:
            ticks.append(monotonic())
            timer.pause()  # as the screen's update timer does

        timer = app.set_interval(EVERY, tick)
        while not ticks:
            await asyncio.sleep(0.01)
        started = ticks[0] - EVERY
        for k in (3, 6):
            await asyncio.sleep(started + (k + 0.5) * EVERY - monotonic())  # paused past tick k
            seen = len(ticks)
            timer.resume()  # ticks at once: tick k was missed
            while len(ticks) == seen:
                await asyncio.sleep(0.005)
            timer.resume()
            while len(ticks) == seen + 1:
                await asyncio.sleep(0.005)
            assert ticks[-1] - ticks[-2] < EVERY
