"""Unit cases for wave 25's new extractor modules, through their public functions and the whole table (what mutation
testing found unasserted by the wave-25 files); every party and sentence is invented."""
from __future__ import annotations

import pytest

from claims.extract.attribution.accusations import accusation
from claims.extract.attribution.named_leads import named_lead_in
from claims.extract.attribution.records import Attribution
from claims.extract.attribution.statement_leads import following_statement, heading_statement
from claims.extract.speakers import Context
from claims.extract.speakers.headless_bodies import headless
from claims.extract.speakers.lettered_bodies import lettered
from claims.extract.speakers.they_groups import group_before, they_at
from claims.extract.speakers.words import sentence_starts
from claims.extract.text import split_blocks
from extract_rows import cued_rows as rows


QUOTE = '\n\n"Debt is falling."\n'


def lead(rule, first: str) -> Attribution | None:  # noqa: ANN001
    """Return what a paragraph rule makes of `first` over a quoted paragraph, whole."""
    text = first + QUOTE
    blocks = split_blocks(text)
    return rule(text, blocks[0], blocks[1:2], Context(text=text))


# attribution/accusations.accusation: the whole attribution (spans included), a one-word subject, a document's
# owner before the document noun, two accusations in one paragraph, a quotation inside and around the verb


def test_accusation_by_a_one_word_body_is_whole() -> None:
    text = "Unison accused the trust of ignoring 40 staff."
    assert accusation(text, (0, len(text)), [], Context(text=text)) == \
        Attribution("Unison", "organisation", "accused", ((15, 45),))


def test_accusation_by_an_owned_document_is_nobody_s_here() -> None:
    text = "The union's letter accuses the trust of ignoring 40 staff."
    assert accusation(text, (0, len(text)), [], Context(text=text)) is None


def test_two_accusations_in_one_paragraph_are_each_their_subject_s() -> None:
    assert rows("Dana Whitlow accused the council of cutting the hours. "
                "Tom Ash accused the trust of selling the land.\n") == [
        ("Dana Whitlow", "person", "accused", "the council of cutting the hours"),
        ("Tom Ash", "person", "accused", "the trust of selling the land")]


def test_an_accusation_keeps_its_quoted_words_and_one_inside_a_quotation_is_the_quoter_s() -> None:
    assert rows("Ms Whitlow accused the council of \"cutting the pool's hours to save money\".\n") == [
        ("Ms Whitlow", "person", "accused", "the council of \"cutting the pool's hours to save money\"")]
    assert rows("\"The trust accused us of lying about the figures,\" said Dana Whitlow.\n") == [
        ("Dana Whitlow", "person", "said", "The trust accused us of lying about the figures")]


# attribution/named_leads.named_lead_in: the whole attribution, its sentence count, a name alone, `and` after the
# name, a possessive or joined name, a preposition or a figure before it, a six-word label, a body after the predicate


@pytest.mark.parametrize(("first", "expected"), [
    ("Petra Sandell is unconvinced:", Attribution("Petra Sandell", "person", "is unconvinced:", (), colon=True)),
    ("Oskar Lindqvist has sat down. Some of the key lines today:",
     Attribution("Oskar Lindqvist", "person", "Some of the key lines today:", (), colon=True)),
    ("Petra Sandell has a message for the Road Freight Alliance:",
     Attribution("Petra Sandell", "person", "has a message for the Road Freight Alliance:", (), colon=True)),
    ("Oskar Lindqvist has sat down. He spoke for an hour. Key lines:", None),
    ("Petra Sandell:", None),
    ("Petra Sandell and her deputy agree:", None),
    ("Petra Sandell's team is unconvinced:", None),
    ("Jo Roe and Al Key are unconvinced:", None),
    ("A message to Petra Sandell is overdue:", None),
    ("Since 2019 Petra Sandell has led the council:", None),
])
def test_named_lead_in_whole(first: str, expected: Attribution | None) -> None:
    assert lead(named_lead_in, first) == expected


# attribution/statement_leads: the whole attribution for a person, a body and an inspectorate; no subject; a heading
# ending on a full stop, a bullet, a block that is no heading, a name ending on a capital X


@pytest.mark.parametrize(("first", "expected"), [
    ("Oriel Danvers has issued the following statement.",
     Attribution("Oriel Danvers", "person", "issued the following statement", (), colon=True)),
    ("The Kelvey Sailing Trust has issued the following statement.",
     Attribution("Kelvey Sailing Trust", "organisation", "issued the following statement", (), colon=True)),
    ("The Northmoor Audit Office has issued the following statement.",
     Attribution("Northmoor Audit Office", "inspectorate", "issued the following statement", (), colon=True)),
    ("It has issued the following statement on the matter.", None),
])
def test_following_statement_whole(first: str, expected: Attribution | None) -> None:
    assert lead(following_statement, first) == expected


