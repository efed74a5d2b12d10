"""`state` after a preposition, a determiner, a count word or `and` before a small-letter noun is a noun or a noun's
modifier, never the verb of a cue (wave 68n); after its subject it still reports. Texts written for this test in our
own words about invented parties."""
import pytest

from claims.extract.attribution.state_nouns import state_noun
from extract_rows import cued_rows

PARKS = ("Pellow Parks Office welcomes record crowds\n\n"
         "Brindle Cove Park drew bigger crowds this spring than every other state forest in the county, with "
         "some 41,000 walkers counted.\n\n"
         "Survey vans cover dozens of miles a week along canal towpaths and state forests greeting hundreds of "
         "walkers with the office's message.\n")


def test_a_state_park_and_state_highways_are_no_cue() -> None:
    assert cued_rows(PARKS) == []  # before: Brindle Cove Park and "Survey vans" each `state` a forest


def test_state_after_its_subject_still_reports() -> None:
    text = "The Fenwick Housing Panel's rules state that every tenant must be offered a repair date within ten days.\n"
    assert cued_rows(text) == [("Fenwick Housing Panel", "organisation", "state that",
                                "every tenant must be offered a repair date within ten days")]


@pytest.mark.parametrize(("before", "ahead", "noun"), [
    ("in", ["court", "in", "March"], True),
    ("other", ["forest", "in"], True),
    ("latest", ["of", "repair"], True),
    ("billion", ["payroll", "for"], True),
    ("and", ["forests", "greeting", "walkers"], True),
    ("and", ["fire", "inspectors", "have", "signed"], True),
    ("and", ["officials", "announced", "Thursday"], False),  # the joined phrase reports: read as before
    ("in", ["and", "local", "bodies"], False),  # a second modifier joined to `state`: read as before
    ("and", ["that", "the"], False),  # "met and state that": the verb
    ("and", ["the", "figures"], False),
    ("and", ["clearly", "that"], False),
    ("to", ["the", "figure"], False),  # "declined to state the figure"
    ("rules", ["that", "every"], False),
    ("Officials", ["the", "figures"], False),
])
def test_state_noun(before: str, ahead: list[str], noun: bool) -> None:
    assert state_noun(before, ahead) is noun


# --- round 69m: edges that mutants of state_noun showed untested -----------------------------------------------------

@pytest.mark.parametrize(("before", "ahead", "noun"), [
    ("in", [], True),  # `state` last: the opener alone decides
    ("and", [], False),  # `and state` last: no noun follows
    ("and", ["forests,", "greeting"], True),  # a noun's closing comma is no part of it
    ("and", ["eForms", "for"], True),  # only its first letter is read for a small-letter noun
    ("and", ["park", "rangers", "from", "Kelby", "said"], True),  # the cue is past the words read
    ("and", ["park", "rangers", "announced,", "in"], False),  # a cue verb's comma is no part of it
    ("or", ["forests", "in"], True),  # `or` joins as `and` does
    ("and", ["fire", "safety", "officials", "announced"], False),  # the cue third after the noun
    ("and", ["its", "case"], False),  # "met and state its case": the verb
    ("and", ["whether", "fares"], False),  # "and state whether fares rose": the verb
    ("in", ["or", "local", "bodies"], False),  # a second modifier joined by `or`: read as before
])
def test_state_noun_edges(before: str, ahead: list[str], noun: bool) -> None:
    assert state_noun(before, ahead) is noun
