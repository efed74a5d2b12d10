"""Who produced a document that speaks, when the text names its producer under another word for the same work
(`a new report suggests` ... `The study by X`), and a document addressed to a body the text does not say wrote it
(`A report to cabinet says`): that document as the text names it, never the body in focus. Also who the text says
issued, filed or handed down a thing (`X has issued a safety alert`, `X has filed a lawsuit`), read once per text."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..entities import Mention, find_mentions
from ..text_caches import per_text
from ..vocabulary import DOCUMENT_NOUNS, load_words, SINGULAR_POSSESSIVES

from .context import Context
from .words import DETERMINERS

WORK_NOUNS: frozenset[str] = load_words("work_nouns")
"""Words a text uses in turn for one piece of written work (`the report`, `the study`, `the research`)."""
RECIPIENT_NOUNS: frozenset[str] = load_words("recipient_nouns")
"""Bodies a document is put to, named without an article (`a report to cabinet`, `a report to councillors`)."""
_TIME_WORDS: frozenset[str] = frozenset("on last this next yesterday today tomorrow in at".split())
"""Words that open a time or a place after a document's recipient (`to the committee on Tuesday`): not its name."""
_NOT_RECIPIENTS: frozenset[str] = frozenset("be have go come make take do date".split())
"""Verbs and words after `to` that make no recipient (`a report to be published`, `a report to date`)."""


def kin_publisher(published: dict[str, Mention | str], noun: str) -> Mention | str | None:
    """Return the one producer the text names for any word of the same work (`the study by X` makes `the report`
    X's), None when the noun is no such word or the text names two producers."""
    if noun not in WORK_NOUNS:
        return None
    found = {_key(who): who for other, who in published.items() if other in WORK_NOUNS}
    return next(iter(found.values())) if len(found) == 1 else None


def _key(who: Mention | str) -> str:
    """Return the name a producer is compared by."""
    return who if isinstance(who, str) else who.name


def addressed_document(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `A report to cabinet says` / `a paper to the council's scrutiny committee on Tuesday states`: the
    document named with its recipient, kind document, when the text names no producer of such a document; a later
    `the report` is this one."""
    if len(words) < 4 or words[0] not in ("a", "an") or "to" not in words[2:5]:
        return None
    to = words.index("to", 2)
    if words[to - 1] not in WORK_NOUNS or not all(w.isalpha() for w in words[1:to]):
        return None
    end = next((i for i in range(to + 2, len(words)) if words[i] in _TIME_WORDS), len(words))
    if "by" in words[to + 1:end]:
        return None  # "a report to the panel by the commissioner's finance officer": its author's, not a document
    if not is_recipient(raw[to + 1:end], words[to + 1:end]):
        return None
    name = " ".join(raw[:end]).strip(" ,")
    ctx.kinds.setdefault(name, "document")
    ctx.owners[words[to - 1]] = (name, "document")
    return ctx.owners[words[to - 1]]


def is_recipient(raw: list[str], words: list[str]) -> bool:
    """Say whether the words after `to` name who a document is put to (`cabinet`, `the council's committee`,
    `Westbury Council`), not a verb (`to be published`), a bare other word, or the speaker's own body (`to its
    cabinet`: the body's own report, read by `document`)."""
    if not words or len(words) > 8 or words[0] in _NOT_RECIPIENTS or words[0] in ("its", "their"):
        return False
    if len(words) == 1:
        return words[0] in RECIPIENT_NOUNS or raw[0][:1].isupper()
    return words[0] in DETERMINERS or words[0].endswith(SINGULAR_POSSESSIVES) or raw[0][:1].isupper()


PRODUCTS: frozenset[str] = load_words("product_nouns") | DOCUMENT_NOUNS
"""What a body issues, files or hands down that may then speak (`the alert warns`, `the lawsuit alleges`)."""
_PRODUCED_RE = re.compile(
    r"[ \t](?:has[ \t]+|have[ \t]+|had[ \t]+|today[ \t]+)?(?:issued|published|released|filed|lodged|brought|launched"
    r"|handed[ \t]+down|posted|sent|put[ \t]+out)[ \t]+(?:a|an|its|their|the)[ \t]+(?:[\w\-]+[ \t]+){0,3}?"
    r"(?P<noun>(?i:%s))\b" % "|".join(sorted(PRODUCTS, key=len, reverse=True)))
"""`X has issued a National Patient Safety Alert`: a body's verb of making a document public and the document."""


@per_text(4)
def producers(text: str) -> dict[str, Mention]:
    """Map each kind of product the text says one body issued or filed (`X has issued an alert`) to that body,
    once per text; a product two bodies issued is left out."""
    found: dict[str, list[Mention]] = {}
    for match in _PRODUCED_RE.finditer(text):
        bodies = [m for m in find_mentions(text, max(0, match.start() - 100), match.start()) if m.kind == "org"]
        if bodies and ends_near(text, bodies[-1].end, match.start()):
            found.setdefault(match.group("noun").lower(), []).append(bodies[-1])
    return {noun: bodies[0] for noun, bodies in found.items() if len({b.name for b in bodies}) == 1}


def ends_near(text: str, end: int, verb: int) -> bool:
    """Say whether a body's name ends right before its verb, a bracketed short name between (`Agency (MDSA) has`)."""
    gap = text[end:verb].strip().removeprefix(")").strip()
    return not gap or (gap.startswith("(") and gap.endswith(")") and len(gap) <= 12)


_SENT_RE = re.compile(
    r"\b(?:a|an|the|its|their)[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?P<noun>(?i:%s))[ \t]+$"
    % "|".join(sorted(PRODUCTS, key=len, reverse=True)))
"""The words before a `from` that name a document: `in a letter `, `the latest figures `."""
_SENDER_RE = re.compile(
    r"from[ \t]+(?P<owner>the[ \t]+[a-z]+(?=[ \t,.;:])"
    r"|[A-Z][\w&'\u2019\-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?[A-Z][\w&'\u2019\-]*){0,5})")
"""`a letter from the practice`, `figures from the Office for Statistics`: a document and who sent it."""


@per_text(4)
def senders(text: str) -> dict[str, Mention | str]:
    """Map each kind of document the text says came from one sender (`a letter from the practice`) to that sender:
    a body named (its mention) or a short reference (`the practice`), once per text; two senders leave it out."""
    if " from " not in text:
        return {}
    found: dict[str, dict[str, Mention | str]] = {}
    for noun, match in _sent_from(text):
        owner = match.group("owner")
        sender: Mention | str | None = owner if owner.startswith("the") else next(
            (m for m in find_mentions(text, *match.span("owner")) if m.kind == "org"), None)
        if sender is not None:
            found.setdefault(noun.lower(), {})[_key(sender)] = sender
    return {noun: next(iter(who.values())) for noun, who in found.items() if len(who) == 1}


def _sent_from(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Yield each document the text says came `from` someone (`a letter from the practice`) with the sender's match,
    read only around the text's `from`s."""
    at = text.find(" from ")
    while at >= 0:
        document = _SENT_RE.search(text, max(0, at - 50), at + 1)
        sender = _SENDER_RE.match(text, at + 1, at + 120) if document is not None else None
        if document is not None and sender is not None:
            yield document.group("noun"), sender
        at = text.find(" from ", at + 6)
