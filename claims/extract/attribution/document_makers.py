"""A document named with its maker speaks as the maker (wave 44h; the annotation guide: "the trust's annual report
shows" is the trust). A row whose speaker is a document (`independent review`, `HOMEWATCH trial`, `Visitor Economy
Monitor`) is the party the text says made a document of that noun or title: `The review, conducted at the board's
request by X`, `The HOMEWATCH trial, led by researchers at X`, `compiled for the partnership by X`, `the latest Box
Monitor from X`, `X's national Home Value Index`. Wave 45b: `The X trial, run by Y`; a plural
possessive with its letters (`the Guild of Valuers' (GV) monthly survey`); an office by its post (`the Commissioner's
annual report`, the one `the ... Commissioner` the text names, `data/owning_offices.txt`); a body by its adjective
(`the diocesan review`, `data/body_adjectives.txt`); a review the text writes up as a report by one maker; a speaker
naming its maker after `by` (`survey of 84 colleges by X`), or before its noun by name or letters (`XF survey of
riders`), or a title opening on the one body a sentence names beside it (`the Tarnley House Price Index ... by Tarnley
Building Society`). Who commissioned, funded or obtained it never speaks for it, and a text that names two makers of
such documents, or none, leaves the document. Wave 49w: a maker in a relative clause or after a title (`a report
entitled X, which was written for the group by Y`), run on to its lower-case unit (`the Z College sport research
unit`); a report put to a cabinet is the one council's the text names (`A report to cabinet says`). Wave 51y: a
maker named past the document's `of` phrase, a count written with a comma (`An independent survey of 1,200 visitors,
carried out for X by Y, found`), and past a commissioning clause (`A review commissioned by X last year, led by Dr Jo
Roe, found`). Wave 51: a document opening the row's own sentence with its maker (`In a study by X, early results
suggest that`). Wave 52h: an owner that is the first word of the one body the text names in full (`Wattlebrook's
national Home Value Index (HVI)`: Wattlebrook Property Analytics), never a heading's words above it. Wave 57p: a document
row none of these makes a maker's is the one maker the sentence after its first row names (`next_makers`)."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions, head_noun
from ..owned_unit_names import UNIT_NOUNS
from ..speakers.body_traits import initials_of
from ..speakers.publishers_of import WORK_NOUNS
from ..speakers.words import OWNER_RUN
from ..vocabulary import ORG_HEADS, load_words, names_no_one
from .next_makers import DATA_HEADS, with_next_makers
from .records import Found
from .research_makers import research_maker
from .subject_makers import (MADE_HEADS, MAKING_VERBS, MAKING_VERBS_ALTERNATION, lead_in_paragraph, maker_kind,
                             names_again, same_sentence, sentence_start, subject_maker)
from ..text_caches import per_text

_HEADS = "|".join(sorted(MADE_HEADS | DATA_HEADS, key=len, reverse=True))
_DOCUMENT_RE = re.compile(r"\b(?P<head>%s)\b" % _HEADS, re.IGNORECASE)
"""A document's last word anywhere in a text."""
_AFTER_RE = re.compile(
    r"(?P<link>[ \t]+(?:from|by)[ \t]+|(?:\s*\([A-Z][A-Z&]{1,7}\))?(?:\s+(?:19|20)\d\d)?(?:\s+of\s+(?:[^,.;:()\n]|[,.](?=\d)){1,60}?(?=,\s))?"
    r"(?:\s+(?:commissioned|funded)\s+by\s+[^,.;:()\n]{1,60}(?=,))?"
    r"(?:\s+(?:entitled|titled|called)\s+[^,.;:\n]{1,60}?(?=,))?(?:,\s+[^,.;:\n]{1,60},)?"
    r",?(?:\s+(?:which|that))?(?:\s+(?:was|were|has\s+been|had\s+been|is))?,?\s+(?:%s)"
    r"(?:\s+(?:at|for|on\s+behalf\s+of)\s+[^,.;:\n]{1,50}?)?\s+by\s+)" % MAKING_VERBS_ALTERNATION)
