"""A body the lead introduces only by a description (`claims.extract.speakers.described_bodies`), wave 35c: `fined by an
independent disciplinary commission` in the lead, then `the commission said`: the reference means the description, in
the text's own words (an indefinite article left out, a definite description whole), never when the text names a body
with that head, owns the description (`a panel of the X Association`) or describes it only after the lead. Each case
is a short text written for this test about invented parties, and the whole table it must give as (speaker,
speaker_kind, cue, quote) rows, or the value the module's function returns."""
from __future__ import annotations

import pytest

from claims.extract.speakers.described_bodies import lead_description
from tests.extract_rows import cued_rows

_HEADLINE = "Tarrow Athletic docked six points\n\nBy Jo Roe, Sports Reporter\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_HEADLINE + "Tarrow Athletic have been docked six points by an independent disciplinary commission after "
     "fielding an ineligible player.\n\nIn its written reasons, the commission said the club had ignored two "
     "warnings from the league.\n",
     [("independent disciplinary commission", "organisation", "said",
       "the club had ignored two warnings from the league")]),
    (_HEADLINE + "Tarrow Athletic have been docked six points by an independent regulatory commission after "
     "fielding an ineligible player.\n\nIn its written reasons, the commission said the club had ignored two "
     "warnings from the league. It found that the club secretary had known of the ban.\n\nThe commission also said "
     "two further points would be suspended.\n",
     [("independent regulatory commission", "inspectorate", "said",
       "the club had ignored two warnings from the league"),
      ("independent regulatory commission", "inspectorate", "found that", "the club secretary had known of the ban"),
      ("independent regulatory commission", "inspectorate", "said", "two further points would be suspended")]),
    ("Quarry plan refused\n\nA new quarry near Tarrow has been refused by the county's independent planning panel, "
     "ending a six-year fight.\n\nThe panel found that 140 lorries a day would pass two primary schools.\n",
     [("the county's independent planning panel", "organisation", "found that",
       "140 lorries a day would pass two primary schools")]),
])
def test_a_reference_means_the_lead_description(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (_HEADLINE + "Tarrow Athletic have been docked six points by an independent disciplinary commission after "
     "fielding an ineligible player.\n\nThe commission said the club had ignored two warnings from the league.\n\n"
     "The Tarrow League Disciplinary Commission sits four times a year.\n",
     [("Tarrow League Disciplinary Commission", "organisation", "said",
       "the club had ignored two warnings from the league")]),  # a body of that head named below: that body
    (_HEADLINE + "Tarrow Athletic have been docked six points after fielding an ineligible player.\n\nThe case "
     "was heard by an independent disciplinary commission in May.\n\nThe commission said the club had ignored two "
     "warnings from the league.\n",
     [("the commission", "unresolved", "said", "the club had ignored two warnings from the league")]),  # not the lead
])
def test_a_reference_keeps_its_reading(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("lead", "noun", "expected"), [
    ("Tarrow Athletic were fined by an independent disciplinary commission on Friday.", "commission",
     "independent disciplinary commission"),
    ("The quarry was refused by the county's independent planning panel.", "panel",
     "the county's independent planning panel"),
    ("The quarry was refused by the county\u2019s planning panel.", "panel", "the county\u2019s planning panel"),
    ("Tarrow Athletic were fined by a commission on Friday.", "commission", None),  # no describing word
    ("Tarrow Athletic were fined by a disciplinary commission of the Tarrow League.", "commission", None),  # owned
    ("A survey found that the number of commission members had doubled.", "commission", None),  # no article before
    ("Tarrow Athletic were fined by an independent disciplinary commission.", "board", None),  # another noun
    ("The play was staged by a small touring theater company on Friday.", "theater", None),  # a modifier's noun
    ("Tarrow Rep, the oldest professional theater in the valley, will close.", "theater", None),  # an apposition
])
def test_lead_description(lead: str, noun: str, expected: str | None) -> None:
    assert lead_description(lead, noun) == expected
