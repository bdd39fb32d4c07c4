"""Work-arounds for Textual behaviour that would hurt a drill in front of a room.

Imported by drill.tui.app, so every DrillApp gets them. Each says what goes wrong, in which
Textual version it was seen, and how the tests catch it coming back.
"""

from __future__ import annotations

from textual import events
from textual.screen import Screen


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


drop_stale_resizes()
