"""Repaints a running clock causes, gathered on one beat so they share one frame.

Under a flood every tick changes the status bar (the waiting count) and the feed's
scrollbar (more rows below). Each repaint is a frame, and Textual holds the next frame back
until its next 1/60 s tick: a key pressed just after a frame waits for it. So these repaints
wait for the next beat, a multiple of `every` seconds of the monotonic clock, and run in one
timer callback, so the widgets that changed meanwhile repaint in one frame (with a timer per
widget, about half the beats composed two frames). Keys repaint at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.message_pump import MessagePump


class Beat:
    """Runs the paints requested since the last beat, once each, at most once a beat.

    `host` owns the timer (the screen the widgets are on); `every` <= 0 paints at once, as
    tests and snapshots want.
    """

    def __init__(self, host: MessagePump, every: float) -> None:
        self.host, self.every = host, every
        self.pending: dict[Callable[[], object], None] = {}

    def request(self, paint: Callable[[], object], now: bool = False) -> None:
        """`now`: paint at once (a key, or the view following the newest row)."""
        if now or self.every <= 0:
            self.pending.pop(paint, None)
            paint()
            return
        if not self.pending:
            self.host.set_timer(self.every - time.monotonic() % self.every, self._beat)
        self.pending[paint] = None

    def _beat(self) -> None:
        paints, self.pending = self.pending, {}
        for paint in paints:
            paint()
