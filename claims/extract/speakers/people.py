"""People and bodies read from a clause: a people phrase, a known name, a role after a body, a body's own people, a
pronoun, the nearest reference."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..dotted_abbreviations import undotted
from ..entities import COUNTRY_ACRONYMS, Mention, head_noun
from ..places import only_place
from ..name_edges import campaign_words
from ..vocabulary import AGE_RE, INSPECTORATE_HEADS, NOT_NAMES, OBJECT_PRONOUNS, ORG_HEADS, PARTY_PRONOUNS, PERSON_PRONOUNS, ROLES, VOICE_ROLES, \
    without_possessive

from .body_traits import common_names, maybe_two_bodies, same_head
from .clauses import TRAILING_BRACKETS_RE
from .bodies_called_it import body_called_it
from .context import Context
from .focus_descriptions import described_person
from .pronoun_gender import pronoun_fits, pronoun_may_fit
from .publishers import published_plural
from .references import reference
from .words import REFERENCE_WORDS, BODY_PEOPLE, COMPANY_WORDS, DETERMINERS, PEOPLE_GROUPS

MAX_PEOPLE_PHRASE_WORDS = 6
"""A group of people named as a subject (`Supporters of the Acme union`) is short."""


def people_phrase(text: str, end: int, words: list[str]) -> bool:
    """Say whether a subject opening with people (`Residents of X`) is a noun phrase that speaks, not a clause that
    did something first (`Residents of X waited 9 hours and said`): short, no figure, not coordinated."""
    coordinated = re.search(r"\s(?:and|but)\s*$", text[max(0, end - 6):end]) is not None
    return not coordinated and len(words) <= MAX_PEOPLE_PHRASE_WORDS and not any(w[:1].isdigit() for w in words)


_DETERMINER_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")


def known_name(raw: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a subject ending in a name the text registered as a body, though no rule reads it as one
    (`River Watch`, which the text called a campaign group)."""
    for size in (3, 2):
        name = without_possessive(" ".join(raw[-size:]))
        if len(raw) >= size and ctx.kinds.get(name) in BODY_KINDS \
                and all(w[:1].isupper() for w in raw[-size:]):
            return name, ctx.kinds[name]
    return None


def before_brackets(text: str, end: int, mentions: list[Mention]) -> list[Mention]:
    """Drop the names in brackets closing a subject after a person (`Cllr Jo Roe (Labour)`): the person speaks."""
    if not text[max(0, end - 8):end].rstrip().endswith(")"):
        return mentions
    brackets = TRAILING_BRACKETS_RE.search(text, max(0, end - 90), end)
    if brackets is None:
        return mentions
    before = [m for m in mentions if m.end <= brackets.start()]
    return before if before and before[-1].kind == "person" else mentions


def role_after_body(text: str, end: int, words: list[str], mentions: list[Mention],
                     ctx: Context) -> tuple[str, str] | None:
    """Resolve a role after a body's name (`the Larkway Transport chairman`): the person titled so, else the
    text's words, unresolved; never the body."""
    if not mentions or mentions[-1].kind != "org" or mentions[-1].possessive or words[-1] in VOICE_ROLES:
        return None
    after = text[mentions[-1].end:end].lower().split()
    if not after or not all(w in ROLES and w not in VOICE_ROLES for w in after):
        return None
    if after[-1] in ctx.titles:
        return ctx.titles[after[-1]], "person"
    article = _DETERMINER_BEFORE_RE.search(text, max(0, mentions[-1].start - 5), mentions[-1].start)
    phrase = " ".join(text[article.start() if article else mentions[-1].start:end].split())
    return described_person(phrase, mentions[-1].start, ctx) \
        or (phrase[:1].lower() + phrase[1:] if article else phrase, "unresolved")  # "The Harbour Party councillor" (53d)


_RELATIVE_ADVERBS: frozenset[str] = frozenset("where when".split())
"""Words opening a relative clause of place or time whose own subject speaks (`..., where a vet found that`)."""


