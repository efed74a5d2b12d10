"""Irish and Scottish Gaelic family names (wave 36f): a family name opening with `Ó`, `Ní`, `Uí`, `Mac`, `Nic` or
`Mhic` may go on with an article (`an`, `na`) and a word whose first letter a mutation puts in lower case
(`Ó hEochaidh`, `Ní hAodha`, `Mac an tSaoir`, `Mac an Bhaird`): one person's name, never cut at the particle. The
names and sentences are invented for these tests."""
import pytest

from claims import extract_text
from claims.extract.entities import find_mentions, Mention
from claims.extract.gaelic_names import gaelic_tail_end


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


@pytest.mark.parametrize(("text", "name"), [
    ("Tomás Ó hEochaidh said so.", "Tomás Ó hEochaidh"),
    ("Nuala Ní hAodha said so.", "Nuala Ní hAodha"),
    ("Éamon Mac an tSaoir said so.", "Éamon Mac an tSaoir"),
    ("Ciarán Mac an Bhaird said so.", "Ciarán Mac an Bhaird"),
    ("Máire Nic an tSionnaigh said so.", "Máire Nic an tSionnaigh"),
    ("Seosamh Ó hUiginn said so.", "Seosamh Ó hUiginn"),
    ("Dónall Mac na hEachaidh said so.", "Dónall Mac na hEachaidh"),
])
def test_a_mutated_family_name_is_one_person_s_name(text: str, name: str) -> None:
    assert find_mentions(text, 0, len(text)) == [Mention(0, len(name), name, "person")]


@pytest.mark.parametrize(("text", "end"), [
    ("Tomás Ó hEochaidh said", 17),  # the mutated word after the particle
    ("Éamon Mac an tSaoir said", 19),  # the article, then the mutated word
    ("Ciarán Mac an Bhaird said", 20),  # the article, then a capital
    ("Tomás Ó said", 7),  # nothing follows: the run ends where it did
    ("Apple Mac users said", 9),  # a lower-case word no mutation opens: no name's part
    ("Tim Ash an Irish farmer", 7),  # an article after a word that is no particle
    ("Jo Mac an hour later", 6),  # a lower-case `hour`: no capital after the mutation's letters
])
def test_the_tail_after_a_particle(text: str, end: int) -> None:
    run_end = text.index(" ", text.index(" ") + 1)
    assert gaelic_tail_end(text, run_end, len(text)) == max(end, run_end)


def test_a_later_short_form_is_the_same_person() -> None:
    text = ("Uisce Thiar's chief executive, Tomás Ó hEochaidh, said bills would rise by 8% in May.\n\n"
            "Mr Ó hEochaidh said 400 homes had been connected since January.\n\n"
            "Chairman Éamon Mac an tSaoir said the board had met nine times. Mr Mac an tSaoir said the accounts were "
            "signed in June.\n")
    assert table(text) == [
        ("Tomás Ó hEochaidh", "person", "bills would rise by 8% in May"),
        ("Tomás Ó hEochaidh", "person", "400 homes had been connected since January"),
        ("Éamon Mac an tSaoir", "person", "the board had met nine times"),
        ("Éamon Mac an tSaoir", "person", "the accounts were signed in June"),
    ]
