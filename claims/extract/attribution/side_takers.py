"""A named person who takes a side in a sentence of figures (`Its secretary, Ann Crewe, accused the trust of cutting
its hours from 30 to 18 a week.`, `Ann Crewe, of the Friends, criticised the cut of 12 hours.`): the figures are the
person's words, never the body that spoke in the sentence before."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..items import split_items
from ..release import has_figure
from ..speakers import Context
from ..text import Span, subtract
from ..vocabulary import verb_alternation

from .records import Attribution
from .sides import SIDE_VERBS

MAX_SUBJECT_CHARS = 160
"""How far into a sentence its side-taking verb may stand (`Its secretary, Ann Crewe, of the Friends, accused`)."""
SIDE_VERB_RE = re.compile(r"\b(?:%s)\b" % verb_alternation(SIDE_VERBS))
"""Any side-taking verb, looked for before the sentence's names are read."""
_VERB_RE = re.compile(r",?[ \t]+(?:(?:has|have|had)[ \t]+)?(?P<verb>[a-z]+)\b")
"""The verb right after a sentence's subject (`, accused` after `Its secretary, Ann Crewe`, ` has criticised`)."""
_POST_BEFORE_RE = re.compile(r"(?:Its|Their|The[ \t]+[\w\-]+['\u2019]s)[ \t]+[a-z][a-z \t\-]{1,40},[ \t]*\Z")
"""A post set off before its holder's name (`Its secretary, `, `The group's chair, `)."""
_APPOSITION_RE = re.compile(r",[^,.;:\"\u201c\u201d]{1,80},")
"""What may stand between the holder's name and the verb: an apposition (`, of the Friends,`)."""


def person_takes_side(text: str, sentence: Span, holes: list[Span], previous: Attribution | None,
                      ctx: Context) -> Attribution | None:
    """Give a sentence of figures that opens with a named person taking a side to that person, when the sentence
    would otherwise go on with a body's claim from the sentence before."""
    if previous is None or previous.kind == "person" or not has_figure(text, *sentence) \
            or SIDE_VERB_RE.search(text, sentence[0], min(sentence[1], sentence[0] + MAX_SUBJECT_CHARS)) is None:
        return None  # the cheap tests first: only where a body's claim would go on, and a side is taken
    people = [m for m in find_mentions(text, *sentence) if m.kind == "person"]
    if not people or text[sentence[0]:people[0].start].strip() and \
            _POST_BEFORE_RE.fullmatch(text, sentence[0], people[0].start) is None:
        return None  # "Ann Crewe ..." or "Its secretary, Ann Crewe, ...": the person opens the sentence
    verb = _side_verb_at(text, people[0].end, sentence[1])
    if verb is None:
        after = _APPOSITION_RE.match(text, people[0].end, sentence[1])  # "Ann Crewe, of the Friends, accused"
        verb = _side_verb_at(text, after.end(), sentence[1]) if after else None
    if verb is None:
        return None
    spans = tuple(s for part in subtract((verb.end(), sentence[1]), holes) for s in split_items(text, part))
    return Attribution(ctx.add(people[0]), "person", verb.group("verb"), spans) if spans else None


def _side_verb_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the side-taking verb that stands right at an offset (`, accused`), else None."""
    verb = _VERB_RE.match(text, start, end)
    return verb if verb is not None and verb.group("verb") in SIDE_VERBS else None