def described(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Keep an unnamed subject in the text's words, unresolved (`In a statement, the city said`, `..., where a vet
    found`): never a guess."""
    if len(words) >= 3 and words[0] in _RELATIVE_ADVERBS:
        raw, words = raw[1:], words[1:]  # "taken to a yard, where a vet found": the vet, after the place's clause
    if len(words) == 1 and words[0] in PEOPLE_GROUPS:
        return raw[0], "unresolved"  # "Analysts said": people, no party
    if len(words) == 2 and words[1] in PEOPLE_GROUPS and words[0].isalpha() and words[0] not in ORG_HEADS \
            and words[0] not in DETERMINERS:
        return " ".join(raw), "unresolved"  # "Opposition parties said": people, no one party
    if not 2 <= len(words) <= 4 or words[0] not in ("the", "a", "an") or words[-1] in ROLES:
        return None
    aged = words[0] != "the" and any(AGE_RE.fullmatch(w) for w in raw[1:])  # "the 58-year-old": the person named
    if not all(plain_word(w) or aged and AGE_RE.fullmatch(w) or at == 1 and place_modifier(w)
               for at, w in enumerate(raw[1:], 1)):
        return None  # a name, a possessive or a figure: not a plain description ("a GP practice" is one)
    return " ".join(raw), "person" if aged else "unresolved"  # "a 58-year-old porter": an age describes a person


def place_modifier(word: str) -> bool:
    """Say whether a word right after a description's article is a country's letters, dotted or not (`UK`, `U.S.`), or
    a place's one-word name (`Lagos`): it only says where the unnamed party is (`A U.S. official`, `The U.K. treasury`,
    wave 68x)."""
    return undotted(word).lower() in COUNTRY_ACRONYMS or word[:1].isupper() and only_place(word)


COMPOUND_RE = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)+")
"""A hyphenated describing word, its first part perhaps a place: `family-run`, `Leeds-based`, `long-standing`."""


def plain_word(word: str) -> bool:
    """Say whether a word of a subject only describes: lower case, a common word, or a hyphenated compound."""
    return (word.isalpha() and (word.islower() or word.lower() in NOT_NAMES)) or COMPOUND_RE.fullmatch(word) is not None


def own_people(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a bare plural for a body's people (`officers say`) to the body the text named them of (`X's planning
    officers`), else None."""
    body = ctx.people_of.get(words[-1]) if len(words) == 1 else None
    return (body, ctx.kind_of(body)) if body is not None else None


def body_people(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `Airport officials`, `council officers`: the body the text names by that head, else the words,
    unresolved (`Council tenants` are no body's people); `Company officials` the company `the company` is (41f)."""
    if len(words) != 2 or words[1] not in BODY_PEOPLE or words[0] not in ORG_HEADS and words[0] not in COMPANY_WORDS:
        return None
    found = ctx.resolve_reference(words[0])
    if found is not None and (words[0] in COMPANY_WORDS and not maybe_two_bodies(found)
                              or same_head(head_noun(found), words[0]) or words[0] in common_names(found)):
        return ctx.full_org(found), ctx.kind_of(found)
    if found is None and not ctx.org_speakers and ctx.last_speaker is None and words[0] in ORG_HEADS \
            and (later := ctx.named_later_by_head(words[0])) is not None:
        return ctx.full_org(later), ctx.kind_of(later)  # a lead's "Council bosses have said", the council named below
    return " ".join(raw), "unresolved"


def lower_case_name(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a body's name written in lower case (`the department for communities said`): the body the text
    named so with capitals, else the text's words, unresolved."""
    starts = [i for i in range(len(words) - 3) if words[i] == "the" and words[i + 1] in ORG_HEADS
              and words[i + 2] in ("for", "of")]
    if not starts or not all(w.isalpha() and w.islower() for w in raw[starts[-1] + 1:]):
        return None
    phrase = " ".join(words[starts[-1] + 1:])
    known = [name for name in ctx.kinds if name.lower() == phrase and ctx.kinds[name] != "unresolved"]
    return (known[0], ctx.kind_of(known[0])) if known else (" ".join(raw[starts[-1]:]), "unresolved")


def nearest_reference(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a reference right before the cue (`after the industry regulator found`) before any name."""
    if words[-1] in ORG_HEADS and words[-1] not in REFERENCE_WORDS:
        return _new_body(raw, words)  # "after an independent regulatory commission found": not a name before it
    if words[-1] not in REFERENCE_WORDS:
        return None
    if words[-1] in INSPECTORATE_HEADS and words[-1].endswith("s"):
        return reference(words[-1:], ctx)  # "... after inspectors found": the inspectorate
    for back in range(2, min(5, len(words) + 1)):
        if words[-back] in DETERMINERS:
            return _campaign_before(raw[:-1], back - 1, ctx) or reference(words[-back:], ctx)
    return None


def _campaign_before(raw: list[str], tail: int, ctx: Context) -> tuple[str, str] | None:
    """Return the campaign a body's noun follows, named by its aim with `the` inside (`The Save the Tarnby Meadows
    group says`: the campaign, never `the Tarnby Meadows group`), registered; None for any other words (51w)."""
    campaign = campaign_words(raw[-tail - 1:]) if tail < len(raw) else None
    if campaign is None:
        return None
    name = " ".join(campaign)
    at = max(ctx.text.find(name), 0)
    name = ctx.add(Mention(at, at + len(name), name, "org"))
    return name, ctx.kind_of(name)


def _new_body(raw: list[str], words: list[str]) -> tuple[str, str] | None:
    """Return a body the text introduces without a name right before a cue (`an independent regulatory commission`), in
    the text's words, unresolved; None when no `a` or `an` opens it within four words."""
    for back in range(2, min(5, len(words) + 1)):
        if words[-back] in ("a", "an"):
            return " ".join(raw[-back:]), "unresolved"
        if words[-back] in DETERMINERS:
            return None
    return None


def kind(mention: Mention, ctx: Context) -> str:
    """Return the speaker kind of a registered mention."""
    return "person" if mention.kind == "person" else ctx.kind_of(ctx.full_org(mention.name))


def relative_opening(raw: list[str], words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a sentence that opens with `Which` as its whole subject (`... on Monday. Which shows that:`): it goes
    on from the sentence before, so `which` means what `it` would; the text's word, unresolved, when nothing does."""
    if raw != ["Which"]:
        return None  # `a ward, which admitted ...`: a relative clause inside a sentence is no subject of its own
    meant = pronoun(["it"], ctx)
    return meant if meant is not None and meant[0] != "it" else (raw[0], "unresolved")


RECORDING_KINDS: frozenset[str] = frozenset(("inspectorate", "document"))
"""Kinds of a subject whose `It` may open the next paragraph: an inspectorate that visited, a document published."""


def pronoun(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `he`, `she`, `it`, `they` at the end of the subject, the same pronoun as an object alone (`According to
    him,`), and `I` in a statement its header says a person made (`Made by: X`)."""
    last = OBJECT_PRONOUNS.get(words[-1], words[-1]) if len(words) == 1 else words[-1]
    if last == "i" and len(words) == 1 and ctx.header_voice:
        return ctx.header_voice, ctx.kind_of(ctx.header_voice)  # "I concluded that" in a statement `Made by: X` (22a)
    unnamed = ctx.unnamed_person() if last in PERSON_PRONOUNS else None
    if unnamed is not None:
        return unnamed, "unresolved"  # "One parent said ... She said": the same parent, no one named
    person = ctx.person_for_pronoun() if last in PERSON_PRONOUNS else None
    opener = ctx.sentence_opener() if person is not None and person == ctx.last_person != ctx.last_speaker \
        and len(words) == 1 else None
    if opener is not None and pronoun_may_fit(ctx, opener, last):
        person = opener  # "Jo Roe, for the board, asked for Dr Hale to be struck off. He told the panel": Roe (47w)
    if person and person != ctx.voice and (" and " in person or not pronoun_fits(ctx, person, last)):
        return last, "unresolved"  # "Jo Roe ... He said ... [Ann Lee, unread] She said": never Roe; never a pair
    if person:
        return person, "person" if person != ctx.voice else ctx.kind_of(person)
    pair = ctx.last_speaker_words or ""
    if last == "they" and ctx.last_kind == "person" and " and " in pair:
        return pair, "person"  # "Jo Roe and Tim Ash said ... They said": the two of them
    if last == "they" and ctx.last_kind not in BODY_KINDS:
        group = ctx.last_speaker_words if ctx.last_kind == "unresolved" and ctx.last_speaker_words else ""
        if group.split()[-1:] and group.split()[-1].lower() in PEOPLE_GROUPS:
            return group, "unresolved"  # "Opposition councillors said ... They said": the same people
        return last, "unresolved"  # "they" after a person or a group: people, not a body we can name
    if last == "it" and ctx.last_kind == "document" and ctx.last_document:
        return ctx.last_document, "document"  # "A survey found ... It concluded that": the survey
    if last == "it" and len(words) == 1 and ctx.document_voice and _voice_reaches(ctx.document_voice, ctx.block):
        return ctx.document_voice[:2]  # "X sold 900 boilers, the report says. [//] It adds": the report's (32c, 49w)
    source = _source_after_subject(ctx) if last == "it" and len(words) == 1 else None
    if source is not None:
        return source, ctx.kind_of(source)  # "X now charges £40, according to the union. It estimates": the union's
    if last == "it" and len(words) == 1 and ctx.subject and ctx.subject[1] == ctx.block:
        return ctx.subject[0], ctx.kind_of(ctx.subject[0])  # the body that opened the sentence before
    if last == "it" and len(words) == 1 and ctx.subject and ctx.subject[1] == ctx.block - 1 \
            and ctx.kinds.get(ctx.subject[0]) in RECORDING_KINDS:
        return ctx.subject[0], ctx.kind_of(ctx.subject[0])  # "The Inspectorate visited X. // It found": its (43j)
    if last == "they" and len(words) == 1 and ctx.subject and ctx.subject[1] == ctx.block \
            and ctx.kinds.get(ctx.subject[0]) in BODY_KINDS \
            and published_plural(ctx, ctx.subject[0]):
        return ctx.subject[0], ctx.kind_of(ctx.subject[0])  # "X published its projections. They show": X's
    body = body_called_it(ctx) if last == "it" else None
    if body is not None:
        ctx.kinds[body] = "organisation"  # a body from here on: `it` said so
        ctx.called_it.add(body)  # and in its earlier rows too (attribution.blocks)
        return body, "organisation"  # "Westmoor Lettings said ... It said": no person is `it` (26d)
    if last in PARTY_PRONOUNS:
        focus = ctx.focus_org()
        if focus and ctx.other_org:
            return last, "unresolved"
        if focus and not ctx.org_speakers and ctx.last_org and ctx.last_org != focus:
            return last, "unresolved"
        return (focus, ctx.kind_of(focus)) if focus else (last, "unresolved")
    return None


def _voice_reaches(voice: tuple[str, str, int], block: int) -> bool:
    """Say whether a document that just spoke is what `it` means in this paragraph: its own, or the next when it was
    read as a named party (`The report, written by X, says A. // It also found`), never as its own words (`the
    exchange said A. // '...,' it said` is no document's, wave 49w)."""
    return voice[2] == block or voice[2] == block - 1 and voice[1] != "unresolved"


def _source_after_subject(ctx: Context) -> str | None:
    """Return the body that last spoke in this paragraph when the sentence before opened on another body and was that
    body's claim (`X now charges £40, according to the union. It estimates ...`, wave 45a): the source, not the body
    its claim is about, goes on speaking."""
    if ctx.subject is None or ctx.subject[1] != ctx.block or ctx.org_block != ctx.block or not ctx.org_speakers \
            or ctx.last_kind not in BODY_KINDS or ctx.other_org:
        return None  # "The union said A. However, the board hit back. It said": the board, named since the union spoke
    source = ctx.org_speakers[-1]
    return source if source != ctx.subject[0] and ctx.last_speaker_words == source else None
