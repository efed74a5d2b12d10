"""Survey shares as subjects: `62% of members said ...`, `Of those, nearly half said ...` is what a survey found, so
its claim is the survey's publisher's (the body that ran it), with the share kept in the claim's words; no person
and no `members` speak. A share with no publisher in sight keeps the old reading (nothing is guessed)."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import Mention, find_mentions
from ..items import split_items
from ..speakers import Context
from ..text import Span, subtract
from ..vocabulary import NOT_NAMES

from .records import Attribution

SHARE = (r"(?:(?:nearly|almost|more\s+than|over|about|around|some|roughly|just\s+(?:over|under)|just|only|fewer\s+than"
         r"|less\s+than)\s+)?"
         r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent)|[a-z]+(?:-[a-z]+)?\s+per\s*cent|half|a\s+third|a\s+quarter"
         r"|two[\s-]thirds|three[\s-]quarters|(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+"
         r"(?:three|four|five|six|seven|eight|nine|ten)|(?:a|the)\s+majority)"
         r"(?:\s*\(\d+(?:\.\d+)?%\))?")
"""A share of the people asked: `62%`, `Sixty-two per cent`, `nearly half`, `one in three`, `six in ten (58%)`."""

OPENER = r"[A-Z][a-z]+(?:\s+[a-z]+){0,3}"
"""A short opener before a share and its comma (`However,`, `In contrast,`, `Of these,`, wave 43g; `On the retail
side,`, wave 62e)."""
CONNECTIVE = r"(?:[,\s]\s*however,\s*|\s+)?"
"""What may follow an opener before the share: `, however,` (`On the retail side, however, 46% said`, wave 62e)."""
BARE_OPENER = r"(?:However|Meanwhile|Yet|Still|Overall)\s+"
"""A connective before a share with no comma after it (`However 52% of members replied`, wave 62e)."""
CLAUSE_CHAR = r"(?:[^,;:]|(?<=\d),(?=\d{3}))"
"""A character of an opening clause: no comma but one inside a figure (`Of 1,012 children surveyed,`, wave 24e)."""
SHARE_SUBJECT_RE = re.compile(
    rf"[\s\u2022\u2013*\-]*(?:(?P<among>(?:Of|Among)\s{CLAUSE_CHAR}{{1,100}}),\s*|(?P<where>In\s{CLAUSE_CHAR}{{0,60}}"
    rf"(?:survey|poll|ballot|vote|consultation){CLAUSE_CHAR}{{0,100}}),\s*"
    rf"|(?P<asked>When\s+asked\s{CLAUSE_CHAR}{{1,150}}),\s*"
    rf"|(?P<before>.{{0,200}}?)(?:,\s+(?:and|while|whilst|but|yet)|\s+(?:while|whilst|whereas))\s+"
    rf"|{OPENER},{CONNECTIVE}|{BARE_OPENER})?"
    rf"(?P<share>{SHARE})(?:\s+[a-z]+(?:\s*\(\d+(?:\.\d+)?%\))?)?(?:\s+(?:of|among)\s+[^,;:\"\u201c]{{1,80}}?)?\s*",
    re.IGNORECASE | re.DOTALL)
"""A cue's subject that is a share of those asked, maybe after `Of those who ...,`, `In a X survey,` or an earlier
clause (`..., and 58%`): what the survey found, not a party that speaks."""

SURVEY_WORDS_RE = re.compile(r"\b(?:survey|surveyed|polled|poll|questioned|asked|ballot|balloted|respondents|vote"
                             r"|consultation|responded|responses|took\s+part|members)\b", re.IGNORECASE)
"""Words that say people were asked: the share is a survey's finding."""


def share_attribution(text: str, sentence: Span, cue: re.Match[str], holes: list[Span], ctx: Context,
                      verb_start: int) -> Attribution | None:
    """Attribute a sentence whose cue's subject is a survey share (`62% of members said ...`) to the survey's
    publisher, the share kept in the claim; None when the subject is no share or no publisher is in sight."""
    found = share_subject(text, sentence[0], verb_start)
    if found is None:
        return None
    start = found.start("share")
    publisher = named_publisher(text, found, ctx) or survey_publisher(text, start, ctx)
    if publisher is None:
        return None  # no body in sight: other readers (a list's lead-in, `The poll found that:`) may still give it
    words = " ".join(text[cue.start():cue.end()].split()).rstrip(" :;")
    spans = tuple(s for part in subtract((start, sentence[1]), holes) for s in split_items(text, part))
    return Attribution(publisher[0], publisher[1], words, _share_before(text, found, holes) + spans)


def _share_before(text: str, found: re.Match[str], holes: list[Span]) -> tuple[Span, ...]:
    """Return the spans of an earlier clause that is a share's finding too (`21% had more work, while only 9%
    expected ...`: `21% had more work`, wave 43g), else none."""
    if found.group("before") is None or SHARE_OPENING_RE.match(text, found.start("before"), found.end("before")) is None:
        return ()
    return tuple(s for part in subtract(found.span("before"), holes) for s in split_items(text, part))


