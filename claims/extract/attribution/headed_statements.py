"""The paragraphs under an attribution header are the named person's statement (`Please attribute to Inspector Jo
Roe:`, `As stated by Police Commissioner Jo Roe:`): besides its figures and acts (`issuer.signer_claims`), a whole
sentence of plain fact with no figure is hers too (`The group of demonstrators are no longer present.`, `No homes were
damaged and nobody was injured.`; wave 55f). A sentence the item reader splits keeps only its figures; questions,
rhetoric, advice to the public, contact lines, the writer's wishes and feelings (`We are disappointed by ...`), plans
(`Our support will continue`) and appeals for information claim nothing."""
from __future__ import annotations

import re

from ..items import is_rhetoric, is_statement, split_items
from ..layout import is_advice
from ..release import CONTACT_RE
from ..speakers import Context, Who
from ..statement import MIN_STATEMENT_WORDS
from ..text import Block, Span, split_sentences
from ..vocabulary import ISSUER_CUE

from .issuer import signer_claims
from .patterns import DOUBT_RE
from .records import Attribution

APPEAL_RE = re.compile(r"(?:anyone|if\s+you)\b[^.;]{0,160}?(?:\b(?:can|may|could|should|please)|,)\s+"
                       r"(?:contact|call|ring|phone|report)\b", re.IGNORECASE)
"""An appeal for information (`Anyone with information can contact Police on 105`, `If you saw the crash, please
call`, `If you have any information, call 105`)."""
OWN_VOICE_RE = re.compile(r"\b(?:we|our|us|I|my|will|would|shall|plans?|planned|hopes?|wants?)\b", re.IGNORECASE)
"""The writer's own voice or a plan (`We are disappointed`, `Our support will continue`, `Police have more activity
planned`): feelings and pledges, never a plain fact of the statement's."""
CLAUSE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had)\b", re.IGNORECASE)
"""The auxiliary that makes each item of a split sentence a clause of its own (`A new valve has been fitted and the
damaged pipe has been replaced`), never a list of charges (`..., and Unlawful Assembly`)."""


def headed_claims(text: str, block: Block, ctx: Context, headed: Who, answer: bool = False) -> list[Attribution]:
    """Give a cue-less paragraph under an attribution header to the person it names: its figures and acts as
    `signer_claims` reads them, and each whole sentence of plain fact besides (`The group of demonstrators are no
    longer present.`)."""
    told = [a._replace(spans=tuple(s for s in a.spans if APPEAL_RE.match(text, *s) is None))  # "If you have any
            for a in signer_claims(text, block, ctx, headed, answer)]  # information, call 105": no claim
    if text[block.end - 1] == ":" or block.bullet:
        return told
    taken = [s for a in told for s in a.spans]
    plain = tuple(s for s in whole_facts(text, block) if not any(t[0] < s[1] and s[0] < t[1] for t in taken))
    return told + [Attribution(headed.name, "person", ISSUER_CUE, plain)] if plain else told


def whole_facts(text: str, block: Block) -> list[Span]:
    """Return the items of a paragraph's sentences that state plain facts whole: one item, or items each a clause of
    its own; no question, no rhetoric, no advice, no contact line, no doubt, no appeal, no voice of `we` or `I`, no
    plan (`Our support will continue`)."""
    facts: list[Span] = []
    for sentence in split_sentences(text, block.body, block.end):
        items = split_items(text, sentence)
        words = text[sentence[0]:sentence[1]]
        if len(items) > 1 and not all(CLAUSE_RE.search(text, *item) for item in items):
            continue  # "Two people, aged 23 and 27 have been arrested": an item no clause of its own, no whole fact
        if words.rstrip().endswith("?") or len(words.split()) < MIN_STATEMENT_WORDS or is_rhetoric(words) \
                or not all(is_statement(text[item[0]:item[1]]) for item in items):
            continue
        if not is_advice(text, sentence) and not CONTACT_RE.search(text, *sentence) \
                and not DOUBT_RE.search(text, *sentence) and APPEAL_RE.match(text, *sentence) is None \
                and OWN_VOICE_RE.search(text, *sentence) is None:
            facts += items
    return facts