@pytest.mark.parametrize(("first", "expected"), [
    ("Statement from Brackwater Homes Ltd",
     Attribution("Brackwater Homes Ltd", "organisation", "Statement from Brackwater Homes Ltd", (), colon=True)),
    ("Statement from Oriel Danvers",
     Attribution("Oriel Danvers", "person", "Statement from Oriel Danvers", (), colon=True)),
    ("Statement from Amberly FX",
     Attribution("Amberly FX", "organisation", "Statement from Amberly FX", (), colon=True)),
    ("Statement from Brackwater Homes Ltd.", None),
    ("- Statement from Brackwater Homes Ltd", None),
    ("Brackwater Homes Ltd", None),
])
def test_heading_statement_whole(first: str, expected: Attribution | None) -> None:
    assert lead(heading_statement, first) == expected


# speakers/lettered_bodies.lettered and headless_bodies.headless: the article in either case, two letters, a digit;
# a head noun, two words, a capital inside, a word in lower case


@pytest.mark.parametrize(("name", "expected"), [
    ("the KVLA", True), ("The KVLA", True), ("KV", True), ("K9", False), ("The Kvla", False),
])
def test_lettered(name: str, expected: bool) -> None:
    assert lettered(name) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Quenvale", True), ("Council", False), ("Britain", False), ("North", False), ("Holm trust", False),
    ("Holm Trust", False), ("QuenVale", False), ("QUenvale", False), ("quenvale", False),
])
def test_headless(name: str, expected: bool) -> None:
    assert headless(name) is expected


# speakers/voice_subjects: sentence starts end at `end`; a bare voice opening its paragraph; an inspectorate opening
# the sentence before the voice's


def test_sentence_starts_stop_at_the_end_given() -> None:
    assert sentence_starts("Ab cd. Ef gh. Ij kl.", 0, 6) == [0]
    assert sentence_starts("Ab cd. Ef gh. Ij kl.", 0, 20) == [0, 7, 14]


def test_sentence_starts_take_a_sentence_opening_on_a_quotation_mark_never_a_lower_case_word() -> None:
    text = 'Ab cd. “Ef gh.” Ij kl. mn op! \'Qr st.'
    assert [text[at:at + 3] for at in sentence_starts(text, 0, len(text))] == ["Ab ", "\u201cEf", "Ij ", "'Qr"]


WASTE = ("Waste claim\n\nBy Jo Roe\n\nBrellmart says it has halved its food waste.\n\n"
         "A campaigner, Ann Lee, said the figure left out food sent to farms.\n\n")


def test_a_bare_voice_opening_its_paragraph_stays_unresolved() -> None:
    assert rows(WASTE + "A spokesman said the figures had been checked by auditors.\n") == [
        ("Brellmart", "organisation", "says", "it has halved its food waste"),
        ("Ann Lee", "person", "said", "the figure left out food sent to farms"),
        ("a spokesman", "unresolved", "said", "the figures had been checked by auditors")]


def test_a_bare_voice_after_an_inspectorate_s_sentence_is_the_inspectorate_s() -> None:
    assert rows("Audit row\n\nBy Jo Roe\n\nThe Northmoor Audit Office says the scheme wasted £2m.\n\n"
                "The Northmoor Audit Office defended its report. A spokesman said the figures had been checked "
                "twice.\n") == [
        ("Northmoor Audit Office", "inspectorate", "says", "the scheme wasted £2m"),
        ("Northmoor Audit Office", "inspectorate", "said", "the figures had been checked twice")]


# speakers/they_groups: they_at at the text's start, a lead-in line over a line that is no item, items at the text's
# start with no lead-in; group_before's scope; the owner named in a clause of time (whole, a prefix of the name, a
# party the text names otherwise), an inspectorate's owner, a word of the name beside another body, officers alone,
# an unresolved speaker with no `they`


def test_they_at() -> None:
    assert they_at("They found the roof leaked.", 11) == 0
    assert they_at("They found that:\nThe roof leaked.", 17) is None
    assert they_at("- mould\n- damp\n", 10) is None


def test_group_before_reads_its_own_paragraph() -> None:
    text = "A.\nB\nThe inspectors visited the shop. They found rats."
    match = group_before(text, text.index("They"))
    assert match is not None and match.group(0) == "The inspectors visited"


