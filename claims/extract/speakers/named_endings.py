"""A body the text names by the last words of its name (wave 53e): `police said` and `the police department said` in a
US report mean the one `X Police Department` the text names, before the cue or after it, even where another
`Department` is named (`the Texas Department of Public Safety`); two such bodies, or none, mean nothing here."""
from __future__ import annotations

from ..entities import Mention
from ..vocabulary import load_words

from .body_traits import sole_body
from .context import Context

POLICE_ENDINGS: tuple[tuple[str, ...], ...] = tuple(sorted(tuple(line.split()) for line in load_words("police_endings")))
"""The last words of a city's or a county's police body (`police department`, `police bureau`), from
`data/police_endings.txt`."""


def body_named_by_ending(endings: tuple[tuple[str, ...], ...], ctx: Context) -> str | None:
    """Return the one body the whole text names whose name ends in one of `endings` (lower-case words), registered;
    else None: no such body, or two."""
    found = sole_body(bodies_ending(endings, ctx))
    if found is None:
        return None  # "the Ash Police Department and the Elm Police Department ... police said": either
    return ctx.add(found)


def bodies_ending(endings: tuple[tuple[str, ...], ...], ctx: Context) -> list[Mention]:
    """Return the bodies the whole text names whose names end in one of `endings`."""
    return [mention for mention in ctx.bodies_named() if ends_in(mention.name, endings)]


def name_words(name: str) -> list[str]:
    """Return a name's words in lower case, a curly apostrophe made straight (`Sheriff\u2019s Office` -> `sheriff's`,
    `office`): what `ends_in` and `holds_run` compare with a data file's words."""
    return name.replace("\u2019", "'").lower().split()


def ends_in(name: str, endings: tuple[tuple[str, ...], ...]) -> bool:
    """Say whether a name has more words than an ending and closes on all of them (`Port Arthur Police Department`)."""
    words = name_words(name)
    return any(len(words) > len(ending) and tuple(words[-len(ending):]) == ending for ending in endings)


def holds_run(name: str, run: tuple[str, ...]) -> bool:
    """Say whether a name holds a run of lower-case words anywhere (`X Credit Union of Knoxville`: `credit union`)."""
    words = name_words(name)
    return any(tuple(words[i:i + len(run)]) == run for i in range(len(words) - len(run) + 1))


def police_body(ctx: Context) -> str | None:
    """Return the one US police body the text names (`Kelby Police Department`), for bare `police`; else None."""
    return body_named_by_ending(POLICE_ENDINGS, ctx)


def reference_by_ending(words: list[str], found: str | None, ctx: Context) -> tuple[str, str] | None:
    """Resolve a reference of a noun and its one modifier (`the police department`) that `found` (the body read for it
    so far, if any) does not hold to the one body the text names whose name ends in both (`Port Arthur Police
    Department`); with two such bodies, the reference's words, unresolved, never a body without the modifier
    (`Oregon Department of Justice`); None when the text names no such body or `found` is one."""
    if len(words) < 3 or words[-3] != "the" or not words[-2].isalpha():
        return None
    ending = ((words[-2], words[-1]),)
    if found is not None and holds_run(found, ending[0]):
        return None  # "Tri-Rivers Community Credit Union of Knoxville ... The credit union said": the one read
    named = body_named_by_ending(ending, ctx)
    if named is not None:
        return named, ctx.kind_of(named)
    return (" ".join(words[-3:]), "unresolved") if bodies_ending(ending, ctx) else None
