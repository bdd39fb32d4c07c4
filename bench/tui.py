"""TUI benchmarks in the headless app: key latency under a flood, feed appends, memory.

1. Key latency: the app's own timer feeds a flood of 1,000 comments per real second while
   the trainee moves through the feed; each press is timed until the screen has processed it
   and repainted (Pilot's wait for idle). p50/p95 against the goal p95 <= 33 ms.
2. Feed append: 10,000 new comments taken in by the feed widget (sync + redraw of the
   visible rows), against Textual's ListView with one ListItem per comment as the baseline,
   measured in the same run on fewer items and scaled (ListView grows linearly).
3. Memory: peak traced memory for a session with 100,000 feed items shown in the app.

    python bench/tui.py [--quick] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from drill.scenario.load import load  # noqa: E402
from drill.tui.app import make_app  # noqa: E402
from drill.tui.feed import FeedView  # noqa: E402


def flood_scenario(per_second: float, minutes: float = 120):
    """The engine fixture with one flood from 0 for `minutes` at `per_second` sim comments/s."""
    base = load(REPO / "tests" / "data" / "engine.yaml")
    scenario = base.scenario
    flood = scenario.floods[0].model_copy(update={"rate": per_second, "start": 0, "until": int(minutes * 60)})
    changed = scenario.model_copy(update={"floods": [flood], "clock": scenario.clock.model_copy(update={"speed": 1.0})})
    return base.__class__(changed, base.path, base.located, base.digest)


async def key_latency(presses: int) -> dict:
    """Time from a key press to the repaint of the row it selects, with the flood running."""
    loaded = flood_scenario(1000.0)
    app = make_app(loaded, lang="en", journal=False, speed=1.0)
    painted: dict[int, float] = {}
    original = FeedView.render_line

    def spy(self, y: int):
        strip = original(self, y)
        if int(self.scroll_y) + y == self.cursor:
            painted[self.cursor] = time.perf_counter()
        return strip

    FeedView.render_line = spy
    times: list[float] = []
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.press("enter")
            await asyncio.sleep(1.0)  # the flood is running: about 1,000 comments already
            feed = app.screen.query_one(FeedView)
            await pilot.press("home")
            for n in range(presses):
                painted.clear()
                started = time.perf_counter()
                await pilot.press("down")
                target = feed.cursor
                while target not in painted and time.perf_counter() - started < 2:
                    await asyncio.sleep(0.001)
                times.append((painted.get(target, time.perf_counter()) - started) * 1000)
                await asyncio.sleep(0.03)
            items = len(app.session.items)
    finally:
        FeedView.render_line = original
    times.sort()
    return {"presses": presses, "p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(len(times) * 0.95) - 1], 1), "items_at_end": items}


async def feed_append(count: int, baseline_count: int) -> dict:
    from textual.app import App
    from textual.widgets import Label, ListItem, ListView

    loaded = flood_scenario(count / 60.0, minutes=1)
    app = make_app(loaded, lang="en", manual_clock=True, journal=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        feed = app.screen.query_one(FeedView)
        app.session.advance_to(60.0)  # the engine makes the comments; not timed here
        started = time.perf_counter()
        feed.sync()
        await pilot.pause()
        ours = time.perf_counter() - started
        made = len(feed.rows)
    texts = [item.text("en") for item in app.session.items[:baseline_count]]

    class Baseline(App):
        def compose(self):
            yield ListView()

    base = Baseline()
    async with base.run_test(size=(120, 36)) as pilot:
        view = base.query_one(ListView)
        started = time.perf_counter()
        await view.extend([ListItem(Label(text)) for text in texts])
        await pilot.pause()
        listview = time.perf_counter() - started
    scaled = listview * made / max(1, len(texts))
    return {
        "items": made, "feed_ms": round(ours * 1000, 1),
        "listview_items": len(texts), "listview_ms": round(listview * 1000, 1),
        "listview_scaled_ms": round(scaled * 1000), "ratio": round(scaled / ours) if ours else None,
    }


async def memory(count: int) -> dict:
    loaded = flood_scenario(count / 60.0, minutes=1)
    tracemalloc.start()
    app = make_app(loaded, lang="en", manual_clock=True, journal=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("enter")
        app.advance(61.0)
        app.screen.refresh_view()
        await pilot.pause()
        for _ in range(20):
            await pilot.press("pageup")
        await pilot.pause()
        items = len(app.session.items)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"items": items, "peak_mb": round(peak / 2**20, 1)}


async def run(quick: bool) -> dict:
    latency = await key_latency(20 if quick else 200)
    append = await feed_append(1_000 if quick else 10_000, 200 if quick else 1_000)
    mem = await memory(5_000 if quick else 100_000)
    rows = [
        {"benchmark": "tui: key latency p50 under 1,000 comments/s", "value": latency["p50_ms"], "unit": "ms", "goal": "", "ok": None, "note": ""},
        {"benchmark": "tui: key latency p95 under 1,000 comments/s", "value": latency["p95_ms"], "unit": "ms", "goal": "<= 33 ms", "ok": latency["p95_ms"] <= 33, "note": ""},
        {"benchmark": f"tui: feed takes in {append['items']:,} comments", "value": append["feed_ms"], "unit": "ms", "goal": "<= 100 ms", "ok": append["feed_ms"] <= 100,
         "note": f"ListView baseline {append['listview_scaled_ms']:,} ms scaled from {append['listview_items']:,}: {append['ratio']}x slower"},
        {"benchmark": f"tui: peak memory with {mem['items']:,} items", "value": mem["peak_mb"], "unit": "MB", "goal": "<= 200 MB", "ok": mem["peak_mb"] <= 200, "note": ""},
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
        note = f"   ({row['note']})" if row["note"] else ""
        print(f"{row['benchmark']:<48} {row['value']:>9} {row['unit']:<3} goal {row['goal'] or '-'}{note}")


if __name__ == "__main__":
    main()
