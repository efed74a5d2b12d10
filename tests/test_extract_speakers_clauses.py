"""speakers/clauses: a document set off by a publishing participle speaks as itself only when no one owns it; one a
possessive owns, straight or curly (`Harwell Council’s own figures, released on Tuesday, showed`), is its owner's
(wave 54h: real pages write the curly apostrophe about twice as often as the straight one). Each case is a short
text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.speakers.clauses import (
    before_address, body_before_descriptor, clause_naming, is_address, list_head, owners_voice, past_dateline, relative_lists_joined,
)
from claims.extract.speakers.context import Context, Who
from extract_rows import cued_rows, rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Harwell Council said it would cut bus fares.\n\n"
     "Harwell Council\u2019s own figures, released on Tuesday, showed that 4,000 people used the buses each day.\n",
     [("Harwell Council", "organisation", "said", "it would cut bus fares"),
      ("Harwell Council", "organisation", "showed that", "4,000 people used the buses each day")]),
    ("Harwell Council said it would cut bus fares.\n\n"
     "Harwell\u2019s figures for March, published last month, showed that 4,000 people used the buses each day.\n",
     [("Harwell Council", "organisation", "said", "it would cut bus fares"),
      ("Harwell Council", "organisation", "showed that", "4,000 people used the buses each day")]),
])
def test_curly_possessive_owns_a_published_document(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_an_owners_voice_post_may_name_its_remit_before_the_role() -> None:
    """`the group's environment spokesman and Hill ward councillor`, `the borough council's cabinet spokesman for
    adult social care`: the post set off after its holder's name, never the speaker (wave 55d)."""
    assert [owners_voice(clause) for clause in [
        "the group's environment spokesman and Hill ward councillor",
        "the borough council's cabinet spokesman for adult social care",
        "the party's spokesman",
        "the group's environment report",
    ]] == [True, True, True, False]


def test_the_holder_of_a_remit_voice_post_speaks() -> None:
    text = ("Cllr Dara Ofori, the group's environment spokesman and Hill ward councillor, claimed the council had cut "
            "40 wardens.\n\nHe said fly tipping reports had risen by 62 per cent.\n")
    assert rows(text) == [("Dara Ofori", "person", "the council had cut 40 wardens"),
                          ("Dara Ofori", "person", "fly tipping reports had risen by 62 per cent")]


def test_a_list_of_names_sharing_a_noun_goes_on_with_the_description_before_it() -> None:
    """`X, the operator of the A, B, C and D holiday parks, said`: the list's commas cut no subject; its last names
    never speak (wave 55d)."""
    text = ("Corriemoor Leisure, the operator of the Highfield, Larchwood, Stanmore and Eastgate holiday parks, said "
            "bookings were up 18 per cent.\n\n"
            "Halvergate, the distributor of kitchenware under the Halvergate, Brightwell, Oak Lane and Saltmarsh brands, "
            "said revenue rose by 12%.\n")
    assert rows(text) == [("Corriemoor Leisure", "organisation", "bookings were up 18 per cent"),
                          ("Halvergate", "organisation", "revenue rose by 12%")]


def test_a_list_head_is_one_or_two_lower_case_words_ending_in_a_plural() -> None:
    assert [list_head(clause.split()) for clause in [
        "Royal Worcester and Wax Lyrical brands", "Eastgate holiday parks", "Eastgate and the parks said", "Cumbria",
        "Acme and Foo directors"]] == [1, 2, 0, 0, 0]


