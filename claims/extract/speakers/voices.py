"""A body's voice: `a spokesperson for X`, an unnamed voice of a body, a name before its role, a titled person."""
from __future__ import annotations

import re

from ..entities import Mention, classify
from ..vocabulary import (
    any_script, INSPECTORATE_HEADS, NOT_NAMES, ORG_HEADS, ORG_REFERENCES, ROLES, SENTENCE_STARTERS, VOICE_ROLES,
    VOICE_ROLE_RE, without_possessive, SINGULAR_POSSESSIVES,
)

from .compound_references import compound_goes_on
from .context import Context
from .head_voices import head_voice
from .place_governments import place_government
from .references import first_words_of, reference
from .voice_subjects import kind_voice_subject
from .words import DETERMINERS


def voice(text: str, start: int, end: int, words: list[str], mentions: list[Mention],
           ctx: Context) -> tuple[str, str] | None:
    """Resolve `a spokeswoman for the trust`, `its spokesman`, `the council's spokesperson`: the body speaks."""
    joined = " ".join(words)
    if VOICE_ROLE_RE.search(joined) is None:  # no role of a body's voice in the words
        return None
    persons = [m for m in mentions if m.kind == "person"]
    role_at = last_role_at(text, start, end)
    orgs = [m._replace(name=first_words_of(m.name, ctx)) for m in mentions if m.kind == "org"]  # a registered body's
    # opening words are that body (`a spokesperson for Tarnside Healthcare` after `Tarnside Healthcare Ltd`)
    body = _body_read_as_person(persons[-1], ctx) if persons else None
    if body is not None:
        orgs.append(body)  # "a spokesperson for Wyvernhale Healthcare" after "Wyvernhale Healthcare Ltd": the body
    elif persons and (persons[-1].start > role_at or " for " in text[start:persons[-1].start]
                      or persons[-1].title in VOICE_ROLES or _named_after(text, persons[-1], role_at)):
        return ctx.add(persons[-1]), "person"  # "a spokesperson for Mayor Jo Bloggs", "spokesperson Eilis Doran"
    governed = place_government(text, start, end, ctx) if not orgs else None  # "for the Ontario government" (37d)
    governed = governed or (_government_before_role(text, start, role_at, ctx) if not orgs else None)
    name = ctx.add(orgs[-1]) if orgs else governed[0] if governed else _name_before_role(text, start, end, ctx) \
        or _body_after_voice(text, role_at, end, ctx)
    who = (name, ctx.kind_of(name)) if name else None
    kind_body = kind_voice_subject(text, start, words, ctx) if who is None else None
    if kind_body is not None:
        who = ctx.full_org(kind_body), ctx.kind_of(kind_body)  # "Chatterbox pushed back. A company spokeswoman said"
    for index, word in enumerate(words):
        base = without_possessive(word)
        named_head = base in ORG_HEADS and index > 0 and words[index - 1] in DETERMINERS \
            and not compound_goes_on(words, index)  # "for the hospital", not "for the hospital group"
        if who is None and index > 1 and words[index - 1] == "the" and words[index - 2] == "for" \
                and base in ctx.titles and base not in VOICE_ROLES:
            who = ctx.titles[base], "person"  # "a spokesperson for the Minister": the minister the text named
        if who is None and (base in ORG_REFERENCES or base in INSPECTORATE_HEADS or named_head):
            who = reference(words[:index] + [base], ctx)  # "a spokeswoman for the trust"
            who = None if who and who[1] == "unresolved" else who  # "a force spokesperson", no force named
    who = who or _unnamed_voice(words, ctx)
    if who is not None:
        ctx.voice, ctx.speaker_block = who[0], ctx.block  # her "she said" is the body's too
    return who


_VOICE_ARTICLE_RE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?=[A-Z])")
"""An article that belongs to the voice role, not to a government before it (`A Kenyan government spokesperson`)."""


def _government_before_role(text: str, start: int, role_at: int, ctx: Context) -> tuple[str, str] | None:
    """Resolve a government named by a place right before a voice role, as its possessive or as a modifier (`The
    Kelmar government's spokeswoman`, `A Kenyan government spokesperson`): that government speaks (wave 48)."""
    if role_at <= start:
        return None
    words = text[start:role_at].rstrip()
    end = start + len(words) - (2 if words.endswith(SINGULAR_POSSESSIVES) else 0)
    article = _VOICE_ARTICLE_RE.match(text, start, end)
    opening = article.end() if article is not None and article.group().lower().startswith("a") else start
    return place_government(text, opening, end, ctx)


def _named_after(text: str, person: Mention, role_at: int) -> bool:
    """Say whether a titled person's name comes after the voice role, her post before it (`the council's Housing
    Spokesperson Councillor Jo Roe`: Jo Roe speaks, never the council)."""
    return person.title != "" and text.find(person.name, person.start, person.end) > role_at >= 0


def _body_read_as_person(person: Mention, ctx: Context) -> Mention | None:
    """Return a person's mention as the body it is, when its name is a body's the text registered or the opening words
    of one (`Wyvernhale Healthcare` after `Wyvernhale Healthcare Ltd`), with no title; else None."""
    if person.title or ctx.kinds.get(person.name) == "person":
        return None
    body = first_words_of(person.name, ctx)
    return person._replace(name=body, kind="org") if body in ctx.orgs else None


def last_role_at(text: str, start: int, end: int) -> int:
    """Return where the last voice role in text[start:end] starts, -1 if none: `max(text.lower().rfind(role, start,
    end) for role in VOICE_ROLES)`, the text lower-cased once and only up to `end` (not once a role, all of it)."""
    lower = text[:end].lower()
    return max(lower.rfind(role, start, end) for role in VOICE_ROLES)


