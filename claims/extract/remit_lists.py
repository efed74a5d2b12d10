"""A post's remit listed with commas before its holder's name (wave 42e): `the Minister for Agriculture, Fisheries and
the Coast Jo Roe said`. A capitalised run stops at the comma, so the post (`Minister for Agriculture`) and the rest
(`Fisheries and the Coast Jo Roe`) were read apart, neither as a person, and the quotation after the cue was lost. A
run of a post and `for` with its first field, then `, ` and a run opening on one more field, `and`, maybe `the`, and
three capitalised words or more (the last field and the name), are one run. Not two people (`Minister for Ports, Jo
Roe and Al Key`: two words before `and`), not a post with no `for` (`Minister, Jo Roe and ...`)."""
from __future__ import annotations

from .vocabulary import ROLES

REMIT_LINK = " for "
"""The word between a post and its remit (`Minister for Agriculture`)."""
MIN_WORDS_AFTER_AND = 3
"""The last field and the holder's name after `and` (`Marine Jo Roe`): three capitalised words or more."""


def joins_remit_list(before: str, after: str) -> bool:
    """Say whether two runs with `, ` between them are a post's remit listed before its holder: `Minister for
    Agriculture` and `Fisheries and the Coast Jo Roe`."""
    post, link, remit = before.removeprefix("The ").partition(REMIT_LINK)
    if not link or not remit[:1].isupper() or not post or post.split()[-1].lower() not in ROLES:
        return False
    words = after.split()
    if len(words) < 2 + MIN_WORDS_AFTER_AND or words[1] != "and" or not words[0][:1].isupper():
        return False
    rest = words[3:] if words[2] == "the" else words[2:]
    return len(rest) >= MIN_WORDS_AFTER_AND and all(w[:1].isupper() for w in rest)
