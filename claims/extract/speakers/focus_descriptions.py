"""A definite description of the person in focus (`The Ofgem chief executive said`, `the 36-year-old said`): news
writing's second mention of someone named just before, by their post or their age instead of their name (wave 53d)."""
from __future__ import annotations

import re

from ..vocabulary import AGE_RE, POSSESSIVE_ENDINGS, ROLES, STANDALONE_ROLES, VOICE_ROLES, load_words

from .context import Context
from .person_traits import post_fits, said_ages, said_posts
from .titles import without_filler

CAREER_MODIFIERS: frozenset[str] = load_words("career_modifiers")
"""Words of a career before a post (`former`, `outgoing`; `data/career_modifiers.txt`)."""
MAX_DESCRIPTION_WORDS = 5
"""How many words a description holds at most, `the` and its post included (`the former Ofgem chief executive`)."""
DESCRIPTION_REACH = 600
"""How far before the description the person's surname must stand: the paragraph before, or this one."""


def described_person(clause: str, start: int, ctx: Context) -> tuple[str, str] | None:
    """Return the person named just before whom a definite description means (`The County boss`, `the former Rovers
    manager`, `The 58-year-old`), a person; None for any other clause, for an owner's post (`the trust's chief
    executive` is someone else) and when no person was named in this paragraph or the one before."""
    words = without_filler(clause).split()
    if not is_person_description(words):
        return None
    person = ctx.person_for_pronoun()
    if person is None or ctx.kinds.get(person) != "person" or len(person.split()) < 2:
        return None
    if ctx.text.rfind(person.split()[-1], max(0, start - DESCRIPTION_REACH), start) < 0 \
            or other_description(ctx.text, person, words[-1]) or not fits_person(words, person, start, ctx):
        return None
    return person, "person"


def described_age(clause: str) -> tuple[str, str] | None:
    """Return an age description that means nobody named (`The 58-year-old said` after `Aldo Pike, 34,`) in the text's
    words, a person: a claim is never dropped for want of a name (wave 54b)."""
    words = without_filler(clause).split()
    if not is_person_description(words) or not AGE_RE.fullmatch(words[-1].lower()):
        return None
    return " ".join(words), "person"


def fits_person(words: list[str], person: str, start: int, ctx: Context) -> bool:
    """Say whether a description fits what the text said of the person before it (wave 54b): an age they were given,
    a post they were given (`Harbour Rovers manager Aldo Pike ... The Labour MP said` is someone else); a person the
    text said nothing of fits any."""
    last = words[-1].lower()
    if AGE_RE.fullmatch(last):
        ages = said_ages(ctx.text, person, start)
        return not ages or last.split("-")[0] in ages
    posts = said_posts(ctx.text, person, start, ctx)
    return not posts or post_fits(" ".join(_post_words(words)), posts)


def _post_words(words: list[str]) -> list[str]:
    """Return the post words that end a description (`The Ofgem chief executive` -> `chief`, `executive`)."""
    kept: list[str] = []
    for word in reversed(words[1:]):
        if word.lower() not in ROLES or kept and _marks_post(word):
            break
        kept.insert(0, word)
    return kept


def other_description(text: str, person: str, head: str) -> bool:
    """Say whether the text sets off a description of another kind right after the person's name (`Jo Roe, a
    passenger,` is no `chairman`), so the description after is someone else."""
    for match in re.finditer(rf"{re.escape(person)},[ \t]+(?:a|an|the)[ \t]+(?P<words>[^,.;:]{{1,60}}?)[,.]", text):
        if match.group("words").split()[-1].lower() != head.lower():
            return True
    return False


def is_person_description(words: list[str]) -> bool:
    """Say whether words are `the`, then a post or an age marked by a name, a career word or an age before it (`the
    Ofgem chief executive`, `the former minister`, `the 58-year-old`), with no possessive."""
    if not 2 <= len(words) <= MAX_DESCRIPTION_WORDS or words[0].lower() != "the" \
            or any(w.endswith(POSSESSIVE_ENDINGS) for w in words):
        return False
    last = words[-1].lower()
    if AGE_RE.fullmatch(last):
        return all(_marks_post(w) or w.lower() in ROLES for w in words[1:-1])
    if last not in STANDALONE_ROLES or last in VOICE_ROLES:
        return False
    modifiers = words[1:-1]
    return any(_marks_post(w) for w in modifiers) \
        and all(_marks_post(w) or w.lower() in ROLES for w in modifiers)


def _marks_post(word: str) -> bool:
    """Say whether a word before a post marks whose or which post it is: a capitalised name that is no post itself
    (`Ofgem`, `County`, `Labour`), a career word (`former`) or an age."""
    return word[:1].isupper() and word.lower() not in ROLES or word.lower() in CAREER_MODIFIERS \
        or AGE_RE.fullmatch(word) is not None
