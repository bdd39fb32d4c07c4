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
    """Files named, and *.yaml / *.yml files inside folders named."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
        else:
            found.append(path)
    return found


def _report(diagnostics: list) -> None:
    for diagnostic in diagnostics:
        click.echo(str(diagnostic), err=diagnostic.severity == "error")


def _check(paths: tuple[str, ...], with_lint: bool) -> int:
    from drill.scenario.diagnostics import ScenarioError
    from drill.scenario.lint import lint as lint_loaded
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
            found = lint_loaded(loaded)
            _report(found)
            warnings += sum(d.severity == "warning" for d in found)
            errors += sum(d.severity == "error" for d in found)
    summary = f"{len(files)} file(s): {errors} error(s)" + (f", {warnings} warning(s)" if with_lint else "")
    click.echo(summary, err=True)
    if errors:
        return EXIT_BAD_INPUT
    return EXIT_PROBLEMS if warnings else 0


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
    VS Code's YAML extension completes keys and explains each one.

    \b
    Examples:
      drill schema
      drill schema -o my-drills/scenario.schema.json
    """
    from drill.scenario.schema import schema_text

    target = Path(output) if output else Path("scenarios") / "scenario.schema.json"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(schema_text(), encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {target}: {exc.strerror or exc}") from None
    click.echo(f"wrote {target}")


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
@click.option("--coach", is_flag=True, help="Practice mode: feedback after each decision.")
def play(scenario: str | None, seed: int, speed: float | None, lang: str | None, trainee: str | None, coach: bool) -> None:
    """Play a scenario in the terminal (with none given: pick one).

    \b
    Examples:
      drill play
      drill play scenarios/deleted-comment.yaml --seed 3 --coach
    """
    from drill.tui.app import run_app

    sys.exit(run_app(scenario=scenario, seed=seed, speed=speed, lang=lang, trainee=trainee, coach=coach))
