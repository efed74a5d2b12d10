"""An examining document whose maker the text names after a participle of doing the work (wave 37c): `An independent
evaluation of the scheme, carried out by the X Centre, found`, `The review, conducted by the consultancy Y LLP,
found`, `An audit, undertaken by Z and published in June, found`: the body that carried out the review speaks for it,
as `prepared by` makes it (`publishers.published_by` reads these makers beside the publishers it notes), so that the
aside set off by commas no longer hides it, and `the review` later is that body's; a bare `The evaluators also found`
or `The reviewers found` is that body too (`maker_people`, read by `regions` beside `research_teams`).

Only a document of examining work (`data/examined_works.txt`): a survey, a poll or a study `carried out by` a polling
firm stays the commissioning body's (wave 20b); only a body named first after `by`, never a person (`carried out by Jo
Roe`) nor a common noun (`by the trust's own staff`)."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions
from ..text_caches import per_text
from ..vocabulary import EXAMINED_WORKS, any_script, load_words

from .context import Context

EXAMINING_PARTICIPLES: frozenset[str] = load_words("examining_participles")
"""Participles that name who did the work after `by` (`carried out`, `conducted`)."""
EXAMINATION_PEOPLE: dict[str, str] = dict(line.split() for line in load_words("examination_people"))
"""The people of examining work and the work's noun (`evaluators` -> `evaluation`)."""


def _alternatives(words: frozenset[str]) -> str:
    """Return a regex alternation of words, lower case and capitalised, multi-word entries split on any blank."""
    forms = sorted({form for word in words for form in (word, word.capitalize())}, key=len, reverse=True)
    return "|".join(r"[ \t]+".join(map(re.escape, form.split())) for form in forms)


MAKER_RE = any_script(re.compile(
    r"\b(?P<noun>%s)\b[^.;:\n]{0,60}?[ \t]+(?:%s)[ \t]+by[ \t]+(?P<maker>[^,.;:\n]{2,80})"
    % (_alternatives(EXAMINED_WORKS), _alternatives(EXAMINING_PARTICIPLES))))
"""`evaluation of the scheme, carried out by the X Centre`: a document of examining work, at most sixty characters of
what it covers or when it came out, and the maker after `by`, up to the next comma or stop."""
PARTICIPLE_BY_RE = re.compile(r"(?:%s)[ \t]+by[ \t]" % _alternatives(EXAMINING_PARTICIPLES))
"""What every match of `MAKER_RE` holds (`carried out by `), found fast: no leading `\\b` hides its first letters from
the engine's skip-ahead, so a text without it is passed over without trying each examined work's noun at each word."""


@per_text(8)
def examination_makers(text: str) -> dict[str, Mention]:
    """Return the body the text names as having carried out each kind of examining document (`review` -> the
    consultancy), the first the text gives for each noun; empty when the text names none."""
    if " by " not in text or PARTICIPLE_BY_RE.search(text) is None:
        return {}  # the cheap tests first
    makers: dict[str, Mention] = {}
    for match in MAKER_RE.finditer(text):
        maker = _maker(text, match)
        if maker is not None:
            makers.setdefault(match.group("noun").lower(), maker)
    return makers


def _maker(text: str, match: re.Match[str]) -> Mention | None:
    """Return the body a match's maker names, the first name after `by` when it is a body's, else None."""
    mentions = find_mentions(text, *match.span("maker"))
    return mentions[0] if mentions and mentions[0].kind == "org" and not mentions[0].possessive else None


def maker_people(words: list[str], ctx: Context) -> str | None:
    """Return the body that carried out the work whose people a bare subject names (`the evaluators`, the body after
    `evaluation ..., carried out by`), registered; None for another subject or a work no body is named for."""
    if len(words) != 2 or words[0] != "the" or words[1] not in EXAMINATION_PEOPLE:
        return None  # the cheap test first
    maker = examination_makers(ctx.text).get(EXAMINATION_PEOPLE[words[1]])
    return ctx.add(maker) if maker is not None else None


EXAMINER_WORDS: frozenset[str] = frozenset("inspectors inspector auditors".split())
"""Bare words for the people who examined (`inspectors found`) that the one body named as carrying out the work is."""


def sole_examiner(word: str, ctx: Context) -> str | None:
    """Return the one body the text names as having carried out examining work (`an evaluation conducted by X at the
    request of Y`), registered as the inspectorate, for a bare `inspectors` no body resolved (wave 54e): the work shows
    who examined, where a body only called so (`Office of the Inspector General of X`, the office examined) does not;
    None for another word, or no such body or two."""
    if word not in EXAMINER_WORDS:
        return None  # the cheap test first
    makers = {maker.name: maker for maker in examination_makers(ctx.text).values()}
    if len(makers) != 1:
        return None
    name = ctx.add(next(iter(makers.values())))
    ctx.kinds[name] = "inspectorate"
    return name
