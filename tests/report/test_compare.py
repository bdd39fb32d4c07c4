"""The compare section of a fork's debrief: its content, a stable HTML snapshot, valid
Markdown, and the same section in Finnish."""

from __future__ import annotations

import re

from debriefkit import fork_record

from drill.report.render import render


def test_the_compare_section_is_stable(snapshot):
    """A text snapshot of <section id="compare"> (update: pytest --snapshot-update)."""
    html = render(fork_record(), "html")
    [section] = re.findall(r'<section id="compare">.*?</section>', html, re.S)
    assert section == snapshot


def test_both_timelines_are_drawn_with_their_own_ids():
    html = render(fork_record(), "html")
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert {"cmp-parent-title", "cmp-fork-title", "tl-title"} <= set(ids)


def test_the_markdown_and_finnish_compare_sections():
    md = render(fork_record(), "md")
    assert "## 4 This try against the run it came from" in md and "| Overall |" in md
    fi = render(fork_record("fi"), "md")
    assert "Tämä yritys verrattuna alkuperäiseen" in fi and "Lopputulos:" in fi
