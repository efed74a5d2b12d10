"""Wrong speakers left on development p001-p808 (wave 23d): families that several authors' texts share. Each case is
a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.attribution.medium_owners import MEDIUM_RE
from claims.extract.speakers.agent_references import document_at, made_between, maker_end, people_modifier
from extract_rows import rows


# A document made `by the <body noun>` (23d, speakers/agent_references): `A survey of 88 residents carried out by the
# association in February found` gave the body in focus, the freeholder quoted before (p586); `A survey by the
# students' union of 1,300 students found` gave the university (p404); `Figures obtained by the group under freedom of
# information laws show` gave the report before (p106): three texts, three authors.
LEAD = ("Headline\n\nThe Brook Lane Residents' Association met the landlord, Kestle Homes, on Monday. Kestle Homes "
        "said it was sorry for the delays. ")


@pytest.mark.parametrize(("text", "expected"), [
    (LEAD + "A survey of 88 residents carried out by the association in February found that 71 per cent had "
     "considered moving out.\n",
     [("Kestle Homes", "organisation", "it was sorry for the delays"),
      ("Brook Lane Residents' Association", "organisation", "71 per cent had considered moving out")]),
    (LEAD + "A survey by the association found that 71 per cent had considered moving out.\n",
     [("Kestle Homes", "organisation", "it was sorry for the delays"),
      ("Brook Lane Residents' Association", "organisation", "71 per cent had considered moving out")]),
    (LEAD + "Figures obtained by the association under freedom of information laws show Kestle Homes was fined "
     "£42,000 in 2023.\n",
     [("Kestle Homes", "organisation", "it was sorry for the delays"),
      ("Brook Lane Residents' Association", "organisation", "Kestle Homes was fined £42,000 in 2023")]),
    # people's own body the text never names: its words, never the body in focus
    ("Headline\n\nMarlby University said the strike would end on Friday. A survey by the students' union of 1,300 "
     "students found that 61% supported the strike.\n",
     [("Marlby University", "organisation", "the strike would end on Friday"),
      ("the students' union", "unresolved", "61% supported the strike")]),
    # named by its people: the named body whose name holds them
    ("Headline\n\nThe Marlby Students' Union backed the strike. Marlby University said it would end on Friday. A "
     "survey by the students' union found that 61% supported the strike.\n",
     [("Marlby University", "organisation", "it would end on Friday"),
      ("Marlby Students' Union", "organisation", "61% supported the strike")]),
    # a capitalised maker is a name, read as before
    ("Headline\n\nKestle Homes said it was sorry. A report by the National Audit Office found that 40 schemes were "
     "late.\n",
     [("Kestle Homes", "organisation", "it was sorry"),
      ("National Audit Office", "inspectorate", "40 schemes were late")]),
])
def test_a_document_made_by_a_body_noun_is_that_bodys(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["a", "survey", "by"], 1),
    (["figures", "obtained", "by"], 0),
    (["a", "new", "local", "survey", "by"], 3),
    (["a", "big", "new", "local", "survey"], None),
    (["jo", "by", "survey"], None),
    (["the", "2024", "survey"], None),
])
def test_document_at(words: list[str], expected: int | None) -> None:
    assert document_at(words) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ([], True),
    (["carried", "out"], True),
    (["obtained"], True),
    (["of", "88", "residents", "carried", "out"], True),
    (["of", "88", "residents"], True),
    (["of", "a", "b", "c", "d", "e", "f"], False),
    (["published"], False),
    (["sent", "to", "the", "council"], False),
])
def test_made_between(words: list[str], expected: bool) -> None:
    assert made_between(words) == expected


@pytest.mark.parametrize(("words", "start", "expected"), [
    (["by", "the", "association"], 1, 2),
    (["by", "the", "association", "in", "february"], 1, 2),
    (["by", "the", "students", "union", "of", "1,300", "students"], 1, 3),
    (["by", "a", "charity"], 1, None),
    (["by", "the", "chief", "executive"], 1, None),
    (["by", "the", "council's", "planning", "officers"], 1, None),
    (["by", "the", "local", "area", "residents", "union"], 1, None),
    (["by", "the"], 1, None),
])
def test_maker_end(words: list[str], start: int, expected: int | None) -> None:
    assert maker_end(words, start) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    (["the", "students'", "union"], "students"),
    (["the", "Residents\u2019", "association"], "residents"),
    (["the", "students", "union"], None),
    (["the", "council's", "union"], None),
    (["the", "union"], None),
])
def test_people_modifier(raw: list[str], expected: str | None) -> None:
    assert people_modifier(raw) == expected


# What a party speaks in (23d, attribution/medium_owners): `In a statement, X described the refusal as "..."` and then
# `"...," the statement said` gave the council in focus (p541); `X said in its quarterly letter to shareholders ... The
# letter argued` (p543) and `A statement from the company outlined ... the statement said` (p527) are the same family,
# there lost earlier (the first sentence gives no party).
COUNCIL = ("Headline\n\nCarrickmoyle County Council has refused a licence for the festival. In a statement, the council "
           "said its decision followed a detailed assessment. The local authority said it had received 212 "
           "submissions.\n\nThe promoters, Lakeshore Live Ltd, published ten reasons on Monday.\n\n")
COUNCIL_ROWS = [("Carrickmoyle County Council", "organisation", "its decision followed a detailed assessment"),
                ("Carrickmoyle County Council", "organisation", "it had received 212 submissions")]


@pytest.mark.parametrize(("text", "expected"), [
    (COUNCIL + "In a statement, Lakeshore Live described the refusal as \"devastating for staff\". \"We met every "
     "condition the HSE asked of us,\" the statement said.\n",
     COUNCIL_ROWS + [("Lakeshore Live Ltd", "organisation", "the refusal as \"devastating for staff\""),
                     ("Lakeshore Live Ltd", "organisation", "We met every condition the HSE asked of us")]),
    # the council's own statement before, and nobody else's: still the council's
    (COUNCIL + "\"We have met the promoters twice,\" the statement said.\n",
     COUNCIL_ROWS + [("Carrickmoyle County Council", "organisation", "We have met the promoters twice")]),
])
def test_the_statement_a_party_spoke_in_is_its(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In a statement, Acme said", "statement"),
    ("Acme said in its quarterly letter to shareholders", "letter"),
    ("A statement from the company outlined", "statement"),
    ("Its letter from the chair said", "letter"),
    ("Acme said in the statement", None),
    ("Acme said in an update", None),
    ("a statement of accounts", None),
])
def test_medium_re(text: str, expected: str | None) -> None:
    found = MEDIUM_RE.search(text)
    assert (found.group("noun") if found else None) == expected
