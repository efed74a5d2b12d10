"""Letters set out in a text (`Dear resident,` ... `Yours sincerely,` and the sender's name): the sender speaks for
the letter's own statements (`The total cost is £14.8 million.`, `You will not be asked to pay anything.`), as an
issuer speaks for its release; a sentence with its own cue in the letter keeps that cue's speaker (`Our contractor,
X, expects ...`), and a lead-in naming nobody (`Those measures are:`) is the sender's, not the body last in focus.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..entities import Mention, find_mentions
from ..items import is_rhetoric, is_statement, split_items
from ..speakers import Context
from ..text import Block, Quote, Span, split_sentences
from ..union_branches import NUMBERED_UNIT_RE
from ..vocabulary import DOCUMENT_NOUNS, load_words

from .documents import is_heading
from .joint_signers import joint_body, signers
from .letter_layout import is_listing, told_content
from .letter_organisers import organiser
from .letter_voice import says_i, signature_lines, signed_body
from .patterns import ANY_CUE_RE
from .records import Attribution

COURTESIES: tuple[str, ...] = tuple(sorted(load_words("letter_courtesies")))
"""How a letter's courtesies open (`Thank you for`, `Please explain`, `I am writing to`): no claim to check."""
SENDER_SUBJECT_RE = re.compile(r"(?:I|I'm|I\u2019m|We|We're|We\u2019re|Our|My)\b")
"""The sender's own voice opening a sentence (`I have asked`, `Our insurer has agreed`): a cue after it is still the
sender reporting."""
OWN_RE = re.compile(r"(?:own[ \t]+)?(?P<noun>[a-z\-]+)")
"""The noun after an owner's possessive (`X's own estimate`, `X's figures`)."""

SALUTATION_RE = re.compile(r"(?:Dear|DEAR)[ \t]+[^\n,.!?:;]{1,60}[,:]?[ \t]*")
"""A letter's salutation on a line of its own: `Dear resident,`, `Dear Mr Lindqvist,`, `Dear Commissioner:`."""
VALEDICTION_RE = re.compile(r"(?:Yours[ \t]+(?:sincerely|faithfully|truly|ever|respectfully)|Sincerely(?:[ \t]+yours)?"
                            r"|(?:With[ \t]+)?(?:[Kk]ind|[Kk]indest|[Bb]est|[Ww]arm|[Ww]armest)[ \t]+(?:regards|wishes)"
                            r"|Regards|Respectfully)[ \t]*[,.]?[ \t]*", re.IGNORECASE)
"""The close of a letter above its sender's name: `Yours sincerely,`, `Kind regards,`."""
FROM_RE = re.compile(r"From[ \t]*:[ \t]*")
"""A letter's header naming its sender: `From: Jo Roe, Chief Executive, Acme Homes`."""
MAX_LETTER_BLOCKS = 60
"""How many blocks a letter's body may run from its salutation to its close."""
SIGNATURE_BLOCKS = 2
"""How many lines under the close may name the sender (`Sgt Jo Roe`, after a blank line or a scanned signature)."""
HEADER_BLOCKS = 6
"""How many lines above the salutation may hold a `From:` header."""
INTRO_BLOCKS = 10
"""How many blocks above the salutation may introduce a letter and name its organiser (wave 39a)."""
MIN_LETTER_WORDS = 4
"""A letter's sentence shorter than this (`Yes.`, `I share your concern.`) claims nothing."""


class Letter(NamedTuple):
    """Who sends a letter, and the person it is addressed to by name (`Dear Mr Lindqvist,`), if any; the sender's
    kind (`organisation` for a body the letter is sent on behalf of)."""

    sender: str
    addressee: str | None
    kind: str = "person"


