"""A reporting verb in a to-infinitive after intent or haste reports its clause (`X would like to reassure the public
that A`, `X was quick to point out that A`; `claims.extract.attribution.patterns.INTENT_CUES`, wave 47f), and a force's
officers after a nationality are that country's police, never the nationality (`speakers.names.national_force`).
Invented texts."""
import pytest

from claims import extract_text


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


@pytest.mark.parametrize("text", [
    "Quarry Vale Water would like to remind customers that the hosepipe ban ends on Friday.",
    "Quarry Vale Water was quick to point out that the hosepipe ban ends on Friday.",
    "Quarry Vale Water took pains to stress that the hosepipe ban ends on Friday.",
    "Quarry Vale Water wishes to clarify that the hosepipe ban ends on Friday.",
    "Quarry Vale Water moved to reassure farmers that the hosepipe ban ends on Friday.",
])
def test_an_infinitive_of_reporting_after_intent_is_a_cue(text: str) -> None:
    assert table(text) == [("Quarry Vale Water", "organisation", "the hosepipe ban ends on Friday")]


@pytest.mark.parametrize("text", [
    "Quarry Vale Water wants to stress the hosepipe ban in its newsletter.",  # no `that`: no report
])
def test_no_cue_without_that(text: str) -> None:
    assert table(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("Later, Kenyan police said that the convoy had left Eldoret.", "Kenyan police"),
    ("Ghanaian police said that the convoy had left Kumasi.", "Ghanaian police"),
    ("Irish gardaí said that the convoy had left Athlone.", "Irish gardaí"),
])
def test_a_nationality_before_police_keeps_the_words(text: str, speaker: str) -> None:
    rows = table(text)
    assert [(s, k) for s, k, _ in rows] == [(speaker, "unresolved")]

