"""Wave 63f: a document cited with no maker and left unresolved (`A fresh poll released has found`, `The Spring 2031
Trade Survey reveals`) read as the one body the text names as a maker of a document of that noun elsewhere
(speakers/makers_elsewhere). Whole values."""
import pytest

from claims.extract.speakers.makers_elsewhere import document_noun, makers_elsewhere, makers_named

CHAMBER_TEXT = ("The Spring 2031 Orrel Chamber Trade Survey reveals that members feel confident. This is one of the "
                "findings of the Chamber's twice-yearly members' trade survey.\n\n54.2% reported higher sales.\n")
POLL_TEXT = ("A fresh poll released has found 81 per cent would use a clinic.\n\n"
             "The poll, carried out for Kelby Health Trust, also found that 64 per cent had waited.\n")


@pytest.mark.parametrize(("speaker", "expected"), [
    ("the spring 2031 orrel chamber trade survey", "survey"), ("A fresh poll released", "poll"),
    ("the report", "report"), ("the figures", None), ("poll", None), ("a poll of voters", None)])
def test_document_noun_ends_the_speaker_or_precedes_a_participle(speaker: str, expected: str | None) -> None:
    assert document_noun(speaker) == expected


@pytest.mark.parametrize(("text", "noun", "expected"), [
    (CHAMBER_TEXT, "survey", {"Chamber"}),  # its possessive before the noun
    (POLL_TEXT, "poll", {"Kelby Health Trust"}),  # after the noun: carried out for
    ("The report by Norland Audit Office found it. Ashby Council's report agreed.\n", "report",
     {"Norland Audit Office", "Ashby Council"}),
    ("Jo Roe's survey of 40 farms found it.\n", "survey", set()),  # a person's
    ("Last year's survey found it.\n", "survey", set()),  # no name
    ("The Ashby Retail Association's survey found it.\n", "survey", {"Ashby Retail Association"}),  # `The` left out
])
def test_makers_named_reads_possessives_and_makers_after_the_noun(text: str, noun: str, expected: set[str]) -> None:
    assert makers_named(text, noun) == expected


def test_makers_elsewhere_maps_only_unresolved_documents_with_one_maker() -> None:
    speakers = [("the spring 2031 orrel chamber trade survey", "unresolved"), ("Jo Roe", "person")]
    assert makers_elsewhere(CHAMBER_TEXT, speakers) == {
        "the spring 2031 orrel chamber trade survey": ("Chamber", "organisation")}
    assert makers_elsewhere(CHAMBER_TEXT, [("the spring 2031 orrel chamber trade survey", "document")]) == {}
    two = CHAMBER_TEXT + "The Ashby Retail Association's survey disagreed.\n"
    assert makers_elsewhere(two, [("the spring 2031 orrel chamber trade survey", "unresolved")]) == {}


# Round 64m (mutation): the participle after a three-word document, a name opening on a sentence's word, and a poll
# (a maker noun that is no document noun), each asserted whole.
@pytest.mark.parametrize(("speaker", "expected"), [("a poll released", "poll"), ("the board voted", None)])
def test_document_noun_takes_a_participle_after_the_noun_only(speaker: str, expected: str | None) -> None:
    assert document_noun(speaker) == expected


def test_makers_named_drops_a_name_opening_on_a_sentence_s_word() -> None:
    assert makers_named("But Kelby Trust's poll found a rise.\n", "poll") == set()


def test_makers_elsewhere_maps_a_poll_to_its_one_maker() -> None:
    assert makers_elsewhere(POLL_TEXT, [("A fresh poll released", "unresolved")]) == {
        "A fresh poll released": ("Kelby Health Trust", "organisation")}
