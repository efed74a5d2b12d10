"""A document first named without its maker speaks for the maker the next sentence names (wave 57p): `published today
by X`, `conducted by X`, `released today by X`, `an analysis by X`, whatever the document's noun there; two makers
named there leave its owner untold (unresolved); none, or one named only further on, leave the document. Each case is
a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from claims.extract.attribution.next_makers import next_makers, next_sentence
from extract_rows import rows

LEAD = "Walking to work\n\nThe largest survey of commuters reveals that 40% of residents walk to work.\n\n"
LEAD_QUOTE = "40% of residents walk to work"


@pytest.mark.parametrize(("text", "expected"), [
    ("Charities are merging as funding falls.\n\nThe largest survey of charity leaders reveals that one in five fear "
     "for their future.\n\nThe Giving Outlook report, published today by the Harrow Giving Foundation, reveals that "
     "demand is rising.\n",
     [("Harrow Giving Foundation", "organisation", "one in five fear for their future"),
      ("Harrow Giving Foundation", "organisation", "demand is rising")]),
    ("Donations still falling for most charities\nA SURVEY RELEASED this morning has found that donations fell for 61% "
     "of charities.\nThe survey in May of 300 groups conducted by The Lantern Network, which represents 800 charities, "
     "shows that costs rose.\n",
     [("Lantern Network", "organisation", "donations fell for 61% of charities"),
      ("Lantern Network", "organisation", "costs rose")]),
    ("Annual arrivals grow by 4 per cent\n\nThe release of today's arrival figures show that arrivals grew by 4 per "
     "cent.\n\nThe travel figures released today by the Norland Statistics Office confirmed that monthly arrivals grew "
     "by 11 per cent.\n",
     [("Norland Statistics Office", "organisation", "arrivals grew by 4 per cent"),
      ("Norland Statistics Office", "organisation", "confirmed that monthly arrivals grew by 11 per cent")]),
    ("Councils ranked\n\nCouncils in Norland were ranked from best to worst according to the latest available data on "
     "schools and health.\n\nThe wide gap in performance was revealed in an analysis by The Weekly Courier.\n",
     [("Weekly Courier", "organisation", "Councils in Norland were ranked from best to worst")]),
])
def test_the_maker_the_next_sentence_names_speaks_for_the_document(text: str,
                                                                  expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_two_makers_named_in_the_next_sentence_leave_the_owner_untold() -> None:
    text = LEAD + ("The figures, released today by the Norland Transport Office, match an earlier report by Fairway "
                   "Research Ltd.\n")
    assert rows(text) == [("the largest survey", "unresolved", LEAD_QUOTE)]


def test_one_maker_of_figures_in_the_next_sentence_speaks_for_both_rows() -> None:
    text = LEAD + "The figures, released today by the Norland Transport Office, show that 12% cycle.\n"
    assert rows(text) == [("Norland Transport Office", "organisation", LEAD_QUOTE),
                          ("Norland Transport Office", "organisation", "12% cycle")]


@pytest.mark.parametrize("after", [
    "The survey asked 2,000 people about their journeys.\n",
    "The survey asked 2,000 people about their journeys.\n\nThe analysis was carried out by Fairway Research Ltd.\n",
])
def test_no_maker_in_the_next_sentence_leaves_the_document(after: str) -> None:
    assert rows(LEAD + after) == [("the largest survey", "document", LEAD_QUOTE)]


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("A survey found A. The report, published by X, found B. C.", 3, (18, 54)),
    ("A survey found A.\n\nThe report by X found B.\nC.", 3, (19, 43)),
    ("A survey found A.", 3, None),
])
def test_next_sentence_is_the_one_after_the_rows_own(text: str, at: int, expected: tuple[int, int] | None) -> None:
    assert next_sentence(text, at) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Giving Outlook report, published today by the Harrow Giving Foundation, reveals that demand is rising.",
     ["Harrow Giving Foundation"]),
    ("The wide gap was revealed in an analysis by The Weekly Courier.", ["Weekly Courier"]),
    ("The figures, released today by the Norland Transport Office, match an earlier report by Fairway Research Ltd.",
     ["Norland Transport Office", "Fairway Research Ltd"]),
    ("The figures, released today by the Norland Transport Office, match the office's report by the Norland Transport "
     "Office.", ["Norland Transport Office"]),
    ("The survey was funded by the Walking Trust.", []),
    ("The survey asked 2,000 people about their journeys.", []),
    # another producer later in the next sentence's paragraph: two producers, none told (the merge of 57p with wave 13)
    ("A study by the Arden Institute covered 300 farms. An analysis by the Corran Trust covered 80.", []),
    ("A study by the Arden Institute covered 300 farms. The study by the Arden Institute ran for a year.",
     ["Arden Institute"]),
    ("A study by the Arden Institute covered 300 farms.\n\nAn analysis by the Corran Trust covered 80.",
     ["Arden Institute"]),
])
def test_next_makers_names_each_maker_once(sentence: str, expected: list[str]) -> None:
    assert [maker.name for maker in next_makers("A survey found A. " + sentence, 0)] == expected


def test_a_maker_named_in_the_rows_own_sentence_is_never_passed_over_for_the_next() -> None:
    """The figures' own sentence names who collected them: the study by another maker after it takes no row of theirs."""
    text = ("Damp in rented homes\n\nOne in three rented homes in Carwell has damp, new figures show.\n\nThe figures, "
            "collected by the Carwell Tenants' Union over the winter, show that 400 of 1,200 homes had mould.\n\nIn a "
            "study by Ardwick University, early findings suggest that children in damp homes missed six more school "
            "days.\n")
    assert rows(text) == [
        ("Carwell Tenants' Union", "organisation", "One in three rented homes in Carwell has damp"),
        ("Carwell Tenants' Union", "organisation", "400 of 1,200 homes had mould"),
        ("Ardwick University", "organisation", "children in damp homes missed six more school days")]


