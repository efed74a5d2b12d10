"""A body the text shows doing an inspection without writing its name before a noun of inspecting: after `by` (`an
inspection by Ofwire`, `was inspected by the Care Office`) or as the subject of inspecting or judging (`Ofwire has
downgraded the school`, `the Care Office rated the home inadequate`, `Estyn began full inspections`). A bare
`inspectors` later is that body's when it is the one inspecting body the text names (wave 66d; `modifier_bodies`
reads `Ofwire inspectors` and `judged inadequate by Ofwire`)."""
from __future__ import annotations

import re

from ..entities import Mention, find_mentions
from ..text_caches import per_text
from ..vocabulary import GIVEN_NAMES, load_words
from .modifier_bodies import inspecting_bodies, is_short_name, named_body

INSPECTING_ACTS: frozenset[str] = load_words("inspecting_acts")
"""Verbs of a body's inspecting or judging another, after its name (`Ofwire has downgraded`)."""
INSPECTION_UNDERTAKINGS: frozenset[str] = load_words("inspection_undertakings")
"""Verbs of a body's carrying out an inspection named after them (`Estyn began full inspections`)."""
_NAME = r"(?P<name>[A-Z][\w&'\u2019\-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|for[ \t]+)?[A-Z][\w&'\u2019\-]*){0,5})"
_INSPECTION = r"(?:(?:re-)?inspections?|audits?)"
_BY_RE = re.compile(r"\b(?:%s|(?:re-)?inspected|audited)\b(?:[ \t]+[a-z\-]+){0,2}?[ \t]+by[ \t]+(?:the[ \t]+)?%s"
                    % (_INSPECTION, _NAME))
"""An inspection's maker after `by`: `following an inspection by Ofwire`, `was inspected by the Care Office`."""
_HAS = r"[ \t]+(?:(?:has|have|had|will|would)[ \t]+(?:now[ \t]+|also[ \t]+)?)?"
_ACT_RE = re.compile(r"%s%s(?P<verb>%s)\b" % (_NAME, _HAS, "|".join(sorted(INSPECTING_ACTS, key=len, reverse=True))))
"""A body inspecting or judging: `Ofwire has downgraded`, `The Care Office rated`."""
_UNDERTAKING_RE = re.compile(r"%s%s(?:%s)\b(?:[ \t]+[\w\-]+){0,3}?[ \t]+%s\b"
                             % (_NAME, _HAS, "|".join(sorted(INSPECTION_UNDERTAKINGS, key=len, reverse=True)),
                                _INSPECTION))
"""A body carrying out inspections: `Estyn began full inspections`, `the Care Office carried out an inspection`."""


@per_text(4)
def inspection_agents(text: str) -> dict[str, Mention]:
    """Return by name the bodies the text shows inspecting after `by` or as the subject of an inspecting verb."""
    if "nspect" not in text and "udit" not in text and not any(verb in text for verb in INSPECTING_ACTS):
        return {}
    found = [named_body(text, m.start("name"), m.end("name"), after_by=True) for m in _BY_RE.finditer(text)]
    found += [_subject_body(text, m) for regex in (_ACT_RE, _UNDERTAKING_RE) for m in regex.finditer(text)]
    return {body.name: body for body in found if body is not None}


def _subject_body(text: str, match: re.Match[str]) -> Mention | None:
    """Return the body a subject names: a body's name read whole, else one short name the text never writes in
    small letters and no plural (`Ofwire`, not `Inspectors` or `MPs`); a person, a given name or surname alone
    (`Sarah rated`, `Varnom rated`) or a common word is none."""
    start, end = match.start("name"), match.end("name")
    word = text[start:end]
    if word.lower() in GIVEN_NAMES:
        return None  # a given name alone is a person's (`Sarah rated the school`)
    body = named_body(text, start, end)
    if body is not None or " " in word or find_mentions(text, start, end):
        return body
    if not is_short_name(word) or _is_plural(word) or re.search(r"\b%s\b" % re.escape(word.lower()), text) \
            or _ends_a_persons_name(text, word):
        return None
    return Mention(start, end, word, "org")


def _ends_a_persons_name(text: str, word: str) -> bool:
    """Say whether a word is the last of a person's name the text writes (`Varnom` after `Jo Varnom`): a surname."""
    return word in persons_last_words(text)


@per_text(4)
def persons_last_words(text: str) -> frozenset[str]:
    """Return the last words of the persons' names a text writes (`Varnom` of `Jo Varnom`), read once per text (wave
    67x: `_ends_a_persons_name` read the whole text once per candidate)."""
    return frozenset(m.name.split()[-1] for m in find_mentions(text, 0, len(text)) if m.kind == "person")


def _is_plural(word: str) -> bool:
    """Say whether a capitalised word is a plural: of a common noun (`Inspectors`) or of letters (`MPs`, `NGOs`)."""
    return word.endswith("s") and (word[1:].islower() or word[:-1].isupper())


def sole_inspector(text: str) -> Mention | None:
    """Return the one body the text shows inspecting, by a noun it modifies, a judgement's `by`, an inspection's
    `by` or an inspecting verb (`Ofwire has downgraded`); two such bodies, or none: None."""
    bodies = {**inspecting_bodies(text), **inspection_agents(text)}
    return next(iter(bodies.values())) if len(bodies) == 1 else None
