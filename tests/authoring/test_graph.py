"""`drill graph`: every element of every bundled drill is drawn, and dead content is marked
with the lint code that says why (and content no bot reached, though lint cannot tell)."""

from __future__ import annotations

import html5lib
import pytest
from authoringkit import DATA, LIBRARY
from click.testing import CliRunner

from drill.authoring import page, text
from drill.authoring.graph import build
from drill.cli import main
from drill.library import load_named

SVG = "{http://www.w3.org/2000/svg}"


def drawn(document: str) -> dict[str, set[str]]:
    """The SVG groups of the page: their id → their classes."""
    tree = html5lib.parse(document, namespaceHTMLElements=False)
    return {g.get("id"): set(g.get("class", "").split()) for g in tree.iter(f"{SVG}g") if g.get("id")}


@pytest.mark.parametrize("name", LIBRARY)
def test_the_graph_of_every_bundled_drill_has_every_inject_trigger_and_ending(name, graphs):
    graph = graphs(name)
    s = load_named(name).scenario
    groups = drawn(page.html(graph))
    wanted = {f"inject-{i.id}" for i in s.injects} | {f"trigger-{t.id}" for t in s.triggers} | {f"ending-{e.id}" for e in s.endings} | {f"flood-{f.id}" for f in s.floods}
    assert wanted <= set(groups)
    assert {k for k, classes in groups.items() if "held" in classes} == {f"inject-{i.id}" for i in s.injects if i.held}
    for diagram in (text.mermaid(graph), text.dot(graph)):
        for element in wanted:
            kind, ident = element.split("-", 1)
            assert f"{kind} {ident} @" in diagram


def test_dead_ends_are_drawn_in_the_warning_colour_with_their_lint_codes(graphs):
    graph = graphs("dead-ends")
    groups = drawn(page.html(graph))
    dead = {"inject-orphan": "D401", "inject-echo-reply": "D401", "trigger-echo": "D402", "ending-never-seen": "D403", "flood-lost-wave": "D407"}
    for key, code in dead.items():
        assert {"warn", f"code-{code}"} <= groups[key], key
    # lint cannot see that no bot ever tags a reply "thank"; the bots' runs can
    assert "warn" in groups["trigger-praise"] and "warn" in groups["inject-late-praise"]
    assert not any(c.startswith("code-") for c in groups["trigger-praise"])
    healthy = {"inject-complaint", "inject-question", "ending-handled", "ending-fallback"}
    assert all("warn" not in groups[k] for k in healthy)
    assert "held" in groups["inject-boss-call"] and "warn" not in groups["inject-boss-call"]  # bots never fire held injects: no warning
    assert 'class="warn"' in page.html(graph).split("<table>")[1]
    mermaid = text.mermaid(graph)
    assert "inject orphan @ never [D401" in mermaid and "class " in mermaid.splitlines()[-1]


def test_the_page_is_self_contained_and_the_same_every_time():
    loaded = load_named(str(DATA / "dead-ends.yaml"))
    first, second = (page.html(build(loaded, runs=1)) for _ in range(2))
    assert first == second
    for outside in ("http://", "https://", "<script", "<link", "@import", "url(http"):
        assert outside not in first.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_the_trigger_arrows_run_from_conditions_to_consequences(graphs):
    graph = graphs("deleted-comment")
    edges = {(e.source, e.target) for e in graph.edges}
    assert ("inject-price-critic", "trigger-comment-deleted") in edges
    assert ("trigger-comment-deleted", "inject-screenshot-post") in edges
    assert ("trigger-comment-deleted", "flood-deletion-flood") in edges
    spawned = graph.node("inject-screenshot-post")
    assert spawned.at == graph.node("trigger-comment-deleted").at + 8 * 60


def test_cli_writes_each_format_and_fails_in_one_line(tmp_path):
    runner = CliRunner()
    for fmt, suffix in (("html", "html"), ("mermaid", "mmd"), ("dot", "dot")):
        out = tmp_path / f"g.{suffix}"
        result = runner.invoke(main, ["graph", str(DATA / "dead-ends.yaml"), "--format", fmt, "-o", str(out), "--runs", "0"])
        assert result.exit_code == 0, result.output
        assert "orphan" in out.read_text(encoding="utf-8")
    for args in (["graph", "no-such-drill"], ["graph", str(DATA / "dead-ends.yaml"), "-o", str(tmp_path / "missing" / "x.html"), "--runs", "0"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, result.output  # an uncaught exception would exit 1
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output, result.output


def test_a_split_drill_marks_the_dead_ends_in_its_inject_files_too(tmp_path):
    """Diagnostics point into injects/NN-ID.yaml in a folder: each still lands on its element."""
    from drill.authoring.graph import build
    from drill.scenario.folder import split

    main_text, injects = split((DATA / "dead-ends.yaml").read_text(encoding="utf-8"), "dead-ends.yaml")
    folder = tmp_path / "dead-ends"
    (folder / "injects").mkdir(parents=True)
    (folder / "drill.yaml").write_text(main_text, encoding="utf-8")
    for name, body in injects:
        (folder / "injects" / name).write_text(body, encoding="utf-8")
    groups = drawn(page.html(build(load_named(str(folder)), runs=0)))
    for key, code in {"inject-orphan": "D401", "inject-echo-reply": "D401", "trigger-echo": "D402", "ending-never-seen": "D403"}.items():
        assert {"warn", f"code-{code}"} <= groups[key], key
    assert all(not c.startswith("code-") for c in groups["inject-complaint"])
