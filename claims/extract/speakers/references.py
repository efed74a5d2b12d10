"""A reference word read against what the text has named (`the firm`, `the regulator`, `inspectors`, `the mayor`,
`Carrow` for `Carrow Athletic`): the body or person it means, or the text's own words for a party never named."""
from __future__ import annotations

import re

from ...model import BODY_KINDS
from ..bodies import another_party_so_called
from ..company_forms import without_cut_names
from ..entities import Mention, bodies_called, head_noun
from ..groups import singular
from ..owned_unit_names import UNIT_NOUNS
from ..bodynames import COUNTRY_NAMES
from ..vocabulary import (
    INSPECTORATE_HEADS, ORG_HEADS, ORG_REFERENCES, PLACE_WORDS, POSSESSIVE_ENDINGS, REGION_WORDS, SINGULAR_POSSESSIVES,
    load_words, without_possessive,
)

from .based_bodies import based_body
from .body_traits import ONE_COMPANY_WORDS, same_head
from .context import Context
from .described_bodies import described_body
from .county_names import county_before
from .described_leads import lead_body
from .epithets import epithet_party
from .examination_makers import examination_makers, sole_examiner
from .headless_bodies import headless_body
from .letter_kinds import stands_for
from .spelled_letters import LETTERS_RE
from .lettered_bodies import lettered_body_in_focus
from .inspection_agents import sole_inspector
from .named_endings import reference_by_ending
from .place_councils import place_council
from .post_bodies import body_of_post
from .regulating_bodies import regulating_body
from .remit_offices import DESCRIBED_HEADS, REMIT_POSTS, described_holder
from .report_inspectors import report_author
from .sole_bodies import sole_body_so_far
from .turn_bodies import body_for_reference
from .words import COMPANY_WORDS, DETERMINERS, GENERIC_REFERENCES


KIND_ADJECTIVES: frozenset[str] = load_words("kind_adjectives")
"""Adjectives that say what kind a referenced body is, never which (`the nonprofit health system`)."""
OWNING_COMPANY_WORDS: frozenset[str] = load_words("owning_company_words")
"""Words that make `its ... company` another company than the one the text names (`its parent company`, wave 45d)."""
OWNER_PRONOUNS: frozenset[str] = frozenset({"its", "their"})
"""Possessive pronouns before such a company (`its parent company`): the firm it refers back to owns no voice here."""
FIELD_COMPANY_WORDS: frozenset[str] = frozenset({"operator"})
"""Company nouns whose describing word names what the company runs (`the grid operator`, `the ferry operator`): a
named company whose name lacks that word is another operator than the one meant (wave 45d)."""
PANEL_MODIFIERS: frozenset[str] = load_words("panel_modifiers")
"""Words that make a `group` a panel that examines or advises (`the inquiry group`), never a company (wave 20d)."""


def place_possessive(word: str) -> bool:
    """Say whether a word is a country's or a place's possessive (`scotland's`, `wales'`), which stands where a
    reference's article would (`Scotland's public water provider` is the water provider of the text, wave 47d)."""
    if not word.endswith(POSSESSIVE_ENDINGS):
        return False
    stem = word[:-2] if word.endswith(SINGULAR_POSSESSIVES) else word[:-1]
    return stem in COUNTRY_NAMES or stem in PLACE_WORDS or stem in REGION_WORDS


def _based_reference(words: list[str], ctx: Context) -> str | None:
    """Return the one body the text names after `<place>-based` when a reference is so described (`the Kelvale-based
    firm`), registered, else None (wave 47g)."""
    place = next((w.removesuffix("-based") for w in words[first_determiner(words):-1] if w.endswith("-based")), "")
    found = based_body(ctx.text, place) if place.isalpha() else None
    return None if found is None else ctx.add(Mention(found[1], found[2], found[0], "org"))


def first_determiner(words: list[str]) -> int:
    """Return where the last noun phrase of words starts (its last determiner)."""
    return max((i for i, w in enumerate(words) if w in DETERMINERS), default=0)


