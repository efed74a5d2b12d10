"""Round 46n: mutants mutmut showed unasserted in the functions wave 46 added, each case an invented text with the
whole value asserted."""
import pytest

from claims.extract.attribution.issuer import bridges_statement
from claims.extract.attribution.quotes import introducing_person
from claims.extract.entities import Mention, Reading, WholeReading, cut_whole, find_mentions, reading_of, whole_index
from claims.extract.name_edges import joins_by_at
from claims.extract.speakers import Context, Who
from claims.extract.speakers.clauses import lower_case_post
from claims.extract.speakers.regions import informant_group
from claims.extract.text import split_blocks
from tests.extract_rows import cued_rows, rows


# attribution/quotes.introducing_person (46b): the named person a sentence of narration opens with

def _introduced(text: str, end: int | None = None, start: int = 0) -> Who | None:
    """introducing_person over text[start:end] with a fresh context."""
    return introducing_person(text, start, len(text) if end is None else end, Context(text=text))


def test_a_person_opening_plain_narration_is_introduced() -> None:
    assert _introduced("Guild organiser Maren Odell thanked the drivers.") == Who("Maren Odell", "person", 0)


def test_narration_holding_a_quotation_mark_introduces_no_one() -> None:
    assert _introduced("Guild organiser Maren Odell thanked the \u201cbrave\u201d drivers.") is None


def test_a_sentence_ending_in_neither_stop_nor_exclamation_introduces_no_one() -> None:
    """`X`, a letter, ends the last sentence: a heading's shape, not narration."""
    assert _introduced("Guild organiser Maren Odell thanked the drivers of Depot X") is None


def test_a_sentence_with_no_verb_introduces_no_one_even_before_a_verb_past_its_end() -> None:
    text = "Depot steward Maren Odell. \u201cWe walked out.\u201d"
    assert _introduced(text, text.index("\u201c")) is None


def test_a_sentence_opening_with_a_pronoun_introduces_no_one_even_with_a_person_in_focus() -> None:
    """`She` would resolve to Maren Odell, who spoke before: the pronoun is no new person introduced."""
    for sentence in ("She thanked the drivers.", "She, too, thanked the drivers."):
        text = "Maren Odell chaired the vote. " + sentence
        ctx = Context(text=text)
        ctx.spoke(ctx.add(Mention(0, 11, "Maren Odell", "person")), "person")
        assert introducing_person(text, 30, len(text), ctx) is None


# attribution/issuer.bridges_statement (46b): a third-person paragraph between two of a first-person statement

_FIRST = "We opened two theatres at Kelby General in May."
_BETWEEN = "The plan set a target of 18 weeks."
_AFTER = "We have cut waits to 35 weeks since October."


def _bridges(*paragraphs: str) -> list[bool]:
    """bridges_statement for every paragraph of the text the paragraphs make."""
    text = "\n\n".join(paragraphs) + "\n"
    blocks = split_blocks(text)
    return [bridges_statement(text, blocks, index) for index in range(len(blocks))]


def test_only_the_paragraph_between_two_first_person_ones_bridges() -> None:
    """The last paragraph has none after it; the first has a third-person one after it."""
    assert _bridges(_FIRST, _BETWEEN, _AFTER) == [False, True, False]


def test_a_paragraph_ending_in_a_letter_does_not_bridge() -> None:
    assert _bridges(_FIRST, "The plan set a target for Ward X", _AFTER) == [False, False, False]


def test_a_cue_in_the_next_paragraph_does_not_stop_the_bridge() -> None:
    assert _bridges(_FIRST, _BETWEEN, "We said in May that we would cut waits to 35 weeks.") == [False, True, False]


def test_a_paragraph_after_a_first_person_one_but_before_narration_does_not_bridge() -> None:
    assert _bridges(_FIRST, _BETWEEN, "The board met in June.") == [False, False, False]


# attribution/subjects._worded_body (46a): a body named in capitalised common words, through the rows

def test_a_worded_body_of_six_words_speaks() -> None:
    text = "Hope for Carers Across Northern Shires said 4,000 carers lack a break."
    assert rows(text) == [("Hope for Carers Across Northern Shires", "organisation", "4,000 carers lack a break")]


def test_a_worded_body_of_seven_words_is_too_long_to_be_one_name() -> None:
    assert rows("Hope for Carers Across Every Northern Shire said 4,000 carers lack a break.") == []


def test_a_worded_name_with_a_digit_is_no_worded_body() -> None:
    assert rows("Carers 4 Hope said 300 households had been evicted.") == []


