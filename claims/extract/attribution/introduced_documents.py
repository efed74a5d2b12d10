"""A bare `the list`, `the petition` or `the proposal` left unresolved that names again a document the text brought
in with its maker (wave 53a): `X published its latest list of offenders ... the list shows`, `X has issued a
prohibition order ... according to the order`, `In its petition, X has claimed ... The petition says`, `In a complaint
filed with a settlement, the agency alleged ... According to the complaint` are X's. The maker is the body named as
the subject of that sentence, else the party the row of that subject's words already speaks for; a noun no sentence
brings in so, or two makers, keep the row unresolved."""
from __future__ import annotations

import functools
import re
from bisect import bisect_right

from ...model import BODY_KINDS
from ..bodies import short_owner
from ..entities import find_mentions
from ..vocabulary import ORG_HEADS, load_words, verb_alternation
from ..speakers import Context
from .records import Attribution, Found

INTRODUCING_VERBS: frozenset[str] = load_words("introducing_verbs")
"""Verbs by which a body brings out its own document (`data/introducing_verbs.txt`)."""
_BARE_RE = re.compile(r"[Tt]he(?:[ \t]+[a-z][a-z\-]*){0,3}[ \t]+(?P<noun>[a-z][a-z\-]+)")
"""A bare definite noun phrase: `the list`, `The draft programme`, `the post-mortem`."""
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]['\"\u2019\u201d]?\s+|\n\s*)(?=\S)")
"""Where a sentence opens: the text's start, after a full stop and white space, or after a line break."""


BROUGHT_IN_KEPT = 64
"""How many nouns' patterns `_brought_in` keeps: a text asks for a few nouns (`list`, `order`, `petition`), and other
texts ask for the same ones (compiling took 0.4% of extraction on the development texts, wave 61s)."""


@functools.lru_cache(maxsize=BROUGHT_IN_KEPT)
def _brought_in(noun: str) -> re.Pattern[str]:
    """Return the pattern of a sentence bringing in a document of this noun with its maker: by a verb of bringing out
    (`published its latest list`), by an opening `In its petition, ` before its subject, or by a
    body's possessive (`Aelwyd's annual recruitment return`); compiled once per noun, kept for the nouns asked last."""
    modifiers = r"(?:[a-z][\w\-]*\s+){0,4}?"
    return re.compile(
        rf"\b(?P<verb>{verb_alternation(INTRODUCING_VERBS)})\s+(?:its|their|a|an)\s+{modifiers}{re.escape(noun)}\b"
        rf"|\bIn\s+(?:its|their|a|an)\s+{modifiers}{re.escape(noun)}\b[^.;:\n]{{0,120}}?,\s+(?P<subject>\S)"
        rf"|(?P<owned>['\u2019]s)\s+{modifiers}{re.escape(noun)}\b")


def _sentence_start(text: str, at: int) -> int:
    """Return where the sentence holding text[at] opens."""
    starts = [m.end() for m in _SENTENCE_START_RE.finditer(text, max(0, at - 600), at)]
    return starts[-1] if starts else max(0, at - 600)


def _maker(text: str, match: re.Match[str], found: list[Found], ctx: Context) -> str | None:
    """Return the maker a bringing-in sentence names: the body its subject names (or its possessive owner), else the
    party of the row that already holds that subject's words, else None."""
    if match.group("owned"):
        owners = [m for m in find_mentions(text, max(0, match.start() - 120), match.end("owned"))
                  if m.possessive and m.end >= match.start()]
        if owners:
            return ctx.add(owners[-1]) if owners[-1].kind == "org" else None
        word = text[:match.end("owned")].split()[-1]
        short = short_owner(word, ctx.orgs, ctx.kinds)  # "Aelwyd's" after "Aelwyd Fostering"
        return short if short is not None and ctx.kind_of(short) in BODY_KINDS else None
    subject = match.start("subject") if match.group("subject") else _sentence_start(text, match.start())
    end = match.start("verb") if match.group("verb") else min(len(text), subject + 120)
    bodies = [m for m in find_mentions(text, subject, end) if m.start == subject]
    if bodies:
        return ctx.add(bodies[0]) if bodies[0].kind == "org" else None
    spoken = [f for f in found if f.span[0] <= subject < f.span[1] or subject <= f.span[0] < end]
    return spoken[0].speaker if spoken and spoken[0].kind in BODY_KINDS else None


class NounMakers:
    """The makers of one noun's bringing-in sentences, each read once and in text order, so that every row asks in
    logarithmic time (a text of thousands of `the meeting heard` rows stays linear)."""

    def __init__(self, text: str, noun: str, found: list[Found], ctx: Context) -> None:
        """Find every sentence of the text bringing in a document of this noun; read none of them yet."""
        self.text, self.found, self.ctx = text, found, ctx
        self.matches = list(_brought_in(noun).finditer(text))
        self.ends = [match.end() for match in self.matches]
        self.states: list[tuple[str | None, bool]] = []
        """After each match: the first maker read, and whether every maker so far is that one and not None."""

    def one_before(self, before: int) -> str | None:
        """Return the one maker of the sentences ending by `before`, else None (none, two, or one not read)."""
        count = bisect_right(self.ends, before)
        while len(self.states) < count:
            maker = _maker(self.text, self.matches[len(self.states)], self.found, self.ctx)
            first, single = self.states[-1] if self.states else (maker, maker is not None)
            self.states.append((first, single and maker == first))
        return self.states[count - 1][0] if count and self.states[count - 1][1] else None


def introduced_maker(text: str, speaker: str, before: int, found: list[Found], ctx: Context,
                     makers: dict[str, NounMakers] | None = None) -> str | None:
    """Return the one maker the text gave a bare definite document before `before`, else None (`makers` keeps each
    noun's reading for the next row of the same text)."""
    bare = _BARE_RE.fullmatch(speaker)
    if bare is None or bare.group("noun") in ORG_HEADS:
        return None
    noun = bare.group("noun")
    known = makers if makers is not None else {}
    if noun not in known:
        known[noun] = NounMakers(text, noun, found, ctx)
    return known[noun].one_before(before)


def introduced_documents(text: str, attributions: list[Attribution], found: list[Found],
                         ctx: Context) -> list[Attribution]:
    """Give each row left unresolved under a bare `the list` the one maker the text brought that document in with."""
    makers: dict[str, NounMakers] = {}
    read: list[Attribution] = []
    for attribution in attributions:
        maker = introduced_maker(text, attribution.speaker, attribution.spans[0][0], found, ctx, makers) \
            if attribution.kind == "unresolved" and attribution.spans else None
        read.append(attribution._replace(speaker=maker, kind=ctx.kind_of(maker)) if maker else attribution)
    return read
