"""A source credit (`Source: Acme Council cabinet report, May 2025.`, `Sources: ONS; Acme analysis`): a line or
sentence that only says where a text's figures come from. It reports nothing itself, so no cue inside it opens a
claim (`report, May 2025` is no report of `May 2025`)."""
from __future__ import annotations

import re

SOURCE_CREDIT_RE = re.compile(r"[\s\"\u201c(]*(?:Sources?|SOURCES?|Data\s+source|Figures\s+source)\s*:")
"""A sentence opening with `Source:` or `Sources:` (after any space or opening mark)."""


def is_source_credit(text: str, start: int) -> bool:
    """Say whether the sentence at `start` is a source credit (`Source: Acme Council report, May 2025.`)."""
    return text.find(":", start, start + 24) >= 0 and SOURCE_CREDIT_RE.match(text, start) is not None
