"""Seats benchmark: 30 seats on one `drill host` under a flood of 1,000 comments per second.

A real `drill host` process on loopback runs the starter scenario with a flood of 1,000
comments per real second (--speed 1). Thirty seats join it, each a SeatClient replica that
replays the host's records and clock like a seat's screen does (comments are made by every
replica's own engine, never sent): the team's 12 members, the facilitator and 17 projectors.
The other 27 listen in two helper processes; the facilitator, the acting seat (customer service) and
the watching seat (management) are in this one. Customer service writes to a customer again
and again; each action is timed from the moment it is sent until management's replica has
applied it (the "effect on another seat"), and until the host's answer comes back to the
actor (ack). The host's CPU share is its process's CPU time (/proc) over the measured window,
as a share of one core; the seats' share is that of this process and the helpers. The
baseline, in the same run: the same action between the same two seats (and the facilitator),
with no flood and no other seats. Goal: p95 from action to effect <= 100 ms.

    python bench/seats.py [--quick] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.tui import FLOOD  # noqa: E402
from drill.scenario.actions import Action  # noqa: E402
from drill.scenario.starter import starter_text  # noqa: E402
from drill.seats.client import SeatClient  # noqa: E402
from drill.web import free_port  # noqa: E402

CODE = "BENCH2"
ROLES = ("service", "management", "comms")
MEMBERS = [f"S{n:02d}:{ROLES[n % 3]}" for n in range(12)]
"""The largest team drill takes (drill.team.MAX_MEMBERS): S00 is service, S01 management."""
ACTOR, WATCHER = "S00", "S01"
GOAL_MS = 100.0


class TimedSeat(SeatClient):
    """A replica that notes when each written reply it applies arrived (monotonic, this process)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.seen: dict[str, float] = {}

    def _apply(self, session, record: dict[str, Any]) -> None:  # type: ignore[override]
        super()._apply(session, record)
        text = (record.get("input") or {}).get("text")
        if text:
            self.seen[text] = time.monotonic()


def scenario_file(folder: Path, per_second: float) -> Path:
    """The starter scenario, its first customer from the first second; a flood when per_second > 0."""
    text = starter_text("bench").replace("length: 1h", "length: 3h").replace("at: 5m", "at: 1s", 1)
    path = folder / f"bench-{per_second:g}.yaml"
    path.write_text(text + (FLOOD.format(rate=f"{per_second:g}/s") if per_second else ""), encoding="utf-8")
    return path


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def listen_as(url: str, names: list[str]) -> None:
    """A helper process: join as these seats, say so, and keep their replicas until the host closes."""
    seats = [SeatClient(url, CODE, name) for name in names]
    for seat in seats:
        await seat.join()
    print("joined", flush=True)
    await asyncio.gather(*(seat.listen() for seat in seats))


async def measure(url: str, host_pid: int, helper_pids: list[int], samples: int, warm: float) -> dict:
    facilitator = SeatClient(url, CODE, "facilitator")
    actor, watcher = TimedSeat(url, CODE, ACTOR), TimedSeat(url, CODE, WATCHER)
    listening = []
    for seat in (facilitator, actor, watcher):
        await seat.join()
        listening.append(asyncio.ensure_future(seat.listen()))
    await facilitator.steer("resume")
    await asyncio.sleep(warm)  # the first customer is on the wall and the flood is running
    effect, ack = [], []
    cpu0, wall0, sim0 = cpu_seconds(host_pid), time.monotonic(), watcher.session.now
    seats0 = sum(map(cpu_seconds, [os.getpid(), *helper_pids]))
    for n in range(samples):
        text = f"Sorry for the wait, checking your parcel now ({n})."
        sent = time.monotonic()
        outcome = await actor.act(Action("private", "late-parcel", text=text))
        ack.append((time.monotonic() - sent) * 1000)
        assert outcome["ok"], outcome
        while text not in watcher.seen:
            await asyncio.sleep(0.001)
        effect.append((watcher.seen[text] - sent) * 1000)
        await asyncio.sleep(0.137)  # off the host's 0.2 s tick, so actions land at every phase of it
    wall, cpu = time.monotonic() - wall0, cpu_seconds(host_pid) - cpu0
    seats_cpu = sum(map(cpu_seconds, [os.getpid(), *helper_pids])) - seats0
    sim = watcher.session.now
    comments = sum(1 for item in watcher.session.feed if item.flood and sim0 < item.time <= sim)
    result = {
        "samples": samples, "effect_p50_ms": round(statistics.median(effect), 1), "effect_p95_ms": round(percentile(effect, 0.95), 1),
        "effect_max_ms": round(max(effect), 1), "ack_p95_ms": round(percentile(ack, 0.95), 1),
        "host_cpu_share": round(cpu / wall, 3), "seats_cpu_share": round(seats_cpu / wall, 3), "comments_per_s": round(comments / max(sim - sim0, 1e-9)),
        "window_s": round(wall, 1),
    }
    await facilitator.steer("end")
    await asyncio.sleep(0.3)
    for seat in (facilitator, actor, watcher):
        await seat.close()
    for task in listening:
        task.cancel()
    return result


