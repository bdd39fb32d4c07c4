"""TUI benchmarks in the headless app: key latency under a flood, feed appends, memory.

1. Key latency: a flood of 1,000 comments per real second pours into the headless app (a
   manual clock this script drives every 1/30 s, the comments made by the engine) while
   the trainee moves through the feed. Each press is timed until the feed has repainted
   the row it selected. p50/p95 against the goal p95 <= 16.7 ms (one frame at 60 fps).
2. Feed append: the engine adds 10,000 comments (not timed); then the feed widget takes
   them in and repaints (timed), with no filter and with the "needs answer" filter. The
   baseline is Textual's ListView with one ListItem per comment, measured in the same run
   on fewer items (1,000) and scaled linearly to the same count.
3. Memory: peak traced memory (tracemalloc) of the app showing a session with 100,000
   feed items, engine included.

    python bench/tui.py [--quick] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from drill.scenario.load import load  # noqa: E402
from drill.scenario.starter import starter_text  # noqa: E402
from drill.tui.app import make_app  # noqa: E402
from drill.tui.widgets.feed import FeedView  # noqa: E402

FLOOD = """
floods:
  - id: wave
    from: 0s
    until: 3h
    rate: {rate}
    channels: [facebook, twitter]
    templates:
      - {{text: "Where is my parcel, {{name}} from {{city}} asks", weight: 3}}
      - {{text: "Booking {{booking}} still missing", weight: 1, personal_data: true}}
