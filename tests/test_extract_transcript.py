"""Interview turns (`claims.extract.transcript`): which sentences of a turn are its speaker's claims."""
from __future__ import annotations

import pytest

from claims.extract.entities import find_mentions
from claims.extract.transcript import no_answerer, turn_claims
from tests.extract_rows import rows


# Wave 35f: a turn's sentence is a claim when it holds a figure, a count in words of the one list of number words
# (`vocabulary.NUMBER_WORDS`) too: teens and tens past fifty were missing from the turn's own list.
@pytest.mark.parametrize("sentence", [
    "We closed four depots.", "We closed fourteen depots.", "We closed sixty depots.", "We shut ninety branches.",
    "Bills went up by a third.", "We hired a dozen drivers.", "The work starts in May.",
])
def test_a_turn_s_sentence_with_a_figure_in_words_is_a_claim(sentence: str) -> None:
    assert turn_claims(sentence, 0, len(sentence)) == [(0, len(sentence) - 1)]


@pytest.mark.parametrize("sentence", ["Fares rose.", "We closed our depots.", "No one was hurt."])
def test_a_turn_s_sentence_without_a_figure_is_none(sentence: str) -> None:
    assert turn_claims(sentence, 0, len(sentence)) == []


# Wave 55p: an explainer's questions under a byline (`By Tomas Ellery` over `Service Life Weekly | 8 July 2027`) name no
# interviewee: neither the writer and the paper on the byline's lines, nor `Harbour Guards` read as a person where it
# opens a body's name (`Harbour Guards' Pay Panel`). Our own words about invented parties.
EXPLAINER = (
    "Harbour guards' pay award 2027: what it means for you, and your questions answered\n\n"
    "By Tomas Ellery\nService Life Weekly | 8 July 2027\n\n"
    "Most members of the Harbour Guards will get a 4 per cent pay rise from April, as the independent Harbour "
    "Guards' Pay Panel (HGPP) proposed.\n\n"
    "We have gone through the panel's report and put your questions to the Ministry of Ports.\n\n"
    "How much is the rise?\n\n"
    "The HGPP recommended a 4 per cent increase for all grades. Its report says the award would cost around £40 "
    "million this year.\n\n"
    "What about housing charges?\n\n"
    "The report recommends that rental charges for guard housing rise by 2.9 per cent.\n\n"
    "When will I see it?\n\n"
    "We understand the new rates will appear in August pay, backdated to April.\n\n"
    "Is there a one-off payment?\n\n"
    "Yes. Those on the lowest scales will get £500 in September.\n")


def test_an_explainer_under_a_byline_has_no_interviewee() -> None:
    assert rows(EXPLAINER) == [
        ("Harbour Guards' Pay Panel", "organisation", "recommended a 4 per cent increase for all grades"),
        ("Harbour Guards' Pay Panel", "organisation", "the award would cost around £40 million this year"),
        ("Harbour Guards' Pay Panel", "organisation", "rental charges for guard housing rise by 2.9 per cent"),
    ]


@pytest.mark.parametrize(("text", "name", "answers"), [
    (EXPLAINER, "Tomas Ellery", False),  # the byline's writer
    (EXPLAINER.replace("Service Life Weekly", "Orla Quigley"), "Orla Quigley", False),  # the line under the byline
    (EXPLAINER, "Harbour Guards", False),  # opens `Harbour Guards' Pay Panel`
    (EXPLAINER.replace("Most members", "Orla Quigley said most members"), "Orla Quigley", True),
])
def test_who_may_answer_an_explainer_s_questions(text: str, name: str, answers: bool) -> None:
    mentions = find_mentions(text, 0, len(text))
    person = next(m for m in mentions if m.name == name and m.kind == "person")
    assert no_answerer(text, person, mentions) is not answers
