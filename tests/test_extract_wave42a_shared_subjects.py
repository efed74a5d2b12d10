"""Wave 42a: a cue that shares its subject with a first verb in the perfect or past of an irregular verb the list
lacked (`The Corrin Nurses Union has sought a meeting of the Rural Transprot Board and says it is awaiting ...`): the
name inside the first verb's object (a misspelt word in it, `Departent Taskforce`, even read as a person) was read as
who says it. `sought` joins `data/irregular_past.txt`, so `speakers/shared_subjects` ends the subject before it."""
from tests.extract_rows import cued_rows


def test_perfect_sought_keeps_the_subject() -> None:
    text = ("The Corrin Nurses Union has sought an urgent meeting of the Rural Transprot Board and says it is awaiting "
            "an answer from the Health Board.")
    assert cued_rows(text) == [
        ("Corrin Nurses Union", "organisation", "says", "it is awaiting an answer from the Health Board"),
    ]


def test_past_sought_keeps_the_subject() -> None:
    text = ("The Corrin Nurses Union sought an urgent meeting of the Emergency Departent Taskforce and says it is "
            "awaiting an answer from the Health Board.")
    assert cued_rows(text) == [
        ("Corrin Nurses Union", "organisation", "says", "it is awaiting an answer from the Health Board"),
    ]


def test_listed_irregular_past_is_unchanged() -> None:
    text = "Harl Bank paid a fine set by the Norland Savings Regulator and said it would appeal within 28 days."
    assert cued_rows(text) == [
        ("Harl Bank", "organisation", "said", "it would appeal within 28 days"),
    ]


def test_misspelt_body_as_subject_is_unchanged() -> None:
    text = "The Emergency Departent Taskforce said 640 patients waited on trolleys on Monday."
    assert cued_rows(text) == [
        ("Emergency Departent Taskforce", "organisation", "said", "640 patients waited on trolleys on Monday"),
    ]


def test_object_name_without_and_is_unchanged() -> None:
    text = "The Rural Transport Board said the Corrin Nurses Union had sought a meeting on Monday."
    assert cued_rows(text) == [
        ("Rural Transport Board", "organisation", "said", "the Corrin Nurses Union had sought a meeting on Monday"),
    ]


def test_reference_in_the_first_object_keeps_the_subject() -> None:
    text = "The Kelby Nurses Forum has sought talks with the hospital board and says 120 nurses have signed a letter."
    assert cued_rows(text) == [
        ("Kelby Nurses Forum", "organisation", "says", "120 nurses have signed a letter"),
    ]


def test_person_visiting_a_body_is_unchanged() -> None:
    assert cued_rows("Jo Marr visited the council and said 120 nurses had signed a letter.") == [
        ("Jo Marr", "person", "said", "120 nurses had signed a letter"),
    ]
