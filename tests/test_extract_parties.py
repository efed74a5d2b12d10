"""The parties of a text: rows' speakers first, then the organisations and people it names that no row speaks for."""
import pytest

from claims.extract.entities import find_mentions
from claims.extract.parties import (Party, fold_name, is_common, is_post, menu, named_parties, parties, party_name,
                                    shouted_elsewhere, without_lead, written_words)

RIVERS = ("Harlow Rivers Trust said the weir would reopen in March.\n\n"
          "Its chief executive, Dana Pell, said: \"We are proud.\"\n\n"
          "Acme Water's director, Sam Orr, disagreed.\n")
HARBOUR = ("Granton Harbour Board said cargo rose 8%.\n\nChief Executive Tom Vale said Christmas trade was strong.\n\n"
           "ENDS\n\nAbout Granton Harbour Board\nThe board runs the port.\n")
HOUSING = ("Rents rose 4%, the Trust Chief Executive said.\n\nThe Minister for Housing, Ann Lee, welcomed it. "
           "STRIKE action is planned, the union said, adding that the strike would last a week.\n")


def names(text: str) -> list[tuple[str, str]]:
    """What `find_mentions` gives for a whole text, as (name, kind)."""
    return [(m.name, m.kind) for m in find_mentions(text, 0, len(text))]


def test_named_parties_in_order_of_first_mention_with_possessives_cut():
    assert named_parties(RIVERS) == [Party("Harlow Rivers Trust", "organisation"), Party("Dana Pell", "person"),
                                     Party("Acme Water", "organisation"), Party("Sam Orr", "person")]


def test_release_furniture_and_closing_headings_are_no_parties():
    assert names(HARBOUR) == [("Granton Harbour Board", "org"), ("Tom Vale", "person"), ("ENDS", "org"),
                              ("About Granton Harbour Board", "org")]
    assert named_parties(HARBOUR) == [Party("Granton Harbour Board", "organisation"), Party("Tom Vale", "person")]


def test_a_post_alone_and_a_word_in_capitals_are_no_parties():
    assert names(HOUSING) == [("Trust Chief Executive", "org"), ("Minister for Housing", "org"),
                              ("Ann Lee", "person"), ("STRIKE", "org")]
    assert named_parties(HOUSING) == [Party("Minister for Housing", "organisation"), Party("Ann Lee", "person")]


def test_no_names_no_parties():
    assert [named_parties(""), named_parties("prices rose by 4% in the year to march.\n")] == [[], []]


@pytest.mark.parametrize("name, party", [
    ("Acme Water's", "Acme Water"), ("Acme Water\u2019s", "Acme Water"), ("Kestle Lords'", "Kestle Lords"),
    ("About Acme Water", "Acme Water"), ("About the Acme Trust", "Acme Trust"), ("Contact Jo Roe", "Jo Roe"),
    ("About", ""), ("Christmas", ""), ("March", ""), ("Northern Ireland", ""), ("North County", ""),
    ("Chief Executive", ""), ("Group Chief Executive", ""), ("Minister for Housing", "Minister for Housing"),
    ("Office of the Mayor", "Office of the Mayor"), ("Energy Retail UK", "Energy Retail UK"), ("  ", "")])
def test_party_name(name, party):
    assert party_name(name, written_words("No other words.")) == party


def test_without_lead_keeps_a_one_word_name():
    assert [without_lead("About"), without_lead("Abouts Ltd"), without_lead("About Us Ltd")] == [
        "About", "Abouts Ltd", "Us Ltd"]


@pytest.mark.parametrize("name, common", [
    ("Christmas Day", False), ("Easter", True), ("While", True), ("Ireland", True), ("Gross", True),
    ("Acme", False), ("Western Isles", True), ("ENDS", True)])
def test_is_common(name, common):
    assert is_common(name) is common


@pytest.mark.parametrize("name, post", [
    ("Chief Executive", True), ("Trust Chief Executive", True), ("Deputy Head", True),
    ("Head of Media", False), ("Acme Chief Executive", False), ("Water Trust", False), ("", False)])
def test_is_post(name, post):
    assert is_post(name) is post


@pytest.mark.parametrize("text, name, shouted", [
    ("STRIKE action, then a strike.", "STRIKE", True), ("DUBLIN - Dublin rents rose.", "DUBLIN", True),
    ("PORT ALDER, 2 May - Port Alder's mayor spoke.", "PORT ALDER", True),
    ("PORT ALDER, 2 May - the port reopened.", "PORT ALDER", False),
    ("HIQA found it. Hiqa said so.", "HIQA", False), ("OFWAT said so.", "OFWAT", False),
    ("STRIKES in strikeout.", "STRIKE", False), ("Acme said so.", "Acme", False)])
def test_shouted_elsewhere(text, name, shouted):
    assert shouted_elsewhere(name, written_words(text)) is shouted


def test_written_words():
    assert written_words("ENDS. Acme\u2019s HIQA said: \"bills rose\" (Acme).") == frozenset(
        {"acme", "s", "said", "bills", "rose"})


def test_parties_speakers_first_then_named_ones_no_row_speaks_for():
    spoken = [Party("Granton Harbour Board", "organisation"), Party("the union", "unresolved")]
    assert parties(spoken, named_parties(HARBOUR)) == [*spoken, Party("Tom Vale", "person")]
    assert parties([], []) == []


def test_fold_name():
    assert [fold_name(" Acme  WATER\n"), fold_name("Jo\u00a0Roe")] == ["acme water", "jo roe"]


def test_menu_speakers_first_then_named_parties_once_in_the_texts_spelling():
    named = [Party("Acme Water", "organisation"), Party("Wyre Anglers Trust", "organisation"), Party("Ann Lee", "person")]
    assert menu(["ACME  water", "ann lee", "council", " ", "Council"], named) == [
        "Acme Water", "Ann Lee", "council", "Wyre Anglers Trust"]
    assert menu([], named) == ["Acme Water", "Wyre Anglers Trust", "Ann Lee"]
    assert menu(["the agency"], []) == ["the agency"]


def test_single_words_keeps_the_one_word_entries_of_a_list():
    from claims.extract.parties import single_words
    assert single_words(["about", "notes to editors", "contact", "media enquiries"]) == frozenset({"about", "contact"})


@pytest.mark.parametrize("name, expected", [
    ("About Acme", "Acme"),
    ("About the Acme Trust", "Acme Trust"),
    ("About The Acme Trust", "Acme Trust"),
    ("Contact Theo Marsh", "Theo Marsh"),  # `Theo` is no article
    ("About", "About"),
])
def test_without_lead_cuts_the_heading_word_and_an_article_after_it(name, expected):
    assert without_lead(name) == expected


def test_name_words_cuts_possessives_and_stops_and_folds_case():
    from claims.extract.parties import name_words
    assert name_words("Acme's Lords' Trust, Ltd.") == ["acme", "lords", "trust", "ltd"]


def test_a_word_in_capitals_five_letters_long_is_a_word_the_text_writes():
    assert shouted_elsewhere("LEEDS", written_words("Buses in Leeds ran late.")) is True
    assert shouted_elsewhere("LEED", written_words("Buses in Leed ran late.")) is False
