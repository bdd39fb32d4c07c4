"""The `drill` command: one click group, every subcommand importing its work lazily.

Lazy imports keep `drill --help` fast (Textual, pydantic and Faker load only for the commands
that need them). Every user-facing failure is a one-line message and an exit status, never a
traceback: 2 for bad input, 1 for a check that found problems.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from drill import __version__

EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2


class DrillGroup(click.Group):
    """Lists commands in the order a new user meets them, not alphabetically."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)


@click.group(cls=DrillGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="drill")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Crisis drills for social-media customer service (somekriisi).

    With no command, opens the scenario picker (same as `drill play`).

    \b
    Examples:
      drill                                  pick a bundled scenario and play
      drill play scenarios/deleted-comment.yaml --seed 7
      drill validate scenarios/              check every scenario in a folder
      drill new my-drill                     start a scenario of your own
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(play)


def scenario_files(paths: tuple[str, ...]) -> list[Path]:
    """Files named, drill folders named, and inside other folders named their *.yaml / *.yml
    files and drill folders (whose parts are one scenario, not several)."""
    from drill.scenario.files import is_folder

    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if is_folder(path) or not path.is_dir():
            found.append(path)
            continue
        drills = sorted(p for p in path.rglob("*") if is_folder(p))
        found.extend(drills)
        found.extend(sorted(
            p for p in path.rglob("*")
            if p.suffix in (".yaml", ".yml") and p.is_file() and not any(d in p.parents for d in drills)
        ))
    return found


def _report(diagnostics: list) -> None:
    for diagnostic in diagnostics:
        click.echo(str(diagnostic), err=diagnostic.severity == "error")


def _check(paths: tuple[str, ...], with_lint: bool) -> int:
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.load import load

    files = scenario_files(paths)
    if not files:
        click.echo("drill: no scenario files found (give .yaml files or folders)", err=True)
        return EXIT_BAD_INPUT
    errors = warnings = 0
    for file in files:
        try:
            loaded = load(file)
        except ScenarioError as exc:
            _report(exc.diagnostics)
            errors += len(exc.diagnostics)
            continue
        if with_lint:
            found = _lint_all(loaded)
            _report(found)
            warnings += sum(d.severity == "warning" for d in found)
            errors += sum(d.severity == "error" for d in found)
    summary = f"{len(files)} file(s): {errors} error(s)" + (f", {warnings} warning(s)" if with_lint else "")
    click.echo(summary, err=True)
    if errors:
        return EXIT_BAD_INPUT
    return EXIT_PROBLEMS if warnings else 0


def _lint_all(loaded) -> list:
    """What `drill lint` says of a loaded drill: the graph checks and the model answers' checks."""
    from drill.checker.lint import lint_model_answers
    from drill.scenario.lint import lint as lint_loaded

    return sorted(lint_loaded(loaded) + lint_model_answers(loaded))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def validate(paths: tuple[str, ...]) -> None:
    """Check that scenario files load: syntax, types, keys and ids.

    Prints every problem as FILE:LINE:COL: CODE message. Exit status 2 when any file has
    errors.

    \b
    Examples:
      drill validate scenarios/deleted-comment.yaml
      drill validate scenarios/ my-drills/
    """
    sys.exit(_check(paths, with_lint=False))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
def lint(paths: tuple[str, ...]) -> None:
    """Validate, then check the drill itself: dead content, unscored options, missing texts.

    Exit status 2 on errors, 1 on warnings, 0 when clean.

    \b
    Examples:
      drill lint scenarios/
    """
    sys.exit(_check(paths, with_lint=True))


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Where to write (default: scenarios/scenario.schema.json).")
def schema(output: str | None) -> None:
    """Write the JSON Schema of the scenario format, for editor completion and hover help.

    Add `# yaml-language-server: $schema=scenario.schema.json` at the top of a scenario and
    VS Code's YAML extension completes keys and explains each one. Beside it go the schemas
    of a drill folder's parts: drill.schema.json for its drill.yaml, inject.schema.json for
    its injects/*.yaml.

    \b
    Examples:
      drill schema
      drill schema -o my-drills/scenario.schema.json
    """
    from drill.scenario.schema import SCHEMA_ID, schema_files

    target = Path(output) if output else Path("scenarios") / SCHEMA_ID
    for name, text in schema_files().items():
        path = target if name == SCHEMA_ID else target.with_name(name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"cannot write {path}: {exc.strerror or exc}") from None
        click.echo(f"wrote {path}")


@main.command("fmt")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--check", is_flag=True, help="Write nothing: list the files that would change and exit 1 if any (for CI).")
def fmt_command(paths: tuple[str, ...], check: bool) -> None:
    """Lay out scenario files one way: keys in the format guide's order, texts in double quotes,
    ids and words plain, each text on one line. Comments and blank lines stay before the key
    they stood before; the drill loads to the same model (checked, or the file is left as it
    is); formatting twice changes nothing.

    Exit status 1 with --check when a file would change, 2 when a file cannot be formatted.

    \b
    Examples:
      drill fmt my-drill.yaml
      drill fmt --check scenarios/ my-drills/
    """
    from drill.scenario.fmt import FormatError, format_path

    files = scenario_files(paths)
    if not files:
        click.echo("drill fmt: no scenario files found (give .yaml files or folders)", err=True)
        sys.exit(EXIT_BAD_INPUT)
    changed, failed = [], False
    for path in files:
        try:
            done = format_path(path)
        except (FormatError, OSError) as exc:
            click.echo(f"drill fmt: {exc}", err=True)
            failed = True
            continue
        for file, text, formatted in done:
            if formatted == text:
                continue
            changed.append(file)
            if check:
                click.echo(f"{file}: would be reformatted")
                continue
            try:
                file.write_text(formatted, encoding="utf-8")
            except OSError as exc:
                click.echo(f"drill fmt: cannot write {file}: {exc.strerror or exc}", err=True)
                failed = True
                continue
            click.echo(f"formatted {file}")
    if failed:
        sys.exit(EXIT_BAD_INPUT)
    sys.exit(EXIT_PROBLEMS if check and changed else 0)


