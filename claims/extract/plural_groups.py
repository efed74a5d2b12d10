"""A plural common noun alone before a cue (`Caseworkers told inspectors`, `Vets say`, `Forecasters expect`) names
many people or bodies, none of them one party: it speaks unresolved in its own words, never as a body the text then
calls `it` (wave 22d). A club or a firm with a plural name (`Rangers`, `Boots`) is no such noun: the text would not
also write it in lower case."""
from __future__ import annotations

from functools import lru_cache

from ..finding import find_all
from .title_nouns import is_common_noun


def plural_common_noun(word: str, text: str) -> bool:
    """Say whether one capitalised word is the plural of a common noun (Webster's list) that the text also writes in
    lower case, as a whole word, in the plural or the singular (`caseworkers`, `a vet`)."""
    if len(word) < 4 or not word.endswith("s") or not word[1:].islower():
        return False
    singulars = [word[:-1]] + ([word[:-3] + "y"] if word.endswith("ies") else []) \
        + ([word[:-2]] if word.endswith("es") else [])
    singular = next((each for each in singulars if is_common_noun(each)), None)
    return singular is not None and any(_whole_lower(text, each.lower()) for each in (word, singular))


@lru_cache(maxsize=256)
def _whole_lower(text: str, lower: str) -> bool:
    """Say whether the text writes these lower-case letters as a whole word somewhere (once per text and word: a
    string's hash is kept, so a text of many `Vets say` is scanned once, never once a sentence)."""
    return any(not text[at - 1:at].isalpha() and not text[at + len(lower):at + len(lower) + 1].isalpha()
               for at in find_all(text, lower))
