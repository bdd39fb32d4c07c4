"""Hostile scenario input gives a clear located error or harmless text, never a traceback."""

from __future__ import annotations

import pytest

from drill.scenario.diagnostics import ScenarioError
from drill.scenario.load import load_bytes
from drill.scenario.starter import starter_text


@pytest.mark.parametrize("escape", ["\\e[31m", "\\x1b]0;pwned\\x07", "\\x9b2J", "\\x00", "\\b"])
def test_terminal_escapes_smuggled_through_yaml_escapes_are_refused_where_they_stand(escape):
    text = starter_text("demo").replace('author: "Matti K."', f'author: "Matti{escape} K."')
    with pytest.raises(ScenarioError) as caught:
        load_bytes(text.encode(), "hostile.yaml")
    [diagnostic] = caught.value.diagnostics
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.strip().startswith("author: \"Matti"))
    assert (diagnostic.code, diagnostic.line) == ("D102", line)
    assert "control character" in diagnostic.message


def test_template_code_in_scenario_text_loads_as_plain_text():
    text = starter_text("demo").replace('author: "Matti K."', 'author: "{{ 7*7 }} {% raw %}<script>alert(1)</script>"')
    loaded = load_bytes(text.encode(), "template.yaml")
    assert loaded.scenario.injects[0].author == "{{ 7*7 }} {% raw %}<script>alert(1)</script>"


def test_an_enormous_text_is_refused_by_the_size_limit_with_a_location():
    text = starter_text("demo").replace('author: "Matti K."', 'author: "' + "x" * (2 * 1024 * 1024) + '"')
    with pytest.raises(ScenarioError) as caught:
        load_bytes(text.encode(), "huge.yaml")
    assert [(d.code, d.line, d.col) for d in caught.value.diagnostics] == [("D101", 1, 1)]
