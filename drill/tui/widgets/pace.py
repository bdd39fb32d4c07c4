"""Repaints a running clock causes, gathered on one beat so they share a frame.

Under a flood every tick changes the status bar (the waiting count) and the feed's
scrollbar (more rows below). Each repaint is a frame, and a frame just composed holds the
next one back by up to 1/60 s: a key pressed then waits for it. So these repaints wait for
the next beat, a multiple of `every` seconds of the monotonic clock shared by every Pacer,
and the widgets that changed meanwhile repaint together in one frame. Keys repaint at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.widget import Widget


class Pacer:
    """Calls `paint` at most once a beat for the requests made since the last one."""

    def __init__(self, widget: Widget, every: float, paint: Callable[[], object]) -> None:
        self.widget, self.every, self.paint = widget, every, paint
        self.pending = False

    def request(self, now: bool = False) -> None:
        """`now` (or no beat, as in tests and snapshots): paint at once."""
        if now or self.every <= 0:
            self.paint()
        elif not self.pending:
            self.pending = True
            self.widget.set_timer(self.every - time.monotonic() % self.every, self._beat)

    def _beat(self) -> None:
        self.pending = False
        self.paint()
