"""Tags that relay a sentence holding its own attribution (wave 63d): a writer's credit closing it (`..., writes Jo
Roe.`) and a reporter's named cue after a named person's own speech (`Lt. Ira Colley said ..., Marla says.`): the
sentence's own cue speaks. Each case is a short text written for this test in our own words about invented parties,
and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.attribution.records import Attribution
from claims.extract.attribution.relay_tags import opens_on_speech, relays_person, writer_credit
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("More passengers than ever are content with the bus service, the findings of this year's Tolvey Travel Survey "
     "show, writes Dana Whitcombe.\n",
     [("Tolvey Travel Survey", "document", "show", "More passengers than ever are content with the bus service")]),
    ("Fares on the airport line rose by a fifth last year, transport officer Ann Holt said, writes Dana Whitcombe.\n",
     [("Ann Holt", "person", "said", "Fares on the airport line rose by a fifth last year")]),
    ("Police Lt. Ira Colley said the suspect left the yard on foot and came back with a ladder, Marla says.\n",
     [("Ira Colley", "person", "said", "the suspect left the yard on foot"),
      ("Ira Colley", "person", "said", "came back with a ladder")]),
], ids=["credit-after-document", "credit-after-person", "reporter-relays-person"])
def test_the_sentence_s_own_cue_speaks_past_a_relaying_tag(text: str, expected: list[tuple[str, str, str, str]]
                                                          ) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fares rose by a fifth last year, writes Dana Whitcombe.\n",
     [("Dana Whitcombe", "person", ", writes", "Fares rose by a fifth last year")]),
    ("The Harrowmere nursing school admitted 640 students this year, Professor Ada Lind said.\n",
     [("Ada Lind", "person", "said", "The Harrowmere nursing school admitted 640 students this year")]),
], ids=["credit-alone", "object-verb-no-relay"])
def test_a_tag_with_no_speech_of_its_own_inside_keeps_its_speaker(text: str,
                                                                  expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sales rose, the figures show, writes Dana Whitcombe.", 28),
    ("Sales rose, the figures show, Dana Whitcombe writes.", 28),
    ("Sales rose, writes Dana Whitcombe.", 10),
    ("Sales rose, the figures show.", None),
    (", writes Dana Whitcombe.", None),  # a credit with nothing before it
    ("Sales rose, writes the treasurer.", None),  # no name after the verb
])
def test_writer_credit(sentence: str, expected: int | None) -> None:
    assert writer_credit(sentence, (0, len(sentence))) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("Police Lt. Ira Colley said the suspect fled", True),
    ("Ira Colley told reporters the suspect fled", True),
    ("The suspect fled, Ira Colley said", False),  # the cue after a comma: no opening subject
    ("The Harrowmere nursing school admitted 640 students", False),  # no plain speech verb
])
def test_opens_on_speech(content: str, expected: bool) -> None:
    assert opens_on_speech(content, 0, len(content)) is expected


@pytest.mark.parametrize(("inner", "expected"), [
    (Attribution("Ira Colley", "person", "said", ((32, 47),)), True),
    (Attribution("Harbour Police", "organisation", "said", ((32, 47),)), False),  # a body, no person
    (Attribution("Ira Colley", "person", "told", ((32, 47),)), False),  # another verb than the opening's
    (Attribution("Ann Holt", "person", "said", ((32, 47),)), False),  # not the opening's subject
])
def test_relays_person(inner: Attribution, expected: bool) -> None:
    assert relays_person("Police Lt. Ira Colley said the suspect fled.", 0, inner) is expected


# Round 64m (mutation): the credit's comma sought inside the sentence only, its other verb, and the opening subject read
# from the content's start and within its end, each asserted whole.
@pytest.mark.parametrize(("text", "sentence", "expected"), [
    ("Sales rose, wrote Dana Whitcombe.", (0, 33), 10),  # the past verb
    ("Sales rose, writes Dana Whitcombe. Later, more came.", (0, 34), 10),  # a comma after the sentence
    ("Yes, sales rose. He called it \"fine\" Dana Whitcombe writes.", (17, 59), None),  # no comma of its own
])
def test_writer_credit_reads_the_sentence_s_own_last_comma(text: str, sentence: tuple[int, int],
                                                           expected: int | None) -> None:
    assert writer_credit(text, sentence) == expected


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Ira Colley ran home. Jo said so.", 20, False),  # the verb past the content's end
    ("The Chief Constable of the Harbour Town Police said the suspect fled", 68, True),  # eight words
    ("The Chief Constable of all the Harbour Town Police said the suspect fled", 72, False),  # nine
])
def test_opens_on_speech_reads_up_to_eight_words_before_the_end(text: str, end: int, expected: bool) -> None:
    assert opens_on_speech(text, 0, end) is expected


@pytest.mark.parametrize(("text", "start", "inner", "expected"), [
    ("so, Police Lt. Ira Colley said the suspect fled.", 4, Attribution("Ira Colley", "person", "said", ((31, 47),)),
     True),  # the content opens past the text's start
    ("The suspect fled, Ira Colley said.", 0, Attribution("Ira Colley", "person", "said", ((0, 16),)), False),
    ("Police Lt. Colley said the suspect fled.", 0, Attribution("Ira Colley", "person", "said", ((23, 39),)), True),
    ("Police Lt. Colley said the suspect fled.", 0, Attribution("Ira Mae Colley", "person", "said", ((23, 39),)),
     True),  # the surname alone opens it
])
def test_relays_person_matches_the_surname_of_the_opening_subject(text: str, start: int, inner: Attribution,
                                                                  expected: bool) -> None:
    assert relays_person(text, start, inner) is expected