_VOICE_FOR_NAME_RE = any_script(re.compile(r"[a-z]+\s+(?:for|at)\s+(?:the\s+)?(?P<name>[A-Z][\w&'\u2019\-]*(?:\s+(?:(?:of|for|and|&)\s+)?"
                                r"[A-Z][\w&'\u2019\-]*){0,5})\s*$"))
"""A voice role, `for` or `at`, and a capitalised name ending the words: `a spokesperson for Brevanto`."""


_NAME_LINK_WORDS: frozenset[str] = frozenset("of for and &".split())


def _body_after_voice(text: str, role_at: int, end: int, ctx: Context) -> str | None:
    """Return the capitalised name after `a spokesperson for` as a body, registered (`a spokesperson for Brevanto`,
    `a spokesman for Borough of Kestle`): a voice speaks for a body, whatever its name's form; None for a person."""
    found = _VOICE_FOR_NAME_RE.match(text, role_at, end) if role_at >= 0 else None
    if found is None or classify(found.group("name"), 0) is not None:
        return None  # no name, or one whose words already say what it is (a person's, or a body's found before)
    name = found.group("name")
    common = ROLES | ORG_HEADS | ORG_REFERENCES | NOT_NAMES | _NAME_LINK_WORDS
    if name.split()[0].lower() in SENTENCE_STARTERS or all(w.lower() in common for w in name.split()):
        return None  # "a spokesperson for the Department", "for the Police and Crime Commissioner": a post or a noun
    ctx.register_org(name, "organisation")
    return name


MAX_VOICE_BLOCKS = 3
"""How many paragraphs after a body's spokesperson spoke `the spokesperson` is still that one (a quotation may run on
over a paragraph between them); a person speaking or named in a later paragraph ends the voice sooner."""


def _unnamed_voice(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a spokesperson for no named body: `its spokesman` is the body in focus; `a spokesperson`,
    `a garda spokesperson` keep the text's words, unresolved, rather than a guess."""
    starts = [i for i, w in enumerate(words) if w in DETERMINERS]
    tail = words[starts[-1]:] if starts else words
    if tail[0] == "the" and len(tail) == 2 and ctx.voice and ctx.block - ctx.speaker_block <= MAX_VOICE_BLOCKS:
        return ctx.voice, ctx.kind_of(ctx.voice)  # "A Marl Bank spokesperson said ... The spokesperson said"
    if tail[0] == "the" and len(tail) == 2 and tail[1] in ctx.voice_holders:
        return ctx.voice_holders[tail[1]], "person"  # "the force spokesman, Jo Roe, ... The spokesman said": Jo Roe
    if "its" in words or "their" in words:
        focus = ctx.focus_org()
        return (focus, ctx.kind_of(focus)) if focus else None
    named = _body_of_word(words, ctx)
    if named is not None:
        return named, ctx.kind_of(named)  # "a garda spokesperson" after "An Garda Síochána"
    recent = ctx.recent_body() if tail[0] in ("a", "an") and len(tail) == 2 else None
    if recent is not None:
        return recent, ctx.kind_of(recent)  # "Acme Water hit back. A spokesman said": Acme's spokesman
    phrase = " ".join(words[starts[-1]:] if starts else words[-2:])
    ctx.kinds.setdefault(phrase, "unresolved")
    return phrase, "unresolved"


def _body_of_word(words: list[str], ctx: Context) -> str | None:
    """Return the one body named before whose name holds a modifier of a voice (`a garda spokesperson` for
    `An Garda Síochána`), or the one party the text named (`a party spokesperson`), else None."""
    if "party" in words[:-1]:
        return ctx.resolve_reference("party")
    for word in words[:-1]:
        if len(word) >= 4 and word.isalpha() and word not in DETERMINERS:
            owners = [name for name in ctx.orgs if word in name.lower().split() and name not in ctx.joints]
            if len(owners) == 1:
                return owners[0]
            spoken = {name for name in owners if name in ctx.org_speakers}
            if len(owners) > 1 and len(spoken) == 1:
                return spoken.pop()  # "a St. Adrian spokesperson": the one St. Adrian body that has spoken
    return None


_BEFORE_ROLE_RE = any_script(re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w&\-]*(?:['\u2019]s)?\s+){1,3}?)(?:%s)\b"
                             % "|".join(sorted(VOICE_ROLES))))


def _name_before_role(text: str, start: int, end: int, ctx: Context) -> str | None:
    """Return the body named right before a voice role (`A Pellings spokesman`), registered."""
    match = _BEFORE_ROLE_RE.search(text, start, end)
    if match is None:
        return None
    name = match.group(1).strip()
    if name.lower() in NOT_NAMES:
        return None
    headed = head_voice(name, ctx)
    if headed is not None:
        return headed  # "A University spokesperson" after "Whinfell University": that body (33b)
    return ctx.register_org_once(first_words_of(name, ctx))  # "a Voltaire spokesperson" after "Voltaire Energy"


INDEFINITE_ARTICLES: frozenset[str] = frozenset("a an".split())
"""Articles that bring in someone the text has not named (`A senior police officer`)."""


def titled_person(words: list[str], mentions: list[Mention], ctx: Context) -> tuple[str, str] | None:
    """Resolve an unnamed role (`the council's director of housing`) to the person titled so before; never an indefinite
    one (`A senior police officer said` after `Chief fire officer Jo Roe`: someone new, wave 42d)."""
    if any(m.kind == "person" for m in mentions) or words[0] in INDEFINITE_ARTICLES \
            or words[0] not in DETERMINERS and not words[0].endswith(SINGULAR_POSSESSIVES):
        return None
    for word in words[1:4]:
        if word in ctx.titles:
            return ctx.titles[word], "person"
    return None