def test_a_worded_inspectorate_keeps_its_kind() -> None:
    assert rows("Carers Inspectorate said 300 households had been evicted.") == [
        ("Carers Inspectorate", "inspectorate", "300 households had been evicted")]


# entities.whole_index, _reach and cut_whole (wave 46 second read): a whole text's reading, cut by bisection

_WHOLE_TEXT = "Jo Roe backed the plans and plan_b."
_JO_ROE = Mention(0, 6, "Jo Roe", "person")


def _whole() -> WholeReading:
    """The whole reading of _WHOLE_TEXT, indexed."""
    whole = whole_index(_WHOLE_TEXT, reading_of(_WHOLE_TEXT, 0, len(_WHOLE_TEXT)))
    assert whole is not None
    return whole


def test_a_whole_reading_is_indexed_with_its_reaches() -> None:
    """Each reach list starts at -1 (nothing before the first run or name), then the furthest end so far."""
    reading = Reading(((0, 6),), (_JO_ROE,))
    assert whole_index(_WHOLE_TEXT, reading) == WholeReading(_WHOLE_TEXT, reading, [0], [-1, 6], [0], [-1, 6])


def test_a_reading_with_runs_out_of_order_is_not_indexed() -> None:
    assert whole_index(_WHOLE_TEXT, Reading(((7, 13), (0, 6)), (_JO_ROE,))) is None


def test_a_cut_at_a_run_s_edges_keeps_it_or_leaves_it_out() -> None:
    """A run and a name ending right at the range's end are inside; ending right at its start, outside."""
    whole = _whole()
    assert [cut_whole(whole, 0, 6), cut_whole(whole, 6, len(_WHOLE_TEXT)), cut_whole(whole, 0, 0)] == \
        [Reading(((0, 6),), (_JO_ROE,)), Reading((), ()), Reading((), ())]


def test_a_cut_inside_a_word_is_refused() -> None:
    """`plan|s` and `plan|_b`: a word's edge reads otherwise at the range's end."""
    whole = _whole()
    assert [cut_whole(whole, 0, _WHOLE_TEXT.index("s and")), cut_whole(whole, 0, _WHOLE_TEXT.index("_b"))] == \
        [None, None]


# entities._with_people_listed (46w): people listed by commas before a pair, through find_mentions

def _names(text: str) -> list[Mention]:
    """Every name find_mentions reads in the whole text."""
    return find_mentions(text, 0, len(text))


def test_a_person_listed_before_a_pair_joins_it_from_the_list_s_start() -> None:
    text = "Maren McOdell, Tobias Venn and Ines Calder said the depot would close."
    assert _names(text) == [Mention(0, 13, "Maren McOdell", "person"),
                            Mention(0, 42, "Maren McOdell, Tobias Venn and Ines Calder", "person")]


@pytest.mark.parametrize(("listed", "expected"), [
    ("Kelby Harbour", []),  # a place: no person's name
    ("North Kelby", []),  # no person's name, and no post's word or body's head in it either
    # a surname that is also a post's word is left out of the list, though read as a person: a known limit (README,
    # wave 46, "Left"); the guard keeps posts (`Bishop Jo Roe, ...`) from joining
    ("Maren Bishop", [Mention(0, 12, "Maren Bishop", "person")]),
    ("Maren Court", [Mention(0, 11, "Maren Court", "org")]),  # a body's head
])
def test_a_name_listed_before_a_pair_that_may_be_no_person_stays_out(listed: str, expected: list[Mention]) -> None:
    text = listed + ", Tobias Venn and Ines Calder said the depot would close."
    start = len(listed) + 2
    assert _names(text) == [*expected, Mention(start, start + 27, "Tobias Venn and Ines Calder", "person")]


# entities._spoken_for_post (46a): `Jo Roe for the <office> (<letters>)`, the person and the office as a body

@pytest.mark.parametrize(("spoken_for", "expected"), [
    ("Maren Odell for the High Commissioner for Harbours (HCH)",
     [Mention(0, 11, "Maren Odell", "person"), Mention(20, 50, "High Commissioner for Harbours", "org"),
      Mention(52, 55, "HCH", "org")]),
    ("Maren Odell for High Commissioner for Harbours (HCH)",
     [Mention(0, 11, "Maren Odell", "person"), Mention(16, 46, "High Commissioner for Harbours", "org"),
      Mention(48, 51, "HCH", "org")]),
    ("Maren Odell for the harbour office (HCH)",  # a lower-case office is no body's name
     [Mention(0, 11, "Maren Odell", "person"), Mention(36, 39, "HCH", "org")]),
])
def test_a_person_speaking_for_an_office_and_the_office(spoken_for: str, expected: list[Mention]) -> None:
    assert _names(spoken_for + " said the depot would close.") == expected


