"""The feed: every item of a run drawn line by line, so 100,000 comments scroll smoothly.

A widget per comment (ListView) costs tens of seconds for a flood of 10,000. This view is a
ScrollView on Textual's Line API, as in Toolong: it renders only the rows on screen, keeps
rendered rows in an LRU cache keyed by what they show, and follows new items only while the
trainee is at the bottom. A filter keeps a sorted list of the rows it accepts, which grows
with the feed and is pruned after an action; it never rescans the feed per frame.

What a row says comes from a painter (widgets/row.py); this module only knows rows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Sequence
from math import ceil
from typing import Any, Protocol, TypeVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip

from drill.engine.world import Item
from drill.tui.widgets.pace import Beat

ROW_CLASSES = ("fresh", "due", "late", "answered", "info", "removed", "flood", "meta", "channel", "mark", "author", "data")


State = TypeVar("State", bound=Hashable)


class Painter(Protocol[State]):
    def state(self, item: Item) -> State:
        """What may change on the row as time passes (age, answered, deleted, marked)."""

    def segments(self, item: Item, state: State, width: int) -> list[tuple[str, str]]:
        """The row as (text, class) pieces; classes are ROW_CLASSES."""


class FeedView(ScrollView, can_focus=True):
    """Rows over the session's growing list of items; the session owns them, this draws them."""

    COMPONENT_CLASSES = {f"feed--{name}" for name in (*ROW_CLASSES, "cursor")}
    DEFAULT_CSS = """
    FeedView { scrollbar-size-vertical: 1; overflow-x: hidden; }
    FeedView > .feed--fresh { color: $text; text-style: bold; }
    FeedView > .feed--due { color: $warning; text-style: bold; }
    FeedView > .feed--late { color: $error; text-style: bold; }
    FeedView > .feed--answered { color: $success; }
    FeedView > .feed--info { color: $text-muted; }
    FeedView > .feed--removed { color: $text-disabled; text-style: strike; }
    FeedView > .feed--flood { color: $text-muted; }
    FeedView > .feed--meta { color: $text-muted; }
    FeedView > .feed--channel { color: $accent; }
    FeedView > .feed--mark { color: $secondary; text-style: bold; }
    FeedView > .feed--author { text-style: bold; }
    FeedView > .feed--data { color: $warning; }
    FeedView > .feed--cursor { background: $primary 45%; }
    FeedView:blur > .feed--cursor { background: $primary 20%; }
    """
    BINDINGS = [
        Binding("up,k", "move(-1)", show=False),
        Binding("down,j", "move(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
    ]

    class Selected(Message):
        """The trainee selected another item (or none)."""

        def __init__(self, item: Item | None) -> None:
            super().__init__()
            self.item = item

    def __init__(self, items: Sequence[Item], painter: Painter[Any], beat: Beat | None = None, **kwargs) -> None:
        """`beat`: repaints the scrollbar as rows arrive below the window, with the status
        bar (widgets/pace.py); None repaints it at once (tests, snapshots, the projector)."""
        super().__init__(**kwargs)
        self.beat = beat
        self.items = items
        self.painter = painter
        self.keep: Callable[[Item], bool] | None = None
        self.rows: list[int] | None = None
        """Seqs of the rows shown, ascending; None: every item (row i is item i)."""
        self.seen = 0
        self.cursor: int | None = None
        """The selected item's seq: the selection sticks to an item, not to a row."""
        self.follow = True
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)
        self._styles: dict[tuple[str, bool], Style] = {}
        self._thumb: tuple = ()
        self._width = 0
        self._label: str | None = None

    # ---------------------------------------------------------------- data

    @property
    def row_count(self) -> int:
        return self.seen if self.rows is None else len(self.rows)

    def seq_at(self, row: int) -> int:
        return row if self.rows is None else self.rows[row]

    def row_of(self, seq: int) -> int:
        """The row of an item, or where it would be if the filter hid it."""
        return seq if self.rows is None else bisect_left(self.rows, seq)

    def set_filter(self, keep: Callable[[Item], bool] | None) -> None:
        """Show only items `keep` accepts (None: all). One pass over the feed, on a key press."""
        self.keep = keep
        self.seen = len(self.items)
        self.rows = None if keep is None else [i for i in range(self.seen) if keep(self.items[i])]
        self._resized()
        self.reselect()
        if self.follow or self.cursor is None:
            self.pin()
        else:
            self.scroll_to_cursor()
        self.refresh()

    def sync(self) -> int:
        """Take in the items the engine added since the last call; returns how many.

        Rows appended below the window of a feed that does not follow cost nothing but the
        scrollbar: the rows on screen are not redrawn.
        """
        total = len(self.items)
        added = total - self.seen
        if added <= 0:
            return 0
        shown_before = self.row_count
        keep, items = self.keep, self.items
        if self.rows is not None and keep is not None:  # the two are set together (filter)
            self.rows.extend(i for i in range(self.seen, total) if keep(items[i]))
        self.seen = total
        self._resized()
        if self.cursor is None and self.row_count:
            self.select(self.row_count - 1, scroll=False)
        if self.follow:
            self.pin()
            self.refresh()
        elif shown_before < int(self.scroll_y) + self.scrollable_content_region.height:
            self.refresh()  # the new rows fill the window
        return added

    def prune(self) -> None:
        """After an action: drop filtered rows that no longer pass (e.g. now answered)."""
        if self.rows is not None and self.keep is not None:
            keep, items = self.keep, self.items
            self.rows = [i for i in self.rows if keep(items[i])]
            self._resized()
            self.reselect()
        self.refresh()

    def reselect(self) -> None:
        """The filter hid the selected row: select the row shown in its place (the next one,
        else the last), or nothing when no row is shown. The detail pane and the keys act on
        the selection, so it must be a row the trainee can see."""
        if self.cursor is None or self.rows is None:
            return
        row = self.row_of(self.cursor)
        if row < len(self.rows) and self.rows[row] == self.cursor:
            return
        if not self.rows:
            self.cursor = None
            self.post_message(self.Selected(None))
            return
        self.select(min(row, len(self.rows) - 1), scroll=False)

    def _resized(self) -> bool:
        """Grow the scrollable height without a layout pass of the whole screen.

        `virtual_size` is a layout reactive: assigning it re-lays out every widget, which under
        a flood (ten appends a second) costs more than the drawing. Layout is needed only when
        the scrollbar appears or disappears; otherwise the scrollbar is updated in place, and
        only when its thumb would move by an eighth of a cell (what it can draw), and for rows
        arriving below a window that holds still, on the status bar's beat. Returns
        whether a layout is pending (scrolling must wait for it).
        """
        size = Size(0, self.row_count)
        height = self.scrollable_content_region.height
        if (self.virtual_size.height > height) != (size.height > height):
            self.virtual_size = size
            return True
        self.set_reactive(FeedView.virtual_size, size)
        if self.beat is None:
            self._update_scrollbar()
        else:
            self.beat.request(self._update_scrollbar, now=self.follow)
        return False

    def _update_scrollbar(self) -> None:
        """Repaint the scrollbar if its thumb moved by what it can draw (an eighth of a cell),
        computed as Textual's ScrollBarRender draws it."""
        height, rows, at = self.scrollable_content_region.height, self.row_count, self.scroll_y
        thumb: tuple = (at >= self.max_scroll_y,)
        if height and rows > height:
            cells = max(1.0, height * height / rows)
            start = int((height - cells) * at / (rows - height) * 8)
            thumb += (start, start + ceil(cells * 8))
        if self.show_vertical_scrollbar:
            self.vertical_scrollbar.set_reactive(ScrollBar.position, at)
        if thumb != self._thumb:
            self._thumb = thumb
            self._scroll_update(self.virtual_size)

    def _layout_pending(self, then: Callable[[], None]) -> bool:
        """The scrollbar is about to appear: Textual refuses to scroll until it has; retry after."""
        if not self.show_vertical_scrollbar and self.row_count > self.scrollable_content_region.height:
            self.call_after_refresh(then)
            return True
        return False

    def pin(self) -> None:
        """Stick to the newest row."""
        self.follow = True
        self._repin()

    def _repin(self) -> None:
        """Scroll to the newest row, unless the trainee scrolled away meanwhile."""
        if self.follow and not self._layout_pending(self._repin):
            self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def label(self, text: str) -> None:
        """What the feed shows (its filters), on its border. Setting a border title repaints the
        whole widget even when the text is the same, so under a flood it is set only on a change."""
        if text != self._label:
            self._label = text
            self.border_title = text

    # ---------------------------------------------------------------- selection

    @property
    def selected(self) -> Item | None:
        return None if self.cursor is None else self.items[self.cursor]

    def select(self, row: int, scroll: bool = True) -> None:
        if not self.row_count:
            return
        row = max(0, min(row, self.row_count - 1))
        seq = self.seq_at(row)
        if seq != self.cursor:
            old, self.cursor = self.cursor, seq
            if old is not None:
                self.refresh_line(self.row_of(old))
            self.refresh_line(row)
            self.post_message(self.Selected(self.items[seq]))
        if scroll:
            self.scroll_to_cursor()

    def select_item(self, item: Item) -> None:
        """Select an item by its place in the feed (tests, the command palette)."""
        self.select(self.row_of(item.seq))

    def scroll_to_cursor(self) -> None:
        if self.cursor is None or self._layout_pending(self.scroll_to_cursor):
            return
        row, top, height = self.row_of(self.cursor), int(self.scroll_y), self.scrollable_content_region.height
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)

    def _cursor_row(self) -> int:
        """The cursor's row; from off screen, moving starts at the bottom row in view."""
        top, height = int(self.scroll_y), self.scrollable_content_region.height
        if self.cursor is not None:
            row = self.row_of(self.cursor)
            if top <= row < top + height and row < self.row_count and self.seq_at(row) == self.cursor:
                return row
        return min(self.row_count, top + height) - 1

    def move_to(self, row: int, down: bool) -> None:
        """The trainee moved the cursor: the view holds still (under a flood the row would
        scroll away at once) until they move down onto the newest row."""
        self.follow = False
        self.select(row)
        if down and self.cursor is not None and self.row_of(self.cursor) >= self.row_count - 1:
            self.pin()

    def action_move(self, delta: int) -> None:
        row = self._cursor_row()
        visible = self.cursor is not None and row < self.row_count and self.seq_at(row) == self.cursor
        self.move_to(row + delta if visible else row, delta > 0)

    def action_page(self, direction: int) -> None:
        self.move_to(self._cursor_row() + direction * max(1, self.scrollable_content_region.height - 1), direction > 0)

    def action_first(self) -> None:
        self.move_to(0, False)

    def action_last(self) -> None:
        self.select(self.row_count - 1)
        self.pin()

    def on_click(self, event: events.Click) -> None:
        self.focus()
        row = int(self.scroll_y) + event.y
        if row < self.row_count:
            self.follow = row >= self.row_count - 1
            self.select(row, scroll=False)

    def on_resize(self) -> None:
        self.call_after_refresh(self._repin)  # e.g. the status bar grew a line: still show the newest

    def watch_scroll_y(self, old: float, new: float) -> None:
        """ScrollView's, but the scrollbar repaints only when its thumb moves: a one-row scroll
        of a long feed leaves the thumb where it was, and its repaint was a fifth of the frame."""
        self._update_scrollbar()
        if round(old) != round(new):
            self.refresh(self.size.region)
        self.follow = new >= self.max_scroll_y

    # ---------------------------------------------------------------- drawing

    def notify_style_update(self) -> None:
        """The theme changed: forget styles and rendered rows."""
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def _style(self, name: str, cursor: bool) -> Style:
        key = (name, cursor)
        style = self._styles.get(key)
        if style is None:
            style = self.rich_style + self.get_component_rich_style(f"feed--{name}", partial=True)
            if cursor:
                style += self.get_component_rich_style("feed--cursor", partial=True)
            self._styles[key] = style
        return style

    def render_lines(self, crop: Region) -> list[Strip]:
        self._width = self.scrollable_content_region.width  # once a frame, not once a row
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        row = int(self.scroll_y) + y
        width = self._width
        if row >= self.row_count:
            return Strip.blank(width, self.rich_style)
        seq = self.seq_at(row)
        item = self.items[seq]
        state = self.painter.state(item)
        chosen = seq == self.cursor
        key = (seq, width, chosen, state)
        strip = self._cache.get(key)
        if strip is None:
            segments = [Segment(text, self._style(name, chosen)) for text, name in self.painter.segments(item, state, width)]
            strip = Strip(segments).adjust_cell_length(width, self._style("meta", chosen))
            self._cache[key] = strip
        return strip
