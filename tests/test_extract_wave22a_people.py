"""People as speakers (wave 22a): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a
helper returns; cases where a rule must not fire sit beside the ones where it must."""
import pytest

from claims.extract.entities import find_mentions
from extract_rows import rows


# A person speaking for a body (`Jo Roe for the World Seed Programme (WSP) said`), as UN briefing notes and joint
# statements write it: the person speaks, the body is named for whom; a body that worked for another (`Acme Polling
# for the Food Standards Agency`) and a body's own name with `for` (`Office for Students`) are unchanged.
@pytest.mark.parametrize(("text", "names"), [
    ("Tamsin Roewood for the World Seed Programme (WSP) said", [("Tamsin Roewood", "person"),
                                                               ("World Seed Programme", "org"), ("WSP", "org")]),
    ("Dr. Ines Varga-Holm for the Global Water Organization said", [("Ines Varga-Holm", "person"),
                                                                     ("Global Water Organization", "org")]),
    ("Piet Oduya for the International Agency for Shelter said", [("Piet Oduya", "person"),
                                                                  ("International Agency for Shelter", "org")]),
    ("Acme Polling for the Food Standards Agency said", [("Acme Polling", "org")]),
    ("The Office for Students said", [("Office for Students", "org")]),
    ("Secretary of State for Health Jo Roe said", [("Jo Roe", "person")]),
])
def test_a_person_for_a_body_is_the_person(text: str, names: list[tuple[str, str]]) -> None:
    assert [(m.name, m.kind) for m in find_mentions(text, 0, len(text))] == names


def test_a_person_for_a_body_speaks_as_the_person_and_later_by_surname() -> None:
    text = ("Tamsin Roewood for the World Seed Programme (WSP) said that 1.2 million people needed seed this year.\n\n"
            "Ms. Roewood said that the appeal had raised 18 per cent of its target.\n")
    assert rows(text) == [("Tamsin Roewood", "person", "1.2 million people needed seed this year"),
                          ("Tamsin Roewood", "person", "the appeal had raised 18 per cent of its target")]


def test_a_titled_person_for_a_body_reads_a_statement() -> None:
    text = ("Dr. Ines Varga-Holm for the Global Water Organization (GWO) read the following statement:\n\n"
            "\"About 540,000 of the people affected are children.\"\n")
    assert rows(text) == [("Ines Varga-Holm", "person", "About 540,000 of the people affected are children.")]


# A title that a name reader takes for a body (`The Chief Ombudsman's report`) when the text names its one holder with
# it (`Chief Ombudsman Ana Roe`): the holder, so unowned findings later (`The investigation found that`) are hers, not a
# body called `Chief Ombudsman`; with no holder named the findings keep the text's words.
def test_a_title_read_as_a_body_is_its_named_holder() -> None:
    text = ("Chief Ombudsman Ana Roewick has found that Dunmore District Council routinely missed its deadlines.\n\n"
            "The Chief Ombudsman's report, released today, follows an investigation into 612 requests.\n\n"
            "The investigation found that 30 requests were never answered.\n")
    assert rows(text) == [("Ana Roewick", "person", "Dunmore District Council routinely missed its deadlines"),
                          ("Ana Roewick", "person", "30 requests were never answered")]


def test_an_unowned_investigation_without_a_titled_examiner_keeps_its_words() -> None:
    text = ("Council leader Ana Roewick said the council had answered 582 of 612 requests.\n\n"
            "The investigation found that 30 requests were never answered.\n")
    assert rows(text) == [("Ana Roewick", "person", "the council had answered 582 of 612 requests"),
                          ("the investigation", "unresolved", "30 requests were never answered")]


def test_two_holders_of_a_title_leave_the_title_a_body() -> None:
    from claims.extract.speakers.titled_bodies import examining_holder, title_holder_of
    text = "Chief Ombudsman Ana Roewick and former Chief Ombudsman Piet Oduya met. Chief Ombudsman Ana Roewick said."
    assert (title_holder_of(text, "Chief Ombudsman"), title_holder_of(text[:40], "Chief Ombudsman"),
            title_holder_of(text, "Dunmore Council")) == (None, "Ana Roewick", None)
    assert (examining_holder("investigation", {"chief ombudsman": "Ana Roewick"}),
            examining_holder("investigation", {"chief ombudsman": "Ana Roewick", "auditor": "Piet Oduya"}),
            examining_holder("statement", {"chief ombudsman": "Ana Roewick"}),
            examining_holder("investigation", {"mayor": "Ana Roewick"})) == ("Ana Roewick", None, None, None)


def test_an_ombudsman_named_by_its_remit_stays_a_body() -> None:
    from claims.extract.speakers.titled_bodies import title_holder_of
    text = "Tenancy Complaints Ombudsman Dame Ana Roewick said. Chief Ombudsman Piet Oduya said."
    assert (title_holder_of(text, "Tenancy Complaints Ombudsman"), title_holder_of(text, "Chief Ombudsman")) \
        == (None, "Piet Oduya")


