"""Attribution: which words of a text are reported claims, and who reports them.

The rules, in the order they apply to each block (line or paragraph) of a source text:

1. Quoted speech (six words or more, or a quoted sentence) belongs to the speaker a nearby cue names
   (`X said: "..."`, `X states; "..."`, `"...," she said`), to the speaker of a colon cue that ended the
   paragraph before, or to the speaker of the quotation it continues (a multi-paragraph quotation
   reopens each paragraph). A short quotation inside reported speech stays part of that claim.
2. A sentence with a reporting cue outside quotation marks (`said`, `admitted`, `found`, `forecast`,
   `told the BBC that`, `said in a statement that`, `according to X`, `quoted X as saying`) gives the
   words after the cue to the cue's subject; when nothing but a trailing phrase follows the cue
   (`..., the company said in a statement.`) the words before the subject are the claim.
   `rated`, `judged` and a negated `did not find` keep the verb in the claim.
3. A sentence that ends in a colon hands its speaker to the bulleted lines that follow: a colon cue
   (`inspectors highlight:`) or a lead-in without a verb (`The key findings were:`, `Highlights
   include:`), whose speaker is the inspectorate in focus for findings, else the body in focus.
4. A paragraph that opens with `These included`, `Additionally,`, `In addition,`, `Furthermore,` or
   `Other improvements` continues the speaker of the paragraph before; a cue-less paragraph that
   continues an organisation's list (two or more items) is that organisation's too, unless it reads as
   the writer's commentary (a question, `however`, talk of `the claims`).
5. What a speaker says is split into items (see `items`).

Anything else (the writer's narration, commentary, questions) is nobody's claim and is left out.
"""
from __future__ import annotations

from .blocks import attributed_spans
from .names import WRITTEN_IN_NEEDS, WRITTEN_IN_RE
from .patterns import SPECIAL_NEEDS, COMMENTARY_RE, PASSIVE_RE, RECORD_RE, is_commentary
from .sentence import JUDGED_WORDS
from .sentences import SECOND_CUE_RE
from .shapes import PUT_AT_RE, VIEW_RE

__all__ = [
    "COMMENTARY_RE",
    "PASSIVE_RE",
    "PUT_AT_RE",
    "RECORD_RE",
    "SECOND_CUE_RE",
    "VIEW_RE",
    "WRITTEN_IN_RE",
    "attributed_spans",
    "is_commentary",
]
"""The public names (JUDGED_WORDS, SPECIAL_NEEDS, WRITTEN_IN_NEEDS are re-exported too, for the tests that read
them)."""
