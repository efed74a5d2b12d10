"""speakers/clauses: a document set off by a publishing participle speaks as itself only when no one owns it; one a
possessive owns, straight or curly (`Harwell Council’s own figures, released on Tuesday, showed`), is its owner's
(wave 54h: real pages write the curly apostrophe about twice as often as the straight one). Each case is a short
text written for this test in our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.speakers.clauses import list_head, owners_voice, past_dateline, relative_lists_joined
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
