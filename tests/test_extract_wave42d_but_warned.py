"""Wave 42d: a cue after `but` that shares its subject with a first verb (`X has welcomed the award of a contract to
Y, but warned that A`, `X welcomed an increase in Z's Relief Fund (ZRF) but warned that A`): the subject of the first
verb speaks, never a name inside that verb's object, as after `and` (`shared_subjects`)."""
from tests.extract_rows import cued_rows


def test_but_after_a_comma() -> None:
    text = ("The Dockside Fitters' Union has welcomed today's award of a £1.2 billion contract to the consortium Harwick "
            "Marine Partners, but warned that half of the steel will be made abroad.")
    assert cued_rows(text) == [
        ("Dockside Fitters' Union", "organisation", "warned that", "half of the steel will be made abroad"),
    ]


def test_but_after_an_acronym_in_brackets() -> None:
    text = ("The Harbour Aid Network has welcomed a €40 million increase in Tarland's Overseas Relief Fund (ORF) but "
            "warned that the Government is falling behind its own target.")
    assert cued_rows(text) == [
        ("Harbour Aid Network", "organisation", "warned that", "the Government is falling behind its own target"),
    ]


def test_and_is_unchanged() -> None:
    text = "The Renters Help Network welcomed the decision by the Brellick Housing Authority and said 400 tenants would benefit."
    assert cued_rows(text) == [
        ("Renters Help Network", "organisation", "said", "400 tenants would benefit"),
    ]


def test_new_subject_after_but_speaks() -> None:
    text = "The Harbour Aid Network welcomed the budget, but the Tarland Relief Council warned that aid would fall."
    assert cued_rows(text) == [
        ("Tarland Relief Council", "organisation", "warned that", "aid would fall"),
    ]


def test_long_first_predicate() -> None:
    text = ("The Dockside Fitters' Union has welcomed today's award of a £1.2 billion contract for four coastal patrol "
            "vessels to the Harbury-based consortium Harwick Marine Partners, but warned that half of the steel will be "
            "made abroad.")
    assert cued_rows(text) == [
        ("Dockside Fitters' Union", "organisation", "warned that", "half of the steel will be made abroad"),
    ]