# Wave 56p: a sentence adverb before a comma (`Bizarrely, the council have blamed`) is no body a descriptor follows
# (`Unifo, the union, said`): the council speaks (the 77th check's p006 gave the row to `Bizarrely`). A one-word
# body before its descriptor still speaks.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tarnbury Council said recycling had dropped to 48%.\n\n"
     "Bizarrely, the council have blamed the long winter on the decrease.\n",
     [("Tarnbury Council", "organisation", "said", "recycling had dropped to 48%"),
      ("Tarnbury Council", "organisation", "blamed", "have blamed the long winter on the decrease")]),
    ("Strangely, the council have blamed the long winter on the decrease in Tarnbury.\n",
     [("the council", "unresolved", "blamed", "have blamed the long winter on the decrease in Tarnbury")]),
    ("Unifo, the union, said members had voted to strike over the pay offer.\n",
     [("Unifo", "organisation", "said", "members had voted to strike over the pay offer")]),
])
def test_a_sentence_adverb_is_no_body_before_a_descriptor(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_a_stray_comma_in_a_body_s_list_of_places_reads_on() -> None:
    """`X, the broadcaster for Yorkshire, the North East and Cumbria, , said`: an empty clause between two commas is
    no list head (round 56m: `list_head` read the last word of no words and the whole text failed)."""
    text = "Harbour Radio, the public broadcaster for Yorkshire, the North East and Cumbria, , said sales rose 4%.\n"
    assert rows(text) == [("Harbour Radio", "organisation", "sales rose 4%")]


@pytest.mark.parametrize(("clause", "expected"), [
    ("the borough council's cabinet spokesman for adult social care and housing services", True),  # twelve words
    ("the borough council's cabinet spokesman for adult social care and housing and leisure services", False),
    ("the party's environment", False),  # a remit and no role after it
], ids=["twelve-words", "fourteen-words", "remit-last"])
def test_owners_voice_bounds(clause: str, expected: bool) -> None:
    assert owners_voice(clause) is expected


@pytest.mark.parametrize(("words", "expected"), [
    ([], 0), (["parks"], 0), (["holiday", "parks"], 1), (["Acme", "stores"], 1), (["Eastgate", "holiday", "glass"], 0),
    (["Acme", "and", "Foo", "mayors"], 0),
], ids=["empty", "one-word", "never-all", "one-head", "ss", "posts"])
def test_list_head_bounds(words: list[str], expected: int) -> None:
    assert list_head(words) == expected


@pytest.mark.parametrize(("places", "joined"), [
    ("the North East and Cumbria", True), ("the Isle of Man and the North East", True),  # eight words
    ("the Isle of Man and the East of Fife", False),  # nine words: no place list
    ("the north and the south", False),  # no capitalised name closing it
    ("Kent and Cumbria Reported", False),  # a capitalised verb
], ids=["places", "eight-words", "nine-words", "lower-case", "verb"])
def test_places_after_a_body_s_description_join_it(places: str, joined: bool) -> None:
    """`X, the public broadcaster for Yorkshire, the North East and Cumbria, said`: the places go on with the
    description (wave 20b; `_place_item`'s bounds)."""
    text = "Harbour Radio, the public broadcaster for Yorkshire, " + places + ", said"
    parts = ["Harbour Radio", "the public broadcaster for Yorkshire", places]
    spans = [(text.index(part), text.index(part) + len(part)) for part in parts][::-1]
    expected = [places, parts[1], parts[0]] if not joined else [parts[1] + ", " + places, parts[0]]
    assert [text[slice(*span)] for span in relative_lists_joined(text, spans)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("date 2031-03-14 Brackwell said it would open nine bakeries.\n", 16),
    ("4 June 2032 Tollan said it had replaced 3,100 pipes.\n", 12),
    ("Published: 4 June 2032 Tollan said it had replaced 3,100 pipes.\n", 23),
    ("Tollan said on 4 June 2032 it had replaced pipes.\n", 0),
    ("4 June 2032 Annual Report\n\nTollan said it had replaced pipes.\n", 0),  # a dated title: no sentence
])
def test_past_dateline_steps_over_a_pages_date_stamp(text: str, expected: int) -> None:
    """A page's date run into the lead (`date 2031-03-14 Brackwell said`) opens no speaker's region (wave 62e)."""
    assert past_dateline(text, 0, text.index(" said") if " said" in text else len(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("date 2031-03-14 Brackwell said it would open nine bakeries in the north.\n\n"
     "About 240 jobs will be created, the firm said.\n",
     [("Brackwell", "organisation", "said", "it would open nine bakeries in the north"),
      ("Brackwell", "organisation", "said", "About 240 jobs will be created")]),
    ("Tollan to replace lead pipes\n\n4 June 2032 Tollan said it had replaced 3,100 lead pipes.\n",
     [("Tollan", "organisation", "said", "it had replaced 3,100 lead pipes")]),
])
def test_a_one_word_body_after_a_date_stamp_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """The page's date before a one-word body that opens the lead (`date 2031-03-14 Brackwell said`) hid the body, so
    the lead had no row (wave 62e; the 95th and the 100th)."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "In Ardlow, Co Tarnby, detectives said the quay had been shut since Monday.",
        [("detectives", "unresolved", "said", "the quay had been shut since Monday")],
        id="in-place-county"),
    pytest.param(
        "At Kelby, County Marren, detectives said the quay had been shut since Monday.",
        [("detectives", "unresolved", "said", "the quay had been shut since Monday")],
        id="at-place-county"),
    pytest.param(
        "Near Tolvey, Harlshire, detectives said the quay had been shut since Monday.",
        [("detectives", "unresolved", "said", "the quay had been shut since Monday")],
        id="near-place-shire"),
    pytest.param(
        "Outside Pellow, West Marren, officers said the quay had been shut since Monday.",
        [("officers", "unresolved", "said", "the quay had been shut since Monday")],
        id="outside-place-region"),
    pytest.param(
        "In Ardlow, Ted Voss, a ferryman at Kelby Quay, said the quay had been shut since Monday.",
        [("Ted Voss", "person", "said", "the quay had been shut since Monday")],
        id="in-place-person"),
    pytest.param(
        "From Ardlow: Ama Ó Tarnaigh, who runs a cafe on Quay Street, tells us her takings have halved.",
        [("Ama Ó Tarnaigh", "person", "tells", "us her takings have halved")],
        id="from-place-label-person"),
    pytest.param(
        "Police in Ardlow, Co Tarnby, said the quay had been shut since Monday.",
        [("Police in Ardlow", "organisation", "said", "the quay had been shut since Monday")],
        id="placed-police-county"),
    pytest.param(
        "Detectives in Ardlow, Co Tarnby, said the quay had been shut since Monday.",
        [("Detectives in Ardlow", "organisation", "said", "the quay had been shut since Monday")],
        id="placed-detectives-county"),
])
def test_a_county_after_a_place_that_opens_the_sentence_never_speaks(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Wave 63p: `In Ardlow, Co Tarnby, detectives said`: the county after a capitalised place that opens the sentence
    is an address, never the speaker (it was `Co Tarnby`, unresolved); a person's name after the place (`In Ardlow, Ted
    Voss, ...`) is still the speaker; a subject with a set-off county (`Police in Ardlow, Co Tarnby, said`) is read as
    it is without one (it gave no row)."""
    assert cued_rows(text) == expected


