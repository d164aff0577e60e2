"""The program's content: cause pages, the ways in, the guides and the notices, read from TOML files.

- ``toml``: the one strict reader (``TomlTable``, ``ContentError``), ``Source``, ``Fact``,
  ``Sureness`` (CONTENT.md's scale) and what every file rests on (``read_sourcing``).
- ``causes``: the cause pages and the "ways in without SMS" page.
- ``guides``: the phone and mail guides, and which cause pages offer them (``guide_offers``).
- ``notices``: the scam warning, "you may not need the password", the next steps.
- ``store``: the content in use, built-in or with an office's ``content_dir`` on top.
- ``report``: every fact with how sure it is and since when, oldest first.

Each module is imported when one of its names is first used: the first frame reads only the notices.
"""

from typing import TYPE_CHECKING

from app.core.lazy import lazy_names

if TYPE_CHECKING:
    from app.core.content.causes import (
        WAY_IDS,
        CausePage,
        CauseText,
        WayIn,
        WaysIn,
        WayText,
        load_cause_page,
        load_ways_in,
    )
    from app.core.content.store import (
        ContentOrigin,
        ContentSet,
        active_content,
        cause_pages,
        content_in_use,
        content_origin,
        load_content,
        notices,
        scam_warning,
        use_content,
        ways_in,
    )
    from app.core.content.toml import LANGUAGES, ContentError, Fact, Source, Sourcing, Sureness, TomlTable

__all__ = [
    "LANGUAGES", "WAY_IDS", "CausePage", "CauseText", "ContentError", "ContentOrigin", "ContentSet", "Fact",
    "Source", "Sourcing", "Sureness", "TomlTable", "WayIn", "WayText", "WaysIn", "active_content", "cause_pages",
    "content_in_use", "content_origin", "load_cause_page", "load_content", "load_ways_in", "notices", "scam_warning",
    "use_content", "ways_in",
]

_CAUSES = ("WAY_IDS", "CausePage", "CauseText", "WayIn", "WaysIn", "WayText", "load_cause_page", "load_ways_in")
_TOML = ("LANGUAGES", "ContentError", "Fact", "Source", "Sourcing", "Sureness", "TomlTable")
__getattr__ = lazy_names(__name__, {name: "causes" if name in _CAUSES else "toml" if name in _TOML else "store"
                                    for name in __all__}, globals())
