"""People as speakers (wave 23a): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a
helper returns; cases where a rule must not fire sit beside the ones where it must."""
import pytest

from claims.extract.speakers.advocate_asides import is_advocate_aside
from claims.extract.speakers.panel_bodies import panel_body
from claims.extract.speakers.post_holders import holders, post_of
from extract_rows import rows


# A news lead's post with its body's possessive (`the trust's chief executive has said`, `the province's auditor
# general says`) or two posts joined (`its founder and chief executive`), then the holder named in the next paragraph
# (`Chief executive Jo Roe said`, `principal and chief executive Jo Roe said`): the post is that person.
@pytest.mark.parametrize(("speaker", "post"), [
    ("the trust's chief executive", ("executive", ("chief",))),
    ("the province's auditor general", ("general", ("auditor",))),
    ("the council\u2019s leader", ("leader", ())),
    ("its founder and chief executive", ("executive", ("chief",))),
    ("its principal", ("principal", ())),
    ("the housing minister", ("minister", ("housing",))),
    ("the council's housing department", None),
    ("Acme's", None),
])
def test_a_post_alone_gives_its_post_word_and_describing_words(speaker: str, post: object) -> None:
    assert post_of(speaker) == post


@pytest.mark.parametrize(("text", "post", "names"), [
    ("In a letter, principal and chief executive Jo Roe said", ("principal", ()), {"Jo Roe"}),
    ("Principal and Chief Executive Jo Roe said", ("principal", ()), {"Jo Roe"}),
    ("founder and chief executive Dan Ash said", ("executive", ("chief",)), {"Dan Ash"}),
    ("Auditor General Mira Holt found", ("general", ("auditor",)), {"Mira Holt"}),
    ("the principal and the bursar met Jo Roe", ("principal", ()), set()),
])
def test_a_joined_post_ties_its_holder(text: str, post: tuple[str, tuple[str, ...]], names: set[str]) -> None:
    assert holders(text, *post) == names


LEAD = "Nearly a third of centres were not inspected on schedule last year, {post} {verb}.\n\n{holder} said that 1,630 centres had no inspection.\n"


@pytest.mark.parametrize(("post", "verb", "holder", "speaker"), [
    ("the province's auditor general", "says in a report", "Auditor General Mira Holt", "Mira Holt"),
    ("the council's leader", "has said", "Council leader Jo Roe", "Jo Roe"),
    ("the trust's chief executive", "has warned", "Chief executive Jo Roe", "Jo Roe"),
    ("its principal", "has told staff", "In a letter, principal and chief executive Jo Roe", "Jo Roe"),
    ("its founder and chief executive", "has said", "Chief executive Jo Roe", "Jo Roe"),
])
def test_a_lead_post_is_the_holder_named_next(post: str, verb: str, holder: str, speaker: str) -> None:
    text = LEAD.format(post=post, verb=verb, holder=holder)
    assert rows(text) == [(speaker, "person", "Nearly a third of centres were not inspected on schedule last year"),
                          (speaker, "person", "1,630 centres had no inspection")]


def test_a_lead_post_nobody_holds_keeps_its_words() -> None:
    text = ("The surgery's list is open to new patients, the surgery's practice manager told this newspaper.\n\n"
            "Dr Jo Roe, a partner, said that 1,630 patients had joined.\n")
    assert rows(text) == [("the surgery's practice manager", "person", "The surgery's list is open to new patients"),
                          ("Jo Roe", "person", "1,630 patients had joined")]


def test_a_lead_post_two_people_hold_keeps_its_words() -> None:
    text = ("Nearly a third of pupils were absent last year, the school's head teacher has said.\n\n"
            "Head teacher Jo Roe said that 1,630 pupils did not attend.\n\n"
            "Head teacher Dan Ash, of another school, said that 14 pupils had left.\n")
    # wave 59n: either head teacher may speak: the words are kept, unresolved (no person is named with confidence)
    assert rows(text)[0] == ("the school's head teacher", "unresolved", "Nearly a third of pupils were absent last year")


