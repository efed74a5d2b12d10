"""A name with no head noun read as a person's that the text sets off by commas beside a description of a body is a
body's (wave 55b): `Ireland's largest overseas humanitarian organisation, Concern Worldwide, helped`, `Concern
Worldwide, Ireland's largest aid agency, said`. Real pages name charities and firms so (`Concern Worldwide`, `Simon
Communities`): the name reads like a person's, but no person is described as an organisation or an agency.

The description opens on an article or a possessive (`the`, `a`, `Ireland's`), ends on a noun a text calls a body by
(`data/org_references.txt`: `organisation`, `charity`, `agency`; never a trade nor a noun that also describes a person,
`Jo Roe, a crane operator,`, `Jo Roe, the driving force,`: `data/trade_nouns.txt`, `data/apposed_person_nouns.txt`) and
holds no preposition, role nor voice between (`Jo Roe, a volunteer at the charity,`, `Jo Roe, the charity's founder,`:
a person, where she works or her post). A description before the name opens its sentence; one after it closes on a
comma or a full stop."""
from __future__ import annotations

import re

from ..trade_nouns import TRADE_NOUNS
from ..vocabulary import ORG_REFERENCES, PREPOSITIONS, ROLES, VOICE_ROLES, load_words
from ..text_caches import per_text

_OPENER = r"(?:[Tt]he|[Aa]n?|[A-Z][\w\-]*['\u2019]s)"
"""What opens a description: an article or a capitalised possessive (`Ireland's`)."""
_WORDS = r"(?:[\w\-'\u2019]+[ \t]+){0,5}?"
"""The words between the opener and the body's noun (`largest overseas humanitarian`)."""
BODY_NOUNS: frozenset[str] = ORG_REFERENCES - TRADE_NOUNS - load_words("apposed_person_nouns")
"""Nouns that end a description of a body, never of a person (`organisation`, `charity`; not `operator`, `force`)."""
_NOUN = "(?P<noun>%s)" % "|".join(sorted(BODY_NOUNS, key=len, reverse=True))
_AFTER_RE = re.compile(rf",[ \t]+(?P<words>{_OPENER}[ \t]+{_WORDS}{_NOUN})[ \t]*[,.]")
"""A description set off after a name: `, Ireland's largest aid agency,`."""
_BEFORE_RE = re.compile(rf"(?:^|(?<=[.!?\n])[ \t\"\u201c]*)(?P<words>{_OPENER}[ \t]+{_WORDS}{_NOUN}),[ \t]+$", re.MULTILINE)
"""A description opening a sentence and set off before a name: `Ireland's largest humanitarian organisation, `."""
_LOOK_BACK = 120
"""How far before a name a description opening its sentence may start."""
_BARRED: frozenset[str] = PREPOSITIONS | ROLES | VOICE_ROLES
"""Words that make a description a person's post or workplace (`a volunteer at`, `founder`, `spokeswoman`)."""


NAMES_KEPT = 256
"""How many names' answers `apposed_as_body` keeps: the context asks again for each name at each mention of it."""


@per_text(NAMES_KEPT)
def apposed_as_body(text: str, name: str) -> bool:
    """Say whether a text anywhere sets a name off by commas beside a description of a body (kept for the last names
    asked: the answer depends on the text and the name alone; wave 56s)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _described(_AFTER_RE.match(text, end)) or text[end:end + 1] == "," \
                and _described(_BEFORE_RE.search(text, max(0, at - _LOOK_BACK), at)):
            return True
        at = text.find(name, end)
    return False


def _described(found: re.Match[str] | None) -> bool:
    """Say whether a description found beside a name describes a body: no preposition, role nor voice in its words
    before the noun."""
    if found is None:
        return False
    words = [word.lower() for word in found.group("words").split()[1:-1]]
    return _BARRED.isdisjoint(words)
