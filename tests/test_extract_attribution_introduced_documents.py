"""A bare document left unresolved that names again a document the text brought in with its maker
(attribution/introduced_documents, wave 53a): `X published its annual list ... The list shows`, `In its petition, X
said ... The petition says`, `In a complaint filed on Monday, X said ... According to the complaint`, `X's annual
return ... The return shows` are X's; a noun no sentence brings in so, or two makers, stay unresolved. Each case is a
short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

from claims.extract.attribution.introduced_documents import NounMakers, introduced_maker
from claims.extract.speakers import Context
from extract_rows import rows

LIST_ROW = "41 blocks still have cladding that fails the fire test"


def test_a_list_a_body_published_is_that_bodys() -> None:
    text = ("The Marlbrook Housing Board published its annual list of unsafe blocks on Tuesday.\n\n"
            "The list shows that 41 blocks still have cladding that fails the fire test.\n")
    assert rows(text) == [("Marlbrook Housing Board", "organisation", LIST_ROW)]


def test_a_list_no_sentence_brought_in_stays_unresolved() -> None:
    text = ("The Marlbrook Housing Board met on Tuesday.\n\n"
            "The list shows that 41 blocks still have cladding that fails the fire test.\n")
    assert rows(text) == [("The list", "unresolved", LIST_ROW)]


def test_a_list_two_bodies_published_stays_unresolved() -> None:
    text = ("The Marlbrook Housing Board published its annual list of unsafe blocks on Tuesday. The Fenwick Fire "
            "Authority published its own list of unsafe blocks a day later.\n\n"
            "The list shows that 41 blocks still have cladding that fails the fire test.\n")
    assert rows(text) == [("The list", "unresolved", LIST_ROW)]


def test_a_petition_opened_on_in_its_is_its_subjects() -> None:
    text = ("Tarrow Energy Ltd has asked the Pellam Utilities Commission to raise its tariffs.\n\n"
            "In its petition, Tarrow Energy Ltd said it had lost £12 million last year.\n\n"
            "The petition says that unpaid bills from councils reached £4 million in September.\n")
    assert rows(text) == [
        ("Tarrow Energy Ltd", "organisation", "it had lost £12 million last year"),
        ("Tarrow Energy Ltd", "organisation", "unpaid bills from councils reached £4 million in September")]


def test_a_complaint_opened_on_in_a_is_the_party_its_sentence_speaks_for() -> None:
    text = ("In a complaint filed on Monday, the Pellam Trading Office said Corvane Ltd had misled 3,000 customers.\n\n"
            "According to the complaint, the company charged 900 of them twice.\n")
    assert rows(text) == [
        ("Pellam Trading Office", "organisation", "Corvane Ltd had misled 3,000 customers"),
        ("Pellam Trading Office", "organisation", "the company charged 900 of them twice")]


def test_a_return_after_a_bodys_short_possessive_is_that_bodys() -> None:
    text = ("Hollin Fostering Trust said more families had asked about fostering this year.\n\n"
            "Hollin's annual recruitment return sets out the position.\n\n"
            "The return shows that 40 households stopped fostering last year.\n")
    assert rows(text) == [
        ("Hollin Fostering Trust", "organisation", "more families had asked about fostering this year"),
        ("Hollin Fostering Trust", "organisation", "40 households stopped fostering last year")]


def test_each_rows_maker_is_the_one_of_the_sentences_before_it_read_once_per_noun() -> None:
    # bench_hostile's `what a meeting heard` (thousands of bare `the meeting` rows) was quadratic: every row scanned the
    # whole text again; each noun's sentences are now read once and every row asks by position.
    text = ("Corvane Ltd published its list of late payers on Monday. The list shows 40 firms.\n\n"
            "Pellam Council published its list of empty homes. The list shows 900 homes.\n")
    ctx = Context(text=text)
    makers: dict[str, NounMakers] = {}
    first, second = text.index("The list shows 40"), text.index("The list shows 900")
    assert [introduced_maker(text, "The list", at, [], ctx, makers) for at in (0, first, second, len(text))] \
        == [None, "Corvane Ltd", None, None]
    assert list(makers) == ["list"] and makers["list"].ends == [text.index(" of late"), text.index(" of empty")]


# Round 54m (mutation): the maker read by a full body's possessive, by a person, by an inspectorate, and the
# rows asked out of order.
def test_a_list_after_a_full_bodys_possessive_is_that_bodys() -> None:
    text = ("The Marlbrook Housing Board's annual list of unsafe blocks came out on Tuesday.\n\n"
            "The list shows that 41 blocks still have cladding that fails the fire test.\n")
    assert rows(text) == [("Marlbrook Housing Board", "organisation", LIST_ROW)]


def test_a_list_a_person_published_is_not_given_to_her() -> None:
    text = ("Dr Jo Roe published her list of unsafe blocks on Tuesday. Ms Roe published a list of 12 more.\n\n"
            "The list shows that 41 blocks still have cladding that fails the fire test.\n")
    assert rows(text) == [("The list", "unresolved", LIST_ROW)]


def test_a_complaint_an_inspectorate_filed_is_the_inspectorates() -> None:
    text = ("In a complaint filed on Monday, the Kelby Schools Inspectorate said Corvane Academy had misled 300 "
            "parents.\n\nAccording to the complaint, the academy charged 90 of them twice.\n")
    assert rows(text) == [
        ("Kelby Schools Inspectorate", "inspectorate", "Corvane Academy had misled 300 parents"),
        ("Kelby Schools Inspectorate", "inspectorate", "the academy charged 90 of them twice")]


def test_rows_asked_out_of_order_and_without_a_kept_reading_get_the_same_makers() -> None:
    text = ("Corvane Ltd published its list of late payers on Monday. The list shows 40 firms.\n\n"
            "Pellam Council published its list of empty homes. The list shows 900 homes.\n")
    ctx = Context(text=text)
    makers: dict[str, NounMakers] = {}
    first = text.index("The list shows 40")
    assert [introduced_maker(text, "The list", at, [], ctx, makers) for at in (len(text), first)] \
        == [None, "Corvane Ltd"]
    assert introduced_maker(text, "The list", first, [], Context(text=text)) == "Corvane Ltd"