def reference(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve `the firm`, `the regulator`, `inspectors`, `the department store chain`: a body named before; a
    reference a place's possessive opens and nothing else resolves is read with `the` in its stead; one still
    unresolved is the party the text described so (`X, an independent thinktank,`), if one (wave 67u)."""
    found = _reference(words, ctx)
    if (found is None or found[1] == "unresolved") and len(words) >= 3 and place_possessive(words[0]):
        read = _reference(["the", *words[1:]], ctx)  # "Scotland's public ferry operator": `the` ferry operator
        if read is not None and read[1] != "unresolved":
            return read
    if found is None or found[1] == "unresolved":
        return epithet_party(words, ctx) or found  # "X, an independent thinktank, said ... The thinktank said": X
    return found


def _reference(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """Resolve a reference as written (`reference`'s reading)."""
    last = without_possessive(words[-1])
    if len(words) >= 2 and words[-2] in DETERMINERS and last in ctx.titles:
        return ctx.titles[last], "person"  # "the mayor said"
    holder = described_holder(ctx.text, " ".join(words[first_determiner(words):])) \
        if last in DESCRIBED_HEADS or last in REMIT_POSTS else None
    if holder is not None:
        holder = ctx.full_person(holder)
        ctx.kinds.setdefault(holder, "person")
        return holder, "person"  # "the ports and shipping watchdog": the Chief Inspector of Ports and Shipping (40h)
    named_by_head = last in ORG_HEADS and len(words) >= 2 and words[-2] in DETERMINERS  # "the union"
    if last == "group" and PANEL_MODIFIERS.intersection(words[-4:-1]):
        return " ".join(words[first_determiner(words):]), "unresolved"  # "the inquiry group found": a panel, no firm
    described = lead_body(words[first_determiner(words):], ctx)
    if described is not None:
        return ctx.full_org(described), ctx.kind_of(described)  # "..., a youth justice charity has said": named next
    if last in COMPANY_WORDS and len(words) >= 3 and words[-2] in OWNING_COMPANY_WORDS and words[-3] in OWNER_PRONOUNS:
        return " ".join(words[-3:]), "unresolved"  # "Its parent company reported": another firm, never named (45d)
    if last in COMPANY_WORDS and _indefinite_phrase(words):
        return " ".join(words[first_determiner(words):]), "unresolved"  # "an outside forensic firm": a new party
    if not (last in ORG_REFERENCES or last in INSPECTORATE_HEADS or named_by_head
            or (len(words) <= 3 and ctx.resolve_reference(last))
            or last in UNIT_NOUNS and owned_unit_words(words, ctx.text) is not None):  # "the borough's housing unit"
        return None
    based = _based_reference(words, ctx)
    if based is not None:
        return based, ctx.kind_of(based)  # "Kelvale-based Tallow Pharma Ltd ... the Kelvale-based firm" (47g)
    found = sole_examiner(last, ctx) or ctx.resolve_reference(last)  # "an evaluation conducted by X": X examined
    if found is not None and found.lower().removeprefix("the ") == last and found.islower() \
            and last in INSPECTORATE_HEADS:
        found = ctx.focus_org("inspectorate")  # "after inspectors found" kept unresolved is no body: Estyn spoke (23b)
    modifiers = [w for w in words[-3:-1] if w not in DETERMINERS and w.isalpha()
                 and w not in KIND_ADJECTIVES] \
        if words[-2:-1] != ["the"] else []  # "a decision the district": no word of the phrase before `the`
    if found and modifiers and (last not in COMPANY_WORDS or last in FIELD_COMPANY_WORDS) and not _head_is(head_noun(found), last) \
            and not all(_name_holds(found, m) for m in modifiers) and ctx.linked_body(last) != found \
            and not _examiner_of_field(last, found, ctx):
        found = None  # "the county health department" is not "Ridgefield County"
    if found is None and modifiers and last in GENERIC_REFERENCES:
        found = _named_by_modifiers(modifiers, ctx)  # "the nonprofit health system": the one body named `Health`
    kind = "inspectorate" if last in INSPECTORATE_HEADS or last in ("regulator", "watchdog") else None
    ending = reference_by_ending(words, found, ctx) if not kind and last in ORG_HEADS and last not in COMPANY_WORDS \
        else None
    if ending is not None:
        return ending  # "the police department" beside a state's Department: the one X Police Department (53e)
    if found is None and kind:
        found = ctx.named_later("inspectorate") or _inspecting_body(ctx) \
            or (_regulating_body(ctx) if last in EXAMINER_NOUNS else None) \
            or (_as_inspectorate(report_author(ctx.text), ctx) if last == "inspectors" else None)
        # "Ofrail approved it. The regulator said"; "A report by X ... inspectors highlighted": X (54d)
    if found is None and not kind and last in ORG_HEADS and last not in COMPANY_WORDS and "a" not in words[-4:] \
            and not another_party_so_called(ctx.text, last, ctx.orgs):
        found = ctx.named_later_by_head(last)  # "Wales' most troubled health board has said", named below
    if found is None and last in ONE_COMPANY_WORDS and len(words) == 2 and words[0] == "the" \
            and len(bodies_called(ctx.text, last)) < 2:  # "the X group and the Y group ... the group": either
        found = ctx.only_company_named()  # "The company said ... at Acme": the one company the text names
    if found is None and len(words) == 2 and words[0] == "the":
        found = sole_body_so_far(last, ctx)  # "Calls to the X Trust rose, the organisation said": X (wave 40j)
    if found is not None:
        if kind and ctx.kinds.get(found) == "organisation" and found not in ctx.org_speakers[-1:]:
            ctx.kinds[found] = kind  # "the regulator" tells what the body named before is
        found = stands_for(found, ctx) or found  # "the DPO said ... the watchdog said": the Data Protection Office
        full = ctx.full_org(found)
        full = body_of_post(full, last, ctx.orgs) or full  # "Director of the X Museum ... the museum said": X itself
        return full, kind if kind and found not in ctx.kinds else ctx.kind_of(found)
    turn = body_for_reference(last, ctx) if not kind and last in ORG_REFERENCES and last not in COMPANY_WORDS \
        and words[-2:-1] == ["the"] else None
    turn = turn or (described_turn(last, ctx) if not kind and _describing_modifier(words, ctx)
                    and not _institution_governors(words, ctx) else None)
    if turn is None and not kind and words[-2:-1] == ["the"] and last in ORG_HEADS and last not in ORG_REFERENCES:
        turn = lettered_body_in_focus(last, ctx)  # "The KVLA said ... the union said": letters hide the head
    if turn is None and not kind and words[-2:-1] == ["the"] and (last in ORG_REFERENCES or last in ORG_HEADS):
        turn = headless_body(last, ctx)  # "A Quenvale spokesman said ... the club said": the one body with no head
    if turn is not None:
        return ctx.full_org(turn), ctx.kind_of(turn)  # "NRE said ... The agency said": the body in focus
    described = described_body(last, ctx) if words[-2:-1] == ["the"] and last in ORG_HEADS else None
    if described is not None:
        return described, kind or ctx.kind_of(described)  # "fined by an independent commission ... the commission said"
    sole = ctx.sole_body_of_head(last) if not kind and words[-2:-1] == ["the"] else None
    if sole is not None:
        return ctx.full_org(sole), ctx.kind_of(sole)  # "X Retirement System ... the fund said": the text's one body
    county = county_before(ctx.text, _reading_start(ctx)) if last == "county" and words[-2:-1] == ["the"] \
        and not kind else None
    if county is not None:
        return ctx.add(county), "organisation"  # "X County's health administrator ... the county announced" (61r)
    owned = owned_unit_words(words, ctx.text) if last in UNIT_NOUNS else None
    if owned is not None:
        return owned, kind or "unresolved"  # "the borough's parks department": the unit, in the text's words (42b)
    council = place_council(words, ctx.text, _reading_start(ctx)) if not kind else None
    if council is not None:
        return ctx.add(council), "organisation"  # "Kelby council has said": the council of that place (62f)
    head = len(words) - 1
    while head > 0 and words[head - 1] not in DETERMINERS and len(words) - head < 4:
        head -= 1
    if head == 0 or words[head - 1] not in DETERMINERS:
        return last, kind or "unresolved"  # "after inspectors said": only the noun
    return " ".join(words[head - 1:]), kind or "unresolved"  # "the retailer", never named: the text's words


def _reading_start(ctx: Context) -> int:
    """Return where the sentence being read starts (the text's end when none is being read)."""
    return ctx.readings[0][0][0] if ctx.readings else len(ctx.text)


DESCRIBED_REFERENCES: frozenset[str] = GENERIC_REFERENCES | {"agency", "tank"}
"""References a describing word may qualify and still mean the body in focus (`the professional body`, `the state
agency`, `the think tank`)."""


def _describing_modifier(words: list[str], ctx: Context) -> bool:
    """Say whether a reference is `the`, one describing word and a noun that fits any body (`the professional body`,
    `The State body`, `the statistics body`), the word naming no body the text has named (wave 21b)."""
    return len(words) >= 3 and words[-3] == "the" and words[-1] in DESCRIBED_REFERENCES and words[-2].isalpha() \
        and not any(words[-2] in name.lower().split() for name in ctx.orgs)


GOVERNED_HEADS: frozenset[str] = load_words("governed_heads")
"""Heads of an institution with governors of its own (`data/governed_heads.txt`): a school, a college, a hospital."""


def _institution_governors(words: list[str], ctx: Context) -> bool:
    """Say whether `the governing body` follows an institution that has one (`X Primary School ... The governing body
    told us`): its governors, a party described only, never the school itself (wave 50f)."""
    if words[-2:] != ["governing", "body"]:
        return False
    body = ctx.recent_body() or ctx.subject_before()
    return body is not None and head_noun(body).lower() in GOVERNED_HEADS


def _name_holds(name: str, modifier: str) -> bool:
    """Say whether a body's name holds a reference's describing word, or its plural (`ferry` in `X Ferries`)."""
    return modifier in name.lower() or any(singular(word) == modifier for word in name.lower().split())


def _head_is(head: str, word: str) -> bool:
    """Say whether a body's head is the reference's own noun, or a synonym the text does not qualify: `the state
    agency` is no `X Department` it names unless the text calls it so in its own words (wave 21b)."""
    return same_head(head, word) and (head.rstrip("s") == word.rstrip("s") or word not in NEW_SYNONYM_NOUNS)


NEW_SYNONYM_NOUNS: frozenset[str] = frozenset({"agency", "tank", "co-op"})
"""References whose synonyms (wave 21b) hold only without a describing word before them."""


def described_turn(noun: str, ctx: Context) -> str | None:
    """Return the body whose turn a described reference continues (`according to an analysis by the X Association.
    The professional body estimated`): the one that spoke in this paragraph or the one before with no other body
    named since (wave 21b), else the body that opened the sentence before (`X has apologised ... The exam board
    confirmed`, 49g), when its head fits the noun or the noun fits any body; else None."""
    body = ctx.recent_body() or ctx.subject_before()
    if body is None or ctx.kinds.get(body) not in BODY_KINDS:
        return None
    head = head_noun(body)
    return body if noun in GENERIC_REFERENCES or same_head(head, noun) or noun == "agency" and head in AGENCY_HEADS \
        else None


AGENCY_HEADS: frozenset[str] = frozenset("department ministry administration".split())
"""Heads of public bodies a described `agency` may mean when one of them has just spoken (`according to the Kentucky
Department for Public Health. ..., the state agency said`)."""


def _named_by_modifiers(modifiers: list[str], ctx: Context) -> str | None:
    """Return the one body the text has named whose name holds every modifier of a generic reference (`health` of
    `the nonprofit health system`: `Prairie Bend Health`), else None (wave 19b)."""
    bodies = [name for name in ctx.orgs if ctx.kinds.get(name) in BODY_KINDS
              and all(modifier in name.lower().split() for modifier in modifiers)]
    return bodies[0] if len(bodies) == 1 else None


def _inspecting_body(ctx: Context) -> str | None:
    """Return the one body the text shows inspecting (`Ofwire inspectors`, `an Ofgem investigation`, `an inspection
    by Ofwire`, `Ofwire has downgraded`), registered as the inspectorate, when the text names no inspectorate
    otherwise; none when the text names another body as having carried out examining work (`A review conducted by
    Y`), since then two bodies examined."""
    body = sole_inspector(ctx.text)
    if body is not None and any(maker.name != body.name for maker in examination_makers(ctx.text).values()):
        return None
    return _as_inspectorate(body, ctx)


def _as_inspectorate(mention: Mention | None, ctx: Context) -> str | None:
    """Register a body the text shows examining as the inspectorate and return its name; None for no body."""
    if mention is None:
        return None
    name = ctx.add(mention)
    ctx.kinds[name] = "inspectorate"
    return name


EXAMINER_NOUNS: frozenset[str] = frozenset({"regulator", "watchdog"})
"""References that mean whichever body regulates, whatever its field (`the data watchdog`, `the rail regulator`)."""


def _examiner_of_field(noun: str, found: str, ctx: Context) -> bool:
    """Say whether a reference with a field before it (`the data watchdog`) means an inspectorate the text has named:
    a regulator's field is no part of its name (wave 29e)."""
    return noun in EXAMINER_NOUNS and ctx.kinds.get(found) == "inspectorate"


def _regulating_body(ctx: Context) -> str | None:
    """Return the one body the text shows regulating (`Ofrail approved`, `X, which regulates`), registered as the
    inspectorate, when no other rule found the regulator (wave 29e)."""
    return _as_inspectorate(regulating_body(ctx.text), ctx)


def _indefinite_phrase(words: list[str]) -> bool:
    """Say whether the last noun phrase is `a` or `an` with a describing word (`an outside law firm`): a new party."""
    first = first_determiner(words)
    return words[first] in ("a", "an") and 3 <= len(words) - first <= 5  # "a company [spokesman]" is the company's


def first_words_of(name: str, ctx: Context) -> str:
    """Return the one body registered whose name starts with a short name (`Carrow said` after `Carrow Athletic`),
    or of several such the one that has spoken, else the short name; letters the text gave a body in brackets are
    that body (`a VA spokesperson` after `the Department of Veterans Affairs (VA)`), never one whose name opens on them
    (`VA Office of Inspector General`)."""
    if name in ctx.kinds:
        return name
    given = ctx.full_org(name) if LETTERS_RE.fullmatch(name) else name
    if given != name:
        return given
    longer = [known for known in ctx.orgs if known.startswith(name + " ") and ctx.kinds.get(known) != "unresolved"]
    longer = without_cut_names(longer)  # "X Motors", cut from "X Motors (UK) Ltd" at its bracket: one company (26e)
    spoken = {known for known in longer if known in ctx.org_speakers}
    return longer[0] if len(longer) == 1 else spoken.pop() if len(spoken) == 1 else name  # the one that spoke


def owned_unit_words(words: list[str], text: str) -> str | None:
    """Return a unit's reference with its owner's possessive as the text writes it (`the borough's Parks and Open
    Spaces department`), from the owner's determiner; None when no possessive owner opens it."""
    for at in range(len(words) - 2, 0, -1):
        if words[at].endswith(SINGULAR_POSSESSIVES) and words[at - 1] in DETERMINERS:
            written = re.search(r"\s+".join(re.escape(word) for word in words[at - 1:]), text, re.IGNORECASE)
            return written.group() if written else " ".join(words[at - 1:])
    return None
