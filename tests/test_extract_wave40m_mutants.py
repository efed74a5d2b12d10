"""Unit cases for wave 39's new extractor modules (what mutation round 40 found unasserted by their own test files):
a row that only leads into the next one (39c, `cut_leads`), an open letter's organiser (39a,
`attribution.letter_organisers`), a ruling's act (39b, `attribution.ruling_acts`), a row that claims nothing (39c,
`empty_rows`) and the sentence test between two rows (`stubs.sentence_ends_before`). Every party and sentence is
invented, and each assert is on a whole value: a function's whole return value or a text's whole table.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated mentions of the same text."""
from __future__ import annotations

import pytest

from claims.extract.attribution.letter_organisers import organiser
from claims.extract.attribution.records import Attribution, Found
from claims.extract.attribution.ruling_acts import ruling_act
from claims.extract.cut_leads import bare_head, join_cut_leads, opening_phrase
from claims.extract.empty_rows import ellipsis, than_cue
from claims.extract.text import split_blocks
from extract_rows import cued_rows, named_context

pytestmark = pytest.mark.usefixtures("cold_extract_caches")


# cut_leads.opening_phrase: one word is a phrase (`After, ...`), a row of no words is none, eight words are a clause,
# and a two-word amount (`about 640`) is no phrase.
@pytest.mark.parametrize(("quote", "expected"), [
    ("after", True),
    ("\u2014", False),
    ("of the 31 landlords inspected in Varnley", True),
    ("of the 31 landlords inspected in Varnley town", False),
    ("about 640", False),
    ("by 4.9%", False),
    ("in 14", True),
], ids=["one-word", "no-words", "seven-words", "eight-words", "amount", "measured", "object"])
def test_opening_phrase_bounds(quote: str, expected: bool) -> None:
    assert opening_phrase(quote, (0, len(quote))) is expected


# cut_leads.bare_head: one figure alone heads a count, three words do, four do not; a head that is no figure, or a
# row of no words, heads nothing; the count of parts is read inside the row after, not past its end.
@pytest.mark.parametrize(("text", "end", "expected"), [
    ("15, 9 of them in March", None, True),
    ("31 new entries, 6 of them from landlords abroad", None, True),
    ("31 new tenancy entries, 6 of them from landlords abroad", None, False),
    ("9 removals in the spring, 6 of them in March", None, False),
    ("most removals, 6 of them in March", None, False),
    ("\u2014, 6 of them in March", None, False),
    ("9 removals, 6 of them in March", 1, False),
], ids=["one-figure", "three-words", "four-words", "five-words", "no-figure", "no-words", "partitive-past-row"])
def test_bare_head_bounds(text: str, end: int | None, expected: bool) -> None:
    comma = text.index(",")
    after = (comma + 2, comma + 2 + end if end is not None else len(text))
    assert bare_head(text, (0, comma), after) is expected


# cut_leads.leads_into: an opening phrase is joined only to a row of the same speaker; a row another party says stays.
def test_cut_lead_joins_only_its_own_speakers_row() -> None:
    text = "Of the 31 landlords, 19 passed their first inspection."
    lead = (0, text.index(","))
    clause = (text.index("19"), text.index("."))
    assert join_cut_leads(text, [Found("Varnley Housing Board", "organisation", "said", lead),
                                 Found("Varnley Housing Board", "organisation", "said", clause)]) == [
        Found("Varnley Housing Board", "organisation", "said", (0, clause[1]))]
    assert join_cut_leads(text, [Found("Varnley Housing Board", "organisation", "said", lead),
                                 Found("Tomas Elve", "person", "said", clause)]) == [
        Found("Varnley Housing Board", "organisation", "said", lead), Found("Tomas Elve", "person", "said", clause)]


def _organiser(text: str, signers: int = 1, bodies: tuple[str, ...] = (), blocks: int | None = None) -> str | None:
    """The organiser a text's first `blocks` blocks (all when None) name, as the introduction of a letter."""
    return organiser(text, split_blocks(text)[:blocks], signers, list(bodies))


