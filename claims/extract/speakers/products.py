"""A thing a body issued or filed that speaks (`The alert warns`, `the union's weekly count found`) and findings
that open a sentence bare (`Tests showed`): the body whose possessive names it, else the one body the text says
issued it, else nothing; bare findings are the text's words, unresolved, never a body of their own."""
from __future__ import annotations

from ..entities import org_kind
from ..vocabulary import CASE_NOUNS, DOCUMENT_NOUNS, without_possessive

from .context import Context
from .publishers import published_by
from .publishers_of import PRODUCTS
from .references import reference
from .words import COMMON_NOUNS

_TESTS: frozenset[str] = frozenset("tests samples checks readings measurements".split())
"""Bare plurals that open a sentence as findings (`Tests showed ...`): never a body's name."""


def named_owner(raw: list[str]) -> bool:
    """Say whether a possessive owner's words after `the` are all capitalised (`The Quarry Board's`): a body's name,
    never a short reference to a body met before (wave 39f)."""
    return all(w[:1].isupper() for w in raw)


def produced_document(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `the alert warns`, `the union's weekly count found`, `Tests showed`: the body whose possessive
    names it, else the one body the text says issued or filed such a thing, else (bare findings) the words,
    unresolved; None for any other subject."""
    if len(words) == 1 and words[0] in _TESTS and raw[0][:1].isupper():
        return raw[0], "unresolved"  # "Tests showed": whose tests the text does not say here
    if not 2 <= len(words) <= 5 or words[0] not in ("the", "this") or words[-1] not in PRODUCTS:
        return None
    owner = next((reference(words[:i] + [without_possessive(w)], ctx) for i, w in enumerate(words[1:-1], 1)
                  if without_possessive(w) != w and not named_owner(raw[1:i + 1])), None)  # a straight or curly
    # possessive: `the department’s counts`; `The Quarry Board's review` is a name's, never `the board` met before
    if owner is not None and owner[1] != "unresolved":
        return owner  # "The union's daily count": the union named before
    if words[-1] in DOCUMENT_NOUNS:
        return None  # a document's own reading (`document`) asks its publisher
    producer = published_by(ctx, words[-1])
    return (producer, ctx.kind_of(producer)) if producer else None


def modifier_product(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `a Shoppers' Voice investigation has found`, `a Fair Rent Network survey found`: a new case or thing
    whose capitalised modifier names its body (a name with an apostrophe too), which `body_modifier_document`
    leaves; `a British inquiry` names none."""
    if len(words) < 3 or words[0] not in ("a", "an") or words[-1] not in _MODIFIED:
        return None
    modifiers = raw[1:-1]
    if not all(w[:1].isupper() and w.rstrip("'\u2019").isalpha() and w.lower() not in COMMON_NOUNS for w in modifiers):
        return None
    if all(w.isalpha() for w in modifiers) and words[-1] in DOCUMENT_NOUNS:
        return None  # `body_modifier_document` reads these
    name = " ".join(modifiers)
    owners = [known for known in ctx.orgs if name == known or known.startswith(name + " ")]
    owner = ctx.register_org_once(owners[0] if len(owners) == 1 else name, org_kind)
    return owner, ctx.kind_of(owner)


_MODIFIED: frozenset[str] = PRODUCTS | CASE_NOUNS
"""What a body's name may modify as the speaker: documents, cases and inquiries, alerts."""