# A noun that names a body's kind and a person's trade alike (`operator`, `developer`, `landlord`) before a person's
# name is her job: `machine operator Debbie Roe, who ...` is the worker, and a later `the company` never means her; a
# body after such a noun (`ferry operator Saltee Line`, `contractor Morgan Sindall`) stays a body.
def test_a_trade_before_a_person_is_her_job() -> None:
    text = ("Crunchley Foods plc told staff that it plans to shut the plant.\n\n"
            "The company said the site was running at 54% of its capacity.\n\n"
            "Machine operator Debbie Ashworth, who has worked at the plant for 23 years, said 310 jobs would go.\n")
    assert rows(text) == [("Crunchley Foods plc", "organisation", "it plans to shut the plant"),
                          ("Crunchley Foods plc", "organisation", "the site was running at 54% of its capacity"),
                          ("Debbie Ashworth", "person", "310 jobs would go")]


@pytest.mark.parametrize(("text", "noun", "name", "expected"), [
    ("machine operator Debbie Ashworth said", "operator", "Debbie Ashworth", True),
    ("pub landlord Shaun Tebbutt, who runs the Crown, said", "landlord", "Shaun Tebbutt", True),
    ("pub landlord Shaun Tebbutt said", "landlord", "Shaun Tebbutt", False),
    ("ferry operator Saltee Line said", "operator", "Saltee Line", False),
    ("property developer Morgan Sindall said", "developer", "Morgan Sindall", False),
    ("the charity Debbie Ashworth said", "charity", "Debbie Ashworth", False),
])
def test_which_names_after_a_trade_are_people(text: str, noun: str, name: str, expected: bool) -> None:
    from claims.extract.trade_nouns import trade_before_person
    end = text.index(name) + len(name)
    assert trade_before_person(text, noun, name, end) is expected


# A person's post set off over several clauses, its region among them, before the body she works at (`Jo Roe,
# Director, England North, at the X Fund, said`): the person, never the body or the region; people placed at a body
# without a post (`Residents in Leeds, Yorkshire, at the X Trust`) are read as before.
def test_a_post_and_its_region_set_off_before_the_body_are_the_persons() -> None:
    text = ("Ann Roewick, Director, England North, at the Heritage Lottery Trust, said:\n\n"
            "\"Crossgill Baths is one of only 11 surviving lidos of its design.\"\n\n"
            "Piet Oduya, Head of Grants, Scotland and the North, with the Acme Trust, said the fund gave £3m.\n")
    assert rows(text) == [("Ann Roewick", "person", "Crossgill Baths is one of only 11 surviving lidos of its design."),
                          ("Piet Oduya", "person", "the fund gave £3m")]


@pytest.mark.parametrize(("clauses", "expected"), [
    ([" at the X Fund", " England North", " Director", "Ann Roe"], 3),
    ([" with the X Trust", " Wales", " Head of Grants", "Ann Roe"], 3),
    ([" at the X Fund", " Director", "Ann Roe"], -1),
    ([" at the X Fund", " Wales", "Residents in Leeds"], -1),
    ([" at the X Fund", " Wales", " Director", " Acme Ltd", "Ann Roe"], 3),
    ([" the X Fund", " England North", " Director", "Ann Roe"], -1),
    (["", " England North", " Director", "Ann Roe"], -1),
])
def test_which_clause_names_the_post_holder(clauses: list[str], expected: int) -> None:
    from claims.extract.speakers.post_parts import person_clause_past_post
    assert person_clause_past_post(clauses) == expected


# A name a product is sold under (`a powder, sold as Flexagen Max,`) is no person whom a later `He said` means; a party
# defined by a bracket after a person's name (`Orrin Roe ("the Athlete")`) is that person when the text writes the noun.
def test_a_product_sold_under_a_name_is_no_person() -> None:
    text = ("Tomas Reddings bought a tub of a powder, sold as Flexagen Max, from a stall. He said he had used the same "
            "product for about two years.\n")
    assert rows(text) == [("Tomas Reddings", "person", "he had used the same product for about two years")]


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("a powder, sold as Flexagen Max, from", 18, True),
    ("a drink marketed under the brand name Vitafizz in", 38, True),
    ("Ann Roe, known as Nan Roe, said", 18, False),
    ("as Flexagen Max said", 3, False),
])
def test_which_names_are_products(text: str, start: int, expected: bool) -> None:
    from claims.extract.product_names import named_as_product
    assert named_as_product(text, start) is expected


def test_a_person_defined_by_a_bracket_speaks_by_the_noun() -> None:
    text = ("The charge was brought by Acme Anti-Doping Limited against Tomas Reddings (\"the Athlete\").\n\n"
            "The Athlete said he had taken 12 supplements.\n")
    assert rows(text) == [("Tomas Reddings", "person", "he had taken 12 supplements")]


def test_defined_people_and_bodies_are_kept_apart() -> None:
    from claims.extract.speakers.defined_terms import defined_body, defined_person
    text = 'Tomas Reddings ("the Athlete") and Acme Foods plc ("the Group") met. Ann Lee ("the Athlete") too.'
    assert (defined_person(text, "Athlete"), defined_person(text[:70], "Athlete"), defined_person(text, "Group"),
            defined_body(text, "Group")) == (None, "Tomas Reddings", None, "Acme Foods plc")