# entities._joint_after_letters (wave 46): `The X Authority (XA) and Y Police have ...`, one joint subject

@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Authority (HA) and Kelby Police have published the figures.",
     [Mention(0, 38, "Harbour Authority and Kelby Police", "org")]),
    ("The Harbour Review (HR) and Kelby Police have published the figures.",  # no body's head before the letters
     [Mention(28, 40, "Kelby Police", "org")]),
    ("The Harbour Authority (HA) and Kelby Police in the figures.",  # no verb after the second body
     [Mention(0, 21, "Harbour Authority", "org"), Mention(23, 25, "HA", "org"),
      Mention(31, 43, "Kelby Police", "org")]),
])
def test_two_bodies_joined_after_letters_are_one_subject_only_before_a_verb(text: str, expected: list[Mention]) -> None:
    assert _names(text) == expected


# name_edges.joins_by_at (46w): `<unit> at <host>`, one unit's name

@pytest.mark.parametrize(("before", "after", "joined"), [
    ("Monitoring Board", "HMP Kelby", True),  # two words ending in a unit's head: no article to drop
    ("The Board", "HMP Kelby", False),  # one word once the article is dropped
    ("Independent Monitoring board", "HMP Kelby", False),  # the head itself in lower case
    ("Monitoring Board", "Maren Odell", False),  # a person hosts no unit
    ("Monitoring Board", "Kelby Partners'", True),  # a plural possessive's mark left off the host's head
])
def test_a_unit_joins_its_host_by_at(before: str, after: str, joined: bool) -> None:
    assert joins_by_at(before, after) is joined


# speakers/regions.informant_group (46c): unnamed informants as the subject

@pytest.mark.parametrize(("words", "informants"), [
    ("two sources within the county sheriff's own office", True),  # eight words, the most
    ("two sources within the county sheriff's own main office", False),  # nine
    ("sources within the sheriff\u2019s office", True),  # a curly apostrophe
    ("sources within the sheriff's office", True),  # a straight one
])
def test_informants_are_described_in_eight_words_at_most(words: str, informants: bool) -> None:
    assert informant_group(words.split()) is informants


# speakers/clauses.lower_case_post (46a): a post written in lower case

@pytest.mark.parametrize(("clause", "post"), [
    (" head of logistics ", True),
    ("Head of Logistics", False),  # capitalised: a title, read elsewhere
    ("the depot", False),  # lower case, but no post
])
def test_only_a_lower_case_post_headed_by_a_role_is_one(clause: str, post: bool) -> None:
    assert lower_case_post(clause) is post


# transcript._headed_as_transcript (46b): a heading among the first blocks, 160 characters at most

_TURN = ("Rohan Mehra, Official Spokesperson: Good afternoon and welcome. The regional summit will be held on 4 June "
         "in Pune. The Prime Minister of Norland will make a state visit from 5 to 7 June.\n")
_SAID = [("Rohan Mehra", "person", "transcript", "The regional summit will be held on 4 June in Pune"),
         ("Rohan Mehra", "person", "transcript",
          "The Prime Minister of Norland will make a state visit from 5 to 7 June")]
_LONG_HEADING = ("Transcript of the Weekly Media Briefing by the Official Spokesperson on the Regional Summit, the "
                 "State Visit of the Prime Minister of {country} and Other Matters")


@pytest.mark.parametrize(("country", "expected"), [("Nordland", _SAID), ("Northland", [])])
def test_a_transcript_heading_runs_to_160_characters(country: str, expected: list[tuple[str, str, str, str]]) -> None:
    heading = _LONG_HEADING.format(country=country)
    assert (len(heading), cued_rows(heading + "\n\n" + _TURN)) == (152 + len(country), expected)


def test_a_transcript_heading_after_a_long_first_line_counts() -> None:
    """The heading starts past the text's 160th character: its own length is what counts."""
    top = ("Media Centre of the Ministry of External Affairs of the Republic of Norland, Public Diplomacy Division, "
           "with Briefings, Speeches, Statements and the Archive of Recordings")
    heading = "Transcript of Weekly Media Briefing by the Official Spokesperson (March 10, 2031)"
    assert cued_rows(top + "\n\n" + heading + "\n\n" + _TURN) == _SAID
