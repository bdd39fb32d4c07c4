"""The appendix's action log, built in Python for speed, is the markup a template loop gives.

`action_rows` replaced a Jinja loop over 10,000 rows; the loop it replaced is kept here as the
specification and both are rendered in the same sandboxed HTML environment, over the values a
hand-edited journal can hold: markup, quotes, control characters, numbers, lists, None.
"""

from __future__ import annotations

import pytest

from drill.i18n import t as translate
from drill.report.explain import item_ref
from drill.report.render import action_rows, environment

LOOP = (
    "{% for a in actions %}"
    "<tr{% if not a['ok'] %} class=\"refused\"{% endif %}><td class=\"num\">{{ a['n'] }}</td><td>{{ a['t']|clock(starts) }}</td>"
    "<td>{{ a['t']|offset }}</td><td>{{ a['verb_name'] }}</td><td>{{ item(a['item']) }}</td><td>{{ a['option'] or a['level'] or '' }}</td>"
    "<td>{% if a['ok'] %}{% if a['critical'] %}<span class=\"critical\">{{ a['critical']|join(', ') }}</span>{% else %}✓{% endif %}"
    "{% else %}{{ t('report.refused', reason=a['reason']) }}{% endif %}</td>{% if roles %}<td>{{ a['who'] }}</td>{% endif %}"
    "<td>{{ a['note'] }}</td></tr>{% if not loop.last %}{{ '\\n' }}{% endif %}{% endfor %}"
)
EVIL = "<script>x</script> & \"q\" 'a' \x1b[31m \x9b {{ 7*7 }} ␛"
ODD = [None, 5, 5.5, True, ["a", "<b>"], {"k": "<i>"}, "", EVIL]


def _actions() -> list[dict]:
    return [
        {"n": n + 1 if n % 5 else f"{n}<", "t": float(n * 37) if n % 7 else n * 37, "verb": "reply",
         "verb_name": EVIL if n % 2 else "Reply", "item": [EVIL, "outage#12", "x#<1>", "fl<o>od#3", None, 7, "#5", "a#b#9"][n % 8],
         "option": value, "level": ODD[(n + 3) % len(ODD)], "note": ODD[(n + 1) % len(ODD)], "role": None, "role_name": "",
         "who": ODD[(n + 2) % len(ODD)] if n % 3 else "Aino (x)", "ok": n % 4 != 0, "reason": EVIL if n % 3 else "no",
         "critical": [EVIL, "Other"] if n % 6 == 1 else []}
        for n, value in enumerate(ODD * 3)
    ]


@pytest.mark.parametrize("lang", ["en", "fi"])
@pytest.mark.parametrize("roles", [True, False])
def test_the_rows_are_the_template_loop_byte_for_byte(lang, roles):
    actions, starts = _actions(), "2026-11-16T23:58:00"
    expected = environment("html").from_string(LOOP).render(
        actions=actions, starts=starts, roles=roles,
        t=lambda key, **params: translate(key, lang, **params), item=lambda i: item_ref(i, lang) if isinstance(i, str) else "",
    )
    got = action_rows(actions, starts, roles, lang)
    assert str(got) == expected
    assert "<script>" not in got and "&lt;script&gt;" in got and "\x1b" not in got and "␛[31m" in got