# A hearing's panel the text ties to the body it sits for (`a fitness to practise panel of the Nursing Council`, `a
# Nursing Council conduct panel`): `the panel found` later is that body's finding, not an unnamed panel's; a panel of
# people (`a panel of eight residents`), a panel tied to two bodies and one the text names itself are left alone.
@pytest.mark.parametrize(("text", "word", "body"), [
    ("A fitness to practise panel of the Nursing Council (NC) ruled on Friday.", "panel", "Nursing Council"),
    ("A Nursing Council fitness to practise panel ruled on Friday.", "panel", "Nursing Council"),
    ("An NC conduct panel ruled on Friday.", "panel", "NC"),
    ("A disciplinary tribunal of the Bar Standards Board ruled.", "tribunal", "Bar Standards Board"),
    ("A panel of eight local residents chose the projects.", "panel", None),
    ("A panel of the Nursing Council and a panel of the Bar Standards Board met.", "panel", None),
    ("A panel of the Nursing Council ruled.", "tribunal", None),
])
def test_a_panel_is_the_body_it_sits_for(text: str, word: str, body: str | None) -> None:
    assert panel_body(text, word) == body


def test_the_panel_finds_for_its_body() -> None:
    text = ("A fitness to practise panel of the Nursing Council (NC) ruled on Friday that Jo Roe's fitness to practise "
            "was impaired.\n\nThe panel found that Ms Roe:\n- recorded checks at 1am, 2am and 3am that never "
            "happened;\n- failed to call the GP service after 12.30am.\n")
    assert rows(text) == [
        ("Nursing Council", "organisation", "ruled on Friday that Jo Roe's fitness to practise was impaired"),
        ("Nursing Council", "organisation", "recorded checks at 1am, 2am and 3am that never happened"),
        ("Nursing Council", "organisation", "failed to call the GP service after 12.30am")]


def test_a_panel_of_people_stays_the_panel() -> None:
    text = "A panel of eight local residents chose the projects.\n\nThe panel found that 14 projects met the rules.\n"
    assert rows(text) == [("the panel", "unresolved", "14 projects met the rules")]


def test_a_panel_named_itself_stays_that_body() -> None:
    text = ("INDIANAPOLIS \u2014 Pellow State will serve two years of probation after an NCAA panel found the school "
            "gave aid to 23 athletes over three years.\n\n"
            "The Division II Committee on Infractions said in a decision released Tuesday that the aid office "
            "routinely awarded grants to 40 players.\n\n"
            "The panel also found that the coach arranged for two recruits to live rent-free.\n")
    assert [row[0] for row in rows(text)] == ["Division II Committee on Infractions"] * 3


# A person and an aside saying whom she acts for (`representing Mr Roe`, `on behalf of the Secretary of State`,
# `mitigating for Mr Roe`), as court and disciplinary reports write an advocate or a decision maker: the person speaks,
# never the party the aside names; an aside of another kind (`who represents 14 of the families`) is unchanged.
@pytest.mark.parametrize(("aside", "cue"), [
    ("representing Mr Roe", "told magistrates"),
    ("mitigating for Mr Roe", "told the court"),
    ("on behalf of Mr Roe", "said"),
    ("acting for Mr Roe", "said"),
    ("representing the council", "told the court"),
    ("who represented Mr Roe", "said"),
])
def test_a_person_acting_for_a_party_speaks(aside: str, cue: str) -> None:
    text = f"Jo Roe, 51, was fined \u00a39,000.\n\nDan Ash, {aside}, {cue} that 4 notices had been served in 2026.\n"
    assert rows(text) == [("Dan Ash", "person", "4 notices had been served in 2026")]


def test_a_person_for_a_minister_is_a_person() -> None:
    text = ("Jo Roe was banned from teaching.\n\nDan Ash, on behalf of the Secretary of State, said he had considered "
            "a review period of 4 years.\n")
    assert rows(text) == [("Dan Ash", "person", "he had considered a review period of 4 years")]


@pytest.mark.parametrize(("clause", "aside"), [
    ("representing Mr Roe", True), (" on behalf of the council", True), ("Acting for the company", True),
    ("speaking for the office", False), ("represented by Jo Roe", False), ("behalf", False)])
def test_an_aside_acting_for_a_party(clause: str, aside: bool) -> None:
    assert is_advocate_aside(clause) is aside
