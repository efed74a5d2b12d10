"""Structure and spans (wave 19c): lists, tables and rows cut in the wrong place. Each case is a short text written
for this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind,
quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.attribution.lists import KEY_VALUE_RE
from claims.extract.items import split_items
from claims.extract.list_heads import claim_before_list, phrase_items
from claims.extract.table import find_rows
from extract_rows import rows


# An -ing noun after a noun (19c, items.split_participles, items.NOUN_FOLLOWERS): `building` in `a new science
# block building that opened` and `the only community building in the hamlet` is a noun, so the claim is not cut
# before it; a participle that adds an achievement takes an object (`building 40 homes in Leeds`) and still splits.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("the college had spent £30m on a new science block building that opened in 2023",
     ["the college had spent £30m on a new science block building that opened in 2023"]),
    ("the loss of the only community building in the hamlet", ["the loss of the only community building in the hamlet"]),
    ("the council opened the £40 million Eastside Leisure building",
     ["the council opened the £40 million Eastside Leisure building"]),
    ("it had exceeded its target of new homes this year building 40 homes in Leeds",
     ["it had exceeded its target of new homes this year", "building 40 homes in Leeds"]),
])
def test_an_ing_noun_after_a_noun_is_no_new_participle(sentence: str, expected: list[str]) -> None:
    assert [sentence[s:e] for s, e in split_items(sentence, (0, len(sentence)))] == expected


def test_an_ing_noun_in_a_bulleted_concern_stays_in_its_item() -> None:
    text = ("The objection report said the most common concerns were:\n\n"
            "- the length of the bus journey in winter;\n"
            "- the loss of the only community building in the hamlet; and\n"
            "- the effect on the language.\n")
    assert rows(text) == [
        ("the objection report", "document", "the length of the bus journey in winter"),
        ("the objection report", "document", "the loss of the only community building in the hamlet"),
        ("the objection report", "document", "the effect on the language")]


# A category and its figure on a line of its own (19c, attribution/lists.KEY_VALUE_RE): a dash may stand for the
# colon (`Lisdargan Hospital – 71`), and a comparison in brackets may follow the figure (`Matchday income: £8.3m
# (£4.1m)`, `Local bus: 14.2 million (+9.4%)`); a sentence with a colon in it is no such line.
@pytest.mark.parametrize(("line", "expected"), [
    ("Sustained: 18", True),
    ("Kelmarsh General Hospital – 71", True),
    ("Kelmarsh General Hospital - 48", True),
    ("Matchday income: £8.3m (£4.1m)", True),
    ("Local bus: 14.2 million (+9.4%)", True),
    ("Retail: -6", True),
    ("Revenue: £3.42bn (2026: £3.31bn)", True),
    ("Kelmarsh General Hospital – 71 patients waited overnight", False),
    ("Note: 2025 figures are provisional", False),
    ("Well-being – the trust says it is improving", False),
])
def test_key_value_re(line: str, expected: bool) -> None:
    assert (KEY_VALUE_RE.fullmatch(line) is not None) is expected


TROLLEYS = (
    "More patients waited on trolleys this month than in any May on record, the Nurses Union of Ireland has said.\n\n"
    "The most overcrowded hospitals today were:\n\n"
    "Kelmarsh General Hospital – 71\nArdcloon Regional Hospital – 48\n\n"
    "The union said it would ballot members at Kelmarsh.\n")


def test_lines_of_a_name_and_a_count_under_a_lead_in_are_its_items() -> None:
    assert rows(TROLLEYS) == [
        ("Nurses Union of Ireland", "organisation", "More patients waited on trolleys this month than in any May on record"),
        ("Nurses Union of Ireland", "organisation", "Kelmarsh General Hospital – 71"),
        ("Nurses Union of Ireland", "organisation", "Ardcloon Regional Hospital – 48"),
        ("Nurses Union of Ireland", "organisation", "it would ballot members at Kelmarsh")]


# A table's caption (19c, attribution/lists.caption_lead_in): a short line with no cue right above lines of a
# category and its figure hands them to the body in focus, colon or not (`Key figures, 2025/26 (2024/25 in
# brackets)`); a caption above ordinary sentences, or above one such line only, hands on nothing.
ACCOUNTS = (
    "Wrenfield Town lost £9.1 million last season, the accounts of Wrenfield Town Football Club Ltd show.\n\n"
    "Key figures, 2025/26 (2024/25 in brackets)\n"
    "Turnover: £21.4m (£8.2m)\n"
    "Wages: £23.0m (£11.9m)\n\n"
    "Fans' groups called the figures alarming.\n")


def test_a_caption_hands_its_rows_to_the_body_in_focus() -> None:
    assert rows(ACCOUNTS) == [
        ("Wrenfield Town Football Club Ltd", "organisation", "Wrenfield Town lost £9.1 million last season"),
        ("Wrenfield Town Football Club Ltd", "organisation", "Turnover: £21.4m (£8.2m)"),
        ("Wrenfield Town Football Club Ltd", "organisation", "Wages: £23.0m (£11.9m)")]


def test_a_caption_over_one_figure_line_hands_on_nothing() -> None:
    text = ACCOUNTS.replace("Wages: £23.0m (£11.9m)\n", "The club plays at Mill Lane.\n")
    assert rows(text) == [
        ("Wrenfield Town Football Club Ltd", "organisation", "Wrenfield Town lost £9.1 million last season")]


# Findings set out as the predicates of one subject (19c, attribution/lists.inline_lead_in): `The main findings were
# that the diocese:` hands its bullets to the party in focus; `Its main findings were that ...:` claims nothing, as
# whose `Its` is (a review's author) is not read here, rather than give the items to the wrong body.
REVIEW = ("The review, carried out by the consultancy Marsh Review Partners, examined 1,200 files held by the diocese "
          "of Wexley.\n\n{lead}\n"
          "- received three separate concerns about the choir leader between 2011 and 2017;\n"
          "- now has a safeguarding team of five.\n")


def test_findings_that_a_subject_did_hand_on_their_bullets() -> None:
    assert rows(REVIEW.format(lead="The main findings were that the diocese:")) == [
        ("Marsh Review Partners", "organisation", "received three separate concerns about the choir leader between 2011 and 2017"),
        ("Marsh Review Partners", "organisation", "now has a safeguarding team of five")]


def test_its_findings_that_a_subject_did_claim_nothing() -> None:
    assert rows(REVIEW.format(lead="Its main findings were that the diocese:")) == []


# A lead-in that claims before its list (19c, list_heads.claim_before_list): `X said the society had invested £11m
# during the year, including:` is a claim with a figure, then its bullets; `a number of improvements, including:`
# (no figure) is only a lead-in.
@pytest.mark.parametrize(("content", "expected"), [  # what follows the cue
    ("the society had invested £11m during the year, including:", "the society had invested £11m during the year"),
    ("non-compliance in seven centres, in areas including:", "non-compliance in seven centres"),
    ("the rise will raise an extra £6.1m, which will:", "the rise will raise an extra £6.1m"),
    ("a number of areas of good practice, including:", None),  # no figure: only a lead-in
    ("£11m, including:", None),  # too short before the opener to claim
    ("the society had invested £11m during the year:", None),  # no opener
    ("the society had invested £11m, including", None),  # no colon
    ("the society had invested £11m during the year, including: ", "the society had invested £11m during the year"),
    ("the society had invested £11m during the year, including:\n", "the society had invested £11m during the year"),
])
def test_claim_before_list(content: str, expected: str | None) -> None:
    span = claim_before_list(content, 0, len(content))
    assert (content[span[0]:span[1]] if span else None) == expected


INVESTED = ("Fenmoor Co-op said its members would receive a dividend.\n\n"
            "Mr Ash Roe said the society had invested £11m during the year, including:\n\n"
            "- £4m on refitting nine stores;\n- £2m on solar panels.\n")


def test_a_lead_in_s_own_claim_comes_before_its_items() -> None:
    assert rows(INVESTED) == [
        ("Fenmoor Co-op", "organisation", "its members would receive a dividend"),
        ("Ash Roe", "person", "the society had invested £11m during the year"),
        ("Ash Roe", "person", "£4m on refitting nine stores"),
        ("Ash Roe", "person", "£2m on solar panels")]


# Short noun phrases a lead-in lists (19c, list_heads.phrase_items): under `..., in areas including:` each bullet is a
# claim, however short (`- fire precautions;`), its claim column opening with the lead-in's words in brackets; under
# `Symptoms include:` (no clause before a comma) short phrases stay out.
AREAS = ("The Care Authority has published 38 reports.\n\n"
         "However, inspectors found non-compliance with five or more regulations in seven centres, in areas including:\n\n"
         "- governance and management;\n- fire precautions; and\n- staffing levels at night.\n")


def test_short_phrases_listed_after_a_clause_are_claims() -> None:
    assert rows(AREAS) == [
        ("Care Authority", "inspectorate", "non-compliance with five or more regulations in seven centres"),
        ("Care Authority", "inspectorate", "governance and management"),
        ("Care Authority", "inspectorate", "fire precautions"),
        ("Care Authority", "inspectorate", "staffing levels at night")]


def test_a_short_phrase_s_claim_carries_its_lead_in() -> None:
    claims = [row.claim for row in find_rows(AREAS, "areas.txt")]
    assert claims[2] == ("[However, inspectors found non-compliance with five or more regulations in seven centres, "
                         "in areas including] fire precautions.")


# phrase_items on one line under a lead-in, the whole list of item texts it returns: the items `split_items` kept win;
# else a line of two to six words is one item when the lead-in lists after a comma, and none otherwise.
@pytest.mark.parametrize(("lead_in", "line", "kept", "expected"), [
    ("Inspectors found faults in seven centres, in areas including:", "- fire precautions;", [], ["fire precautions"]),
    ("Inspectors found faults in seven centres, in areas including:", "- fire;", [], []),  # one word: no phrase
    ("Inspectors found faults in seven centres, in areas including:", "- staffing levels at night and weekends;", [],
     ["staffing levels at night and weekends"]),  # six words, the most
    ("Inspectors found faults in seven centres, in areas including:", "- staffing levels at night and at weekends;", [],
     []),  # seven words: a sentence's fragment, not a phrase
    ("Inspectors found faults in seven centres, in areas including:", "- fire precautions;", ["precautions"],
     ["precautions"]),  # what split_items kept stands
    ("Symptoms include:", "- stomach cramps", [], []),  # no clause before a comma: no phrase items
    (None, "- stomach cramps", [], []),  # no lead-in at all
])
def test_phrase_items(lead_in: str | None, line: str, kept: list[str], expected: list[str]) -> None:
    text = (lead_in or "Notes") + "\n\n" + line
    part = (text.index(line), len(text))
    items = [(text.index(k, part[0]), text.index(k, part[0]) + len(k)) for k in kept]
    lead = (0, len(lead_in)) if lead_in else None
    assert [text[s:e] for s, e in phrase_items(text, lead, part, items)] == expected


def test_short_phrases_after_a_bare_lead_in_stay_out() -> None:
    text = ("The Halden County Health Department said 41 people had fallen ill after the fair.\n\n"
            "Symptoms include:\n\n- stomach cramps\n- a high temperature lasting two days\n")
    assert rows(text) == [
        ("Halden County Health Department", "organisation", "41 people had fallen ill after the fair"),
        ("Halden County Health Department", "organisation", "a high temperature lasting two days")]
