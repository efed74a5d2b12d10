"""A sentence that opens on a body called by a short reference or the first words of its name (`The company, founded in
1990, carried 20,000 customers.`, `Larkfield, which was founded in 2001, supplies 900,000 homes.`): the `It` or `Its`
opening the next sentence is that body, not the last body that spoke (a regulator, a trade body)."""
from __future__ import annotations

import re

from ..speakers import Context
from ..speakers.body_traits import ONE_COMPANY_WORDS
from ..speakers.references import reference
from ..text import Span
from ..vocabulary import ORG_HEADS, ORG_REFERENCES

_OPENING_RE = re.compile(r"(?:The[ \t]+(?P<noun>[a-z]+)|(?P<name>[A-Z][\w'\u2019\-]+))(?=,[ \t]|[ \t]+[a-z])")
"""A sentence's first words as a subject: `The company,`, `The firm supplies`, `Larkfield, which`."""
_IT_OPENINGS = ("It ", "Its ")
"""The words opening the next sentence that ask who the sentence before was about."""


def it_follows(text: str, end: int) -> bool:
    """Say whether the next sentence, in the same paragraph, opens with `It` or `Its`."""
    if text.find("It", end, end + 8) < 0:
        return False  # the cheap test first: most sentences are followed by anything but `It`
    following = text[end:end + 8]
    return following[:1] in (" ", "\t") and following.lstrip(" \t").startswith(_IT_OPENINGS)


def note_reference_subject(text: str, span: Span, ctx: Context) -> None:
    """Note the body a sentence opens with by a short reference (`The company,`) or the first words of its name
    (`Larkfield, which ...`) as the subject the next sentence's `It` or `Its` means."""
    opening = _OPENING_RE.match(text, span[0], span[1])
    if opening is None:
        return
    body = body_of_noun(opening.group("noun"), ctx) if opening.group("noun") else body_of_name(opening.group("name"),
                                                                                                 ctx)
    if body is not None:
        ctx.subject = (body, ctx.block)


def body_of_noun(noun: str, ctx: Context) -> str | None:
    """Return the body `the <noun>` means (`the company`): a registered organisation, else None."""
    if noun not in ORG_REFERENCES and noun not in ORG_HEADS:
        return None
    if noun in ONE_COMPANY_WORDS:
        return ctx.speakers_company() or ctx.only_company_named()  # "The company, founded in 1990,": the company of
        # the person who just spoke (`X's founder, Jo Roe, said`), else the one company named, never a trade body
    found = reference(["the", noun], ctx)
    return found[0] if found is not None and found[0] in ctx.orgs and found[1] == "organisation" else None


def body_of_name(name: str, ctx: Context) -> str | None:
    """Return the one registered organisation whose name starts with this word (`Larkfield` of `Larkfield Energy`),
    else the body so named or whose name ends with it, else None."""
    longer = [org for org in ctx.orgs if org.startswith(name + " ") and ctx.kinds.get(org) == "organisation"]
    if len(longer) == 1:
        return longer[0]
    full = ctx.full_org(name)
    return full if not longer and ctx.kinds.get(full) == "organisation" else None
