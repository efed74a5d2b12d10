"""A plural common noun alone before a cue (`Caseworkers told inspectors`, `Vets say`, `Forecasters expect`) names
many people or bodies, none of them one party: it speaks unresolved in its own words, never as a body the text then
calls `it` (wave 22d). A club or a firm with a plural name (`Rangers`, `Boots`) is no such noun: the text would not
also write it in lower case. A role word's plural (`Bosses`, `Ministers`) names a body's people whether or not the
text writes it in lower case, unless a body's name may end with it (`Rangers`, `Trustees`: a club, a charity's board;
wave 43e moved 42f's role test here, where the lower-case test guards it).

"""
from __future__ import annotations

from .groups import singular
from .title_nouns import is_common_noun, written_lower
from .vocabulary import ORG_HEADS, ROLES
from .text_caches import per_text


def plural_common_noun(word: str, text: str) -> bool:
    """Say whether one capitalised word is the plural of a common noun (Webster's list) that the text also writes in
    lower case, as a whole word, in the plural or the singular (`caseworkers`, `a vet`); or a role word's plural."""
    role = role_plural(word)
    if role is not None:
        return word.lower() not in ORG_HEADS or any(_written_lower_once(text, each) for each in (word, role))
    if len(word) < 4 or not word.endswith("s") or not word[1:].islower():
        return False
    singulars = [word[:-1]] + ([word[:-3] + "y"] if word.endswith("ies") else []) \
        + ([word[:-2]] if word.endswith("es") else [])
    singular = next((each for each in singulars if is_common_noun(each)), None)
    return singular is not None and any(_written_lower_once(text, each) for each in (word, singular))


def role_plural(word: str) -> str | None:
    """Return the role a capitalised word is the plural of (`Bosses`: `Boss`), capitalised, else None."""
    lower = word.lower()
    one = singular(lower)
    return one.capitalize() if lower.endswith("s") and one != lower and one in ROLES else None


@per_text(256)
def _written_lower_once(text: str, word: str) -> bool:
    """`title_nouns.written_lower`, once per text and capitalised word (a string's hash is kept, so a text of many
    `Vets say` is scanned once, never once a sentence)."""
    return written_lower(text, word)
