"""`state` read as a noun or a noun's modifier after a word that no subject ends with (wave 68n): a preposition
(`tabled in state parliament`, `on state regulators`), a determiner or adjective of a noun (`no other state forest`, `the
latest state of repair`), a count word (`a $31 billion state payroll`), or `and`/`or` before a small-letter noun that
reports nothing (`canal towpaths and state forests`, `the bridge was painted, and state fire inspectors have signed
a notice`). The verb of a cue follows its subject (`the rules state that`, `Officials state the figures`, `declined to
state the figure`, `met and state that`).

Left as before: `in state and local ...` (a second modifier joined to `state`) and `and state officials announced`
(the joined phrase is the subject of a cue of its own, which the subject reading resolves as it did)."""
from __future__ import annotations

from ..vocabulary import CUE_VERBS, load_words

STATE_NOUN_OPENERS: frozenset[str] = load_words("state_noun_openers")
"""Words after which `state` is a noun (`data/state_noun_openers.txt`)."""
JOINERS: frozenset[str] = frozenset("and or".split())
"""Words that join `state` as a noun's modifier to the phrase before (`towpaths and state forests`) or join a verb
to an earlier one (`met and state that`): the word after tells them apart."""
VERB_OBJECT_OPENERS: frozenset[str] = frozenset(
    "that the a an this these those it its their his her our what how why whether when where which who so".split())
"""Words that open what a verb `state` reports or names (`and state that`, `and state the figures`)."""
MAX_SUBJECT_WORDS = 3
"""How many words after `state` are read for a cue verb whose subject the joined phrase would be."""


def state_noun(before: str, ahead: list[str]) -> bool:
    """Say whether `state` between the word `before` and the words `ahead` of it is a noun or a modifier, not a verb."""
    word = before.lower()
    after = ahead[0] if ahead else ""
    noun = after.rstrip(",.;:").lower()
    if noun in JOINERS:
        return False  # "in state and local departments": left as before
    if word in STATE_NOUN_OPENERS:
        return True
    return word in JOINERS and noun.isalpha() and after[:1].islower() and noun not in VERB_OBJECT_OPENERS \
        and not noun.endswith("ly") and not _reports(ahead[1:1 + MAX_SUBJECT_WORDS])


def _reports(words: list[str]) -> bool:
    """Say whether one of the words after `state`'s noun is a cue verb (`state officials announced`)."""
    return any(word.lower().strip(",.;:") in CUE_VERBS for word in words)
