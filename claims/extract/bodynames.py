"""What makes a run of capitalised words one body's name, by its words alone (wave 9): `A for the B` where B is a
body of its own names the body that did the work for another (`Acme Polling for the Food Standards Agency`: a poll
Acme ran for the agency); three capitalised words between `the` and a body's noun name that body (`the Keep Hollin
Green group`); two parts joined by one `and` before a country's name are one national body (`Fisheries and Oceans
Canada`, wave 32e).

Word tests only, below the name reader (`entities`) that calls them; the context-level rules are in `bodies`.
"""
from __future__ import annotations

import re

from .vocabulary import DOCUMENT_NOUNS, NOT_NAMES, ORG_HEADS, PLACE_WORDS, REGION_WORDS, ROLES, load_words

FOR_THE = " for the "
NAME_ADJECTIVES = load_words("name_adjectives")
"""Adjectives that open a body's name before a word of its own (`National Highways`, `British Gas`)."""
_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+")


def adjective_body(words: list[str]) -> bool:
    """Say whether a nation's or a reach's adjective and one or two capitalised words of no person's name are one
    body's name (`National Highways`, `National Defence`, `Scottish Water`); `British Prime Minister` is a post,
    `National Learner Survey` a document."""
    if not 2 <= len(words) <= 3 or words[0].lower() not in NAME_ADJECTIVES:
        return False
    rest = [w.lower() for w in words[1:]]
    return all(_NAME_WORD_RE.fullmatch(w) for w in words[1:]) and not any(
        w in ROLES or w in NOT_NAMES or w in PLACE_WORDS or w in REGION_WORDS or w in DOCUMENT_NOUNS for w in rest)


COUNTRY_NAMES = load_words("country_names")
"""Countries whose name may end a national body's after two parts joined by `and` (`Fisheries and Oceans Canada`)."""


def national_pair(words: list[str]) -> bool:
    """Say whether capitalised words are two parts joined by one `and` before a country's name (`Fisheries and Oceans
    Canada`, `Employment and Social Development Canada`): one national body, never two bodies, places nor a person."""
    if len(words) < 4 or words[-1].lower() not in COUNTRY_NAMES or words.count("and") != 1:
        return False  # the common case: no country ends the run
    at = words.index("and")
    left, right = words[:at], words[at + 1:-1]
    return bool(left) and bool(right) and all(w[:1].isupper() for w in left + right) \
        and not any(w.lower() in COUNTRY_NAMES or w.lower() in REGION_WORDS for w in left + right[-1:])


def commissioned_cut(name: str) -> int:
    """Return where `for the` splits a name into two bodies (`YouGov for the Resolution Foundation`: the first ran a
    poll for the second), else -1: `Society for the Protection of Birds` (no body after `for the`), `Minister for the
    Cabinet Office` (a post before it) and `Commissioner for the X Trust` stay one name."""
    at = name.find(FOR_THE)
    if at <= 0 or name.find(FOR_THE, at + 1) >= 0:
        return -1
    left, right = name[:at].split(), name[at + len(FOR_THE):].split()
    if len(right) < 2 or right[-1].lower() not in ORG_HEADS or not right[-1][:1].isupper() or "of" in right:
        return -1  # "for the Protection of Birds", "for the Cabinet": no body of its own after `for the`
    return -1 if any(w.lower().rstrip("s") in ROLES or w.lower() in ROLES for w in left) else at


NAME_BEFORE_KIND_RE = re.compile(r"\b[Tt]he[ \t]+(?P<name>[A-Z][\w'\u2019\-]*(?:[ \t]+[A-Z][\w'\u2019\-]*){2,5})"
                                 r"[ \t]+$")
"""`the Keep Hollin Green group`: three capitalised words or more between `the` and a body's common noun."""
MAX_NAME_CHARS = 80
"""How far before its noun such a name may start."""


def name_before_kind(text: str, noun_start: int) -> str:
    """Return the name a text gives between `the` and a body's lower-case noun (`the Save Elm Park group`, `the Keep
    Hollin Green campaign`), else ``: the text calls that name by the noun. A place before the noun (`the West
    Midlands force`, `the Isle of Wight charity`) is no name of a body: two words, a link word or a region word."""
    found = NAME_BEFORE_KIND_RE.search(text, max(0, noun_start - MAX_NAME_CHARS), noun_start)
    if found is None:
        return ""
    words = found.group("name").split()
    places = REGION_WORDS | PLACE_WORDS
    return "" if words[0].lower() in places or words[-1].lower() in places else " ".join(words)
