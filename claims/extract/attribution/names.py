"""The names that open sentences, remembered so that the short references after them resolve (`Acme Water said`,
`Writing in the Post`)."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..datelines import place_dateline_end
from ..entities import Mention, Readings, reading_of
from ..speakers import Context, label_word, speaker_from_region
from ..speakers.appositives import document_acronym
from ..speakers.ad_lines import on_ad_line
from ..speakers.byline_credits import on_photo_credit
from ..speakers.turns import next_needs_subject, note_opening_subject
from ..text import Span, subtract
from ..vocabulary import any_script, DOCUMENT_NOUNS

from .opening_references import it_follows, note_reference_subject
from .own_its_subjects import note_own_its_subject
from .publisher_subjects import note_publisher_subject
from .published_documents import it_comes_next, note_published_document
from .reference_people import note_reference_people
from .records import inside_holes, any_word
from .sides import note_affiliations, note_side_subject


def read_names(text: str, span: Span, holes: list[Span]) -> Readings:
    """Read the names of a sentence's parts outside quotations, as `remember_names` registers them; its clauses are
    cut from them when a cue's speaker is read (`Context.readings`)."""
    return _read_parts(text, (place_dateline_end(text, *span) or span[0], span[1]), holes)


def _read_parts(text: str, span: Span, holes: list[Span]) -> Readings:
    """Read the names of a span's parts outside quotations, the span already past any dateline."""
    return tuple((part, reading_of(text, *part)) for part in subtract(span, holes))


def remember_names(text: str, span: Span, holes: list[Span], ctx: Context,
                   readings: Readings | None = None) -> None:
    """Register the names said outside quotations (never the audience after `told`), and note the body that
    opens the span as the subject a following `It` means; `readings` are the span's parts as `read_names` read them,
    when the caller has them (wave 60s: a sentence's parts read once)."""
    ctx.subject = ctx.opening_person = None
    span = (place_dateline_end(text, *span) or span[0], span[1])  # "MINNEAPOLIS - Acme Co. will ...": no subject
    for _, reading in _read_parts(text, span, holes) if readings is None else readings:
        for mention in reading.mentions:
            if mention.name.isupper() and (label_word(text, mention) or document_acronym(text, mention.start, mention.end)):
                continue  # "BUSINESS | AVIATION": a section label's word names no party; "... Update (HYEFU)": a document
            told = text.find("told", max(0, mention.start - 10), mention.start) >= 0  # the cheap test first
            if (not told or not TOLD_BEFORE_RE.search(text[max(0, mention.start - 10):mention.start])) \
                    and not _written_in(text, mention.start) and not on_photo_credit(text, mention.start) \
                    and not on_ad_line(text, mention.start):  # 62d: `Hide Ad` is a slot, no one
                name = ctx.add(mention)  # "told the Daleham Echo": the audience, never the body in focus
                if mention.kind == "org" and ctx.kinds.get(name) in BODY_KINDS \
                        and OPENING_SUBJECT_RE.fullmatch(text[span[0]:mention.start].strip()) is not None \
                        and not JOINED_NAME_RE.match(text, mention.end):  # "Acme and Brook Water both ...": two
                    ctx.subject = (name, ctx.block)  # "The Rivers Agency fined the firm. It said": the agency
                _note_opening_person(text, span[0], mention, name, ctx)  # "Jo Roe ... asked for Dr Hale to go. He"
    note_publisher_subject(text, span, ctx)  # "Harrowmere released findings from its survey": a body (62d)
    if ctx.subject is None and text.startswith(("The ", "Its ", "Their "), span[0]) \
            and text[span[1]:span[1] + 8].lstrip().startswith(("It ", "Its ")):
        _document_subject(text, span, ctx)  # only an `It` or `Its` opening the next sentence needs it
    if ctx.subject is None:
        note_reference_people(text, span, ctx)  # "The council's planning officers recommended it. Their report"
    if ctx.subject is None and it_comes_next(text, span[1]):
        note_published_document(text, span, ctx)  # "The Corran Review was published on Monday. It found": the review
    if ctx.subject is None and it_follows(text, span[1]):
        note_reference_subject(text, span, ctx)  # "The company, founded in 1990, carried ... Its accounts": it
    if ctx.subject is None and it_follows(text, span[1]):
        note_own_its_subject(text, span, ctx)  # "Twitter has released its financials. It reported": Twitter (54e)
    _surname_subject(text, span, holes, ctx)
    if ctx.subject is None and next_needs_subject(text, span[1]) and not inside_holes(span[0], holes):
        note_opening_subject(text, span[0], span[1], ctx)  # "In a statement, Acme said ...": Acme Foods Inc
    if ctx.subject is None and not inside_holes(span[0], holes):
        note_side_subject(text, span, ctx)  # "Acorn disagreed. ..., it said": Acorn
    note_affiliations(text, span, ctx)  # "Jo Bell, regional officer for Unite, said": Unite is named