"""What follows a document's noun up to its maker: `from`/`by` at once, or a making participle (after its letters,
year, a title given (`entitled X`) or set off by commas, a relative `which`/`that` and a passive's auxiliary) with an
`at`/`for` phrase before its `by` (`a report entitled X, which was written for the group by Y`, wave 49w)."""
_LATER_RE = re.compile(r"[^.;\n]{0,160}?\band\s+(?:%s)\s+by\s+" % MAKING_VERBS_ALTERNATION)
"""A second participle in the same sentence (`was commissioned by X in 2025 and led by Y`): Y made it."""
_OWNER_RE = re.compile(rf"(?P<owner>{OWNER_RUN})"
                       r"(?:['\u2019]s|(?<=s)['\u2019])(?:\s+\((?P<letters>[A-Z][A-Z&]{1,7})\))?\s+(?:[\w\-]+\s+){0,4}$")
"""A capitalised possessive owner before a document's words (`Wattlebrook's national Home Value Index`), a plural's
apostrophe and the owner's letters too (`the Guild of Valuers' (GV) monthly survey`); never words of a line above (a
heading, wave 52h)."""
_DESCRIBED_OWNER_RE = re.compile(r"\b[Tt]he\s+(?P<noun>[a-z]+)['\u2019]s\s+[\"\u201c]?(?:[\w\-]+\s+){0,4}$")
"""A body named by its head noun as a document's owner (`the partnership's "Leisure Monitor`)."""
BODY_ADJECTIVES: dict[str, str] = dict(line.split() for line in load_words("body_adjectives"))
"""Adjectives naming a body by its head noun (`diocesan` -> `diocese`)."""
_ADJECTIVE_OWNER_RE = re.compile(r"\b[Tt]he\s+(?P<adjective>%s)\s+(?:[\w\-]+\s+){0,3}$" % "|".join(sorted(BODY_ADJECTIVES)))
"""A body named by its adjective before a document's words (`The diocesan review`)."""
OWNING_OFFICES: frozenset[str] = load_words("owning_offices")
"""Offices a text names by their post alone as a document's owner (`the Commissioner's annual report`)."""
_OFFICE_OWNER_RE = re.compile(r"\b[Tt]he\s+(?P<post>%s)['\u2019]s\s+(?:[\w\-]+\s+){0,4}$"
                              % "|".join(sorted(word.capitalize() for word in OWNING_OFFICES)))
"""An office named by its capitalised post as a document's owner (`the Commissioner's annual report`)."""
_FRONTED_RE = re.compile(r"\s*(?:In|From)\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,3}?(?P<head>%s)\b" % _HEADS)
"""A document opening its sentence with the words that name it (`In a study`, `From an audit`), its maker to follow."""
_LEAD_WORDS: frozenset[str] = frozenset("the a an latest new".split())
"""Words that open a document's name before its maker's (`the latest Tarnley House Price Index`)."""
_ORDERED_RE = re.compile(r"\b(?:commission|fund)", re.IGNORECASE)
"""Words saying a body ordered or paid for a document, never made it (`commissioned`, `funded`, `funding`)."""
_OWN_ISSUE_RE = re.compile(r"(?:published|released|launched|issued)\s+(?:its|their)\s+(?:[\w\-]+\s+){0,4}$",
                           re.IGNORECASE)
"""A body's own document given out, up to its noun (`has today published its Annual Report`)."""
_SUBJECT_GAP_RE = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:(?:today|now|also|this\s+week|yesterday)\s+)?\Z")
"""What may stand between a subject and its giving verb: an auxiliary and a time (`X has today published`)."""
_MAKER_END_RE = re.compile(r"[,;:.(\n]|\s(?:in|for|on|which|who|that|and|to|with|since|after|published|found)\s")
"""Where a maker's words end: a mark, or a word that opens a place, a time or a clause after it."""
_UNIT_TAIL_RE = re.compile(r"(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:%s)\b"
                           % "|".join(sorted(UNIT_NOUNS, key=len, reverse=True)))
