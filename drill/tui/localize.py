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
            replace(b, description=t(b.description, lang), tooltip=t(b.tooltip, lang) if b.tooltip.startswith("ui.") else b.tooltip)
            if b.description.startswith("ui.") else b
            for b in bindings
        ]
