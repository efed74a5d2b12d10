"""Wave 54a: a document whose own subject names its maker after words that name no maker (who it was done for,
when, the maker's trade) speaks as that maker, never the party it was made for nor the owner a bare `The survey`
names again; a commissioning participle names no maker, and a person speaking keeps the words."""
import re

import pytest

from claims.extract.attribution.records import Found
from claims.extract.attribution.subject_makers import (MAKING_VERBS, MAKING_VERBS_ALTERNATION, lead_in_paragraph,
                                                     names_again, same_sentence, sentence_start, subject_maker)
from claims.extract.entities import Mention
from tests.extract_rows import rows

OWN_SURVEY = ("PRESS RELEASE\nCentre for Quiet Streets\n\nFewer people walk to work than in any year since 2015, "
              "according to Footfall 2027, the Centre for Quiet Streets' annual survey of commuting, published today."
              "\n\nThe survey of 4,102 adults, carried out for the Centre by Brindle Research in May and June, found "
              "that 22% walked to work at least once a week.\n")


def test_survey_for_its_owner_by_a_firm_with_a_time_after_is_the_firm() -> None:
    assert ("Brindle Research", "organisation", "22% walked to work at least once a week") in rows(OWN_SURVEY)


def test_survey_by_a_firm_named_after_its_trade_is_the_firm() -> None:
    text = ("Tenants' Voice\n\nA survey of 1,850 renters, carried out for the TV by the research company Mallory "
            "Insight, found that 41% had waited more than a month for a repair.\n")
    assert ("Mallory Insight", "organisation", "41% had waited more than a month for a repair") in rows(text)


def test_survey_carried_out_in_a_month_by_a_firm_is_the_firm() -> None:
    text = ("Brookhaven Housing Association\nAnnual Report to Tenants\n\nOur independent tenant survey, carried out "
            "in March by Pellow Research, found that 81% of tenants were satisfied with our service.\n")
    assert ("Pellow Research", "organisation", "81% of tenants were satisfied with our service") in rows(text)


def test_review_written_for_a_council_by_consultants_is_the_consultants() -> None:
    text = ("Questions on the cemetery plan\n\nBy Ann Lowe, Local Democracy Reporter\n\nOakden Borough Council wants "
            "to reclaim unused graves. A review written for the council by consultants Harrow Teague, the Grave "
            "Space Review, found that the borough's other cemetery closed to new graves in 2011.\n")
    found = subject_maker(text, Found("Oakden Borough Council", "organisation", "found that",
                                      (text.index("the borough's other"), len(text) - 2)))
    assert found == Mention(text.index("Harrow Teague"), text.index("Harrow Teague") + 13, "Harrow Teague", "org",
                            False, "")


def test_commissioned_survey_names_no_maker() -> None:
    text = "A survey of 900 traders, commissioned by Kelby Council, found that 30% had cut their hours.\n"
    item = Found("survey of 900 traders", "document", "found that", (text.index("30%"), len(text) - 2))
    assert subject_maker(text, item) is None


def test_person_speaking_keeps_the_words() -> None:
    text = "The survey, carried out by Brindle Research, found that 22% walked, Jo Roe said.\n"
    item = Found("Jo Roe", "person", "said", (text.index("22%"), text.index(", Jo")))
    assert subject_maker(text, item) is None


REVIEW = ("Fire review published\n\nBy Ann Lowe\n\nThe Kelby Fire Department on Tuesday released its review of the "
          "Marsh Lane fire.\n\nThe 40-page report, prepared by an independent team led by retired Chief Tom Arden, "
          "found that the first engine arrived within six minutes.\n\nHowever, the review identified problems with "
          "radio coverage that slowed the attack. Among its findings:\n\n- Two hydrants near the block delivered half "
          "their rated flow.\n- No duty officer was free for the first 14 minutes.\n")


def test_review_named_again_is_its_maker() -> None:
    assert ("Tom Arden", "person", "identified problems with radio coverage that slowed the attack") in rows(REVIEW)


def test_items_of_the_review_lead_in_are_its_maker() -> None:
    found = [row for row in rows(REVIEW) if row[2].startswith(("Two hydrants", "No duty officer"))]
    assert found == [("Tom Arden", "person", "Two hydrants near the block delivered half their rated flow"),
                     ("Tom Arden", "person", "No duty officer was free for the first 14 minutes")]


def test_row_going_on_a_sentence_naming_the_survey_again_is_the_maker() -> None:
    text = ("Tenants' Voice\n\nA survey of 1,850 renters, carried out for the TV by the research company Mallory "
            "Insight, found that 41% had waited more than a month for a repair.\n\nThe survey also found that 30% "
            "of renters did not know whom to call, and that older renters were the least likely to have complained: 62% of "
            "those aged 70 and over had never done so.\n")
    found = [row for row in rows(text) if "30%" in row[2] or "62%" in row[2]]
    assert found == [("Mallory Insight", "organisation", "30% of renters did not know whom to call"),
                     ("Mallory Insight", "organisation", "older renters were the least likely to have complained: 62% of those "
                                                     "aged 70 and over had never done so")]