# letter_organisers._from_body: a `From:` header is a body's only when it opens on the body and names no person; a
# header of a line ending in `\r\n` gives the body without the `\r`.
@pytest.mark.parametrize(("text", "expected"), [
    ("From: Ostley Bellringers' Guild, Branch 12\nTo: The Diocesan Board\n", "Ostley Bellringers' Guild, Branch 12"),
    ("From: Ostley Bellringers' Guild, Branch 12\r\nTo: The Diocesan Board\r\n",
     "Ostley Bellringers' Guild, Branch 12"),
    ("From: Jo Roe, Chief Executive\nTo: The Diocesan Board\n", None),
    ("From: Ostley Bellringers' Guild, Petra Lund\nTo: The Diocesan Board\n", None),
    ("From: the ringers of Ostley\nTo: The Diocesan Board\n", None),
], ids=["body", "crlf", "person", "body-and-person", "no-name"])
def test_from_header_names_a_body(text: str, expected: str | None) -> None:
    assert _organiser(text) == expected


# letter_organisers._organised_by: the organiser is the first body (not a person) starting at most 40 characters after
# `organised by`, written out whole when its words are one name (`Writers' and Performers' Guild`), else the body's own
# name; the introduction is read in its own blocks, not in the letter below them.
@pytest.mark.parametrize(("text", "expected"), [
    ("The letter, organised by the Writers\u2019 and Performers\u2019 Guild (WPG), is below.",
     "Writers\u2019 and Performers\u2019 Guild"),
    ("The letter, organised by Brackwell growers' network Fenbridge Allotment Federation, is below.",
     "Fenbridge Allotment Federation"),
    ("The letter, organised by Petra Lund, chair of the Fenbridge Allotment Federation, is below.",
     "Fenbridge Allotment Federation"),
    ("The letter, organised by the growers' network of twelve local sites, Fenbridge Allotment Federation, is below.",
     "Fenbridge Allotment Federation"),
    ("The letter, organised by the growers' network of twelve parish sites, Fenbridge Allotment Federation, is below.",
     None),
], ids=["written-out", "capital-description", "person-first", "40-characters", "41-characters"])
def test_organised_by_names_a_body(text: str, expected: str | None) -> None:
    assert _organiser(text) == expected


def test_organised_by_is_read_in_the_introduction_only() -> None:
    text = ("Forty plot holders have signed an open letter.\n\nDear Councillor Pike,\n\nOur letter, organised by the "
            "Fenbridge Allotment Federation, asks for a freeze.\n")
    assert _organiser(text, blocks=1) is None
    assert _organiser(text) == "Fenbridge Allotment Federation"


# letter_organisers._contact_body: the contact line's body is taken only after its person, and only when no signer's
# body is it; a contact line with its person alone names none.
@pytest.mark.parametrize(("contact", "bodies", "expected"), [
    ("Contact: Nell Ormsby, Carrow Valley Rowing Alliance, 0161 496 0455", (), "Carrow Valley Rowing Alliance"),
    ("Contact: Nell Ormsby, Carrow Rowing Club", ("Carrow Rowing Club",), None),
    ("Contact: Nell Ormsby, 0161 496 0455", (), None),
], ids=["body", "signers-body", "person-alone"])
def test_contact_line_names_a_body(contact: str, bodies: tuple[str, ...], expected: str | None) -> None:
    assert _organiser(contact + "\n\nFour rowing clubs today sent an open letter.\n", 2, bodies) == expected


# ruling_acts.may_act: every verb the act's pattern reads opens a block to it, in the past and the present
# (`instructed`, `required`, `dismissed`, `upholds`, `dismisses`), not only a lead-in ending in a colon.
@pytest.mark.parametrize(("act", "cue"), [
    ("has directed Tallis Aggregates to fence the north pit by March", "has directed Tallis Aggregates to"),
    ("instructed Tallis Aggregates to fence the north pit by March", "instructed Tallis Aggregates to"),
    ("required Tallis Aggregates to fence the north pit by March", "required Tallis Aggregates to"),
    ("dismissed 1,204 appeals in the year to March", "dismissed 1,204 appeals"),
    ("upholds 38% of the complaints it resolves", "upholds 38% of the complaints"),
    ("dismisses 20% of the appeals it hears", "dismisses 20% of the appeals"),
], ids=["directed", "instructed", "required", "dismissed", "upholds", "dismisses"])
def test_each_ruling_verb_opens_its_block(act: str, cue: str) -> None:
    body = "Quarry Standards Authority" if "Tallis" in act else "Lettings Ombudsman Service"
    assert cued_rows(f"The {body} {act}.\n") == [(body, "inspectorate", cue, act)]


