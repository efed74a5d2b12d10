"""A described person placed by where they come from or work: the name after `from`, `with` or `at` never speaks."""
from __future__ import annotations

import pytest

from claims.extract.entities import Mention
from claims.extract.placed_people import PLACED_NOUNS, placed_description, placed_name
from claims.extract.table import extract_text
from extract_rows import cued_rows


def speakers(text: str) -> list[list[str]]:
    """The speaker, kind and cue of every row of a text."""
    return extract_text(text)[["speaker", "speaker_kind", "cue"]].values.tolist()


@pytest.mark.parametrize("text, expected", [
    ("A nurse from Tarrow Vale said the ward had lost four beds.",
     [["A nurse from Tarrow Vale", "person", "said"]]),
    ("A volunteer with Brackenford Larder said demand had doubled since May.",
     [["A volunteer with Brackenford Larder", "person", "said"]]),
    ("One driver from Upper Marsh told reporters the road had been shut for a week.",
     [["One driver from Upper Marsh", "person", "told"]]),
    ("A teacher at Penhallow said the roof had leaked all winter.",
     [["A teacher at Penhallow", "person", "said"]]),
])
def test_the_place_or_body_of_a_described_person_never_speaks(text: str, expected: list[list[str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ann Kerrow, a nurse from Tarrow Vale, said the ward had closed.", [["Ann Kerrow", "person", "said"]]),
    ("A spokesman from Coldbrook Water said the main had burst.", [["Coldbrook Water", "organisation", "said"]]),
    ("A letter from Jane Pellow said the office would close.", [["Jane Pellow", "person", "said"]]),
])
def test_a_named_person_a_voice_or_a_sender_is_left_as_it_was(text: str, expected: list[list[str]]) -> None:
    assert speakers(text) == expected


def test_placed_name_needs_a_person_noun_before_the_preposition() -> None:
    text = "A nurse from Tarrow Vale said. A letter from Jane Pellow said. A spokeswoman from Ivo Dane said."
    nurse, letter, voice = (Mention(text.index(n), text.index(n) + len(n), n, "person")
                            for n in ("Tarrow Vale", "Jane Pellow", "Ivo Dane"))
    assert [placed_name(text, m) for m in (nurse, letter, voice, nurse._replace(kind="org"))] == [True, False, False, True]


def test_placed_name_takes_a_body_only_after_one_person_not_named() -> None:
    """Wave 20a: `A nurse at X Hospital` places the nurse (X never speaks); `The director of X` is X's post."""
    text = "A nurse at Tarrow Hospital said. The director of Acme Water said. A resident of Jo Roe said."
    hospital, acme, person = (Mention(text.index(n), text.index(n) + len(n), n, kind)
                              for n, kind in (("Tarrow Hospital", "org"), ("Acme Water", "org"), ("Jo Roe", "person")))
    assert [placed_name(text, m) for m in (hospital, acme, person)] == [True, False, True]


def test_placed_name_looks_only_at_the_words_right_before_the_name() -> None:
    text = "A nurse from the ward said Tarrow Vale had closed."
    mention = Mention(text.index("Tarrow"), text.index("Tarrow") + 11, "Tarrow Vale", "person")
    assert placed_name(text, mention) is False


@pytest.mark.parametrize("raw, expected", [
    ("A volunteer with Brackenford Larder", ("A volunteer with Brackenford Larder", "person")),
    ("a long-serving volunteer with the Brackenford Larder", ("a long-serving volunteer with the Brackenford Larder", "person")),
    ("A volunteer with the larder", None),
    ("A spokeswoman for Brackenford Larder", None),
    ("A spokeswoman with Brackenford Larder", None),
    ("Brackenford Larder volunteers", None),
    ("A volunteer with One Two Three Four Five Six", None),
    ("volunteer with Brackenford", None),
])
def test_placed_description_keeps_only_a_described_person_and_a_name(raw: str, expected: tuple[str, str] | None) -> None:
    words = raw.split()
    assert placed_description(words, [w.lower() for w in words]) == expected


def test_placed_nouns_hold_people_and_no_voice_of_a_body() -> None:
    assert ({"nurse", "volunteer", "tenant", "driver"} <= PLACED_NOUNS,
            PLACED_NOUNS & {"spokesman", "spokeswoman", "spokesperson", "representative", "official"}) == (True, set())


@pytest.mark.parametrize("raw", [
    "A teacher at Penhallow",  # `at`, and a one-word name
    "An agency nurse from Tarrow Vale",
    "The nurse from Tarrow Vale",
    "One very experienced nurse from Tarrow Vale",  # the preposition fifth
    "A volunteer with One Two Three Four Five",  # five words of name
])
def test_placed_description_reads_every_article_preposition_and_length_it_allows(raw: str) -> None:
    words = raw.split()
    assert placed_description(words, [w.lower() for w in words]) == (raw, "person")


@pytest.mark.parametrize("raw", ["A very experienced night nurse from Tarrow Vale",  # the preposition sixth
                                 "A very long serving night nurse from Tarrow Vale"])
def test_placed_description_refuses_a_description_too_long_before_the_preposition(raw: str) -> None:
    words = raw.split()
    assert placed_description(words, [w.lower() for w in words]) is None


@pytest.mark.parametrize("text, expected", [
    ("Fares will rise, a 58-year-old porter from Hale said.",
     [("a 58-year-old porter from Hale", "person", "said", "Fares will rise")]),
    ("Fares will rise, a 58-year-old from Hale said.",
     [("a 58-year-old from Hale", "person", "said", "Fares will rise")]),
    ("Fares will rise, a mother of two from Tarrow said.",
     [("a mother of two from Tarrow", "person", "said", "Fares will rise")]),
    ("The owner, a 34-year-old from Hollin Bay, said fares would rise.",
     [("The owner", "person", "said", "fares would rise")]),
    ("A 41-year-old glazier from Upper Marsh said the depot would shut.",
     [("A 41-year-old glazier from Upper Marsh", "person", "said", "the depot would shut")]),
])
def test_a_described_person_placed_by_a_name_with_no_comma_before_the_cue_speaks(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize("raw, expected", [
    ("a 58-year-old porter from Hale", ("a 58-year-old porter from Hale", "person")),
    ("a 58-year-old from Hale", ("a 58-year-old from Hale", "person")),
    ("a porter from Hale", None),  # no age, and `porter` no person noun of the list
])
def test_placed_description_takes_any_noun_after_an_age(raw: str, expected: tuple[str, str] | None) -> None:
    words = raw.split()
    assert placed_description(words, [w.lower() for w in words]) == expected
