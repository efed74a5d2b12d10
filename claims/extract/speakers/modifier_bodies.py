"""A body's name written before a noun of examining work as its modifier (`an Ofgem investigation`, `Ofwire
inspectors found`, `the HIQA report`): the body named so did that work, so a later `the investigation found` or
`Inspectors found` is that body's. Acronyms and names without a head noun (Ofwire, HIQA, Ofgem) are often named
only so; read once per text, and only the bodies the text writes so before one noun and no other body."""
from __future__ import annotations

import re

from ..document_titles import title_words_start
from ..entities import Mention, find_mentions
from ..text_caches import per_text
from ..vocabulary import MODIFIER_NOUNS, names_no_one

INSPECTING_NOUNS: frozenset[str] = frozenset("inspection inspections inspectors investigation report".split())
"""The nouns that make the body written before them the one that inspects, for a bare `inspectors` later."""
_MODIFIED_RE = re.compile(
    r"(?<![\w'\u2019])(?P<name>[A-Z][\w&'\u2019\-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|for[ \t]+)?[A-Z][\w&'\u2019\-]*){0,5})"
    r"[ \t]+(?P<noun>%s)\b" % "|".join(sorted(MODIFIER_NOUNS, key=len, reverse=True)))
"""A capitalised name right before a lower-case noun of examining work: `Ofgem investigation`, `HIQA report`."""


@per_text(4)
def modifier_bodies(text: str) -> dict[str, Mention]:
    """Map each noun of examining work to the one body the text writes as its modifier (`an Ofgem investigation`);
    a noun two bodies modify is left out."""
    found: dict[str, dict[str, Mention]] = {}
    for match in _MODIFIED_RE.finditer(text):
        body = named_body(text, match.start("name"), match.end("name"))
        if body is not None:
            found.setdefault(match.group("noun"), {})[body.name] = body
    return {noun: next(iter(bodies.values())) for noun, bodies in found.items() if len(bodies) == 1}


def named_body(text: str, start: int, end: int, after_by: bool = False) -> Mention | None:
    """Return the body named right up to the end of a capitalised run (not a person), else its one word when that
    may be a body's short name (`Ofwire`, `HIQA`) after a lower-case word (`by` counts only when `after_by`), else
    None."""
    if text.endswith(("'s", "\u2019s"), start, end):
        return None  # "Ofwire's report": the owner's possessive, read by `documents`
    mentions = find_mentions(text, start, end)
    if mentions:
        last = mentions[-1]
        return last if last.kind == "org" and last.end == end and not last.possessive else None
    word = text[start:end]
    if title_words_start(text, start) >= 0:
        return None  # "the State of the Trade report": a title's last word, no body's short name (43d)
    return Mention(start, end, word, "org") if is_short_name(word) and (after_by or _after_lower_word(text, start)) \
        else None


def _after_lower_word(text: str, start: int) -> bool:
    """Say whether a lower-case word stands right before a position (`an Ofgem`, `after Ofwire`): no headline's or
    sentence's first word (`Annual report says`, `Planning inspector gives`)."""
    before = text[max(0, start - 20):start]
    words = before.split()
    return before.endswith((" ", "\t")) and bool(words) and words[-1].isalpha() and words[-1].islower()


def is_short_name(word: str) -> bool:
    """Say whether one capitalised word may be a body's short name: three letters or more, no common word that
    opens a sentence or names no one (`The`, `March`, `British`)."""
    return len(word) >= 3 and word.isalpha() and not names_no_one(word)


_JUDGED_BY_RE = re.compile(
    r"\b(?:rated|judged|graded)\b[^.;:\n]{0,40}?\bby[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w&'\u2019\-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|for[ \t]+)?[A-Z][\w&'\u2019\-]*){0,5})")
"""A judgement's author after `by` (`was judged inadequate by Ofwire`, `rated good overall by the Care Office`)."""


@per_text(4)
def judging_bodies(text: str) -> dict[str, Mention]:
    """Return the bodies the text names as a judgement's author (`judged inadequate by Ofwire`), by name, once per
    text; a text with no judging verb is not searched."""
    if "rated" not in text and "judged" not in text and "graded" not in text:
        return {}
    found = (named_body(text, m.start("name"), m.end("name"), after_by=True) for m in _JUDGED_BY_RE.finditer(text))
    return {body.name: body for body in found if body is not None}


def inspecting_body(text: str) -> Mention | None:
    """Return the one body the text writes before a noun of inspecting (`Ofwire inspectors`, `the HIQA report`) or
    names as a judgement's author (`judged inadequate by Ofwire`, wave 19d), which a bare `inspectors` means when no
    inspectorate is named; two such bodies: None."""
    bodies = inspecting_bodies(text)
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def inspecting_bodies(text: str) -> dict[str, Mention]:
    """Return by name the bodies the text writes before a noun of inspecting or names as a judgement's author."""
    bodies = {body.name: body for noun, body in modifier_bodies(text).items() if noun in INSPECTING_NOUNS}
    bodies.update(judging_bodies(text))
    return bodies