# ruling_acts._rules: a body the text shows as a regulator (`regulates`) and a disciplinary committee rule; a club that
# orders its members does not.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Varnley Water Board regulates the county's water companies.\n\nThe Varnley Water Board has ordered Brindle "
     "Water to replace 40 miles of main by 2028.\n",
     [("Varnley Water Board", "inspectorate", "has ordered Brindle Water to",
       "has ordered Brindle Water to replace 40 miles of main by 2028")]),
    ("The Pellow Veterinary Disciplinary Committee has ordered Tam Roe to repay fees of \u00a32,400.\n",
     [("Pellow Veterinary Disciplinary Committee", "inspectorate", "has ordered Tam Roe to",
       "has ordered Tam Roe to repay fees of \u00a32,400")]),
    ("The Varnley Rowing Club has ordered its members to wear lifejackets on the river.\n", []),
], ids=["shown-regulator", "disciplinary-committee", "club"])
def test_who_rules(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# ruling_acts.ruling_act: a subject no name resolves is nobody's, not the body in focus (attribute_at's record=False).
def test_an_unresolved_subject_is_not_the_body_in_focus() -> None:
    text = ("The Quarry Standards Authority inspected 40 pits in 2025.\n\nSeveral of them ordered Tallis Aggregates to "
            "fence the north pit.\n")
    assert cued_rows(text) == []


_ORDER = "The Quarry Standards Authority has ordered Tallis Aggregates to fence the north pit."
_ORDERED = Attribution("Quarry Standards Authority", "inspectorate", "has ordered Tallis Aggregates to", ((31, 83),))


# ruling_acts.ruling_act called alone: a sentence opening inside a quotation, or whose act lies in one, is no act; a
# quotation elsewhere cuts the act; a ruling verb with no act after it gives none; the subject is read in its own
# sentence only (`which` in the sentence before is no relative clause of it).
@pytest.mark.parametrize(("text", "holes", "expected"), [
    (_ORDER, [], _ORDERED),
    (_ORDER, [(0, len(_ORDER))], None),
    (_ORDER, [(_ORDER.index("has"), len(_ORDER))], None),
    (_ORDER, [(_ORDER.index("north"), _ORDER.index(" pit"))], _ORDERED._replace(spans=((31, 73),))),
    ("The Quarry Standards Authority upheld its ban on night blasting.", [], None),
    ("The panel, which met in May, sat twice. " + _ORDER, [], _ORDERED._replace(spans=((71, 123),))),
], ids=["act", "quoted-sentence", "quoted-act", "quote-inside", "no-act", "which-before"])
def test_ruling_act(text: str, holes: list[tuple[int, int]], expected: Attribution | None) -> None:
    start = text.index("The Quarry")
    assert ruling_act(text, (start, len(text) - 1), holes, named_context(text)) == expected


# empty_rows.than_cue: `than` and its cue are looked for from the text's very start, within 40 characters and the cue's
# length before the row, however long the row.
@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("than claimed to boil", "claimed", True),
    ("took longer than claimed to boil a full jug of water on the lowest of its three settings", "claimed", True),
    ("the bridge cost more than previously estimated to build", "previously estimated", True),
], ids=["text-start", "long-row", "long-cue"])
def test_than_cue_window(text: str, cue: str, expected: bool) -> None:
    assert than_cue(text, (text.index("to b"), len(text)), cue) is expected


# empty_rows.ellipsis: one word is no ellipsis, and the second word must be an auxiliary (`it rose` is a claim).
@pytest.mark.parametrize(("quote", "expected"), [("it", False), ("there", False), ("it rose", False), ("it is", True)],
                         ids=["it", "there", "it-rose", "it-is"])
def test_ellipsis_words(quote: str, expected: bool) -> None:
    assert ellipsis(quote, (0, len(quote))) is expected