"""Lower-case words closing a body's name on its unit's noun (` sport research unit`, ` data team`)."""
_CABINET_REPORT_RE = re.compile(
    r"(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}report\s+to\s+(?:the\s+)?(?:council['\u2019]s\s+)?cabinet\b", re.IGNORECASE)
"""A report put to a council's cabinet, its maker unnamed (`A report to cabinet`, `the officers' report to the
cabinet`, `A report to the council's cabinet`, wave 50y)."""
_OWNER_REACH = 60
"""How far before a document's noun its possessive owner may stand."""
_TITLE_REACH = 40
"""How far after the sentence naming a report's maker the title of that report may first stand (the next sentence)."""
_LETTERED_OWNER_REACH = 100
"""How far before a document's noun a possessive owner written with its letters may stand."""


def name_document_makers(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with each document speaker whose maker the text names alone made that maker."""
    found = _with_subject_makers(text, found)
    if not any(item.kind == "document" for item in found):
        return found
    makers = _makers(text)
    rows = []
    for item in found:
        maker = _maker_within(text, item.speaker) or _fronted_maker(text, item) or _maker_for(item.speaker, makers) \
            or _maker_leading(text, item.speaker) or _cabinet_owner(text, item.speaker) \
            or _titled_report_maker(text, item.speaker, makers) or research_maker(text, item.speaker) \
            if item.kind == "document" else research_maker(text, item.speaker) if item.kind == "unresolved" \
            else None  # `a survey`, `The poll` after `new research by X`: X (65g)
        rows.append(item if maker is None else item._replace(speaker=maker.name, kind=maker_kind(maker)))
    return with_next_makers(text, rows)  # none of those named: the sentence after the first row's (wave 57p)


def _with_subject_makers(text: str, found: list[Found]) -> list[Found]:
    """Return the rows with each sentence opening on a document that names its maker in its own subject made that
    maker's, and the rows naming that work again, or hanging on its lead-in, that were read as the same party (54a)."""
    makers: dict[str, tuple[str, str]] = {}  # the party a row was read as -> the maker it gave way to
    again: list[tuple[int, int]] = []  # the spans of rows made a maker's
    rows = []
    for item in found:
        maker = subject_maker(text, item)
        if maker is not None and maker.name not in item.speaker and initials_of(item.speaker) != maker.name:
            makers[item.speaker] = (maker.name, maker_kind(maker))  # `A report published by NERC`: kept whole
            again.append(item.span)
            rows.append(item._replace(speaker=maker.name, kind=makers[item.speaker][1]))
            continue
        lead = lead_in_paragraph(text, item) if item.speaker in makers else None
        if item.speaker in makers and (names_again(text, item) or lead is not None and any(
                lead[0] <= start < lead[1] for start, _ in again) or again and same_sentence(text, again[-1], item)):
            again.append(item.span)
            rows.append(item._replace(speaker=makers[item.speaker][0], kind=makers[item.speaker][1]))
            continue
        rows.append(item)
    return rows


@per_text(32)
def _makers(text: str) -> tuple[tuple[str, str, Mention], ...]:
    """Return (head noun, its sentence up to the maker, maker) for each document the text names with its maker."""
    found = []
    for match in _DOCUMENT_RE.finditer(text):
        maker = _maker_after(text, match.end())
        if maker is not None and maker.kind == "person" and match.group("head").lower() in DATA_HEADS:
            maker = None  # "figures by analyst X": a person's figures do not make X the source of the text's figures
        if maker is None and match.group("head").lower() not in DATA_HEADS:
            maker = _owner_before(text, match.start()) or _issuer_before(text, match.start()) \
                or _adjective_owner_before(text, match.start())
        if maker is not None:
            start = sentence_start(text, match.start())
            after = maker.start >= match.end() and "." not in text[match.end():maker.start]
            found.append((match.group("head").lower(), text[start:maker.end if after else match.end()], maker))
    return tuple(found)


def _maker_after(text: str, end: int) -> Mention | None:
    """Return the maker named after a document's noun (`from X`, `, conducted by X`), else None."""
    link = _AFTER_RE.match(text, end)
    if link is None:
        later = _LATER_RE.match(text, end)
        if later is None or "commissioned" not in text[end:later.end()] and "funded" not in text[end:later.end()]:
            return None
        link = later
    stop = _MAKER_END_RE.search(text, link.end(), link.end() + 120)
    words_end = stop.start() if stop is not None else min(len(text), link.end() + 120)
    mentions = [m for m in find_mentions(text, link.end(), words_end) if m.kind in ("org", "person")]
    if not mentions:
        return None
    maker = _with_unit(text, mentions[-1], words_end)
    before = text[link.end():maker.start].split()
    return maker._replace(kind="org") if before and before[-1].lower() in ORG_HEADS else maker


def _with_unit(text: str, maker: Mention, end: int) -> Mention:
    """Return a body's name run on to the lower-case unit of it that made the document (`the X College sport research
    unit`, wave 49w), else the maker as read."""
    unit = _UNIT_TAIL_RE.match(text, maker.end, end) if maker.kind == "org" else None
    return maker if unit is None else maker._replace(end=unit.end(), name=text[maker.start:unit.end()])


def _owner_before(text: str, start: int) -> Mention | None:
    """Return a possessive owner standing before a document's words: a capitalised name, its letters, a body by its
    head noun (`the partnership's`) or an office by its post (`the Commissioner's`), else None."""
    owner = _OWNER_RE.search(text, max(0, start - _OWNER_REACH), start)
    lettered = _lettered_owner(text, start) if owner is None or owner.group("letters") else None
    if lettered is not None:
        return lettered
    office = _OFFICE_OWNER_RE.search(text, max(0, start - _OWNER_REACH), start)
    if office is not None:
        return _office_named(text, office.group("post"))
    if owner is None:
        described = _DESCRIBED_OWNER_RE.search(text, max(0, start - _OWNER_REACH), start)
        return _body_of_head(text, described.group("noun")) if described is not None else None
    mentions = find_mentions(text, max(0, owner.start("owner") - _OWNER_REACH), owner.end("owner") + 2)
    last = mentions[-1] if mentions else None
    if last is None or last.end <= owner.start("owner"):
        return _body_by_first_word(text, owner.group("owner"))  # no name read at the owner's own words
    if last.end < owner.end("owner"):
        return None
    return last if last.possessive or text[last.end:last.end + 1] in ("'", "\u2019") else None


def _body_by_first_word(text: str, word: str) -> Mention | None:
    """Return the one body the text names in full that opens on a one-word owner read as no name of its own
    (`Wattlebrook's national Home Value Index (HVI)` for `Wattlebrook Property Analytics`), else None (wave 52h)."""
    return None if " " in word else full_bodies_by_first_word(text).get(word)


@per_text(4)
def full_bodies_by_first_word(text: str) -> dict[str, Mention]:
    """Return, for each first word of only one name of a body the text names in full (two words or more), that
    body's last mention: the text's names read once for all its owners (wave 53g)."""
    bodies: dict[str, dict[str, Mention]] = {}
    for mention in find_mentions(text, 0, len(text)):
        if mention.kind == "org" and " " in mention.name:
            bodies.setdefault(mention.name.split()[0], {})[mention.name] = mention
    return {word: next(iter(named.values())) for word, named in bodies.items() if len(named) == 1}


def _lettered_owner(text: str, start: int) -> Mention | None:
    """Return a possessive owner written with its letters (`the Guild of Valuers' (GV) survey`), else None."""
    owner = _OWNER_RE.search(text, max(0, start - _LETTERED_OWNER_REACH), start)
    if owner is None or owner.group("letters") != initials_of(owner.group("owner")) \
            or text[owner.start("owner") - 1:owner.start("owner")].isalpha():
        return None
    return Mention(owner.start("owner"), owner.end("owner"), owner.group("owner"), "org", True, "")


def _cabinet_owner(text: str, speaker: str) -> Mention | None:
    """Return the one council the text names for a report put to a cabinet (`A report to cabinet says`): its officers
    write it for the council, whose cabinet it goes to (wave 49w); else None."""
    return _one_body_of_head(text, "council") if _CABINET_REPORT_RE.match(speaker) else None


def _body_of_head(text: str, noun: str) -> Mention | None:
    """Return the one body the text names whose head noun is a word (`the partnership`), else None."""
    return _one_body_of_head(text, noun) if noun in ORG_HEADS else None


def _one_body_of_head(text: str, noun: str) -> Mention | None:
    """Return the one body the text names with a head noun, its shorter names inside the longest counting once."""
    bodies = {m.name: m for m in find_mentions(text, 0, len(text)) if m.kind == "org" and head_noun(m.name) == noun}
    longest = [m for name, m in bodies.items() if not any(name != other and name in other for other in bodies)]
    return longest[0] if len(longest) == 1 else None


def _office_named(text: str, post: str) -> Mention | None:
    """Return the one office the text names in full with a post as its last word (`the Welsh Information
    Commissioner`), else None."""
    names = {match.group("name"): match for match in re.finditer(
        r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w\-]*\s+){1,4}%s)\b" % post, text)}
    if len(names) != 1:
        return None
    name, match = next(iter(names.items()))
    return Mention(match.start("name"), match.end("name"), name, "org", False, "")


