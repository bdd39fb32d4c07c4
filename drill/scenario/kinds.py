"""Registries of kinds: a part of the format that comes in kinds, each started by its own key.

A condition (`meter: heat`, `all: [...]`) and a consequence (`spawn: x`) are such parts. Each
kind is declared once, as a `Kind` in its registry, and everything that needs the list of kinds
is derived from that registry: the discriminated union the loader validates against and
`drill schema` exports, the keys named in the error message, and the kind of a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Union

from pydantic import BaseModel, Discriminator, Tag


@dataclass(frozen=True)
class Kind:
    """One kind: the key that starts it in a file (and tags it in the union) and its model."""

    key: str
    model: type[BaseModel]
    sub: str | None = None
    """For a kind that holds others of its registry (the connectives all, any, not): the field
    that holds them. Its key names its logic."""


class Kinds:
    """A registry: the kinds of one part of the format, in the order the schema lists them."""

    def __init__(self, what: str, kinds: tuple[Kind, ...]):
        self.what = what
        self.kinds = kinds
        self.keys: tuple[str, ...] = tuple(kind.key for kind in kinds)
        self._by_model = {kind.model: kind for kind in kinds}
        self._starts = frozenset(self.keys)

    def of(self, value: BaseModel) -> Kind:
        """The kind of a validated value."""
        return self._by_model[type(value)]

    def _tag(self, value: Any) -> str | None:
        """The discriminator: a model's kind, or for data from a file, its first key that starts a kind."""
        if isinstance(value, BaseModel):
            kind = self._by_model.get(type(value))
            return kind.key if kind else None
        if isinstance(value, dict):
            return next((key for key in value if key in self._starts), None)
        return None

    def union(self) -> Any:
        """The discriminated union of the kinds' models, with the error that names every key."""
        members = tuple(Annotated[kind.model, Tag(kind.key)] for kind in self.kinds)
        return Annotated[
            Union[members],  # noqa: UP007 - a union built from a tuple has no `|` spelling
            Discriminator(
                self._tag,
                custom_error_type=self.what,
                custom_error_message=f"a {self.what} starts with one of: {', '.join(self.keys)}",
            ),
        ]
