"""What the text has named so far, split by job (`claims.extract.speakers`): the names (`registry`), who spoke
(`focus`), the questions asked of both (`context`), and who published a document (`publishers`)."""
from __future__ import annotations

import pytest

from extract_rows import rows

from claims.extract.entities import Mention, org_kind
from claims.extract.speakers import Context
from claims.extract.speakers.focus import Focus
from claims.extract.speakers.publishers import published_by
from claims.extract.speakers.registry import NameRegistry
from claims.extract.text import Block, split_blocks


def registry() -> NameRegistry:
    """Return a registry holding one authority with its acronym and two alliances, one also called a union."""
    names = NameRegistry()
    for name in ("Water Services Authority", "Acme Staff Alliance", "Bolt Staff Alliance"):
        names.register_org(name, "organisation")
    names.also_known("Water Services Authority", "WSA")
    names.also_called("Acme Staff Alliance", "union")
    return names


def test_a_registry_finds_a_body_again_by_its_endings_its_acronym_and_what_the_text_calls_it() -> None:
    names = registry()
    assert names.orgs == ["Water Services Authority", "Acme Staff Alliance", "Bolt Staff Alliance"]
    assert names._org_suffixes == {"services authority": "Water Services Authority",
                                   "authority": "Water Services Authority", "staff alliance": "Bolt Staff Alliance",
                                   "alliance": "Bolt Staff Alliance", "wsa": "Water Services Authority"}
    assert names._org_heads == {"authority": "Water Services Authority", "alliance": "Bolt Staff Alliance",
                                "union": "Acme Staff Alliance"}
    assert names.called == {"Acme Staff Alliance": {"union"}}


def test_a_registry_says_which_head_two_bodies_share() -> None:
    names = registry()
    assert (names.rival_bodies("alliance"), names.rival_bodies("alliances"), names.rival_bodies("authority")) == \
        (True, True, False)


def test_a_registry_gives_the_one_longer_name_and_a_kind_for_any_name() -> None:
    names = registry()
    assert (names.fullest("Acme"), names.fullest("Water"), names.fullest("Staff")) == \
        ("Acme Staff Alliance", "Water Services Authority", "Staff")
    assert (names.kind_of("Acme Staff Alliance"), names.kind_of("Nobody Named")) == ("organisation", "organisation")


def test_a_registry_registers_a_body_once_under_a_new_name_and_keeps_a_known_names_kind() -> None:
    names = registry()
    names.kinds["Jo Roe"] = "person"
    returned = (names.register_org_once("Harbour Board"), names.register_org_once("Tidewater Standards Authority",
                                                                                   org_kind),
                names.register_org_once("Jo Roe", org_kind), names.register_org_once("Acme Staff Alliance",
                                                                                     lambda name: "inspectorate"))
    assert returned == ("Harbour Board", "Tidewater Standards Authority", "Jo Roe", "Acme Staff Alliance")
    assert names.orgs == ["Water Services Authority", "Acme Staff Alliance", "Bolt Staff Alliance", "Harbour Board",
                          "Tidewater Standards Authority"]
    assert names.kinds == {"Water Services Authority": "organisation", "Acme Staff Alliance": "organisation",
                           "Bolt Staff Alliance": "organisation", "Jo Roe": "person", "Harbour Board": "organisation",
                           "Tidewater Standards Authority": "inspectorate"}


def test_focus_follows_who_spoke() -> None:
    focus = Focus()
    focus.register_org("Acme plc", "organisation")
    focus.spoke("Acme plc", "organisation")
    focus.spoke("Jo Roe", "person")
    focus.spoke("Acme plc", "organisation")
    assert (focus.org_speakers, focus.last_speaker, focus.last_kind, focus.said) == \
        (["Acme plc"], "Jo Roe", "organisation", {"Acme plc": 2, "Jo Roe": 1})
    assert (focus.full_org("plc"), focus.focus_org(), focus.recent_body(), focus.person_for_pronoun()) == \
        ("Acme plc", "Acme plc", "Acme plc", "Jo Roe")


def test_focus_moves_on_two_paragraphs_later() -> None:
    focus = Focus()
    focus.spoke("Acme plc", "organisation")
    focus.spoke("Jo Roe", "person")
    focus.block = 2
    assert (focus.recent_body(), focus.paragraph_speaker(), focus.person_for_pronoun()) == (None, None, None)


def test_focus_keeps_an_unnamed_person_for_she_in_the_same_paragraph() -> None:
    focus = Focus()
    focus.spoke("One parent", "unresolved")
    assert focus.unnamed_person() == "One parent"
    focus.block = 1
    assert focus.unnamed_person() is None


TEXT = "The annual figures, published by the Rivers Agency, show 40 leaks. Jo Roe said so."


