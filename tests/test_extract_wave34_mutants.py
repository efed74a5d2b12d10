"""Unit cases for wave 34's extractor parts (what mutation round 34's second group found unasserted by the wave-34
files): an attribution header's bounds and a statement's ends (34f), a document that spoke again (34g), a name of a
thing (34h), a described person who asks not to be named (34d), a body before a post in capitals (34i) and a
dateline with a colon (34j); every party and sentence is invented, and each
assert is on a whole value: a function's whole return value or a text's whole table.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated mentions of the same text."""
from __future__ import annotations

import pytest

from claims.extract import datelines, entities
from claims.extract.attribution import attributed_statements
from claims.extract.entities import Mention
from claims.extract.speakers import anonymous_people, speaker_employers
from claims.extract.speakers.context import Context
from claims.extract.speakers.spoken_documents import plain_document_noun, spoken_again
from claims.extract.speakers.thing_names import names_a_thing
from claims.extract.table import extract_text
from claims.extract.text import find_speech, split_blocks


pytestmark = pytest.mark.usefixtures("cold_extract_caches")

_HEAD = "These following statements should be attributed to "
_WHO = ("Professor Hallam Drew, who chairs the board of governors at the college and has led its review of the old "
        "flood defences along the coast and estuary")


def _header(line: str) -> Mention | None:
    return attributed_statements.header_author(line, split_blocks(line)[0])


# attributed_statements.header_author (wave 34f): a header is one line of 200 characters at most (the bound itself
# still one), and the person it names opens the words after `to` (`the chair, X` is no header).
def test_a_header_of_200_characters_names_its_person() -> None:
    line = _HEAD + _WHO + ":"
    assert (len(line), _header(line)) == (200, Mention(51, 72, "Hallam Drew", "person", title="professor"))


def test_a_longer_line_is_no_header() -> None:
    line = _HEAD + _WHO.replace("the old flood", "flood") + " since May:"  # its words after `to` still 150 or fewer
    assert (len(line), _header(line)) == (202, None)


def test_a_header_whose_person_is_not_its_first_words_is_none() -> None:
    assert _header("Please attribute to the chair, Halden Voss:") is None


# attributed_statements.ends_statement: a contact line ends the statement, and so does a second header; a contact line
# further down does not end the paragraphs before it; a short quotation with no stop is no heading.
STATEMENT = ("Please attribute to Inspector Maris Quell:\n\nThe lanes reopen on Monday.\n\n"
             "Please attribute to Mayor Odile Brenton:\n\nThe square is closed.\n\n"
             "Media contact: Pia Lund, 0400 123 456\n")


def test_what_ends_an_attributed_statement() -> None:
    assert [(STATEMENT[b.body:b.end], attributed_statements.ends_statement(STATEMENT, b, find_speech(STATEMENT, b)))
            for b in split_blocks(STATEMENT)] == [
        ("Please attribute to Inspector Maris Quell:", True),
        ("The lanes reopen on Monday.", False),
        ("Please attribute to Mayor Odile Brenton:", True),
        ("The square is closed.", False),
        ("Media contact: Pia Lund, 0400 123 456", True),
    ]


def test_a_short_quotation_with_no_stop_does_not_end_the_statement() -> None:
    text = "Please attribute to Jo Roe:\n\n\u201cSlow down near schools,\u201d Roe said\n"
    block = split_blocks(text)[1]
    assert attributed_statements.ends_statement(text, block, find_speech(text, block)) is False


# attributed_statements._named_cue: only the paragraph's own cues count (a later paragraph's `Corrections says` does
# not end this one), and a paragraph opening on `According to` has no word before its cue.
def test_a_named_cue_is_read_in_its_own_paragraph_only() -> None:
    text = ("Please attribute to Inspector Maris Quell:\n\nThe lanes reopen on Monday.\n\n"
            "Corrections says the work is done.\n")
    assert [attributed_statements._named_cue(text, b, frozenset()) for b in split_blocks(text)] == [False, False, True]


