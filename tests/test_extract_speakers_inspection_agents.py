"""Wave 66d: a body the text shows inspecting without writing its name before a noun of inspecting (after `by`: `an
inspection by Carewell`, `was inspected by the X Office`; as the subject: `Edumark has downgraded`, `the X Board
carried out an unannounced inspection`) is the one inspecting body a bare `inspectors` later means."""
import pytest

from claims.extract.speakers.inspection_agents import inspection_agents, persons_last_words, sole_inspector
from tests.extract_rows import cued_rows


def _names(text: str) -> list[str]:
    """Return the names of the inspecting bodies a text shows."""
    return sorted(inspection_agents(text))


@pytest.mark.parametrize("text, names", [
    ("The home must improve following an inspection by Carewell.", ["Carewell"]),
    ("Fenwick Vale College was inspected by the Skills Review Office in March.", ["Skills Review Office"]),
    ("Edumark has downgraded Wexley Grange Academy to inadequate.", ["Edumark"]),
    ("The Custody Standards Board carried out an unannounced inspection of the prison.", ["Custody Standards Board"]),
    ("Edumark began full inspections of exempt schools this year.", ["Edumark"]),
    ("The Care Office rated the home inadequate.", ["Care Office"]),
    ("Fenwick council was audited by Ledgerwise last spring.", ["Ledgerwise"]),
    ("The council faced an audit by Ledgerwise.", ["Ledgerwise"]),  # `audit` alone, no inspecting verb
    ("Edumark judged the home inadequate.", ["Edumark"]),
    ("Edumark has downgraded the school. Jo Varnom said so.", ["Edumark"]),  # a person named elsewhere  # `judged` alone, no `inspect` in the text
    ("Edumark downgrades Wexley Grange Academy to inadequate.", ["Edumark"]),  # a verb's present (round 66n)
    ("The Care Office rates the home inadequate.", ["Care Office"]),
    ("Edumark judges the nursery good.", ["Edumark"]),
    ("Carewell upgrades the home to good.", ["Carewell"]),
])
def test_inspecting_bodies_are_read(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "Inspectors rated the school good, and the inspectors praised its teachers.",  # a common word, written small too
    "Parents rated the school highly.",  # a plural common noun
    "MPs rated the plan poorly.",  # a plural of letters: people, no body (round 66n)
    "NGOs rated the scheme poorly.",
    "Tarnwell rated the bid highly, and tarnwell staff were praised.",  # a word the text writes small too
    "Jo Varnom chairs the panel. Varnom rated the school highly.",  # a person's surname (round 66n)
    "Jo Ann Varnom chairs the panel. Varnom rated the school highly.",
    "Jo Varnom rated the school highly.",  # a person
    "Sarah rated the school highly.",  # a given name alone: a person, never a body (wave 66 mend)
    "The report says Priya has downgraded the bid.",
    "The school was visited by the mayor in May.",  # no inspection
])
def test_no_inspecting_body(text: str) -> None:
    assert _names(text) == []


def test_two_inspecting_bodies_name_none() -> None:
    text = "Edumark has downgraded the school. A report followed an inspection by Carewell of its nursery."
    assert sole_inspector(text) is None


def test_a_body_shown_twice_is_one() -> None:
    text = "Edumark has downgraded the school. Edumark began full inspections of such schools in May."
    found = sole_inspector(text)
    assert found is not None and (found.name, found.kind) == ("Edumark", "org")


def test_bare_inspectors_after_a_downgrade_are_the_body() -> None:
    text = ("Edumark has downgraded Wexley Grange Academy after its first visit in six years.\n"
            "Inspectors found that pupils were often taught by supply staff.\n"
            "Inspectors also found that attendance had fallen to 86 per cent.")
    assert cued_rows(text) == [
        ("Edumark", "inspectorate", "found that", "pupils were often taught by supply staff"),
        ("Edumark", "inspectorate", "found that", "attendance had fallen to 86 per cent"),
    ]


def test_bare_inspectors_after_an_inspection_by_are_the_body() -> None:
    text = ("A care home has been told to make changes following an inspection by Carewell.\n"
            "Inspectors said residents had waited up to forty minutes for help at night.")
    assert cued_rows(text) == [
        ("Carewell", "inspectorate", "said", "residents had waited up to forty minutes for help at night"),
    ]


def test_persons_last_words_are_read_once_per_text() -> None:
    """The persons' names' last words a text writes (wave 67x: `_ends_a_persons_name` read the whole text once per
    candidate; now once per text, by a `per_text` cache)."""
    text = "Jo Varnom said Ofwire rated the school. The Care Office agreed with Ms Delia Ashgrove.\n"
    assert persons_last_words(text) == frozenset({"Varnom", "Ashgrove"})
    assert persons_last_words(text) is persons_last_words(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The Office for Care Standards rated the home inadequate.", "Office for Care Standards"),  # `for` in a name
    ("Tarn Valley Care Quality Standards Office rated the home inadequate.", "Tarn Valley Care Quality Standards Office"),
    ("The school improved after a re-inspection by Ofwire.", "Ofwire"),
    ("The school was inspected again by Ofwire.", "Ofwire"),  # a word between the verb and `by`
    ("Ofwire had downgraded the school.", "Ofwire"),
    ("Ofwire has now downgraded the school.", "Ofwire"),
    ("Ofwire will also downgrade the school.", "Ofwire"),
])
def test_each_form_of_the_inspecting_name_and_verb(text: str, name: str) -> None:
    assert list(inspection_agents(text)) == [name]