def _adjective_owner_before(text: str, start: int) -> Mention | None:
    """Return the one body whose head noun a document's adjective names (`The diocesan review`), else None."""
    owner = _ADJECTIVE_OWNER_RE.search(text, max(0, start - _OWNER_REACH), start)
    return _one_body_of_head(text, BODY_ADJECTIVES[owner.group("adjective").lower()]) if owner is not None else None


def _issuer_before(text: str, start: int) -> Mention | None:
    """Return the subject that gave out its own document (`X has today published its Annual Report`), else None."""
    issued = _OWN_ISSUE_RE.search(text, max(0, start - _OWNER_REACH), start)
    if issued is None:
        return None
    mentions = find_mentions(text, sentence_start(text, issued.start()), issued.start())
    if not mentions or _SUBJECT_GAP_RE.match(text[mentions[-1].end:issued.start()]) is None:
        return None
    return mentions[-1]


def _maker_for(speaker: str, makers: tuple[tuple[str, str, Mention], ...]) -> Mention | None:
    """Return the one maker the text names for documents of a speaker's last word or title, else None."""
    words = speaker.split()
    if not words:
        return None
    head, title = words[-1].lower(), speaker.removeprefix("the ").removeprefix("The ")
    titled = title[:1].isupper()  # `National Student Voice Survey`: that survey only, never the union's own survey
    named = {maker.name: maker for noun, sentence, maker in makers
             if noun == head and not titled or len(title) > 8 and title.casefold() in sentence.casefold()}
    if not named and not titled and head in WORK_NOUNS:  # a review the text later calls a report is that report
        named = {maker.name: maker for noun, sentence, maker in makers if noun in WORK_NOUNS}
    return _one_maker(list(named.values()))


