"""A page's layout around its claims: the header line naming a release's issuer, the furniture of a web page, a live
page's time stamps and a release's advice to the public.

A release names its issuer on a header line of its own (`Acme Water plc`, `Food Standards Authority (FSA)`,
`PRESS RELEASE - Bright Teeth`, `Statement: Acme Trust accepts ...`); captions, tags and `Read more:` links are
nobody's claim; `14:10 -` before a live page's entry is no part of it; `Anyone who ... is asked to` asks, it claims
nothing.
"""
from __future__ import annotations

import re

from ..model import BODY_KINDS
from .entities import Mention, find_mentions, org_kind
from .field_senders import first_sender_end
from .source_fields import newsroom_source
from .speakers import Context
from .speakers.force_people import FORCE_PEOPLE
from .text import Block, Span
from .topic_names import names_a_topic
from .vocabulary import FURNITURE_LABELS

TIME_STAMP_RE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|UTC|IST|ET|EST|EDT)?\s*(?:[\-\u2013\u2014]|:)\s+(?=\S)",
                           re.IGNORECASE)
"""A live page's time stamp before an entry: `14:10 \u2014 `, `2.15pm - `, `09:30 GMT: `."""


FURNITURE_RE = re.compile(r"\[?(?P<label>[A-Za-z'\u2019 ]{4,24}?)\s*[:|]")
"""A label opening a block: `[Image caption:`, `Tags:`, `Read more:`."""


def is_furniture(text: str, block: Block) -> bool:
    """Say whether a block is a page's furniture (`Image caption: ...`, `Tags: ...`, `Read more: ...`): nobody's
    claim."""
    colon = text.find(":", block.body, min(block.end, block.body + 30))
    label = FURNITURE_RE.match(text, block.body, block.end) \
        if colon >= 0 or text.find("|", block.body, block.body + 30) >= 0 else None  # a bar: no copy of the start
    return label is not None and " ".join(label.group("label").lower().split()) in FURNITURE_LABELS


MAX_MASTHEAD_BLOCKS = 8
"""How many header lines, before the first sentence, may name a release's issuer."""
ACRONYM_TAIL_RE = re.compile(r"\s*\([A-Z][A-Za-z&]{1,7}\)\s*$")
"""An acronym in brackets after a body's name on its header line: `Water Services Authority (WSA)`."""


MARKER_TAIL_RE = re.compile(r"[ \t]*(?:[|:\-\u2013\u2014][ \t]*)?(?i:(?:press|news|media)[ \t]+(?:release|statement))[ \t]*$")
"""A release's marker after its issuer on the header line (`FSIS News Release`, `Acme Water | Press release`): no part
of the issuer's name. A name in capitals before it (`FDA NEWS RELEASE`) is left unread, as any header in capitals is:
reading an acronym there gave two real-page checks' releases an issuer they did not have."""


TOPIC_TAIL_RE = re.compile(r"\s+[\-\u2013\u2014:|]\s+")
"""A dash or a colon after a topic's name on its header line (`Operation Kestrel - Update 3`)."""


def masthead_issuer(text: str, blocks: list[Block], ctx: Context, below_topic: bool = False) -> str | None:
    """Return the body a release's header names on a line of its own (`Acme Water plc`, `Food Standards Authority
    (FSA)`), before the first sentence; None when no header line is only a body's name (a name in capitals is
    left to the text's own spelling). A campaign's or an operation's line (`Operation Kestrel`) is the release's
    topic when a later header line names a body, even a force's bare noun (`Police`; wave 42b)."""
    header = blocks[:MAX_MASTHEAD_BLOCKS]
    opened = next((i for i, b in enumerate(header) if text[b.end - 1] in ".!?"), len(header))  # the body has begun
    fielded = next((name for i in range(opened) if _field_line(text, header[i])
                    and (name := _block_issuer(text, blocks, i, ctx, below_topic)) is not None), None)
    if fielded is not None:
        return fielded  # "Source: Government of India" under a headline: the field names the issuer (53f)
    for index in range(opened):
        name = _block_issuer(text, blocks, index, ctx, below_topic)
        if name is not None:
            return name
    return None


def _field_line(text: str, block: Block) -> bool:
    """Say whether a header line is a field naming who issued the page (`From: X`, `Source: X`, `Issued by: X`)."""
    marked = MARKED_ISSUER_RE.match(text, block.body, block.end)
    return marked is not None and bool(marked.group("field"))


