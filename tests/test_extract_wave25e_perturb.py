"""Robustness to renamed parties (wave 25e): a body whose name has no head noun (a brand, `Tarnvex`) hides what kind
of body it is, as letters do, so the text's common noun for it (`the club`, `the retailer`) is the only head it has.
Each case is a short text written for this test in our own words about invented parties, and the whole table it
must give as (speaker, speaker_kind, cue, quote) rows, in text order."""
import pytest

from claims.extract import find_rows


def rows(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text."""
    return [(r.speaker, r.speaker_kind, r.cue, r.quote) for r in find_rows(text, "t.txt")]


# A reference no named body has as its head, in a text that has named one body with no head noun: that body.
@pytest.mark.parametrize(("text", "expected"), [
    ("A Quenvale spokesman said the top price would apply to four matches only.\n\n"
     "The Holm Supporters Trust said the cheapest seats were going up by a third.\n\n"
     "Separately, the club said its stadium would hold 2,000 more fans next season.\n",
     [("Quenvale", "organisation", "said", "the top price would apply to four matches only"),
      ("Holm Supporters Trust", "organisation", "said", "the cheapest seats were going up by a third"),
      ("Quenvale", "organisation", "said", "its stadium would hold 2,000 more fans next season")]),
    ("Brisnova said 12,000 households had signed up in the first week.\n\n"
     "Ofwire, the regulator, said it would look at the offer.\n\n"
     "The provider said the plan would run until June.\n",
     [("Brisnova", "organisation", "said", "12,000 households had signed up in the first week"),
      ("Ofwire", "inspectorate", "said", "it would look at the offer"),
      ("Brisnova", "organisation", "said", "the plan would run until June")]),
])
def test_a_reference_means_the_one_body_without_a_head(text: str,
                                                       expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# It must not fire: a body whose head the reference names is that body's (`the council` is Pellow District Council),
# two bodies without a head leave the reference unresolved, and a reference whose noun the text gives another party
# (`the Holm Park club`) is not the brand's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Quenvale signed a deal with Pellow District Council to build a new stand.\n\n"
     "The council said the stand would open in August.\n",
     [("Pellow District Council", "organisation", "said", "the stand would open in August")]),
    ("Quenvale said it would share a training ground with Dravenor.\n\n"
     "Dravenor said the deal would save £2m a year.\n\n"
     "The Holm Supporters Trust said fans had not been asked.\n\n"
     "The club said the ground would open in May.\n",
     [("Quenvale", "organisation", "said", "it would share a training ground with Dravenor"),
      ("Dravenor", "organisation", "said", "the deal would save £2m a year"),
      ("Holm Supporters Trust", "organisation", "said", "fans had not been asked"),
      ("the club", "unresolved", "said", "the ground would open in May")]),
])
def test_a_reference_with_a_head_or_two_brands_is_not_the_brand(text: str,
                                                                 expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# A public body or a side names itself by its head: `the council`, `the union` are never the brand's, whatever else
# the text names.
@pytest.mark.parametrize(("text", "expected"), [
    ("Brisnova said it would open a call centre in Tillmoor.\n\n"
     "Leaders of the Borough of Tillmoor welcomed the move.\n\n"
     "The council said 300 jobs would be created.\n",
     [("Brisnova", "organisation", "said", "it would open a call centre in Tillmoor"),
      ("Borough of Tillmoor", "organisation", "said", "300 jobs would be created")]),
    ("Brisnova said it would open a call centre in Tillmoor.\n\n"
     "Tillmoor Chamber of Trade said members would welcome the jobs.\n\n"
     "The union said it had not been consulted.\n",
     [("Brisnova", "organisation", "said", "it would open a call centre in Tillmoor"),
      ("Tillmoor Chamber of Trade", "organisation", "said", "members would welcome the jobs"),
      ("the union", "unresolved", "said", "it had not been consulted")]),
])
def test_a_public_reference_is_never_the_brand(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# Another body whose name gives no known head (`Friends of Tarn Moss`) may be what the reference means: no one.
@pytest.mark.parametrize(("text", "expected"), [
    ("Brisnova said it would build 40 homes beside Tarn Moss.\n\n"
     "Friends of Tarn Moss said the site flooded every winter.\n\n"
     "The coalition said 2,000 people had signed a petition.\n",
     [("Brisnova", "organisation", "said", "it would build 40 homes beside Tarn Moss"),
      ("Friends of Tarn Moss", "organisation", "said", "the site flooded every winter"),
      ("the coalition", "unresolved", "said", "2,000 people had signed a petition")]),
])
def test_a_reference_beside_another_unheaded_body_is_no_one(text: str,
                                                            expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected
