"""The feed: every item of a run, drawn line by line, so 100,000 comments scroll smoothly.

A widget per comment (ListView) costs tens of seconds for a flood of 10,000; this view
renders only the rows on screen through Textual's Line API, keeps rendered rows in an LRU
cache, and follows new items only while the trainee is at the bottom. Filtering keeps a list
of indices that grows with the feed instead of rescanning it.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from drill.engine.world import Item

CHANNEL_MARK = {
    "facebook": "FB", "twitter": "X ", "instagram": "IG", "forum": "FO", "dm": "DM",
    "email": "@ ", "phone": "☎ ", "news": "NW", "internal": "IN",
}


class FeedView(ScrollView, can_focus=True):
    """Rows over a growing list of feed items; the session owns the items, this only draws them."""

    BINDINGS = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("pageup", "move(-10)", show=False),
        Binding("pagedown", "move(10)", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
    ]

    class Selected(Message):
        def __init__(self, item: Item | None) -> None:
            super().__init__()
            self.item = item

    def __init__(self, items: list[Item], describe: Callable[[Item, int], tuple[str, Style]], **kwargs) -> None:
        super().__init__(**kwargs)
        self.items = items
        self.describe = describe
        self.keep: Callable[[Item], bool] | None = None
        self.rows: list[int] = []
        self.seen = 0
        self.cursor = -1
        self.follow = True
        self._cache: LRUCache[tuple, Strip] = LRUCache(2048)
        self.generation = 0

    # ---------------------------------------------------------------- data

    def set_filter(self, keep: Callable[[Item], bool] | None) -> None:
        """Show only items `keep` accepts (None: all); the cursor stays on its item when it can."""
        current = self.selected
        self.keep = keep
        self.rows = [i for i, item in enumerate(self.items) if keep is None or keep(item)]
        self.seen = len(self.items)
        self.cursor = -1
        if current is not None and current.seq in set(self.rows):
            self.cursor = self.rows.index(current.seq)
        self._resize()
        self.invalidate()

    def sync(self) -> None:
        """Take in items the engine added since the last call (cheap when nothing changed)."""
        items, keep = self.items, self.keep
        if self.seen == len(items):
            return
        new = range(self.seen, len(items))
        self.rows.extend(new if keep is None else (i for i in new if keep(items[i])))
        self.seen = len(items)
        self._resize()
        if self.follow:
            self.scroll_end(animate=False, immediate=True)
            if self.rows and self.cursor >= len(self.rows) - 2 or self.cursor < 0:
                self._select(len(self.rows) - 1, post=True)

    def invalidate(self) -> None:
        """Item states changed (answered, deleted): draw again."""
        self.generation += 1
        self.refresh()

    def _resize(self) -> None:
        """Grow the scrollable height without a layout pass of the whole screen.

        `virtual_size` is a layout reactive: assigning it re-lays out every widget, which at ten
        appends a second under a flood costs more than drawing. A layout is only needed when the
        scrollbar appears or disappears; otherwise the scrollbars are updated in place.
        """
        size = Size(0, len(self.rows))  # rows are cut to the width: no sideways scrolling
        height = self.scrollable_content_region.height
        before = self.virtual_size.height
        if (before > height) != (size.height > height):
            self.virtual_size = size
            return
        self.set_reactive(FeedView.virtual_size, size)
        self._scroll_update(size)
        if before < self.scroll_y + height:  # new rows land inside the window: draw them
            self.refresh()

    # ---------------------------------------------------------------- selection

    @property
    def selected(self) -> Item | None:
        if 0 <= self.cursor < len(self.rows):
            return self.items[self.rows[self.cursor]]
        return None

    def _select(self, index: int, post: bool = True) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        if index == self.cursor:
            return
        self.cursor = index
        self.follow = index == len(self.rows) - 1
        self.scroll_to_region_of(index)
        self.refresh()
        if post:
            self.post_message(self.Selected(self.selected))

    def scroll_to_region_of(self, index: int) -> None:
        top, height = int(self.scroll_y), self.scrollable_content_region.height
        if index < top:
            self.scroll_to(y=index, animate=False, immediate=True)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False, immediate=True)

    def action_move(self, delta: int) -> None:
        self._select((self.cursor if self.cursor >= 0 else len(self.rows)) + delta)

    def action_first(self) -> None:
        self._select(0)

    def action_last(self) -> None:
        self._select(len(self.rows) - 1)
        self.follow = True

    def on_click(self, event) -> None:
        self._select(int(self.scroll_y) + event.y)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self.follow = new >= self.max_scroll_y - 0.5 and (self.cursor < 0 or self.cursor >= len(self.rows) - 1)

    # ---------------------------------------------------------------- drawing

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        if index >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        seq = self.rows[index]
        chosen = index == self.cursor
        key = (seq, width, chosen, self.generation)
        cached = self._cache.get(key)
        if cached is None:
            text, style = self.describe(self.items[seq], width)
            if chosen:
                style = style + Style(reverse=True)
            cached = Strip([Segment(text, style)]).adjust_cell_length(width, style)
            self._cache[key] = cached
        return cached
