"""Wave 39c: rows that were fragments (no statement anyone could check) and how they are mended or left out.

A splitter or a cue left pieces that lead into another row or claim nothing on their own:

- an opening phrase cut at its comma from the clause it sets (`of the 31 landlords inspected during 2025` and `19
  passed their first inspection`), and a bare count cut from the clause counting its parts (`9 removals` and `6 of
  them because ...`): joined to the row after them (`cut_leads`);
- two nouns that a summing word makes one (`public lessons and open lane swims combined`, `every school building
  combined`): joined (`cut_leads`);
- a list's lead-in cut at its colon (`the three busiest crossings ... are`), a comparison's verb read as a cue (`longer
  than claimed to boil ...`) and a bare ellipsis answering a question (`insists there is`): left out (`empty_rows`).

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

import pytest

from claims.extract.attribution.cut_names import whole_cut_names
from claims.extract.attribution.records import Found
from claims.extract.cut_leads import bare_head, opening_phrase, summed_pair
from claims.extract.empty_rows import ellipsis, list_lead_tail, than_cue
from extract_rows import cued_rows

BOARD = "Varnley Housing Board"


def test_opening_phrase_joins_its_clause() -> None:
    text = ("The Varnley Housing Board said that of the 31 landlords inspected during 2025, 19 passed their first "
            "inspection and four passed late.")
    assert cued_rows(text) == [
        (BOARD, "organisation", "said that", "of the 31 landlords inspected during 2025, 19 passed their first "
                                            "inspection"),
        (BOARD, "organisation", "said that", "four passed late")]


def test_bare_count_joins_the_clause_counting_its_parts() -> None:
    text = ("The Pellham Trust said today that its register records 20 additions. It also records 9 removals, 6 of them "
            "because owners completed repairs and three because the houses were sold.")
    assert cued_rows(text) == [
        ("Pellham Trust", "organisation", "said today that", "its register records 20 additions"),
        ("Pellham Trust", "organisation", "records", "9 removals, 6 of them because owners completed repairs"),
        ("Pellham Trust", "organisation", "records", "three because the houses were sold")]


def test_summed_pair_after_and_is_one_noun_phrase() -> None:
    text = ("The Rovan Swim Club said in its letter that club hire brought in $98,000 last year, more than public "
            "lessons and open lane swims combined.")
    assert cued_rows(text) == [
        ("Rovan Swim Club", "organisation", "said in its letter that", "club hire brought in $98,000 last year"),
        ("Rovan Swim Club", "organisation", "said in its letter that",
         "more than public lessons and open lane swims combined")]


def test_summed_noun_read_as_a_participle_is_joined_back() -> None:
    text = "Its chair, Dr Ilse Marrow, said the plant would use 40 megawatts, twice the electricity of every school " \
           "building combined."
    assert cued_rows(text) == [
        ("Ilse Marrow", "person", "said",
         "the plant would use 40 megawatts, twice the electricity of every school building combined")]


def test_list_lead_in_cut_at_its_colon_is_left_out() -> None:
    text = ("According to the survey, the three busiest crossings in Dunmore for 2026 are:\n\n1. Mill Lane, Dunmore\n"
            "2. Quarry Road, Dunmore\n3. Bridge Street, Dunmore\n")
    assert cued_rows(text) == []


def test_comparison_with_a_claim_is_no_cue() -> None:
    text = ("The Orlen Consumer Panel tested eight kettles. Two models failed:\n- the Brevo Kettle (£40), which took "
            "four minutes longer than claimed to boil a full jug;\n- the Sallow One (£25), which leaked.")
    assert cued_rows(text) == []


def test_ellipsis_answering_a_question_is_left_out() -> None:
    text = ("Is it too late to object?\nThe Varnley Housing Board insists there is. Its clerk, Tomas Elve, said 40% of "
            "the changes had come from the hearings.")
    assert cued_rows(text) == [("Tomas Elve", "person", "said", "40% of the changes had come from the hearings")]


# Negative cases: what must stay as it was.
def test_two_clauses_after_a_comma_stay_two_rows() -> None:
    text = "The Varnley Housing Board said rents rose 4% in 2025, while arrears fell by a third."
    assert cued_rows(text) == [
        (BOARD, "organisation", "said", "rents rose 4% in 2025"),
        (BOARD, "organisation", "said", "arrears fell by a third")]


def test_a_whole_lead_in_stays_with_its_items() -> None:
    text = ("The Varnley Housing Board said 12 landlords had been fined this year. It set out the steps it would take:\n\n"
            "- a register of landlords;\n- a hotline for tenants.\n")
    assert cued_rows(text) == [
        (BOARD, "organisation", "said", "12 landlords had been fined this year"),
        (BOARD, "organisation", "set out", "a register of landlords"),
        (BOARD, "organisation", "set out", "a hotline for tenants")]


def test_an_aside_after_a_comma_is_no_opening_phrase() -> None:
    text = "The board recommends that the council sets out, within three months, the rent it would charge."
    assert opening_phrase(text, (text.index("within"), text.index(", the rent"))) is False


def test_a_cue_after_than_in_a_full_report_stays() -> None:
    text = "Sales were higher than forecast, the Brevo Group said, rising 6% to £41m."
    assert cued_rows(text) == [("Brevo Group", "organisation", "said", "Sales were higher than forecast"),
                               ("Brevo Group", "organisation", "said", "rising 6% to £41m")]


@pytest.mark.parametrize(("quote", "expected"), [
    ("of the 31 landlords inspected during 2025", True),
    ("in Varnley", True),
    ("of the landlords, most", False),
    ("rents rose in Varnley", False),
    ("in the year to March the board inspected 31 landlords", False),
    ("about 640 players registered with the league", False),
], ids=["phrase", "short-phrase", "own-comma", "clause", "long", "amount"])
def test_opening_phrase(quote: str, expected: bool) -> None:
    assert opening_phrase(quote, (0, len(quote))) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("9 removals, 6 of them because owners completed repairs", True),
    ("nine removals, six of these in March", True),
    ("9 removals, most of them in March", False),
    ("9 were removed, 6 of them in March", False),
    ("9 removals, 6 because owners completed repairs", False),
], ids=["figures", "spelled", "no-count", "verb", "no-partitive"])
def test_bare_head(text: str, expected: bool) -> None:
    comma = text.index(",")
    assert bare_head(text, (0, comma), (comma + 2, len(text))) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("more than public lessons and open lane swims combined.", True),
    ("every school building together.", True),
    ("more than public lessons and open lane swims combined with a sauna.", False),
    ("more than public lessons, and open lane swims combined.", False),
    ("more than public lessons and open lane swims.", False),
], ids=["and", "space", "goes-on", "comma", "no-summing-word"])
def test_summed_pair(text: str, expected: bool) -> None:
    first_end = text.index(", and") if ", and" in text else text.index(" and ") if " and " in text \
        else text.index(" building")
    second = text.index("open") if "open" in text else text.index("building")
    end = text.index(" with") if " with" in text else len(text) - 1
    assert summed_pair(text, (0, first_end), (second, end)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the busiest crossings are:\n1. Mill Lane", True),
    ("the minister committed to the:\n- a review", True),
    ("the busiest crossings are: Mill Lane and Quarry Road", False),
    ("the board found three faults:\n- a leak", False),
], ids=["auxiliary", "article", "same-line", "whole-clause"])
def test_list_lead_tail(text: str, expected: bool) -> None:
    assert list_lead_tail(text, (0, text.index(":"))) is expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("took longer than claimed to boil", "claimed", True),
    ("took longer than claimed to boil", "said", False),
    ("sales were claimed to boil", "claimed", False),
], ids=["than-cue", "other-cue", "no-than"])
def test_than_cue(text: str, cue: str, expected: bool) -> None:
    assert than_cue(text, (text.index("to boil"), len(text)), cue) is expected


@pytest.mark.parametrize(("quote", "expected"), [
    ("there is", True), ("it will not", True), ("they have", True),
    ("there is a gap", False), ("it will rise", False), ("We are sorry", False),
], ids=["there-is", "it-will-not", "they-have", "there-is-a-gap", "it-will-rise", "we-are-sorry"])
def test_ellipsis(quote: str, expected: bool) -> None:
    assert ellipsis(quote, (0, len(quote))) is expected


# Cut names (wave 39c, `attribution/cut_names`): a legal form or a union's local written only after its body's name
# and a comma (`Orlenby Therapeutics, Inc.`, `Harbour Pipers' Guild, Local 212`) is that name cut at the comma.
_FIRM = ("Orlenby Therapeutics, Inc., a drug developer, said its trial met its endpoint. Orlenby Therapeutics, Inc. "
         "said 412 adults took part.")
_GUILD = ("From: Harbour Pipers' Guild, Local 212\n\nWe write for the 48 pipers of the band.\n\nInes Varda, President, "
          "Harbour Pipers' Guild, Local 212\n")


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    (_FIRM, "Inc.", "Orlenby Therapeutics, Inc."),
    (_GUILD, "Local 212", "Harbour Pipers' Guild, Local 212"),
    (_FIRM + " Inc. said it would report in May.", "Inc.", "Inc."),
    ("Orlenby Therapeutics, Local 9 said its members voted. Local 9 said the vote was final.", "Local 9", "Local 9"),
    ("The board, Harbour Pipers said the vote was final, and the Harbour Pipers said so too.", "Harbour Pipers",
     "Harbour Pipers"),
], ids=["legal-form", "union-local", "form-written-alone", "local-written-alone", "no-suffix"])
def test_suffix_after_a_comma(text: str, speaker: str, expected: str) -> None:
    row = Found(speaker, "organisation", "said", (len(text) - 5, len(text) - 1))
    assert whole_cut_names(text, [row]) == [row._replace(speaker=expected)]


# Bodies' heads (wave 39c, `data/org_heads.txt`): `Advisory` and `Advocates` end a body's name, which was else read
# as a person's and cut to its last two words (`Risk Advisory`, `Family Advocates`).
@pytest.mark.parametrize(("text", "expected"), [
    ("An external review by Harrow Risk Advisory found that the injury rate had fallen to 3.1 per million hours.",
     [("Harrow Risk Advisory", "organisation", "found that", "the injury rate had fallen to 3.1 per million hours")]),
    ("Mid-Calder Family Advocates, a nonprofit, said it had helped 1,240 people in 2019.",
     [("Mid-Calder Family Advocates", "organisation", "said", "it had helped 1,240 people in 2019")]),
    ("Senior Advocates Jo Roe and Al Key said the court had sat for 41 days.",
     [("Jo Roe and Al Key", "person", "said", "the court had sat for 41 days")]),
], ids=["advisory", "advocates", "people-after-a-title"])
def test_bodies_heads(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# cut_names (wave 39c): a spot where a post names the body's remit (`HM Inspector of Ferry & Harbour Services Jo
# Roe`) is neither the cut name written alone nor another body's name: it is passed over.
_HARBOURS = ("Her Majesty's Inspectorate of Ports and Ferry & Harbour Services published its report today.\n\n"
             "HM Inspector of Ferry & Harbour Services Ines Varda said: \"Three of the nine ports were unsafe.\"")


@pytest.mark.parametrize(("text", "expected"), [
    (_HARBOURS, "Her Majesty's Inspectorate of Ports and Ferry & Harbour Services"),
    (_HARBOURS + " Ferry & Harbour Services said it would reply.", "Ferry & Harbour Services"),
], ids=["post-spot-passed-over", "written-alone"])
def test_post_spot_passed_over(text: str, expected: str) -> None:
    row = Found("Ferry & Harbour Services", "inspectorate", "found", (len(text) - 5, len(text) - 1))
    assert whole_cut_names(text, [row]) == [row._replace(speaker=expected)]


# Headings in capitals (wave 39c, `data/sentence_starters.txt`): `From` never opens a body's name, so `NEWS FROM X`
# names X, never `From X`.
@pytest.mark.parametrize(("text", "expected"), [
    ("NEWS FROM VARNLEY BOROUGH COUNCIL\n\nPress release\n\nThe council received 2,460 permit applications during "
     "the year, figures show.\n",
     [("Varnley Borough Council", "organisation", "show", "The council received 2,460 permit applications during "
                                                          "the year")]),
    ("From Acme Water, Jo Roe said 41 pipes had burst.", [("Jo Roe", "person", "said", "41 pipes had burst")]),
], ids=["news-from-heading", "from-before-a-person"])
def test_from_opens_no_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Document titles (wave 39c, `entities._without_document_title`): a word saying when or how a document was made before
# its noun and `of` (`Annual Report of the X Board`) is read as the title without it, so the body it names speaks.
@pytest.mark.parametrize(("text", "expected"), [
    ("Annual Report of the Independent Monitoring Board at Harlow Road Centre\n\nThe board found that 41 men had been "
     "held for more than six months.\n",  # the board's whole name holds its host (wave 46w, as the corpus's gold)
     [("Independent Monitoring Board at Harlow Road Centre", "organisation", "found that",
       "41 men had been held for more than six months")]),
    ("The Annual Report of the Varnley Trust found that 12 homes were empty.",
     [("Varnley Trust", "organisation", "found that", "12 homes were empty")]),
    ("The Independent Review Panel said 9 of the 14 pumps had failed.",
     [("Independent Review Panel", "organisation", "said", "9 of the 14 pumps had failed")]),
], ids=["annual-report-heading", "annual-report-subject", "panel-keeps-its-name"])
def test_document_title_after_an_adjective(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