@main.command("split")
@click.argument("source", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(file_okay=False), default=None, help="The drill folder to write (default: the file's name without .yaml).")
@click.option("--force", is_flag=True, help="Write into a folder that is not empty (its inject files are replaced).")
def split_command(source: str, output: str | None, force: bool) -> None:
    """Split a one-file drill into a folder: drill.yaml and injects/NN-ID.yaml, one inject a file.

    The text is cut as it is, comments and all; the folder loads to the same drill (checked),
    and `drill lint`, `play`, `test` and the library take the folder as they take the file.

    \b
    Examples:
      drill split my-drill.yaml               # → my-drill/drill.yaml, my-drill/injects/01-….yaml
      drill unsplit my-drill -o my-drill.yaml --force
    """
    from drill.scenario.folder import split_file

    target = Path(output) if output else Path(source).with_suffix("")
    _convert(lambda: split_file(Path(source), target, force), f"wrote {target}/")


@main.command("unsplit")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="The file to write (default: FOLDER.yaml).")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def unsplit_command(folder: str, output: str | None, force: bool) -> None:
    """Join a drill folder back into one file, comments and all (checked to load the same).

    \b
    Examples:
      drill unsplit my-drill                  # → my-drill.yaml
    """
    from drill.scenario.folder import join_folder

    target = Path(output) if output else Path(folder.rstrip("/\\") + ".yaml")
    _convert(lambda: join_folder(Path(folder), target, force), f"wrote {target}")