@pytest.mark.parametrize(("document", "speaker"), [
    ("the first of three studies published this week", ("first of three studies published", "document")),
    ("one of the surveys", ("one of the surveys", "unresolved")),
])
def test_a_document_named_as_one_of_several_keeps_its_words(document: str, speaker: tuple[str, str]) -> None:
    """The maker named next may have made another of them (the corpus's p2000)."""
    text = (f"Pier repairs\n\nRepairing the pier would cost about £4.2 million, according to {document}.\n\n"
            "A study by Fenwick Marine Ltd, commissioned by the Pier Trust, estimates that the legs have lost a third "
            "of their strength.\n")
    assert rows(text) == [(*speaker, "Repairing the pier would cost about £4.2 million"),
                          ("Fenwick Marine Ltd", "organisation", "the legs have lost a third of their strength")]


@pytest.mark.parametrize(("text", "at", "expected"), [
    # the row's line ends before its sentence's stop: the next line is the next sentence, not the one after the stop
    ("A survey found A\nThe report by X found B.\nC.", 3, (17, 41)),
    # the text opens on a line break at the row: the sentence after it, never the one after its stop
    ("\nThe report by X found B. C.", 0, (1, 25)),
    # the text ends in white space after the row's sentence: no next sentence
    ("A survey found A.\n", 3, None),
    # the next sentence ends at its line's break though no stop closes it, never at a later line's
    ("A survey found A.\nThe report by X found B\nC.\n", 3, (18, 41)),
])
def test_next_sentence_stops_at_line_breaks(text: str, at: int, expected: tuple[int, int] | None) -> None:
    assert next_sentence(text, at) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the maker's name must open right after `by` or `by the`: `two` before it names people of the body, no maker
    ("A survey found A. A study by two Harrow Institute researchers covered 80.", []),
    # a person after `by` is no body that made the document
    ("A survey found A. A study by Jo Marrant covered 80.", []),
    # nobody named after `by`
    ("A survey found A. A study by volunteers covered 80.", []),
    # the text ends with the row's sentence
    ("A survey found A.", []),
    # a maker named in the row's own sentence: that sentence's readers decide, never the next one's maker
    ("The report, Fair Play, was led by the Arden Institute. An analysis by the Corran Trust covered 80.", []),
    # a maker named in an earlier paragraph is none of the next sentence's
    ("A study by the Arden Institute covered 300 farms.\n\nA survey found A. The report, published today by the "
     "Corran Trust, found B.", ["Corran Trust"]),
])
def test_next_makers_reads_only_the_next_sentence(text: str, expected: list[str]) -> None:
    at = text.index("A survey") if "A survey" in text else 0
    assert [maker.name for maker in next_makers(text, at)] == expected


def test_a_later_producer_in_the_paragraph_after_a_heading_leaves_the_maker_untold() -> None:
    """The rest of the next sentence's paragraph is read to its own line's end, wherever the text's first line ends."""
    text = ("Farms\n\nA survey found A. A study by the Arden Institute covered 300 farms. An analysis by the Corran Trust "
            "covered 80.")
    assert next_makers(text, text.index("A survey")) == []


def test_the_rows_own_sentence_is_read_from_the_rows_start() -> None:
    """The row's own maker stands before a decimal point in its claim: the sentence is found from the row's start, so
    the next sentence's maker takes no row of the document's."""
    text = ("Fares\n\nThe largest survey of riders reveals that fares, logged by volunteers, rose 4.2 per cent. The "
            "report, published today by the Harrow Giving Foundation, reveals that demand is rising.\n")
    assert rows(text) == [("the largest survey", "document", "fares, logged by volunteers, rose 4.2 per cent"),
                          ("Harrow Giving Foundation", "organisation", "demand is rising")]


def test_a_document_named_as_one_of_several_beside_another_document_keeps_its_words() -> None:
    """Each document is read on its own: the one of several is never looked up among the other's makers."""
    text = ("Pier repairs\n\nRepairing the pier would cost about £4.2 million, according to the first of three studies "
            "published this week.\n\nThe largest survey of anglers reveals that 40% fish from the pier.\n")
    assert rows(text) == [("first of three studies published", "document",
                           "Repairing the pier would cost about £4.2 million"),
                          ("the largest survey", "document", "40% fish from the pier")]
