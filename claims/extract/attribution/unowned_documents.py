"""A colon lead-in whose subject is a bare paper the text gave no owner (wave 31f): `The guidance says shops should:`,
`The trial also found:`, `The charges alleged that Mr X:`. The subject reads as the text's own words, unresolved; the
items are the claims of the body that spoke last before the lead-in (`..., the Product Safety Office has said.`, `a
trial led by X has found`), whose paper the writer goes on reading out. A text where no body has spoken keeps the
paper's own words; a paper with an owner (`the trust's report`, `Its guidance`) is read by `speakers`, not here."""
from __future__ import annotations

from ...model import BODY_KINDS
from ..speakers import Context, Who
from ..vocabulary import DOCUMENT_NOUNS, load_words

ISSUED_PAPERS: frozenset[str] = DOCUMENT_NOUNS | load_words("issued_papers")
"""The nouns of a paper a body issues (`report`, `survey`, `guidance`, `trial`, `charges`)."""


def bare_paper(name: str) -> bool:
    """Say whether a speaker's words are only `the` and a paper's noun (`The guidance`, `the trial`)."""
    words = name.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in ISSUED_PAPERS


def paper_issuer(who: Who, ctx: Context) -> Who:
    """Return the body that spoke last when a lead-in's subject is an unresolved bare paper (`The guidance`), else
    the subject as read."""
    if who.kind != "unresolved" or not bare_paper(who.name) or not ctx.org_speakers:
        return who
    body = ctx.org_speakers[-1]
    kind = ctx.kinds.get(body)
    return Who(body, kind, who.clause_start) if kind in BODY_KINDS else who