def _convert(work, done: str) -> None:
    """Run a conversion; its problem (a diagnostic, a reason, an OS error) as one line, exit 2."""
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.folder import ConvertError

    try:
        work()
    except ScenarioError as exc:
        _report(exc.diagnostics)
        sys.exit(EXIT_BAD_INPUT)
    except (ConvertError, OSError) as exc:
        click.echo(f"drill: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    click.echo(done)


@main.command()
@click.argument("name")
@click.option("-d", "--directory", type=click.Path(file_okay=False), default=".", help="Folder to write into.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def new(name: str, directory: str, force: bool) -> None:
    """Write a commented starter scenario NAME.yaml that validates.

    \b
    Examples:
      drill new late-delivery
      drill new late-delivery -d my-drills
    """
    from drill.scenario.starter import write_starter

    try:
        written = write_starter(name, Path(directory), force=force)
    except (ValueError, FileExistsError, OSError) as exc:
        click.echo(f"drill new: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    for path in written:
        click.echo(f"wrote {path}")
    click.echo(f"next: drill lint {written[0]}  ·  drill play {written[0]}")


@main.command()
@click.argument("scenario", required=False, type=click.Path())
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed for generated comments.")
@click.option("--speed", type=float, default=None, help="Sim seconds per real second (default: the scenario's).")
@click.option("--lang", type=click.Choice(["fi", "en"]), default=None, help="UI language (default: from the locale).")
@click.option("--trainee", default=None, help="Your name, for the history.")
@click.option("--coach", is_flag=True, help="Practice mode: feedback after each decision, and the reply checker's findings as you write.")
@click.option("--pick", is_flag=True, help="Answer by picking the authored options instead of writing your own replies (where the drill allows it).")
@click.option("--resume", is_flag=True, help="Continue the last unfinished run (from its journal; a run is journaled from the start of the drill, so one left at its briefing is not there).")
@click.option("--facilitator", is_flag=True, help="Tabletop exercise: a facilitator panel (F) to fire held injects, skip to a time, write observations and end the exercise.")
@click.option("--team", default=None, metavar="NAME:ROLE,…", help='Who plays in which role, e.g. "Aino:service,Mikko:comms,Sanna:management"; each decision is recorded with the acting member\'s role (a passes the turn).')
@click.option("--fork", "fork", type=click.Path(dir_okay=False), default=None, metavar="RUNLOG",
              help="Try a run again from one of its decisions (with --at): replayed up to just before it, then yours to play, paused.")
@click.option("--at", "at", type=click.IntRange(1), default=None, help="With --fork: the decision's number (as the debrief numbers them).")
@click.option("--watch", is_flag=True, help="For authors: when the drill's file (or folder) is saved, reload it and replay your decisions on it, keeping your place; a save that does not load shows its diagnostics and play goes on.")
def play(scenario: str | None, seed: int, speed: float | None, lang: str | None, trainee: str | None, coach: bool, pick: bool,
         resume: bool, facilitator: bool, team: str | None, fork: str | None, at: int | None, watch: bool) -> None:
    """Play a scenario in the terminal (with none given: pick one).

    SCENARIO is a file or the id of a library scenario. You write your own replies (r, p, d,
    s) and the reply checker reads them; Ctrl+O in the editor, or --pick, chooses among the
    authored options instead. Every decision is journaled as it is made, so a closed terminal
    loses nothing: `drill play --resume` continues.

    \b
    Examples:
      drill play
      drill play deleted-comment --coach
      drill play scenarios/strike-threat.yaml --seed 3 --lang fi --trainee Aino
      drill play --resume
      drill play strike-threat --facilitator --team "Aino:service,Mikko:comms,Sanna:management"
      drill play --fork runs/deleted-comment-20261204T090000Z.jsonl --at 1
      drill play my-drill.yaml --watch --coach
    """
    from drill.tui.app import run_app

    if (fork is None) != (at is None) or (fork is not None and (scenario or resume)):
        click.echo("drill play: --fork RUNLOG goes with --at N, and without a SCENARIO or --resume", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if watch and not scenario:
        click.echo("drill play: --watch goes with a SCENARIO file or folder to watch", err=True)
        sys.exit(EXIT_BAD_INPUT)
    sys.exit(run_app(scenario=scenario, seed=seed, speed=speed, lang=lang, trainee=trainee, coach=coach, resume=resume,
                     facilitator=facilitator, team=team, pick=pick, fork=fork, at=at, watch=watch))


@main.command("host")
@click.argument("scenario", required=False, type=click.Path())
@click.option("--team", default=None, metavar="NAME:ROLE,…", help='Who sits at which seat, e.g. "Aino:service,Mikko:comms,Sanna:management".')
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed for generated comments.")
@click.option("--speed", type=float, default=None, help="Sim seconds per real second (default: the scenario's).")
@click.option("--code", default=None, help="The join code (default: six random characters).")
@click.option("--host", "address", default="127.0.0.1", show_default=True, help="Address to listen on (loopback unless --public).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port (0: any free one).")
@click.option("--public", is_flag=True, help="Listen on the room's network (with --host 0.0.0.0): anyone with the code can join.")
@click.option("--journal", type=click.Path(dir_okay=False), default=None, help="The exercise's journal (default: a new file in the runs folder).")
@click.option("--resume", "resume", type=click.Path(dir_okay=False, exists=True), default=None, metavar="JOURNAL",
              help="Go on with an exercise whose host stopped, from its journal (seats join again).")
def host_command(scenario: str | None, team: str | None, seed: int, speed: float | None, code: str | None, address: str,
                 port: int, public: bool, journal: str | None, resume: str | None) -> None:
    """Host one exercise for many seats: one engine, one clock, one journal.

    Each member joins with the code and their name and gets their role's powers (the engine
    refuses what a role may not do); `facilitator` steers (pause, resume, held injects, end)
    and `projector` watches. The protocol is JSON over a WebSocket at ws://HOST:PORT/ws
    (drill/seats/protocol.py); http://HOST:PORT/seat?code=CODE&as=NAME is the same seat in a
    browser. The clock starts paused: the facilitator resumes it.

    \b
    Examples:
      drill host strike-threat --team "Aino:service,Mikko:comms,Sanna:management"
      drill host --resume runs/strike-threat-20261204T090000Z.jsonl --code K7QX2M
    """
    import asyncio
    import socket

    from drill.runlog import new_journal_path
    from drill.seats.host import new_code, new_host, record_exercise, resumed_host, serve
    from drill.seats.page import page_url
    from drill.team import TeamError, parse_team
    from drill.web import WILDCARDS, free_port, is_loopback

    if not is_loopback(address) and not public:
        click.echo(f"drill host: {address} is not loopback; add --public to let the room's network join", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if (resume is None) == (scenario is None) or (scenario is not None and not team):
        click.echo("drill host: give a SCENARIO with --team, or --resume JOURNAL", err=True)
        sys.exit(EXIT_BAD_INPUT)
    port = port or free_port(address)
    code = (code or new_code()).upper()
    try:
        if resume is not None:
            host = resumed_host(Path(resume), code, speed, address, port, public)
        else:
            members = parse_team(str(team))
            loaded = _load_or_exit(str(scenario))
            target = Path(journal) if journal else new_journal_path(loaded.scenario.id)
            host = new_host(loaded, seed, members, code, speed, target, address, port, public)
    except TeamError as exc:
        click.echo(f"drill host: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except Exception as exc:  # a journal or scenario that cannot be resumed: one line, never a traceback
        from drill.library import LibraryError
        from drill.runlog import JournalError

        if not isinstance(exc, (JournalError, LibraryError, OSError)):
            raise
        click.echo(f"drill host: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    async def hosting() -> None:
        ready = asyncio.Event()
        serving = asyncio.ensure_future(serve(host, address, port, ready))
        await asyncio.wait([serving, asyncio.ensure_future(ready.wait())], return_when=asyncio.FIRST_COMPLETED)
        if ready.is_set():  # listening: now the address is worth printing
            click.echo(f"drill host: ws://{address}:{port}/ws  code {code}  journal {host.writer.path}")
            shown = socket.gethostname() if address in WILDCARDS else f"[{address}]" if ":" in address else address
            click.echo(f"drill host: in a browser, each member opens {page_url(f'http://{shown}:{port}', code)} (their name for NAME)")
            sys.stdout.flush()
        await serving

    try:
        asyncio.run(hosting())
    except KeyboardInterrupt:
        host.writer.close()
    except OSError as exc:
        click.echo(f"drill host: cannot listen on {address}:{port}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if host.session.ended is not None:
        problem = record_exercise(host)
        click.echo("drill host: the exercise is in the history (drill history, drill cohort)" if problem is None else
                   f"drill host: not recorded in the history ({problem}); `drill sync` imports the journal later", err=problem is not None)


@main.command("join")
@click.argument("address")
@click.option("--code", required=True, help="The exercise's join code (the host prints it).")
@click.option("--as", "name", default=None, help="Your name as in the host's --team, or facilitator.")
@click.option("--view", type=click.Choice(["seat", "projector"]), default="seat",
              help="projector: the room's read-only screen (big clock, wall, latest decisions); no --as needed.")
@click.option("--lang", type=click.Choice(["fi", "en"]), default=None, help="UI language (default: from the locale).")
def join_command(address: str, code: str, name: str | None, view: str, lang: str | None) -> None:
    """Take your seat in a hosted exercise (`drill host`): your role's powers, the host's clock.

    ADDRESS is what the host printed (ws://HOST:PORT/ws; HOST:PORT will do).

    \b
    Examples:
      drill join ws://127.0.0.1:8765/ws --code K7QX2M --as Aino
      drill join 192.168.1.20:8765 --code K7QX2M --as facilitator
      drill join 192.168.1.20:8765 --code K7QX2M --view projector
    """
    if view == "projector":
        name = "projector"
    elif not name:
        raise click.UsageError("say who you are: --as NAME (as in the host's --team), --as facilitator, or --view projector")
    from drill.seats.client import SeatClient
    from drill.tui.app import make_app

    url = address if address.startswith(("ws://", "wss://")) else f"ws://{address.rstrip('/')}/ws"
    app = make_app(None, lang=lang, seat=SeatClient(url, code.upper(), name))
    app.run()
    sys.exit(app.return_code or 0)


@main.command()
@click.argument("runlog", type=click.Path(dir_okay=False))
@click.option("--speed", type=float, default=None, help="Sim seconds per real second (default: the scenario's).")
@click.option("--lang", type=click.Choice(["fi", "en"]), default=None, help="UI language (default: the run's).")
@click.option("--scenario", "scenario_path", default=None, help="The scenario, if the library does not have the run's.")
def replay(runlog: str, speed: float | None, lang: str | None, scenario_path: str | None) -> None:
    """Watch a recorded run (its journal) unfold again, each decision marked; space pauses.

    \b
    Examples:
      drill replay ~/.local/share/drill/runs/deleted-comment-20261123T070000-seed1.jsonl
      drill replay run.jsonl --speed 120
    """
    from drill.tui.app import run_replay

    sys.exit(run_replay(runlog, speed=speed, lang=lang, scenario=scenario_path))


@main.command("run")
@click.argument("scenario", required=False, type=click.Path())
@click.option("--player", default="ideal", show_default=True, metavar="NAME|FILE.py:CLASS",
              help="Who plays: a bot (ideal, slow, passive, deleter, random), a blind player (first, longest, …) or your own class.")
@click.option("--seed", type=int, default=1, show_default=True, help="The run's seed.")
@click.option("--journal", "journal", type=click.Path(dir_okay=False), default=None,
              help="Where to write the run's journal (default: a new file in the runs folder).")
@click.option("--trainee", default=None, help="The name in the journal header (and so in the report).")
@click.option("--lang", type=click.Choice(["fi", "en"]), default=None, help="The run's language (the report's default).")
@click.option("--fork", "fork", type=click.Path(dir_okay=False), default=None, metavar="RUNLOG",
              help="Try again from a decision of this run (with --at): the player goes on from just before it.")
@click.option("--at", "at", type=click.IntRange(1), default=None, help="The decision to try again (its number in the debrief).")
def run_command(scenario: str | None, player: str, seed: int, journal: str | None, trainee: str | None, lang: str | None,
                fork: str | None, at: int | None) -> None:
    """Play a whole run without a terminal and write its journal.

    The journal is the same a trainee's run leaves: `drill report`, `drill replay` and
    `drill play --resume` read it. For scripts, CI and LMS exports that need a real run.
    With --fork RUNLOG --at N the run is a fork: that run replayed up to just before its
    decision N, then played on by the player.

    \b
    Examples:
      drill run deleted-comment --player ideal --journal runs/ideal.jsonl
      drill run my-drill.yaml --player my_bot.py:Careful --seed 7
      drill run --fork runs/deleted-comment-1.jsonl --at 3 --player ideal
    """
    from drill.fork import ForkError, open_fork
    from drill.players import PlayerError, make_player, play
    from drill.runlog import new_journal_path
    from drill.scoring.scorecard import score
    from drill.sim import play_journaled

    if (fork is None) == (scenario is None) or (fork is not None) != (at is not None):
        click.echo("drill run: give a SCENARIO, or --fork RUNLOG with --at N", err=True)
        sys.exit(EXIT_BAD_INPUT)
    try:
        bot = make_player(player, seed)
    except PlayerError as exc:
        click.echo(f"drill run: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if journal is not None and Path(journal).exists():
        click.echo(f"drill run: {journal} exists; a journal is never overwritten (choose another --journal)", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if fork is not None:
        try:
            loaded, session, writer = open_fork(fork, int(at or 0), Path(journal) if journal else None, trainee=trainee, lang=lang, player=player)
        except ForkError as exc:
            click.echo(f"drill run: {exc}", err=True)
            sys.exit(EXIT_BAD_INPUT)
        target = writer.path
        play(loaded.scenario, bot, session.seed, session=session)
        writer.close()
    else:
        loaded = _load_or_exit(str(scenario))
        target = Path(journal) if journal else new_journal_path(loaded.scenario.id)
        session, writer = play_journaled(loaded, bot, seed, target, trainee=trainee or player, lang=lang, player=player)
    if writer.failure is not None:
        click.echo(f"drill run: the journal could not be written: {writer.failure}", err=True)
        sys.exit(1)
    card = score(session)
    click.echo(f"{target}  {card.overall:.0f} {card.rating} · ending {session.ended}")


@main.command()
@click.argument("scenario", type=click.Path())
@click.option("--runs", type=click.IntRange(1, 100000), default=100, show_default=True, help="Runs per bot.")
@click.option("--seed", type=int, default=1, show_default=True, help="First seed; run i uses seed+i.")
@click.option("--bots", default=None, help="Comma-separated bots (default: ideal,passive,deleter,slow,random).")
@click.option("--blind", is_flag=True, help="The gameability check: the reference bots and every blind player, and whether a habit wins.")
@click.option("--player", "players", multiple=True, metavar="FILE.py:CLASS", help="A player of your own (repeatable); see drill.players.")
@click.option("--jobs", type=click.IntRange(1, 64), default=None, help="Worker processes (default: one per core).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts and CI.")
def simulate(scenario: str, runs: int, seed: int, bots: str | None, blind: bool, players: tuple[str, ...], jobs: int | None, as_json: bool) -> None:
    """Play a scenario many times with bots: score distributions and content never reached.

    Bots: ideal (the scenario's own expectations), passive (does nothing), deleter (deletes
    criticism), slow (ideal, but late), random (seeded). --blind plays the blind players too,
    habits that read nothing (always the first option, the longest, management at once, only
    status updates…), and says whether any of them wins: a drill should keep every one at or
    below 60 and the ideal bot at 85 or more. Exit 1 when a habit wins.

    \b
    Examples:
      drill simulate scenarios/strike-threat.yaml --runs 200
      drill simulate deleted-comment --blind --runs 30
      drill simulate my-drill.yaml --player my_bot.py:Careful --runs 20
    """
    import json

    from drill.players import PlayerError, load_player_class
    from drill.sim import BOTS, GAMEABILITY_PLAYERS, gameability
    from drill.sim import simulate as run_simulation

    chosen = [b.strip() for b in (bots or "" if blind or players else bots or "ideal,passive,deleter,slow,random").split(",") if b.strip()]
    if blind:
        chosen += [b for b in GAMEABILITY_PLAYERS if b not in chosen]
    chosen += [p for p in players if p not in chosen]
    for spec in chosen:
        try:
            load_player_class(spec)
        except PlayerError as exc:
            click.echo(f"drill simulate: {exc}", err=True)
            sys.exit(EXIT_BAD_INPUT)
    if not chosen:
        click.echo(f"drill simulate: no bots chosen; choose from {', '.join(BOTS)} or FILE.py:Class", err=True)
        sys.exit(EXIT_BAD_INPUT)
    loaded = _load_or_exit(scenario)
    result = run_simulation(loaded.scenario, runs, seed, chosen, jobs)
    problems = gameability(result) if blind else []
    if as_json:
        click.echo(json.dumps({**result, **({"gameability": problems} if blind else {})}, indent=2, ensure_ascii=False))
        sys.exit(1 if problems else 0)
    dims = ["timeliness", "escalation", "channel_privacy", "tone_strategy", "transparency", "coverage"]
    short = ["time", "escal", "chan", "tone", "transp", "cover"]
    width = max(9, *(len(b) + 1 for b in chosen))
    click.echo(f"{loaded.scenario.id}: {runs} run(s) per bot, seeds {seed}..{seed + runs - 1}\n")
    click.echo(f"{'bot':<{width}}{'mean':>6}{'min':>6}{'max':>6}  " + "".join(f"{s:>7}" for s in short) + "  critical errors")
    for bot in result["bots"]:
        o = bot["overall"]
        crit = ", ".join(f"{k}×{v}" for k, v in sorted(bot["critical"].items())) or "-"
        cells = "".join(f"{bot['dimensions'][d]['mean']:>7.0f}" for d in dims)
        click.echo(f"{bot['bot']:<{width}}{o['mean']:>6.1f}{o['min']:>6.1f}{o['max']:>6.1f}  {cells}  {crit}")
    click.echo("")
    for bot in result["bots"]:
        endings = ", ".join(f"{k}×{v}" for k, v in sorted(bot["endings"].items()))
        click.echo(f"{bot['bot']:<{width}} endings: {endings}")
    click.echo("")
    held = {i.id for i in loaded.scenario.injects if i.held}
    for kind, seen in result["coverage"].items():
        total = len(seen["reached"]) + len(seen["never"])
        names = [f"{x} (held: bots never fire it; a facilitator or a `fire` test step does)" if x in held else x for x in seen["never"]]
        never = f"  never: {', '.join(names)}" if names else ""
        click.echo(f"{kind:<9} reached {len(seen['reached'])}/{total}{never}")
    if blind:
        click.echo("")
        click.echo(_gameability_summary(result))
        for problem in problems:
            click.echo(f"problem: {problem}")
        sys.exit(1 if problems else 0)


def _gameability_summary(result: dict) -> str:
    """One line: the best blind player beside ideal, slow and passive."""
    from drill.players import BLIND

    means = {b["bot"]: b["overall"]["mean"] for b in result["bots"]}
    blind = {b: v for b, v in means.items() if b in BLIND}
    best = max(blind, key=lambda b: blind[b]) if blind else None
    parts = [f"{name} {means[name]:.1f}" for name in ("ideal", "slow", "passive") if name in means]
    if best:
        parts.append(f"best blind ({best}) {blind[best]:.1f}")
    return "gameability: " + " · ".join(parts)


def _load_or_exit(name: str):
    """Load a scenario by path or library id, or print why not (its diagnostics) and exit 2."""
    from drill.library import LibraryError, load_named

    try:
        return load_named(name)
    except LibraryError as exc:
        for line in exc.lines("drill"):
            click.echo(line, err=True)
        sys.exit(EXIT_BAD_INPUT)


@main.command("check-reply")
@click.argument("scenario", type=click.Path())
@click.argument("inject")
@click.option("--route", type=click.Choice(["public", "private", "redirect", "status", "escalate"]), default="public", show_default=True,
              help="Where the text goes (escalate: the note written when escalating about the inject).")
@click.option("--lang", type=click.Choice(["fi", "en"]), default=None, help="The text's language (default: told from its words, else the scenario's first).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: findings with spans, tags, the nearest authored option.")
def check_reply_command(scenario: str, inject: str, route: str, lang: str | None, as_json: bool) -> None:
    """Check a written reply to one inject: the text comes on standard input.

    Finds personal data in public, promises the ground rules do not back, figures that
    contradict the scenario's facts, a move to another channel without a reason, tone
    (acknowledges, apologises, thanks, curt, blame, defensive, boilerplate, shouting), and
    for an escalation note whether it is a situation report.

    \b
    Examples:
      echo "Hinnat on mitä on." | drill check-reply deleted-comment price-critic
      drill check-reply deleted-comment price-critic --lang en --json < reply.txt
      drill check-reply bank-outage - --route status < update.txt

    A status update is read as the drill reads one, said to everyone rather than in answer to
    the inject (give the inject it follows, or '-').
    """
    import json

    from drill.checker import check_reply
    from drill.checker.words import language_of
    from drill.i18n import finding_message

    loaded = _load_or_exit(scenario)
    if not (route == "status" and inject == "-") and inject not in loaded.scenario.injects_by_id:
        from drill.scenario.diagnostics import did_you_mean

        click.echo(f"drill check-reply: no inject {inject!r} in {loaded.scenario.id}{did_you_mean(inject, loaded.scenario.injects_by_id)}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    text = sys.stdin.read()
    lang = lang or language_of(text, loaded.scenario.languages[0])
    review = check_reply(loaded.scenario, None if route == "status" else inject, route, text, lang)  # an update is said to everyone, as in the drill
    findings = [{**f.to_json(), "message": finding_message(f.check, f.detail, lang)} for f in review.findings]
    if as_json:
        click.echo(json.dumps({"findings": findings, "tags": list(review.tags), "nearest_option": review.nearest_option},
                              indent=2, ensure_ascii=False))
        return
    for f in findings:
        click.echo(f"{f['start']}-{f['end']} {f['check']}: \"{text[f['start']:f['end']]}\" {f['message']}")
    click.echo(f"tags: {', '.join(review.tags) or '-'} · nearest option: {review.nearest_option or '-'}")


@main.command("test")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--runs", type=click.IntRange(0, 1000), default=10, show_default=True, help="Seeds per player for the gameability check (0: skip it).")
def test_command(paths: tuple[str, ...], runs: int) -> None:
    """Run the scenarios' embedded `tests:` blocks, then the gameability check. Exit 1 if any fails.

    The gameability check plays the blind players (habits that read nothing) and the slow
    player on a few seeds: a drill fails when a blind player's mean reaches S (65) or the slow
    player's reaches P (85), since its score would then reward habit over judgement
    (`drill simulate --blind` shows the whole table).

    \b
    Examples:
      drill test scenarios/
      drill test my-drill.yaml --runs 10
    """
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.load import load
    from drill.sim import GAMEABILITY_PLAYERS, gameability, run_test, simulate

    files = scenario_files(paths)
    failed = passed = errors = 0
    for file in files:
        try:
            loaded = load(file)
        except ScenarioError as exc:
            _report(exc.diagnostics)
            errors += 1
            continue
        for test in loaded.scenario.tests:
            result = run_test(loaded.scenario, test)
            mark = "ok  " if result.passed else "FAIL"
            click.echo(f"{mark} {file}::{test.id}  score {result.card.overall:.1f} {result.card.rating}, ending {result.card.ending}")
            for problem in result.problems:
                click.echo(f"       {problem}")
            passed += result.passed
            failed += not result.passed
        if runs:
            sims = simulate(loaded.scenario, runs, 1, GAMEABILITY_PLAYERS)
            problems = gameability(sims)
            click.echo(f"{'FAIL' if problems else 'ok  '} {file}::gameability  {_gameability_summary(sims).removeprefix('gameability: ')}")
            for problem in problems:
                click.echo(f"       {problem}")
            passed += not problems
            failed += bool(problems)
    click.echo(f"{passed} passed, {failed} failed")
    if errors:
        sys.exit(EXIT_BAD_INPUT)
    sys.exit(EXIT_PROBLEMS if failed else 0)


DB_HELP = "History database: a SQLite file or a postgresql://USER@HOST/DB URL (default: in the user data folder; or $DRILL_DB)."


def _history_or_exit(command: str, db: str | None):
    """The history database, migrated; a one-line error (exit 2) if it cannot be opened."""
    from drill.history import History, HistoryError

    try:
        return History(db)
    except (HistoryError, OSError) as exc:
        click.echo(f"drill {command}: cannot open the history database: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)


@main.command()
@click.option("--trainee", default=None, help="Only this trainee.")
@click.option("--scenario", default=None, help="Only this scenario id.")
@click.option("--db", default=None, metavar="PATH|URL", help=DB_HELP)
@click.option("--runs", "show_runs", is_flag=True, help="List every run, not just progress.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--forget", default=None, metavar="NAME", help="Erase this trainee's runs (GDPR erasure): their own runs go, and their name from team runs.")
def history(trainee: str | None, scenario: str | None, db: str | None, show_runs: bool, as_json: bool, forget: str | None) -> None:
    """Progress per trainee and scenario: runs, first, best and last score.

    Names are matched however they were typed ("aino " is Aino).

    \b
    Examples:
      drill history
      drill history --trainee Aino --runs
      drill history --db postgresql://trainer@db.example/drill
      drill history --forget "Aino Mäkinen"
    """
    import json

    from drill.scoring.scorecard import score_text

    store = _history_or_exit("history", db)
    if forget is not None:
        changed = store.forget(forget)
        click.echo(f"forgot {forget}: {changed} run(s) erased or taken off" if changed else f"no runs of {forget!r} in the history")
        return
    if show_runs:
        rows = store.runs(trainee, scenario)
        if as_json:
            click.echo(json.dumps([{k: v for k, v in r.items() if k != "people"} for r in rows], indent=2, ensure_ascii=False))
            return
        for r in rows:
            click.echo(f"#{r['id']:<4} {r['trainee']:<14} {r['scenario']:<22} seed {r['seed']:<5} {score_text(r['overall']):>5} {r['rating']}  {r['ending'] or ''}")
        if not rows:
            click.echo("no runs yet: play one with `drill play`")
        return
    progress = store.progress(trainee, scenario)
    if as_json:
        click.echo(json.dumps([p.__dict__ for p in progress], indent=2, ensure_ascii=False))
        return
    if not progress:
        click.echo("no runs yet: play one with `drill play`")
        return
    click.echo(f"{'trainee':<14} {'scenario':<22} {'runs':>4} {'first':>6} {'best':>6} {'last':>6}  trend")
    for p in progress:
        trend = "↑" if p.last > p.first else ("↓" if p.last < p.first else "→")
        click.echo(f"{p.trainee:<14} {p.scenario:<22} {p.runs:>4} {score_text(p.first):>6} {score_text(p.best):>6} {score_text(p.last):>6}  {trend} {p.last_rating}")


@main.command()
@click.option("--db", default=None, metavar="PATH|URL", help=DB_HELP)
@click.option("-o", "--output", default="reports/cohort.html", show_default=True, metavar="FILE.html|FILE.csv",
              help="Where to write the report: HTML, or CSV (UTF-8) for a spreadsheet.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD", help="Only runs started on or after this day (UTC).")
@click.option("--drill", "drill_id", default=None, metavar="ID", help="Only this drill (scenario id).")
@click.option("--team", default=None, metavar="NAME", help="Only team runs this person took part in.")
@click.option("--trainee", default=None, metavar="NAME", help="Only runs this person took part in, alone or in a team.")
@click.option("--practice/--assessed", "practice", default=None, help="Only practice runs (coach mode), or only assessed runs; both by default.")
@click.option("--anonymise", is_flag=True, help="Stable pseudonyms instead of names, for sharing the report.")
@click.option("--lang", type=click.Choice(["fi", "en"]), default=None, help="Report language.")
def cohort(db: str | None, output: str, since, drill_id: str | None, team: str | None, trainee: str | None, practice: bool | None,
           anonymise: bool, lang: str | None) -> None:
    """A trainer's report on a cohort: every trainee's runs from the history.

    Trainees × drills (best and latest score, trend), each trainee's and the cohort's weakest
    dimension, progress over time, and how the cohort answered each inject (the hardest
    first). Names appear only for whoever can read the database; --anonymise replaces them
    with pseudonyms that stay the same from report to report.

    \b
    Examples:
      drill cohort -o reports/cohort.html
      drill cohort --db postgresql://trainer@db.example/drill --since 2026-09-01 --assessed
      drill cohort --drill strike-threat --anonymise -o cohort.csv
    """
    from drill.history.cohort import Filters
    from drill.i18n import default_lang
    from drill.report.cohort import cohort_report, render_csv, render_html
    from drill.report.render import write_text

    if not output.lower().endswith((".html", ".csv")):
        click.echo(f"drill cohort: {output}: the report is written as .html or .csv; name the file so", err=True)
        sys.exit(EXIT_BAD_INPUT)
    store = _history_or_exit("cohort", db)
    report = cohort_report(store, Filters(since, drill_id, team, practice, trainee), lang or default_lang(), anonymise)
    store.close()
    text = render_csv(report) if output.lower().endswith(".csv") else render_html(report)
    try:
        write_text(text, output)
    except OSError as exc:
        click.echo(f"drill cohort: cannot write {output}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    click.echo(f"{output}: {report['counts']['runs']} runs, {report['counts']['trainees']} trainees, {report['counts']['drills']} drills")


@main.command()
@click.argument("journal_dir", required=False, type=click.Path(file_okay=False), metavar="[JOURNAL_DIR]")
@click.option("--db", default=None, metavar="PATH|URL", help=DB_HELP)
def sync(journal_dir: str | None, db: str | None) -> None:
    """Import finished journals into the history (a laptop that was offline, another history).

    Each journal is replayed on the scenario it was played on and recorded as if the run had
    just ended; one already in the history (by its run id) is skipped, so syncing again
    imports nothing twice. JOURNAL_DIR defaults to the runs folder. Unfinished journals are
    left for `drill play --resume`.

    \b
    Examples:
      drill sync
      drill sync /media/usb/runs --db postgresql://trainer@db.example/drill
    """
    from drill.paths import runs_dir
    from drill.sync import sync as import_journals

    folder = Path(journal_dir) if journal_dir else runs_dir()
    if not folder.is_dir():
        click.echo(f"drill sync: {folder}: no such folder of journals", err=True)
        sys.exit(EXIT_BAD_INPUT)
    store = _history_or_exit("sync", db)
    result = import_journals(folder, store)
    store.close()
    for problem in result.problems:
        click.echo(f"drill sync: {problem}", err=True)
    click.echo(f"imported {result.imported} run(s); {result.known} already in the history; {result.unfinished} unfinished (left for --resume)"
               + (f"; {len(result.problems)} could not be imported" if result.problems else ""))
    if result.problems:
        sys.exit(EXIT_PROBLEMS)


@main.command()
@click.argument("scenario", required=False)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free port).")
@click.option("--public", is_flag=True, help="Allow listening on a non-loopback address (anyone on the network can then play).")
@click.option("--seed", type=int, default=None, help="Random seed passed to each session.")
@click.option("--lang", type=click.Choice(["fi", "en"]), default=None, help="UI language.")
@click.option("--play-args", default="", help="More `drill play` options for each session, e.g. \"--coach --speed 60\".")
def serve(scenario: str | None, host: str, port: int, public: bool, seed: int | None, lang: str | None, play_args: str) -> None:
    """Serve the app in a browser (textual-serve), to project a drill or follow it remotely.

    Each browser tab gets its own session. Listens on loopback only unless --public is given.
    Only the page this server serves may start a session: a WebSocket from any other origin
    (another site open in the same browser, another port on this machine) is refused. With
    --public, the page may also come from the listening address, this machine's name or one
    of its IP addresses.

    A session's run is journaled once the trainee starts the drill (leaves the briefing): a
    tab closed during the briefing, or a refused connection, leaves nothing for `drill play
    --resume`; a drill started and then abandoned resumes like any other run.

    \b
    Examples:
      drill serve deleted-comment
      drill serve strike-threat --port 8080 --play-args "--coach"
      drill serve --host 0.0.0.0 --public        (the whole network can connect)
    """
    import shlex
    import socket

    from drill.web import free_port, is_loopback
    from drill.web import serve as run_server

    if not is_loopback(host) and not public:
        click.echo(f"drill serve: {host} is not a loopback address; add --public to let the network connect", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if not is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can open a drill session", err=True)
    args: list[str] = []
    if scenario:
        path = _load_or_exit(scenario).path
        args.append(str(Path(path).resolve()))
    if seed is not None:
        args += ["--seed", str(seed)]
    if lang:
        args += ["--lang", lang]
    args += shlex.split(play_args)
    if port == 0:
        port = free_port(host)
    shown = socket.gethostname() if host in ("0.0.0.0", "::") else f"[{host}]" if ":" in host else host
    click.echo(f"drill serve: open http://{shown}:{port}/ (Ctrl+C to stop)")
    try:
        run_server(host, port, args, public=public)
    except OSError as exc:
        click.echo(f"drill serve: cannot listen on {host}:{port}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)


@main.command()
@click.argument("runlog", type=click.Path(dir_okay=False))
@click.option("-f", "--format", "fmt", type=click.Choice(["html", "md", "json", "xapi"]), default="html", show_default=True, help="html: printable after-action report; md: the same in Markdown; json: the run record; xapi: xAPI 1.0.3 statements.")
@click.option("-o", "--output", default=None, help="File to write, or a folder (default: reports/ named after the run).")
@click.option("--templates", type=click.Path(exists=True, file_okay=False), default=None, help="Folder of templates that override the bundled ones of the same name.")
@click.option("--lang", type=click.Choice(["fi", "en"]), default=None, help="Report language (default: the run's).")
@click.option("--scenario", "scenario_path", type=click.Path(), default=None, help="The scenario file (or drill folder), when the library does not have the run's scenario.")
@click.option("--actor", default=None, metavar="mailto:ADDRESS", help="xAPI: the trainee's e-mail address as the statements' actor (for a team, the team's).")
@click.option("--account", default=None, metavar="HOMEPAGE:NAME", help="xAPI: the trainee's account on your LMS as the actor, e.g. https://lms.example.org:aino (NAME is after the last colon).")
@click.option("--compare", "compare", type=click.Path(dir_okay=False), default=None, metavar="PARENT",
              help="Compare with another run of the drill (a fork with the run it was tried again from; a fork's report does it by itself while its parent's journal is there).")
def report(runlog: str, fmt: str, output: str | None, templates: str | None, lang: str | None, scenario_path: str | None,
           actor: str | None, account: str | None, compare: str | None) -> None:
    """Write the debrief of a run from its journal (RUNLOG): what happened, what it cost,
    what to do next time.

    The run is replayed and scored again, so the same journal always gives the same report.
    xAPI statements name the trainee by --actor or --account; without them, by the name alone,
    and a learning record store takes two trainees of one name for one.

    \b
    Examples:
      drill report runs/deleted-comment-aino.jsonl
      drill report run.jsonl -f md -o debrief.md --lang fi
      drill report run.jsonl -f xapi -o reports/ --actor mailto:aino@example.org
      drill report run.jsonl --templates my-templates/ --scenario my-drill.yaml
      drill report runs/deleted-comment-fork-….jsonl --compare runs/deleted-comment-….jsonl
    """
    from drill.report.command import ReportError, report_from_journal

    try:
        path = report_from_journal(runlog, fmt, output, templates, lang, scenario_path, actor, account, compare=compare)
    except ReportError as exc:
        click.echo(f"drill report: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    click.echo(f"wrote {path}")


@main.command("graph")
@click.argument("scenario", type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Where to write (default: SCENARIO-graph.html, .mmd or .dot here; - for standard output).")
@click.option("--format", "fmt", type=click.Choice(["html", "mermaid", "dot"]), default="html", show_default=True, help="A self-contained page, or a diagram for docs.")
@click.option("--lang", type=click.Choice(["fi", "en"]), default=None, help="The page's language (default: the scenario's first).")
@click.option("--runs", type=click.IntRange(0, 50), default=2, show_default=True, help="Seeds each bundled bot plays to find content nobody reaches (0: lint only).")
def graph_command(scenario: str, output: str | None, fmt: str, lang: str | None, runs: int) -> None:
    """Draw a drill: injects on a time axis, floods as bands, triggers as arrows from what they
    wait on to what they set off, endings and what reaches them, held injects marked.

    Content that can never happen is drawn in red with its lint code (D401 inject never
    arrives, D402 trigger never fires, D403 ending never reached, D407 flood never starts), and
    so is content that no bundled bot reached in --runs seeds.

    \b
    Examples:
      drill graph deleted-comment
      drill graph my-drill.yaml -o map.html --lang fi
      drill graph strike-threat --format mermaid -o docs/strike.mmd
    """
    from drill.authoring import page, text
    from drill.authoring.graph import build

    loaded = _load_or_exit(scenario)
    graph = build(loaded, lang or loaded.scenario.languages[0], runs=runs)
    body = {"html": page.html, "mermaid": text.mermaid, "dot": text.dot}[fmt](graph)
    if output == "-":
        click.echo(body, nl=False)
        return
    target = Path(output or f"{loaded.scenario.id}-graph.{ {'html': 'html', 'mermaid': 'mmd', 'dot': 'dot'}[fmt] }")
    try:
        target.write_text(body, encoding="utf-8")
    except OSError as exc:
        click.echo(f"drill graph: cannot write {target}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    click.echo(f"wrote {target}")


@main.group("msel")
def msel_group() -> None:
    """A drill's master events list (MSEL) as a spreadsheet, and a planner's sheet as a drill.

    \b
    Examples:
      drill msel export deleted-comment -o msel.xlsx
      drill msel import msel.xlsx -o my-drill.yaml
    """


@msel_group.command("export")
@click.argument("scenario", type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="msel.xlsx or msel.csv (UTF-8 with a byte-order mark).")
def msel_export(scenario: str, output: str) -> None:
    """Write a drill's injects as an HSEEP-shaped MSEL: time, inject, channel, from, the text and
    expected action in each language, expected route, escalation and the objectives served."""
    from drill.authoring.msel import export

    target = Path(output)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        click.echo(f"drill msel export: {output}: name an .xlsx or .csv file", err=True)
        sys.exit(EXIT_BAD_INPUT)
    loaded = _load_or_exit(scenario)
    try:
        export(loaded.scenario, target)
    except OSError as exc:
        click.echo(f"drill msel export: cannot write {target}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    click.echo(f"wrote {target} ({len(loaded.scenario.injects)} injects)")


@msel_group.command("import")
@click.argument("sheet", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The drill skeleton to write (YAML).")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def msel_import(sheet: str, output: str, force: bool) -> None:
    """Turn a planner's MSEL (.xlsx or .csv, the columns `drill msel export` writes) into a
    drill skeleton that validates. Every problem in the sheet is printed as
    FILE:ROW:COLUMN: CODE message, and nothing is written until there are none; then the
    skeleton is linted as `drill lint` would (a model answer that names facts the skeleton does
    not have yet is a D417 warning until they are added)."""
    import re

    from drill.authoring.mselimport import MselError, parse, to_yaml
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.load import load

    source, target = Path(sheet), Path(output)
    if target.exists() and not force:
        click.echo(f"drill msel import: {target} exists; use --force to overwrite it", err=True)
        sys.exit(EXIT_BAD_INPUT)
    drill_id = re.sub(r"[^a-z0-9_-]+", "-", target.stem.lower()).strip("-_") or "new-drill"
    try:
        parsed = parse(source, drill_id)
    except MselError as exc:
        click.echo(f"drill msel import: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    if parsed.diagnostics:
        _report(parsed.diagnostics)
        click.echo(f"{source}: {len(parsed.diagnostics)} problem(s); nothing written", err=True)
        sys.exit(EXIT_BAD_INPUT)
    try:
        target.write_text(to_yaml(parsed), encoding="utf-8")
        found = _lint_all(load(target))
    except OSError as exc:
        click.echo(f"drill msel import: cannot write {target}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    except ScenarioError as exc:
        _report(exc.diagnostics)
        sys.exit(EXIT_BAD_INPUT)
    _report(found)
    click.echo(f"wrote {target} ({len(parsed.data['injects'])} injects, {len(found)} lint warning(s))")
