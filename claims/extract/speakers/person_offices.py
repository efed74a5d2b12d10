"""An office named by its holder (`Okoro's office said`, `The attorney general's office estimates`, `Mayor Tim Bale's
office said`): the office speaks as a body, in the text's own words, never its holder in person. A body the text
named as that office (`Office of the Eastvale Attorney General`, `Tillman County Sheriff's Office`) is the office.
The office written the other way round (`the office of the police and crime commissioner`), alone or after a voice
(`A spokesman for the office of ...`), is the office too, never a body a word of its post names (`police`, wave 20d)."""
from __future__ import annotations

from ..vocabulary import ROLES, VOICE_ROLES, without_possessive, SINGULAR_POSSESSIVES

from .context import Context

_OFFICE_WORDS: frozenset[str] = frozenset(("office", "offices"))
_DETERMINERS: frozenset[str] = frozenset(("the", "a"))


def holder_office(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a subject that is only a holder's possessive and `office` (`Ruth Okoro's office`, `the mayor's office`):
    the office, an organisation; None for any other subject (`an audit by Jo Roe's office`)."""
    if len(words) < 2 or words[-1] not in _OFFICE_WORDS or not words[-2].endswith(SINGULAR_POSSESSIVES):
        return None  # the cheap test first: no `X's office` at the end
    start = 1 if words[0] in _DETERMINERS else 0
    holder = words[start:-1]
    holder[-1] = without_possessive(holder[-1])
    if not holder or not all(w in ROLES for w in holder) and not all(r[:1].isupper() for r in raw[start:-1]):
        return None  # "an audit released by X's office": more than a holder
    office = " ".join(raw[start:])
    known = ctx.full_org(office)  # "the sheriff's office": the `Tillman County Sheriff's Office` named before
    return (known if known != office else named_office(" ".join(holder), ctx) or office_words(raw)), "organisation"


MAX_POST_WORDS = 6
"""How long a post after `office of the` may run (`police and crime commissioner for the county`)."""


def office_of_post(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a subject ending in `office of the` and a post in lower case (`the office of the police and crime
    commissioner`, `a spokeswoman for the office of the mayor`): the office the text named so, else its words from
    `office`; None for any other subject."""
    if "office" not in words:
        return None  # the cheap test first
    at = len(words) - 1 - words[::-1].index("office")
    post = words[at + 3:]
    if words[at + 1:at + 3] != ["of", "the"] or not 1 <= len(post) <= MAX_POST_WORDS or post[-1] not in ROLES \
            or not all(w.isalpha() and (w in ROLES or w == "and" or w.islower()) for w in post) \
            or not all(r.islower() for r in raw[len(raw) - len(post):]):
        return None
    office = named_office(" ".join(post), ctx) or " ".join(raw[len(raw) - len(words) + at:])
    if any(w in VOICE_ROLES for w in words[:at]):
        ctx.voice, ctx.speaker_block = office, ctx.block  # "A spokesman for the office of X said ... He said": its
    return office, "organisation"


def office_words(raw: list[str]) -> str:
    """Return an office as the text writes it: a capitalised office's name alone (`The state Attorney General's
    Office` -> `Attorney General's Office`), a lower-case office with its article (`the mayor's office`)."""
    if not raw[-1][:1].isupper():
        return " ".join(raw)
    first = next(i for i, w in enumerate(raw) if w[:1].isupper() and w.lower() not in _DETERMINERS)
    return " ".join(raw[first:])


def named_office(holder: str, ctx: Context) -> str | None:
    """Return the body the text named as a post's office (`Office of the Eastvale Attorney General` for `attorney
    general`), else None."""
    for name in ctx.orgs:
        lowered = name.lower()
        if lowered.startswith("office of") and lowered.endswith(" " + holder):
            return name
    return None
