"""A poll the text names by its pollster, or by its outlet and pollster, before its noun (wave 42c): `The Quarrow
Insight poll of 1,400 adults also found`, `according to the latest Tarn Gazette/Quarrow Insight opinion poll`. The
party that made the poll speaks for it (wave 45b, after the gold audit of wave 44: a document named with its maker is
the maker): the one name before the noun, or, after an outlet and a slash, the pollster who asked the questions,
never the outlet that commissioned it; a later bare `the poll found` is that maker again. Only a poll's noun
(`data/poll_nouns.txt`); `an Ofgem investigation` stays the body's (`modifier_bodies`).

Below `regions`, which tries it before any other reading of a subject.
"""
from __future__ import annotations

from ..entities import org_kind
from ..vocabulary import ARTICLES, DOCUMENT_ADJECTIVES, load_words

from .context import Context

POLL_NOUNS: frozenset[str] = load_words("poll_nouns")
"""A poll's nouns: `poll`, `polls`."""
NAME_LINKS: frozenset[str] = frozenset("of and for &".split())
"""Small words a pollster's or an outlet's name may hold between its capitalised words (`Institute of Polling`)."""
MAX_KIND_WORDS = 2
"""Lower-case words at most between the names and the noun (`opinion poll`, `exit poll`)."""


def named_poll(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Return the maker of a poll a subject names by its pollster or outlet, or of the poll a bare `the poll` means;
    else None."""
    noun = next((i for i, word in enumerate(words) if word in POLL_NOUNS), None)
    if noun is None or not words or words[0] not in ARTICLES:
        return None
    if noun == len(words) - 1 and all(word in DOCUMENT_ADJECTIVES for word in words[1:noun]):
        return ctx.owners.get("poll") if words[0] == "the" else None  # "the poll found": the poll named before
    first = next((i for i in range(1, noun) if words[i] not in DOCUMENT_ADJECTIVES), noun)
    last = _names_end(raw, first, noun)
    kind = words[last:noun]  # "opinion": what sort of poll
    if last == first or len(kind) > MAX_KIND_WORDS or not all(w.isalpha() and w not in ARTICLES for w in kind) \
            or any(w.endswith((",", ";", ":", ")")) for w in raw[:noun]):
        return None  # "The X Party, leading the Quarrow poll, said": a party set off, no poll's name
    maker = " ".join(raw[first:last]).rsplit("/", 1)[-1]  # "Tarn Gazette/Quarrow Insight": the pollster
    found = maker, ctx.kinds.setdefault(maker, org_kind(maker))
    ctx.owners["poll"] = found
    return found


def _names_end(raw: list[str], first: int, noun: int) -> int:
    """Return where a run of capitalised names from `first` ends before a poll's noun (`Tarn Gazette/Quarrow
    Insight`), small linking words inside it; `first` when none opens there."""
    end = first
    for index in range(first, noun):
        word = raw[index]
        if word[:1].isupper():
            end = index + 1
        elif word.lower() not in NAME_LINKS or index == first:
            break
    return end
