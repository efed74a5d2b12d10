"""The firm appointed to an insolvency office (wave 35i): after `Jo Roe and Al Key of X as joint administrators`,
`Administrators from X were appointed` or `X was appointed as liquidators`, a bare `the administrators said` or `the
joint administrators said` is the one firm the text names in that office, which speaks as itself; two such firms, or
none, leave the words unresolved as before.

The text is read for such firms once (cached per text), and only when a cue's subject is such a bare office."""
from __future__ import annotations

import re

from ..entities import Mention
from ..text_caches import per_text
from ..vocabulary import load_words

from .body_traits import sole_body
from .context import Context

INSOLVENCY_OFFICES: frozenset[str] = load_words("insolvency_offices")
"""Offices a failed company's firm is appointed to (`administrators`), read from `data/insolvency_offices.txt`."""
_OFFICES = "|".join(sorted(INSOLVENCY_OFFICES))
_RUN = r"[A-Z][\w'\u2019\-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'\u2019\-]*){0,4}"
"""A firm's name as a run of capitalised words (`Hollins Tate Restructuring`, `Roe & Key`)."""
_FIRM_AS_RE = re.compile(r"(?:\b(?:of|and)[ \t]+|^)(?P<firm>%s)"
                         r"(?:[ \t]+(?:was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+appointed"
                         r"(?:[ \t]+on[ \t]+[A-Z]\w+)?)?[ \t]+as[ \t]+(?:joint[ \t]+)?(?P<office>%s)\b"
                         % (_RUN, _OFFICES), re.MULTILINE)
"""A firm in its office: `Jo Roe and Al Key of X as joint administrators`, `X was appointed as liquidators` opening
its line, `and Y as administrators`."""
_OFFICE_FROM_RE = re.compile(r"\b(?:[Jj]oint[ \t]+)?(?P<office>(?i:%s))[ \t]+(?:from|at)[ \t]+(?:the[ \t]+)?(?P<firm>%s)"
                             % (_OFFICES, _RUN))
"""An office, then `from` or `at` and the firm's name (`Administrators from X were appointed`)."""


def office_firm(words: list[str], ctx: Context) -> str | None:
    """Return the one firm the text names in an insolvency office, registered as a body, when the subject is bare
    `the administrators` or `the joint administrators`; else None: another subject, no such firm, or two."""
    if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in INSOLVENCY_OFFICES \
            or len(words) == 3 and words[1] != "joint":
        return None
    firm = sole_body(appointed_firms(ctx.text, words[-1]))
    if firm is None:
        return None  # "X as administrators of the shops, and Y as administrators of the bakeries": either firm
    return ctx.kind_over(ctx.add(firm), "person", "organisation")  # "of Kinross Moore as joint administrators"


@per_text(8)
def appointed_firms(text: str, office: str) -> tuple[Mention, ...]:
    """Return the firms a text names in an office (`of X as joint administrators`, `administrators from X`), as
    bodies."""
    if office not in text.lower():
        return ()  # the cheap test first
    found = [*_FIRM_AS_RE.finditer(text), *_OFFICE_FROM_RE.finditer(text)]
    return tuple(sorted((_firm(match) for match in found if match.group("office").lower() == office
                         and match.group("firm")[:1].isupper()), key=lambda firm: firm.start))


def _firm(match: re.Match[str]) -> Mention:
    """Return the firm a match names, as a body's mention."""
    return Mention(match.start("firm"), match.end("firm"), match.group("firm"), "org", False, "")


def firm_names(text: str) -> frozenset[str]:
    """Return the names of every firm the text names in an insolvency office, whole as written (`Kinross Moore` of
    `Jo Roe and Al Key of Kinross Moore as joint administrators`, never `Al Key of Kinross Moore`)."""
    lowered = text.lower()
    return frozenset(firm.name for office in INSOLVENCY_OFFICES if office in lowered
                     for firm in appointed_firms(text, office))
