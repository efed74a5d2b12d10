"""Bodies and documents that speak (wave 21b): each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or
the whole value a helper returns."""
import pytest

from claims.extract.entities import classify, find_mentions
from claims.extract.speakers.subordinate_documents import sanctioning_subject
from extract_rows import rows


# A service or record kept for a nation (21b, data/org_heads.txt): `guard`, `coastguard`, `registry` head a body's
# name, so the name is never read as a person's (`Coast Guard`) nor opened by an article (`An HM Coastguard`).
@pytest.mark.parametrize(("run", "expected"), [
    ("Irish Coast Guard", ("Irish Coast Guard", "org")),
    ("An HM Coastguard", ("HM Coastguard", "org")),
    ("Falmouth Coastguard", ("Falmouth Coastguard", "org")),
    ("UK Renal Registry", ("UK Renal Registry", "org")),
    ("Kestle Land Registry", ("Kestle Land Registry", "org")),
    ("Jo Roe", ("Jo Roe", "person")),
    ("An Garda Síochána", ("An Garda Síochána", "org")),
])
def test_guards_and_registries_are_bodies(run: str, expected: tuple[str, str]) -> None:
    found = classify(run, 0)
    assert found is not None and (found.name, found.kind) == expected


COAST_GUARD = (
    "Storm Brona closed roads across the west on Sunday.\n\n"
    "The Irish Coast Guard said its units had been tasked to 12 incidents since midnight.\n\n"
    "An HM Coastguard spokesperson said: \"We sent crews out 40 times last year and we are grateful for every one.\"\n")


def test_a_coast_guard_speaks_as_a_body() -> None:
    assert rows(COAST_GUARD) == [
        ("Irish Coast Guard", "organisation", "its units had been tasked to 12 incidents since midnight"),
        ("HM Coastguard", "organisation", "We sent crews out 40 times last year and we are grateful for every one.")]


# A body's head right before `of` (21b, entities._head_before_link): `National Association of Retained Fire Crews`
# opens with a word that is also a title (`National`), but what follows `Association of` is what the body is of,
# never a person after a title.
@pytest.mark.parametrize(("run", "expected"), [
    ("National Association of Retained Fire Crews", ("National Association of Retained Fire Crews", "org")),
    ("National Society of Retained Lock Keepers", ("National Society of Retained Lock Keepers", "org")),
    ("Director of Services for Housing Jo Bloggs", ("Jo Bloggs", "person")),  # a title before `of`: the person
    ("Chief Inspector of Prisons Jo Roe", ("Jo Roe", "person")),
    ("General Secretary of the Union Jo Roe", ("Jo Roe", "person")),
])
def test_a_head_before_of_keeps_the_body(run: str, expected: tuple[str, str]) -> None:
    found = classify(run, 0)
    assert found is not None and (found.name, found.kind) == expected


# An unowned inquiry in a clause after a body's sanction (21b, speakers/subordinate_documents): `X has fined Y after
# an investigation found` is X's finding, and `The investigation found` after it is the same inquiry.
FINED = (
    "Press release\n\n"
    "The Gaming Standards Commission has fined Tolley Bet Ltd £40,000 after an investigation found that the "
    "company failed to check the age of 310 customers.\n\n"
    "The investigation found that:\n\n"
    "- 14 accounts were opened by children;\n"
    "- the company took 19 days to close them.\n")


def test_an_inquiry_after_a_sanction_is_the_sanctioning_body_s() -> None:
    assert rows(FINED) == [
        ("Gaming Standards Commission", "inspectorate", "the company failed to check the age of 310 customers"),
        ("Gaming Standards Commission", "inspectorate", "14 accounts were opened by children"),
        ("Gaming Standards Commission", "inspectorate", "the company took 19 days to close them")]


APOLOGISED = (
    "Tolley Bet Ltd apologised on Monday after an investigation found that it failed to check the age of 310 "
    "customers.\n")


def test_an_inquiry_after_another_verb_is_not_the_subject_s() -> None:
    assert rows(APOLOGISED) == [("an investigation", "unresolved", "it failed to check the age of 310 customers")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Gaming Commission has today fined Tolley Bet Ltd ", "Gaming Commission"),
    ("The Gaming Commission censured Tolley Bet Ltd ", "Gaming Commission"),
    ("The Gaming Commission said Tolley Bet Ltd was fined ", None),  # the verb is too far from the name
    ("Tolley Bet Ltd apologised to customers ", None),
    ("Jo Roe fined the club ", None),  # a person: no body's inquiry
    ("Tolley Bet's owner was fined ", None),
])
def test_sanctioning_subject(text: str, expected: str | None) -> None:
    found = sanctioning_subject(text, len(text), find_mentions(text, 0, len(text)))
    assert (found.name if found else None) == expected
