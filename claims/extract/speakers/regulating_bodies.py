"""A body the text shows regulating, for a bare `the regulator` or `the watchdog` no other rule resolves (wave 29e):
a regulator known by one word of the `Of-` form or listed (`Ofrail approved the timetable. The regulator said`), or a
name set off before a clause of a regulator's standing work (`X, which regulates the quarry's permit, confirmed ...
A spokesperson for the regulator said`). Such names are often read as nobody (one word opening a sentence) or as an
ordinary body (no head noun says it regulates); a body shown fining someone counts too, and only a text that shows
exactly one of them is read."""
from __future__ import annotations

import re

from ..entities import REGULATOR_FORM_RE, REGULATOR_NAMES, Mention, find_mentions
from ..fining_bodies import FINED_BY_NAME_RE, FINING_NAME_RE
from ..text import line_start
from ..text_caches import per_text
from ..vocabulary import REGULATING_VERBS, names_no_one

_ONE_WORD_RE = re.compile(r"(?<![\w'\u2019\-])(?P<name>[A-Z][A-Za-z]{2,7})(?![\w\-])(?!['\u2019]s\b)")
"""One capitalised word, not a possessive: a regulator known by one word may be it (`Ofrail`, `Estyn`)."""
_WHICH_RE = re.compile(r",[ \t]+which[ \t]+(?P<verb>[a-z]+)\b")
"""A clause set off after a name, its verb first: `, which regulates`."""


def regulating_body(text: str) -> Mention | None:
    """Return the one body the text shows regulating, by a regulator's one-word name or a clause of regulating after
    its name; None for none or two."""
    found = regulating_mentions(text)
    return found[0] if len({mention.name for mention in found}) == 1 else None


@per_text(4)
def regulating_mentions(text: str) -> tuple[Mention, ...]:
    """Return, in text order, every place the text names a regulator by one word or before `, which regulates`."""
    found = [*_one_word_regulators(text), *_regulating_clauses(text), *_fining_names(text)]
    return tuple(sorted(found, key=lambda mention: mention.start))


def _one_word_regulators(text: str) -> list[Mention]:
    """Return each one-word regulator's name the text writes (`Ofrail`, `Estyn`), never a common word (`Often`)."""
    return [Mention(match.start("name"), match.end("name"), match.group("name"), "org")
            for match in _ONE_WORD_RE.finditer(text) if is_one_word_regulator(match.group("name"))]


def is_one_word_regulator(word: str) -> bool:
    """Say whether one word is a regulator's whole name: the `Of-` form (`Ofwat`) or a listed name (`Estyn`)."""
    return (REGULATOR_FORM_RE.fullmatch(word) is not None or word.lower() in REGULATOR_NAMES) \
        and not names_no_one(word)


def _fining_names(text: str) -> list[Mention]:
    """Return each name the text shows fining someone (`fined £20,000 by Tarnwatch`, `Tarnwatch has fined`), so that
    two bodies that fine leave the regulator unnamed."""
    if "fine" not in text:
        return []  # the cheap test first
    matches = [*FINED_BY_NAME_RE.finditer(text), *FINING_NAME_RE.finditer(text)]
    return [Mention(m.start("name"), m.end("name"), m.group("name").removeprefix("The "), "org") for m in matches
            if m.group("name") != "The"]


def _regulating_clauses(text: str) -> list[Mention]:
    """Return the body named right before each `, which regulates` (`The Tarn Waters Board, which regulates`)."""
    found = []
    for match in _WHICH_RE.finditer(text):
        if match.group("verb") not in REGULATING_VERBS:
            continue
        named = find_mentions(text, line_start(text, match.start()), match.start())
        if named and named[-1].kind == "org" and named[-1].end == match.start() and not named[-1].possessive:
            found.append(named[-1])
    return found
