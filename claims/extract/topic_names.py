"""Names of a campaign, an operation, an event or a programme (wave 42b): `Operation Kestrel`, `Safe Streets
Campaign`, `Brackwater Harbour Festival`; and a unit set off between a person and its body (`Jo Roe, Specialist
Operations, Harbour Police`). They name what a release is about, never the party that issues it."""
from __future__ import annotations

import re

from .vocabulary import load_words

TOPIC_HEADS: frozenset[str] = load_words("topic_heads")
"""Last words of a campaign's, an event's or a programme's name (`data/topic_heads.txt`)."""
TOPIC_OPENERS: frozenset[str] = load_words("topic_openers")
"""First words of an operation's or an exercise's name (`data/topic_openers.txt`)."""


def names_a_topic(name: str) -> bool:
    """Say whether a capitalised name is an operation's, a campaign's, an event's or a programme's (`Operation
    Kestrel`, `Safe Streets Campaign`), not a party's."""
    words = name.split()
    if len(words) < 2 or not words[1][:1].isupper():
        return False
    return words[0].lower() in TOPIC_OPENERS or words[-1].lower() in TOPIC_HEADS


def set_off_unit(text: str, name: str) -> bool:
    """Say whether a body's name stands only set off by commas between a person's name and a capitalised name after it
    (`Win Roe, Specialist Operations, Harbour Police, said`): a unit of the body after it, never a party of its own."""
    if f", {name}, " not in text:
        return False  # never set off by commas (the cheap test before a pattern made for the name, 43s)
    found = list(re.finditer(r"(?<=[a-z], )%s(?=, [A-Z])" % re.escape(name), text))
    return bool(found) and len(found) == text.count(name)
