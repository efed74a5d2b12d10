"""Unit cases for wave 27 part i's statement headings and lead-ins, part j's placed names and statements' mending
(what mutation round 28 found unasserted by the wave-27 files); every party and sentence is invented, and each assert
is on a whole value: a function's whole return value or a text's whole table."""
from __future__ import annotations

import pytest

from claims.extract.attribution.records import Attribution, Found
from claims.extract.attribution.statement_leads import heading_body, headed_lead_in
from claims.extract.entities import Mention, find_mentions
from claims.extract.speakers import Context
from claims.extract.speakers.owned_boards import reference_board
from claims.extract.speakers.placed_names import placed_in_text, placed_name
from claims.extract.statement import in_statement, statement_party, unquoted
from claims.extract.statements import mend_statements
from claims.extract.text import Block, split_blocks


def whole_block(text: str, bullet: bool = False) -> Block:
    """A block spanning the whole text (its body after a two-character list marker when `bullet`)."""
    return Block(0, len(text), 2 if bullet else 0, bullet)


# statement.statement_party: one party a heading names, a person or a body, never a bullet or a long line


def test_a_heading_naming_a_person_gives_the_person() -> None:
    text = "Statement from Mayor Jo Roe"
    assert statement_party(text, whole_block(text)) == Mention(15, 27, "Jo Roe", "person", False, "mayor")


@pytest.mark.parametrize(("text", "expected"), [
    ("Statement from Acme Rovers FC,", Mention(15, 29, "Acme Rovers FC", "org")),  # a comma after the name
    ("Statement from Brantwick FX", Mention(15, 27, "Brantwick FX", "org")),  # a capital X closing the line
    ("Statement from Acme Rovers FC".ljust(160), Mention(15, 29, "Acme Rovers FC", "org")),  # 160 characters (47e)
    ("Statement from Acme Rovers FC".ljust(161), None),  # a line longer than a heading
    ("Statement from Harfield Rovers FC, X", None),  # a word after the name's comma: more than one party
])
def test_a_heading_names_one_body_whole(text: str, expected: Mention | None) -> None:
    assert statement_party(text, whole_block(text)) == expected


def test_a_bullet_is_no_statement_heading() -> None:
    text = "- Statement from Acme Rovers FC"
    assert statement_party(text, whole_block(text, bullet=True)) is None


# statement.in_statement and unquoted: a first-person paragraph that ends a sentence; quotations read as a space


def test_a_paragraph_without_a_sentence_end_goes_on_with_no_statement() -> None:
    text = "We have sold our stake in Brantwick FX"
    assert in_statement(text, whole_block(text)) is False


def test_unquoted_puts_one_space_for_each_quotation() -> None:
    assert unquoted("Jo Roe said \"we will\" and \u201cwe can\u201d today.") == "Jo Roe said   and   today."


# attribution/statement_leads.heading_body: the one body a `Statement from X` heading names


@pytest.mark.parametrize(("text", "bullet", "expected"), [
    ("Statement from Acme Rovers FC", False, "Acme Rovers FC"),  # a mention of a body
    ("Statement from Mayor Jo Roe", False, None),  # a person's heading: no body
    ("Statement from Harfield Town", False, "Harfield Town"),  # capitalised words read as no body's mention
    ("Statement from Harfield Town".ljust(120), False, "Harfield Town"),  # a heading's whole length
    ("- Statement from Harfield Town", True, None),  # a bullet is no heading
    ("STATEMENT FROM HARFIELD TOWN", False, None),  # capitals only: no name read
    ("Statement from Harfield", False, None),  # one word only
    ("Statement from Harfield and Dunmere", False, None),  # a lower-case word: two parties
])
def test_a_heading_body(text: str, bullet: bool, expected: str | None) -> None:
    assert heading_body(text, whole_block(text, bullet), Context(text=text)) == expected


@pytest.mark.parametrize("kind", ["organisation", "inspectorate"])
def test_a_heading_naming_a_registered_one_word_body_gives_it(kind: str) -> None:
    text = "Statement from Vantora"
    ctx = Context(text=text)
    ctx.register_org("Vantora", kind)
    assert heading_body(text, whole_block(text), ctx) == "Vantora"


# attribution/statement_leads.headed_lead_in: a bare reference's lead-in under a body's heading is that body's

LEAD_IN = Attribution("the regulator", "unresolved", "issued this statement", (), colon=True)


def headed(text: str, above: bool = True) -> Attribution | None:
    """headed_lead_in of LEAD_IN for a text's second block, the first above it (or nothing above it)."""
    blocks = split_blocks(text)
    return headed_lead_in(text, blocks[1], blocks[0] if above else None, LEAD_IN, Context(text=text))


def test_a_regulators_lead_in_takes_the_headings_body_and_kind() -> None:
    text = "Statement from the Harfield Water Regulator\n\nThe regulator has just issued this statement:\n"
    assert headed(text) == Attribution("Harfield Water Regulator", "inspectorate", "issued this statement", (),
                                       colon=True)


def test_a_lead_in_with_nothing_above_it_is_as_read() -> None:
    text = "Intro\n\nThe regulator has just issued this statement:\n"
    assert headed(text, above=False) == LEAD_IN


def test_a_lead_in_whose_noun_names_no_body_is_as_read() -> None:
    text = "Statement from the Harfield Water Regulator\n\nThe manager has just issued this statement:\n"
    assert headed(text) == LEAD_IN


# speakers/owned_boards.reference_board: a reference's possessive before its governing people


@pytest.mark.parametrize(("subject", "context", "expected"), [
    ("the club's directors", "Dunmere Rovers Football Club will sell its ground.", ("Dunmere Rovers Football Club",
                                                                                     "organisation")),  # heads only
    ("the employer's directors", "Staff at the plant were told on Monday.", ("the employer's directors",
                                                                             "unresolved")),  # references only
    ("Both the charity's trustees", "The youth club will close.", ("the charity's trustees", "unresolved")),
    ("the club directors", "Dunmere Rovers Football Club will sell its ground.", None),  # no possessive
    ("the family's trustees", "The farm will be sold.", None),  # an owner that is no body's noun
])
def test_a_references_governing_people(subject: str, context: str, expected: tuple[str, str] | None) -> None:
    text = context + " " + subject + " said so."
    ctx = Context(text=text)
    for mention in find_mentions(text, 0, len(context)):
        ctx.add(mention)
    raw = subject.split()
    assert reference_board(raw, [w.lower() for w in raw], ctx) == expected


# speakers/placed_names: a name written after a preposition of place, its surname never after an honorific


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The show on Lena Marsh opens in May. Ms Marsh said it would travel.", "Lena Marsh", False),
    ("The show on Mary Ann Pellow opens in May. Ms Pellow said it would travel.", "Mary Ann Pellow", False),
    ("Ms Marsh opened the show on Lena Marsh in May.", "Lena Marsh", False),  # the honorific opens the text
    ("The show was held at Lena Marsh\u2019s studio.", "Lena Marsh", False),  # a curly possessive: her place
    ("Harlow Tor's paths are steep. She fell on Harlow Tor in March.", "Harlow Tor", True),  # the later one placed
    ("on Harlow Tor, the paths are steep.", "Harlow Tor", True),  # the preposition opens the text
])
def test_placed_in_text(text: str, name: str, expected: bool) -> None:
    assert placed_in_text(text, name) is expected


@pytest.mark.parametrize("mention", [
    Mention(29, 32, "Tor", "person"),  # one word: no placed name
    Mention(22, 32, "Harlow Tor", "person", True),  # a possessive is an owner
])
def test_a_one_word_or_possessive_mention_is_never_placed(mention: Mention) -> None:
    assert placed_name("She broke her wrist on Harlow Tor in March; the cafe near Tor is shut.", mention) is False


# statements._mend and its helpers: the older branches (cut end, cut count, cut subject, taken subject), each through
# mend_statements on invented rows given as (speaker, cue, quote), every quote found in the text after the one before