def test_a_paragraph_opening_on_according_to_names_no_one_before_its_cue() -> None:
    text = "According to the figures, the lanes reopen on Monday."
    assert attributed_statements._named_cue(text, split_blocks(text)[0], frozenset()) is False



def test_a_header_word_with_marks_after_it_is_still_the_headers() -> None:
    text = "\u201cWe thank Tolby,\u201d says the mayor."
    assert attributed_statements._named_cue(text, split_blocks(text)[0], frozenset({"Mayor", "Tolby"})) is False

# attributed_statements._header_words: the header line's words only, to the text's end when it is the last line.
def test_the_words_of_a_header_line() -> None:
    assert [attributed_statements._header_words("Please attribute to Jo Roe", 0),
            attributed_statements._header_words("Please attribute to Jo Roe:\n\nThe crews said so.\n\nEnd.\n", 0)] \
        == [frozenset({"Please", "attribute", "to", "Jo", "Roe"})] * 2


# spoken_documents.plain_document_noun (wave 34g; bare_document until 59m): four words at most, every modifier
# plain letters.
@pytest.mark.parametrize(("words", "expected"), [
    (["the", "new", "quarterly", "figures"], True),
    (["the", "new", "revised", "quarterly", "figures"], False),
    (["new", "2024", "figures"], False),
])
def test_plain_document_noun_bounds(words: list[str], expected: bool) -> None:
    assert plain_document_noun(words) is expected


def test_a_document_with_an_owner_does_not_speak_again() -> None:
    ctx = Context(text="")
    ctx.spoke("new figures", "document")
    assert spoken_again(["its", "figures"], ctx) is None


# thing_names.names_a_thing (wave 34h): a possessive mention is left alone; the place word is the name's last.
def test_a_possessive_thing_name_is_left_alone() -> None:
    text = "Storm Elowen's gusts flattened the barley."
    assert names_a_thing(text, Mention(0, 14, "Storm Elowen", "person", True, "")) is False


def test_a_name_ending_on_a_place_word_names_a_thing() -> None:
    text = "Gusts of 90km/h were recorded at Upper Fenwick Moor on Sunday."
    at = text.index("Upper")
    assert names_a_thing(text, Mention(at, at + 18, "Upper Fenwick Moor", "person", False, "")) is True


# anonymous_people (wave 34d): the paragraph before a pronoun's and no further, the clause after a subject to its
# sentence's or line's end, a subject's phrase inside its words or in the clause after them, and a bare pronoun only.
@pytest.mark.parametrize(("text", "at", "expected"), [
    ("One paragraph only here.", 20, 0),
    ("First para.\n\nSecond para here.", 25, 0),
    ("First para.\n\nSecond para.\n\nThird para here.", 40, 13),
    ("x" * 2000 + "\n\nEnd here.", 2008, 508),
])
def test_previous_paragraph_start(text: str, at: int, expected: int) -> None:
    assert anonymous_people._previous_paragraph_start(text, at) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("who asked not to be named. Then more", 25),
    ("who asked not\nto be named", 13),
    ("who asked " + "y" * 300, 250),
    ("short", 5),
    ("a. b\nc", 1),
])
def test_clause_end(text: str, expected: int) -> None:
    assert anonymous_people._clause_end(text, 0) == expected


GUARD = "A guard at one Tolby prison, who asked not to be named, said the wing was full."


@pytest.mark.parametrize(("text", "subject", "expected"), [
    (GUARD, "A guard at one Tolby prison, who asked not to be named,", "A guard at one Tolby prison"),
    ("One grower near Ashmere who spoke on condition of anonymity said prices had halved.",
     "One grower near Ashmere who spoke on condition of anonymity", "One grower near Ashmere"),
    ("Another nurse, speaking on condition of anonymity, said two wards had shut.",
     "Another nurse, speaking on condition of anonymity,", "Another nurse"),
    ("A guard who worked nights at the jail for 12 years and asked not to be named said the wing was full.",
     "A guard who worked nights at the jail for 12 years and asked not to be named", "A guard"),
    ("A guard at one Tolby prison who asked not to be named said it.", "A guard at one Tolby prison",
     "A guard at one Tolby prison"),
    ("A guard, who asked not to be named, said it.", "A guard", "A guard"),
    ("A guard said the wing was full, speaking on condition of anonymity.", "A guard", None),
    ("A guard who asked for more staff said the wing was full.", "A guard", None),
    ("Prison staff said the wing was full.", "Prison staff", None),
])
def test_anonymous_subject(text: str, subject: str, expected: str | None) -> None:
    assert anonymous_people.anonymous_subject(text, 0, len(subject)) == expected