def _titled_report_maker(text: str, title: str, makers: tuple[tuple[str, str, Mention], ...]) -> Mention | None:
    """Return the maker of the report a title right after it names by its own words (`in a new report published by
    X. // Running on Empty (pdf) has today revealed`: X, wave 50y): a title that ends on no document's noun, first
    written within `_TITLE_REACH` of the one sentence naming a report's maker; else None."""
    words = title.split()
    if not words or not title[:1].isupper() or words[-1].lower() in MADE_HEADS | DATA_HEADS | WORK_NOUNS:
        return None  # "the National Student Voice Survey": a survey of its own, never the report before it
    at = text.find(title)
    near = {maker.name: maker for noun, sentence, maker in makers if noun in WORK_NOUNS
            and 0 <= (end := text.find(sentence) + len(sentence)) <= at <= end + _TITLE_REACH}
    return _one_maker(list(near.values()))


def _fronted_maker(text: str, item: Found) -> Mention | None:
    """Return the maker of the document that opens a row's own sentence (`In a study by X and funded by Y, early
    results suggest that`: X), never one that only funded or ordered it; else None."""
    if " by " in item.speaker or " from " in item.speaker:
        return None  # a speaker naming its own maker or source is read by `_maker_within`
    opening = _FRONTED_RE.match(text, sentence_start(text, item.span[0]))
    if opening is None:
        return None
    maker = _maker_after(text, opening.end())
    return maker if maker is not None and maker.end <= item.span[0] else None