FIRE = ("Takeaway fined\n\nBy Jo Roe\n\nOrmbridge Fire and Rescue Service has prosecuted the owner of a takeaway.\n\n"
        "The owner, Tom Ash, told magistrates he was sorry.\n\n")
COUNCIL = ("Landlord fined\n\nBy Jo Roe\n\nEastvale Borough Council has prosecuted a landlord.\n\n"
           "The landlord, Tom Ash, told magistrates he was sorry.\n\n")
SORRY = ("Tom Ash", "person", "told", "he was sorry")


@pytest.mark.parametrize(("text", "expected"), [
    (COUNCIL + "The court heard that when engineers from Eastvale Borough Council inspected the flat in May, they "
               "found a boiler that did not work.\n",
     [SORRY, ("Eastvale Borough Council", "organisation", "found", "found a boiler that did not work")]),
    (FIRE + "The court heard that when inspectors from Ormbridge Fire visited the shop in May, they found two staff "
            "sleeping above the kitchen.\n",
     [SORRY, ("Ormbridge Fire and Rescue Service", "organisation", "found",
              "found two staff sleeping above the kitchen")]),
    (FIRE + "The court heard that when engineers from Tarn Estates visited the shop in May, they found two staff "
            "sleeping above the kitchen.\n",
     [SORRY, ("Tarn Estates", "organisation", "found", "found two staff sleeping above the kitchen")]),
    (COUNCIL + "The officers inspected the flat in May. They found a boiler that did not work.\n",
     [SORRY, ("Eastvale Borough Council", "organisation", "found", "found a boiler that did not work")]),
    ("Rail links\n\nBy Jo Roe\n\nThe Northmoor Audit Office has criticised the rail programme.\n\n"
     "Transport minister Ann Lee said the schemes were worth it.\n\n"
     "The audit inspectors examined 12 schemes. They found that only 30% of the money had been spent.\n",
     [("Ann Lee", "person", "said", "the schemes were worth it"),
      ("Northmoor Audit Office", "inspectorate", "found that", "only 30% of the money had been spent")]),
    ("Rail links\n\nBy Jo Roe\n\nTransport minister Ann Lee said the schemes were worth it.\n\n"
     "The auditors examined 12 schemes. They found that only 30% of the money had been spent.\n",
     [("Ann Lee", "person", "said", "the schemes were worth it"),
      ("the auditors", "unresolved", "found that", "only 30% of the money had been spent")]),  # 62f: their words
    ("Takeaway fined\n\nBy Jo Roe\n\nOrmbridge Fire and Rescue Service has prosecuted the owner of a takeaway in the "
     "Kelby District Council area.\n\nThe owner, Tom Ash, told magistrates he was sorry.\n\n"
     "Fire safety inspectors visited the shop in May after a tip-off. They found two staff sleeping above the "
     "kitchen.\n",
     [SORRY, ("Ormbridge Fire and Rescue Service", "organisation", "found",
              "found two staff sleeping above the kitchen")]),
    ("Takeaway fined\n\nBy Jo Roe\n\nOrmbridge Fire and Rescue Service has prosecuted the owner of a takeaway.\n\n"
     "Fire safety inspectors visited the shop in May. Neighbours said the smell was strong.\n",
     [("Neighbours", "unresolved", "said", "the smell was strong")]),
], ids=["owner-named", "owner-prefix", "owner-other-party", "officers-alone", "inspectorate-word", "auditors-no-body",
        "word-beside-another-body", "no-they"])
def test_they_groups_whole(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# speakers/headless_bodies.headless_body: a named body whose head the
# reference has, a brand called by the reference's noun, a brand answering for others


@pytest.mark.parametrize(("text", "expected"), [
    ("Quenvale signed a deal with Holm Rowing Club.\n\nThe club said the boats would arrive in May.\n",
     [("Holm Rowing Club", "organisation", "said", "the boats would arrive in May")]),
    ("Tarnvex, the software firm, said sales rose by 9%.\n\nThe firm said its offices would close at 6pm.\n",
     [("Tarnvex", "organisation", "said", "sales rose by 9%"),
      ("Tarnvex", "organisation", "said", "its offices would close at 6pm")]),
    ("Aerobond, which represents pilots, said the rota was unsafe.\n\nThe airline said the rota was safe.\n",
     [("Aerobond", "organisation", "said", "the rota was unsafe"),
      ("the airline", "unresolved", "said", "the rota was safe")]),
], ids=["named-head", "called-same", "answers-for-others"])
def test_brand_and_letter_references_whole(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected
