"""A briefing note's spokesperson speaking on with no cue (wave 47v). UN information services and some ministries
summarise a press briefing in the third person, a turn to each spokesperson: `Jo Roe for the X Office (XO) said the
number had passed 90,000.`, then the rest of what she said in reported speech, in that paragraph and the plain
paragraphs after it, with no cue again (`Shelters were full.`, `Stocks would run out within ten days.`). A reader
hears her voice go on until something stops it: another turn or cue, a heading, a question, a bullet, a quotation,
the writer's own words (`It is not clear ...`, `However, ...`) or another person named in full. Outside a briefing
note (no turn written `Name for the Body ... said`) a person's past `said` carries nothing.
"""
from __future__ import annotations

import re

from ..bodies_spoken_for import spoken_for_cut
from ..entities import find_mentions
from ..items import split_items
from ..text import Block, Span, split_sentences, subtract
from ..vocabulary import HONORIFICS

from .continuation import CONTRAST_OPENING_RE, DOCUMENT_CUE_RE, WRITER_OPENING_RE
from .patterns import is_commentary
from .records import Attribution
from ..text_caches import per_text

TURN_RE = re.compile(r"^(?P<who>[A-Z][^\s,.;:]*\.?(?:[ \t]+[A-Z][^\s,.;:]*){1,3})[ \t]+for[ \t]+the[ \t]+[A-Z][^\n.;:]{2,150}?"
                     r"[ \t]+(?:said|says|told|noted|reported|stated|added)\b", re.MULTILINE)
"""A paragraph opening on a briefing turn: `Jo Roe for the World Food Programme (WFP) said`."""
FOR_THE_NAME_RE = re.compile(r"for[ \t]+the[ \t]+[A-Z]")
"""What every match of `TURN_RE` holds (`for the World`), found fast from its plain `for`: a text without it opens no
turn, and no line's start is tried."""


@per_text(64)
def briefing_turns(text: str) -> frozenset[str]:
    """Return the names of the spokespersons whose turns a briefing note opens (`Jo Roe for the X (XO) said`), no
    honorific; empty for any other text."""
    if " for the " not in text or FOR_THE_NAME_RE.search(text) is None:
        return frozenset()  # the cheap tests first
    names = set()
    for match in TURN_RE.finditer(text):
        who = match.group("who")
        if spoken_for_cut(who + " for the X") == len(who):
            words = who.split()
            while words and words[0].lower().rstrip(".") in HONORIFICS:
                words = words[1:]
            names.add(" ".join(words))
    return frozenset(names)


def _takes_turn(text: str, previous: Attribution | None) -> bool:
    """Say whether the last attribution is a briefing spokesperson's, whose voice may go on."""
    return previous is not None and previous.kind == "person" and previous.speaker in briefing_turns(text)


def _goes_on(text: str, sentence: Span, speaker: str) -> bool:
    """Say whether a sentence can go on a spokesperson's reported speech: a statement, not the writer's (`It is not
    clear`, `However`, commentary) and naming no other person in full."""
    last = text[sentence[0]:sentence[1]].rstrip()[-1:]
    return last in (".", "!") and WRITER_OPENING_RE.match(text, *sentence) is None \
        and CONTRAST_OPENING_RE.match(text, *sentence) is None and not is_commentary(text, *sentence) \
        and not any(m.kind == "person" and " " in m.name and m.name not in speaker
                    for m in find_mentions(text, *sentence))


def turn_goes_on(text: str, sentence: Span, holes: list[Span], previous: Attribution | None) -> Attribution | None:
    """Give a cue-less sentence after a briefing spokesperson's turn in the same paragraph to her."""
    if not _takes_turn(text, previous) or not _goes_on(text, sentence, previous.speaker):  # type: ignore[union-attr]
        return None
    spans = tuple(s for part in subtract(sentence, holes) for s in split_items(text, part))
    return Attribution(previous.speaker, previous.kind, previous.cue, spans) if spans else None  # type: ignore[union-attr]


def turn_carried(text: str, block: Block, previous: Attribution | None) -> list[Attribution]:
    """Give a plain cue-less paragraph after a briefing spokesperson's turn to her, each sentence a claim, unless one
    of its sentences stops her voice (a question, the writer's words, another person named in full)."""
    if not _takes_turn(text, previous) or block.bullet:
        return []
    assert previous is not None
    sentences = split_sentences(text, block.body, block.end)
    if not sentences or not all(_goes_on(text, s, previous.speaker) for s in sentences):
        return []
    spans = tuple(s for sentence in sentences for s in split_items(text, sentence))
    return [Attribution(previous.speaker, previous.kind, previous.cue, spans)] if spans else []


def turn_reads_document(text: str, sentence: Span, attribution: Attribution | None,
                        previous: Attribution | None) -> Attribution | None:
    """Give figures a spokesperson reads out in her turn (`The latest figures showed A`, no owner named in the
    sentence) to her, not to a body the text guessed for them."""
    if attribution is None or not _takes_turn(text, previous) or not DOCUMENT_CUE_RE.fullmatch(attribution.cue) \
            or any(m.kind == "org" for m in find_mentions(text, *sentence)):
        return attribution
    assert previous is not None
    return Attribution(previous.speaker, previous.kind, attribution.cue, attribution.spans, attribution.colon)
