"""A bare name as the speaker: a named person or body, with time phrases, fillers and adjectives around it set aside."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..descriptions import links_to_employer
from ..entities import names_people_by_post, Mention
from ..joined_predicates import is_participle
from ..plural_groups import plural_common_noun
from ..name_edges import DESCRIPTION_RE, PLACE_DESCRIPTION_RE
from ..title_nouns import is_common_noun
from ..vocabulary import (
    BODY_PEOPLE, INSPECTORATE_HEADS, LEGAL_ROLES, NATIONALITIES, NOT_NAMES, ORG_HEADS, ORG_REFERENCES, PREPOSITIONS, ROLES,
    SENTENCE_STARTERS, WEEKDAYS, load_words, without_possessive,
)

from .context import Context
from .defined_terms import defined_person
from .force_people import FORCE_PEOPLE
from .described_names import past_described_kind
from .letter_kinds import letters_kind
from .references import first_words_of, reference
from .side_nouns import ANSWERING_WORDS
from .people import kind
from .words import COMMON_NOUNS, REFERENCE_WORDS, DETERMINERS, FILLER_WORDS, PEOPLE_GROUPS

RELATIVE_NOUNS: frozenset[str] = load_words("relative_nouns")
"""A person's relatives after their possessive name (`Mr Dyson's family`): the relatives speak, not the person."""
_FOR_A_PERSON: frozenset[str] = RELATIVE_NOUNS | LEGAL_ROLES
"""People who speak for a person named in the possessive: relatives, friends, neighbours, and the person's lawyers
(`Mr Scorton's solicitor`, `Jo Roe's defence barrister`; wave 20a)."""
CASE_PARTIES: frozenset[str] = load_words("case_parties")
"""A case's sides named by their part (`The Complainant`, `the Applicant`): one side, unnamed (wave 21a)."""
_SPEAKS_FOR_WORDS = 3
"""How many words after the possessive name may end in such a noun (`Mr Roe's defence barrister`: a modifier first)."""
_SPEAKS_FOR_SPAN = 60
"""How many characters after the possessive name those words are read from."""


