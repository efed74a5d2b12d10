"""Statements given out in North American release shapes (wave 47e). Two people named as one subject with their posts
set off by commas speak together, whatever stands before them (a place and its dash, `Halden \u2013 `), whatever their
posts say (`the region's chief engineer`) and whatever auxiliary comes before the cue (`have issued`;
speakers/clauses `joint_subject`). A frame that presents a statement below it (`Below is a statement from X:`, `Here is
the full statement issued by X:`, `The following is a statement from X:`) gives the quotation under it to X, the
person named after her body and post (`Acme spokeswoman Jo Roe, Vice President of ...:`; attribution/quotes). A
statement's heading may name two people joined by `and`, each with a title (`Official statement from Mayor X and
Harbour Commissioner Y on ...`): the two speak together; furniture lines (`Published`, `3 minute read`) may stand
between the heading and the statement; and a statement under a heading that names one person goes on in the third
person (`STATEMENT FROM FIRE CHIEF X` over `The department received calls ...`: prose with no quotation and no cue of
its own; statement, attribution/issuer). `per X` after a comma or opening a sentence names a source as `according to X`
does (attribution/patterns); a one-word name before `'s website` is the body that keeps it (entities); a clock time's
`a.m.` before a day or a time zone ends no sentence (text). Texts written for this test in our own words about
invented parties."""
import pytest

from claims.extract import statement
from claims.extract.entities import Mention
from claims.extract.text import split_blocks, split_sentences
from extract_rows import rows

_QUOTE = ('"We can confirm that the Tarrow bridge will stay closed until 14 March while the bearings are checked.\n\n'
          '"Crews have already replaced four of the twelve bearings, at a cost of about $2 million."')
_QUOTE_ROWS = ["We can confirm that the Tarrow bridge will stay closed until 14 March while the bearings are checked.",
               "Crews have already replaced four of the twelve bearings, at a cost of about $2 million."]


@pytest.mark.parametrize("lead", [
    "Port Halden \u2013 Mara Quillfeather, Minister of Transport, and Dr. Owen Strick, the region's chief engineer, have "
    "issued the following joint statement on the bridge closure:",
    "Mara Quillfeather, Minister of Transport, and Owen Strick, chief engineer for the region, said:",
    "Mara Quillfeather, Minister of Transport, and Owen Strick, Chief Engineer, have issued the following statement:",
])
def test_two_people_with_their_posts_set_off_speak_together(lead: str) -> None:
    assert rows(lead + "\n\n" + _QUOTE) == [("Mara Quillfeather and Owen Strick", "person", q) for q in _QUOTE_ROWS]


def test_a_verb_between_two_people_names_no_joint_subject() -> None:
    text = "Mara Quillfeather, Minister of Transport, told Owen Strick, Chief Engineer, and the board:\n\n" + _QUOTE
    assert [row[0] for row in rows(text)] == ["Mara Quillfeather", "Mara Quillfeather"]


@pytest.mark.parametrize(("lead", "speaker", "kind"), [
    ("Below is a statement from Harlow Gas spokeswoman Tana Merrow, Vice President of Customer Relations:",
     "Tana Merrow", "person"),
    ("Here is the full statement issued by Mayor Tana Merrow:", "Tana Merrow", "person"),
    ("The following is a written statement from the Rellick Water Board:", "Rellick Water Board", "organisation"),
])
def test_a_frame_presenting_a_statement_gives_the_quotation_to_its_giver(lead: str, speaker: str, kind: str) -> None:
    assert rows(lead + "\n\n" + _QUOTE) == [(speaker, kind, q) for q in _QUOTE_ROWS]


def _heading(line: str) -> Mention | None:
    """The party the first line of a text names as a statement's giver."""
    return statement.statement_party(line + "\n\nBody.", split_blocks(line)[0])


@pytest.mark.parametrize(("line", "name"), [
    ("Official statement from Mayor Lina Osterhout and Harbour Commissioner Teo Vance on the opening of the Dunmere "
     "ferry terminal", "Lina Osterhout and Teo Vance"),
    ("Joint statement from Tia Marr & Ola Penn", "Tia Marr and Ola Penn"),
    ("STATEMENT FROM CHIEF OF POLICE RAMON VELTRI", "Ramon Veltri"),
])
def test_a_statements_heading_may_name_two_people_who_give_it_together(line: str, name: str) -> None:
    found = _heading(line)
    assert found is not None and (found.name, found.kind) == (name, "person")


