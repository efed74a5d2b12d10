"""Two shapes of English press writing read in wave 50d (invented texts): a speech verb after `went on to` / `goes on
to` speaks for the subject before it, a pronoun too (`She goes on to say the fund is safe`;
`attribution.patterns.GOING_ON_TAIL_RE`); and `That is according to X` only points back at the claim before it, so the
pointer claims nothing itself (`attribution.sources.POINTER_ONLY_RE`)."""
import pytest

from claims import extract_text


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, claim) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["claim"]))


OPENING = "Provost Ilse Marrow of Tarnbeck College spoke at the open day on Friday.\n\n"


@pytest.mark.parametrize("sentence", [
    "She goes on to say the college has no plans to raise fees.",
    "She went on to say the college has no plans to raise fees.",
    "She then went on to claim the college has no plans to raise fees.",
    "Marrow goes on to say the college has no plans to raise fees.",
    "She goes on to add that the college has no plans to raise fees.",
])
def test_a_speech_verb_after_going_on_speaks_for_the_subject(sentence: str) -> None:
    assert table(OPENING + sentence) == [
        ("Ilse Marrow", "person", "The college has no plans to raise fees.")]


def test_a_body_going_on_to_say() -> None:
    text = "The Pellow Moor Trust reopened its visitor centre.\n\nThe trust goes on to say the centre cost £2.4m to refit."
    assert table(text) == [("Pellow Moor Trust", "organisation", "The centre cost £2.4m to refit.")]


def test_going_on_to_an_act_is_no_cue() -> None:
    assert table(OPENING + "She went on to chair the governors for a decade.") == []


@pytest.mark.parametrize("pointer", ["That is", "This was", "That's"])
def test_a_pointer_before_according_to_claims_nothing(pointer: str) -> None:
    text = (f"Ferry crossings to Skarra fell by 31% in the winter.\n\n{pointer} according to the yearly review by "
            "the Skarra Harbour Board.")
    assert table(text) == [("Skarra Harbour Board", "organisation",
                            "Ferry crossings to Skarra fell by 31% in the winter.")]


def test_a_pointer_with_words_of_its_own_still_claims() -> None:
    text = "That is the lowest toll on the estuary, according to the Skarra Harbour Board."
    assert table(text) == [("Skarra Harbour Board", "organisation", "That is the lowest toll on the estuary.")]


@pytest.mark.parametrize("sentence, speaker, kind, claim", [
    ("The Brenlow Health Board figures published today show that waits fell by 14% in March.",
     "Brenlow Health Board", "organisation", "Waits fell by 14% in March."),
    ("The Brenlow Health Board audit released on Tuesday found that 31 wards were short of nurses.",
     "Brenlow Health Board", "organisation", "31 wards were short of nurses."),
    ("The Brenlow Health Board review out this week shows that 6,200 patients waited over a year.",
     "Brenlow Health Board", "organisation", "6,200 patients waited over a year."),
])
def test_a_document_published_at_a_time_speaks_for_its_owner(sentence: str, speaker: str, kind: str,
                                                              claim: str) -> None:
    assert table(sentence) == [(speaker, kind, claim)]


@pytest.mark.parametrize("when", ["today", "this week", "on Monday"])
def test_the_figures_published_at_a_time_are_the_body_s(when: str) -> None:
    text = ("The Tarnwick Housing Ombudsman publishes its complaints data twice a year.\n\n"
            f"The figures published {when} show that complaints rose by 23% in the second half.")
    assert table(text) == [("Tarnwick Housing Ombudsman", "inspectorate", "Complaints rose by 23% in the second half.")]


def test_a_document_without_a_body_keeps_its_words() -> None:
    text = "The national hospital rankings published today show that Pellow General Hospital is performing well."
    assert table(text) == [("The national hospital rankings", "unresolved", "Pellow General Hospital is performing well.")]


def test_publication_with_an_agent_is_left_whole() -> None:
    text = "The review published by the Brenlow Health Board today shows that 6,200 patients waited over a year."
    assert table(text) == [("Brenlow Health Board", "organisation", "6,200 patients waited over a year.")]


def test_a_pointer_takes_the_sentence_before_from_a_carried_source() -> None:
    text = ("Bus journeys in Tarnwick rose by 9% in 2025, figures published by the Tarnwick Transport Board show.\n\n"
            "Cycle hire trips rose by 31% last year. That is according to the yearly count by the Tarnwick Cycling "
            "Club.")
    assert table(text)[-1] == ("Tarnwick Cycling Club", "organisation", "Cycle hire trips rose by 31% last year.")


# Wave 64x: a fragment with no verb (`This according to the X Board.`) points back as `This is according to` does.
@pytest.mark.parametrize("pointer", ["This", "That", "These"])
def test_a_pointer_with_no_verb_before_according_to_claims_nothing(pointer: str) -> None:
    text = (f"Ferry crossings to Skarra fell by 31% in the winter.\n\n{pointer} according to the yearly review by "
            "the Skarra Harbour Board.")
    assert table(text) == [("Skarra Harbour Board", "organisation",
                            "Ferry crossings to Skarra fell by 31% in the winter.")]


def test_a_pointer_with_no_verb_in_the_same_paragraph() -> None:
    text = "Ferry crossings to Skarra fell by 31% in the winter. This according to the Skarra Harbour Board."
    assert table(text) == [("Skarra Harbour Board", "organisation",
                            "Ferry crossings to Skarra fell by 31% in the winter.")]


def test_this_opening_a_claim_before_according_to_still_claims() -> None:
    text = "This winter was the wettest on the estuary, according to the Skarra Harbour Board."
    assert table(text) == [("Skarra Harbour Board", "organisation",
                            "This winter was the wettest on the estuary.")]
