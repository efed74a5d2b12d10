"""Survey shares in a `with` clause (wave 60d): `..., with 62% of parents saying they skipped meals` on a page that says
people were asked is what the survey found, as `62% said ...` is (`attribution/shares`): the sentence, the share kept
in it, is the body's that ran the survey; with no survey or no such body in sight the sentence stays narration."""
from __future__ import annotations

import re

from ..items import split_items
from ..speakers import Context
from ..text import Span, subtract
from ..vocabulary import load_words

from .records import Attribution
from .shares import SHARE, SURVEY_REACH, SURVEY_WORDS_RE, survey_publisher

ASKED_PARTICIPLES: frozenset[str] = load_words("share_participles")
"""What those asked did, in a `with` clause after their share (`saying`, `agreeing`; `data/share_participles.txt`)."""
WITH_SHARE_RE = re.compile(
    rf",\s+with\s+(?P<share>{SHARE})(?:\s+(?:of|among)\s+[^,;:.\"\u201c()]{{1,60}}?)?\s+(?P<verb>[a-z]+ing)\b",
    re.IGNORECASE)
"""A `with` clause after a comma opening on a share of those asked and what they did (`, with 61% of staff saying`)."""


def may_state_with_share(body: str) -> bool:
    """Say whether a block may hold a survey share in a `with` clause (the cheap test before the sentences are read)."""
    return "with" in body and any(found.group("verb").lower() in ASKED_PARTICIPLES
                                  for found in WITH_SHARE_RE.finditer(body))


def with_share(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Give a sentence whose `with` clause states a share of those asked (`..., with 61% saying ...`) to the body that
    ran the survey, the whole sentence kept; None when there is no such clause or no survey or body in sight."""
    found = next((f for f in WITH_SHARE_RE.finditer(text, sentence[0], sentence[1])
                  if f.group("verb").lower() in ASKED_PARTICIPLES), None)
    if found is None:
        return None
    start = found.start("share")
    if SURVEY_WORDS_RE.search(text, max(0, start - SURVEY_REACH), found.end()) is None:
        return None  # "..., with 40% of the budget going on pay": no one was asked
    publisher = survey_publisher(text, start, ctx)
    if publisher is None:
        return None
    spans = tuple(s for part in subtract(sentence, holes) for s in split_items(text, part))
    return Attribution(publisher[0], publisher[1], found.group("verb"), spans) if spans else None
