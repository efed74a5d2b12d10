"""People and their words (wave 20a): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a
helper returns; cases where a rule must not fire sit beside the ones where it must."""
import pytest

from claims.extract.entities import classify
from extract_rows import rows


# A post written as capital letters between a body's name and a person's (entities.person_after_role_acronym,
# data/role_acronyms.txt): `Acme Water CEO Jo Roe`, `Westmarch PCC Gareth Pryce`, `Cascade Power President and CEO
# Jo Roe` are the person, not a body read off the acronym; a later `she` is hers. Without a person's name after it
# the run stays what it was (`Acme CEO said` names nobody new; `NHS Tayside said` is a body).
@pytest.mark.parametrize(("run", "person"), [
    ("Acme Water CEO Jo Roe", "Jo Roe"),
    ("Palmer Ridge Humane Alliance CEO Mara Kettle", "Mara Kettle"),
    ("Cascade Valley Power President and CEO Robert Lind", "Robert Lind"),
    ("Westmarch PCC Gareth Pryce", "Gareth Pryce"),
    ("Bernalillo County DA Sam Brennan", "Sam Brennan"),
    ("Tarrow Foods CFO Ann-Marie Oduya", "Ann-Marie Oduya"),
    ("Quell Systems EVP Dana Whitcombe", "Dana Whitcombe"),
])
def test_a_role_in_capitals_before_a_name_is_the_person(run: str, person: str) -> None:
    mention = classify(run, 0)
    assert (mention.name, mention.kind) == (person, "person")


@pytest.mark.parametrize(("run", "name", "kind"), [
    ("NHS Tayside", "NHS Tayside", "org"),
    ("Acme Water CEO", "Acme Water CEO", "org"),
    ("CEO Jo Roe", "Jo Roe", "person"),
])
def test_a_role_in_capitals_without_a_name_after_it_is_read_as_before(run: str, name: str, kind: str) -> None:
    mention = classify(run, 0)
    assert (mention.name, mention.kind) == (name, kind)


CEO_THEN_SHE = (
    "Sheriff's spokeswoman Lt. Ann Bee said deputies went to the farm at dawn on Tuesday.\n\n"
    "Palmer Ridge Humane Alliance CEO Mara Kettle said vets had examined every dog by Friday. Of the 94, she said:\n\n"
    "- 31 needed dental surgery;\n"
    "- 17 had eye infections.\n")


def test_she_after_a_ceo_is_the_ceo() -> None:
    assert rows(CEO_THEN_SHE) == [
        ("Ann Bee", "person", "deputies went to the farm at dawn on Tuesday"),
        ("Mara Kettle", "person", "vets had examined every dog by Friday"),
        ("Mara Kettle", "person", "31 needed dental surgery"),
        ("Mara Kettle", "person", "17 had eye infections")]


def test_the_body_before_a_post_in_capitals_is_the_company() -> None:
    text = ("Osterlund Wireless CEO Greg Hall has posted a video apology on its website.\n\n"
            "The company says service has been restored to 95% of customers.\n")
    assert rows(text) == [("Osterlund Wireless", "organisation", "service has been restored to 95% of customers")]