def _maker_within(text: str, speaker: str) -> Mention | None:
    """Return the body a document speaker names after its `by` (`survey of 84 colleges by the X Forum (XF)`), never
    one that obtained, commissioned or funded it (`figures obtained by X`, `a study commissioned by Y`)."""
    at = text.find(speaker) if " by " in speaker else -1
    before = speaker[:speaker.rfind(" by ")].split()[-1:] if at >= 0 else []
    if not before or before[0].endswith("ed") and before[0].lower() not in MAKING_VERBS:
        return None
    by = at + speaker.rindex(" by ") + len(" by ")
    mentions = [m for m in find_mentions(text, by, at + len(speaker)) if m.kind == "org"]
    return mentions[0] if mentions else None


def _maker_leading(text: str, speaker: str) -> Mention | None:
    """Return the body a document speaker's words before its noun name: the body's letters (`XF survey of riders`),
    its name (`A and B study`) or, for a title, the one body whose name opens on the title's first word and that a
    sentence names beside the title (`the latest Tarnley House Price Index`), else None."""
    words = speaker.split()
    at = next((index for index, word in enumerate(words) if word.lower() in MADE_HEADS), 0)
    lead = [word for word in words[:at] if word.lower() not in _LEAD_WORDS] if at else []
    if not lead:
        return None
    name = " ".join(lead)
    bodies = {m.name: m for m in find_mentions(text, 0, len(text)) if m.kind == "org"}
    lettered = [body for body in bodies.values() if name.isupper() and initials_of(body.name) == name]
    if len(lettered) == 1 or name in bodies:
        return lettered[0] if len(lettered) == 1 else bodies[name]
    return _brand_owner(text, " ".join(lead + [words[at]]), bodies)


def _brand_owner(text: str, title: str, bodies: dict[str, Mention]) -> Mention | None:
    """Return the one body whose name opens on a title's first word (`Tarnley` of `Tarnley House Price Index`) and
    that a sentence names beside the title, else None."""
    brand = title.split()[0].capitalize()
    owners = [body for name, body in bodies.items() if name.split()[0] == brand and name != brand
              and not any(name != other and name in other for other in bodies)]
    if len(owners) != 1 or names_no_one(brand):
        return None
    together = re.compile(r"[^.\n]*\b%s\b[^.\n]*" % re.escape(title), re.IGNORECASE)
    return owners[0] if any(owners[0].name in match.group() and _ORDERED_RE.search(match.group()) is None
                            for match in together.finditer(text)) else None


def _one_maker(makers: list[Mention]) -> Mention | None:
    """Return the one maker among names of one party (a body and its letters count once), else None."""
    full = [maker for maker in makers if maker.name not in {initials_of(other.name) for other in makers}]
    return full[0] if len(full) == 1 else None
