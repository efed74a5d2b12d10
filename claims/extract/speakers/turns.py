"""Whose turn it is: the body a possessive or a pronoun means when a sentence opens with it (`Acme carried 4m
passengers, its annual report shows`: Acme's report, not the body named in the letterhead before; `The federation
wants ... It said`: the federation)."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import find_mentions
from ..vocabulary import DOCUMENT_NOUNS, ORG_HEADS, SENTENCE_STARTERS, any_script

from .context import Context
from .words import COMPANY_WORDS, REFERENCE_WORDS

OPENING_WORDS_RE = re.compile(
    r"(?:(?:However|But|And|Meanwhile|Overall),?\s+)?"
    r"(?:In\s+(?:a|an|its|their)\s+(?:[a-z]+\s+){0,2}?(?:statement|response|reply|filing|letter),?\s+)?(?:The\s+)?")
"""What may stand before the body that opens a sentence as its subject (`However, the`, `In a statement,`)."""

ONE_WORD_OPENING_RE = any_script(re.compile(r"(?P<name>[A-Z][\w'\u2019\-]+)\s+(?=[a-z])"))
"""One capitalised word opening a sentence, a lower-case word after it: `Acme carried ...`."""

JOINED_RE = any_script(re.compile(r"\s+(?:and|&|or)\s+(?:the\s+)?[A-Z]"))
"""Another name joined to a subject (`Acme Water and Brook Water`): two parties open the sentence, not one."""

SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])|\n")
"""Where a sentence ends before the next one begins (a full stop and a capital, or a line break)."""

MAX_SENTENCE_CHARS = 400
"""How far back from a tail's `its` the sentence's opening is looked for."""

MAX_NAME_CHARS = 80
"""How far a body's name that opens a sentence is read."""


def tail_possessor(text: str, start: int, words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `its annual report` in a cue after the content (`Acme carried 4m passengers, its annual report
    shows`): `its` is the body that opens the sentence, else None (the caller's focus then decides)."""
    if words[0] not in ("its", "their") or len(words) < 2 or words[-1] not in DOCUMENT_NOUNS \
            or not text[max(0, start - 3):start].rstrip().endswith(","):
        return None  # the cheap tests first: only a tail set off by a comma
    opening = sentence_opening(text, start)
    name = opening_body(text, opening, start, ctx)
    if name is None:
        return None
    ctx.owners[words[-1]] = (name, ctx.kind_of(name))  # "The report also shows" later: this body's report again
    return ctx.owners[words[-1]]


def sentence_opening(text: str, at: int) -> int:
    """Return where the sentence holding `at` begins (at most `MAX_SENTENCE_CHARS` back)."""
    floor = max(0, at - MAX_SENTENCE_CHARS)
    ends = [found.end() for found in SENTENCE_END_RE.finditer(text, floor, at)]
    return ends[-1] if ends else floor


def opening_body(text: str, begin: int, end: int, ctx: Context, names_read: bool = False) -> str | None:
    """Return the body the text named before that opens a sentence as its subject (`Acme Rail carried`, `Acme
    carried` after `Acme Rail Ltd`), else None: a person, a document or a group opening it is no body. `names_read`:
    a name right at the opening was read already (`remember_names`), only one after `In a statement,` is new."""
    lead = OPENING_WORDS_RE.match(text, begin, end)
    at = lead.end() if lead is not None else begin
    fresh = not names_read or text.startswith("In ", begin)
    mentions = find_mentions(text, at, min(end, at + MAX_NAME_CHARS)) if fresh and text[at:at + 1].isupper() else []
    if mentions and mentions[0].start == at:
        if mentions[0].kind != "org" or mentions[0].possessive or JOINED_RE.match(text, mentions[0].end):
            return None  # "Jo Roe said ...", "Acme's sales rose", "Acme and Brook Water both ...": no one body
        name = ctx.add(mentions[0])
        return name if ctx.kinds.get(name) in BODY_KINDS else None
    if text.startswith("The ", at - 4) and at - 4 >= begin:
        return referred_body(text, at, end, ctx)  # "The federation wants ... It said": the federation
    one = ONE_WORD_OPENING_RE.match(text, at, end)
    if one is None or one.group("name").lower() in SENTENCE_STARTERS:
        return None
    return known_body_by_first_word(one.group("name"), ctx)


REFERENCE_OPENING_RE = re.compile(r"(?P<noun>[a-z]+)\s+(?=[a-z])")
"""A reference noun right after an opening `The`, a verb after it: `The federation wants`."""


def referred_body(text: str, at: int, end: int, ctx: Context) -> str | None:
    """Return the body a reference that opens a sentence means (`The federation wants ...`), else None."""
    noun = REFERENCE_OPENING_RE.match(text, at, end)
    if noun is None or noun.group("noun") not in REFERENCE_WORDS and noun.group("noun") not in ORG_HEADS:
        return None
    name = ctx.resolve_reference(noun.group("noun"))
    return name if name is not None and ctx.kinds.get(name) in BODY_KINDS else None


def known_body_by_first_word(word: str, ctx: Context) -> str | None:
    """Return the one body registered whose name is or starts with this word (`Acme` for `Acme Rail Ltd`), else
    None: two such bodies, or none, leave it open."""
    if ctx.kinds.get(word) in BODY_KINDS:
        return word
    longer = {known for known in ctx.orgs if known.startswith(word + " ")
              and ctx.kinds.get(known) in BODY_KINDS}
    return longer.pop() if len(longer) == 1 else None


def note_opening_subject(text: str, begin: int, end: int, ctx: Context) -> None:
    """Note the body a short form or a lead opens a sentence with (`In a statement, Acme said ...` after `Acme Foods
    Inc`) as the sentence's subject, so the `the company said` after it is that body's."""
    if ctx.subject is None and text[begin:begin + 1].isupper() and next_needs_subject(text, end):
        name = opening_body(text, begin, end, ctx, names_read=True)
        ctx.subject = (name, ctx.block) if name is not None else None


def next_needs_subject(text: str, end: int) -> bool:
    """Say whether the next sentence opens with what the subject before resolves (`It said`, `The company said`)."""
    after = text[end:end + 24].lstrip()
    if not after.startswith(("It ", "The ")):
        return False  # the cheap test first
    words = after.split(None, 2)[:2]
    return words[0] == "It" or len(words) == 2 and words[1] in COMPANY_WORDS


OPENING_ADVERBIAL_WORDS: frozenset[str] = frozenset(
    "in on at during last this for since over after before by".split())
"""Words that open an adverbial before a subject (`In the year to 31 December it reported`, `Last year it said`)."""


def pronoun_after_adverbial(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `it` after an opening adverbial (`In the year to 31 December it reported`): the body that opened the
    sentence before in this paragraph, as a bare `It` would be; else None."""
    if words[-1] != "it" or words[0] not in OPENING_ADVERBIAL_WORDS or len(words) < 3:
        return None  # the cheap test first
    if ctx.subject is None or ctx.subject[1] != ctx.block or any(word in ("and", "but", "that") for word in words):
        return None  # "In May the trust said that it ...": a clause, not an adverbial
    return ctx.subject[0], ctx.kind_of(ctx.subject[0])