def test_the_making_participles_are_one_alternation_longest_first_with_any_white_space() -> None:
    """The one alternation `subject_makers` and `document_makers` build their patterns on (second read of wave 54)."""
    first = re.match(MAKING_VERBS_ALTERNATION, "carried out by Brindle Research")
    assert (first.group() if first else None,
            sorted(v for v in MAKING_VERBS if not re.fullmatch(MAKING_VERBS_ALTERNATION, v)),
            re.fullmatch(MAKING_VERBS_ALTERNATION, "carried\n  out") is not None,
            re.fullmatch(MAKING_VERBS_ALTERNATION, "carriedout")) == ("carried out", [], True, None)


def test_the_maker_ends_at_its_clause_and_is_one_party_its_trade_read_last() -> None:
    """Round 55m's survivors: the maker's words stop at `on behalf of`; no stop at all reads up to the row; two makers
    name none; a cue that is not between the maker and the row names none; the trade is the word right before it."""
    behalf = ("The survey, carried out by Brindle Research on behalf of Kelby Council, found that 30% had cut their "
              "hours.\n")
    no_stop = "Our survey conducted by Brindle Research shows Kelby Council, its owner, lost 30% of its staff.\n"
    two = "The survey, carried out by Brindle Research with Kelby Council, found that 30% had cut their hours.\n"
    said = "The survey, carried out by Brindle Research, found that 22% walked, Kelby Council said.\n"
    trade = "The review, written by the pollsters Harrow Teague, found that 30% had cut their hours.\n"
    items = [(behalf, Found("Kelby Council", "organisation", "found that", (behalf.index("30%"), len(behalf) - 2))),
             (no_stop, Found("survey", "document", "shows", (no_stop.index("Kelby"), len(no_stop) - 2))),
             (two, Found("survey", "document", "found that", (two.index("30%"), len(two) - 2))),
             (said, Found("Kelby Council", "organisation", "said", (said.index("22%"), said.index(", Kelby")))),
             (said, Found("Jo Roe", "person", "found that", (said.index("22%"), said.index(", Kelby")))),
             (trade, Found("survey", "document", "found that", (trade.index("30%"), len(trade) - 2)))]
    brindle = (behalf.index("Brindle"), behalf.index("Brindle") + 16, "Brindle Research", "org", False, "")
    assert [subject_maker(text, item) for text, item in items] == [
        Mention(*brindle), Mention(no_stop.index("Brindle"), no_stop.index("Brindle") + 16, "Brindle Research", "org"),
        None, None, None, Mention(trade.index("Harrow"), trade.index("Harrow") + 13, "Harrow Teague", "org")]


def test_a_lead_in_paragraph_is_the_last_line_holding_the_cue_before_the_item() -> None:
    """Round 55m's survivors: the span from the line's start to the end of the cue, the last such cue before the
    item, the text's first line too."""
    text = "The review said:\n- A\n\nIn short.\nIts panel said:\n- B\n- C\nIts panel said:\n- D\n"
    items = [Found("review", "document", "The review said:", (text.index("A"), text.index("A") + 1)),
             Found("panel", "organisation", "Its panel said:", (text.index("C"), text.index("C") + 1)),
             Found("panel", "organisation", "Its panel said:", (text.index("D"), text.index("D") + 1)),
             Found("panel", "organisation", "found", (text.index("D"), text.index("D") + 1))]
    first, last = text.index("Its panel"), text.rindex("Its panel")
    assert [lead_in_paragraph(text, item) for item in items] == [
        (0, 16), (first, first + 15), (last, last + 15), None]


def test_a_row_goes_on_a_sentence_only_after_its_start_with_no_stop_between() -> None:
    """Round 55m's survivors: the words between the earlier row's start and the later row's start decide."""
    text = "found that A. B, and that C, and that D. E\nF"
    c, d = text.index("C"), text.index("D")

    def row(start: int, end: int) -> Found:
        return Found("x", "organisation", "found that", (start, end))

    cases = [((c, c + 1), row(d, d + 5)),  # same sentence: True
             ((0, c + 1), row(d, d + 5)),  # a stop inside the earlier row: False
             ((c, d + 2), row(d, d + 5)),  # overlapping rows, no stop between their starts: True
             ((d, d + 1), row(d, d + 5)),  # the same start: False
             ((d + 1, d + 2), row(d, d + 5)),  # the earlier row after the later one's start: False
             ((d, d + 1), row(d + 4, len(text))),  # a stop: False
             ((d + 4, d + 5), row(d + 6, len(text)))]  # a line break: False
    assert [same_sentence(text, span, item) for span, item in cases] == [True, False, True, False, False, False,
                                                                       False]


def test_a_work_named_again_opens_the_rows_own_sentence() -> None:
    """Round 55m's survivors: the sentence opens after the last full stop before the row (`A. B` inside the row)."""
    text = "Intro one. Intro two. The review also found that A. B.\n"
    item = Found("review", "document", "found that", (text.index("A."), len(text) - 2))
    assert names_again(text, item) is True


# Wave 65x: the line's start read by `text.line_start`, the one helper, in place of the module's own `rfind`.
@pytest.mark.parametrize("text", ["", "Kelby Trust found it.", "Sales rose.\nThe Marren Fund said\n\n.x", "\n.\n"])
def test_sentence_start_is_after_the_last_stop_or_break_before_a_position(text: str) -> None:
    assert [sentence_start(text, at) for at in range(len(text) + 1)] == [
        max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1 for at in range(len(text) + 1)]
