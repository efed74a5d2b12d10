"""A body's name cut at its opening word is read whole when the text names the whole run as one body (wave 28e):
`The Irish Business Confederation (IBC) said` lost `Irish` as a capitalised trap and read `Business Confederation` as a
title and a surname; `The Further Education Lecturers' Association (FELA)` lost `Further` as a sentence's opener;
`Corrib Rock Products said`, after `Corrib Rock Products Ltd`, read `Rock` as a title. The name reader cut the run by
its words alone; the text says more: letters in brackets right after the run that spell the initials of the whole of
it (`IBC`), or the whole run written again with a company's legal form (`Ltd`, `Limited`, `plc`, ...). Either names
the whole run as one body, so the mention is that body, an organisation. Letters that spell only the name read
(`Additionally Brenwick Water (BW)`) and a legal form after only the name read (`Rock Products Ltd`) change nothing.
"""
from __future__ import annotations

import re

from ...finding import find_all
from ..entities import Mention
from ..vocabulary import ARTICLES, LEGAL_FORMS, ROLES
from .body_traits import initials_of

_LETTERS_AFTER_RE = re.compile(r"[ \t]*\(([A-Z][A-Z&]{1,7})\)")
"""Letters in brackets right after a run (` (IBC)`)."""
_REMIT_LINKS: frozenset[str] = frozenset({"of", "for"})
"""The links between a post and its remit (`Inspector of`, `Commissioner for`)."""
_FORM_AFTER_RE = re.compile(r"[ \t]+([A-Za-z]+)\.?(?![\w'\u2019-])")
"""The word right after a name written again (` Ltd`, ` Limited.`)."""


def whole_run(text: str, mention: Mention) -> Mention:
    """Return the mention as the body the whole run names when the name reader cut its opening words and the text
    names the whole run as one body (its initials in brackets, or it again with a legal form); else the mention."""
    words = _run_words(text, mention)
    name = mention.name.split()
    if len(words) <= len(name) or [w.lower() for w in words[-len(name):]] != [w.lower() for w in name]:
        return mention  # nothing cut, or the name is no tail of its run
    for cut in range(len(words) - len(name)):
        if not _capitals_of_name(words[cut:len(words) - len(name)]):
            continue  # "Members of the X Union (XU)": the cut words must be capitals of the name, not `of the`
        whole = " ".join(words[cut:])
        if _spelled_after(text, mention.end, whole) or _written_with_form(text, whole):
            return Mention(mention.start, mention.end, whole, "org", mention.possessive, "")
    return mention


def _capitals_of_name(words: list[str]) -> bool:
    """Say whether a run's cut opening words may open a body's name: capitalised words, the last of them a post and
    its `of` or `for` before a remit (`Chief Inspector of` of `Chief Inspector of Ports and Shipping (CIPS)`, 41f)."""
    if len(words) >= 2 and words[-1] in _REMIT_LINKS and words[-2].lower() in ROLES:
        words = words[:-1]
    return all(word[:1].isupper() for word in words)


def _run_words(text: str, mention: Mention) -> list[str]:
    """Return the words of a mention's run without an opening article and a closing possessive."""
    words = text[mention.start:mention.end].split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    if words and mention.possessive:
        words[-1] = re.sub(r"['\u2019]s?$", "", words[-1])
    return words


def _spelled_after(text: str, end: int, whole: str) -> bool:
    """Say whether letters in brackets right after the run spell the initials of the whole run (`(IBC)`)."""
    found = _LETTERS_AFTER_RE.match(text, end)
    return found is not None and len(whole.split()) >= 2 and initials_of(whole) == found.group(1).replace("&", "")


def _written_with_form(text: str, whole: str) -> bool:
    """Say whether the text writes the whole run somewhere followed by a company's legal form (`X Ltd`)."""
    for at in find_all(text, whole):
        found = _FORM_AFTER_RE.match(text, at + len(whole))
        if found is not None and found.group(1).lower() in LEGAL_FORMS and not text[at - 1:at].isalnum():
            return True
    return False