def mended(text: str, rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """mend_statements of rows given as (speaker, cue, quote), returned the same way."""
    found, at = [], 0
    for speaker, cue, quote in rows:
        at = text.index(quote, at)
        found.append(Found(speaker, "person", cue, (at, at + len(quote))))
        at += len(quote)
    return [(r.speaker, r.cue, text[r.span[0]:r.span[1]]) for r in mend_statements(text, found)]


TRUST_ROW = ("the trust", "said", "The hall opened in 1921")


@pytest.mark.parametrize(("text", "rows", "expected"), [
    # a cut end joined to the next row of its sentence and speaker (the row before it another speaker's)
    ("The hall opened in 1921, the trust said. Jo Roe said the board cut the grant and had to close the hall, and "
     "the hall will be sold.\n",
     [TRUST_ROW, ("Jo Roe", "said", "the board cut the grant and had"), ("Jo Roe", "said", "the hall will be sold")],
     [TRUST_ROW, ("Jo Roe", "said", "the board cut the grant and had to close the hall, and the hall will be sold")]),
    # the same when the next row ends the sentence at the line's end, with no full stop
    ("The hall opened in 1921, the trust said. Jo Roe said the board cut the grant and had to close the hall, and "
     "the hall will be sold\n",
     [TRUST_ROW, ("Jo Roe", "said", "the board cut the grant and had"), ("Jo Roe", "said", "the hall will be sold")],
     [TRUST_ROW, ("Jo Roe", "said", "the board cut the grant and had to close the hall, and the hall will be sold")]),
    # the next row holds a reporting verb of its own: joined all the same (only the words between are read)
    ("Jo Roe said the board cut the grant and had to close the hall, and the hall will be sold as the mayor "
     "announced.\n",
     [("Jo Roe", "said", "the board cut the grant and had"),
      ("Jo Roe", "said", "the hall will be sold as the mayor announced")],
     [("Jo Roe", "said", "the board cut the grant and had to close the hall, and the hall will be sold as the mayor "
                         "announced")]),
    # run on to the sentence's end, a last word of one capital kept; the row of the next sentence stays
    ("Jo Roe said the board cut the grant to the hall in Block X. The pool will close, Al Key said.\n",
     [("Jo Roe", "said", "the board cut the grant to the"), ("Al Key", "said", "The pool will close")],
     [("Jo Roe", "said", "the board cut the grant to the hall in Block X"), ("Al Key", "said", "The pool will close")]),
    # another speaker's row opening inside the sentence and running past its end: no run-on
    ("Jo Roe said the board cut the grant and had \"Two halls will close. The pools too,\" Al Key said.\n",
     [("Jo Roe", "said", "the board cut the grant and had"),
      ("Al Key", "said", "Two halls will close. The pools too")],
     [("Jo Roe", "said", "the board cut the grant and had"),
      ("Al Key", "said", "Two halls will close. The pools too")]),
    # a row that ends on no cut word stays, though its sentence goes on
    ("Jo Roe said the hall will close after the summer fair.\n",
     [("Jo Roe", "said", "the hall will close")], [("Jo Roe", "said", "the hall will close")]),
    # an auxiliary after a subject pronoun is an ellipsis, in a row of two words or more
    ("Asked if the fund had grown, Jo Roe said it has, by a third.\n",
     [("Jo Roe", "said", "it has")], [("Jo Roe", "said", "it has")]),
    ("Jo Roe said the fund had grown, and it has, by a third.\n",
     [("Jo Roe", "said", "the fund had grown, and it has")], [("Jo Roe", "said", "the fund had grown, and it has")]),
    # a cut end whose sentence ends right after it, past a space (`had !`): nothing to run on to
    ("Asked about the grant, Jo Roe said the board cut it and had !\n",
     [("Jo Roe", "said", "the board cut it and had")], [("Jo Roe", "said", "the board cut it and had")]),
    # a one-word row on a cut word runs on
    ("Asked about the fund, Jo Roe said had, by a third.\n",
     [("Jo Roe", "said", "had")], [("Jo Roe", "said", "had, by a third")]),
])
def test_a_cut_end(text: str, rows: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]) -> None:
    assert mended(text, rows) == expected


