"""A source named in a relative clause inside another party's claim (wave 26a): `the developer would pay for the
school hall, which the county council had said was big enough`, `the boilers, which the trust's report describes as
"worn out"`: what the clause says of the thing before it is the named source's claim, a row of its own beside the
outer party's. A pronoun source (`which she said`, `which it says`) is the outer party again and adds no row. Wave 29a
reads an apposition that renames what went before with a source of its own (`..., a figure the institute said was
already counted`, `..., a figure Corlan Motors said reflected ...`): a relative clause without `which`, the named
source's claim under any outer party, since the apposition names who says it; its row is the apposition itself (what
it renames is a figure or a whole clause, no noun phrase to find)."""
from __future__ import annotations

import re

from ..speakers import Context, speaker_from_region
from ..text import Span
from ..vocabulary import POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, any_script

from .records import Attribution, SPEAKING_KINDS, inside_holes
from .relative_antecedents import GROUP_HEADS
from ..relatives import relative_content_end

RELATIVE_SOURCE_RE = any_script(re.compile(
    r",\s+which\s+(?P<who>[^\W\d][^,;:.!?\"\u201c]{1,50}?)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?P<cue>said|says|say|estimated|estimates|estimate|described|describes|describe|valued|values|value|"
    r"claimed|claims|claim)\s+(?=\S)"))
"""`, which the county council had said`, `, which the report describes`: a relative clause that names its source."""
APPOSITIVE_SOURCE_RE = any_script(re.compile(
    r",\s+(?:a|an)\s+[a-z][a-z\-]+\s+(?:that\s+)?"
    r"(?P<who>the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|[A-Z][\w'\u2019&\-]*(?:\s+[A-Z][\w'\u2019&\-]*){0,4})"
    r"\s+(?:had\s+|has\s+|have\s+)?(?P<cue>said|says|say|estimated|estimates|described|describes|claimed|claims)"
    r"\s+(?=\S)"))
"""`, a figure the institute said`, `, a level Tarrow Water says`: an apposition renaming the thing before it, whose
relative clause (without `which`) names its source (wave 29a)."""
_PRONOUNS: frozenset[str] = SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS
"""A pronoun or a possessive: the outer party again, or a party already named, never a new source."""
_ANTECEDENT_OPENERS: frozenset[str] = frozenset("the a an its their his her our this these those".split())
"""Words that open the noun phrase a relative clause is about (`the school hall`)."""
_MAX_ANTECEDENT_WORDS = 8


def relative_sources(text: str, sentence: Span, found: Attribution, holes: list[Span],
                     ctx: Context) -> list[Attribution]:
    """Return the attribution and, after it, one for each named source of a relative clause inside its spans."""
    patterns = _clause_patterns(text, found)
    if not patterns:
        return [found]  # no relative clause to read (the cheap test first)
    extra = [row for span in found.spans for pattern in patterns for match in pattern.finditer(text, *span)
             if (row := _source_row(text, span, match, found, holes, ctx)) is not None]
    return [found, *sorted(extra, key=lambda row: row.spans[0][0])]


def _clause_patterns(text: str, found: Attribution) -> list[re.Pattern[str]]:
    """Return the patterns of source clauses an attribution's spans may hold: a `which` clause inside a speaking party's
    claim, an apposition's clause (`, a figure X said`) inside anyone's (wave 29a)."""
    relative = found.kind in SPEAKING_KINDS and any(text.find(", which ", *span) >= 0 for span in found.spans)
    appositive = any(text.find(", a", *span) >= 0 for span in found.spans)
    return [RELATIVE_SOURCE_RE] * relative + [APPOSITIVE_SOURCE_RE] * appositive


def _source_row(text: str, span: Span, match: re.Match[str], found: Attribution, holes: list[Span],
                ctx: Context) -> Attribution | None:
    """Return the named source's row for one relative clause: the thing it is about and the clause, else None."""
    who_words = match.group("who").split()
    if who_words[0].lower() in _PRONOUNS and len(who_words) == 1 or inside_holes(match.start(), holes):
        return None  # "which she said": the outer party again
    source = speaker_from_region(text, match.start("who"), match.end("who"), ctx)
    if source is None or source.name == found.speaker or source.kind not in SPEAKING_KINDS | {"document"} \
            and not (source.kind == "unresolved" and who_words[-1].lower() in GROUP_HEADS):
        return None  # a bare group of people (`which riders say`) speaks unresolved in its own words (wave 51e)
    start = _word_after(text, match.start() + 1) if match.re is APPOSITIVE_SOURCE_RE \
        else _antecedent_start(text, span[0], match.start())  # "..., a figure the institute said ...": the apposition
    if start is None:
        return None
    end = relative_content_end(text, (match.end(), span[1]))  # "Route 9, which riders say runs late, will get": the
    # clause ends before the main clause's verb (wave 51e)
    return Attribution(source.name, source.kind, " ".join(text[match.end("who"):match.end("cue")].split()),
                       ((start, end),))


def _antecedent_start(text: str, begin: int, comma: int) -> int | None:
    """Return where the noun phrase before a relative clause's comma opens (`the school hall`, a name such as `Horam
    Primary School`), else None."""
    words = list(re.finditer(r"\S+", text[begin:comma]))[-_MAX_ANTECEDENT_WORDS:]
    numbered = len(words) > 1 and words[-1].group().isdigit() and words[-2].group()[:1].isupper()  # "Route 9"
    if words and (words[-1].group()[:1].isupper() or numbered):  # "Horam Primary School": the capitalised run before
        run = len(words) - 1  # the comma
        while run > 0 and words[run - 1].group()[:1].isupper():
            run -= 1
        return begin + words[run].start() if words[run].group().lower() not in _PRONOUNS else None
    for word in reversed(words):
        if word.group().lower() in _ANTECEDENT_OPENERS:
            return begin + word.start()
    return None


def _word_after(text: str, at: int) -> int:
    """Return where the first word after offset `at` opens (past white space)."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at