def letter_senders(text: str, blocks: list[Block]) -> dict[int, Letter]:
    """Map each block of a letter's body (after `Dear ...,`, before `Yours sincerely,`) to its letter: the person who
    sends it, named under its close, else in a `From:` header above it; blocks of no letter are left out."""
    if "Dear" not in text and "DEAR" not in text:
        return {}  # the cheap test first: most texts hold no letter
    senders: dict[int, Letter] = {}
    index = 0
    while index < len(blocks):
        if not _is_salutation(text, blocks[index]):
            index += 1
            continue
        close = next((i for i in range(index + 1, min(len(blocks), index + MAX_LETTER_BLOCKS))
                      if VALEDICTION_RE.fullmatch(text, blocks[i].body, blocks[i].end)
                      or _is_salutation(text, blocks[i])), None)
        if close is None or _is_salutation(text, blocks[close]):
            index = close if close is not None else index + 1
            continue  # a salutation with no close before the next letter: no sender to give its words
        sender = _signed(text, blocks[close + 1:close + 1 + SIGNATURE_BLOCKS]) \
            or _from_header(text, blocks[max(0, index - HEADER_BLOCKS):index])
        if sender is not None:
            body = _sending_body(text, blocks, index, close)
            letter = Letter(body, _addressee(text, blocks[index]), "organisation") if body is not None \
                else Letter(sender.name, _addressee(text, blocks[index]))
            senders.update((i, letter) for i in range(index + 1, close))
        index = close + 1
    return senders


def _sending_body(text: str, blocks: list[Block], salutation: int, close: int) -> str | None:
    """Return the body a letter from its salutation to its close is sent by, else None (its signer sends it): none
    when it says `I` (wave 33b), else the body its introduction says organised it (wave 39a), the body it is written
    `on behalf of`, the body of two signers or more, or the body the one signer's post is held in."""
    if says_i(text, blocks[salutation + 1:close]):
        return None  # "I am writing on behalf of the campaign ...": the signer's own letter
    end = blocks[close].end
    bodies = signature_bodies(text, end)
    return organiser(text, blocks[max(0, salutation - INTRO_BLOCKS):salutation], signers(text, end), bodies) \
        or _on_behalf_of(text, blocks[max(0, salutation - HEADER_BLOCKS):close], end) \
        or joint_body(text, end, bodies) or signed_body(text, end)


BEHALF_RE = re.compile(r"\bon[ \t]+behalf[ \t]+of[ \t]+(?:the[ \t]+(?:members|staff|residents|tenants)[ \t]+of[ \t]+)?"
                       r"(?:the[ \t]+)?")
"""A letter written for others: `on behalf of the X Association`, `on behalf of the members of X`."""


def _on_behalf_of(text: str, blocks: list[Block], close: int) -> str | None:
    """Return the body a letter (or its introduction) says it is written on behalf of, when a line of the signature
    under its close names that body (`Leader, X`, or the body's name under its officers'); else None (the signer
    sends it: `on behalf of the 300 officers our branch represents`)."""
    if not blocks or "behalf" not in text[blocks[0].body:close]:
        return None  # the cheap test first: most letters are their signer's own
    names = signature_bodies(text, close)
    for block in blocks:
        for behalf in BEHALF_RE.finditer(text, block.body, block.end):
            body = next((name for name in names if text.startswith(name, behalf.end())), None)
            if body is not None:
                return body
    return None


def signature_bodies(text: str, close: int) -> list[str]:
    """Return the names a letter's signature lines may give a body: each line's words after its last comma (`Leader,
    X`), or a whole line after the first (the body under its officers' names)."""
    lines = signature_lines(text, close)
    return [_last_part(line) if "," in line else line for line in lines[1:]] \
        + [_last_part(line) for line in lines[:1] if "," in line]


def _last_part(line: str) -> str:
    """Return a signature line's words after its last comma (`Leader, X`), with the part before them when they are
    only a union's numbered unit (`..., Guild of X, Local 77`: the local is the guild's, never a body alone)."""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) > 2 and NUMBERED_UNIT_RE.fullmatch(parts[-1]):
        return f"{parts[-2]}, {parts[-1]}"
    return parts[-1]


def _is_salutation(text: str, block: Block) -> bool:
    """Say whether a block is a letter's salutation line (`Dear resident,`)."""
    return not block.bullet and SALUTATION_RE.fullmatch(text, block.body, block.end) is not None


