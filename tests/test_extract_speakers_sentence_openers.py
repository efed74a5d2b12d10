"""`He` or `she` opening a sentence means the person who opened the sentence before as its subject, not a person named
later in it as its object (speakers/people, wave 47w)."""
from __future__ import annotations

import pytest

from claims.extract.table import extract_text


@pytest.mark.parametrize("text, expected", [
    ("Dr Anselm Quarry treated 40 patients. Wilf Brannock, for the Dental Board, asked for Dr Quarry to be struck "
     "off. He told the panel that the records had been altered.",
     [["Wilf Brannock", "person", "told the panel that", "the records had been altered"]]),
    ("Mr Tobin Vayle ran the depot. Ms Ottilie Marr, for the Haulage Board, asked for Mr Vayle to be fined. "
     "She told the panel that 12 lorries had no brakes.",
     [["Ottilie Marr", "person", "told the panel that", "12 lorries had no brakes"]]),
])
def test_a_pronoun_means_the_person_who_opened_the_sentence_before(text: str, expected: list[list[str]]) -> None:
    rows = extract_text(text)[["speaker", "speaker_kind", "cue", "quote"]].values.tolist()
    assert rows == expected


@pytest.mark.parametrize("text, expected", [
    ("Ada Voss said the hall would close. Treasurer Ben Hale presented the accounts. He said the deficit was £4,000.",
     [["Ada Voss", "person", "said", "the hall would close"],
      ["Ben Hale", "person", "said", "the deficit was £4,000"]]),
    ("Mr Tobin Vayle ran the depot. Ms Ottilie Marr, for the Haulage Board, asked for Mr Vayle to be fined. "
     "He told the panel that he had repaired the brakes.",
     [["Tobin Vayle", "person", "told the panel that", "he had repaired the brakes"]]),
    ("Warden of Ysgol Penrhos, Mr Idris Pugh, welcomed the grant. He said 40 pupils would benefit.",
     [["Idris Pugh", "person", "said", "40 pupils would benefit"]]),
])
def test_a_pronoun_that_fits_only_the_later_person_stays_theirs(text: str, expected: list[list[str]]) -> None:
    rows = extract_text(text)[["speaker", "speaker_kind", "cue", "quote"]].values.tolist()
    assert rows == expected


def test_a_spokespersons_he_stays_the_bodys_while_it_goes_on_speaking() -> None:
    text = ("Ann Mulvey, who lives beside the quarry, said the decision was a relief.\n\n"
            "Dunlough Stone Ltd said it was disappointed. A spokesman for Dunlough Stone Ltd said the firm employed 38 "
            "people.\n\n"
            "\"We will study the order in detail,\" he said.\n\n"
            "He said a hydrogeologist had found no link between pumping and water levels.")
    rows = extract_text(text)[["speaker", "speaker_kind", "quote"]].values.tolist()
    assert rows[-2:] == [["Dunlough Stone Ltd", "organisation", "We will study the order in detail"],
                         ["Dunlough Stone Ltd", "organisation",
                          "a hydrogeologist had found no link between pumping and water levels"]]


@pytest.mark.parametrize("text, expected", [
    ("The Marsh Renters Union challenged the ordinance. It argued that the charge was a disguised tax. The City of "
     "Harbor Bend argued that the charge paid only for inspections.",
     [["Marsh Renters Union", "organisation", "argued that", "the charge was a disguised tax"],
      ["City of Harbor Bend", "organisation", "argued that", "the charge paid only for inspections"]]),
    ("The Village of Cedar Falls said its water bills would rise by 4%.",
     [["Village of Cedar Falls", "organisation", "said", "its water bills would rise by 4%"]]),
])
def test_a_town_whose_name_ends_in_a_place_word_is_a_body(text: str, expected: list[list[str]]) -> None:
    rows = extract_text(text)[["speaker", "speaker_kind", "cue", "quote"]].values.tolist()
    assert rows == expected


@pytest.mark.parametrize("text, expected", [
    ("Today, Ruth Penhale, Minister of Transport, along with Her Worship Dana Kell, Mayor of the Town of Orrin, "
     "said the four flood projects would start in May.",
     [["Ruth Penhale", "person", "said", "the four flood projects would start in May"]]),
    ("The Orrin Rowing Club, together with the Marsh Angling Society, said the river was unsafe.",
     [["Orrin Rowing Club", "organisation", "said", "the river was unsafe"]]),
    ("Dana Kell, joined by Mayor Tim Ash, said the bridge would reopen in June.",
     [["Dana Kell", "person", "said", "the bridge would reopen in June"]]),
])
def test_a_companion_set_off_after_the_subject_never_speaks(text: str, expected: list[list[str]]) -> None:
    rows = extract_text(text)[["speaker", "speaker_kind", "cue", "quote"]].values.tolist()
    assert rows == expected