"""
SIZE = (120, 36)
TRACE = False


def flood_scenario(folder: Path, per_second: float):
    """The starter scenario with a flood of `per_second` comments per sim second from the start."""
    text = starter_text("bench").replace("length: 1h", "length: 3h") + FLOOD.format(rate=f"{per_second:g}/s")
    path = folder / "bench.yaml"
    path.write_text(text, encoding="utf-8")
    return load(path)


async def start(app, pilot) -> FeedView:
    await pilot.press("enter")
    await pilot.pause()
    return app.screen.query_one(FeedView)


class Frames:
    """Timestamps of the frames the app composes (headless: composed, then not written)."""

    def __init__(self, app, each: Callable[[], None] = lambda: None) -> None:
        self.times: list[float] = []
        original = app._display

        def display(screen, renderable):
            if renderable is not None:
                self.times.append(time.perf_counter())
                each()
            return original(screen, renderable)

        app._display = display

    async def after(self, moment: float, ready=lambda: True, limit: float = 2.0) -> float:
        """The first frame composed after `moment` once `ready()` holds; seconds since `moment`."""
        while time.perf_counter() - moment < limit:
            if ready():
                found = next((t for t in self.times if t >= self.mark), None)
                if found is not None:
                    return found - moment
            await asyncio.sleep(0.0005)
        return limit

    def arm(self) -> None:
        self.mark = time.perf_counter()


async def key_latency(folder: Path, presses: int) -> dict:
    """Press up/down while the bench's clock feeds 1,000 comments per real second.

    Each press is timed from sending the key to the first composed frame that drew the row
    the key selected, with its cursor. Both ends are seen from inside the app as they happen
    (the feed's move, its drawing of the row, the frame): a frame composed before this script's
    task next runs still counts, and frames before the move do not.
    """
    # a manual clock driven from here, repaints paced as when the app's own timer runs
    app = make_app(flood_scenario(folder, 1000.0), lang="en", manual_clock=True, journal=False, speed=1.0, paced=True)
    press_state: dict = {"moved": False, "drawn": False, "frame": None}
    original_line, original_select = FeedView.render_line, FeedView.select

    def draw(self, y: int):
        strip = original_line(self, y)
        row = int(self.scroll_y) + y
        if press_state["moved"] and self.cursor is not None and row < self.row_count and self.seq_at(row) == self.cursor:
            press_state["drawn"] = True
        return strip

    def select(self, row: int, scroll: bool = True) -> None:
        before = self.cursor
        original_select(self, row, scroll)
        if self.cursor != before:
            press_state.update(moved=True, drawn=False)

    def frame() -> None:
        if press_state["drawn"] and press_state["frame"] is None:
            press_state["frame"] = time.perf_counter()

    FeedView.render_line, FeedView.select = draw, select
    times: list[float] = []
    running = True
    try:
        async with app.run_test(size=SIZE) as pilot:
            Frames(app, frame)
            feed = await start(app, pilot)

            async def pour() -> None:  # the timer's job, done here at 30 Hz with real time as sim time
                last = time.perf_counter()
                while running:
                    await asyncio.sleep(1 / 30)
                    now = time.perf_counter()
                    app.advance(now - last)
                    last = now

            flood = asyncio.create_task(pour())
            await asyncio.sleep(1.0)  # about 1,000 comments in before the first press
            for n in range(presses):
                press_state.update(moved=False, drawn=False, frame=None)
                started = time.perf_counter()
                press = asyncio.create_task(pilot.press("up" if n % 3 else "down"))
                while press_state["frame"] is None and time.perf_counter() - started < 2:
                    await asyncio.sleep(0.0005)
                times.append(((press_state["frame"] or time.perf_counter()) - started) * 1000)
                if TRACE:
                    print(f"{n} {'up' if n % 3 else 'down'} {times[-1]:.1f} ms items {len(app.session.feed)} follow {feed.follow}", file=sys.stderr)
                await press
                await asyncio.sleep(0.05)
            running = False
            await flood
            items = len(app.session.feed)
            sim = app.session.now
    finally:
        FeedView.render_line, FeedView.select = original_line, original_select
    times.sort()
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    return {"presses": presses, "p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1), "items_at_end": items,
            "comments_per_s": round(items / sim) if sim else 0}


async def feed_append(folder: Path, count: int, baseline_count: int) -> dict:
    from textual.app import App
    from textual.widgets import Label, ListItem, ListView

    taken: dict[str, float] = {}
    for name, key in (("plain", None), ("needs answer", "n")):
        app = make_app(flood_scenario(folder, count / 60.0), lang="en", manual_clock=True, journal=False)
        async with app.run_test(size=SIZE) as pilot:
            frames = Frames(app)
            feed = await start(app, pilot)
            if key:
                await pilot.press(key)
            app.session.advance_to(60.0)  # the engine makes the comments: not timed
            await pilot.pause()
            started = time.perf_counter()
            feed.sync()  # what the app does after each tick
            frames.arm()
            taken[name] = await frames.after(started, lambda: int(feed.scroll_y) + feed.size.height >= feed.row_count)  # noqa: B023 - awaited within this iteration
            made = feed.row_count
            texts = [item.text("en") for item in app.session.feed[:baseline_count]]

    class Baseline(App):
        def compose(self):
            yield ListView()

    base = Baseline()
    async with base.run_test(size=SIZE) as pilot:
        frames = Frames(base)
        view = base.query_one(ListView)
        started = time.perf_counter()
        await view.extend([ListItem(Label(text, markup=False)) for text in texts])
        frames.arm()
        listview = await frames.after(started, limit=60.0)
    scaled = listview * made / max(1, len(texts))
    worst = max(taken.values())
    return {
        "items": made, "feed_ms": round(taken["plain"] * 1000, 1), "feed_filtered_ms": round(taken["needs answer"] * 1000, 1),
        "listview_items": len(texts), "listview_ms": round(listview * 1000, 1),
        "listview_scaled_ms": round(scaled * 1000), "ratio": round(scaled / worst) if worst else None,
    }


async def memory(folder: Path, count: int) -> dict:
    loaded = flood_scenario(folder, count / 60.0)
    tracemalloc.start()
    app = make_app(loaded, lang="en", manual_clock=True, journal=False)
    async with app.run_test(size=SIZE) as pilot:
        await start(app, pilot)
        app.advance(60.5)
        await pilot.pause()
        for _ in range(20):
            await pilot.press("pageup")
        await pilot.press("n")  # a filtered copy of the rows, too
        await pilot.pause()
        items = len(app.session.feed)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"items": items, "peak_mb": round(peak / 2**20, 1)}


async def run(quick: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        latency = await key_latency(folder, 20 if quick else 200)
        append = await feed_append(folder, 1_000 if quick else 10_000, 100 if quick else 1_000)
        mem = await memory(folder, 5_000 if quick else 100_000)
    note = (f"no filter {append['feed_ms']} ms; ListView {append['listview_ms']:,} ms for {append['listview_items']:,} items,"
            f" scaled x{append['items'] // max(1, append['listview_items'])} = {append['listview_scaled_ms']:,} ms: {append['ratio']}x slower")
    rows = [
        {"benchmark": "tui: key latency p50 under 1,000 comments/s", "value": latency["p50_ms"], "unit": "ms", "goal": "", "ok": None,
         "note": f"{latency['presses']} presses, {latency['comments_per_s']:,} comments/s, {latency['items_at_end']:,} items"},
        {"benchmark": "tui: key latency p95 under 1,000 comments/s", "value": latency["p95_ms"], "unit": "ms", "goal": "<= 16.7 ms",
         "ok": latency["p95_ms"] <= 16.7, "note": "one frame at 60 fps"},
        {"benchmark": f"tui: feed takes in {append['items']:,} comments (filtered)", "value": append["feed_filtered_ms"], "unit": "ms",
         "goal": "<= 100 ms", "ok": append["feed_filtered_ms"] <= 100, "note": note},
        {"benchmark": f"tui: peak memory with {mem['items']:,} items", "value": mem["peak_mb"], "unit": "MB", "goal": "<= 200 MB",
         "ok": mem["peak_mb"] <= 200, "note": "tracemalloc, engine included"},
    ]
    return {"latency": latency, "append": append, "memory": mem, "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes, for CI")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    figures = asyncio.run(run(args.quick))
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for row in figures["rows"]:
        goal = f"goal {row['goal']}" if row["goal"] else ""
        print(f"{row['benchmark']:<52} {row['value']:>8} {row['unit']:<3} {goal:<14} {row['note']}")


if __name__ == "__main__":
    main()