def test_three_people_in_a_heading_give_no_one_voice() -> None:
    assert statement.statement_speaker("Statement from Jo Roe, Tim Ash and Ann Vale\n\nBody.",
                                       split_blocks("Statement from Jo Roe, Tim Ash and Ann Vale")[0]) is None


def test_a_joint_heading_over_page_furniture_gives_the_statement_to_both() -> None:
    text = ("Official statement from Mayor Lina Osterhout and Harbour Commissioner Teo Vance on the Dunmere terminal\n\n"
            "Published\n\n4 minute read\n\n"
            "Dunmere is marking a milestone for our waterfront. The new terminal will double our ferry capacity to 40 "
            "sailings a day.\n")
    assert rows(text) == [
        ("Lina Osterhout and Teo Vance", "person", "Dunmere is marking a milestone for our waterfront"),
        ("Lina Osterhout and Teo Vance", "person", "The new terminal will double our ferry capacity to 40 sailings a day")]


def test_a_statement_under_a_persons_heading_goes_on_in_the_third_person() -> None:
    text = ("STATEMENT FROM FIRE CHIEF LINA OSTERHOUT\n\n"
            "Early on Sunday, the fire department received several calls about smoke at the Dunmere warehouse.\n\n"
            "The department has opened an investigation into the cause of the fire.\n\n"
            '"Two crews stayed at the warehouse overnight," said Mayor Teo Vance.\n')
    assert rows(text) == [
        ("Lina Osterhout", "person",
         "Early on Sunday, the fire department received several calls about smoke at the Dunmere warehouse"),
        ("Lina Osterhout", "person", "The department has opened an investigation into the cause of the fire"),
        ("Teo Vance", "person", "Two crews stayed at the warehouse overnight")]


@pytest.mark.parametrize("place", ["Brellin's website", "Brellin\u2019s website", "Brellin's official Facebook page"])
def test_a_one_word_name_that_keeps_a_website_owns_what_is_posted_there(place: str) -> None:
    text = ("The oat bars were sold in Ohio and Indiana between May and June, according to a recall notice posted on "
            + place + ".")
    assert rows(text) == [("Brellin", "organisation", "The oat bars were sold in Ohio and Indiana between May and June")]


@pytest.mark.parametrize("owner", ["the Mayor's", "Monday's"])
def test_a_roles_or_a_days_website_names_no_body(owner: str) -> None:
    text = f"The oat bars were sold in Ohio between May and June, according to a notice posted on {owner} website."
    assert rows(text) == [(f"notice posted on {owner.lower()} website", "document",
                           "The oat bars were sold in Ohio between May and June")]


@pytest.mark.parametrize(("text", "claim"), [
    ("The oat bars have not been tested for allergens, per the Brellin Health Agency.",
     "The oat bars have not been tested for allergens"),
    ("Per the Brellin Health Agency, the oat bars have not been tested for allergens.",
     "the oat bars have not been tested for allergens"),
])
def test_per_names_a_source_as_according_to_does(text: str, claim: str) -> None:
    assert rows(text) == [("Brellin Health Agency", "organisation", claim)]


def test_per_a_document_names_its_maker() -> None:
    text = "Recalls of the oat bars rose to 14 last year, per a filing from Brellin Foods."
    assert rows(text) == [("Brellin Foods", "organisation", "Recalls of the oat bars rose to 14 last year")]


def test_per_before_a_unit_names_no_source() -> None:
    text = "The oat bars cost $2 per bar, and 40 per cent of them were sold per day in Ohio."
    assert rows(text) == []


@pytest.mark.parametrize(("text", "sentences"), [
    ("The ban took effect at 11:59 a.m. Monday. Ferries resumed later.",
     ["The ban took effect at 11:59 a.m. Monday.", "Ferries resumed later."]),
    ("Polls close at 8 p.m. ET on Friday. Results follow.", ["Polls close at 8 p.m. ET on Friday.", "Results follow."]),
    ("The hall opens at 9 a.m. Tickets are free.", ["The hall opens at 9 a.m.", "Tickets are free."]),
])
def test_a_clock_time_before_a_day_or_a_zone_ends_no_sentence(text: str, sentences: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text, 0, len(text))] == sentences
