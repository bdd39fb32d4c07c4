"""Work-arounds for Textual behaviour that would hurt a drill in front of a room.

Imported by drill.tui.app, so every DrillApp gets them. Each says what goes wrong, in which
Textual version it was seen, and how the tests catch it coming back.
"""

from __future__ import annotations

from textual import _time, events
from textual.screen import Screen
from textual.timer import EventTargetGone, Timer


def drop_stale_resizes() -> None:
    """A Resize that reaches a screen after the terminal has changed size again is dropped.

    Seen with Textual 8.2: a screen handling a Resize applies the event's size to itself and
    to every background screen, and a screen whose size changes posts itself a Resize. When
    a Resize arrives late (posted while the too-small notice was pushed, handled after it was
    popped, when the terminal went below 80×24 and back), two screens keep re-posting two
    sizes to each other for ever: 100 % CPU, the screen frozen on the notice, no key (not even
    Ctrl+Q) answered. A full-screen screen's size is the terminal's (App.size, updated before
    any screen sees the event), so an event with another size is stale and a current one is
    on its way. tests/hardening/test_terminal.py resizes a real pseudo-terminal to catch it.
    """
    original = Screen._on_resize
    if getattr(original, "drops_stale", False):
        return

    async def _on_resize(self: Screen, event: events.Resize) -> None:
        app = self.app
        if not app.is_inline and event.size != app.size:
            event.stop()
            return
        await original(self, event)

    _on_resize.drops_stale = True  # type: ignore[attr-defined]  # a mark on our replacement, so it is put in once
    Screen._on_resize = _on_resize  # type: ignore[method-assign]  # the patch itself: Textual's handler replaced (see the docstring)


def next_tick_on_time() -> None:
    """A timer that missed ticks (paused, or the loop was busy) ticks next when its next tick
    is due, within one interval, as Textual means it to.

    Seen with Textual 8.2.8: after skipping missed ticks `Timer._run` counts one tick too many,
    so the next one comes one to two intervals later instead of within one. The screen's
    update timer is such a timer: paused between frames, resumed by a repaint. So a repaint
    asked for within 1/30 s after any frame waited 17–33 ms for its frame, and under a flood
    (the status bar's beat, the side panel) a key press often missed the next 60 fps frame:
    bench/tui.py's p95 was 21–26 ms with a p50 of 2 ms. This is Textual's loop with the count
    corrected; tests/tui/test_compat.py times a repaint just after a frame.
    """
    if getattr(Timer._run, "on_time", False):
        return

    async def _run(self: Timer) -> None:
        repeat, interval = self._repeat, self._interval
        await self._active.wait()
        start, count = _time.get_time(), 0
        while repeat is None or count <= repeat:
            due = start + (count + 1) * interval
            now = _time.get_time()
            if self._skip and due < now:
                count = int((now - start) / interval)  # the tick just missed: the next is due within an interval
                continue
            await _time.sleep(due - now)
            count += 1
            await self._active.wait()
            if self._reset:
                start, count, self._reset = _time.get_time(), 0, False
                continue
            try:
                await self._tick(next_timer=due, count=count)
            except EventTargetGone:
                break

    _run.on_time = True  # type: ignore[attr-defined]  # a mark on our replacement, so it is put in once
    Timer._run = _run  # type: ignore[method-assign]  # the patch itself: Textual's loop replaced (see the docstring)


drop_stale_resizes()
next_tick_on_time()