def test_a_cut_end_runs_on_to_a_sentence_of_eighty_words_but_not_eighty_one() -> None:
    nouns = ["halls", "parks", "pools", "paths", "roads", "docks", "piers", "yards"]
    for count, grown in ((80, True), (81, False)):
        tail = " ".join(nouns[k % len(nouns)] for k in range(count - 4))
        text = "Jo Roe said the board cut the " + tail + ".\n"
        row = "the board cut the"
        assert mended(text, [("Jo Roe", "said", row)]) == [("Jo Roe", "said", row + " " + tail if grown else row)]


@pytest.mark.parametrize(("text", "rows", "expected"), [
    # a count of one word, or of three, joined to its part; a count of four words stands
    ("The regulator recorded 144, including 52 on level crossings.\n",
     [("the regulator", "recorded", "144"), ("the regulator", "recorded", "52 on level crossings")],
     [("the regulator", "recorded", "144, including 52 on level crossings")]),
    ("The regulator recorded 144 injuries last year, including 52 on level crossings.\n",
     [("the regulator", "recorded", "144 injuries last year"), ("the regulator", "recorded", "52 on level crossings")],
     [("the regulator", "recorded", "144 injuries last year"), ("the regulator", "recorded", "52 on level crossings")]),
    # a row of no words is no count
    ("The regulator recorded \"...\", including 52 on level crossings.\n",
     [("the regulator", "recorded", "..."), ("the regulator", "recorded", "52 on level crossings")],
     [("the regulator", "recorded", "..."), ("the regulator", "recorded", "52 on level crossings")]),
])
def test_a_cut_count(text: str, rows: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]) -> None:
    assert mended(text, rows) == expected


@pytest.mark.parametrize(("text", "rows", "expected"), [
    # a subject cut at `and` from a row whose verb comes second
    ("Al Key said more than a third of the steel and hulls could be built abroad.\n",
     [("Al Key", "said", "more than a third of the steel"), ("Al Key", "said", "hulls could be built abroad")],
     [("Al Key", "said", "more than a third of the steel and hulls could be built abroad")]),
    # a first row with a verb (a copula, an irregular past) is a clause of its own
    ("Al Key said the steel was cheap and the hulls could be built abroad.\n",
     [("Al Key", "said", "the steel was cheap"), ("Al Key", "said", "the hulls could be built abroad")],
     [("Al Key", "said", "the steel was cheap"), ("Al Key", "said", "the hulls could be built abroad")]),
    ("Al Key said rents rose and the fees could double.\n",
     [("Al Key", "said", "rents rose"), ("Al Key", "said", "the fees could double")],
     [("Al Key", "said", "rents rose"), ("Al Key", "said", "the fees could double")]),
    # the verb after the second row's end is not read
    ("Al Key said more than half of the steel and the hull plates, he said, were made abroad.\n",
     [("Al Key", "said", "more than half of the steel"), ("Al Key", "said", "the hull plates")],
     [("Al Key", "said", "more than half of the steel"), ("Al Key", "said", "the hull plates")]),
])
def test_a_cut_subject(text: str, rows: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]) -> None:
    assert mended(text, rows) == expected


@pytest.mark.parametrize(("text", "rows", "expected"), [
    # the subject `that` the cue took is the one right before the row, not an earlier one nor one inside it
    ("The hall that the trust owns is shut, and Jo Roe said that was untrue, and that the hall will reopen.\n",
     [("Jo Roe", "said that", "was untrue, and that the hall will reopen")],
     [("Jo Roe", "said", "that was untrue, and that the hall will reopen")]),
    # one verb that can invert, alone: `that` is its subject all the same
    ("Asked if the hall would reopen in May, Jo Roe said that should.\n",
     [("Jo Roe", "said that", "should")], [("Jo Roe", "said", "that should")]),
    # a condition put first by inversion: `that` opens the reported clause
    ("Jo Roe said that had they, the hall would stay open.\n",
     [("Jo Roe", "said that", "had they")], [("Jo Roe", "said that", "had they")]),
])
def test_a_taken_subject(text: str, rows: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]) -> None:
    assert mended(text, rows) == expected
