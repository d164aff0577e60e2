"""A package's names, imported from their modules when first used (PEP 562).

The first frame needs a few of the log's and the content's names; importing every module of
both packages before it cost a fifth of the start. Type checkers read the ``TYPE_CHECKING``
imports beside each use; at run time ``lazy_names`` answers the package's ``__getattr__``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_names(package: str, where: Mapping[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``where`` maps a name to the module (under it) that defines it."""

    def attribute(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        namespace[name] = value  # asked once: the next use is a plain lookup
        return value

    return attribute
