"""A plural of people after one or two describing words and no determiner (`State government officials said`,
`Hospital surgeons told`, `Trade union members warned`): many people, no one party, so the claim is the group's in
the text's own words (`unresolved`), as `Officials said` is (wave 43h). Read only once no body the text names has
taken the group (`Council officials said` after the council: the council's). So is such a plural after `the` behind an
opening phrase of place or time (`In the day wards the patients claimed`: `the patients`), and such a group
opening a first predicate joined to the cue by `and` (`Union members voted to strike and said`: `Union members`)."""
from __future__ import annotations

from ..groups import MAX_GROUP_WORDS
from ..plural_groups import role_plural
from ..vocabulary import CLAUSE_CONJUNCTIONS, ORG_HEADS, PREPOSITIONS, is_past_form, load_words
from .words import BODY_PEOPLE, DETERMINERS, MAX_SUBJECT_WORDS, PEOPLE_GROUPS, QUANTIFIERS

UNQUALIFYING_WORDS: frozenset[str] = \
    load_words("unqualifying_words") | CLAUSE_CONJUNCTIONS | PREPOSITIONS
"""Words before a plural of people that never describe it (`and`, `even`, `after`, `with`): no group opens there."""
_LINKS: frozenset[str] = frozenset("and but".split())
"""Words that join a group to the clause before (`..., and ground engineers said`): the group after them."""


def people_plural(word: str) -> bool:
    """Say whether a lower-case word is a plural naming people: a group word (`officials`) or a role's plural
    (`surgeons`, `members`) that no body's name ends with (`unions`)."""
    if word in PEOPLE_GROUPS:
        return True
    return word not in ORG_HEADS and role_plural(word) is not None


def qualified_group(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Return a plural of people after plain describing words (`Regional health officials`), unresolved; else
    None (`Glenmore Rangers`: a name's words; `the officials`: ones named before)."""
    if len(words) > 2 and words[0] in _LINKS:
        raw, words = raw[1:], words[1:]  # "and ground engineers said": the engineers
    if not 2 <= len(words) <= MAX_GROUP_WORDS or not people_plural(words[-1]):
        return None
    if words[0] in DETERMINERS or words[0] in QUANTIFIERS or set(words[:-1]) & UNQUALIFYING_WORDS:
        return None  # "the officials": ones named before; "even though officers": no describing word
    if words[0] in ORG_HEADS and words[-1] in BODY_PEOPLE and raw[0][:1].isupper():
        return None  # "Council planning officers": a body's own people, the body's where the text names it (a lower-case
        # "air accident investigators" names their field, not a body: a group, wave 52a)
    if not all(w.isalpha() for w in raw):
        return None
    if any(w[:1].isupper() for w in raw[1:]):
        return None  # "Dallas County officials": a named body's people, read elsewhere
    return " ".join(raw), "unresolved"


_OPENING_LINKS_NOT: frozenset[str] = frozenset("and but or that which who whom whose".split())
"""Words that make the words before a group a clause of their own, not a phrase of place or time."""


def opened_group(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Return `the` and a plural of people after an opening phrase of place or time with no comma (`At the depot the
    night drivers`), unresolved; else None."""
    if len(words) < 4 or words[0] not in PREPOSITIONS or not people_plural(words[-1]):
        return None
    if any(w.endswith((",", ";", ":")) for w in raw) or set(words) & _OPENING_LINKS_NOT:
        return None  # "In March, and again in May, the ...": the clauses decide
    start = max((i for i, w in enumerate(words) if w == "the"), default=0)
    if start < 2 or len(words) - start > MAX_GROUP_WORDS or set(words[start + 1:-1]) & UNQUALIFYING_WORDS:
        return None
    if words[start - 1] in UNQUALIFYING_WORDS or words[start - 1] in DETERMINERS:
        return None  # "In a letter to the administrators, ... his lawyers denied": the phrase's own object
    if not all(w.isalpha() and w.islower() for w in raw[start:]):
        return None  # "In May the Harle Drivers said": a name's words
    return " ".join(raw[start:]), "unresolved"


def _past_verb(word: str) -> bool:
    """Say whether a lower-case word may be a verb in the past (`voted`, `walked`, `met`)."""
    return word.isalpha() and is_past_form(word)


def group_before_and(region: str, raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Return the group of people that opens a first predicate the region's closing `and` joins to the cue (`The
    cleaners walked out and said`: `The cleaners`), unresolved; else None."""
    closing = region.split()[-1:]
    if not 3 <= len(words) < MAX_SUBJECT_WORDS or closing not in (["and"], ["but"]):
        return None
    verb = next((i for i, w in enumerate(words[:MAX_GROUP_WORDS + 2]) if i and _past_verb(w)), None)
    if verb is None or any(w.endswith((",", ";", ":")) for w in raw) or set(words[verb:]) & _OPENING_LINKS_NOT - _LINKS:
        return None  # "Residents, who met on Monday, and ...": the clauses decide
    if words[verb - 1] in BODY_PEOPLE:
        return None  # "Officers returned to the yard and found": a body's own people, which other rules resolve
    if words[0] == "the" and verb >= 2 and all(w.isalpha() and w.islower() for w in raw[1:verb]) \
            and people_plural(words[verb - 1]) and not set(words[1:verb]) & UNQUALIFYING_WORDS:
        return " ".join(raw[:verb]), "unresolved"  # "The cleaners walked out and said"
    if verb == 1:
        return (raw[0], "unresolved") if words[0] in PEOPLE_GROUPS else None  # "Residents gathered and said"
    return qualified_group(raw[:verb], words[:verb])