def test_an_address_is_a_short_capitalised_clause_after_a_place_and_never_a_person() -> None:
    """Wave 63p: the place may open its clause capitalised (`In Ardlow`), or follow a lower-case placing word; two words
    or more that a known given name opens are a person's name, never a county."""
    assert [is_address(clause, before) for clause, before in [
        (" Co Tarnby", "In Ardlow"), (" County Marren", "At Kelby"), (" Harlshire", "Near Tolvey"),
        (" Co Tarnby", "police in Ardlow"), (" Co Tarnby", "From Ardlow"), (" Co Tarnby", "Ted Voss In Ardlow"),
        (" Ted Voss", "In Ardlow"), (" Ted Voss", "police in Ardlow"), (" Kelby Council", "In Ardlow"),
        (" co Tarnby", "In Ardlow"), (" Co Tarnby", "Ardlow"),
    ]] == [True, True, True, True, True, False, False, False, False, False, False]


def test_a_subject_ends_before_a_county_set_off_after_its_place() -> None:
    """Wave 63p: `Police in Ardlow, Co Tarnby,` ends after `Ardlow`; a subject with no address keeps its end."""
    texts = ["Police in Ardlow, Co Tarnby, ", "Police in Ardlow ", "Ted Voss, a ferryman, ", "Police, Ted Voss, "]
    assert [before_address(text, 0, len(text)) for text in texts] == [16, 17, 22, 18]