def _block_issuer(text: str, blocks: list[Block], index: int, ctx: Context, below_topic: bool) -> str | None:
    """Return the body one header line names as the release's issuer, else None."""
    block = blocks[index]
    if below_topic and text[block.body:block.end].strip().lower() in FORCE_PEOPLE:
        return ctx.register_org_once(text[block.body:block.end].strip())  # "Police" on its own line under the
        # operation's
    marker = MARKER_TAIL_RE.search(text, block.body, block.end)  # "FSIS News Release": the issuer before it (22c)
    tail = ACRONYM_TAIL_RE.search(text, block.body, marker.start() if marker else block.end)
    end = tail.start() if tail else marker.start() if marker and marker.start() > block.body else block.end
    marked = MARKED_ISSUER_RE.match(text, block.body, end) \
        or (marker if marker and marker.start() > block.body else None)  # "PRESS RELEASE - Smile Fair"
    start = marked.end() if marked and marked is not marker else block.body
    if marked is not None and marked is not marker and marked.group("field"):
        end = first_sender_end(text, start, end)  # "From: X and Jo Roe MP": X issues the page (36f)
        if newsroom_source(marked.group("field"), text[start:end]):
            return None  # "Source: Reuters": the newsroom that reported, no issuer (53f)
    if not block.bullet and text[start:end].isupper():
        start, end = spelt_later(text, start, end)  # "OFFICE OF THE CITY CONTROLLER" as the text writes it below
    mentions = [] if block.bullet or text[start:end].isupper() else find_mentions(text, start, end)
    if names_a_topic(TOPIC_TAIL_RE.split(text[start:end], 1)[0]):
        below = masthead_issuer(text, blocks[index + 1:MAX_MASTHEAD_BLOCKS], ctx, True)
        if below is not None:
            return below  # "Operation Kestrel - Week 3", then "Police": the force issues the release
    if marked is not None and marked is not marker and marked.group("field") and (not mentions or mentions[0].start != start):
        mentions = field_issuer(text, start, end, mentions, ctx)  # "From: Ofwat (Water Services Regulation ...)"
    alone = len(mentions) == 1 and mentions[0].end == end  # "Acme Water plc" on its own line
    headline = marked is not None and bool(mentions) and mentions[0].kind == "org"  # "Statement: Acme accepts ..."
    if mentions and mentions[0].start == start and (alone or headline) \
            and (mentions[0].kind == "org" or marked is not None and not mentions[0].title) \
            and not (marked and mentions[0].kind != "org" and is_topic(text, mentions[0].name, block.end)):
        office = PRESS_OFFICE_TAIL_RE.search(mentions[0].name)
        mention = mentions[0]._replace(name=mentions[0].name[:office.start()]) if office else mentions[0]
        if (mention.kind != "org" or office) and mention.name not in ctx.kinds:
            ctx.register_org(mention.name, org_kind(mention.name))  # the issuer a marker or press office names is a body
        name = ctx.add(mention._replace(kind="org"))
        return name if ctx.kinds.get(name) in BODY_KINDS else None
    return None


_FIELD_NAME_RE = re.compile(r"[A-Z][\w&'\u2019\-]*(?:[ \t]+[A-Z][\w&'\u2019\-]*){0,5}(?=[ \t]*(?:\(|$))")
"""A body's name alone after a header's field (`From: Ofwat`), up to a bracket or the line's end."""


def field_issuer(text: str, start: int, end: int, mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Return a header field's body read as one mention when the name reader finds none at its start (`From: Ofwat
    (Water Services Regulation Authority)`: a one-word name, registered with the kind its bracket's name has)."""
    found = _FIELD_NAME_RE.match(text, start, end)
    if found is None or text[start:end].startswith(("The ", "A ")):
        return mentions
    bracket = next((m for m in mentions if m.start > found.end()), None)
    ctx.register_org_once(found.group(), lambda name: org_kind(bracket.name if bracket else name))
    return [Mention(found.start(), found.end(), found.group(), "org", False, "")]


def spelt_later(text: str, start: int, end: int) -> tuple[int, int]:
    """Return where the text writes a header line in capitals again in its own case (`ACME WATER` -> `Acme Water`),
    else the line itself."""
    words = text[start:end].split()
    if not 2 <= len(words) <= 8:
        return start, end
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(word) for word in words) + r"\b", re.IGNORECASE)
    for found in pattern.finditer(text, end):
        if not found.group().isupper() and found.group()[0].isupper():
            return found.start(), found.end()
    return start, end


def is_topic(text: str, name: str, after: int) -> bool:
    """Say whether the words a release's marker heads (`STATEMENT | Season Tickets`) are its topic, not its issuer: the
    text writes them again in lower case (`season ticket prices`), as no body writes its own name."""
    words = name.lower().split()
    if words[-1].endswith("s") and len(words[-1]) > 3:
        words[-1] = words[-1][:-1]  # "Season Tickets": "season ticket holders"
    return re.search(rf"\b{re.escape(' '.join(words))}", text[after:]) is not None


PRESS_OFFICE_TAIL_RE = re.compile(r"\s+(?:Office\s+of\s+(?:Communications|Public\s+Affairs|Media\s+Relations)"
                                  r"|(?:Communications|Press|News|Media(?:\s+Relations)?)\s+(?:Office|Team|Unit|Desk)|Newsroom)$")
"""A press office after its body's name on a release's header line (`Acme University Office of Communications`): the
body issues the release."""
MARKED_ISSUER_RE = re.compile(r"(?:(?:(?i:press|news|media)\s+)?(?i:release|statement)\s*[\-\u2013\u2014:|]"
                              r"|(?P<field>From|Source|Issued\s+by|Published\s+by|Released\s+by)[ \t]*:)[ \t]*")
"""A release's marker and its issuer on one header line: `PRESS RELEASE - Smile Fair`, `News release: Acme Trust`,
`Statement: Acme Trust accepts the review` (the body that opens the headline), or a page's field naming who issued
it (`From: Ofwat (Water Services Regulation Authority)`, `Issued by: X`; wave 19b)."""


ADVICE_RE = re.compile(r"\b(?:is|are)\s+(?:being\s+|also\s+|strongly\s+)?(?:asked|urged|advised|encouraged|reminded|invited)"
                       r"\s+to\b")
"""A release's request to the public (`Anyone who ate there is asked to fill in the survey`): not the issuer's claim."""
PUBLIC_SHOULD_RE = re.compile(r"(?:Anyone|Everyone|Customers|Residents|Patients|Parents|Drivers|Passengers)\b[^.;]{0,160}?"
                              r"\b(?:should|must)\s+(?!not\b)[a-z]+")
"""A release's advice opening with the public it is for (`Residents should call 101`)."""


def is_advice(text: str, sentence: Span) -> bool:
    """Say whether a release's sentence asks or advises the public rather than stating a fact."""
    return ADVICE_RE.search(text, *sentence) is not None or PUBLIC_SHOULD_RE.match(text, *sentence) is not None
