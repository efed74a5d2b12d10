"""Sentences (claims/extract/attribution/sentences.py): `attribute_sentences` reads each sentence of a block outside
its quoted speech, in text order, and gives each claim to its party. Round 61m2 (mutation of the core reader): each
case is a short text in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, cue, quote) rows."""
import pytest

from tests.extract_rows import clear_extract_caches, cued_rows


@pytest.fixture(autouse=True)
def cold_caches() -> None:
    """Start each case from empty caches: a mutant run forked from a warm process must not read earlier answers."""
    clear_extract_caches()


@pytest.mark.parametrize("text, expected", [
    ("Kelby Borough Council said the Marsh Lane bridge would reopen in May.",
     [("Kelby Borough Council", "organisation", "said", "the Marsh Lane bridge would reopen in May")]),
    # two sentences, each its own cue and speaker, in text order
    ("Tarnby Rail said fares would rise. Kelby Borough Council said the Marsh Lane bridge would close in June.",
     [("Tarnby Rail", "organisation", "said", "fares would rise"),
      ("Kelby Borough Council", "organisation", "said", "the Marsh Lane bridge would close in June")]),
    # `It` in the next sentence is the party that spoke in the sentence before
    ("Kelby Borough Council said the bridge would reopen in May. It added that the road would close in June.",
     [("Kelby Borough Council", "organisation", "said", "the bridge would reopen in May"),
      ("Kelby Borough Council", "organisation", "added that", "the road would close in June")]),
])
def test_each_sentence_gives_its_claims_to_its_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text", [
    "Tarnby Rail runs the Vale line.\n\nIt said fares would rise by 8% in March.",
    "Tarnby Rail runs the Vale line. It said fares would rise by 8% in March.",
    "Tarnby Rail to raise fares\n\nIt said fares would rise by 8% in March.",
])
def test_a_block_with_no_cue_still_names_the_party_a_later_it_means(text: str) -> None:
    """A paragraph, a sentence or a headline with no cue claims nothing, but the body it opens on is the `It` after."""
    assert cued_rows(text) == [("Tarnby Rail", "organisation", "said", "fares would rise by 8% in March")]


def test_a_writers_line_names_no_party_for_a_later_it() -> None:
    assert cued_rows("Kelby Echo reporter\n\nIt said fares would rise by 8% in March.") == [
        ("it", "unresolved", "said", "fares would rise by 8% in March")]


def test_text_with_no_cue_claims_nothing() -> None:
    assert cued_rows("The Vale line is old. It was built in 1902.") == []


def test_a_quoted_sentence_after_a_colon_is_the_speakers_and_the_next_sentence_reads_on() -> None:
    assert cued_rows('Ada Quist said: "The deck is new. The rails are new." She said the bridge was safe.') == [
        ("Ada Quist", "person", "said:", "The deck is new."),
        ("Ada Quist", "person", "said:", "The rails are new."),
        ("Ada Quist", "person", "said", "the bridge was safe")]


def test_a_quotation_opened_after_that_goes_on_past_its_first_sentence() -> None:
    """The quotation's later sentence is the cue's speaker's, read once; the sentence after its close claims nothing."""
    assert cued_rows("Ada Quist, the chair of Kelby Borough Council, said the bridge was safe. She added that \u201cthe "
                     "deck is new. The rails are new and the lights work.\u201d The bridge opens on Monday.") == [
        ("Ada Quist", "person", "said", "the bridge was safe"),
        ("Ada Quist", "person", "added that", "\u201cthe deck is new"),
        ("Ada Quist", "person", "quotation continues", "The rails are new and the lights work.")]


def test_a_response_frame_gives_the_figures_to_their_owner_and_the_words_to_the_speaker() -> None:
    assert cued_rows("Responding to Kelby Borough Council figures which show that 40 bridges are unsafe, Ada Quist "
                     "said: \"We will mend every one of them.\"") == [
        ("Kelby Borough Council", "organisation", "which show that", "40 bridges are unsafe"),
        ("Ada Quist", "person", "said:", "We will mend every one of them.")]


def test_a_statement_framed_on_a_report_gives_the_finding_to_the_report() -> None:
    assert cued_rows("Tarnby Rail released the following statement on the report, which showed fares rose by 8% last "
                     "year:\n\n\"We are sorry for the delays on our trains.\"") == [
        ("the report", "document", "which showed", "fares rose by 8% last year")]


def test_a_second_party_with_its_own_cue_claims_its_own_clause() -> None:
    assert cued_rows("Ministers promised new trains for the Vale line, but last month Tarnby Rail said that the order "
                     "was cancelled.") == [
        ("Ministers", "unresolved", "promised", "promised new trains for the Vale line"),
        ("Tarnby Rail", "organisation", "said that", "the order was cancelled")]


def test_a_source_named_after_its_claim_takes_the_sentence_before() -> None:
    assert cued_rows("Fares rose by 8% last year on the Vale line. That's according to Tarnby Rail.") == [
        ("Tarnby Rail", "organisation", "according to", "Fares rose by 8% last year on the Vale line")]


def test_a_continuing_sentence_goes_on_with_the_speaker_before() -> None:
    assert cued_rows("Tarnby Rail said fares would rise by 8% in March. These included rises on the Vale line that "
                     "the board could not explain.") == [
        ("Tarnby Rail", "organisation", "said", "fares would rise by 8% in March"),
        ("Tarnby Rail", "organisation", "These included", "rises on the Vale line that the board could not explain")]


def test_a_continuing_sentence_with_no_speaker_before_claims_nothing() -> None:
    assert cued_rows("The figures for Kelby were poor. These included rises on the Vale line that the board could not "
                     "explain.") == []


def test_a_statement_a_party_gave_speaks_for_it_later() -> None:
    assert cued_rows("Tarnby Rail said in a statement that fares would rise by 8%.\n\nThe statement said the Vale line "
                     "would close in May.") == [
        ("Tarnby Rail", "organisation", "said in a statement that", "fares would rise by 8%"),
        ("Tarnby Rail", "organisation", "said", "the Vale line would close in May")]


def test_a_continuing_paragraph_goes_on_with_the_last_speaker_of_the_paragraph_before() -> None:
    assert cued_rows("Tarnby Rail said fares would rise by 8% in March.\n\nThese included rises on the Vale line that "
                     "the board could not explain.") == [
        ("Tarnby Rail", "organisation", "said", "fares would rise by 8% in March"),
        ("Tarnby Rail", "organisation", "These included", "rises on the Vale line that the board could not explain")]


def test_a_headline_cue_claims_nothing_but_names_the_body_the_company_means() -> None:
    assert cued_rows("Tarnby Rail says fares will rise\n\nThe company said the Vale line would close in May.") == [
        ("Tarnby Rail", "organisation", "said", "the Vale line would close in May")]


def test_a_quotation_after_its_cue_goes_on_in_the_next_quoted_sentence() -> None:
    assert cued_rows('"The deck is new," Ada Quist said. "The rails are new."') == [
        ("Ada Quist", "person", "said", "The deck is new"),
        ("Ada Quist", "person", "quotation continues", "The rails are new.")]


def test_a_quotation_opened_after_that_in_the_first_sentence_keeps_its_cue() -> None:
    """The quotation's later sentences go in before the cue's own row, never over it, when it is the only row yet."""
    assert cued_rows('Ada Quist said that "the deck is new. The rails are new."') == [
        ("Ada Quist", "person", "said that", '"the deck is new'),
        ("Ada Quist", "person", "quotation continues", "The rails are new.")]
