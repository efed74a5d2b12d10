"""A body's statement set out with no heading and no signature (wave 52q): the page opens straight on the body's
own paragraph in the first person, outside quotation marks (`Since the X Police Department's release, we have
received ...`), naming the body it speaks for as the owner of its own earlier word (`X's release`, `X's notice`,
`X's appeal`): a body named as a subject (`X said`, `Jo Roe took over X`) is a third party in the writer's
narration, whose `we asked her` is the outlet's (merge of wave 52). Each sentence of that paragraph, and of the
first-person paragraphs after it, is the body's, as under a statement's heading."""
from __future__ import annotations

from ..entities import find_mentions
from ..speakers import Context
from ..statement import in_statement, quote_marked
from ..text import Block, split_sentences

MIN_OPENING_SENTENCES = 2
"""A statement's opening paragraph is prose of a few sentences, never a headline or a one-line teaser."""


def opening_statement(text: str, blocks: list[Block], ctx: Context) -> str | None:
    """Return the body whose first-person statement a page opens on with no heading (its paragraph names the body first
    as an owner: `the X Police Department's press release ... we have received`), else None."""
    if not blocks:
        return None
    block = blocks[0]
    if not in_statement(text, block) or text[block.end - 1] not in ".!" \
            or quote_marked(text, block.body, block.end) \
            or len(split_sentences(text, block.body, block.end)) < MIN_OPENING_SENTENCES:
        return None
    body = next((m for m in find_mentions(text, block.body, block.end) if m.kind == "org"), None)
    if body is None or not body.possessive:
        return None  # "Marl Water said ...", "Jo Roe took over X in June. We asked her ...": the writer's narration
    return ctx.add(body)  # "the X Police Department's release": the body owns the word the statement answers