HEADED = "Prison staff\n\n" + GUARD


@pytest.mark.parametrize(("text", "expected"), [
    (HEADED + " He said staff were tired.", "A guard at one Tolby prison"),
    (HEADED + "\n\nHe said staff were tired.", "A guard at one Tolby prison"),
    (HEADED + "\n\nThe prison has 400 places.\n\nHe said staff were tired.", None),  # two paragraphs back
    (HEADED + " Jo Roe disagreed. He said staff were tired.", None),  # a person named since
    (HEADED + " A spokeswoman disagreed. He said staff were tired.", None),  # a spokesperson since
    ("Tom Ash spoke first. Among the staff was a guard who asked not to be named. He said the wing was full.",
     "a guard"),
    ("Tom Ash spoke first.\nAmong the staff was a guard who asked not to be named. He said the wing was full.",
     "a guard"),
    ("Tom Ash spoke first. The guard asked not to be named. He said the wing was full.", None),  # no relative
])
def test_anonymous_antecedent(text: str, expected: str | None) -> None:
    assert anonymous_people.anonymous_antecedent(text, text.rindex("He said")) == expected


def test_only_a_bare_pronoun_looks_back() -> None:
    text = HEADED + " Staff said the wing was quiet. He said so too."
    staff, he = text.index("Staff"), text.index("He said")
    assert [anonymous_people.anonymous_speaker(text, staff, staff + 5),
            anonymous_people.anonymous_speaker(text, he, he + 2)] == [None, "A guard at one Tolby prison"]


# A defect found by the mutants of anonymous_antecedent's sentence start: a description opening the text itself (no
# `. ` and no line before it) lost its first letter (`rfind` gave -1, + 2 = offset 1: `guard at one Tolby prison`), so
# `he` went to the body that spoke between, where the same paragraph under a heading gives the guard.
def test_a_pronoun_after_a_description_opening_the_text() -> None:
    text = ("A guard at one Tolby prison, who asked not to be named, has worked on its wings for 20 years. The Tolby "
            "Prison Service said 12 cells were empty. He said 3 wings were shut.\n")
    assert (anonymous_people.anonymous_antecedent(text, text.index("He said")),
            extract_text(text)[["speaker", "speaker_kind", "cue", "claim"]].values.tolist()) == (
        "A guard at one Tolby prison",
        [["Tolby Prison Service", "organisation", "said", "12 cells were empty."],
         ["A guard at one Tolby prison", "person", "said", "3 wings were shut."]])


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("A.\n\nB.\n\nC here.\n\nD.", 10, 4),                       # a paragraph after the pronoun's is not read
    ("x\n\n" + "y" * 1600 + "\n\nEnd here.", 1610, 110),       # nor a break before the look-back
])
def test_previous_paragraph_start_within_its_bounds(text: str, at: int, expected: int) -> None:
    assert anonymous_people._previous_paragraph_start(text, at) == expected


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("One. who asked not to be named", 5, 30),                 # a stop before the clause is not its end
    ("who asked " + "y" * 300 + ". End", 0, 250),              # nor a stop past the bound
    ("who asked " + "y" * 300 + "\nEnd", 0, 250),              # nor a line's end past it
    ("a. b. c", 0, 1),
    ("a\nb\nc", 0, 1),
])
def test_clause_end_within_its_bounds(text: str, start: int, expected: int) -> None:
    assert anonymous_people._clause_end(text, start) == expected