def _addressee(text: str, salutation: Block) -> str | None:
    """Return the person a salutation names (`Dear Mr Lindqvist,`), else None (`Dear resident,`)."""
    people = find_mentions(text, salutation.body + len("Dear "), salutation.end)
    return people[0].name if people and people[0].kind == "person" else None


def _signed(text: str, lines: list[Block]) -> Mention | None:
    """Return the person whose name opens the first line under a letter's close (`Sgt Jo Roe`), else None."""
    for line in lines:
        people = find_mentions(text, line.body, line.end)
        if people:
            return people[0] if people[0].kind == "person" and people[0].start == line.body else None
    return None


def _from_header(text: str, lines: list[Block]) -> Mention | None:
    """Return the person a `From: Jo Roe, Chief Executive` header above the salutation names, else None."""
    for line in lines:
        header = FROM_RE.match(text, line.body, line.end)
        people = find_mentions(text, header.end(), line.end) if header else []
        if people and people[0].kind == "person":
            return people[0]
    return None


YOU_SAID_RE = re.compile(r"\b[Yy]ou\s+(?:have\s+|had\s+)?(?:told\s+(?:us|me|the\s+\w+|members)|said|stated|claimed"
                         r"|confirmed|assured\s+(?:us|me)|wrote)\s+(?:that\s+)?")
"""The addressee's own words reported back to them (`you told us that ...`, `you said that ...`)."""


def letter_claims(text: str, block: Block, quotes: list[Quote], attributions: list[Attribution],
                  letter: Letter, ctx: Context) -> list[Attribution]:
    """Give the sender a letter paragraph's statements that no cue and no quotation took: each sentence's items,
    leaving out questions, lead-ins, courtesies, rhetoric and another party's reported words the cues missed (`They
    have advised that ...`); a sentence opening on a body's own document (`X's own estimate ... was £1.1m`) is the
    body's; `you told us that A` gives A to the person the letter is addressed to by name."""
    sender = letter.sender
    if is_heading(text, block, quotes):
        return []  # "What has changed since March", a subject line under "Dear resident,": a heading claims nothing
    taken = sorted([span for a in attributions for span in a.spans] + [q.outer for q in quotes])
    found: list[Attribution] = []
    spans: list[Span] = []
    for sentence in split_sentences(text, block.body, block.end):
        if _overlaps(sentence, taken) or is_listing(text, sentence):
            continue  # "Elm Road Hall: Tuesday 23 March, 2pm", "call us on 0800 047 3391": arrangements
        sentence = told_content(text, sentence) or sentence  # "I am writing to tell you ... that A": A
        if not _sender_may_say(text, sentence):
            continue
        told = YOU_SAID_RE.search(text, *sentence) if letter.addressee else None
        if told is not None:  # "First, you told us that A": the addressee's words
            found.append(Attribution(letter.addressee, "person", "letter", tuple(  # type: ignore[arg-type]
                item for item in split_items(text, (told.end(), sentence[1])) if is_statement(text[item[0]:item[1]]))))
            continue
        items = [item for item in split_items(text, sentence) if is_statement(text[item[0]:item[1]])]
        owner = _document_owner(text, sentence, ctx)
        if owner is not None:
            found.append(Attribution(owner, ctx.kind_of(owner), "letter", tuple(items)))
        else:
            spans += [item for item in items if not reports_another(text, item)]
    return ([Attribution(sender, letter.kind, "letter", tuple(spans))] if spans else []) + found


def _sender_may_say(text: str, sentence: Span) -> bool:
    """Say whether a letter's sentence may be its sender's claim: no question or lead-in, four words or more, no
    courtesy or rhetoric."""
    words = text[sentence[0]:sentence[1]]
    return text[sentence[1] - 1] not in "?:" and len(words.split()) >= MIN_LETTER_WORDS \
        and (ASSURANCE_RE.match(words) is not None or not is_rhetoric(words)) and not words.lower().startswith(COURTESIES)


