"""A one-word regulator's own document (wave 36c): `according to Ofcom's latest quarterly figures`, `Ofwat's final
assessment of the period shows`, `The headline numbers from Ofgem's announcement:`. A regulator known by one word
(the `Of-` form, or a listed name) is no mention the name readers find, so its possessive was read as nobody and the
document fell to the body in focus: the company the text is about, which the regulator's figures describe. The
regulator owns the document and speaks through it; a document noun must follow the possessive (`Ofcom's chief
executive` is a post, read by the rules for people)."""
from __future__ import annotations

from ..entities import Mention
from ..vocabulary import DOCUMENT_NOUNS, PREPOSITIONS, without_possessive

from .context import Context
from .regulating_bodies import is_one_word_regulator

MAX_OWNER_WORDS = 8
"""How many words may come before the possessive (`The headline numbers from Ofgem's announcement`)."""


def regulator_owner(raw: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the one-word regulator whose possessive owns a document in these words (`Ofrail's latest figures`),
    registered and as an inspectorate; None when no such possessive is followed by a document's noun."""
    if not any("'" in word or "\u2019" in word for word in raw[:MAX_OWNER_WORDS]):
        return None  # most words hold no possessive (the cheap test first)
    at = _regulator_possessive(raw)
    if at is None or not _owns_document(raw[at + 1:]):
        return None
    name = without_possessive(raw[at].strip("\"\u201c\u201d(),;:"))  # `“Ofpost's`: not the quote mark
    registered = ctx.add(Mention(0, 0, name, "org"))
    return registered, ctx.kind_of(registered)


def _regulator_possessive(raw: list[str]) -> int | None:
    """Return the index of the first word that is a one-word regulator's possessive (`Ofcom's`), else None."""
    for index, word in enumerate(raw[:MAX_OWNER_WORDS]):
        bare = without_possessive(word.strip("\"\u201c\u201d(),;:"))
        if bare != word.strip("\"\u201c\u201d(),;:") and is_one_word_regulator(bare):
            return index
    return None


def _owns_document(after: list[str]) -> bool:
    """Say whether a document's noun follows the possessive within its noun phrase (`latest quarterly figures`),
    before any preposition (`Ofcom's duty to publish reports` is no document of Ofcom's)."""
    for word in after[:4]:
        bare = word.lower().strip("\"\u201c\u201d(),;:.")
        if bare in DOCUMENT_NOUNS:
            return True
        if bare in PREPOSITIONS:
            return False  # "Ofcom's review of ...": the noun phrase has ended
    return False
