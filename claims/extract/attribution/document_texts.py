"""A document's text set out below its lead-in (wave 47b): news pages print a statement, a release or a notice in
full after `The statement reads:` or `The notice states as follows:`, without quotation marks, often under its own
capitalised heading and down to its signature. Its paragraphs and numbered lines are the claims of the party the
lead-in's document belongs to; headings are skipped, and a signature line (a bare name), `ENDS` or a quotation ends it."""
from __future__ import annotations

import re

from ..items import is_statement, split_items
from ..text import Block, Span, split_sentences, strip_span
from ..vocabulary import DOCUMENT_NOUNS

from .documents import is_heading
from .records import Attribution, Found

READS_LEAD_RE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,3}?(?:%s)\s+(?:reads|read|states|stated)"
                           r"(?:\s+(?:in\s+part|in\s+full|as\s+follows))?\s*:\s*$" % "|".join(sorted(DOCUMENT_NOUNS)))
"""A paragraph that is only a document's lead-in: `The statement reads:`, `The full release read as follows:`."""
MAX_TEXT_BLOCKS = 30
"""How many paragraphs a document's text set out below its lead-in may run to."""
SIGNATURE_RE = re.compile(r"(?:(?:[A-Z][a-z][\w.'\u2019\-]*|[A-Z]\.)\s+){1,3}[A-Z][a-z][\w'\u2019\-]*|ENDS|-?\s*Ends\s*-?")
"""A line that closes a document: its signer's bare name (`Ada Obi`, `Dr Ada N. Obi`) or `ENDS`; a heading in capitals
(`STATE HOUSE PRESS RELEASE`) is no name."""
ITEM_MARK_RE = re.compile(r"\(\s*(?:[A-Za-z]|[ivx]+|\d+)\s*\)\s+")
"""A line's own enumeration mark: `(A) `, `(ii) `, `(3) `."""


DOCUMENT_WORD_RE = re.compile(r"\b(?:%s)\b" % "|".join(sorted(DOCUMENT_NOUNS)), re.IGNORECASE)
"""A document named in a paragraph (`a press release issued by X`), which `The statement reads:` below refers to."""


def reads_lead_in(text: str, block: Block, final: Attribution | None, following: Block | None,
                  before: tuple[Block, Attribution] | None = None) -> Attribution | None:
    """Return the lead-in's attribution when a paragraph is only `The statement reads:` and no quotation opens
    below it (a quoted text is read as speech); the document is the one the paragraph before named and gave to its
    issuer (`This is contained in a release issued by X.`), when it did; else None."""
    if final is None or not final.colon or following is None or READS_LEAD_RE.search(text, block.body, block.end) is None:
        return None
    if text[following.body] in "\"\u201c":
        return None
    if before is not None and before[1].spans and before[1].kind in ("person", "organisation") \
            and DOCUMENT_WORD_RE.search(text, before[0].body, before[0].end):
        return final._replace(speaker=before[1].speaker, kind=before[1].kind)
    return final


def ends_text(text: str, block: Block) -> bool:
    """Say whether a line ends a document's text: a signature (a bare name) or `ENDS`, or a quotation."""
    line = text[block.body:block.end].strip()
    return SIGNATURE_RE.fullmatch(line) is not None or line[:1] in "\"\u201c"


def text_claims(text: str, block: Block, document: Attribution) -> list[Found]:
    """Return the sentences of one paragraph or numbered line (`(A) ...`) of a document's text as its party's claims;
    none for a heading."""
    mark = ITEM_MARK_RE.match(text, block.body, block.end)
    if mark is None and is_heading(text, block, []):
        return []  # "STATE HOUSE PRESS RELEASE": the document's heading, no claim
    body: Span = strip_span(text, (mark.end() if mark else block.body, block.end))
    return [Found(document.speaker, document.kind, document.cue, item)
            for sentence in split_sentences(text, *body) if text[sentence[1] - 1] not in "?:"
            for item in split_items(text, sentence) if is_statement(text[item[0]:item[1]])]