def run_case(folder: Path, per_second: float, seats: int, samples: int) -> dict:
    port = free_port("127.0.0.1")
    url = f"ws://127.0.0.1:{port}/ws"
    scenario = scenario_file(folder, per_second)
    host = subprocess.Popen([sys.executable, "-m", "drill", "host", str(scenario), "--team", ",".join(MEMBERS), "--code", CODE,
                             "--port", str(port), "--speed", "1", "--journal", str(folder / f"bench-{seats}.jsonl")],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO)
    helpers: list[subprocess.Popen] = []
    try:
        assert host.stdout is not None and host.stdout.readline().startswith("drill host: ws://")
        others = [m.split(":")[0] for m in MEMBERS if m.split(":")[0] not in (ACTOR, WATCHER)]
        others = (others + ["projector"] * seats)[: max(0, seats - 3)]  # less the facilitator, actor and watcher
        for half in (others[::2], others[1::2]):
            if half:
                helper = subprocess.Popen([sys.executable, __file__, "--listen", url, ",".join(half)], stdout=subprocess.PIPE, text=True, cwd=REPO)
                helpers.append(helper)
        for helper in helpers:
            assert helper.stdout is not None and helper.stdout.readline().strip() == "joined"
        result = asyncio.run(measure(url, host.pid, [h.pid for h in helpers], samples, warm=2.0))
        return {"seats": 3 + len(others), "flood_per_s": per_second, **result}
    finally:
        for process in (*helpers, host):
            process.terminate()
        for process in (*helpers, host):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def run(quick: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        samples = 15 if quick else int(os.environ.get('BENCH_SAMPLES', 100))
        baseline = run_case(folder, 0, 3, samples)
        flood = run_case(folder, 100 if quick else 1000, 6 if quick else 30, samples)
    return {"baseline": baseline, "flood": flood, "goal_p95_ms": GOAL_MS, "ok": flood["effect_p95_ms"] <= GOAL_MS, "quick": quick}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes, for CI")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--listen", nargs=2, metavar=("URL", "NAMES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.listen:
        asyncio.run(listen_as(args.listen[0], args.listen[1].split(",")))
        return
    figures = run(args.quick)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for name in ("baseline", "flood"):
        f = figures[name]
        print(f"{name:<9} {f['seats']:>2} seats, {f['flood_per_s']:>5,.0f} comments/s: action → effect on another seat "
              f"p50 {f['effect_p50_ms']:.1f} ms, p95 {f['effect_p95_ms']:.1f} ms, max {f['effect_max_ms']:.1f} ms; "
              f"ack p95 {f['ack_p95_ms']:.1f} ms; host CPU {f['host_cpu_share']:.0%} of one core, the seats' replicas {f['seats_cpu_share']:.0%} ({f['samples']} actions, {f['window_s']} s)")
    print(f"goal: p95 <= {GOAL_MS:.0f} ms under the flood: {'ok' if figures['ok'] else 'MISSED'}")


if __name__ == "__main__":
    main()
