"""Structural debts left by wave 26 (wave 27a): the stub mending reads words as words and figures as what they are,
so it joins the rows it always meant to; one named vocabulary of subject pronouns; one sentence splitter. Each case
is a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, cue, quote) rows, in text order, or the whole value a helper returns; each rule has cases
where it must not fire."""
import pytest

from claims.extract.attribution.records import Found
from claims.extract.stubs import is_stub, mend_stubs, stub_at
from extract_rows import cued_rows as rows


def span_of(text: str, words: str) -> tuple[int, int]:
    """The span of some words in a text."""
    start = text.index(words)
    return start, start + len(words)


# Debt 1: the stub mending's quick check reads words as words (`&` is none) and a figure after a preposition as what
# it is (an amount after `over`, `about`, `under`; a preposition's object after `in`, `by`, `within`).
@pytest.mark.parametrize("quote, expected", [
    ("Pellow Marsh & Co", True),  # three words and an ampersand: a bare name
    ("Fenwright, Tole & Sons", True),
    ("Pellow Marsh and Co", False),  # four words: no stub by its length
    ("Pellow Marsh & Co said so", False),
    ("in 14 of them", True),  # a figure as a preposition's object: a phrase
    ("within 30 days of the visit", True),
    ("by 2031 at the latest", True),
    ("over 300 new posts", False),  # a figure after a preposition of amount: a count
    ("about 40 households", False),
    ("under 12 per cent of the total", False),
    ("Within 10 days: 91% of calls", False),  # a label and its value
    ("by 4.9% in April", False),  # a measured figure: an amount of change
    ("by 12 per cent", False),
    ("Adult learning | Good", False),  # a table's row
    ("Good | Adult | Care", False),
    ("in 14 of them, sadly", False),  # a comma: more than a phrase
    ("in 14 of them staff were moved", False),  # a verb
])
def test_stub_at_reads_words_and_figures(quote: str, expected: bool) -> None:
    assert stub_at(quote, (0, len(quote))) is expected
    assert is_stub(quote) is expected


def test_stubs_join_a_name_cut_from_its_apposition() -> None:
    text = ("Corbin Hale Holdings said its trustees had taken advice from its broker, Pellow Marsh & Co, and its "
            "auditors, and had chosen to sell the site.")
    found = [Found("Corbin Hale Holdings", "organisation", "said",
                   span_of(text, "its trustees had taken advice from its broker")),
             Found("Corbin Hale Holdings", "organisation", "said", span_of(text, "Pellow Marsh & Co")),
             Found("Corbin Hale Holdings", "organisation", "said", span_of(text, "had chosen to sell the site"))]
    assert mend_stubs(text, found) == [
        Found("Corbin Hale Holdings", "organisation", "said",
              span_of(text, "its trustees had taken advice from its broker, Pellow Marsh & Co")),
        found[2]]


def test_stubs_join_a_phrase_with_a_figure_to_its_clause() -> None:
    text = "The audit found that in 14 of them, including two at night, no log was kept."
    found = [Found("The audit", "unresolved", "found that", span_of(text, "in 14 of them")),
             Found("The audit", "unresolved", "found that", span_of(text, "two at night, no log was kept"))]
    assert mend_stubs(text, found) == [
        Found("The audit", "unresolved", "found that",
              span_of(text, "in 14 of them, including two at night, no log was kept"))]


def test_stubs_leave_a_count_after_a_preposition_of_amount() -> None:
    text = "The audit found over 300 new posts, and 12 closed wards."
    found = [Found("The audit", "unresolved", "found", span_of(text, "over 300 new posts")),
             Found("The audit", "unresolved", "found", span_of(text, "12 closed wards"))]
    assert mend_stubs(text, found) == found


def test_stubs_leave_a_name_of_another_speaker() -> None:
    text = "Ada Voss said the broker was picked, and Ivo Lunn named Pellow Marsh & Co."
    found = [Found("Ada Voss", "person", "said", span_of(text, "the broker was picked")),
             Found("Ivo Lunn", "person", "named", span_of(text, "Pellow Marsh & Co"))]
    assert mend_stubs(text, found) == found