@pytest.mark.parametrize(("text", "subject", "expected"), [
    ("A guard said it. A nurse, who asked not to be named, said so.", "A guard", None),  # a later sentence's phrase
    ("A guard named Jo said it. A nurse, who asked not to be named, said so.", "A guard named Jo", None),
    ("A guard asked not to be named and said it.", "A guard asked not to be named and", None),  # no relative
    ("Among the staff was a guard who asked not to be named.", "Among the staff was a guard who asked not to be named",
     None),                                                                              # a subject opens on it
    ("Among the staff was a guard who asked not to be named said it.", "Among the staff was a guard", None),
])
def test_no_anonymous_subject(text: str, subject: str, expected: None) -> None:
    assert anonymous_people.anonymous_subject(text, 0, len(subject)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Ash spoke. One crew left early. Among the staff was a guard who asked not to be named. He said it was full.",
     "a guard"),                                               # the phrase's own sentence, not the paragraph's first
    ("Tom Ash spoke first. A guard who asked not to be named left early. He said the wing was full.", "A guard"),
    ("Head\nOne crew left early\nAmong the staff was a guard who asked not to be named. He said it was full.",
     "a guard"),                                               # the phrase's own line
    ("Tom Ash spoke first. A guard asked not to be named, speaking at the gate. He said the wing was full.", None),
    ("Prison staff\n\nJo Roe spoke. He said it was full. A guard, who asked not to be named, said so.", None),
    ("Prison staff\n\nA dog named Rex ran off. He said it was full. A guard, who asked not to be named, said so.",
     None),                                                    # a phrase after the pronoun
])
def test_anonymous_antecedent_reads_its_own_sentence(text: str, expected: str | None) -> None:
    assert anonymous_people.anonymous_antecedent(text, text.index("He said")) == expected


@pytest.mark.parametrize(("words", "opening", "expected"), [
    ("", True, None),
    ("A guard at Block X, ", True, "A guard at Block X"),
    ("The vet at the farm ", False, None),
    ("Then a guard ", True, None),
    ("A guard at one of the two prisons near Tolby ", True, "A guard at one of the two prisons near Tolby"),
    ("A guard at one of the two old prisons near Tolby ", True, None),
    ("For one tenant ", False, None),
])
def test_anonymous_description_bounds(words: str, opening: bool, expected: str | None) -> None:
    assert anonymous_people.anonymous_description(words, 0, len(words), opening) == expected


def test_a_description_ending_before_its_start_is_an_error() -> None:
    with pytest.raises(anonymous_people.AnonymousPersonError,
                       match=r"^offsets 5\.\.3: a description's end must not come before its start$"):
        anonymous_people.anonymous_description("A guard at one jail", 5, 3, True)


# speaker_employers._before_capital_post (wave 34i) and the colon dateline (34j), read with cold caches (employer_named,
# colon_dateline and the mentions are cached).
@pytest.mark.parametrize(("text", "expected"), [
    ("Tarn Ladders President and CEO Al Key spoke.", "Tarn Ladders"),
    ("Brill Hinges Chief Executive Officer Al Key spoke.", "Brill Hinges"),
    ("Transport Secretary Al Key spoke.", None),
    ("President Al Key spoke.", None),
    ("Brill Hinges CEO of Europe Al Key spoke.", None),
    ('"Yes," Al Key said.', None),
])
def test_body_before_a_post_in_capitals(text: str, expected: str | None) -> None:
    assert (speaker_employers._before_capital_post(text, text.index("Al Key")),
            speaker_employers.employer_named(text, "Al Key")) == (expected, expected)


def test_a_colon_dateline_and_its_place_and_region() -> None:
    text = "Wind farm approved\n\nGOULBURN, NSW: A wind farm of 40 turbines was approved on Monday.\n"
    assert (datelines.colon_dateline(text), datelines.colon_dateline_end(text, 20, len(text)),
            datelines.colon_dateline_end(text, 20, 30),
            [entities._in_colon_dateline(text, text.index(w)) for w in ("GOULBURN", "NSW", "A wind")]) \
        == ((20, 35), 35, None, [True, True, False])