def _descriptor_read(text: str, known: dict[str, str] | None = None) -> tuple[Who | None, dict[str, set[str]]]:
    """The body `body_before_descriptor` reads over a whole subject, with the names the text gave before, and the
    common nouns the context notes each body is called by."""
    ctx = Context(text=text)
    ctx.kinds.update(known or {})
    return body_before_descriptor(text, 0, len(text), ctx), dict(ctx.called)


@pytest.mark.parametrize(("text", "known", "expected"), [
    # a descriptor after `a` alone, with no ` the ` in the subject, and a comma or none before it
    ("Unifo, a delivery union,", None, (Who("Unifo", "organisation", 0), {"Unifo": {"union"}})),
    ("Unifo a union", None, (Who("Unifo", "organisation", 0), {"Unifo": {"union"}})),
    # a name of two words kept whole, and the noun it is called by
    ("Orrel Vale, the housing charity,", None, (Who("Orrel Vale", "organisation", 0), {"Orrel Vale": {"charity"}})),
    # an inspectorate's own noun, and a body the text already named keeping the kind it was given
    ("Brellan, the schools inspectorate,", None,
     (Who("Brellan", "inspectorate", 0), {"Brellan": {"inspectorate"}})),
    ("Brellan, the water regulator,", {"Brellan": "organisation"},
     (Who("Brellan", "organisation", 0), {"Brellan": {"regulator"}})),
    # must not fire: a noun that is no body's, a name a given name opens, a person named before, a place after a
    # capitalised preposition, a day, a role or a festival in the name, a participle opening the sentence
    ("Tarnwell, a volunteer,", None, (None, {})),
    ("Ama Orrin, the harbour watchdog,", None, (None, {})),
    ("Tarq Vell, the union,", {"Tarq Vell": "person"}, (None, {})),
    ("Brellan, the water regulator,", {"Brellan": "person"}, (None, {})),
    ("Across Tarnby, the charity", None, (None, {})),
    ("Monday the union", None, (None, {})),
    ("Orrel Monday, the union,", None, (None, {})),
    ("Easter Orrel, the union,", None, (None, {})),
    ("Chief Orrel, the union,", None, (None, {})),
    ("Director Orrel, the union,", None, (None, {})),
    ("Responding, the union", None, (None, {})),
])
def test_body_before_descriptor_reads_a_name_and_its_kind(
        text: str, known: dict[str, str] | None, expected: tuple[Who | None, dict[str, set[str]]]) -> None:
    """Round 65m: the descriptor's older guards, each case one of them (the name, the noun, the kind, the refusals)."""
    assert _descriptor_read(text, known) == expected


@pytest.mark.parametrize(("name", "whole", "expected"), [
    ("Ama Jo Tarnby", False, " at Tarnby"),       # a person's last word ends the clause that names her
    ("Kelby Tarnby", True, " Kelby Tarnby"),      # a body's whole name does (65m)
    ("Kelby Tarnby", False, " at Tarnby"),        # its last word alone would end an earlier place
    ("Orrel Kelby Tarnby", True, "end"),          # no clause gives the whole name
    ("Ama Vell", False, " seen at old Vell"),     # the clause may be two words longer than the name, no more
    ("Tarnby", False, " at Tarnby"),
    ("Jo Ann Vell", False, " up at the old Vell"),  # 65n: the clause right after the first may be the name's
])
def test_clause_naming_finds_the_clause_that_ends_on_the_name(name: str, whole: bool, expected: str) -> None:
    """Round 65m: the first clause after the first that ends on the name (its last word, or for a body the whole
    name) and is at most two words longer; else the text's end."""
    text = "Fares rose, up at the old Vell, seen at old Vell, at Tarnby, Kelby Tarnby, the firm"
    cuts = [i for i, c in enumerate(text) if c == ","]
    clauses = list(zip([0] + [c + 1 for c in cuts], cuts + [len(text)]))
    at = clause_naming(text, clauses, name, whole)
    assert (text[at:text.find(",", at)] if at < len(text) else "end") == expected
