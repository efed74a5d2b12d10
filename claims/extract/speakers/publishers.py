"""Who the text says published a kind of document (`the figures, published by X`, `X published its annual report`,
`released by the museum`): the body, or the publisher's words when the text never names it."""
from __future__ import annotations

import re

from ..entities import find_mentions
from ..vocabulary import any_script, CUE_VERBS, ORG_HEADS

from .body_traits import authored, owner_of_people
from .context import Context
from .document_authors import author_mention
from .examination_makers import examination_makers
from .lead_documents import lead_authors
from .modifier_bodies import modifier_bodies
from .publishers_of import kin_publisher, producers, senders
from .references import reference
from .words import REFERENCE_WORDS, SAME_DATA, UNNAMED_PUBLISHER_RE, PUBLISHED_ACTIVE_RE, PUBLISHED_BY_RE


def published_by(ctx: Context, noun: str) -> str | None:
    """Return the body the text says published a kind of document (`the figures, published by X`)."""
    if ctx.published is None:
        ctx.published = {}
        for match in PUBLISHED_BY_RE.finditer(ctx.text):
            found = find_mentions(ctx.text, match.start("org"), match.end("org"))
            orgs = [m for m in found if m.kind == "org" or authored(match, m)] \
                or [m for m in [author_mention(ctx.text, match.start("org"), match.end("org"))] if m]
            unnamed = UNNAMED_PUBLISHER_RE.match(owner_of_people(match.group("org")))
            if orgs:
                ctx.published.setdefault(match.group("noun").lower(), orgs[0])
            elif unnamed:  # "by the state auditor general": its words, unresolved
                ctx.published.setdefault(match.group("noun").lower(), unnamed.group())
        _published_actively(ctx)
        _published_of(ctx)
        _published_owned(ctx)
        for work, maker in examination_makers(ctx.text).items():
            ctx.published.setdefault(work, maker)  # "The review, carried out by X LLP, found": X's (wave 37c)
    mention = ctx.published.get(noun) or next((ctx.published[other] for other in SAME_DATA.get(noun, ())
                                              if other in ctx.published), None) \
        or kin_publisher(ctx.published, noun) or producers(ctx.text).get(noun) \
        or senders(ctx.text).get(noun) \
        or lead_authors(ctx.text).get(noun) \
        or modifier_bodies(ctx.text).get(noun)  # the study by X is the report; a letter from the practice; an X audit
    if isinstance(mention, str):
        return _unnamed_publisher(ctx, mention)
    return ctx.add(mention) if mention else None


def _unnamed_publisher(ctx: Context, words: str) -> str:
    """Return the body a publisher's common noun means (`by the airline`: the one airline named), else the words,
    unresolved (`by the state auditor general`)."""
    parts = words.split()
    if len(parts) > 2 and parts[-1] in CUE_VERBS:
        words, parts = " ".join(parts[:-1]), parts[:-1]  # "figures released by the museum show"
    found = reference(parts, ctx) if parts[-1] in REFERENCE_WORDS or parts[-1] in ORG_HEADS else None
    if found is not None and found[0] in ctx.orgs:
        return found[0]
    ctx.kinds.setdefault(words, "unresolved")
    return words


def _published_actively(ctx: Context) -> None:
    """Note who the text says published a kind of document in the active voice (`The Rivers Agency published
    its annual report`): the report is that body's."""
    assert ctx.published is not None
    for match in PUBLISHED_ACTIVE_RE.finditer(ctx.text):
        orgs = [m for m in find_mentions(ctx.text, *match.span("org")) if m.kind == "org"]
        if orgs and orgs[-1].end == match.end("org"):
            ctx.published.setdefault(match.group("noun").lower(), orgs[-1])


_REPORT_OF_RE = re.compile(r"\b(?P<noun>report|findings|recommendations|conclusions)[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])")
"""`The report of the X Committee`: a body's own written work (what it examines follows `a review of`, never this)."""
_REPORT_OF_CHARS = 120
"""How far after `report of the` a body's name is read."""


def _published_of(ctx: Context) -> None:
    """Note whose a kind of document the text says it is with `of` (`The report of the Children and Young People's
    Overview and Scrutiny Committee`): that body's, so `The review found` after it is its too (wave 20b)."""
    assert ctx.published is not None
    if " of " not in ctx.text:
        return
    for match in _REPORT_OF_RE.finditer(ctx.text):
        found = find_mentions(ctx.text, match.end(), min(len(ctx.text), match.end() + _REPORT_OF_CHARS))
        if found and found[0].start == match.end() and found[0].kind == "org" and not found[0].possessive:
            ctx.published.setdefault(match.group("noun"), found[0])


_OWNED_PUBLISHED_RE = any_script(re.compile(
    r"(?P<org>[A-Z][\w&\-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)?[A-Z][\w&\-]*){0,6})(?:['\u2019]s|(?<=s)['\u2019])[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,6}?(?P<noun>statistics|figures|data)\b,?[ \t]+(?:published|released)\b"))
"""`The Department for Work and Pensions' annual Households Below Average Income statistics, published on Thursday,`:
a body's own figures, said to come out (wave 24d)."""


def _published_owned(ctx: Context) -> None:
    """Note whose figures the text says came out with a possessive (`The X Office's quarterly statistics, published
    on Thursday, show`): that body's, so a lead's `official figures show` is its too (wave 24d)."""
    assert ctx.published is not None
    if "published" not in ctx.text and "released" not in ctx.text:
        return
    for match in _OWNED_PUBLISHED_RE.finditer(ctx.text):
        orgs = [m for m in find_mentions(ctx.text, *match.span("org")) if m.kind == "org"]
        if orgs and orgs[-1].end >= match.end("org") - 1:
            ctx.published.setdefault(match.group("noun"), orgs[-1])


def published_plural(ctx: Context, name: str) -> bool:
    """Say whether the text shows a body publishing documents written in the plural (`X has today published its
    latest projections`): `They show` after it means them, so X (wave 19b)."""
    published_by(ctx, "report")  # fills `ctx.published` once per text
    assert ctx.published is not None
    return any(noun.endswith("s") and ctx.full_org(found if isinstance(found, str) else found.name) == name
               for noun, found in ctx.published.items())