def test_context_registers_people_by_their_short_forms() -> None:
    ctx = Context(text=TEXT)
    assert ctx.add(Mention(67, 73, "Jo Roe", "person")) == "Jo Roe"
    assert (ctx.kinds, ctx._person_keys, ctx.last_person) == \
        ({"Jo Roe": "person"}, {"Jo Roe": "Jo Roe", "Roe": "Jo Roe", "Jo": "Jo Roe"}, "Jo Roe")
    assert ctx.add(Mention(67, 73, "Roe", "person")) == "Jo Roe"


def test_context_refuses_a_bare_head_noun_and_a_time_as_bodies() -> None:
    ctx = Context(text="The Council met at 6:02 PM EST.")
    assert (ctx.add(Mention(4, 11, "Council", "org")), ctx.add(Mention(26, 30, "PM EST", "org"))) == \
        ("Council", "PM EST")
    assert ctx.orgs == []


def test_published_by_names_the_publisher_of_a_kind_of_document() -> None:
    ctx = Context(text=TEXT)
    assert (published_by(ctx, "figures"), published_by(ctx, "statistics"), published_by(ctx, "report")) == \
        ("Rivers Agency", "Rivers Agency", None)
    assert ctx.kinds == {"Rivers Agency": "organisation"}


def test_published_by_keeps_an_unnamed_publisher_s_words() -> None:
    ctx = Context(text="The audit, released by the state auditor general, found 12 faults.")
    assert published_by(ctx, "audit") == "the state auditor general"
    assert ctx.kinds == {"the state auditor general": "unresolved"}


def test_a_companys_board_is_found_again_by_the_companys_own_head_noun() -> None:
    """`The Board of Directors of Harlow Vale Rowing Club ... The club can confirm` (wave 31g): the board speaks as the
    club (`bounds.whole_bodies`), so `the club` is the board's name; a body of its own (`Board of Health`) is not."""
    names = NameRegistry()
    names.register_org("Board of Directors of Harlow Vale Rowing Club", "organisation")
    names.register_org("Board of Health", "organisation")
    assert names._org_heads == {"board": "Board of Health", "club": "Board of Directors of Harlow Vale Rowing Club"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Goods Standards Office suspended the part on Monday.\n\nKelso Valves said in a statement it disagreed with "
     "the decision. The company said it had already told all 40 plants that used the part.\n",
     [("Kelso Valves", "organisation", "it disagreed with the decision"),
      ("Kelso Valves", "organisation", "it had already told all 40 plants that used the part")]),
    ("Trains will not run until Monday, Harbour Rail said.\n\nCorran Intercity said it was running one train an hour. "
     "Tickets can be refunded without a fee, the operator said.\n",
     [("Harbour Rail", "organisation", "Trains will not run until Monday"),
      ("Corran Intercity", "organisation", "it was running one train an hour"),
      ("Corran Intercity", "organisation", "Tickets can be refunded without a fee")]),
    ("Toolmaker Kelso to build plant near Harwick\n\nKelso Valves will build a $60 million plant near Harwick, "
     "officials announced on Monday.\n\nKelso said it expects to employ 400 people by 2030.\n",
     [("officials", "unresolved", "Kelso Valves will build a $60 million plant near Harwick"),
      ("Kelso Valves", "organisation", "it expects to employ 400 people by 2030")]),
], ids=["the-company-after-a-trade-name", "the-operator-after-a-trade-name", "short-form-after-a-headline"])
def test_context_reads_a_trade_name_as_a_body_for_later_references(text: str,
                                                                   expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("names", "expected"), [
    (["Harlow Precision Castings plc", "Harlow"], "Harlow Precision Castings plc"),  # one body, by two names
    (["Harlow Precision Castings plc", "Fenby Metals plc"], None),  # two bodies: either may be the board
])
def test_a_generic_reference_means_the_texts_one_body_under_any_of_its_names(names: list[str],
                                                                              expected: str | None) -> None:
    ctx = Context(text="The Board is pleased to report that revenue rose.")
    for name in names:
        ctx.register_org(name, "organisation")
    assert (ctx.resolve_reference("board"), ctx.resolve_reference("organisation")) == (expected, expected)


def test_context_splits_the_text_into_blocks_once_unless_handed_them() -> None:
    """`text_blocks` splits the text once and keeps the blocks; a context handed the block pass's own keeps those."""
    text = "Tarrow Council said so.\n\nA group of families has written\nasking it to wait."
    ctx = Context(text=text)
    assert ctx.text_blocks() == [Block(0, 23, 0, False), Block(25, 75, 25, False)]
    assert ctx.text_blocks() is ctx.text_blocks()
    handed = split_blocks(text)
    assert Context(text=text, blocks=handed).text_blocks() is handed
