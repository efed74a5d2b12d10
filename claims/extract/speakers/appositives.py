"""Names a text gives in passing, registered before the cues are read: acronyms after a name, appositions (`Acme, the
retailer,`)."""
from __future__ import annotations

import re

from ..company_forms import with_form_stop
from ..entities import describes_the_noun, find_mentions, org_kind
from ..trade_nouns import trade_before_person
from ..vocabulary import (
    any_script, CUE_VERBS, ORG_REFERENCES, ROLES, TITLED_DOCUMENTS, VOICE_ROLES, initial_alternation,
    without_possessive,
)

from .context import Context
from .words import COMMON_NOUNS, FILLER_WORDS

APPOSITIVE_RE = any_script(re.compile(
    r"\b((?:[A-Z][\w&\-\u2019']*)(?:\s+(?:&\s+)?[A-Z][\w&\-\u2019']*){0,3})\s*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,5}?"
    r"(?:%s)\b(?![\u2019']s\b)" % "|".join(sorted(ORG_REFERENCES))))
"""`Pellings, the discount grocer,`: a name without a head noun that the text says is a body (never `Jo Roe, the
council's finance director,`: a possessive describes the person's post)."""


ACRONYM_AFTER_RE = any_script(re.compile(r"\b((?:[A-Z][\w&\-]*\s+)(?:(?:of|for|and|the)\s+|[A-Z][\w&\-]*(?:['\u2019](?:S|s(?=\s+[A-Z(]))?)?\s+){0,6})\(([A-Z][A-Z&]{1,7})(?:\.[A-Z]{1,2})?\)"))
"""`the Water Services Authority (WSA)`: the acronym in brackets is the same body (`ST JUDE'S HOSPICE (SJH)`,
`St Jude's Hospice (SJH)`: a possessive inside the name is part of it; `the Water Board's (WB) plan` is the board's,
its `'s` before the brackets, wave 48d)."""




def document_acronym(text: str, start: int, end: int) -> bool:
    """Say whether the capitals at start..end stand in brackets after a document's title (`Half Year Economic and
    Fiscal Update (HYEFU)`): the document's short name, no body."""
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False
    before = text[max(0, start - 40):start - 1].split()
    return bool(before) and before[-1].lower() in TITLED_DOCUMENTS and before[-1][:1].isupper()


def register_acronyms(text: str, start: int, end: int, ctx: Context) -> None:
    """Register an acronym given in brackets after a body's name as that body's other name."""
    if "(" not in text[start:end]:
        return
    for match in ACRONYM_AFTER_RE.finditer(text, start, end):
        if match.group(1).split()[-1].lower() in TITLED_DOCUMENTS:
            continue  # "the Half Year Economic and Fiscal Update (HYEFU)": a document's short name, no body
        found = [m for m in find_mentions(text, match.start(1), match.end(1)) if m.kind == "org"]
        if found and _opened_before_letters(found[-1].name, match.group(2)):
            found = []  # "Following the X Standards Board's (XSB)": the letters' words are the body, not the opener
        if found:
            name = ctx.add(found[-1])
            ctx.also_known(name, match.group(2))
        else:
            _initials_body(text, match, ctx)


def _opened_before_letters(name: str, letters: str) -> bool:
    """Say whether a name read before bracketed letters is one opening word, `the` and the words the letters spell
    (`Following the X Standards Board` before `(XSB)`): the word opening the sentence ran into the body's name."""
    words = name.split()
    capitals = "".join(word[0] for word in words[2:] if word[:1].isupper())
    return len(words) > 2 and words[1] == "the" and capitals == letters.replace("&", "")


def _initials_body(text: str, match: re.Match[str], ctx: Context) -> None:
    """Register as a body the capitalised words whose initials spell the acronym in brackets after them
    (`Harbour Valley Transit (HVT)`), though no head noun says so; a person's name has no such acronym."""
    letters = match.group(2).replace("&", "")
    words = match.group(1).split()[-len(letters):]
    words[-1:] = [without_possessive(word) for word in words[-1:]]  # "the X Board's (XB) plan": the board
    if len(words) == len(letters) >= 2 and "".join(w[0] for w in words) == letters \
            and all(w[:1].isupper() for w in words):
        name = " ".join(words)
        if name not in ctx.kinds or ctx.kinds[name] == "person":
            ctx.register_org(name, org_kind(name))
        ctx.also_known(name, match.group(2))


APPOSED_BODY_NOUNS: frozenset[str] = ORG_REFERENCES | frozenset({"regulator", "watchdog", "union"})
"""Common nouns a body is called by next to its name (`the union Unifo`, `Britain's watchdog, the X Board,`)."""
_APPOSITIVE_NOUNS = ["Campaigners", "campaigners"] + sorted(APPOSED_BODY_NOUNS)
NOUN_THEN_NAME_RE = any_script(re.compile(
    r"(?P<noun>%s)\s+(?P<name>[A-Z][\w&\-\u2019']*(?:\s+(?:(?:&|na)\s+)?[A-Z][\w&\-\u2019']*){0,3})"
    % initial_alternation(_APPOSITIVE_NOUNS)))