SHARE_OPENING_RE = re.compile(rf"[\s\u2022\u2013*\-]*(?:{OPENER},\s*)?{SHARE}\s+[a-z]+\b", re.IGNORECASE)
"""A clause that opens on a share and a word after it (`21% had`): a finding of those asked."""


def share_subject(text: str, start: int, verb_start: int) -> re.Match[str] | None:
    """Return the share that is a cue's whole subject (`62% of members` before `said`), else None."""
    if verb_start - start > MAX_SHARE_SUBJECT:
        return None  # the cheap test first: a long subject is no share
    found = SHARE_SUBJECT_RE.fullmatch(text, start, verb_start)
    if found is None or SURVEY_WORDS_RE.search(text, max(0, start - SURVEY_REACH), verb_start) is None:
        return None  # "Half of the money went ...": no one was asked, no survey's finding
    return found


MAX_SHARE_SUBJECT = 300
"""Characters a share subject may take, with an opening clause (`Of those who had treated patients ...,`)."""
SURVEY_REACH = 600
"""Characters before a share in which the text says people were asked (`surveyed 2,000 staff.`)."""


def named_publisher(text: str, found: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """Return the body an opening `In a Unite survey,` or `In a poll by the Retail Forum,` names as the survey's, else
    None (`In a survey,` names no one)."""
    group = "where" if found.group("where") is not None else "among"
    if found.group(group) is None or group == "among" and SURVEY_NOUN_RE.search(found.group(group)) is None:
        return None  # "Of those who replied,": no survey named there
    mentions = [m for m in find_mentions(text, found.start(group), found.end(group)) if m.kind == "org"]
    names = mentions or [Mention(m.start(), m.end(), m.group(), "org")
                         for m in CAPITALISED_RE.finditer(text, found.start(group) + 2, found.end(group))
                         if m.group().lower() not in NOT_NAMES]  # "carried out in August": a month names no body
    if not names:
        return None
    full = ctx.full_org(names[-1].name) if " " not in names[-1].name else names[-1].name
    name = full if full != names[-1].name else ctx.add(names[-1])  # "412 Academy members": the Ossory Academy
    return name, ctx.kind_of(name)


SURVEY_NOUN_RE = re.compile(r"\b(?:survey|poll|ballot|consultation)\b", re.IGNORECASE)
"""A survey named in an opening `Of ...` clause (`Of the 67 traders who answered a BID survey,`): its body runs it."""
CAPITALISED_RE = re.compile(r"[A-Z][A-Za-z'\u2019&\-]*(?:\s+[A-Z][A-Za-z'\u2019&\-]*)*")
"""A run of capitalised words: the name of a survey's body (`Unite`, `Retail Forum`)."""


def survey_publisher(text: str, start: int, ctx: Context) -> tuple[str, str] | None:
    """Return the body that ran the survey: the last body the text names as surveying (`Unison surveyed 2,000
    staff.`, `The agency polled ...`) shortly before the share, else the body that spoke in the last three paragraphs
    with no other body named since, else the last body the text said surveyed before; None when no body is in sight."""
    known = _last_surveyor(text, max(0, start - SURVEY_REACH), start, ctx)
    if known is not None:
        return known, ctx.kind_of(known)
    recent = ctx.org_speakers[-1] if ctx.org_speakers and ctx.block - ctx.org_block <= SURVEY_BLOCKS \
        and not ctx.other_org else None
    if recent is not None:
        return recent, ctx.kind_of(recent)
    known = _last_surveyor(text, 0, start, ctx)  # "X surveyed ..." paragraphs before (wave 43g)
    return (known, ctx.kind_of(known)) if known is not None else None


def _last_surveyor(text: str, begin: int, start: int, ctx: Context) -> str | None:
    """Return the last body the text names as surveying between `begin` and `start`, of those it knows as bodies."""
    surveyors = [ctx.full_org(m.group("name").removeprefix("The ")) for m in SURVEYOR_RE.finditer(text, begin, start)]
    known = [name for name in surveyors if ctx.kinds.get(name) in BODY_KINDS]
    return known[-1] if known else None


SURVEYOR_RE = re.compile(r"(?P<name>[A-Z][\w'\u2019&\-]*(?:\s+(?:of|for|and|the|[A-Z][\w'\u2019&\-]*))*)"
                         r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?\s+(?:has\s+|have\s+)?(?:(?:again|also|recently)\s+)?"
                         r"(?:surveyed|polled|questioned|balloted|interviewed|asked"
                         r"|(?:conducted|carried\s+out|ran|run|commissioned)\s+(?:again\s+)?"
                         r"(?:its|their|a|an|the)\s[^.;:\n]{0,60}?\b(?:survey|poll|ballot)s?)\b")
"""A body that asked people (`Unison surveyed`, `The Retail Forum has polled`, `The Guild (TG) has carried out its
spring survey`, wave 43g): whose survey the shares are."""


SURVEY_BLOCKS = 2
"""Paragraphs back that the body which spoke may lie and still be the survey's (its finding, then how it was run)."""
