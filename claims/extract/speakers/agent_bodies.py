"""`the auditor` is the one body the text names as doing that job (`Pellow Harcourt LLP, which audits the council's
accounts`, wave 52h): a relative clause with the job's verb right after a body's name defines the noun
(`data/agent_verbs.txt`); two bodies so named, or none: nobody."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..text_caches import per_text
from ..vocabulary import load_words

AGENT_NOUNS: dict[str, str] = {noun: verb for verb, noun in (line.split() for line in load_words("agent_verbs"))}
"""The noun a text calls a body by, to the verb of its job (`auditor` -> `audits`)."""


def agent_body(text: str, word: str) -> str | None:
    """Return the one body the text names with `, which <verb>` for a reference's noun (`the auditor`), else None."""
    verb = AGENT_NOUNS.get(word.lower())
    return None if verb is None else _bodies_doing(text, verb)


@per_text(8)
def _bodies_doing(text: str, verb: str) -> str | None:
    """Return the one body named right before `, which <verb>` in the text, else None (once per text and verb)."""
    names = set()
    for match in re.finditer(r",\s+which\s+%s\b" % verb, text):
        mentions = [m for m in find_mentions(text, max(0, match.start() - 80), match.start()) if m.kind == "org"]
        if mentions and mentions[-1].end == match.start():
            names.add(mentions[-1].name)
    return names.pop() if len(names) == 1 else None