def named(mentions: list[Mention], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve the name nearest the cue; a possessive before a role (`Acme's chief executive`) names nobody."""
    if not mentions:
        return None
    last = mentions[-1]
    if last.possessive and last.kind == "person" and words[-1] in _FOR_A_PERSON:
        between = ctx.text[last.end:last.end + _SPEAKS_FOR_SPAN].split()
        at = next((i for i, w in enumerate(between[:_SPEAKS_FOR_WORDS]) if w.lower() == words[-1]), -1)
        if at >= 0 and all(w.isalpha() and w.islower() for w in between[:at]):  # "Mr Dyson's family said": the
            return f"{ctx.text[last.start:last.end]} {' '.join(between[:at + 1])}", "person"  # family; his solicitor
    if last.possessive and words[-1] in ROLES:
        return None
    if " " not in last.name and last.kind == "org" and last.name.lower() in ORG_REFERENCES | INSPECTORATE_HEADS:
        return reference([last.name.lower()], ctx)  # "Inspectors said", "The Trust said"
    if last.kind == "org" and (employee := employee_before(mentions, ctx.text)) is not None:
        return ctx.add(employee), "person"  # "analyst Grace Oduya of Penfold Brokers said"
    employer = len(words) > 2 and words[0] in PEOPLE_GROUPS and words[1] in ("at", "from", "of")
    if employer and last.kind == "person" and ctx.kinds.get(last.name, "organisation") != "person":
        last = last._replace(kind="org")  # "Analysts at Peel Hunt": people at a body, not a person
    name = ctx.add(last)
    if employer:
        ctx.commentators.add(name)  # "Analysts at Peel Hunt": a commentator, never `the company`
    if ctx.kinds.get(name) in BODY_KINDS:
        return name, ctx.kinds[name]  # "Bus Workers Local 40, which represents drivers": a body after all
    return name, kind(last, ctx)


def employee_before(mentions: list[Mention], text: str) -> Mention | None:
    """Return the person named right before the body nearest the cue as working or speaking for it (`Grace Oduya of
    Penfold Brokers`, `Jo Roe for the World Food Programme (WFP)`: the body's acronym in brackets after it), else None."""
    at = len(mentions) - 1
    if at >= 2 and text[mentions[at - 1].end:mentions[at].start] == " (" and mentions[at - 1].kind == "org":
        at -= 1  # "the World Food Programme (WFP)": the body and its acronym
    person = mentions[at - 1] if at >= 1 else None
    if person is None or person.kind != "person" or not links_to_employer(text[person.end:mentions[at].start]):
        return None
    return person


REFERENCE_OR_HEAD: frozenset[str] = REFERENCE_WORDS | ORG_HEADS
"""The common nouns before a bare name (`the union Unify`), joined once (not for every word read)."""
COMMON_OR_PEOPLE: frozenset[str] = COMMON_NOUNS | PEOPLE_GROUPS
"""Words that make capitalised words no bare name (`Residents`), joined once (not for every word read)."""
COMMENTATOR_GROUPS: frozenset[str] = load_words("commentator_groups")
"""A firm's commentators before `at` and its name (`Analysts at X`): X is the body they speak for (wave 29h)."""


def past_commentators(raw: list[str]) -> list[str]:
    """Return the words past a firm's commentators and `at`, `with` or `from` (`Analysts at Tallowmere` ->
    `Tallowmere`); the words unchanged when no such commentators open them."""
    if len(raw) > 2 and raw[0].lower() in COMMENTATOR_GROUPS and raw[1] in ("at", "with", "from"):
        return raw[2:]
    return raw


def bare_name(text: str, start: int, end: int, words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a subject that is only a capitalised name without a head noun: `Brightway said`."""
    raw = text[start:end].split()
    raw = raw[1:] if len(raw) > 2 and raw[0].lower().rstrip(",") in ANSWERING_WORDS else raw  # "But the group X said"
    while raw and (raw[0].lower() in DETERMINERS or raw[0].islower() and raw[0] in REFERENCE_OR_HEAD):
        raw = raw[1:]  # "the union Unify said": the name after the common noun
    raw = past_described_kind(raw)  # "the consumer group Fairbasket said": the name after its described kind (26e)
    commented = past_commentators(raw)  # "Analysts at Tallowmere said": the firm they speak for (29h)
    commenting = len(commented) < len(raw) and commented[0][:1].isupper()
    raw = commented if commenting else raw
    raw = _without_time_phrase(raw)
    national = national_force(raw, ctx)
    if national is not None:
        return national  # "Malaysian police said": the force named before, else the text's words (47f)
    raw = _without_adjectives(raw)
    while raw and (DESCRIPTION_RE.fullmatch(raw[0]) or PLACE_DESCRIPTION_RE.fullmatch(raw[0])):
        raw = raw[1:]  # "the Leeds-based pharmacy said": a description, no name (19d: `pharmacy` is a head now);
        # "Mass.-based Lifespan said": a place abbreviated with its full stops (55e)
    kind_word = raw.pop() if len(raw) > 1 and raw[-1] in _KIND_WORDS else ""  # "the Unite union said"
    if not 1 <= len(raw) <= 3 or not all(w[0].isupper() for w in raw):
        return None
    trade = ctx.trade_body(raw[0]) if len(raw) == 1 else None
    if trade is not None:
        return trade, ctx.kind_of(trade)  # "Corran said" after "Corran Valves", a trade's body (32g)
    known = ctx.full_person(" ".join(raw))
    if known != " ".join(raw) and " " in known:
        return known, "person"  # "Do said", "Chief Do" after "Minh Do": a family name that is also a title
    if any(w.lower().strip("\u2019'") in COMMON_OR_PEOPLE or w.lower() in ROLES for w in raw):
        return None
    if len(raw) == 1 and plural_common_noun(raw[0], text):
        return raw[0], "unresolved"  # "Bosses also said": a body's people (42f); "Vets say": many, no body named (22d)
    if len(raw) == 1 and raw[0].lower().rstrip("s") in ORG_HEADS:
        return None  # "Union warns": a bare head noun names no body
    if len(raw) == 1 and _common_word_made(text, end, raw[0]):
        return None  # "Work published in X found": a thing made, its capital the sentence's (67x)
    party = defined_person(text, raw[0]) if len(raw) == 1 else None
    if party is not None:
        return ctx.full_person(party), "person"  # 'Orrin Roe ("the Athlete") ... The Athlete said': him (22a)
    if len(raw) == 1 and (names_people_by_post(raw[0]) or raw[0].endswith("s") and raw[0].lower() in BODY_PEOPLE
                          or without_possessive(raw[0]).lower() in CASE_PARTIES):
        return raw[0], "unresolved"  # "Investigators estimate": people by their post, no body named; "The Complainant"
    if text[end:end + 1] == ":":
        return None  # "Correction:", "Update:": a label before a paragraph, not a name
    name = without_possessive(" ".join(raw))
    if ctx.full_person(name) != name:
        return ctx.full_person(name), "person"  # "Ameh said" after "Gloria Ameh"
    name = first_words_of(name, ctx)
    if name not in ctx.kinds:
        ctx.register_org(name, letters_kind(name, ctx))  # "The FCA found": the Financial Conduct Authority's kind
    elif ctx.kinds[name] == "organisation":
        ctx.kinds[name] = letters_kind(name, ctx)  # letters read before the text spelled out whose they are
    if kind_word:
        ctx.also_called(name, kind_word)  # "the Unite union": later "the union" is Unite
    if commenting:
        ctx.commentators.add(name)  # "Analysts at Tallowmere": a commentator, never `the company` (as `named` reads)
    ctx.last_org = name
    return name, ctx.kind_of(name)


def _common_word_made(text: str, end: int, word: str) -> bool:
    """Say whether a one-word subject is only a common word, never written with a capital inside a sentence of the
    text (only as a sentence's first), a past participle and a preposition right after it (`Work published in X
    found`): a thing made, never a body; `Trackway accepted that` after `said Trackway` and `Unison accused the trust`
    (a past verb with its object) stay the body's."""
    following = text[end:end + 40].split(None, 2)
    return len(following) > 2 and is_participle(following[0]) and following[1] in PREPOSITIONS \
        and is_common_noun(word) and re.search(rf"[^\s.!?:\"'\u201c\u2018][ \t]+{re.escape(word)}\b", text) is None


_TIME_LEADS: frozenset[str] = frozenset("late early earlier later".split())


def _without_time_phrase(raw: list[str]) -> list[str]:
    """Drop a day between a name and its verb (`Acme on Friday said`, `Acme late on Monday reported`)."""
    if len(raw) < 3 or raw[-2] != "on" or raw[-1].lower().strip(",") not in WEEKDAYS:
        return raw
    return raw[:-3] if len(raw) > 3 and raw[-3] in _TIME_LEADS else raw[:-2]


_KIND_WORDS: frozenset[str] = REFERENCE_WORDS | ORG_HEADS
"""Lower-case nouns after a bare name that say what kind of body it is (`the Unite union`)."""
_ADJECTIVES: frozenset[str] = NOT_NAMES | SENTENCE_STARTERS
"""Capitalised words before a bare name that are not part of it (`Rival`, `Irish`)."""


def national_force(raw: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a force's officers after a nationality (`Malaysian police`, `Irish gardaí`) to the police body the text
    named, else keep the words, unresolved: a nationality never speaks on its own (wave 47f); None for other words."""
    if len(raw) != 2 or raw[1] not in FORCE_PEOPLE or not raw[0][1:].islower() \
            or raw[0].lower() not in NOT_NAMES and raw[0].lower() not in NATIONALITIES:
        return None
    force = ctx.resolve_reference("police") or ctx.resolve_reference("force")
    return (force, ctx.kind_of(force)) if force else (" ".join(raw), "unresolved")


def _without_adjectives(raw: list[str]) -> list[str]:
    """Drop the filler after a bare name and the capitalised adjectives before it (`Rival Skyway also`)."""
    while raw and raw[-1].lower() in FILLER_WORDS:
        raw = raw[:-1]
    while len(raw) > 1 and raw[0].lower() in _ADJECTIVES and raw[0][1:].islower():
        raw = raw[1:]
    return raw
