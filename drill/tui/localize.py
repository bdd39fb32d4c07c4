"""Footer labels in the UI language: bindings carry i18n keys, translated when a screen is made.

Textual's bindings are declared on the class, once; drill's language is chosen per run. So
descriptions are written as keys ("ui.key.reply") and each screen swaps in the translation.
"""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from drill.i18n import t


def localize_bindings(node: DOMNode, lang: str) -> None:
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [
            replace(b, description=t(b.description, lang), tooltip=t(b.tooltip, lang) if b.tooltip.startswith("ui.") else b.tooltip,
                    group=replace(b.group, description=t(b.group.description, lang)) if b.group else None)
            if b.description.startswith("ui.") else b
            for b in bindings
        ]


def show_bindings(node: DOMNode, actions: set[str], show: bool) -> bool:
    """Show or hide the footer keys of some actions (the keys work either way), for keys that
    fit the footer only in a wide terminal. Returns whether anything changed."""
    table = node._bindings.key_to_bindings
    changed = False
    for key, bindings in table.items():
        if any(b.action in actions and b.show != show for b in bindings):
            table[key] = [replace(b, show=show) if b.action in actions else b for b in bindings]
            changed = True
    return changed
