"""A reference that closes a claim as its speaker (`..., the group said.`, `..., according to the utility.`,
`..., according to the office's annual report.`) is the one body the claim itself names in its subject when the
reference's noun fits that body: `A petition started by the Friends of X had gathered 9,200 signatures, the group said`
is the Friends', not the observatory's that spoke before (wave 30c). The subject is what comes before the claim's
first finite verb (a participle before `by` is no such verb: `started by`); a possessive in it (`its passengers
using X`) points to another party, and the rule keeps out."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..entities import Mention, find_mentions, head_noun
from ..speakers import Context, Who
from ..speakers.body_traits import company_like, maybe_two_bodies, same_head
from ..speakers.words import COMPANY_WORDS, REFERENCE_WORDS
from ..text import Span
from ..vocabulary import DOCUMENT_NOUNS, ORG_HEADS, any_script

REFERENCE_RE = any_script(re.compile(
    r"the\s+(?P<noun>[a-z]+)(?:(?:'s|\u2019s)\s+(?:[a-z]+\s+){0,2}?(?P<document>[a-z]+))?"))
"""A closing reference to a body (`the group`, `the utility`), or to its document (`the office's annual report`)."""
FINITE_VERB_RE = any_script(re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did)\b"
    r"|\b[a-z]{3,}ed\b(?!\s+by\b)"))
"""A word that ends a claim's subject: an auxiliary or a past form (not a participle before `by`: `started by X`)."""
OWNER_PRONOUN_RE = re.compile(r"\b(?i:its|their|our|his|her)\b")
"""A possessive in a claim's subject (`900 of its passengers using X`, `Its passengers ...`): the subject belongs to
another party."""


def claim_body(text: str, claim: Span, words: Span, ctx: Context) -> Who | None:
    """Return the one body a claim names in its subject that the reference closing it fits (`the group`, `the office's
    annual report`, at `words`), registered; None when the words are no such reference, or no body or two fit."""
    reference = REFERENCE_RE.fullmatch(text[words[0]:words[1]].strip())
    if reference is None or not _reference_noun(reference):
        return None  # the cheap test first: no body's noun closes the claim
    subject = claim_subject(text, claim)
    if subject is None:
        return None
    noun = reference.group("noun")
    fitting = [mention for mention in find_mentions(text, *subject)
               if mention.kind == "org" and _fits(mention, noun)]
    if len(fitting) != 1:
        return None  # none fits, or two bodies do: the speaker is read as before
    name = ctx.add(fitting[0])  # "Pell's Office of X": the office (`speakers.owned_offices`)
    kind = ctx.kind_of(name)
    return Who(name, kind, words[0]) if kind in BODY_KINDS else None


def _reference_noun(reference: re.Match[str]) -> bool:
    """Say whether a reference's noun names a body (`group`, `office`) and its document, if any, is one (`report`)."""
    noun, document = reference.group("noun"), reference.group("document")
    return (noun in REFERENCE_WORDS or noun in ORG_HEADS) and (document is None or document in DOCUMENT_NOUNS)


def claim_subject(text: str, claim: Span) -> Span | None:
    """Return the words of a claim before its first finite verb, or None when a possessive in them points to another
    party or no verb ends them."""
    verb = FINITE_VERB_RE.search(text, *claim)
    if verb is None or verb.start() == claim[0]:
        return None
    subject = (claim[0], verb.start())
    return None if OWNER_PRONOUN_RE.search(text, *subject) else subject


def _fits(mention: Mention, noun: str) -> bool:
    """Say whether a reference's noun may mean a body: its own head (`the group`, `X Action Group`), or a company's
    word for a body that may be a company (`the utility`, `X Water and Power`); never two bodies joined."""
    if maybe_two_bodies(mention.name):
        return False  # "X Coaches and Y Buses": two bodies, either of which the reference may mean
    return same_head(head_noun(mention.name), noun) or noun in COMPANY_WORDS and company_like(mention.name)