"""`department store chain Marlow & Finch`, `the union Unifo`: a common noun, then the body's name."""
_ONE_WORD_NOUNS = all(re.fullmatch(r"\w{3,}", noun) for noun in _APPOSITIVE_NOUNS)
"""Whether every such noun is one word of three letters or more (`nouns_then_names` relies on it)."""
_NOUN_ENDS: frozenset[str] = frozenset(noun[-3:] for noun in _APPOSITIVE_NOUNS)
_LONGEST_NOUN = max(map(len, _APPOSITIVE_NOUNS))
_GAP_BEFORE_NAME_RE = re.compile(r"\s\s*(?=[A-Z])")
_WORD_AT_END_RE = re.compile(r"\w+\Z")


def nouns_then_names(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Return the matches `NOUN_THEN_NAME_RE.finditer` gives in text[start:end], found faster from the gaps before
    capitals: the whole word before a gap, when it is one of the nouns, is where a match starts."""
    if not _ONE_WORD_NOUNS:
        return list(NOUN_THEN_NAME_RE.finditer(text, start, end))
    found: list[re.Match[str]] = []
    for gap in _GAP_BEFORE_NAME_RE.finditer(text, start, end):
        at = gap.start()
        if at - start < 3 or text[at - 3:at] not in _NOUN_ENDS or found and at < found[-1].end():
            continue  # no noun ends here (a cheap test first), or the match before took it
        word = _WORD_AT_END_RE.search(text, max(0, at - _LONGEST_NOUN - 1), at)
        match = NOUN_THEN_NAME_RE.match(text, word.start(), end) if word is not None and word.start() >= start \
            and (not found or word.start() >= found[-1].end()) else None
        if match is not None:
            found.append(match)
    return found


def capital_first(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Rewrite a pattern that opens with a word boundary and a class of capitals (`\\b((?:[A-Z]`) to open with the
    class, the boundary checked behind the capital: the engine then skips fast to a capital, not tries every place."""
    plain = pattern.pattern
    if not plain.startswith(r"\b((?:["):
        raise ValueError(f"{plain[:20]!r} does not open with a boundary and a class of capitals")
    close = plain.index("]", len(r"\b((?:[")) + 1
    return re.compile(plain[2:close] + r"(?<!\w.)" + plain[close:], pattern.flags)


APPOSITIVE_FAST_RE = capital_first(APPOSITIVE_RE)
"""`APPOSITIVE_RE` (in any alphabet) opening with its capital: the same matches."""
COMMA_ARTICLE_RE = re.compile(r",\s+(?:the|a|an)\s")
"""The comma and article every match of `APPOSITIVE_RE` holds (a cheap scan to the commas before it)."""


def register_appositives(text: str, start: int, end: int, ctx: Context) -> None:
    """Register the names a text calls a body in an apposition (`Acme, the retailer,`, `the union Unifo`)."""
    for match in nouns_then_names(text, start, end):
        words = match.group("name").split()
        if words[0].lower() in COMMON_NOUNS or any(w.lower() in ROLES for w in words[:1]):
            continue
        name = with_form_stop(text, " ".join(words), match.end("name"))[0]  # "group Corvane Inc., which": whole
        if trade_before_person(text, match.group("noun").split()[-1].lower(), name, match.end("name")):
            continue  # "machine operator Debbie Roe, who ...": her trade, no body (22a)
        if name not in ctx.kinds and ctx.full_person(name) == name:
            ctx.register_org(name, "inspectorate" if match.group("noun") in ("regulator", "watchdog") else "organisation")
        ctx.also_called(ctx.full_org(name), match.group("noun").lower())
    if text.find(", the ", start, end) < 0 and text.find(", a", start, end) < 0 \
            or COMMA_ARTICLE_RE.search(text, start, end) is None:
        return  # no apposition can start here (", and" holds ", a": an article after a comma is looked for too)
    for match in APPOSITIVE_FAST_RE.finditer(text, start, end):
        following = [w.lower().strip(".,:;") for w in text[match.end():match.end() + 40].split()[:3]]
        following = [w for w in following if w not in FILLER_WORDS][:1]
        if following and following[0] in CUE_VERBS:
            continue  # "..., the association added", "the WSA, the company also reported": a cue's subject
        described = [w.lower().strip(",.;:") for w in text[match.end(1):match.end() + 30].split()[:8]]
        if any(w in ROLES or w in VOICE_ROLES for w in described):
            continue  # "Ann Lee, a spokeswoman for the campaign group,": a person, the group's voice
        if not describes_the_noun(match.group().split()[len(match.group(1).split()) + 1:-1]):
            continue  # "Jo Roe, a volunteer at the charity,": a person, where she works
        words = match.group(1).split()
        while words and words[0].lower() in COMMON_NOUNS:
            words = words[1:]
        name = " ".join(words)
        if name and name.lower() not in ORG_REFERENCES and not any(w.lower() in ROLES for w in words):
            ctx.also_called(ctx.register_org_once(name), match.group().split()[-1].lower())