def test_a_cut_name_gives_whole_rows() -> None:
    text = ("In a note on Monday, Corbin Hale Holdings said its trustees had taken advice from its broker, Pellow "
            "Marsh & Co, and had chosen to sell the site.")
    assert rows(text) == [
        ("Corbin Hale Holdings", "organisation", "said",
         "its trustees had taken advice from its broker, Pellow Marsh & Co, and had chosen to sell the site")]


def test_a_cut_phrase_with_a_figure_gives_one_row() -> None:
    text = "The Rellick Water audit examined 52 pumping stations. It found that in 14 of them, including two near " \
           "schools, no log was kept."
    assert rows(text) == [
        ("Rellick Water", "organisation", "found that", "in 14 of them, including two near schools, no log was kept")]


def test_stubs_leave_a_clause_after_that_opening_on_a_preposition() -> None:
    text = "Ivo Lunn told us the hall was full and that at least three stewards fainted."
    found = [Found("Ivo Lunn", "person", "told", span_of(text, "the hall was full")),
             Found("Ivo Lunn", "person", "told", span_of(text, "at least three stewards fainted"))]
    assert mend_stubs(text, found) == found


def test_a_lone_phrase_after_its_cues_that_stays_as_cut() -> None:
    assert rows("Rellick Water said that by 2031 at the latest.") == [
        ("Rellick Water", "organisation", "said that", "by 2031 at the latest")]
    assert rows("Rellick Water said that within 30 days of the visit.") == [
        ("Rellick Water", "organisation", "said that", "within 30 days of the visit")]


# Debt 2: one shared vocabulary of subject pronouns, with each rule's difference named.
def test_the_shared_pronoun_vocabulary() -> None:
    from claims.extract import vocabulary as v
    assert v.SUBJECT_PRONOUNS == frozenset({"i", "we", "you", "he", "she", "it", "they"})
    assert (v.PERSON_PRONOUNS, v.PARTY_PRONOUNS) == (frozenset({"he", "she"}), frozenset({"it", "they"}))
    assert v.SPEAKER_PRONOUNS == frozenset({"he", "she", "it", "they", "we"})  # never the writer or the reader
    assert v.CLAUSE_SUBJECTS == v.SUBJECT_PRONOUNS | {"there"}
    assert v.POSSESSIVE_PRONOUNS == frozenset({"my", "our", "your", "his", "her", "its", "their"})


@pytest.mark.parametrize("pronoun, kind, expected", [
    ("she", "person", True), ("it", "organisation", True), ("we", "organisation", True),
    ("it", "person", False), ("you", "organisation", False), ("i", "person", False),
])
def test_a_speakers_pronoun_is_never_the_writer_or_the_reader(pronoun: str, kind: str, expected: bool) -> None:
    from claims.extract.standalone import stands_for
    assert stands_for(pronoun, kind) is expected


@pytest.mark.parametrize("item, expected", [
    ("you remained concerned", False),  # a state of mind, whoever holds it: no item to check
    ("they remained concerned", False),
    ("Ivo Lunn resigned", True),  # a name, not a pronoun
    ("you were concerned", True),  # an auxiliary second
])
def test_a_pronoun_and_a_state_of_mind_are_no_item(item: str, expected: bool) -> None:
    from claims.extract.items import is_statement
    assert is_statement(item) is expected


# Debt 3: the writer of a first-person text is read from its opening's sentences as the package splits them.
@pytest.mark.parametrize("opening, expected", [
    # a decimal point or an abbreviation ends no sentence
    ("Corbin Tenants' Forum has logged 2.5 times more complaints in our survey this year.\n",
     "Corbin Tenants' Forum"),
    ("Brindle Housing Group has worked with the U.S. Embassy and our residents since May.\n",
     "Brindle Housing Group"),
    ("Brindle Housing Group can confirm that the lifts are working again.\n", "Brindle Housing Group"),
    # must not fire: no first person in the name's own sentence, or no name opening one
    ("Brindle Housing Group has repaired the lifts. We apologise for the delay.\n", None),
    ("Last week the lifts failed again and our residents were stuck.\n", None),
])
def test_the_writer_is_read_from_the_packages_sentences(opening: str, expected: str | None) -> None:
    from claims.extract.speakers.writer_bodies import writer_named
    found = writer_named(opening)
    assert (found.name if found is not None else None) == expected