APPOSED_NAME_RE = re.compile(r",[ \t]+\Z")
"""Only a comma between two names (`Headteacher of Ysgol Bro, Mr Huw Lloyd,`): the second names who the first is."""


def _note_opening_person(text: str, start: int, mention: Mention, name: str, ctx: Context) -> None:
    """Note the person whose name opens a sentence as its subject (`Jo Roe, for the board, asked for Dr Hale to be
    struck off.`): whom a `he` opening the next sentence means, though Hale was named last (wave 47w); a person named
    right after it between commas is who that opening was (`Headteacher of Ysgol Bro, Mr Huw Lloyd, said`)."""
    if mention.start == start and not mention.possessive and ctx.kinds.get(name) == "person":
        ctx.opening_person = (name, ctx.block, mention.end)
    elif ctx.opening_person is not None and mention.kind == "person" \
            and APPOSED_NAME_RE.search(text, ctx.opening_person[2], mention.start) is not None:
        ctx.opening_person = None


SURNAME_OPENING_RE = re.compile(r"[ \t]*(?P<name>[A-Z][\w'\u2019\-]+)[ \t]+(?=[a-z])")
"""One capitalised word opening a sentence, a lower-case word after it: `Albrecht is asking the board`."""


def _surname_subject(text: str, span: Span, holes: list[Span], ctx: Context) -> None:
    """Note a person the text named before, called by surname alone as a sentence's subject (`Albrecht is asking the
    board ...`): the `she said` that follows is that person's, not the last speaker's."""
    opening = SURNAME_OPENING_RE.match(text, span[0], span[1])
    if opening is None or inside_holes(span[0], holes):
        return
    person = ctx.full_person(opening.group("name"))
    if person != opening.group("name") and person != ctx.last_person and ctx.kinds.get(person) == "person":
        ctx.add(Mention(opening.start("name"), opening.end("name"), person, "person"))


JOINED_NAME_RE = any_script(re.compile(r"\s+(?:and|&|or)\s+(?:the\s+)?[A-Z]"))
"""Another name joined to a subject (`Acme Water and Brook Water`): two parties open the sentence, not one."""


def _document_subject(text: str, span: Span, ctx: Context) -> None:
    """Note a body's document that opens a span (`The report, Cold Homes, draws on a survey by X.`) as the subject a
    following `It` means: its publisher, not the body the sentence goes on to name."""
    match = DOCUMENT_SUBJECT_RE.match(text, span[0], span[1])
    if match is None or text[match.end():match.end() + 1] not in (",", " "):
        return
    who = speaker_from_region(text, match.start(), match.end(), ctx)
    if who is not None and who.kind in ("organisation", "inspectorate", "person"):
        ctx.subject = (who.name, ctx.block)  # "The review, led by Jo Roe, ... Its findings": hers


OPENING_SUBJECT_RE = re.compile(r"(?:(?:However|But|And|Meanwhile|Yet|Instead|Separately|Earlier|Later|Today),?\s*)?(?:[Tt]he)?")
"""What may stand before a body that opens a sentence as its subject: `The`, `However, the`, `Meanwhile`."""
TOLD_BEFORE_RE = re.compile(r"\btold\s+(?:the\s+)?$")
"""`told the` right before a name: the outlet or audience a claim was told to."""
WRITTEN_IN_RE = re.compile(r"\b(?:[Ww]riting|wrote|[Ss]peaking|spoke|[Ii]nterview)\s+(?:in|for|to|on|with)\s+(?:the\s+)?$")
"""`Writing in the Daily Post`, `Speaking to the Herald`, `in an interview with the Gazette`: the outlet, no party."""
WRITTEN_IN_NEEDS = ("riting", "wrote", "peaking", "spoke", "nterview")
"""What every match of `WRITTEN_IN_RE` holds."""
WRITTEN_IN_NEEDS_RE = any_word(WRITTEN_IN_NEEDS)
"""Finds any of `WRITTEN_IN_NEEDS` (the cheap test before `WRITTEN_IN_RE`)."""


def _written_in(text: str, start: int) -> bool:
    """Say whether a name is the outlet a speaker wrote in or spoke to (`Writing in the Daily Post, Jo Roe said`)."""
    if WRITTEN_IN_NEEDS_RE.search(text, max(0, start - 30), start) is None:
        return False  # none of the verbs is there (the cheap test first)
    return WRITTEN_IN_RE.search(text, max(0, start - 30), start) is not None


DOCUMENT_SUBJECT_RE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}?(?:%s)\b" % "|".join(sorted(DOCUMENT_NOUNS)))
"""A document opening a sentence (`The report`, `Its annual review`) whose colon hands it the lines below."""