ASSURANCE_RE = re.compile(r"You\s+(?:will\s+not|won't|won\u2019t|do\s+not|don't|don\u2019t|will\s+(?:still\s+)?(?:be|have|get|receive|keep))\b")
"""What a letter assures its reader of (`You will not be asked to pay`, `You will keep your tenancy`): a claim, though
it speaks to `you` as an appeal would."""


HEARSAY_RE = re.compile(r"\b(?:understands?|understood|learn(?:s|ed|t)|heard|(?:been|was|were)\s+told)\b")
"""What a party learnt from another (`the Committee understands from X that ...`): the other party's words."""


SENDER_BEFORE_CUE_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur[ \t]+[a-z]+)(?:[ \t]+(?:have|has|had|also|now|not|already|since|then"
                                  r"|first|last|recently|previously|originally|once|just|both|all))*"
                                  r"[ \t]+$")
"""The sender as a cue's subject inside a clause (`..., and we have found no call that failed`, `When we first wrote to
you`): still the sender."""
PASSIVE_BEFORE_CUE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:[ \t]+(?:now|not|still|also|then|already))?[ \t]+$")
"""A form of `be` before a report word (`Trials are now being listed for 2028`): a passive that reports nobody."""


def reports_another(text: str, item: Span) -> bool:
    """Say whether an item of a letter reports another party's words (a cue, or hearsay) that the cues did not give
    to that party (`They have advised that ...`): not the sender's claim, unless the sender is its subject (`I have
    agreed that ...`, `We understand that ...`, `..., and we have found no call that failed`) or the report word is
    a passive not followed by `that` (`Trials are being listed for 2028`)."""
    if SENDER_SUBJECT_RE.match(text, *item):
        return False
    if HEARSAY_RE.search(text, *item) is not None:
        return True
    cue = ANY_CUE_RE.search(text, *item)
    if cue is None:
        return False
    before = text[max(item[0], cue.start() - 40):cue.start()]
    if SENDER_BEFORE_CUE_RE.search(before):
        return False  # "..., and we have found no emergency call that failed": the sender reports
    return not (PASSIVE_BEFORE_CUE_RE.search(before) and not text.startswith("that", cue.end() + 1))


def _document_owner(text: str, sentence: Span, ctx: Context) -> str | None:
    """Return the body whose own document opens a sentence (`Eastmarsh Police's own estimate, ..., was £1.1m`),
    else None."""
    if "'" not in text[sentence[0]:sentence[1]] and "\u2019" not in text[sentence[0]:sentence[1]]:
        return None  # the cheap test first: no possessive
    mentions = find_mentions(text, *sentence)
    first = mentions[0] if mentions else None
    if first is None or first.start != sentence[0] or not first.possessive or first.kind != "org":
        return None
    after = text.find(" ", first.end, sentence[1])
    noun = OWN_RE.match(text, after + 1, sentence[1]) if after >= 0 else None
    return ctx.add(first) if noun is not None and noun.group("noun") in DOCUMENT_NOUNS else None


def _overlaps(sentence: Span, taken: list[Span]) -> bool:
    """Say whether any taken span overlaps a sentence."""
    return any(start < sentence[1] and end > sentence[0] for start, end in taken)


def sender_lead_in(text: str, block: Block, final: Attribution | None, sender: str, kind: str = "person") \
        -> Attribution | None:
    """Give a letter's lead-in that names nobody (`Those measures are:`, `In the last quarter of 2025:`, `Of the 286
    tenants who replied:`) to its sender (of its kind), not to the body in focus, nor to nobody; a lead-in naming its
    speaker keeps it."""
    if final is None or final.cue == "letter" and not final.colon:  # "In May we surveyed X. Of those who replied:"
        ends = text[block.body:block.end].rstrip()
        return Attribution(sender, kind, "letter", (), colon=True) \
            if ends.endswith(":") and not block.bullet and not ends.endswith("::") else final
    if not final.colon or final.kind == "person" or final.speaker in text[block.body:block.end]:
        return final
    return Attribution(sender, kind, final.cue, final.spans, colon=True, lines=final.lines)
