"""A regulator's act told with no cue (wave 37a): `The Fair Trading Board (FTB) has banned a radio campaign by X`, `The
regulator has ordered Y to refund 340 customers`, `Kenya's environmental regulator on Thursday shut five factories`:
the sentence, its subject a body the text shows as a regulator (`speakers/regulator_signs`) and its verb an act a
regulator does in its own name (`data/regulator_acts.txt`), is that regulator's claim; a lead-in so made (`The board
has directed Z to:`) gives it the list below. A company's act (`Oakbarrow has banned smoking`), a question and an act
someone reports (`X said the board had banned`, read by the cue) are none.

Below `sentences` (which tries it on a sentence no cue claimed).
"""
from __future__ import annotations

import re

from ..items import tidy
from ..speakers import Context, speaker_from_region
from ..speakers.regulator_signs import REGULATOR_NOUNS, kind_by_signs
from ..text import Span, subtract
from ..vocabulary import INSPECTORATE_HEADS, ORG_REFERENCES, load_words, verb_alternation

from .patterns import ANY_CUE_RE, is_commentary
from .records import Attribution

REGULATOR_ACTS: frozenset[str] = load_words("regulator_acts")
"""Acts a regulator does in its own name (`banned`, `ordered`, `directed`)."""
ACT_WORD_RE = re.compile(r"\b(?:%s)\b" % verb_alternation(REGULATOR_ACTS))
"""Any act word in a paragraph: the cheap test before a sentence is read."""
ACT_RE = re.compile(r"(?P<subject>[A-Z][^,;:.?!\"\u201c\u201d]{1,100}?)[ \t]+(?P<cue>(?:(?:has|have|had|also|now|today|"
                    r"yesterday|formally|this[ \t]+week|on[ \t]+[A-Z][a-z]+day)[ \t]+){0,3}(?P<verb>%s))\b"
                    % verb_alternation(REGULATOR_ACTS))
"""A sentence's subject, its auxiliaries and adverbs of time, and the act: `The FTB has banned`."""
_REGULATOR_KINDS = ("organisation", "inspectorate")
NAME_LINKS: frozenset[str] = frozenset("of and for the & na de".split())
"""Small words a body's name may hold between its capitalised words (`Competition Authority of Kenya`)."""
SUBJECT_HEADS: frozenset[str] = REGULATOR_NOUNS | INSPECTORATE_HEADS | ORG_REFERENCES
"""Nouns a subject that is no name may end on (`Kenya's environmental regulator`, `The board`)."""
CLAUSE_WORDS: frozenset[str] = frozenset("is was are were has have had be been it that which who".split())
"""Words that make a subject a clause rather than a noun phrase (`The fine is the largest the regulator`)."""


def may_act(body: str) -> bool:
    """Say whether a paragraph holds any act word (the cheap test before its sentences are read)."""
    return ACT_WORD_RE.search(body) is not None


def plain_subject(subject: str) -> bool:
    """Say whether a sentence's subject is only a body's name (`The Fair Trading Board (FTB)`) or a noun phrase ending
    on a regulator's noun (`Kenya's environmental regulator`), never a clause (`The fine is the largest the regulator`)."""
    words = [word for word in subject.split() if not (word.startswith("(") and word.endswith(")"))]
    if words and words[-1].lower() in SUBJECT_HEADS:
        return not any(word.lower() in CLAUSE_WORDS for word in words)
    return all(word[0].isupper() or word in NAME_LINKS for word in words)


SUBORDINATE_RE = re.compile(r"\b(?:after|when|because|following|since|as)\b")
"""A clause of time or cause after the act (`... after registry data showed ...`)."""


def _cued_clause(text: str, start: int, end: int) -> bool:
    """Say whether a clause of time or cause in text[start:end] holds a cue of its own (`after data showed that`)."""
    clause = SUBORDINATE_RE.search(text, start, end)
    return clause is not None and ANY_CUE_RE.search(text, clause.end(), end) is not None



def regulator_act(text: str, sentence: Span, holes: list[Span], ctx: Context) -> Attribution | None:
    """Give a cue-less sentence whose subject is a regulator doing an act of its own to that regulator: the sentence
    as its claim, or the list below it when the sentence ends in a colon."""
    found = ACT_RE.match(text, *sentence)
    if found is None or text[sentence[1] - 1] == "?" or not plain_subject(found.group("subject")) \
            or _cued_clause(text, found.end(), sentence[1]) or is_commentary(text, *sentence):
        return None  # the cheap tests first; a clause with a cue of its own (`after data showed`) is another reading's
    who = speaker_from_region(text, sentence[0], found.end("subject"), ctx)
    if who is None or who.kind not in _REGULATOR_KINDS or kind_by_signs(text, who.name, "organisation") != "inspectorate" \
            and who.kind != "inspectorate":
        return None  # no body, or one the text never shows as a regulator (a company banning smoking)
    name = who.name if who.name[:1].isupper() and who.name[:4] != "The " else _named_regulator(text, ctx)
    if name is None:
        return None  # `the regulator`, `regulator`: no body the text shows as one has spoken
    if text[sentence[0]:sentence[1]].rstrip().endswith(":"):
        cue = " ".join(text[found.start("cue"):sentence[1]].split())
        return Attribution(name, "inspectorate", cue, (), colon=True)  # "The board has directed Z to:"
    spans = tuple(tidy(text, part) for part in subtract(sentence, holes))  # the act whole: its commas set off asides
    return Attribution(name, "inspectorate", " ".join(found.group("cue").split()), spans) if spans else None


def _named_regulator(text: str, ctx: Context) -> str | None:
    """Return the body that spoke last among those the text shows as a regulator, for `the regulator` read before
    the text's signs were (`X, which regulates advertising, said ... The regulator has ordered`), else None."""
    return next((name for name in reversed(ctx.org_speakers)
                 if kind_by_signs(text, name, ctx.kinds.get(name, "organisation")) == "inspectorate"), None)
